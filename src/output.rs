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
    /// The id the article would have had (a JSON Lines id that was not a string
    /// is written back as the JSON it was).
    #[serde(serialize_with = "id_json")]
    pub id: Id<'a>,
    /// What went wrong.
    pub error: &'a str,
}

/// An id to write: a string, or the JSON text of a JSON Lines id that was not one.
#[derive(Debug, Clone, Copy)]
pub enum Id<'a> {
    /// Written as a JSON string.
    Text(&'a str),
    /// Written as it is: valid JSON (`42`, `true`, `[1,2]`).
    Json(&'a str),
}

fn id_json<S: serde::Serializer>(id: &Id, s: S) -> Result<S::Ok, S::Error> {
    match *id {
        Id::Text(t) => s.serialize_str(t),
        Id::Json(j) => match serde_json::from_str::<serde_json::Value>(j) {
            Ok(v) => v.serialize(s),
            Err(_) => s.serialize_str(j),
        },
    }
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
///
/// Compact output writes the paragraphs itself (the bulk of a summary: two spans
/// and a string per sentence) and hands the rest to serde; the bytes are exactly
/// serde's, as a test checks.
pub fn write_summary<W: Write + ?Sized>(
    w: &mut W,
    summary: &Summary,
    pretty: bool,
) -> io::Result<()> {
    write_summary_with_id(w, summary, pretty, false)
}

/// [`write_summary`]; with `id_is_json`, the summary's id is the JSON text of a
/// JSON Lines id that was not a string (`42`) and is written back as that JSON.
pub fn write_summary_with_id<W: Write + ?Sized>(
    w: &mut W,
    summary: &Summary,
    pretty: bool,
    id_is_json: bool,
) -> io::Result<()> {
    let typed_id = || serde_json::from_str::<serde_json::Value>(&summary.id).ok();
    if pretty {
        return match id_is_json.then(typed_id).flatten() {
            Some(id) => {
                let mut value = serde_json::to_value(summary)?;
                value["id"] = id;
                write_json(w, &value, pretty)
            }
            None => write_json(w, summary, pretty),
        };
    }
    let s = summary;
    w.write_all(b"{\"schema\":")?;
    serde_json::to_writer(&mut *w, &s.schema)?;
    match id_is_json.then(typed_id).flatten() {
        Some(id) => field(w, "id", &id)?,
        None => field(w, "id", &s.id)?,
    }
    field(w, "title", &s.title)?;
    field(w, "stats", &s.stats)?;
    w.write_all(b",\"paragraphs\":[")?;
    for (i, p) in s.paragraphs.iter().enumerate() {
        open_spanned(w, i, p.span)?;
        w.write_all(b",\"sentences\":[")?;
        for (j, sentence) in p.sentences.iter().enumerate() {
            open_spanned(w, j, sentence.span)?;
            w.write_all(b",\"text\":")?;
            write_str(w, &sentence.text)?;
            w.write_all(b"}")?;
        }
        w.write_all(b"]}")?;
    }
    w.write_all(b"]")?;
    field(w, "companies", &s.companies)?;
    field(w, "organizations", &s.organizations)?;
    field(w, "people", &s.people)?;
    field(w, "amounts", &s.amounts)?;
    field(w, "quotes", &s.quotes)?;
    field(w, "sources", &s.sources)?;
    field(w, "deals", &s.deals)?;
    w.write_all(b"}\n")
}

/// Writes `,"name":` and the value as serde does.
fn field<W: Write + ?Sized, T: serde::Serialize + ?Sized>(
    w: &mut W,
    name: &str,
    value: &T,
) -> io::Result<()> {
    w.write_all(b",\"")?;
    w.write_all(name.as_bytes())?;
    w.write_all(b"\":")?;
    serde_json::to_writer(&mut *w, value)?;
    Ok(())
}

/// Writes a JSON string as serde does: `"` and `\\` escaped, control characters
/// as `\n`-style or `\u00XX` escapes, everything else as it is. Runs of plain bytes
/// are found eight at a time and written in one piece.
fn write_str<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    w.write_all(b"\"")?;
    let mut plain = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(v) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        w.write_all(&bytes[plain..i])?;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            w.write_all(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ])?;
        } else {
            w.write_all(escape)?;
        }
        i += 1;
        plain = i;
    }
    w.write_all(&bytes[plain..])?;
    w.write_all(b"\"")
}

