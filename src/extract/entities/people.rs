//! Resolving the capitalised names that no rule classified, by what the article
//! says elsewhere: a surname of a person named in full (`Satya Nadella` ...
//! `Nadella`), a name the article already gave a kind (`la società Acme` ... `Acme`),
//! or the initials of a longer name (`Cassa Depositi e Prestiti` ... `Cdp`).

use super::discovery::Cand;
use super::lists::{Class, CUES_MAP, FIRST, GAZETTEER, HEADS_MAP};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The entity a candidate belongs to: a gazetteer entry or a normalised name.
pub fn key(text: &str, c: &Cand) -> String {
    let name = &text[c.name.clone()];
    let listed = || {
        GAZETTEER
            .by_form
            .get(name)
            .copied()
            .filter(|&e| c.class == Class::Nothing || GAZETTEER.entries[e].class == c.class)
    };
    match c.entry.or_else(listed) {
        Some(e) => format!("#{e}"),
        None => norm(name),
    }
}

/// Lower case, one kind of apostrophe, single spaces.
pub fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_lowercase()
}

fn roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Gives every candidate its entity key and resolves the unclassified ones; the
/// candidates that stay unresolved are dropped. Returns the keys, parallel to `cands`.
pub fn resolve(text: &str, cands: &mut Vec<Cand>) -> Vec<String> {
    // A full name no rule knows whose surname the article repeats alone
    // (`Raila Odinga` ... `Odinga`) is a person.
    let alone: std::collections::HashSet<String> = cands
        .iter()
        .filter(|c| c.class == Class::Nothing && c.words == 1 && !c.initial)
        .map(|c| norm(&text[c.name.clone()]))
        .collect();
    for c in cands.iter_mut() {
        let name = &text[c.name.clone()];
        let last = name.rsplit(' ').next().map(norm).unwrap_or_default();
        if c.class == Class::Nothing
            && looks_like_person(name, c)
            && (alone.contains(&last) || described(&text[c.span.end..]))
        {
            c.class = Class::Person;
        }
    }
    let mut keys: Vec<String> = cands.iter().map(|c| key(text, c)).collect();
    // Proper suffixes of full names: `Nadella`, `Di Maio`, `Bush`.
    let mut surnames: HashMap<String, Option<String>> = HashMap::new();
    let mut known: HashMap<String, (Class, String)> = HashMap::new();
    let mut acronyms: HashMap<String, (Class, String)> = HashMap::new();
    // Multi-word bodies by their first word: `la Chiesa` ... `Chiesa ortodossa`.
    let mut heads: HashMap<String, Option<(Class, String)>> = HashMap::new();
    for (c, k) in cands.iter().zip(&keys) {
        let name = &text[c.name.clone()];
        match c.class {
            Class::Person if c.words >= 2 => {
                let words: Vec<&str> = name.split_whitespace().collect();
                for i in 1..words.len() {
                    let first = words[i];
                    if !first.chars().next().is_some_and(char::is_uppercase) || roman(first) {
                        continue;
                    }
                    let suffix = norm(&words[i..].join(" "));
                    let slot = surnames.entry(suffix).or_insert_with(|| Some(k.clone()));
                    if slot.as_ref() != Some(k) {
                        *slot = None; // two people share it
                    }
                }
            }
            Class::Company | Class::Organization => {
                known.entry(norm(name)).or_insert((c.class, k.clone()));
                if c.words >= 2 {
                    let head = name.split(' ').next().unwrap_or_default().to_string();
                    let slot = heads
                        .entry(head)
                        .or_insert_with(|| Some((c.class, k.clone())));
                    if slot.as_ref().map(|s| &s.1) != Some(k) {
                        *slot = None;
                    }
                }
                if c.words >= 2 {
                    let ini = initials(name);
                    if ini.chars().count() >= 2 {
                        acronyms
                            .entry(ini.to_lowercase())
                            .or_insert((c.class, k.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    // Given names of the people named in full: `Satya` is `Satya Nadella`.
    let mut given: HashMap<String, Option<String>> = HashMap::new();
    for (c, k) in cands.iter().zip(&keys) {
        if c.class == Class::Person && c.words >= 2 {
            let first = text[c.name.clone()]
                .split(' ')
                .next()
                .map(norm)
                .unwrap_or_default();
            let slot = given.entry(first).or_insert_with(|| Some(k.clone()));
            if slot.as_ref() != Some(k) {
                *slot = None;
            }
        }
    }
    for (c, k) in cands.iter_mut().zip(keys.iter_mut()) {
        let n = norm(&text[c.name.clone()]);
        if c.class == Class::Person && c.words == 1 {
            if let Some(Some(full)) = surnames.get(&n) {
                *k = full.clone();
            }
            continue;
        }
        if matches!(c.class, Class::Company | Class::Organization) && c.words == 1 {
            let name = &text[c.name.clone()];
            let upper = name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            // `FIS` after `Federazione Italiana Scherma`; `la Chiesa` after `Chiesa ortodossa`.
            let found = if upper {
                acronyms.get(&n).cloned()
            } else if HEADS_MAP.contains_key(name) {
                heads.get(name).cloned().flatten()
            } else {
                None
            };
            if let Some((class, key)) = found {
                (c.class, *k) = (class, key);
            }
            continue;
        }
        if c.class != Class::Nothing {
            continue;
        }
        if let Some((class, key)) = known.get(&n) {
            (c.class, *k) = (*class, key.clone());
        } else if let Some(Some(full)) = surnames.get(&n) {
            (c.class, *k) = (Class::Person, full.clone());
        } else if let Some((class, key)) = acronyms.get(&n).filter(|_| c.words == 1) {
            (c.class, *k) = (*class, key.clone());
        } else if let Some(Some(full)) = given.get(&n).filter(|_| c.words == 1 && !c.initial) {
            // A given name alone: the person the article names in full with it.
            (c.class, *k) = (Class::Person, full.clone());
        }
    }
    coordinated(text, cands, &mut keys);
    bracketed(text, cands, &mut keys);
    let (kept, keys): (Vec<Cand>, Vec<String>) = cands
        .drain(..)
        .zip(keys)
        .filter(|(c, _)| c.class != Class::Nothing)
        .unzip();
    *cands = kept;
    keys
}

/// Articles and articled prepositions, which a person's name does not take.
const ARTICLED: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "l'", "l’", "del", "dello", "della", "dell'", "dell’",
    "dei", "degli", "delle", "al", "allo", "alla", "all'", "all’", "ai", "agli", "alle", "dal",
    "dallo", "dalla", "dall'", "dall’", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'",
    "nell’", "sul", "sullo", "sulla", "sull'", "sull’",
];

/// Names in a list with a person (`Tosatto e Nibali`, `Mario Rossi, Bianchi e Verdi`):
/// the unknown ones are people too. (A list of unknown names alone may be anything:
/// contrade, villages, bands.)
fn coordinated(text: &str, cands: &mut [Cand], keys: &mut [String]) {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].span.start);
    let joined = |a: &Cand, b: &Cand| {
        a.span.end <= b.span.start
            && matches!(
                &text[a.span.end..b.span.start],
                ", " | " e " | " ed " | ", e " | " o " | "; " | " - " | " – "
            )
    };
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && joined(&cands[order[end - 1]], &cands[order[end]]) {
            end += 1;
        }
        let chain = &order[start..end];
        let unknown = |c: &Cand| {
            let name = &text[c.name.clone()];
            let particle = name.split(' ').next().is_some_and(|w| {
                [
                    "de", "du", "van", "von", "le", "la", "di", "da", "del", "della", "mc",
                ]
                .contains(&w.to_lowercase().as_str())
            });
            // `dell'Onda`, `la Torre`: people take no article.
            let from = (c.span.start.saturating_sub(12)..c.span.start)
                .find(|&b| text.is_char_boundary(b))
                .unwrap_or(c.span.start);
            let before = text[from..c.span.start]
                .trim_end_matches(' ')
                .to_lowercase();
            let article = before
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| ARTICLED.contains(&w));
            c.class == Class::Nothing
                && !c.initial
                && !article
                && (c.words == 1 || c.words == 2 && particle)
        };
        // `a Cemmo, Bienno e Breno` lists places.
        let first = &cands[chain[0]];
        let before = text[..first.span.start].trim_end();
        let place_list = [
            " a", " in", " da", " di", " tra", " fra", " per", " verso", " su",
        ]
        .iter()
        .any(|p| before.ends_with(p));
        let people = chain
            .iter()
            .filter(|&&i| cands[i].class == Class::Person)
            .count();
        let open = chain.iter().filter(|&&i| unknown(&cands[i])).count();
        let others = chain.len() - people - open;
        // `Felipe e Letizia`: given names listed together are people.
        let given = chain.len() >= 2
            && chain.iter().all(|&i| {
                let c = &cands[i];
                c.class == Class::Nothing && c.words == 1 && FIRST.contains(&text[c.name.clone()])
            });
        if others == 0 && open > 0 && (people > 0 || given) && !place_list {
            for &i in chain {
                if unknown(&cands[i]) {
                    cands[i].class = Class::Person;
                    keys[i] = norm(&text[cands[i].name.clone()]);
                }
            }
        }
        start = end;
    }
}

/// What follows a name and says it is a person's: an age or a role in apposition
/// (`, 34 anni`, `, ministro degli Esteri`) or a verb of saying (`ha detto`).
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*(?:di\s+)?\d{1,3}\s+anni|\s*\(\d{1,3}\s+anni|\s+(?:ha|aveva|avrebbe)\s+(?:detto|dichiarato|spiegato|affermato|commentato|raccontato|aggiunto|sottolineato|ammesso|annunciato|confermato|scritto)|\s+(?:dice|afferma|spiega|racconta|commenta|dichiara|aggiunge|sottolinea|ammette|conferma))")
        .expect("apposition regex")
});

