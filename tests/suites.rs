//! The sentence-splitting suites of `corpora/sentences/`, scored by
//! `cronista::evaluate` as `score.py sentences` scores them: the title (when there is
//! one) and every sentence, white space folded, must equal the gold list exactly.

use cronista::evaluate::records::{self, Records};
use cronista::evaluate::{score, Scores, Task};
use std::path::Path;

fn evaluate(file: &str) -> Scores {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/sentences")
        .join(file);
    let gold = Records::load(&path).unwrap_or_else(|e| panic!("{e:#}"));
    let texts = records::texts_for(&gold, &[]).unwrap();
    score(Task::Sentences, &gold, &records::predict(&texts))
}

#[test]
fn pysbd_golden_rules_all_exact() {
    let v = evaluate("pysbd_it.jsonl");
    assert_eq!(v.value("docs"), 36.0);
    assert_eq!(v.value("exact_n"), 36.0, "{}", v.table(5));
}

#[test]
fn ud_pud_at_least_99_percent_exact() {
    let v = evaluate("ud_pud.jsonl");
    assert_eq!(v.value("docs"), 397.0);
    assert!(v.value("exact") >= 0.99, "{}", v.table(5));
}
