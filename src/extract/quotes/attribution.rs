//! Who says a quote and with which cue: the windows before and after the marks, the
//! next sentence (`Lo ha detto X`), and the last speaker for a dropped subject.

use super::descriptions::{
    agent_after, apposition, complements_end, heads_speaker, inverted_subject, is_by,
    object_description, of_complement, owner_of_said, owner_of_words, passive_agent,
    previous_subject, relative, trailing_description,
};
use super::speakers::{speaker_after, speaker_before};
use super::window::{stop, unit};
use crate::extract::attribution::cues::{cue_at, Cue};
use crate::extract::attribution::marks::Marked;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::tokens::{tokenize_in, SentenceToken};
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};

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
    /// A quote that is a sentence of its own after a sentence whose named subject
    /// speaks (`La Neri Spa ha parlato dei piani. «...».`).
    Previous,
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
    /// True when the cue continues someone's words (`ha aggiunto`, `ha proseguito`).
    pub addition: bool,
    /// True when the cue answers someone (`ha replicato`, `ha risposto`).
    pub reply: bool,
}

fn cue_text(ctx: &Context, toks: &[SentenceToken], c: &Cue) -> String {
    let text = ctx.article.text;
    let mut first = c.first;
    // `Nadella lo dice`: the clitic is not part of the cue before a quote
    if c.end - c.first > 1 && toks[first].lower(text) == "lo" && c.verb.class == "postposed" {
        first += 1;
    }
    text[toks[first].start..toks[c.end - 1].end].to_string()
}

