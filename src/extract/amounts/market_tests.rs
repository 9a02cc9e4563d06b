//! Amounts as markets write them (issue 16; spec, Amounts: markets' writing): one table
//! per construction, each sentence with every amount it must give, and negative twins
//! that must give none (or only the amounts listed). Names are invented.

use super::extract;
use crate::reader::Article;
use crate::summary::{AmountKind, Qualifier};

/// The value an amount must have: one number, or the ends of a range.
#[derive(Debug, Clone, Copy)]
enum Val {
    One(f64),
    Range(f64, f64),
}

/// One expected amount.
#[derive(Debug, Clone, Copy)]
struct Want {
    text: &'static str,
    kind: AmountKind,
    value: Val,
    currency: Option<&'static str>,
    qualifier: Option<Qualifier>,
}

impl Want {
    const fn q(self, qualifier: Qualifier) -> Want {
        Want {
            qualifier: Some(qualifier),
            ..self
        }
    }
}

/// Money with a value.
const fn m(text: &'static str, value: f64, currency: Option<&'static str>) -> Want {
    Want {
        text,
        kind: AmountKind::Money,
        value: Val::One(value),
        currency,
        qualifier: None,
    }
}

/// A money range.
const fn r(text: &'static str, min: f64, max: f64, currency: Option<&'static str>) -> Want {
    Want {
        text,
        kind: AmountKind::Money,
        value: Val::Range(min, max),
        currency,
        qualifier: None,
    }
}

/// A percentage.
const fn p(text: &'static str, value: f64) -> Want {
    Want {
        text,
        kind: AmountKind::Percent,
        value: Val::One(value),
        currency: None,
        qualifier: None,
    }
}

const EUR: Option<&str> = Some("EUR");
const USD: Option<&str> = Some("USD");
const NONE: Option<&str> = None;

use Qualifier::{Approx, AtLeast, AtMost, Over, Under};

