//! Deal tests on marked-up sentences: `[Enel]` is a company, `[#Consob]` an
//! organization, `[@Dan Friedkin]` a person, `[la società di Redmond=Microsoft]` a
//! mention of the entity named after `=`; `<15 miliardi di dollari=15e9 USD>` is a
//! money amount and `<51%=51 %>` a percentage.

use super::extract;
use crate::extract::entities::Entities;
use crate::reader::Article;
use crate::summary::{Amount, AmountKind, Deal, DealKind, Entity, Mention};

fn parse(marked: &str) -> (String, Entities, Vec<Amount>) {
    let mut text = String::new();
    let mut ents = Entities::default();
    let mut amounts = Vec::new();
    let mut rest = marked;
    while let Some(i) = rest.find(['[', '<']) {
        text.push_str(&rest[..i]);
        let close = if rest[i..].starts_with('[') { ']' } else { '>' };
        let j = i + rest[i..].find(close).expect("closed mark");
        let inner = &rest[i + 1..j];
        let (surface, meta) = inner.split_once('=').unwrap_or((inner, ""));
        let mut surface = surface;
        if close == ']' {
            let list;
            (list, surface) = match surface.chars().next() {
                Some('#') => (&mut ents.organizations, &surface[1..]),
                Some('@') => (&mut ents.people, &surface[1..]),
                _ => (&mut ents.companies, surface),
            };
            let name = if meta.is_empty() { surface } else { meta };
            let span = (text.len()..text.len() + surface.len()).into();
            let mention = Mention {
                span,
                text: surface.to_string(),
            };
            match list.iter_mut().find(|e| e.name == name) {
                Some(e) => e.mentions.push(mention),
                None => list.push(Entity {
                    name: name.to_string(),
                    mentions: vec![mention],
                }),
            }
        } else {
            let mut m = meta.split(' ');
            let value: f64 = m.next().unwrap().parse().unwrap();
            let unit = m.next().unwrap();
            amounts.push(Amount {
                span: (text.len()..text.len() + surface.len()).into(),
                text: surface.to_string(),
                kind: if unit == "%" {
                    AmountKind::Percent
                } else {
                    AmountKind::Money
                },
                value: Some(value),
                min: None,
                max: None,
                currency: (unit != "%" && unit != "-").then(|| unit.to_string()),
                qualifier: None,
                sentence: None,
            });
        }
        text.push_str(surface);
        rest = &rest[j + 1..];
    }
    text.push_str(rest);
    (text, ents, amounts)
}

fn deals(marked: &str) -> Vec<Deal> {
    let (text, ents, amounts) = parse(marked);
    let article = Article::parse(&text);
    extract(&article, &ents, &amounts)
}

/// The deals as `kind payers -> payees (amount value)` lines.
fn brief(marked: &str) -> Vec<String> {
    deals(marked)
        .iter()
        .map(|d| {
            let amount = d
                .amount
                .as_ref()
                .map_or(String::new(), |a| format!(" ({})", a.text));
            format!(
                "{:?} {} -> {}{amount}",
                d.kind,
                d.payers.join("+"),
                d.payees.join("+")
            )
        })
        .collect()
}

const SEED: &str = "Microsoft e Nvidia investono 15 miliardi nella rivale di OpenAI\n\
[Microsoft] e [Nvidia] (che nelle prossime ore sarà chiamata alla pubblicazione dei conti) \
si sarebbero impegnate a investire fino a <15 miliardi di dollari=15e9 USD> complessivi nel \
prossimo round di finanziamento di [Anthropic]. Lo riporta l’agenzia [Bloomberg].\n\
Dentro l’accordo c’è un punto cruciale: [Anthropic] (che da molti è considerata la vera rivale \
di [OpenAI]) si impegna ad acquistare <30 miliardi di dollari=3e10 USD> di capacità \
computazionale dal cloud Azure di [Microsoft]. Tutto ciò si basa sulla partnership con \
[OpenAI]. Una competizione crescente tra [Microsoft] e [OpenAI], pur dentro la stessa alleanza.";

#[test]
fn seed_has_two_deals() {
    let d = deals(SEED);
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].kind, DealKind::Investment);
    assert_eq!(d[0].payers, ["Microsoft", "Nvidia"]);
    assert_eq!(d[0].payees, ["Anthropic"]);
    assert_eq!(d[0].cue.as_deref(), Some("investire"));
    assert_eq!(d[0].amount.as_ref().unwrap().value, Some(15e9));
    assert_eq!(d[0].sentence, Some(0));
    assert_eq!(d[1].kind, DealKind::Purchase);
    assert_eq!(
        (d[1].payers.as_slice(), d[1].payees.as_slice()),
        (
            &["Anthropic".to_string()][..],
            &["Microsoft".to_string()][..]
        )
    );
    assert_eq!(d[1].object.as_deref(), Some("capacità computazionale"));
    assert_eq!(d[1].amount.as_ref().unwrap().index, 1);
    assert!(d[1].text.starts_with("Dentro l’accordo"));
}

#[test]
fn investment_active_passive_and_nouns() {
    assert_eq!(
        brief("[Enel] ha investito <2 milioni di euro=2e6 EUR> in [Tesla]."),
        ["Investment Enel -> Tesla (2 milioni di euro)"]
    );
    assert_eq!(
        brief("[Anthropic] riceverà <15 miliardi=15e9 -> da [Microsoft] e [Nvidia]."),
        ["Investment Microsoft+Nvidia -> Anthropic (15 miliardi)"]
    );
    assert_eq!(
        brief("L'investimento di [Eni] nella startup [Zeta] vale molto."),
        ["Investment Eni -> Zeta"]
    );
    assert_eq!(
        brief("[Fondo Alfa] sottoscrive l'aumento di capitale di [Beta]."),
        ["Investment Fondo Alfa -> Beta"]
    );
    assert_eq!(
        brief("[Acme] finanzia [Beta] con <3 milioni=3e6 EUR>."),
        ["Investment Acme -> Beta (3 milioni)"]
    );
    assert_eq!(
        brief("[Anthropic] ha chiuso un round di finanziamento da <13 miliardi=13e9 USD> guidato da [Iconiq]."),
        ["Investment Iconiq -> Anthropic (13 miliardi)"]
    );
    assert!(brief("[Alfa] ha varato un aumento di capitale da <1 miliardo=1e9 EUR>.").is_empty());
}

#[test]
fn appositions_and_proceeds_of_a_sale() {
    assert_eq!(
        brief("[Microsoft], il colosso guidato da [@Satya Nadella], ha acquistato [Activision]."),
        ["Acquisition Microsoft -> Activision"]
    );
    assert_eq!(
        brief("[Enel] ha incassato <2 miliardi=2e9 EUR> dalla vendita di [Endesa] a [Iberdrola]."),
        ["Acquisition Iberdrola -> Enel (2 miliardi)"]
    );
    assert_eq!(
        brief("[Alfa] ha ricevuto <5 milioni=5e6 EUR> dal fondo [Beta]."),
        ["Investment Beta -> Alfa (5 milioni)"]
    );
}

