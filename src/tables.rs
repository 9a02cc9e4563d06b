//! Flat tables of the findings, for spreadsheets, pandas, DuckDB and csvkit: one
//! row per finding, streamed article by article like `--jsonl`.
//!
//! Every table starts with the same five columns: `id` (the article), `kind`,
//! `text`, `start`, `end` (the span, in code points), then the normalised fields of
//! its findings. A null is an empty field; lists of names are joined with `; `.
//!
//! - CSV follows RFC 4180: a header row, CRLF after every row, a field quoted
//!   when it holds a comma, a double quote, CR or LF, double quotes doubled.
//! - TSV: a header row, LF after every row, no quoting; inside a field a backslash,
//!   tab, LF and CR are written `\\`, `\t`, `\n`, `\r` (the escapes of
//!   PostgreSQL's text `COPY` format).

use crate::batch::{Outcome, Sink};
use crate::html::number;
use crate::output::Report;
use crate::summary::Summary;
use std::io::{self, Write};

/// Which findings a table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Every mention of a company, organization or person.
    Entities,
    /// Amounts of money and percentages.
    Amounts,
    /// Direct quotes.
    Quotes,
    /// Cited sources.
    Sources,
    /// Deals.
    Deals,
    /// Sentences (with their paragraph).
    Sentences,
}

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 comma-separated values.
    Csv,
    /// Tab-separated values with backslash escapes.
    Tsv,
}

impl Table {
    /// The column names, in order.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Table::Entities => &["id", "kind", "text", "start", "end", "name"],
            Table::Amounts => &[
                "id",
                "kind",
                "text",
                "start",
                "end",
                "value",
                "min",
                "max",
                "currency",
                "qualifier",
                "sentence",
            ],
            Table::Quotes => &[
                "id", "kind", "text", "start", "end", "speaker", "cue", "sentence",
            ],
            Table::Sources => &["id", "kind", "text", "start", "end", "name", "cue"],
            Table::Deals => &[
                "id",
                "kind",
                "text",
                "start",
                "end",
                "payers",
                "payees",
                "amount_index",
                "amount_text",
                "amount_value",
                "amount_currency",
                "object",
                "cue",
                "sentence",
            ],
            Table::Sentences => &[
                "id",
                "kind",
                "text",
                "start",
                "end",
                "paragraph",
                "sentence",
            ],
        }
    }

    /// The rows of one summary, each as many fields as [`Table::header`].
    pub fn rows(self, s: &Summary) -> Vec<Vec<String>> {
        let id = &s.id;
        let num = |v: Option<f64>| v.map(number).unwrap_or_default();
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let index = |v: Option<usize>| v.map(|i| i.to_string()).unwrap_or_default();
        let head = |kind: String, text: &str, span: crate::summary::Span| {
            vec![
                id.clone(),
                kind,
                text.to_string(),
                span.start.to_string(),
                span.end.to_string(),
            ]
        };
        let mut rows = Vec::new();
        match self {
            Table::Entities => {
                for (list, kind) in [
                    (&s.companies, "company"),
                    (&s.organizations, "organization"),
                    (&s.people, "person"),
                ] {
                    for e in list {
                        for m in &e.mentions {
                            let mut row = head(kind.into(), &m.text, m.span);
                            row.push(e.name.clone());
                            rows.push(row);
                        }
                    }
                }
                rows.sort_by_key(|r| r[3].parse::<usize>().unwrap_or(0));
            }
            Table::Amounts => {
                for a in &s.amounts {
                    let mut row = head(word(&a.kind), &a.text, a.span);
                    row.extend([
                        num(a.value),
                        num(a.min),
                        num(a.max),
                        opt(&a.currency),
                        a.qualifier.map(|q| word(&q)).unwrap_or_default(),
                        index(a.sentence),
                    ]);
                    rows.push(row);
                }
            }
            Table::Quotes => {
                for q in &s.quotes {
                    let mut row = head("quote".into(), &q.text, q.span);
                    row.extend([opt(&q.speaker), opt(&q.cue), index(q.sentence)]);
                    rows.push(row);
                }
            }
            Table::Sources => {
                for src in &s.sources {
                    let mut row = head(word(&src.kind), &src.text, src.span);
                    row.extend([src.name.clone(), opt(&src.cue)]);
                    rows.push(row);
                }
            }
            Table::Deals => {
                for d in &s.deals {
                    let mut row = head(word(&d.kind), &d.text, d.span);
                    let a = d.amount.as_ref();
                    row.extend([
                        d.payers.join("; "),
                        d.payees.join("; "),
                        index(a.map(|a| a.index)),
                        a.map(|a| a.text.clone()).unwrap_or_default(),
                        num(a.and_then(|a| a.value)),
                        a.and_then(|a| a.currency.clone()).unwrap_or_default(),
                        opt(&d.object),
                        opt(&d.cue),
                        index(d.sentence),
                    ]);
                    rows.push(row);
                }
            }
            Table::Sentences => {
                let mut n = 0;
                for (p, para) in s.paragraphs.iter().enumerate() {
                    for sentence in &para.sentences {
                        let mut row = head("sentence".into(), &sentence.text, sentence.span);
                        row.extend([p.to_string(), n.to_string()]);
                        rows.push(row);
                        n += 1;
                    }
                }
            }
        }
        rows
    }
}

