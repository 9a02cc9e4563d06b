//! The attribution windows' view of the document tokens: words and punctuation with
//! byte offsets. Apostrophes separate words (`dell'agenzia` → `dell`, `agenzia`)
//! except inside names such as `D'Arrigo`.

use crate::reader::tokens::{shape, Token, Tokens};
use std::ops::Deref;

/// The longest ASCII token that [`SentenceToken::lower`] lowers without allocating.
const INLINE: usize = 22;

/// A token in lower case (see [`SentenceToken::lower`]); derefs to `str`.
#[derive(Debug, Clone)]
pub(crate) enum Lower<'t> {
    /// The token itself, already in lower case.
    Borrowed(&'t str),
    /// A short token, lowered in place.
    Inline {
        /// Its length in bytes.
        len: u8,
        /// The lowered text (UTF-8), then zeros.
        buf: [u8; INLINE],
    },
    /// Any other token, lowered on the heap.
    Owned(String),
}

impl Lower<'_> {
    /// The lower-case text as an owned string.
    pub fn into_owned(self) -> String {
        match self {
            Lower::Owned(s) => s,
            other => other.deref().to_string(),
        }
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // ASCII bytes: always valid UTF-8
            // SAFETY: `SentenceToken::lower` fills `buf[..len]` with ASCII bytes or whole UTF-8
            // encoded chars only, and the fields are not changed after.
            Lower::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(&buf[..*len as usize])
            },
            Lower::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.deref() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.deref() == other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.deref() == other
    }
}

/// `s.to_lowercase().replace('’', "'")` written into `buf`, and its length; `None`
/// when it does not fit or when `s` has a `Σ` (whose lower case depends on what
/// follows it).
fn lower_into(s: &str, buf: &mut [u8; INLINE]) -> Option<u8> {
    let mut n = 0;
    for c in s.chars() {
        if c == 'Σ' {
            return None;
        }
        if c == '’' {
            *buf.get_mut(n)? = b'\'';
            n += 1;
            continue;
        }
        for l in c.to_lowercase() {
            let k = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + k)?);
            n += k;
        }
    }
    u8::try_from(n).ok()
}

/// A word or a punctuation mark of the text, as a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SentenceToken {
    /// First byte.
    pub start: usize,
    /// First byte after it.
    pub end: usize,
    /// True for a word, false for a punctuation mark.
    pub word: bool,
    /// True when the text is already its lower-case form: no capital letter, no `’`.
    pub plain: bool,
    /// The word lists the token belongs to, filled in by `Context::new` (see
    /// `names::word_lists`); 0 when not computed.
    pub lists: u16,
    /// The word classes of a word that is one document token
    /// ([`crate::lexicon::word_class`]); [`ANY_CLASS`] for a word joined from several
    /// (`D'Arrigo`, `S.p.A`) or of digits, whose classes are not looked up.
    pub classes: u16,
}

/// [`SentenceToken::classes`] of a word whose classes are not known: every bit set, so that a
/// test of a class bit never rules it out.
pub(crate) const ANY_CLASS: u16 = u16::MAX;

impl SentenceToken {
    /// A word token from `start` to `end`; `plain` as in [`SentenceToken::plain`].
    fn word(start: usize, end: usize, plain: bool, classes: u16) -> Self {
        SentenceToken {
            start,
            end,
            word: true,
            plain,
            lists: 0,
            classes,
        }
    }

    /// True unless the word is known to lie outside every class of `classes`.
    #[inline]
    pub fn may_be(&self, classes: u16) -> bool {
        self.classes & classes != 0
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The token in lower case, with `’` as `'`: borrowed when it already is, and
    /// without allocating when it is short ASCII (most capitalised words).
    #[inline]
    pub fn lower<'t>(&self, text: &'t str) -> Lower<'t> {
        let s = self.text(text);
        if self.plain {
            Lower::Borrowed(s)
        } else {
            lower_changed(s)
        }
    }

    /// True when the token starts with an upper-case letter or a digit-free acronym.
    #[inline]
    pub fn capitalised(&self, text: &str) -> bool {
        // a plain token has no capital at all; an ASCII first byte is read directly
        self.word
            && !self.plain
            && match text.as_bytes().get(self.start) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            }
    }

    /// True when the token is the punctuation mark `c`.
    #[inline]
    pub fn is(&self, text: &str, c: char) -> bool {
        !self.word
            && if c.is_ascii() {
                // (a token is never empty)
                self.end > self.start && text.as_bytes().get(self.start) == Some(&(c as u8))
            } else {
                self.text(text).starts_with(c)
            }
    }
}

/// [`SentenceToken::lower`] of a token that is not [`SentenceToken::plain`].
#[inline(never)]
fn lower_changed(s: &str) -> Lower<'_> {
    if !s.is_ascii() {
        let mut buf = [0u8; INLINE];
        match lower_into(s, &mut buf) {
            Some(len) => Lower::Inline { len, buf },
            None => Lower::Owned(s.to_lowercase().replace('’', "'")),
        }
    } else if s.len() <= INLINE {
        // copied, then lowered whole (the zeros after the word stay zeros)
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        buf.make_ascii_lowercase();
        Lower::Inline {
            len: s.len() as u8,
            buf,
        }
    } else {
        Lower::Owned(s.to_ascii_lowercase())
    }
}

