//! Words of one unit (the title or a sentence) with the facts name finding needs.
//!
//! A word is a run of letters and digits; `-`, `.`, `&` and apostrophes between two
//! of them stay inside it (`Jean-Christophe`, `S.p.A`, `AT&T`, `D'Alema`, `Tod's`).
//! An elided article or preposition before an apostrophe is its own word, apostrophe
//! included (`dell'` + `Economia`, `l'` + `Autorità`), except for a capitalised
//! prefix in the middle of a sentence (`D'Alema`, `L'Oréal`).

use crate::lexicon::word_class;
use crate::reader::tokens::{shape, Token, Tokens};
use std::ops::Range;

/// One word of a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityWord {
    /// Byte range in the article text.
    pub span: Range<usize>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Every letter is upper case and there are at least two letters (`ANSA`, `II`).
    pub upper: bool,
    /// Only digits.
    pub digits: bool,
    /// Opens the unit or follows an opening quotation mark, colon, or dash: a capital
    /// here says nothing about a name.
    pub initial: bool,
}

fn apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '&') || apostrophe(c)
}

/// ASCII letters and digits, by byte.
pub(super) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The words of `unit` (a byte range of `text`), read from the document's token
/// stream `stream` (the stream of `text`, [`crate::reader::Article::tokens`]).
pub fn tokenize_in(stream: &Tokens, text: &str, unit: Range<usize>) -> Vec<EntityWord> {
    words(text, stream.window(text, unit.start, unit.end).items())
}

/// [`tokenize_in`] of a text that has no document: the unit cut on its own.
#[cfg(test)]
pub fn tokenize(text: &str, unit: Range<usize>) -> Vec<EntityWord> {
    words(text, &Tokens::parse_range(text, unit.start, unit.end).items)
}

/// The entity words of the document tokens `items`: glued letters and digits, with
/// the joiners between two of them; an elided stem (word class
/// [`word_class::ELIDED`]: `dell`, `l`, `un`...) ends its word at its apostrophe
/// unless it is capitalised in the middle of a sentence.
fn words(text: &str, items: &[Token]) -> Vec<EntityWord> {
    let mut out = Vec::with_capacity(items.len() / 2 + 1);
    let mut initial = true;
    let mut k = 0;
    while k < items.len() {
        let t = &items[k];
        k += 1;
        if !t.alnum() {
            // (a mark is one character, never white space)
            initial = matches!(
                t.first_char(text),
                '«' | '“' | '"' | '‘' | ':' | '–' | '—' | '.' | '!' | '?'
            );
            continue;
        }
        let first = k - 1;
        let (start, mut end) = (t.start, t.end);
        while let Some(n) = items.get(k).filter(|n| n.start == end) {
            if n.alnum() {
                end = n.end;
                k += 1;
                continue;
            }
            let c = n.first_char(text);
            let joins = joiner(c)
                && items
                    .get(k + 1)
                    .is_some_and(|m| m.start == n.end && m.alnum());
            if !joins {
                break;
            }
            end = n.end;
            k += 1;
            if apostrophe(c) && k - first == 2 {
                let stem = &items[first];
                if stem.is_class(word_class::ELIDED) && (!stem.has(shape::CAPITALISED) || initial) {
                    break; // the word ends with its apostrophe
                }
            }
        }
        let (cap, upper, digits) = word_shape(text, &items[first..k]);
        out.push(EntityWord {
            span: start..end,
            cap,
            upper,
            digits,
            initial,
        });
        initial = false;
    }
    out
}

/// Starts with a capital; in capitals with at least two letters (every letter upper
/// case, none lower); only digits: read from the shapes of the document tokens
/// `pieces` the word is joined from.
fn word_shape(text: &str, pieces: &[Token]) -> (bool, bool, bool) {
    let first = &pieces[0];
    let digits = pieces.len() == 1 && first.has(shape::DIGITS);
    let letters = pieces.iter().filter(|t| t.has(shape::LETTERS));
    let upper = letters.clone().all(|t| t.has(shape::ALL_CAPS))
        && letters
            .map(|t| {
                if t.has(shape::NON_ASCII) {
                    t.text(text).chars().count()
                } else {
                    t.end - t.start
                }
            })
            .sum::<usize>()
            >= 2;
    (first.has(shape::CAPITALISED), upper, digits)
}

