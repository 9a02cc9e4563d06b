//! Unit tests of the amounts extractor: every form of the issue and its traps.

use super::extract;
use crate::reader::Article;
use crate::summary::{Amount, AmountKind, Qualifier};

fn all(s: &str) -> Vec<Amount> {
    extract(&Article::parse(s))
}

/// `(text, value, currency, qualifier)` of each money amount; percent values negated
/// would confuse, so kinds are checked separately.
type Brief = (String, Option<f64>, Option<String>, Option<Qualifier>);

fn brief(s: &str) -> Vec<Brief> {
    all(s)
        .into_iter()
        .map(|a| (a.text, a.value, a.currency, a.qualifier))
        .collect()
}

/// The single amount of `s`, which must have exactly one.
fn one(s: &str) -> Amount {
    let v = all(s);
    assert_eq!(v.len(), 1, "{s}: {v:#?}");
    v.into_iter().next().unwrap()
}

fn money(s: &str, text: &str, value: f64, cur: Option<&str>) {
    let a = one(s);
    assert_eq!(a.kind, AmountKind::Money, "{s}");
    assert_eq!(a.text, text, "{s}");
    assert_eq!(a.value, Some(value), "{s}");
    assert_eq!(a.currency.as_deref(), cur, "{s}");
}

fn none(s: &str) {
    assert!(all(s).is_empty(), "{s}: {:#?}", all(s));
}

#[test]
fn digits_in_italian_and_english_style() {
    money("Costa 1.234,5 euro.", "1.234,5 euro", 1234.5, Some("EUR"));
    money(
        "Costa 10 000 dollari.",
        "10 000 dollari",
        10000.0,
        Some("USD"),
    );
    money("Il prezzo è 16.3 euro.", "16.3 euro", 16.3, Some("EUR"));
    money("Raccolti $1.5bn in borsa.", "$1.5bn", 1.5e9, Some("USD"));
    money("Sono 10 000,00 $.", "10 000,00 $", 10000.0, Some("USD"));
    money("Paga EUR29,99 al mese.", "EUR29,99", 29.99, Some("EUR"));
    money("Paga USD1,23 al mese.", "USD1,23", 1.23, Some("USD"));
    money(
        "Prezzo pari a euro 0.1165 per azione.",
        "euro 0.1165",
        0.1165,
        Some("EUR"),
    );
}

#[test]
fn scale_words_and_abbreviations() {
    money("Vale 500mila euro.", "500mila euro", 500_000.0, Some("EUR"));
    money("Vale 10K$.", "10K$", 10_000.0, Some("USD"));
    money(
        "Un utile di 1,2 mld di euro.",
        "1,2 mld di euro",
        1.2e9,
        Some("EUR"),
    );
    money(
        "Un utile di 3 mln di euro.",
        "3 mln di euro",
        3e6,
        Some("EUR"),
    );
    money(
        "Servono € 2,5 milioni.",
        "€ 2,5 milioni",
        2.5e6,
        Some("EUR"),
    );
    money(
        "Vale mezzo miliardo di euro.",
        "mezzo miliardo di euro",
        5e8,
        Some("EUR"),
    );
    money(
        "Costa un milione e mezzo di euro.",
        "un milione e mezzo di euro",
        1.5e6,
        Some("EUR"),
    );
    money(
        "Vale 2 miliardi e 300 milioni di euro.",
        "2 miliardi e 300 milioni di euro",
        2.3e9,
        Some("EUR"),
    );
    money(
        "Vale 1.500 miliardi di lire.",
        "1.500 miliardi di lire",
        1.5e12,
        Some("ITL"),
    );
}

#[test]
fn numbers_in_words() {
    money(
        "Investe quindici miliardi di euro.",
        "quindici miliardi di euro",
        15e9,
        Some("EUR"),
    );
    money("Costa trecento euro.", "trecento euro", 300.0, Some("EUR"));
    money("Costa un euro.", "un euro", 1.0, Some("EUR"));
    let a = one("Una spesa di un centinaio di milioni di euro.");
    assert_eq!(a.text, "un centinaio di milioni di euro");
    assert_eq!(a.value, Some(1e8));
    assert_eq!(a.qualifier, Some(Qualifier::Approx));
    none("Sette dei sedici mausolei, tre mesi dopo, una decina di parlamentari.");
}

