//! The scan of a sentence for citations, and the closing `Fonte:` line.

use super::anonymous::anonymous_at;
use super::cues::*;
use super::documents::{cleft, document, media};
use super::hit::Hit;
use crate::extract::attribution::flags::token_flags;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::outlets::{kind_of, outlet_at};
use crate::extract::attribution::source_words::*;
use crate::extract::attribution::tokens::tokenize_in;
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::DETERMINERS;
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;
use std::ops::Range;

/// `Fonte: Il Sole 24 Ore` as a paragraph of its own.
pub(super) fn credit_line(ctx: &Context, p: Range<usize>, _last: bool) -> Option<Vec<Hit>> {
    let text = ctx.article.text;
    let s = &text[p.clone()];
    let head = ["Fonte:", "Fonti:", "FONTE:", "Source:", "Fonte :"]
        .into_iter()
        .find(|h| s.starts_with(h))?;
    let from = p.start + head.len();
    let toks = tokenize_in(&ctx.article.tokens, text, from, p.end);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].word {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < toks.len()
            && !(toks[end].is(text, ',')
                || toks[end].is(text, ';')
                || toks[end].is(text, '.') && end + 1 == toks.len())
        {
            end += 1;
        }
        let surface = text[toks[i].start..toks[end - 1].end].trim().to_string();
        let name = outlet_at(text, &toks, i)
            .filter(|h| h.end == end)
            .map_or(surface, |h| h.outlet.name.to_string());
        out.push(Hit {
            start: p.start,
            end: toks[end - 1].end,
            name,
            kind: SourceKind::Credit,
            cue: Some((p.start, from)),
        });
        i = end + 1;
    }
    Some(out)
}