/// All cues of a token window, in order.
fn cues(text: &str, toks: &[SentenceToken]) -> Vec<Cue> {
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
        addition: false,
        reply: false,
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
    // `«...», secondo le parole della figlia`, `»: queste le parole di Neri`, `», le
    // parole del ministro`: the owner of the words
    if m.closed
        && after.get(lead).is_some_and(|t| {
            t.word
                && matches!(
                    t.lower(text).as_ref(),
                    "secondo" | "queste" | "sono" | "ecco" | "le" | "con"
                )
        })
    {
        let to = (lead + 1..after.len())
            .find(|&j| !after[j].word)
            .unwrap_or(after.len());
        if let Some((k, sp)) = (lead..to.min(lead + 4))
            .find_map(|k| owner_of_words(ctx, &after, k, to).map(|sp| (k, sp)))
        {
            att.link = Link::After;
            att.cue = Some(text[after[lead].start..after[k].end].to_string());
            att.speaker = Some(sp);
            return att;
        }
    }
    // `«...»: questo il giudizio dell'avvocato Neri`, `così il commento di Neri`
    if m.closed
        && after.get(lead).is_some_and(|t| {
            t.word
                && matches!(
                    t.lower(text).as_ref(),
                    "questo" | "questa" | "queste" | "questi" | "così"
                )
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
                    att.addition = c.verb.class == "addition";
                    att.reply = c.verb.class == "reply";
                    att.cue = Some(cue_text(ctx, &after, &c));
                    // `Paolo Neri: «...», ha dichiarato`: the name before the colon
                    let colon = before.last().is_some_and(|t| t.is(text, ':'));
                    att.speaker = speaker_after(ctx, &after, c.end)
                        .or_else(|| inverted_subject(ctx, &after, c.end))
                        .or_else(|| statement_issuer(ctx, &after, c.end))
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
    // `citando le testuali parole del figlio «...»`: the words are the owner's
    // (`del figlio, «...»`, `del figlio: «...»`)
    let to = before.len()
        - usize::from(
            before
                .last()
                .is_some_and(|t| t.is(text, ',') || t.is(text, ':')),
        );
    let owner = (to.saturating_sub(6)..to)
        .find_map(|k| owner_of_words(ctx, &before, k, to))
        .or_else(|| {
            // `la replica di Stefano Vitale, amministratore delegato di Velaria: «...»`
            (to.saturating_sub(16)..to).find_map(|k| owner_of_said(ctx, &before, k, to))
        });
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
        att.addition = c.verb.class == "addition";
        att.reply = c.verb.class == "reply";
        att.cue = Some(cue_text(ctx, &before, c));
        let skip_det = usize::from(
            before
                .get(c.end)
                .is_some_and(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref())),
        );
        let parenthetical = c.first > 0
            && before[c.first - 1].is(text, ',')
            && ctx.name_at(&before, c.end + skip_det).is_some();
        // `è stata condannata dal governo di Kiev: «...»`: a passive cue's agent speaks
        let passive = !c.is_prep()
            && c.verb.class != "cleft"
            && before[c.first..c.end].iter().any(|t| {
                t.word
                    && matches!(
                        t.lower(text).as_ref(),
                        "stato" | "stata" | "stati" | "state"
                    )
            })
            // (`è contestata dallo storico Neri`: a simple passive shows its agent)
            || !c.is_prep()
                && c.verb.class != "cleft"
                && before[c.first.saturating_sub(1)..c.end].iter().any(|t| {
                    t.word
                        && matches!(
                            t.lower(text).as_ref(),
                            "è" | "sono" | "viene" | "vengono" | "venne" | "fu"
                        )
                })
                && before.get(c.end).is_some_and(|t| is_by(text, t));
        // (its subject is what was said, never the speaker: `L'attacco è stato
        // condannato ieri` has none)
        att.speaker = if let Some(owner) = owner {
            Some(owner)
        } else if passive {
            // (the agent may follow a few words: `è stato espresso in primis dalla Rai`)
            (c.end..before.len().min(c.end + 4))
                .take_while(|&k| before[k].word)
                .find(|&k| is_by(text, &before[k]))
                .and_then(|by| agent_after(ctx, &before, by, before.len()))
        } else if c.is_prep() {
            speaker_after(ctx, &before, c.end).or_else(|| object_description(ctx, &before, c.end))
        } else if c.verb.slot == "GER" && c.first == 0 {
            // `Rispondendo a un appello del ministro, Gino Bassi ha accolto la proposta:
            // «...»`: a gerund opening the sentence has the main clause's subject
            let n = before.len() - usize::from(colon);
            speaker_before(ctx, &before, n)
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
        // `Anna Neri ha sottolineato il fatto della «giovinezza», dicendo che «...»`: a
        // gerund's subject is the main clause's, before an earlier quoted stretch
        if att.speaker.is_none() && c.verb.slot == "GER" && from > unit(ctx, m.open).start {
            let main = tokenize_in(&ctx.article.tokens, text, unit(ctx, m.open).start, from);
            let first_mark = main
                .iter()
                .position(|t| !t.word && "«\"“".contains(t.text(text)))
                .unwrap_or(main.len());
            att.speaker = speaker_before(ctx, &main, first_mark);
        }
        // `nella nota, diramata dall'ufficio di Neri, si legge`: the issuer
        if att.speaker.is_none() && c.verb.class == "document" {
            att.speaker = passive_agent(ctx, &before, c.first);
        }
        if att.speaker.is_none()
            && opens
            && !c.is_prep()
            && !matches!(c.verb.class, "addition" | "reply")
        {
            att.speaker = previous_subject(ctx, m.open);
        }
        return att;
    }
    if let Some(owner) = owner {
        att.link = Link::Before(0);
        att.speaker = Some(owner);
        return att;
    }
    if before.last().is_some_and(|t| t.is(text, ':')) {
        att.link = Link::Colon;
        att.speaker = speaker_before(ctx, &before, before.len() - 1);
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
        // (`Rossi (Valdora): «...»`: the affiliation in parentheses is left out)
        let mut head_end = before.len() - 1;
        if head_end >= 3 && before[head_end - 1].is(text, ')') {
            if let Some(p) = before[..head_end - 1].iter().rposition(|t| t.is(text, '(')) {
                head_end = p;
            }
        }
        let head_words = before[..head_end].iter().filter(|t| t.word).count();
        if att.speaker.is_none()
            && paragraph_start
            && (1..=3).contains(&head_words)
            && head_end >= 1
            && before[..head_end].iter().all(|t| t.word)
        {
            // a headline `I medici: "..."`
            att.speaker = Some(text[before[0].start..before[head_end - 1].end].to_string());
        }
        if let Some(c) = cs.last() {
            att.cue = Some(cue_text(ctx, &before, c));
        }
        return att;
    }

    // `Per il ministro dell'Economia, «...»`: `per` opening the sentence with a person
    // set off by a comma reads as `secondo`
    if let Some(sp) = according_to(ctx, &before) {
        att.link = Link::Before(0);
        att.prep = true;
        att.cue = Some(before[0].text(text).to_string());
        att.speaker = Some(sp);
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
    let alone = m.closed && after.iter().all(|t| !t.word);
    if alone {
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
            } else if let Some((cue, sp)) = verdict_of(ctx, &toks) {
                // `«...». Questa la sentenza dei medici.`
                att.link = Link::Next;
                att.cue = Some(cue);
                att.speaker = Some(sp);
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
    // 4. a quote that is a sentence of its own: the named subject of a verb of saying
    // in the sentence before, in the same paragraph
    if att.link == Link::None && alone && unit(ctx, m.open).start == m.open {
        if let Some((sp, cue)) = previous_reporter(ctx, m.open) {
            att.link = Link::Previous;
            att.speaker = Some(sp);
            att.cue = Some(cue);
        }
    }
    att
}

/// `Per il ministro dell'Economia, «...»`, `Per Gino Bassi, «...»`: a sentence that
/// opens with `per` and a person (a name, or a role with its complements) set off by a
/// comma right before the quote gives that person as the speaker, as `secondo` would.
/// Not `Per la prima volta, «...»` nor `Per questo, «...»`: the phrase must be a name or
/// be headed by a role noun.
fn according_to(ctx: &Context, before: &[SentenceToken]) -> Option<String> {
    let text = ctx.article.text;
    let n = before.len();
    let opens = before
        .first()
        .is_some_and(|t| t.word && t.lower(text) == "per" && unit(ctx, t.start).start == t.start);
    if !opens || n < 3 {
        return None;
    }
    // (the phrase ends at a comma, or right at the mark: `Per gli analisti «...»`)
    let n = n - usize::from(before[n - 1].is(text, ','));
    if !before[n - 1].word {
        return None;
    }
    let det = usize::from(DETERMINERS.contains(&before[1].lower(text).as_ref()));
    let head = 1 + det;
    if let Some(h) = ctx.name_at(before, head) {
        // (`Per Lorenzo Pace, gestore di Fondo Arcadia, «...»`: with its apposition)
        return (h.end == n
            || apposition(text, before, h.end, n)
            || relative(text, before, h.end, n))
        .then_some(h.name);
    }
    if !before
        .get(head)
        .is_some_and(|t| t.word && crate::extract::attribution::words::is_role(&t.lower(text)))
    {
        return None;
    }
    // the role's person when a name follows it (`Per il ministro Gino Bassi,`)
    if let Some(h) = ctx.name_at(before, head + 1).filter(|h| h.end == n) {
        return Some(h.name);
    }
    let end = complements_end(text, before, head + 1, n);
    (end == n).then(|| text[before[1].start..before[end - 1].end].to_string())
}

/// Nouns of a written statement, whose `di` complement is its issuer.
const STATEMENT_NOUNS: &[&str] = &[
    "comunicato",
    "dichiarazione",
    "documento",
    "lettera",
    "nota",
];

/// The issuer of the statement named after a cue: `», si legge in una nota della
/// società` → `la società` (resolved later to the company), `nel comunicato di Neri`.
fn statement_issuer(ctx: &Context, toks: &[SentenceToken], from: usize) -> Option<String> {
    let text = ctx.article.text;
    let noun = (from..toks.len().min(from + 5))
        .take_while(|&k| toks[k].word)
        .find(|&k| STATEMENT_NOUNS.contains(&toks[k].lower(text).as_ref()))?;
    let of = noun
        + 1
        + usize::from(toks.get(noun + 1).is_some_and(|t| {
            t.word && !PREPOSITIONS.contains(&t.lower(text).as_ref()) && !t.capitalised(text)
        }));
    // a name, or a description of a company, body or person (not `dei giorni scorsi`)
    let named = ctx.name_at(toks, of + 1).is_some();
    let head = toks.get(of + 1).map(|t| t.lower(text));
    of_complement(ctx, toks, of).filter(|_| named || head.as_deref().is_some_and(heads_speaker))
}

/// Nouns of something said or judged, which name who said it in `Questa la sentenza
/// dei medici` (not `Questa la notizia del giorno`).
const SAYING_NOUNS: &[&str] = &[
    "parole",
    "accusa",
    "analisi",
    "annuncio",
    "appello",
    "commento",
    "conclusione",
    "diagnosi",
    "giudizio",
    "messaggio",
    "opinione",
    "parere",
    "posizione",
    "previsione",
    "promessa",
    "reazione",
    "replica",
    "risposta",
    "sentenza",
    "tesi",
    "verdetto",
    "versione",
];

/// A sentence after a quote that opens `Questa la sentenza dei medici`, `Questo il
/// commento di Neri`, `Sono le parole di Neri`: a demonstrative, a noun of saying or judging (lower-case words
/// only) and its `di` complement, who said it. Gives the cue words and the speaker.
fn verdict_of(ctx: &Context, toks: &[SentenceToken]) -> Option<(String, String)> {
    let text = ctx.article.text;
    let first = toks.first().filter(|t| {
        t.word
            && matches!(
                t.lower(text).as_ref(),
                "questo" | "questa" | "queste" | "questi" | "sono"
            )
    })?;
    // `Questa la sentenza di`, or a demonstrative adjective: `Queste parole di Neri`
    let noun = if toks
        .get(1)
        .is_some_and(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))
    {
        2
    } else if first.lower(text) != "sono" {
        1
    } else {
        return None;
    };
    // the noun (and an adjective), then the `di` form
    let of = (noun + 1..toks.len().min(noun + 3)).find(|&j| {
        toks[j].word && {
            let w = toks[j].lower(text);
            w == "di" || w.starts_with("de") && PREPOSITIONS.contains(&w.as_ref())
        }
    })?;
    let saying = toks[noun..of]
        .iter()
        .any(|t| t.word && SAYING_NOUNS.contains(&t.lower(text).as_ref()));
    if !saying
        || !toks[noun..of]
            .iter()
            .all(|t| t.word && !t.capitalised(text))
    {
        return None;
    }
    let speaker = of_complement(ctx, toks, of)?;
    Some((text[first.start..toks[of - 1].end].to_string(), speaker))
}

/// The named subject (an entity of the article) of the first verb of saying in the
/// sentence before byte `pos`, with that verb, when that sentence is in the same
/// paragraph and quotes nobody: `La Neri Spa ha parlato dei piani per il 2030. «...».`
fn previous_reporter(ctx: &Context, pos: usize) -> Option<(String, String)> {
    let a = ctx.article;
    let text = a.text;
    let i = a.sentences.partition_point(|s| s.end <= pos);
    let prev = a.sentences.get(i.checked_sub(1)?)?;
    let same_paragraph = a
        .paragraphs
        .iter()
        .any(|p| p.span.contains(&prev.start) && p.span.contains(&pos));
    if !same_paragraph || text[prev.clone()].contains(['«', '»', '"', '“', '”']) {
        return None;
    }
    let toks = tokenize_in(&ctx.article.tokens, text, prev.start, prev.end);
    let c = cues(text, &toks)
        .into_iter()
        .find(|c| !c.is_prep() && !c.is_medium() && c.verb.class != "anonymous")?;
    let speaker = speaker_before(ctx, &toks, c.first)?;
    let named = [
        &ctx.entities.people,
        &ctx.entities.companies,
        &ctx.entities.organizations,
    ]
    .iter()
    .any(|list| list.iter().any(|e| e.name == speaker));
    named.then(|| (speaker, cue_text(ctx, &toks, &c)))
}
