//! Line-ups in sports reports: `Italia: Papi 6, Semenzato 10, Fei 15, Corsano (L);
//! non entrati: Cernic, Cozzi` or `Panico (41 Quaglio), Gega, Fuser`. In a sentence
//! with at least three `Surname points` items or two `(minute Surname)` changes,
//! every capitalised item of the list is a player: a person.

use crate::extract::entities::candidate::Candidate;
use crate::extract::entities::domains::topic::Topic;
use crate::extract::entities::gazetteer::Hit;
use crate::extract::entities::lists::{Class, STOP};
use crate::extract::entities::ucd;
use crate::extract::entities::words::PARTICLES;
use std::ops::Range;

// The matchers below decide exactly as the regexes they replaced (kept in the tests),
// which cost more to compile than a whole article to read; the Unicode classes come
// from `ucd`.

/// The char at byte `i` of `s`.
fn at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The end of the run of chars from `i` for which `f` holds.
fn skip(s: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    s[i..].find(|c: char| !f(c)).map_or(s.len(), |k| i + k)
}

/// After one or two digits at `i` (not three): where they end.
fn digits12(s: &str, i: usize) -> Option<usize> {
    let mut end = i;
    for _ in 0..2 {
        match at(s, end) {
            Some(c) if ucd::digit(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    (end > i).then_some(end)
}

/// `[’'-]` and, with `all`, any letter (`\p{L}`), else lower-case letters (`\p{Ll}`).
fn name_char(c: char, all: bool) -> bool {
    matches!(c, '’' | '\'' | '-') || if all { ucd::letter(c) } else { ucd::lower(c) }
}

/// `\p{Lu}[class]+` at `i` (class as [`name_char`]): where it ends.
fn capitalised(s: &str, i: usize, all: bool) -> Option<usize> {
    let c = at(s, i).filter(|&c| ucd::upper(c))?;
    let from = i + c.len_utf8();
    let end = skip(s, from, |c| name_char(c, all));
    (end > from).then_some(end)
}

/// `Semenzato 10,` at `i`: `\p{Lu}[\p{Ll}’'-]+ \d{1,2}(?:[,;.]|$)`; where it ends.
fn scored_at(s: &str, i: usize) -> Option<usize> {
    let end = capitalised(s, i, false)?;
    let end = digits12(s, end.checked_add(1).filter(|_| s[end..].starts_with(' '))?)?;
    match at(s, end) {
        None => Some(end),
        Some(c @ (',' | ';' | '.')) => Some(end + c.len_utf8()),
        Some(_) => None,
    }
}

/// The number of `Semenzato 10,` items in `s`, up to `n`.
fn scored(s: &str, n: usize) -> usize {
    // An item holds no capital after its first: each capital starts at most one.
    s.char_indices()
        .filter(|&(i, c)| ucd::upper(c) && scored_at(s, i).is_some())
        .take(n)
        .count()
}

/// `(41 Quaglio`: `\(\d{1,2}\s+`, then where the name may start.
fn change_at(s: &str, i: usize) -> Option<usize> {
    let end = digits12(s, i.checked_add(1).filter(|_| s[i..].starts_with('('))?)?;
    let name = skip(s, end, char::is_whitespace);
    (name > end).then_some(name)
}

/// The number of `(41 Quaglio` substitutions in `s`, up to `n`:
/// `\(\d{1,2}\s+\p{Lu}`.
fn changes(s: &str, n: usize) -> usize {
    s.match_indices('(')
        .filter(|&(i, _)| {
            change_at(s, i)
                .and_then(|k| at(s, k))
                .is_some_and(ucd::upper)
        })
        .take(n)
        .count()
}

/// An item's name at `i`: `(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?`;
/// where it ends.
fn item_name(s: &str, i: usize) -> Option<usize> {
    let words = |k: usize| {
        let end = capitalised(s, k, true)?;
        Some(
            s[end..]
                .strip_prefix(' ')
                .and_then(|_| capitalised(s, end + 1, true))
                .unwrap_or(end),
        )
    };
    if let Some(c) = at(s, i).filter(|&c| ucd::upper(c)) {
        let dot = i + c.len_utf8();
        if s[dot..].starts_with('.') {
            let after = dot + 1;
            let spaced = at(s, after)
                .filter(|c| c.is_whitespace())
                .and_then(|c| words(after + c.len_utf8()));
            if let Some(end) = spaced.or_else(|| words(after)) {
                return Some(end);
            }
        }
    }
    words(i)
}

/// The line-up items of `s`: the names the regex
/// `(?:^|[,;:]\s*|\(\d{1,2}\s+)(name)` (name as [`item_name`]) captured, in order.
fn items(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for (p, c) in s.char_indices() {
        if p < from {
            continue;
        }
        let mut found = None;
        if p == 0 {
            found = item_name(s, 0).map(|e| 0..e);
        }
        if found.is_none() {
            let name = match c {
                ',' | ';' | ':' => Some(skip(s, p + 1, char::is_whitespace)),
                '(' => change_at(s, p),
                _ => None,
            };
            found = name.and_then(|k| item_name(s, k).map(|e| k..e));
        }
        if let Some(r) = found {
            from = r.end;
            out.push(r);
        }
    }
    out
}

/// What follows an item: a number, a bracket, a separator or the end
/// (`^(?:\s+\d{1,2}\b|\s*\(|\s*[,;).]|\s*$)`).
fn item_end(rest: &str) -> bool {
    let t = rest.trim_start_matches(char::is_whitespace);
    match t.chars().next() {
        None | Some('(' | ',' | ';' | ')' | '.') => true,
        Some(_) if t.len() < rest.len() => {
            digits12(t, 0).is_some_and(|e| !t[e..].chars().next().is_some_and(ucd::word))
        }
        Some(_) => false,
    }
}

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

/// The line-up marks of `s`: how many `Papi 6,` items (up to 3) and how many
/// `(41 Quaglio` changes (up to 2, one more if it ends in `(41`) it holds. A line-up has three of the first or
/// two of the second.
pub fn number_marks(s: &str) -> (usize, usize) {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return (0, 0);
    }
    // Each item has a space before a digit, each change a bracket before one:
    // without such pairs the finer matchers need not run.
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
    let items = if spaces > 0 { scored(s, 3) } else { 0 };
    let mut changes = if brackets > 0 { changes(s, 2) } else { 0 };
    // `Canna (70` with the name on the next line: a change too.
    if brackets > 0 && changes < 2 {
        let t = s.trim_end();
        let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=2).contains(&digits) && t[..t.len() - digits].ends_with('(') {
            changes += 1;
        }
    }
    (items, changes)
}

/// Marks the players of a line-up `unit` as people: an unresolved candidate with the
/// item's span becomes a person, an item with no candidate gets one. Listed names
/// (teams, places) are left alone. Only in a sports article ([`Topic::sports`]).
///
/// `marks` are the [`number_marks`] of the unit, or of the unit and its neighbours
/// when a line-up is broken over many short lines.
pub fn players(
    text: &str,
    unit: &Range<usize>,
    marks: (usize, usize),
    hits: &[Hit],
    from: usize,
    topic: &Topic<'_>,
    out: &mut Vec<Candidate>,
) {
    if marks.0 < 3 && marks.1 < 2 || !topic.sports() {
        return;
    }
    let s = &text[unit.clone()];
    for m in items(s) {
        let span = unit.start + m.start..unit.start + m.end;
        let word = &s[m.clone()];
        if !item_end(&s[m.end..])
            || NOT_PLAYERS.contains(&word)
            || STOP.contains(word.to_lowercase().as_str())
            || hits
                .iter()
                .any(|h| h.span.start < span.end && span.start < h.span.end)
        {
            continue;
        }
        if let Some(c) = mark(span, word, &mut out[from..]) {
            out.push(c);
        }
    }
}

/// Makes the unresolved candidate with `span` a person, or, if no candidate overlaps
/// it, returns a new one to add.
fn mark(span: Range<usize>, word: &str, cands: &mut [Candidate]) -> Option<Candidate> {
    let same = cands
        .iter_mut()
        .find(|c| c.span.start < span.end && span.start < c.span.end);
    match same {
        // (`Schalkwyk` found alone: `v. Schalkwyk` is the name)
        Some(c)
            if c.class == Class::Nothing
                && span.start <= c.span.start
                && c.span.end <= span.end =>
        {
            c.class = Class::Person;
            c.span = span.clone();
            c.name = span;
            c.words = word.split(' ').count();
            None
        }
        Some(_) => None,
        None => Some(Candidate {
            span: span.clone(),
            name: span,
            class: Class::Person,
            entry: None,
            words: word.split(' ').count(),
            initial: false,
        }),
    }
}

/// Rugby's scoring codes after a scorer's name: try (`mt`), conversion (`tr`),
/// penalty (`cp`), drop goal.
const SCORING: &[&str] = &["cp", "drop", "mt", "tr"];

/// A running score in brackets (`(7-0)`) at the start of `rest`.
fn running_score(rest: &str) -> bool {
    if let Some(b) = rest.strip_prefix('(') {
        let d1 = b.bytes().take_while(u8::is_ascii_digit).count();
        let b = &b[d1..];
        let d2 = b
            .strip_prefix('-')
            .map_or(0, |b| b.bytes().take_while(u8::is_ascii_digit).count());
        return (1..=3).contains(&d1) && (1..=3).contains(&d2) && b[1 + d2..].starts_with(')');
    }
    false
}

/// After a name: a scoring code (`mt`, `cp`).
fn scoring_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split([' ', ';', ',', '.', '\n'])
        .next()
        .unwrap_or_default();
    SCORING.contains(&word)
}

