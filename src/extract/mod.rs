//! The extractors: plain functions over a parsed [`Article`](crate::reader::Article).
//!
//! Each returns summary records whose spans are **byte** offsets into the article
//! text; [`crate::analyze`] converts them to code points. A dependency between
//! extractors is an explicit argument (`quotes::extract(&article, &entities)`).

pub mod amounts;
pub(crate) mod attribution;
pub mod deals;
pub mod entities;
pub mod quotes;
pub mod sources;