/// Scans the tokens of one sentence for citations.
pub(super) fn scan(ctx: &Context, toks: &[SentenceToken], hits: &mut Vec<Hit>) {
    let text = ctx.article.text;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // (ANSA) dateline
        if t.is(text, '(') {
            if let Some(o) = outlet_at(text, toks, i + 1) {
                if toks.get(o.end).is_some_and(|c| c.is(text, ')'))
                    && (o.outlet.has("paren-dateline") || o.outlet.kind == "agency")
                {
                    hits.push(hit(
                        toks,
                        i,
                        o.end + 1,
                        o.outlet.name.to_string(),
                        SourceKind::Credit,
                        None,
                    ));
                    i = o.end + 1;
                    continue;
                }
            }
        }
        if !t.word {
            i += 1;
            continue;
        }
        // the lists the word belongs to, looked up once (by `Context::new`)
        let f = token_flags(text, t);
        if f & F_ANONYMOUS != 0 {
            if let Some(n) = anonymous_at(ctx, toks, i, hits) {
                i = n;
                continue;
            }
        }
        // (only a listed word needs its case)
        let lower_case = f & (F_MEDIA | F_DOCUMENT) != 0 && !t.capitalised(text);
        if lower_case && f & F_MEDIA != 0 {
            if let Some(next) = media(ctx, toks, i, &lower(text, t), hits) {
                i = next;
                continue;
            }
        }
        if lower_case && f & F_DOCUMENT != 0 {
            if let Some(next) = document(ctx, toks, i, hits) {
                i = next;
                continue;
            }
        }
        // (a hyphenated word may join two forms of one outlet: `MF-Milano Finanza`)
        let outlet = if f & F_OUTLET != 0 || t.text(text).contains('-') {
            outlet_at(text, toks, i)
        } else {
            None
        };
        if let Some(o) = outlet.as_ref().filter(|o| credit_tag(text, toks, i, o.end)) {
            // the name as the tag writes it when only its spacing differs (`Sky TG 24`)
            let surface = &text[t.start..toks[o.end - 1].end];
            let squeezed = |s: &str| s.replace(' ', "").to_lowercase();
            let name = if squeezed(surface) == squeezed(o.outlet.name) {
                surface.to_string()
            } else {
                o.outlet.name.to_string()
            };
            hits.push(hit(toks, i, o.end, name, SourceKind::Credit, None));
            i = o.end;
            continue;
        }
        if let Some(o) = outlet.as_ref().filter(|o| {
            toks.get(o.end).is_some_and(|n| n.capitalised(text))
                || i > 1
                    && toks[i - 1].capitalised(text)
                    && !crate::extract::attribution::words::NOT_NAMES
                        .contains(lower(text, &toks[i - 1]).as_ref())
        }) {
            // part of a longer name (`Petra Sjoelander`)
            i = o.end;
            continue;
        }
        // `Al Corriere della Sera il sindaco ha spiegato`: the outlet told, fronted
        if let Some((o, verb)) = outlet
            .as_ref()
            .and_then(|o| fronted_dative(ctx, toks, i, o.end).map(|v| (o, v)))
        {
            hits.push(hit(
                toks,
                i - 1,
                o.end,
                o.outlet.name.to_string(),
                kind_of(o.outlet),
                Some(verb),
            ));
            i = o.end;
            continue;
        }
        let addressed = outlet.as_ref().and_then(|_| told_to(ctx, toks, i));
        if let Some(o) = outlet.filter(|_| addressed.is_some() || !noun_complement(ctx, toks, i)) {
            if let Some(c) = addressed.or_else(|| cue_before(ctx, toks, i)) {
                // the cue without a trailing article (`secondo il` → `secondo`)
                let mut e = i;
                while e > c + 1 && is_word(text, toks.get(e - 1), DETERMINERS) {
                    e -= 1;
                }
                let cue = (toks[c].start, toks[e - 1].end);
                hits.push(hit(
                    toks,
                    c,
                    o.end,
                    o.outlet.name.to_string(),
                    kind_of(o.outlet),
                    Some(cue),
                ));
            } else if let Some(c) = examples_of_media(text, toks, i) {
                hits.push(hit(
                    toks,
                    i,
                    o.end,
                    o.outlet.name.to_string(),
                    kind_of(o.outlet),
                    Some((toks[c].start, toks[c].end)),
                ));
            } else if cue_after(ctx, toks, o.end) {
                hits.push(hit(
                    toks,
                    i,
                    o.end,
                    o.outlet.name.to_string(),
                    kind_of(o.outlet),
                    None,
                ));
            }
            i = o.end;
            continue;
        }
        // `in un'intervista a Voce di Valdora`: the outlet interviewed, named or not
        if t.end - t.start >= 10 && lower(text, t).starts_with("intervist") {
            if let Some(next) = interview_to(ctx, toks, i, hits) {
                i = next;
                continue;
            }
        }
        if f & F_SECONDO != 0 {
            let mut j = i + 1 + usize::from(lower(text, t) == "stando");
            if is_word(text, toks.get(j), DETERMINERS) {
                j += 1;
            }
            let named = if outlet_at(text, toks, j).is_some() {
                None
            } else {
                name_after(ctx, toks, j)
            };
            if let Some((_, end, name, kind)) = named {
                let acronym =
                    name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                let org_like = acronym
                    || name
                        .split(' ')
                        .any(|w| ORG_HEADS.contains(w.to_lowercase().as_str()))
                    || toks.get(end).is_some_and(|t| t.is(text, '('))
                        && toks.get(end + 1).is_some_and(|t| {
                            t.word && t.text(text).chars().all(|c| c.is_uppercase())
                        });
                if matches!(kind, Some(EntityKind::Company | EntityKind::Organization))
                    || kind.is_none() && org_like
                {
                    let name = ctx.organization(&name);
                    hits.push(hit(
                        toks,
                        i,
                        end,
                        name,
                        SourceKind::Document,
                        Some((toks[i].start, toks[i].end)),
                    ));
                    i = end;
                    continue;
                }
            }
        }
        // `diffusa dal Dipartimento di Stato`, `l'annuncio è arrivato dal Comune`: the
        // agents of a passive statement
        if let Some(next) = super::agents::passive_agent(ctx, toks, i, hits) {
            i = next;
            continue;
        }
        // `A riferirlo sono`, `A dirlo è`
        if f & F_A != 0
            && toks.get(i + 1).is_some_and(|t| {
                let w = lower(text, t);
                t.word && ["rlo", "rla", "rli", "rle"].iter().any(|e| w.ends_with(e))
            })
            && is_word(
                text,
                toks.get(i + 2),
                &["è", "sono", "era", "erano", "sarebbe", "sarebbero"],
            )
        {
            i = cleft(ctx, toks, i, i + 2, hits);
            continue;
        }
        i += 1;
    }
}

/// Plural nouns of news outlets (`alcune testate come X o Y`).
const MEDIA_PLURALS: &[&str] = &[
    "agenzie",
    "canali",
    "emittenti",
    "giornali",
    "media",
    "quotidiani",
    "riviste",
    "settimanali",
    "siti",
    "testate",
    "televisioni",
];

/// The outlet at token `i` named as an example of the outlets that carried the news
/// (`diverse testate giornalistiche (come Il Faro o l'ancora più noto Guardian)`,
/// `quotidiani come il Times e il Globe`): the token of the plural media noun.
fn examples_of_media(text: &str, toks: &[SentenceToken], i: usize) -> Option<usize> {
    let lo = i.saturating_sub(12);
    let come = (lo..i)
        .rev()
        .find(|&k| is_word(text, toks.get(k), &["come"]))?;
    // between `come` and the outlet: other outlets, articles, adjectives, `e`, `o`, commas
    let listed = toks[come + 1..i]
        .iter()
        .all(|t| t.word || t.is(text, ',') || t.is(text, '\'') || t.is(text, '’'))
        && !(come + 1..i)
            .any(|n| crate::extract::attribution::cues::cue_at(text, toks, n).is_some());
    if !listed {
        return None;
    }
    let mut k = come;
    if k > 0 && (toks[k - 1].is(text, '(') || toks[k - 1].is(text, ',')) {
        k -= 1;
    }
    (k.saturating_sub(2)..k).find(|&n| is_word(text, toks.get(n), MEDIA_PLURALS))
}

