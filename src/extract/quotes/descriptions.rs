//! Speakers without a name: descriptions (`il corteo`, `i dottori`, `i suoi amici`)
//! and the subject of the previous sentence for a dropped subject.

use super::window::{is_prep, unit};
use crate::extract::attribution::names::Context;
use crate::extract::attribution::tokens::{tokenize_in, SentenceToken};
use crate::extract::attribution::words::{DETERMINERS, PREPOSITIONS};
use crate::extract::entities::EntityKind;

/// A dropped subject (`«...», ha dichiarato.`) after a sentence that introduces someone
/// without quoting them: that sentence's subject.
pub(crate) fn previous_subject(ctx: &Context, pos: usize) -> Option<String> {
    let a = ctx.article;
    let text = a.text;
    let i = a.sentences.partition_point(|s| s.end <= pos);
    let prev = a.sentences.get(i.checked_sub(1)?)?;
    let toks = tokenize_in(&ctx.article.tokens, text, prev.start, prev.end);
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
pub(crate) fn trailing_description(
    ctx: &Context,
    toks: &[SentenceToken],
    from: usize,
) -> Option<String> {
    let text = ctx.article.text;
    let mut end = toks.len();
    while end > from && !toks[end - 1].word {
        end -= 1;
    }
    // `ha insistito che le autorità «...»`: the subject of the clause the quote
    // completes, not the speaker
    if toks[from..end]
        .iter()
        .any(|t| t.word && matches!(t.lower(text).as_ref(), "che" | "come"))
    {
        return None;
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

/// The whole stretch between a cue and the dash that closes an attribution inside the
/// marks, when it is a description (an article and up to three lower-case words):
/// `«A - gli risponde l'operatore - B»` → `l'operatore`.
pub(crate) fn inverted_description(ctx: &Context, toks: &[SentenceToken]) -> Option<String> {
    let text = ctx.article.text;
    let first = toks
        .first()
        .filter(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))?;
    let words: Vec<&SentenceToken> = toks.iter().filter(|t| t.word).collect();
    let plain = toks.iter().all(|t| {
        t.is(text, '\'')
            || t.is(text, '’')
            || t.word && !t.capitalised(text) && {
                let w = t.lower(text);
                !PREPOSITIONS.contains(&w.as_ref())
                    && !crate::extract::attribution::cues::is_verb_form(&w)
                    && !crate::extract::attribution::cues::is_adverb(&w)
            }
    });
    (plain && (2..=4).contains(&words.len()))
        .then(|| text[first.start..toks[toks.len() - 1].end].to_string())
}

/// Nouns of a company (`il gruppo`, `la società`), which refer to the company the
/// article is about.
const COMPANY_NOUNS: &[&str] = &[
    "azienda",
    "banca",
    "compagnia",
    "gruppo",
    "holding",
    "multinazionale",
    "società",
];

/// True when the lower-case noun heads a description of someone who may speak: a
/// company, a body, a role or a relative (not `i giorni scorsi`).
pub(crate) fn heads_speaker(noun: &str) -> bool {
    COMPANY_NOUNS.contains(&noun)
        || super::typing::is_body_noun(noun)
        || crate::extract::attribution::words::is_role(noun)
        || crate::extract::attribution::words::is_kin(noun)
}

/// A body, a company or a relative as the inverted subject right after a cue: `», ha
/// commentato il gruppo in una nota` → `il gruppo`, `», ha detto il figlio` (an
/// article, the noun and at most one lower-case adjective, up to a preposition or
/// punctuation).
pub(crate) fn inverted_subject(
    ctx: &Context,
    toks: &[SentenceToken],
    from: usize,
) -> Option<String> {
    let text = ctx.article.text;
    let det = toks
        .get(from)
        .filter(|t| t.word && matches!(t.lower(text).as_ref(), "il" | "lo" | "la" | "l"))?;
    let noun = toks
        .get(from + 1)
        .filter(|t| t.word && !t.capitalised(text))?;
    let n = noun.lower(text);
    if !(COMPANY_NOUNS.contains(&n.as_ref())
        || super::typing::is_body_noun(&n)
        || crate::extract::attribution::words::is_kin(&n))
    {
        return None;
    }
    let mut end = from + 2;
    if toks.get(end).is_some_and(|t| {
        t.word && !t.capitalised(text) && {
            let w = t.lower(text);
            !PREPOSITIONS.contains(&w.as_ref())
                && !crate::extract::attribution::cues::is_adverb(&w)
                && !crate::extract::attribution::cues::is_verb_form(&w)
                && !matches!(w.as_ref(), "che" | "e")
        }
    }) {
        end += 1;
    }
    let closed = toks
        .get(end)
        .is_none_or(|t| !t.word || PREPOSITIONS.contains(&t.lower(text).as_ref()));
    closed.then(|| text[det.start..toks[end - 1].end].to_string())
}

/// The description right after a prepositional cue: `Secondo i dottori, ...`.
pub(crate) fn object_description(
    ctx: &Context,
    toks: &[SentenceToken],
    from: usize,
) -> Option<String> {
    let text = ctx.article.text;
    let first = toks
        .get(from)
        .filter(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))?;
    let mut end = from + 1;
    while end < toks.len() && end < from + 4 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref())
            || crate::extract::attribution::cues::is_adverb(&w)
            || w == "che"
        {
            break;
        }
        end += 1;
    }
    let closed = toks.get(end).is_none_or(|t| t.is(text, ','));
    (end > from + 1 && closed).then(|| text[first.start..toks[end - 1].end].to_string())
}

