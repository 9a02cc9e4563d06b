//! Unknown names licensed by a deal frame: a capitalised word run that the entity
//! stage did not recognise but that stands in a party slot of a deal cue — right
//! before the cue or its auxiliaries (`Vettori ha acquistato ...`), right after a
//! verb cue (`... ha acquistato Lumetra`, `rileva la società Lumetra`), or after the
//! preposition of a party (`da Lumetra`, `da parte di Lumetra`, `in Lumetra`). In a
//! deal, such a name is a company by that fact; it becomes one only if the frame
//! then reads it as a payer or a payee.

use super::lexicon::{cue_at, is_company_noun, SUBSCRIBED, WHOLLY};
use super::tokens::{tokenize_in, DealToken, Kind};
use crate::extract::entities::Found;
use crate::lexicon::entries;
use crate::summary::{Amount, Entity, Mention};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Capitalised words that are never a company's name by themselves: function words,
/// months, titles, words of business prose (`Borsa`). A run with one of them is no
/// name.
static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entity_stopwords()
        .chain(entries(crate::lexicon::DEAL_NOT_PARTIES))
        .collect()
});

/// Places, in lower case as tokens are compared (the list is written capitalised):
/// a run that is a place is no company (`investirà in Italia`), a run that contains
/// one may be (`Vodafone Italia`).
static PLACES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    entries(crate::lexicon::PLACES)
        .map(str::to_lowercase)
        .collect()
});

/// Given names, in lower case: a run that opens with one is a person's name
/// (`Mario Bianchi`), not a company (`Cantieri Orsola` may be one).
static FIRST_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    entries(crate::lexicon::FIRST_NAMES)
        .map(str::to_lowercase)
        .collect()
});

const ARTICLES: &[&str] = crate::lexicon::function_words::ARTICLES;
/// Prepositions that open a party slot after a cue.
const PARTY_PREPS: &[&str] = &[
    "da", "dal", "dalla", "dall'", "a", "ad", "al", "alla", "all'", "in", "nella", "nell'", "di",
    "della", "dell'", "del", "con", "tra", "fra", "su", "sul", "sulla", "sull'",
];
/// Words that may stand between a subject and its verb cue.
const BEFORE_VERB: &[&str] = &[
    "ha",
    "hanno",
    "avrebbe",
    "avrebbero",
    "aveva",
    "è",
    "sono",
    "sarà",
    "si",
    "sarebbe",
    "sarebbero",
    "stata",
    "stato",
    "avrà",
    "già",
    "infine",
    "ora",
    "oggi",
    "ieri",
];

/// The unknown names in party slots of the deal cues of `unit`, as byte ranges.
pub fn slots(
    stream: &crate::reader::tokens::Tokens,
    text: &str,
    unit: Range<usize>,
    found: &[Found<'_>],
    local: &[(usize, &Amount)],
) -> Vec<Range<usize>> {
    let toks = tokenize_in(stream, text, unit, found, local);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(text, &toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < toks.len() && capitalised(text, &toks[i]) {
            i += 1;
        }
        let run = start..i;
        // A listed common word, or a verb (`Abbiamo concesso`, `Investe`), is no name.
        let common = |t: &DealToken| {
            NOT_NAMES.contains(t.lower.as_str())
                || crate::clause::verbs::helper(&t.lower).is_some()
                || crate::clause::verbs::form(&t.lower).is_some()
                || super::lexicon::cue_at(std::slice::from_ref(t), 0).is_some()
        };
        let whole = toks[run.clone()]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        // After `famiglia` a name is a surname, even one that is also a given name or
        // a place (`dalla famiglia Orlando` sells; `Orlando Bianchi` is a person).
        let family = start > 0 && matches!(toks[start - 1].lower.as_str(), "famiglia" | "famiglie");
        let person = FIRST_NAMES.contains(&toks[start].lower) && !family;
        let place = PLACES.contains(&whole) && !family;
        if toks[run.clone()].iter().any(common) || place || person {
            continue;
        }
        if subject_slot(text, &toks, run.end)
            || coordinated_subject(text, &toks, run.end)
            || (start > 0 && after_slot(text, &toks, start))
            || (start > 0 && before_noun_cue(&toks, start, run.end))
        {
            let end = toks[run.end - 1].range.end;
            out.push(toks[start].range.start..end + web_suffix(&text[end..]));
        }
    }
    out
}

/// The run is the first of two coordinated subjects: `e`/`ed`, then a capitalised
/// run (or a known name) standing in a subject slot (`Solaria e Ventis hanno firmato
/// un accordo`). The second name may come with its article and a company noun or a
/// nationality (`Ravelli e la tedesca Nordlicht hanno costituito`, `Solaria e
/// l'Università di Pavia hanno siglato`). `Solaria e il governo hanno firmato` has no
/// second name: no slot.
fn coordinated_subject(text: &str, toks: &[DealToken], end: usize) -> bool {
    if !toks
        .get(end)
        .is_some_and(|t| matches!(t.lower.as_str(), "e" | "ed"))
    {
        return false;
    }
    let mut k = end + 1;
    let word = |k: usize, test: &dyn Fn(&str) -> bool| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && test(&t.lower))
    };
    if word(k, &|w| ARTICLES.contains(&w)) {
        k += 1;
        while k < end + 4 && word(k, &is_company_noun) {
            k += 1;
        }
    }
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Mention(_)))
    {
        return subject_slot(text, toks, k + 1);
    }
    while k < toks.len() && capitalised(text, &toks[k]) {
        k += 1;
    }
    k > end + 1 && subject_slot(text, toks, k)
}

