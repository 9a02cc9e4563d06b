//! The document's one token stream: the text cut once, at its finest, into the pieces
//! every extractor builds its words from.
//!
//! A token is a run of letters (`char::is_alphabetic`), a run of ASCII digits, or one
//! other character that is not white space (punctuation, a symbol, a non-ASCII digit).
//! White space is no token; a token that starts right where the previous one ends is
//! *glued* to it ([`shape::GLUED`]). So `dell'Economia` is `dell` `'` `Economia`,
//! `1.200` is `1` `.` `200`, `15%` is `15` `%`: the finest split any extractor makes.
//! Each extractor joins glued tokens its own way (the entity words keep `S.p.A` and
//! `D'Alema` whole and end `dell'` at its apostrophe, the amounts read `1.200` as one
//! number, attribution drops apostrophes), so each view decides exactly as the
//! tokenizer it replaced, but nobody scans the characters again.
//!
//! Every token carries what the views ask most: its byte span, its lower-case form
//! (the text itself when it has no capital, else a slice of one arena per document:
//! no allocation per token), its shape ([`shape`]) and its word classes from the
//! language data ([`crate::lexicon::word_class`]), looked up once per token.

use crate::lexicon;
use std::ops::Range;

/// Shape flags of a [`Token`] (bits of [`Token::shape`]).
pub mod shape {
    /// A run of letters.
    pub const LETTERS: u16 = 1;
    /// A run of ASCII digits.
    pub const DIGITS: u16 = 1 << 1;
    /// One character that is alphanumeric but neither a letter nor an ASCII digit
    /// (`²`, `٣`).
    pub const NUMERIC: u16 = 1 << 2;
    /// One character of punctuation or a symbol.
    pub const PUNCT: u16 = 1 << 3;
    /// The first character is upper case (`Enel`, `ANSA`).
    pub const CAPITALISED: u16 = 1 << 4;
    /// Some character is upper case: the lower-case form differs from the text.
    pub const HAS_UPPER: u16 = 1 << 5;
    /// Every character is upper case (`ANSA`, `È`).
    pub const ALL_CAPS: u16 = 1 << 6;
    /// Some character is not ASCII.
    pub const NON_ASCII: u16 = 1 << 7;
    /// An apostrophe, straight or typographic (`'`, `’`).
    pub const APOSTROPHE: u16 = 1 << 8;
    /// Starts where the previous token of the document ends: no white space between
    /// them. (In a window, the first token's flag speaks of a token outside it.)
    pub const GLUED: u16 = 1 << 9;
    /// Letters, digits or another alphanumeric character.
    pub const ALNUM: u16 = LETTERS | DIGITS | NUMERIC;
}

/// One token of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte in the article text.
    pub start: usize,
    /// First byte after it.
    pub end: usize,
    /// Where its lower-case form is in the arena, when it is not the text itself
    /// (`u32::MAX` start: the text is already lower case).
    lower: (u32, u32),
    /// Shape flags ([`shape`]).
    pub shape: u16,
    /// Word classes of its lower-case form ([`crate::lexicon::word_class`]); 0 for
    /// digits, punctuation and words in no list.
    pub classes: u16,
}

impl Token {
    /// The byte span.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True when every flag of `flags` is set.
    #[inline]
    pub fn has(&self, flags: u16) -> bool {
        self.shape & flags == flags
    }

    /// True when any flag of `flags` is set.
    #[inline]
    pub fn any(&self, flags: u16) -> bool {
        self.shape & flags != 0
    }

    /// True when the token is in a word class of `classes`.
    #[inline]
    pub fn is_class(&self, classes: u16) -> bool {
        self.classes & classes != 0
    }

    /// Letters, digits or another alphanumeric character.
    #[inline]
    pub fn alnum(&self) -> bool {
        self.any(shape::ALNUM)
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The first character of a one-character token (punctuation, a symbol), or of any
    /// token.
    #[inline]
    pub fn first_char(&self, text: &str) -> char {
        match text.as_bytes()[self.start] {
            b if b < 0x80 => char::from(b),
            _ => text[self.start..].chars().next().unwrap_or(' '),
        }
    }
}

/// The token stream of a text, with the arena of lower-case forms.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// The tokens, in text order.
    pub items: Vec<Token>,
    /// Lower-case forms of the tokens that have a capital (and `'` for `’`).
    arena: String,
}

