//! The agents of a statement in the passive: `diffusa dal Dipartimento di Stato`,
//! `la dinamica è stata ricostruita dai Vigili del Fuoco`, `il comunicato è stato
//! diramato alle 7 dal prof. Neri`, `l'annuncio è arrivato dalla diocesi insieme con il
//! Comune di Lerici`. Each named body among the coordinated agents is a `document`
//! source; a person only when a document is what they issued.

use super::cues::{hit, is_participle, name_after};
use super::hit::Hit;
use crate::extract::attribution::names::Context;
use crate::extract::attribution::outlets::outlet_at;
use crate::extract::attribution::source_words::*;
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;

/// The stems of the participles whose agent passes the news on.
const PARTICIPLE_STEMS: &[&str] = &["citat", "diffus", "diramat", "ricostruit", "riportat"];

/// Nouns of a statement that `arriva da` its issuer (`l'annuncio è arrivato da`).
const STATEMENT_NOUNS: &[&str] = &["annuncio", "comunicazione", "conferma", "smentita"];

/// Lower-case nouns of the office that issues for a person or body (`dall'ufficio di
/// Karzai`, `dallo staff del sindaco`).
const OFFICES: &[&str] = &["entourage", "segreteria", "staff", "ufficio"];

/// Abbreviated titles written before a person's name.
const TITLES: &[&str] = &["avv", "dott", "dr", "ing", "on", "prof", "sen", "sig"];

/// A time complement at token `j` (`alle 7`, `alle ore 7:30`, `in serata`, `ieri`):
/// the token after it.
fn time_complement(text: &str, toks: &[SentenceToken], j: usize) -> Option<usize> {
    let digits = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && t.text(text).bytes().all(|b| b.is_ascii_digit()))
    };
    if is_word(
        text,
        toks.get(j),
        &["ieri", "oggi", "stamani", "stamattina", "stanotte"],
    ) {
        return Some(j + 1);
    }
    if is_word(text, toks.get(j), &["in", "nella", "nel"])
        && is_word(
            text,
            toks.get(j + 1),
            &[
                "serata",
                "mattinata",
                "giornata",
                "nottata",
                "pomeriggio",
                "mattina",
            ],
        )
    {
        return Some(j + 2);
    }
    if is_word(text, toks.get(j), &["alle"]) {
        let mut k = j + 1;
        if is_word(text, toks.get(k), &["ore"]) {
            k += 1;
        }
        if digits(k) {
            k += 1;
            if toks
                .get(k)
                .is_some_and(|t| t.is(text, ':') || t.is(text, '.'))
                && digits(k + 1)
            {
                k += 2;
            }
            return Some(k);
        }
    }
    None
}

/// The agent preposition (`da`, `dal`, `dall'`...) that follows token `k`, past
/// adverbs and one time complement: `ripreso poi dal Sunday Times`, `diramato alle ore
/// 7 dal prof. Neri`; not `ha pubblicato sul sito`.
pub(super) fn agent_after(text: &str, toks: &[SentenceToken], k: usize) -> Option<usize> {
    let mut j = k + 1;
    let mut timed = false;
    while j < toks.len() && j <= k + 6 {
        let w = lower(text, &toks[j]);
        if toks[j].word && w.starts_with("da") && PREPOSITIONS.contains(&w.as_ref()) {
            return Some(j);
        }
        if !timed {
            if let Some(after) = time_complement(text, toks, j) {
                timed = true;
                j = after;
                continue;
            }
        }
        if !toks[j].word || !crate::extract::attribution::cues::is_adverb(&w) {
            return None;
        }
        j += 1;
    }
    None
}

/// An agent named in a passive statement.
struct Agent {
    /// The token after its name.
    end: usize,
    /// Its name: a body's or person's canonical name, or an office as written.
    name: String,
    /// The entity kind of the name, when known.
    kind: Option<EntityKind>,
    /// True for an office of a person or body (`ufficio di Karzai`).
    office: bool,
}

/// One agent named at token `j` (past a determiner): an office of a person or body
/// (`ufficio di Karzai`), a named body, or a person.
fn agent_at(ctx: &Context, toks: &[SentenceToken], mut j: usize) -> Option<Agent> {
    let text = ctx.article.text;
    if is_word(text, toks.get(j), DETERMINERS) {
        j += 1;
    }
    // a title before a person's name (`dal prof. Neri`, `dall'avv. Sarti`)
    if is_word(text, toks.get(j), TITLES) && toks.get(j + 1).is_some_and(|t| t.is(text, '.')) {
        j += 2;
    }
    if is_word(text, toks.get(j), OFFICES) {
        let mut k = j + 1;
        if is_word(text, toks.get(k), &["stampa"]) {
            k += 1;
        }
        let di = toks.get(k).is_some_and(|t| {
            let w = lower(text, t);
            t.word && (w == "di" || w.starts_with("de") && PREPOSITIONS.contains(&w.as_ref()))
        });
        if !di {
            return None;
        }
        let mut n = k + 1;
        if is_word(text, toks.get(n), DETERMINERS) {
            n += 1;
        }
        let (_, end, name, kind) = name_after(ctx, toks, n)?;
        let name = if kind == Some(EntityKind::Person) {
            text[toks[j].start..toks[end - 1].end].to_string()
        } else {
            name
        };
        return Some(Agent {
            end,
            name,
            kind,
            office: true,
        });
    }
    if outlet_at(text, toks, j).is_some()
        || toks.get(j).is_some_and(|t| {
            let w = lower(text, t);
            MEDIA.contains(w.as_ref()) || DOCUMENTS.contains(w.as_ref())
        })
    {
        return None;
    }
    let (_, end, name, kind) = name_after(ctx, toks, j)?;
    Some(Agent {
        end,
        name,
        kind,
        office: false,
    })
}