#[test]
fn currencies_before_and_after() {
    money("Sono 20€.", "20€", 20.0, Some("EUR"));
    money("Sono EUR 20.", "EUR 20", 20.0, Some("EUR"));
    money(
        "Ha pagato 15 miliardi di dollari.",
        "15 miliardi di dollari",
        15e9,
        Some("USD"),
    );
    money(
        "Ha pagato US$ 5 miliardi.",
        "US$ 5 miliardi",
        5e9,
        Some("USD"),
    );
    money("Costa nove sterline.", "nove sterline", 9.0, Some("GBP"));
    money("Costa £ 3.", "£ 3", 3.0, Some("GBP"));
    money(
        "Costa 30 franchi svizzeri.",
        "30 franchi svizzeri",
        30.0,
        Some("CHF"),
    );
    money("Costa 30 CHF.", "30 CHF", 30.0, Some("CHF"));
    money("Costa 100 yen.", "100 yen", 100.0, Some("JPY"));
    money("Costa 100 yuan.", "100 yuan", 100.0, Some("CNY"));
    money("Costava mille lire.", "mille lire", 1000.0, Some("ITL"));
    money(
        "Costa 5 dollari canadesi.",
        "5 dollari canadesi",
        5.0,
        Some("CAD"),
    );
}

#[test]
fn cents() {
    money(
        "Costa 1 euro e 23 centesimi.",
        "1 euro e 23 centesimi",
        1.23,
        Some("EUR"),
    );
    money(
        "Costa 1 USD 23 centesimi.",
        "1 USD 23 centesimi",
        1.23,
        Some("USD"),
    );
    money(
        "Costa 50 centesimi di euro.",
        "50 centesimi di euro",
        0.5,
        Some("EUR"),
    );
}

#[test]
fn ranges_are_one_amount() {
    let a = one("Costerà tra 10 e 15 milioni di euro.");
    assert_eq!(a.text, "10 e 15 milioni di euro");
    assert_eq!((a.value, a.min, a.max), (None, Some(1e7), Some(1.5e7)));
    assert_eq!(a.currency.as_deref(), Some("EUR"));
    let a = one("Un investimento da 3 a 5 miliardi.");
    assert_eq!(
        (a.text.as_str(), a.min, a.max),
        ("3 a 5 miliardi", Some(3e9), Some(5e9))
    );
    let a = one("Costa 10-20 euro.");
    assert_eq!(
        (a.text.as_str(), a.min, a.max),
        ("10-20 euro", Some(10.0), Some(20.0))
    );
    let a = one("Costa tra 10 euro e 20 euro.");
    assert_eq!((a.min, a.max), (Some(10.0), Some(20.0)));
    let a = one("Una fetta tra il 61 e l'80%.");
    assert_eq!(
        (a.text.as_str(), a.kind),
        ("61 e l'80%", AmountKind::Percent)
    );
    assert_eq!((a.min, a.max), (Some(61.0), Some(80.0)));
    let a = one("Il tetto va da 111 a 286 euro.");
    assert_eq!(a.text, "111 a 286 euro");
    // Not ranges: a falling pair, a change from one price to another.
    let v = brief("Guadagna il 3% su £12.000 - £360 di interessi.");
    assert_eq!(
        v.iter().map(|b| b.0.as_str()).collect::<Vec<_>>(),
        ["3%", "£12.000", "£360"]
    );
    // A change from one price to another is two amounts.
    assert_eq!(all("Il biglietto passa da 1 € a 1.5 €.").len(), 2);
}

