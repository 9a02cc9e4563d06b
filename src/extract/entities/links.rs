//! Names the context ties together: a list with a person in it (`Tosatto e Nibali`,
//! given names listed together), and an acronym in brackets after a full name
//! (`Centro Clinico Universitario di Losanna (CHUV)`).

use super::candidate::Candidate;
use super::lists::{Class, CUES_MAP, FIRST};
use super::slots::member_of;
use super::tokens::lower;
use super::words::{abbreviates, body_word_at_an_end, norm, ARTICLED};
use std::collections::HashMap;

/// The candidates of `cands` in runs, in text order, each next one after only one of
/// `separators` (`, `, ` e `): their indices, a run of one for a name alone.
fn lists(text: &str, cands: &[Candidate], separators: &[&str]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].span.start);
    let joined = |a: &Candidate, b: &Candidate| {
        a.span.end <= b.span.start && separators.contains(&&text[a.span.end..b.span.start])
    };
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if k > 0 && joined(&cands[order[k - 1]], &cands[i]) => run.push(i),
            _ => runs.push(vec![i]),
        }
    }
    runs
}

/// Names in a list with a person (`Tosatto e Nibali`, `Mario Rossi, Bianchi e Verdi`):
/// the unknown ones are people too. (A list of unknown names alone may be anything:
/// contrade, villages, bands.)
pub fn coordinated(text: &str, cands: &mut [Candidate], keys: &mut [String]) {
    let separators = [", ", " e ", " ed ", ", e ", " o ", "; ", " - ", " – "];
    for chain in lists(text, cands, &separators) {
        let chain = &chain[..];
        let unknown = |c: &Candidate| {
            // the cheap tests first: most candidates fail them
            if c.class != Class::Nothing || c.initial || c.words > 2 {
                return false;
            }
            let name = &text[c.name.clone()];
            let particle = name.split(' ').next().is_some_and(|w| {
                [
                    "de", "du", "van", "von", "le", "la", "di", "da", "del", "della", "mc",
                ]
                .contains(&lower(w).as_str())
            });
            // `dell'Onda`, `la Torre`: people take no article.
            let from = (c.span.start.saturating_sub(12)..c.span.start)
                .find(|&b| text.is_char_boundary(b))
                .unwrap_or(c.span.start);
            let before = lower(text[from..c.span.start].trim_end_matches(' '));
            let article = before
                .as_str()
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| ARTICLED.contains(&w));
            let capitalised = name
                .split(' ')
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            !article && (c.words == 1 || c.words == 2 && (particle || capitalised))
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
        // `della regione Lombardia, Roberto Formigoni,`: two names and a comma are a
        // name and its apposition, not a list.
        let apposition =
            chain.len() == 2 && &text[cands[chain[0]].span.end..cands[chain[1]].span.start] == ", ";
        // (`a Gaber, Jannacci e Paolo Rossi`: a person in it makes it no list of places)
        if others == 0 && open > 0 && (people > 0 || given) && !place_list && !apposition {
            for &i in chain {
                if unknown(&cands[i]) {
                    cands[i].class = Class::Person;
                    keys[i] = norm(&text[cands[i].name.clone()]);
                }
            }
        }
    }
}

/// `guidato da Fondo Tech Valdena e Boreal Angels`: an unknown name of two capitals
/// or more (no given name first, not opening the sentence) coordinated with a company
/// by `e` is a company too, a party beside it. (One word alone may be a surname or a
/// place: `Mediaset e Rossi`.)
pub fn coordinated_with_a_company(text: &str, cands: &mut [Candidate], keys: &mut [String]) {
    for chain in lists(text, cands, &[" e ", " ed "]) {
        if chain.len() != 2 || !chain.iter().any(|&i| cands[i].class == Class::Company) {
            continue;
        }
        for &i in &chain {
            let c = &cands[i];
            let name = &text[c.name.clone()];
            let capitals = name
                .split(' ')
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            let given = name.split(' ').next().is_some_and(|w| FIRST.contains(w));
            if c.class == Class::Nothing && c.words >= 2 && !c.initial && capitals && !given {
                cands[i].class = Class::Company;
                keys[i] = norm(name);
            }
        }
    }
}

/// An acronym in brackets right after a name is that name (`Centro Clinico
/// Universitario di Losanna (CHUV)`, `Cassa Depositi e Prestiti (Cdp)`): the same
/// entity wherever it appears.
pub fn bracketed(text: &str, cands: &mut [Candidate], keys: &mut [String]) {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].span.start);
    // `Federal Aviation Authority (FAA)`: capitalised words no rule knows, with their
    // initials in brackets after them and a body's word at an end, name a body (not
    // `Lavagna Interattiva Multimediale (LIM)`).
    for w in order.windows(2) {
        let (a, b) = (&cands[w[0]], &cands[w[1]]);
        if a.class == Class::Nothing
            && a.words >= 2
            && b.words == 1
            && a.span.end <= b.span.start
            && text[a.span.end..b.span.start].trim() == "("
            && text[b.span.end..].starts_with(')')
            && abbreviates(&text[b.name.clone()], &text[a.name.clone()])
            && body_word_at_an_end(&text[a.name.clone()])
        {
            cands[w[0]].class = Class::Organization;
        }
    }
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
            && opens_alias(&text[a.span.end..b.span.start])
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

/// Words that introduce a stock's ticker in brackets: `Telecom Italia Media (sigla di
/// negoziazione TME)`, `Lumetra (ticker: LMT)`.
const TICKER_WORDS: &[&str] = &[
    "sigla di negoziazione",
    "codice di negoziazione",
    "sigla",
    "ticker",
    "simbolo",
];

