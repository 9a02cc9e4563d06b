//! A named body whose statement the article passes on is a `document` source
//! (spec, Sources): `L'Agenzia spaziale europea ha confermato`, `Enel fa sapere`,
//! `lo rende noto l'Istat`, `», ha comunicato l'ASN`. The body is the subject of a
//! verb of saying, before it or inverted right after it; a person who speaks is a
//! speaker only, and a name governed by a preposition is no subject.

use super::cues::hit;
use super::documents::issuer_like;
use super::hit::Hit;
use crate::extract::attribution::cues::{cue_at, is_adverb, Cue};
use crate::extract::attribution::names::Context;
use crate::extract::attribution::outlets::{kind_of, outlet_at};
use crate::extract::attribution::source_words::{
    is_word, lower, DOCUMENTS, ESTIMATE_FORMS, STANCE_LEMMAS,
};
use crate::extract::attribution::tokens::SentenceToken;
use crate::extract::attribution::words::{DETERMINERS, FIRST_NAMES, PREPOSITIONS};
use crate::extract::entities::EntityKind;
use crate::summary::SourceKind;

/// The classes of verbs by which a body passes on a statement.
fn passes_on(c: &Cue) -> bool {
    matches!(
        c.verb.class,
        "communication"
            | "confirmation"
            | "speech"
            | "argument"
            | "emphasis"
            | "accusation"
            | "writing"
            | "warning"
            | "postposed"
    ) && !matches!(c.verb.slot, "GER" | "INF")
}

/// True when the cue passes words on: a verb of announcing (`ha annunciato`, `fa
/// sapere`), or any verb of saying whose complement is said words (`:`, a quote,
/// `che`, `di` + infinitive), not a thing (`ha denunciato il sindaco`, `dichiara
/// incostituzionale il bando`, `è intervenuta per l'emergenza`).
fn says_something(text: &str, toks: &[SentenceToken], c: &Cue) -> bool {
    if matches!(c.verb.class, "communication" | "confirmation" | "postposed") {
        return true;
    }
    let mut j = c.end;
    while toks
        .get(j)
        .is_some_and(|t| t.word && is_adverb(&lower(text, t)))
    {
        j += 1;
    }
    toks.get(j).is_none_or(|t| {
        !t.word && ":«\"“,".contains(t.text(text)) || is_word(text, Some(t), &["che", "di"])
    })
}

/// A verb by which a body passes on a statement, found at a token.
struct Statement {
    /// First token (the auxiliary of a compound tense).
    first: usize,
    /// Token after the verb.
    end: usize,
    /// True when the subject may follow the verb (`lo rende noto l'Istat`): a verb of
    /// saying; after a verb of stance or estimate a name is its object.
    inverts: bool,
}

/// The verb at token `i` by which a body passes on a statement: a verb of saying
/// with said words ([`says_something`]), a verb of public stance on a thing (`ha
/// criticato i bombardamenti`, data/source_stance_verbs.txt) or a verb of estimating
/// (`stimava in 65 i giornalisti uccisi`, data/source_estimate_verbs.txt).
fn statement_at(text: &str, toks: &[SentenceToken], i: usize) -> Option<Statement> {
    if let Some(c) = cue_at(text, toks, i).filter(passes_on) {
        let inverts = says_something(text, toks, &c);
        return (inverts || STANCE_LEMMAS.contains(c.verb.lemma)).then_some(Statement {
            first: c.first,
            end: c.end,
            inverts,
        });
    }
    let t = &toks[i];
    let w = lower(text, t);
    if !t.word || !ESTIMATE_FORMS.contains(w.as_ref()) {
        return None;
    }
    let participle = ["ato", "ata", "ati", "ate"].iter().any(|e| w.ends_with(e));
    let mut first = i;
    if participle {
        // `ha (poi) calcolato`: an active auxiliary before it (not `è stata stimata`)
        let mut k = i;
        while k > 0 && toks[k - 1].word && is_adverb(&lower(text, &toks[k - 1])) {
            k -= 1;
        }
        first = (k..i).find(|&a| {
            is_word(
                text,
                toks.get(a),
                &[
                    "ha",
                    "hanno",
                    "aveva",
                    "avevano",
                    "avrebbe",
                    "avrebbero",
                    "abbia",
                ],
            )
        })?;
    }
    Some(Statement {
        first,
        end: i + 1,
        inverts: false,
    })
}