#[test]
fn payments_and_bare_sums() {
    assert_eq!(
        brief("[Anthropic] riceverà 15 miliardi da [Microsoft]."),
        ["Investment Microsoft -> Anthropic"]
    );
    assert!(brief("[Anthropic] riceverà il premio da [Microsoft].").is_empty());
    assert_eq!(
        brief("[Google] ha pagato <2,7 miliardi di dollari=2.7e9 USD> a [Character.AI] per la licenza."),
        ["Purchase Google -> Character.AI (2,7 miliardi di dollari)"]
    );
    assert!(brief("[Enel] ha pagato <2 milioni=2e6 EUR> di tasse allo [#Stato].").is_empty());
    assert!(brief("[Enel] ha pagato caro l'errore a [Borsa].").is_empty());
}

#[test]
fn coordination_sources_and_reported_conditionals() {
    assert_eq!(
        brief("[Enel], [Eni] e [Snam] investono <1 miliardo=1e9 EUR> in [Alfa] e [Beta]."),
        ["Investment Enel+Eni+Snam -> Alfa+Beta (1 miliardo)"]
    );
    assert_eq!(
        brief("[Microsoft], secondo [Bloomberg], investirà in [Anthropic]."),
        ["Investment Microsoft -> Anthropic"]
    );
    assert_eq!(
        brief("[Amazon] si sarebbe impegnata ad acquistare chip da [Nvidia]."),
        ["Purchase Amazon -> Nvidia"]
    );
    let d = deals("[Amazon] si impegna ad acquistare server e chip dalla [Nvidia].");
    assert_eq!(d[0].object.as_deref(), Some("server e chip"));
    assert_eq!(d[0].cue.as_deref(), Some("acquistare"));
}

#[test]
fn two_deals_in_one_sentence_keep_their_parties() {
    assert_eq!(
        brief("[Microsoft] investe in [OpenAI] e [Nvidia] acquista [Mellanox]."),
        [
            "Investment Microsoft -> OpenAI",
            "Acquisition Nvidia -> Mellanox"
        ]
    );
    assert_eq!(
        brief("[Amazon] non investirà in [Alfa], ma [Google] ha acquisito [Beta]."),
        ["Acquisition Google -> Beta"]
    );
}

#[test]
fn acquisitions() {
    assert_eq!(
        brief("[Fiat] acquisisce [Chrysler] per <2 miliardi=2e9 USD>."),
        ["Acquisition Fiat -> Chrysler (2 miliardi)"]
    );
    assert_eq!(
        brief("[Chrysler] è stata rilevata da [Fiat]."),
        ["Acquisition Fiat -> Chrysler"]
    );
    assert_eq!(
        brief("[Poste] acquista il <51%=51 %> di [Sia]."),
        ["Acquisition Poste -> Sia"]
    );
    assert_eq!(
        brief("[Poste] compra una quota del <10%=10 %> di [Sia]."),
        ["Investment Poste -> Sia"]
    );
    assert_eq!(
        brief("Come direttore generale della [Cassa Rossa], acquista dall'[IRI] il [Banco Blu]."),
        ["Acquisition Cassa Rossa -> IRI"]
    );
    assert!(
        brief("Il dirigente della [Cassa Rossa] acquista dall'[IRI] il [Banco Blu].").is_empty()
    );
    assert_eq!(
        brief("[Poste] ha acquistato da [Cdp] il <10%=10 %> di [Tim]."),
        ["Investment Poste -> Cdp"]
    );
    assert_eq!(
        brief("[Cassa Rossa] acquista dall'[IRI] il [Banco Blu]."),
        ["Acquisition Cassa Rossa -> IRI"]
    );
    let d = deals("[Cassa Rossa] acquista [Banco Blu] dall'[IRI] per <1 miliardo=1e9 EUR>.");
    assert_eq!(d[0].payees, ["IRI"]);
    assert_eq!(d[0].object.as_deref(), Some("Banco Blu"));
    assert_eq!(
        brief("L'acquisizione di [Sia] da parte di [Nexi] è stata completata."),
        ["Acquisition Nexi -> Sia"]
    );
}

#[test]
fn purchases_and_loans() {
    assert_eq!(
        brief("[Ita Airways] ordina 100 aerei ad [Airbus]."),
        ["Purchase Ita Airways -> Airbus"]
    );
    assert!(brief("Il giudice [@Rossi] ordina a [Google] di pagare.").is_empty());
    assert_eq!(
        brief("[Banca Gialla] concede un prestito di <5 milioni=5e6 EUR> a [Alfa]."),
        ["Loan Banca Gialla -> Alfa (5 milioni)"]
    );
    assert_eq!(
        brief("[Alfa] ha ottenuto un prestito di <5 milioni=5e6 EUR> da [Banca Gialla]."),
        ["Loan Banca Gialla -> Alfa (5 milioni)"]
    );
    assert_eq!(
        brief("Poi [Banca di Roma] finanzia la [TAV]."),
        ["Loan Banca di Roma -> TAV"]
    );
}

#[test]
fn sales_are_paid_by_the_buyer() {
    assert_eq!(
        brief(
            "[Intesa] ha ceduto il <65%=65 %> di [Nextra], società di fondi, a [Crédit Agricole]."
        ),
        ["Acquisition Crédit Agricole -> Intesa"]
    );
    assert_eq!(
        brief("[Nextra] è stata ceduta a [Crédit Agricole] per <1 miliardo=1e9 EUR>."),
        ["Acquisition Crédit Agricole -> Nextra (1 miliardo)"]
    );
    assert_eq!(
        brief("La cessione di [Nextra] a [Crédit Agricole] da parte di [Intesa] è chiusa."),
        ["Acquisition Crédit Agricole -> Intesa"]
    );
    assert_eq!(
        brief("Avverrà con una cessione a [@Friedkin] dell'intera partecipazione detenuta da [As Roma Spv] nel club."),
        ["Acquisition Friedkin -> As Roma Spv"]
    );
    assert_eq!(
        brief("[Poste] compra la quota detenuta da [Cdp] in [Sia]."),
        ["Investment Poste -> Cdp"]
    );
    assert!(brief("[Intesa] era pronta a cedere a [Crédit Agricole] gli sportelli.").is_empty());
    assert!(brief("In Borsa [Enel] cede il <2%=2 %> a [Piazza Affari].").is_empty());
    assert_eq!(
        brief("[Sony] ha annunciato l'acquisizione dal gruppo [Turner] del marchio tru tv, poi altro."),
        ["Acquisition Sony -> Turner"]
    );
}

#[test]
fn objects_and_business_units() {
    let d = deals("[Poste] ha acquistato da [Cdp] il <10%=10 %> di [Tim].");
    assert_eq!(d[0].object.as_deref(), Some("il 10% di Tim"));
    let d = deals("[Tim] ha venduto a [Kkr] la rete fissa per <22 miliardi=22e9 EUR>.");
    assert_eq!(
        (d[0].kind, d[0].object.as_deref()),
        (DealKind::Acquisition, Some("la rete fissa"))
    );
    assert_eq!(d[0].payers, ["Kkr"]);
    let d = deals("[A2A] ha acquistato energia per <1 miliardo=1e9 EUR> da [Edison] e [Enel].");
    assert_eq!(
        (d[0].kind, d[0].object.as_deref()),
        (DealKind::Purchase, Some("energia"))
    );
    assert_eq!(d[0].payees, ["Edison", "Enel"]);
    assert_eq!(
        brief("[Vodafone] ha annunciato la cessione delle attività italiane a [Swisscom]."),
        ["Acquisition Swisscom -> Vodafone"]
    );
    assert_eq!(
        brief("[Prysmian] ha acquisito l'americana [Encore Wire]."),
        ["Acquisition Prysmian -> Encore Wire"]
    );
    assert!(brief("[Apple] acquista i chip [Nvidia] a Taiwan.").is_empty());
}

