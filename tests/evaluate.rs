//! `cronista evaluate` end to end: its table on the in-repository corpora with the
//! texts found beside the gold, its errors; and, where `../shared` (the project's
//! corpora and reference scorer `score.py`) and python3 are beside the repository, the
//! same numbers as `score.py` on every gold file and mode, and in-repository copies
//! byte-identical to `../shared/corpora`. Those two are skipped with a note when
//! `../shared` or python3 is missing, and fail instead when `CRONISTA_REQUIRE_SHARED`
//! is set (CI sets it: `.ci/run`). `CRONISTA_SHARED=DIR` reads `DIR` for `../shared`.

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_cronista");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// `../shared` (or the folder `CRONISTA_SHARED` names), when it and python3 are there.
fn shared() -> Option<PathBuf> {
    let p =
        std::env::var_os("CRONISTA_SHARED").map_or_else(|| root().join("../shared"), PathBuf::from);
    let python = Command::new("python3").arg("--version").output();
    if p.join("eval/score.py").exists() && python.is_ok_and(|o| o.status.success()) {
        return Some(p);
    }
    let why = "../shared/eval/score.py or python3 not found";
    assert!(
        std::env::var_os("CRONISTA_REQUIRE_SHARED").is_none(),
        "{why} (CRONISTA_REQUIRE_SHARED is set)"
    );
    eprintln!("skipped: {why}");
    None
}

/// The README's first evaluation command: the dev gold has no texts, they are found
/// in `corpora/news/dev_texts.jsonl` beside it.
#[test]
fn news_table_with_texts_found_beside_the_gold() {
    let table = stdout(&run(&[
        "evaluate",
        "--task",
        "news",
        "corpora/news/dev_gold.jsonl",
    ]));
    let first = table.lines().next().unwrap();
    assert!(
        first.starts_with("field") && first.contains("precision"),
        "{table}"
    );
    for field in [
        "companies",
        "orgs_any_kind",
        "quotes",
        "speaker_accuracy",
        "deals",
    ] {
        assert!(
            table.lines().any(|l| l.starts_with(field)),
            "{field}: {table}"
        );
    }
    assert!(table.contains("\ndocs                   60\n"), "{table}");
    assert!(table.contains("\ndocs_missing_in_output 0\n"), "{table}");
}

/// The deals gold has only ids: its texts come from `corpora/bench/`; `--errors`
/// lists the mistakes under the table, `--json` prints one object.
#[test]
fn deals_errors_and_json() {
    let table = stdout(&run(&[
        "evaluate",
        "--task",
        "deals",
        "--errors",
        "3",
        "corpora/news/dev_deals.jsonl",
    ]));
    let errors: Vec<&str> = table
        .lines()
        .filter(|l| l.starts_with("[deals] "))
        .collect();
    assert_eq!(errors.len(), 3, "{table}");
    assert!(
        errors.iter().all(|l| l.contains(": missed deal ")
            || l.contains(": extra deal ")
            || l.contains(": deal amount ")),
        "{table}"
    );
    let json: Value = serde_json::from_str(&stdout(&run(&[
        "evaluate",
        "--task",
        "deals",
        "--json",
        "corpora/news/dev_deals.jsonl",
    ])))
    .unwrap();
    assert_eq!(json["docs"], 62);
    assert!(json["deals"]["tp"].as_u64().unwrap() > 0, "{json}");
}

