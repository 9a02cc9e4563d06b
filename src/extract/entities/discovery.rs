//! Names that no list knows: capitalised sequences, and what makes one a company, an
//! organization or a person.
//!
//! In each unit (title or sentence) a name is a run of capitalised words, joined by
//! connectors that depend on its head: an institutional head (`Ministero`, `Banca`)
//! takes `di`, `del`, `e`, `per` (`Cassa Depositi e Prestiti`, `Banca d'Italia`); a
//! given name takes particles (`Dries van Schalkwyk`). Listed names found by the
//! gazetteer split a run; what is left is classified by, in order: a legal suffix
//! (`S.p.A.`, `Inc.`), a head or tail word (`Ministero ...`, `... Group`), a cue
//! right before (`la società`, `il partito`, `il ministro`), a given name, or an
//! acronym. A word capitalised only because it opens the sentence is dropped when
//! it is a common word.

use super::gazetteer::Hit;
use super::lists::{Class, Position, CUES_MAP, CUE_WORDS, FIRST, HEADS_MAP, STOP};
use super::tokens::{adjacent, is_initial, Tok};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A mention candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cand {
    /// The mention (may include a legal suffix).
    pub span: Range<usize>,
    /// The name inside it, legal suffix left out.
    pub name: Range<usize>,
    /// What it is; [`Class::Nothing`] for a capitalised name not yet resolved.
    pub class: Class,
    /// The gazetteer entry, if listed.
    pub entry: Option<usize>,
    /// Number of words.
    pub words: usize,
    /// Opens its sentence (its capital proves nothing).
    pub initial: bool,
}

/// Connectors inside an institutional name.
const ORG_CONNECTORS: &[&str] = &[
    "&", "and", "d'", "da", "dal", "dall'", "dalla", "de", "degli", "dei", "del", "dell'", "della",
    "delle", "dello", "di", "e", "ed", "for", "in", "of", "per", "sul", "sull'", "sulla", "the",
];
/// Particles inside a person's name.
const PARTICLES: &[&str] = &[
    "af", "al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du",
    "el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", "zu",
];
/// Connectors inside any other name (`Bank of America`, `Johnson & Johnson`).
const OTHER_CONNECTORS: &[&str] = &["&", "and", "of", "the"];

/// Legal suffixes (`S.p.A`, `Inc`), matched on one word.
static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:S\.?p\.?A|S\.P\.A|SPA|Spa|spa|S\.?r\.?l|SRL|Srl|srl|S\.a\.s|Snc|Inc|Corp|Co|Ltd|LTD|Llc|LLC|GmbH|AG|SA|S\.A|NV|N\.V|BV|B\.V|plc|Plc|PLC|SE|AB|ASA|Oyj|KGaA|Sarl|SAS)$")
        .expect("legal suffix regex")
});

/// Nationality and similar adjectives allowed between a cue and its name
/// (`la società americana Microsoft`).
static ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-zà-ù]+es[ei]|american[oaie]|statunitens[ei]|italian[oaie]|tedesc[oahie]+|britannic[oahie]+|russ[oaie]|spagnol[oaie]|svizzer[oaie]|indian[oaie]|canades[ei]|australian[oaie]|brasilian[oaie]|europe[oaie]|israelian[oaie]|turc[oahie]+|arab[oaie]|saudit[oaie]|iranian[oaie]|ucrain[oaie]|polacc[oahie]+|austriac[oahie]+|belg[oaie]|grec[oahie]+|messican[oaie]|argentin[oaie]|sudcorean[oaie]|corean[oaie]|emiratin[oaie]|nuov[oaie]|grande|piccol[oaie]|stess[oaie]|rival[ei]|controllat[oaie]|partecipat[oaie]|pubblic[oaie]|privat[oaie]|nazional[ei]|regional[ei]|local[ei]|automobilistic[oaie]|aere[oaie]|petrolifer[oaie]|energetic[oaie]|farmaceutic[oaie]|tecnologic[oaie]|informatic[oaie]|editorial[ei]|finanziari[oaie]|bancari[oaie]|assicurativ[oaie]|telefonic[oaie]|ferroviari[oaie]|digital[ei]|online)$")
        .expect("adjective regex")
});

/// True when the word is a legal suffix.
pub fn is_legal(word: &str) -> bool {
    LEGAL.is_match(word)
}

fn roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

