//! The citation patterns: credits, outlets, documents and anonymous sources.

use super::outlets::{kind_of, outlet_at};
use super::Hit;
use crate::extract::entities::EntityKind;
use crate::extract::quotes::cues::cue_at;
use crate::extract::quotes::names::{Context, DETERMINERS, PREPOSITIONS};
use crate::extract::quotes::tokens::{tokenize, Tok};
use crate::lexicon::entries;
use crate::summary::SourceKind;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

fn set(file: &'static str) -> HashSet<&'static str> {
    entries(file).collect()
}

static MEDIA: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/source_media_nouns.txt")));
static DOCUMENTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/source_document_nouns.txt")));
static CUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/source_cues.txt")));
static ORG_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/source_org_heads.txt")));
static ANONYMOUS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut v: Vec<Vec<&'static str>> = entries(include_str!("../../../data/source_anonymous.txt"))
        .map(|l| l.split(' ').collect())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

static ANONYMOUS_FIRST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ANONYMOUS.iter().map(|p| p[0]).collect());

/// Words after `fonti` that make it a journalistic source (`fonti vicine`, `fonti di governo`).
const FONTI_NEXT: &[&str] = &[
    "anonime",
    "americane",
    "autorevoli",
    "bene",
    "citate",
    "del",
    "dell",
    "della",
    "di",
    "diplomatiche",
    "europee",
    "giudiziarie",
    "governative",
    "informate",
    "interne",
    "investigative",
    "locali",
    "militari",
    "parlamentari",
    "qualificate",
    "sanitarie",
    "ufficiali",
    "ufficiose",
    "vicine",
];
/// Words before `fonti` that make it a journalistic source.
const FONTI_PREV: &[&str] = &[
    "alcune", "altre", "citando", "diverse", "numerose", "secondo", "stando", "varie",
];
/// Words near `voci` that make it rumours rather than voices.
const VOCI_NEAR: &[&str] = &[
    "circolano",
    "circolate",
    "corridoio",
    "insistenti",
    "placano",
    "rincorrono",
    "secondo",
    "smentisce",
    "smentito",
    "trapelate",
];

fn lower<'t>(text: &'t str, t: &Tok) -> std::borrow::Cow<'t, str> {
    t.lower(text)
}

fn is_word(text: &str, t: Option<&Tok>, set: &[&str]) -> bool {
    t.is_some_and(|t| t.word && set.contains(&lower(text, t).as_ref()))
}

/// True when token `i` says that what follows is cited as a source (`secondo`,
/// `riporta`, `ai microfoni di`, `ripreso dal`).
fn is_cue_word(ctx: &Context, toks: &[Tok], i: usize) -> bool {
    let text = ctx.article.text;
    let t = &toks[i];
    if !t.word {
        return false;
    }
    let l = lower(text, t);
    CUES.contains(l.as_ref())
        || cue_at(text, toks, i).is_some_and(|c| {
            matches!(
                c.verb.class,
                "speech"
                    | "writing"
                    | "communication"
                    | "parenthetical"
                    | "prep"
                    | "postposed"
                    | "cleft"
                    | "confirmation"
                    | "addition"
                    | "emphasis"
                    | "reply"
                    | "document"
            ) || c.verb.form.contains("microfoni")
                || c.verb.form.contains("intervista")
        })
}

/// True for the participles of the source cues (`ripreso`, `diffusa`, `pubblicato`).
fn is_participle(text: &str, t: &Tok) -> bool {
    let w = lower(text, t);
    CUES.contains(w.as_ref())
        && ["at", "es", "us", "it"].iter().any(|stem| {
            w.len() > 3 && w[..w.len() - 1].ends_with(stem) && w.ends_with(['o', 'a', 'i', 'e'])
        })
}

/// True when an agent preposition (`dal`, `dall'`, `da`) follows token `k`, past adverbs:
/// `ripreso poi dal Sunday Times`, not `ha pubblicato sul sito`.
fn agent_follows(text: &str, toks: &[Tok], k: usize) -> bool {
    let mut j = k + 1;
    while j < toks.len() && j <= k + 3 {
        let w = lower(text, &toks[j]);
        if w.starts_with("da") && PREPOSITIONS.contains(&w.as_ref()) {
            return true;
        }
        if !toks[j].word || !crate::extract::quotes::cues::is_adverb(&w) {
            return false;
        }
        j += 1;
    }
    false
}

