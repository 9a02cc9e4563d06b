//! Who says a quote and with which cue: the windows before and after the marks, the
//! next sentence (`Lo ha detto X`), and the last speaker for a dropped subject.

use super::cues::{cue_at, Cue};
use super::marks::Marked;
use super::names::{is_role, Context, DETERMINERS, PREPOSITIONS};
use super::tokens::{tokenize, Tok};
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

fn stop(text: &str, t: &Tok) -> bool {
    !t.word && ".;:!?«»\"“”()".contains(t.text(text))
}

/// The speaker after token `from`: a name not governed by a preposition, else a role
/// description (`un portavoce di Enel`), up to the next punctuation.
pub(crate) fn speaker_after(ctx: &Context, toks: &[Tok], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let mut i = from;
    let mut role: Option<(usize, usize)> = None;
    while i < toks.len() {
        let t = &toks[i];
        if stop(text, t) {
            break;
        }
        if t.is(text, ',') && i > from {
            // an apposition: `la vicepresidente del PRC, Graziella Mascia,`
            let apposition = ctx.name_at(toks, i + 1).is_some_and(|h| {
                toks.get(h.end)
                    .map_or(true, |n| n.is(text, ',') || n.is(text, ':'))
            });
            if !apposition {
                break;
            }
            i += 1;
            continue;
        }
        if let Some(hit) = ctx.name_at(toks, i) {
            // `il Primo cittadino`: a capitalised adjective of a role noun
            if hit.end == i + 1
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.word && is_role(&n.lower(text)))
            {
                if role.is_none() {
                    let s = if i > 0 && DETERMINERS.contains(&toks[i - 1].lower(text).as_ref()) {
                        i - 1
                    } else {
                        i
                    };
                    role = Some((s, i + 2));
                }
                i += 2;
                continue;
            }
            let governed = i > 0 && is_prep(text, &toks[i - 1]);
            // the issuer of a written statement: `si legge nella nota di Enel`
            let issuer = governed
                && i > 1
                && toks[i - 1].lower(text).starts_with('d')
                && matches!(
                    toks[i - 2].lower(text).as_ref(),
                    "nota" | "comunicato" | "lettera" | "documento" | "dichiarazione"
                );
            if issuer {
                return Some(hit.name);
            }
            // a passive agent: `diramato dall'Ospedale Borgo Trento`
            let agent = governed
                && toks[i - 1].lower(text).starts_with("da")
                && i > 1
                && toks[i - 2].word
                && ["ato", "ata", "ito", "ita", "uto", "uta", "eso", "esa"]
                    .iter()
                    .any(|e| toks[i - 2].lower(text).ends_with(e));
            if !governed || agent {
                return Some(hit.name);
            }
            if let Some(tail) = ctx.split_governed(toks, i, &hit) {
                return Some(tail);
            }
            if let Some((s, _)) = role {
                role = Some((s, hit.end));
            }
            i = hit.end;
            continue;
        }
        if t.word && is_role(&t.lower(text)) && role.is_none() {
            let s = if i > 0 && DETERMINERS.contains(&toks[i - 1].lower(text).as_ref()) {
                i - 1
            } else {
                i
            };
            role = Some((s, i + 1));
        }
        i += 1;
    }
    role.map(|(s, e)| text[toks[s].start..toks[e - 1].end].to_string())
}

fn is_prep(text: &str, t: &Tok) -> bool {
    t.word && {
        let l = t.lower(text);
        PREPOSITIONS.contains(&l.as_ref()) || l == "e" || l == "ed"
    }
}

/// True when the word before a name shows it heads the clause (start, punctuation,
/// determiner, role noun, `stesso`), not an attribute of a noun (`la tv turca NTV`).
fn heads_clause(text: &str, toks: &[Tok], i: usize) -> bool {
    if i == 0 || !toks[i - 1].word {
        return true;
    }
    let p = toks[i - 1].lower(text);
    DETERMINERS.contains(&p.as_ref())
        || is_role(&p)
        || matches!(p.as_ref(), "stesso" | "stessa" | "anche" | "pure")
}

