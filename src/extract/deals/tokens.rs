//! The token stream a deal is read from: one sentence cut into words, punctuation,
//! entity mentions and amounts, with asides (`(...)`, `– ... –`) left out.
//!
//! A mention or an amount is one token, whatever its length, so the frames count
//! words between parties without caring how long a name is. An elided word keeps its
//! apostrophe (`dall'`, `l'`), written as `'` in [`Tok::lower`].

use crate::extract::entities::Found;
use crate::summary::Amount;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word (letters, digits, inner hyphens).
    Word,
    /// One punctuation character.
    Punct,
    /// An entity mention: index into the sentence's mentions.
    Mention(usize),
    /// An amount: index into the article's amounts.
    Amount(usize),
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Lower-case text of a word or punctuation (apostrophes as `'`); empty for
    /// mentions and amounts.
    pub lower: String,
}

impl Tok {
    /// True when the token is the word `w` (lower case).
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }
}

/// Cuts `range` of `text` into tokens. `mentions` and `amounts` are in text order;
/// amounts are `(index, amount)` pairs. Asides in parentheses or between dashes are
/// skipped with everything inside them.
pub fn tokenize(
    text: &str,
    range: Range<usize>,
    mentions: &[Found<'_>],
    amounts: &[(usize, &Amount)],
) -> Vec<Tok> {
    let end = range.end;
    let mut toks = Vec::new();
    let (mut mi, mut ai) = (0, 0);
    let mut p = range.start;
    while p < end {
        while mi < mentions.len() && mentions[mi].mention.span.start < p {
            mi += 1;
        }
        while ai < amounts.len() && amounts[ai].1.span.start < p {
            ai += 1;
        }
        let next_mention = mentions.get(mi).map_or(end, |m| m.mention.span.start);
        let next_amount = amounts.get(ai).map_or(end, |a| a.1.span.start);
        if next_mention == p && mentions[mi].mention.span.end <= end {
            let r = mentions[mi].mention.span.range();
            p = r.end;
            toks.push(tok(r, Kind::Mention(mi), String::new()));
            continue;
        }
        if next_amount == p && amounts[ai].1.span.end <= end {
            let r = amounts[ai].1.span.range();
            p = r.end;
            toks.push(tok(r, Kind::Amount(amounts[ai].0), String::new()));
            continue;
        }
        let Some(c) = text[p..end].chars().next() else {
            break;
        };
        let after = p + c.len_utf8();
        if c.is_whitespace() {
            p = after;
        } else if c.is_alphanumeric() {
            let stop = next_mention.min(next_amount).min(end);
            let w = word_end(text, p, stop);
            let word = &text[p..w];
            let lower = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else if word.contains('’') {
                word.to_lowercase().replace('’', "'")
            } else {
                word.to_lowercase()
            };
            toks.push(tok(p..w, Kind::Word, lower));
            p = w;
        } else if let Some(close) = aside_end(text, p, c, end) {
            p = close;
        } else {
            toks.push(tok(p..after, Kind::Punct, c.to_string()));
            p = after;
        }
    }
    toks
}

fn tok(range: Range<usize>, kind: Kind, lower: String) -> Tok {
    Tok { range, kind, lower }
}

/// End of the word starting at `p`: letters and digits, inner hyphens and dots or
/// commas between digits; a final apostrophe before a letter is kept (elision).
fn word_end(text: &str, p: usize, stop: usize) -> usize {
    let mut q = p;
    let mut chars = text[p..stop].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if c.is_alphanumeric() {
            q = p + i + c.len_utf8();
        } else if (c == '-' && next.is_some_and(char::is_alphanumeric))
            || ((c == '.' || c == ',')
                && next.is_some_and(|n| n.is_ascii_digit())
                && text[..p + i].ends_with(|x: char| x.is_ascii_digit()))
        {
            continue;
        } else if (c == '\'' || c == '’')
            && text[p + i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            return p + i + c.len_utf8();
        } else {
            break;
        }
    }
    q
}

/// Where an aside opened at `p` by `c` closes (the byte after its closing mark), or
/// `None` when `c` opens none or it is not closed before `end`.
fn aside_end(text: &str, p: usize, c: char, end: usize) -> Option<usize> {
    let rest = &text[p + c.len_utf8()..end];
    let base = p + c.len_utf8();
    match c {
        '(' => {
            let mut depth = 1;
            for (i, x) in rest.char_indices() {
                match x {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(base + i + 1);
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        '–' | '—' => rest.find(c).map(|i| base + i + c.len_utf8()),
        '-' if text[..p].ends_with(' ') && rest.starts_with(' ') => {
            rest.find(" - ").map(|i| base + i + 2)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0..text.len(), &[], &[])
            .into_iter()
            .map(|t| t.lower)
            .collect()
    }

    #[test]
    fn elisions_hyphens_and_numbers() {
        assert_eq!(
            words("Acquista dall’IRI la joint-venture per 1.234,5 euro."),
            [
                "acquista",
                "dall'",
                "iri",
                "la",
                "joint-venture",
                "per",
                "1.234,5",
                "euro",
                "."
            ]
        );
    }

    #[test]
    fn asides_are_skipped() {
        assert_eq!(
            words("Anthropic (che (forse) è rivale) si impegna – dice – ora - sì - qui"),
            ["anthropic", "si", "impegna", "ora", "qui"]
        );
        assert_eq!(
            words("Un trattino – aperto"),
            ["un", "trattino", "–", "aperto"]
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["(", "–", " - ", "l'", "é’", "1,", "a-", "((a)"] {
            let _ = tokenize(t, 0..t.len(), &[], &[]);
        }
    }
}
