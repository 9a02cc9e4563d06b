//! The HTML view: an article with its findings highlighted, for people to read.
//!
//! One self-contained page (inline CSS, no script, no external resource; a
//! Content-Security-Policy forbids loading any) shows one article, or many behind
//! an index. The text is rebuilt from the summary alone (title and sentences, at
//! their spans), so a page can be made from `cronista` JSON as well as from the
//! analysis. Companies, organizations, people, amounts, quotes, sources and deal
//! sentences are highlighted in the colours of [`palette`], each with a text label
//! (colour is never the only cue) and a hover title holding the normalised value
//! (`15000000000 USD, at most`) or the canonical name. Beside the text: tables of
//! the findings and the money flow of the deals as an SVG ([`flow`]).
//!
//! Every piece of article text goes through [`escape`]: no markup from the input
//! can reach the page.

pub mod flow;
pub mod palette;
mod text;

use text::push_escaped;
pub use text::{amount_note, escape, number, qualifier_words};

use crate::batch::{Outcome, Sink};
use crate::output::Report;
use crate::summary::{AmountKind, Entity, Summary};
use std::fmt::Write as _;
use std::io;

/// A highlighted stretch of the text, in code points of the article.
struct Highlight {
    start: usize,
    end: usize,
    /// Nesting rank when two start together: deals outside, then quotes, then
    /// sources, then names and amounts.
    layer: u8,
    kind: &'static str,
    /// The label after the text (`PERSON`, `QUOTE · Satya Nadella`).
    label: String,
    /// The hover title.
    title: String,
}

/// Every highlight of a summary, sorted by start, outer layers first.
fn highlights(s: &Summary) -> Vec<Highlight> {
    let mut out = Vec::new();
    let mut entities = |list: &[Entity], kind: &'static str, what: &str| {
        for e in list {
            for m in &e.mentions {
                out.push(Highlight {
                    start: m.span.start,
                    end: m.span.end,
                    layer: 3,
                    kind,
                    label: palette::swatch(kind).label.to_string(),
                    title: format!("{what}: {}", e.name),
                });
            }
        }
    };
    entities(&s.companies, "company", "Company");
    entities(&s.organizations, "organization", "Organization");
    entities(&s.people, "person", "Person");
    for a in &s.amounts {
        let unit = match a.kind {
            AmountKind::Percent => Some("%"),
            AmountKind::Money => a.currency.as_deref(),
        };
        out.push(Highlight {
            start: a.span.start,
            end: a.span.end,
            layer: 3,
            kind: "amount",
            label: "AMOUNT".into(),
            title: amount_note(a.value, Some((a.min, a.max)), unit, a.qualifier),
        });
    }
    for q in &s.quotes {
        let speaker = q.speaker.as_deref().unwrap_or("unknown speaker");
        out.push(Highlight {
            start: q.span.start,
            end: q.span.end,
            layer: 1,
            kind: "quote",
            label: format!("QUOTE · {speaker}"),
            title: match &q.cue {
                Some(cue) => format!("Quote by {speaker} (cue: {cue})"),
                None => format!("Quote by {speaker}"),
            },
        });
    }
    for src in &s.sources {
        let kind = enum_word(&src.kind);
        out.push(Highlight {
            start: src.span.start,
            end: src.span.end,
            layer: 2,
            kind: "source",
            label: format!("SOURCE · {}", src.name),
            title: format!("Source ({kind}): {}", src.name),
        });
    }
    for d in &s.deals {
        out.push(Highlight {
            start: d.span.start,
            end: d.span.end,
            layer: 0,
            kind: "deal",
            label: format!("DEAL · {}", enum_word(&d.kind)),
            title: deal_note(d),
        });
    }
    out.retain(|h| h.start < h.end);
    out.sort_by(|a, b| {
        (a.start, a.layer, std::cmp::Reverse(a.end)).cmp(&(
            b.start,
            b.layer,
            std::cmp::Reverse(b.end),
        ))
    });
    out
}

