//! The marks of a brand used as a product (`un Iveco`, `una Peugeot 206`), checked by
//! hand: each function decides exactly as the regex in its doc comment (kept in the
//! tests), without compiling one.

use super::ucd;

/// `t` ends with the ASCII `word` (any case) that starts a word: the char before it,
/// if any, is not a word char (`\b`).
fn ends_with_word(t: &str, word: &str) -> bool {
    let Some(at) = t.len().checked_sub(word.len()) else {
        return false;
    };
    t.is_char_boundary(at)
        && t[at..].eq_ignore_ascii_case(word)
        && !t[..at].chars().next_back().is_some_and(ucd::word)
}

/// `t` ends with one of `words` and then white space: `(?i)\b(?:words)\s+$`.
fn word_then_space(t: &str, words: &[&str]) -> bool {
    let w = t.trim_end_matches(char::is_whitespace);
    w.len() < t.len() && words.iter().any(|word| ends_with_word(w, word))
}

/// An indefinite article ends `before`: `(?i)\b(?:un|una|uno)\s+$|\bun['’]$`.
pub fn indefinite(before: &str) -> bool {
    word_then_space(before, &["un", "una", "uno"])
        || before
            .strip_suffix(['\'', '’'])
            .is_some_and(|w| ends_with_word(w, "un"))
}

/// `volo`, `voli` end `before`: `(?i)\bvol[oi]\s+$`.
pub fn flight(before: &str) -> bool {
    word_then_space(before, &["volo", "voli"])
}

/// A model name or number follows: `^\s+(?:\d+|\p{Lu}[\p{L}-]*\d)`.
pub fn model(after: &str) -> bool {
    let t = after.trim_start_matches(char::is_whitespace);
    let mut cs = t.chars();
    t.len() < after.len()
        && match cs.next() {
            Some(c) if ucd::digit(c) => true,
            Some(c) if ucd::upper(c) => cs
                .find(|&c| !(c == '-' || ucd::letter(c)))
                .is_some_and(ucd::digit),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    /// Each function decides as its regex.
    #[test]
    fn as_the_regexes() {
        let indefinite = regex::Regex::new(r"(?i)\b(?:un|una|uno)\s+$|\bun['’]$").unwrap();
        let flight = regex::Regex::new(r"(?i)\bvol[oi]\s+$").unwrap();
        let model = regex::Regex::new(r"^\s+(?:\d+|\p{Lu}[\p{L}-]*\d)").unwrap();
        let parts = [
            "un", "UN", "Una", "uno", "unA", "a", "x", " ", "  ", "\u{a0}", "'", "’", "volo",
            "VOLI", "vol", "i", "o", "_", "é", "5", "٣", "A", "Zé", "-", "ǅ", ".", "K", "\u{301}",
        ];
        for s in crate::testing::random_texts(&parts, 5, 60_000, 7) {
            assert_eq!(super::indefinite(&s), indefinite.is_match(&s), "{s:?}");
            assert_eq!(super::flight(&s), flight.is_match(&s), "{s:?}");
            assert_eq!(super::model(&s), model.is_match(&s), "{s:?}");
        }
    }
}