/// Impersonal verbs of hearsay whose `che` clause holds the speaker as its subject.
const HEARSAY: &[&str] = &["pare", "parrebbe", "sembra", "sembrerebbe", "si"];

/// The clause-initial description before a cue when no name is given: `Il corteo
/// accusa`, `Un ex guida turistica, testimone oculare, ha riportato`.
pub(crate) fn subject_description(
    ctx: &Context,
    toks: &[SentenceToken],
    upto: usize,
) -> Option<String> {
    let text = ctx.article.text;
    // (a clause opens after punctuation or after `mentre`)
    let start = toks[..upto]
        .iter()
        .rposition(|t| !t.word && !t.is(text, ',') || t.word && t.lower(text) == "mentre")
        .map_or(0, |p| p + 1);
    // `In una nota, l'accademia ha spiegato`: the clause after the last comma
    let det = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && DETERMINERS.contains(&t.lower(text).as_ref()))
    };
    // `Pare che il regista abbia giudicato Rossi «...»`: the subject of the clause
    // after an impersonal verb of hearsay (`pare`, `sembra`, `si dice` + `che`)
    let hearsay = toks[start..upto]
        .iter()
        .position(|t| t.word && t.lower(text) == "che")
        .map(|p| start + p)
        .filter(|&p| {
            p > start
                && p <= start + 3
                && det(p + 1)
                && HEARSAY.contains(&toks[start].lower(text).as_ref())
                // (`pare inoltre che`, `si dice che`)
                && toks[start + 1..p].iter().all(|t| {
                    let w = t.lower(text);
                    t.word && (crate::extract::attribution::cues::is_adverb(&w) || w == "dice")
                })
        });
    let start = if let Some(p) = hearsay {
        p + 1
    } else if det(start) {
        start
    } else if det(start + 1)
        && toks.get(start).is_some_and(|t| {
            t.word
                && matches!(
                    t.lower(text).as_ref(),
                    "ieri" | "oggi" | "domani" | "stamani" | "stamattina" | "stasera"
                )
        })
    {
        // `Ieri il governo ha dichiarato`: a time adverb before the subject
        start + 1
    } else {
        toks[..upto]
            .iter()
            .rposition(|t| t.is(text, ','))
            .map(|p| p + 1)
            .filter(|&p| p > start && det(p))?
    };
    let first = toks.get(start)?;
    // only a sentence's own subject, not words after an earlier quote
    if start == 0 && unit(ctx, first.start).start != first.start {
        return None;
    }
    let mut end = start + 1;
    while end < upto && end < start + 5 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref())
            || crate::extract::attribution::cues::is_adverb(&w)
            || crate::extract::attribution::cues::is_verb_form(&w)
            || matches!(w.as_ref(), "che" | "quale" | "quali" | "cui" | "non")
            // (modal verbs: `la società potrà`)
            || matches!(
                w.as_ref(),
                "può" | "possono" | "potrà" | "potranno" | "deve" | "devono" | "dovrà" | "dovranno"
                    | "vuole" | "vogliono"
            )
            || w.starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        end += 1;
    }
    if end == start + 1 {
        return None;
    }
    let end = complements_end(text, toks, end, upto);
    // `Il candidato del partito e vittima delle fake news ha attaccato`: a second
    // predicate noun joined by `e`, with no verb, runs to the cue
    let coordinated = toks
        .get(end)
        .is_some_and(|t| t.word && t.lower(text) == "e")
        && upto - end <= 8
        && toks[end + 1..upto].iter().all(|t| {
            t.word && {
                let w = t.lower(text);
                !crate::extract::attribution::cues::is_verb_form(&w)
                    && !matches!(w.as_ref(), "che" | "cui" | "dove")
            }
        });
    let next_ok = end == upto
        || coordinated
        || toks[end].is(text, ',')
        || crate::extract::attribution::cues::is_adverb(&toks[end].lower(text));
    // `Il passaggio è avvenuto a Dam, dove la regina si è espressa`: a relative clause
    // between the description and the cue has a subject of its own
    let relative = toks[end..upto].iter().enumerate().any(|(k, t)| {
        t.word
            && match t.lower(text).as_ref() {
                "dove" | "cui" | "quando" => true,
                "che" => k != 1 || !toks[end].is(text, ','),
                _ => false,
            }
    });
    if !next_ok || relative {
        return None;
    }
    // `Un funzionario sanitario della Konya Galip Sef`: the person the complement names
    if let Some(person) = toks[start..end].iter().find_map(|t| {
        ctx.mention_at(t.start)
            .filter(|f| f.kind == EntityKind::Person && f.mention.span.start == t.start)
    }) {
        let name = &person.entity.name;
        return Some(ctx.person_tail(name).unwrap_or_else(|| name.clone()));
    }
    Some(text[first.start..toks[end - 1].end].to_string())
}

