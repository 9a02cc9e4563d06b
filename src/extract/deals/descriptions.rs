//! Descriptions resolved through the article: `la società`, `il gruppo`, `la rete`
//! standing for a company the article has named. `La rete televisiva Sportitalia ...
//! la rete si è aggiudicata ...`: the description names the company that the article
//! introduced with the same noun; failing that, the only company of the article, or
//! the main one (named at least three times, twice as often as any other). With two
//! candidates of like weight it stays unresolved, and the deal reader stays silent.

use super::tokens::{DealToken, Kind};
use crate::extract::entities::{EntityKind, Found};
use std::ops::Range;

/// Definite articles before a description.
const DEFINITE: &[&str] = &["il", "lo", "la", "l'"];
/// Nouns that describe a company.
const NOUNS: &[&str] = &[
    "società",
    "gruppo",
    "azienda",
    "compagnia",
    "banca",
    "rete",
    "colosso",
    "holding",
    "emittente",
    "operatore",
    "catena",
    "multinazionale",
    "casa",
    "big",
];

/// Replaces each resolvable description among `toks` by one mention token of the
/// company it stands for, appended to `found`. `all` is every mention of the article,
/// in text order; `text` the article.
pub fn resolve<'e>(
    text: &str,
    toks: &mut Vec<DealToken>,
    found: &mut Vec<Found<'e>>,
    all: &[Found<'e>],
) {
    if let (Some(first), Some(last)) = (toks.first(), toks.last()) {
        let all = neighbourhood(all, first.range.start..last.range.end);
        resolve_among(text, toks, found, all);
    }
}

/// How far from a sentence, in bytes, the mentions that resolve its descriptions are
/// read: longer than a long article, so that a news article is read whole, while a
/// document of many megabytes costs the same per sentence as an article.
const NEIGHBOURHOOD: usize = 32 * 1024;

/// The mentions of `all` (in text order) within [`NEIGHBOURHOOD`] bytes of `range`.
fn neighbourhood<'a, 'e>(all: &'a [Found<'e>], range: Range<usize>) -> &'a [Found<'e>] {
    let lo = all.partition_point(|f| f.mention.span.start + NEIGHBOURHOOD < range.start);
    let hi = all.partition_point(|f| f.mention.span.start <= range.end + NEIGHBOURHOOD);
    &all[lo..hi.max(lo)]
}

fn resolve_among<'e>(
    text: &str,
    toks: &mut Vec<DealToken>,
    found: &mut Vec<Found<'e>>,
    all: &[Found<'e>],
) {
    let mut i = 0;
    while i + 1 < toks.len() {
        let described = toks[i].kind == Kind::Word
            && DEFINITE.contains(&toks[i].lower.as_str())
            && toks[i + 1].kind == Kind::Word
            && NOUNS.contains(&toks[i + 1].lower.as_str());
        // `la società X` is an apposition, `la società di X` another description,
        // `la società italiana` or `la società che` a narrower one: left alone.
        let open = toks.get(i + 2).is_none_or(|t| {
            t.kind == Kind::Punct
                || t.kind == Kind::Word
                    && (is_verbal_or_aux(&t.lower) || super::lexicon::cue_at(toks, i + 2).is_some())
        });
        if described {
            if let Some(led) = led_by(text, toks, i, found, all) {
                // `il gruppo guidato da Carlo Messina`: five tokens, one company.
                let range = toks[i].range.start..toks[i + 4].range.end;
                toks.splice(
                    i..i + 5,
                    [DealToken {
                        range,
                        kind: Kind::Mention(found.len()),
                        lower: String::new(),
                    }],
                );
                found.push(led);
                i += 1;
                continue;
            }
        }
        if !described || !open {
            i += 1;
            continue;
        }
        // A company named earlier in the sentence is a nearer referent than the
        // article's main one: the main company is offered only where none is.
        let named_before = toks[..i]
            .iter()
            .any(|t| matches!(t.kind, Kind::Mention(m) if found[m].kind == EntityKind::Company));
        let main = !named_before;
        if let Some(f) = referent(text, &toks[i + 1].lower, toks[i].range.start, all, main) {
            let range = toks[i].range.start..toks[i + 1].range.end;
            toks.splice(
                i..i + 2,
                [DealToken {
                    range,
                    kind: Kind::Mention(found.len()),
                    lower: String::new(),
                }],
            );
            found.push(f);
        }
        i += 1;
    }
}

