//! What marks a name as cited: source cues before or after it, agents of participles,
//! noun complements, and the construction of a citation record.

use super::hit::Hit;
use crate::extract::attribution::cues::cue_at;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::source_words::{is_word, lower, CUES};
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;

/// True when token `i` says that what follows is cited as a source (`secondo`,
/// `riporta`, `ai microfoni di`, `ripreso dal`).
pub(super) fn is_cue_word(ctx: &Context, toks: &[SentenceToken], i: usize) -> bool {
    let text = ctx.article.text;
    let t = &toks[i];
    if !t.word {
        return false;
    }
    let l = lower(text, t);
    CUES.contains(l.as_ref())
        || cue_at(text, toks, i).is_some_and(|c| {
            matches!(
                c.verb.class,
                "speech"
                    | "writing"
                    | "communication"
                    | "parenthetical"
                    | "prep"
                    | "postposed"
                    | "cleft"
                    | "confirmation"
                    | "addition"
                    | "emphasis"
                    | "reply"
                    | "document"
            ) || c.verb.form.contains("microfoni")
                || c.verb.form.contains("intervista")
        })
}

/// True for the participles of the source cues (`ripreso`, `diffusa`, `pubblicato`).
pub(super) fn is_participle(text: &str, t: &SentenceToken) -> bool {
    let w = lower(text, t);
    CUES.contains(w.as_ref())
        && ["at", "es", "us", "it"].iter().any(|stem| {
            w.len() > 3 && w[..w.len() - 1].ends_with(stem) && w.ends_with(['o', 'a', 'i', 'e'])
        })
}

/// True when an agent preposition (`dal`, `dall'`, `da`) follows token `k`, past adverbs:
/// `ripreso poi dal Sunday Times`, not `ha pubblicato sul sito`.
pub(super) fn agent_follows(text: &str, toks: &[SentenceToken], k: usize) -> bool {
    let mut j = k + 1;
    while j < toks.len() && j <= k + 3 {
        let w = lower(text, &toks[j]);
        if w.starts_with("da") && PREPOSITIONS.contains(&w.as_ref()) {
            return true;
        }
        if !toks[j].word || !crate::extract::attribution::cues::is_adverb(&w) {
            return false;
        }
        j += 1;
    }
    false
}

/// True when token `k` is a participle of publishing followed by `su`: `pubblicato
/// su Nature`, `pubblicata sul Corriere`. Not the active `ha pubblicato sul sito X il video` (a place where someone posted).
fn published_in(text: &str, toks: &[SentenceToken], k: usize) -> bool {
    lower(text, &toks[k]).starts_with("pubblicat")
        && !(k > 0
            && is_word(
                text,
                toks.get(k - 1),
                &["ha", "hanno", "aveva", "avevano", "abbia"],
            ))
        && toks.get(k + 1).is_some_and(|t| {
            let w = lower(text, t);
            t.word && w.starts_with("su") && PREPOSITIONS.contains(&w.as_ref())
        })
}

/// True when token `k` is the participle of an active compound tense of learning or
/// revealing news whose subject is the name at `i` right after it (`ha appreso Reuters`,
/// `hanno anticipato il Sole 24 Ore`): the outlet found the news. Not a verb of doing
/// something to the name (`ha citato Reuters in giudizio`).
fn learned_by(text: &str, toks: &[SentenceToken], k: usize, i: usize) -> bool {
    let w = lower(text, &toks[k]);
    let learned = ["appres", "anticipat", "rivelat"]
        .iter()
        .any(|stem| w.starts_with(stem));
    let next = k + 1 + usize::from(is_word(text, toks.get(k + 1), DETERMINERS));
    learned
        && next == i
        && k > 0
        && is_word(
            text,
            toks.get(k - 1),
            &["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero"],
        )
}

