//! Measuring cronista against hand-made gold: the scorer behind `cronista evaluate`.
//!
//! Six tasks, each the mode of the project's reference scorer (`score.py`) of the same
//! name, with the same matching rules and the same numbers to the fourth decimal
//! (`tests/evaluate.rs` compares the two on every gold file of the corpora):
//!
//! - [`Task::News`]: companies, organizations, people (titles dropped), organizations
//!   of any kind, amounts (detected, exact), quotes and their speakers, sources (loose
//!   names) and their kinds, and deals where the gold has them;
//! - [`Task::Ner`]: mention spans, ORG (companies and organizations) and PER (people);
//! - [`Task::Sentences`]: sentence lists equal to the gold's, and sentence boundaries;
//! - [`Task::Deals`]: deals by kind, payers and payees (names up to aliases and legal
//!   suffixes) and their amounts;
//! - [`Task::Attribution`]: quotes with speakers, and sources;
//! - [`Task::Phrases`]: money phrases of peer suites, value, currency and qualifier.
//!
//! The gold formats are in `docs/EXTRACTION.md` ("Evaluation"). The predictions are
//! cronista's JSON Lines (or any tool's, in the same shape), matched to the gold by `id`;
//! without them the analyzer runs on the gold's texts ([`records::predict`]).
//!
//! ```
//! use cronista::evaluate::{records::{self, predict, Records}, score, Task};
//! let gold = Records::parse(
//!     r#"{"id": "a", "text": "Titolo\nPrima frase. Seconda frase.", "sentences": ["Titolo", "Prima frase.", "Seconda frase."]}"#,
//!     "gold",
//! ).unwrap();
//! let texts = records::texts_for(&gold, &[]).unwrap();
//! let scores = score(Task::Sentences, &gold, &predict(&texts));
//! assert_eq!(scores.value("exact"), 1.0);
//! ```

mod casefold;
mod fields;
pub mod normalize;
pub mod records;
pub mod report;
mod tasks;

pub use report::{Metric, Scores};

use records::Records;

/// What is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Every field of the summary against a full gold (`dev_gold.jsonl`).
    News,
    /// Mention spans against KIND-style `entities` (`label`, `start`, `end`).
    Ner,
    /// Sentences against `sentences` lists.
    Sentences,
    /// Deals only, against a deals gold (`deals`, `aliases`).
    Deals,
    /// Quotes with speakers and sources, against an attribution gold.
    Attribution,
    /// Money phrases against peer suites (`results`).
    Phrases,
}

impl Task {
    /// Every task, in the order of `score.py`'s usage.
    pub const ALL: [Task; 6] = [
        Task::News,
        Task::Ner,
        Task::Sentences,
        Task::Phrases,
        Task::Deals,
        Task::Attribution,
    ];

    /// The task's name on the command line (`score.py`'s mode).
    pub fn name(self) -> &'static str {
        match self {
            Task::News => "news",
            Task::Ner => "ner",
            Task::Sentences => "sentences",
            Task::Deals => "deals",
            Task::Attribution => "attribution",
            Task::Phrases => "phrases",
        }
    }
}

impl std::str::FromStr for Task {
    type Err = String;

    fn from_str(s: &str) -> Result<Task, String> {
        Task::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Task::ALL.iter().map(|t| t.name()).collect();
                format!("unknown task {s:?} (one of {})", names.join(", "))
            })
    }
}

/// Scores the predictions `out` against `gold` for `task`.
pub fn score(task: Task, gold: &Records, out: &Records) -> Scores {
    match task {
        Task::News => tasks::news(gold, out),
        Task::Ner => tasks::ner(gold, out),
        Task::Sentences => tasks::sentences(gold, out),
        Task::Deals => tasks::deals(gold, out),
        Task::Attribution => tasks::attribution(gold, out),
        Task::Phrases => tasks::phrases(gold, out),
    }
}
