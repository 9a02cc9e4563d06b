//! Direct quotations and their speakers (`spec/EXTRACTION.md`, Quotes).
//!
//! Three steps, each linear in the article: `marks` finds the quoted stretches (all
//! mark styles, nesting, unclosed and multi-paragraph quotes); `attribution` finds the
//! cue and the speaker around each (before with a colon, after with inversion, inside,
//! in the next sentence, dropped subjects), with `speakers` and `descriptions` reading
//! names, roles and descriptions out of a token window and `names`/`lookup` resolving
//! them through the entities (or, without them, through the capitalised names of the
//! article); this module keeps the stretches that are speech rather than terms, titles
//! or names, chains fragments of one clause, and resolves definite roles.

mod attribution;
mod descriptions;
mod speakers;
mod typing;
mod window;

use super::entities::{Entities, EntityKind};
use crate::extract::attribution::marks::{self, Marked};
use crate::extract::attribution::names::Context;
use crate::extract::attribution::words;
use crate::extract::attribution::{cues, tokens};
use crate::lexicon::entries;
use crate::reader::Article;
use crate::summary::Quote;
use attribution::{attribute, Attribution, Link};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static TITLE_NOUNS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::QUOTE_TITLE_NOUNS).collect());

/// Every direct quotation of the article, in text order, with speaker and cue.
pub fn extract(article: &Article, entities: &Entities) -> Vec<Quote> {
    let ctx = Context::new(article, entities);
    let marked = marks::find(article);
    extract_in(&ctx, &marked)
}

/// [`extract`] over a context and quote marks already built (shared with the sources).
pub(crate) fn extract_in(ctx: &Context, marked: &[Marked]) -> Vec<Quote> {
    let article = ctx.article;
    let mut out = Vec::new();
    let mut last_speaker: Option<String> = None;
    let mut atts: Vec<Attribution> = (0..marked.len())
        .map(|k| attribute(ctx, marked, k))
        .collect();
    // «A» e «B», ha detto X: A takes B's attribution; «A» e «B» after a cue: B takes A's
    for k in (0..marked.len().saturating_sub(1)).rev() {
        if atts[k].link == Link::None
            && joined(article.text, &marked[k], &marked[k + 1])
            && atts[k + 1].link == Link::After
        {
            atts[k] = Attribution {
                word_before: atts[k].word_before.clone(),
                ..atts[k + 1].clone()
            };
        }
    }
    for k in 1..marked.len() {
        if atts[k].link == Link::None
            && atts[k - 1].link != Link::None
            && (joined(article.text, &marked[k - 1], &marked[k])
                || same_clause(ctx, &marked[k - 1], &marked[k])
                || next_sentence(article, &marked[k - 1], &marked[k]))
        {
            // `«A», mentre il governo tedesco «B»`: a new subject between the two
            let gap = tokens::tokenize_in(
                &article.tokens,
                article.text,
                marked[k - 1].after,
                marked[k].open,
            );
            let subject = descriptions::trailing_description(ctx, &gap, 0).filter(|_| {
                gap.iter().any(|t| {
                    t.word && matches!(t.lower(article.text).as_ref(), "mentre" | "invece")
                })
            });
            atts[k] = Attribution {
                link: Link::Chained,
                word_before: atts[k].word_before.clone(),
                speaker: subject.or_else(|| atts[k - 1].speaker.clone()),
                ..atts[k - 1].clone()
            };
        }
    }
    let mut accepted = vec![false; marked.len()];
    for k in 0..marked.len() {
        let m = &marked[k];
        let att = &atts[k];
        let (pieces, inner) = split_inner(ctx, m);
        let mut att = att.clone();
        att.follows_quote &= k > 0 && accepted[k - 1];
        let att = &att;
        if inner.is_none() && !is_speech(article.text, m, att)
            || att.link == Link::Chained && !accepted[k - 1]
        {
            continue;
        }
        accepted[k] = true;
        // an attribution inside the marks (`«A - ha dichiarato il sindaco - B»`) wins
        let (raw, cue) = match inner {
            Some((sp, cue)) if sp.is_some() || att.speaker.is_none() => (sp, Some(cue)),
            _ => (att.speaker.clone(), att.cue.clone()),
        };
        let found = raw.as_ref().map(|s| {
            ctx.anaphora(s, m.open)
                .or_else(|| ctx.body_description(s, m.open))
                .unwrap_or_else(|| s.clone())
        });
        // an abstract noun in the subject's slot says nothing
        let found = found
            .filter(|s| typing::can_speak(s))
            .map(typing::as_body_name);
        // no clause attributes it: the one person the sentence names, if only one
        let found = found.or_else(|| {
            (att.link == Link::None)
                .then(|| ctx.only_person(window::unit(ctx, m.open), m.open..m.after))
                .flatten()
        });
        // the last speaker carries over only when nothing between introduces someone
        // else, and across a paragraph break only with a verb of continuing
        let carried = last_speaker.clone().filter(|_| {
            let from = k.checked_sub(1).map_or(0, |j| marked[j].after);
            // (a person after a preposition is a complement: `fece coppia con Neri`)
            let introduced = ctx.mentions.iter().any(|f| {
                f.kind == EntityKind::Person
                    && from <= f.mention.span.start
                    && f.mention.span.end <= m.open
                    && Some(&f.entity.name) != last_speaker.as_ref()
                    && !governed_before(article.text, f.mention.span.start)
            });
            let same_paragraph = article
                .paragraphs
                .iter()
                .any(|p| p.span.contains(&from) && p.span.contains(&m.open));
            !introduced && (same_paragraph || att.addition || k == 0)
        });
        let found = match (found, &last_speaker) {
            // `il ministro ha aggiunto`: a definite role refers back to the last speaker
            (Some(s), last)
                if words::is_definite_role(&s) && (att.addition || !has_complement(&s)) =>
            {
                descriptions::previous_subject(ctx, m.open)
                    .or_else(|| last.clone())
                    .or_else(|| ctx.last_person_before(m.open))
                    .or(Some(s))
            }
            // `il presidente del consiglio regionale ha detto`: with its complement the
            // role describes someone new, unless it goes on from the quotes just before
            // (`ha detto il capo del Viminale` after his own quotes; a person the
            // article names, not another description; not with a verb of answering)
            (Some(s), _) if words::is_definite_role(&s) => carried
                .clone()
                .filter(|c| ctx.is_person(c) && !att.reply)
                .or(Some(s)),
            (f, _) => f,
        };
        let speaker = found.clone().or(carried);
        if found.is_some() {
            last_speaker = found;
        }
        for (s, e) in pieces {
            out.push(Quote {
                span: (s..e).into(),
                text: article.text[s..e].to_string(),
                speaker: speaker.clone(),
                cue: cue.clone(),
                sentence: article.sentence_at(s),
            });
        }
    }
    out
}