/// True for `di` and its articulated forms, which join a complement to a noun.
fn is_of(word: &str) -> bool {
    matches!(
        word,
        "di" | "d" | "del" | "dell" | "della" | "dello" | "dei" | "degli" | "delle"
    )
}

/// The end of the `di` complements after a description's head, before token `upto`:
/// `il presidente [del consiglio regionale sardo]`, `il ministro [dell'interno] [del
/// Punjab]`, `i vertici [di Germanwings] [e di Lufthansa]`. Each complement is a `di`
/// form and one to three words that are not verbs, adverbs, prepositions or `che`.
pub(crate) fn complements_end(
    text: &str,
    toks: &[SentenceToken],
    mut end: usize,
    upto: usize,
) -> usize {
    let upto = upto.min(toks.len());
    loop {
        let mut k = end;
        let word = |k: usize| {
            toks.get(k)
                .filter(|t| k < upto && t.word)
                .map(|t| t.lower(text))
        };
        if word(k).as_deref() == Some("e") && word(k + 1).is_some_and(|w| is_of(&w)) {
            k += 1;
        }
        if !word(k).is_some_and(|w| is_of(&w)) {
            return end;
        }
        k += 1;
        let from = k;
        while k < from + 3
            && word(k).is_some_and(|w| {
                !PREPOSITIONS.contains(&w.as_ref())
                    && !crate::extract::attribution::cues::is_verb_form(&w)
                    && !crate::extract::attribution::cues::is_adverb(&w)
                    && !matches!(w.as_ref(), "che" | "e" | "quale" | "cui")
            })
        {
            k += 1;
        }
        if k == from {
            return end;
        }
        end = k;
    }
}

/// The article an articulated `di` carries (`del` → `il`, `dell` → `l'`), so that
/// `le parole del figlio` gives `il figlio`.
fn article_of(of: &str) -> Option<&'static str> {
    Some(match of {
        "del" => "il ",
        "dello" => "lo ",
        "della" => "la ",
        "dell" => "l'",
        "dei" => "i ",
        "degli" => "gli ",
        "delle" => "le ",
        "di" | "d" => "",
        _ => return None,
    })
}