/// The start of the cue words right before token `i` (up to four tokens back).
fn cue_before(ctx: &Context, toks: &[Tok], i: usize) -> Option<usize> {
    let text = ctx.article.text;
    let mut best = None;
    let lo = i.saturating_sub(5);
    for k in (lo..i).rev() {
        if !toks[k].word && !toks[k].is(text, '(') {
            break;
        }
        if is_cue_word(ctx, toks, k)
            && (!is_participle(text, &toks[k]) || agent_follows(text, toks, k))
        {
            best = Some(k);
        }
    }
    let k = best?;
    // `Lo riporta`, `come riferisce`, `a quanto riporta`
    if k > 0
        && is_word(
            text,
            toks.get(k - 1),
            &[
                "lo", "come", "quanto", "ha", "hanno", "è", "sarebbe", "stata",
            ],
        )
    {
        return Some(k - 1);
    }
    Some(k)
}

/// True when the name at `i` is the complement of a noun (`il presidente della
/// Repubblica`): a preposition before it that no source cue precedes.
fn noun_complement(ctx: &Context, toks: &[Tok], i: usize) -> bool {
    let text = ctx.article.text;
    let mut k = i;
    if k > 0 && is_word(text, toks.get(k - 1), DETERMINERS) {
        k -= 1;
    }
    if k == 0 || !is_word(text, toks.get(k - 1), PREPOSITIONS) {
        return false;
    }
    !(k >= 2 && is_cue_word(ctx, toks, k - 2) || k >= 3 && is_cue_word(ctx, toks, k - 3))
}

/// True when a reporting verb follows token `end` closely (`Reuters scrive`).
fn cue_after(ctx: &Context, toks: &[Tok], end: usize) -> bool {
    let text = ctx.article.text;
    (end..toks.len().min(end + 3)).any(|k| {
        cue_at(text, toks, k).is_some_and(|c| {
            matches!(
                c.verb.class,
                "writing" | "communication" | "speech" | "argument"
            )
        })
    })
}

fn hit(
    toks: &[Tok],
    first: usize,
    end: usize,
    name: String,
    kind: SourceKind,
    cue: Option<(usize, usize)>,
) -> Hit {
    Hit {
        start: toks[first].start,
        end: toks[end - 1].end,
        name,
        kind,
        cue,
    }
}

/// A name right at token `i` (a capitalised run or an entity), possibly between
/// quotation marks: (first token, end token, surface).
fn name_after(
    ctx: &Context,
    toks: &[Tok],
    i: usize,
) -> Option<(usize, usize, String, Option<EntityKind>)> {
    let text = ctx.article.text;
    let mut j = i;
    let quoted = toks
        .get(j)
        .is_some_and(|t| !t.word && "\"«“".contains(t.text(text)));
    if quoted {
        j += 1;
    }
    let h = ctx.name_at(toks, j)?;
    let mut end = h.end;
    if quoted
        && toks
            .get(end)
            .is_some_and(|t| !t.word && "\"»”".contains(t.text(text)))
    {
        end += 1;
    }
    let surface = text[toks[j].start..toks[h.end - 1].end].to_string();
    let name = if h.kind.is_some() { h.name } else { surface };
    Some((i, end, name, h.kind))
}