/// Participles of leading: `il gruppo guidato da X`.
const LED: &[&str] = &[
    "guidato",
    "guidata",
    "presieduto",
    "presieduta",
    "diretto",
    "diretta",
    "capitanato",
    "capitanata",
    "amministrato",
    "amministrata",
];

/// Titles of who leads a company, as the article introduces its leader: `Carlo
/// Messina, amministratore delegato di Intesa`, `il ceo di Intesa Carlo Messina`.
static LEADER_TITLES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::DEAL_EXECUTIVES)
        .chain([
            "fondatore",
            "fondatrice",
            "patron",
            "leader",
            "capo",
            "numero",
        ])
        .collect()
});

/// Bytes around a person's mention searched for the company a title ties them to:
/// more than any company name is long.
const NEAR: usize = 300;

/// `il gruppo guidato da Carlo Messina` at tokens `i..i + 5`: the company the article
/// ties that person to by a title (`Carlo Messina, amministratore delegato di
/// Intesa Sanpaolo`, `l'ad di Intesa Sanpaolo Carlo Messina`), when it ties them to
/// exactly one company.
fn led_by<'e>(
    text: &str,
    toks: &[DealToken],
    i: usize,
    found: &[Found<'e>],
    all: &[Found<'e>],
) -> Option<Found<'e>> {
    let word = |k: usize, set: &[&str]| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && set.contains(&t.lower.as_str()))
    };
    if !word(i + 2, LED) || !word(i + 3, &["da", "dal", "dalla"]) {
        return None;
    }
    let Kind::Mention(m) = toks.get(i + 4)?.kind else {
        return None;
    };
    let person = found.get(m).filter(|f| f.kind == EntityKind::Person)?;
    let titled = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| LEADER_TITLES.contains(&w))
    };
    let mut companies: Vec<&Found<'e>> = Vec::new();
    for p in all.iter().filter(|f| f.entity.name == person.entity.name) {
        let (start, end) = (p.mention.span.start, p.mention.span.end);
        // `all` is in text order: only the companies that may stand beside this
        // mention are read (a name is shorter than `NEAR` bytes), so the cost does
        // not grow with the article.
        let lo = all.partition_point(|f| f.mention.span.start + NEAR < start);
        let hi = all.partition_point(|f| f.mention.span.start <= end + 50);
        for c in all[lo..hi.max(lo)]
            .iter()
            .filter(|f| f.kind == EntityKind::Company)
        {
            let (cs, ce) = (c.mention.span.start, c.mention.span.end);
            // `Messina, amministratore delegato di Intesa`: title then company after.
            let after = cs >= end && cs - end <= 50 && {
                let gap = text.get(end..cs).unwrap_or("");
                titled(gap) && !gap.contains(['.', ';']) && ends_with_di(gap)
            };
            // `l'ad di Intesa Sanpaolo Carlo Messina`, `il ceo di Intesa, Messina`.
            let before = ce <= start && start - ce <= 3 && {
                let lead_from = cs.saturating_sub(40);
                let lead = text.get(lead_from..cs).unwrap_or("");
                titled(lead) && !lead.contains(['.', ';'])
            };
            if (after || before) && !companies.iter().any(|x| x.entity.name == c.entity.name) {
                companies.push(c);
            }
        }
    }
    match companies.as_slice() {
        [one] => Some(**one),
        _ => None,
    }
}

