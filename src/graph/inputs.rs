//! `cronista graph`'s inputs: the documents of a command line, analyzed in a batch
//! whose summaries go straight into a [`Builder`].

use super::builder::Builder;
use super::model::Graph;
use crate::batch::{self, Outcome, Sink};
use crate::input::Document;
use std::io;

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
