//! What every source pattern returns: a citation with its byte ranges, name and kind.

use crate::summary::SourceKind;

/// A citation found by a pattern: byte ranges of the whole citation and of its cue.
pub(crate) struct Hit {
    /// Start of the citation (its cue).
    pub start: usize,
    /// End of the citation (its name).
    pub end: usize,
    /// The source's name.
    pub name: String,
    /// The kind.
    pub kind: SourceKind,
    /// The cue's byte range, if any.
    pub cue: Option<(usize, usize)>,
}
