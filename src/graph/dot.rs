//! Graphviz DOT rendering of a [`Graph`]: one box per party, one arrow per money
//! flow labelled with its kinds and totals; the arrows of circular deals are red.
//!
//! `cronista graph --format dot news/ | dot -Tsvg > graph.svg`

use super::model::{Edge, Graph, Total};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// The graph as a DOT `digraph`.
pub fn render(graph: &Graph) -> String {
    let mut circular: HashSet<(&str, &str)> = HashSet::new();
    for c in &graph.cycles {
        for e in &c.edges {
            circular.insert((e.from.as_str(), e.to.as_str()));
        }
    }
    let ids: HashMap<&str, usize> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.name.as_str(), i))
        .collect();
    let id = |name: &str| ids.get(name).copied().unwrap_or(0);
    let mut out = String::from("digraph cronista {\n");
    out.push_str("  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (i, n) in graph.nodes.iter().enumerate() {
        let _ = writeln!(out, "  n{i} [label=\"{}\"];", escape(&n.name));
    }
    for e in &graph.edges {
        let style = if circular.contains(&(e.from.as_str(), e.to.as_str())) {
            ", color=\"#c62828\", fontcolor=\"#c62828\", penwidth=2"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  n{} -> n{} [label=\"{}\"{style}];",
            id(&e.from),
            id(&e.to),
            escape(&label(e))
        );
    }
    out.push_str("}\n");
    out
}

/// `investment (joint)\n15 mld USD`: the kinds (`joint` when the amount is shared
/// with other parties), each total, the number of articles when more than one.
fn label(e: &Edge) -> String {
    let kinds: Vec<String> = e
        .kinds
        .iter()
        .map(|k| format!("{k:?}").to_lowercase())
        .collect();
    let mut head = kinds.join(", ");
    if e.joint {
        head.push_str(" (joint)");
    }
    let mut lines = vec![head];
    lines.extend(e.totals.iter().map(total));
    if e.articles.len() > 1 {
        lines.push(format!("{} articles", e.articles.len()));
    }
    lines.join("\n")
}

/// `15 mld USD`, `300 mln EUR`, `2.5 mln`.
pub fn total(t: &Total) -> String {
    let (v, unit) = if t.value >= 1e9 {
        (t.value / 1e9, " mld")
    } else if t.value >= 1e6 {
        (t.value / 1e6, " mln")
    } else {
        (t.value, "")
    };
    let mut s = format!("{:.2}", v);
    while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
        s.pop();
    }
    match &t.currency {
        Some(c) => format!("{s}{unit} {c}"),
        None => format!("{s}{unit}"),
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_read_well() {
        let t = |v, c: Option<&str>| {
            total(&Total {
                currency: c.map(str::to_string),
                value: v,
                deals: 1,
            })
        };
        assert_eq!(t(15e9, Some("USD")), "15 mld USD");
        assert_eq!(t(2.5e6, None), "2.5 mln");
        assert_eq!(t(850.0, Some("EUR")), "850 EUR");
    }

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("a \"b\"\nc"), "a \\\"b\\\"\\nc");
    }
}
