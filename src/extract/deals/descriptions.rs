//! Descriptions resolved through the article: `la società`, `il gruppo`, `la rete`
//! standing for a company the article has named. `La rete televisiva Sportitalia ...
//! la rete si è aggiudicata ...`: the description names the company that the article
//! introduced with the same noun; failing that, the only company of the article.
//! With two candidates it stays unresolved, and the deal reader stays silent.

use super::tokens::{Kind, Tok};
use crate::extract::entities::{EntityKind, Found};

/// Definite articles before a description.
const DEFINITE: &[&str] = &["il", "lo", "la", "l'"];
/// Nouns that describe a company.
const NOUNS: &[&str] = &[
    "società",
    "gruppo",
    "azienda",
    "compagnia",
    "banca",
    "rete",
    "colosso",
    "holding",
    "emittente",
    "operatore",
    "catena",
    "multinazionale",
    "casa",
    "big",
];

/// Replaces each resolvable description among `toks` by one mention token of the
/// company it stands for, appended to `found`. `all` is every mention of the article,
/// in text order; `text` the article.
pub fn resolve<'e>(text: &str, toks: &mut Vec<Tok>, found: &mut Vec<Found<'e>>, all: &[Found<'e>]) {
    let mut i = 0;
    while i + 1 < toks.len() {
        let described = toks[i].kind == Kind::Word
            && DEFINITE.contains(&toks[i].lower.as_str())
            && toks[i + 1].kind == Kind::Word
            && NOUNS.contains(&toks[i + 1].lower.as_str());
        // `la società X` is an apposition, `la società di X` another description,
        // `la società italiana` or `la società che` a narrower one: left alone.
        let open = toks.get(i + 2).map_or(true, |t| {
            t.kind == Kind::Punct
                || t.kind == Kind::Word
                    && (is_verbal_or_aux(&t.lower) || super::lexicon::cue_at(toks, i + 2).is_some())
        });
        if !described || !open {
            i += 1;
            continue;
        }
        if let Some(f) = referent(text, &toks[i + 1].lower, toks[i].range.start, all) {
            let range = toks[i].range.start..toks[i + 1].range.end;
            toks.splice(
                i..i + 2,
                [Tok {
                    range,
                    kind: Kind::Mention(found.len()),
                    lower: String::new(),
                }],
            );
            found.push(f);
        }
        i += 1;
    }
}

/// A verb, an auxiliary or a clitic after a description: `la società ha ...`, `la
/// rete si è aggiudicata`, `la società cederà`.
fn is_verbal_or_aux(w: &str) -> bool {
    crate::clause::verbs::helper(w).is_some()
        || crate::clause::verbs::form(w).is_some()
        || matches!(w, "si" | "ne" | "non" | "ha" | "hanno")
}

/// The company the description `noun` before byte `at` stands for.
fn referent<'e>(text: &str, noun: &str, at: usize, all: &[Found<'e>]) -> Option<Found<'e>> {
    let before = all
        .iter()
        .filter(|f| f.kind == EntityKind::Company && f.mention.span.end <= at);
    let introduced: Vec<&Found<'e>> = before
        .clone()
        .filter(|f| {
            let start = f.mention.span.start;
            let from = text[..start]
                .char_indices()
                .rev()
                .filter(|(_, c)| c.is_whitespace())
                .nth(3)
                .map_or(0, |(k, _)| k);
            text[from..start]
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == noun)
        })
        .collect();
    let one = |list: Vec<&Found<'e>>| {
        let first = *list.first()?;
        list.iter()
            .all(|f| f.entity.name == first.entity.name)
            .then_some(first)
            .copied()
    };
    one(introduced).or_else(|| {
        let companies: Vec<&Found<'e>> = all
            .iter()
            .filter(|f| f.kind == EntityKind::Company)
            .collect();
        one(companies)
    })
}
