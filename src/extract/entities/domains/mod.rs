//! Genre recognisers: rules that hold in one kind of article only, kept apart from the
//! general mechanism and switched on by the article's [`Topic`], computed once per
//! article. Sports reports ([`sports`]): places that stand for teams, line-ups and
//! scorers, clubs; the Palio of Siena ([`palio`]): the contrade, whose names are
//! ordinary words.
//!
//! Not here, as they hold in any article: a church named after its saint and the
//! hospital one is taken to are places (`filters`), a flight number is no car model
//! (`product`), capitals among codes are no body (`classify::codes`).

pub mod palio;
pub mod sports;
pub mod topic;

pub use topic::Topic;