/// The class that the words right before token `at` give a name (`la società`).
pub fn cue_before(text: &str, toks: &[Tok], at: usize) -> Option<Class> {
    let mut words: Vec<String> = Vec::new();
    let mut i = at;
    while i > 0 && words.len() < *CUE_WORDS + 1 {
        let (prev, cur) = (&toks[i - 1], &toks[i]);
        let titled = STOP.contains(text[prev.span.clone()].to_lowercase().as_str());
        if !adjacent(text, prev, cur) || prev.cap && !prev.initial && !titled {
            break;
        }
        words.push(text[prev.span.clone()].to_lowercase());
        i -= 1;
    }
    let skip = usize::from(words.first().is_some_and(|w| ADJECTIVE.is_match(w)));
    for start in [skip, 0] {
        for n in (1..=words.len().saturating_sub(start)).rev() {
            let phrase: Vec<&str> = words[start..start + n]
                .iter()
                .rev()
                .map(String::as_str)
                .collect();
            if let Some(c) = CUES_MAP.get(phrase.join(" ").as_str()) {
                return Some(*c);
            }
        }
    }
    None
}

fn head_class(word: &str, pos: Position) -> Option<Class> {
    HEADS_MAP
        .get(word)
        .filter(|(_, p)| *p == pos || *p == Position::Both)
        .map(|(c, _)| *c)
}

/// Splits the words of a unit into capitalised runs, as index ranges of `toks`.
pub fn runs(text: &str, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap {
            i += 1;
            continue;
        }
        let head = &text[toks[i].span.clone()];
        let first = if STOP.contains(head.to_lowercase().as_str()) && i + 1 < toks.len() {
            &text[toks[i + 1].span.clone()]
        } else {
            head
        };
        let connectors: &[&str] = if head_class(first, Position::Head).is_some() {
            ORG_CONNECTORS
        } else if FIRST.contains(first) {
            PARTICLES
        } else {
            OTHER_CONNECTORS
        };
        let mut j = i + 1;
        'grow: while j < toks.len() {
            let prev = &toks[j - 1];
            let joined = adjacent(text, prev, &toks[j]) || is_initial(text, prev);
            if !joined {
                break;
            }
            if toks[j].cap {
                j += 1;
                continue;
            }
            // Up to two connectors (or a number, in institutional names) before a capital.
            let mut k = j;
            while k < toks.len() && k < j + 2 {
                let w = text[toks[k].span.clone()].to_lowercase();
                let digit_ok = toks[k].digits && connectors == ORG_CONNECTORS;
                if !(connectors.contains(&w.as_str()) || digit_ok) {
                    break 'grow;
                }
                k += 1;
                if k < toks.len() && toks[k].cap && adjacent(text, &toks[k - 1], &toks[k]) {
                    j = k + 1;
                    continue 'grow;
                }
                if k < toks.len() && !adjacent(text, &toks[k - 1], &toks[k]) {
                    break 'grow;
                }
            }
            break;
        }
        out.push(i..j);
        i = j;
    }
    out
}