/// The body that opens a sentence and is set off from its verb by the comma at
/// token `comma`: a determiner, up to four lower-case words of description, and the
/// name right before the comma (`L'organizzazione terroristica Al Qaeda, ha
/// confermato`); (first token, name).
fn comma_subject(ctx: &Context, toks: &[SentenceToken], comma: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let opens = toks[..comma]
        .iter()
        .all(|t| t.word || t.is(text, '\'') || t.is(text, '’'));
    if !opens {
        return None;
    }
    let mut j = usize::from(is_word(text, toks.first(), DETERMINERS));
    while j < comma && j <= 5 && toks[j].word && !toks[j].capitalised(text) {
        if is_word(text, toks.get(j), PREPOSITIONS) || cue_at(text, toks, j).is_some() {
            return None;
        }
        j += 1;
    }
    body_at(ctx, toks, j)
        .filter(|(end, _)| *end == comma)
        .map(|(_, name)| (j, name))
}

/// `la società`, `il gruppo` at token `det` (a determiner, then the noun): the
/// company the article named last before it, the one these words refer back to
/// (`«...», ha fatto sapere la società`); (end token, name).
fn company_noun(ctx: &Context, toks: &[SentenceToken], det: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    if !is_word(text, toks.get(det), DETERMINERS)
        || !is_word(
            text,
            toks.get(det + 1),
            &["società", "gruppo", "azienda", "compagnia"],
        )
    {
        return None;
    }
    let description = &text[toks[det].start..toks[det + 1].end];
    ctx.body_description(description, toks[det].start)
        .map(|name| (det + 2, name))
}

/// `il ministero dell'Economia` at token `m`: a ministry, written in lower case as
/// Italian often writes it, is named by its capitalised complement (unlike `il comune
/// di Lerici`, a lower-case body named after a place); (end token, name as written).
fn ministry_at(ctx: &Context, toks: &[SentenceToken], m: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let head = toks.get(m)?;
    if !head.word || head.capitalised(text) || lower(text, head) != "ministero" {
        return None;
    }
    if !is_di(text, toks.get(m + 1)) {
        return None;
    }
    let h = ctx.name_at(toks, m + 2)?;
    if h.kind == Some(EntityKind::Person) {
        return None;
    }
    Some((h.end, text[head.start..toks[h.end - 1].end].to_string()))
}

/// The written statement a body speaks in, at token `j` (`in una nota`, `con un
/// comunicato ufficiale`): the token after it.
fn in_a_statement(text: &str, toks: &[SentenceToken], j: usize) -> Option<usize> {
    let opens = is_word(text, toks.get(j), &["in", "con", "attraverso", "tramite"])
        && is_word(text, toks.get(j + 1), &["una", "un"])
        && is_word(
            text,
            toks.get(j + 2),
            &[
                "nota",
                "comunicato",
                "lettera",
                "messaggio",
                "post",
                "dichiarazione",
            ],
        );
    if !opens {
        return None;
    }
    let adjective = is_word(
        text,
        toks.get(j + 3),
        &["ufficiale", "stampa", "congiunta", "scritta", "diffusa"],
    );
    Some(j + 3 + usize::from(adjective))
}

/// True when token `k` is governed by a preposition (past a determiner):
/// `per la Pubblica Sicurezza`, `dell'Istat`.
pub(crate) fn governed(text: &str, toks: &[SentenceToken], k: usize) -> bool {
    let mut p = k;
    if p > 0 && is_word(text, toks.get(p - 1), DETERMINERS) {
        p -= 1;
    }
    p > 0 && is_word(text, toks.get(p - 1), PREPOSITIONS)
}

/// A body that may issue a statement, named at token `k`: (end token, canonical name).
fn body_at(ctx: &Context, toks: &[SentenceToken], k: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let h = ctx.name_at(toks, k)?;
    if h.kind == Some(EntityKind::Person) || !issuer_like(text, &toks[k..h.end], h.kind) {
        return None;
    }
    let name = ctx.organization(&h.name);
    (!ctx.is_person(&name)).then_some((h.end, name))
}