#[test]
fn missing_texts_and_bad_task_are_one_line_errors() {
    let dir = std::env::temp_dir().join(format!("cronista-evaluate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, "{\"id\": \"x1\", \"deals\": []}\n").unwrap();
    let out = run(&["evaluate", "--task", "deals", gold.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no text for the article \"x1\"") && err.contains("--texts"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = run(&["evaluate", "--task", "topics", gold.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown task"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every corpus file in the repository that `../shared/corpora` also has is the same,
/// byte for byte, and every file the tests read is there.
#[test]
fn corpora_are_byte_identical_to_shared() {
    let Some(shared) = shared() else { return };
    let mut compared = 0;
    for folder in ["news", "ner", "bench", "sentences", "amounts"] {
        for entry in std::fs::read_dir(root().join("corpora").join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|x| x.to_str()) != Some("jsonl") {
                continue;
            }
            let theirs = shared
                .join("corpora")
                .join(folder)
                .join(path.file_name().unwrap());
            if path.file_name().unwrap() == "seed_texts.jsonl" {
                continue; // made here from ../shared/seed/article.txt, checked below
            }
            let (a, b) = (
                std::fs::read(&path).unwrap(),
                std::fs::read(&theirs).unwrap(),
            );
            assert!(
                a == b,
                "{} differs from {}",
                path.display(),
                theirs.display()
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 10);
    let seed: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("corpora/news/seed_texts.jsonl")).unwrap(),
    )
    .unwrap();
    let article = std::fs::read_to_string(shared.join("seed/article.txt")).unwrap();
    assert_eq!(seed["text"].as_str().unwrap(), article);
}

/// Each gold file of `../shared/corpora` in each mode that reads it, with the folder
/// of the texts cronista runs on.
const RUNS: &[(&str, &str, &str)] = &[
    ("news", "news/dev_gold.jsonl", "news/dev_texts.jsonl"),
    ("deals", "news/dev_gold.jsonl", "news/dev_texts.jsonl"),
    ("attribution", "news/dev_gold.jsonl", "news/dev_texts.jsonl"),
    ("news", "news/seed_gold.jsonl", "news/seed_texts.jsonl"),
    ("deals", "news/seed_gold.jsonl", "news/seed_texts.jsonl"),
    (
        "attribution",
        "news/seed_gold.jsonl",
        "news/seed_texts.jsonl",
    ),
    (
        "deals",
        "news/dev_deals.jsonl",
        "bench/kind_wn_train_texts.jsonl",
    ),
    (
        "attribution",
        "news/dev_attribution.jsonl",
        "bench/kind_wn_train_texts.jsonl",
    ),
    ("ner", "ner/kind_wn_train.jsonl", "ner/kind_wn_train.jsonl"),
    (
        "sentences",
        "sentences/pysbd_it.jsonl",
        "sentences/pysbd_it.jsonl",
    ),
    (
        "sentences",
        "sentences/ud_pud.jsonl",
        "sentences/ud_pud.jsonl",
    ),
    (
        "phrases",
        "amounts/duckling_money_it.jsonl",
        "amounts/duckling_money_it.jsonl",
    ),
];

/// Equal JSON, numbers equal to 1e-9 (`score.py` rounds to 4 decimals, as does
/// `cronista evaluate`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64().unwrap() - y.as_f64().unwrap()).abs() < 1e-9
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[test]
fn evaluate_gives_score_py_numbers_on_every_gold_file_and_mode() {
    let Some(shared) = shared() else { return };
    let dir = std::env::temp_dir().join(format!("cronista-vs-score-py-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut table = Vec::new();
    for &(mode, gold, texts) in RUNS {
        let gold_path = shared.join("corpora").join(gold);
        // The texts of the gold's articles, in the gold's order: cronista's input.
        let by_id: HashMap<String, String> =
            std::fs::read_to_string(root().join("corpora").join(texts))
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str::<Value>(l).unwrap())
                .map(|v| {
                    (
                        v["id"].as_str().unwrap().to_string(),
                        v["text"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
        let input: String = std::fs::read_to_string(&gold_path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let id = serde_json::from_str::<Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string();
                serde_json::json!({"id": id, "text": by_id[&id]}).to_string() + "\n"
            })
            .collect();
        let input_path = dir.join("input.jsonl");
        let pred_path = dir.join("pred.jsonl");
        std::fs::write(&input_path, input).unwrap();
        let pred = run(&["--jsonl", "--quiet", input_path.to_str().unwrap()]);
        std::fs::write(&pred_path, stdout(&pred)).unwrap();
        let (g, p) = (gold_path.to_str().unwrap(), pred_path.to_str().unwrap());
        let python = Command::new("python3")
            .arg(shared.join("eval/score.py"))
            .args([mode, g, p, "--json"])
            .output()
            .unwrap();
        let theirs: Value = serde_json::from_str(&stdout(&python)).unwrap();
        let ours: Value =
            serde_json::from_str(&stdout(&run(&["evaluate", "--task", mode, "--json", g, p])))
                .unwrap();
        let analyzed: Value = serde_json::from_str(&stdout(&run(&[
            "evaluate",
            "--task",
            mode,
            "--json",
            "--texts",
            input_path.to_str().unwrap(),
            g,
        ])))
        .unwrap();
        assert!(
            same(&theirs, &ours),
            "{mode} {gold}:\nscore.py {theirs}\nevaluate {ours}"
        );
        assert!(
            same(&theirs, &analyzed),
            "{mode} {gold} (no PRED):\nscore.py {theirs}\nevaluate {analyzed}"
        );
        table.push(format!("{mode:12} {gold:36} {theirs}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("{}", table.join("\n"));
}
