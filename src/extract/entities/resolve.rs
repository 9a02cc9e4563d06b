//! Resolving the capitalised names that no rule classified, by what the article
//! says elsewhere: a surname of a person named in full (`Satya Nadella` ...
//! `Nadella`), a name the article already gave a kind (`la società Acme` ... `Acme`),
//! or the initials of a longer name (`Cassa Depositi e Prestiti` ... `Cdp`).

use super::candidate::Candidate;
use super::links;
use super::lists::{Class, CUES_MAP, FIRST, GAZETTEER, HEADS_MAP, STOP};
use super::variants;
use super::words::{norm, roman, DI_OR_DA, PARTICLES};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

/// The entity a candidate belongs to: a gazetteer entry or a normalised name.
pub fn key(text: &str, c: &Candidate) -> String {
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

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Gives every candidate its entity key and resolves the unclassified ones; the
/// candidates that stay unresolved are dropped. Returns the keys, parallel to `cands`.
///
/// The steps: the names a plural cue lists; people named in full whose surname the
/// article repeats; keys, one person under several full forms; the index of what
/// the article names ([`Known`]); each candidate resolved by it; then the particles
/// of surnames, lists with a person and acronyms in brackets ([`links`]).
pub fn resolve(text: &str, cands: &mut Vec<Candidate>) -> Vec<String> {
    links::listed_after_cue(text, cands);
    people_by_repeated_surname(text, cands);
    let mut keys: Vec<String> = cands.iter().map(|c| key(text, c)).collect();
    same_person(text, cands, &mut keys);
    let index = Known::of(text, cands, &keys);
    for (c, k) in cands.iter_mut().zip(keys.iter_mut()) {
        resolve_one(text, &index, c, k);
    }
    with_particle(text, cands, &keys);
    links::coordinated(text, cands, &mut keys);
    links::coordinated_with_a_company(text, cands, &mut keys);
    links::bracketed(text, cands, &mut keys);
    variants::case_variants(text, cands, &mut keys);
    let (kept, keys): (Vec<Candidate>, Vec<String>) = cands
        .drain(..)
        .zip(keys)
        .filter(|(c, _)| c.class != Class::Nothing)
        .unzip();
    *cands = kept;
    keys
}

/// A full name no rule knows whose surname the article repeats alone (`Raila
/// Odinga` ... `Odinga`), or that a saying verb follows, is a person.
fn people_by_repeated_surname(text: &str, cands: &mut [Candidate]) {
    let alone: FxHashSet<String> = cands
        .iter()
        .filter(|c| matches!(c.class, Class::Nothing | Class::Person) && c.words == 1 && !c.initial)
        .map(|c| norm(&text[c.name.clone()]))
        .collect();
    for c in cands.iter_mut() {
        let name = &text[c.name.clone()];
        let last = || name.rsplit(' ').next().map(norm).unwrap_or_default();
        if c.class == Class::Nothing
            && looks_like_person(name, c)
            && (alone.contains(&last()) || described(&text[c.span.end..]))
        {
            c.class = Class::Person;
        }
    }
}

/// What the article names, by normal form: the index a name alone is resolved by.
#[derive(Default)]
struct Known {
    /// Proper suffixes of full names (`Nadella`, `Di Maio`, `Bush`), with where each
    /// person bearing one is named in full.
    surnames: HashMap<String, Bearers>,
    /// Names a cue, a list or a line-up gave a class (people not by a given name).
    known: HashMap<String, (Class, String)>,
    /// Given names alone that a cue made a person's (`il papà di Nicola`).
    known_given: HashMap<String, (Class, String)>,
    /// Initials of multi-word companies and bodies (`FIS`).
    acronyms: HashMap<String, (Class, String)>,
    /// Multi-word bodies by their first word: `la Chiesa` ... `Chiesa ortodossa`
    /// (`None` when two bodies share it).
    heads: HashMap<String, Option<(Class, String)>>,
    /// Given names of the people named in full: `Satya` is `Satya Nadella` (`None`
    /// when two people share it).
    given: HashMap<String, Option<String>>,
    /// The people who bear each given name, where named in full.
    bearers_of_given: HashMap<String, Bearers>,
    /// Where each person is first named in full.
    first_seen: HashMap<String, usize>,
}

impl Known {
    /// The index of the candidates `cands` with their keys.
    fn of(text: &str, cands: &[Candidate], keys: &[String]) -> Known {
        let mut index = Known::default();
        for (c, k) in cands.iter().zip(keys) {
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
                        index
                            .surnames
                            .entry(suffix)
                            .or_default()
                            .push((c.span.start, k.clone()));
                    }
                }
                // `l'attaccante Cutrone` ... `Cutrone`: a name a cue or a line-up made a
                // person's is that person's wherever else it stands alone.
                // (a given name alone, `il papà di Nicola`, yields first to a person named
                // in full with it: see `known_given`)
                Class::Person if !c.initial && FIRST.contains(name) => {
                    index
                        .known_given
                        .entry(norm(name))
                        .or_insert((c.class, k.clone()));
                }
                Class::Person if !c.initial => {
                    index
                        .known
                        .entry(norm(name))
                        .or_insert((c.class, k.clone()));
                }
                Class::Company | Class::Organization => {
                    index
                        .known
                        .entry(norm(name))
                        .or_insert((c.class, k.clone()));
                    if c.words >= 2 && !subsidiary(name, c) {
                        let head = name.split(' ').next().unwrap_or_default().to_string();
                        let slot = index
                            .heads
                            .entry(head)
                            .or_insert_with(|| Some((c.class, k.clone())));
                        if slot.as_ref().map(|s| &s.1) != Some(k) {
                            *slot = None;
                        }
                    }
                    if c.words >= 2 {
                        let ini = initials(name);
                        if ini.chars().count() >= 2 {
                            index
                                .acronyms
                                .entry(ini.to_lowercase())
                                .or_insert((c.class, k.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
        settled(&mut index.surnames);
        for (c, k) in cands.iter().zip(keys) {
            if c.class == Class::Person && c.words >= 2 {
                let at = index.first_seen.entry(k.clone()).or_insert(c.span.start);
                *at = (*at).min(c.span.start);
                let first = text[c.name.clone()]
                    .split(' ')
                    .next()
                    .map(norm)
                    .unwrap_or_default();
                index
                    .bearers_of_given
                    .entry(first.clone())
                    .or_default()
                    .push((c.span.start, k.clone()));
                let slot = index.given.entry(first).or_insert_with(|| Some(k.clone()));
                if slot.as_ref() != Some(k) {
                    *slot = None;
                }
            }
        }
        settled(&mut index.bearers_of_given);
        index
    }
}

/// `Intesa Vita`, `Microsoft Italia`: an unlisted company whose name starts with a
/// listed company's, its subsidiary. Its first word alone names the parent, not it.
fn subsidiary(name: &str, c: &Candidate) -> bool {
    c.entry.is_none()
        && c.class == Class::Company
        && name
            .match_indices(' ')
            .any(|(at, _)| GAZETTEER.by_form.contains_key(&name[..at]))
}

/// Resolves one candidate `c` with key `k` by the article's index: a surname or a
/// given name alone takes its bearer's key, a company that is a person's given name
/// becomes the person, an acronym or a body's head takes the full name's, and an
/// unclassified name what the index knows of it.
fn resolve_one(text: &str, index: &Known, c: &mut Candidate, k: &mut String) {
    let n = norm(&text[c.name.clone()]);
    if c.class == Class::Person && c.words == 1 {
        if let Some(full) = index.surnames.get(&n).and_then(|b| bearer(b, c.span.start)) {
            *k = full.clone();
        } else if let Some(full) = index
            .bearers_of_given
            .get(&n)
            .filter(|_| FIRST.contains(&text[c.name.clone()]))
            .and_then(|b| bearer(b, c.span.start))
        {
            // `i genitori di Nicola` after `Nicola Tommasoli`: a given name a cue
            // made a person's is the person the article names in full with it.
            *k = full.clone();
        }
        return;
    }
    // `Leonardo` after `Leonardo Araújo`: a listed company that is the given name of
    // a person of the article is that person.
    if c.class == Class::Company && c.words == 1 && FIRST.contains(&text[c.name.clone()]) {
        let after = |full: &String| {
            index
                .first_seen
                .get(full.as_str())
                .is_some_and(|&at| at < c.span.start)
        };
        if let Some(Some(full)) = index
            .given
            .get(&n)
            .filter(|f| f.as_ref().is_some_and(after))
        {
            (c.class, *k) = (Class::Person, full.clone());
            return;
        }
    }
    if matches!(c.class, Class::Company | Class::Organization) && c.words == 1 {
        let name = &text[c.name.clone()];
        let upper = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        // `FIS` after `Federazione Italiana Scherma`; `la Chiesa` after `Chiesa ortodossa`.
        let found = if upper {
            index.acronyms.get(&n).cloned()
        } else if HEADS_MAP.contains_key(name) {
            index.heads.get(name).cloned().flatten()
        } else {
            None
        };
        if let Some((class, key)) = found {
            (c.class, *k) = (class, key);
        }
        return;
    }
    if c.class != Class::Nothing {
        return;
    }
    if let Some((class, key)) = index.known.get(&n) {
        (c.class, *k) = (*class, key.clone());
    } else if let Some(full) = index.surnames.get(&n).and_then(|b| bearer(b, c.span.start)) {
        (c.class, *k) = (Class::Person, full.clone());
    } else if let Some((class, key)) = index.acronyms.get(&n).filter(|_| c.words == 1) {
        (c.class, *k) = (*class, key.clone());
    } else if let Some(full) = index
        .bearers_of_given
        .get(&n)
        .filter(|_| c.words == 1 && (!c.initial || !STOP.contains(n.as_str())))
        .and_then(|b| bearer(b, c.span.start))
    {
        // A given name alone, also opening a sentence if it is not a word there:
        // the person the article names in full with it.
        (c.class, *k) = (Class::Person, full.clone());
    } else if let Some((class, key)) = index.known_given.get(&n).filter(|_| !c.initial) {
        (c.class, *k) = (*class, key.clone());
    }
}

/// `zu Guttenberg`, `de Blasio` after `Karl-Theodor zu Guttenberg`, `Bill de Blasio`:
/// a surname alone takes the particle it has in the full name.
fn with_particle(text: &str, cands: &mut [Candidate], keys: &[String]) {
    for (c, k) in cands.iter_mut().zip(keys) {
        if c.class != Class::Person || c.words != 1 || k.starts_with('#') {
            continue;
        }
        let before = &text[..c.span.start];
        let Some(rest) = before.strip_suffix(' ') else {
            continue;
        };
        let particle = rest
            .rsplit([' ', '\n', '(', '«', '"'])
            .next()
            .unwrap_or_default();
        let known =
            PARTICLES.contains(&particle) || DI_OR_DA.contains(&particle) || particle == "v.";
        if !known || particle.is_empty() {
            continue;
        }
        let surname = format!("{} {}", norm(particle), norm(&text[c.name.clone()]));
        if k.ends_with(&format!(" {surname}")) {
            let start = c.span.start - particle.len() - 1;
            c.span.start = start;
            c.name.start = start;
            c.words = 2;
        }
    }
}

/// The people who bear one surname: where each is named in full, and their keys.
type Bearers = Vec<(usize, String)>;

/// The person a surname alone at `at` stands for: the only one bearing it, or,
/// when the article names several (`Whitney Houston`, `Cissy Houston` ... `la
/// Houston`), the one last named in full before it (the first one after, if none is).
/// `bearers` must be [`settled`].
fn bearer(bearers: &Bearers, at: usize) -> Option<&String> {
    let before = bearers.partition_point(|(pos, _)| *pos < at);
    bearers.get(before.saturating_sub(1)).map(|(_, k)| k)
}

/// Sorts each list of bearers by position and keeps one entry per run of the same
/// person, so that [`bearer`] is a binary search however often names repeat.
fn settled(map: &mut HashMap<String, Bearers>) {
    for list in map.values_mut() {
        list.sort_by_key(|(pos, _)| *pos);
        list.dedup_by(|later, earlier| later.1 == earlier.1);
    }
}

/// `Robin Gibb` and `Robin Hugh Gibb`: full names with the same first and last word,
/// one of them with middle names, are one person, keyed by the fullest form.
fn same_person(text: &str, cands: &[Candidate], keys: &mut [String]) {
    // Full names written alike are keyed alike already: only several forms matter.
    let full: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].class == Class::Person && cands[i].words >= 2)
        .collect();
    if full.len() < 2 {
        return;
    }
    let name = |i: usize| &text[cands[i].name.clone()];
    let ends = |i: usize| {
        let n = name(i);
        Some((n.split(' ').next()?, n.rsplit(' ').next()?))
    };
    let mut fullest: HashMap<(&str, &str), (usize, usize)> = HashMap::default();
    // `Vittorio Emanuele` before `Vittorio Emanuele di Savoia`: given names that
    // open one longer full name only.
    let mut longer: HashMap<&str, Option<usize>> = HashMap::default();
    for &i in &full {
        let n = name(i);
        if let Some(e) = ends(i) {
            let slot = fullest.entry(e).or_insert((cands[i].words, i));
            if cands[i].words > slot.0 {
                *slot = (cands[i].words, i);
            }
        }
        if cands[i].words < 3 {
            continue;
        }
        let spaces = n.match_indices(' ').map(|(at, _)| at);
        for (prefix_words, at) in (1..).zip(spaces) {
            let prefix = &n[..at];
            if prefix_words >= 2 {
                let slot = longer.entry(prefix).or_insert(Some(i));
                if slot.is_some_and(|j| keys[j] != keys[i]) {
                    *slot = None;
                }
            }
            let next = n[at + 1..].split(' ').next().unwrap_or_default();
            if !FIRST.contains(next) || prefix_words == 1 && !FIRST.contains(&n[..at]) {
                break;
            }
        }
    }
    let renamed: Vec<(usize, usize)> = full
        .iter()
        .filter_map(|&i| {
            if let Some(Some(j)) = longer.get(name(i)) {
                return Some((i, *j));
            }
            fullest.get(&ends(i)?).map(|&(_, j)| (i, j))
        })
        .filter(|&(i, j)| keys[i] != keys[j])
        .collect();
    for (i, j) in renamed {
        keys[i] = keys[j].clone();
    }
}

/// Participles of saying after `ha`, `aveva`, `avrebbe` (`ha detto`).
const SAID: &[&str] = &[
    "detto",
    "dichiarato",
    "spiegato",
    "affermato",
    "commentato",
    "raccontato",
    "aggiunto",
    "sottolineato",
    "ammesso",
    "annunciato",
    "confermato",
    "scritto",
];

/// Present forms of saying (`dice`, `afferma`).
const SAYS: &[&str] = &[
    "dice",
    "afferma",
    "spiega",
    "racconta",
    "commenta",
    "dichiara",
    "aggiunge",
    "sottolinea",
    "ammette",
    "conferma",
];

/// `s` without its leading white space.
fn spaces(s: &str) -> &str {
    s.trim_start_matches(char::is_whitespace)
}

/// What follows a name and says it is a person's: an age (`, 34 anni`, `, di 34 anni`,
/// ` (34 anni`) or a verb of saying (` ha detto`, ` dice`), at the start of `after`.
fn described_phrase(after: &str) -> bool {
    // one to three digits, white space, `anni`
    let age = |s: &str| {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &s[digits..];
        let words = spaces(rest);
        (1..=3).contains(&digits) && words.len() < rest.len() && words.starts_with("anni")
    };
    if let Some(r) = after.strip_prefix(',').map(spaces) {
        let di = r.strip_prefix("di").filter(|x| spaces(x).len() < x.len());
        if age(r) || di.is_some_and(|x| age(spaces(x))) {
            return true;
        }
    }
    let r = spaces(after);
    if r.strip_prefix('(').is_some_and(age) {
        return true;
    }
    r.len() < after.len()
        && (["ha", "aveva", "avrebbe"].iter().any(|aux| {
            r.strip_prefix(aux).is_some_and(|x| {
                let y = spaces(x);
                y.len() < x.len() && SAID.iter().any(|p| y.starts_with(p))
            })
        }) || SAYS.iter().any(|v| r.starts_with(v)))
}

fn described(after: &str) -> bool {
    if described_phrase(after) {
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
fn looks_like_person(name: &str, c: &Candidate) -> bool {
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

#[cfg(test)]
mod tests {
    /// `norm` as it is defined: white space collapsed, one apostrophe, lower case.
    fn reference(s: &str) -> String {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('’', "'")
            .to_lowercase()
    }

    #[test]
    fn norm_as_its_definition() {
        for s in [
            "Satya Nadella",
            " Satya  Nadella ",
            "Satya\tNadella",
            "D’Alema",
            "Nicolò Barella",
            "ΣΟΦΙΑ Σ",
            "",
            " ",
            "A",
            "a\u{a0}b",
            "Jean-Luc O'Neil",
        ] {
            assert_eq!(super::norm(s), reference(s), "{s:?}");
        }
    }

    /// `described_phrase` agrees with the expression it replaced (with ASCII digits for
    /// `\d`) after every word of the dev articles and on built phrases.
    #[test]
    fn described_phrase_agrees_with_its_expression() {
        use super::described_phrase;
        let re = regex::Regex::new(r"^(?:,\s*(?:di\s+)?[0-9]{1,3}\s+anni|\s*\([0-9]{1,3}\s+anni|\s+(?:ha|aveva|avrebbe)\s+(?:detto|dichiarato|spiegato|affermato|commentato|raccontato|aggiunto|sottolineato|ammesso|annunciato|confermato|scritto)|\s+(?:dice|afferma|spiega|racconta|commenta|dichiara|aggiunge|sottolinea|ammette|conferma))").unwrap();
        let mut cases: Vec<String> = Vec::new();
        let starts = [
            ",", ", ", ",  di ", ", di", ", di 3", " (", "(", "  ", " ", "\u{a0}", "",
        ];
        let middles = [
            "", "3", "34", "345", "3456", "di ", "ha ", "ha", "aveva\t", "avrebbe ",
        ];
        let ends = [
            "",
            " anni",
            "anni",
            "  anni fa",
            " detto",
            "detto",
            "dice",
            " dicembre",
            "x",
        ];
        for s in starts {
            for m in middles {
                for e in ends {
                    cases.push(format!("{s}{m}{e}"));
                }
            }
        }
        if let Ok(text) = std::fs::read_to_string("corpora/news/dev_texts.jsonl") {
            let text = text.replace("\\n", "\n");
            for (i, c) in text.char_indices() {
                if !c.is_alphanumeric() {
                    let end = text[i..]
                        .char_indices()
                        .nth(40)
                        .map_or(text.len(), |(k, _)| i + k);
                    cases.push(text[i..end].to_string());
                }
            }
        }
        let mut described = 0;
        for case in &cases {
            assert_eq!(described_phrase(case), re.is_match(case), "{case:?}");
            described += usize::from(re.is_match(case));
        }
        assert!(described > 20, "{described}");
    }

    use crate::extract::entities::marked::check;

    /// A surname alone after the full name; the full name alone; initials.
    #[test]
    fn surnames_and_initials() {
        check(&[
            "[@Carlo Venturelli] ha parlato ieri. [@Venturelli=Carlo Venturelli] ha poi aggiunto altro.",
            "Venturelli ha parlato ieri.",
            "Il sindaco [@Bruni] ha incontrato la [Brontelli Servizi S.p.A.=Brontelli Servizi] ieri. La [Brontelli Servizi] ha poi ringraziato.",
        ]);
    }
}
