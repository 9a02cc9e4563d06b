//! One aho-corasick pass of the gazetteer over the article, with the checks that
//! keep a listed name from matching an ordinary word: whole words only, the case as
//! listed (or the whole word in capitals, or `Eni` for a listed `ENI`), and a media
//! cue before outlets whose names are also words (`il quotidiano Domani`).

use super::lists::{Class, GAZETTEER};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A listed name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Byte range of the match.
    pub span: Range<usize>,
    /// Index into the gazetteer's entries.
    pub entry: usize,
    /// The entry's class.
    pub class: Class,
}

/// Words before an outlet that say it is one.
static MEDIA_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:quotidian[oi]|giornale|agenzia|rivista|settimanale|mensile|sito|testata|magazine|emittente|tg|telegiornale|giornalista|giornalisti|direttore|direttrice|editoriale|articolo|pagine|colonne|edizione|inviato|secondo|scrive|scrivono|riporta|riportano|riferisce|intervista(?:to|ta)? (?:a|al|dal|dalla|con)|fonte:|\()\s*(?:[[:alpha:]]+\s+)?$",
    )
    .expect("media cue regex")
});

fn word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// True when `text` may be read as the listed `form`.
fn case_ok(form: &str, text: &str, case_sensitive: bool) -> bool {
    if form == text {
        return true;
    }
    if case_sensitive {
        return false;
    }
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    if letters().all(char::is_uppercase) {
        return form.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    }
    let form_upper = form
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if form_upper && form.len() >= 3 && !form.contains(' ') {
        // `Eni` for `ENI`: a capital, then lower case.
        let mut cs = text.chars();
        return cs.next().is_some_and(char::is_uppercase) && cs.all(|c| !c.is_uppercase());
    }
    false
}

/// The listed names of `text` that lie inside one of `units`, in text order.
pub fn find(text: &str, units: &[Range<usize>]) -> Vec<Hit> {
    let g = &*GAZETTEER;
    let mut out = Vec::new();
    for m in g.automaton.find_iter(&text.to_ascii_lowercase()) {
        let (s, e) = (m.start(), m.end());
        if word_char(text[..s].chars().next_back()) || word_char(text[e..].chars().next()) {
            continue;
        }
        let found = g.patterns[m.pattern().as_usize()]
            .iter()
            .find(|p| case_ok(p.form, &text[s..e], g.entries[p.entry].case_sensitive));
        let Some(p) = found else {
            continue;
        };
        let entry = &g.entries[p.entry];
        let i = units.partition_point(|u| u.end < e);
        if !units.get(i).is_some_and(|u| u.start <= s && e <= u.end) {
            continue;
        }
        if entry.needs_cue {
            let from = units[i].start.max(s.saturating_sub(48));
            let from = (from..s).find(|&b| text.is_char_boundary(b)).unwrap_or(s);
            if !MEDIA_CUE.is_match(&text[from..s]) {
                continue;
            }
        }
        out.push(Hit {
            span: s..e,
            entry: p.entry,
            class: entry.class,
        });
    }
    for t in g
        .topical
        .iter()
        .filter(|t| t.words.iter().all(|w| text.contains(w)))
    {
        let before = out.len();
        for m in t.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let i = units.partition_point(|u| u.end < e);
            let free = !out[..before]
                .iter()
                .any(|h| h.span.start < e && s < h.span.end);
            if word_char(text[..s].chars().next_back())
                || word_char(text[e..].chars().next())
                || !units.get(i).is_some_and(|u| u.start <= s && e <= u.end)
                || !free
            {
                continue;
            }
            let entry = t.entries[m.pattern().as_usize()];
            out.push(Hit {
                span: s..e,
                entry,
                class: g.entries[entry].class,
            });
        }
        out.sort_by_key(|h| h.span.start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(&str, Class)> {
        find(s, std::slice::from_ref(&(0..s.len())))
            .into_iter()
            .map(|h| (&s[h.span], h.class))
            .collect()
    }

    #[test]
    fn case_rules() {
        assert!(case_ok("ENI", "Eni", false));
        assert!(case_ok("Microsoft", "MICROSOFT", false));
        assert!(!case_ok("Apple", "apple", false));
        assert!(!case_ok("La Stampa", "la stampa", true));
    }

    #[test]
    fn outlets_that_are_words_need_a_cue() {
        assert!(names("Domani piove.").is_empty());
        assert_eq!(
            names("lo scrive il quotidiano Domani"),
            [("Domani", Class::Company)]
        );
    }

    #[test]
    fn products_and_whole_words() {
        assert_eq!(names("il cloud Azure"), [("Azure", Class::Product)]);
        assert!(names("Microsofts").is_empty());
    }
}
