//! The graph written out: nodes, edges with their totals and evidence, cycles.

use crate::summary::DealKind;
use serde::Serialize;

/// The schema name written in every graph.
pub const SCHEMA: &str = "cronista-graph/1";

/// The aggregated money flows of a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Graph {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Articles analyzed (failed ones excluded).
    pub articles: usize,
    /// Deals with a money flow that went into the edges.
    pub deals: usize,
    /// The parties, in order of first appearance.
    pub nodes: Vec<Node>,
    /// The flows payer → payee, ordered by payer then payee (node order).
    pub edges: Vec<Edge>,
    /// The circular deals: shortest first.
    pub cycles: Vec<Cycle>,
}

/// A party of some deal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// The name most used for it.
    pub name: String,
    /// Ids of the articles where it pays or receives.
    pub articles: Vec<String>,
}

/// The money that flows from one party to another, over all articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    /// The payer's node name.
    pub from: String,
    /// The payee's node name.
    pub to: String,
    /// The kinds of the deals behind it, in order of first appearance.
    pub kinds: Vec<DealKind>,
    /// Amounts summed per currency (`null` currency: none stated).
    pub totals: Vec<Total>,
    /// True when some deal behind it has several payers or payees: its whole amount
    /// is counted on each of their edges.
    pub joint: bool,
    /// Ids of the articles that report it.
    pub articles: Vec<String>,
    /// Every deal behind it.
    pub evidence: Vec<Evidence>,
}

/// The sum of the amounts in one currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    /// ISO 4217 code, or null.
    pub currency: Option<String>,
    /// The sum of the values (a whole sum is written as a JSON integer).
    #[serde(serialize_with = "whole")]
    pub value: f64,
    /// How many deals it sums.
    pub deals: usize,
}

/// One deal behind an edge.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The article id.
    pub article: String,
    /// The deal's kind.
    pub kind: DealKind,
    /// The amount's text, if any.
    pub amount: Option<String>,
    /// The cue word.
    pub cue: Option<String>,
    /// The sentence index in the article.
    pub sentence: Option<usize>,
    /// The sentence.
    pub text: String,
}

/// A circular deal: money that goes around and comes back.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cycle {
    /// The parties in flow order, the first repeated at the end.
    pub nodes: Vec<String>,
    /// Ids of the articles that support some edge of it.
    pub articles: Vec<String>,
    /// Its edges, in flow order, with their evidence.
    pub edges: Vec<Edge>,
}

/// Writes a whole number as a JSON integer (`15000000000`, not `15000000000.0`)
/// while it is exact in a double, like the summary's amounts.
pub(crate) fn whole<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if v.fract() == 0.0 && v.abs() < EXACT {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}
