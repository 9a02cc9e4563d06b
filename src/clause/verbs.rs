//! The verbs the clause reader knows: every form of the verbs of
//! `data/clause_verbs.tsv`, generated once from the infinitive, with its class,
//! tense and mood; and the auxiliaries and modals that build verb groups.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a verb does, as far as news cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// `dire`, `dichiarare`, `annunciare`: a speaker reports.
    Reporting,
    /// `acquistare`, `comprare`, `acquisire`, `rilevare`.
    Buying,
    /// `cedere`, `vendere`, `dismettere`.
    Selling,
    /// `investire`, `finanziare`, `sottoscrivere`, `stanziare`.
    Investing,
    /// `prestare`, `concedere`, `erogare`.
    Lending,
    /// `firmare`, `siglare`, `raggiungere` (un accordo), `concludere`.
    Agreeing,
    /// `ordinare`, `commissionare`.
    Ordering,
    /// `aggiudicarsi`, `vincere`, `assicurarsi` (a contract, rights).
    Winning,
    /// `pagare`, `versare`, `sborsare`, `spendere`.
    Paying,
    /// `ricevere`, `incassare`, `ottenere`.
    Receiving,
    /// `fondere` (`fondersi con`).
    Merging,
    /// `valutare`, `studiare`, `ipotizzare`, `trattare`: a deal under study.
    Considering,
    /// `intendere`, `puntare`, `mirare`, `prevedere`: a deal intended.
    Intending,
    /// `tentare`, `provare`, `cercare`: a deal attempted.
    Attempting,
    /// `smentire`, `negare`, `escludere`, `respingere`, `ritirare`.
    Denying,
    /// An auxiliary or a modal only, or a verb the lexicon does not know.
    Other,
}

/// The tense (and finiteness) of a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// `acquista`, `ha acquistato` is [`Tense::Past`].
    Present,
    /// Compound or simple past, imperfect.
    Past,
    /// `acquisterà`, `avrà acquistato`.
    Future,
    /// An infinitive, gerund or bare participle.
    NonFinite,
}

/// The mood of a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    /// `acquista`, `acquistò`, `acquisterà`.
    Indicative,
    /// `acquisterebbe`, `avrebbe acquistato`.
    Conditional,
    /// `acquisti`, `acquistasse`.
    Subjunctive,
    /// `acquistare`.
    Infinitive,
    /// `acquistando`.
    Gerund,
    /// `acquistato`.
    Participle,
}

/// One known form: its verb's class, tense and mood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// The verb's class.
    pub class: VerbClass,
    /// Its tense.
    pub tense: Tense,
    /// Its mood.
    pub mood: Mood,
}

/// The endings of a regular conjugation: (ending, tense, mood).
type Endings = &'static [(&'static str, Tense, Mood)];

use Mood::{
    Conditional as C, Gerund as G, Indicative as I, Infinitive as N, Participle as P,
    Subjunctive as S,
};
use Tense::{Future as F, NonFinite as X, Past as Pa, Present as Pr};

