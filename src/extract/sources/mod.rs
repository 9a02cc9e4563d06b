//! The sources an article cites (`spec/EXTRACTION.md`, Sources).

use super::entities::Entities;
use crate::reader::Article;
use crate::summary::Source;

/// Every source the article cites as the origin of its information.
pub fn extract(_article: &Article, _entities: &Entities) -> Vec<Source> {
    Vec::new()
}
