//! Words of one unit (the title or a sentence) with the facts name finding needs.
//!
//! A word is a run of letters and digits; `-`, `.`, `&` and apostrophes between two
//! of them stay inside it (`Jean-Christophe`, `S.p.A`, `AT&T`, `D'Alema`, `Tod's`).
//! An elided article or preposition before an apostrophe is its own word, apostrophe
//! included (`dell'` + `Economia`, `l'` + `Autorità`), except for a capitalised
//! prefix in the middle of a sentence (`D'Alema`, `L'Oréal`).

use std::ops::Range;

/// Elided words that end in an apostrophe (`dell'Economia`), compared in lower case.
const ELIDED: &[&str] = &[
    "all", "c", "coll", "d", "dall", "dell", "l", "nell", "quell", "quest", "s", "sull", "un",
];

/// One word of a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
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

/// The char at byte `k` of `s` (a char boundary), ASCII without decoding.
fn char_at(s: &str, k: usize) -> char {
    match s.as_bytes().get(k) {
        Some(&b) if b < 0x80 => char::from(b),
        _ => s[k..].chars().next().unwrap_or(' '),
    }
}

/// The words of `unit` (a byte range of `text`).
pub fn tokenize(text: &str, unit: Range<usize>) -> Vec<Tok> {
    let s = &text[unit.clone()];
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    // Byte offsets, char by char.
    let mut i = 0;
    let mut initial = true;
    let bytes = s.as_bytes();
    while i < s.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        if !c.is_alphanumeric() {
            if matches!(c, '«' | '“' | '"' | '‘' | ':' | '–' | '—' | '.' | '!' | '?') {
                initial = true;
            } else if !c.is_whitespace() {
                initial = false;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i;
        loop {
            while j < s.len() {
                let b = bytes[j];
                if ASCII_ALNUM[usize::from(b)] {
                    j += 1;
                    continue;
                }
                if b < 0x80 {
                    break;
                }
                let c = char_at(s, j);
                if !c.is_alphanumeric() {
                    break;
                }
                j += c.len_utf8();
            }
            let c = char_at(s, j);
            let next = j + c.len_utf8();
            if next < s.len() && joiner(c) && char_at(s, next).is_alphanumeric() {
                if apostrophe(c) {
                    let prefix = &s[start..j];
                    let lower = lower(prefix);
                    let capital = prefix.chars().next().is_some_and(char::is_uppercase);
                    if ELIDED.contains(&lower.as_str()) && (!capital || initial) {
                        j = next; // the word ends with its apostrophe
                        break;
                    }
                }
                j = next;
                continue;
            }
            break;
        }
        let end = j;
        let word = &s[start..end];
        let (cap, upper, digits) = if word.is_ascii() {
            // Most words start in lower case: neither in capitals nor digits.
            let b = word.as_bytes();
            let upper = !b[0].is_ascii_lowercase()
                && !b.iter().any(u8::is_ascii_lowercase)
                && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
            let digits = b[0].is_ascii_digit() && b.iter().all(u8::is_ascii_digit);
            (b[0].is_ascii_uppercase(), upper, digits)
        } else {
            // A lower-case letter is a letter, never an upper-case one.
            let first = word.chars().next();
            let letters = word.chars().filter(|c| c.is_alphabetic());
            (
                first.is_some_and(char::is_uppercase),
                !first.is_some_and(char::is_lowercase)
                    && letters.clone().count() >= 2
                    && letters.clone().all(char::is_uppercase),
                first.is_some_and(|c| c.is_ascii_digit())
                    && word.chars().all(|c| c.is_ascii_digit()),
            )
        };
        out.push(Tok {
            span: unit.start + start..unit.start + end,
            cap,
            upper,
            digits,
            initial,
        });
        initial = false;
        i = j;
    }
    out
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
pub fn adjacent(text: &str, a: &Tok, b: &Tok) -> bool {
    let gap = &text[a.span.end..b.span.start];
    if gap.is_empty() {
        return text[..a.span.end].ends_with(apostrophe);
    }
    gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The word is an initial followed by a full stop (`W.` in `George W. Bush`).
pub fn is_initial(text: &str, t: &Tok) -> bool {
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
