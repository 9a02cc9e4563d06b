//! Companies, other organizations and people (`spec/EXTRACTION.md`).

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
pub fn extract(_article: &Article) -> Entities {
    Entities::default()
}