/// `Fonte: Il Sole 24 Ore` as a paragraph of its own.
pub(super) fn credit_line(ctx: &Context, p: Range<usize>, _last: bool) -> Option<Vec<Hit>> {
    let text = ctx.article.text;
    let s = &text[p.clone()];
    let head = ["Fonte:", "Fonti:", "FONTE:", "Source:", "Fonte :"]
        .into_iter()
        .find(|h| s.starts_with(h))?;
    let from = p.start + head.len();
    let toks = tokenize(text, from, p.end);
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
pub(super) fn scan(ctx: &Context, toks: &[Tok], hits: &mut Vec<Hit>) {
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
        let l = lower(text, t);
        if let Some(n) = anonymous_at(ctx, toks, i, hits) {
            i = n;
            continue;
        }
        let lower_case = !t.capitalised(text);
        if lower_case && MEDIA.contains(l.as_ref()) {
            if let Some(next) = media(ctx, toks, i, &l, hits) {
                i = next;
                continue;
            }
        }
        if lower_case && DOCUMENTS.contains(l.as_ref()) {
            if let Some(next) = document(ctx, toks, i, hits) {
                i = next;
                continue;
            }
        }
        let outlet = outlet_at(text, toks, i);
        if let Some(o) = outlet.as_ref().filter(|o| {
            toks.get(o.end).is_some_and(|n| n.capitalised(text))
                || i > 1
                    && toks[i - 1].capitalised(text)
                    && !crate::extract::quotes::names::NOT_NAMES
                        .contains(lower(text, &toks[i - 1]).as_ref())
        }) {
            // part of a longer name (`Petra Sjoelander`)
            i = o.end;
            continue;
        }
        if let Some(o) = outlet.filter(|_| !noun_complement(ctx, toks, i)) {
            if let Some(c) = cue_before(ctx, toks, i) {
                let cue = (toks[c].start, toks[i - 1].end);
                hits.push(hit(
                    toks,
                    c,
                    o.end,
                    o.outlet.name.to_string(),
                    kind_of(o.outlet),
                    Some(cue),
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
        if l == "secondo" || l == "stando" {
            let mut j = i + 1 + usize::from(l == "stando");
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
        // `diffusa dal Dipartimento di Stato`: a body named as the agent of a cue participle
        if is_participle(text, t)
            && ["diffus", "riportat", "citat"]
                .iter()
                .any(|p| l.starts_with(p))
            && agent_follows(text, toks, i)
        {
            let mut j = i + 1;
            while j < toks.len() && !lower(text, &toks[j]).starts_with("da") {
                j += 1;
            }
            j += 1;
            if outlet_at(text, toks, j).is_none()
                && !toks.get(j).is_some_and(|t| {
                    MEDIA.contains(lower(text, t).as_ref())
                        || DOCUMENTS.contains(lower(text, t).as_ref())
                })
            {
                if let Some((_, end, name, kind)) = name_after(ctx, toks, j) {
                    let org_like = name
                        .split(' ')
                        .any(|w| ORG_HEADS.contains(w.to_lowercase().as_str()));
                    if kind == Some(EntityKind::Organization)
                        || kind != Some(EntityKind::Person) && org_like
                    {
                        let first = if i > 0
                            && is_word(
                                text,
                                toks.get(i - 1),
                                &["stata", "stato", "è", "sono", "sarebbe", "viene"],
                            ) {
                            i - 1
                        } else {
                            i
                        };
                        let first = if first > 0
                            && is_word(text, toks.get(first - 1), &["sarebbe", "è", "stata"])
                        {
                            first - 1
                        } else {
                            first
                        };
                        let cue = (toks[first].start, toks[j - 1].end);
                        hits.push(hit(
                            toks,
                            first,
                            end,
                            ctx.organization(&name),
                            SourceKind::Document,
                            Some(cue),
                        ));
                        i = end;
                        continue;
                    }
                }
            }
        }
        // `A riferirlo sono`, `A dirlo è`
        if (l == "a" || l == "ad")
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

/// `A riferirlo sono il CONI e la FIS`: each named body is a document source.
fn cleft(ctx: &Context, toks: &[Tok], first: usize, mut j: usize, hits: &mut Vec<Hit>) -> usize {
    let text = ctx.article.text;
    if is_word(text, toks.get(j), &["sono", "è", "stato", "stata", "stati"]) {
        j += 1;
    }
    let cue = (toks[first].start, toks[j - 1].end);
    loop {
        if is_word(text, toks.get(j), DETERMINERS) {
            j += 1;
        }
        let Some((s, end, name, kind)) = name_after(ctx, toks, j) else {
            break;
        };
        if kind != Some(EntityKind::Person) {
            let (name, k) = match outlet_at(text, toks, s) {
                Some(o) => (o.outlet.name.to_string(), kind_of(o.outlet)),
                None => (ctx.organization(&name), SourceKind::Document),
            };
            hits.push(hit(toks, first, end, name, k, Some(cue)));
        }
        j = end;
        if is_word(text, toks.get(j), &["e", "ed"]) || toks.get(j).is_some_and(|t| t.is(text, ','))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// `l'agenzia Bloomberg`, `il quotidiano romano Il Tempo`, `dal blog Odissea Quotidiana`.
fn media(ctx: &Context, toks: &[Tok], i: usize, noun: &str, hits: &mut Vec<Hit>) -> Option<usize> {
    let text = ctx.article.text;
    let mut j = i + 1;
    // up to two adjectives (`romano`, `turca`, `web`)
    while j < toks.len() && j <= i + 2 && toks[j].word && !toks[j].capitalised(text) {
        let w = lower(text, &toks[j]);
        if PREPOSITIONS.contains(&w.as_ref())
            || DETERMINERS.contains(&w.as_ref())
            || cue_at(text, toks, j).is_some()
        {
            return None;
        }
        j += 1;
    }
    let (name, kind, end) = if let Some(o) = outlet_at(text, toks, j) {
        (o.outlet.name.to_string(), kind_of(o.outlet), o.end)
    } else {
        let (_, end, name, ekind) = name_after(ctx, toks, j)?;
        if ekind == Some(EntityKind::Person) {
            return None;
        }
        let kind = if noun == "agenzia" {
            SourceKind::Agency
        } else {
            SourceKind::Publication
        };
        let name = name
            .trim_matches(|c: char| "\"«»“”".contains(c))
            .to_string();
        (name, kind, end)
    };
    let det = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    let cited = cue_before(ctx, toks, i);
    let subject = det == 0 || det == 1 && !toks[0].word;
    if cited.is_none() && !subject && !cue_after(ctx, toks, end) {
        return None;
    }
    let first = cited.unwrap_or(det);
    let cue = (toks[first].start, toks[i].end);
    hits.push(hit(toks, first, end, name, kind, Some(cue)));
    Some(end)
}

/// `un rapporto di Mediobanca`, `i dati Istat`, `X, in una nota, ...`.
fn document(ctx: &Context, toks: &[Tok], i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let text = ctx.article.text;
    let before = i.checked_sub(1).map(|k| lower(text, &toks[k]));
    let introduced = before.as_deref().is_some_and(|w| {
        (DETERMINERS.contains(&w) || PREPOSITIONS.contains(&w) || w == "secondo" || w == "uno")
            && !matches!(w, "di" | "a" | "da" | "per" | "con" | "tra" | "fra" | "su")
    });
    if !introduced {
        return None;
    }
    let mut j = i + 1;
    let mut issuer_follows = true;
    while j < toks.len() && j <= i + 3 && toks[j].word && !toks[j].capitalised(text) {
        let w = lower(text, &toks[j]);
        if PREPOSITIONS.contains(&w.as_ref()) {
            // the issuer: `di`/`del`... or an agent `da`/`dal`...; not `con`, `su`, `per`
            issuer_follows = w == "di" || w.starts_with("de") || w.starts_with("da");
            j += 1;
            break;
        }
        if w == "che" || cue_at(text, toks, j).is_some_and(|c| !c.verb.slot.starts_with("PP")) {
            return None;
        }
        j += 1;
    }
    let named = name_after(ctx, toks, j)
        .filter(|(_, _, _, k)| issuer_follows && *k != Some(EntityKind::Person));
    let (name, end) = match named {
        Some((_, end, name, _)) => (ctx.organization(&name), end),
        None => {
            // `ATAC, in una nota rilasciata sul proprio sito`: the subject issued it
            let det = i > 0 && is_word(text, toks.get(i - 1), &["una", "un"]);
            let inside = i > 1
                && det
                && is_word(
                    text,
                    toks.get(i - 2),
                    &["in", "con", "attraverso", "tramite"],
                );
            let statement = matches!(lower(text, &toks[i]).as_ref(), "nota" | "comunicato");
            if !inside || !statement {
                return None;
            }
            let mut subject = None;
            let mut k = 0;
            let limit = toks.len().min(i + 12);
            let mut after = i + 1;
            while after < limit && subject.is_none() {
                if let Some(h) = ctx.name_at(toks, after) {
                    let governed = is_word(text, toks.get(after - 1), PREPOSITIONS);
                    if !governed && issuer_like(text, &toks[after..h.end], h.kind) {
                        subject = Some(text[toks[after].start..toks[h.end - 1].end].to_string());
                    }
                    after = h.end;
                } else if toks[after].is(text, ',') && i > 2 {
                    break;
                } else {
                    after += 1;
                }
            }
            while k + 2 < i {
                if let Some(h) = ctx.name_at(toks, k) {
                    let governed = k > 0 && is_word(text, toks.get(k - 1), PREPOSITIONS);
                    if !governed && subject.is_none() && issuer_like(text, &toks[k..h.end], h.kind)
                    {
                        subject = Some(text[toks[k].start..toks[h.end - 1].end].to_string());
                    }
                    k = h.end;
                } else {
                    k += 1;
                }
            }
            (ctx.organization(&subject?), i + 1)
        }
    };
    if ctx.is_person(&name) {
        return None;
    }
    let first = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    let first = cue_before(ctx, toks, first).unwrap_or(first);
    let cue = (toks[first].start, toks[i].end);
    hits.push(hit(
        toks,
        first,
        end.max(i + 1),
        name,
        SourceKind::Document,
        Some(cue),
    ));
    Some(end.max(i + 1))
}

/// True when a name can issue a statement: a company or organization entity, an
/// acronym, or a name with an organization head word.
fn issuer_like(text: &str, name: &[Tok], kind: Option<EntityKind>) -> bool {
    match kind {
        Some(EntityKind::Person) => false,
        Some(_) => true,
        None => name.iter().any(|t| {
            let w = t.text(text);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                || ORG_HEADS.contains(lower(text, t).as_ref())
        }),
    }
}

/// The anonymous sourcing expressions (`fonti vicine al dossier`, `indiscrezioni`, `voci`).
fn anonymous_at(ctx: &Context, toks: &[Tok], i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let text = ctx.article.text;
    if !ANONYMOUS_FIRST.contains(lower(text, &toks[i]).as_ref()) {
        return None;
    }
    let phrase = ANONYMOUS.iter().find(|p| {
        p.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.word && lower(text, t) == *w)
        })
    })?;
    let mut end = i + phrase.len();
    let head = *phrase.last()?;
    let mut first = i;
    match head {
        "fonti" | "fonte" if phrase.len() == 1 => {
            let prev_ok = i > 0 && is_word(text, toks.get(i - 1), FONTI_PREV);
            let next_ok = is_word(text, toks.get(i + 1), FONTI_NEXT);
            if !prev_ok && !next_ok {
                return None;
            }
            if i > 0
                && is_word(
                    text,
                    toks.get(i - 1),
                    &["alcune", "altre", "diverse", "numerose", "varie"],
                )
            {
                first = i - 1;
            }
            // the modifiers: `vicine al dossier`, `di governo`, `governative`
            while end < toks.len() && end < i + 4 && toks[end].word {
                let w = lower(text, &toks[end]);
                if cue_at(text, toks, end).is_some() || w == "che" || w == "e" {
                    break;
                }
                // adjectives only (`militari`, `diplomatiche italiane`), not a verb or article
                let adjective = FONTI_NEXT.contains(&w.as_ref())
                    || w.len() > 3
                        && w.ends_with(['e', 'i'])
                        && !w.ends_with("ebbe")
                        && !w.ends_with("ono")
                        && !PREPOSITIONS.contains(&w.as_ref());
                if !adjective && !PREPOSITIONS.contains(&w.as_ref()) {
                    break;
                }
                if PREPOSITIONS.contains(&w.as_ref()) {
                    // the preposition's object: one word, or a name
                    let mut k = end + 1;
                    if is_word(text, toks.get(k), DETERMINERS) {
                        k += 1;
                    }
                    match ctx.name_at(toks, k) {
                        Some(h) => end = h.end,
                        None if toks.get(k).is_some_and(|t| t.word) => end = k + 1,
                        None => {}
                    }
                    break;
                }
                end += 1;
            }
        }
        "indiscrezioni" | "rumors" if phrase.len() == 1 => {
            let prev = i.checked_sub(1).map(|k| lower(text, &toks[k]));
            let ok = prev.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "secondo"
                        | "stando"
                        | "le"
                        | "delle"
                        | "alle"
                        | "dalle"
                        | "alcune"
                        | "ultime"
                        | "nuove"
                        | "recenti"
                        | "altre"
                )
            });
            if !ok {
                return None;
            }
        }
        "voci" => {
            let lo = i.saturating_sub(3);
            let near = (lo..(i + 3).min(toks.len())).any(|k| is_word(text, toks.get(k), VOCI_NEAR));
            if !near {
                return None;
            }
        }
        _ => {}
    }
    let name = text[toks[first].start..toks[end - 1].end].to_string();
    let c = cue_before(ctx, toks, first).unwrap_or(first);
    let cue = (toks[c].start, toks[first.max(c)].end);
    hits.push(hit(toks, c, end, name, SourceKind::Anonymous, Some(cue)));
    Some(end)
}
