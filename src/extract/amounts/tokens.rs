//! The amounts grammar's view of the document tokens: numbers, words and symbols with
//! byte spans.
//!
//! Every token keeps a normalised form in a shared arena string (one buffer reused over
//! the whole article): words in lower case with a final apostrophe as `'`, numbers as a
//! plain decimal string (`1.234,5` → `1234.5`), symbols as themselves.

use crate::reader::tokens::{shape, Tokens as DocTokens, Window};
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of digits with separators; `valid` when it reads as one number.
    Num {
        /// The digits and separators read as one number.
        valid: bool,
        /// Digits only, without separators (`2021`).
        plain: bool,
    },
    /// A run of letters, with a final apostrophe when one follows (`dell'`).
    Word,
    /// Any other character that is not white space.
    Sym,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountToken {
    /// Byte span in the article text.
    pub span: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Span of its normalised form in the arena.
    pub norm: Range<usize>,
}

/// The tokens of one unit of text and their normalised forms.
#[derive(Debug, Default)]
pub struct Tokens {
    /// The tokens, in text order.
    pub toks: Vec<AmountToken>,
    /// Normalised forms, indexed by [`AmountToken::norm`].
    pub arena: String,
}

impl Tokens {
    /// The normalised form of token `i` (empty past the end).
    pub fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.arena[t.norm.clone()])
    }

    /// True when token `i` is a word whose normalised form is `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.norm(i) == w
    }

    /// True when token `i` starts right where token `i - 1` ends.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].span.end == self.toks[i].span.start
    }

    /// The tokens of `text[range]`, read from the document's token stream `stream`
    /// (the stream of `text`, [`crate::reader::Article::tokens`]), replacing the
    /// previous content.
    pub fn fill_in(&mut self, stream: &DocTokens, text: &str, range: Range<usize>) {
        let window = stream.window(text, range.start, range.end);
        self.fill_from(text, range, &window);
    }

    /// [`Tokens::fill_in`] of a text that has no document: the range cut on its own.
    pub fn fill(&mut self, text: &str, range: Range<usize>) {
        let own = Window::Own(DocTokens::parse_range(text, range.start, range.end));
        self.fill_from(text, range, &own);
    }

    /// Joins the document tokens of `window`: a run of ASCII digits opens a number
    /// (read on by [`number_end`]), a run of letters is a word (with the apostrophe
    /// that glues it to a next letter or digit), any other mark is a symbol.
    fn fill_from(&mut self, text: &str, range: Range<usize>, window: &Window<'_>) {
        self.toks.clear();
        self.arena.clear();
        let s = &text[range.clone()];
        let base = range.start;
        let items = window.items();
        let mut k = 0;
        while k < items.len() {
            let t = &items[k];
            let start = self.arena.len();
            let (end, kind) = if t.has(shape::DIGITS) {
                let i = t.start - base;
                let end = number_end(s, i);
                let valid = push_number(&mut self.arena, &s[i..end]);
                let plain = s[i..end].bytes().all(|b| b.is_ascii_digit());
                while k < items.len() && items[k].start < base + end {
                    k += 1;
                }
                (base + end, Kind::Num { valid, plain })
            } else if t.has(shape::LETTERS) {
                self.arena.push_str(window.lower(text, t));
                k += 1;
                let mut end = t.end;
                let elided = items
                    .get(k)
                    .filter(|a| a.start == end && a.has(shape::APOSTROPHE));
                if let Some(a) = elided {
                    if items
                        .get(k + 1)
                        .is_some_and(|n| n.start == a.end && n.alnum())
                    {
                        self.arena.push('\'');
                        end = a.end;
                        k += 1;
                    }
                }
                (end, Kind::Word)
            } else {
                let c = t.first_char(text);
                self.arena.push(if c == '’' { '\'' } else { c });
                k += 1;
                (t.end, Kind::Sym)
            };
            self.toks.push(AmountToken {
                span: t.start..end,
                kind,
                norm: start..self.arena.len(),
            });
        }
    }
}

fn is_space(c: u8) -> bool {
    c == b' '
}

/// The end of the number starting at `i`: digits, `.`/`,` between digits, and single
/// spaces (also U+00A0, U+202F) before a group of exactly three digits.
fn number_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let digits = |mut k: usize| {
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        k
    };
    let mut end = digits(i);
    let first_len = end - i;
    let mut spaced_ok = first_len <= 3;
    loop {
        if end + 1 < b.len() && (b[end] == b'.' || b[end] == b',') && b[end + 1].is_ascii_digit() {
            spaced_ok = false;
            end = digits(end + 1);
            continue;
        }
        if spaced_ok {
            let sep = if end < b.len() && is_space(b[end]) {
                1
            } else if s[end..].starts_with('\u{a0}') {
                2
            } else if s[end..].starts_with('\u{202f}') {
                3
            } else {
                0
            };
            if sep > 0 {
                let g = end + sep;
                let ge = digits(g);
                let after_ok = ge >= b.len() || !(b[ge].is_ascii_digit() || b[ge] == b'.');
                if ge - g == 3 && after_ok {
                    end = ge;
                    continue;
                }
            }
        }
        return end;
    }
}

/// Writes the plain decimal form of `raw` (`1.234,5` → `1234.5`) and says if it is valid.
fn push_number(arena: &mut String, raw: &str) -> bool {
    let start = arena.len();
    let ok = super::number::normalise_digits(raw, arena);
    if !ok {
        arena.truncate(start);
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        let mut t = Tokens::default();
        t.fill(s, 0..s.len());
        (0..t.toks.len()).map(|i| t.norm(i).to_string()).collect()
    }

    #[test]
    fn splits_numbers_words_and_symbols() {
        assert_eq!(
            norms("Tra l'80% e 1.234,5 €"),
            ["tra", "l'", "80", "%", "e", "1234.5", "€"]
        );
        assert_eq!(norms("10 000,00 $"), ["10000.00", "$"]);
        assert_eq!(norms("nel 2021 500 euro"), ["nel", "2021", "500", "euro"]);
        assert_eq!(norms("500mila"), ["500", "mila"]);
        assert_eq!(norms("USD1,23."), ["usd", "1.23", "."]);
        assert_eq!(norms("17.08.2020"), [""]);
        assert_eq!(norms("l’azienda"), ["l'", "azienda"]);
    }
}
