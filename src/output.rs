//! The printer: summaries and error records as JSON to any [`io::Write`].
//!
//! Wire format: one JSON object per article, compact on one line (JSON Lines), or
//! indented with `pretty`. An article that failed is written in its place as
//! `{"id": ..., "error": "..."}`. A broken pipe surfaces as an
//! [`io::ErrorKind::BrokenPipe`] error for the binary to treat as a clean end.

use crate::batch::{Outcome, Sink};
use std::io::{self, Write};

pub use crate::json::{write_json, write_summary, write_summary_with_id, ErrorRecord, Id};

/// Hears what becomes of each article, for messages and progress (see [`Reporter`]).
pub trait Report {
    /// One article was analyzed.
    fn analyzed(&mut self) {}
    /// One article failed; `message` says where and why.
    fn failed(&mut self, message: &str) {
        let _ = message;
    }
}

/// Reports nothing.
impl Report for () {}

/// A [`Sink`] that writes every outcome as JSON to `W` and flushes after each batch,
/// telling `report` about each (the binary prints failures and progress on stderr).
/// Summaries already serialised by the workers ([`Outcome::Json`], see
/// [`crate::batch::Render`]) are written as they are.
pub struct JsonSink<W: Write, R: Report> {
    /// Where the JSON goes.
    pub out: W,
    /// Indent the JSON.
    pub pretty: bool,
    /// Told about every outcome.
    pub report: R,
}

impl<W: Write, R: Report> Sink for JsonSink<W, R> {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Summary(s) => {
                self.report.analyzed();
                write_summary(&mut self.out, &s, self.pretty)
            }
            Outcome::Json(json) => {
                self.report.analyzed();
                self.out.write_all(&json)
            }
            Outcome::Failed {
                id,
                error,
                id_is_json,
            } => {
                self.report.failed(&error);
                let id = if id_is_json {
                    Id::Json(&id)
                } else {
                    Id::Text(&id)
                };
                write_json(
                    &mut self.out,
                    &ErrorRecord { id, error: &error },
                    self.pretty,
                )
            }
        }
    }

    fn batch_done(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Failure messages on a channel of their own (the binary's stderr), one line each:
/// `cronista: file.txt: ...`. Write errors on this channel are ignored: it is
/// advisory. (The progress bar is the binary's: `src/progress.rs`.)
///
/// Lines that are not JSON objects (plain text fed to `--jsonl`) are reported once:
/// one line on stderr for the mistake, while every such line still gets its error
/// record in the output. So are blank lines: the first one only.
pub struct Reporter<W: Write> {
    out: W,
    messages: bool,
    analyzed: usize,
    failed: usize,
    /// A "not JSON" message was printed already.
    said_not_json: bool,
    /// A "blank line" message was printed already.
    said_blank: bool,
}

impl<W: Write> Reporter<W> {
    /// A reporter writing failure messages to `out` if `messages`.
    pub fn new(out: W, messages: bool) -> Self {
        Reporter {
            out,
            messages,
            analyzed: 0,
            failed: 0,
            said_not_json: false,
            said_blank: false,
        }
    }

    /// Articles analyzed and failed so far.
    pub fn counts(&self) -> (usize, usize) {
        (self.analyzed, self.failed)
    }
}

impl<W: Write> Report for Reporter<W> {
    fn analyzed(&mut self) {
        self.analyzed += 1;
    }

    fn failed(&mut self, message: &str) {
        self.failed += 1;
        let blank = message.ends_with(&format!(": {}", crate::input::BLANK_LINE));
        let repeat = if blank {
            // blank lines: the first one is news, the rest (or those of plain text
            // already reported) are not
            std::mem::replace(&mut self.said_blank, true) || self.said_not_json
        } else {
            message.contains(&format!(": {}", crate::input::NOT_JSON))
                && std::mem::replace(&mut self.said_not_json, true)
        };
        if self.messages && !repeat {
            let _ = writeln!(self.out, "cronista: {message}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporter_prints_failures_once_per_kind_of_mistake() {
        let mut quiet = Reporter::new(Vec::new(), false);
        quiet.failed("x: bad");
        assert!(quiet.out.is_empty());
        assert_eq!(quiet.counts(), (0, 1));

        let mut r = Reporter::new(Vec::new(), true);
        r.analyzed();
        r.failed("f.txt: invalid UTF-8 at byte 3");
        r.failed(&format!("-:1: {}: x", crate::input::NOT_JSON));
        r.failed(&format!("-:2: {}: y", crate::input::NOT_JSON));
        r.failed(&format!("-:3: {}", crate::input::BLANK_LINE));
        assert_eq!(r.counts(), (1, 4));
        let s = String::from_utf8(r.out).unwrap();
        assert!(
            s.starts_with("cronista: f.txt: invalid UTF-8 at byte 3\n"),
            "{s:?}"
        );
        assert!(
            s.contains("-:1: not a JSON object") && !s.contains("-:2:"),
            "{s:?}"
        );
        assert!(!s.contains("-:3:"), "blank lines of plain text: {s:?}");
        let mut r = Reporter::new(Vec::new(), true);
        for line in 1..4 {
            r.failed(&format!("-:{line}: {}", crate::input::BLANK_LINE));
        }
        assert_eq!(r.out, b"cronista: -:1: blank line\n");
    }

    #[test]
    fn error_record_shape() {
        let mut buf = Vec::new();
        write_json(
            &mut buf,
            &ErrorRecord {
                id: Id::Text("a"),
                error: "bad",
            },
            false,
        )
        .unwrap();
        assert_eq!(buf, b"{\"id\":\"a\",\"error\":\"bad\"}\n");
        buf.clear();
        let id = Id::Json("42");
        write_json(&mut buf, &ErrorRecord { id, error: "x" }, false).unwrap();
        assert_eq!(buf, b"{\"id\":42,\"error\":\"x\"}\n");
    }
}