impl Tokens {
    /// Cuts the whole of `text` into tokens.
    pub fn parse(text: &str) -> Self {
        let mut tokens = Tokens::default();
        tokens.push_range(text, 0, text.len());
        tokens
    }

    /// Cuts `text[from..to]` into tokens (byte offsets stay those of `text`): the
    /// stream of a range that does not fall on token boundaries, and of tests.
    pub fn parse_range(text: &str, from: usize, to: usize) -> Self {
        let mut tokens = Tokens::default();
        tokens.push_range(text, from, to);
        tokens
    }

    fn push_range(&mut self, text: &str, from: usize, to: usize) {
        let bytes = text.as_bytes();
        self.items.reserve((to - from) / 4 + 1);
        let mut prev_end = usize::MAX;
        let mut i = from;
        while i < to {
            let b = bytes[i];
            let start = i;
            let mut flags;
            if b < 0x80 {
                if b.is_ascii_digit() {
                    while i < to && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    flags = shape::DIGITS;
                } else if b.is_ascii_alphabetic() {
                    // most words: ASCII letters only, their case seen on the way
                    let mut seen = 0;
                    while i < to && ASCII_CASE[usize::from(bytes[i])] != 0 {
                        seen |= ASCII_CASE[usize::from(bytes[i])];
                        i += 1;
                    }
                    if i < to && bytes[i] >= 0x80 && letters_end(text, i, to) > i {
                        i = letters_end(text, i, to);
                        flags = shape::LETTERS | letter_shape(&text[start..i]);
                    } else {
                        flags = shape::LETTERS | ascii_case_shape(seen, b.is_ascii_uppercase());
                    }
                } else if matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                    i += 1;
                    continue;
                } else {
                    i += 1;
                    flags = shape::PUNCT | if b == b'\'' { shape::APOSTROPHE } else { 0 };
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                } else if c.is_alphabetic() {
                    i = letters_end(text, i, to);
                    flags = shape::LETTERS | letter_shape(&text[start..i]);
                } else if c.is_alphanumeric() {
                    i += c.len_utf8();
                    flags = shape::NUMERIC;
                } else {
                    i += c.len_utf8();
                    flags = shape::PUNCT | if c == '’' { shape::APOSTROPHE } else { 0 };
                }
            }
            if start == prev_end {
                flags |= shape::GLUED;
            }
            prev_end = i;
            let s = &text[start..i];
            let mut lower = (u32::MAX, u32::MAX);
            let mut classes = 0;
            if flags & shape::LETTERS != 0 {
                if flags & shape::HAS_UPPER != 0 {
                    let at = self.arena.len();
                    if flags & shape::NON_ASCII == 0 {
                        self.arena.push_str(s);
                        self.arena[at..].make_ascii_lowercase();
                    } else {
                        // char by char, as the word views lower-case (no final sigma)
                        s.chars().for_each(|c| self.arena.extend(c.to_lowercase()));
                    }
                    lower = (at as u32, self.arena.len() as u32);
                }
                classes = lexicon::word_classes(self.lower_of(text, start, i, lower));
            } else if flags & shape::APOSTROPHE != 0 && b >= 0x80 {
                flags |= shape::NON_ASCII;
                let at = self.arena.len();
                self.arena.push('\'');
                lower = (at as u32, at as u32 + 1);
            } else if b >= 0x80 {
                flags |= shape::NON_ASCII;
                let c = s.chars().next().unwrap_or(' ');
                if c.is_uppercase() {
                    flags |= shape::CAPITALISED | shape::HAS_UPPER | shape::ALL_CAPS;
                    let at = self.arena.len();
                    self.arena.extend(c.to_lowercase());
                    lower = (at as u32, self.arena.len() as u32);
                }
            }
            self.items.push(Token {
                start,
                end: i,
                lower,
                shape: flags,
                classes,
            });
        }
    }

    fn lower_of<'a>(
        &'a self,
        text: &'a str,
        start: usize,
        end: usize,
        lower: (u32, u32),
    ) -> &'a str {
        if lower.0 == u32::MAX {
            &text[start..end]
        } else {
            &self.arena[lower.0 as usize..lower.1 as usize]
        }
    }

    /// The lower-case form of `t` (a token of this stream over `text`): the text
    /// itself when it has no capital; `’` reads `'`.
    #[inline]
    pub fn lower<'a>(&'a self, text: &'a str, t: &Token) -> &'a str {
        self.lower_of(text, t.start, t.end, t.lower)
    }

    /// The tokens that lie inside `text[from..to]`, as a view: the document's own
    /// when no token crosses `from` or `to` (the sentences, quote windows and gaps
    /// the extractors ask for), else the range cut afresh.
    pub fn window<'a>(&'a self, text: &str, from: usize, to: usize) -> Window<'a> {
        let first = self.items.partition_point(|t| t.end <= from);
        let last = first + self.items[first..].partition_point(|t| t.start < to);
        let crosses = |k: usize| {
            self.items
                .get(k)
                .is_some_and(|t| t.start < from || t.end > to)
        };
        if first < last && (crosses(first) || crosses(last - 1)) {
            return Window::Own(Tokens::parse_range(text, from, to));
        }
        let items = &self.items[first..last];
        Window::Doc {
            items,
            stream: self,
        }
    }
}

