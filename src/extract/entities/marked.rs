//! Marked-up sentences for the stage tests (as the deal tests write them): `[Acme]`
//! is a company's mention, `[#Lega Blu]` an organization's, `[@Anna Neri]` a
//! person's, and `[@Neri=Anna Neri]` a mention of the entity named after `=`. A
//! sentence with no marks expects no entity at all: a negative twin.

use super::{extract, EntityKind};
use crate::reader::Article;

/// One expected mention: its kind, its text, and the entity's name if given.
type Expected = (EntityKind, String, Option<String>);

/// The plain text of `marked` and the mentions it marks, in text order.
fn parse(marked: &str) -> (String, Vec<Expected>) {
    let mut text = String::new();
    let mut want = Vec::new();
    let mut rest = marked;
    while let Some(i) = rest.find('[') {
        text.push_str(&rest[..i]);
        let j = i + rest[i..].find(']').expect("a closed mark");
        let inner = &rest[i + 1..j];
        let (kind, inner) = match inner.chars().next() {
            Some('#') => (EntityKind::Organization, &inner[1..]),
            Some('@') => (EntityKind::Person, &inner[1..]),
            _ => (EntityKind::Company, inner),
        };
        let (surface, name) = match inner.split_once('=') {
            Some((s, n)) => (s, Some(n.to_string())),
            None => (inner, None),
        };
        text.push_str(surface);
        want.push((kind, surface.to_string(), name));
        rest = &rest[j + 1..];
    }
    text.push_str(rest);
    (text, want)
}

/// What the entity stage finds in `text`, as [`parse`] writes it (every name given).
fn found(text: &str) -> Vec<Expected> {
    let article = Article::parse(text);
    let entities = extract(&article);
    entities
        .mentions()
        .iter()
        .map(|f| (f.kind, f.mention.text.clone(), Some(f.entity.name.clone())))
        .collect()
}

/// The cases of a table whose marks the entity stage does not reproduce, each with
/// what it found; empty when all pass. Names are compared only where a mark gives one.
pub fn failures(cases: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for marked in cases {
        let (text, want) = parse(marked);
        let got = found(&text);
        let same = want.len() == got.len()
            && want
                .iter()
                .zip(&got)
                .all(|(w, g)| w.0 == g.0 && w.1 == g.1 && (w.2.is_none() || w.2 == g.2));
        if !same {
            out.push(format!("{marked}\n    found {got:?}"));
        }
    }
    out
}

/// Asserts that every case of the table passes, listing all that do not.
pub fn check(cases: &[&str]) {
    let failed = failures(cases);
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

#[test]
fn marks_parse() {
    let (text, want) = parse("Ieri [Acme] e [#Lega Blu] con [@Neri=Anna Neri].");
    assert_eq!(text, "Ieri Acme e Lega Blu con Neri.");
    assert_eq!(want.len(), 3);
    assert_eq!(
        want[2],
        (EntityKind::Person, "Neri".into(), Some("Anna Neri".into()))
    );
}
