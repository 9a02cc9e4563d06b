//! Names that no list knows: capitalised sequences, and what makes one a company, an
//! organization or a person.
//!
//! In each unit (title or sentence) a name is a run of capitalised words, joined by
//! connectors that depend on its head: an institutional head (`Ministero`, `Banca`)
//! takes `di`, `del`, `e`, `per` (`Cassa Depositi e Prestiti`, `Banca d'Italia`); a
//! given name takes particles (`Dries van Schalkwyk`). Listed names found by the
//! gazetteer split a run; what is left goes to [`super::classify`]. An institutional
//! run is one name whatever is listed inside it (`Procura di Trani`); a place with a
//! company word is a company (`Roma TPL`).

use super::classify::{classify, cue_before, is_legal, roman};
use super::gazetteer::Hit;
use super::links::ARTICLED;
use super::lists::{Class, Position, CUES_MAP, FIRST, HEADS_MAP, STOP};
use super::shapes::{adjective, institutional_adjective, nation};
use super::tokens::{adjacent, is_initial, lower, Tok};
use std::ops::Range;

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

/// Connectors inside an institutional name (not `dal`: `ricorsi dell'Ente Nazionale
/// Protezione Animali e dal WWF`, `eletto alla Consulta dal Parlamento`).
const ORG_CONNECTORS: &[&str] = &[
    "&", "and", "d'", "da", "de", "degli", "dei", "del", "dell'", "della", "delle", "dello", "di",
    "e", "ed", "for", "gli", "i", "il", "in", "l'", "la", "le", "lo", "of", "per", "sul", "sull'",
    "sulla", "the",
];
/// Particles inside a person's name (`Leonardo da Vinci`, `Dries van Schalkwyk`).
pub const PARTICLES: &[&str] = &[
    "af", "bin", "d'", "d’", "da", "das", "de", "der", "des", "do", "dos", "du", "el", "ibn",
    "ten", "ter", "van", "von", "y", "zu",
];
/// Connectors inside any other name (`Bank of America`, `Johnson & Johnson`,
/// `British Association for the Advancement of Science`, `Women on Waves`).
const OTHER_CONNECTORS: &[&str] = &["&", "and", "de", "for", "of", "on", "the"];

/// The class a head (or tail) word gives a name.
pub fn head_class(word: &str, pos: Position) -> Option<Class> {
    HEADS_MAP
        .get(word)
        .filter(|(_, p)| *p == pos || *p == Position::Both)
        .map(|(c, _)| *c)
}

