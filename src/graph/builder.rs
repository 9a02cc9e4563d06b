//! Summaries aggregated into a [`Graph`]: one node per party, one edge per payer and
//! payee, each distinct deal counted once, and the cycles of the flows.

use super::cycles;
use super::model::*;
use crate::summary::{DealKind, Summary};
use std::collections::{HashMap, HashSet};

/// Aggregates summaries into a [`Graph`].
#[derive(Debug, Default)]
pub struct Builder {
    articles: usize,
    deals: usize,
    keys: HashMap<String, usize>,
    nodes: Vec<NodeAcc>,
    edge_index: HashMap<(usize, usize), usize>,
    edges: Vec<EdgeAcc>,
    /// The distinct deals seen so far (see [`DealKey`]).
    seen: HashSet<DealKey>,
    /// The messages of the documents that could not be analyzed, in input order.
    pub errors: Vec<String>,
}

#[derive(Debug, Default)]
struct NodeAcc {
    names: Vec<(String, usize)>,
    articles: ArticleIds,
}

#[derive(Debug)]
struct EdgeAcc {
    from: usize,
    to: usize,
    edge: Edge,
    /// The ids already in `edge.articles`, so adding one stays constant time.
    article_set: HashSet<String>,
}

/// Article ids in first-seen order without repeats. A set beside the list keeps
/// each insertion constant time: a node or edge shared by thousands of articles
/// made a linear scan per insertion quadratic over the whole run.
#[derive(Debug, Default)]
struct ArticleIds {
    order: Vec<String>,
    seen: HashSet<String>,
}

impl ArticleIds {
    /// Appends `id` unless it is already listed.
    fn insert(&mut self, id: &str) {
        insert_unique(&mut self.order, &mut self.seen, id);
    }
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the deals of one article.
    pub fn add(&mut self, summary: &Summary) {
        self.articles += 1;
        for deal in &summary.deals {
            if deal.kind == DealKind::Partnership {
                continue;
            }
            let payers: Vec<usize> = deal
                .payers
                .iter()
                .map(|n| self.node(n, &summary.id))
                .collect();
            let payees: Vec<usize> = deal
                .payees
                .iter()
                .map(|n| self.node(n, &summary.id))
                .collect();
            let joint = payers.len() > 1 || payees.len() > 1;
            // Several outlets (or a headline and its body) reporting one deal is
            // the normal case: its amount is counted once, every report listed.
            let first_report = self.seen.insert(DealKey::of(deal, &payers, &payees));
            let mut any = false;
            for &a in &payers {
                for &b in payees.iter().filter(|&&b| b != a) {
                    any = true;
                    let acc = self.edge(a, b);
                    acc.add_article(&summary.id);
                    let e = &mut acc.edge;
                    e.joint |= joint;
                    if !e.kinds.contains(&deal.kind) {
                        e.kinds.push(deal.kind);
                    }
                    if let Some(amount) = deal.amount.as_ref().filter(|_| first_report) {
                        add_total(&mut e.totals, amount.currency.as_deref(), amount.value);
                    }
                    e.evidence.push(Evidence {
                        article: summary.id.clone(),
                        kind: deal.kind,
                        amount: deal.amount.as_ref().map(|a| a.text.clone()),
                        cue: deal.cue.clone(),
                        sentence: deal.sentence,
                        text: deal.text.clone(),
                    });
                }
            }
            self.deals += usize::from(any && first_report);
        }
    }

    fn node(&mut self, name: &str, article: &str) -> usize {
        let key = node_key(name);
        let next = self.nodes.len();
        let i = *self.keys.entry(key).or_insert(next);
        if i == next {
            self.nodes.push(NodeAcc::default());
        }
        let n = &mut self.nodes[i];
        match n.names.iter_mut().find(|(s, _)| s == name) {
            Some((_, count)) => *count += 1,
            None => n.names.push((name.to_string(), 1)),
        }
        n.articles.insert(article);
        i
    }

    fn edge(&mut self, from: usize, to: usize) -> &mut EdgeAcc {
        let next = self.edges.len();
        let i = *self.edge_index.entry((from, to)).or_insert(next);
        if i == next {
            self.edges.push(EdgeAcc {
                from,
                to,
                edge: Edge {
                    from: String::new(),
                    to: String::new(),
                    kinds: Vec::new(),
                    totals: Vec::new(),
                    joint: false,
                    articles: Vec::new(),
                    evidence: Vec::new(),
                },
                article_set: HashSet::new(),
            });
        }
        &mut self.edges[i]
    }