/// A deal in words: `Deal (investment): Microsoft, Nvidia -> Anthropic, 15 miliardi
/// di dollari (15000000000 USD)`.
fn deal_note(d: &crate::summary::Deal) -> String {
    let mut s = format!(
        "Deal ({}): {} -> {}",
        enum_word(&d.kind),
        list_or_dash(&d.payers),
        list_or_dash(&d.payees)
    );
    if let Some(a) = &d.amount {
        let _ = write!(
            s,
            ", {} ({})",
            a.text,
            amount_note(a.value, None, a.currency.as_deref(), None)
        );
    }
    s
}

fn list_or_dash(names: &[String]) -> String {
    if names.is_empty() {
        "?".into()
    } else {
        names.join(", ")
    }
}

/// The JSON word of a unit enum (`investment`, `agency`).
fn enum_word<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A piece of the article shown on its own: the title or a sentence, with where
/// it starts (in code points).
struct Piece<'a> {
    start: usize,
    text: &'a str,
}

/// Where the title starts: the first offset before the first paragraph at which
/// the findings that lie before the paragraph match the title's text (0 for an
/// article that starts with its title, the usual case).
fn title_start(s: &Summary, title: &str) -> usize {
    let title_chars: Vec<char> = title.chars().collect();
    let limit = s.paragraphs.first().map_or(s.stats.chars, |p| p.span.start);
    let texts = mention_texts(s);
    let before: Vec<(usize, &str)> = texts.into_iter().filter(|(at, _)| *at < limit).collect();
    let fits = |t0: usize| {
        before.iter().all(|(at, text)| {
            at.checked_sub(t0).is_some_and(|k| {
                let want: Vec<char> = text.chars().collect();
                title_chars.get(k..k + want.len()) == Some(&want[..])
            })
        })
    };
    (0..=limit.saturating_sub(title_chars.len()))
        .find(|&t0| fits(t0))
        .unwrap_or(0)
}

/// Every spanned text of the summary that can sit in the title, with its start.
fn mention_texts(s: &Summary) -> Vec<(usize, &str)> {
    let mut v: Vec<(usize, &str)> = Vec::new();
    for e in s.companies.iter().chain(&s.organizations).chain(&s.people) {
        v.extend(e.mentions.iter().map(|m| (m.span.start, m.text.as_str())));
    }
    v.extend(s.amounts.iter().map(|a| (a.span.start, a.text.as_str())));
    v.extend(s.quotes.iter().map(|q| (q.span.start, q.text.as_str())));
    v.extend(s.sources.iter().map(|q| (q.span.start, q.text.as_str())));
    v
}

/// Writes `piece` with the highlights that overlap it. Highlights are nested as
/// elements must be: one that crosses the end of another is closed there and
/// reopened after it; its label comes once, where it really ends.
fn write_piece(out: &mut String, piece: &Piece, marks: &[Highlight]) {
    let chars: Vec<(usize, char)> = piece.text.char_indices().collect();
    let (from, to) = (piece.start, piece.start + chars.len());
    let byte_at = |cp: usize| chars.get(cp - from).map_or(piece.text.len(), |c| c.0);
    let inside: Vec<&Highlight> = marks
        .iter()
        .filter(|h| h.start < to && h.end > from)
        .collect();
    let mut points: Vec<usize> = vec![from, to];
    for h in &inside {
        points.push(h.start.max(from));
        points.push(h.end.min(to));
    }
    points.sort_unstable();
    points.dedup();
    let mut open: Vec<&Highlight> = Vec::new();
    let mut next = 0;
    for pair in points.windows(2) {
        let (at, until) = (pair[0], pair[1]);
        close_ended(out, &mut open, at);
        while next < inside.len() && inside[next].start.max(from) <= at {
            open_tag(out, inside[next], inside[next].start < from);
            open.push(inside[next]);
            next += 1;
        }
        push_escaped(out, &piece.text[byte_at(at)..byte_at(until)]);
    }
    close_ended(out, &mut open, to);
    // what goes on past the piece is closed here, without its label
    while open.pop().is_some() {
        out.push_str("</mark>");
    }
}

