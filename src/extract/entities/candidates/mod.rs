//! Stage 1, candidates: in each unit (title or sentence) the capitalised runs
//! ([`runs`]), split where listed names found by the gazetteer stand inside them.
//! Each listed name becomes a candidate with its entry; what no list covers is handed
//! on as a stretch of words for classification to read. A few runs are read whole
//! here ([`whole`]): an institutional run is one name whatever is listed inside it
//! (`Procura di Trani`), a place with a company word is a company (`Roma TPL`).

mod piece;
mod runs;
mod whole;

pub use piece::Piece;
pub use runs::{lower_complement, Complement};

use super::candidate::Candidate;
use super::cues::cue_before;
use super::gazetteer::Hit;
use super::lists::{Class, Position, COMPANY_TAILS, CUES_MAP, FIRST, HEADS_MAP, STOP};
use super::shapes::{adjective, nation};
use super::slots::company_slot;
use super::tokens::{adjacent, lower, EntityWord};
use super::words::{elided_article, head_class, is_legal, roman, MASTHEADS};
use std::ops::Range;

/// Words that open the name of a place, a street or a district (`Tor Sapienza`,
/// `Borgo Trento`, `Piazza Fontana`), not of an event (`Primarie PD`).
pub const PLACE_WORDS: &[&str] = &[
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

/// Token `k`, right after a listed company in its run, is the name of one of its
/// products: capitalised, not in capitals, listed nowhere, no given name, head,
/// legal suffix or common word.
fn brand_of(text: &str, toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
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

/// Token `k`, right before a listed company in its run, is a code that is part of
/// the company's name (`WK Kellogg`, `L Catterton`): two or three capitals or one
/// consonant, joined to the name, listed as nothing of its own (not `UE`, `USA`).
fn code_before(text: &str, toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
    let w = &text[toks[k].span.clone()];
    let capitals =
        toks[k].upper && (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let consonant = w.len() == 1
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(w, "A" | "E" | "I" | "O" | "U" | "V" | "X");
    // (not a title, `l'AD Enel`, nor a word, `TV`, nor a headline in capitals)
    let word = lower(w);
    (capitals
        && !roman(w)
        && !CUES_MAP.contains_key(word.as_str())
        && !STOP.contains(word.as_str())
        || consonant)
        && !toks[k + 1].upper
        && adjacent(text, &toks[k], &toks[k + 1])
        && !hits
            .iter()
            .any(|h| h.span.start <= toks[k].span.start && toks[k].span.start < h.span.end)
}

/// Token `k`, right before a listed English name, starts it (`Royal Ocean` of `Royal
/// Ocean Racing Club`): a capitalised English word of three letters or more, not
/// opening the sentence, listed as nothing of its own, no given name nor common word.
fn english_word_before(text: &str, toks: &[EntityWord], hits: &[Hit], k: usize) -> bool {
    let w = &text[toks[k].span.clone()];
    toks[k].cap
        && !toks[k].initial
        && !toks[k].upper
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && !FIRST.contains(w)
        && !STOP.contains(lower(w).as_str())
        && head_class(w, Position::Head).is_none()
        && adjacent(text, &toks[k], &toks[k + 1])
        && !hits
            .iter()
            .any(|h| h.span.start <= toks[k].span.start && toks[k].span.start < h.span.end)
}

/// The pieces of one unit, appended to `out`: listed names (`hits`, inside the
/// unit), runs read whole, and the remains of every capitalised run to classify.
pub fn unit(text: &str, toks: &[EntityWord], hits: &[Hit], out: &mut Vec<Piece>) {
    for r in runs::runs(text, toks, hits) {
        // An institutional name (`Procura di Trani`) is one mention whatever is listed
        // inside it; a listed name that is exactly the run gives its entry.
        let mut a = r.start;
        while a + 1 < r.end && {
            let w = lower(&text[toks[a].span.clone()]);
            STOP.contains(w.as_str()) || elided_article(w.as_str())
        } {
            a += 1;
        }
        if let Some(c) = whole::branch(text, toks, hits, a, r.end) {
            out.push(Piece::Decided(c));
            continue;
        }
        if let Some(c) = whole::named_by_business(text, toks, hits, r.clone()) {
            out.push(Piece::Decided(c));
            continue;
        }
        if let Some(piece) = read_whole(text, toks, hits, &r, a) {
            out.push(piece);
            continue;
        }
        split_by_listed(text, toks, hits, r, out);
    }
    whole::expansions(text, toks, out);
}

/// The run `r` (its name from token `a`) read whole, its first candidate's class
/// forced or listed: an institutional or company head or tail (`Procura di Trani`,
/// `Alba Capital Partners`), a place and a company word (`Roma TPL`), a listed body
/// and its place (`Digos di Verona`).
fn read_whole(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    r: &Range<usize>,
    a: usize,
) -> Option<Piece> {
    let tok_at = |pos: usize| toks.partition_point(|t| t.span.end <= pos);
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
        let exact = hits
            .iter()
            .find(|h| h.span.start <= toks[a].span.start && h.span.end == toks[r.end - 1].span.end);
        return Some(Piece::ToClassify {
            words: a..r.end,
            listed: exact.map(|h| (h.entry, h.class)),
            forced,
        });
    }
    None
}

/// The run `r` split where listed names stand: each listed name a candidate (with
/// its tail, suffix, and the class its context gives it), the words between them
/// left to classification.
fn split_by_listed(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    r: Range<usize>,
    out: &mut Vec<Piece>,
) {
    let tok_at = |pos: usize| toks.partition_point(|t| t.span.end <= pos);
    let mut i = r.start;
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
        // `WK Kellogg`, `L Catterton`: a short word in capitals or a lone consonant
        // joined before a listed company is one name with it, another company.
        let coded = h.class == Class::Company
            && h.span.start == toks[hs].span.start
            && hs > i
            && hs > r.start
            && code_before(text, toks, hits, hs - 1);
        // `Royal Ocean Racing Club`: an English name puts its head last, so the
        // capitals joined before a listed body that ends with an English head are the
        // start of a longer name, another body.
        let mut from = if coded { hs - 1 } else { hs };
        if !coded
            && h.class == Class::Organization
            && h.span.start == toks[hs].span.start
            && he - hs >= 2
            && text[h.span.clone()].is_ascii()
            && head_class(&text[toks[he - 1].span.clone()], Position::Tail)
                == Some(Class::Organization)
        {
            while from > i && from > r.start && english_word_before(text, toks, hits, from - 1) {
                from -= 1;
            }
        }
        let coded = coded || from < hs;
        if from > i {
            out.push(Piece::to_classify(i..from));
        }
        let mut span = if coded {
            toks[from].span.start..h.span.end
        } else {
            h.span.clone()
        };
        // `Telecom Italia Media`, `Microsoft Italia`: a listed company and its tail;
        // `Metropolitan Police Department`: a listed body and its tail.
        let mut subsidiary = false;
        while matches!(h.class, Class::Company | Class::Organization)
            && he < r.end
            && adjacent(text, &toks[he - 1], &toks[he])
        {
            let tail = &text[toks[he].span.clone()];
            // A company's own tail (`Media`, `Italia`, `Vita`) names a subsidiary, a
            // company of its own; a generic one (`Group`) the same company.
            let generic = match COMPANY_TAILS.get(tail) {
                Some(&same) if h.class == Class::Company => same,
                _ if head_class(tail, Position::Tail) == Some(h.class) => false,
                _ => break,
            };
            subsidiary |= h.class == Class::Company && !generic;
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
        let (class, entry, name_end, end) = listed_reading(text, toks, h, hs, he, r.end, &mut span);
        he = end;
        if matches!(
            h.class,
            Class::Company | Class::Organization | Class::Person
        ) && h.span.start >= done
        {
            done = span.end;
            out.push(Piece::Decided(Candidate {
                name: span.start..name_end,
                span,
                class,
                entry: entry.filter(|_| !coded && !subsidiary),
                words: he - from,
                initial: toks[from].initial,
            }));
        }
        i = i.max(he);
    }
    if i < r.end {
        out.push(Piece::to_classify(i..r.end));
    }
}

/// A listed name `h` (tokens `hs..he`, in a run ending at token `run_end`) after its
/// tail: its legal suffix and `Jr.` extend `span` and the end token (returned last); a person's title before a
/// listed company, or a company's slot around a listed surname, changes its class.
/// Returns its class, its entry, and the end of the name (suffix left out).
fn listed_reading(
    text: &str,
    toks: &[EntityWord],
    h: &Hit,
    hs: usize,
    he: usize,
    run_end: usize,
    span: &mut Range<usize>,
) -> (Class, Option<usize>, usize, usize) {
    let mut he = he;
    let single = he - hs == 1;
    let name = &text[h.span.clone()];
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
        && he < run_end
        && adjacent(text, &toks[he - 1], &toks[he])
        && matches!(&text[toks[he].span.clone()], "Jr" | "Sr")
    {
        span.end = toks[he].span.end + usize::from(text[toks[he].span.end..].starts_with('.'));
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
        && company_slot(&text[..h.span.start], &text[span.end..]);
    let (class, entry) = if suffixed && h.class != Class::Company || slotted {
        (Class::Company, None)
    } else if titled {
        (Class::Person, None)
    } else {
        (h.class, Some(h.entry))
    };
    (class, entry, name_end, he)
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// Runs, split where listed names stand, and runs read whole; each construction
    /// with its negative twin.
    #[test]
    fn runs_and_listed_names() {
        check(&[
            // an institutional head takes `di` and a place: one name
            "La [#Procura di Valdena] indaga sul caso.",
            "La procura indaga sul caso.",
            // `di` and `e` between two places go on in the name
            "La [Banca Popolare di Valdena e Ostiglia] ha chiuso.",
            // a body's acronym and a place: its branch there
            "L'associazione [#ALBA Sardegna] ha protestato.",
            "In Sardegna ha protestato l'associazione.",
            // a company's cue names the whole run
            "Ieri la [Brontelli Servizi] ha chiuso il bilancio.",
            "La società ha chiuso il bilancio.",
            // a person's name after a body's is a name of its own
            "Lo ha detto [@Anna Neri], presidente della [#Lega Blu].",
        ]);
    }

    /// A short code in capitals or a lone consonant joined before a listed company is
    /// one name with it, another company; a title, a word or a headline is not.
    #[test]
    fn codes_before_a_listed_company() {
        check(&[
            "La [WK Ferrero] è stata quotata ieri.",
            "Il fondo [L Ferrero] ha investito.",
            // twins: a title, a word, a vowel, a headline in capitals
            "Ieri l'AD [Ferrero] ha parlato.",
            "La TV [Mediaset] ha chiuso.",
            "Il premio va a E [Ferrero] e a [Mediaset].",
        ]);
    }

    /// Capitals joined before a listed body that ends with an English head are the
    /// start of a longer English name; a given name or a sentence's first word is not.
    #[test]
    fn english_names_before_a_listed_body() {
        check(&[
            "La regata del [#Royal Ocean Racing Club] parte oggi.",
            "Royal [#Racing Club] e [#Racing Club] giocano oggi.",
            "Lo ha detto [@Marco Bellini] del [#Racing Club] ieri.",
        ]);
    }

    /// `Credito` and `Fondo` and a capital head a bank's or a fund's name; `e` and two
    /// more capitals after a company's name of capitals are a second name. Twins: the
    /// common nouns (`credito d'imposta`), a place pair after `di`, one more noun.
    #[test]
    fn banks_and_funds_coordinated() {
        check(&[
            "La fusione tra [Banca Lariana] e [Credito Tiberino] è approvata.",
            "Il [Credito Tiberino] ha chiuso in utile.",
            "Hanno investito [Fondo Tech Valdena] e [Boreal Angels Spa=Boreal Angels] nella startup.",
            "Il [Fondo Brenta] ha investito.",
            // twins
            "Il credito d'imposta sale. Credito d'imposta in calo.",
            "Il fondo di garanzia sale. Fondo di garanzia in calo.",
            "La [Banca Popolare di Valdena e Ostiglia] ha chiuso.",
            "La [Società Tessile Ferrovie e Tramvie] ha chiuso.",
        ]);
    }

    /// A listed company and its own tail (a country, a market, a line of business)
    /// name a subsidiary, a company of its own; a generic tail (`Group`, `Holding`)
    /// names the same company.
    #[test]
    fn a_listed_company_and_its_tail() {
        check(&[
            "La [Ferrero Italia] assume. Il titolo [Ferrero] sale.",
            "La [Mediaset Vita] ha chiuso. Sale il titolo [Mediaset].",
            "[Mediaset Media] è stata sospesa. In calo anche [Mediaset].",
            "La [Mediaset Italia] ha chiuso. [Mediaset Italia] riapre domani.",
            // the subsidiary's first word alone is the parent's
            "Sale [Banca Intesa]. [Intesa Vita] ha chiuso. [Intesa=Banca Intesa] ha ceduto.",
            // twins: a generic tail is the same company
            "La [Ferrero Group=Ferrero Group] assume. Il titolo [Ferrero=Ferrero Group] sale.",
            "La [Mediaset Holding=Mediaset Holding] ha chiuso. [Mediaset=Mediaset Holding] sale.",
        ]);
    }

    /// The full name an acronym stands for, in brackets after it, with a body's word.
    #[test]
    fn expansions_in_brackets() {
        check(&[
            "La FTV ([#Federazione Tessile Veneta]) ha protestato.",
            "Il DRM (Digital right management) è un sistema.",
        ]);
    }
}