/// True when the outlet at tokens `i..end` stands alone as a credit tag, outside any
/// clause: a line of its own (`Sky TG 24`), or a tag between the end of a sentence and
/// a date or the next sentence (`... 213 morti. il Giornale 6 ott, 12:28: ...`, `...
/// a questi fatti. ANSA Messaggi di cordoglio ...`), for a name in capitals or after
/// a lower-case article only: `Repubblica Ceca` or `Venerdì 13 luglio` open sentences.
fn credit_tag(text: &str, toks: &[SentenceToken], i: usize, end: usize) -> bool {
    let sentence_end =
        |k: usize| toks[k].is(text, '.') || toks[k].is(text, '!') || toks[k].is(text, '?');
    let lower_article = i > 0
        && is_word(text, toks.get(i - 1), &["il", "la", "lo", "l"])
        && !toks[i - 1].capitalised(text)
        && (i == 1 || sentence_end(i - 2));
    let opens = i == 0 || sentence_end(i - 1) || lower_article;
    if !opens {
        return false;
    }
    let Some(next) = toks.get(end) else {
        return i == 0;
    };
    if next.is(text, '.') && end + 1 == toks.len() {
        return i == 0;
    }
    let date = next.word && next.text(text).bytes().all(|b| b.is_ascii_digit());
    let in_capitals = toks[i..end]
        .iter()
        .all(|t| !t.word || t.text(text).chars().all(|c| !c.is_lowercase()));
    (date || next.capitalised(text)) && (in_capitals || lower_article)
}

/// True when token `k` is a dative preposition (`a`, `ad`, `al`, `alla`, `all'`...).
fn dative(text: &str, toks: &[SentenceToken], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        let w = lower(text, t);
        t.word
            && w.starts_with('a')
            && crate::extract::attribution::words::PREPOSITIONS.contains(&w.as_ref())
    })
}

/// The outlet at tokens `i..end` told something, fronted at the opening of its clause
/// (`Al Corriere della Sera ha spiegato`, `All'agenzia ... il sindaco ha detto`): a
/// dative before it opens the clause, and a verb of saying follows within eight words
/// (past a subject); the byte range of that verb.
fn fronted_dative(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let text = ctx.article.text;
    let mut p = i.checked_sub(1)?;
    if p > 0 && is_word(text, toks.get(p), DETERMINERS) && !dative(text, toks, p) {
        p -= 1;
    }
    let opens = dative(text, toks, p) && (p == 0 || !toks[p - 1].word);
    if !opens {
        return None;
    }
    (end..toks.len().min(end + 8))
        .take_while(|&k| toks[k].word)
        .find_map(|k| {
            crate::extract::attribution::cues::cue_at(text, toks, k).filter(|c| {
                c.first >= end
                    && matches!(
                        c.verb.class,
                        "speech" | "communication" | "confirmation" | "argument" | "emphasis"
                    )
            })
        })
        .map(|c| (toks[c.first].start, toks[c.end - 1].end))
}

/// `in un'intervista a Voce di Valdora`, `intervistata a Russia Today`: a name told in
/// an interview (no person) is a publication, listed or not; the token after it.
fn interview_to(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    let w = lower(text, &toks[i]);
    if !matches!(
        w.as_ref(),
        "intervista" | "intervistato" | "intervistata" | "intervistati"
    ) {
        return None;
    }
    let mut p = i + 1;
    if is_word(text, toks.get(p), &["concessa", "rilasciata"]) {
        p += 1;
    }
    if !dative(text, toks, p) {
        return None;
    }
    let mut j = p + 1;
    if is_word(text, toks.get(j), DETERMINERS) {
        j += 1;
    }
    if toks
        .get(j)
        .is_some_and(|t| MEDIA.contains(lower(text, t).as_ref()))
    {
        // a media noun: read where it is (`intervista al quotidiano X`)
        return None;
    }
    let (end, name, kind) = if let Some(o) = outlet_at(text, toks, j) {
        (o.end, o.outlet.name.to_string(), kind_of(o.outlet))
    } else {
        let (_, end, name, kind) = name_after(ctx, toks, j)?;
        if kind == Some(EntityKind::Person) || ctx.is_person(&name) {
            return None;
        }
        (end, name, SourceKind::Publication)
    };
    let first = if i > 1 && is_word(text, toks.get(i - 1), &["un", "una", "l", "nell", "in"]) {
        i - 1
    } else {
        i
    };
    let cue = (toks[first].start, toks[p].end);
    hits.push(hit(toks, first, end, name, kind, Some(cue)));
    Some(end)
}
