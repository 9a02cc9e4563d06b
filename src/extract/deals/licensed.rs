//! Unknown names licensed by a deal frame: a capitalised word run that the entity
//! stage did not recognise but that stands in a party slot of a deal cue — right
//! before the cue or its auxiliaries (`Vettori ha acquistato ...`), right after a
//! verb cue (`... ha acquistato Lumetra`, `rileva la società Lumetra`), or after the
//! preposition of a party (`da Lumetra`, `da parte di Lumetra`, `in Lumetra`). In a
//! deal, such a name is a company by that fact; it becomes one only if the frame
//! then reads it as a payer or a payee.

use super::lexicon::{cue_at, is_company_noun};
use super::tokens::{tokenize_in, Kind, Tok};
use crate::extract::entities::Found;
use crate::lexicon::entries;
use crate::summary::{Amount, Entity, Mention};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Capitalised words that are never a company's name by themselves: function words,
/// months, titles, places, first names.
static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    entries(include_str!("../../../data/entity_stopwords.txt"))
        .chain(entries(include_str!("../../../data/places.txt")))
        .chain(entries(include_str!("../../../data/first_names.txt")))
        .chain(entries(include_str!("../../../data/deal_not_parties.txt")))
        .collect()
});

const ARTICLES: &[&str] = &["il", "lo", "la", "l'", "i", "gli", "le"];
/// Prepositions that open a party slot after a cue.
const PARTY_PREPS: &[&str] = &[
    "da", "dal", "dalla", "dall'", "a", "ad", "al", "alla", "all'", "in", "nella", "nell'", "di",
    "della", "dell'", "del", "con", "tra", "fra",
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
        let common = |t: &Tok| {
            NOT_NAMES.contains(t.lower.as_str())
                || crate::clause::verbs::helper(&t.lower).is_some()
                || crate::clause::verbs::form(&t.lower).is_some()
                || super::lexicon::cue_at(std::slice::from_ref(t), 0).is_some()
        };
        if toks[run.clone()].iter().any(common) {
            continue;
        }
        if subject_slot(&toks, run.end) || (start > 0 && after_slot(&toks, start)) {
            out.push(toks[start].range.start..toks[run.end - 1].range.end);
        }
    }
    out
}

/// A word token that starts with a capital letter and is not a lone initial.
fn capitalised(text: &str, t: &Tok) -> bool {
    t.kind == Kind::Word
        && text[t.range.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && t.lower.chars().count() > 1
        && !t.lower.ends_with('\'')
}

/// The run ends right before a verb cue, or before auxiliaries and then a verb cue.
fn subject_slot(toks: &[Tok], end: usize) -> bool {
    let mut k = end;
    while k < toks.len() && k < end + 3 && toks[k].kind == Kind::Word {
        if cue_at(toks, k).is_some_and(|(role, _)| role.is_verb()) {
            return true;
        }
        if carries_out_nominal_cue(toks, k) {
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
];

/// Token `k` is a verb of announcing or carrying out, followed (after at most an
/// article) by a noun cue: `Lumetra ha annunciato l'acquisto di Vettori`.
fn carries_out_nominal_cue(toks: &[Tok], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    let verb = CARRY_OUT_STEMS.iter().any(|s| w.starts_with(s));
    if !verb {
        return false;
    }
    let mut n = k + 1;
    if toks.get(n).is_some_and(|t| {
        ARTICLES.contains(&t.lower.as_str()) || t.lower == "un'" || t.lower == "un"
    }) {
        n += 1;
    }
    n < toks.len() && cue_at(toks, n).is_some_and(|(role, _)| !role.is_verb())
}

/// The run starts right after a verb cue (an article and company nouns between), or
/// after a party preposition that follows a cue within a few words.
fn after_slot(toks: &[Tok], start: usize) -> bool {
    let mut k = start;
    while k > 0 && toks[k - 1].kind == Kind::Word && is_company_noun(&toks[k - 1].lower) {
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
    if k == 0 || !PARTY_PREPS.contains(&toks[k - 1].lower.as_str()) {
        return false;
    }
    // `da parte di X`, `acquisizione di X`, `investe 2 milioni in X`.
    (k.saturating_sub(6)..k - 1).any(|c| cue_at(toks, c).is_some())
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