/// `al-Asad`, `el-Sisi`, `ad-Din`: an Arabic article joined to a capitalised surname.
pub fn arabic_surname(word: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ul-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Token `i` follows an article or an articled preposition (`il Milan di ...`,
/// `del Milan`): Italian puts none before a person's name.
pub fn after_article(text: &str, toks: &[Tok], i: usize) -> bool {
    i > 0 && {
        let w = lower(&text[toks[i - 1].span.clone()]);
        ARTICLED.contains(&w.as_str()) || matches!(w.as_str(), "un" | "una")
    }
}

/// `di` and its articled forms, which join a given name to a surname
/// (`Alessandro di Battista`, `Francesco del Giocondo`).
pub const DI: &[&str] = &["di", "del", "della", "dalla", "dal"];

/// `di` and its articled forms, which open the complement of an institutional name.
const OF: &[&str] = &[
    "d'", "d’", "degli", "dei", "del", "dell'", "dell’", "della", "delle", "dello", "di",
];

/// Lower-case words that follow `di` without naming anything (`il Governo di ieri`,
/// `il Comune di residenza`): time, quantity, pronouns.
const NOT_COMPLEMENT: &[&str] = &[
    "allora",
    "anni",
    "appartenenza",
    "competenza",
    "domani",
    "ieri",
    "mese",
    "mesi",
    "molti",
    "nascita",
    "oggi",
    "ogni",
    "origine",
    "quella",
    "quello",
    "questa",
    "questo",
    "residenza",
    "riferimento",
    "sempre",
    "settimana",
    "stamani",
    "stanotte",
    "tanti",
    "tutta",
    "tutte",
    "tutti",
    "tutto",
    "turno",
];

/// Heads of bodies that are one of a kind and take no lower-case complement (`il
/// Governo di scongiurare`, `il Senato per l'approvazione`, `il Comune di residenza`).
const NO_COMPLEMENT: &[&str] = &[
    "Carabinieri",
    "Chiesa",
    "Comune",
    "Congresso",
    "Esercito",
    "Governo",
    "Lega",
    "Parlamento",
    "Polizia",
    "Prefettura",
    "Procura",
    "Provincia",
    "Questura",
    "Regione",
    "Senato",
    "Unione",
];

/// What a lower-case complement of an institutional name was (see [`lower_complement`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Complement {
    /// None yet: the name is its head and lower-case adjectives.
    None,
    /// `della giustizia`: only a coordinated one may follow (`e delle finanze`).
    Of,
    /// `per la dottrina`: a `di`-complement may follow (`della fede`).
    For,
}

/// An infinitive, clitic pronouns included (`trattare`, `avergli`, `riferirsi`):
/// `il Governo di riferire` is no name.
fn infinitive(w: &str) -> bool {
    let stem = [
        "gli", "glielo", "lo", "la", "li", "le", "si", "ci", "vi", "ne", "mi", "ti",
    ]
    .iter()
    .find_map(|c| w.strip_suffix(c))
    .filter(|s| s.len() >= 4)
    .unwrap_or(w);
    ["are", "ere", "ire", "rre", "ar", "er", "ir"]
        .iter()
        .any(|e| stem.ends_with(e) && (e.len() == 3 && w.len() >= 6 || stem.len() < w.len()))
}

/// The lower-case complement that continues an institutional name at token `j`
/// (`della giustizia`, `d'appello`, `per la dottrina`, `e delle finanze`), given what
/// came before (`after`): the index after it and what it was. `per` goes only with an
/// article and only first; `e` only to a `di`-complement after another one.
pub fn lower_complement(
    text: &str,
    toks: &[Tok],
    j: usize,
    after: Complement,
) -> Option<(usize, Complement)> {
    let w = |k: usize| lower(&text[toks[k].span.clone()]);
    let joined = |k: usize| k < toks.len() && adjacent(text, &toks[k - 1], &toks[k]);
    let mut k = j;
    let first = w(k);
    let kind = if matches!(first.as_str(), "e" | "ed") && after != Complement::None {
        k += 1;
        if !joined(k) || !OF.contains(&w(k).as_str()) {
            return None;
        }
        Complement::Of
    } else if first.as_str() == "per" && after == Complement::None {
        k += 1;
        if !joined(k) || !ARTICLED[..8].contains(&w(k).as_str()) {
            return None;
        }
        Complement::For
    } else if OF.contains(&first.as_str()) && after != Complement::Of {
        Complement::Of
    } else {
        return None;
    };
    k += 1;
    if !joined(k) || toks[k].cap || toks[k].digits {
        return None;
    }
    let noun = &text[toks[k].span.clone()];
    let long = noun.chars().count() >= 4 && noun.chars().all(char::is_alphabetic);
    if !long || NOT_COMPLEMENT.contains(&noun) || STOP.contains(noun) || infinitive(noun) {
        return None;
    }
    Some((k + 1, kind))
}

/// `L'`, `Dell'`: an elided article, capitalised where it opens a sentence
/// (`L'Associated Press riferisce`), which is no part of the name after it.
pub fn elided_article(lower: &str) -> bool {
    lower.ends_with(['\'', '’']) && ARTICLED.contains(&lower)
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
        let first = if STOP.contains(lower(head).as_str()) && i + 1 < toks.len() {
            &text[toks[i + 1].span.clone()]
        } else {
            head
        };
        let institution = matches!(
            head_class(first, Position::Head),
            Some(Class::Company | Class::Organization)
        ) || head == "Marina" && after_article(text, toks, i)
            || hits
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
        let mut complement = Complement::None;
        'grow: while j < toks.len() {
            let prev = &toks[j - 1];
            let joined = adjacent(text, prev, &toks[j]) || is_initial(text, prev);
            if !joined {
                break;
            }
            if toks[j].cap {
                // `Università di Melbourne Katrina Mc Ferranha`: a person's name right
                // after the place that ends a body's name is no part of it.
                if connectors == ORG_CONNECTORS
                    && ends_place(toks, hits, j - 1)
                    && opens_person(text, toks, hits, j)
                {
                    break;
                }
                j += 1;
                continue;
            }
            let wj = &text[toks[j].span.clone()];
            if connectors == PARTICLES {
                // `Bashar al-Asad`, `Nuri al-Maliki`: an Arabic article ends the name.
                if arabic_surname(wj) {
                    j += 1;
                    break;
                }
                // `Alessandro di Battista`, `Vittorio Emanuele di Savoia`: given names
                // only, `di` and a capital that no list knows.
                // (the cheap test first: most words after a name are no `di`)
                let di = DI.iter().any(|d| wj.eq_ignore_ascii_case(d));
                let from = if di && STOP.contains(lower(head).as_str()) {
                    i + 1
                } else {
                    i
                };
                let given = di
                    && !after_article(text, toks, from)
                    && (from..j).all(|x| FIRST.contains(&text[toks[x].span.clone()]));
                let next = toks.get(j + 1);
                // `Nando dalla Chiesa`: after `dalla` even a body's word is a surname.
                let dalla = wj.eq_ignore_ascii_case("dalla");
                // (not `Jennifer Tucker della Wesleyan University`: a second capital
                // after the particle goes on to a body's name)
                let more = toks
                    .get(j + 2)
                    .is_some_and(|m| m.cap && adjacent(text, &toks[j + 1], m));
                if given
                    && !more
                    && next.is_some_and(|n| {
                        n.cap
                            && !n.initial
                            && adjacent(text, &toks[j], n)
                            && (dalla
                                || !listed(n) && !HEADS_MAP.contains_key(&text[n.span.clone()]))
                    })
                {
                    j += 2;
                    continue;
                }
            }
            // Only straight after the head and its adjectives: `Dipartimento di Stato
            // americano` is the `Dipartimento di Stato`.
            let h = if STOP.contains(lower(head).as_str()) {
                i + 1
            } else {
                i
            };
            let plain = j - h <= 2
                && (h..j)
                    .all(|x| toks[x].cap || institutional_adjective(&text[toks[x].span.clone()]));
            // A plural adjective goes with a plural head (`Forze Armate italiane`), not
            // with a singular one (`quello della Difesa cinesi`).
            let head_plural = text[toks[j - 1].span.clone()].ends_with(['i', 'e']);
            let agrees = !wj.ends_with('i') || head_plural;
            if connectors == ORG_CONNECTORS && plain && agrees && nation(wj) {
                j += 1;
                break;
            }
            if connectors == ORG_CONNECTORS && institutional_adjective(wj) && !adjective(wj) {
                j += 1;
                continue;
            }
            // `Ministero della giustizia`, `Corte d'appello`, `Congregazione per la
            // dottrina della fede`: an institutional name goes on in lower case.
            // Only after the head and lower-case words: `Banca d'Italia del
            // governatore`, `Lega Nord di soli` are no names.
            let bare = j - h <= 12
                && !NO_COMPLEMENT.contains(&&text[toks[h].span.clone()])
                && (h + 1..j).all(|x| !toks[x].cap);
            if institution && bare {
                if let Some((k, c)) = lower_complement(text, toks, j, complement) {
                    j = k;
                    complement = c;
                    continue;
                }
            }
            // Up to two connectors (or a number, in institutional names) before a capital.
            let mut k = j;
            let mut and = false;
            while k < toks.len() && k < j + 3 {
                let w = lower(&text[toks[k].span.clone()]);
                let digit_ok = toks[k].digits && connectors == ORG_CONNECTORS;
                if !(connectors.contains(&w.as_str()) || digit_ok) {
                    break 'grow;
                }
                // `il Real Madrid di José Mourinho`, `la Corte Suprema di Barack Obama`:
                // a person's full name after `di` is the body's leader, not its name.
                let person_next = |x: usize| x < toks.len() && opens_person(text, toks, hits, x);
                if connectors == ORG_CONNECTORS && w.as_str() == "di" && person_next(k + 1) {
                    break 'grow;
                }
                // `Gruppo F l'Olympique Marsiglia`, `la Presidenza della Repubblica il
                // Capo dello Stato`: an article straight after a capital opens a new
                // phrase (inside a name it follows a preposition: `per la`).
                // (`Associazione Salviamo il Castello`: a verb may name a body)
                let long = j - i >= 3 || text[toks[j - 1].span.clone()].chars().count() == 1;
                if k == j && toks[j - 1].cap && long && ARTICLED[..8].contains(&w.as_str()) {
                    break 'grow;
                }
                // `Consiglio di Sicurezza delle Nazioni Unite`, `Commissione Difesa del
                // Senato`: a listed body after `del` is a name of its own.
                if connectors == ORG_CONNECTORS
                    && k == j
                    && ["del", "della", "dell'", "dell’", "dei", "degli", "delle"]
                        .contains(&w.as_str())
                    && k + 1 < toks.len()
                    && hits.iter().any(|h| {
                        h.span.start == toks[k + 1].span.start
                            && matches!(h.class, Class::Company | Class::Organization)
                    })
                {
                    break 'grow;
                }
                // `la commissione d'inchiesta UNHCR sulla Siria`: what a body works on
                // is no part of its name when it is a place.
                if ["sul", "sulla", "sull'", "sull’"].contains(&w.as_str())
                    && k + 1 < toks.len()
                    && starts_place(toks, hits, k + 1)
                {
                    break 'grow;
                }
                k += 1;
                and |= matches!(w.as_str(), "e" | "ed");
                // `Parlamento e del Governo`, `Banca Intesa e Sanpaolo IMI`: two names.
                // `Banca Popolare di Verona e Novara`, `Prefettura di Monza e Brianza`: a
                // place after `di` and `e` goes on with another place, the last word.
                let place = |x: usize| {
                    hits.iter().any(|h| {
                        h.class == Class::Place
                            && h.span.start == toks[x].span.start
                            && h.span.end == toks[x].span.end
                    })
                };
                let places = connectors == ORG_CONNECTORS
                    && k == j + 1
                    && j >= 2
                    && k < toks.len()
                    && place(j - 1)
                    && place(k)
                    && lower(&text[toks[j - 2].span.clone()]).as_str() == "di"
                    && !toks.get(k + 1).is_some_and(|n| n.cap);
                // (`Diocesi di Namur e Professore emerito`: a person's title)
                let coordinated = and
                    && k < toks.len()
                    && (HEADS_MAP.contains_key(&text[toks[k].span.clone()])
                        || CUES_MAP.get(lower(&text[toks[k].span.clone()]).as_str())
                            == Some(&Class::Person)
                            && !toks.get(k + 1).is_some_and(|n| n.cap)
                        || listed(&toks[k]) && !places
                        || ["l'", "la", "il", "le", "i", "gli", "lo"]
                            .contains(&lower(&text[toks[k].span.clone()]).as_str()));
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

/// Words that make a newspaper's name of a city's (`Beijing News`, `Jerusalem Post`).
pub const MASTHEADS: &[&str] = &[
    "Daily", "Gazette", "Herald", "Journal", "News", "Post", "Times", "Tribune",
];

/// Words that open the name of a place, a street or a district (`Tor Sapienza`,
/// `Borgo Trento`, `Piazza Fontana`), not of an event (`Primarie PD`).
const PLACE_WORDS: &[&str] = &[
    "Borgo",
    "Colle",
    "Corso",
    "Largo",
    "Lido",
    "Lungomare",
    "Lungotevere",
    "Monte",
    "Parco",
    "Piazza",
    "Piazzale",
    "Ponte",
    "Porta",
    "Quartiere",
    "Tor",
    "Torre",
    "Val",
    "Valle",
    "Via",
    "Viale",
    "Villa",
];

/// Token `k` starts a listed place.
fn starts_place(toks: &[Tok], hits: &[Hit], k: usize) -> bool {
    hits.iter()
        .any(|h| h.class == Class::Place && h.span.start == toks[k].span.start)
}

/// Token `k` ends a listed place.
fn ends_place(toks: &[Tok], hits: &[Hit], k: usize) -> bool {
    hits.iter()
        .any(|h| h.class == Class::Place && h.span.end == toks[k].span.end)
}

/// Token `k` opens a person's name: a listed person, or a given name (no head word)
/// followed by another capital.
fn opens_person(text: &str, toks: &[Tok], hits: &[Hit], k: usize) -> bool {
    let at = hits.iter().find(|h| h.span.start == toks[k].span.start);
    at.is_some_and(|h| h.class == Class::Person)
        || at.is_none()
            && k + 1 < toks.len()
            && toks[k + 1].cap
            && FIRST.contains(&text[toks[k].span.clone()])
            && !HEADS_MAP.contains_key(&text[toks[k].span.clone()])
            && adjacent(text, &toks[k], &toks[k + 1])
}

/// `CSV Sardegna Solidale`, `ASF Spagna`, `WWF Italia`, `TAR Lombardia`: an acronym
/// or a listed one-word organization, then a place and at most one more capitalised
/// word, ending the run (`toks[a..end]`), is one name: the body's branch there.
fn branch(text: &str, toks: &[Tok], hits: &[Hit], a: usize, end: usize) -> Option<Cand> {
    if !(a + 2..=a + 3).contains(&end) || !adjacent(text, &toks[a], &toks[a + 1]) {
        return None;
    }
    let at = |k: usize| hits.iter().find(|h| h.span.start == toks[k].span.start);
    let place = at(a + 1).filter(|h| h.class == Class::Place)?;
    let after = toks.partition_point(|t| t.span.end <= place.span.end.saturating_sub(1));
    // the place ends on a word's end, and what follows it is capitalised
    if after >= end
        || toks[after].span.end != place.span.end
        || (after + 1..end).any(|k| !toks[k].cap || toks[k].initial || at(k).is_some())
    {
        return None;
    }
    let w = &text[toks[a].span.clone()];
    let class = match at(a) {
        Some(h) if h.span.end == toks[a].span.end => {
            matches!(h.class, Class::Company | Class::Organization).then_some(h.class)?
        }
        Some(_) => return None,
        None => {
            let acronym = toks[a].upper
                && !toks[a].initial
                && !roman(w)
                && (2..=7).contains(&w.len())
                && w.chars().all(char::is_alphabetic);
            if !acronym {
                return None;
            }
            match cue_before(text, toks, a) {
                Some(c @ (Class::Company | Class::Organization)) => c,
                Some(_) => return None,
                None => Class::Company,
            }
        }
    };
    let span = toks[a].span.start..toks[end - 1].span.end;
    Some(Cand {
        name: span.clone(),
        span,
        class,
        entry: None,
        words: end - a,
        initial: toks[a].initial,
    })
}

/// Token `k`, right after a listed company in its run, is the name of one of its
/// products: capitalised, not in capitals, listed nowhere, no given name, head,
/// legal suffix or common word.
fn brand_of(text: &str, toks: &[Tok], hits: &[Hit], k: usize) -> bool {
    let w = &text[toks[k].span.clone()];
    toks[k].cap
        && !toks[k].upper
        && !toks[k].initial
        && adjacent(text, &toks[k - 1], &toks[k])
        && !hits.iter().any(|h| h.span.start == toks[k].span.start)
        && !FIRST.contains(w)
        && !HEADS_MAP.contains_key(w)
        && !is_legal(w)
        && !STOP.contains(lower(w).as_str())
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
        while a + 1 < r.end && {
            let w = lower(&text[toks[a].span.clone()]);
            STOP.contains(w.as_str()) || elided_article(w.as_str())
        } {
            a += 1;
        }
        if let Some(c) = branch(text, toks, hits, a, r.end) {
            out.push(c);
            continue;
        }
        if let Some(c) = super::business::named_by_business(text, toks, hits, r.clone()) {
            out.push(c);
            continue;
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
        // (`Washington D.C.`: the last word inside the place is the place's)
        let place_company = first_hit
            .is_some_and(|h| h.class == Class::Place && h.span.end <= toks[last].span.start)
            && last > a
            && (tail == Some(Class::Company)
                || toks[last].upper
                || MASTHEADS.contains(&&text[toks[last].span.clone()]));
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
            // `Tor Sapienza`, `Borgo Trento`, `Piazza Fontana`: a place's word right
            // before a listed one-word name makes the two a place.
            if single
                && hs > r.start
                && matches!(h.class, Class::Company | Class::Organization)
                && adjacent(text, &toks[hs - 1], &toks[hs])
                && PLACE_WORDS.contains(&&text[toks[hs - 1].span.clone()])
            {
                i = i.max(he);
                continue;
            }
            if single && toks[hs].initial && STOP.contains(lower(name).as_str()) {
                continue;
            }
            if hs > i {
                classify(text, toks, i..hs, out);
            }
            let mut span = h.span.clone();
            // `Telecom Italia Media`, `Microsoft Italia`: a listed company and its tail;
            // `Metropolitan Police Department`: a listed body and its tail.
            while matches!(h.class, Class::Company | Class::Organization)
                && he < r.end
                && adjacent(text, &toks[he - 1], &toks[he])
                && (head_class(&text[toks[he].span.clone()], Position::Tail) == Some(h.class)
                    || h.class == Class::Company
                        && ["Italia", "Italy", "Europe", "International"]
                            .contains(&&text[toks[he].span.clone()]))
            {
                span.end = toks[he].span.end;
                he += 1;
            }
            // `Allianz Stadium`, `Dacia Arena`: a company's name on a venue or an event
            // names the venue or the event, no company.
            if matches!(h.class, Class::Company | Class::Organization)
                && he < r.end
                && adjacent(text, &toks[he - 1], &toks[he])
                && head_class(&text[toks[he].span.clone()], Position::Tail) == Some(Class::Nothing)
            {
                i = he + 1;
                continue;
            }
            // `Iveco CityClass`, `Google Meet`, `Apple Music`: a brand, then a capitalised
            // word no list or rule knows, names a product (`spec/EXTRACTION.md`).
            if h.class == Class::Company
                && he < r.end
                && !toks[hs].upper
                && brand_of(text, toks, hits, he)
            {
                i = he;
                continue;
            }
            let name_end = span.end;
            let mut suffixed = false;
            if he < toks.len()
                && adjacent(text, &toks[he - 1], &toks[he])
                && is_legal(&text[toks[he].span.clone()])
            {
                span.end = toks[he].span.end;
                let suffix = &text[toks[he].span.clone()];
                if text[span.end..].starts_with('.')
                    && (suffix.contains('.') || ["Inc", "Corp", "Co", "Ltd"].contains(&suffix))
                {
                    span.end += 1;
                }
                he += 1;
                suffixed = true;
            }
            // `Floyd Mayweather Jr.`: a listed person and the suffix of his name.
            if h.class == Class::Person
                && he < r.end
                && adjacent(text, &toks[he - 1], &toks[he])
                && matches!(&text[toks[he].span.clone()], "Jr" | "Sr")
            {
                span.end =
                    toks[he].span.end + usize::from(text[toks[he].span.end..].starts_with('.'));
                he += 1;
            }
            // A listed body with a legal suffix is a company of its own
            // (`Protezione Civile Spa`).
            // `il sindaco Bloomberg`: a person's title before a listed one-word company
            // makes it a surname.
            let titled = single
                && !suffixed
                && h.class == Class::Company
                && !toks[hs].upper
                && hs > 0
                && !toks[hs - 1].cap
                && {
                    // (not a nationality: `alla spagnola Telefónica`)
                    let prev = lower(&text[toks[hs - 1].span.clone()]);
                    !adjective(prev.as_str()) && !nation(prev.as_str())
                }
                && cue_before(text, toks, hs) == Some(Class::Person);
            // `ha comprato Bettini`, `le azioni Bettini`: a listed surname alone in a
            // slot only a company fills is the company's name.
            let slotted = single
                && !suffixed
                && h.class == Class::Person
                && !name.contains(' ')
                && super::business::company_slot(&text[..h.span.start], &text[span.end..]);
            let (class, entry) = if suffixed && h.class != Class::Company || slotted {
                (Class::Company, None)
            } else if titled {
                (Class::Person, None)
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
    expansions(text, toks, out);
}

/// `A.SE.CON. (Amici senza Confini)`, `la CTBTO (Comprehensive Test Ban Treaty
/// Organization)`: the name an acronym stands for, in brackets after it and opening
/// with a capital and with a body's word at an end, is the body's full name (not
/// `DRM (Digital right management)`).
fn expansions(text: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    for k in 0..toks.len().saturating_sub(1) {
        if !toks[k].upper {
            continue;
        }
        let acr = &text[toks[k].span.clone()];
        if !acr.chars().all(|c| c.is_alphabetic() || c == '.') {
            continue;
        }
        let gap = text[toks[k].span.end..toks[k + 1].span.start].trim_start_matches('.');
        if gap.trim() != "(" || !toks[k + 1].cap {
            continue;
        }
        // the words up to the closing bracket, at most ten, joined by spaces only
        let mut m = k + 1;
        while !text[toks[m].span.end..].starts_with(')') {
            if m + 1 >= toks.len() || m >= k + 10 || !adjacent(text, &toks[m], &toks[m + 1]) {
                break;
            }
            m += 1;
        }
        let span = toks[k + 1].span.start..toks[m].span.end;
        if m > k + 1
            && text[span.end..].starts_with(')')
            && super::links::abbreviates(acr, &text[span.clone()])
            && super::links::body_word_at_an_end(&text[span.clone()])
        {
            out.push(Cand {
                name: span.clone(),
                span,
                class: Class::Organization,
                entry: None,
                words: m - k,
                initial: false,
            });
        }
    }
}
