//! Stage 2, classification: what a stretch of capitalised words that no list knows
//! names, read in order: a legal suffix (`S.p.A.`, `Inc.`), a head or tail word
//! (`Ministero ...`, `... Group`), a cue right before (`la società`, `il partito`, `il
//! ministro`, or `via`, `stadio` for no entity), a given name, or an acronym. A given
//! name or an institutional head inside the stretch starts a new name (`Presidente
//! della Repubblica Giorgio Napolitano`). The candidates stage says which words to
//! read ([`Piece`]); what is still unknown here is left to resolution.

mod codes;

use super::candidate::Candidate;
use super::candidates::{lower_complement, Complement, Piece, PLACE_WORDS};
use super::cues::{cue_after, cue_before};
use super::lists::{Class, Position, FIRST, HEADS_MAP, STOP};
use super::regressions::SURNAMES_NOT_TAILS;
use super::shapes::{institutional_adjective, nation};
use super::slots::{abbreviated_title, company_slot, kin_of, member_of, partners};
use super::tokens::{adjacent, lower, EntityWord};
use super::words::{
    after_article, arabic_surname, elided_article, head_class, is_legal, roman, DI_OR_DA,
    MASTHEADS, PARTICLES,
};
use codes::{among_codes, dotted, technical, THING};
use std::ops::Range;

/// The candidates of one unit's pieces, in order: a decided one as it is, words to
/// classify by [`classify`], the first candidate read from a run taking what the
/// run's listed name or words say (see [`Piece::ToClassify`]).
pub fn pieces(text: &str, toks: &[EntityWord], pieces: &[Piece], out: &mut Vec<Candidate>) {
    for piece in pieces {
        match piece {
            Piece::Decided(c) => out.push(c.clone()),
            Piece::ToClassify {
                words,
                listed,
                forced,
            } => {
                let before = out.len();
                classify(text, toks, words.clone(), out);
                if let (Some((entry, class)), Some(c)) = (listed, out.get_mut(before)) {
                    c.entry = Some(*entry);
                    c.class = *class;
                } else if let (Some(f), Some(c)) = (forced, out.get_mut(before)) {
                    if c.class == Class::Nothing || c.class == Class::Person {
                        c.class = *f;
                    }
                }
            }
        }
    }
}

