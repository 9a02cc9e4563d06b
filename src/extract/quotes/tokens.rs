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
        if s.chars().any(char::is_uppercase) {
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
    let mut out = Vec::new();
    let slice = &text[from..to];
    let mut it = slice.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let mut prev: Option<char> = None;
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let joins = word_start.is_some()
            && prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_alphanumeric)
            && (matches!(c, '.' | '-' | '&')
                || (matches!(c, '\'' | '’')
                    && next.is_some_and(char::is_uppercase)
                    && word_start.is_some_and(|s| {
                        i - s == 1 && !matches!(slice.as_bytes()[s], b'L' | b'l')
                    })));
        if c.is_alphanumeric() || joins {
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
                    end: from + i + c.len_utf8(),
                    word: false,
                });
            }
        }
        prev = Some(c);
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
