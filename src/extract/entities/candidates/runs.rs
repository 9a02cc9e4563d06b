//! Capitalised runs: the words of a unit split into the stretches that may be one
//! name each. A run is capitalised words joined by connectors that depend on its
//! head: an institutional head (`Ministero`, `Banca`) takes `di`, `del`, `e`, `per`
//! and a lower-case complement (`Cassa Depositi e Prestiti`, `Ministero della
//! giustizia`); a given name takes particles (`Dries van Schalkwyk`); any other name
//! English connectors (`Bank of America`).

use crate::extract::entities::gazetteer::Hit;
use crate::extract::entities::lists::{Class, Position, CUES_MAP, FIRST, HEADS_MAP, STOP};
use crate::extract::entities::shapes::{adjective, institutional_adjective, nation};
use crate::extract::entities::tokens::{adjacent, is_initial, lower, EntityWord};
use crate::extract::entities::words::{
    after_article, arabic_surname, head_class, ARTICLED, DI_OR_DA, PARTICLES,
};
use std::ops::Range;

/// Connectors inside an institutional name (not `dal`: `ricorsi dell'Ente Nazionale
/// Protezione Animali e dal WWF`, `eletto alla Consulta dal Parlamento`).
const ORG_CONNECTORS: &[&str] = &[
    "&", "and", "d'", "da", "de", "degli", "dei", "del", "dell'", "della", "delle", "dello", "di",
    "e", "ed", "for", "gli", "i", "il", "in", "l'", "la", "le", "lo", "of", "per", "sul", "sull'",
    "sulla", "the",
];

/// Connectors inside any other name (`Bank of America`, `Johnson & Johnson`,
/// `British Association for the Advancement of Science`, `Women on Waves`).
const OTHER_CONNECTORS: &[&str] = &["&", "and", "de", "for", "of", "on", "the"];

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
/// (`credito d'imposta`, `fondo di garanzia`: no names of a bank or a fund)
const NO_COMPLEMENT: &[&str] = &[
    "Carabinieri",
    "Chiesa",
    "Comune",
    "Congresso",
    "Credito",
    "Esercito",
    "Fondo",
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
    toks: &[EntityWord],
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

/// Splits the words of a unit into capitalised runs, as index ranges of `toks`.
pub fn runs(text: &str, toks: &[EntityWord], hits: &[Hit]) -> Vec<Range<usize>> {
    let listed = |t: &EntityWord| hits.iter().any(|h| h.span.start == t.span.start);
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
        while j < toks.len() {
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
                let di = DI_OR_DA.iter().any(|d| wj.eq_ignore_ascii_case(d));
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
            match across_connectors(text, toks, hits, connectors, i, j) {
                Some(next) => j = next,
                None => break,
            }
        }
        out.push(i..j);
        i = j;
    }
    out
}

