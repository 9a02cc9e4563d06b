//! Golden tests: every `fixtures/*.txt` analyzed must give exactly `fixtures/*.json`.
//! After a deliberate change, `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the
//! expected files; review the diff before committing.

use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn fixtures_match_expected_summaries() {
    let files = fixtures();
    assert!(files.len() >= 4, "fixtures are missing");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for txt in files {
        let name = txt.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&txt).unwrap();
        let summary = cronista::analyze_with_id(&format!("fixtures/{name}"), &text);
        let got = serde_json::to_string_pretty(&summary).unwrap() + "\n";
        let json = txt.with_extension("json");
        if update {
            std::fs::write(&json, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&json).unwrap_or_default();
        if got != want {
            failures.push(name);
        }
    }
    assert!(
        failures.is_empty(),
        "summaries differ from fixtures/*.json for {failures:?}; \
         run `UPDATE_GOLDEN=1 cargo test --test golden` if the change is deliberate"
    );
}

#[test]
fn seed_structure() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed.txt"))
            .unwrap();
    let s = cronista::analyze(&text);
    assert_eq!(
        s.title.as_deref(),
        Some("Microsoft e Nvidia investono 15 miliardi nella rivale di OpenAI")
    );
    assert_eq!(s.stats.paragraphs, 6);
    assert_eq!(s.stats.sentences, 14);
    assert!(s.paragraphs[5].sentences[0].text.starts_with("Fonte:"));
    // The quote's inner full stop ends a sentence inside it.
    let quote_sentences: Vec<&str> = s.paragraphs[3]
        .sentences
        .iter()
        .map(|x| x.text.as_str())
        .collect();
    assert!(quote_sentences
        .iter()
        .any(|t| t.ends_with("andremo sul mercato insieme.")));
    assert!(quote_sentences
        .iter()
        .any(|t| t.starts_with("Tutto ciò si basa")));
}
