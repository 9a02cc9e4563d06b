//! Monetary amounts and percentages (`spec/EXTRACTION.md`, Amounts).

use crate::reader::Article;
use crate::summary::Amount;

/// Every amount of money and every percentage of the article, in text order.
pub fn extract(_article: &Article) -> Vec<Amount> {
    Vec::new()
}
