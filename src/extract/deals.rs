//! Deals: who pays whom, how much (`spec/EXTRACTION.md`, Deals).

use super::entities::Entities;
use crate::reader::Article;
use crate::summary::{Amount, Deal};

/// Every deal the article reports as done, agreed, committed or announced.
pub fn extract(_article: &Article, _entities: &Entities, _amounts: &[Amount]) -> Vec<Deal> {
    Vec::new()
}
