//! The money-flow graph of many articles: every deal's payers → payees, aggregated
//! over all the summaries, and the circular deals it contains.
//!
//! [`Builder`] takes summaries one at a time ([`Builder::add`], or as a
//! [`crate::batch::Sink`]) and [`Builder::finish`] returns the [`Graph`]. A node is a
//! company (or organization, or person) named as in the summaries, merged across
//! articles by a key that ignores case, punctuation and legal suffixes (`Microsoft`,
//! `Microsoft Corp.`); the name shown is the form used most. An edge carries the
//! kinds of its deals, the amounts summed per currency over its distinct deals (one
//! deal reported by several articles counts once: see `DealKey`), the ids of the
//! articles that support it and the evidence sentences. Partnerships move no money and make no
//! edge. A cycle (A pays B, B pays A, or longer) is a circular deal; [`cycles`] finds
//! them. [`dot`] renders the graph for Graphviz. Nothing here prints.
//!
//! JSON shape (schema `cronista-graph/1`):
//! ```json
//! {"schema": "cronista-graph/1", "articles": 1, "deals": 2,
//!  "nodes": [{"name": "Microsoft", "articles": ["seed.txt"]}],
//!  "edges": [{"from": "Microsoft", "to": "Anthropic", "kinds": ["investment"],
//!             "totals": [{"currency": "USD", "value": 15000000000, "deals": 1}],
//!             "joint": true, "articles": ["seed.txt"],
//!             "evidence": [{"article": "seed.txt", "kind": "investment",
//!                           "amount": "15 miliardi di dollari", "cue": "investire",
//!                           "sentence": 0, "text": "Microsoft e Nvidia ..."}]}],
//!  "cycles": [{"nodes": ["Microsoft", "Anthropic", "Microsoft"], "articles": ["seed.txt"],
//!              "edges": [...]}]}
//! ```

mod builder;
pub mod cycles;
pub mod dot;
mod inputs;
mod model;

pub use builder::{node_key, Builder};
pub use inputs::run;
pub use model::*;
