//! A named body whose statement the article passes on is a `document` source
//! (spec, Sources): `L'Agenzia spaziale europea ha confermato`, `Enel fa sapere`,
//! `lo rende noto l'Istat`, `», ha comunicato l'ASN`. The body is the subject of a
//! verb of saying, before it or inverted right after it; a person who speaks is a
//! speaker only, and a name governed by a preposition is no subject.

use super::cues::hit;
use super::documents::issuer_like;
use super::Hit;
use crate::extract::attribution::cues::{cue_at, is_adverb, Cue};
use crate::extract::attribution::names::{Context, DETERMINERS, PREPOSITIONS};
use crate::extract::attribution::source_words::{is_word, lower};
use crate::extract::attribution::tokens::Tok;
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;

/// The classes of verbs by which a body passes on a statement.
fn passes_on(c: &Cue) -> bool {
    matches!(
        c.verb.class,
        "communication"
            | "confirmation"
            | "speech"
            | "argument"
            | "emphasis"
            | "accusation"
            | "writing"
            | "warning"
            | "postposed"
    ) && !matches!(c.verb.slot, "GER" | "INF")
}

/// True when the cue passes words on: a verb of announcing (`ha annunciato`, `fa
/// sapere`), or any verb of saying whose complement is said words (`:`, a quote,
/// `che`, `di` + infinitive), not a thing (`ha denunciato il sindaco`, `dichiara
/// incostituzionale il bando`, `è intervenuta per l'emergenza`).
fn says_something(text: &str, toks: &[Tok], c: &Cue) -> bool {
    if matches!(c.verb.class, "communication" | "confirmation" | "postposed") {
        return true;
    }
    let mut j = c.end;
    while toks
        .get(j)
        .is_some_and(|t| t.word && is_adverb(&lower(text, t)))
    {
        j += 1;
    }
    toks.get(j).is_none_or(|t| {
        !t.word && ":«\"“,".contains(t.text(text)) || is_word(text, Some(t), &["che", "di"])
    })
}

/// True when token `k` is governed by a preposition (past a determiner):
/// `per la Pubblica Sicurezza`, `dell'Istat`.
pub(crate) fn governed(text: &str, toks: &[Tok], k: usize) -> bool {
    let mut p = k;
    if p > 0 && is_word(text, toks.get(p - 1), DETERMINERS) {
        p -= 1;
    }
    p > 0 && is_word(text, toks.get(p - 1), PREPOSITIONS)
}

/// A body that may issue a statement, named at token `k`: (end token, canonical name).
fn body_at(ctx: &Context, toks: &[Tok], k: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let h = ctx.name_at(toks, k)?;
    if h.kind == Some(EntityKind::Person) || !issuer_like(text, &toks[k..h.end], h.kind) {
        return None;
    }
    let name = ctx.organization(&h.name);
    (!ctx.is_person(&name)).then_some((h.end, name))
}

/// Nouns of the unnamed people who speak for a body or whose view is its own
/// (spec: an unnamed spokesperson of a named body makes it a document source, and
/// so do a named firm's analysts).
const SPOKESPEOPLE: &[&str] = &["portavoce", "analisti", "esperti", "economisti"];

/// `un portavoce di Enel`, `gli analisti di Banca Rossini`: the body, unless a named
/// person is the spokesperson (`il portavoce della Lega, Mario Neri`).
fn spokesperson(ctx: &Context, toks: &[Tok], i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let text = ctx.article.text;
    let prep = toks.get(i + 1).filter(|t| {
        let w = lower(text, t);
        t.word && (w == "di" || w.starts_with("de") && PREPOSITIONS.contains(&w.as_ref()))
    })?;
    let mut j = i + 2;
    if is_word(text, toks.get(j), DETERMINERS) {
        j += 1;
    }
    let (end, name) = body_at(ctx, toks, j).or_else(|| described_acronym(ctx, toks, j))?;
    let named = toks.get(end).is_some_and(|t| t.is(text, ','))
        && ctx
            .name_at(toks, end + 1)
            .is_some_and(|h| h.kind == Some(EntityKind::Person));
    if named {
        return None;
    }
    let first = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    hits.push(hit(
        toks,
        first,
        end,
        name,
        SourceKind::Document,
        Some((toks[first].start, prep.end)),
    ));
    Some(end)
}