/// The text between a name and a short capitalised name that stands for it: an
/// opening bracket, alone or with the words of a ticker.
fn opens_alias(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_prefix('(') else {
        return false;
    };
    let rest = rest.trim().trim_end_matches(':').trim().to_lowercase();
    rest.is_empty() || TICKER_WORDS.contains(&rest.as_str())
}

/// Plural nouns before a list of names that say what the names are (`i gruppi Sony e
/// Discovery`, `le società A, B e C`, `società come Google e Facebook`).
const PLURAL_CUES: &[(&str, Class)] = &[
    ("associazioni", Class::Organization),
    ("aziende", Class::Company),
    ("banche", Class::Company),
    ("case automobilistiche", Class::Company),
    ("case discografiche", Class::Company),
    ("case editrici", Class::Company),
    ("colossi", Class::Company),
    ("compagnie", Class::Company),
    ("compagnie aeree", Class::Company),
    ("federazioni", Class::Organization),
    ("fondazioni", Class::Organization),
    ("gruppi", Class::Company),
    ("multinazionali", Class::Company),
    ("organizzazioni", Class::Organization),
    ("partiti", Class::Organization),
    ("sindacati", Class::Organization),
    ("società", Class::Company),
];

/// The class that a plural cue ending `before` gives the names listed after it:
/// `i sindacati `, `le società come `, `case editrici (`.
fn plural_cue(before: &str) -> Option<Class> {
    let before = before
        .strip_suffix(" (")
        .or_else(|| before.strip_suffix(' '))?;
    let before = before.strip_suffix(" come").unwrap_or(before);
    let before = before.strip_suffix(',').unwrap_or(before);
    PLURAL_CUES.iter().find_map(|(cue, class)| {
        before
            .strip_suffix(cue)
            .filter(|rest| rest.is_empty() || rest.ends_with([' ', '\'', '’']))
            .map(|_| *class)
    })
}

/// Unknown names listed after a plural cue (`i sindacati USB e OrSA`, `società come
/// Google e Facebook`) are what the cue says, two names or more; a person or a place
/// in the list (a known name of another class) stops it.
pub fn listed_after_cue(text: &str, cands: &mut [Candidate]) {
    for chain in lists(text, cands, &[", ", " e ", " ed ", ", e "]) {
        let chain = &chain[..];
        if chain.len() < 2 {
            continue;
        }
        let first = cands[chain[0]].span.start;
        let from = (first.saturating_sub(32)..first)
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(first);
        // `appartenenti alla Exit e Dignitas`: the members' cue governs the whole list.
        let Some(class) = plural_cue(&text[from..first])
            .or_else(|| people_announced(&text[..first]).then_some(Class::Person))
            .or_else(|| member_of(&text[..first]).then_some(Class::Organization))
        else {
            continue;
        };
        // `case editrici (Bruno Mondadori, De Agostini, ...)`: among listed companies
        // after a companies' cue, a name that only its given name made a person's is
        // a company named after its founder.
        let listed_company = chain
            .iter()
            .any(|&i| cands[i].class == Class::Company && cands[i].entry.is_some());
        let founder = |c: &Candidate| {
            class == Class::Company
                && listed_company
                && c.class == Class::Person
                && c.entry.is_none()
                && c.words >= 2
        };
        let fits = |c: &Candidate| match class {
            Class::Person => matches!(c.class, Class::Nothing | Class::Person),
            _ => {
                matches!(
                    c.class,
                    Class::Nothing | Class::Company | Class::Organization
                ) || founder(c)
            }
        };
        if chain.iter().any(|&i| !fits(&cands[i])) {
            continue;
        }
        for &i in chain {
            if cands[i].class == Class::Nothing || founder(&cands[i]) {
                cands[i].class = class;
            }
        }
    }
}

/// `due senatori della sinistra radicale: Rossi e Turigliatto`: a colon after a clause
/// with a plural noun of persons (a role in the cue list, in the plural) announces a
/// list of people. Only the clause of the colon, back to the sentence's start.
fn people_announced(before: &str) -> bool {
    let Some(clause) = before.strip_suffix(": ") else {
        return false;
    };
    let from = clause
        .rfind(['.', ';', ':', '(', '\n'])
        .map_or(0, |k| k + 1);
    let from = (from..clause.len())
        .find(|&k| clause.is_char_boundary(k) && clause.len() - k <= 120)
        .unwrap_or(clause.len());
    clause[from..]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 5 && w.ends_with('i') && CUES_MAP.get(w) == Some(&Class::Person))
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// Lists with a person, given names listed together, plural cues, brackets.
    #[test]
    fn lists_and_brackets() {
        check(&[
            "Lo hanno detto [@Tosatto] e [@Carlo Venturelli].",
            "Lo hanno detto Tosatto e Bruni.",
            "Ha incontrato [@Lucia] e [@Marta].",
            "Due senatori della sinistra: [@Bruni] e [@Dalmasso] hanno votato contro.",
            "I sindacati [#Unitas] e [#Solidas] hanno scioperato.",
            "Hanno scioperato Unitas e Solidas.",
            "La [Cassa Rurale di Valdena] ([CRV=Cassa Rurale di Valdena]) ha chiuso. Ieri la [CRV=Cassa Rurale di Valdena] ha riaperto.",
        ]);
    }

    /// An unknown name of two capitals coordinated with a company by `e` is a company;
    /// one word alone, a given name and a surname, two unknown names are not.
    #[test]
    fn coordinated_with_a_company() {
        check(&[
            "Il round è guidato da [Brontelli Servizi] e [Boreal Angels].",
            "Il round è guidato da [Brontelli Servizi] e Boreal.",
            "Il round è guidato da [Brontelli Servizi] e [@Marco Tedaldi].",
            "Il round è guidato da Boreal Angels e Vento Nord.",
        ]);
    }
}