    /// The graph of everything added, with its cycles.
    pub fn finish(self) -> Graph {
        let names: Vec<String> = self.nodes.iter().map(NodeAcc::name).collect();
        let mut edges = self.edges;
        edges.sort_by_key(|e| (e.from, e.to));
        let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.from, e.to)).collect();
        let edges: Vec<Edge> = edges
            .into_iter()
            .map(|e| Edge {
                from: names[e.from].clone(),
                to: names[e.to].clone(),
                ..e.edge
            })
            .collect();
        let cycles = cycles::find(names.len(), &pairs)
            .into_iter()
            .map(|c| {
                let mut nodes: Vec<String> = c.nodes.iter().map(|&n| names[n].clone()).collect();
                nodes.push(names[c.nodes[0]].clone());
                let edges: Vec<Edge> = c.edges.iter().map(|&e| edges[e].clone()).collect();
                let mut articles = Vec::new();
                let mut seen = HashSet::new();
                for e in &edges {
                    for a in &e.articles {
                        insert_unique(&mut articles, &mut seen, a);
                    }
                }
                Cycle {
                    nodes,
                    articles,
                    edges,
                }
            })
            .collect();
        Graph {
            schema: SCHEMA,
            articles: self.articles,
            deals: self.deals,
            nodes: self
                .nodes
                .into_iter()
                .zip(names)
                .map(|(n, name)| Node {
                    name,
                    articles: n.articles.order,
                })
                .collect(),
            edges,
            cycles,
        }
    }
}

/// What makes two reported deals one deal: the same kind, the same payers and
/// payees (as node indices, so `Microsoft` and `Microsoft Corp.` are one party; order
/// ignored) and the same amount (currency and value, or both without an amount).
/// Two reports that differ in any of these are two deals: the graph never guesses
/// that a report without an amount is the one with an amount.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DealKey {
    /// The kind's discriminant (`DealKind` is not `Hash`).
    kind: u8,
    payers: Vec<usize>,
    payees: Vec<usize>,
    amount: Option<(Option<String>, u64)>,
}

impl DealKey {
    fn of(deal: &crate::summary::Deal, payers: &[usize], payees: &[usize]) -> Self {
        let sorted = |v: &[usize]| {
            let mut v = v.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        };
        DealKey {
            kind: deal.kind as u8,
            payers: sorted(payers),
            payees: sorted(payees),
            amount: deal
                .amount
                .as_ref()
                .and_then(|a| a.value.map(|v| (a.currency.clone(), v.to_bits()))),
        }
    }
}

impl NodeAcc {
    /// The most used name; the first seen on a tie.
    fn name(&self) -> String {
        let best = self.names.iter().map(|(_, c)| *c).max().unwrap_or(0);
        self.names
            .iter()
            .find(|(_, c)| *c == best)
            .map(|(n, _)| n.clone())
            .unwrap_or_default()
    }
}

/// Legal-form words dropped from the end of a name before names are compared.
const LEGAL: &[&str] = &[
    "ag",
    "co",
    "corp",
    "corporation",
    "gmbh",
    "inc",
    "incorporated",
    "limited",
    "llc",
    "ltd",
    "nv",
    "plc",
    "sa",
    "sapa",
    "spa",
    "srl",
    "s",
    "p",
    "a",
    "r",
    "l",
];

/// The key under which names are merged into one node: lower case, letters and
/// digits only, final legal-form words dropped (`Microsoft Corp.` → `microsoft`).
pub fn node_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

/// Appends `id` to `order` unless `seen` already holds it (then `order` is unchanged).
fn insert_unique(order: &mut Vec<String>, seen: &mut HashSet<String>, id: &str) {
    if !seen.contains(id) {
        seen.insert(id.to_string());
        order.push(id.to_string());
    }
}

impl EdgeAcc {
    /// Lists `id` among the edge's articles unless it is there already.
    fn add_article(&mut self, id: &str) {
        insert_unique(&mut self.edge.articles, &mut self.article_set, id);
    }
}

fn add_total(totals: &mut Vec<Total>, currency: Option<&str>, value: Option<f64>) {
    let Some(value) = value else { return };
    match totals
        .iter_mut()
        .find(|t| t.currency.as_deref() == currency)
    {
        Some(t) => {
            t.value += value;
            t.deals += 1;
        }
        None => totals.push(Total {
            currency: currency.map(str::to_string),
            value,
            deals: 1,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_punctuation_and_legal_forms() {
        assert_eq!(node_key("Microsoft Corp."), "microsoft");
        assert_eq!(node_key("MICROSOFT"), "microsoft");
        assert_eq!(node_key("Fiat S.p.A."), "fiat");
        assert_eq!(node_key("Enel SpA"), "enel");
        assert_eq!(node_key("Banca d'Italia"), "banca d italia");
        assert_eq!(node_key("A"), "a");
    }

    #[test]
    fn article_ids_keep_first_seen_order_without_repeats() {
        let mut ids = ArticleIds::default();
        for id in ["b", "a", "b", "c", "a", "b"] {
            ids.insert(id);
        }
        assert_eq!(ids.order, ["b", "a", "c"]);
    }

    #[test]
    fn totals_sum_per_currency() {
        let mut t = Vec::new();
        add_total(&mut t, Some("USD"), Some(1.0));
        add_total(&mut t, Some("USD"), Some(2.0));
        add_total(&mut t, None, Some(5.0));
        add_total(&mut t, Some("EUR"), None);
        assert_eq!(t.len(), 2);
        assert_eq!((t[0].value, t[0].deals), (3.0, 2));
    }
}
