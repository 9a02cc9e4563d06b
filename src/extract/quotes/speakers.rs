//! Finding the speaker in a token window: names not governed by a preposition,
//! relative clauses, appositions, passive agents, roles and descriptions.

use super::descriptions::is_by;
use super::descriptions::{complements_end, subject_description};
use super::typing::is_body_noun;
use super::window::{governed_at, is_prep, stop};
use crate::extract::attribution::names::{Context, NameHit};
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{is_role, role_at, DETERMINERS};

/// The speaker after token `from`: a name not governed by a preposition, else a role
/// description (`un portavoce di Enel`), up to the next punctuation.
pub(crate) fn speaker_after(ctx: &Context, toks: &[SentenceToken], from: usize) -> Option<String> {
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
                toks.get(h.end).is_none_or(|n| {
                    n.is(text, ',') || n.is(text, ':') || n.is(text, '.') || n.is(text, ';')
                })
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
            let governed = governed_at(text, toks, i);
            // the issuer of a written statement: `si legge nella nota di Enel`
            let issuer = governed
                && i > 1
                && toks[i - 1].lower(text).starts_with('d')
                && matches!(
                    toks[i - 2].lower(text).as_ref(),
                    "nota" | "comunicato" | "lettera" | "documento" | "dichiarazione"
                );
            // `fanno sapere da Palazzo Chigi`: the origin right after the cue
            let origin = governed && i == from + 1 && toks[from].lower(text).starts_with("da");
            if issuer || origin {
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
            // `l'ad di Valdora Mario Rossi`: the role's holder glued to its complement
            if role.is_some() {
                let run = &text[toks[i].start..toks[hit.end - 1].end];
                if let Some(person) = ctx.person_tail(run) {
                    return Some(person);
                }
            }
            if let Some((s, _)) = role {
                role = Some((s, hit.end));
            }
            i = hit.end;
            continue;
        }
        if role_at(text, toks, i) && role.is_none() {
            // `il presidente della regione`: the role with its lower-case complements
            let end = complements_end(text, toks, i + 1, toks.len());
            let lower = toks[i + 1..end].iter().all(|t| !t.capitalised(text));
            let end = if lower { end } else { i + 1 };
            role = Some((description_start(text, toks, i), end));
            i = end;
            continue;
        }
        i += 1;
    }
    role.map(|(s, e)| text[toks[s].start..toks[e - 1].end].to_string())
}

/// The first token of the description headed by the role noun at `i`: its article
/// (`il portavoce`), with `altro` (`un altro testimone`), or a partitive (`uno dei
/// carabinieri`, `una delle passeggere`).
fn description_start(text: &str, toks: &[SentenceToken], i: usize) -> usize {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.word)
            .map(|t| t.lower(text).into_owned())
    };
    let Some(before) = i.checked_sub(1).and_then(word) else {
        return i;
    };
    let two_before = i.checked_sub(2).and_then(word);
    let det = |w: &Option<String>| w.as_deref().is_some_and(|w| DETERMINERS.contains(&w));
    if matches!(before.as_str(), "altro" | "altra" | "altri" | "altre") && det(&two_before) {
        return i - 2;
    }
    if matches!(before.as_str(), "dei" | "degli" | "delle")
        && two_before
            .as_deref()
            .is_some_and(|w| matches!(w, "uno" | "una" | "alcuni" | "alcune" | "due" | "tre"))
    {
        return i - 2;
    }
    if DETERMINERS.contains(&before.as_str()) {
        return i - 1;
    }
    i
}

/// True when the word before a name shows it heads the clause (start, punctuation,
/// determiner, role noun, `stesso`), not an attribute of a noun (`la tv turca NTV`).
pub(crate) fn heads_clause(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    if i == 0 || !toks[i - 1].word {
        return true;
    }
    let p = toks[i - 1].lower(text);
    DETERMINERS.contains(&p.as_ref())
        || is_role(&p)
        || matches!(p.as_ref(), "stesso" | "stessa" | "anche" | "pure")
}

/// `Lino Ferri, direttore della Protezione civile, ha scritto`: a name (ending at
/// token `end`) set off by a lower-case apposition between commas and followed by a
/// finite verb (an auxiliary or a reporting verb) is that verb's subject, even after
/// another name (`il quartiere più colpito è Valdora, per il quale Lino Ferri, ...`).
fn subject_of_apposition(text: &str, toks: &[SentenceToken], end: usize, upto: usize) -> bool {
    if !toks.get(end).is_some_and(|t| t.is(text, ',')) {
        return false;
    }
    let opens = toks
        .get(end + 1)
        .is_some_and(|t| t.word && !t.capitalised(text));
    let Some(close) = (end + 2..upto.min(end + 14))
        .find(|&k| !toks[k].word && !toks[k].is(text, '\'') && !toks[k].is(text, '’'))
    else {
        return false;
    };
    // (the verb may be the cue itself, at `upto`)
    opens
        && toks[close].is(text, ',')
        && toks.get(close + 1).is_some_and(|t| {
            let w = t.lower(text);
            t.word
                && (crate::extract::attribution::cues::is_auxiliary(&w)
                    || crate::extract::attribution::cues::is_verb_form(&w))
        })
}