#[test]
fn qualifiers() {
    let q = |s: &str| one(s).qualifier;
    assert_eq!(
        q("Investirà fino a 15 miliardi di dollari."),
        Some(Qualifier::AtMost)
    );
    assert_eq!(
        q("Ha speso oltre 2 milioni di euro."),
        Some(Qualifier::Over)
    );
    assert_eq!(q("Ha speso più di 10 euro."), Some(Qualifier::Over));
    assert_eq!(q("Ha speso almeno 10 euro."), Some(Qualifier::AtLeast));
    assert_eq!(
        q("Costa circa 9 miliardi di dollari."),
        Some(Qualifier::Approx)
    );
    assert_eq!(q("Costa intorno a 6 euro."), Some(Qualifier::Approx));
    assert_eq!(q("Costa quasi nove sterline."), Some(Qualifier::Under));
    assert_eq!(q("Costa meno di 10 dollari."), Some(Qualifier::Under));
    assert_eq!(q("Costa non più di 10 dollari."), Some(Qualifier::AtMost));
    assert_eq!(
        q("Avrebbero massimo il 26% dei voti."),
        Some(Qualifier::AtMost)
    );
    assert_eq!(
        q("Con una percentuale superiore al 71%."),
        Some(Qualifier::Over)
    );
    assert_eq!(q("Non scende mai sotto il 50%."), Some(Qualifier::AtLeast));
    assert_eq!(q("In Toscana sfiorando l'80%."), Some(Qualifier::Under));
    assert_eq!(q("Costa 6 euro circa."), Some(Qualifier::Approx));
    assert_eq!(q("Acquisisce, oltre al 100% del capitale, altro."), None);
    assert_eq!(
        q("Nell'ordine di 3 milioni di euro."),
        Some(Qualifier::Approx)
    );
    assert_eq!(
        q("Si aggirerebbero sui 100 € l'ora."),
        Some(Qualifier::Approx)
    );
    assert_eq!(
        q("Potrà arrivare fino ad 80 euro."),
        Some(Qualifier::AtMost)
    );
    assert_eq!(
        q("Redditi superiori ai 400mila euro."),
        Some(Qualifier::Over)
    );
    assert_eq!(q("Un tetto massimo di 500 euro."), Some(Qualifier::AtMost));
    let a = one("Costa fino a 15 miliardi di dollari.");
    assert_eq!(a.text, "15 miliardi di dollari");
}

#[test]
fn percentages() {
    let p = |s: &str| {
        let a = one(s);
        assert_eq!(a.kind, AmountKind::Percent, "{s}");
        (a.text, a.value.unwrap())
    };
    assert_eq!(p("Cresce del 30%."), ("30%".into(), 30.0));
    assert_eq!(
        p("Cresce del 3,5 per cento."),
        ("3,5 per cento".into(), 3.5)
    );
    assert_eq!(p("Il Pil scende (-2,1%) ancora."), ("-2,1%".into(), -2.1));
    assert_eq!(all("Chiude a 15 euro (+ 2.97%)")[1].text, "2.97%");
    assert_eq!(p("Dodd 0% ma"), ("0%".into(), 0.0));
    assert_eq!(p("Sale del 71.31%."), ("71.31%".into(), 71.31));
}

#[test]
fn bare_scaled_figures_need_a_money_context() {
    // The headline's figure takes the currency of the same figure in the body.
    let v =
        brief("Investono 15 miliardi in Anthropic\nInvestiranno fino a 15 miliardi di dollari.");
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].0, "15 miliardi");
    assert_eq!(v[0].2.as_deref(), Some("USD"));
    assert_eq!(v[0].3, None);
    let a = one("Il G8 (costato 300 milioni, appaltatori imprese) fu spostato.");
    assert_eq!((a.text.as_str(), a.currency), ("300 milioni", None));
    assert_eq!(
        one("La manovra vale 30 miliardi, dice il ministro.").text,
        "30 miliardi"
    );
    assert_eq!(one("Un giro d'affari di 800 milioni.").text, "800 milioni");
    let a = one("Comprende 85 milioni di aumento di capitale.");
    assert_eq!(a.text, "85 milioni");
    none("Oltre 109 milioni di persone sono chiamate alle urne.");
    none("Un territorio di oltre 17 milioni di chilometri quadrati.");
    assert_eq!(
        one("Ha 13 milioni di clienti e un valore di 65 miliardi.").text,
        "65 miliardi"
    );
    none("L'assistenza a 73 milioni di persone con un bilancio enorme.");
    none("Costa al contribuente 3-0 euro in più.");
    none("Il bilancio: 15 mila morti, 3 mila dispersi.");
    none("Con un volume di oltre 22 milioni, cioè il doppio.");
    none("Una quantità superiore allo 0.03 su un milione nel campione.");
}

