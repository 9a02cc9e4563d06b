//! The reader: turns article text into a title, paragraphs and sentences.
//!
//! Everything here works on byte offsets into the text (`Range<usize>`); the summary
//! converts them to code points once, at the end. Structure follows
//! `spec/EXTRACTION.md`: the title is the first non-empty line when a line break
//! follows it and it has no final full stop; every other line with text is a
//! paragraph; sentences are found inside each paragraph by [`sentences::split`].

pub mod sentences;
mod spans;
pub mod tokens;
pub mod words;

pub use spans::trim;

use std::ops::Range;

/// A paragraph and the sentences inside it, as byte ranges of the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding white space.
    pub span: Range<usize>,
    /// Its sentences, as indices into [`Article::sentences`]: in order, trimmed,
    /// inside `span`. One vector holds the sentences of all paragraphs, so a
    /// paragraph costs no allocation of its own.
    pub sentences: Range<usize>,
}

/// An article parsed into its structure. Extractors read it; it owns nothing but spans.
#[derive(Debug, Clone)]
pub struct Article<'t> {
    /// The whole text (byte-order mark already removed).
    pub text: &'t str,
    /// The headline, if the article has one.
    pub title: Option<Range<usize>>,
    /// The paragraphs after the title.
    pub paragraphs: Vec<Paragraph>,
    /// All sentences of all paragraphs, in order: index `i` is sentence `i` of the summary.
    pub sentences: Vec<Range<usize>>,
    /// The one token stream of the whole text, cut once: every extractor reads its
    /// words from it ([`tokens`]).
    pub tokens: tokens::Tokens,
}

impl<'t> Article<'t> {
    /// Parses `text` (without a byte-order mark) into title, paragraphs and sentences.
    pub fn parse(text: &'t str) -> Self {
        let mut lines = lines(text).filter(|r| !text[r.clone()].trim().is_empty());
        let mut title = None;
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut paragraph = |span: Range<usize>| {
            let first = sentences.len();
            sentences::split_into(text, span.clone(), &mut sentences);
            paragraphs.push(Paragraph {
                span,
                sentences: first..sentences.len(),
            });
        };
        if let Some(first) = lines.next() {
            let trimmed = trim(text, first.clone());
            let followed_by_break = first.end < text.len();
            if followed_by_break && !text[trimmed.clone()].ends_with('.') {
                title = Some(trimmed);
            } else {
                paragraph(trimmed);
            }
        }
        lines.for_each(|line| paragraph(trim(text, line)));
        Article {
            text,
            title,
            paragraphs,
            sentences,
            tokens: tokens::Tokens::parse(text),
        }
    }

    /// The text of a byte range.
    pub fn slice(&self, r: Range<usize>) -> &'t str {
        &self.text[r]
    }

    /// The index of the sentence that contains byte `pos`, or `None` when `pos` is in
    /// the title or between sentences.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.start <= pos && pos < s.end)
            .map(|_| i)
    }

    /// The sentences and the title together, as the units a mention must lie inside:
    /// the title first when there is one.
    pub fn units(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.title
            .iter()
            .cloned()
            .chain(self.sentences.iter().cloned())
    }
}

/// The lines of `text` as byte ranges without their line break; `\n`, `\r\n` and a
/// lone `\r` all end a line.
pub fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let mut i =
            memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |k| start + k);
        let end = i;
        if i < bytes.len() {
            i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        pos = i;
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(a: &Article<'a>) -> Vec<&'a str> {
        a.sentences.iter().map(|r| a.slice(r.clone())).collect()
    }

    #[test]
    fn title_then_paragraphs() {
        let a = Article::parse("Titolo forte\nPrima frase. Seconda frase.\n\nAltro paragrafo.\n");
        assert_eq!(a.title.clone().map(|r| a.slice(r)), Some("Titolo forte"));
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(
            texts(&a),
            ["Prima frase.", "Seconda frase.", "Altro paragrafo."]
        );
    }

    #[test]
    fn no_title_when_first_line_ends_with_full_stop() {
        let a = Article::parse("Una frase.\nUn'altra.");
        assert_eq!(a.title, None);
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn no_title_for_single_line() {
        let a = Article::parse("Solo una riga senza punto");
        assert_eq!(a.title, None);
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let a = Article::parse("Titolo\r\nUno.\rDue.\r\n");
        assert_eq!(a.title, Some(0..6));
        assert_eq!(texts(&a), ["Uno.", "Due."]);
    }

    #[test]
    fn empty_and_blank_inputs() {
        for t in ["", "   ", "\n\n\r\n", "\t \n "] {
            let a = Article::parse(t);
            assert!(a.title.is_none() && a.paragraphs.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn sentence_at_finds_index() {
        let a = Article::parse("T\nUno due. Tre quattro.");
        assert_eq!(a.sentence_at(2), Some(0));
        assert_eq!(a.sentence_at(12), Some(1));
        assert_eq!(a.sentence_at(0), None);
    }
}