/// Scorers in a sports report's summary (`v. Schalkwyk mt Canna tr (7-0);`,
/// `Padovani cp (10-0);`): a name before a scoring code or a running score is a
/// player's. Only in a sports article, in a unit with a running score.
pub fn scorers(
    text: &str,
    unit: &Range<usize>,
    hits: &[Hit],
    from: usize,
    topic: &Topic<'_>,
    out: &mut Vec<Candidate>,
) {
    let s = &text[unit.clone()];
    if !s.contains('-')
        || !s.contains('(')
        || !s.match_indices('(').any(|(i, _)| running_score(&s[i..]))
        || !topic.sports()
    {
        return;
    }
    let mut next = 0;
    for (i, c) in s.char_indices() {
        if i < next || !ucd::upper(c) {
            continue;
        }
        let boundary = s[..i]
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || matches!(p, ';' | ',' | ':' | '('));
        let Some(end) = item_name(s, i).filter(|_| boundary) else {
            continue;
        };
        next = end;
        let word = &s[i..end];
        if !scoring_after(&s[end..])
            || NOT_PLAYERS.contains(&word)
            || STOP.contains(word.to_lowercase().as_str())
        {
            continue;
        }
        // `de Allende mt`, `v. Schalkwyk mt`: a particle before the name is in it.
        let particle = s[..i]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n', ';', ',', '(']).next())
            .filter(|p| PARTICLES.contains(p) || *p == "v.")
            .map_or(0, |p| p.len() + 1);
        let span = unit.start + i - particle..unit.start + end;
        let word = &s[i - particle..end];
        if hits
            .iter()
            .any(|h| h.span.start < span.end && span.start < h.span.end)
        {
            continue;
        }
        if let Some(c) = mark(span, word, &mut out[from..]) {
            out.push(c);
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

    /// The hand-written matchers decide as the regexes they replaced, on generated
    /// line-ups.
    #[test]
    fn matchers_as_the_regexes() {
        use regex::Regex;
        let scored = Regex::new(r"\p{Lu}[\p{Ll}’'-]+ \d{1,2}(?:[,;.]|$)").unwrap();
        let change = Regex::new(r"\(\d{1,2}\s+\p{Lu}").unwrap();
        let item = Regex::new(
            r"(?:^|[,;:]\s*|\(\d{1,2}\s+)((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)",
        )
        .unwrap();
        let end = Regex::new(r"^(?:\s+\d{1,2}\b|\s*\(|\s*[,;).]|\s*$)").unwrap();
        let parts = [
            "Papi", " ", "6", "10", "123", ",", ";", ":", ".", "(", ")", "(41 ", "Quaglio",
            "De Rossi", "A.", "A. ", "R.", "È", "Èmi", "l’", "'", "-", "x", "ss", "\u{a0}", "\n",
            "٣", "Σ", "ǅ", "DE", "  ", "_", "é", "Zé",
        ];
        for s in crate::testing::random_texts(&parts, 11, 60_000, 12) {
            assert_eq!(
                super::scored(&s, 9),
                scored.find_iter(&s).take(9).count(),
                "{s:?}"
            );
            assert_eq!(
                super::changes(&s, 9),
                change.find_iter(&s).take(9).count(),
                "{s:?}"
            );
            let old: Vec<_> = item
                .captures_iter(&s)
                .filter_map(|c| c.get(1))
                .map(|m| m.range())
                .collect();
            assert_eq!(super::items(&s), old, "{s:?}");
            for k in (0..=s.len()).filter(|&k| s.is_char_boundary(k)) {
                assert_eq!(
                    super::item_end(&s[k..]),
                    end.is_match(&s[k..]),
                    "{:?}",
                    &s[k..]
                );
            }
        }
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

    #[test]
    fn line_ups_broken_over_lines_and_scorers() {
        // One item per line, as some sources print them.
        let p = people(
            "Rugby, la partita del girone.\nItalia: Padovani; Bisegni, Venditti;\nCanna (70\nAllan), Bronzini (70\nGori);\nPanico (41\nQuaglio), Gega.",
        );
        for n in [
            "Padovani", "Bisegni", "Venditti", "Canna", "Allan", "Gori", "Quaglio",
        ] {
            assert!(p.contains(&n.to_string()), "{n} in {p:?}");
        }
        // Scorers before rugby's scoring codes, particles included.
        let p = people("Rugby, la partita del girone. Marcatori: 11 v. Schalkwyk mt Canna tr (7-0); 17 de Allende mt Lambie tr (7-7); 30 Padovani cp (10-7).");
        for n in ["v. Schalkwyk", "Canna", "de Allende", "Lambie", "Padovani"] {
            assert!(p.contains(&n.to_string()), "{n} in {p:?}");
        }
        // A team before a running score is no scorer.
        let p = people("Pallanuoto, la partita del girone: Pro Recco - Jug Dubrovnik (9-7).");
        assert!(p.is_empty(), "{p:?}");
    }
}