/// True when `s` ends with `di` or one of its articulated forms (`della`, `dell'`).
fn ends_with_di(s: &str) -> bool {
    let s = s.trim_end().to_lowercase().replace('’', "'");
    [
        "di", "del", "della", "dello", "dell'", "dei", "degli", "delle",
    ]
    .iter()
    .any(|d| s == *d || s.ends_with(&format!(" {d}")) || s.ends_with(&format!(",{d}")))
}

/// A verb, an auxiliary or a clitic after a description: `la società ha ...`, `la
/// rete si è aggiudicata`, `la società cederà`.
fn is_verbal_or_aux(w: &str) -> bool {
    crate::clause::verbs::helper(w).is_some()
        || crate::clause::verbs::form(w).is_some()
        || matches!(w, "si" | "ne" | "non" | "ha" | "hanno")
        || future_ending(w)
}

/// A future of the third person by its ending, for verbs the clause layer does not
/// list (`la società opererà un riassetto`): Italian words
/// in `-erà`, `-irà`, `-eranno`, `-iranno` are futures.
fn future_ending(w: &str) -> bool {
    let long = w.chars().count() > 5;
    long && ["erà", "irà", "eranno", "iranno"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// The company the description `noun` before byte `at` stands for; the article's
/// main company is a candidate only when `main`.
fn referent<'e>(
    text: &str,
    noun: &str,
    at: usize,
    all: &[Found<'e>],
    main: bool,
) -> Option<Found<'e>> {
    let before = all
        .iter()
        .filter(|f| f.kind == EntityKind::Company && f.mention.span.end <= at);
    let introduced: Vec<&Found<'e>> = before
        .clone()
        .filter(|f| {
            let start = f.mention.span.start;
            let from = text[..start]
                .char_indices()
                .rev()
                .filter(|(_, c)| c.is_whitespace())
                .nth(3)
                .map_or(0, |(k, _)| k);
            text[from..start]
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == noun)
        })
        .collect();
    let one = |list: Vec<&Found<'e>>| {
        let first = *list.first()?;
        list.iter()
            .all(|f| f.entity.name == first.entity.name)
            .then_some(first)
            .copied()
    };
    one(introduced)
        .or_else(|| {
            let companies: Vec<&Found<'e>> = all
                .iter()
                .filter(|f| f.kind == EntityKind::Company)
                .collect();
            one(companies)
        })
        .or_else(|| main.then(|| main_company(all)).flatten())
}

/// Fewest mentions of the article's main company.
const MAIN_MENTIONS: usize = 3;

