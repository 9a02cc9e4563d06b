//! The shape of `src/`: data flows one way. Every `crate::` and `super::` path of each
//! source file (comments and `#[cfg(test)] mod tests` left out) is an edge from its
//! module to the module it names; the modules of `src/` and of `src/extract/` must form
//! no circle (quotes and sources share `extract::attribution`, and import nothing of
//! each other).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`extract::quotes::names`) -> source text.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts == ["lib"] || parts == ["main"] || parts.is_empty() {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            out.insert(parts.join("::"), code_of(&text));
        }
    }
    out
}

/// The text without line comments and without the unit-test module at its end.
fn code_of(text: &str) -> String {
    let code: Vec<&str> = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect();
    let code = code.join("\n");
    match code.find("#[cfg(test)]\nmod tests") {
        Some(at) => code[..at].to_string(),
        None => code,
    }
}

/// The longest known module that `path` starts with.
fn resolve(known: &BTreeMap<String, String>, path: &str) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").collect();
    while !segs.is_empty() {
        let key = segs.join("::");
        if known.contains_key(&key) {
            return Some(key);
        }
        segs.pop();
    }
    None
}

/// Identifiers after `crate::` or `super::`, with `{a, b::c}` groups opened.
fn paths_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(inner.split(',').map(|p| p.trim().to_string()));
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            out.push(rest[..end].trim_end_matches(':').to_string());
        }
    }
    out
}

/// Edges between the groups of `depth` segments (`extract::deals` at depth 2).
fn edges(depth: usize) -> BTreeSet<(String, String)> {
    let mods = modules();
    let group = |m: &str| m.split("::").take(depth).collect::<Vec<_>>().join("::");
    let mut out = BTreeSet::new();
    for (module, code) in &mods {
        let parent = module.rsplit_once("::").map(|(p, _)| p).unwrap_or("");
        let mut targets: Vec<String> = paths_after(code, "crate::");
        for p in paths_after(code, "super::") {
            targets.push(if parent.is_empty() {
                p
            } else {
                format!("{parent}::{p}")
            });
        }
        for target in targets {
            let Some(to) = resolve(&mods, &target) else {
                continue;
            };
            let (a, b) = (group(module), group(&to));
            if a != b && !a.starts_with(&format!("{b}::")) && !b.starts_with(&format!("{a}::")) {
                out.insert((a, b));
            }
        }
    }
    out
}

/// The pairs of groups that reach each other.
fn circles(depth: usize) -> BTreeSet<(String, String)> {
    let edges = edges(depth);
    let nodes: BTreeSet<&String> = edges.iter().flat_map(|(a, b)| [a, b]).collect();
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(n) = stack.pop() {
            for (a, b) in &edges {
                if *a == n && seen.insert(b.clone()) {
                    stack.push(b.clone());
                }
            }
        }
        seen
    };
    let mut out = BTreeSet::new();
    for a in &nodes {
        for b in reach(a) {
            if **a < b && reach(&b).contains(*a) {
                out.insert(((*a).clone(), b));
            }
        }
    }
    out
}

#[test]
fn the_modules_of_src_form_no_circle() {
    assert!(
        edges(1).contains(&("batch".into(), "json".into())),
        "the scan reads edges"
    );
    assert_eq!(circles(1), BTreeSet::new());
}

#[test]
fn the_extractors_form_no_circle() {
    let edges = edges(2);
    for shared in ["extract::quotes", "extract::sources"] {
        let edge = (shared.to_string(), "extract::attribution".to_string());
        assert!(edges.contains(&edge), "the scan reads {edge:?}");
    }
    assert_eq!(circles(2), BTreeSet::new());
}

#[test]
fn the_files_of_the_deal_reader_form_no_circle() {
    // The frames and the buying and selling frames share `Frame` through
    // `extract::deals::frame`; neither imports the other's frame type.
    let edges = edges(3);
    let edge = (
        "extract::deals::trade".to_string(),
        "extract::deals::frame".to_string(),
    );
    assert!(edges.contains(&edge), "the scan reads {edge:?}");
    let deals: BTreeSet<(String, String)> = circles(3)
        .into_iter()
        .filter(|(a, _)| a.starts_with("extract::deals::"))
        .collect();
    assert_eq!(deals, BTreeSet::new());
}
