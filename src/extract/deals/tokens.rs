//! The token stream a deal is read from: one sentence cut into words, punctuation,
//! entity mentions and amounts, with asides (`(...)`, `– ... –`) left out.
//!
//! A mention or an amount is one token, whatever its length, so the frames count
//! words between parties without caring how long a name is. An elided word keeps its
//! apostrophe (`dall'`, `l'`), written as `'` in [`DealToken::lower`].

use crate::extract::entities::Found;
use crate::reader::tokens::{shape, Token, Tokens};
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
pub struct DealToken {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Lower-case text of a word or punctuation (apostrophes as `'`); empty for
    /// mentions and amounts.
    pub lower: String,
}

impl DealToken {
    /// True when the token is the word `w` (lower case).
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }
}

/// Cuts `range` of `text` into deal tokens, reading the document's token stream
/// `stream` (the stream of `text`, [`crate::reader::Article::tokens`]). `mentions`
/// and `amounts` are in text order; amounts are `(index, amount)` pairs. Asides in
/// parentheses or between dashes are skipped with everything inside them.
///
/// A mention or an amount that does not begin and end on document tokens (a user
/// name list may name part of a word) cuts the token it falls in: the part before
/// it ends the word there, the part after it is a word of its own.
pub fn tokenize_in(
    stream: &Tokens,
    text: &str,
    range: Range<usize>,
    mentions: &[Found<'_>],
    amounts: &[(usize, &Amount)],
) -> Vec<DealToken> {
    let window = stream.window(text, range.start, range.end);
    let items = window.items();
    let end = range.end;
    let mut toks = Vec::with_capacity(items.len());
    let (mut mi, mut ai, mut k) = (0, 0, 0);
    let mut p = range.start;
    loop {
        while mi < mentions.len() && mentions[mi].mention.span.start < p {
            mi += 1;
        }
        while ai < amounts.len() && amounts[ai].1.span.start < p {
            ai += 1;
        }
        // a token that a mention or an amount cut goes on after it
        while k < items.len() && items[k].end <= p {
            k += 1;
        }
        let next_mention = mentions.get(mi).map_or(end, |m| m.mention.span.start);
        let next_amount = amounts.get(ai).map_or(end, |a| a.1.span.start);
        let next_token = items.get(k).map_or(end, |t| t.start.max(p));
        // what comes first; only white space lies before it
        p = next_mention.min(next_amount).min(next_token);
        if p >= end {
            break;
        }
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
        if p != next_token {
            p = next_token;
            continue;
        }
        let t = &items[k];
        let c = t.first_char(text);
        if t.alnum() {
            // a word ends where a mention or an amount begins, even inside a token
            let stop = next_mention.min(next_amount).min(end);
            let w = word_end_in(text, items, k, stop).min(stop);
            let w = if w > p { w } else { t.end };
            toks.push(tok(p..w, Kind::Word, lower(&text[p..w])));
            p = w;
        } else if let Some(close) = aside_end(text, p, c, end) {
            p = close;
        } else {
            toks.push(tok(p..t.end, Kind::Punct, c.to_string()));
            p = t.end;
        }
    }
    toks
}

/// [`tokenize_in`] of a text that has no document: the range cut on its own.
#[cfg(test)]
pub fn tokenize(
    text: &str,
    range: Range<usize>,
    mentions: &[Found<'_>],
    amounts: &[(usize, &Amount)],
) -> Vec<DealToken> {
    let stream = Tokens::parse_range(text, range.start, range.end);
    tokenize_in(&stream, text, range, mentions, amounts)
}

/// A deal word in lower case, `’` written `'`.
fn lower(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else if word.contains('’') {
        word.to_lowercase().replace('’', "'")
    } else {
        word.to_lowercase()
    }
}

/// End of the deal word that starts with document token `items[k]`, before `stop`:
/// glued letters and digits, inner hyphens, dots or commas between digits; a final
/// apostrophe before a letter is kept (elision).
fn word_end_in(text: &str, items: &[Token], mut k: usize, stop: usize) -> usize {
    let mut q = items[k].end;
    k += 1;
    let glued = |k: usize, at: usize| items.get(k).filter(|t| t.start == at && t.start < stop);
    while let Some(n) = glued(k, q) {
        if n.alnum() {
            q = n.end;
            k += 1;
            continue;
        }
        let next = glued(k + 1, n.end);
        let c = n.first_char(text);
        let between_digits = (c == '.' || c == ',')
            && next.is_some_and(|m| m.has(shape::DIGITS))
            && items[k - 1].has(shape::DIGITS);
        if (c == '-' && next.is_some_and(Token::alnum)) || between_digits {
            // the joiner, then the word goes on
            k += 1;
            match next {
                Some(m) => {
                    q = m.end;
                    k += 1;
                }
                None => break,
            }
        } else if n.has(shape::APOSTROPHE)
            && text[n.end..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            return n.end;
        } else {
            break;
        }
    }
    q
}

fn tok(range: Range<usize>, kind: Kind, lower: String) -> DealToken {
    DealToken { range, kind, lower }
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

    /// A mention that begins or ends inside a document token (a user's name list
    /// naming part of a word) cuts it: the parts around it are words of their own.
    #[test]
    fn a_mention_inside_a_word_cuts_it() {
        use crate::extract::entities::EntityKind;
        use crate::summary::{Entity, Mention, Span};
        let text = "La Xbetaholding compra Zeta.";
        let start = text.find("beta").unwrap();
        let mention = Mention {
            span: Span::new(start, start + 4),
            text: "beta".into(),
        };
        let entity = Entity {
            name: "beta".into(),
            mentions: vec![mention.clone()],
        };
        let found = [Found {
            kind: EntityKind::Company,
            entity: &entity,
            mention: &mention,
        }];
        let got: Vec<(String, Kind)> = tokenize(text, 0..text.len(), &found, &[])
            .into_iter()
            .map(|t| (text[t.range].to_string(), t.kind))
            .collect();
        let want = [
            ("La", Kind::Word),
            ("X", Kind::Word),
            ("beta", Kind::Mention(0)),
            ("holding", Kind::Word),
            ("compra", Kind::Word),
            ("Zeta", Kind::Word),
            (".", Kind::Punct),
        ];
        assert_eq!(got, want.map(|(w, k)| (w.to_string(), k)));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["(", "–", " - ", "l'", "é’", "1,", "a-", "((a)"] {
            let _ = tokenize(t, 0..t.len(), &[], &[]);
        }
    }
}