/// Nouns of the unnamed people who speak for a body or whose view is its own
/// (spec: an unnamed spokesperson of a named body makes it a document source, and
/// so do a named firm's analysts).
const SPOKESPEOPLE: &[&str] = &["portavoce", "analisti", "esperti", "economisti"];

/// Nouns of the people whose view is their body's when the article cites it with
/// `secondo` (`secondo i giudici del Tribunale di Lerici`, `secondo i ricercatori
/// dell'Università di Valdora`); without `secondo` they are only mentioned.
const CITED_MEMBERS: &[&str] = &[
    "giudici",
    "inquirenti",
    "magistrati",
    "medici",
    "ricercatori",
    "scienziati",
    "studiosi",
    "tecnici",
];

/// True for `di` and its articulated forms (`del`, `dell`, `della`...).
fn is_di(text: &str, t: Option<&SentenceToken>) -> bool {
    t.is_some_and(|t| {
        let w = lower(text, t);
        t.word && (w == "di" || w.starts_with("de") && PREPOSITIONS.contains(&w.as_ref()))
    })
}

/// The body named after a `di` at token `prep`, past a determiner and past one
/// lower-case part of it (`della sezione terza del Tribunale di Lerici`): (end token,
/// name).
fn member_of(ctx: &Context, toks: &[SentenceToken], prep: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let mut j = prep + 1;
    if is_word(text, toks.get(j), DETERMINERS) {
        j += 1;
    }
    if let Some(found) = body_at(ctx, toks, j).or_else(|| described_acronym(ctx, toks, j)) {
        return Some(found);
    }
    // a part of the body: up to three lower-case words, then `di` and the body
    let part = (j + 1..toks.len().min(j + 4)).find(|&k| is_di(text, toks.get(k)))?;
    let lower_part = toks[j..part].iter().all(|t| {
        t.word && !t.capitalised(text) && !PREPOSITIONS.contains(&lower(text, t).as_ref())
    });
    if !lower_part {
        return None;
    }
    let mut k = part + 1;
    if is_word(text, toks.get(k), DETERMINERS) {
        k += 1;
    }
    body_at(ctx, toks, k)
}

/// `un portavoce di Enel`, `gli analisti di Banca Rossini`, `secondo i giudici del
/// Tribunale di Lerici`: the body, unless a named person is the spokesperson (`il
/// portavoce della Lega, Mario Neri`, `la portavoce della Commissione Anna Neri`);
/// and each body coordinated with it (`alcuni esperti dell'ENEA e
/// dell'Associazione Nucleare Alpina`).
fn spokesperson(
    ctx: &Context,
    toks: &[SentenceToken],
    i: usize,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let text = ctx.article.text;
    if !is_di(text, toks.get(i + 1)) {
        return None;
    }
    let prep = &toks[i + 1];
    let (mut end, name) = member_of(ctx, toks, i + 1)?;
    // the spokesperson's name after the body, with or without a comma
    let after = end + usize::from(toks.get(end).is_some_and(|t| t.is(text, ',')));
    // (`lo studio degli economisti della Banca X Anna Neri e ...`: the body's study)
    let of_document = i >= 2
        && is_di(text, toks.get(i - 1))
        && DOCUMENTS.contains(lower(text, &toks[i - 2]).as_ref());
    let named = !of_document
        && ctx
            .name_at(toks, after)
            .is_some_and(|h| h.kind == Some(EntityKind::Person));
    if named {
        return None;
    }
    let first = if i > 0 && is_word(text, toks.get(i - 1), DETERMINERS) {
        i - 1
    } else {
        i
    };
    let cue = Some((toks[first].start, prep.end));
    hits.push(hit(toks, first, end, name, SourceKind::Document, cue));
    while is_word(text, toks.get(end), &["e", "ed"]) && is_di(text, toks.get(end + 1)) {
        let Some((next, name)) = member_of(ctx, toks, end + 1) else {
            break;
        };
        hits.push(hit(toks, first, next, name, SourceKind::Document, cue));
        end = next;
    }
    Some(end)
}

