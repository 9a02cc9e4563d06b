//! The sources an article cites (`spec/EXTRACTION.md`, Sources).
//!
//! Each sentence (and the title) is tokenized once and scanned for: credits (`Fonte:`
//! lines, `(ANSA)` datelines), outlets introduced by a media noun (`l'agenzia
//! Bloomberg`) or cited next to a source cue (`secondo il Financial Times`, `scrive
//! Reuters`), documents of a named issuer (`un rapporto di Mediobanca`, `i dati Istat`,
//! `X in una nota`), and the anonymous sourcing expressions of journalism. Each source
//! is listed once, at its first citation.

mod agents;
mod anonymous;
mod cues;
mod documents;
mod hit;
mod patterns;
mod statements;

use super::attribution::marks;
use super::attribution::names::Context;
use super::entities::Entities;
use crate::reader::Article;
use crate::summary::Source;
use hit::Hit;
use rustc_hash::FxHashSet;

/// Every source the article cites as the origin of its information.
pub fn extract(article: &Article, entities: &Entities) -> Vec<Source> {
    extract_in(&Context::new(article, entities), &marks::find(article))
}

/// [`extract`] over a context and quote marks already built (shared with the quotes).
pub(crate) fn extract_in(ctx: &Context, marked: &[marks::Marked]) -> Vec<Source> {
    let article = ctx.article;
    let text = article.text;
    let quoted: Vec<(usize, usize)> = marked
        .iter()
        .filter(|m| m.closed && m.end - m.start > 40)
        .map(|m| (m.start, m.end))
        .collect();
    let in_quote = |p: usize| {
        let i = quoted.partition_point(|q| q.1 <= p);
        quoted.get(i).is_some_and(|q| q.0 <= p)
    };
    let mut hits: Vec<Hit> = Vec::new();
    for (k, p) in article.paragraphs.iter().enumerate() {
        if let Some(h) =
            patterns::credit_line(ctx, p.span.clone(), k + 1 == article.paragraphs.len())
        {
            hits.extend(h);
            continue;
        }
    }
    for (_, toks) in &ctx.units {
        patterns::scan(ctx, toks, &mut hits);
        statements::scan(ctx, toks, &mut hits);
    }
    // a citation inside a quote is the speaker's, unless set off by dashes (`«A - si
    // legge in una nota dell'ospedale - B»`)
    hits.retain(|h| {
        !in_quote(h.start) || {
            let lo = h.start.saturating_sub(60);
            let lo = (lo..h.start)
                .find(|&p| text.is_char_boundary(p))
                .unwrap_or(h.start);
            text[lo..h.start].contains(" - ") || text[lo..h.start].contains(" – ")
        }
    });
    hits.sort_by_key(|h| h.start);
    let mut seen: FxHashSet<String> = FxHashSet::default();
    let mut out = Vec::new();
    for h in hits {
        let key = h.name.to_lowercase();
        if h.name.is_empty() || !seen.insert(key) {
            continue;
        }
        out.push(Source {
            span: (h.start..h.end).into(),
            text: text[h.start..h.end].to_string(),
            name: h.name,
            kind: h.kind,
            cue: h.cue.map(|(s, e)| text[s..e].to_string()),
        });
    }
    out
}

#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
