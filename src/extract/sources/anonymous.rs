//! The anonymous sourcing expressions of journalism.

use super::cues::*;
use super::hit::Hit;
use crate::extract::attribution::cues::cue_at;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::source_words::*;
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use crate::summary::SourceKind;

/// The anonymous sourcing expressions (`fonti vicine al dossier`, `indiscrezioni`, `voci`).
pub(super) fn anonymous_at(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    if !ANONYMOUS_FIRST.contains(lower(text, &toks[i]).as_ref()) {
        return None;
    }
    let phrase = ANONYMOUS.iter().find(|p| {
        p.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.word && lower(text, t) == *w)
        })
    })?;
    let mut end = i + phrase.len();
    let head = *phrase.last()?;
    let mut first = i;
    match head {
        "fonti" | "fonte" if phrase.len() == 1 => {
            if press_outlets(text, toks, i + 1) {
                return None;
            }
            let prev_ok = i > 0 && is_word(text, toks.get(i - 1), FONTI_PREV);
            let next_ok = is_word(text, toks.get(i + 1), FONTI_NEXT);
            if !prev_ok && !next_ok {
                return None;
            }
            if i > 0
                && is_word(
                    text,
                    toks.get(i - 1),
                    &["alcune", "altre", "diverse", "numerose", "varie"],
                )
            {
                first = i - 1;
            }
        }
        "indiscrezioni" | "rumors" if phrase.len() == 1 => {
            let prev = i.checked_sub(1).map(|k| lower(text, &toks[k]));
            let ok = prev.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "secondo"
                        | "stando"
                        | "le"
                        | "delle"
                        | "alle"
                        | "dalle"
                        | "alcune"
                        | "ultime"
                        | "nuove"
                        | "recenti"
                        | "altre"
                )
            });
            if !ok {
                return None;
            }
        }
        // `una fonte di governo ha detto`, not `una fonte di lavoro`: the singular
        // needs a verb of saying or a source cue in its clause
        "fonte" if phrase.len() == 2 && phrase[0] == "una" => {
            let cited = cue_before(ctx, toks, i).is_some()
                || (i + 2..toks.len().min(i + 8))
                    .take_while(|&k| toks[k].word)
                    .any(|k| cue_at(text, toks, k).is_some_and(|c| !c.is_medium()));
            if !cited {
                return None;
            }
        }
        "voci" => {
            let lo = i.saturating_sub(3);
            let near = (lo..(i + 3).min(toks.len())).any(|k| is_word(text, toks.get(k), VOCI_NEAR));
            if !near {
                return None;
            }
        }
        _ => {}
    }
    if matches!(
        head,
        "fonti" | "fonte" | "informate" | "vicine" | "conoscenza"
    ) {
        end = modifiers(ctx, toks, i + phrase.len() - 1, end);
    }
    let name = text[toks[first].start..toks[end - 1].end].to_string();
    let c = cue_before(ctx, toks, first).unwrap_or(first);
    // the cue is the words before the description (`secondo`), else its first word
    let cue = if c < first {
        (toks[c].start, toks[first - 1].end)
    } else {
        (toks[first].start, toks[first].end)
    };
    hits.push(hit(toks, c, end, name, SourceKind::Anonymous, Some(cue)));
    Some(end)
}

/// Extends an anonymous source over its modifiers: adjectives (`militari`,
/// `diplomatiche italiane`) and one prepositional phrase (`vicine al dossier`).
fn modifiers(ctx: &Context, toks: &[SentenceToken], head: usize, mut end: usize) -> usize {
    let text = ctx.article.text;
    while end < toks.len() && end < head + 4 && toks[end].word {
        let w = lower(text, &toks[end]);
        if cue_at(text, toks, end).is_some() || w == "che" || w == "e" {
            break;
        }
        let adjective = FONTI_NEXT.contains(&w.as_ref())
            || w.len() > 3
                && w.ends_with(['a', 'e', 'i'])
                && !["ebbe", "ono", "ava", "eva", "anno"]
                    .iter()
                    .any(|e| w.ends_with(e))
                && !PREPOSITIONS.contains(&w.as_ref());
        if PREPOSITIONS.contains(&w.as_ref()) {
            // the preposition's object: one word, or a name
            let mut k = end + 1;
            if is_word(text, toks.get(k), DETERMINERS) {
                k += 1;
            }
            match ctx.name_at(toks, k) {
                Some(h) => end = h.end,
                None if toks.get(k).is_some_and(|t| t.word) => end = k + 1,
                None => {}
            }
            break;
        }
        if !adjective {
            break;
        }
        end += 1;
    }
    end
}

/// True when the words at token `j` make `fonti` the press, unnamed outlets and no
/// source (spec, Sources): `fonti d'informazione`, `fonti di stampa`, `fonti
/// giornalistiche`; not `fonti di governo`.
fn press_outlets(text: &str, toks: &[SentenceToken], j: usize) -> bool {
    is_word(text, toks.get(j), &["giornalistiche", "mediatiche"])
        || is_word(text, toks.get(j), &["di", "d"])
            && is_word(
                text,
                toks.get(j + 1),
                &["informazione", "stampa", "agenzia"],
            )
}