/// True when the word right before byte `pos` is a preposition.
fn governed_before(text: &str, pos: usize) -> bool {
    let word = text[..pos]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    words::PREPOSITIONS.contains(&word.as_str())
}

/// True when a description has a prepositional complement after its head (`il
/// ministro dell'interno`, `un portavoce di Enel`).
fn has_complement(description: &str) -> bool {
    description
        .split([' ', '\'', '’'])
        .filter(|w| !w.is_empty())
        .skip(2)
        .any(|w| words::PREPOSITIONS.contains(&w.to_lowercase().as_str()))
}

/// True when only a conjunction or a short connective stands between two quotes.
fn joined(text: &str, a: &Marked, b: &Marked) -> bool {
    if b.open < a.after || b.open - a.after > 24 {
        return false;
    }
    let gap = &text[a.after..b.open];
    // `«A». «B»`: the next sentence is only another quote
    if matches!(gap.trim(), "." | "" | "," | "!" | "?") {
        return true;
    }
    if gap.contains(['.', '\n', ';', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 3
        && words
            .iter()
            .all(|w| ["e", "ed", "o", "poi", "ma", "che", "in", "quanto", "di"].contains(w))
}

/// True when `b` opens the sentence right after the one where `a` ends, in the same
/// paragraph: `«A», ha aggiunto. «B».`
fn next_sentence(article: &Article, a: &Marked, b: &Marked) -> bool {
    let (Some(sa), Some(sb)) = (
        article.sentence_at(a.end.saturating_sub(1).max(a.start)),
        article.sentence_at(b.open),
    ) else {
        return false;
    };
    let i = article
        .paragraphs
        .partition_point(|p| p.span.end <= a.start);
    let same_paragraph = article
        .paragraphs
        .get(i)
        .is_some_and(|p| p.span.contains(&a.start) && p.span.contains(&b.open));
    sb == sa + 1 && article.sentences[sb].start == b.open && same_paragraph
}

/// True when a few words with no verb of saying and no clause break separate two
/// quotes (`soffre di «A» e di «B»`, `fatti «A» che «B»`): the second continues the first.
fn same_clause(ctx: &Context, a: &Marked, b: &Marked) -> bool {
    let text = ctx.article.text;
    if b.open < a.after || b.open - a.after > 60 {
        return false;
    }
    let gap = &text[a.after..b.open];
    if gap.contains(['.', '\n', ';', ':', '?', '!', '(']) {
        return false;
    }
    let toks = tokens::tokenize_in(&ctx.article.tokens, text, a.after, b.open);
    let words = toks.iter().filter(|t| t.word).count();
    words <= 4 && (0..toks.len()).all(|i| cues::cue_at(text, &toks, i).is_none())
}

/// True when the marked stretch is someone's words, not a term, title or name.
fn is_speech(text: &str, m: &Marked, att: &Attribution) -> bool {
    let inner = &text[m.start..m.end];
    let words: Vec<&str> = inner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    if n == 0 {
        return false;
    }
    let close = match att.link {
        Link::After | Link::Colon | Link::Next | Link::Subject | Link::Previous => true,
        Link::Before(d) => d <= 3 || (d <= 8 && n >= 5) || (d <= 6 && att.prep),
        Link::None | Link::Chained => false,
    };
    let capital = inner.chars().next().is_some_and(char::is_uppercase);
    if att
        .word_before
        .as_deref()
        .is_some_and(|w| TITLE_NOUNS.contains(w))
        && !matches!(att.link, Link::After | Link::Colon)
        && (n < 8 || capital)
    {
        return false;
    }
    if !m.closed {
        return close && n >= 4;
    }
    if att.link == Link::Colon && att.speaker.is_none() && (n < 8 || !capital) && !att.follows_quote
    {
        return false;
    }
    if att.link == Link::Chained {
        return true;
    }
    let name_like = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || w.len() <= 3
    });
    if name_like && n <= 6 && !matches!(att.link, Link::After) {
        return false;
    }
    // `definisce Neri un «personaggio ambiguo»`, `bollando la giunta come
    // «illegittima»`: short words a verb of naming gives as someone's words
    if att.definition
        && match att.link {
            Link::Before(d) => d <= 4 || att.word_before.as_deref() == Some("come"),
            _ => false,
        }
    {
        return true;
    }
    let det_before = att.word_before.as_deref().is_some_and(|w| {
        words::DETERMINERS.contains(&w)
            || matches!(w, "questa" | "questo" | "queste" | "questi" | "sua" | "suo")
    });
    // a term inside a noun phrase: `il «dirottamento»`, `la «Diffusione on-line...»`
    if det_before && (n <= 2 || att.link == Link::None) && att.link != Link::After {
        return false;
    }
    // a term after an articulated preposition: `il fatto della «giovinezza»`
    let of_the = att.word_before.as_deref().is_some_and(|w| {
        words::PREPOSITIONS.contains(&w)
            && w.len() > 2
            && !matches!(w, "con" | "per" | "tra" | "fra" | "contro" | "verso")
    });
    if of_the && n <= 2 && !att.definition && !matches!(att.link, Link::After | Link::Colon) {
        return false;
    }
    // one or two words need words of saying, not of thinking (`ha pensato «spalla»`)
    if n <= 2 && att.cognition {
        return false;
    }
    if n >= 8 {
        return true;
    }
    if n >= 5 && matches!(att.link, Link::Before(_)) {
        return true;
    }
    close
}