/// The company the article is about, when one stands out: named at least
/// [`MAIN_MENTIONS`] times and at least twice as often as any other company. `Lumetra
/// sospesa in Borsa ... Lumetra ... la Borsa ... Lumetra ... la società cederà la
/// divisione X a Y`: `la società` is Lumetra, though the article names other
/// companies once.
fn main_company<'e>(all: &[Found<'e>]) -> Option<Found<'e>> {
    let mut counts: Vec<(&str, usize, &Found<'e>)> = Vec::new();
    for f in all.iter().filter(|f| f.kind == EntityKind::Company) {
        match counts.iter_mut().find(|(n, _, _)| *n == f.entity.name) {
            Some(c) => c.1 += 1,
            None => counts.push((f.entity.name.as_str(), 1, f)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (_, top, first) = *counts.first()?;
    let runner_up = counts.get(1).map_or(0, |c| c.1);
    (top >= MAIN_MENTIONS && top >= 2 * runner_up).then_some(*first)
}

/// Pronouns that open a sentence as its subject and stand for the company the
/// sentence before named: `Questa ha acquistato ...`, `Essa cederà ...`.
const SUBJECT_PRONOUNS: &[&str] = &["questa", "questo", "essa", "esso"];

/// The subject carried over from the sentence before. `Lumetra ha chiuso il bilancio
/// in utile. Questa ha poi acquistato Vettori.`: a demonstrative or personal pronoun
/// opening the sentence before a verb stands for the one company the previous
/// sentence names (with two or more it stays unresolved). `Lumetra ha chiuso il
/// bilancio in utile. Ha poi acquistato Vettori.`: a sentence opening with a verb
/// takes the company that opens the previous sentence as its subject. `previous` is
/// the byte range of the sentence before; `all` every mention of the article.
pub fn carry_subject<'e>(
    text: &str,
    toks: &mut Vec<DealToken>,
    found: &mut Vec<Found<'e>>,
    all: &[Found<'e>],
    previous: Range<usize>,
) {
    let Some(first) = toks.first() else { return };
    if first.kind != Kind::Word {
        return;
    }
    // `all` is in text order: only the mentions of the sentence before are read, so
    // an article of any length costs the same per sentence.
    let lo = all.partition_point(|f| f.mention.span.start < previous.start);
    let in_previous: Vec<&Found<'e>> = all[lo..]
        .iter()
        .take_while(|f| f.mention.span.start < previous.end)
        .filter(|f| f.mention.span.end <= previous.end)
        .collect();
    let verbal = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && is_verbal_or_aux(&t.lower))
    };
    let pronoun = SUBJECT_PRONOUNS.contains(&first.lower.as_str()) && verbal(1);
    // `Lumetra ha chiuso l'esercizio in utile. Il gruppo trentino ha poi rilevato
    // Vettori.`: a description opening the sentence, with at most one adjective,
    // before its verb.
    let word = |k: usize, test: &dyn Fn(&str) -> bool| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && test(&t.lower))
    };
    let described = DEFINITE.contains(&first.lower.as_str()) && word(1, &|w| NOUNS.contains(&w));
    let adjective = word(2, &|w| {
        !is_verbal_or_aux(w)
            && crate::lexicon::function_word(w).is_none()
            && w.chars().all(char::is_lowercase)
    });
    let len = match (
        pronoun,
        described && verbal(2),
        described && adjective && verbal(3),
    ) {
        (true, _, _) => 1,
        (_, true, _) => 2,
        (_, _, true) => 3,
        _ => 0,
    };
    if len > 0 {
        let companies: Vec<&Found<'e>> = in_previous
            .iter()
            .copied()
            .filter(|f| f.kind == EntityKind::Company)
            .collect();
        let Some(&one) = companies.first() else {
            return;
        };
        if companies.iter().any(|f| f.entity.name != one.entity.name) {
            return;
        }
        let range = toks[0].range.start..toks[len - 1].range.end;
        toks.splice(
            0..len,
            [DealToken {
                range,
                kind: Kind::Mention(found.len()),
                lower: String::new(),
            }],
        );
        found.push(*one);
        return;
    }
    // A sentence opening with a finite verb or an auxiliary (`Ha acquistato`,
    // `Acquisterà`) has its subject in the sentence before, when that one opens
    // with a company (after at most an article).
    let indicative = crate::clause::verbs::form(&first.lower)
        .is_some_and(|f| f.mood == crate::clause::verbs::Mood::Indicative);
    let opens_with_verb = text[first.range.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && (indicative || matches!(first.lower.as_str(), "ha" | "hanno"));
    if !opens_with_verb {
        return;
    }
    let Some(opening) = in_previous.first() else {
        return;
    };
    let lead = &text[previous.start..opening.mention.span.start];
    let lead_words = lead.split_whitespace().count();
    let only_article = lead_words == 0
        || lead_words == 1 && DEFINITE.contains(&lead.trim().to_lowercase().as_str())
        || lead.trim().eq_ignore_ascii_case("l'");
    if opening.kind != EntityKind::Company || !only_article {
        return;
    }
    let at = first.range.start;
    toks.insert(
        0,
        DealToken {
            range: at..at,
            kind: Kind::Mention(found.len()),
            lower: String::new(),
        },
    );
    found.push(**opening);
}