#[test]
fn traps_are_not_amounts() {
    none("Nata nel 2021, conta 1.200 dipendenti.");
    none("Il 3° classificato, alle 21.00, finisce 20-18.");
    none("Chiamare lo 06 1234567 o il 118.");
    none("La legge 104 e la legge 152/75.");
    none("Un ragazzo di 29 anni, il 29enne, il 17/08/2020.");
    none("Agli Europei di Euro 2020 e con motori Euro 4.");
    none("Più di un allarme tra gli investitori.");
    none("Lo stadio Franchi di Firenze, 20 anni dopo.");
    none("Il COVID-19 e la A27.");
    none("Corre per 10k e percorre 5m.");
}

#[test]
fn wiki_copy_quirks() {
    // `4-0%` is a mangled `4,0%`; `20.00 euro` a mangled `20.000`; `euro 0` a class.
    let a = one("La popolazione cresce del 4-0%, tanto che raddoppia.");
    assert_eq!((a.text.as_str(), a.value), ("4-0%", Some(4.0)));
    none("Un premio di 20.00 euro, alle 21.00, per motorini euro 0.");
    money(
        "Un debito di 2.700 miliardi di euro.",
        "2.700 miliardi di euro",
        2.7e12,
        Some("EUR"),
    );
    money(
        "Valeva 1.500 miliardi di lire.",
        "1.500 miliardi di lire",
        1.5e12,
        Some("ITL"),
    );
    money(
        "Il costo (11 mila e 500 euro) fu pagato.",
        "11 mila e 500 euro",
        11500.0,
        Some("EUR"),
    );
    money(
        "Costa mezzo dollaro al chilo.",
        "mezzo dollaro",
        0.5,
        Some("USD"),
    );
    money(
        "Costa un euro e mezzo al chilo.",
        "un euro e mezzo",
        1.5,
        Some("EUR"),
    );
    money(
        "Un premio di 2.000.000 di euro.",
        "2.000.000 di euro",
        2e6,
        Some("EUR"),
    );
    let a = one("Wall Street ha chiuso con un - 3%, il peggior ribasso.");
    assert_eq!((a.text.as_str(), a.value), ("- 3%", Some(-3.0)));
    let a = one("Il dato: Roma - 3 euro a testa.");
    assert_eq!((a.text.as_str(), a.value), ("3 euro", Some(3.0)));
}

#[test]
fn counts_and_times_that_look_like_money() {
    // Hundredths of a second, people, a demographic range.
    none("Ha preceduto di 16 centesimi il croato Kostelić.");
    let v = brief("Spende 1 miliardo di dollari. Gli affamati sono circa un miliardo.");
    assert_eq!(v.len(), 1);
    none("La crescita demografica ha portato all'aumento degli esseri umani da 5 a 6 miliardi.");
    none("Il flusso di visitatori, cifra ben al di sotto dei 2.7 milioni dell'anno prima.");
    let a = one("Si dovrebbero versare ad Autostrade venti miliardi, dice.");
    assert_eq!((a.text.as_str(), a.value), ("venti miliardi", Some(2e10)));
}

#[test]
fn seed_has_exactly_three_money_amounts() {
    let text = include_str!("../../../fixtures/seed.txt");
    let v = all(text);
    let got: Vec<_> = v
        .iter()
        .map(|a| (a.text.as_str(), a.value, a.currency.as_deref(), a.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            ("15 miliardi", Some(15e9), Some("USD"), None),
            (
                "15 miliardi di dollari",
                Some(15e9),
                Some("USD"),
                Some(Qualifier::AtMost)
            ),
            ("30 miliardi di dollari", Some(30e9), Some("USD"), None),
        ]
    );
    assert_eq!(v[0].sentence, None);
    assert_eq!(v[1].sentence, Some(0));
}
