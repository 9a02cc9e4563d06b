//! `cronista graph`'s inputs: the documents of a command line, analyzed in a batch
//! whose summaries go straight into a [`Builder`].

use super::{Builder, Graph};
use crate::batch::{self, Outcome, Sink};
use crate::input::{self, Document};
use std::io::{self, BufReader};
use std::path::PathBuf;

impl Sink for Builder {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Summary(s) => self.add(&s),
            // Only with `Render::Json`, which `run` does not ask for.
            Outcome::Json(json) => match serde_json::from_slice(&json) {
                Ok(s) => self.add(&s),
                Err(e) => self.errors.push(e.to_string()),
            },
            Outcome::Failed { error, .. } => self.errors.push(error),
        }
        Ok(())
    }
}

/// Analyzes every document and aggregates their deals. Failed documents are left
/// out of the graph; their messages are in the builder's `errors`, returned too.
pub fn run<I>(docs: I, options: batch::Options) -> io::Result<(Graph, Vec<String>)>
where
    I: Iterator<Item = Document> + Send,
{
    let mut builder = Builder::new();
    batch::run(docs, options, &mut builder)?;
    let errors = std::mem::take(&mut builder.errors);
    Ok((builder.finish(), errors))
}

/// The documents named on a command line: `paths` (files, folders, `-`), or standard
/// input when there are none; with `jsonl`, each path (or standard input) is a JSON
/// Lines stream of `{"id", "text"}` records.
pub fn documents(paths: Vec<PathBuf>, jsonl: bool) -> Box<dyn Iterator<Item = Document> + Send> {
    let stdin_jsonl = || input::jsonl(BufReader::new(io::stdin()), "-".into());
    match (jsonl, paths.is_empty()) {
        (true, true) => Box::new(stdin_jsonl()),
        (true, false) => Box::new(paths.into_iter().flat_map(
            move |p| -> Box<dyn Iterator<Item = Document> + Send> {
                let name = p.display().to_string();
                if name == "-" {
                    return Box::new(stdin_jsonl());
                }
                match std::fs::File::open(&p) {
                    Ok(f) => Box::new(input::jsonl(BufReader::new(f), name)),
                    Err(e) => Box::new(std::iter::once(Document {
                        id: name.clone(),
                        origin: name,
                        body: input::Body::Failed(input::io_message(&e)),
                    })),
                }
            },
        )),
        (false, true) => Box::new(std::iter::once(input::stdin_document())),
        (false, false) => Box::new(input::paths(paths)),
    }
}
