//! Stage 4, filters: candidates that name something other than a company, a body or
//! a person, dropped after resolution's input is complete and before it runs. Each
//! general rule is one row of [`FILTERS`]; the rules written for one pattern of one
//! corpus are the rows of [`super::regressions::REGRESSIONS`], kept apart; a law's
//! acronym ([`drop_laws`]) needs every candidate of the article and runs last.

use super::candidate::Candidate;
use super::lists::Class;
use super::product;
use super::regressions::REGRESSIONS;
use std::ops::Range;

/// A general filter: what it drops, and the test (on the article's text and a
/// candidate) that says a candidate is no entity.
pub struct Filter {
    /// What the rule drops, in a few words.
    #[cfg_attr(not(test), allow(dead_code))] // read by the table tests
    pub drops: &'static str,
    /// True when the candidate is dropped.
    pub test: fn(&str, &Candidate) -> bool,
}

/// The general filters, cheapest first.
pub const FILTERS: &[Filter] = &[
    Filter {
        drops: "a brand used as a product (`una Renault Clio`, `gli Eurostar`)",
        test: |text, c| c.class == Class::Company && used_as_product(text, &c.span),
    },
    Filter {
        drops: "a church named after its saint, a building (`Chiesa di San Gregorio`)",
        test: |text, c| c.class == Class::Organization && saints_church(&text[c.name.clone()]),
    },
    Filter {
        drops: "a hospital one goes to, a place (`all'ospedale Celio`)",
        test: |text, c| {
            matches!(c.class, Class::Company | Class::Organization)
                && building(&text[..c.span.start])
        },
    },
];

/// Drops the candidates that a general filter or a regression rule matches, then the
/// laws' acronyms, keeping the order of the rest.
pub fn apply(text: &str, cands: &mut Vec<Candidate>) {
    // Each test is pure: one pass with all of them drops what one pass per rule did.
    cands.retain(|c| {
        !FILTERS.iter().any(|f| (f.test)(text, c)) && !REGRESSIONS.iter().any(|r| (r.test)(text, c))
    });
    drop_laws(text, cands);
}

/// Words that end the name of a law or a treaty (`Protection Act`, `Paris Agreement`).
const LAW_WORDS: &[&str] = &[
    "Act",
    "Agreement",
    "Bill",
    "Convention",
    "Directive",
    "Protocol",
    "Regulation",
    "Treaty",
];

/// `il Cyber Intelligence Sharing and Protection Act (CISPA)`: an acronym in brackets
/// after the name of a law is the law, no body; so is every other mention of it in
/// the article (`il linguaggio del CISPA`).
fn drop_laws(text: &str, cands: &mut Vec<Candidate>) {
    let mut laws: Vec<&str> = Vec::new();
    for c in cands.iter() {
        let name = &text[c.name.clone()];
        let acronym = name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase());
        if !acronym || !text[c.span.end..].starts_with(')') {
            continue;
        }
        let Some(before) = text[..c.span.start].strip_suffix(" (") else {
            continue;
        };
        if LAW_WORDS.iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|b| b.ends_with(' ') || b.is_empty())
        }) && !laws.contains(&name)
        {
            laws.push(name);
        }
    }
    if laws.is_empty() {
        return;
    }
    cands.retain(|c| {
        !(matches!(c.class, Class::Company | Class::Organization)
            && laws.contains(&&text[c.name.clone()]))
    });
}

/// `Chiesa di San Gregorio`, `Basilica di S. Nicola`, `Santuario della Santissima
/// Annunziata`: a church named after its saint is a building, a place
/// (`spec/EXTRACTION.md`), unlike the body (`Chiesa ortodossa`, `Chiesa di Cipro`).
fn saints_church(name: &str) -> bool {
    let Some(rest) = [
        "Chiesa ",
        "Basilica ",
        "Cattedrale ",
        "Santuario ",
        "Duomo ",
    ]
    .iter()
    .find_map(|h| name.strip_prefix(h)) else {
        return false;
    };
    let Some(saint) = ["di ", "della ", "del ", "dei "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
    else {
        return false;
    };
    let word = saint.split([' ', '.', '\'', '’']).next().unwrap_or("");
    matches!(
        word,
        "San" | "Santa" | "Santo" | "Sant" | "Santi" | "S" | "Ss" | "SS"
    ) || word.starts_with("Santissim")
}

/// `all'ospedale Celio`, `dal policlinico Gemelli`: the name of a hospital one goes
/// to, is taken to or comes from is the building, a place (`spec/EXTRACTION.md`);
/// `i medici dell'ospedale Sainte-Anne` stay.
fn building(before: &str) -> bool {
    let Some(w) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(rest) = ["ospedale", "policlinico"]
        .iter()
        .find_map(|b| w.strip_suffix(b))
    else {
        return false;
    };
    // the word before it: `all'` (elided, no space) or `al`, `in` (then a space)
    let elided = rest.strip_suffix(['\'', '’']);
    let Some(prep) = elided.or_else(|| rest.strip_suffix(' ')) else {
        return false;
    };
    let word = prep
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    match elided {
        Some(_) => ["all", "nell", "dall"].contains(&word),
        None => ["al", "nel", "dal", "in"].contains(&word),
    }
}

/// `un Iveco`, `una Renault Clio`, `una Peugeot 206`: a brand used as a product
/// (`spec/EXTRACTION.md`: not an organization).
fn used_as_product(text: &str, span: &Range<usize>) -> bool {
    let from = (span.start.saturating_sub(8)..span.start)
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(span.start);
    let to = (span.end..=(span.end + 12).min(text.len()))
        .rev()
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(span.end);
    let before = &text[from..span.start];
    // `il volo Ethiopian Airlines 702`: a flight number, not a model.
    product::indefinite(before)
        || plural(before) && text[span.clone()].chars().any(char::is_lowercase)
        || product::model(&text[span.end..to]) && !product::flight(before)
}

/// `gli Eurostar`, `cinque Eurostar`, `i Volvo`: a brand in the plural (after a
/// masculine plural article or a number word) is its vehicles or products. (Not a
/// name in capitals: `dei RIS` is a plural body.)
fn plural(before: &str) -> bool {
    let w = before.trim_end_matches(' ');
    if w.len() == before.len() {
        return false;
    }
    let last = w
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "nei", "negli", "sui", "sugli",
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "alcuni",
        "molti", "tanti",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::marked::check;

    /// Every row says what it drops.
    #[test]
    fn rows_say_what_they_drop() {
        assert!(FILTERS.iter().all(|f| f.drops.len() > 10));
    }

    /// Products, buildings and laws are dropped; the twins stay.
    #[test]
    fn products_buildings_laws() {
        check(&[
            "Ha comprato una Renault Clio usata.",
            "La [Renault] ha chiuso lo stabilimento.",
            "La Chiesa di San Bartolo è chiusa.",
            "La [#Chiesa valdese] ha protestato.",
            "È stato portato all'ospedale Brandolini.",
            "I medici dell'ospedale [#Brandolini] hanno protestato.",
            "Il Digital Privacy Act (DPA) è stato approvato. Il DPA entra in vigore domani.",
            "Ieri la [#Digital Privacy Agency] ([#DPA=Digital Privacy Agency]) ha multato la società.",
        ]);
    }
}
