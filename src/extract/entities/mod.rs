//! Companies, other organizations and people (`spec/EXTRACTION.md`).
//!
//! One aho-corasick pass of the gazetteer ([`gazetteer`]) over the article finds the
//! listed names; in each unit (title or sentence) the capitalised runs that remain
//! are split ([`discovery`]) and classified by legal suffixes, head words, cues and
//! given names ([`classify`]); names left over are resolved by what the article says
//! elsewhere: surnames, repeated names, initials ([`people`]), lists and brackets
//! ([`links`]); [`merge`] groups mentions into entities with canonical names.
//! Word lists are embedded from `data/` ([`lists`]).

mod business;
mod classify;
mod discovery;
mod gazetteer;
mod lineup;
mod links;
mod lists;
mod merge;
mod people;
mod product;
mod shapes;
mod teams;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_unlisted;
mod tokens;
mod ucd;

use crate::reader::Article;
use crate::summary::{Entity, Mention};
use std::ops::Range;

/// The named entities of one article, each distinct entity once with all its mentions.
/// Spans are byte offsets (see [`crate::extract`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// Businesses, media companies and news agencies.
    pub companies: Vec<Entity>,
    /// Organizations that are not companies.
    pub organizations: Vec<Entity>,
    /// Named people.
    pub people: Vec<Entity>,
}

/// Which list of [`Entities`] an entity is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// In `companies`.
    Company,
    /// In `organizations`.
    Organization,
    /// In `people`.
    Person,
}

/// One mention together with its entity, as the other extractors look them up.
#[derive(Debug, Clone, Copy)]
pub struct Found<'e> {
    /// The list the entity is in.
    pub kind: EntityKind,
    /// The entity (its `name` is the canonical name).
    pub entity: &'e Entity,
    /// The mention.
    pub mention: &'e Mention,
}

impl Entities {
    /// Every mention of every entity, in text order.
    pub fn mentions(&self) -> Vec<Found<'_>> {
        let lists = [
            (EntityKind::Company, &self.companies),
            (EntityKind::Organization, &self.organizations),
            (EntityKind::Person, &self.people),
        ];
        let mut all: Vec<Found<'_>> = lists
            .into_iter()
            .flat_map(|(kind, list)| {
                list.iter().flat_map(move |entity| {
                    entity.mentions.iter().map(move |mention| Found {
                        kind,
                        entity,
                        mention,
                    })
                })
            })
            .collect();
        all.sort_by_key(|f| (f.mention.span.start, f.mention.span.end));
        all
    }

    /// The mentions that lie inside the byte range `within`, in text order.
    pub fn mentions_in(&self, within: Range<usize>) -> Vec<Found<'_>> {
        self.mentions()
            .into_iter()
            .filter(|f| within.start <= f.mention.span.start && f.mention.span.end <= within.end)
            .collect()
    }

    /// The mention that covers byte `pos`, if any.
    pub fn mention_at(&self, pos: usize) -> Option<Found<'_>> {
        self.mentions()
            .into_iter()
            .find(|f| f.mention.span.start <= pos && pos < f.mention.span.end)
    }

    /// The canonical name and kind of the entity that `surface` names: a mention's
    /// text or the canonical name itself, compared without regard to case.
    pub fn resolve(&self, surface: &str) -> Option<(EntityKind, &str)> {
        let want = surface.trim().to_lowercase();
        self.mentions()
            .into_iter()
            .find(|f| f.mention.text.to_lowercase() == want || f.entity.name.to_lowercase() == want)
            .map(|f| (f.kind, f.entity.name.as_str()))
    }
}