/// The agents coordinated from token `j` (`dalla diocesi insieme con il Comune di
/// Lerici`, `dai carabinieri e dalla Procura di Valdora`): each named one, with the
/// token after the last; a lower-case agent of one or two words is passed over.
fn agents(ctx: &Context, toks: &[SentenceToken], mut j: usize) -> (Vec<Agent>, usize) {
    let text = ctx.article.text;
    let mut found = Vec::new();
    loop {
        if let Some(a) = agent_at(ctx, toks, j) {
            j = a.end;
            found.push(a);
        } else {
            let mut k = j;
            if is_word(text, toks.get(k), DETERMINERS) {
                k += 1;
            }
            let lower_words = (k..toks.len().min(k + 2))
                .take_while(|&n| {
                    toks[n].word
                        && !toks[n].capitalised(text)
                        && !PREPOSITIONS.contains(&lower(text, &toks[n]).as_ref())
                        && !is_word(text, toks.get(n), &["e", "ed", "insieme", "assieme"])
                })
                .count();
            if lower_words == 0 {
                break;
            }
            j = k + lower_words;
        }
        // the next conjunct: `e dalla`, `, dal`, `insieme con il`, `assieme a`
        let mut k = j;
        let together = is_word(text, toks.get(k), &["insieme", "assieme"])
            && is_word(
                text,
                toks.get(k + 1),
                &["con", "a", "al", "alla", "ai", "alle", "all"],
            );
        if is_word(text, toks.get(k), &["e", "ed"])
            || toks.get(k).is_some_and(|t| t.is(text, ','))
            || together
        {
            k += 1;
        } else {
            break;
        }
        if is_word(text, toks.get(k), PREPOSITIONS) {
            k += 1;
        }
        j = k;
    }
    (found, j)
}

/// True when a document noun with its determiner comes before token `i` in the
/// sentence (`Il comunicato ufficiale ... è stato diramato`): what the agent issued.
fn document_subject(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    (1..i).any(|k| {
        toks[k].word
            && !toks[k].capitalised(text)
            && DOCUMENTS.contains(lower(text, &toks[k]).as_ref())
            && is_word(text, toks.get(k - 1), DETERMINERS)
    })
}

/// True when the subject of the sentence before token `i` is a statement noun
/// (`L'annuncio della riapertura è arrivato`).
fn statement_subject(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    let mut k = usize::from(is_word(text, toks.first(), DETERMINERS));
    if !is_word(text, toks.get(k), STATEMENT_NOUNS) {
        return false;
    }
    k += 1;
    // no verb before the one at `i` but its auxiliary (`è`, `sono`)
    (k..i).all(|n| toks[n].word || toks[n].is(text, '\'') || toks[n].is(text, '’'))
}

/// `diffusa dal Dipartimento di Stato`, `è arrivato dalla diocesi insieme con il
/// Comune di Lerici`: the agents of the passive statement at token `i`, as document
/// sources; the token to go on from.
pub(super) fn passive_agent(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    let t = &toks[i];
    if t.end - t.start < 5
        || !matches!(
            text.as_bytes()[t.start] | 0x20,
            b'a' | b'c' | b'd' | b'g' | b'r'
        )
    {
        return None;
    }
    let l = lower(text, t);
    let issued = PARTICIPLE_STEMS.iter().any(|p| l.starts_with(p)) && is_participle(text, t);
    let arrived = !issued
        && ["arrivat", "giunt"].iter().any(|p| l.starts_with(p))
        && l.len() <= "arrivata".len()
        && is_word(
            text,
            i.checked_sub(1).and_then(|k| toks.get(k)),
            &["è", "sono"],
        )
        && statement_subject(text, toks, i);
    if !issued && !arrived {
        return None;
    }
    let prep = agent_after(text, toks, i)?;
    let (found, end) = agents(ctx, toks, prep + 1);
    let document = document_subject(text, toks, i);
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
    let first = if first > 0 && is_word(text, toks.get(first - 1), &["sarebbe", "è", "stata"]) {
        first - 1
    } else {
        first
    };
    let cue = (toks[first].start, toks[prep].end);
    let mut any = false;
    for Agent {
        end: e,
        name,
        kind,
        office,
    } in found
    {
        let org_like = name
            .split(' ')
            .any(|w| ORG_HEADS.contains(w.to_lowercase().as_str()));
        let person = kind == Some(EntityKind::Person) || ctx.is_person(&name);
        let body = kind == Some(EntityKind::Organization)
            || kind == Some(EntityKind::Company) && !issued
            || !person && org_like;
        if !(body || office || person && document && issued) {
            continue;
        }
        let name = if person || office {
            name
        } else {
            ctx.organization(&name)
        };
        hits.push(hit(toks, first, e, name, SourceKind::Document, Some(cue)));
        any = true;
    }
    any.then_some(end)
}
