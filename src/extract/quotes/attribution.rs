//! Who says a quote and with which cue: the windows before and after the marks, the
//! next sentence (`Lo ha detto X`), and the last speaker for a dropped subject.

use super::descriptions::{object_description, previous_subject, trailing_description};
use super::speakers::{speaker_after, speaker_before, stop};
use crate::extract::attribution::cues::{cue_at, Cue};
use crate::extract::attribution::marks::Marked;
use crate::extract::attribution::names::{Context, DETERMINERS, PREPOSITIONS};
use crate::extract::attribution::tokens::{tokenize_in, Tok};
use std::ops::Range;

/// How a quote is tied to its attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// A cue right after the closing mark (`», ha detto X`).
    After,
    /// A cue before the mark in the same sentence; the number of words between them.
    Before(usize),
    /// Joined to the previous or next quote by a conjunction (`«A» e «B»`).
    Chained,
    /// A subject in apposition right before the mark, no verb outside the quote.
    Subject,
    /// Only a colon before the mark (`Guizzardi: «...»`).
    Colon,
    /// A cue opening the next sentence (`Lo ha detto X`).
    Next,
    /// No attribution nearby.
    None,
}

/// The attribution of one quote.
#[derive(Debug, Clone)]
pub(crate) struct Attribution {
    /// How the quote is tied to it.
    pub link: Link,
    /// The speaker found, if any (None: inherit the last one).
    pub speaker: Option<String>,
    /// The cue's text.
    pub cue: Option<String>,
    /// The word right before the opening mark (lower case), for the term test.
    pub word_before: Option<String>,
    /// True when the cue is prepositional (`secondo X`).
    pub prep: bool,
    /// True when the cue is a verb of thinking (`pensa`, `crede`).
    pub cognition: bool,
    /// True when the cue is a verb of naming (`definisce X «...»`, `bollando come`).
    pub definition: bool,
    /// True when the quote follows another one closely (`»; e poi: «`).
    pub follows_quote: bool,
}

/// The sentence (or title) that holds byte `pos`.
pub(crate) fn unit(ctx: &Context, pos: usize) -> Range<usize> {
    let a = ctx.article;
    if let Some(t) = a.title.as_ref().filter(|t| t.contains(&pos)) {
        return t.clone();
    }
    if let Some(i) = a.sentence_at(pos) {
        return a.sentences[i].clone();
    }
    pos..pos
}

fn cue_text(ctx: &Context, toks: &[Tok], c: &Cue) -> String {
    let text = ctx.article.text;
    let mut first = c.first;
    // `Nadella lo dice`: the clitic is not part of the cue before a quote
    if c.end - c.first > 1 && toks[first].lower(text) == "lo" && c.verb.class == "postposed" {
        first += 1;
    }
    text[toks[first].start..toks[c.end - 1].end].to_string()
}

/// All cues of a token window, in order.
fn cues(text: &str, toks: &[Tok]) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(c) = cue_at(text, toks, i) {
            out.push(c);
            i = c.end;
        } else {
            i += 1;
        }
    }
    out
}

