//! Outlets after a media noun, documents of a named issuer, and cleft attributions.

use super::cues::*;
use super::hit::Hit;
use crate::extract::attribution::cues::cue_at;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::outlets::{kind_of, outlet_at};
use crate::extract::attribution::source_words::*;
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;

/// `A riferirlo sono il CONI e la FIS`: each named body is a document source.
pub(super) fn cleft(
    ctx: &Context,
    toks: &[SentenceToken],
    first: usize,
    mut j: usize,
    hits: &mut Vec<Hit>,
) -> usize {
    let text = ctx.article.text;
    if is_word(text, toks.get(j), &["sono", "è", "stato", "stata", "stati"]) {
        j += 1;
    }
    let cue = (toks[first].start, toks[j - 1].end);
    loop {
        if is_word(text, toks.get(j), DETERMINERS) {
            j += 1;
        }
        let Some((s, end, name, kind)) = name_after(ctx, toks, j) else {
            break;
        };
        if kind != Some(EntityKind::Person) {
            let (name, k) = match outlet_at(text, toks, s) {
                Some(o) => (o.outlet.name.to_string(), kind_of(o.outlet)),
                None => (ctx.organization(&name), SourceKind::Document),
            };
            hits.push(hit(toks, first, end, name, k, Some(cue)));
        }
        j = end;
        if is_word(text, toks.get(j), &["e", "ed"]) || toks.get(j).is_some_and(|t| t.is(text, ','))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// `l'agenzia Bloomberg`, `il quotidiano romano Il Tempo`, `dal blog Odissea Quotidiana`.
pub(super) fn media(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    noun: &str,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    let mut j = i + 1;
    // `l'agenzia di stampa X`, `il sito di informazione X`: the noun's fixed complement
    if is_word(text, toks.get(j), &["di"])
        && is_word(
            text,
            toks.get(j + 1),
            &["stampa", "informazione", "notizie"],
        )
    {
        j += 2;
    }
    let adjectives_from = j;
    // up to two adjectives (`romano`, `turca`, `web`)
    while j < toks.len()
        && j <= adjectives_from + 1
        && toks[j].word
        && !toks[j].capitalised(text)
        && !web_address(toks[j].text(text))
    {
        let w = lower(text, &toks[j]);
        if PREPOSITIONS.contains(&w.as_ref())
            || DETERMINERS.contains(&w.as_ref())
            || cue_at(text, toks, j).is_some()
        {
            return None;
        }
        j += 1;
    }
    // a listed outlet, unless the text names a longer one (`la Gazzetta del Tirreno`
    // is not `La Gazzetta dello Sport`)
    let unknown = name_after(ctx, toks, j)
        .map(|(s, end, name, kind)| {
            let (end, name) = extend_name(ctx, toks, end, name);
            (s, end, name, kind)
        })
        .or_else(|| {
            // a web address names a site even in lower case (`al sito valdora.it`)
            let t = toks.get(j).filter(|t| web_address(t.text(text)))?;
            Some((j, j + 1, t.text(text).to_string(), None))
        });
    let listed = outlet_at(text, toks, j)
        .filter(|o| unknown.as_ref().is_none_or(|(_, end, _, _)| *end <= o.end));
    let (name, kind, end) = if let Some(o) = listed {
        (o.outlet.name.to_string(), kind_of(o.outlet), o.end)
    } else {
        let (_, end, name, ekind) = unknown?;
        if ekind == Some(EntityKind::Person) {
            return None;
        }
        let kind = if noun == "agenzia" {
            SourceKind::Agency
        } else {
            SourceKind::Publication
        };
        let name = name
            .trim_matches(|c: char| "\"«»“”".contains(c))
            .to_string();
        (name, kind, end)
    };
    let det = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    let cited = cue_before(ctx, toks, i);
    let subject = det == 0 || det == 1 && !toks[0].word;
    // the outlet someone spoke to: `ha detto al quotidiano X` (not `in onda
    // sull'emittente X`, `programmata dal canale X`: where something was shown)
    let governed = det > 0 && {
        let p = lower(text, &toks[det - 1]);
        toks[det - 1].word && PREPOSITIONS.contains(&p.as_ref()) && p.starts_with('a')
    };
    if cited.is_none() && !subject && !governed && !cue_after(ctx, toks, end) {
        return None;
    }
    let first = cited.unwrap_or(det);
    let cue = (toks[first].start, toks[i].end);
    hits.push(hit(toks, first, end, name, kind, Some(cue)));
    Some(end)
}

/// An outlet's name continued by `di`/`del` and a capitalised name (`Voce di
/// Valdora`, `Gazzetta del Tirreno`) when the name found stops before it.
fn extend_name(
    ctx: &Context,
    toks: &[SentenceToken],
    mut end: usize,
    mut name: String,
) -> (usize, String) {
    let text = ctx.article.text;
    while is_word(
        text,
        toks.get(end),
        &["di", "del", "della", "dello", "dei", "degli", "delle"],
    ) {
        let Some(h) = ctx.name_at(toks, end + 1) else {
            break;
        };
        if h.kind == Some(EntityKind::Person) {
            break;
        }
        name = format!("{name} {}", &text[toks[end].start..toks[h.end - 1].end]);
        end = h.end;
    }
    (end, name)
}

/// `un rapporto di Mediobanca`, `i dati Istat`, `X, in una nota, ...`.
pub(super) fn document(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    let before = i.checked_sub(1).map(|k| lower(text, &toks[k]));
    let introduced = before.as_deref().is_some_and(|w| {
        (DETERMINERS.contains(&w) || PREPOSITIONS.contains(&w) || w == "secondo" || w == "uno")
            && !matches!(w, "di" | "a" | "da" | "per" | "con" | "tra" | "fra" | "su")
    });
    if !introduced || adjective_nota(text, toks, i) {
        return None;
    }
    let mut j = i + 1;
    let mut issuer_follows = true;
    while j < toks.len() && j <= i + 3 && toks[j].word && !toks[j].capitalised(text) {
        let w = lower(text, &toks[j]);
        if PREPOSITIONS.contains(&w.as_ref()) {
            // the issuer: `di`/`del`... or an agent `da`/`dal`...; not `con`, `su`, `per`
            issuer_follows = w == "di" || w.starts_with("de") || w.starts_with("da");
            j += 1;
            break;
        }
        if w == "che" || cue_at(text, toks, j).is_some_and(|c| !c.verb.slot.starts_with("PP")) {
            return None;
        }
        j += 1;
    }
    let named = name_after(ctx, toks, j)
        .or_else(|| issuer_part(ctx, toks, j))
        .filter(|(_, _, _, k)| issuer_follows && *k != Some(EntityKind::Person));
    // `una nota della società`: a description of a body the article named before
    let described = (named.is_none() && issuer_follows && j > i + 1)
        .then(|| described_issuer(ctx, toks, j))
        .flatten();
    let (name, end) = match (named, described) {
        (Some((_, end, name, _)), _) => (ctx.organization(&name), end),
        (None, Some(found)) => found,
        (None, None) => {
            // `ATAC, in una nota rilasciata sul proprio sito`: the subject issued it
            let det = i > 0 && is_word(text, toks.get(i - 1), &["una", "un"]);
            let inside = i > 1
                && det
                && is_word(
                    text,
                    toks.get(i - 2),
                    &["in", "con", "attraverso", "tramite"],
                );
            let statement = matches!(lower(text, &toks[i]).as_ref(), "nota" | "comunicato");
            if !inside || !statement {
                return None;
            }
            let mut subject = None;
            let mut k = 0;
            let limit = toks.len().min(i + 12);
            let mut after = i + 1;
            while after < limit && subject.is_none() {
                if let Some(h) = ctx.name_at(toks, after) {
                    let governed = is_word(text, toks.get(after - 1), PREPOSITIONS);
                    if !governed && issuer_like(text, &toks[after..h.end], h.kind) {
                        subject = Some(text[toks[after].start..toks[h.end - 1].end].to_string());
                    }
                    after = h.end;
                } else if toks[after].is(text, ',') && i > 2 {
                    break;
                } else {
                    after += 1;
                }
            }
            while k + 2 < i {
                if let Some(h) = ctx.name_at(toks, k) {
                    let governed = k > 0 && is_word(text, toks.get(k - 1), PREPOSITIONS);
                    if !governed && subject.is_none() && issuer_like(text, &toks[k..h.end], h.kind)
                    {
                        subject = Some(text[toks[k].start..toks[h.end - 1].end].to_string());
                    }
                    k = h.end;
                } else {
                    k += 1;
                }
            }
            (ctx.organization(&subject?), i + 1)
        }
    };
    if ctx.is_person(&name) {
        return None;
    }
    let first = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    let first = cue_before(ctx, toks, first).unwrap_or(first);
    let cue = (toks[first].start, toks[i].end);
    hits.push(hit(
        toks,
        first,
        end.max(i + 1),
        name,
        SourceKind::Document,
        Some(cue),
    ));
    Some(end.max(i + 1))
}

/// `un rapporto dell'ufficio studi di Banca Corsini`, `i dati del centro ricerche di
/// X`: a unit of a body (a unit noun, data/source_unit_nouns.txt, and up to two more
/// lower-case words, at token `j`), then `di` and the
/// body, a company or organization (or a name shaped like one); the part's work is the
/// body's. Not a place (`dell'ufficio di Roma`).
fn issuer_part(
    ctx: &Context,
    toks: &[SentenceToken],
    j: usize,
) -> Option<(usize, usize, String, Option<EntityKind>)> {
    let text = ctx.article.text;
    let j = j + usize::from(
        toks.get(j)
            .is_some_and(|t| t.is(text, '\'') || t.is(text, '’')),
    );
    let of = (j + 1..toks.len().min(j + 4)).find(|&k| {
        let w = lower(text, &toks[k]);
        toks[k].word && (w == "di" || w.starts_with("de") && PREPOSITIONS.contains(&w.as_ref()))
    })?;
    let part = UNIT_NOUNS.contains(lower(text, &toks[j]).as_ref())
        && toks[j..of].iter().all(|t| {
            t.word && !t.capitalised(text) && !PREPOSITIONS.contains(&lower(text, t).as_ref())
        });
    let mut k = of + 1;
    if is_word(text, toks.get(k), DETERMINERS) {
        k += 1;
    }
    let found = name_after(ctx, toks, k)?;
    (part && issuer_like(text, &toks[k..found.1], found.3)).then_some(found)
}

/// The body a lower-case description at token `j`, right after an articulated `di`,
/// refers back to (`una nota della società`, `il bilancio del gruppo`): the company or
/// organization named last before it (see `Context::body_description`); (name, end
/// token). Only a description that closes there (`della società di revisione` is
/// another body).
fn described_issuer(ctx: &Context, toks: &[SentenceToken], j: usize) -> Option<(String, usize)> {
    let text = ctx.article.text;
    // (`dell'azienda`: the apostrophe is a token of its own)
    let elided = toks
        .get(j)
        .is_some_and(|t| t.is(text, '\'') || t.is(text, '’'));
    let of = lower(text, toks.get(j.checked_sub(1)?)?);
    if !(of.starts_with("del") && PREPOSITIONS.contains(&of.as_ref())) {
        return None;
    }
    let j = j + usize::from(elided);
    let noun = toks.get(j).filter(|t| t.word && !t.capitalised(text))?;
    let closes = toks
        .get(j + 1)
        .is_none_or(|t| !t.word || is_word(text, Some(t), &["che", "e"]));
    if !closes {
        return None;
    }
    let name = ctx.body_description(&format!("il {}", noun.text(text)), noun.start)?;
    Some((name, j + 1))
}

/// True when `nota` at token `i` is the adjective `known` before a noun (`la nota
/// città di Reno`, `una nota attrice`), not the noun `note`, which a preposition, a
/// name, punctuation or a modifier of its own follows (`una nota congiunta del`,
/// `la nota ufficiale`, `una nota stampa`).
fn adjective_nota(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    lower(text, &toks[i]) == "nota"
        && toks.get(i + 1).is_some_and(|t| {
            let w = lower(text, t);
            t.word
                && !t.capitalised(text)
                && !PREPOSITIONS.contains(&w.as_ref())
                && !["ale", "ta", "sa", "iva", "mpa", "osa"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
}

/// True when a name can issue a statement: a company or organization entity, an
/// acronym, or a name with an organization head word.
pub(super) fn issuer_like(text: &str, name: &[SentenceToken], kind: Option<EntityKind>) -> bool {
    match kind {
        Some(EntityKind::Person) => false,
        Some(_) => true,
        None => name.iter().any(|t| {
            let w = t.text(text);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                || ORG_HEADS.contains(lower(text, t).as_ref())
        }),
    }
}

/// True when `word` is written as a web address: labels of letters, digits and hyphens
/// joined by dots, the last of two to six letters (`valdora.it`, `notizie.lerici.com`).
fn web_address(word: &str) -> bool {
    let Some((host, top)) = word.rsplit_once('.') else {
        return false;
    };
    (2..=6).contains(&top.len())
        && top.bytes().all(|b| b.is_ascii_lowercase())
        && !host.is_empty()
        && host
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}