/// `L'Associazione dei leader religiosi del Mali`: a one-word name that is the capital
/// head noun of a body, with the `di` complements that complete the name.
fn body_with_complements(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hit: &NameHit,
    upto: usize,
) -> Option<String> {
    let text = ctx.article.text;
    if hit.end != i + 1 || !is_body_noun(&toks[i].lower(text)) {
        return None;
    }
    let end = complements_end(text, toks, i + 1, upto);
    (end > i + 1).then(|| text[toks[i].start..toks[end - 1].end].to_string())
}

/// True for a gerund (`commentando`, `Dicendo` opening the window), not `quando` nor a
/// name (`Fernando`).
fn is_gerund(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    let t = &toks[i];
    t.word && (i == 0 || !t.capitalised(text)) && {
        let w = t.lower(text);
        w != "quando" && w.chars().count() >= 6 && (w.ends_with("ando") || w.ends_with("endo"))
    }
}

/// `Dopo un appello del ministro Ruta, Gino Bassi ha accolto`: a name right after a
/// comma and right before an auxiliary opens a clause of its own as its subject.
fn opens_clause(text: &str, toks: &[SentenceToken], i: usize, end: usize) -> bool {
    i > 0
        && toks[i - 1].is(text, ',')
        && toks.get(end).is_some_and(|t| {
            t.word && crate::extract::attribution::cues::is_auxiliary(&t.lower(text))
        })
}

/// The subject before token `upto`: the last name not governed by a preposition.
pub(crate) fn speaker_before(ctx: &Context, toks: &[SentenceToken], upto: usize) -> Option<String> {
    let text = ctx.article.text;
    // a relative clause: `da papa Paolo VI, che lo definì` — the antecedent speaks
    let mut k = upto;
    while k > 0
        && toks[k - 1].word
        && crate::extract::attribution::cues::is_adverb(&toks[k - 1].lower(text))
    {
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
            // (`espresso dal Teatro Rossi, che ha scritto`: a passive agent may be the
            // antecedent)
            let governed = s > 0 && is_prep(text, &toks[s - 1]) && !is_by(text, &toks[s - 1]);
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
    // (`Rossi (Valdora): «...»`: a name in parentheses is an affiliation, not the
    // subject)
    let mut in_parentheses = false;
    // (`Commentando l'elezione del pontefice, ha dichiarato`: a gerund's complements up
    // to the comma are not the subject)
    let mut in_gerund = false;
    while i < upto {
        if toks[i].is(text, '(') || toks[i].is(text, ')') {
            in_parentheses = toks[i].is(text, '(');
            i += 1;
            continue;
        }
        if toks[i].is(text, ',') {
            in_gerund = false;
        } else if is_gerund(text, toks, i) {
            in_gerund = true;
        }
        if in_parentheses || in_gerund {
            i += 1;
            continue;
        }
        if let Some(hit) = ctx.name_at(toks, i) {
            let governed = governed_at(text, toks, i);
            let lone_opener = hit.kind.is_none()
                && crate::extract::attribution::cues::is_verb_form(&toks[i].lower(text));
            let adjacent = toks[hit.end.min(upto)..upto].iter().all(|t| {
                t.is(text, ',')
                    || (t.word
                        && matches!(
                            t.lower(text).as_ref(),
                            "lo" | "la" | "si" | "ne" | "gli" | "le"
                        ))
                    || (t.word && crate::extract::attribution::cues::is_adverb(&t.lower(text)))
            });
            if governed && best.is_none() {
                if let Some(tail) = ctx.split_governed(toks, i, &hit) {
                    best = Some(tail);
                }
            }
            if !governed
                && hit.end <= upto
                && !lone_opener
                && (best.is_none()
                    || adjacent && heads_clause(text, toks, i)
                    || subject_of_apposition(text, toks, hit.end, upto)
                    || opens_clause(text, toks, i, hit.end))
            {
                best = Some(body_with_complements(ctx, toks, i, &hit, upto).unwrap_or(hit.name));
            }
            i = hit.end;
            continue;
        }
        let t = &toks[i];
        if t.is(text, ';') || (t.is(text, ':') && i + 1 < upto) {
            best = None;
            role = None;
        }
        if role_at(text, toks, i) {
            let s = description_start(text, toks, i);
            role = Some(text[toks[s].start..t.end].to_string());
        }
        i += 1;
    }
    best.or(described).or(role)
}
