//! A small tokenizer for the attribution windows: words and punctuation with byte
//! offsets. Apostrophes separate words (`dell'agenzia` → `dell`, `agenzia`) except
//! inside names such as `D'Arrigo`.

use std::borrow::Cow;

/// A word or a punctuation mark of the text, as a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// First byte after it.
    pub end: usize,
    /// True for a word, false for a punctuation mark.
    pub word: bool,
}

impl Tok {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The token in lower case (borrowed when it already is).
    pub fn lower<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let s = self.text(text);
        if s.is_ascii() {
            if s.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(s.to_ascii_lowercase())
            } else {
                Cow::Borrowed(s)
            }
        } else if s.chars().any(char::is_uppercase) || s.contains('’') {
            Cow::Owned(s.to_lowercase().replace('’', "'"))
        } else {
            Cow::Borrowed(s)
        }
    }

    /// True when the token starts with an upper-case letter or a digit-free acronym.
    pub fn capitalised(&self, text: &str) -> bool {
        self.word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// True when the token is the punctuation mark `c`.
    pub fn is(&self, text: &str, c: char) -> bool {
        !self.word && self.text(text).starts_with(c)
    }
}

/// The tokens of `text[from..to]`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    let slice = &text[from..to];
    let bytes = slice.as_bytes();
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut word_start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut i = 0;
    // decode one char at `k` (ASCII fast path)
    let at = |k: usize| -> Option<char> {
        let b = *bytes.get(k)?;
        if b < 0x80 {
            Some(b as char)
        } else {
            slice[k..].chars().next()
        }
    };
    while i < bytes.len() {
        let c = at(i).unwrap_or(' ');
        let len = c.len_utf8();
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let joins = !alnum
            && word_start.is_some()
            && prev.is_some_and(char::is_alphanumeric)
            && matches!(c, '.' | '-' | '&' | '\'' | '’')
            && at(i + len).is_some_and(|n| {
                n.is_alphanumeric()
                    && (matches!(c, '.' | '-' | '&')
                        || n.is_uppercase()
                            && word_start
                                .is_some_and(|s| i - s == 1 && !matches!(bytes[s], b'L' | b'l')))
            });
        if alnum || joins {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else {
            if let Some(s) = word_start.take() {
                out.push(Tok {
                    start: from + s,
                    end: from + i,
                    word: true,
                });
            }
            if !c.is_whitespace() && c != '\'' && c != '’' {
                out.push(Tok {
                    start: from + i,
                    end: from + i + len,
                    word: false,
                });
            }
        }
        prev = Some(c);
        i += len;
    }
    if let Some(s) = word_start {
        out.push(Tok {
            start: from + s,
            end: to,
            word: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
