//! Deals in business prose, end to end: each paragraph of `fixtures/business/` (invented
//! companies, written in the style of Il Sole 24 Ore and Milano Finanza) is analyzed and
//! its deals compared with `fixtures/business/expected.json`, written from the spec
//! (kind, payers, payees, amount value), not from cronista's output.
//!
//! `KNOWN_MISSES` lists the paragraphs cronista does not read right yet, each with why.
//! The test fails when a paragraph outside that list goes wrong (a regression) and also
//! when a listed one starts to pass (then take it off the list).

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Paragraphs read wrong today, and why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    (
        "18_contratto.txt",
        "`X ha firmato con Y un contratto per la fornitura`: who supplies whom is not read",
    ),
    // Second batch (29-69), written blind before reading the deal code: 27 of 41 right
    // when it was added (13 of 27 deals, 14 of 14 hard negatives); 34 of 41 after round s8.
    ("36_finanziamento_pool.txt", "`X ha firmato un finanziamento in pool ... con Banca Lariana e Credito Tiberino`: the loan signed with two banks is not read (the two names are apart since s9)"),
    ("37_antitrust_controllo.txt", "`l'operazione ..., valutata N`: the amount is a participle's complement after the deal"),
    ("40_commessa_andata.txt", "the client of `la commessa da N per i nuovi tram di X è andata a Y` is the `di X` at the end of a long subject, out of the frame's reach; the headline's `la gara di X va a Y` gives the deal without amount"),
    // Third batch (70-109), written blind before reading the deal code: 21 of 40 right when
    // it was added (11 of 28 deals, 10 of 12 hard negatives); with the unknown names given
    // by `--names`, 25 of 40 (15 of 28 deals): the other misses are constructions.
    // After round s9 (a repeated preposition, `insieme a`, a fronted outlay, an adjective
    // after a business unit, a company noun before a stake's owner, an accepted binding offer, a
    // description opening the sentence, agreements between public administrations, a supply with its contract's money, a subscriber and a companion licensed): 30 of 40
    // as written.
    ("76_messo_a_segno.txt", "`Grafiche Venturi`, subject of `ha messo a segno l'acquisizione di`, is not recognised as a company (with the name known the deal, seller `rilevata dal fondatore X`, is right)"),
    ("77_passa_al_fondo.txt", "`X passa al fondo Y.` then `La famiglia X ha ceduto l'intero capitale per N`: the buyer of the second sentence is in the first, no deal; `Dolciaria Ruggeri` (subject before an apposition) is not recognised"),
    ("79_porta_al_51.txt", "`ha portato al 51% la propria partecipazione in Y, acquistando un ulteriore 21% dalla famiglia Z per N`: the gerund clause (seller, amount) is not read; only the headline's `sale al 51%` deal, payee the target, no amount"),
    ("81_hanno_firmato_contratto.txt", "`X e Y hanno firmato il contratto da N per l'ampliamento`: no deal; who is client and who contractor of a signed contract is not read (also `X ha firmato con Y il contratto`)"),
    ("83_ordine_titolo.txt", "deal only in the headline noun phrase `Ordine da N di X a Y`, body with descriptions (`la compagnia genovese ha commissionato al cantiere`): no deal; `commissionato a` is no purchase cue even with names"),
    ("88_venduto_propria_quota.txt", "`X ha venduto la propria quota del 12% in Y a Z`: `Cementi Appennino` after `a` and `Laterizi Umbri` are not recognised (with the names known the deal is right)"),
    ("91_titolo_due_punti.txt", "`Porto Franco Logistica` is read as the person `Franco Logistica` (a first name inside a company name)"),
    ("93_operazione_da.txt", "`Acquedotti del Salento` is cut to `Acquedotti` (a company name `X del Y` with a place)"),
    ("97_insieme_a_e_linea.txt", "`X, insieme a Y, ha investito N in Z` drops the second payer; `La società ha inoltre ottenuto da B una linea di credito` is lost (`la società` after a company named bare); the three unknown names are not recognised"),
    ("107_neg_trasferimento.txt", "a player's transfer between clubs (`ha acquistato dal Real Lucania il centrocampista X per N`) is read as a purchase from the selling club; this batch's gold calls it no deal, while spec/EXTRACTION.md excludes players' contracts and salaries, not fees between clubs: left as it is until the guideline says"),
];

fn names_match(want: &Value, got: &Value) -> bool {
    let (Some(want), Some(got)) = (want.as_array(), got.as_array()) else {
        return false;
    };
    want.len() == got.len()
        && want.iter().zip(got).all(|(w, g)| {
            let g = g.as_str().unwrap_or_default();
            w.as_str()
                .unwrap_or_default()
                .split('|')
                .any(|alt| alt == g)
        })
}

fn deal_matches(want: &Value, got: &Value) -> bool {
    let value = got["amount"]["value"].as_f64();
    let amount_ok = match want["amount"].as_f64() {
        Some(v) => value.is_some_and(|g| (g - v).abs() < 1e-6 * v.abs().max(1.0)),
        None => got["amount"].is_null(),
    };
    want["kind"] == got["kind"]
        && names_match(&want["payers"], &got["payers"])
        && names_match(&want["payees"], &got["payees"])
        && amount_ok
}

#[test]
fn business_paragraphs_give_their_deals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/business");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let paragraphs = expected["paragraphs"].as_object().unwrap();
    assert!(paragraphs.len() >= 20, "{} paragraphs", paragraphs.len());
    let mut wrong = BTreeSet::new();
    let mut report = Vec::new();
    for (file, want) in paragraphs {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let summary = serde_json::to_value(cronista::analyze(&text)).unwrap();
        let got = summary["deals"].as_array().cloned().unwrap_or_default();
        let want = want.as_array().unwrap();
        let right =
            got.len() == want.len() && want.iter().all(|w| got.iter().any(|g| deal_matches(w, g)));
        if !right {
            wrong.insert(file.as_str());
            report.push(format!("{file}\n   got:  {got:?}\n   want: {want:?}"));
        }
    }
    let known: BTreeSet<&str> = KNOWN_MISSES.iter().map(|(f, _)| *f).collect();
    let regressions: Vec<_> = wrong.difference(&known).collect();
    let fixed: Vec<_> = known.difference(&wrong).collect();
    assert!(
        regressions.is_empty() && fixed.is_empty(),
        "wrong but not known: {regressions:?}; known but now right: {fixed:?}\n{}",
        report.join("\n")
    );
}