/// True when the noun at token `i` follows `secondo` or `stando a` (past a
/// determiner).
fn after_secondo(text: &str, toks: &[SentenceToken], i: usize) -> bool {
    let mut k = i;
    if k > 0 && is_word(text, toks.get(k - 1), DETERMINERS) {
        k -= 1;
    }
    k > 0
        && is_word(text, toks.get(k - 1), &["secondo", "a", "ad"])
        && (lower(text, &toks[k - 1]) == "secondo"
            || is_word(
                text,
                k.checked_sub(2).and_then(|p| toks.get(p)),
                &["stando"],
            ))
}

/// `dell'ente per l'energia elettrica (EDF)`: a lower-case description of a body
/// (at token `j`, up to six words) closed by its acronym in parentheses names the body
/// by the acronym: (end token, canonical name).
fn described_acronym(ctx: &Context, toks: &[SentenceToken], j: usize) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let open = (j..toks.len().min(j + 8))
        .find(|&k| !toks[k].word && !toks[k].is(text, '\'') && !toks[k].is(text, '’'))?;
    let described = open > j
        && toks[j..open]
            .iter()
            .all(|t| !t.word || !t.capitalised(text))
        && toks[j..open].iter().filter(|t| t.word).count() <= 6;
    let acronym = toks.get(open + 1).filter(|t| {
        let s = t.text(text);
        t.word && s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase())
    })?;
    let closed = toks.get(open + 2).is_some_and(|t| t.is(text, ')'));
    (described && toks[open].is(text, '(') && closed)
        .then(|| (open + 3, ctx.organization(acronym.text(text))))
}

/// `Tessitura Orsini ha reso noto`: a name nobody listed, opening its clause as the
/// subject of a verb by which a body passes on a statement, is that body when it cannot
/// be a person: two or more capitalised words, none a given name, not a person the
/// article names (`Marco Ferlini ha reso noto` is a person's). The verb licenses the
/// name; (first token, name).
fn unknown_body(
    ctx: &Context,
    toks: &[SentenceToken],
    j: usize,
    end: usize,
) -> Option<(usize, String)> {
    let text = ctx.article.text;
    let words = &toks[j..end];
    let shaped = words.len() >= 2
        && words.iter().all(|t| t.word && t.capitalised(text))
        && !words
            .iter()
            .any(|t| FIRST_NAMES.contains(lower(text, t).as_ref()));
    let name = text[toks[j].start..toks[end - 1].end].to_string();
    (shaped && ctx.mention_at(toks[j].start).is_none() && !ctx.is_person(&name))
        .then_some((j, name))
}

/// True when the verb at token `first` is one by which a body makes a statement
/// public (`ha reso noto`, `fa sapere`, `ha comunicato`), not one a person uses as often
/// (`ha annunciato`, `ha rivelato`).
fn of_a_body(text: &str, toks: &[SentenceToken], first: usize) -> bool {
    cue_at(text, toks, first)
        .is_some_and(|c| matches!(c.verb.lemma, "rendere noto" | "far sapere" | "comunicare"))
}

/// The kind of a body whose statement is passed on, named at tokens `j..end`: a
/// listed news outlet keeps its own kind (`, ha riferito Reuters` is the agency), any
/// other body is a `document`.
fn statement_kind(text: &str, toks: &[SentenceToken], j: usize, end: usize) -> SourceKind {
    let mut k = j;
    if is_word(text, toks.get(k), DETERMINERS) {
        k += 1;
    }
    outlet_at(text, toks, k)
        .filter(|o| o.end == end)
        .map_or(SourceKind::Document, |o| kind_of(o.outlet))
}

