//! The wire encoding of summaries and error records: JSON written straight to any
//! [`io::Write`]. The workers of [`crate::batch`] use it to serialise on their own
//! threads, and the printer ([`crate::output`]) to write what they hand over, so it
//! lives apart from both.

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
}
