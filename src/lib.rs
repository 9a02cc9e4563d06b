//! cronista reads Italian news articles and turns each into a structured summary:
//! title, paragraphs and sentences, companies, organizations and people, amounts of
//! money and percentages, direct quotes with their speakers, the sources the article
//! cites, and the deals it reports.
//!
//! The shape is reader → extractors → summary: [`reader::Article`] parses the text
//! and cuts it once into the token stream every extractor reads its words from
//! ([`reader::tokens`]: span, lower-case form, shape, word classes), the functions of
//! [`extract`] pull out records, [`summary::Summary`] is the output
//! contract (schema `cronista/1`), and [`output`] writes it as JSON. [`clause`] reads
//! one sentence's verb groups and phrases (who did what to whom, with polarity and
//! modality); the deal reader builds on it. Every stage reads its Italian word lists
//! from [`lexicon`], the one module that embeds the language data of `data/it/`. The analysis
//! cannot fail; errors exist only at the edges ([`input`], [`batch`], [`output`]).
//! The library never prints and never exits.
//!
//! What belongs in each field is the guideline `docs/EXTRACTION.md` in the repository;
//! [`evaluate`] scores summaries against hand-made gold by its rules (`cronista evaluate`).
//!
//! ```
//! let summary = cronista::analyze("Titolo\nLa Banca d'Italia ha parlato. Poi basta.");
//! assert_eq!(summary.title.as_deref(), Some("Titolo"));
//! assert_eq!(summary.stats.sentences, 2);
//! assert_eq!(summary.paragraphs[0].sentences[1].text, "Poi basta.");
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod clause;
pub mod evaluate;
pub mod extract;
pub mod graph;
pub mod html;
pub mod input;
pub mod json;
pub mod lexicon;
pub mod names;
pub mod offsets;
pub mod output;
pub mod reader;
pub mod summary;
pub mod tables;
#[cfg(test)]
mod testing;

use reader::Article;
use summary::{Paragraph, Sentence, Stats, Summary};

/// Analyzes one article with the id `"-"`. See [`analyze_with_id`].
pub fn analyze(text: &str) -> Summary {
    analyze_with_id("-", text)
}

/// Analyzes one article and returns its summary, spans in code points, with the
/// name lists installed by [`names::install`] if any.
///
/// A leading byte-order mark is dropped before anything is counted.
pub fn analyze_with_id(id: &str, text: &str) -> Summary {
    analyze_with_names(id, text, names::installed())
}

/// [`analyze_with_id`] with the user name lists `names` (see [`names`]), which win
/// over the built-in guesses.
pub fn analyze_with_names(id: &str, text: &str, names: Option<&names::Names>) -> Summary {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let article = Article::parse(text);
    let mut entities = extract::entities::extract(&article);
    if let Some(names) = names {
        names.apply(&article, &mut entities);
    }
    let amounts = extract::amounts::extract(&article);
    // one name index and one pass over the quote marks serve quotes and sources
    let context = extract::attribution::names::Context::new(&article, &entities);
    let marked = extract::attribution::marks::find(&article);
    let quotes = extract::quotes::extract_in(&context, &marked);
    let sources = extract::sources::extract_in(&context, &marked);
    drop(context);
    // A deal may name a company the entity stage did not know (`Vettori ha
    // acquistato Lumetra`): it joins the companies.
    let (deals, named_by_deals) = extract::deals::extract_naming(&article, &entities, &amounts);
    entities.companies.extend(named_by_deals);

    let paragraphs: Vec<Paragraph> = article
        .paragraphs
        .iter()
        .map(|p| Paragraph {
            span: p.span.clone().into(),
            sentences: article.sentences[p.sentences.clone()]
                .iter()
                .map(|s| Sentence {
                    span: s.clone().into(),
                    text: text[s.clone()].to_string(),
                })
                .collect(),
        })
        .collect();
    let mut summary = Summary {
        title: article.title.clone().map(|t| text[t].to_string()),
        stats: Stats {
            chars: text.chars().count(),
            words: reader::words::count_tokens(text, &article.tokens.items),
            sentences: article.sentences.len(),
            paragraphs: article.paragraphs.len(),
        },
        paragraphs,
        companies: entities.companies,
        organizations: entities.organizations,
        people: entities.people,
        amounts,
        quotes,
        sources,
        deals,
        ..Summary::empty(id)
    };
    to_code_points(text, &mut summary);
    summary
}

/// Rewrites every byte span of `summary` as code points of `text`.
fn to_code_points(text: &str, summary: &mut Summary) {
    let map = offsets::CodePoints::new(text);
    summary.map_spans(|b| map.get(b));
}
