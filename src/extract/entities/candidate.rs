//! The one record the stages hand on: a mention candidate. The candidates stage
//! makes them from listed names and capitalised runs, classification gives them a
//! class, the genre recognisers (`domains`) add or retag some, resolution gives the
//! unclassified ones a class from the rest of the article, and merge groups them
//! into entities. Spans are byte offsets into the article's text.

use super::lists::Class;
use std::ops::Range;

/// A mention candidate: a name found in the text, with what it is so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The mention (may include a legal suffix).
    pub span: Range<usize>,
    /// The name inside it, legal suffix left out.
    pub name: Range<usize>,
    /// What it is; [`Class::Nothing`] for a capitalised name not yet resolved.
    pub class: Class,
    /// The gazetteer entry, if listed.
    pub entry: Option<usize>,
    /// Number of words.
    pub words: usize,
    /// Opens its sentence (its capital proves nothing).
    pub initial: bool,
}
