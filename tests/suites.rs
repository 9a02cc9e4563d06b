//! The sentence-splitting suites of `fixtures/sentences/`, scored as
//! `../shared/eval/score.py sentences` scores them: the title (when there is one)
//! and every sentence, white space folded, must equal the gold list exactly.

use serde_json::Value;
use std::path::Path;

/// Returns (exact documents, all documents, the first few mismatches).
fn score(file: &str) -> (usize, usize, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/sentences")
        .join(file);
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut exact, mut total, mut misses) = (0, 0, Vec::new());
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let want: Vec<String> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| fold(s.as_str().unwrap()))
            .filter(|s| !s.is_empty())
            .collect();
        let summary = cronista::analyze(text);
        let got: Vec<String> = summary
            .title
            .iter()
            .map(|t| fold(t))
            .chain(
                summary
                    .paragraphs
                    .iter()
                    .flat_map(|p| p.sentences.iter().map(|s| fold(&s.text))),
            )
            .collect();
        total += 1;
        if got == want {
            exact += 1;
        } else if misses.len() < 5 {
            misses.push(format!("want {want:?}\n got {got:?}"));
        }
    }
    (exact, total, misses)
}

#[test]
fn pysbd_golden_rules_all_exact() {
    let (exact, total, misses) = score("pysbd_it.jsonl");
    assert_eq!(total, 36);
    assert_eq!(exact, 36, "{misses:#?}");
}

#[test]
fn ud_pud_at_least_99_percent_exact() {
    let (exact, total, misses) = score("ud_pud.jsonl");
    assert_eq!(total, 397);
    let rate = exact as f64 / total as f64;
    assert!(rate >= 0.99, "{exact}/{total} = {rate:.4}: {misses:#?}");
}