/// The tokens of `text[from..to]`, read from the document's token stream `stream`
/// (the stream of `text`, [`crate::reader::Article::tokens`]).
///
/// A word is a run of glued letters and digits; `.`, `-` and `&` between two of them
/// stay inside it (`S.p.A`, `AT&T`); an apostrophe stays inside only after one
/// capital that is not `L` and before a capital (`D'Arrigo`, not `l'Agenzia`), else
/// it separates words and is no token itself. Every other mark is a token.
pub(crate) fn tokenize_in(
    stream: &Tokens,
    text: &str,
    from: usize,
    to: usize,
) -> Vec<SentenceToken> {
    words(text, stream.window(text, from, to).items())
}

/// [`tokenize_in`] of a text that has no document: its range cut on its own.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<SentenceToken> {
    words(text, &Tokens::parse_range(text, from, to).items)
}

/// The attribution words of the document tokens `items`.
fn words(text: &str, items: &[Token]) -> Vec<SentenceToken> {
    let mut out = Vec::with_capacity(items.len());
    let mut k = 0;
    while k < items.len() {
        let t = &items[k];
        k += 1;
        if !t.alnum() {
            if !t.has(shape::APOSTROPHE) {
                out.push(SentenceToken {
                    start: t.start,
                    end: t.end,
                    word: false,
                    plain: !t.has(shape::HAS_UPPER),
                    lists: 0,
                    classes: 0,
                });
            }
            continue;
        }
        let (start, mut end) = (t.start, t.end);
        let mut plain = !t.has(shape::HAS_UPPER);
        while let Some(n) = items.get(k).filter(|n| n.start == end) {
            if n.alnum() {
                plain &= !n.has(shape::HAS_UPPER);
                end = n.end;
                k += 1;
                continue;
            }
            let c = n.first_char(text);
            let joins = matches!(c, '.' | '-' | '&' | '\'' | '’')
                && items
                    .get(k + 1)
                    .filter(|m| m.start == n.end && m.alnum())
                    .is_some_and(|m| {
                        matches!(c, '.' | '-' | '&')
                            || m.has(shape::CAPITALISED)
                                && end - start == 1
                                && !matches!(text.as_bytes()[start], b'L' | b'l')
                    });
            if !joins {
                break;
            }
            plain &= c != '’';
            end = n.end;
            k += 1;
        }
        let classes = if end == t.end && t.has(shape::LETTERS) {
            t.classes
        } else {
            ANY_CLASS
        };
        out.push(SentenceToken::word(start, end, plain, classes));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_forms() {
        let t = "Roma ROMA roma È l’ PRESIDENTEDELCONSIGLIOITALIANO";
        let toks = tokenize(t, 0, t.len());
        let low: Vec<String> = toks.iter().map(|k| k.lower(t).into_owned()).collect();
        assert_eq!(
            low,
            [
                "roma",
                "roma",
                "roma",
                "è",
                "l",
                "presidentedelconsiglioitaliano"
            ]
        );
        assert!(matches!(toks[0].lower(t), Lower::Inline { .. }));
        assert!(matches!(toks[2].lower(t), Lower::Borrowed(_)));
        assert!(toks[1].lower(t) == "roma" && &*toks[3].lower(t) == "è");
        let apostrophe = "D’Arrigo";
        let k = tokenize(apostrophe, 0, apostrophe.len());
        assert_eq!(k[0].lower(apostrophe).into_owned(), "d'arrigo");
    }

    /// The lower-case form as it was defined before `plain` (a `Cow`).
    fn reference(s: &str) -> (bool, String) {
        if s.chars().any(char::is_uppercase) || s.contains('’') {
            (false, s.to_lowercase().replace('’', "'"))
        } else {
            (true, s.to_string())
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_matches_the_reference(v in proptest::collection::vec(0..ALPHABET.len(), 0..30)) {
            let s: String = v.into_iter().map(|k| ALPHABET[k]).collect();
            for t in tokenize(&s, 0, s.len()) {
                let l = t.lower(&s);
                let borrowed = matches!(l, Lower::Borrowed(_));
                proptest::prop_assert_eq!((borrowed, l.into_owned()), reference(t.text(&s)));
            }
        }
    }

    const ALPHABET: &[char] = &[
        'a', 'B', 'l', 'L', 'è', 'È', 'Σ', 'ß', '5', '.', '-', '&', '\'', '’', ' ', ',', '«', 'Ⓐ',
        '🄰', 'x',
    ];

    #[test]
    fn words_punctuation_and_apostrophes() {
        let t = "Lo riporta l’agenzia D'Arrigo, S.p.A. «ok»";
        let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            toks,
            ["Lo", "riporta", "l", "agenzia", "D'Arrigo", ",", "S.p.A", ".", "«", "ok", "»"]
        );
    }
}