/// Finds the companies, organizations and people of the article.
pub fn extract(article: &Article) -> Entities {
    let text = article.text;
    let units: Vec<Range<usize>> = article.units().collect();
    let mut hits = gazetteer::find(text, &units);
    let mut is_sports = None;
    teams::retag(text, &units, &mut hits, &mut is_sports);
    let mut cands = Vec::new();
    let marks: Vec<(usize, usize)> = units
        .iter()
        .map(|u| lineup::number_marks(&text[u.clone()]))
        .collect();
    for (u, unit) in units.iter().enumerate() {
        let mut toks = tokens::tokenize_in(&article.tokens, text, unit.clone());
        // A sentence in capitals (`ICARDI, BONUS DA 1.3 MLN`) is written like a headline.
        let shouted =
            || toks.len() >= 4 && toks.iter().filter(|t| t.upper).count() * 2 > toks.len();
        if Some(unit) == article.title.as_ref() && headline_caps(&toks) || shouted() {
            toks.iter_mut().for_each(|t| t.initial = true);
        }
        let from = hits.partition_point(|h| h.span.start < unit.start);
        let to = hits.partition_point(|h| h.span.start < unit.end);
        let before = cands.len();
        discovery::unit(text, &toks, &hits[from..to], &mut cands);
        // A line-up broken over short lines (`Canna (70` / `Allan), Bronzini (70`) is
        // read with the lines around it.
        let near = if unit.len() < 80 {
            let (a, b) = (u.saturating_sub(4), (u + 4).min(units.len() - 1));
            marks[a..=b]
                .iter()
                .fold((0, 0), |(s, k), m| (s + m.0, k + m.1))
        } else {
            marks[u]
        };
        lineup::players(
            text,
            unit,
            near,
            &hits[from..to],
            before,
            &mut is_sports,
            &mut cands,
        );
        lineup::scorers(
            text,
            unit,
            &hits[from..to],
            before,
            &mut is_sports,
            &mut cands,
        );
        teams::clubs(
            text,
            &toks,
            &hits[from..to],
            before,
            &mut is_sports,
            &mut cands,
        );
    }
    cands.retain(|c| !(c.class == lists::Class::Company && used_as_product(text, &c.span)));
    // (`Gruppo A` is 8 bytes: the length spares the regex most names)
    cands.retain(|c| !(c.span.len() == 8 && group_stage(&text[c.span.clone()])));
    cands.retain(|c| !summit(&text[c.name.clone()]));
    cands.retain(|c| {
        !(c.class == lists::Class::Organization && saints_church(&text[c.name.clone()]))
    });
    cands.retain(|c| {
        !(matches!(c.class, lists::Class::Company | lists::Class::Organization)
            && building(&text[..c.span.start]))
    });
    drop_laws(text, &mut cands);
    let keys = people::resolve(text, &mut cands);
    let [companies, organizations, people] = merge::build(text, &cands, &keys);
    Entities {
        companies,
        organizations,
        people,
    }
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
fn drop_laws(text: &str, cands: &mut Vec<discovery::Cand>) {
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
        !(matches!(c.class, lists::Class::Company | lists::Class::Organization)
            && laws.contains(&&text[c.name.clone()]))
    });
}

/// `Gruppo A`: a group of a tournament, not a business group (what the regex
/// `^(?:Gruppo|Girone) [A-H]$` matched).
fn group_stage(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 8
        && (b.starts_with(b"Gruppo ") || b.starts_with(b"Girone "))
        && (b'A'..=b'H').contains(&b[7])
}

/// `G7`, `G8`, `G20`: in the news the summits (`il G20 di Buenos Aires`, `il G8 del
/// 2001`), events and no organizations (`spec/EXTRACTION.md`).
fn summit(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=3).contains(&b.len()) && b[0] == b'G' && b[1..].iter().all(u8::is_ascii_digit)
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

/// A headline whose words are mostly capitalised (`Microsoft Investe Nella Rivale`)
/// or in capitals: its capitals say nothing about names.
fn headline_caps(toks: &[tokens::Tok]) -> bool {
    let words = toks.iter().filter(|t| !t.digits).count();
    let caps = toks.iter().filter(|t| t.cap).count();
    let upper = toks.iter().filter(|t| t.upper).count();
    words >= 4 && (caps * 4 >= words * 3 || upper * 2 > words)
}