/// Whether any of the eight bytes of `v` is a control character, `"` or `\\`.
fn needs_escape(v: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // a zero byte of x shows as a high bit of (x - ONES) & !x
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    // bytes below 0x20: (v - 0x20 per byte) borrows into the high bit, for bytes
    // that had it clear
    let control = v.wrapping_sub(ONES * 0x20) & !v & HIGHS;
    control | zero(v ^ (ONES * u64::from(b'"'))) | zero(v ^ (ONES * u64::from(b'\\'))) != 0
}

/// Opens the `index`-th object of an array that starts with its span:
/// `{"span":[a,b]` (a comma before all but the first).
fn open_spanned<W: Write + ?Sized>(
    w: &mut W,
    index: usize,
    span: crate::summary::Span,
) -> io::Result<()> {
    w.write_all(if index == 0 {
        b"{\"span\":"
    } else {
        b",{\"span\":"
    })?;
    write_span(w, span)
}

/// Writes a span as serde does: `[start,end]`.
fn write_span<W: Write + ?Sized>(w: &mut W, span: crate::summary::Span) -> io::Result<()> {
    let mut buf = [0u8; 42];
    let mut at = buf.len();
    buf[at - 1] = b']';
    at -= 1;
    at = digits(&mut buf[..at], span.end);
    buf[at - 1] = b',';
    at -= 1;
    at = digits(&mut buf[..at], span.start);
    buf[at - 1] = b'[';
    at -= 1;
    w.write_all(&buf[at..])
}

/// Writes `n` in decimal at the end of `buf`; returns where its digits begin.
fn digits(buf: &mut [u8], mut n: usize) -> usize {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

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
    fn one_line_per_record() {
        let mut buf = Vec::new();
        write_summary(&mut buf, &crate::analyze("Uno. Due."), false).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s.lines().count(), 1);
        assert!(s.starts_with("{\"schema\":\"cronista/1\""));
    }

    /// The compact writer's bytes are serde's, for every shape of summary.
    #[test]
    fn compact_summary_is_exactly_serdes() {
        let texts = [
            "",
            "Titolo\n",
            include_str!("../fixtures/seed.txt"),
            include_str!("../fixtures/wikinews-0044.txt"),
            "Uno \"due\" \\ tre.\u{1}\t\r\nQuattro «cinque» 😀. Sei\u{7f}.\n\nSette.",
        ];
        for text in texts {
            let summary = crate::analyze(text);
            let mut fast = Vec::new();
            write_summary(&mut fast, &summary, false).unwrap();
            let mut serde = serde_json::to_vec(&summary).unwrap();
            serde.push(b'\n');
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(serde).unwrap()
            );
        }
        // every ASCII byte, alone and inside runs of plain ones
        for b in 0u8..0x80 {
            for pad in [0, 3, 9] {
                let text = format!("{}{}{}", "é".repeat(pad), b as char, "x".repeat(pad));
                let mut fast = Vec::new();
                write_str(&mut fast, &text).unwrap();
                assert_eq!(fast, serde_json::to_vec(&text).unwrap(), "byte {b:#x}");
            }
        }
        // a typed JSON Lines id, compact and indented
        let mut summary = crate::analyze("Uno.");
        summary.id = "42".into();
        for pretty in [false, true] {
            let mut buf = Vec::new();
            write_summary_with_id(&mut buf, &summary, pretty, true).unwrap();
            let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
            assert_eq!(v["id"], serde_json::json!(42));
            buf.clear();
            write_summary_with_id(&mut buf, &summary, pretty, false).unwrap();
            let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
            assert_eq!(v["id"], serde_json::json!("42"));
        }
        let mut span = Vec::new();
        write_span(&mut span, crate::summary::Span::new(0, usize::MAX)).unwrap();
        assert_eq!(span, serde_json::to_vec(&[0, usize::MAX]).unwrap());
    }

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