/// Checks every row of a table; reports all failing rows at once.
fn check(table: &[(&str, &[Want])]) {
    let mut failures = Vec::new();
    for (sentence, wants) in table {
        let got = extract(&Article::parse(sentence));
        let same = got.len() == wants.len()
            && got.iter().zip(wants.iter()).all(|(a, w)| {
                let (value, min, max) = match w.value {
                    Val::One(v) => (Some(v), None, None),
                    Val::Range(lo, hi) => (None, Some(lo), Some(hi)),
                };
                a.text == w.text
                    && a.kind == w.kind
                    && a.value == value
                    && a.min == min
                    && a.max == max
                    && a.currency.as_deref() == w.currency
                    && a.qualifier == w.qualifier
            });
        if !same {
            let got: Vec<_> = got
                .iter()
                .map(|a| {
                    format!(
                        "{:?} {:?} {:?}/{:?}/{:?} {:?} {:?}",
                        a.text, a.kind, a.value, a.min, a.max, a.currency, a.qualifier
                    )
                })
                .collect();
            failures.push(format!("{sentence}\n  want {wants:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Money with no currency word, made money by a financial noun or verb; the currency is
/// taken only from the same amount stated with one elsewhere in the article.
#[test]
fn money_without_currency_word() {
    check(&[
        (
            "I ricavi di Lumetra salgono a 412 milioni nel trimestre.",
            &[m("412 milioni", 412e6, NONE)],
        ),
        (
            "L'utile netto di Corvina si ferma a 918 milioni.",
            &[m("918 milioni", 918e6, NONE)],
        ),
        (
            "Il gruppo Pastrani chiude con una perdita di 2,07 miliardi.",
            &[m("2,07 miliardi", 2.07e9, NONE)],
        ),
        (
            "In borsa la Ferrovie Valdesi vale 6,3 miliardi.",
            &[m("6,3 miliardi", 6.3e9, NONE)],
        ),
        (
            "Lo Stato incassa due miliardi di tasse dalla Brenta.",
            &[m("due miliardi", 2e9, NONE)],
        ),
        (
            "Il debito netto della Orsola scende a 1,4 miliardi.",
            &[m("1,4 miliardi", 1.4e9, NONE)],
        ),
        (
            "Il fatturato di Velari tocca 830 milioni.",
            &[m("830 milioni", 830e6, NONE)],
        ),
        (
            "La capitalizzazione di Tessiture Amaldi arriva a 3 miliardi.",
            &[m("3 miliardi", 3e9, NONE)],
        ),
        (
            "Velari investe 250 milioni nel nuovo impianto.",
            &[m("250 milioni", 250e6, NONE)],
        ),
        (
            "L'offerta è di 40 milioni di euro. Il consiglio ritiene congrui i 40 milioni offerti.",
            &[
                m("40 milioni di euro", 40e6, EUR),
                m("40 milioni", 40e6, EUR),
            ],
        ),
        (
            "L'esercizio chiude con ricavi per 5,2 miliardi e un Ebitda di 900 milioni.",
            &[
                m("5,2 miliardi", 5.2e9, NONE),
                m("900 milioni", 900e6, NONE),
            ],
        ),
        (
            "Il titolo Brenta vale 14,2 euro, il 3% in più.",
            &[m("14,2 euro", 14.2, EUR), p("3%", 3.0)],
        ),
        // negative twins: counts, years, no money context
        ("La Velari ha venduto 3 milioni di biglietti.", &[]),
        ("Il 2025 sarà l'anno del rilancio per la Orsola.", &[]),
        ("Nel 2025 la Corvina aveva 1.200 dipendenti.", &[]),
        (
            "La piattaforma di Lumetra conta 412 milioni di utenti.",
            &[],
        ),
        ("Il paese ha 60 milioni di abitanti.", &[]),
        ("Nel 2024 la rete di Velari è cresciuta.", &[]),
        ("Sono arrivati 15 mila visitatori alla fiera.", &[]),
        ("La legge 104 tutela i lavoratori della Orsola.", &[]),
    ]);
}

/// Business prose leaves the currency out after a deal word: the price of a takeover,
/// a disposal, an order, an offer or a round is money (currency null); a count of
/// people, shares or things after the same words is not.
#[test]
fn money_after_deal_words() {
    check(&[
        (
            "Il gruppo Vettori ha acquisito Lumetra per 2,9 miliardi.",
            &[m("2,9 miliardi", 2.9e9, NONE)],
        ),
        (
            "La cessione della rete a Corvalis vale 639 milioni.",
            &[m("639 milioni", 639e6, NONE)],
        ),
        (
            "Per Cantieri Rovere arriva un ordine da 1,2 miliardi.",
            &[m("1,2 miliardi", 1.2e9, NONE)],
        ),
        (
            "Castaldi ha rilevato Orlando Pharma per 210 milioni.",
            &[m("210 milioni", 210e6, NONE)],
        ),
        (
            "Marzani lancia un'opa su Teloria da 1,4 miliardi.",
            &[m("1,4 miliardi", 1.4e9, NONE)],
        ),
        (
            "Quarzio chiude un round da 45 milioni guidato da Vesta Capital.",
            &[m("45 milioni", 45e6, NONE)],
        ),
        (
            "Brenta ha ceduto la divisione imballaggi per 639 milioni.",
            &[m("639 milioni", 639e6, NONE)],
        ),
        (
            "Il fondo ha sottoscritto 500 milioni dell'aumento.",
            &[m("500 milioni", 500e6, NONE)],
        ),
        (
            "Ferrovie Nordiche ha venduto a Trenalia il 40% di Merci Alpine per 120 milioni.",
            &[p("40%", 40.0), m("120 milioni", 120e6, NONE)],
        ),
        // negative twins: counts after the same words
        ("La casa editrice ha venduto 3 milioni di copie.", &[]),
        ("Vettori ha acquisito 2 milioni di clienti in un anno.", &[]),
        ("Brenta ha ceduto 3 milioni di azioni proprie.", &[]),
        ("L'ordine dei medici conta 400 mila iscritti.", &[]),
        ("Il sondaggio ha rilevato 2 milioni di indecisi.", &[]),
    ]);
}

/// A written minus belongs to the number; a `+` is left out of `text`.
#[test]
fn signs() {
    check(&[
        (
            "Il titolo Corvina cede il -2,4% a Piazza Affari.",
            &[p("-2,4%", -2.4)],
        ),
        (
            "La perdita netta di Velari è di –96,5 milioni di euro.",
            &[m("–96,5 milioni di euro", -96.5e6, EUR)],
        ),
        (
            "Il titolo Lumetra sale del +6,2% in apertura.",
            &[p("6,2%", 6.2)],
        ),
        (
            "Il margine di Orsola scende a 12 milioni (-17).",
            &[m("12 milioni", 12e6, NONE), m("-17", -17e6, NONE)],
        ),
        (
            "Il patrimonio netto è pari a -3,5 milioni di euro.",
            &[m("-3,5 milioni di euro", -3.5e6, EUR)],
        ),
        ("Il Pil frena: −0,3% nel trimestre.", &[p("−0,3%", -0.3)]),
        ("Le vendite di Brenta chiudono a +12%.", &[p("12%", 12.0)]),
        // negative twins: a hyphen between figures is no sign
        ("La stagione 2023-2024 si è chiusa ieri.", &[]),
        ("L'autostrada A1-14 è chiusa.", &[]),
        (
            "I prezzi vanno da 10 a 20 euro, con sconti del 5-10%.",
            &[
                r("10 a 20 euro", 10.0, 20.0, EUR),
                Want {
                    text: "5-10%",
                    kind: AmountKind::Percent,
                    value: Val::Range(5.0, 10.0),
                    currency: None,
                    qualifier: None,
                },
            ],
        ),
    ]);
}

/// Basis points, `centesimi di punto`, `decimi di punto` and `punti percentuali` are
/// percentages; index points are no amounts.
#[test]
fn points() {
    check(&[
        (
            "Lo spread tra Btp e Bund si attesta a 147 punti base.",
            &[p("147 punti base", 1.47)],
        ),
        (
            "Il rendimento del Btp scende di 35 centesimi di punto.",
            &[p("35 centesimi di punto", 0.35)],
        ),
        (
            "La disoccupazione cala di due punti percentuali.",
            &[p("due punti percentuali", 2.0)],
        ),
        (
            "Il margine migliora di 1,5 punti percentuali.",
            &[p("1,5 punti percentuali", 1.5)],
        ),
        (
            "La banca centrale alza i tassi di 25 punti base.",
            &[p("25 punti base", 0.25)],
        ),
        ("Lo spread chiude a 120 bp.", &[p("120 bp", 1.2)]),
        (
            "Il differenziale sale di 8 decimi di punto.",
            &[p("8 decimi di punto", 0.8)],
        ),
        (
            "Il tasso scende di mezzo punto percentuale.",
            &[p("mezzo punto percentuale", 0.5)],
        ),
        (
            "Lo spread oscilla tra 140 e 150 punti base.",
            &[Want {
                text: "140 e 150 punti base",
                kind: AmountKind::Percent,
                value: Val::Range(1.4, 1.5),
                currency: None,
                qualifier: None,
            }],
        ),
        // negative twins: index points, points of a score or a list
        ("Il Ftse Mib perde 300 punti.", &[]),
        ("L'indice Dax chiude a 18.200 punti.", &[]),
        ("La squadra di Lumetra ha 45 punti in classifica.", &[]),
        ("Il piano della Corvina ha 12 punti.", &[]),
        ("La Brenta apre 35 punti vendita.", &[]),
    ]);
}

/// Exchange rates are no amounts; the same figure as a price is money.
#[test]
fn exchange_rates() {
    check(&[
        ("L'euro scambia a 1,08 dollari.", &[]),
        ("In mattinata l'euro a 1,08 dollari.", &[]),
        ("Il dollaro sale a 151 yen.", &[]),
        ("La sterlina si rafforza a 1,17 euro.", &[]),
        ("Il cambio dell'euro chiude a 0,86 sterline.", &[]),
        ("L'euro cede lo 0,3% a 1,07 dollari.", &[p("0,3%", 0.3)]),
        ("Il cambio si ferma a 7,2 yuan per dollaro.", &[]),
        (
            "Il dollaro debole rende l'iPhone a 999 euro.",
            &[m("999 euro", 999.0, EUR)],
        ),
        (
            "La banca centrale difende i 150 yen contro il dollaro.",
            &[],
        ),
        (
            "Il vino costa 7,2 euro per bottiglia.",
            &[m("7,2 euro", 7.2, EUR)],
        ),
        // positive twins: prices
        (
            "Il titolo Corvina scambia a 1,08 dollari.",
            &[m("1,08 dollari", 1.08, USD)],
        ),
        (
            "L'azione Velari sale a 151 euro.",
            &[m("151 euro", 151.0, EUR)],
        ),
        (
            "Con l'euro forte, la Brenta ha pagato 3 milioni di dollari.",
            &[m("3 milioni di dollari", 3e6, USD)],
        ),
        (
            "Il bitcoin sale a 60.000 dollari.",
            &[m("60.000 dollari", 60000.0, USD)],
        ),
        (
            "Il prezzo della Orsola chiude a 2,15 euro per azione.",
            &[m("2,15 euro", 2.15, EUR)],
        ),
    ]);
}

/// A bare figure takes the unit or scale of the amount just before it.
#[test]
fn implied_units() {
    check(&[
        (
            "Ricavi per 2,8 miliardi, 140 dalla controllata.",
            &[m("2,8 miliardi", 2.8e9, NONE), m("140", 140e6, NONE)],
        ),
        (
            "L'utile netto sale a 1,2 miliardi (1,1 nel 2023).",
            &[m("1,2 miliardi", 1.2e9, NONE), m("1,1", 1.1e9, NONE)],
        ),
        (
            "I ricavi salgono a 300 milioni di euro, contro i 280 dell'anno prima.",
            &[m("300 milioni di euro", 300e6, EUR), m("280", 280e6, NONE)],
        ),
        (
            "L'utile cresce del 12%, i ricavi del 7.",
            &[p("12%", 12.0), p("7", 7.0)],
        ),
        (
            "Il fondo detiene il 51% di Velari e il 49 di Brenta.",
            &[p("51%", 51.0), p("49", 49.0)],
        ),
        (
            "Dei 12 milioni di investimenti, 3 sono andati in ricerca.",
            &[m("12 milioni", 12e6, NONE), m("3", 3e6, NONE)],
        ),
        (
            "Il Ftse Mib cede lo 0,4%, il Dax lo 0,6.",
            &[p("0,4%", 0.4), p("0,6", 0.6)],
        ),
        // negative twins
        (
            "Ricavi per 2,8 miliardi, 140 dipendenti in più.",
            &[m("2,8 miliardi", 2.8e9, NONE)],
        ),
        (
            "Ricavi per 2,8 miliardi nel 2024.",
            &[m("2,8 miliardi", 2.8e9, NONE)],
        ),
        (
            "Il partito supera il 16% (82 seggi).",
            &[p("16%", 16.0).q(Over)],
        ),
        ("Il partito ottiene il 16% (82).", &[p("16%", 16.0)]),
        ("Il titolo sale del 2%, chiudendo alle 17.", &[p("2%", 2.0)]),
        ("L'azienda ha 12 milioni di clienti, 3 in Italia.", &[]),
        ("L'utile sale del 3% il 5 maggio.", &[p("3%", 3.0)]),
        (
            "Il bond da 500 milioni ha una cedola del 4.",
            &[m("500 milioni", 500e6, NONE)],
        ),
    ]);
}

/// `da X a Y` after a word of change is two amounts; `tra X e Y`, `X-Y` and a plain
/// `da X a Y` are one range.
#[test]
fn change_versus_range() {
    check(&[
        (
            "Il prezzo passa da 1,25 a 1,30 euro.",
            &[m("1,25", 1.25, EUR), m("1,30 euro", 1.3, EUR)],
        ),
        (
            "Il dividendo sale da 40 a 45 centesimi.",
            &[m("40", 0.4, EUR), m("45 centesimi", 0.45, EUR)],
        ),
        (
            "La banca alza il target price da 20 a 25 euro.",
            &[m("20", 20.0, EUR), m("25 euro", 25.0, EUR)],
        ),
        (
            "L'inflazione scende dal 2,5 al 2,1%.",
            &[p("2,5", 2.5), p("2,1%", 2.1)],
        ),
        (
            "Il fatturato è cresciuto da 2 a 3 miliardi di euro.",
            &[m("2", 2e9, EUR), m("3 miliardi di euro", 3e9, EUR)],
        ),
        (
            "Il prezzo è passato da 1 € a 1,5 €.",
            &[m("1 €", 1.0, EUR), m("1,5 €", 1.5, EUR)],
        ),
        (
            "Il prezzo è salito da 1,25 euro a 1,30 nel trimestre.",
            &[m("1,25 euro", 1.25, EUR), m("1,30", 1.3, EUR)],
        ),
        ("Il rapporto debito/Ebitda scende da 3,1 a 2,8 volte.", &[]),
        // ranges
        (
            "Un investimento tra 10 e 15 milioni di euro.",
            &[r("10 e 15 milioni di euro", 10e6, 15e6, EUR)],
        ),
        (
            "I biglietti costano da 10 a 20 euro.",
            &[r("10 a 20 euro", 10.0, 20.0, EUR)],
        ),
        (
            "La spesa va da 111 a 286 euro.",
            &[r("111 a 286 euro", 111.0, 286.0, EUR)],
        ),
        (
            "Un premio di 10-20 milioni di dollari.",
            &[r("10-20 milioni di dollari", 10e6, 20e6, USD)],
        ),
        (
            "Il consenso oscilla fra il 30 e il 35%.",
            &[Want {
                text: "30 e il 35%",
                kind: AmountKind::Percent,
                value: Val::Range(30.0, 35.0),
                currency: None,
                qualifier: None,
            }],
        ),
    ]);
}

/// Qualifiers of market prose.
#[test]
fn market_qualifiers() {
    check(&[
        (
            "Il fatturato supera i 3 miliardi di euro.",
            &[m("3 miliardi di euro", 3e9, EUR).q(Over)],
        ),
        (
            "Il titolo sfonda quota 20 euro.",
            &[m("20 euro", 20.0, EUR).q(Over)],
        ),
        (
            "La raccolta ha superato i 500 milioni di euro.",
            &[m("500 milioni di euro", 500e6, EUR).q(Over)],
        ),
        (
            "La capitalizzazione sfiora i 50 miliardi di dollari.",
            &[m("50 miliardi di dollari", 50e9, USD).q(Under)],
        ),
        (
            "Un'offerta vicina ai 2 miliardi di euro.",
            &[m("2 miliardi di euro", 2e9, EUR).q(Approx)],
        ),
        (
            "Il valore si aggira sui 300 milioni di euro.",
            &[m("300 milioni di euro", 300e6, EUR).q(Approx)],
        ),
        (
            "Il titolo scambia in area 12 euro.",
            &[m("12 euro", 12.0, EUR).q(Approx)],
        ),
        (
            "La villa è stata venduta sui 2 milioni di euro.",
            &[m("2 milioni di euro", 2e6, EUR).q(Approx)],
        ),
        ("Il rendimento è vicino al 4%.", &[p("4%", 4.0).q(Approx)]),
        (
            "Le stime non superavano i 900 milioni di euro.",
            &[m("900 milioni di euro", 900e6, EUR).q(AtMost)],
        ),
        (
            "Il prezzo è sceso fino a 8 euro.",
            &[m("8 euro", 8.0, EUR).q(AtMost)],
        ),
        (
            "Servono almeno 5 milioni di euro.",
            &[m("5 milioni di euro", 5e6, EUR).q(AtLeast)],
        ),
        // negative twins: no qualifier
        (
            "Oltre ai 5 milioni di euro, la Orsola riceve un immobile.",
            &[m("5 milioni di euro", 5e6, EUR)],
        ),
        (
            "Una tassa del 2% sui 300 milioni di euro di ricavi.",
            &[p("2%", 2.0), m("300 milioni di euro", 300e6, EUR)],
        ),
        (
            "Il titolo chiude a quota 20 euro.",
            &[m("20 euro", 20.0, EUR)],
        ),
        (
            "Il titolo Corvina vale 14 euro.",
            &[m("14 euro", 14.0, EUR)],
        ),
    ]);
}

/// Currencies beyond the common ones, historic currencies and bitcoin.
#[test]
fn currencies() {
    check(&[
        (
            "Un contratto da C$ 12,5 milioni.",
            &[m("C$ 12,5 milioni", 12.5e6, Some("CAD"))],
        ),
        (
            "Un bond da HK$ 3,2 miliardi.",
            &[m("HK$ 3,2 miliardi", 3.2e9, Some("HKD"))],
        ),
        (
            "La miniera vale A$ 40 milioni.",
            &[m("A$ 40 milioni", 40e6, Some("AUD"))],
        ),
        (
            "Il vigneto è costato NZ$ 5 milioni.",
            &[m("NZ$ 5 milioni", 5e6, Some("NZD"))],
        ),
        (
            "Il porto ha investito S$ 7 milioni.",
            &[m("S$ 7 milioni", 7e6, Some("SGD"))],
        ),
        (
            "La rete è stata pagata MXN$ 300 milioni.",
            &[m("MXN$ 300 milioni", 300e6, Some("MXN"))],
        ),
        (
            "Il cantiere costa ₩ 5 miliardi.",
            &[m("₩ 5 miliardi", 5e9, Some("KRW"))],
        ),
        (
            "L'hotel è stato venduto per ฿ 20 milioni.",
            &[m("฿ 20 milioni", 20e6, Some("THB"))],
        ),
        (
            "Nel 1990 costava 300 marchi finlandesi.",
            &[m("300 marchi finlandesi", 300.0, Some("FIM"))],
        ),
        (
            "Il quadro fu pagato 40 fiorini olandesi.",
            &[m("40 fiorini olandesi", 40.0, Some("NLG"))],
        ),
        (
            "Il biglietto costava 20 franchi francesi.",
            &[m("20 franchi francesi", 20.0, Some("FRF"))],
        ),
        (
            "Il debito era di 2 miliardi di marchi tedeschi.",
            &[m("2 miliardi di marchi tedeschi", 2e9, Some("DEM"))],
        ),
        (
            "I truffatori hanno raccolto 12 bitcoin.",
            &[m("12 bitcoin", 12.0, Some("XBT"))],
        ),
        (
            "Il fondo ha comprato 0,5 bitcoin.",
            &[m("0,5 bitcoin", 0.5, Some("XBT"))],
        ),
        (
            "La banca ha venduto 30 BTC.",
            &[m("30 BTC", 30.0, Some("XBT"))],
        ),
        (
            "L'emissione vale 1,5 miliardi di dollari canadesi.",
            &[m("1,5 miliardi di dollari canadesi", 1.5e9, Some("CAD"))],
        ),
        // negative twins: brands, letters, a coin's name
        ("Il gruppo Velari possiede 300 marchi.", &[]),
        ("La Corvina ha 40 fiorini in vetrina.", &[]),
        ("Il bitcoin è nato nel 2009.", &[]),
        ("La classe S 7 è in vendita.", &[]),
    ]);
}

/// Cents: `15 dollari e 50`.
#[test]
fn cents_after_the_currency() {
    check(&[
        (
            "Il biglietto costa 15 dollari e 50.",
            &[m("15 dollari e 50", 15.5, USD)],
        ),
        (
            "Il menu costa 12 euro e 90 a persona.",
            &[m("12 euro e 90", 12.9, EUR)],
        ),
        (
            "Il litro di benzina costa un euro e 85.",
            &[m("un euro e 85", 1.85, EUR)],
        ),
        (
            "Il biglietto costa 15 dollari e 50 centesimi.",
            &[m("15 dollari e 50 centesimi", 15.5, USD)],
        ),
        (
            "Il caffè costa 90 centesimi.",
            &[m("90 centesimi", 0.9, EUR)],
        ),
        // negative twins
        ("Il record è di 9 secondi e 58 centesimi di secondo.", &[]),
        ("Ha vinto la discesa per 16 centesimi.", &[]),
        (
            "Il biglietto costa 15 dollari e 50 persone lo hanno comprato.",
            &[m("15 dollari", 15.0, USD)],
        ),
        (
            "Il biglietto costa 15 dollari e 50 euro l'abbonamento.",
            &[m("15 dollari", 15.0, USD), m("50 euro", 50.0, EUR)],
        ),
        (
            "Il biglietto costa 15 dollari e 50 per cento in più.",
            &[m("15 dollari", 15.0, USD), p("50 per cento", 50.0)],
        ),
        (
            "Pagati 15 milioni di dollari e 50 dipendenti assunti.",
            &[m("15 milioni di dollari", 15e6, USD)],
        ),
    ]);
}
