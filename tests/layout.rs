//! The shape of `src/`: data flows one way. Every `crate::` and `super::` path of each
//! source file (comments and inline `#[cfg(test)]` modules left out) is an edge from
//! its module to the module it names; the modules of `src/` and of `src/extract/` must
//! form no circle (quotes and sources share `extract::attribution`, and import nothing
//! of each other), nor may the files of `src/` outside an explicit list of circles
//! left, and the files of the entity stage none at all, counting a parent module's
//! use of its children too.

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
    // (`#[cfg(test)] mod tests;` declares a file: only an inline test module, under
    // any name, ends the code)
    let mut from = 0;
    while let Some(at) = code[from..].find("#[cfg(test)]\nmod ") {
        let at = from + at;
        let rest = &code[at + "#[cfg(test)]\nmod ".len()..];
        let name_end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if rest[name_end..].starts_with(" {") {
            return code[..at].to_string();
        }
        from = at + 1;
    }
    code
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

/// Modules declared test-only (`#[cfg(test)] mod x;`): their files are tests, not
/// part of the flow.
fn test_only(mods: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (module, code) in mods {
        let lines: Vec<&str> = code.lines().map(str::trim).collect();
        for w in lines.windows(2) {
            if w[0] == "#[cfg(test)]" {
                if let Some(name) = w[1].strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
                    out.insert(format!("{module}::{name}"));
                }
            }
        }
    }
    out
}

/// Edges between FILES: every `crate::` and `super::` path and, with `children`, every
/// use of a child module declared in the file (`mod runs;` ... `runs::runs(..)`), so
/// that a parent and its child that use each other show as a circle too.
fn file_edges(children: bool) -> BTreeSet<(String, String)> {
    let mods = modules();
    let tests = test_only(&mods);
    let mut out = BTreeSet::new();
    for (module, code) in &mods {
        if tests.contains(module) {
            continue;
        }
        let parent = module.rsplit_once("::").map(|(p, _)| p).unwrap_or("");
        let mut targets: Vec<String> = paths_after(code, "crate::");
        for p in paths_after(code, "super::") {
            targets.push(if parent.is_empty() {
                p
            } else {
                format!("{parent}::{p}")
            });
        }
        for line in code.lines().map(str::trim) {
            let decl = line.strip_prefix("pub ").unwrap_or(line);
            let Some(child) = decl.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) else {
                continue;
            };
            let path = format!("{module}::{child}");
            let used = paths_after(code, &format!("{child}::"));
            if children && !used.is_empty() && !tests.contains(&path) {
                targets.push(path);
            }
        }
        for target in targets {
            if let Some(to) = resolve(&mods, &target) {
                if to != *module && !tests.contains(&to) {
                    out.insert((module.clone(), to));
                }
            }
        }
    }
    out
}

/// The pairs of files that reach each other through [`file_edges`].
fn file_circles(children: bool) -> BTreeSet<(String, String)> {
    let edges = file_edges(children);
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

/// No two files of `src/` reach each other through their `use` lines, a parent
/// module and its children included: shared types live in a file of their own
/// (`graph::model`, `extract::sources::hit`, `reader::spans`), not in the parent.
#[test]
fn the_files_of_src_form_no_circle() {
    let edges = file_edges(false);
    // the scan reads `use super::` lines and `crate::` paths
    for edge in [
        (
            "extract::entities::classify",
            "extract::entities::candidates",
        ),
        (
            "extract::entities::domains::sports::teams",
            "extract::entities::domains::topic",
        ),
        ("extract::attribution::names", "extract::attribution::runs"),
    ] {
        let edge = (edge.0.to_string(), edge.1.to_string());
        assert!(edges.contains(&edge), "the scan reads {edge:?}");
    }
    assert_eq!(
        file_circles(true),
        BTreeSet::new(),
        "circles between files of src/"
    );
}

/// The entity stage is a pipeline whose files read one way: no circle between any two
/// of its files, a parent module and its children included (`candidates` and its
/// `whole.rs` share `Piece` from a file of its own, not from the parent).
#[test]
fn the_files_of_the_entity_stage_form_no_circle() {
    let edges = file_edges(true);
    let edge = (
        "extract::entities".to_string(),
        "extract::entities::resolve".to_string(),
    );
    assert!(
        edges.contains(&edge),
        "the scan reads child modules: {edge:?}"
    );
    let inside: Vec<_> = file_circles(true)
        .into_iter()
        .filter(|(a, b)| a.starts_with("extract::entities") || b.starts_with("extract::entities"))
        .collect();
    assert!(inside.is_empty(), "circles in the entity stage: {inside:?}");
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
