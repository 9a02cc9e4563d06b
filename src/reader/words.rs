//! The word count of `stats.words`: exactly the number of
//! `unicode_segmentation::UnicodeSegmentation::unicode_words` (UAX #29 word segments
//! that hold a letter or digit), computed faster.
//!
//! A word boundary always falls before and after an ASCII white-space byte (no UAX #29
//! rule joins across one, and a combining mark after it is handled by the fallback
//! below), so the text is cut into the runs between white space. A run made only of
//! characters whose word-break class is known here (ASCII, Latin letters, `’`, `«`,
//! dashes...) is segmented by the few rules those classes meet (WB5–WB13b); any other
//! run is handed, with the white-space byte before it, to `unicode_words`.

use super::tokens::{shape, Token};
use unicode_segmentation::UnicodeSegmentation;

/// The word-break class of the characters the fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet (`_`).
    Under,
    /// MidLetter (`:`).
    MidLetter,
    /// MidNumLet and Single_Quote (`.`, `'`, `‘`, `’`).
    MidNumLet,
    /// MidNum (`,`, `;`).
    MidNum,
    /// Any other class that no rule joins (punctuation, symbols).
    Other,
}

/// The class of `c`, or `None` when the fast path does not know it.
fn class(c: char) -> Option<Class> {
    use Class::*;
    Some(match c {
        'a'..='z' | 'A'..='Z' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' => Letter,
        '0'..='9' => Digit,
        '_' => Under,
        ':' => MidLetter,
        '.' | '\'' | '‘' | '’' => MidNumLet,
        ',' | ';' => MidNum,
        '!'..='/' | '<'..='@' | '['..='`' | '{'..='~' => Other,
        '«' | '»' | '–' | '—' | '“' | '”' | '„' | '€' | '£' | '°' | '…' | '§' | '©' => {
            Other
        }
        _ => return None,
    })
}

/// True when UAX #29 puts no boundary between `cs[k - 1]` and `cs[k]` (`k >= 1`).
fn joined(cs: &[Class], k: usize) -> bool {
    use Class::*;
    let next = cs.get(k + 1).copied();
    let before = k.checked_sub(2).map(|j| cs[j]);
    match (cs[k - 1], cs[k]) {
        // WB5, WB8, WB9, WB10
        (Letter | Digit, Letter | Digit) => true,
        // WB13a, WB13b
        (Letter | Digit | Under, Under) | (Under, Letter | Digit) => true,
        // WB6, WB7
        (Letter, MidLetter | MidNumLet) => next == Some(Letter),
        (MidLetter | MidNumLet, Letter) => before == Some(Letter),
        // WB12, WB11
        (Digit, MidNum | MidNumLet) => next == Some(Digit),
        (MidNum | MidNumLet, Digit) => before == Some(Digit),
        _ => false,
    }
}

/// The words of a run of known classes: segments holding a letter or digit.
fn count_classes(cs: &[Class]) -> usize {
    let mut words = 0;
    let mut alnum = false;
    for k in 0..cs.len() {
        if k > 0 && !joined(cs, k) {
            words += usize::from(alnum);
            alnum = false;
        }
        alnum |= matches!(cs[k], Class::Letter | Class::Digit);
    }
    words + usize::from(alnum)
}

/// [`SPACE`] or [`ALNUM`] by byte, 0 for any other.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_whitespace() {
            t[b] = SPACE;
        } else if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        }
        b += 1;
    }
    t
};
/// [`BYTE_CLASS`]: ASCII white space.
const SPACE: u8 = 1;
/// [`BYTE_CLASS`]: an ASCII letter or digit.
const ALNUM: u8 = 2;

/// The number of `text.unicode_words()`.
pub fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let class_of = |i: usize| BYTE_CLASS[usize::from(bytes[i])];
    let mut classes: Vec<Class> = Vec::with_capacity(64);
    let mut words = 0;
    let mut i = 0;
    while i < bytes.len() {
        if class_of(i) == SPACE {
            i += 1;
            continue;
        }
        let start = i;
        // the common case, in one pass: ASCII letters and digits, maybe one ASCII
        // mark after them (`parola`, `parola,`, `2021.`), is one word
        while i < bytes.len() && class_of(i) == ALNUM {
            i += 1;
        }
        if i == bytes.len() || class_of(i) == SPACE {
            words += 1;
            continue;
        }
        if i > start && bytes[i].is_ascii() && (i + 1 == bytes.len() || class_of(i + 1) == SPACE) {
            words += 1;
            i += 1;
            continue;
        }
        while i < bytes.len() && class_of(i) != SPACE {
            i += 1;
        }
        words += count_run(text, start, i, &mut classes);
    }
    words
}