/// A word in lower case, without allocating when it is already lower case or short
/// and ASCII: what [`str::to_lowercase`] gives, for comparisons and look-ups.
pub enum Lower<'a> {
    /// The word itself: it has no upper-case letter.
    Same(&'a str),
    /// A short word, lowered in place (UTF-8 in the first bytes).
    Short([u8; 24], u8),
    /// Any other word.
    Owned(String),
}

impl Lower<'_> {
    /// The lower-case text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // SAFETY: `lower` fills `buf[..n]` with ASCII bytes or whole UTF-8 encoded
            // chars only, and the fields are not changed after.
            Lower::Short(buf, n) => unsafe {
                std::str::from_utf8_unchecked(&buf[..usize::from(*n)])
            },
            Lower::Owned(s) => s,
        }
    }
}

/// `s.to_lowercase()` written into `buf`, and its length; `None` when it does not fit
/// or when `s` has a `Σ` (whose lower case depends on what follows it).
fn lower_into(s: &str, buf: &mut [u8; 24]) -> Option<u8> {
    let mut n = 0;
    for c in s.chars() {
        if c == 'Σ' {
            return None;
        }
        for l in c.to_lowercase() {
            let k = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + k)?);
            n += k;
        }
    }
    u8::try_from(n).ok()
}

/// `s.to_lowercase()`, cheaply (see [`Lower`]).
#[inline]
pub fn lower(s: &str) -> Lower<'_> {
    // one pass: no upper-case ASCII letter and no non-ASCII byte
    if s.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        Lower::Same(s)
    } else {
        lower_changed(s)
    }
}

/// [`lower`] of a word with an upper-case ASCII letter or a non-ASCII char.
#[inline(never)]
fn lower_changed(s: &str) -> Lower<'_> {
    if !s.is_ascii() {
        let mut buf = [0u8; 24];
        return match lower_into(s, &mut buf) {
            Some(n) => Lower::Short(buf, n),
            None => Lower::Owned(s.to_lowercase()),
        };
    }
    if s.len() <= 24 {
        // copied, then lowered whole (the zeros after the word stay zeros)
        let mut buf = [0u8; 24];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        buf.make_ascii_lowercase();
        return Lower::Short(buf, s.len() as u8);
    }
    Lower::Owned(s.to_ascii_lowercase())
}

/// The text between two words is only white space (a name may continue across it).
pub fn adjacent(text: &str, a: &EntityWord, b: &EntityWord) -> bool {
    let gap = &text[a.span.end..b.span.start];
    if gap.is_empty() {
        return text[..a.span.end].ends_with(apostrophe);
    }
    gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The word is an initial followed by a full stop (`W.` in `George W. Bush`).
pub fn is_initial(text: &str, t: &EntityWord) -> bool {
    let w = &text[t.span.clone()];
    w.chars().count() == 1 && t.cap && text[t.span.end..].starts_with(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| &s[t.span])
            .collect()
    }

    #[test]
    fn elisions_split_but_names_stay_whole() {
        assert_eq!(
            words("L'Autorità e il Ministero dell'Economia con D'Alema"),
            [
                "L'",
                "Autorità",
                "e",
                "il",
                "Ministero",
                "dell'",
                "Economia",
                "con",
                "D'Alema"
            ]
        );
        assert_eq!(
            words("Tod's e S.p.A. e AT&T"),
            ["Tod's", "e", "S.p.A", "e", "AT&T"]
        );
        assert_eq!(
            words("Jean-Christophe Péraud"),
            ["Jean-Christophe", "Péraud"]
        );
    }

    #[test]
    fn initial_positions() {
        let s = "Oggi Enel: «Bene» dice Eni";
        let t = tokenize(s, 0..s.len());
        let flags: Vec<bool> = t.iter().map(|t| t.initial).collect();
        assert_eq!(flags, [true, false, true, false, false]);
    }
}
