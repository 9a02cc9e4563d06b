//! The printer: summaries and error records as JSON to any [`io::Write`].
//!
//! Wire format: one JSON object per article, compact on one line (JSON Lines), or
//! indented with `pretty`. An article that failed is written in its place as
//! `{"id": ..., "error": "..."}`. A broken pipe surfaces as an
//! [`io::ErrorKind::BrokenPipe`] error for the binary to treat as a clean end.

use crate::batch::{Outcome, Sink};
use crate::summary::Summary;
use serde::Serialize;
use std::io::{self, Write};

/// The record written in place of an article that could not be analyzed.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    /// The id the article would have had.
    pub id: &'a str,
    /// What went wrong.
    pub error: &'a str,
}

/// Writes `value` as one JSON line (or indented JSON) followed by a newline.
pub fn write_json<W: Write + ?Sized, T: Serialize>(
    w: &mut W,
    value: &T,
    pretty: bool,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *w, value)?;
    } else {
        serde_json::to_writer(&mut *w, value)?;
    }
    w.write_all(b"\n")
}

/// Writes one summary.
pub fn write_summary<W: Write + ?Sized>(
    w: &mut W,
    summary: &Summary,
    pretty: bool,
) -> io::Result<()> {
    write_json(w, summary, pretty)
}

/// A [`Sink`] that writes every outcome as JSON to `W` and flushes after each batch.
/// Failed articles are also handed to `on_error` (the binary reports them on stderr).
pub struct JsonSink<W: Write, E: FnMut(&str)> {
    /// Where the JSON goes.
    pub out: W,
    /// Indent the JSON.
    pub pretty: bool,
    /// Called with the message of each failed article.
    pub on_error: E,
}

impl<W: Write, E: FnMut(&str)> Sink for JsonSink<W, E> {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Summary(s) => write_summary(&mut self.out, &s, self.pretty),
            Outcome::Failed { id, error } => {
                (self.on_error)(&error);
                write_json(
                    &mut self.out,
                    &ErrorRecord {
                        id: &id,
                        error: &error,
                    },
                    self.pretty,
                )
            }
        }
    }

    fn batch_done(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_record() {
        let mut buf = Vec::new();
        write_summary(&mut buf, &crate::analyze("Uno. Due."), false).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s.lines().count(), 1);
        assert!(s.starts_with("{\"schema\":\"cronista/1\""));
    }

    #[test]
    fn error_record_shape() {
        let mut buf = Vec::new();
        write_json(
            &mut buf,
            &ErrorRecord {
                id: "a",
                error: "bad",
            },
            false,
        )
        .unwrap();
        assert_eq!(buf, b"{\"id\":\"a\",\"error\":\"bad\"}\n");
    }
}
