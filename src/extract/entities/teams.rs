//! Places that stand for sports teams. In a sports article a country or a city with
//! an article before it (`la Svezia`, `contro la Nuova Zelanda`, `il Frosinone`,
//! `dell'Italia`) or paired in a match (`Italia - Croazia`, `AUSTRALIA 34-17`) is
//! the national team or the club: an organization (`spec/EXTRACTION.md`: sports
//! teams). Outside sports, and without those marks (`in Italia`), it stays a place.

use super::gazetteer::Hit;
use super::lists::Class;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words of sports reporting; an article with several different ones is about sport.
static SPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)\b(partit[ae]|campionat[oi]|allenatore|squadr[ae]|torne[oi]|mondiali|semifinal[ei]|final[ei]|classifica|calcio|rugby|pallavolo|volley|basket|pallacanestro|pallanuoto|hockey|amichevole|girone|stadio|gol|reti|arbitro|tifosi|nazionale|nazionali|azzurri|olimpiad[ei]|medaglia|pareggio|match|scudetto|tennis|ciclismo|sci|podio|coppa|attaccante|portiere|centrocampista|difensore|fuorigioco|rigore|ottavi|quarti|under 21|primo tempo|secondo tempo)\b",
    )
    .expect("sport regex")
});

/// A match score right after a name (`34-17`, `(6-0)`).
static SCORE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\(?\d{1,3}\s*[-–]\s*\d{1,3}\b").expect("score regex"));

/// A pairing right after a name (`Italia - Croazia`).
static PAIR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+[-–]\s+\p{Lu}").expect("pair regex"));

/// A pairing right before a name (`Italia - Croazia`).
static PAIR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}\s+[-–]\s+$").expect("pair regex"));

/// Articles and articulated prepositions that make a place a team in sports.
const ARTICLES: &[&str] = &[
    "la", "il", "lo", "l'", "della", "del", "dello", "dell'", "alla", "al", "allo", "all'",
    "dalla", "dal", "dallo", "dall'", "sulla", "sul", "sull'", "contro",
];

/// Places that are never a team (continents and seas).
const NEVER: &[&str] = &[
    "Africa",
    "America",
    "Asia",
    "Casa Bianca",
    "Europa",
    "Mediterraneo",
    "Oceania",
    "Sudamerica",
];

/// True when the article is about sport: at least three different sports words, or
/// two and a score.
pub fn sports(text: &str) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for m in SPORT.find_iter(text) {
        let w = m.as_str();
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            seen.push(w);
            if seen.len() >= 3 {
                return true;
            }
        }
    }
    false
}

/// The word right before `at` in `unit` (`l'` for an elision) and where it starts.
fn word_before(text: &str, unit: &Range<usize>, at: usize) -> (String, usize) {
    let before = &text[unit.start..at];
    let elided = before.ends_with('\'') || before.ends_with('’');
    let trimmed = if elided { before } else { before.trim_end() };
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(i, c)| {
            !(c.is_alphabetic()
                || (elided && (*c == '\'' || *c == '’') && *i + c.len_utf8() == trimmed.len()))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = trimmed[start..].to_lowercase().replace('’', "'");
    (word, unit.start + start)
}

/// Turns the place hits that name sports teams into organizations.
/// `is_sports` caches [`sports`] for the article.
pub fn retag(text: &str, units: &[Range<usize>], hits: &mut [Hit], is_sports: &mut Option<bool>) {
    for h in hits.iter_mut().filter(|h| h.class == Class::Place) {
        let name = &text[h.span.clone()];
        if NEVER.contains(&name) {
            continue;
        }
        // Units are in text order and disjoint: a binary search, not a scan per hit.
        let k = units.partition_point(|u| u.end < h.span.end);
        let Some(unit) = units
            .get(k)
            .filter(|u| u.start <= h.span.start && h.span.end <= u.end)
        else {
            continue;
        };
        let to = (h.span.end..=unit.end.min(h.span.end + 24))
            .rev()
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(h.span.end);
        let after = &text[h.span.end..to];
        // Only the last few bytes: an end-anchored regex scans all it is given.
        let from = (unit.start.max(h.span.start.saturating_sub(16))..h.span.start)
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(h.span.start);
        let before = &text[from..h.span.start];
        let (word, at) = word_before(text, unit, h.span.start);
        // `Gran Premio della Cina`: the place ends the name of an event.
        let head = text[unit.start..at].trim_end();
        let in_name = word != "contro"
            && head.chars().next_back().is_some_and(char::is_alphabetic)
            && head
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let marked = ARTICLES.contains(&word.as_str()) && !in_name
            || SCORE_AFTER.is_match(after)
            || PAIR_AFTER.is_match(after)
            || PAIR_BEFORE.is_match(before);
        if marked && *is_sports.get_or_insert_with(|| sports(text)) {
            h.class = Class::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::extract;
    use crate::reader::Article;

    fn orgs(s: &str) -> Vec<String> {
        let a = Article::parse(s);
        extract(&a)
            .organizations
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    #[test]
    fn national_teams_in_sport() {
        let s = "Dopo la sconfitta nella partita di campionato, la squadra azzurra torna in Italia. L'Italia ha battuto la Svezia (6-0) nel girone.";
        let o = orgs(s);
        assert!(o.contains(&"Italia".to_string()), "{o:?}");
        assert!(o.contains(&"Svezia".to_string()), "{o:?}");
        // Outside sport a country is a place.
        assert!(orgs(
            "La Svezia ha deciso di alzare le tasse. Il governo della Svezia ha parlato."
        )
        .is_empty());
    }

    #[test]
    fn contrade_only_with_the_palio() {
        let s = "Il Palio di Siena è stato vinto dalla contrada della Lupa; seconda la Torre.";
        let o = orgs(s);
        assert!(
            o.contains(&"Lupa".to_string()) && o.contains(&"Torre".to_string()),
            "{o:?}"
        );
        assert!(orgs("La Lupa capitolina è il simbolo di Roma.").is_empty());
    }
}