const ARE: Endings = &[
    ("a", Pr, I),
    ("ano", Pr, I),
    ("iamo", Pr, I),
    ("are", X, N),
    ("arsi", X, N),
    ("ato", X, P),
    ("ata", X, P),
    ("ati", X, P),
    ("ate", X, P),
    ("ando", X, G),
    ("andosi", X, G),
    ("ava", Pa, I),
    ("avano", Pa, I),
    ("ò", Pa, I),
    ("arono", Pa, I),
    ("erà", F, I),
    ("eranno", F, I),
    ("erebbe", F, C),
    ("erebbero", F, C),
    ("asse", Pa, S),
    ("assero", Pa, S),
    ("ino", Pr, S),
];
const ERE: Endings = &[
    ("e", Pr, I),
    ("ono", Pr, I),
    ("iamo", Pr, I),
    ("ere", X, N),
    ("ersi", X, N),
    ("uto", X, P),
    ("uta", X, P),
    ("uti", X, P),
    ("ute", X, P),
    ("endo", X, G),
    ("eva", Pa, I),
    ("evano", Pa, I),
    ("é", Pa, I),
    ("ette", Pa, I),
    ("erono", Pa, I),
    ("ettero", Pa, I),
    ("erà", F, I),
    ("eranno", F, I),
    ("erebbe", F, C),
    ("erebbero", F, C),
    ("esse", Pa, S),
    ("essero", Pa, S),
    ("a", Pr, S),
    ("ano", Pr, S),
];
const IRE: Endings = &[
    ("e", Pr, I),
    ("ono", Pr, I),
    ("iamo", Pr, I),
    ("ire", X, N),
    ("irsi", X, N),
    ("ito", X, P),
    ("ita", X, P),
    ("iti", X, P),
    ("ite", X, P),
    ("endo", X, G),
    ("iva", Pa, I),
    ("ivano", Pa, I),
    ("ì", Pa, I),
    ("irono", Pa, I),
    ("irà", F, I),
    ("iranno", F, I),
    ("irebbe", F, C),
    ("irebbero", F, C),
    ("isse", Pa, S),
    ("issero", Pa, S),
    ("a", Pr, S),
    ("ano", Pr, S),
];
const ISC: Endings = &[
    ("isce", Pr, I),
    ("iscono", Pr, I),
    ("iamo", Pr, I),
    ("ire", X, N),
    ("irsi", X, N),
    ("ito", X, P),
    ("ita", X, P),
    ("iti", X, P),
    ("ite", X, P),
    ("endo", X, G),
    ("iva", Pa, I),
    ("ivano", Pa, I),
    ("ì", Pa, I),
    ("irono", Pa, I),
    ("irà", F, I),
    ("iranno", F, I),
    ("irebbe", F, C),
    ("irebbero", F, C),
    ("isse", Pa, S),
    ("issero", Pa, S),
    ("isca", Pr, S),
    ("iscano", Pr, S),
];

/// Every form of every verb of `data/clause_verbs.tsv`.
static FORMS: LazyLock<HashMap<String, Form>> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for line in crate::lexicon::entries(crate::lexicon::CLAUSE_VERBS) {
        let mut cols = line.split('\t');
        let (Some(inf), Some(class)) = (cols.next(), cols.next()) else {
            continue;
        };
        let class = class_named(class);
        let extra = cols.next().unwrap_or("");
        let isc = extra.split(' ').any(|w| w == "isc");
        let irregular = extra.split(' ').any(|w| w == "irr");
        let (stem, endings) = match inf.len().checked_sub(3).map(|i| inf.split_at(i)) {
            Some((s, "are")) => (s, ARE),
            Some((s, "ere")) => (s, ERE),
            Some((s, "ire")) if isc => (s, ISC),
            Some((s, "ire")) => (s, IRE),
            _ => continue,
        };
        for &(ending, tense, mood) in endings.iter().filter(|_| !irregular) {
            let form = join(stem, ending);
            if form.chars().count() <= 3 {
                // `da`, `dai`: short regular forms collide with function words.
                continue;
            }
            forms.entry(form).or_insert(Form { class, tense, mood });
        }
        for w in extra.split(' ').filter(|w| w.contains(':')) {
            let (form, tag) = w.split_once(':').unwrap_or((w, ""));
            let (tense, mood) = match tag {
                "pres" => (Pr, I),
                "past" => (Pa, I),
                "fut" => (F, I),
                "cond" => (F, C),
                "subj" => (Pr, S),
                "ger" => (X, G),
                "inf" => (X, N),
                _ => (X, P),
            };
            forms.insert(form.to_string(), Form { class, tense, mood });
        }
    }
    forms
});

/// Stem and ending with Italian spelling: `aggiudic` + `erà` → `aggiudicherà`,
/// `annunci` + `erà` → `annuncerà`, `studi` + `i...` keeps one `i`.
fn join(stem: &str, ending: &str) -> String {
    let soft = ending.starts_with('e') || ending.starts_with('i');
    if soft && (stem.ends_with('c') || stem.ends_with('g')) {
        return format!("{stem}h{ending}");
    }
    if soft && (stem.ends_with("ci") || stem.ends_with("gi")) {
        return format!("{}{ending}", &stem[..stem.len() - 1]);
    }
    if ending.starts_with('i') && stem.ends_with('i') {
        return format!("{stem}{}", &ending[1..]);
    }
    format!("{stem}{ending}")
}

