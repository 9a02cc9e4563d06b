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
    "delle", "dello", "di", "e", "ed", "for", "gli", "i", "il", "in", "l'", "la", "le", "lo", "of",
    "per", "sul", "sull'", "sulla", "the",
];
/// Single head words that name an institution on their own (`il Governo`).
const LONE: &[&str] = &[
    "Camera",
    "Chiesa",
    "Comitato",
    "Commissione",
    "Comune",
    "Congresso",
    "Corte",
    "Diocesi",
    "Esercito",
    "Governo",
    "Ministero",
    "Parlamento",
    "Polizia",
    "Prefettura",
    "Procura",
    "Questura",
    "Senato",
    "Tribunale",
    "Unione",
];
/// Particles inside a person's name (`Leonardo da Vinci`, `Dries van Schalkwyk`).
const PARTICLES: &[&str] = &[
    "af", "bin", "da", "das", "de", "der", "des", "do", "dos", "du", "el", "ibn", "ten", "ter",
    "van", "von", "y", "zu",
];
/// Capitalised particles that open a surname (`Di Pietro`, `La Russa`, `Dalla Chiesa`).
const SURNAME_PREFIXES: &[&str] = &[
    "d'", "da", "dal", "dalla", "de", "degli", "dei", "del", "della", "delle", "di", "la", "le",
    "li", "lo", "van", "von",
];
/// Connectors inside any other name (`Bank of America`, `Johnson & Johnson`).
const OTHER_CONNECTORS: &[&str] = &["&", "and", "de", "of", "the"];

/// Lower-case adjectives that go on an institutional name (`Aeronautica militare`,
/// `Tribunale supremo elettorale`, `Chiesa ortodossa`); nationalities do not.
static INSTITUTIONAL_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[a-zà-ù]{3,}(?:al[ei]|ar[ei]|il[ei]|ic[oaih]e?|ichi|ari[oa]|ori[oa]|emo|ema|ossa|osso)$",
    )
    .expect("institutional adjective regex")
});