/// The end of the run of letters that starts at `i`.
#[inline]
fn letters_end(text: &str, mut i: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while i < to && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i >= to || bytes[i] < 0x80 {
            return i;
        }
        match text[i..to].chars().next() {
            Some(c) if c.is_alphabetic() => i += c.len_utf8(),
            _ => return i,
        }
    }
}

/// [`ASCII_CASE`]: a lower-case ASCII letter.
const LOWER: u8 = 1;
/// [`ASCII_CASE`]: an upper-case ASCII letter.
const UPPER: u8 = 2;

/// ASCII letters by byte: [`LOWER`] or [`UPPER`]; 0 for any other byte.
static ASCII_CASE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_lowercase() {
            t[b] = LOWER;
        } else if c.is_ascii_uppercase() {
            t[b] = UPPER;
        }
        b += 1;
    }
    t
};

/// The shape flags of a run of ASCII letters whose bytes' [`ASCII_CASE`] classes
/// together are `seen`, with a capital first when `capital`.
#[inline]
fn ascii_case_shape(seen: u8, capital: bool) -> u16 {
    let mut flags = 0;
    if capital {
        flags |= shape::CAPITALISED;
    }
    if seen & UPPER != 0 {
        flags |= shape::HAS_UPPER;
        if seen == UPPER {
            flags |= shape::ALL_CAPS;
        }
    }
    flags
}

/// The shape flags of a run of letters `s`.
fn letter_shape(s: &str) -> u16 {
    let mut flags = 0;
    if s.is_ascii() {
        let b = s.as_bytes();
        if b[0].is_ascii_uppercase() {
            flags |= shape::CAPITALISED;
        }
        if b.iter().any(u8::is_ascii_uppercase) {
            flags |= shape::HAS_UPPER;
            if b.iter().all(u8::is_ascii_uppercase) {
                flags |= shape::ALL_CAPS;
            }
        }
    } else {
        flags |= shape::NON_ASCII;
        if s.chars().next().is_some_and(char::is_uppercase) {
            flags |= shape::CAPITALISED;
        }
        if s.chars().any(char::is_uppercase) {
            flags |= shape::HAS_UPPER;
            if s.chars().all(char::is_uppercase) {
                flags |= shape::ALL_CAPS;
            }
        }
    }
    flags
}

/// The tokens of a byte range: a slice of the document's stream, or the range cut on
/// its own when a token crosses its ends.
#[derive(Debug)]
pub enum Window<'a> {
    /// A slice of the document's stream.
    Doc {
        /// The tokens.
        items: &'a [Token],
        /// The stream they belong to (for the lower-case forms).
        stream: &'a Tokens,
    },
    /// A stream of its own.
    Own(Tokens),
}