/// The subject before token `upto`: the last name not governed by a preposition.
fn speaker_before(ctx: &Context, toks: &[Tok], upto: usize) -> Option<String> {
    let text = ctx.article.text;
    // a relative clause: `da papa Paolo VI, che lo definì` — the antecedent speaks
    let mut k = upto;
    while k > 0 && toks[k - 1].word && super::cues::is_adverb(&toks[k - 1].lower(text)) {
        k -= 1;
    }
    if k > 0 && toks[k - 1].word && toks[k - 1].lower(text) == "che" {
        let mut j = k - 1;
        if j > 0 && toks[j - 1].is(text, ',') {
            j -= 1;
        }
        let mut s = j;
        while s > 0 && toks[s - 1].word && toks[s - 1].capitalised(text) {
            s -= 1;
        }
        if s < j {
            let governed = s > 0 && is_prep(text, &toks[s - 1]);
            if let Some(h) = ctx.name_at(toks, s).filter(|h| h.end <= j && !governed) {
                if h.end == j {
                    return Some(h.name);
                }
                // an entity shorter than the capitalised run: keep the whole run
                return Some(ctx.resolve(&text[toks[s].start..toks[j - 1].end]));
            }
        }
    }
    let described = subject_description(ctx, toks, upto);
    let mut best = None;
    let mut role: Option<String> = None;
    let mut i = 0;
    while i < upto {
        if let Some(hit) = ctx.name_at(toks, i) {
            let governed = i > 0 && is_prep(text, &toks[i - 1]);
            let lone_opener = hit.kind.is_none() && super::cues::is_verb_form(&toks[i].lower(text));
            let adjacent = toks[hit.end.min(upto)..upto].iter().all(|t| {
                t.is(text, ',')
                    || (t.word
                        && matches!(
                            t.lower(text).as_ref(),
                            "lo" | "la" | "si" | "ne" | "gli" | "le"
                        ))
                    || (t.word && super::cues::is_adverb(&t.lower(text)))
            });
            if governed && best.is_none() {
                if let Some(tail) = ctx.split_governed(toks, i, &hit) {
                    best = Some(tail);
                }
            }
            if !governed
                && hit.end <= upto
                && !lone_opener
                && (best.is_none() || adjacent && heads_clause(text, toks, i))
            {
                best = Some(hit.name);
            }
            i = hit.end;
            continue;
        }
        let t = &toks[i];
        if t.is(text, ';') || (t.is(text, ':') && i + 1 < upto) {
            best = None;
            role = None;
        }
        if t.word && is_role(&t.lower(text)) {
            let s = if i > 0 && DETERMINERS.contains(&toks[i - 1].lower(text).as_ref()) {
                i - 1
            } else {
                i
            };
            role = Some(text[toks[s].start..t.end].to_string());
        }
        i += 1;
    }
    best.or(described).or(role)
}

/// A dropped subject (`«...», ha dichiarato.`) after a sentence that introduces someone
/// without quoting them: that sentence's subject.
pub(crate) fn previous_subject(ctx: &Context, pos: usize) -> Option<String> {
    let a = ctx.article;
    let text = a.text;
    let i = a.sentences.partition_point(|s| s.end <= pos);
    let prev = a.sentences.get(i.checked_sub(1)?)?;
    let toks = tokenize(text, prev.start, prev.end);
    let n = toks.len();
    let mut k = 0;
    let mut quoted = false;
    while k < n {
        // names inside quotation marks are the quoted words, not the sentence's subject
        let t = &toks[k];
        if !t.word && "«»\"“”".contains(t.text(text)) {
            quoted = match t.text(text) {
                "«" | "“" => true,
                "»" | "”" => false,
                _ => !quoted,
            };
            k += 1;
            continue;
        }
        if quoted {
            k += 1;
            continue;
        }
        if let Some(h) = ctx.name_at(&toks, k) {
            let governed = k > 0 && is_prep(text, &toks[k - 1]);
            if !governed && h.name.contains(' ') {
                return Some(h.name);
            }
            k = h.end;
        } else {
            k += 1;
        }
    }
    None
}