/// Scans one unit for bodies that pass on a statement.
pub(super) fn scan(ctx: &Context, toks: &[SentenceToken], hits: &mut Vec<Hit>) {
    let text = ctx.article.text;
    let mut i = 0;
    while i < toks.len() {
        let member = toks[i].word && {
            let w = lower(text, &toks[i]);
            SPOKESPEOPLE.contains(&w.as_ref())
                || CITED_MEMBERS.contains(&w.as_ref()) && after_secondo(text, toks, i)
        };
        if member {
            if let Some(end) = spokesperson(ctx, toks, i, hits) {
                i = end;
                continue;
            }
        }
        let Some(c) = statement_at(text, toks, i) else {
            i += 1;
            continue;
        };
        // the subject before: `Enel (lo) ha (poi) confermato`, `X, in una nota, spiega`
        let mut k = c.first;
        while k > 0 && toks[k - 1].word && is_adverb(&lower(text, &toks[k - 1])) {
            k -= 1;
        }
        // `il Lens, che annuncia`: the antecedent of a relative subject
        if k >= 2 && is_word(text, toks.get(k - 1), &["che"]) && toks[k - 2].is(text, ',') {
            k -= 2;
        }
        let mut found = None;
        let start = toks[..k]
            .iter()
            .rposition(|t| !t.word && !t.is(text, '\'') && !t.is(text, '’'))
            .map_or(0, |p| p + 1);
        let mut j = start;
        while j < k {
            if let Some((end, name)) = ministry_at(ctx, toks, j) {
                if end == k && !governed(text, toks, j) {
                    found = Some((j, name));
                }
                j = end;
            } else if let Some(h) = ctx.name_at(toks, j) {
                if h.end == k && !governed(text, toks, j) {
                    found = body_at(ctx, toks, j).map(|(_, n)| (j, n)).or_else(|| {
                        (j == start && of_a_body(text, toks, c.first))
                            .then(|| unknown_body(ctx, toks, j, h.end))
                            .flatten()
                    });
                }
                j = h.end;
            } else {
                j += 1;
            }
        }
        // `La FIA e gli organizzatori hanno confermato`: a body first in a coordinated
        // subject
        if found.is_none() {
            let mut j = start;
            if is_word(text, toks.get(j), DETERMINERS) {
                j += 1;
            }
            if let Some((end, name)) = body_at(ctx, toks, j).filter(|(end, _)| *end < k) {
                let rest = &toks[end..k];
                let coordinated = is_word(text, rest.first(), &["e", "ed"])
                    && rest.len() <= 4
                    && rest[1..].iter().all(|t| t.word && !t.capitalised(text));
                if coordinated {
                    found = Some((start, name));
                }
            }
        }
        // `L'organizzazione Alfa Nova, ha confermato`: a subject opening the sentence,
        // set off from its verb by a comma
        if found.is_none() && start == k && k >= 2 && toks[k - 1].is(text, ',') {
            found = comma_subject(ctx, toks, k - 1);
        }
        // `In una nota, l'accademia svedese ha spiegato`: a description of a body the
        // article named
        if found.is_none()
            && k >= start + 2
            && k <= start + 3
            && is_word(text, toks.get(start), DETERMINERS)
            && toks[start + 1..k]
                .iter()
                .all(|t| t.word && !t.capitalised(text))
        {
            let description = &text[toks[start].start..toks[k - 1].end];
            found = ctx
                .body_description(description, toks[start].start)
                .map(|n| (start, n));
        }
        // inverted: `», ha comunicato l'ASN`, `lo rende noto l'Istat`, `secondo quanto
        // riferisce l'Istituto X`
        let free = c.inverts
            && (c.first == 0
                || !toks[c.first - 1].word
                || is_word(text, toks.get(c.first - 1), &["lo", "come", "quanto"]));
        if found.is_none() && free {
            let mut j = c.end;
            // past the statement it was given in: `lo ha annunciato in una nota la X`
            j = in_a_statement(text, toks, j).unwrap_or(j);
            let det = j;
            if is_word(text, toks.get(j), DETERMINERS) {
                j += 1;
            }
            if let Some((end, name)) = body_at(ctx, toks, j)
                .or_else(|| ministry_at(ctx, toks, j))
                .or_else(|| company_noun(ctx, toks, det))
            {
                let closes = toks
                    .get(end)
                    .is_none_or(|t| !t.word || is_word(text, Some(t), &["che", "in"]));
                if closes {
                    hits.push(hit(
                        toks,
                        c.first,
                        end,
                        name,
                        statement_kind(text, toks, j, end),
                        Some((toks[c.first].start, toks[c.end - 1].end)),
                    ));
                    i = end;
                    continue;
                }
            }
        }
        if let Some((j, name)) = found {
            hits.push(hit(
                toks,
                j,
                c.end,
                name,
                statement_kind(text, toks, j, k),
                Some((toks[c.first].start, toks[c.end - 1].end)),
            ));
        }
        i = c.end;
    }
}
