//! The invariants every summary must satisfy, whatever the input: shared by the
//! property tests, the hostile-input table and the fuzz targets (which include this
//! file with `#[path]`). Checks only the output contract, never what is extracted.

use cronista::summary::{Span, Summary};

/// The text as the summary counts it: UTF-8 decoded, leading byte-order mark dropped.
pub fn counted(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Checks `summary` against the `text` it was made from; `Err` says what is wrong.
pub fn check(text: &str, summary: &Summary) -> Result<(), String> {
    let text = counted(text);
    // Byte offset of every code point, plus the end.
    let offs: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let chars = offs.len() - 1;
    let slice = |s: Span| -> Result<&str, String> {
        if s.start > s.end || s.end > chars {
            return Err(format!(
                "span {s:?} outside the text of {chars} code points"
            ));
        }
        Ok(&text[offs[s.start]..offs[s.end]])
    };
    let same = |what: &str, s: Span, t: &str| -> Result<(), String> {
        let got = slice(s)?;
        if got != t {
            return Err(format!(
                "{what} {s:?}: text[span] = {got:?}, record says {t:?}"
            ));
        }
        Ok(())
    };
    if summary.schema != "cronista/1" {
        return Err(format!("schema {:?}", summary.schema));
    }
    if summary.stats.chars != chars {
        return Err(format!("stats.chars {} != {chars}", summary.stats.chars));
    }
    let title = match &summary.title {
        Some(t) => {
            let at = text.find(t.as_str()).ok_or("title not in the text")?;
            let start = text[..at].chars().count();
            Some(Span::new(start, start + t.chars().count()))
        }
        None => None,
    };
    let mut units: Vec<Span> = title.into_iter().collect();
    let mut prev_para_end = title.map_or(0, |t| t.end);
    let mut n = 0;
    for p in &summary.paragraphs {
        slice(p.span)?;
        if p.span.start < prev_para_end || p.span.is_empty() {
            return Err(format!("paragraph {:?} overlaps or is empty", p.span));
        }
        prev_para_end = p.span.end;
        let mut prev = p.span.start;
        for s in &p.sentences {
            same("sentence", s.span, &s.text)?;
            if !p.span.contains(s.span) || s.span.start < prev || s.span.is_empty() {
                return Err(format!(
                    "sentence {:?} out of paragraph {:?}, out of order or empty",
                    s.span, p.span
                ));
            }
            prev = s.span.end;
            units.push(s.span);
            n += 1;
        }
    }
    if summary.stats.sentences != n || summary.stats.paragraphs != summary.paragraphs.len() {
        return Err("stats disagree with paragraphs".into());
    }
    let in_unit = |s: Span| units.iter().any(|u| u.contains(s));
    for e in summary
        .companies
        .iter()
        .chain(&summary.organizations)
        .chain(&summary.people)
    {
        for m in &e.mentions {
            same("mention", m.span, &m.text)?;
            if !in_unit(m.span) {
                return Err(format!(
                    "mention {:?} {:?} crosses sentences",
                    m.span, m.text
                ));
            }
        }
    }
    for a in &summary.amounts {
        same("amount", a.span, &a.text)?;
        if let (Some(lo), Some(hi)) = (a.min, a.max) {
            if lo > hi {
                return Err(format!("amount {:?}: min {lo} > max {hi}", a.text));
            }
        }
        if a.sentence.is_some_and(|i| i >= n) {
            return Err(format!("amount {:?}: no sentence {:?}", a.text, a.sentence));
        }
    }
    for q in &summary.quotes {
        same("quote", q.span, &q.text)?;
    }
    for s in &summary.sources {
        same("source", s.span, &s.text)?;
    }
    for d in &summary.deals {
        same("deal", d.span, &d.text)?;
        if let Some(a) = &d.amount {
            if a.index >= summary.amounts.len() {
                return Err(format!("deal amount index {} out of range", a.index));
            }
        }
    }
    Ok(())
}