/// An inverted subject right before the mark: `Ricordano ai microfoni di X i suoi amici: «`.
pub(crate) fn trailing_description(ctx: &Context, toks: &[Tok], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let mut end = toks.len();
    while end > from && !toks[end - 1].word {
        end -= 1;
    }
    let mut s = end;
    while s > from && end - s < 3 && toks[s - 1].word && !toks[s - 1].capitalised(text) {
        s -= 1;
        if DETERMINERS.contains(&toks[s].lower(text).as_ref()) {
            return (end - s >= 2).then(|| text[toks[s].start..toks[end - 1].end].to_string());
        }
    }
    None
}

/// The description right after a prepositional cue: `Secondo i dottori, ...`.
fn object_description(ctx: &Context, toks: &[Tok], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let first = toks
        .get(from)
        .filter(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))?;
    let mut end = from + 1;
    while end < toks.len() && end < from + 4 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref()) || super::cues::is_adverb(&w) || w == "che" {
            break;
        }
        end += 1;
    }
    let closed = toks.get(end).map_or(true, |t| t.is(text, ','));
    (end > from + 1 && closed).then(|| text[first.start..toks[end - 1].end].to_string())
}

/// The clause-initial description before a cue when no name is given: `Il corteo
/// accusa`, `Un ex guida turistica, testimone oculare, ha riportato`.
fn subject_description(ctx: &Context, toks: &[Tok], upto: usize) -> Option<String> {
    let text = ctx.article.text;
    let start = toks[..upto]
        .iter()
        .rposition(|t| !t.word && !t.is(text, ','))
        .map_or(0, |p| p + 1);
    let first = toks.get(start)?;
    if !first.word || !DETERMINERS.contains(&first.lower(text).as_ref()) {
        return None;
    }
    // only a sentence's own subject, not words after an earlier quote
    if start == 0 && unit(ctx, first.start).start != first.start {
        return None;
    }
    let mut end = start + 1;
    while end < upto && end < start + 5 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref())
            || super::cues::is_adverb(&w)
            || super::cues::is_verb_form(&w)
            || matches!(w.as_ref(), "che" | "quale" | "quali" | "cui")
        {
            break;
        }
        end += 1;
    }
    let next_ok =
        end == upto || toks[end].is(text, ',') || super::cues::is_adverb(&toks[end].lower(text));
    (end > start + 1 && next_ok).then(|| text[first.start..toks[end - 1].end].to_string())
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
    let before = tokenize(text, from, m.open);
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
    let after = tokenize(text, m.after, to);
    let follows_quote = k > 0 && all[k - 1].after <= m.open && m.open - all[k - 1].after < 16;
    let mut att = Attribution {
        link: Link::None,
        speaker: None,
        cue: None,
        word_before,
        prep: false,
        cognition: false,
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
                    att.speaker = speaker_after(ctx, &after, c.end)
                        .or_else(|| speaker_before(ctx, &after, c.first))
                        .or_else(|| previous_subject(ctx, m.open));
                    return att;
                }
            }
            if !(after[i].word && super::cues::is_adverb(&after[i].lower(text))) {
                break;
            }
            i += 1;
        }
    }

    // 2. a cue before the mark in the same sentence
    let cs = cues(text, &before);
    let verb = cs.iter().rev().find(|c| !c.is_medium() && !c.is_prep());
    let prep = cs.iter().rev().find(|c| c.is_prep());
    let words_after = |c: &Cue| before[c.end..].iter().filter(|t| t.word).count();
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
        } else if parenthetical {
            // `stampata utilizzando, dice Tolstoj, «...»`
            speaker_after(ctx, &before, c.end).or_else(|| speaker_before(ctx, &before, c.first))
        } else {
            speaker_before(ctx, &before, c.first)
                .or_else(|| speaker_after(ctx, &before, c.end))
                .or_else(|| trailing_description(ctx, &before, c.end))
        };
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
            let toks = tokenize(text, s.start, end);
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
                    let ends = toks.get(h.end).map_or(true, |t| !t.word);
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
