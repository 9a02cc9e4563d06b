//! Token-window helpers that the attribution, speaker and description readers share:
//! the sentence around a position and the words that end a window or govern a name.
//! They live here, below all three, so that none of them imports another's helpers
//! (no import circle between the readers).

use crate::extract::attribution::names::Context;
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use std::ops::Range;

/// The sentence (or title) that holds byte `pos`.
pub(crate) fn unit(ctx: &Context, pos: usize) -> Range<usize> {
    let a = ctx.article;
    if let Some(t) = a.title.as_ref().filter(|t| t.contains(&pos)) {
        return t.clone();
    }
    if let Some(i) = a.sentence_at(pos) {
        return a.sentences[i].clone();
    }
    pos..pos
}

/// True for punctuation that ends a speaker window (sentence marks, quotation marks,
/// parentheses).
pub(crate) fn stop(text: &str, t: &SentenceToken) -> bool {
    !t.word && ".;:!?«»\"“”()".contains(t.text(text))
}

/// True for a preposition (simple or articulated) or `e`/`ed`.
pub(crate) fn is_prep(text: &str, t: &SentenceToken) -> bool {
    t.word && {
        let l = t.lower(text);
        PREPOSITIONS.contains(&l.as_ref()) || l == "e" || l == "ed"
    }
}

/// True when the name at token `i` is governed by a preposition, right before it or
/// before its article: `della Yalboko`, `per la Pubblica Sicurezza`.
pub(crate) fn governed_at(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    // (`l'ad Mario Rossi`: `ad` after the elided article is the chief executive)
    let ad_role = i > 1 && toks[i - 1].lower(text) == "ad" && toks[i - 2].lower(text) == "l";
    i > 0
        && !ad_role
        && (is_prep(text, &toks[i - 1])
            || i > 1
                && toks[i - 1].word
                && DETERMINERS.contains(&toks[i - 1].lower(text).as_ref())
                && is_prep(text, &toks[i - 2]))
}
