//! JSON Lines of articles keyed by `id` (gold or predictions), and the texts the
//! analyzer runs on when no predictions are given.

use anyhow::{bail, Context};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Articles by `id`, in the order of their first line (as a Python `dict` built line by
/// line: a repeated id keeps its place and takes the later value).
#[derive(Debug, Clone, Default)]
pub struct Records {
    order: Vec<String>,
    by_id: HashMap<String, Value>,
}

/// The key of an `id`: the string itself, or the JSON of any other value.
fn key(id: &Value) -> String {
    id.as_str().map_or_else(|| id.to_string(), str::to_string)
}

impl Records {
    /// Adds or replaces the article `id`.
    pub fn insert(&mut self, id: String, article: Value) {
        if self.by_id.insert(id.clone(), article).is_none() {
            self.order.push(id);
        }
    }

    /// Reads JSON Lines of objects with an `id` (blank lines skipped).
    pub fn parse(jsonl: &str, name: &str) -> anyhow::Result<Records> {
        let mut records = Records::default();
        for (n, line) in jsonl.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let article: Value = serde_json::from_str(line)
                .with_context(|| format!("{name}:{}: malformed JSON", n + 1))?;
            let Some(id) = article.get("id") else {
                bail!("{name}:{}: no \"id\"", n + 1);
            };
            records.insert(key(id), article);
        }
        Ok(records)
    }

    /// Reads a JSON Lines file (see [`Records::parse`]).
    pub fn load(path: &Path) -> anyhow::Result<Records> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).with_context(|| name.clone())?;
        Records::parse(&text, &name)
    }

    /// The article `id`.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.by_id.get(id)
    }

    /// The articles in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.order.iter().map(|id| (id.as_str(), &self.by_id[id]))
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True when there is no article.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// True when every article carries its own `text`.
    pub fn have_texts(&self) -> bool {
        self.iter()
            .all(|(_, a)| a.get("text").is_some_and(Value::is_string))
    }
}

/// The files where the texts of a gold file without texts are looked for by default:
/// every `*texts.jsonl` in the gold's folder and in the folders beside it (in the
/// repository, `corpora/news/dev_texts.jsonl` and
/// `corpora/bench/kind_wn_train_texts.jsonl`), in path order.
pub fn default_text_files(gold: &Path) -> Vec<PathBuf> {
    let folder = gold.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = folder.unwrap_or(Path::new("."));
    let mut folders = vec![folder.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(folder.join("..")) {
        let mut beside: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        beside.sort();
        folders.extend(beside);
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for f in folders {
        let Ok(entries) = std::fs::read_dir(&f) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with("texts.jsonl"))
            })
            .collect();
        found.sort();
        for p in found {
            let same = |q: &PathBuf| q.canonicalize().ok() == p.canonicalize().ok();
            if !files.iter().any(same) {
                files.push(p);
            }
        }
    }
    files
}

/// The text of every gold article: its own `text`, else the `text` of the line with its
/// id in `files` (`{"id", "text"}` JSON Lines, the first file that has it). Fails
/// naming the first article with no text.
pub fn texts_for(gold: &Records, files: &[PathBuf]) -> anyhow::Result<Vec<(String, String)>> {
    let mut wanted: HashMap<&str, Option<String>> = gold
        .iter()
        .filter(|(_, a)| !a.get("text").is_some_and(Value::is_string))
        .map(|(id, _)| (id, None))
        .collect();
    for file in files {
        if wanted.values().all(Option::is_some) {
            break;
        }
        for (id, article) in Records::load(file)?.iter() {
            if let (Some(slot @ None), Some(t)) = (
                wanted.get_mut(id),
                article.get("text").and_then(Value::as_str),
            ) {
                *slot = Some(t.to_string());
            }
        }
    }
    gold.iter()
        .map(|(id, a)| {
            let text = match a.get("text").and_then(Value::as_str) {
                Some(t) => t.to_string(),
                None => match wanted.get_mut(id).and_then(Option::take) {
                    Some(t) => t,
                    None => bail!(
                        "no text for the article {id:?}: give the texts with --texts FILE \
                         (JSON Lines of {{\"id\", \"text\"}}; looked in {})",
                        if files.is_empty() {
                            "no file".to_string()
                        } else {
                            files
                                .iter()
                                .map(|f| f.display().to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    ),
                },
            };
            Ok((id.to_string(), text))
        })
        .collect()
}

/// Runs the analyzer on every text (in parallel) and returns the summaries as JSON,
/// exactly what `cronista --jsonl` writes for them.
pub fn predict(texts: &[(String, String)]) -> Records {
    let summaries: Vec<Value> = texts
        .par_iter()
        .map(|(id, text)| {
            serde_json::to_value(crate::analyze_with_id(id, text)).unwrap_or(Value::Null)
        })
        .collect();
    let mut records = Records::default();
    for ((id, _), summary) in texts.iter().zip(summaries) {
        records.insert(id.clone(), summary);
    }
    records
}