fn described(after: &str) -> bool {
    if DESCRIBED.is_match(after) {
        return true;
    }
    // `, ministro degli Esteri`, `, l'allenatore`: a person's role in apposition.
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let rest = rest
        .trim_start_matches("l'")
        .trim_start_matches("l’")
        .trim_start_matches("il ")
        .trim_start_matches("la ")
        .trim_start_matches("ex ");
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    CUES_MAP.get(word.to_lowercase().as_str()) == Some(&Class::Person)
}

/// Two or three capitalised words in the middle of a sentence that no list or rule
/// knows (`Raila Odinga`, `Tero Pitkämäki`): most often a person.
fn looks_like_person(name: &str, c: &Cand) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    !c.initial
        && !words.iter().any(|w| HEADS_MAP.contains_key(w))
        && (2..=3).contains(&words.len())
        && words.len() == c.words
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && cs.any(char::is_lowercase)
                && !w.contains(['.', '&'])
        })
}

/// An acronym in brackets right after a name is that name (`Centro Clinico
/// Universitario di Losanna (CHUV)`, `Cassa Depositi e Prestiti (Cdp)`): the same
/// entity wherever it appears.
fn bracketed(text: &str, cands: &mut [Cand], keys: &mut [String]) {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].span.start);
    let mut relink: HashMap<String, (Class, String)> = HashMap::new();
    for w in order.windows(2) {
        let (a, b) = (&cands[w[0]], &cands[w[1]]);
        let name = &text[b.name.clone()];
        let short = b.words == 1
            && name.chars().count() <= 8
            && name.chars().filter(|c| c.is_uppercase()).count() >= 2;
        if a.words >= 2
            && matches!(a.class, Class::Company | Class::Organization)
            && short
            && a.span.end <= b.span.start
            && text[a.span.end..b.span.start].trim() == "("
            && text[b.span.end..].starts_with(')')
        {
            relink.insert(keys[w[1]].clone(), (a.class, keys[w[0]].clone()));
        }
    }
    for (c, k) in cands.iter_mut().zip(keys.iter_mut()) {
        if let Some((class, key)) = relink.get(k.as_str()) {
            if matches!(
                c.class,
                Class::Company | Class::Organization | Class::Nothing
            ) {
                (c.class, *k) = (*class, key.clone());
            }
        }
    }
}