/// The owner of the words in `le parole di X`, `le testuali parole del figlio`
/// (tokens `at..to`): whose words a quote next to them are. `at` is the noun `parole`
/// (or `parola`); a name or a description of one to three lower-case words follows the
/// `di` form and must reach `to`.
pub(crate) fn owner_of_words(
    ctx: &Context,
    toks: &[SentenceToken],
    at: usize,
    to: usize,
) -> Option<String> {
    let text = ctx.article.text;
    let word = |k: usize| toks.get(k).filter(|t| t.word).map(|t| t.lower(text));
    if !word(at).is_some_and(|w| matches!(w.as_ref(), "parole" | "parola")) {
        return None;
    }
    let of = word(at + 1)?;
    let article = article_of(&of)?;
    if let Some(h) = ctx.name_at(toks, at + 2) {
        return (h.end == to).then_some(h.name);
    }
    let n = to.checked_sub(at + 2)?;
    let plain = toks[at + 2..to].iter().all(|t| {
        t.word && !t.capitalised(text) && {
            let w = t.lower(text);
            !PREPOSITIONS.contains(&w.as_ref()) && !matches!(w.as_ref(), "che" | "e")
        }
    });
    (plain && (1..=3).contains(&n) && !article.is_empty())
        .then(|| format!("{article}{}", &text[toks[at + 2].start..toks[to - 1].end]))
}

/// Nouns of something said, whose `di` complement said it when the noun stands right
/// before the quote (`la replica di Neri: «...»`, `Diversa la versione di Bassi, fondatore
/// di Valdora Capital: «...»`). Not nouns whose `di` may be the topic (`l'analisi di`).
pub(crate) const SAID_NOUNS: &[&str] = &[
    "parole",
    "parola",
    "commento",
    "dichiarazione",
    "reazione",
    "replica",
    "risposta",
    "versione",
];

/// True when tokens `from..to` are an apposition set off by a comma after a name: a
/// comma, then a lower-case role (`, amministratore delegato di Velaria`, `, il
/// fondatore di X`, `, numero uno di X`) with no verb of its own and no further comma.
pub(crate) fn apposition(text: &str, toks: &[SentenceToken], from: usize, to: usize) -> bool {
    if from + 1 >= to || !toks[from].is(text, ',') {
        return false;
    }
    let head = from
        + 1
        + usize::from(
            toks[from + 1].word && DETERMINERS.contains(&toks[from + 1].lower(text).as_ref()),
        );
    // (`numero uno di X`: the head of a company, as business press calls it)
    let number_one =
        head + 1 < to && toks[head].lower(text) == "numero" && toks[head + 1].lower(text) == "uno";
    head < to
        && toks[head].word
        && !toks[head].capitalised(text)
        && (crate::extract::attribution::words::role_at(text, toks, head) || number_one)
        && toks[head + 1..to].iter().all(|t| {
            (t.word || t.is(text, '\'') || t.is(text, '’')) && {
                let w = t.lower(text);
                !crate::extract::attribution::cues::is_verb_form(&w)
                    && !crate::extract::attribution::cues::is_auxiliary(&w)
                    && !matches!(w.as_ref(), "che" | "cui")
            }
        })
}

/// The owner of said words named right before the quote, with an apposition after the
/// name: `la replica di Stefano Vitale, amministratore delegato di Velaria: «...»`. The
/// noun (one of [`SAID_NOUNS`]) is at `at`, `to` is the end of the window (before the
/// colon).
pub(crate) fn owner_of_said(
    ctx: &Context,
    toks: &[SentenceToken],
    at: usize,
    to: usize,
) -> Option<String> {
    let text = ctx.article.text;
    let noun = toks.get(at).filter(|t| t.word)?.lower(text);
    if !SAID_NOUNS.contains(&noun.as_ref()) {
        return None;
    }
    let of = toks.get(at + 1).filter(|t| t.word)?.lower(text);
    article_of(&of)?;
    let h = ctx.name_at(toks, at + 2)?;
    (h.end == to || apposition(text, toks, h.end, to) || relative(text, toks, h.end, to))
        .then_some(h.name)
}