/// Single head words that name an institution on their own (`il Governo`).
pub const LONE: &[&str] = &[
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

/// English head words, which come last in their names (`Metropolitan Police`,
/// `British Board of Boxing Control`, `African National Congress`): the capitals
/// before them are part of the name.
const ENGLISH_HEADS: &[&str] = &[
    "Army",
    "Assembly",
    "Athletic",
    "Authority",
    "Board",
    "Church",
    "Congress",
    "Court",
    "Navy",
    "Office",
    "Organisation",
    "Organization",
    "Police",
    "Senate",
    "Tribunal",
];

/// Capitalised particles that open a surname (`Di Pietro`, `La Russa`, `Dalla Chiesa`).
pub const SURNAME_PREFIXES: &[&str] = &[
    "d'", "da", "dal", "dalla", "de", "degli", "dei", "del", "della", "delle", "di", "la", "le",
    "li", "lo", "van", "von",
];

/// A federation or a trade association named in one word, `Feder-` or `Asso-` and a
/// consonant (`Federconsorzi`, `Federcaccia`, `Assogestioni`), not `Federico`,
/// `Federale`, `Assoluto`.
pub fn federation(w: &str) -> bool {
    let consonant = |rest: &str, set: &str| {
        rest.len() >= 4
            && rest.is_ascii()
            && rest.bytes().all(|b| b.is_ascii_lowercase())
            && rest.starts_with(|c: char| set.contains(c))
    };
    w.strip_prefix("Feder")
        .is_some_and(|r| consonant(r, "bcdfglmnprstvz"))
        || w.strip_prefix("Asso").is_some_and(|r| consonant(r, "bgp"))
}

/// `la Marina`, `della Marina argentina`: after an article, `Marina` alone or with an
/// adjective (not `Marina di Pisa`, a place, nor `Marina Petrella`, a person) is a
/// navy, an armed force.
pub fn navy(text: &str, toks: &[EntityWord], a: usize, b: usize) -> bool {
    &text[toks[a].span.clone()] == "Marina"
        && after_article(text, toks, a)
        && !toks[a - 1].cap
        && (b == a + 1
            || b == a + 2
                && !toks[a + 1].cap
                && (nation(&text[toks[a + 1].span.clone()])
                    || institutional_adjective(&text[toks[a + 1].span.clone()])))
}

/// Classifies the run `r` of `toks` (a part of it not covered by a listed name), in
/// three steps: the words of the name ([`name_words`]: connectors and common words at
/// the edges left out), a new name inside it ([`new_name_inside`]: then each part is
/// classified on its own), and what the name is ([`read_name`]).
pub fn classify(text: &str, toks: &[EntityWord], r: Range<usize>, out: &mut Vec<Candidate>) {
    let Some((a, b)) = name_words(text, toks, r.clone(), out) else {
        return;
    };
    if let Some(k) = new_name_inside(text, toks, r.start, a, b) {
        classify(text, toks, a..k, out);
        classify(text, toks, k..b, out);
        return;
    }
    out.extend(read_name(text, toks, a, b));
}

/// The tokens `a..b` of the name in the run `r`: connectors and common words at the
/// edges left out, a person's name cut at its first lower-case word that is no
/// particle. A lone common word or a navy is a candidate at once (pushed to `out`,
/// and `None` returned), as is a run with no name in it.
fn name_words(
    text: &str,
    toks: &[EntityWord],
    r: Range<usize>,
    out: &mut Vec<Candidate>,
) -> Option<(usize, usize)> {
    let (mut a, b) = (r.start, r.end);
    let low = |i: usize| lower(&text[toks[i].span.clone()]);
    let word = |i: usize| &text[toks[i].span.clone()];
    // A lone letter opening a sentence (`A`, `E`) is a word, and no name (see the end),
    // unless a legal suffix follows; said here first as it is cheap.
    let suffixed =
        |i: usize| i < toks.len() && adjacent(text, &toks[i - 1], &toks[i]) && is_legal(word(i));
    if b - a == 1 && toks[a].initial && word(a).len() == 1 && !suffixed(b) {
        return None;
    }
    // A lone common word with a capital inside a sentence (`Dalla`, `Stato`) names
    // something only if the article names it in full elsewhere (`Lucio Dalla`).
    if b - a == 1 && toks[a].cap && !toks[a].initial && STOP.contains(low(a).as_str()) {
        out.push(Candidate {
            span: toks[a].span.clone(),
            name: toks[a].span.clone(),
            class: Class::Nothing,
            entry: None,
            words: 1,
            initial: true,
        });
        return None;
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
    while a < b
        && (!toks[a].cap
            || STOP.contains(low(a).as_str()) && !particle(a) && !given(a)
            || elided_article(low(a).as_str()))
    {
        a += 1;
    }
    if a < b && navy(text, toks, a, b) {
        out.push(Candidate {
            span: toks[a].span.start..toks[b - 1].span.end,
            name: toks[a].span.start..toks[b - 1].span.end,
            class: Class::Organization,
            entry: None,
            words: b - a,
            initial: toks[a].initial,
        });
        return None;
    }
    if a >= b {
        return None;
    }
    let b = last_word(text, toks, a, b);
    if a >= b {
        return None;
    }
    let b = if FIRST.contains(word(a)) {
        person_name_end(text, toks, a, b)
    } else {
        b
    };
    Some((a, b))
}

/// The end of the name `a..b` once the words that cannot end it are left out: a
/// lower-case word, or a common one, unless an institution's adjective or
/// complement, a newspaper's word or a surname's particle ends it. `a < b`.
fn last_word(text: &str, toks: &[EntityWord], a: usize, b: usize) -> usize {
    let mut b = b;
    let low = |i: usize| lower(&text[toks[i].span.clone()]);
    let word = |i: usize| &text[toks[i].span.clone()];
    let institutional = head_class(word(a), Position::Head).is_some();
    let person = FIRST.contains(word(a));
    // `Bashar al-Asad`: the surname is capitalised after its article.
    let arabic = |i: usize| person && arabic_surname(word(i));
    // A common word that ends a person's name and stays in it: a particle (`Di`),
    // `Jr`, or the surname after a particle (`Patrizia Del Meglio`).
    let surname_end = |a: usize, b: usize| {
        SURNAME_PREFIXES.contains(&low(b - 1).as_str())
            || matches!(word(b - 1), "Jr" | "Sr")
            || b - a > 2 && toks[b - 2].cap && SURNAME_PREFIXES.contains(&low(b - 2).as_str())
    };
    // `Ministero della giustizia`: a lower-case complement ends an institutional name.
    let complement = |b: usize| {
        [Complement::None, Complement::For].iter().any(|&c| {
            (b >= a + 3 && lower_complement(text, toks, b - 2, c).is_some_and(|(k, _)| k == b))
                || (b >= a + 4
                    && lower_complement(text, toks, b - 3, c).is_some_and(|(k, _)| k == b))
        })
    };
    // `Beijing News`: a newspaper's word ends its name.
    let masthead = |k: usize| toks[k].cap && MASTHEADS.contains(&word(k));
    while a < b
        && (!(toks[b - 1].cap
            || arabic(b - 1)
            || institutional
                && (institutional_adjective(word(b - 1)) || nation(word(b - 1)) || complement(b)))
            || !institutional
                && b - a > 1
                && STOP.contains(low(b - 1).as_str())
                && !masthead(b - 1)
                && (!person || !surname_end(a, b)))
    {
        b -= 1;
    }
    b
}

/// The end of a person's name `a..b`: it goes on only through particles (`da`,
/// `van`), an Arabic article joined to the surname, and `di` after given names only
/// (`Vittorio Emanuele di Savoia`), not through `di` or `e` otherwise.
fn person_name_end(text: &str, toks: &[EntityWord], a: usize, b: usize) -> usize {
    let mut b = b;
    let low = |i: usize| lower(&text[toks[i].span.clone()]);
    let word = |i: usize| &text[toks[i].span.clone()];
    let arabic = |i: usize| arabic_surname(word(i));
    let di = |k: usize| {
        DI_OR_DA.contains(&low(k).as_str())
            && (a..k).all(|x| FIRST.contains(word(x)))
            && !after_article(text, toks, a)
            && k + 1 < b
            && toks[k + 1].cap
    };
    if let Some(k) = (a + 1..b)
        .find(|&k| !toks[k].cap && !arabic(k) && !PARTICLES.contains(&low(k).as_str()) && !di(k))
    {
        b = k;
        while b > a + 1 && !toks[b - 1].cap {
            b -= 1;
        }
    }
    b
}

/// A given name or an institutional head inside the name `a..b` of the run starting at
/// `run_start` starts a new name (`Presidente della Repubblica Giorgio Napolitano`):
/// the token where it does.
fn new_name_inside(
    text: &str,
    toks: &[EntityWord],
    run_start: usize,
    a: usize,
    b: usize,
) -> Option<usize> {
    let low = |i: usize| lower(&text[toks[i].span.clone()]);
    let word = |i: usize| &text[toks[i].span.clone()];
    let institutional = head_class(word(a), Position::Head).is_some();
    let person = FIRST.contains(word(a));
    for k in a + 1..b {
        let prev = low(k - 1);
        // `Chiesa di Santa Maria`: a saint's name is part of the institution's.
        let after_connector = k >= 2
            && k - 2 >= run_start
            && !toks[k - 2].cap
            && head_class(word(k - 1), Position::Head) == Some(Class::Nothing);
        // `di Valdora Mario Rossetti`: one word, then a given name and a surname that
        // end the run: the person starts at the given name.
        // (not after a word that names a place or a building with a person's name,
        // `Stadio Luigi Ferraris`, `Villa Carlos Paz`, nor after an initial)
        let name_and_surname = k == a + 1
            && k + 2 == b
            && word(a).chars().count() >= 2
            && head_class(word(a), Position::Head).is_none()
            && !PLACE_WORDS.contains(&word(a))
            && toks[k + 1].cap
            && !FIRST.contains(word(k + 1))
            && !SURNAME_PREFIXES.contains(&low(k + 1).as_str());
        let opens_person = (k - a >= 2
            || name_and_surname
            || head_class(word(a), Position::Head).is_some_and(|c| c != Class::Nothing)
            || toks[a].initial
            || toks[a].upper)
            && !(institutional && after_connector)
            // `Laura Chinchilla Miranda`: a given name ending a person's name is a surname.
            && !(person && k + 1 == b)
            // `Banca Aurora`, `Fondazione Camilla`: a given name alone right after a
            // company's or a body's head is its name, no person's.
            && !(institutional && k == a + 1 && k + 1 == b)
            && FIRST.contains(word(k))
            && !FIRST.contains(word(k - 1))
            // `Università San Raffaele`: a saint's name goes with the title before it.
            && !matches!(word(k - 1), "San" | "Santa" | "Santo" | "Santi" | "S" | "Ss")
            // `Corte costituzionale Franco Bile`, `Consiglio dei ministri Giuseppe Conte`
            && (toks[k - 1].cap || institutional)
            && !PARTICLES.contains(&prev.as_str())
            && !SURNAME_PREFIXES.contains(&prev.as_str())
            && !roman(word(k - 1));
        let opens_org = !institutional
            && toks[k - 1].cap
            && !ENGLISH_HEADS.contains(&word(k))
            && HEADS_MAP
                .get(word(k))
                .is_some_and(|(c, p)| *p == Position::Head && *c == Class::Organization);
        if opens_person || opens_org {
            return Some(k);
        }
    }
    None
}

/// What the name `a..b` is, with its span, read in steps: a legal suffix
/// ([`suffix_reading`]), a head or tail word or a cue before ([`by_head_and_cue`]),
/// the clause around it ([`by_clause`]), its shape ([`by_shape`]); `None` for what
/// names no entity.
fn read_name(text: &str, toks: &[EntityWord], a: usize, b: usize) -> Option<Candidate> {
    let word = |i: usize| &text[toks[i].span.clone()];
    let person = FIRST.contains(word(a));
    let mut r = suffix_reading(text, toks, a, b, person);
    if !by_head_and_cue(text, toks, a, person, &mut r) {
        return None;
    }
    by_clause(text, toks, a, b, person, &mut r);
    by_shape(text, toks, a, &mut r);
    if !matches!(
        r.class,
        Class::Company | Class::Organization | Class::Person | Class::Nothing
    ) {
        return None;
    }
    // A lone letter is no name: a word opening a sentence (`A`, `E`), or a group
    // (`nel gruppo B`).
    if r.end - a == 1 && word(a).chars().count() == 1 && r.class != Class::Person {
        return None;
    }
    Some(Candidate {
        span: toks[a].span.start..r.span_end,
        name: toks[a].span.start..r.name_end,
        class: r.class,
        entry: None,
        words: r.end - a,
        initial: toks[a].initial && !r.titled,
    })
}

/// What [`read_name`] has found so far of a name starting at token `a`.
struct Reading {
    /// Its class ([`Class::Nothing`] while unknown).
    class: Class,
    /// The token after the name, legal suffix left out.
    end: usize,
    /// The byte after the mention (suffix and full stops included).
    span_end: usize,
    /// The byte after the name.
    name_end: usize,
    /// An abbreviated title stands before it (its capital proves nothing).
    titled: bool,
}

/// A legal suffix, written in capitals inside the run or in lower case after it, and
/// the full stops that belong to the mention (`Jr.`, `S.p.A.`).
fn suffix_reading(text: &str, toks: &[EntityWord], a: usize, b: usize, person: bool) -> Reading {
    let word = |i: usize| &text[toks[i].span.clone()];
    let mut class = Class::Nothing;
    let mut end = b;
    // A legal suffix, written in capitals inside the run or in lower case after it.
    if b - a >= 2 && is_legal(word(b - 1)) {
        class = Class::Company;
        end = b - 1;
    }
    let mut span_end = toks[b - 1].span.end;
    // `Floyd Mayweather Jr.`, `Giancarlo M.`: the full stop belongs to the name.
    let initial = b - a >= 2
        && word(b - 1).len() == 1
        && toks[b - 1].cap
        && !matches!(word(b - 1), "I" | "V" | "X");
    if person
        && (matches!(word(b - 1), "Jr" | "Sr") || initial)
        && text[span_end..].starts_with('.')
    {
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
    Reading {
        class,
        end,
        span_end,
        name_end: toks[end - 1].span.end,
        titled: false,
    }
}

/// A head or tail word of the name, a federation's word, a cue right before; false
/// when one of them says the name is no entity (`lo stadio Artemio Franchi`).
fn by_head_and_cue(
    text: &str,
    toks: &[EntityWord],
    a: usize,
    person: bool,
    r: &mut Reading,
) -> bool {
    let word = |i: usize| &text[toks[i].span.clone()];
    let head = head_class(word(a), Position::Head);
    let tail = (r.end - a >= 2)
        .then(|| head_class(word(r.end - 1), Position::Tail))
        .flatten();
    // `George Hall`: a given name outweighs a place word at the end.
    let tail = tail.filter(|c| {
        !(person && *c == Class::Nothing && SURNAMES_NOT_TAILS.contains(&word(r.end - 1)))
    });
    if r.class == Class::Nothing {
        if let Some(c) = head.or(tail) {
            let lone = r.end - a == 1;
            if c == Class::Nothing || lone && (toks[a].initial || !LONE.contains(&word(a))) {
                return false;
            }
            r.class = c;
        }
    }
    if r.class == Class::Nothing && r.end - a == 1 && federation(word(a)) {
        r.class = Class::Organization;
    }
    if r.class == Class::Nothing {
        match cue_before(text, toks, a) {
            // `lo stadio Artemio Franchi`, `via Cristoforo Colombo`: not a person.
            Some(Class::Nothing) => return false,
            // `l'editore Giangiacomo Feltrinelli`: a full name is a person.
            Some(Class::Company | Class::Organization) if person && r.end - a >= 2 => {
                r.class = Class::Person;
            }
            // `la televisione di lingua tedesca SF`: one word in capitals is no
            // person's name (outside a headline in capitals).
            Some(Class::Person) if r.end - a == 1 && toks[a].upper && word(a).len() >= 2 => {}
            Some(c) => r.class = c,
            None => {}
        }
    }
    true
}

/// The clause around the name: a title, kin, members, partners, a company's slot, an
/// apposition, an English head with `of`, a given name.
fn by_clause(text: &str, toks: &[EntityWord], a: usize, b: usize, person: bool, r: &mut Reading) {
    let word = |i: usize| &text[toks[i].span.clone()];
    // `on. Rossi`, `l'avv. Bianchi`: a title abbreviated before the name (whose
    // capital after the full stop proves nothing either way).
    if r.class == Class::Nothing && abbreviated_title(&text[..toks[a].span.start]) {
        r.class = Class::Person;
        r.titled = true;
    }
    // `il papà di Rachele`: a kinship noun's `di` names a person.
    if r.class == Class::Nothing && kin_of(&text[..toks[a].span.start]) {
        r.class = Class::Person;
    }
    // `i membri di Ansar Dine`, `appartenenti alla Exit`: a body's members.
    if r.class == Class::Nothing && !person && member_of(&text[..toks[a].span.start]) {
        r.class = Class::Organization;
    }
    // `Pedersoli e associati`, `Tedaldi & Figli`: a firm of partners.
    if matches!(r.class, Class::Nothing | Class::Person) && r.end == b {
        if let Some(n) = partners(&text[r.span_end..]) {
            r.class = Class::Company;
            r.span_end += n;
            r.name_end = r.span_end - usize::from(text[..r.span_end].ends_with('.'));
        }
    }
    // `ha comprato Bettini`, `le azioni Bettini`: a slot only a company fills.
    if r.class == Class::Nothing
        && !(person && r.end - a >= 2)
        && company_slot(&text[..toks[a].span.start], &text[r.span_end..])
    {
        r.class = Class::Company;
    }
    // `British Association for the Advancement of Science`, `Women on Waves`: an
    // English head word inside, then `of`, `for` or `on`.
    // `Nextra, società di fondi`, `Ursa, un'azienda di polistirolo`: a cue in apposition.
    // (`Arriva Velmora, società di ...`: the capital opening a sentence may be a word)
    if r.class == Class::Nothing && !person && !(toks[a].initial && r.end - a >= 2) {
        if let Some(c) = cue_after(&text[r.span_end..]) {
            r.class = c;
        }
    }
    if r.class == Class::Nothing && r.end - a >= 3 && !person {
        r.class = (a..r.end - 1)
            .find_map(|x| {
                let of = matches!(word(x + 1), "of" | "for" | "on");
                let c = HEADS_MAP.get(word(x)).map(|(c, _)| *c);
                (of && word(x).is_ascii())
                    .then_some(c)
                    .flatten()
                    .filter(|c| matches!(c, Class::Company | Class::Organization))
            })
            .unwrap_or(r.class);
    }
    if r.class == Class::Nothing && r.end - a >= 2 && FIRST.contains(word(a)) {
        r.class = Class::Person;
    }
}

/// The name's shape: an acronym (a company unless a thing's noun or codes surround
/// it), an acronym with full stops (a body).
fn by_shape(text: &str, toks: &[EntityWord], a: usize, r: &mut Reading) {
    let low = |i: usize| lower(&text[toks[i].span.clone()]);
    let word = |i: usize| &text[toks[i].span.clone()];
    let acronym = r.end - a == 1
        && toks[a].upper
        && !roman(word(a))
        && (3..=7).contains(&word(a).len())
        && word(a).chars().all(char::is_alphabetic);
    if r.class == Class::Nothing
        && acronym
        && !toks[a].initial
        && !technical(text, &toks[a].span)
        && !among_codes(text, &toks[a].span)
        && !(a > 0
            && adjacent(text, &toks[a - 1], &toks[a])
            && THING.contains(&low(a - 1).as_str()))
    {
        r.class = Class::Company;
    }
    // `W.W.F.`, `T.A.R.`, `A.SE.CON.`: an acronym with full stops, the last one included.
    // (also after a cue: `l'ONG A.SE.CON.`)
    if r.end - a == 1
        && !toks[a].initial
        && matches!(
            r.class,
            Class::Nothing | Class::Company | Class::Organization
        )
        && dotted(word(a))
    {
        if r.class == Class::Nothing {
            r.class = Class::Organization;
        }
        if text[r.span_end..].starts_with('.') {
            r.span_end += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// What an unlisted run names, by its own words and the words right around it.
    #[test]
    fn suffixes_heads_cues_and_given_names() {
        check(&[
            // a legal suffix; the name leaves it out
            "Ieri la [Brontelli Servizi S.r.l.=Brontelli Servizi] ha chiuso il bilancio.",
            // a head word
            "La [#Fondazione Valdena Futuro] ha donato.",
            "La fondazione ha donato.",
            // a head word and a lower-case complement
            "Dopo l'incontro con [@Marco Bruni] la [#Corte d'appello] ha deciso.",
            // a person's cue and a given name
            "Il sindaco [@Artemio Franchi] ha parlato.",
            // a word, then a given name and a surname: the person starts at the name
            "L'amministratore di Valdora [@Mario Rossetti] ha parlato.",
            "Ieri [@Gian Mario Rossetti] ha parlato.",
            "La partita allo Stadio Mario Rossetti è finita.",
            // a given name alone after a head is the company's or the body's name;
            // a given name and a surname after a body is a person
            "Ieri [Banca Aurora] ha concesso un prestito.",
            "[Banca Aurora] ha concesso un prestito.",
            "La [#Fondazione Camilla] ha donato.",
            "La [#Corte costituzionale] [@Franco Bile] ha deciso.",
            // a cue for no entity
            "Lo stadio Artemio Franchi è pieno.",
            "Via Cristoforo Colombo è chiusa.",
            // an abbreviated title, and a surname alone with none
            "L'avv. [@Venturelli] ha parlato.",
            "Venturelli ha parlato ieri.",
            // a kinship noun's `di`, and a place's
            "Il papà di [@Rachele] ha parlato.",
            "Il paese di Rachele è piccolo.",
            // `Marina` after an article is a navy; before `di`, a place
            "Secondo la [#Marina argentina] i marinai sono morti.",
        ]);
    }

    /// A firm of partners and a slot only a company fills.
    #[test]
    fn partners_and_company_slots() {
        check(&[
            "Lo [Studio Pedersoli] e associati ha seguito l'operazione.",
            "Il gruppo ha comprato [Bettoni] per 3 milioni.",
            "Le azioni [Bettoni] sono salite del 3%.",
            "Bettoni ha parlato ieri.",
        ]);
    }
}
