//! Italian sentence splitting inside one paragraph.
//!
//! One left-to-right pass; every boundary decision looks only at the few characters
//! around a terminator (`.`, `!`, `?`, `…`), so the time is linear in the paragraph.
//! A boundary needs a terminator, optionally followed by more terminators and closing
//! marks (`» ” " ’ ' ) ]`), then white space, then something that can start a
//! sentence (not a lower-case letter nor closing punctuation). A single full stop
//! is not a boundary after an abbreviation of `data/abbreviations.txt`, an initial
//! (`G. Verdi`), a dotted acronym (`S.p.A.`, `F.P.`), or a leading list number,
//! unless `data/sentence_final_abbreviations.txt` says it may end one (`a.C.`, `ecc.`).
//! Inside a quotation a terminator ends a sentence only once the quotation has said
//! a few words (`«Ei fu. Siccome immobile...»` stays whole).

use crate::lexicon;
use std::ops::Range;

/// Quotation marks that open a quotation.
const OPENERS: &[char] = &['«', '“', '‘'];
/// Quotation marks that close a quotation.
const CLOSERS: &[char] = &['»', '”'];
/// Characters that may follow a terminator before the white space of a boundary.
const TRAILING: &[char] = &['»', '”', '"', '’', '\'', ')', ']', '.', '!', '?', '…'];
/// Words a quotation must have said before its own terminator ends a sentence.
const MIN_QUOTED_WORDS: usize = 3;

/// True when one of the eight bytes of `w` is not ASCII or is `.`, `!`, `?` or `"`.
fn may_stop(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // non-zero exactly when `x` has a zero byte
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let eq = |b: u8| zero_byte(w ^ (ONES * u64::from(b)));
    w & HIGH != 0 || eq(b'.') | eq(b'!') | eq(b'?') | eq(b'"') != 0
}

/// Splits the paragraph `para` of `text` into sentences, as trimmed byte ranges.
pub fn split(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_into(text, para, &mut out);
    out
}