/// True when tokens `from..to` are a relative clause set off by a comma after a name
/// (`, che guida Velaria da due anni`): it says more of the name, which stays the owner.
pub(crate) fn relative(text: &str, toks: &[SentenceToken], from: usize, to: usize) -> bool {
    from + 2 < to
        && toks[from].is(text, ',')
        && toks[from + 1].word
        && toks[from + 1].lower(text) == "che"
        && toks[from + 2..to]
            .iter()
            .all(|t| t.word || t.is(text, '\'') || t.is(text, '’'))
}

/// The agent of a passive participle in the window (`la nota, diramata dall'ufficio di
/// Karzai, si legge`, `diffuso dal Comune di Valdora`): a name, or a lower-case body
/// with its `di` complements given without the article the preposition carries
/// (`ufficio di Karzai`). Read only when the clause has no subject of its own.
pub(crate) fn passive_agent(ctx: &Context, toks: &[SentenceToken], upto: usize) -> Option<String> {
    let text = ctx.article.text;
    let participle = |t: &SentenceToken| {
        t.word && {
            let w = t.lower(text);
            [
                "ato", "ata", "ati", "ate", "ito", "ita", "uto", "uta", "eso", "esa", "uso", "usa",
            ]
            .iter()
            .any(|e| w.ends_with(e))
        }
    };
    let by = (1..upto)
        .rev()
        .find(|&k| participle(&toks[k - 1]) && is_by(text, &toks[k]))?;
    agent_after(ctx, toks, by, upto)
}

/// True for `da` and its articulated forms, which introduce a passive agent.
pub(crate) fn is_by(text: &str, t: &SentenceToken) -> bool {
    t.word
        && matches!(
            t.lower(text).as_ref(),
            "da" | "dal" | "dall" | "dallo" | "dalla" | "dai" | "dagli" | "dalle"
        )
}

/// The agent introduced by the `da` form at token `by`, before token `upto`: a name
/// (`dal sindaco Gino Bassi` → the name after the role), or a lower-case body with its
/// `di` complements, without the article the preposition carries (`dal governo di
/// Kiev` → `governo di Kiev`).
pub(crate) fn agent_after(
    ctx: &Context,
    toks: &[SentenceToken],
    by: usize,
    upto: usize,
) -> Option<String> {
    let text = ctx.article.text;
    if let Some(h) = ctx.name_at(toks, by + 1) {
        return Some(h.name);
    }
    let head = toks.get(by + 1).filter(|t| {
        t.word && !t.capitalised(text) && {
            let w = t.lower(text);
            !PREPOSITIONS.contains(&w.as_ref()) && !DETERMINERS.contains(&w.as_ref())
        }
    })?;
    // `dal sindaco Gino Bassi`, `dallo storico Gino Bassi`: the name after the noun
    if let Some(h) = ctx.name_at(toks, by + 2) {
        return Some(h.name);
    }
    let end = complements_end(text, toks, by + 2, upto);
    (end > by + 2 && toks.get(end).is_none_or(|t| !t.word))
        .then(|| text[head.start..toks[end - 1].end].to_string())
}

/// What a `di` form at token `of` introduces: a name (`di Neri`), or a description of
/// one to three lower-case words given with the article the preposition carries (`dei
/// medici` → `i medici`), ending at punctuation or at another preposition.
pub(crate) fn of_complement(ctx: &Context, toks: &[SentenceToken], of: usize) -> Option<String> {
    let text = ctx.article.text;
    let article = toks
        .get(of)
        .filter(|t| t.word)
        .and_then(|t| article_of(&t.lower(text)))?;
    if let Some(h) = ctx.name_at(toks, of + 1) {
        return Some(h.name);
    }
    let mut end = of + 1;
    while end < toks.len() && end < of + 4 && toks[end].word && !toks[end].capitalised(text) {
        let w = toks[end].lower(text);
        if PREPOSITIONS.contains(&w.as_ref()) || matches!(w.as_ref(), "che" | "e") {
            break;
        }
        end += 1;
    }
    let closed = end == toks.len()
        || !toks[end].word
        || PREPOSITIONS.contains(&toks[end].lower(text).as_ref());
    (end > of + 1 && closed && !article.is_empty())
        .then(|| format!("{article}{}", &text[toks[of + 1].start..toks[end - 1].end]))
}
