//! A small tokenizer for the amounts grammar: numbers, words and symbols with byte spans.
//!
//! Every token keeps a normalised form in a shared arena string (one buffer reused over
//! the whole article): words in lower case with a final apostrophe as `'`, numbers as a
//! plain decimal string (`1.234,5` → `1234.5`), symbols as themselves.

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
pub struct Tok {
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
    pub toks: Vec<Tok>,
    /// Normalised forms, indexed by [`Tok::norm`].
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

    /// Tokenizes `text[range]`, replacing the previous content.
    pub fn fill(&mut self, text: &str, range: Range<usize>) {
        self.toks.clear();
        self.arena.clear();
        let s = &text[range.clone()];
        let base = range.start;
        let bytes = s.as_bytes();
        let mut pos = 0;
        loop {
            // (spaces, the most common separator, without decoding)
            while bytes.get(pos) == Some(&b' ') {
                pos += 1;
            }
            let Some(c) = s[pos..].chars().next() else {
                break;
            };
            let i = pos;
            pos += c.len_utf8();
            let start = self.arena.len();
            if c.is_whitespace() {
                continue;
            }
            let (end, kind) = if c.is_ascii_digit() {
                let end = number_end(s, i);
                let valid = push_number(&mut self.arena, &s[i..end]);
                let plain = s[i..end].bytes().all(|b| b.is_ascii_digit());
                pos = pos.max(end);
                (end, Kind::Num { valid, plain })
            } else if c.is_alphabetic() {
                push_lower(&mut self.arena, c);
                let mut end = pos;
                loop {
                    // a run of ASCII letters, then any other letter
                    while pos < bytes.len() && bytes[pos].is_ascii_alphabetic() {
                        self.arena.push(bytes[pos].to_ascii_lowercase() as char);
                        pos += 1;
                        end = pos;
                    }
                    match s[pos..].chars().next() {
                        Some(d) if d.is_alphabetic() => {
                            push_lower(&mut self.arena, d);
                            pos += d.len_utf8();
                            end = pos;
                        }
                        _ => break,
                    }
                }
                if let Some(d) = s[pos..].chars().next() {
                    let next = s[pos + d.len_utf8()..].chars().next();
                    if (d == '\'' || d == '’') && next.is_some_and(char::is_alphanumeric) {
                        self.arena.push('\'');
                        end = pos + d.len_utf8();
                        pos = end;
                    }
                }
                (end, Kind::Word)
            } else {
                self.arena.push(if c == '’' { '\'' } else { c });
                (i + c.len_utf8(), Kind::Sym)
            };
            self.toks.push(Tok {
                span: base + i..base + end,
                kind,
                norm: start..self.arena.len(),
            });
        }
    }
}

fn push_lower(arena: &mut String, c: char) {
    if c.is_ascii() {
        arena.push(c.to_ascii_lowercase());
    } else {
        arena.extend(c.to_lowercase());
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
