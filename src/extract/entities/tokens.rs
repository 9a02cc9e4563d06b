//! Words of one unit (the title or a sentence) with the facts name finding needs.
//!
//! A word is a run of letters and digits; `-`, `.`, `&` and apostrophes between two
//! of them stay inside it (`Jean-Christophe`, `S.p.A`, `AT&T`, `D'Alema`, `Tod's`).
//! An elided article or preposition before an apostrophe is its own word, apostrophe
//! included (`dell'` + `Economia`, `l'` + `Autorità`), except for a capitalised
//! prefix in the middle of a sentence (`D'Alema`, `L'Oréal`).

use std::ops::Range;

/// Elided words that end in an apostrophe (`dell'Economia`), compared in lower case.
const ELIDED: &[&str] = &[
    "all", "c", "coll", "d", "dall", "dell", "l", "nell", "quell", "quest", "s", "sull", "un",
];

/// One word of a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the article text.
    pub span: Range<usize>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Every letter is upper case and there are at least two letters (`ANSA`, `II`).
    pub upper: bool,
    /// Only digits.
    pub digits: bool,
    /// Opens the unit or follows an opening quotation mark, colon, or dash: a capital
    /// here says nothing about a name.
    pub initial: bool,
}

fn apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '&') || apostrophe(c)
}

/// The words of `unit` (a byte range of `text`).
pub fn tokenize(text: &str, unit: Range<usize>) -> Vec<Tok> {
    let s = &text[unit.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut initial = true;
    while i < chars.len() {
        let (b, c) = chars[i];
        if !c.is_alphanumeric() {
            if matches!(c, '«' | '“' | '"' | '‘' | ':' | '–' | '—' | '.' | '!' | '?') {
                initial = true;
            } else if !c.is_whitespace() {
                initial = false;
            }
            i += 1;
            continue;
        }
        let start = b;
        let mut j = i;
        loop {
            while j < chars.len() && chars[j].1.is_alphanumeric() {
                j += 1;
            }
            if j + 1 < chars.len() && joiner(chars[j].1) && chars[j + 1].1.is_alphanumeric() {
                if apostrophe(chars[j].1) {
                    let prefix = &s[start..chars[j].0];
                    let lower = prefix.to_lowercase();
                    let capital = prefix.chars().next().is_some_and(char::is_uppercase);
                    if ELIDED.contains(&lower.as_str()) && (!capital || initial) {
                        j += 1; // the word ends with its apostrophe
                        break;
                    }
                }
                j += 1;
                continue;
            }
            break;
        }
        let end = chars.get(j).map_or(s.len(), |x| x.0);
        let word = &s[start..end];
        let letters = word.chars().filter(|c| c.is_alphabetic());
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        let upper = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
        let digits = word.chars().all(|c| c.is_ascii_digit());
        out.push(Tok {
            span: unit.start + start..unit.start + end,
            cap,
            upper,
            digits,
            initial,
        });
        initial = false;
        i = j;
    }
    out
}

/// The text between two words is only white space (a name may continue across it).
pub fn adjacent(text: &str, a: &Tok, b: &Tok) -> bool {
    let gap = &text[a.span.end..b.span.start];
    if gap.is_empty() {
        return text[..a.span.end].ends_with(apostrophe);
    }
    gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The word is an initial followed by a full stop (`W.` in `George W. Bush`).
pub fn is_initial(text: &str, t: &Tok) -> bool {
    let w = &text[t.span.clone()];
    w.chars().count() == 1 && t.cap && text[t.span.end..].starts_with(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| &s[t.span])
            .collect()
    }

    #[test]
    fn elisions_split_but_names_stay_whole() {
        assert_eq!(
            words("L'Autorità e il Ministero dell'Economia con D'Alema"),
            [
                "L'",
                "Autorità",
                "e",
                "il",
                "Ministero",
                "dell'",
                "Economia",
                "con",
                "D'Alema"
            ]
        );
        assert_eq!(
            words("Tod's e S.p.A. e AT&T"),
            ["Tod's", "e", "S.p.A", "e", "AT&T"]
        );
        assert_eq!(
            words("Jean-Christophe Péraud"),
            ["Jean-Christophe", "Péraud"]
        );
    }

    #[test]
    fn initial_positions() {
        let s = "Oggi Enel: «Bene» dice Eni";
        let t = tokenize(s, 0..s.len());
        let flags: Vec<bool> = t.iter().map(|t| t.initial).collect();
        assert_eq!(flags, [true, false, true, false, false]);
    }
}