/// The start of the cue words right before token `i` (up to four tokens back).
pub(super) fn cue_before(ctx: &Context, toks: &[SentenceToken], i: usize) -> Option<usize> {
    let text = ctx.article.text;
    let mut best = None;
    let lo = i.saturating_sub(5);
    for k in (lo..i).rev() {
        if !toks[k].word && !toks[k].is(text, '(') {
            break;
        }
        if is_cue_word(ctx, toks, k)
            && (!is_participle(text, &toks[k])
                || agent_follows(text, toks, k)
                || published_in(text, toks, k)
                || learned_by(text, toks, k, i))
        {
            best = Some(k);
        }
    }
    let k = best?;
    // `Lo riporta`, `come riferisce`, `a quanto riporta`
    if k > 0
        && is_word(
            text,
            toks.get(k - 1),
            &[
                "lo", "come", "quanto", "ha", "hanno", "è", "sarebbe", "stata",
            ],
        )
    {
        return Some(k - 1);
    }
    Some(k)
}

/// True when the name at `i` is the complement of a noun (`il presidente della
/// Repubblica`): a preposition before it that no source cue precedes.
pub(super) fn noun_complement(ctx: &Context, toks: &[SentenceToken], i: usize) -> bool {
    let text = ctx.article.text;
    let mut k = i;
    if k > 0 && is_word(text, toks.get(k - 1), DETERMINERS) {
        k -= 1;
    }
    if k == 0 || !is_word(text, toks.get(k - 1), PREPOSITIONS) {
        return false;
    }
    !(k >= 2 && is_cue_word(ctx, toks, k - 2) || k >= 3 && is_cue_word(ctx, toks, k - 3))
}

/// The outlet someone told the news: a name at `i` governed by `a`/`al`/`ad`/`all'`
/// right after a reporting verb or phrase (`ha dato la notizia ad Associated Press`,
/// `ha confermato alla Reuters`); the first token of that cue. A name after another
/// preposition (`ha dato la notizia della chiusura di X`) is no addressee.
pub(super) fn told_to(ctx: &Context, toks: &[SentenceToken], i: usize) -> Option<usize> {
    let text = ctx.article.text;
    let mut k = i;
    if k > 0 && is_word(text, toks.get(k - 1), DETERMINERS) {
        k -= 1;
    }
    // (`all'ANSA`: the apostrophe is a token of its own)
    if k > 0 && (toks[k - 1].is(text, '\'') || toks[k - 1].is(text, '’')) {
        k -= 1;
    }
    let p = k.checked_sub(1)?;
    let dative = toks[p].word && {
        let w = lower(text, &toks[p]);
        PREPOSITIONS.contains(&w.as_ref()) && w.starts_with('a')
    };
    if !dative {
        return None;
    }
    (p.saturating_sub(6)..p).find(|&s| {
        cue_at(text, toks, s).is_some_and(|c| {
            c.end == p
                && matches!(
                    c.verb.class,
                    "speech" | "communication" | "confirmation" | "writing" | "argument"
                )
        })
    })
}

/// True when a reporting verb follows token `end` closely (`Reuters scrive`).
pub(super) fn cue_after(ctx: &Context, toks: &[SentenceToken], end: usize) -> bool {
    let text = ctx.article.text;
    (end..toks.len().min(end + 3)).any(|k| {
        cue_at(text, toks, k).is_some_and(|c| {
            matches!(
                c.verb.class,
                "writing" | "communication" | "speech" | "argument"
            )
        })
    })
}

pub(super) fn hit(
    toks: &[SentenceToken],
    first: usize,
    end: usize,
    name: String,
    kind: SourceKind,
    cue: Option<(usize, usize)>,
) -> Hit {
    Hit {
        start: toks[first].start,
        end: toks[end - 1].end,
        name,
        kind,
        cue,
    }
}

/// A name right at token `i` (a capitalised run or an entity), possibly between
/// quotation marks: (first token, end token, surface).
pub(super) fn name_after(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
) -> Option<(usize, usize, String, Option<EntityKind>)> {
    let text = ctx.article.text;
    let mut j = i;
    let quoted = toks
        .get(j)
        .is_some_and(|t| !t.word && "\"«“".contains(t.text(text)));
    if quoted {
        j += 1;
    }
    let h = ctx.name_at(toks, j)?;
    let mut end = h.end;
    if quoted
        && toks
            .get(end)
            .is_some_and(|t| !t.word && "\"»”".contains(t.text(text)))
    {
        end += 1;
    }
    let surface = text[toks[j].start..toks[h.end - 1].end].to_string();
    let name = if h.kind.is_some() { h.name } else { surface };
    Some((i, end, name, h.kind))
}
