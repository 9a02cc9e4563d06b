//! The hard negatives of `corpora/news/dev_deals.jsonl`: sentences about rumours,
//! hypotheses, denials, withdrawn offers, players' contracts, political agreements,
//! public spending and the like, each with the annotator's reason. Not one of them may
//! yield a deal, read alone or inside its article. The corpus is the repository's own
//! copy: a missing file fails the test.

use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

fn corpora() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpora")
}

fn lines(path: PathBuf) -> Vec<Value> {
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn no_hard_negative_yields_a_deal() {
    let gold = lines(corpora().join("news/dev_deals.jsonl"));
    let texts: HashMap<String, String> = lines(corpora().join("bench/kind_wn_train_texts.jsonl"))
        .into_iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for doc in &gold {
        let id = doc["id"].as_str().unwrap();
        let Some(negatives) = doc["negatives"].as_array() else {
            continue;
        };
        let in_article = texts
            .get(id)
            .map(|t| cronista::analyze_with_id(id, t).deals);
        for n in negatives {
            let sentence = n["sentence"].as_str().unwrap();
            checked += 1;
            // Read alone, as a one-line article (its own title).
            for d in cronista::analyze(sentence).deals {
                wrong.push(format!(
                    "{id} alone: {:?} {:?} -> {:?} in {sentence:?} ({})",
                    d.kind, d.payers, d.payees, n["why"]
                ));
            }
            // Read in its article: no deal drawn from that sentence.
            for d in in_article.iter().flatten() {
                let key: String = sentence.chars().take(60).collect();
                if d.text.contains(&key) || sentence.contains(d.text.trim()) {
                    wrong.push(format!(
                        "{id} in article: {:?} {:?} -> {:?} in {sentence:?} ({})",
                        d.kind, d.payers, d.payees, n["why"]
                    ));
                }
            }
        }
    }
    assert!(checked >= 69, "only {checked} negatives found");
    assert!(
        wrong.is_empty(),
        "{} deals from hard negatives:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
