//! Direct quotations and their speakers (`spec/EXTRACTION.md`, Quotes).

use super::entities::Entities;
use crate::reader::Article;
use crate::summary::Quote;

/// Every direct quotation of the article, in text order, with speaker and cue.
pub fn extract(_article: &Article, _entities: &Entities) -> Vec<Quote> {
    Vec::new()
}
