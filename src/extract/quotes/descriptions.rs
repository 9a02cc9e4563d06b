//! Speakers without a name: descriptions (`il corteo`, `i dottori`, `i suoi amici`)
//! and the subject of the previous sentence for a dropped subject.

use super::attribution::unit;
use super::speakers::is_prep;
use crate::extract::attribution::names::{Context, DETERMINERS, PREPOSITIONS};
use crate::extract::attribution::tokens::{tokenize_in, Tok};

/// A dropped subject (`«...», ha dichiarato.`) after a sentence that introduces someone
/// without quoting them: that sentence's subject.
pub(crate) fn previous_subject(ctx: &Context, pos: usize) -> Option<String> {
    let a = ctx.article;
    let text = a.text;
    let i = a.sentences.partition_point(|s| s.end <= pos);
    let prev = a.sentences.get(i.checked_sub(1)?)?;
    let toks = tokenize_in(&ctx.article.tokens, text, prev.start, prev.end);
    let n = toks.len();
    let mut k = 0;
    let mut quoted = false;
    while k < n {
        // names inside quotation marks are the quoted words, not the sentence's subject
        let t = &toks[k];
        if !t.word && "«»\"“”".contains(t.text(text)) {
            quoted = match t.text(text) {
                "«" | "“" => true,
                "»" | "”" => false,
                _ => !quoted,
            };
            k += 1;
            continue;
        }
        if quoted {
            k += 1;
            continue;
        }
        if let Some(h) = ctx.name_at(&toks, k) {
            let governed = k > 0 && is_prep(text, &toks[k - 1]);
            if !governed && h.name.contains(' ') {
                return Some(h.name);
            }
            k = h.end;
        } else {
            k += 1;
        }
    }
    None
}

/// An inverted subject right before the mark: `Ricordano ai microfoni di X i suoi amici: «`.
pub(crate) fn trailing_description(ctx: &Context, toks: &[Tok], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let mut end = toks.len();
    while end > from && !toks[end - 1].word {
        end -= 1;
    }
    // `ha insistito che le autorità «...»`: the subject of the clause the quote
    // completes, not the speaker
    if toks[from..end]
        .iter()
        .any(|t| t.word && matches!(t.lower(text).as_ref(), "che" | "come"))
    {
        return None;
    }
    let mut s = end;
    while s > from && end - s < 3 && toks[s - 1].word && !toks[s - 1].capitalised(text) {
        s -= 1;
        if DETERMINERS.contains(&toks[s].lower(text).as_ref()) {
            return (end - s >= 2).then(|| text[toks[s].start..toks[end - 1].end].to_string());
        }
    }
    None
}

/// The description right after a prepositional cue: `Secondo i dottori, ...`.
pub(crate) fn object_description(ctx: &Context, toks: &[Tok], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let first = toks
        .get(from)
        .filter(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))?;
    let mut end = from + 1;
    while end < toks.len() && end < from + 4 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref())
            || crate::extract::attribution::cues::is_adverb(&w)
            || w == "che"
        {
            break;
        }
        end += 1;
    }
    let closed = toks.get(end).is_none_or(|t| t.is(text, ','));
    (end > from + 1 && closed).then(|| text[first.start..toks[end - 1].end].to_string())
}

/// Impersonal verbs of hearsay whose `che` clause holds the speaker as its subject.
const HEARSAY: &[&str] = &["pare", "parrebbe", "sembra", "sembrerebbe", "si"];

/// The clause-initial description before a cue when no name is given: `Il corteo
/// accusa`, `Un ex guida turistica, testimone oculare, ha riportato`.
pub(crate) fn subject_description(ctx: &Context, toks: &[Tok], upto: usize) -> Option<String> {
    let text = ctx.article.text;
    let start = toks[..upto]
        .iter()
        .rposition(|t| !t.word && !t.is(text, ','))
        .map_or(0, |p| p + 1);
    // `In una nota, l'accademia ha spiegato`: the clause after the last comma
    let det = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))
    };
    // `Pare che il regista abbia giudicato Rossi «...»`: the subject of the clause
    // after an impersonal verb of hearsay (`pare`, `sembra`, `si dice` + `che`)
    let hearsay = toks[start..upto]
        .iter()
        .position(|t| t.word && t.lower(text) == "che")
        .map(|p| start + p)
        .filter(|&p| {
            p > start
                && p <= start + 3
                && det(p + 1)
                && HEARSAY.contains(&toks[start].lower(text).as_ref())
                // (`pare inoltre che`, `si dice che`)
                && toks[start + 1..p].iter().all(|t| {
                    let w = t.lower(text);
                    t.word && (crate::extract::attribution::cues::is_adverb(&w) || w == "dice")
                })
        });
    let start = if let Some(p) = hearsay {
        p + 1
    } else if det(start) {
        start
    } else {
        toks[..upto]
            .iter()
            .rposition(|t| t.is(text, ','))
            .map(|p| p + 1)
            .filter(|&p| p > start && det(p))?
    };
    let first = toks.get(start)?;
    // only a sentence's own subject, not words after an earlier quote
    if start == 0 && unit(ctx, first.start).start != first.start {
        return None;
    }
    let mut end = start + 1;
    while end < upto && end < start + 5 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref())
            || crate::extract::attribution::cues::is_adverb(&w)
            || crate::extract::attribution::cues::is_verb_form(&w)
            || matches!(w.as_ref(), "che" | "quale" | "quali" | "cui")
        {
            break;
        }
        end += 1;
    }
    let next_ok = end == upto
        || toks[end].is(text, ',')
        || crate::extract::attribution::cues::is_adverb(&toks[end].lower(text));
    (end > start + 1 && next_ok).then(|| text[first.start..toks[end - 1].end].to_string())
}