/// The speaker and cue of an attribution inside the marks.
type InnerAttribution = Option<(Option<String>, String)>;

/// Splits a quote at an attribution inside its marks (`«A - dice X - B»`).
fn split_inner(ctx: &Context, m: &Marked) -> (Vec<(usize, usize)>, InnerAttribution) {
    let text = ctx.article.text;
    let toks = tokens::tokenize_in(&ctx.article.tokens, text, m.start, m.end);
    let dash = |t: &tokens::SentenceToken| !t.word && "-–—".contains(t.text(text));
    for i in 0..toks.len() {
        if !dash(&toks[i]) || i == 0 {
            continue;
        }
        // (a clitic may stand before the verb: `- gli risponde l'operatore -`)
        let first = i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| is_clitic(text, t)));
        let found = (i + 1..toks.len().min(i + 5))
            .filter_map(|j| cues::cue_at(text, &toks, j))
            .find(|c| c.first == i + 1 || c.first == first);
        if let Some(c) = found {
            if c.verb.class == "medium" {
                continue;
            }
            // the attribution ends at the next dash within a few words
            let close = (c.end..toks.len().min(c.end + 14)).find(|&j| dash(&toks[j]));
            if let Some(j) = close {
                let speaker = speakers::speaker_after(ctx, &toks[..j], c.end)
                    .or_else(|| descriptions::inverted_description(ctx, &toks[c.end..j]));
                let cue = text[toks[c.first].start..toks[c.end - 1].end].to_string();
                let mut after = toks.get(j + 1).map_or(m.end, |t| t.start);
                if toks
                    .get(j + 1)
                    .is_some_and(|t| t.is(text, '.') || t.is(text, ','))
                {
                    after = toks.get(j + 2).map_or(m.end, |t| t.start);
                }
                let first_end = toks[i - 1].end;
                let pieces = if after < m.end {
                    vec![(m.start, first_end), (after, m.end)]
                } else {
                    vec![(m.start, first_end)]
                };
                return (pieces, Some((speaker, cue)));
            }
        }
    }
    (vec![(m.start, m.end)], None)
}

/// True for an unstressed pronoun that stands before a verb (`gli risponde`, `le dice`).
fn is_clitic(text: &str, t: &tokens::SentenceToken) -> bool {
    t.word
        && matches!(
            t.lower(text).as_ref(),
            "gli" | "le" | "mi" | "ti" | "ci" | "vi" | "si" | "lo" | "la" | "ne"
        )
}

#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