/// Classifies the run `r` of `toks` (a part of it not covered by a listed name).
pub fn classify(text: &str, toks: &[Tok], r: Range<usize>, out: &mut Vec<Cand>) {
    let (mut a, mut b) = (r.start, r.end);
    let low = |i: usize| text[toks[i].span.clone()].to_lowercase();
    // Connectors and common words at the edges are not part of the name.
    while a < b && (!toks[a].cap || STOP.contains(low(a).as_str())) {
        a += 1;
    }
    let institutional = a < b && head_class(&text[toks[a].span.clone()], Position::Head).is_some();
    while a < b
        && (!toks[b - 1].cap || !institutional && STOP.contains(low(b - 1).as_str()) && b - a > 1)
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    let word = |i: usize| &text[toks[i].span.clone()];
    let mut class = Class::Nothing;
    let mut end = b;
    // A legal suffix, written in capitals inside the run or in lower case after it.
    if b - a >= 2 && is_legal(word(b - 1)) {
        class = Class::Company;
        end = b - 1;
    }
    let mut span_end = toks[b - 1].span.end;
    if class == Class::Nothing
        && b < toks.len()
        && adjacent(text, &toks[b - 1], &toks[b])
        && is_legal(word(b))
    {
        class = Class::Company;
        span_end = toks[b].span.end;
    }
    if span_end < text.len() && text[span_end..].starts_with('.') && class == Class::Company {
        let w = if end < b {
            word(b - 1)
        } else {
            word(b.min(toks.len() - 1))
        };
        if w.contains('.') || ["Inc", "Corp", "Co", "Ltd"].contains(&w) {
            span_end += 1;
        }
    }
    let head = head_class(word(a), Position::Head);
    let tail = (end - a >= 2)
        .then(|| head_class(word(end - 1), Position::Tail))
        .flatten();
    if class == Class::Nothing {
        if let Some(c) = head.or(tail) {
            if c == Class::Nothing || end - a == 1 {
                return;
            }
            class = c;
        }
    }
    if class == Class::Nothing {
        if let Some(c) = cue_before(text, toks, a) {
            class = c;
        }
    }
    if class == Class::Nothing && end - a >= 2 && FIRST.contains(word(a)) {
        class = Class::Person;
    }
    let acronym = end - a == 1 && toks[a].upper && !roman(word(a)) && word(a).len() <= 7;
    if class == Class::Nothing && acronym && !toks[a].initial {
        class = Class::Organization;
    }
    if !matches!(
        class,
        Class::Company | Class::Organization | Class::Person | Class::Nothing
    ) {
        return;
    }
    out.push(Cand {
        span: toks[a].span.start..span_end,
        name: toks[a].span.start..toks[end - 1].span.end,
        class,
        entry: None,
        words: end - a,
        initial: toks[a].initial,
    });
}

/// The candidates of one unit: listed names (`hits`, inside the unit) and the
/// classified remains of every capitalised run.
pub fn unit(text: &str, toks: &[Tok], hits: &[Hit], out: &mut Vec<Cand>) {
    let tok_at = |pos: usize| toks.partition_point(|t| t.span.end <= pos);
    for r in runs(text, toks) {
        let mut i = r.start;
        // An institutional name (`Procura di Trani`) is one mention whatever is listed
        // inside it; a listed name that is exactly the run gives its entry.
        let mut a = r.start;
        while a + 1 < r.end && STOP.contains(text[toks[a].span.clone()].to_lowercase().as_str()) {
            a += 1;
        }
        let head = head_class(&text[toks[a].span.clone()], Position::Head);
        if matches!(head, Some(Class::Company | Class::Organization)) && r.end - a >= 2 {
            let exact = hits.iter().find(|h| {
                h.span.start <= toks[a].span.start && h.span.end == toks[r.end - 1].span.end
            });
            let before = out.len();
            classify(text, toks, a..r.end, out);
            if let (Some(h), Some(c)) = (exact, out.get_mut(before)) {
                c.entry = Some(h.entry);
                c.class = h.class;
            }
            continue;
        }
        let (rs, re) = (toks[r.start].span.start, toks[r.end - 1].span.end);
        let mut done = 0;
        let inside = hits.iter().filter(|h| h.span.start < re && rs < h.span.end);
        for h in inside {
            let (hs, mut he) = (tok_at(h.span.start), tok_at(h.span.end - 1) + 1);
            let single = he - hs == 1;
            let name = &text[h.span.clone()];
            // `Leonardo Del Vecchio`, `Enzo Ferrari`: a given name wins over a listed word.
            let person_before = single
                && hs > i
                && hs > r.start
                && FIRST.contains(&text[toks[hs - 1].span.clone()]);
            let person_after = single && he < r.end && FIRST.contains(name) && !toks[he].upper;
            if (person_before || person_after) && h.class != Class::Product {
                continue;
            }
            if hs > i {
                classify(text, toks, i..hs, out);
            }
            let mut span = h.span.clone();
            if he < toks.len()
                && adjacent(text, &toks[he - 1], &toks[he])
                && is_legal(&text[toks[he].span.clone()])
            {
                span.end = toks[he].span.end;
                if text[span.end..].starts_with('.') && text[toks[he].span.clone()].contains('.') {
                    span.end += 1;
                }
                he += 1;
            }
            if matches!(h.class, Class::Company | Class::Organization) && h.span.start >= done {
                done = span.end;
                out.push(Cand {
                    span,
                    name: h.span.clone(),
                    class: h.class,
                    entry: Some(h.entry),
                    words: he - hs,
                    initial: toks[hs].initial,
                });
            }
            i = i.max(he);
        }
        if i < r.end {
            classify(text, toks, i..r.end, out);
        }
    }
}
