//! Character classes for the hand-written matchers of the entity stage, answered by
//! the standard library's Unicode tables (`char::is_uppercase` and friends, the
//! derived properties of the Unicode version Rust ships), with an ASCII fast path.
//! They differ from the regex classes `\p{Lu}`, `\p{L}`, `\d` the matchers once
//! replaced only on characters news text does not carry as names or figures (circled
//! letters, superscript digits), and the output on every corpus is the same.

/// An upper-case letter (`Uppercase`).
pub fn upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// A lower-case letter (`Lowercase`).
pub fn lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

/// A letter (`Alphabetic`).
pub fn letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// A digit (`Numeric`; `0`-`9` in ASCII).
pub fn digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

/// A word character, as for a word boundary: a letter, a digit, `_`, or a combining
/// mark (text in decomposed form writes `é` as `e` + U+0301, still one word).
pub fn word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || combining_mark(c)
    }
}

/// The combining diacritical marks of the blocks Latin, Greek and Cyrillic text use.
fn combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each class on the characters Italian news writes, with its trap.
    #[test]
    fn classes_of_news_characters() {
        type Class = fn(char) -> bool;
        let table: &[(Class, &str, &str)] = &[
            (upper, "AZÀÉÈÌÒÙÇÑÖŁŚ", "az0-_'’àé"),
            (lower, "azàéèìòùçñößł", "AZ0-_'’ÀÉ"),
            (letter, "AzÀéßŁłÑ", "0-_'’ «»€"),
            (digit, "0123456789", "aA-_,.%€"),
            (word, "aZ09_àÉß\u{301}", " -'’«».,%€"),
        ];
        for &(class, yes, no) in table {
            for c in yes.chars() {
                assert!(class(c), "{c:?} is in");
            }
            for c in no.chars() {
                assert!(!class(c), "{c:?} is not");
            }
        }
    }
}
