//! Companies, other organizations and people (`spec/EXTRACTION.md`).
//!
//! A pipeline whose stages read one way: each file imports only earlier stages and
//! the shared modules, never a later one (`tests/layout.rs` checks it).
//!
//! 0. Listed names: one aho-corasick pass of the gazetteer ([`gazetteer`]) over the
//!    article; the article's [`Topic`](domains::Topic) switches genre rules on
//!    (places that are sports teams, the contrade of the Palio: [`domains`]).
//! 1. Candidates ([`candidates`]): in each unit (title or sentence) the capitalised
//!    runs, split where listed names stand inside them.
//! 2. Classification ([`classify`]): legal suffixes, head words, cues ([`cues`]),
//!    clause slots ([`slots`]) and given names say what an unlisted run names; the
//!    sports recognisers ([`domains::sports`]) then read the unit's line-ups.
//! 3. Filters ([`filters`]): products, buildings, laws are dropped; the
//!    corpus-specific fixes are one table of their own ([`regressions`]).
//! 4. Resolution ([`resolve`], [`links`], [`variants`]): names left over are resolved
//!    by what the article says elsewhere: surnames, repeated names, initials, lists,
//!    brackets, another spelling in case of a known name.
//! 5. Merge ([`merge`]): mentions grouped into entities with canonical names.
//!
//! Shared by the stages: the [`candidate::Candidate`] they hand on, the tokens
//! ([`tokens`]), word lists embedded from `data/` ([`lists`]), word shapes
//! ([`shapes`]) and the word tests several stages ask ([`words`]).

mod candidate;
mod candidates;
mod classify;
mod cues;
mod domains;
mod filters;
mod gazetteer;
mod links;
mod lists;
#[cfg(test)]
mod marked;
mod merge;
mod product;
mod regressions;
mod resolve;
mod shapes;
mod slots;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_unlisted;
mod tokens;
mod ucd;
mod variants;
mod words;

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
    let topic = domains::Topic::of(text);
    // 0. listed names, and the genre rules that retag them
    let mut hits = gazetteer::find(text, &units);
    domains::palio::contrade(text, &units, &topic, &mut hits);
    domains::sports::teams::retag(text, &units, &mut hits, &topic);
    let marks = domains::sports::marks(text, &units);
    let mut cands = Vec::new();
    let mut pieces = Vec::new();
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
        let hits = &hits[from..to];
        let before = cands.len();
        // 1. candidates, 2. classification, then the genre recognisers of the unit
        pieces.clear();
        candidates::unit(text, &toks, hits, &mut pieces);
        classify::pieces(text, &toks, &pieces, &mut cands);
        domains::sports::unit(
            text, &units, u, &marks, &toks, hits, before, &topic, &mut cands,
        );
    }
    // 3. filters, 4. resolution, 5. merge
    filters::apply(text, &mut cands);
    let keys = resolve::resolve(text, &mut cands);
    let [companies, organizations, people] = merge::build(text, &cands, &keys);
    Entities {
        companies,
        organizations,
        people,
    }
}

/// A headline whose words are mostly capitalised (`Microsoft Investe Nella Rivale`)
/// or in capitals: its capitals say nothing about names.
fn headline_caps(toks: &[tokens::EntityWord]) -> bool {
    let words = toks.iter().filter(|t| !t.digits).count();
    let caps = toks.iter().filter(|t| t.cap).count();
    let upper = toks.iter().filter(|t| t.upper).count();
    words >= 4 && (caps * 4 >= words * 3 || upper * 2 > words)
}
