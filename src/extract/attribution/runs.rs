//! Capitalised name sequences in a token window (`Anna Maria Neri`, `Leonardo da
//! Vinci`): which token may start or continue a name, and where the run ends.

use super::cues::is_verb_form;
use super::flags::{FLAG_TABLE, F_NOT_NAME, F_ROLE};
use super::tokens::SentenceToken;
use super::words::PARTICLES;

/// True when token `k` may start (or continue) a capitalised name: capitalised, not a
/// role noun nor a word that never starts a name, not a verb form opening the unit.
pub(crate) fn name_word(text: &str, t: &SentenceToken, k: usize) -> bool {
    t.capitalised(text) && {
        let l = t.lower(text);
        name_word_lower(&l, k)
    }
}

/// [`name_word`] for a capitalised token, given its lower-case form.
pub(crate) fn name_word_lower(l: &str, k: usize) -> bool {
    let f = FLAG_TABLE.get(l);
    !(f & (F_NOT_NAME | F_ROLE) != 0 || k == 0 && is_verb_form(l))
}

/// The end of the capitalised name sequence starting at token `i`.
pub(crate) fn capitalised_run(text: &str, toks: &[SentenceToken], i: usize) -> Option<usize> {
    run_with(text, toks, i, |k| {
        toks.get(k).is_some_and(|t| name_word(text, t, k))
    })
}

/// [`capitalised_run`] with `starts(k)` telling whether token `k` is a name word
/// (precomputed by [`Context::new`]).
pub(crate) fn run_with(
    text: &str,
    toks: &[SentenceToken],
    i: usize,
    starts: impl Fn(usize) -> bool,
) -> Option<usize> {
    if !starts(i) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if starts(end) && toks[end].start - toks[end - 1].end <= 1 {
            end += 1;
        } else if toks
            .get(end)
            .is_some_and(|t| t.word && PARTICLES.contains(&t.text(text)))
            && starts(end + 1)
        {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}