/// Finds the attribution of quote `k` of `all`.
pub(crate) fn attribute(ctx: &Context, all: &[Marked], k: usize) -> Attribution {
    let text = ctx.article.text;
    let m = &all[k];
    // the window before: from the start of the sentence (or the previous quote) to the mark
    let mut from = unit(ctx, m.open).start.min(m.open);
    if k > 0 && all[k - 1].after > from && all[k - 1].after <= m.open {
        from = all[k - 1].after;
    }
    let before = tokenize_in(&ctx.article.tokens, text, from, m.open);
    let word_before = before
        .last()
        .filter(|t| t.word)
        .map(|t| t.lower(text).into_owned());

    // the window after: to the end of the sentence or the next quote
    let u = unit(ctx, m.after.saturating_sub(1).max(m.end));
    let mut to = u.end.max(m.after);
    if let Some(n) = all.get(k + 1) {
        if n.open >= m.after {
            to = to.min(n.open);
        }
    }
    let after = tokenize_in(&ctx.article.tokens, text, m.after, to);
    let follows_quote = k > 0 && all[k - 1].after <= m.open && m.open - all[k - 1].after < 16;
    let mut att = Attribution {
        link: Link::None,
        speaker: None,
        cue: None,
        word_before,
        prep: false,
        cognition: false,
        definition: false,
        follows_quote,
    };

    // 1. a cue within the first words after the closing mark
    let mut lead = after
        .iter()
        .take_while(|t| !t.word && ",-–—:".contains(t.text(text)))
        .count();
    // `»: con queste parole, X ha proclamato`
    if after
        .get(lead)
        .is_some_and(|t| t.word && t.lower(text) == "con")
        && after
            .get(lead + 2)
            .is_some_and(|t| t.word && t.lower(text) == "parole")
    {
        lead += 3;
        while after.get(lead).is_some_and(|t| t.is(text, ',')) {
            lead += 1;
        }
        // `con queste parole, X ha proclamato`: any verb after the named subject
        if let Some(h) = ctx.name_at(&after, lead) {
            if let Some(v) = after
                .get(h.end..h.end + 2)
                .filter(|v| v.iter().all(|t| t.word))
            {
                att.link = Link::After;
                att.cue = Some(text[v[0].start..v[1].end].to_string());
                att.speaker = Some(h.name);
                return att;
            }
        }
    }
    // `«...»: questo il giudizio dell'avvocato Neri`, `così il commento di Neri`
    if m.closed
        && after.get(lead).is_some_and(|t| {
            t.word && matches!(t.lower(text).as_ref(), "questo" | "questa" | "così")
        })
    {
        let of = (lead + 1..after.len().min(lead + 5)).find(|&j| {
            let w = after[j].lower(text);
            after[j].word && (w == "di" || w.starts_with('d') && PREPOSITIONS.contains(&w.as_ref()))
        });
        let plain = |j: usize| {
            after[lead + 1..j]
                .iter()
                .all(|t| t.word && !t.capitalised(text))
        };
        if let Some(j) = of.filter(|&j| j > lead + 1 && plain(j)) {
            if let Some(sp) = speaker_after(ctx, &after, j + 1) {
                att.link = Link::After;
                att.cue = Some(text[after[lead].start..after[j - 1].end].to_string());
                att.speaker = Some(sp);
                return att;
            }
        }
    }
    if m.closed && lead < after.len() {
        let limit = (lead + 6).min(after.len());
        let mut i = lead;
        while i < limit {
            if stop(text, &after[i]) {
                break;
            }
            if let Some(hit) = ctx.name_at(&after, i) {
                // a subject before the verb: `», Rossi ha aggiunto`
                if i == lead {
                    i = hit.end;
                    continue;
                }
                break;
            }
            if let Some(c) = cue_at(text, &after, i) {
                if c.verb.class != "medium"
                    && c.verb.class != "anonymous"
                    && !c.is_prep()
                    && c.verb.slot != "GER"
                {
                    att.link = Link::After;
                    att.cue = Some(cue_text(ctx, &after, &c));
                    // `Paolo Neri: «...», ha dichiarato`: the name before the colon
                    let colon = before.last().is_some_and(|t| t.is(text, ':'));
                    att.speaker = speaker_after(ctx, &after, c.end)
                        .or_else(|| speaker_before(ctx, &after, c.first))
                        .or_else(|| {
                            colon
                                .then(|| speaker_before(ctx, &before, before.len() - 1))
                                .flatten()
                        })
                        .or_else(|| previous_subject(ctx, m.open));
                    return att;
                }
            }
            if !(after[i].word
                && crate::extract::attribution::cues::is_adverb(&after[i].lower(text)))
            {
                break;
            }
            i += 1;
        }
    }

    // 2. a cue before the mark in the same sentence
    let cs = cues(text, &before);
    let verb = cs.iter().rev().find(|c| !c.is_medium() && !c.is_prep());
    let prep = cs.iter().rev().find(|c| c.is_prep());
    // a colon right before the mark ties the quote to the cue however far it is
    let colon = before.last().is_some_and(|t| t.is(text, ':'));
    let words_after = |c: &Cue| {
        if colon {
            0
        } else {
            before[c.end..].iter().filter(|t| t.word).count()
        }
    };
    let chosen = match (verb, prep) {
        (Some(v), Some(p)) if p.first > v.first => Some(p),
        (Some(v), _) => Some(v),
        (None, Some(p)) => Some(p),
        _ => None,
    };
    if let Some(c) = chosen {
        att.link = Link::Before(words_after(c));
        att.prep = c.is_prep();
        att.cognition = c.verb.class == "cognition";
        att.definition = c.verb.class == "definition";
        att.cue = Some(cue_text(ctx, &before, c));
        let skip_det = usize::from(
            before
                .get(c.end)
                .is_some_and(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref())),
        );
        let parenthetical = c.first > 0
            && before[c.first - 1].is(text, ',')
            && ctx.name_at(&before, c.end + skip_det).is_some();
        att.speaker = if c.is_prep() {
            speaker_after(ctx, &before, c.end).or_else(|| object_description(ctx, &before, c.end))
        } else if parenthetical && !att.definition {
            // `stampata utilizzando, dice Tolstoj, «...»`
            speaker_after(ctx, &before, c.end).or_else(|| speaker_before(ctx, &before, c.first))
        } else if att.definition && !colon {
            // `ha definito Neri un «...»`: the name after a verb of naming is what it
            // names, not who speaks
            speaker_before(ctx, &before, c.first)
        } else {
            speaker_before(ctx, &before, c.first)
                .or_else(|| speaker_after(ctx, &before, c.end))
                .or_else(|| trailing_description(ctx, &before, c.end))
        };
        // `padre Mario Neri. Ha dichiarato «...»`: a sentence that opens with the verb
        // has the previous sentence's subject; `Ha aggiunto` continues the last speaker
        let opens = before[..c.first].iter().all(|t| {
            !t.word || {
                let w = t.lower(text);
                crate::extract::attribution::cues::is_adverb(&w) || matches!(w.as_ref(), "e" | "ma")
            }
        }) && unit(ctx, before[c.first].start).start == before[0].start;
        if att.speaker.is_none()
            && opens
            && !c.is_prep()
            && !matches!(c.verb.class, "addition" | "reply")
        {
            att.speaker = previous_subject(ctx, m.open);
        }
        return att;
    }
    if before.last().is_some_and(|t| t.is(text, ':')) {
        att.link = Link::Colon;
        att.speaker = speaker_before(ctx, &before, before.len() - 1);
        let words = before.iter().filter(|t| t.word).count();
        let paragraph_start = {
            let a = ctx.article;
            let p = a
                .paragraphs
                .partition_point(|p| p.span.start < before[0].start);
            a.paragraphs
                .get(p)
                .is_some_and(|p| p.span.start == before[0].start)
                || a.title.as_ref().is_some_and(|t| t.start == before[0].start)
        };
        if att.speaker.is_none()
            && paragraph_start
            && (1..=3).contains(&words)
            && before.len() >= 2
            && before[..before.len() - 1].iter().all(|t| t.word)
        {
            // a headline `I medici: "..."`
            att.speaker = Some(text[before[0].start..before[before.len() - 2].end].to_string());
        }
        if let Some(c) = cs.last() {
            att.cue = Some(cue_text(ctx, &before, c));
        }
        return att;
    }

    // `La figlia, Elisa Novelli, «spera che...»`: a subject right before the mark
    let n = before.len();
    if n >= 2 && before[n - 1].is(text, ',') {
        let mut s = n - 1;
        while s > 0 && before[s - 1].word && before[s - 1].capitalised(text) {
            s -= 1;
        }
        if let Some(h) = ctx
            .name_at(&before, s)
            .filter(|h| h.end == n - 1 && s > 0 && before[s - 1].is(text, ','))
        {
            att.speaker = Some(h.name);
            att.link = Link::Subject;
            return att;
        }
    }

    // 3. the next sentence opens with `Lo ha detto X`, `A dirlo è X`
    if m.closed && after.iter().all(|t| !t.word) {
        let next_start = u.end;
        let a = ctx.article;
        let i = a.sentences.partition_point(|s| s.start < next_start);
        if let Some(s) = a.sentences.get(i) {
            let end = (s.start + 80).min(s.end);
            let end = (end..=s.end)
                .find(|&e| text.is_char_boundary(e))
                .unwrap_or(s.end);
            let toks = tokenize_in(&ctx.article.tokens, text, s.start, end);
            if let Some(c) = cue_at(text, &toks, 0) {
                if matches!(c.verb.class, "postposed" | "cleft") {
                    att.link = Link::Next;
                    att.cue = Some(cue_text(ctx, &toks, &c));
                    att.speaker = speaker_after(ctx, &toks, c.end);
                }
            } else if toks
                .first()
                .is_some_and(|t| t.word && t.lower(text) == "così")
            {
                // `«...». Così Mario Rossi, ieri a Roma.`: the name right after
                if let Some(h) = ctx.name_at(&toks, 1) {
                    let ends = toks.get(h.end).is_none_or(|t| !t.word);
                    if ends {
                        att.link = Link::Next;
                        att.cue = Some(toks[0].text(text).to_string());
                        att.speaker = Some(h.name);
                    }
                }
            }
        }
    }
    att
}