impl Window<'_> {
    /// The tokens, in text order.
    #[inline]
    pub fn items(&self) -> &[Token] {
        match self {
            Window::Doc { items, .. } => items,
            Window::Own(t) => &t.items,
        }
    }

    /// The lower-case form of `t`, a token of this window.
    #[inline]
    pub fn lower<'s>(&'s self, text: &'s str, t: &Token) -> &'s str {
        match self {
            Window::Doc { stream, .. } => stream.lower(text, t),
            Window::Own(own) => own.lower(text, t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shape::*;
    use super::*;
    use crate::lexicon::word_class::*;

    /// (text, lower form, shape flags that must be set, word classes) of each token.
    fn table(s: &str) -> Vec<(String, String, u16, u16)> {
        let t = Tokens::parse(s);
        t.items
            .iter()
            .map(|k| {
                (
                    k.text(s).to_string(),
                    t.lower(s, k).to_string(),
                    k.shape,
                    k.classes,
                )
            })
            .collect()
    }

    fn texts(s: &str) -> Vec<String> {
        table(s).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn spans_split_at_the_finest() {
        let cases: &[(&str, &[&str])] = &[
            ("dell'Economia", &["dell", "'", "Economia"]),
            ("l’ad", &["l", "’", "ad"]),
            ("un po' di più", &["un", "po", "'", "di", "più"]),
            ("il 3,1%", &["il", "3", ",", "1", "%"]),
            ("1.200 euro", &["1", ".", "200", "euro"]),
            ("15% in più", &["15", "%", "in", "più"]),
            (
                "la S.p.A. e il dott. Rossi",
                &[
                    "la", "S", ".", "p", ".", "A", ".", "e", "il", "dott", ".", "Rossi",
                ],
            ),
            (
                "USD1,23 km² 500mila",
                &["USD", "1", ",", "23", "km", "²", "500", "mila"],
            ),
            (
                "«Bene» — Jean-Christophe",
                &["«", "Bene", "»", "—", "Jean", "-", "Christophe"],
            ),
            ("\t a\u{a0}b\r\nc ", &["a", "b", "c"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), *want, "{text:?}");
            for t in Tokens::parse(text).items {
                assert_eq!(&text[t.span()], t.text(text));
            }
        }
    }

    #[test]
    fn lower_forms_borrow_when_already_lower() {
        let s = "Roma ROMA roma È l’ PÉRAUD città";
        let t = Tokens::parse(s);
        let lowers: Vec<&str> = t.items.iter().map(|k| t.lower(s, k)).collect();
        assert_eq!(
            lowers,
            ["roma", "roma", "roma", "è", "l", "'", "péraud", "città"]
        );
        // no capital: the text itself, not the arena
        let roma = &t.items[2];
        assert!(std::ptr::eq(
            t.lower(s, roma).as_ptr(),
            s[roma.span()].as_ptr()
        ));
        assert_eq!(t.arena, "romaromaè'péraud");
    }

    #[test]
    fn shapes() {
        let rows = table("Enel ANSA eni 2021 È ’ x² ,");
        let has = |i: usize, f: u16| rows[i].2 & f == f;
        let not = |i: usize, f: u16| rows[i].2 & f == 0;
        assert!(has(0, LETTERS | CAPITALISED | HAS_UPPER) && not(0, ALL_CAPS));
        assert!(has(1, LETTERS | CAPITALISED | ALL_CAPS));
        assert!(has(2, LETTERS) && not(2, CAPITALISED | HAS_UPPER | NON_ASCII));
        assert!(has(3, DIGITS) && not(3, LETTERS | PUNCT));
        assert!(has(4, LETTERS | CAPITALISED | ALL_CAPS | NON_ASCII));
        assert!(has(5, PUNCT | APOSTROPHE | NON_ASCII));
        assert!(has(6, LETTERS) && not(6, GLUED));
        assert!(has(7, NUMERIC | GLUED | NON_ASCII) && not(7, PUNCT));
        assert!(has(8, PUNCT) && not(8, GLUED | APOSTROPHE));
    }

    #[test]
    fn word_classes_from_the_language_data() {
        let rows = table("Dell'acquisto della società ha detto l’ad di Enel, che acquisisce");
        let class = |w: &str| rows.iter().find(|r| r.0 == w).map(|r| r.3).unwrap();
        // (a function word may also be part of a reporting form: `a detta di`)
        let grammar = |w: &str| class(w) & (ARTICLE | PREPOSITION | ARTICULATED | ELIDED);
        assert_eq!(grammar("Dell"), ARTICULATED | ELIDED);
        assert_eq!(grammar("della"), ARTICULATED);
        assert_eq!(grammar("l"), ARTICLE | ELIDED);
        assert_eq!(grammar("di"), PREPOSITION);
        assert_eq!(grammar("ha"), 0);
        assert_ne!(class("ha") & AUXILIARY, 0);
        assert_ne!(class("ha") & REPORTING, 0);
        assert_ne!(class("detto") & REPORTING_ALONE, 0);
        assert_ne!(class("detto") & REPORTING_NEXT, 0);
        assert_eq!(class("Enel") & REPORTING_NEXT, 0);
        assert_ne!(class("acquisisce") & DEAL_CUE, 0);
        assert_eq!(class("Enel"), 0);
        assert_eq!(class("società"), 0);
        assert_eq!(class(","), 0);
    }

    const ALPHABET: &[char] = &[
        'a', 'B', 'l', 'L', 'è', 'È', 'Σ', 'ß', '5', '²', '.', ',', '-', '&', '\'', '’', ' ',
        '\u{a0}', '«', '%', 'x', 'İ',
    ];

    proptest::proptest! {
        /// A window of the document's stream holds the tokens, shapes (but for the
        /// first token's [`GLUED`]), lower forms and classes that cutting the range on
        /// its own gives; and the lower form is what `to_lowercase` gives char by char.
        #[test]
        fn a_window_is_the_range_cut_alone(
            v in proptest::collection::vec(0..ALPHABET.len(), 0..24),
            a in 0usize..30,
            b in 0usize..30,
        ) {
            let s: String = v.into_iter().map(|k| ALPHABET[k]).collect();
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let (from, to) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let (from, to) = (from.min(to), from.max(to));
            let doc = Tokens::parse(&s);
            let window = doc.window(&s, from, to);
            let alone = Tokens::parse_range(&s, from, to);
            let row = |t: &Token, lower: &str| {
                (t.span(), t.shape & !GLUED, lower.to_string(), t.classes)
            };
            let got: Vec<_> = window.items().iter().map(|t| row(t, window.lower(&s, t))).collect();
            let want: Vec<_> = alone.items.iter().map(|t| row(t, alone.lower(&s, t))).collect();
            proptest::prop_assert_eq!(got, want);
            for t in &doc.items {
                let lower: String = t
                    .text(&s)
                    .chars()
                    .flat_map(char::to_lowercase)
                    .map(|c| if c == '’' { '\'' } else { c })
                    .collect();
                proptest::prop_assert_eq!(doc.lower(&s, t), lower.as_str());
            }
        }
    }

    #[test]
    fn windows_slice_the_stream_or_cut_afresh() {
        let s = "Disse: «Enel cresce». Fine";
        let t = Tokens::parse(s);
        let quote = s.find('«').unwrap() + '«'.len_utf8();
        let w = t.window(s, quote, s.find('»').unwrap());
        let got: Vec<&str> = w.items().iter().map(|k| k.text(s)).collect();
        assert_eq!(got, ["Enel", "cresce"]);
        assert!(matches!(w, Window::Doc { .. }));
        // a window inside a word is cut on its own
        let w = t.window(s, 1, 4);
        let got: Vec<&str> = w.items().iter().map(|k| k.text(s)).collect();
        assert_eq!(got, ["iss"]);
        assert!(t.window(s, 3, 3).items().is_empty());
    }
}