/// The words of the run `text[start..end]` (between ASCII white space), by the
/// classes of its characters when the fast path knows them all, else by
/// `unicode_words`. `classes` is a buffer.
fn count_run(text: &str, start: usize, end: usize, classes: &mut Vec<Class>) -> usize {
    let run = &text[start..end];
    classes.clear();
    let known = run.chars().all(|c| match class(c) {
        Some(k) => {
            classes.push(k);
            true
        }
        None => false,
    });
    if known {
        count_classes(classes)
    } else {
        // the white space before the run: a combining mark may attach to it (WB4)
        text[start.saturating_sub(1)..end].unicode_words().count()
    }
}

/// [`count`] read from the document's token stream `tokens` (of `text`): a run
/// between ASCII white space is a run of glued tokens, and a run that is one ASCII
/// word or number, maybe with one ASCII mark after it, is one word without looking
/// at its characters again. A text with other white space between its tokens (a
/// no-break space, a vertical tab) is counted by [`count`].
pub fn count_tokens(text: &str, tokens: &[Token]) -> usize {
    let bytes = text.as_bytes();
    let space_only = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .all(|&b| BYTE_CLASS[usize::from(b)] == SPACE)
    };
    let plain = |t: &Token| t.any(shape::LETTERS | shape::DIGITS) && !t.has(shape::NON_ASCII);
    let mut classes: Vec<Class> = Vec::new();
    let mut words = 0;
    let mut prev_end = 0;
    let mut k = 0;
    while k < tokens.len() {
        let first = &tokens[k];
        if !space_only(prev_end, first.start) {
            return count(text);
        }
        let mut j = k + 1;
        while j < tokens.len() && tokens[j].start == tokens[j - 1].end {
            j += 1;
        }
        let end = tokens[j - 1].end;
        let one_word = plain(first)
            && (j - k == 1
                || j - k == 2
                    && tokens[k + 1].has(shape::PUNCT)
                    && !tokens[k + 1].has(shape::NON_ASCII));
        words += if one_word {
            1
        } else {
            count_run(text, first.start, end, &mut classes)
        };
        prev_end = end;
        k = j;
    }
    if !space_only(prev_end, bytes.len()) {
        return count(text);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Characters of every class, known and unknown to the fast path.
    const ALPHABET: &[char] = &[
        'a', 'Z', 'è', 'ɏ', '5', '_', ':', '.', '\'', '’', ',', ';', '-', '«', ' ', '\n', '\r',
        '\t', '\u{301}', '\u{345}', '\u{a0}', '\u{202f}', '\u{200d}', '\u{ad}', 'א', 'カ', '中',
        '🇮', '😀', '\u{b7}', '\u{2028}', '\u{85}', '\u{b}',
    ];

    fn check(s: &str) {
        let want = s.unicode_words().count();
        assert_eq!(count(s), want, "{s:?}");
        let tokens = super::super::tokens::Tokens::parse(s);
        assert_eq!(count_tokens(s, &tokens.items), want, "tokens: {s:?}");
    }

    #[test]
    fn every_string_of_three_characters() {
        let mut s = String::new();
        for &a in ALPHABET {
            for &b in ALPHABET {
                for &c in ALPHABET {
                    s.clear();
                    s.extend([a, b, c]);
                    check(&s);
                }
            }
        }
    }

    #[test]
    fn every_known_character_in_context() {
        let context = ['a', '5', ' ', '.', '_', '\u{301}', 'א'];
        let mut s = String::new();
        for c in (0..0x2100u32).filter_map(char::from_u32) {
            if class(c).is_none() {
                continue;
            }
            for &x in &context {
                for &y in &context {
                    for &z in &['a', '5', ' '] {
                        s.clear();
                        s.extend([x, c, y, z]);
                        check(&s);
                        s.clear();
                        s.extend([z, x, c, y]);
                        check(&s);
                    }
                }
            }
        }
    }

    #[test]
    fn sentences() {
        for s in [
            "Il 3,5% dell’azienda è costato 1.234,5 euro: l'A.N.S.A. ha scritto «sì» — ok_2.",
            "Ragusa, 12 ago. (ANSA) - e.g. http://x.it  \u{301}a  \u{345}b fine",
            "",
            "   ",
        ] {
            check(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_strings_match(v in proptest::collection::vec(0..ALPHABET.len(), 0..40)) {
            let s: String = v.into_iter().map(|k| ALPHABET[k]).collect();
            check(&s);
        }
    }
}
