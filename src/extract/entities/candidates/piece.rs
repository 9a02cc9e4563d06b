//! What the candidates stage hands on to classification: a candidate decided from
//! the lists or from a whole run, or words to read.

use crate::extract::entities::candidate::Candidate;
use crate::extract::entities::lists::Class;
use std::ops::Range;

/// What the candidates stage hands to classification, in text order.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A candidate decided here: a listed name, or a run read whole.
    Decided(Candidate),
    /// Words (token indices) no list covers, for classification to read. When the
    /// run is read whole, the first candidate read from it takes the entry and class
    /// of a listed name covering exactly the run (`listed`), or else, if it has none
    /// or a person's, the class the run's words force (`forced`).
    ToClassify {
        /// The token indices.
        words: Range<usize>,
        /// The entry and class of a listed name that is exactly the run.
        listed: Option<(usize, Class)>,
        /// The class a place with a company word, or a body and its place, force.
        forced: Option<Class>,
    },
}

impl Piece {
    /// Words to classify with nothing listed or forced.
    pub fn to_classify(words: Range<usize>) -> Piece {
        Piece::ToClassify {
            words,
            listed: None,
            forced: None,
        }
    }
}