/// The JSON word of a unit enum (`money`, `at_most`).
fn word<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Writes one row.
pub fn write_row<W: Write + ?Sized, S: AsRef<str>>(
    w: &mut W,
    format: Format,
    fields: &[S],
) -> io::Result<()> {
    let mut line = String::with_capacity(256);
    for (i, f) in fields.iter().enumerate() {
        let f = f.as_ref();
        match format {
            Format::Csv => {
                if i > 0 {
                    line.push(',');
                }
                if f.contains([',', '"', '\r', '\n']) {
                    line.push('"');
                    line.push_str(&f.replace('"', "\"\""));
                    line.push('"');
                } else {
                    line.push_str(f);
                }
            }
            Format::Tsv => {
                if i > 0 {
                    line.push('\t');
                }
                for c in f.chars() {
                    match c {
                        '\\' => line.push_str("\\\\"),
                        '\t' => line.push_str("\\t"),
                        '\n' => line.push_str("\\n"),
                        '\r' => line.push_str("\\r"),
                        _ => line.push(c),
                    }
                }
            }
        }
    }
    line.push_str(match format {
        Format::Csv => "\r\n",
        Format::Tsv => "\n",
    });
    w.write_all(line.as_bytes())
}

/// A [`Sink`] writing one table: the header first, then each article's rows as it
/// comes. Failed articles add no row; `report` hears of them (and of the rest).
pub struct TableSink<W: Write, R: Report> {
    /// Where the rows go.
    pub out: W,
    /// Which findings.
    pub table: Table,
    /// CSV or TSV.
    pub format: Format,
    /// Told about every outcome.
    pub report: R,
    header_written: bool,
}

impl<W: Write, R: Report> TableSink<W, R> {
    /// A sink that has not written its header yet.
    pub fn new(out: W, table: Table, format: Format, report: R) -> Self {
        TableSink {
            out,
            table,
            format,
            report,
            header_written: false,
        }
    }

    /// Writes the header if it is not out yet (also for an input with no article).
    pub fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.header_written = true;
            write_row(&mut self.out, self.format, self.table.header())?;
        }
        Ok(())
    }
}

impl<W: Write, R: Report> Sink for TableSink<W, R> {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        self.header()?;
        let summary: Summary = match outcome {
            Outcome::Summary(s) => *s,
            Outcome::Json(json) => serde_json::from_slice(&json).map_err(io::Error::other)?,
            Outcome::Failed { error, .. } => {
                self.report.failed(&error);
                return Ok(());
            }
        };
        self.report.analyzed();
        for row in self.table.rows(&summary) {
            write_row(&mut self.out, self.format, &row)?;
        }
        Ok(())
    }

    fn batch_done(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut out = Vec::new();
        write_row(
            &mut out,
            Format::Csv,
            &["a", "b,c", "d\"e", "f\ng", "h\r", ""],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"d\"\"e\",\"f\ng\",\"h\r\",\r\n"
        );
    }

    #[test]
    fn tsv_escapes_tabs_newlines_and_backslashes() {
        let mut out = Vec::new();
        write_row(&mut out, Format::Tsv, &["a\tb", "c\nd\re", "f\\g", "«è»"]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\\tb\tc\\nd\\re\tf\\\\g\t«è»\n"
        );
    }

    #[test]
    fn every_row_has_the_header_width() {
        let s = crate::analyze_with_id("seed", include_str!("../fixtures/seed.txt"));
        for table in [
            Table::Entities,
            Table::Amounts,
            Table::Quotes,
            Table::Sources,
            Table::Deals,
            Table::Sentences,
        ] {
            let rows = table.rows(&s);
            assert!(!rows.is_empty(), "{table:?}");
            for row in rows {
                assert_eq!(row.len(), table.header().len(), "{table:?} {row:?}");
                assert_eq!(row[0], "seed");
            }
        }
        let amounts = Table::Amounts.rows(&s);
        assert_eq!(
            amounts[0][2..],
            [
                "15 miliardi",
                "29",
                "40",
                "15000000000",
                "",
                "",
                "USD",
                "",
                ""
            ]
        );
    }
}