/// A word token that starts with a capital letter and is not a lone initial.
fn capitalised(text: &str, t: &DealToken) -> bool {
    t.kind == Kind::Word
        && text[t.range.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && t.lower.chars().count() > 1
        && !t.lower.ends_with('\'')
}

/// The run ends right before a verb cue, or before auxiliaries and then a verb cue.
fn subject_slot(text: &str, toks: &[DealToken], end: usize) -> bool {
    let mut k = end;
    while k < toks.len() && k < end + 3 && toks[k].kind == Kind::Word {
        if cue_at(toks, k).is_some_and(|(role, _)| role.is_verb()) {
            return true;
        }
        if carries_out_nominal_cue(text, toks, k) {
            return true;
        }
        if !BEFORE_VERB.contains(&toks[k].lower.as_str()) {
            return false;
        }
        k += 1;
    }
    false
}

/// Stems of verbs that carry out or announce a deal named by a noun: `X ha
/// completato l'acquisizione di Y`, `X perfeziona l'acquisto`, `X annuncia la
/// cessione`. Verbs of comment (`ha criticato l'acquisizione`) are left out: their
/// subject is often a person with no deal of its own.
const CARRY_OUT_STEMS: &[&str] = &[
    "complet",
    "perfezion",
    "finalizz",
    "ufficializz",
    "annunc",
    "conclu",
    "chiude",
    "chiuso",
    // Agreements and bids made: `X e Lumetra hanno firmato un accordo`, `Lumetra ha
    // lanciato un'OPA`, `Lumetra ha sottoscritto l'aumento`.
    "costitu",
    "firm",
    "sigl",
    "stipul",
    "raggiun",
    "lanci",
    "sottoscri",
    // Money lent: `X e Lumetra hanno concesso un finanziamento`, `ha erogato un prestito`.
    "conced",
    "conces",
    "erog",
    // A bid accepted by its target: `Lumetra ha accettato l'offerta di X`.
    "accett",
    "accol",
    "accogl",
];

/// Token `k` is a verb of announcing or carrying out, followed (after at most an
/// article) by a noun cue: `Lumetra ha annunciato l'acquisto di Vettori`.
fn carries_out_nominal_cue(text: &str, toks: &[DealToken], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    let verb = CARRY_OUT_STEMS.iter().any(|s| w.starts_with(s));
    if !verb {
        return false;
    }
    let mut n = k + 1;
    // `X ha siglato con Y un accordo`: the partner between the verb and the noun.
    if toks.get(n).is_some_and(|t| t.lower == "con") {
        n += 1;
        if toks
            .get(n)
            .is_some_and(|t| matches!(t.kind, Kind::Mention(_)))
        {
            n += 1;
        } else {
            while toks.get(n).is_some_and(|t| capitalised(text, t)) {
                n += 1;
            }
        }
    }
    if toks.get(n).is_some_and(|t| {
        ARTICLES.contains(&t.lower.as_str())
            || matches!(t.lower.as_str(), "un'" | "un" | "una" | "uno")
    }) {
        n += 1;
    }
    n < toks.len() && cue_at(toks, n).is_some_and(|(role, _)| !role.is_verb())
}

/// The run starts right after a verb cue (an article and company nouns between), or
/// after a party preposition that follows a cue within a few words.
fn after_slot(text: &str, toks: &[DealToken], start: usize) -> bool {
    let mut k = start;
    // `dal fondo X`, and a family as a seller (`dalla famiglia X`, spec: Deals).
    let family_or_company = |w: &str| is_company_noun(w) || matches!(w, "famiglia" | "famiglie");
    while k > 0 && toks[k - 1].kind == Kind::Word && family_or_company(&toks[k - 1].lower) {
        k -= 1;
    }
    // `alla sua controllante X`: a possessive before the company noun.
    if k < start && k > 0 && matches!(toks[k - 1].lower.as_str(), "sua" | "propria" | "loro") {
        k -= 1;
    }
    if k > 0 && ARTICLES.contains(&toks[k - 1].lower.as_str()) {
        k -= 1;
    }
    let verb_before = |at: usize| {
        (at.saturating_sub(3)..at)
            .any(|c| cue_at(toks, c).is_some_and(|(role, end)| role.is_verb() && end == at))
    };
    if verb_before(k) {
        return true;
    }
    // `X ha siglato con Y un accordo`: `con` right after a verb that carries out a
    // deal named by the noun that follows the run.
    if k >= 2 && toks[k - 1].lower == "con" && carries_out_nominal_cue(text, toks, k - 2) {
        return true;
    }
    // `..., che sarà sottoscritto per intero da Lumetra`: the subscriber of a raise
    // named earlier in the sentence.
    if k >= 2 && matches!(toks[k - 1].lower.as_str(), "da" | "dal" | "dalla") {
        let mut p = k - 2;
        while p > 0 && WHOLLY.contains(&toks[p].lower.as_str()) {
            p -= 1;
        }
        if SUBSCRIBED.contains(&toks[p].lower.as_str())
            && (p.saturating_sub(16)..p).any(|c| cue_at(toks, c).is_some())
        {
            return true;
        }
    }
    // `X, insieme a Lumetra, ha investito`: a companion of the subject before a verb cue.
    if k >= 2
        && matches!(toks[k - 2].lower.as_str(), "insieme" | "assieme")
        && matches!(
            toks[k - 1].lower.as_str(),
            "a" | "ad" | "al" | "alla" | "con"
        )
        && (k..(k + 10).min(toks.len()))
            .any(|c| cue_at(toks, c).is_some_and(|(role, _)| role.is_verb()))
    {
        return true;
    }
    // `il partner commerciale di X è Lumetra`: the copula after a noun cue.
    let copula = k > 0 && matches!(toks[k - 1].lower.as_str(), "è" | "sarà" | "era");
    if k == 0 || !(PARTY_PREPS.contains(&toks[k - 1].lower.as_str()) || copula) {
        return false;
    }
    // `da parte di X`, `acquisizione di X`, `investe 2 milioni in X`.
    if (k.saturating_sub(6)..k - 1).any(|c| cue_at(toks, c).is_some()) {
        return true;
    }
    // `ha ceduto il ramo d'azienda dei servizi a X`: a verb cue further back, its
    // object between with no punctuation and no other verb.
    (k.saturating_sub(11)..k.saturating_sub(6)).any(|c| {
        cue_at(toks, c).is_some_and(|(role, _)| role.is_verb())
            && toks[c + 1..k - 1].iter().all(|t| {
                t.kind == Kind::Word
                    && crate::clause::verbs::form(&t.lower).is_none()
                    && crate::clause::verbs::helper(&t.lower).is_none()
                    && !matches!(t.lower.as_str(), "e" | "ed" | "che" | "cui")
            })
    })
}

/// Entities for the licensed names, one per distinct name with all its slots.
pub fn entities(text: &str, ranges: &[Range<usize>]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for r in ranges {
        let name = text[r.clone()].to_string();
        let mention = Mention {
            span: r.clone().into(),
            text: name.clone(),
        };
        match out.iter_mut().find(|e| e.name == name) {
            Some(e) => e.mentions.push(mention),
            None => out.push(Entity {
                name,
                mentions: vec![mention],
            }),
        }
    }
    out
}

/// The length of a web domain's suffix right after a name (`Ganji.com`,
/// `Lumetra.it`): a dot, two to four lower-case letters, then no letter or digit.
/// Zero when there is none, or when the dot ends a sentence (`... Lumetra. Poi`).
fn web_suffix(after: &str) -> usize {
    let Some(rest) = after.strip_prefix('.') else {
        return 0;
    };
    let letters = rest.chars().take_while(|c| c.is_ascii_lowercase()).count();
    let next = rest[letters..].chars().next();
    if (2..=4).contains(&letters) && !next.is_some_and(char::is_alphanumeric) {
        1 + letters
    } else {
        0
    }
}

/// `ha concesso a Lumetra un prestito`, `ha firmato con Lumetra un finanziamento`: the
/// run after `a` or `con` stands right before a noun cue (an indefinite article
/// between), the recipient or the other party of the deal that noun names.
fn before_noun_cue(toks: &[DealToken], start: usize, end: usize) -> bool {
    let dative = matches!(
        toks[start - 1].lower.as_str(),
        "a" | "ad" | "al" | "alla" | "all'" | "con" | "col"
    );
    let mut k = end;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "un" | "uno" | "una" | "un'"))
    {
        k += 1;
    }
    dative && k < toks.len() && cue_at(toks, k).is_some_and(|(role, _)| !role.is_verb())
}
