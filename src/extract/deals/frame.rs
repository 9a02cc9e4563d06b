//! A deal as one cue's frame reads it, before it becomes a [`crate::summary::Deal`]:
//! the type that the frames (`frames.rs`) and the buying and selling frames
//! (`trade.rs`) both fill, in a module of its own so that neither imports the other's.

use super::context::Group;
use crate::summary::DealKind;
use std::ops::Range;

/// A deal read from one cue, before it becomes a [`crate::summary::Deal`].
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The kind of deal.
    pub kind: DealKind,
    /// Who pays: indices into [`super::context::DealSentence::found`].
    pub payers: Vec<usize>,
    /// Who receives.
    pub payees: Vec<usize>,
    /// Index of the amount in the article's amounts.
    pub amount: Option<usize>,
    /// Byte range of the object, when stated.
    pub object: Option<Range<usize>>,
    /// Byte range of the cue.
    pub cue: Range<usize>,
    /// The token after the last one the frame used.
    pub end: usize,
    /// The payees are coordinated targets bought one by one (`X ha acquistato A, B e
    /// C`): one deal per target, without the amount (a price of the lot is no one
    /// target's price).
    pub each_payee: bool,
}

impl Frame {
    /// Sets the payers and payees and extends the frame over both groups.
    pub fn take(&mut self, payers: Group, payees: Group) {
        self.end = self.end.max(payers.end).max(payees.end);
        self.payers = payers.members;
        self.payees = payees.members;
    }
}