#[test]
fn players_are_bought_from_their_club() {
    assert_eq!(
        brief("La [#Juventus] ha acquistato [@Dusan Vlahovic] dalla [#Fiorentina] per <70 milioni=7e7 EUR>."),
        ["Purchase Juventus -> Fiorentina (70 milioni)"]
    );
    assert!(brief("La [#Juventus] ha acquistato [@Dusan Vlahovic].").is_empty());
    assert_eq!(
        brief("La [#Fiorentina] ha ceduto [@Dusan Vlahovic] alla [#Juventus]."),
        ["Purchase Juventus -> Fiorentina"]
    );
    assert!(
        brief("L'[#Istat] ha rilevato un calo del <2%=2 %> nelle vendite di [Enel].").is_empty()
    );
}

#[test]
fn partnerships() {
    assert_eq!(
        brief("[Wikimedia] e [Yahoo] hanno raggiunto un accordo."),
        ["Partnership Wikimedia -> Yahoo"]
    );
    assert_eq!(
        brief("Firmato un accordo tra [Enel] e [Eni] per la ricerca."),
        ["Partnership Enel -> Eni"]
    );
    assert_eq!(
        brief("[Enel] ha siglato una partnership con [Eni]."),
        ["Partnership Enel -> Eni"]
    );
    assert!(brief("L'accordo tra [#Lega] e [#Pd] regge.").is_empty());
    assert!(brief("Una competizione tra [Enel] e [Eni], dentro la stessa alleanza.").is_empty());
}

#[test]
fn hypotheses_and_denials_are_no_deals() {
    for s in [
        "[Microsoft] potrebbe acquistare [Activision].",
        "[Microsoft] valuta l'acquisizione di [Activision].",
        "[Microsoft] smentisce l'acquisizione di [Activision].",
        "[Microsoft] non investirà in [Anthropic].",
        "Se [Microsoft] acquistasse [Activision], sarebbe un record.",
        "[Microsoft] sarebbe interessata ad acquisire [Activision].",
        "[Microsoft] investe <10 miliardi=1e10 USD> nella rivale di [OpenAI].",
        "Secondo [Reuters] investirà nel cloud.",
        "[Enel] ha ricevuto una multa di <5 milioni=5e6 EUR> dall'[#Antitrust].",
        "L'acquisizione di [Sia] da parte di [Nexi] è saltata.",
        "Il progetto di acquisizione di [Sia] da parte di [Nexi] va avanti.",
        "L'accordo tra [Enel] e [Eni] non è stato firmato.",
    ] {
        assert!(brief(s).is_empty(), "{s}: {:?}", brief(s));
    }
}

#[test]
fn title_repeats_are_not_counted_twice() {
    let d = deals("Enel compra Endesa\n[Enel] compra [Endesa]. Ieri [Enel] ha acquisito [Endesa].");
    assert_eq!(d.len(), 1);
    let d = deals("[Enel] compra [Endesa]\nNotizia del giorno, senza altro.");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].sentence, None);
    // The headline names the target more briefly than the body: one deal, the body's.
    let d = deals(
        "[@Dan Friedkin] ha comprato la [#Roma]\n[@Dan Friedkin] ha acquistato [As Roma Spv].",
    );
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].payees, ["As Roma Spv"]);
}

#[test]
fn aliases_resolve_to_the_canonical_name() {
    assert_eq!(
        brief("[la società di Redmond=Microsoft] ha acquistato [Activision]."),
        ["Acquisition Microsoft -> Activision"]
    );
}