/// Closes the open highlights that end at or before `at`, with their labels;
/// open ones above them on the stack are closed and reopened.
fn close_ended(out: &mut String, open: &mut Vec<&Highlight>, at: usize) {
    let Some(lowest) = open.iter().position(|h| h.end <= at) else {
        return;
    };
    let mut reopen = Vec::new();
    while open.len() > lowest {
        let h = open.pop().expect("non-empty");
        if h.end <= at {
            let _ = write!(
                out,
                "<span class=\"tag\">{}</span></mark>",
                escape(&h.label)
            );
        } else {
            out.push_str("</mark>");
            reopen.push(h);
        }
    }
    for h in reopen.into_iter().rev() {
        open_tag(out, h, true);
        open.push(h);
    }
}

fn open_tag(out: &mut String, h: &Highlight, continued: bool) {
    let _ = write!(
        out,
        "<mark class=\"hl {}{}\" data-kind=\"{}\" title=\"{}\">",
        h.kind,
        if continued { " cont" } else { "" },
        h.kind,
        escape(&h.title)
    );
}

/// The article's text with its highlights: the title as a heading, then one
/// paragraph element per paragraph.
fn write_text(out: &mut String, s: &Summary) {
    let marks = highlights(s);
    if let Some(title) = &s.title {
        let start = title_start(s, title);
        out.push_str("<h3 class=\"headline\">");
        write_piece(out, &Piece { start, text: title }, &marks);
        out.push_str("</h3>\n");
    }
    for p in &s.paragraphs {
        out.push_str("<p>");
        for (i, sentence) in p.sentences.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let piece = Piece {
                start: sentence.span.start,
                text: &sentence.text,
            };
            write_piece(out, &piece, &marks);
        }
        out.push_str("</p>\n");
    }
}