/// Past the connectors at token `j` of the run opened at token `i` (up to two, or a
/// number in an institutional name) to the next capital, where the run goes on: the
/// token after that capital, or `None` where the run ends (a leader's name after
/// `di`, an article after a capital, a listed body after `del`, a place after `sul`,
/// a second name after `e`).
fn across_connectors(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    connectors: &[&str],
    i: usize,
    j: usize,
) -> Option<usize> {
    let listed = |t: &EntityWord| hits.iter().any(|h| h.span.start == t.span.start);
    let mut k = j;
    let mut and = false;
    while k < toks.len() && k < j + 3 {
        let w = lower(&text[toks[k].span.clone()]);
        let digit_ok = toks[k].digits && connectors == ORG_CONNECTORS;
        if !(connectors.contains(&w.as_str()) || digit_ok) {
            return None;
        }
        // `Autostrade per l'Italia da Atlantia`: `da` and a capital after a company's
        // or a body's name is the party it comes from (a seller, a sender), unless a
        // given name stands before it (`Istituto Leonardo da Vinci`).
        if connectors == ORG_CONNECTORS
            && k == j
            && w.as_str() == "da"
            && !FIRST.contains(&text[toks[j - 1].span.clone()])
        {
            return None;
        }
        // `il Real Madrid di José Mourinho`, `la Corte Suprema di Barack Obama`:
        // a person's full name after `di` is the body's leader, not its name.
        let person_next = |x: usize| x < toks.len() && opens_person(text, toks, hits, x);
        if connectors == ORG_CONNECTORS && w.as_str() == "di" && person_next(k + 1) {
            return None;
        }
        // `Gruppo F l'Olympique Marsiglia`, `la Presidenza della Repubblica il
        // Capo dello Stato`: an article straight after a capital opens a new
        // phrase (inside a name it follows a preposition: `per la`).
        // (`Associazione Salviamo il Castello`: a verb may name a body)
        let long = j - i >= 3 || text[toks[j - 1].span.clone()].chars().count() == 1;
        if k == j && toks[j - 1].cap && long && ARTICLED[..8].contains(&w.as_str()) {
            return None;
        }
        // `Consiglio di Sicurezza delle Nazioni Unite`, `Commissione Difesa del
        // Senato`: a listed body after `del` is a name of its own.
        if connectors == ORG_CONNECTORS
            && k == j
            && ["del", "della", "dell'", "dell’", "dei", "degli", "delle"].contains(&w.as_str())
            && k + 1 < toks.len()
            && hits.iter().any(|h| {
                h.span.start == toks[k + 1].span.start
                    && matches!(h.class, Class::Company | Class::Organization)
            })
        {
            return None;
        }
        // `la commissione d'inchiesta UNHCR sulla Siria`: what a body works on
        // is no part of its name when it is a place.
        if ["sul", "sulla", "sull'", "sull’"].contains(&w.as_str())
            && k + 1 < toks.len()
            && starts_place(toks, hits, k + 1)
        {
            return None;
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
        // `Fondo Tech Italia e Boreal Angels`: a company's name of two capitals or
        // more, `e` and two more capitals are two names (a body's may go on,
        // `Ministero per i Beni e Attività Culturali`, and so may two places after
        // `di`, `Banca Popolare di Valdena e Ostiglia`, or one more noun, `Società
        // Nazionale Ferrovie e Tramvie`).
        let company_head = || {
            let h = if STOP.contains(lower(&text[toks[i].span.clone()]).as_str()) {
                i + 1
            } else {
                i
            };
            head_class(&text[toks[h].span.clone()], Position::Head) == Some(Class::Company)
        };
        // (`Diocesi di Namur e Professore emerito`: a person's title)
        let coordinated = and
            && k == j + 1
            && k < toks.len()
            && toks[k].cap
            && !places
            && j - i >= 2
            && (i..j).all(|x| toks[x].cap)
            && toks
                .get(k + 1)
                .is_some_and(|n| n.cap && adjacent(text, &toks[k], n))
            && company_head()
            || and
                && k < toks.len()
                && (HEADS_MAP.contains_key(&text[toks[k].span.clone()])
                    || CUES_MAP.get(lower(&text[toks[k].span.clone()]).as_str())
                        == Some(&Class::Person)
                        && !toks.get(k + 1).is_some_and(|n| n.cap)
                    || listed(&toks[k]) && !places
                    || ["l'", "la", "il", "le", "i", "gli", "lo"]
                        .contains(&lower(&text[toks[k].span.clone()]).as_str()));
        if coordinated {
            return None;
        }
        if k < toks.len() && toks[k].cap && adjacent(text, &toks[k - 1], &toks[k]) {
            return Some(k + 1);
        }
        if k < toks.len() && !adjacent(text, &toks[k - 1], &toks[k]) {
            return None;
        }
    }
    None
}

/// Token `k` starts a listed place.
fn starts_place(toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
    hits.iter()
        .any(|h| h.class == Class::Place && h.span.start == toks[k].span.start)
}

/// Token `k` ends a listed place.
fn ends_place(toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
    hits.iter()
        .any(|h| h.class == Class::Place && h.span.end == toks[k].span.end)
}

/// Token `k` opens a person's name: a listed person, or a given name (no head word)
/// followed by another capital.
fn opens_person(text: &str, toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
    let at = hits.iter().find(|h| h.span.start == toks[k].span.start);
    at.is_some_and(|h| h.class == Class::Person)
        || at.is_none()
            && k + 1 < toks.len()
            && toks[k + 1].cap
            && FIRST.contains(&text[toks[k].span.clone()])
            && !HEADS_MAP.contains_key(&text[toks[k].span.clone()])
            && adjacent(text, &toks[k], &toks[k + 1])
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// The connectors a run takes depend on its head; each with its twin.
    #[test]
    fn connectors_by_head() {
        check(&[
            // a given name takes particles, not `e`
            "Ieri [@Dries van Brummelen] ha parlato.",
            "Ieri Dries e Brummelen hanno parlato.",
            // an Arabic article joined to the surname ends the name
            "Lo ha detto [@Bashar al-Rashidi] ieri.",
            // given names only, `di` and a capital
            "Ieri [@Marco di Brummelo] ha parlato.",
            // an institutional head takes `di` and a lower-case complement
            "La [Banca di Valdena] ha chiuso.",
            "Il [#Ministero della giustizia] ha risposto.",
            // but no complement of time (`di ieri`)
            "Il [#Governo] di ieri ha risposto.",
            // a plural adjective of nation goes with a plural head
            "Le [#Forze Armate italiane] sono partite.",
            // `e` and an article: two names
            "Il [#Parlamento] e il [#Governo] hanno deciso.",
            // a place after `sulla` is what a body works on
            "La commissione d'inchiesta [#UNHCR] sulla Siria ha chiuso.",
            // `da` and a capital after a company's name: the party it comes from
            "Il fondo ha comprato la [Banca Valdena] da [Ostrigo Holding].",
            // but a given name's particle stays in a person's name
            "Lo ha detto [@Marco da Brummelo] ieri.",
        ]);
    }
}