/// `dell'ente per l'energia elettrica (EDF)`: a lower-case description of a body
/// (at token `j`, up to six words) closed by its acronym in parentheses names the body
/// by the acronym: (end token, canonical name).
fn described_acronym(ctx: &Context, toks: &[Tok], j: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let open = (j..toks.len().min(j + 8))
        .find(|&k| !toks[k].word && !toks[k].is(text, '\'') && !toks[k].is(text, '’'))?;
    let described = open > j
        && toks[j..open]
            .iter()
            .all(|t| !t.word || !t.capitalised(text))
        && toks[j..open].iter().filter(|t| t.word).count() <= 6;
    let acronym = toks.get(open + 1).filter(|t| {
        let s = t.text(text);
        t.word && s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase())
    })?;
    let closed = toks.get(open + 2).is_some_and(|t| t.is(text, ')'));
    (described && toks[open].is(text, '(') && closed)
        .then(|| (open + 3, ctx.organization(acronym.text(text))))
}

/// Scans one unit for bodies that pass on a statement.
pub(super) fn scan(ctx: &Context, toks: &[Tok], hits: &mut Vec<Hit>) {
    let text = ctx.article.text;
    let mut i = 0;
    while i < toks.len() {
        if toks[i].word && SPOKESPEOPLE.contains(&lower(text, &toks[i]).as_ref()) {
            if let Some(end) = spokesperson(ctx, toks, i, hits) {
                i = end;
                continue;
            }
        }
        let Some(c) = cue_at(text, toks, i)
            .filter(passes_on)
            .filter(|c| says_something(text, toks, c))
        else {
            i += 1;
            continue;
        };
        // the subject before: `Enel (lo) ha (poi) confermato`, `X, in una nota, spiega`
        let mut k = c.first;
        while k > 0 && toks[k - 1].word && is_adverb(&lower(text, &toks[k - 1])) {
            k -= 1;
        }
        // `il Lens, che annuncia`: the antecedent of a relative subject
        if k >= 2 && is_word(text, toks.get(k - 1), &["che"]) && toks[k - 2].is(text, ',') {
            k -= 2;
        }
        let mut found = None;
        let start = toks[..k]
            .iter()
            .rposition(|t| !t.word && !t.is(text, '\'') && !t.is(text, '’'))
            .map_or(0, |p| p + 1);
        let mut j = start;
        while j < k {
            if let Some(h) = ctx.name_at(toks, j) {
                if h.end == k && !governed(text, toks, j) {
                    found = body_at(ctx, toks, j).map(|(_, n)| (j, n));
                }
                j = h.end;
            } else {
                j += 1;
            }
        }
        // `La FIA e gli organizzatori hanno confermato`: a body first in a coordinated
        // subject
        if found.is_none() {
            let mut j = start;
            if is_word(text, toks.get(j), DETERMINERS) {
                j += 1;
            }
            if let Some((end, name)) = body_at(ctx, toks, j).filter(|(end, _)| *end < k) {
                let rest = &toks[end..k];
                let coordinated = is_word(text, rest.first(), &["e", "ed"])
                    && rest.len() <= 4
                    && rest[1..].iter().all(|t| t.word && !t.capitalised(text));
                if coordinated {
                    found = Some((start, name));
                }
            }
        }
        // `In una nota, l'accademia svedese ha spiegato`: a description of a body the
        // article named
        if found.is_none()
            && k >= start + 2
            && k <= start + 3
            && is_word(text, toks.get(start), DETERMINERS)
            && toks[start + 1..k]
                .iter()
                .all(|t| t.word && !t.capitalised(text))
        {
            let description = &text[toks[start].start..toks[k - 1].end];
            found = ctx
                .body_description(description, toks[start].start)
                .map(|n| (start, n));
        }
        // inverted: `», ha comunicato l'ASN`, `lo rende noto l'Istat`
        let free = c.first == 0
            || !toks[c.first - 1].word
            || is_word(text, toks.get(c.first - 1), &["lo", "come"]);
        if found.is_none() && free {
            let mut j = c.end;
            if is_word(text, toks.get(j), DETERMINERS) {
                j += 1;
            }
            if let Some((end, name)) = body_at(ctx, toks, j) {
                let closes = toks
                    .get(end)
                    .is_none_or(|t| !t.word || is_word(text, Some(t), &["che", "in"]));
                if closes {
                    hits.push(hit(
                        toks,
                        c.first,
                        end,
                        name,
                        SourceKind::Document,
                        Some((toks[c.first].start, toks[c.end - 1].end)),
                    ));
                    i = end;
                    continue;
                }
            }
        }
        if let Some((j, name)) = found {
            hits.push(hit(
                toks,
                j,
                c.end,
                name,
                SourceKind::Document,
                Some((toks[c.first].start, toks[c.end - 1].end)),
            ));
        }
        i = c.end;
    }
}