#[test]
fn never_panics() {
    for s in [
        "",
        "acquista",
        "[Enel] acquista",
        "acquista da [Eni]",
        "(accordo tra [A] e",
        "accordo tra [A] e [B]",
    ] {
        let _ = deals(s);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    #[test]
    fn random_sentences_never_panic(words in proptest::collection::vec(0usize..24, 0..40)) {
        const VOCAB: [&str; 24] = [
            "[Enel]", "[Eni]", "[#Consob]", "[@Rossi]", "<5 milioni=5e6 EUR>", "<51%=51 %>",
            "acquista", "investe", "in", "da", "a", "di", "e", ",", "(", ")", "–", "accordo",
            "tra", "ceduta", "l'acquisizione", "prestito", "non", ".",
        ];
        let marked: Vec<&str> = words.iter().map(|&i| VOCAB[i]).collect();
        let d = deals(&marked.join(" "));
        for x in d {
            proptest::prop_assert!(!x.payers.is_empty() && !x.payees.is_empty());
        }
    }
}

/// Runs a table of marked-up sentences, each read as the body of an article under a
/// neutral headline, and fails with every row whose deals (as [`full`] prints them)
/// are not the wanted ones.
pub(super) fn check_rows(rows: &[(&str, &[&str])]) {
    let mut wrong = Vec::new();
    for (sentence, want) in rows {
        let got = full(&format!("Notizie dalle imprese\n{sentence}"));
        if got != *want {
            wrong.push(format!("{sentence}\n   got:  {got:?}\n   want: {want:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// The deals of a marked sentence with unknown names licensed, as `Kind payers ->
/// payees (amount) {object}` lines.
pub(super) fn full(marked: &str) -> Vec<String> {
    let (text, ents, amounts) = parse(marked);
    let article = Article::parse(&text);
    let (deals, _) = super::extract_naming(&article, &ents, &amounts);
    deals
        .iter()
        .map(|d| {
            let mut s = format!(
                "{:?} {} -> {}",
                d.kind,
                d.payers.join("+"),
                d.payees.join("+")
            );
            if let Some(a) = &d.amount {
                s.push_str(&format!(" ({})", a.text));
            }
            if let Some(o) = &d.object {
                s.push_str(&format!(" {{{o}}}"));
            }
            s
        })
        .collect()
}

/// Each construction of `spec/EXTRACTION.md` (Deals) and issue 15, with a negative
/// twin: the same words hedged, denied, rumoured, failed, or with no company party.
/// An empty expectation means no deal. Each sentence is its own article, after a
/// title line that names nothing.
#[test]
fn constructions_table() {
    let rows: &[(&str, &[&str])] = &[
        // Verbal: buying.
        ("[Vettori] ha acquistato [Lumetra] per <3,1 miliardi di dollari=3.1e9 USD>.", &["Acquisition Vettori -> Lumetra (3,1 miliardi di dollari)"]),
        ("[Vettori] potrebbe acquistare [Lumetra] per <3,1 miliardi di dollari=3.1e9 USD>.", &[]),
        ("[Orsola] compra [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] vorrebbe comprare [Brisa].", &[]),
        ("[Orsola] rileva [Brisa] da [Canto].", &["Acquisition Orsola -> Canto {Brisa}"]),
        ("[Orsola] valuta di rilevare [Brisa] da [Canto].", &[]),
        ("[Orsola] acquisisce [Brisa] per <40 milioni=4e7 EUR>.", &["Acquisition Orsola -> Brisa (40 milioni)"]),
        ("[Orsola] non acquisisce [Brisa].", &[]),
        ("[Orsola] rileverà [Brisa] entro giugno.", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] e [Pendio] acquistano [Brisa].", &["Acquisition Orsola+Pendio -> Brisa"]),
        ("[Orsola] studia l'acquisto di [Brisa].", &[]),
        // Read by the clause layer: a simple conditional is a hypothesis, the
        // compound one the journalist's report; a noun studied is no deal.
        ("[Orsola] rileverebbe [Brisa].", &[]),
        ("[Orsola] avrebbe rilevato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] esamina l'acquisto di [Brisa].", &[]),
        ("[Orsola] annuncia l'acquisto di [Brisa].", &["Acquisition Orsola -> Brisa"]),
        // Unknown names in party slots.
        ("Vettori ha acquistato Lumetra per <3,1 miliardi di dollari=3.1e9 USD>.", &["Acquisition Vettori -> Lumetra (3,1 miliardi di dollari)"]),
        ("[Orsola] ha acquistato Quarzina.", &["Acquisition Orsola -> Quarzina"]),
        ("Quarzina ha acquistato [Orsola] da [Canto].", &["Acquisition Quarzina -> Canto {Orsola}"]),
        ("Secondo indiscrezioni Quarzina acquisterà [Orsola].", &[]),
        ("Domani Quarzina presenterà il bilancio.", &[]),
        ("Abbiamo concesso un prestito a [Brisa].", &[]),
        // Passives.
        ("[Brisa] è stata acquistata da [Orsola].", &["Acquisition Orsola -> Brisa"]),
        ("[Brisa] potrebbe essere acquistata da [Orsola].", &[]),
        ("[Brisa] è stata ceduta a [Orsola] per <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
        ("[Brisa] non è stata ceduta a [Orsola].", &[]),
        ("[Brisa] è stata rilevata da [Orsola].", &["Acquisition Orsola -> Brisa"]),
        ("[Brisa] sarebbe stata rilevata da [Orsola], secondo voci di mercato.", &[]),
        // Selling and stakes.
        ("[Canto] cede [Brisa] a [Orsola].", &["Acquisition Orsola -> Canto {Brisa}"]),
        ("[Canto] smentisce di voler cedere [Brisa] a [Orsola].", &[]),
        ("[Canto] vende il <20%=20 %> di [Brisa] a [Orsola].", &["Investment Orsola -> Canto {il 20% di Brisa}"]),
        ("Secondo indiscrezioni [Canto] vende il <20%=20 %> di [Brisa] a [Orsola].", &[]),
        ("[Orsola] acquista il <10%=10 %> del capitale di [Brisa].", &["Investment Orsola -> Brisa {il 10% del capitale di Brisa}"]),
        ("[Orsola] acquista il <60%=60 %> di [Brisa].", &["Acquisition Orsola -> Brisa {il 60% di Brisa}"]),
        ("[Orsola] ha registrato un calo del <10%=10 %> delle vendite di [Brisa].", &[]),
        ("[Orsola] sale al <30%=30 %> di [Brisa].", &["Investment Orsola -> Brisa {30% di Brisa}"]),
        ("[Orsola] arriva fino al <55%=55 %> del capitale di [Brisa].", &["Acquisition Orsola -> Brisa {55% del capitale di Brisa}"]),
        ("[Orsola] sale al <30%=30 %> in Borsa.", &[]),
        ("Il titolo [Orsola] sale del <3%=3 %>.", &[]),
        ("[Orsola] diventa il primo azionista di [Brisa].", &["Investment Orsola -> Brisa"]),
        ("Delfin diventa il primo azionista di [Brisa].", &["Investment Delfin -> Brisa"]),
        ("[Orsola] potrebbe diventare il primo azionista di [Brisa].", &[]),
        ("[Orsola] è entrata nel capitale di [Brisa] con il <5%=5 %>.", &["Investment Orsola -> Brisa"]),
        ("[Orsola] diventa l'azionista di maggioranza di [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[@Anna Neri] diventa il primo azionista del suo circolo.", &[]),
        // Investing, capital increases, rounds.
        ("[Orsola] investe <20 milioni=2e7 EUR> in [Brisa].", &["Investment Orsola -> Brisa (20 milioni)"]),
        ("[Orsola] studia di investire <20 milioni=2e7 EUR> in [Brisa].", &[]),
        ("[Orsola] sottoscrive l'aumento di capitale di [Brisa].", &["Investment Orsola -> Brisa"]),
        ("[Orsola] non sottoscrive l'aumento di capitale di [Brisa].", &[]),
        ("[Orsola] guida il round da <20 milioni=2e7 USD> di [Brisa].", &["Investment Orsola -> Brisa (20 milioni)"]),
        ("[Orsola] guarda il round da <20 milioni=2e7 USD> di [Brisa].", &[]),
        ("[Brisa] ha chiuso un round di finanziamento da <20 milioni=2e7 USD> guidato da [Orsola].", &["Investment Orsola -> Brisa (20 milioni)"]),
        ("[Brisa] cerca un round di finanziamento da <20 milioni=2e7 USD> guidato da [Orsola].", &[]),
        ("[Orsola] e [Pendio] si sarebbero impegnate a investire <15 miliardi=15e9 USD> in [Brisa].", &["Investment Orsola+Pendio -> Brisa (15 miliardi)"]),
        ("[Orsola] e [Pendio] potrebbero investire <15 miliardi=15e9 USD> in [Brisa].", &[]),
        // Orders and contracts.
        ("[Orsola] ordina due navi a [Cantieri Brisa].", &["Purchase Orsola -> Cantieri Brisa {due navi}"]),
        ("[Orsola] potrebbe ordinare due navi a [Cantieri Brisa].", &[]),
        ("[Brisa] si aggiudica una commessa da <2 miliardi=2e9 EUR> da [Orsola].", &["Purchase Orsola -> Brisa (2 miliardi) {commessa}"]),
        ("[Brisa] punta ad aggiudicarsi una commessa da [Orsola].", &[]),
        ("[Brisa] ha vinto l'appalto di [Orsola] per la nuova linea.", &["Purchase Orsola -> Brisa {appalto}"]),
        ("[Brisa] ha vinto il campionato con [Orsola].", &[]),
        ("[Brisa] si è aggiudicata il bando di [Orsola].", &[]),
        // Descriptions resolved through the article: the company introduced with
        // the same noun, else the only company; two candidates, no deal.
        ("La rete [Brisa] trasmette calcio. Poi la rete ha acquistato [Orsola].", &["Acquisition Brisa -> Orsola"]),
        ("La società ha ceduto [Orsola] a [Brisa].", &[]),
        ("Il gruppo [Canto] e il gruppo [Sirio] crescono. Il gruppo ha acquistato [Orsola].", &[]),
        ("[@Mario Bianchi] si aggiudica un contratto da [#Juventus].", &[]),
        // Loans.
        ("[Banca Orsola] concede un finanziamento di <5 milioni=5e6 EUR> a [Brisa].", &["Loan Banca Orsola -> Brisa (5 milioni)"]),
        ("[Banca Orsola] valuta un finanziamento di <5 milioni=5e6 EUR> a [Brisa].", &[]),
        ("[Banca Orsola] ha concesso un prestito a [Brisa].", &["Loan Banca Orsola -> Brisa"]),
        ("[Banca Orsola] ha negato un prestito a [Brisa].", &[]),
        // Agreements and joint ventures.
        ("[Orsola] e [Brisa] firmano un accordo.", &["Partnership Orsola -> Brisa"]),
        ("[#Lega Verde] e [#Partito Blu] firmano un accordo.", &[]),
        ("[Orsola] ha siglato una joint venture con [Brisa].", &["Partnership Orsola -> Brisa"]),
        ("L'accordo tra [Orsola] e [Brisa] non è stato firmato.", &[]),
        ("[Sirio], joint venture controllata da [Orsola] e [Brisa], apre in Spagna.", &["Partnership Orsola -> Brisa"]),
        ("[Sirio], società controllata da [Orsola], apre in Spagna.", &[]),
        // The subject of an infinitive is the governing verb's.
        ("[Orsola] e [Brisa] hanno annunciato giovedì 7 aprile di aver raggiunto un accordo.", &["Partnership Orsola -> Brisa"]),
        ("[Orsola] e [Brisa] hanno annunciato giovedì che non hanno raggiunto un accordo.", &[]),
        // Bids.
        ("[Orsola] lancia un'OPA su [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] ha ritirato l'OPA su [Brisa].", &[]),
        ("L'OPA di [Orsola] su [Brisa] è fallita.", &[]),
        ("L'OPA di [Orsola] su [Brisa] è partita.", &["Acquisition Orsola -> Brisa"]),
        // Mergers.
        ("La fusione tra [Orsola] e [Brisa] ha avuto il via libera.", &["Acquisition Orsola -> Brisa"]),
        ("L'ipotesi di fusione tra [Orsola] e [Brisa] è tramontata.", &[]),
        ("[Orsola] si fonde con [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("La fusione tra i comuni di Alto e Basso è stata approvata.", &[]),
        ("La fusione per incorporazione di [Brisa] in [Orsola] è completata.", &["Acquisition Orsola -> Brisa"]),
        // Nominal.
        ("L'acquisizione di [Brisa] da parte di [Orsola] è stata completata.", &["Acquisition Orsola -> Brisa"]),
        ("L'ipotesi di acquisizione di [Brisa] da parte di [Orsola] è caduta.", &[]),
        ("[Orsola] ha completato l'acquisto di [Brisa] per <1 miliardo=1e9 EUR>.", &["Acquisition Orsola -> Brisa (1 miliardo)"]),
        ("[Orsola] smentisce l'acquisto di [Brisa].", &[]),
        ("La cessione di [Brisa] a [Orsola] da parte di [Canto] è chiusa.", &["Acquisition Orsola -> Canto {Brisa}"]),
        ("La cessione di [Brisa] a [Orsola] è saltata.", &[]),
        ("L'investimento di [Orsola] in [Brisa] è di <3 milioni=3e6 EUR>.", &["Investment Orsola -> Brisa (3 milioni)"]),
        ("L'eventuale investimento di [Orsola] in [Brisa] vale <3 milioni=3e6 EUR>.", &[]),
        // Money that is not a deal.
        ("[Orsola] ha pagato <2 milioni=2e6 EUR> di multa a [#Antitrust Blu].", &[]),
        ("[Orsola] ha pagato <2 milioni=2e6 EUR> a [Brisa] per il software.", &["Purchase Orsola -> Brisa (2 milioni)"]),
        ("Gli analisti si aspettano che [Orsola] acquisti [Brisa].", &[]),
        ("[Orsola] ha ceduto il <3%=3 %> in Borsa.", &[]),
        // Players are not companies.
        ("La [#Juventus] ha acquistato [@Dario Rossetti].", &[]),
        ("La [#Juventus] ha acquistato [@Dario Rossetti] dal [#Torino] per <30 milioni=3e7 EUR>.", &["Purchase Juventus -> Torino (30 milioni) {Dario Rossetti}"]),
        // The worth in the next sentence.
        ("[Orsola] acquista [Brisa]. L'operazione vale <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
        ("[Orsola] acquista [Brisa]. Il fatturato vale <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] acquista [Brisa]. Si tratta di un affare da <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
        // The subject carried over from the sentence before.
        ("[Orsola] ha chiuso l'anno in utile. Questa ha poi acquistato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] e [Canto] hanno chiuso l'anno in utile. Questa ha poi acquistato [Brisa].", &[]),
        ("[Orsola] ha chiuso l'anno in utile. Ha poi acquistato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("Il mercato premia [Orsola] e [Canto]. Ha poi acquistato [Brisa].", &[]),
        // Coordinated targets: one deal each, the lot's price on none.
        ("[Orsola] ha acquistato [Brisa], [Canto] e [Delia] per <3 miliardi=3e9 EUR>.", &["Acquisition Orsola -> Brisa", "Acquisition Orsola -> Canto", "Acquisition Orsola -> Delia"]),
        ("[Orsola] valuta di acquistare [Brisa], [Canto] e [Delia].", &[]),
        ("[Orsola] ha acquistato aziende del calibro di [Brisa] e [Canto] ed altre.", &["Acquisition Orsola -> Brisa", "Acquisition Orsola -> Canto"]),
        ("[Orsola] ha superato aziende del calibro di [Brisa] e [Canto].", &[]),
        // The price given to the same target in another sentence.
        ("[Orsola] ha acquistato [Brisa]. Il consiglio aveva approvato l'acquisto di [Brisa] per <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
        ("[Orsola] ha acquistato [Brisa]. Il fatturato di [Brisa] per <2 miliardi=2e9 EUR> è in crescita.", &["Acquisition Orsola -> Brisa"]),
        // A headline's topic is what its sale sells.
        ("[Brisa], via libera alla cessione a [Orsola].", &["Acquisition Orsola -> Brisa"]),
        ("[Brisa], trattative sulla cessione a [Orsola].", &[]),
        ("[Brisa] cresce in Borsa, via libera alla cessione a [Orsola].", &[]),
        // An unknown subject of a verb that carries out a deal named by a noun.
        ("Lumetra ha completato l'acquisizione di [Brisa].", &["Acquisition Lumetra -> Brisa"]),
        ("Lumetra ha smentito l'acquisizione di [Brisa].", &[]),
        ("Rosselli ha criticato l'acquisizione di [Brisa].", &[]),
        // The recipient of a loan before the noun.
        ("[Banca Orsola] ha concesso a [Brisa] un prestito da <40 milioni=4e7 EUR>.", &["Loan Banca Orsola -> Brisa (40 milioni)"]),
        ("[Banca Orsola] ha negato a [Brisa] un prestito da <40 milioni=4e7 EUR>.", &[]),
        // The buyer before the stake sold.
        ("[Orsola] ha ceduto a [Brisa] il <20%=20 %> di [Canto].", &["Investment Brisa -> Orsola {il 20% di Canto}"]),
        ("[Orsola] ha rifiutato di cedere a [Brisa] il <20%=20 %> di [Canto].", &[]),
        // A copula between two partners.
        ("Il partner commerciale di [Orsola] è [Brisa].", &["Partnership Orsola -> Brisa"]),
        ("Il partner commerciale di [Orsola] non è [Brisa].", &[]),
        ("[Orsola] ha lavorato con migliaia di partner in Europa.", &[]),
        // The supplier receives the order; the customer pays.
        ("[Cantieri Brisa] ha ricevuto un ordine da [Orsola] per due navi del valore di <2 miliardi di euro=2e9 EUR>.", &["Purchase Orsola -> Cantieri Brisa (2 miliardi di euro) {ordine}"]),
        ("[Cantieri Brisa] spera di ricevere un ordine da [Orsola] per due navi.", &[]),
        ("[Brisa] ha ottenuto una commessa da [Orsola].", &["Purchase Orsola -> Brisa {commessa}"]),
        ("[Brisa] ha ricevuto l'ordine da [Orsola] di chiudere lo stabilimento.", &[]),
        ("[@Marco Gialli] ha ricevuto un contratto da [#Sportiva Orsola].", &[]),
        // A tender: works are paid to the winner, rights paid by it.
        ("[Brisa] si è aggiudicata la gara di [Orsola] per i lavori della nuova linea.", &["Purchase Orsola -> Brisa {gara}"]),
        ("[Brisa] punta ad aggiudicarsi la gara di [Orsola] per i lavori della nuova linea.", &[]),
        ("[Brisa] ha vinto il bando di [Orsola] per i diritti tv del campionato.", &["Purchase Brisa -> Orsola {bando}"]),
        ("[Brisa] non ha vinto il bando di [Orsola] per i diritti tv del campionato.", &[]),
        // A bare `offerta` on a company, launched: a bid.
        ("[Orsola] ha lanciato un'offerta su [Brisa] da <13 miliardi=13e9 EUR>.", &["Acquisition Orsola -> Brisa (13 miliardi)"]),
        ("[Orsola] valuta un'offerta su [Brisa].", &[]),
        ("[Orsola] propone un'offerta su [Brisa] per i clienti.", &[]),
        ("[Orsola] ha lanciato un'offerta ostile su [Brisa].", &["Acquisition Orsola -> Brisa"]),
        // A stake raised, the company named before the percentage.
        ("[Orsola] sale nel capitale di [Brisa] al <19,8%=19.8 %>.", &["Investment Orsola -> Brisa {nel capitale di Brisa al 19,8%}"]),
        ("[Orsola] ha portato la sua partecipazione in [Brisa] al <29,9%=29.9 %>.", &["Investment Orsola -> Brisa {in Brisa al 29,9%}"]),
        ("[Orsola] potrebbe portare la sua partecipazione in [Brisa] al <29,9%=29.9 %>.", &[]),
        ("[Orsola] ha portato la quota di mercato in Italia al <20%=20 %>.", &[]),
        ("[Orsola] ha aumentato la sua quota in [Brisa] al <55%=55 %>.", &["Acquisition Orsola -> Brisa {in Brisa al 55%}"]),
        // An order with the seller before the goods.
        ("[Orsola] ha ordinato a [Cantieri Brisa] tre navi per il trasporto di gas.", &["Purchase Orsola -> Cantieri Brisa {tre navi}"]),
        ("[#Consob Blu] ha ordinato a [Brisa] di sospendere il titolo.", &[]),
        // A funding round named by its size.
        ("[Brisa] ha chiuso un round da <320 milioni=3.2e8 EUR> guidato da [Orsola].", &["Investment Orsola -> Brisa (320 milioni)"]),
        ("[Brisa] cerca un round da <320 milioni=3.2e8 EUR> guidato da [Orsola].", &[]),
        ("Al terzo round [Orsola] ha battuto [Brisa].", &[]),
        // The giver before the money received.
        ("[Brisa] ha ottenuto dalla [Banca Orsola] un finanziamento di <500 milioni di euro=5e8 EUR>.", &["Loan Banca Orsola -> Brisa (500 milioni di euro)"]),
        ("[Brisa] ha ottenuto dalla [Banca Orsola] il via libera al piano.", &[]),
        ("[Brisa] ha ricevuto da [Orsola] un investimento di <20 milioni=2e7 EUR>.", &["Investment Orsola -> Brisa (20 milioni)"]),
        ("[Brisa] potrebbe ricevere da [Orsola] un investimento di <20 milioni=2e7 EUR>.", &[]),
        // A merger of a coordinated subject.
        ("[Orsola] e [Brisa] si fonderanno entro il 2026.", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] e [Brisa] potrebbero fondersi entro il 2026.", &[]),
        // A place after a preposition is no party, even unlisted as a company.
        ("[Orsola] investirà <1,2 miliardi di euro=1.2e9 EUR> in Italia.", &[]),
        ("[Orsola] investirà <1,2 miliardi di euro=1.2e9 EUR> in Quarzina.", &["Investment Orsola -> Quarzina (1,2 miliardi di euro)"]),
        // The subject shared by two coordinated verbs.
        ("[Orsola] ha lavorato con molti partner e che negli ultimi anni ha dato vita a una partnership con [Brisa].", &["Partnership Orsola -> Brisa"]),
        ("[Orsola] ha lavorato con molti partner e non ha dato vita a una partnership con [Brisa].", &[]),
        ("[Orsola] ha chiuso il bilancio in utile e ha poi rilevato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] ha chiuso il bilancio in utile e forse rileverà [Brisa].", &[]),
        // The reporting conditional with a source that has no name is a rumour.
        ("[Orsola] avrebbe acquistato il <20%=20 %> di [Brisa], secondo fonti vicine al dossier.", &[]),
        ("[Orsola] avrebbe acquistato il <20%=20 %> di [Brisa], secondo il [Corriere Blu].", &["Investment Orsola -> Brisa {il 20% di Brisa}"]),
        // Money invested for a stake.
        ("[Orsola] ha investito <1,5 miliardi di euro=1.5e9 EUR> per il <21%=21 %> di [Brisa].", &["Investment Orsola -> Brisa (1,5 miliardi di euro) {21% di Brisa}"]),
        ("[Orsola] ha investito <1,5 miliardi di euro=1.5e9 EUR> per il <21%=21 %> in più di ricavi.", &[]),
        // Control of a company passes to another.
        ("[Brisa] è passata a [Orsola] per <8 miliardi di euro=8e9 EUR>.", &["Acquisition Orsola -> Brisa (8 miliardi di euro)"]),
        ("[Brisa] passa a [Orsola] la guida del consorzio.", &[]),
        ("Il controllo di [Brisa] passa al gruppo [Orsola].", &["Acquisition Orsola -> Brisa"]),
        ("La presidenza di [Brisa] passa a [@Anna Neri].", &[]),
        ("Il controllo di [Brisa] potrebbe passare a [Orsola].", &[]),
        // An agreement with the seller to buy.
        ("[Orsola] ha raggiunto un accordo con [Canto] per rilevare il <10%=10 %> di [Brisa].", &["Investment Orsola -> Canto {il 10% di Brisa}"]),
        ("[Orsola] cerca un accordo con [Canto] per rilevare il <10%=10 %> di [Brisa].", &[]),
        ("[Orsola] ha firmato un accordo con [Canto] per l'acquisizione di [Brisa] per <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Canto (2 miliardi) {Brisa}"]),
        ("[Orsola] ha firmato un accordo con [Canto] per la ricerca.", &["Partnership Orsola -> Canto"]),
        // A deal's noun is the subject of its worth.
        ("L'acquisto di [Brisa] da parte di [Orsola] vale <4 miliardi=4e9 EUR>.", &["Acquisition Orsola -> Brisa (4 miliardi)"]),
        ("L'acquisto di [Brisa] da parte di [Orsola], che in Borsa vale <4 miliardi=4e9 EUR>, è concluso.", &["Acquisition Orsola -> Brisa"]),
        // A passive agent named with its company noun.
        ("[Brisa] è stata acquistata dal fondo [Orsola] per <2 miliardi di euro=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi di euro)"]),
        ("[Brisa] potrebbe essere acquistata dal fondo [Orsola].", &[]),
        // A contract or works awarded: the client pays the company.
        ("[#Anas Blu] ha affidato a [Brisa] lavori per <800 milioni di euro=8e8 EUR>.", &["Purchase Anas Blu -> Brisa (800 milioni di euro) {lavori}"]),
        ("[#Anas Blu] potrebbe affidare a [Brisa] lavori per <800 milioni di euro=8e8 EUR>.", &[]),
        ("[Orsola] ha assegnato l'appalto a [Brisa].", &["Purchase Orsola -> Brisa {l'appalto}"]),
        ("[Orsola] ha assegnato la presidenza a [Brisa].", &[]),
        ("[Orsola] ha affidato l'incarico a [@Anna Neri].", &[]),
        ("L'appalto è stato affidato a [Brisa] da [Orsola].", &["Purchase Orsola -> Brisa {appalto}"]),
        // The worth in brackets.
        ("[Orsola] sottoscriverà l'aumento di capitale di [Brisa] (<250 milioni di euro=2.5e8 EUR>).", &["Investment Orsola -> Brisa (250 milioni di euro)"]),
        ("[Canto] ha ceduto [Brisa] (per <2 miliardi=2e9 EUR>) a [Orsola].", &["Acquisition Orsola -> Canto (2 miliardi) {Brisa}"]),
        ("[Orsola] sottoscriverà l'aumento di capitale di [Brisa]. I ricavi (<250 milioni di euro=2.5e8 EUR>) crescono.", &["Investment Orsola -> Brisa"]),
        ("[Orsola] ha acquistato [Brisa] (che fattura <250 milioni di euro=2.5e8 EUR>).", &["Acquisition Orsola -> Brisa"]),
        // A description by the person who leads the company.
        ("[@Luca Ferri], amministratore delegato di [Orsola], parla. Il gruppo guidato da [@Luca Ferri] ha acquistato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("L'ad di [Orsola] [@Luca Ferri] parla. La società guidata da [@Luca Ferri] ha acquistato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[@Luca Ferri] parla di [Orsola]. Il gruppo guidato da [@Luca Ferri] ha acquistato [Brisa].", &[]),
        ("[@Luca Ferri], presidente di [Orsola] e di [Canto], parla. Il gruppo guidato da [@Luca Ferri] ha acquistato [Brisa].", &[]),
        // A run-on sentence: a negation with a subject of its own is not the deal's.
        ("Tra le richieste c'è lo scioglimento di [Sirio], joint venture controllata da [Orsola] e [Brisa] i rappresentanti della società [Canto] non potranno votare.", &["Partnership Orsola -> Brisa"]),
        ("La joint venture tra [Orsola] e [Brisa] non è stata autorizzata dall'[#Antitrust Blu].", &[]),
        // A business bought from the company it belongs to.
        ("[Orsola] ha rilevato il ramo d'azienda di [Brisa].", &["Acquisition Orsola -> Brisa {il ramo d'azienda di Brisa}"]),
        ("[Orsola] valuta di rilevare il ramo d'azienda di [Brisa].", &[]),
        ("[Orsola] ha acquistato le attività italiane di [Brisa] per <300 milioni=3e8 EUR>.", &["Acquisition Orsola -> Brisa (300 milioni) {le attività italiane di Brisa}"]),
        ("[Orsola] ha acquistato le quote di mercato in Spagna.", &[]),
        // Investors listed after a common noun.
        ("[Brisa] ha raccolto <60 milioni=6e7 EUR> da investitori come [Orsola] e [Canto].", &["Investment Orsola+Canto -> Brisa (60 milioni)"]),
        ("[Brisa] punta a raccogliere <60 milioni=6e7 EUR> da investitori come [Orsola] e [Canto].", &[]),
        // A market is no stake's company; a commercial offer is no bid.
        ("[Orsola] sale al <2%=2 %> in [Piazza Blu].", &[]),
        ("[Orsola] ha presentato un'offerta su [Brisa] per la fornitura di gas.", &[]),
        // Entering a company's capital, said with a noun.
        ("L'ingresso di [Orsola] nel capitale di [Brisa] con il <10%=10 %> è stato approvato.", &["Investment Orsola -> Brisa"]),
        ("L'ingresso di [Orsola] nel consiglio di [Brisa] è stato approvato.", &[]),
        ("L'ipotesi di un ingresso di [Orsola] nel capitale di [Brisa] è tramontata.", &[]),
        // An agreement with the buyer to sell.
        ("[Canto] ha firmato un accordo con [Orsola] per la cessione del <30%=30 %> di [Brisa].", &["Investment Orsola -> Canto {30% di Brisa}"]),
        ("[Canto] ha firmato un accordo con [Orsola] per la cessione di [Brisa].", &["Acquisition Orsola -> Canto {Brisa}"]),
        ("[Canto] cerca un accordo con [Orsola] per la cessione di [Brisa].", &[]),
        // A name read as a person but introduced as a company is a company.
        ("[Orsola] ha acquistato l'americana [@Marta Wire] per <4 miliardi=4e9 USD>.", &["Acquisition Orsola -> Marta Wire (4 miliardi)"]),
        ("[Orsola] ha acquistato [@Marta Wire] per <4 miliardi=4e9 USD>.", &[]),
        ("[Orsola] ha completato l'ingresso nel capitale di [Brisa] con il <41%=41 %>.", &["Investment Orsola -> Brisa"]),
        ("[Orsola] ha rinviato l'ingresso nel capitale di [Brisa].", &[]),
        // A bid on all the shares of a company.
        ("[Orsola] ha lanciato un'offerta pubblica di scambio sulla totalità delle azioni di [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] ha ritirato l'offerta pubblica di scambio sulla totalità delle azioni di [Brisa].", &[]),
        ("[Orsola] ha lanciato un'OPA su [Brisa]. L'offerta vale <13 miliardi=13e9 EUR>.", &["Acquisition Orsola -> Brisa (13 miliardi)"]),
        ("[Orsola] ha lanciato un'OPA su [Brisa]. Il titolo vale <13 miliardi=13e9 EUR>.", &["Acquisition Orsola -> Brisa"]),
        // A stake sold without its company named is a stake, not goods.
        ("[Canto] ha ceduto la sua quota a [Orsola].", &["Investment Orsola -> Canto {la sua quota}"]),
        ("[Canto] ha ceduto la maggioranza a [Orsola].", &["Acquisition Orsola -> Canto {la maggioranza}"]),
        ("[Canto] ha ceduto i suoi impianti a [Orsola].", &["Purchase Orsola -> Canto {i suoi impianti}"]),
        ("[Canto] vorrebbe cedere la sua quota a [Orsola].", &[]),
        // The agent of a participle after a deal's noun; the worth it gives a company.
        ("L'acquisizione di [Brisa] annunciata ieri da [Orsola] valorizza la società <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
        ("L'acquisizione di [Brisa] criticata ieri da [Orsola] è un errore.", &[]),
        ("L'acquisizione di [Brisa] portata a termine dal fondo [Orsola] è la più grande dell'anno.", &["Acquisition Orsola -> Brisa"]),
        // A contract that goes to a company.
        ("La commessa di [Orsola] da <2 miliardi=2e9 EUR> è andata a [Brisa].", &["Purchase Orsola -> Brisa (2 miliardi) {commessa}"]),
        ("La commessa di [Orsola] potrebbe andare a [Brisa].", &[]),
        ("Il premio di [Orsola] è andato a [Brisa].", &[]),
        ("L'appalto di [Orsola] va a [@Anna Neri].", &[]),
        // A capital increase reserved to its subscriber.
        ("[Brisa] ha varato un aumento di capitale da <1 miliardo=1e9 EUR> riservato a [Orsola].", &["Investment Orsola -> Brisa (1 miliardo)"]),
        ("[Brisa] ha varato un aumento di capitale riservato agli investitori istituzionali.", &[]),
        ("[Brisa] potrebbe varare un aumento di capitale riservato al fondo [Orsola].", &[]),
        // An unknown name coordinated with a company, before an agreement made.
        ("[Orsola] e Quarzina hanno costituito una joint venture.", &["Partnership Orsola -> Quarzina"]),
        ("[Orsola] e Quarzina hanno discusso una joint venture.", &[]),
        ("Quarzina ha lanciato un'OPA su [Brisa].", &["Acquisition Quarzina -> Brisa"]),
        // A stake threshold crossed or reached.
        ("[Orsola] ha superato la soglia del <10%=10 %> del capitale di [Brisa].", &["Investment Orsola -> Brisa {10% del capitale di Brisa}"]),
        ("[Orsola] potrebbe superare la soglia del <10%=10 %> del capitale di [Brisa].", &[]),
        ("[Orsola] ha raggiunto il <7%=7 %> di [Brisa].", &["Investment Orsola -> Brisa {7% di Brisa}"]),
        ("[Orsola] ha raggiunto il <7%=7 %> dei ricavi di [Brisa].", &[]),
        // An order's worth `per un valore di`.
        ("[Orsola] ha ordinato a [Cantieri Brisa] quattro navi per un valore di <4 miliardi di euro=4e9 EUR>.", &["Purchase Orsola -> Cantieri Brisa (4 miliardi di euro) {quattro navi}"]),
        ("[Orsola] ha ordinato a [Cantieri Brisa] quattro navi. [Orsola] ha un valore di <4 miliardi di euro=4e9 EUR>.", &["Purchase Orsola -> Cantieri Brisa {quattro navi}"]),
        ("[Orsola] ha firmato un accordo con [Canto] per l'acquisizione del ramo servizi digitali.", &["Acquisition Orsola -> Canto {ramo servizi digitali}"]),
        ("[Orsola] ha firmato un accordo con [Canto] per l'acquisizione di clienti in Spagna.", &["Partnership Orsola -> Canto"]),
        // A headline's topic owns the business bought.
        ("[Brisa], [Orsola] compra la rete", &["Acquisition Orsola -> Brisa {la rete}"]),
        ("[Brisa] cresce, [Orsola] compra la rete", &[]),
        // An unknown name after the copula of a partner, with its web suffix.
        ("Il partner commerciale di [Orsola] è Quarzina.com, nata nel 2005.", &["Partnership Orsola -> Quarzina.com"]),
        ("Il partner commerciale di [Orsola] non è Quarzina.com, nata nel 2005.", &[]),
        ("Il sito di [Orsola] è Quarzina.com, nato nel 2005.", &[]),
        // An unknown lender coordinated with a bank.
        ("[Banca Orsola] e Quarzina hanno concesso un finanziamento di <1 miliardo=1e9 EUR> a [Brisa].", &["Loan Banca Orsola+Quarzina -> Brisa (1 miliardo)"]),
        ("[Banca Orsola] e Quarzina hanno negato un finanziamento di <1 miliardo=1e9 EUR> a [Brisa].", &[]),
        // A bank's loan signed with the borrower.
        ("La [Banca Orsola] ha firmato con [Brisa] un prestito da <500 milioni di euro=5e8 EUR>.", &["Loan Banca Orsola -> Brisa (500 milioni di euro)"]),
        ("[Orsola] ha firmato con [Brisa] un prestito da <500 milioni di euro=5e8 EUR>.", &[]),
        // One stake told twice, to its company and to its seller: one deal.
        ("[Orsola] acquista il <30%=30 %> di [Brisa] per <1 miliardo=1e9 EUR>. [Orsola] ha rilevato il <30%=30 %> di [Brisa] da [Canto].", &["Investment Orsola -> Canto (1 miliardo) {il 30% di Brisa}"]),
        ("[Orsola] acquista il <30%=30 %> di [Brisa]. [Delia] ha rilevato il <30%=30 %> di [Brisa] da [Canto].", &["Investment Orsola -> Brisa {il 30% di Brisa}", "Investment Delia -> Canto {il 30% di Brisa}"]),
        // A buyer as the agent of a participle, the target as what `valorizza` prices.
        ("L'acquisizione portata a termine dal [#Fondo Orsola] valorizza [Brisa] <1,6 miliardi di euro=1.6e9 EUR>.", &["Acquisition Fondo Orsola -> Brisa (1,6 miliardi di euro)"]),
        ("L'acquisizione criticata dal [#Fondo Orsola] valorizza [Brisa] <1,6 miliardi di euro=1.6e9 EUR>.", &[]),
        // Business prose (#15, round 2). An unknown target after `su` of a bid.
        ("[Orsola] ha lanciato un'offerta pubblica di acquisto totalitaria su Quarzina.", &["Acquisition Orsola -> Quarzina"]),
        ("[Orsola] potrebbe lanciare un'offerta pubblica di acquisto su Quarzina.", &[]),
        // Two unknown names coordinated as the subject of an agreement.
        ("Quarzina e Velmora hanno firmato un accordo per una joint venture.", &["Partnership Quarzina -> Velmora"]),
        ("Quarzina e Velmora non hanno firmato un accordo per una joint venture.", &[]),
        ("Quarzina e il governo hanno firmato un accordo.", &[]),
        // A tender called by a named buyer (`bandita da X`): the winner is paid.
        ("[Orsola] si è aggiudicata la gara da <420 milioni di euro=4.2e8 EUR> bandita da [Canto].", &["Purchase Canto -> Orsola (420 milioni di euro) {gara}"]),
        ("[Orsola] ha vinto la gara di [Canto] a Monza.", &[]),
        ("[Orsola] punta ad aggiudicarsi la gara bandita da [Canto].", &[]),
        // A family as the seller, its surname also a given name or a place.
        ("Quarzina ha rilevato Velmora dalla famiglia Orlando.", &["Acquisition Quarzina -> Orlando {Velmora}"]),
        ("Quarzina ha rilevato Velmora a Orlando.", &["Acquisition Quarzina -> Velmora"]),
        // The customer named before the order it gives.
        ("Quarzina ha ricevuto da Velmora un ordine da <85 milioni=8.5e7 EUR> per componenti.", &["Purchase Velmora -> Quarzina (85 milioni)"]),
        ("Quarzina ha ricevuto da Velmora l'ordine di chiudere lo stabilimento.", &[]),
        // A bank named by the noun before a name the entity stage kept short.
        ("Banca [Orsola] ha concesso un finanziamento di <750 milioni=7.5e8 EUR> a [Brisa].", &["Loan Orsola -> Brisa (750 milioni)"]),
        ("[Orsola] ha concesso un finanziamento di <750 milioni=7.5e8 EUR> a [Brisa].", &["Investment Orsola -> Brisa (750 milioni)"]),
    ];
    assert!(rows.len() >= 80, "{} rows", rows.len());
    check_rows(rows);
}
