//! Line-ups in sports reports: `Italia: Papi 6, Semenzato 10, Fei 15, Corsano (L);
//! non entrati: Cernic, Cozzi` or `Panico (41 Quaglio), Gega, Fuser`. In a sentence
//! with at least three `Surname points` items or two `(minute Surname)` changes,
//! every capitalised item of the list is a player: a person.

use super::discovery::Cand;
use super::gazetteer::Hit;
use super::lists::{Class, STOP};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// `Semenzato 10,`: a name and a number, then a separator or the end.
static SCORED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}[\p{Ll}’'-]+ \d{1,2}(?:[,;.]|$)").expect("scored item regex")
});

/// `(41 Quaglio)`: a substitution, minute and player.
static CHANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\d{1,2}\s+\p{Lu}").expect("change regex"));

/// An item: after a separator (or a substitution's minute), one or two capitalised
/// words; [`END`] must follow.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[,;:]\s*|\(\d{1,2}\s+)((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)",
    )
    .expect("line-up item regex")
});

/// What follows an item: a number, a bracket, a separator or the end.
static END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s+\d{1,2}\b|\s*\(|\s*[,;).]|\s*$)").expect("end regex"));

/// Words that open the parts of a line-up and are not players.
const NOT_PLAYERS: &[&str] = &[
    "All",
    "Allenatore",
    "Arbitro",
    "Arbitri",
    "Capitano",
    "Marcatori",
    "Note",
    "Spettatori",
];

/// Marks the players of a line-up `unit` as people: an unresolved candidate with the
/// item's span becomes a person, an item with no candidate gets one. Listed names
/// (teams, places) are left alone. Only in a sports article (`is_sports` caches
/// [`super::teams::sports`]).
pub fn players(
    text: &str,
    unit: &Range<usize>,
    hits: &[Hit],
    from: usize,
    is_sports: &mut Option<bool>,
    out: &mut Vec<Cand>,
) {
    let s = &text[unit.clone()];
    // (`nth` stops at the count wanted, `count` would read on)
    if s.bytes().filter(u8::is_ascii_digit).nth(1).is_none() {
        return;
    }
    // Each `SCORED` item has a space before a digit, each `CHANGE` a bracket before
    // one: fewer such pairs spare the regexes.
    let (mut spaces, mut brackets) = (0, 0);
    for (i, pair) in s.as_bytes().windows(2).enumerate() {
        if matches!(pair[0], b' ' | b'(')
            && (pair[1].is_ascii_digit()
                || pair[1] >= 0x80 && s[i + 1..].chars().next().is_some_and(char::is_numeric))
        {
            if pair[0] == b' ' {
                spaces += 1;
            } else {
                brackets += 1;
            }
        }
    }
    if (spaces < 3 || SCORED.find_iter(s).nth(2).is_none())
        && (brackets < 2 || CHANGE.find_iter(s).nth(1).is_none())
        || !*is_sports.get_or_insert_with(|| super::teams::sports(text))
    {
        return;
    }
    for m in ITEM.captures_iter(s).filter_map(|c| c.get(1)) {
        let span = unit.start + m.start()..unit.start + m.end();
        let word = m.as_str();
        if !END.is_match(&s[m.end()..])
            || NOT_PLAYERS.contains(&word)
            || STOP.contains(word.to_lowercase().as_str())
            || hits
                .iter()
                .any(|h| h.span.start < span.end && span.start < h.span.end)
        {
            continue;
        }
        let same = out[from..]
            .iter_mut()
            .find(|c| c.span.start < span.end && span.start < c.span.end);
        match same {
            Some(c) if c.span == span && c.class == Class::Nothing => c.class = Class::Person,
            Some(_) => {}
            None => out.push(Cand {
                span: span.clone(),
                name: span,
                class: Class::Person,
                entry: None,
                words: word.split(' ').count(),
                initial: false,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::extract;
    use crate::reader::Article;

    fn people(s: &str) -> Vec<String> {
        let a = Article::parse(s);
        extract(&a).people.iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn players_in_line_ups() {
        let p = people("Partita di pallavolo, il girone della finale. Italia: Papi 6, Semenzato 10, Fei 15, Corsano (L), Savani; non entrati: Cernic, Cozzi.");
        for n in [
            "Papi",
            "Semenzato",
            "Fei",
            "Corsano",
            "Savani",
            "Cernic",
            "Cozzi",
        ] {
            assert!(p.contains(&n.to_string()), "{n} in {p:?}");
        }
        let p = people("Rugby, la partita del girone. Italia: Canna (70 Allan), Bronzini (70 Gori); Panico (41 Quaglio), Gega.");
        for n in [
            "Canna", "Allan", "Bronzini", "Gori", "Panico", "Quaglio", "Gega",
        ] {
            assert!(p.contains(&n.to_string()), "{n} in {p:?}");
        }
        // A list of places with numbers is not a line-up of people.
        assert!(people("Nuovi casi: Roma 6, Milano 10, Napoli 15.").is_empty());
        // Outside sport a list with numbers is not a line-up.
        assert!(people("Modelli: Ace 5, Mini 4, Tab 3, Note 2.").is_empty());
    }
}