/// A table with a caption, a header row and escaped cells.
fn write_table(out: &mut String, caption: &str, header: &[&str], rows: &[Vec<String>]) {
    let _ = write!(
        out,
        "<table><caption>{} ({})</caption><thead><tr>",
        escape(caption),
        rows.len()
    );
    for h in header {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The side tables: one per kind of finding that has any.
fn write_tables(out: &mut String, s: &Summary) {
    let mut names: Vec<Vec<String>> = Vec::new();
    for (list, kind) in [
        (&s.companies, "company"),
        (&s.organizations, "organization"),
        (&s.people, "person"),
    ] {
        for e in list {
            names.push(vec![
                e.name.clone(),
                kind.into(),
                e.mentions.len().to_string(),
            ]);
        }
    }
    if !names.is_empty() {
        write_table(out, "Names", &["Name", "Kind", "Mentions"], &names);
    }
    let amounts: Vec<Vec<String>> = s
        .amounts
        .iter()
        .map(|a| {
            let unit = match a.kind {
                AmountKind::Percent => Some("%"),
                AmountKind::Money => a.currency.as_deref(),
            };
            vec![
                a.text.clone(),
                amount_note(a.value, Some((a.min, a.max)), unit, a.qualifier),
            ]
        })
        .collect();
    if !amounts.is_empty() {
        write_table(out, "Amounts", &["Text", "Value"], &amounts);
    }
    let quotes: Vec<Vec<String>> = s
        .quotes
        .iter()
        .map(|q| vec![opt(&q.speaker), opt(&q.cue), q.text.clone()])
        .collect();
    if !quotes.is_empty() {
        write_table(out, "Quotes", &["Speaker", "Cue", "Quote"], &quotes);
    }
    let sources: Vec<Vec<String>> = s
        .sources
        .iter()
        .map(|src| vec![src.name.clone(), enum_word(&src.kind), opt(&src.cue)])
        .collect();
    if !sources.is_empty() {
        write_table(out, "Sources", &["Name", "Kind", "Cue"], &sources);
    }
    let deals: Vec<Vec<String>> = s
        .deals
        .iter()
        .map(|d| {
            vec![
                enum_word(&d.kind),
                list_or_dash(&d.payers),
                list_or_dash(&d.payees),
                d.amount
                    .as_ref()
                    .map(|a| {
                        format!(
                            "{} ({})",
                            a.text,
                            amount_note(a.value, None, a.currency.as_deref(), None)
                        )
                    })
                    .unwrap_or_default(),
            ]
        })
        .collect();
    if !deals.is_empty() {
        write_table(
            out,
            "Deals",
            &["Kind", "Payers", "Payees", "Amount"],
            &deals,
        );
    }
}

/// The section of one article: its text with highlights, and beside it the money
/// flow and the tables. `anchor` is the element id (for the index).
pub fn article(s: &Summary, anchor: &str) -> String {
    let mut out = String::with_capacity(8 * s.stats.chars + 4096);
    let _ = write!(
        out,
        "<article id=\"{}\" aria-labelledby=\"{}-id\">\n<h2 id=\"{}-id\" class=\"doc-id\">{}</h2>\n\
         <div class=\"layout\">\n<div class=\"text\">\n",
        escape(anchor),
        escape(anchor),
        escape(anchor),
        escape(&s.id)
    );
    write_text(&mut out, s);
    out.push_str("</div>\n<aside>\n");
    match flow::svg(&s.deals, anchor) {
        Some(svg) => {
            out.push_str("<figure><figcaption>Money flow (payer → payee)</figcaption>");
            out.push_str(&svg);
            out.push_str("</figure>\n");
        }
        None => out.push_str("<p class=\"note\">No deal with a payer and a payee.</p>\n"),
    }
    write_tables(&mut out, s);
    out.push_str("</aside>\n</div>\n</article>\n");
    out
}

/// An article that could not be read, shown in its place.
pub fn failed(id: &str, error: &str, anchor: &str) -> String {
    format!(
        "<article id=\"{}\"><h2 class=\"doc-id\">{}</h2><p class=\"error\" role=\"alert\">\
         Not analyzed: {}</p></article>\n",
        escape(anchor),
        escape(id),
        escape(error)
    )
}

/// One entry of a page: an article's section and what the index says of it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The section's element id.
    pub anchor: String,
    /// The article id.
    pub id: String,
    /// The headline, if any.
    pub title: Option<String>,
    /// Findings counted for the index, or the error.
    pub note: String,
    /// The section's HTML ([`article`] or [`failed`]).
    pub html: String,
}

impl Entry {
    /// The entry of an analyzed article; `n` numbers it on the page.
    pub fn analyzed(s: &Summary, n: usize) -> Self {
        let anchor = format!("a{n}");
        Entry {
            html: article(s, &anchor),
            anchor,
            id: s.id.clone(),
            title: s.title.clone(),
            note: [
                (
                    s.companies.len() + s.organizations.len() + s.people.len(),
                    "name",
                ),
                (s.amounts.len(), "amount"),
                (s.quotes.len(), "quote"),
                (s.sources.len(), "source"),
                (s.deals.len(), "deal"),
            ]
            .iter()
            .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
            .collect::<Vec<_>>()
            .join(", "),
        }
    }

    /// The entry of an article that failed.
    pub fn failed(id: &str, error: &str, n: usize) -> Self {
        let anchor = format!("a{n}");
        Entry {
            html: failed(id, error, &anchor),
            anchor,
            id: id.to_string(),
            title: None,
            note: "not analyzed".into(),
        }
    }
}

/// The style sheet, made from [`palette`].
pub fn css() -> String {
    let mut css = format!(
        "body{{font:16px/1.6 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:{text};\
         background:{page};margin:0 auto;max-width:1280px;padding:1rem 1.5rem}}\
         h1{{font-size:1.4rem;margin:.2rem 0}}h2.doc-id{{font-size:.95rem;color:{muted};\
         font-weight:normal;margin:1.5rem 0 .3rem;border-top:1px solid #ccc;padding-top:.6rem}}\
         h3.headline{{font-size:1.35rem;line-height:1.5;margin:.2rem 0 .8rem}}\
         .layout{{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}}\
         @media (max-width:900px){{.layout{{grid-template-columns:1fr}}}}\
         .text p{{margin:0 0 1rem;line-height:2.1}}\
         mark.hl{{color:{text};padding:.1em .25em;border-radius:.3em;border:1px solid;\
         box-decoration-break:clone;-webkit-box-decoration-break:clone}}\
         mark.hl .tag{{font-size:.62em;font-weight:700;letter-spacing:.04em;color:{label};\
         padding:.05em .35em;margin-left:.3em;border-radius:.25em;vertical-align:.15em;white-space:nowrap}}\
         mark.quote{{font-style:italic}}mark.quote .tag{{font-style:normal}}\
         mark.deal{{border-style:dashed;border-width:2px;padding:.2em .1em}}\
         .legend{{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;margin:.5rem 0 1rem}}\
         .legend li{{font-size:.9rem}}\
         aside table{{border-collapse:collapse;width:100%;margin:0 0 1rem;font-size:.85rem}}\
         aside caption{{text-align:left;font-weight:700;padding:.2rem 0}}\
         aside th,aside td{{border:1px solid #bbb;padding:.2rem .4rem;text-align:left;vertical-align:top}}\
         aside th{{background:#f0f0f0}}figure{{margin:0 0 1rem}}figcaption{{font-weight:700;font-size:.9rem}}\
         svg.flow{{max-width:100%;height:auto;font-size:12px;font-family:inherit}}\
         svg.flow text{{fill:{text}}}svg.flow .edge-label{{font-size:11px;paint-order:stroke;\
         stroke:#fff;stroke-width:3px}}\
         .note,.index small{{color:{muted}}}.error{{color:#a00000;font-weight:700}}\
         nav.index ol{{padding-left:1.5rem}}",
        text = palette::TEXT,
        page = palette::PAGE,
        muted = palette::MUTED,
        label = palette::LABEL_TEXT,
    );
    for s in &palette::SWATCHES {
        let _ = write!(
            css,
            "mark.{k}{{background:{bg};border-color:{b}}}mark.{k}>.tag{{background:{b}}}",
            k = s.kind,
            bg = s.background,
            b = s.border
        );
    }
    css
}

/// The legend: one sample highlight per kind, with its label and meaning.
fn legend() -> String {
    let mut s = String::from("<ul class=\"legend\" aria-label=\"Legend\">");
    for sw in &palette::SWATCHES {
        let _ = write!(
            s,
            "<li><mark class=\"hl {k}\" data-kind=\"legend\">{m}<span class=\"tag\">{l}</span></mark></li>",
            k = sw.kind,
            m = escape(sw.meaning),
            l = sw.label
        );
    }
    s.push_str("</ul>\n");
    s
}

/// The whole page for `entries`: one article as it is, several behind an index.
pub fn page(entries: &[Entry]) -> String {
    let heading = match entries {
        [one] => one.title.clone().unwrap_or_else(|| one.id.clone()),
        _ => format!("{} articles", entries.len()),
    };
    let mut out = String::with_capacity(entries.iter().map(|e| e.html.len()).sum::<usize>() + 8192);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"cronista {}\">\n<title>{} · cronista</title>\n<style>{}</style>\n</head>\n<body>\n\
         <header><h1>{}</h1>\n{}</header>\n<main>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&heading),
        css(),
        escape(&heading),
        legend()
    );
    if entries.len() > 1 {
        out.push_str("<nav class=\"index\" aria-label=\"Articles\"><ol>\n");
        for e in entries {
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}</a> <small>{} · {}</small></li>",
                escape(&e.anchor),
                escape(e.title.as_deref().unwrap_or(&e.id)),
                escape(&e.id),
                escape(&e.note)
            );
        }
        out.push_str("</ol></nav>\n");
    }
    for e in entries {
        out.push_str(&e.html);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A [`Sink`] gathering the sections of a page (an HTML page is written whole, at
/// the end: its index comes first); `report` hears of every outcome.
pub struct HtmlSink<R: Report> {
    /// The sections so far, in input order.
    pub entries: Vec<Entry>,
    /// Told about every outcome.
    pub report: R,
}

impl<R: Report> Sink for HtmlSink<R> {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        let n = self.entries.len() + 1;
        let entry = match outcome {
            Outcome::Summary(s) => Entry::analyzed(&s, n),
            Outcome::Json(json) => {
                let s: Summary = serde_json::from_slice(&json).map_err(io::Error::other)?;
                Entry::analyzed(&s, n)
            }
            Outcome::Failed { id, error, .. } => {
                self.report.failed(&error);
                self.entries.push(Entry::failed(&id, &error, n));
                return Ok(());
            }
        };
        self.report.analyzed();
        self.entries.push(entry);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