fn class_named(name: &str) -> VerbClass {
    use VerbClass::*;
    match name {
        "reporting" => Reporting,
        "buying" => Buying,
        "selling" => Selling,
        "investing" => Investing,
        "lending" => Lending,
        "agreeing" => Agreeing,
        "ordering" => Ordering,
        "winning" => Winning,
        "paying" => Paying,
        "receiving" => Receiving,
        "merging" => Merging,
        "considering" => Considering,
        "intending" => Intending,
        "attempting" => Attempting,
        "denying" => Denying,
        _ => Other,
    }
}

/// The form `word` (lower case), if it is one of a known verb. A clitic `si` glued
/// to an infinitive or gerund (`aggiudicarsi`, `accordandosi`) is part of the form.
pub fn form(word: &str) -> Option<Form> {
    FORMS.get(word).copied()
}

/// What an auxiliary or modal adds to a verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Helper {
    /// A form of `avere` (active perfect), with its tense and mood.
    Avere(Tense, Mood),
    /// A form of `essere` (perfect of some verbs, or passive), tense and mood.
    Essere(Tense, Mood),
    /// A form of `venire` before a participle: always passive.
    Venire(Tense, Mood),
    /// `potere`, `dovere`: possibility or obligation.
    Possibility(Mood),
    /// `volere`: intention.
    Will(Mood),
    /// `stare` (`sta acquistando`, `sta per acquistare`).
    Progressive,
}

/// The auxiliary or modal `word` is, if any.
pub fn helper(word: &str) -> Option<Helper> {
    use Helper::*;
    Some(match word {
        "ha" | "hanno" | "ho" | "abbiamo" => Avere(Pr, I),
        "aveva" | "avevano" | "ebbe" | "ebbero" => Avere(Pa, I),
        "avrà" | "avranno" => Avere(F, I),
        "avrebbe" | "avrebbero" => Avere(F, C),
        "abbia" | "abbiano" | "avesse" | "avessero" => Avere(Pr, S),
        "aver" | "avere" | "avendo" => Avere(X, N),
        "è" | "sono" | "siamo" => Essere(Pr, I),
        "era" | "erano" | "fu" | "furono" => Essere(Pa, I),
        "sarà" | "saranno" => Essere(F, I),
        "sarebbe" | "sarebbero" => Essere(F, C),
        "sia" | "siano" | "fosse" | "fossero" => Essere(Pr, S),
        "essere" | "esser" | "essendo" | "stato" | "stata" | "stati" | "state" => Essere(X, N),
        "viene" | "vengono" => Venire(Pr, I),
        "veniva" | "venivano" | "venne" | "vennero" => Venire(Pa, I),
        "verrà" | "verranno" => Venire(F, I),
        "verrebbe" | "verrebbero" => Venire(F, C),
        "può" | "possono" | "potrà" | "potranno" | "poteva" | "potevano" | "deve" | "devono"
        | "dovrà" | "dovranno" | "doveva" | "dovevano" => Possibility(I),
        "poter" | "potere" | "dover" | "dovere" => Possibility(N),
        "potrebbe" | "potrebbero" | "dovrebbe" | "dovrebbero" => Possibility(C),
        "possa" | "possano" | "potesse" | "potessero" | "debba" | "debbano" => Possibility(S),
        "vuole" | "vogliono" | "vorrà" | "voleva" | "volevano" => Will(I),
        "voler" | "volere" => Will(N),
        "vorrebbe" | "vorrebbero" => Will(C),
        "sta" | "stanno" | "stava" | "stavano" => Progressive,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_and_irregular_forms() {
        let f = form("acquisterà").unwrap();
        assert_eq!((f.class, f.tense, f.mood), (VerbClass::Buying, F, I));
        assert_eq!(form("aggiudicherà").unwrap().class, VerbClass::Winning);
        assert_eq!(form("annuncerà").unwrap().class, VerbClass::Reporting);
        assert_eq!(form("acquisisce").unwrap().class, VerbClass::Buying);
        assert_eq!(form("sottoscritto").unwrap().mood, P);
        assert_eq!(form("studia").unwrap().class, VerbClass::Considering);
        assert_eq!(form("finanzierà").unwrap().class, VerbClass::Investing);
        assert_eq!(form("smentisce").unwrap().class, VerbClass::Denying);
        assert_eq!(form("aggiudicarsi").unwrap().mood, N);
        assert!(form("comprende").is_none() && form("acquisti").is_none());
        assert_eq!(helper("sarebbe"), Some(Helper::Essere(F, C)));
    }
}
