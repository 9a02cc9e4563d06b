//! Places that stand for sports teams. In a sports article a country or a city with
//! an article before it (`la Svezia`, `contro la Nuova Zelanda`, `il Frosinone`,
//! `dell'Italia`) or paired in a match (`Italia - Croazia`, `AUSTRALIA 34-17`) is
//! the national team or the club: an organization (`spec/EXTRACTION.md`: sports
//! teams). Outside sports, and without those marks (`in Italia`), it stays a place.

use crate::extract::entities::candidate::Candidate;
use crate::extract::entities::domains::topic::Topic;
use crate::extract::entities::gazetteer::Hit;
use crate::extract::entities::lists::Class;
use crate::extract::entities::tokens::EntityWord;
use crate::extract::entities::ucd;
use std::ops::Range;

/// After up to `max` digits at `i` (not more): where they end.
fn digits(s: &str, i: usize, max: usize) -> Option<usize> {
    let mut end = i;
    let mut cs = s[i..].chars();
    for _ in 0..max {
        match cs.next() {
            Some(c) if ucd::digit(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    (end > i).then_some(end)
}

/// A dash of a score or a pairing (`ITALIA — SUDAFRICA 20-18`).
fn dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// A match score right after a name (`34-17`, `(6-0)`):
/// `^\s*\(?\d{1,3}\s*[-–—]\s*\d{1,3}\b`.
fn score_after(s: &str) -> bool {
    let t = s.trim_start_matches(char::is_whitespace);
    let t = t.strip_prefix('(').unwrap_or(t);
    let Some(end) = digits(t, 0, 3) else {
        return false;
    };
    let rest = t[end..].trim_start_matches(char::is_whitespace);
    let Some(rest) = rest.strip_prefix(dash) else {
        return false;
    };
    let rest = rest.trim_start_matches(char::is_whitespace);
    digits(rest, 0, 3).is_some_and(|e| !rest[e..].chars().next().is_some_and(ucd::word))
}

/// A pairing right after a name (`Italia - Croazia`): `^\s+[-–—]\s+\p{Lu}`.
fn pair_after(s: &str) -> bool {
    let t = s.trim_start_matches(char::is_whitespace);
    t.len() < s.len()
        && t.strip_prefix(dash).is_some_and(|r| {
            let u = r.trim_start_matches(char::is_whitespace);
            u.len() < r.len() && u.chars().next().is_some_and(ucd::upper)
        })
}

/// A pairing right before a name (`Italia - Croazia`): `\p{L}\s+[-–—]\s+$`.
fn pair_before(s: &str) -> bool {
    let t = s.trim_end_matches(char::is_whitespace);
    t.len() < s.len()
        && t.strip_suffix(dash).is_some_and(|r| {
            let u = r.trim_end_matches(char::is_whitespace);
            u.len() < r.len() && u.chars().next_back().is_some_and(ucd::letter)
        })
}

/// Articles and articulated prepositions that make a place a team in sports.
const ARTICLES: &[&str] = &[
    "la", "il", "lo", "l'", "della", "del", "dello", "dell'", "alla", "al", "allo", "all'",
    "dalla", "dal", "dallo", "dall'", "sulla", "sul", "sull'", "contro", "col",
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
/// Only in a sports article ([`Topic::sports`], asked only when a mark is found).
pub fn retag(text: &str, units: &[Range<usize>], hits: &mut [Hit], topic: &Topic<'_>) {
    let mut found = Vec::new();
    for (i, h) in hits.iter_mut().enumerate() {
        if h.class != Class::Place {
            continue;
        }
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
        // (Only after a preposition: `la Polonia` after `Bardonecchia` or `gruppo B`
        // starts a clause.)
        let in_name = !matches!(word.as_str(), "contro" | "la" | "il" | "lo" | "l'")
            && head.chars().next_back().is_some_and(char::is_alphabetic)
            && head
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        // A team in a match or a line-up carries the places listed with it; one
        // after an article does not (`negli stati del Texas, Arkansas`).
        let paired = score_after(after)
            || pair_after(after)
            || pair_before(before)
            || lineup_head(&text[h.span.end..]);
        let marked = paired || ARTICLES.contains(&word.as_str()) && !in_name;
        if marked && topic.sports() {
            h.class = Class::Organization;
            found.push((i, paired));
        }
    }
    if !topic.surely_not_sports() {
        let mut team = vec![Mark::Listed; hits.len()];
        found
            .into_iter()
            .for_each(|(i, p)| team[i] = if p { Mark::Team } else { Mark::Place });
        linked(text, units, hits, &mut team, topic);
    }
}

/// A line-up after a team (`ITALIA: Padovani; Bisegni, Benvenuti`, `Brasile: André
/// 14, Dante 9`): a colon, a capitalised word and at least two separators soon after.
/// The line-up may start on the next line (`NUOVA ZELANDA:` / `B. Smith, ...`).
fn lineup_head(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(':') else {
        return false;
    };
    let t = r.trim_start_matches(char::is_whitespace);
    if t.len() == r.len() {
        return false;
    }
    let r = t;
    if !r.chars().next().is_some_and(ucd::upper) {
        return false;
    }
    let end = (0..=r.len().min(60))
        .rev()
        .find(|&b| r.is_char_boundary(b))
        .unwrap_or(0);
    r[..end].bytes().filter(|&b| b == b',' || b == b';').count() >= 2
}

/// Words before `tra X e Y` that make the pair a match.
const MATCH_WORDS: &[&str] = &[
    "amichevole",
    "derby",
    "finale",
    "gara",
    "incontro",
    "match",
    "partita",
    "semifinale",
    "sfida",
];

/// A match word among the last few words before byte `at` of the unit.
fn match_before(text: &str, unit_start: usize, at: usize) -> bool {
    let from = (unit_start.max(at.saturating_sub(48))..at)
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(at);
    text[from..at]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .any(|w| MATCH_WORDS.iter().any(|m| m.eq_ignore_ascii_case(w)))
}

/// What [`retag`] found of a hit.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    /// As the gazetteer lists it.
    Listed,
    /// A place made a team by an article only (`del Texas`): it carries nothing.
    Place,
    /// A team in a match or a line-up.
    Team,
}

/// A team named by a single capitalised word (`Atalanta`, `Udinese`) or found a
/// team in a match or a line-up: what makes the places listed with it teams.
fn teamish(text: &str, h: &Hit, team: Mark) -> bool {
    team == Mark::Team
        || team == Mark::Listed && h.class == Class::Organization && {
            let name = &text[h.span.clone()];
            !name.contains(' ') && name.chars().skip(1).any(char::is_lowercase)
        }
}

/// Places listed with a team or paired with one in a match are teams: `di Atalanta,
/// Udinese, Bologna, Vicenza e Padova`, `la partita tra Fiorentina e Napoli` (and, after a match word, `tra Sudafrica e
/// Messico`). Only in a sports article; `team` marks the hits found teams in a match
/// or a line-up; one pass forward and one back carry a team along a list.
fn linked(
    text: &str,
    units: &[Range<usize>],
    hits: &mut [Hit],
    team: &mut [Mark],
    topic: &Topic<'_>,
) {
    let unit_of = |h: &Hit| {
        let k = units.partition_point(|u| u.end < h.span.end);
        units
            .get(k)
            .filter(|u| u.start <= h.span.start && h.span.end <= u.end)
    };
    let joined = |a: &Hit, b: &Hit| {
        a.span.end <= b.span.start
            && matches!(&text[a.span.end..b.span.start], ", " | " e " | " ed ")
            && unit_of(a).is_some_and(|u| b.span.end <= u.end)
    };
    let can = |h: &Hit| h.class == Class::Place && !NEVER.contains(&&text[h.span.clone()]);
    for i in 1..hits.len() {
        let (a, b) = (&hits[i - 1], &hits[i]);
        if !joined(a, b) {
            continue;
        }
        let tra = || {
            unit_of(a).is_some_and(|u| {
                let (w, at) = word_before(text, u, a.span.start);
                matches!(w.as_str(), "tra" | "fra")
                    && &text[a.span.end..b.span.start] != ", "
                    && match_before(text, u.start, at)
            })
        };
        let (ta, tb) = (teamish(text, a, team[i - 1]), teamish(text, b, team[i]));
        let both = (can(a) || can(b)) && tra();
        let fwd = can(b) && (ta || both);
        let back = can(a) && (tb || both);
        if (fwd || back) && !topic.sports() {
            return;
        }
        if fwd {
            hits[i].class = Class::Organization;
            team[i] = Mark::Team;
        }
        if back {
            hits[i - 1].class = Class::Organization;
            team[i - 1] = Mark::Team;
        }
    }
    for i in (1..hits.len()).rev() {
        let (a, b) = (&hits[i - 1], &hits[i]);
        if joined(a, b) && can(a) && teamish(text, b, team[i]) {
            hits[i - 1].class = Class::Organization;
            team[i - 1] = Mark::Team;
        }
    }
}

/// Marks `span` an organization: the candidate the candidates stage found there (if
/// nothing else claimed it) or a new one. Not over a gazetteer hit (places are
/// [`retag`]'s).
fn team_cand(
    span: Range<usize>,
    words: usize,
    hits: &[Hit],
    cands: &mut Vec<Candidate>,
    from: usize,
) {
    if hits
        .iter()
        .any(|h| h.span.start < span.end && span.start < h.span.end)
    {
        return;
    }
    let mut same = cands[from..]
        .iter_mut()
        .filter(|c| c.span.start < span.end && span.start < c.span.end);
    match same.next() {
        Some(c) if c.class == Class::Nothing && c.span == span => c.class = Class::Organization,
        Some(_) => {}
        None => cands.push(Candidate {
            words,
            span: span.clone(),
            name: span,
            class: Class::Organization,
            entry: None,
            initial: false,
        }),
    }
}

/// Words after a `Nazionale` that stands alone (`in Nazionale nel 2001`, `della
/// Nazionale degli anni '70`).
const AFTER_NAZIONALE: &[&str] = &[
    "a", "ai", "al", "alla", "che", "con", "contro", "da", "dal", "degli", "dei", "del", "della",
    "di", "e", "ha", "in", "nel", "nella", "per", "è",
];

/// Clubs and the national team named in a sports article's unit (its tokens `toks`):
/// the capitalised name after a plural nationality and `del`/`dello` (`i croati del
/// Mladost`, `gli slovacchi dello Žilina`, up to three words) and `Nazionale` alone
/// after a word in lower case (`in Nazionale nel 2001`, `della Nazionale.`; not
/// `Alleanza Nazionale`). `from` is where the unit's candidates start in `cands`.
pub fn clubs(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    from: usize,
    topic: &Topic<'_>,
    cands: &mut Vec<Candidate>,
) {
    if topic.surely_not_sports() {
        return;
    }
    let word = |k: usize| &text[toks[k].span.clone()];
    // One space between tokens `k` and `k + 1`: the same phrase.
    let spaced = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|n| n.span.start == toks[k].span.end + 1)
            && text.as_bytes()[toks[k].span.end] == b' '
    };
    for k in 1..toks.len() {
        let t = &toks[k];
        match t.span.len() {
            9 if word(k) == "Nazionale" => {
                let prev = word(k - 1);
                // Alone: `la Nazionale azzurra` is an alias of the country's team,
                // which these candidates cannot tell merge (an entity of its own).
                let alone = if spaced(k) {
                    AFTER_NAZIONALE.contains(&word(k + 1))
                } else {
                    text[t.span.end..]
                        .chars()
                        .next()
                        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':'))
                };
                if spaced(k - 1)
                    && prev
                        .chars()
                        .all(|c| c.is_lowercase() || c == '\'' || c == '’')
                    && alone
                    && topic.sports()
                {
                    team_cand(t.span.clone(), 1, hits, cands, from);
                }
            }
            3 | 5 if k >= 2 && matches!(word(k), "del" | "dello") && spaced(k) => {
                let nation = word(k - 1);
                if !(spaced(k - 2)
                    && spaced(k - 1)
                    && matches!(word(k - 2), "i" | "gli")
                    && nation.ends_with('i')
                    && crate::extract::entities::shapes::nation(nation))
                {
                    continue;
                }
                let mut j = k + 1;
                while j < toks.len() && j < k + 4 && toks[j].cap && !toks[j].digits {
                    j += 1;
                    if !spaced(j - 1) {
                        break;
                    }
                }
                if j > k + 1 && topic.sports() {
                    let span = toks[k + 1].span.start..toks[j - 1].span.end;
                    team_cand(span, j - k - 1, hits, cands, from);
                }
            }
            _ => {}
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

    /// The score and pairing checks decide as the regexes they replaced.
    #[test]
    fn marks_as_the_regexes() {
        use regex::Regex;
        let score = Regex::new(r"^\s*\(?\d{1,3}\s*[-–—]\s*\d{1,3}\b").unwrap();
        let after = Regex::new(r"^\s+[-–—]\s+\p{Lu}").unwrap();
        let before = Regex::new(r"\p{L}\s+[-–—]\s+$").unwrap();
        let parts = [
            " ", "  ", "\u{a0}", "(", ")", "3", "17", "1234", "٣", "-", "–", "—", "Croazia", "x",
            "_", "é", "É", "ǅ", "\u{301}", ",", "a",
        ];
        for s in crate::testing::random_texts(&parts, 3, 60_000, 8) {
            assert_eq!(super::score_after(&s), score.is_match(&s), "{s:?}");
            assert_eq!(super::pair_after(&s), after.is_match(&s), "{s:?}");
            assert_eq!(super::pair_before(&s), before.is_match(&s), "{s:?}");
        }
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

    /// A line-up after a country, a match `tra X e Y`, clubs listed with a club:
    /// teams in sport; the same words outside sport stay places.
    #[test]
    fn teams_in_lineups_matches_and_lists() {
        let s = "Finale di pallavolo, la partita si decide al quinto set. Brasile: André 14, Dante 9, Gustavo 7, Giba 12. Il match tra Sudafrica e Messico ha aperto il torneo. Ha giocato con Atalanta, Udinese, Bologna e Padova.";
        let o = orgs(s);
        for t in ["Brasile", "Sudafrica", "Messico", "Bologna", "Padova"] {
            assert!(o.contains(&t.to_string()), "{t}: {o:?}");
        }
        // Not after a mere article (`del Texas`), nor without a match word before `tra`.
        let s = "La squadra ha vinto la partita di calcio e il torneo. I concessionari negli stati del Texas, Arkansas e Oklahoma. Il confine tra Francia e Spagna.";
        let o = orgs(s);
        for t in ["Arkansas", "Oklahoma", "Francia", "Spagna"] {
            assert!(!o.contains(&t.to_string()), "{t}: {o:?}");
        }
        // Outside sport nothing changes.
        let s = "Il ministro ha visitato Bologna e Padova. Brasile: Lula, Dilma, Bolsonaro hanno governato. La partita politica tra Francia e Spagna.";
        let o = orgs(s);
        for t in ["Bologna", "Padova", "Brasile", "Francia", "Spagna"] {
            assert!(!o.contains(&t.to_string()), "{t}: {o:?}");
        }
    }

    /// `la Polonia` after a capitalised word starts a clause; `della Cina` after
    /// `Gran Premio` ends a name.
    #[test]
    fn an_article_after_a_name() {
        let s = "Nella classifica del torneo di hockey, nel girone B la Russia supera la Slovacchia. Il Gran Premio della Cina.";
        let o = orgs(s);
        assert!(o.contains(&"Russia".to_string()), "{o:?}");
        assert!(!o.contains(&"Cina".to_string()), "{o:?}");
    }

    /// A club after a plural nationality and `del`/`dello`; `Nazionale` alone.
    #[test]
    fn clubs_after_a_nationality_and_the_nazionale() {
        let s = "La finale del torneo di pallanuoto, una partita dura. I liguri hanno sconfitto i croati del Mladost per 9-0 e gli slovacchi dello Jug Dubrovnik. Dopo il debutto in Nazionale nel 2001 ha giocato.";
        let o = orgs(s);
        for t in ["Mladost", "Jug Dubrovnik", "Nazionale"] {
            assert!(o.contains(&t.to_string()), "{t}: {o:?}");
        }
        // `Nazionale` in a name, or with an adjective after it; nothing outside sport.
        let s = "La finale del torneo di calcio, una partita dura. Alleanza Nazionale ha votato; la Nazionale azzurra ha vinto.";
        let o = orgs(s);
        assert!(!o.iter().any(|n| n == "Nazionale"), "{o:?}");
        let s = "Il ministro ha incontrato i croati del Mladost.";
        assert!(orgs(s).is_empty(), "{:?}", orgs(s));
    }

    /// A line-up starting on the next line, a pairing with an em dash, `col`.
    #[test]
    fn lineup_lines_em_dash_and_col() {
        let s = "La finale del torneo di rugby, partita dura. ITALIA — GIAPPONE 20-18 (10-0). GRECIA:\nB. Smith, Milner (64\nBarrett), Nonu, Carter. Il Milan ha perso col Sassuolo.";
        let o = orgs(s);
        for t in ["ITALIA", "GIAPPONE", "GRECIA", "Sassuolo"] {
            assert!(o.iter().any(|n| n.eq_ignore_ascii_case(t)), "{t}: {o:?}");
        }
    }
}
