//! Capitals that are no body: a standard, a unit or a code (`GPRS / EDGE`, `alle
//! 12.30 BST`, `NMB1`), capitals among codes, an acronym after a thing's noun (`la
//! legge SOPA`); and capitals with full stops (`W.W.F.`), which are a body's. The
//! acronym step of classification asks these.

use std::ops::Range;

/// Nouns right before an acronym that make it a thing, not a body (`la legge SOPA`,
/// `il piano PUMS`, `la tecnologia NFC`, `il lanciatore VEGA`).
pub const THING: &[&str] = &[
    "decreto",
    "direttiva",
    "esame",
    "farmaco",
    "formato",
    "lanciatore",
    "legge",
    "missile",
    "modello",
    "norma",
    "piano",
    "programma",
    "progetto",
    "protocollo",
    "satellite",
    "sistema",
    "standard",
    "tassa",
    "tecnologia",
    "test",
    "virus",
];

/// `GPRS / EDGE / HSDPA`, `Bluetooth 2.1 + EDR`, `alle 12.30 BST`, `_ _ NOTOC _ _`:
/// capitals among slashes, after a number or in markup are a standard, a unit or a
/// code, not a body.
pub fn technical(text: &str, span: &Range<usize>) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    before.ends_with(|c: char| matches!(c, '/' | '+' | '_') || c.is_ascii_digit())
        || after.starts_with(['/', '+', '_'])
}

/// A code of capitals and digits (`NMB1`, `N46`, `N2L`): one to four capitals, one to
/// three digits, perhaps a capital.
fn code(w: &str) -> bool {
    let b = w.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[caps..].iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &b[caps + digits..];
    (1..=4).contains(&caps)
        && (1..=3).contains(&digits)
        && (rest.is_empty() || rest.len() == 1 && rest[0].is_ascii_uppercase())
}

/// `le linee notturne (NMA, NMB, NMB1, NMC e NME)`, `NME (ex N3)`: capitals among
/// codes of capitals and digits, on the same line and within 40 bytes, are codes too
/// (lines, models), not bodies.
pub fn among_codes(text: &str, span: &Range<usize>) -> bool {
    let mut from = span.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let line = |s: &str| !s.contains('\n');
    line(&text[from..span.start])
        && line(&text[span.end..to])
        && text[from..to]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(code)
}

/// `W.W.F`, `A.SE.CON`, `T.A.R`: capitals in two or more parts with full stops
/// between them, three letters or more (not `U.S`, `D.C`).
pub fn dotted(w: &str) -> bool {
    let parts = w.split('.');
    w.contains('.')
        && w.chars().filter(|c| c.is_uppercase()).count() >= 3
        && parts
            .clone()
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capitals among slashes, after a number or in markup, and among codes; twins
    /// in running text.
    #[test]
    fn standards_and_codes() {
        let at = |text: &str, w: &str| {
            let s = text.find(w).unwrap();
            s..s + w.len()
        };
        let t = "Supporta GPRS / EDGE e altro.";
        assert!(technical(t, &at(t, "EDGE")));
        let t = "La sigla EDGE indica altro.";
        assert!(!technical(t, &at(t, "EDGE")));
        let t = "Le linee notturne (NMA, NMB1, NMC) cambiano.";
        assert!(among_codes(t, &at(t, "NMA")));
        let t = "Il sindacato NMA protesta da mesi contro la riforma delle linee.";
        assert!(!among_codes(t, &at(t, "NMA")));
        assert!(code("NMB1") && code("N46") && !code("NMB") && !code("N12345"));
    }

    #[test]
    fn dotted_acronyms() {
        assert!(dotted("W.W.F") && dotted("A.SE.CON"));
        assert!(!dotted("U.S") && !dotted("WWF"));
        assert!(THING.contains(&"legge"));
    }
}