/// Endings of nationality adjectives (`kazako`, `messinese`, `siciliano`), skipped
/// between a cue and its name like [`ADJECTIVE`].
static NATIONALITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-zà-ù]{3,}(?:es[ei]|an[oaie]|in[oaie]|ens[ei]|ak[oaie]|ac[oaie])$")
        .expect("nationality regex")
});

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
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| ADJECTIVE.is_match(w) || NATIONALITY.is_match(w)),
    );
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
pub fn runs(text: &str, toks: &[Tok], hits: &[Hit]) -> Vec<Range<usize>> {
    let listed = |t: &Tok| hits.iter().any(|h| h.span.start == t.span.start);
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
        let institution = matches!(
            head_class(first, Position::Head),
            Some(Class::Company | Class::Organization)
        ) || hits
            .iter()
            .any(|h| h.span.start == toks[i].span.start && h.class == Class::Organization);
        let connectors: &[&str] = if institution {
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
            let wj = &text[toks[j].span.clone()];
            if connectors == ORG_CONNECTORS
                && INSTITUTIONAL_ADJECTIVE.is_match(wj)
                && !ADJECTIVE.is_match(wj)
            {
                j += 1;
                continue;
            }
            // Up to two connectors (or a number, in institutional names) before a capital.
            let mut k = j;
            let mut and = false;
            while k < toks.len() && k < j + 3 {
                let w = text[toks[k].span.clone()].to_lowercase();
                let digit_ok = toks[k].digits && connectors == ORG_CONNECTORS;
                if !(connectors.contains(&w.as_str()) || digit_ok) {
                    break 'grow;
                }
                k += 1;
                and |= matches!(w.as_str(), "e" | "ed");
                // `Parlamento e del Governo`, `Banca Intesa e Sanpaolo IMI`: two names.
                let coordinated = and
                    && k < toks.len()
                    && (HEADS_MAP.contains_key(&text[toks[k].span.clone()])
                        || listed(&toks[k])
                        || ["l'", "la", "il", "le", "i", "gli", "lo"]
                            .contains(&text[toks[k].span.clone()].to_lowercase().as_str()));
                if coordinated {
                    break 'grow;
                }
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
    let word = |i: usize| &text[toks[i].span.clone()];
    // A lone common word with a capital inside a sentence (`Dalla`, `Stato`) names
    // something only if the article names it in full elsewhere (`Lucio Dalla`).
    if b - a == 1 && toks[a].cap && !toks[a].initial && STOP.contains(low(a).as_str()) {
        out.push(Cand {
            span: toks[a].span.clone(),
            name: toks[a].span.clone(),
            class: Class::Nothing,
            entry: None,
            words: 1,
            initial: true,
        });
        return;
    }
    // `Di Pietro`, `La Russa`: a particle before a capital opens a surname.
    let particle = |i: usize| {
        SURNAME_PREFIXES.contains(&low(i).as_str())
            && i + 1 < b
            && toks[i + 1].cap
            && head_class(word(i + 1), Position::Head).is_none()
    };
    // Connectors and common words at the edges are not part of the name.
    // A given name that is also a word (`Domenica`, `Nello`) counts inside a sentence.
    let given =
        |i: usize| !toks[i].initial && FIRST.contains(word(i)) && i + 1 < b && toks[i + 1].cap;
    while a < b && (!toks[a].cap || STOP.contains(low(a).as_str()) && !particle(a) && !given(a)) {
        a += 1;
    }
    let institutional = a < b && head_class(word(a), Position::Head).is_some();
    let person = a < b && FIRST.contains(word(a));
    while a < b
        && (!(toks[b - 1].cap || institutional && INSTITUTIONAL_ADJECTIVE.is_match(word(b - 1)))
            || !institutional
                && b - a > 1
                && STOP.contains(low(b - 1).as_str())
                && (!person || !SURNAME_PREFIXES.contains(&low(b - 1).as_str())))
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    if person {
        // A person's name goes on only through particles (`da`, `van`), not `di`, `e`.
        if let Some(k) = (a + 1..b).find(|&k| !toks[k].cap && !PARTICLES.contains(&low(k).as_str()))
        {
            b = k;
            while b > a + 1 && !toks[b - 1].cap {
                b -= 1;
            }
        }
    }
    // A given name or an institutional head inside the run starts a new name
    // (`Presidente della Repubblica Giorgio Napolitano`).
    for k in a + 1..b {
        let prev = low(k - 1);
        // `Chiesa di Santa Maria`: a saint's name is part of the institution's.
        let after_connector = k >= 2
            && k - 2 >= r.start
            && !toks[k - 2].cap
            && head_class(word(k - 1), Position::Head) == Some(Class::Nothing);
        let opens_person = (k - a >= 2
            || head_class(word(a), Position::Head).is_some_and(|c| c != Class::Nothing)
            || toks[a].initial
            || toks[a].upper)
            && !(institutional && after_connector)
            && FIRST.contains(word(k))
            && !FIRST.contains(word(k - 1))
            && toks[k - 1].cap
            && !PARTICLES.contains(&prev.as_str())
            && !SURNAME_PREFIXES.contains(&prev.as_str())
            && !roman(word(k - 1));
        let opens_org = !institutional
            && toks[k - 1].cap
            && HEADS_MAP
                .get(word(k))
                .is_some_and(|(c, p)| *p == Position::Head && *c == Class::Organization);
        if opens_person || opens_org {
            classify(text, toks, a..k, out);
            classify(text, toks, k..b, out);
            return;
        }
    }
    let mut class = Class::Nothing;
    let mut end = b;
    // A legal suffix, written in capitals inside the run or in lower case after it.
    if b - a >= 2 && is_legal(word(b - 1)) {
        class = Class::Company;
        end = b - 1;
    }
    let mut span_end = toks[b - 1].span.end;
    // `Floyd Mayweather Jr.`: the full stop belongs to the name.
    if person && matches!(word(b - 1), "Jr" | "Sr") && text[span_end..].starts_with('.') {
        span_end += 1;
    }
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
    // `George Hall`: a given name outweighs a place word at the end.
    let weak = [
        "Hall", "Hook", "Port", "Day", "Show", "Park", "Hills", "Week", "Matter",
    ];
    let tail = tail.filter(|c| !(person && *c == Class::Nothing && weak.contains(&word(end - 1))));
    if class == Class::Nothing {
        if let Some(c) = head.or(tail) {
            let lone = end - a == 1;
            if c == Class::Nothing || lone && (toks[a].initial || !LONE.contains(&word(a))) {
                return;
            }
            class = c;
        }
    }
    if class == Class::Nothing {
        match cue_before(text, toks, a) {
            // `lo stadio Artemio Franchi`, `via Cristoforo Colombo`: not a person.
            Some(Class::Nothing) => return,
            // `l'editore Giangiacomo Feltrinelli`: a full name is a person.
            Some(Class::Company | Class::Organization) if person && end - a >= 2 => {
                class = Class::Person;
            }
            Some(c) => class = c,
            None => {}
        }
    }
    if class == Class::Nothing && end - a >= 2 && FIRST.contains(word(a)) {
        class = Class::Person;
    }
    let acronym = end - a == 1
        && toks[a].upper
        && !roman(word(a))
        && (3..=7).contains(&word(a).len())
        && word(a).chars().all(char::is_alphabetic);
    if class == Class::Nothing && acronym && !toks[a].initial {
        class = Class::Company;
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
    for r in runs(text, toks, hits) {
        let mut i = r.start;
        // An institutional name (`Procura di Trani`) is one mention whatever is listed
        // inside it; a listed name that is exactly the run gives its entry.
        let mut a = r.start;
        while a + 1 < r.end && STOP.contains(text[toks[a].span.clone()].to_lowercase().as_str()) {
            a += 1;
        }
        let head = head_class(&text[toks[a].span.clone()], Position::Head);
        let last = if r.end - a > 2 && is_legal(&text[toks[r.end - 1].span.clone()]) {
            r.end - 2
        } else {
            r.end - 1
        };
        let tail = head_class(&text[toks[last].span.clone()], Position::Tail);
        let starts = |c: Class| {
            hits.iter()
                .any(|h| h.span.start == toks[a].span.start && h.class == c)
        };
        let whole = matches!(head, Some(Class::Company | Class::Organization))
            || tail == Some(Class::Company) && !starts(Class::Company);
        // `Roma TPL`, `Palermo Ambiente`: a place and a company word; `Digos di
        // Verona`: a listed body and its place.
        let first_hit = hits.iter().find(|h| h.span.start == toks[a].span.start);
        let place_company = first_hit.is_some_and(|h| h.class == Class::Place)
            && last > a
            && (tail == Some(Class::Company) || toks[last].upper);
        let body_of_place = first_hit.is_some_and(|h| {
            let after = tok_at(h.span.end);
            h.class == Class::Organization
                && after + 1 < r.end
                && !toks[after].cap
                && hits
                    .iter()
                    .any(|p| p.class == Class::Place && p.span.start == toks[after + 1].span.start)
        });
        let forced = if place_company {
            Some(Class::Company)
        } else if body_of_place {
            Some(Class::Organization)
        } else {
            None
        };
        // `Governo Letta`: the government and the person who leads it.
        let led = r.end - a >= 2 && &text[toks[a].span.clone()] == "Governo" && toks[a + 1].cap;
        if (whole && !starts(Class::Place) && !led || forced.is_some()) && r.end - a >= 2 {
            let exact = hits.iter().find(|h| {
                h.span.start <= toks[a].span.start && h.span.end == toks[r.end - 1].span.end
            });
            let before = out.len();
            classify(text, toks, a..r.end, out);
            if let (Some(h), Some(c)) = (exact, out.get_mut(before)) {
                c.entry = Some(h.entry);
                c.class = h.class;
            } else if let (Some(f), Some(c)) = (forced, out.get_mut(before)) {
                if c.class == Class::Nothing || c.class == Class::Person {
                    c.class = f;
                }
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
                && (FIRST.contains(&text[toks[hs - 1].span.clone()])
                    || FIRST.contains(&text[toks[r.start].span.clone()]) && toks[hs - 1].cap);
            let person_after = single && he < r.end && FIRST.contains(name) && !toks[he].upper;
            if (person_before || person_after) && h.class != Class::Product {
                continue;
            }
            if single && toks[hs].initial && STOP.contains(name.to_lowercase().as_str()) {
                continue;
            }
            if hs > i {
                classify(text, toks, i..hs, out);
            }
            let mut span = h.span.clone();
            // `Telecom Italia Media`, `Microsoft Italia`: a listed company and its tail.
            while h.class == Class::Company
                && he < r.end
                && adjacent(text, &toks[he - 1], &toks[he])
                && (head_class(&text[toks[he].span.clone()], Position::Tail)
                    == Some(Class::Company)
                    || ["Italia", "Italy", "Europe", "International"]
                        .contains(&&text[toks[he].span.clone()]))
            {
                span.end = toks[he].span.end;
                he += 1;
            }
            let name_end = span.end;
            let mut suffixed = false;
            if he < toks.len()
                && adjacent(text, &toks[he - 1], &toks[he])
                && is_legal(&text[toks[he].span.clone()])
            {
                span.end = toks[he].span.end;
                if text[span.end..].starts_with('.') && text[toks[he].span.clone()].contains('.') {
                    span.end += 1;
                }
                he += 1;
                suffixed = true;
            }
            // A listed body with a legal suffix is a company of its own
            // (`Protezione Civile Spa`).
            let (class, entry) = if suffixed && h.class != Class::Company {
                (Class::Company, None)
            } else {
                (h.class, Some(h.entry))
            };
            if matches!(
                h.class,
                Class::Company | Class::Organization | Class::Person
            ) && h.span.start >= done
            {
                done = span.end;
                out.push(Cand {
                    span,
                    name: h.span.start..name_end,
                    class,
                    entry,
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