/// Appends the sentences of the paragraph `para` of `text` to `out`, as [`split`]
/// returns them; the reader keeps all sentences of an article in one vector.
pub fn split_into(text: &str, para: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[para.clone()];
    let bytes = s.as_bytes();
    let first = out.len();
    let mut start = 0;
    // Quotation state: depth of «“‘ marks, whether a straight " is open, and where
    // the innermost open quotation began (to count its words).
    let mut depth = 0usize;
    let mut straight_open = false;
    let mut quote_start = 0usize;
    let mut quoted = QuotedWords::default();
    let mut pos = 0;
    loop {
        // skip the ASCII bytes that play no part (all but `. ! ? "`), eight at a time
        while let Some(chunk) = bytes.get(pos..pos + 8) {
            if may_stop(u64::from_le_bytes(chunk.try_into().unwrap_or_default())) {
                break;
            }
            pos += 8;
        }
        while pos < bytes.len()
            && bytes[pos] < 0x80
            && !matches!(bytes[pos], b'.' | b'!' | b'?' | b'"')
        {
            pos += 1;
        }
        let Some(c) = s[pos..].chars().next() else {
            break;
        };
        let i = pos;
        pos += c.len_utf8();
        match c {
            _ if OPENERS.contains(&c) => {
                depth += 1;
                quote_start = i + c.len_utf8();
            }
            _ if CLOSERS.contains(&c) => depth = depth.saturating_sub(1),
            '"' => {
                let prev_space = i == 0 || s[..i].ends_with(char::is_whitespace);
                if !straight_open && prev_space {
                    straight_open = true;
                    quote_start = i + 1;
                } else {
                    straight_open = false;
                }
            }
            '.' | '!' | '?' | '…' => {
                // The run of terminators and closing marks after this one.
                let mut j = i + c.len_utf8();
                let mut closes_quote = false;
                while let Some(d) = s[pos..].chars().next() {
                    if !TRAILING.contains(&d) {
                        break;
                    }
                    if CLOSERS.contains(&d) || (d == '"' && straight_open) {
                        closes_quote = true;
                        depth = depth.saturating_sub(usize::from(CLOSERS.contains(&d)));
                        if d == '"' {
                            straight_open = false;
                        }
                    }
                    j = pos + d.len_utf8();
                    pos = j;
                }
                if j >= bytes.len()
                    || !bytes[j].is_ascii_whitespace() && !s[j..].starts_with('\u{a0}')
                {
                    continue;
                }
                let next_start = j + (s[j..].len() - s[j..].trim_start().len());
                let Some(next) = s[next_start..].chars().next() else {
                    continue;
                };
                let in_quote = (depth > 0 || straight_open) && !closes_quote;
                if is_boundary(s, start, i, &s[i..j], next)
                    && (!in_quote || quoted.said_enough(s, quote_start.max(start), i))
                {
                    out.push(para.start + start..para.start + j);
                    start = next_start;
                }
            }
            _ => {}
        }
    }
    if start < s.len() {
        out.push(para.start + start..para.end);
    }
    let mut kept = first;
    for i in first..out.len() {
        let r = super::spans::trim(text, out[i].clone());
        if !r.is_empty() {
            out[kept] = r;
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// Decides a boundary at the terminator starting at byte `at` of `s`, whose run of
/// terminators and closers is `run`, followed by white space and then `next`.
fn is_boundary(s: &str, sentence_start: usize, at: usize, run: &str, next: char) -> bool {
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | ')' | ']' | '»' | '”' | '%') {
        return false;
    }
    // `[...]` and `(...)` mark an omission, not an end.
    if s[..at].ends_with(['[', '(']) {
        return false;
    }
    let terminators: String = run.chars().filter(|c| ".!?…".contains(*c)).collect();
    if terminators != "." {
        return true;
    }
    let word = word_before(s, sentence_start, at);
    if word.is_empty() || lexicon::may_end_sentence(word) {
        return true;
    }
    if is_initial(word) || is_dotted_acronym(word) || lexicon::is_abbreviation(word) {
        return false;
    }
    // `1. Primo punto`: a list number alone is not a sentence.
    let leading_number =
        word.bytes().all(|b| b.is_ascii_digit()) && s[sentence_start..at].trim() == word;
    !leading_number
}

/// The word (letters, digits and inner dots) that ends right before byte `at`.
fn word_before(s: &str, floor: usize, at: usize) -> &str {
    let head = &s[floor..at];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    head[start..].trim_start_matches('.')
}

/// A single capital letter: an initial such as the `G.` of `G. Verdi`.
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters in groups of one or two joined by dots: `S.p.A`, `F.P`, `U.S.A`.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// True when a quotation's text so far has at least [`MIN_QUOTED_WORDS`] words (runs
/// of alphanumeric characters). Looks at no more than a few hundred bytes, so that a
/// quotation left open does not make the pass quadratic.
/// Words a quotation has said so far, counted incrementally: asking again about the
/// same quotation scans only the text added since the last question, so that a
/// quotation full of terminators (`«. . . .`) costs O(1) per terminator instead of
/// a rescan of up to [`QuotedWords::LOOK`] bytes each time.
#[derive(Default)]
struct QuotedWords {
    from: usize,
    upto: usize,
    words: usize,
}

impl QuotedWords {
    /// Beyond this many bytes a quotation has said enough, whatever its words:
    /// each decision stays local.
    const LOOK: usize = 200;

    /// True when `s[from..to]` is longer than [`Self::LOOK`] or has at least
    /// [`MIN_QUOTED_WORDS`] words (runs of alphanumeric characters). `to` is a
    /// terminator, so the counts of consecutive stretches add up exactly.
    fn said_enough(&mut self, s: &str, from: usize, to: usize) -> bool {
        if to.saturating_sub(from) > Self::LOOK {
            return true;
        }
        if from != self.from || to < self.upto || self.upto < from {
            *self = QuotedWords {
                from,
                upto: from,
                words: 0,
            };
        }
        if self.words < MIN_QUOTED_WORDS {
            self.words += s[self.upto..to]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count();
        }
        self.upto = to;
        self.words >= MIN_QUOTED_WORDS
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn may_stop_finds_every_stop_byte() {
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut bytes = [b'a'; 8];
                bytes[pos] = b;
                let stop = b >= 0x80 || matches!(b, b'.' | b'!' | b'?' | b'"');
                assert_eq!(
                    super::may_stop(u64::from_le_bytes(bytes)),
                    stop,
                    "{b} at {pos}"
                );
            }
        }
    }

    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sents("Uno due. Tre quattro! Cinque?"),
            ["Uno due.", "Tre quattro!", "Cinque?"]
        );
    }

    #[test]
    fn abbreviations_and_titles() {
        assert_eq!(
            sents("Salve Sig.ra Mengoni! Come sta oggi?"),
            ["Salve Sig.ra Mengoni!", "Come sta oggi?"]
        );
        assert_eq!(
            sents("Sono l'Ing. Mengozzi. Ciao."),
            ["Sono l'Ing. Mengozzi.", "Ciao."]
        );
        assert_eq!(
            sents("Lo ha detto il dott. Rossi oggi."),
            ["Lo ha detto il dott. Rossi oggi."]
        );
        assert_eq!(
            sents("Vedi art. 3 del codice."),
            ["Vedi art. 3 del codice."]
        );
    }

    #[test]
    fn initials_and_acronyms() {
        assert_eq!(
            sents("Lo scrisse G. Verdi a Milano."),
            ["Lo scrisse G. Verdi a Milano."]
        );
        assert_eq!(
            sents("La Fiat S.p.A. Torino ha chiuso."),
            ["La Fiat S.p.A. Torino ha chiuso."]
        );
    }

    #[test]
    fn numbers_and_addresses() {
        assert_eq!(
            sents("Costa 1.234,5 euro. Poi cala."),
            ["Costa 1.234,5 euro.", "Poi cala."]
        );
        assert_eq!(
            sents("Scrivi a info@esempio.it. Grazie."),
            ["Scrivi a info@esempio.it.", "Grazie."]
        );
        assert_eq!(
            sents("Vai su www.esempio.it/a.b oggi."),
            ["Vai su www.esempio.it/a.b oggi."]
        );
        assert_eq!(
            sents("1. Primo punto del piano."),
            ["1. Primo punto del piano."]
        );
    }

    #[test]
    fn era_abbreviations_may_end_a_sentence() {
        assert_eq!(
            sents("Morì nel 50 a.C. Poi venne Augusto."),
            ["Morì nel 50 a.C.", "Poi venne Augusto."]
        );
        assert_eq!(
            sents("Ci sono mele, pere ecc. Non altro."),
            ["Ci sono mele, pere ecc.", "Non altro."]
        );
    }

    #[test]
    fn bracketed_omission_is_not_an_end() {
        assert_eq!(
            sents("Disse \"Ei fu [...]\" (Manzoni)."),
            ["Disse \"Ei fu [...]\" (Manzoni)."]
        );
    }

    #[test]
    fn ellipsis_before_lower_case_continues() {
        assert_eq!(
            sents("E poi... niente di fatto."),
            ["E poi... niente di fatto."]
        );
    }

    #[test]
    fn double_full_stop_after_abbreviation() {
        assert_eq!(
            sents("Appuntamento il 23 Nov.. Grazie."),
            ["Appuntamento il 23 Nov..", "Grazie."]
        );
    }

    #[test]
    fn sentence_ends_inside_quotation() {
        let t = "Dice: «Andremo sul mercato insieme. Tutto ciò si basa su altro». Una frase.";
        assert_eq!(
            sents(t),
            [
                "Dice: «Andremo sul mercato insieme.",
                "Tutto ciò si basa su altro».",
                "Una frase."
            ]
        );
        assert_eq!(
            sents("«Fine del discorso.» Poi altro."),
            ["«Fine del discorso.»", "Poi altro."]
        );
    }

    #[test]
    fn short_quoted_verse_stays_whole() {
        let t = "\"Ei fu. Siccome immobile / dato il mortal sospiro\" (Manzoni).";
        assert_eq!(sents(t), [t]);
    }

    #[test]
    fn typographic_apostrophe_and_question_inside_quote() {
        assert_eq!(
            sents("«Perché?» chiese l’avvocato. Poi tacque."),
            ["«Perché?» chiese l’avvocato.", "Poi tacque."]
        );
    }
}
