//! Simple cycles of a small directed graph: the circular deals.
//!
//! Each cycle is found once, starting from its lowest node (the party that appeared
//! first), by a depth-first search that only visits higher nodes. The search is
//! bounded: cycles of at most [`MAX_LEN`] parties, at most [`MAX_CYCLES`] cycles and
//! [`MAX_STEPS`] steps, so a dense graph of thousands of articles cannot blow up.

/// Longest cycle reported, in parties.
pub const MAX_LEN: usize = 6;
/// Most cycles reported.
pub const MAX_CYCLES: usize = 1000;
/// Most search steps over the whole graph.
pub const MAX_STEPS: usize = 2_000_000;

/// A cycle as node indices in flow order and the indices of its edges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The nodes, the lowest first; the cycle returns to it.
    pub nodes: Vec<usize>,
    /// The edges, as indices into the `edges` given to [`find`].
    pub edges: Vec<usize>,
}

/// The simple cycles of the graph of `n` nodes and `edges` (from, to), shortest
/// first, then in node order.
pub fn find(n: usize, edges: &[(usize, usize)]) -> Vec<Found> {
    let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (i, &(a, b)) in edges.iter().enumerate() {
        if a < n && b < n && a != b {
            adj[a].push((b, i));
        }
    }
    for list in &mut adj {
        list.sort_unstable();
    }
    let mut found = Vec::new();
    let mut steps = 0;
    for start in 0..n {
        let mut search = Search {
            adj: &adj,
            start,
            nodes: vec![start],
            edges: Vec::new(),
            on_path: vec![false; n],
            steps: &mut steps,
            found: &mut found,
        };
        search.on_path[start] = true;
        search.dfs(start);
        if found.len() >= MAX_CYCLES || steps >= MAX_STEPS {
            break;
        }
    }
    found.sort_by(|a, b| {
        a.nodes
            .len()
            .cmp(&b.nodes.len())
            .then(a.nodes.cmp(&b.nodes))
    });
    found
}

struct Search<'a> {
    adj: &'a [Vec<(usize, usize)>],
    start: usize,
    nodes: Vec<usize>,
    edges: Vec<usize>,
    on_path: Vec<bool>,
    steps: &'a mut usize,
    found: &'a mut Vec<Found>,
}

impl Search<'_> {
    fn dfs(&mut self, at: usize) {
        for &(next, edge) in &self.adj[at] {
            *self.steps += 1;
            if *self.steps >= MAX_STEPS || self.found.len() >= MAX_CYCLES {
                return;
            }
            if next == self.start {
                let mut edges = self.edges.clone();
                edges.push(edge);
                self.found.push(Found {
                    nodes: self.nodes.clone(),
                    edges,
                });
            } else if next > self.start && !self.on_path[next] && self.nodes.len() < MAX_LEN {
                self.on_path[next] = true;
                self.nodes.push(next);
                self.edges.push(edge);
                self.dfs(next);
                self.nodes.pop();
                self.edges.pop();
                self.on_path[next] = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_and_three_cycles_once_each() {
        // 0 -> 2 -> 0 and 1 -> 2 -> 3 -> 1.
        let edges = [(0, 2), (1, 2), (2, 0), (2, 3), (3, 1)];
        let c = find(4, &edges);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].nodes, [0, 2]);
        assert_eq!(c[0].edges, [0, 2]);
        assert_eq!(c[1].nodes, [1, 2, 3]);
        assert_eq!(c[1].edges, [1, 3, 4]);
    }

    #[test]
    fn no_cycle_in_a_chain_and_self_loops_ignored() {
        assert!(find(3, &[(0, 1), (1, 2), (2, 2)]).is_empty());
        assert!(find(0, &[]).is_empty());
    }

    #[test]
    fn dense_graph_is_bounded() {
        let n = 40;
        let edges: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (0..n).filter(move |&b| b != a).map(move |b| (a, b)))
            .collect();
        let c = find(n, &edges);
        assert!(c.len() <= MAX_CYCLES && !c.is_empty());
        assert!(c.iter().all(|x| x.nodes.len() <= MAX_LEN));
    }
}
