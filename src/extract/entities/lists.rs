//! The embedded word lists of the entity extractor, parsed once.
//!
//! - `data/it/companies.txt`, `data/it/organizations.txt`: `Canonical[TAB]Alias|Alias`.
//! - `data/it/people.txt`: well-known people with their distinctive surnames.
//! - `data/it/products.txt`, `data/it/places.txt`: names that are never organizations.
//! - `data/it/first_names.txt`: given names (Italian and international).
//! - `data/it/entity_heads.tsv`: `Word TAB kind TAB head|tail`: words that make a
//!   capitalised sequence a company, an organization, or nothing (`none`: events,
//!   places, works).
//! - `data/it/entity_cues.tsv`: `words TAB kind`: lower-case words right before a name
//!   that tell its kind (`società`, `partito`, `ministro`).
//! - `data/it/not_names.txt` (shared with the quote stage) and
//!   `data/it/entity_stopwords.txt`: lower-case words that are capitalised only because
//!   they open a sentence, or that never name anything (`secondo`, `stato`).

use super::tokens::ASCII_ALNUM;
use crate::lexicon::{entries, OUTLETS};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

const COMPANIES: &str = crate::lexicon::COMPANIES;
const ORGANIZATIONS: &str = crate::lexicon::ORGANIZATIONS;
const PRODUCTS: &str = crate::lexicon::PRODUCTS;
const PLACES: &str = crate::lexicon::PLACES;
const PEOPLE: &str = crate::lexicon::PEOPLE;
const FIRST_NAMES: &str = crate::lexicon::FIRST_NAMES;
const CONTRADE: &str = crate::lexicon::PALIO_CONTRADE;
const HEADS: &str = crate::lexicon::ENTITY_HEADS;
const CUES: &str = crate::lexicon::ENTITY_CUES;

/// What a gazetteer entry or a cue says about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// A business.
    Company,
    /// A non-business organization.
    Organization,
    /// A person.
    Person,
    /// A product, service or website: never an organization.
    Product,
    /// A place.
    Place,
    /// Not a name of anything we list (events, works, streets).
    Nothing,
}

fn class(word: &str) -> Class {
    match word {
        "company" | "media" => Class::Company,
        "organization" => Class::Organization,
        "person" => Class::Person,
        "product" => Class::Product,
        "place" => Class::Place,
        _ => Class::Nothing,
    }
}

/// One name the gazetteer knows, with every surface form.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The entry's class.
    pub class: Class,
    /// Canonical name from the list.
    pub name: &'static str,
    /// Case must match exactly (outlets whose names are also words).
    pub case_sensitive: bool,
    /// Single words that need a media cue (`il quotidiano Domani`).
    pub needs_cue: bool,
    /// A news outlet (from `news_agencies.tsv`): one that follows another in a list
    /// (`i quotidiani Libero e Il Tempo`) shares its cue.
    pub outlet: bool,
}

/// One searchable surface form: the entry it belongs to.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The form as written in the list.
    pub form: &'static str,
    /// Index into [`Gazetteer::entries`].
    pub entry: usize,
}

/// Every listed name, searchable in one pass.
pub struct Gazetteer {
    /// The entries.
    pub entries: Vec<Entry>,
    /// The surface forms, in pattern-id order of `automaton`: each id holds every
    /// listed form that is the same up to ASCII case (`Eni`, `ENI`).
    pub patterns: Vec<Vec<Pattern>>,
    /// The entry of each listed form, as written.
    pub by_form: HashMap<&'static str, usize>,
    /// Each pattern id's form in ASCII lower case, to be found in the text in ASCII
    /// lower case (offsets are the same).
    pub folded: Vec<Box<str>>,
    /// The pattern ids of the forms that open with each first word (the leading
    /// run of alphanumeric characters of the folded form, or its first character
    /// when that is none, as the `'` of `'Ndrangheta`), longest form first: a form
    /// can start only at a word of the text that is one of these keys.
    pub first_words: HashMap<Box<str>, Box<[Opening]>>,
    /// The same for the forms written with a lower-case first letter (`il Sole 24
    /// Ore`, `de Blasio`): the only ones a word in lower case can be read as (see
    /// `gazetteer::case_ok`), and a few keys, so most words of a text are looked up
    /// in this small table.
    pub lower_first_words: HashMap<Box<str>, Box<[Opening]>>,
    /// Names searched only in articles on their topic.
    pub topical: Vec<Topical>,
}

/// A listed form under its key in [`Gazetteer::first_words`]: its pattern id, its
/// length, and the two bytes after the key (when it has them), which tell most forms
/// of a key apart without reading the form itself (a cache miss each).
#[derive(Debug, Clone, Copy)]
pub struct Opening {
    /// The pattern id.
    pub id: u32,
    /// The folded form's length in bytes.
    pub len: u32,
    /// The two bytes of the folded form after the key (zeros when it is shorter).
    pub after: [u8; 2],
}

/// Names that are ordinary words, searched (case-sensitive) only in an article that
/// contains all the topic `words` (the contrade of Siena with `Palio`).
pub struct Topical {
    /// Words the article must all contain.
    pub words: &'static [&'static str],
    /// The forms, as written: the pattern ids of [`Topical::automaton`].
    pub forms: Vec<&'static str>,
    /// The entry of each pattern id.
    pub entries: Vec<usize>,
    /// Built on first use: most processes never see the topic.
    automaton: std::sync::OnceLock<aho_corasick::AhoCorasick>,
}

impl Topical {
    /// Leftmost-longest, case-sensitive automaton over the forms.
    pub fn automaton(&self) -> &aho_corasick::AhoCorasick {
        self.automaton.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&self.forms)
                .expect("topical automaton")
        })
    }
}

fn add(
    entries: &mut Vec<Entry>,
    patterns: &mut Vec<Pattern>,
    seen: &mut HashSet<&'static str>,
    entry: Entry,
    forms: impl Iterator<Item = &'static str>,
) {
    let id = entries.len();
    entries.push(entry);
    for form in forms {
        if !form.is_empty() && seen.insert(form) {
            patterns.push(Pattern { form, entry: id });
        }
    }
}

fn listed(
    entries: &mut Vec<Entry>,
    patterns: &mut Vec<Pattern>,
    seen: &mut HashSet<&'static str>,
    file: &'static str,
    class: Class,
    (variants, case): (&mut Vec<Pattern>, bool),
) {
    for line in crate::lexicon::entries(file) {
        let mut f = line.split('\t');
        let name = f.next().unwrap_or_default();
        let aliases = f.next().unwrap_or_default();
        let entry = Entry {
            class,
            name,
            case_sensitive: false,
            needs_cue: false,
            outlet: false,
        };
        let forms = std::iter::once(name).chain(aliases.split('|'));
        let id = entries.len();
        for form in forms.clone().filter(|f| !f.is_empty()) {
            let cased = case.then(|| case_variants(form)).into_iter().flatten();
            for v in std::iter::once(form).chain(cased) {
                if v != form {
                    variants.push(Pattern { form: v, entry: id });
                }
                if let Some(a) = other_apostrophe(v) {
                    variants.push(Pattern { form: a, entry: id });
                }
            }
        }
        add(entries, patterns, seen, entry, forms);
    }
}

/// `form` with the other apostrophe (`Banca d’Italia` for `Banca d'Italia`, and the
/// other way round): news sites write the typographic one, lists the plain one.
/// Leaked like the case variants.
fn other_apostrophe(form: &str) -> Option<&'static str> {
    if !form.contains(['\'', '’']) {
        return None;
    }
    let swapped: String = form
        .chars()
        .map(|c| match c {
            '\'' => '’',
            '’' => '\'',
            c => c,
        })
        .collect();
    Some(Box::leak(swapped.into_boxed_str()))
}

/// Words that open a listed name whose other words may not change case: articles
/// (`La Destra` is not `La destra`, the right wing).
const ARTICLES: &[&str] = &["Il", "La", "Lo", "L", "I", "Gli", "Le", "The"];

/// Connectors inside a listed name, which keep their case (`Banca d'Italia`, `Cassa
/// Depositi e Prestiti`): the articulated prepositions of `data/it/function_words.tsv`,
/// `con`, `per`, and the connectors of English, French and German names.
const CONNECTORS: &[&str] = &CONNECTOR_ARRAY;
const CONNECTOR_ARRAY: [&str; 49] = crate::lexicon::concat(
    &[
        "and", "con", "der", "des", "die", "for", "les", "per", "the", "und", "von",
    ],
    crate::lexicon::function_words::ARTICULATED,
);

/// The most words of one name whose case [`case_variants`] changes.
const VARIANT_WORDS: usize = 3;

/// Number words inside a listed name, which keep their case (`Articolo Uno` is not
/// `Articolo uno`, the first article of a law).
const NUMBERS: &[&str] = &[
    "Uno", "Due", "Tre", "Quattro", "Cinque", "Sei", "Sette", "Otto", "Nove", "Dieci",
];

/// A word whose initial may change case: three letters or more, all lower case
/// after the first, not a connector nor a number.
fn plain_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_alphabetic)
        && w.chars().count() >= 3
        && cs.all(char::is_lowercase)
        && !CONNECTORS.contains(&w)
        && !NUMBERS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// The other ways news writes a listed name of several words: each word after the
/// first that is a [`plain_word`], with its initial in the other case (`Agenzia
/// delle Entrate` also as `Agenzia delle entrate`, `Partito comunista cinese` also
/// as `Partito Comunista Cinese`). None for a name that opens with an article or a
/// place (`Europa Verde` is not `Europa verde`, a green Europe), nor for one with
/// more than [`VARIANT_WORDS`] such words. The variants are leaked: they live as
/// long as the gazetteer, which lives as long as the program.
fn case_variants(form: &'static str) -> impl Iterator<Item = &'static str> {
    // Byte offsets of the initials that may change case.
    let mut at: Vec<usize> = Vec::new();
    let mut words = form.split(' ');
    let first = words.next().unwrap_or_default();
    let opener = first.split(['\'', '’']).next().unwrap_or_default();
    let fixed = !first.chars().next().is_some_and(char::is_uppercase)
        || ARTICLES.contains(&opener)
        || PLACE_WORDS.contains(first);
    let mut offset = first.len() + 1;
    for word in words {
        // `dell'Interno`: the word after the apostrophe.
        let skip = word
            .char_indices()
            .rfind(|&(_, c)| c == '\'' || c == '’')
            .map_or(0, |(k, c)| k + c.len_utf8());
        if plain_word(&word[skip..]) {
            at.push(offset + skip);
        }
        offset += word.len() + 1;
    }
    if fixed || at.len() > VARIANT_WORDS {
        at.clear();
    }
    (1..1usize << at.len()).map(move |mask| {
        let mut v = String::with_capacity(form.len() + 2);
        let mut from = 0;
        for (bit, &i) in at.iter().enumerate() {
            v.push_str(&form[from..i]);
            let c = form[i..].chars().next().unwrap_or(' ');
            match (mask >> bit & 1 == 1, c.is_uppercase()) {
                (true, true) => v.extend(c.to_lowercase()),
                (true, false) => v.extend(c.to_uppercase()),
                (false, _) => v.push(c),
            }
            from = i + c.len_utf8();
        }
        v.push_str(&form[from..]);
        &*Box::leak(v.into_boxed_str())
    })
}

/// Single words of `data/it/places.txt` (`Italia`, `Europa`), for [`case_variants`].
static PLACE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    entries(PLACES)
        .flat_map(|l| l.split(['\t', '|']))
        .filter(|f| !f.contains(' '))
        .collect()
});

/// The gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let (mut entries, mut patterns, mut seen) = (Vec::new(), Vec::new(), HashSet::default());
    let mut variants = Vec::new();
    for o in OUTLETS.iter() {
        let class = if o.kind == "public-agency" {
            Class::Organization
        } else {
            Class::Company
        };
        let case_sensitive = o.has("case-sensitive") || o.has("acronym");

        let forms: Vec<&'static str> = std::iter::once(o.name)
            .chain(o.aliases.iter().copied())
            .filter(|f| {
                f.chars().next().is_some_and(char::is_uppercase)
                    || ["il ", "la ", "l'"].iter().any(|a| f.starts_with(a))
            })
            .collect();
        for form in forms {
            // Forms of outlets that are also words need a cue: one word (`Domani`), or
            // an article and one word (`la Repubblica`, `Il Tempo`).
            let words: Vec<&str> = form.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
            let article = words.first().is_some_and(|w| {
                ["il", "la", "l", "lo", "the"].contains(&w.to_lowercase().as_str())
            });
            let one_word = words.len() == 1 || words.len() == 2 && article;
            let needs_cue = one_word && o.has("case-sensitive")
                || o.has("acronym") && form.chars().count() <= 3;
            let entry = Entry {
                class,
                name: o.name,
                case_sensitive,
                needs_cue,
                outlet: true,
            };
            let id = entries.len();
            add(
                &mut entries,
                &mut patterns,
                &mut seen,
                entry,
                std::iter::once(form),
            );
            // `Corriere della sera` for `Corriere della Sera`, as for listed names;
            // not for outlets whose names are words (case-sensitive).
            let cased = (!case_sensitive).then(|| case_variants(form));
            for v in std::iter::once(form).chain(cased.into_iter().flatten()) {
                if v != form {
                    variants.push(Pattern { form: v, entry: id });
                }
                if let Some(a) = other_apostrophe(v) {
                    variants.push(Pattern { form: a, entry: id });
                }
            }
        }
    }
    listed(
        &mut entries,
        &mut patterns,
        &mut seen,
        COMPANIES,
        Class::Company,
        (&mut variants, true),
    );
    listed(
        &mut entries,
        &mut patterns,
        &mut seen,
        ORGANIZATIONS,
        Class::Organization,
        (&mut variants, true),
    );
    listed(
        &mut entries,
        &mut patterns,
        &mut seen,
        PEOPLE,
        Class::Person,
        (&mut variants, false),
    );
    listed(
        &mut entries,
        &mut patterns,
        &mut seen,
        PRODUCTS,
        Class::Product,
        (&mut variants, false),
    );
    listed(
        &mut entries,
        &mut patterns,
        &mut seen,
        PLACES,
        Class::Place,
        (&mut variants, false),
    );
    // The case and apostrophe variants of listed names, after every name as listed: a
    // listed form always wins over another name's variant.
    patterns.extend(variants.into_iter().filter(|p| seen.insert(p.form)));
    // The contrade of Siena: as written, searched only in an article about the
    // Palio (their names are ordinary words: `Onda`, `Torre`).
    let mut forms: Vec<(&'static str, usize)> = Vec::new();
    for line in crate::lexicon::entries(CONTRADE) {
        let mut f = line.split('\t');
        let name = f.next().unwrap_or_default();
        let aliases = f.next().unwrap_or_default();
        entries.push(Entry {
            class: Class::Organization,
            name,
            case_sensitive: true,
            needs_cue: false,
            outlet: false,
        });
        let id = entries.len() - 1;
        forms.extend(
            std::iter::once(name)
                .chain(aliases.split('|'))
                .filter(|f| !f.is_empty())
                .map(|f| (f, id)),
        );
    }
    let palio = Topical {
        words: &["Palio", "contrad"],
        forms: forms.iter().map(|f| f.0).collect(),
        entries: forms.iter().map(|f| f.1).collect(),
        automaton: std::sync::OnceLock::new(),
    };
    let by_form = patterns.iter().map(|p| (p.form, p.entry)).collect();
    let mut grouped: Vec<Vec<Pattern>> = Vec::new();
    let mut by_fold: HashMap<String, usize> = HashMap::default();
    for p in patterns {
        let id = *by_fold
            .entry(p.form.to_ascii_lowercase())
            .or_insert_with(|| {
                grouped.push(Vec::new());
                grouped.len() - 1
            });
        grouped[id].push(p);
    }
    let patterns = grouped;
    let folded: Vec<Box<str>> = patterns
        .iter()
        .map(|p| p[0].form.to_ascii_lowercase().into())
        .collect();
    // Every form by its key, and apart the forms written with a lower-case first
    // letter (`il Sole 24 Ore`): only those can be read at a lower-case word.
    let mut by_first: HashMap<Box<str>, Vec<u32>> = HashMap::default();
    let mut by_first_lower: HashMap<Box<str>, Vec<u32>> = HashMap::default();
    for (id, f) in folded.iter().enumerate() {
        let key: Box<str> = f[..key_end(f, 0).0].into();
        if patterns[id]
            .iter()
            .any(|p| p.form.chars().next().is_some_and(char::is_lowercase))
        {
            by_first_lower
                .entry(key.clone())
                .or_default()
                .push(id as u32);
        }
        by_first.entry(key).or_default().push(id as u32);
    }
    let longest_first = |by: HashMap<Box<str>, Vec<u32>>| {
        by.into_iter()
            .map(|(k, mut ids)| {
                ids.sort_by_key(|&id| std::cmp::Reverse(folded[id as usize].len()));
                let openings: Box<[Opening]> = ids
                    .iter()
                    .map(|&id| {
                        let f = folded[id as usize].as_bytes();
                        let after = match f.get(k.len()..k.len() + 2) {
                            Some(&[a, b]) => [a, b],
                            _ => [0, 0],
                        };
                        Opening {
                            id,
                            len: f.len() as u32,
                            after,
                        }
                    })
                    .collect();
                (k, openings)
            })
            .collect()
    };
    let first_words = longest_first(by_first);
    let lower_first_words = longest_first(by_first_lower);
    Gazetteer {
        entries,
        patterns,
        by_form,
        folded,
        first_words,
        lower_first_words,
        topical: vec![palio],
    }
});

impl Gazetteer {
    /// The longest listed form at byte `p` of `lower` (the text in ASCII lower case),
    /// where the key `lower[p..key_end]` starts (see [`key_end`]): its pattern
    /// id and end. With `lower_case` (the text has a lower-case letter there), only
    /// the forms written so.
    pub fn longest_form_at(
        &self,
        lower: &str,
        p: usize,
        key_end: usize,
        lower_case: bool,
    ) -> Option<(usize, usize)> {
        let table = if lower_case {
            &self.lower_first_words
        } else {
            &self.first_words
        };
        let openings = table.get(&lower[p..key_end])?;
        let rest = &lower.as_bytes()[p..];
        // Every form here starts with the key: its length and the two bytes after the
        // key (a separator and the next word's first letter) rule out most forms
        // without reading them.
        let k = key_end - p;
        let next = (rest.get(k).copied(), rest.get(k + 1).copied());
        openings.iter().find_map(|o| {
            let len = o.len as usize;
            let fits =
                len <= rest.len() && (len < k + 2 || next == (Some(o.after[0]), Some(o.after[1])));
            let id = o.id as usize;
            (fits && rest.starts_with(self.folded[id].as_bytes())).then_some((id, p + len))
        })
    }
}

/// The end of the key of a listed form or a text position at byte `from` of `s`:
/// the run of alphanumeric characters there (and `true`: a word), or else the one
/// character there (`false`).
pub fn key_end(s: &str, from: usize) -> (usize, bool) {
    match word_end(s, from) {
        end if end > from => (end, true),
        // (an ASCII byte is one character)
        _ if s.as_bytes().get(from).is_some_and(u8::is_ascii) => (from + 1, false),
        _ => (
            from + s[from..].chars().next().map_or(0, char::len_utf8),
            false,
        ),
    }
}

/// The end of the run of alphanumeric characters of `s` that starts at byte `from`
/// (`from` itself when none does).
pub fn word_end(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(&byte) = b.get(i) {
        if ASCII_ALNUM[usize::from(byte)] {
            i += 1;
        } else if byte.is_ascii() {
            break;
        } else {
            match s[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Given names, as written (`Mario`, `Jean-Claude`).
pub static FIRST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(FIRST_NAMES).collect());

/// Lower-case words that are not names when capitalised.
pub static STOP: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| crate::lexicon::entity_stopwords().collect());

/// Whether a head word opens the name or closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// `Ministero ...`, `Banca ...`.
    Head,
    /// `... Group`, `... University`.
    Tail,
    /// Either.
    Both,
}

/// Head and tail words (`Ministero`, `Group`) with the class they give a name.
pub static HEADS_MAP: LazyLock<HashMap<&'static str, (Class, Position)>> = LazyLock::new(|| {
    entries(HEADS)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let word = f.next()?;
            let c = class(f.next()?);
            let p = match f.next()? {
                "head" => Position::Head,
                "tail" => Position::Tail,
                _ => Position::Both,
            };
            Some((word, (c, p)))
        })
        .collect()
});

/// Words that may follow a listed company's name in one run (`data/it/company_tails.tsv`),
/// each with whether the longer name is the same company (`Fiat Group`) or one of its
/// own (`Microsoft Italia`).
pub static COMPANY_TAILS: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    entries(crate::lexicon::COMPANY_TAILS)
        .filter_map(|l| {
            let (word, same) = l.split_once('\t')?;
            Some((word, same == "same"))
        })
        .collect()
});

/// Cues (`società`, `amministratore delegato`) with the class they give the next name.
pub static CUES_MAP: LazyLock<HashMap<&'static str, Class>> = LazyLock::new(|| {
    entries(CUES)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, class(f.next()?)))
        })
        .collect()
});

/// The first words and the last words of the cues of [`CUES_MAP`]: a phrase that does
/// not start with one and end with another is no cue, and is never built to be looked up.
pub static CUE_EDGES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let mut edges = (HashSet::default(), HashSet::default());
        for cue in CUES_MAP.keys() {
            let mut words = cue.split(' ');
            if let Some(first) = words.next() {
                edges.0.insert(first);
                edges.1.insert(words.next_back().unwrap_or(first));
            }
        }
        edges
    });

/// The longest cue, in words.
pub static CUE_WORDS: LazyLock<usize> = LazyLock::new(|| {
    CUES_MAP
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1)
});

/// Every list of the module with its name, for tests.
#[cfg(test)]
pub const ALL: &[(&str, &str)] = &[
    ("companies.txt", COMPANIES),
    ("company_tails.tsv", crate::lexicon::COMPANY_TAILS),
    ("organizations.txt", ORGANIZATIONS),
    ("products.txt", PRODUCTS),
    ("places.txt", PLACES),
    ("people.txt", PEOPLE),
    ("first_names.txt", FIRST_NAMES),
    ("palio_contrade.txt", CONTRADE),
    ("entity_heads.tsv", HEADS),
    ("entity_cues.tsv", CUES),
    ("entity_stopwords.txt", crate::lexicon::ENTITY_STOPWORDS),
    ("not_names.txt", crate::lexicon::NOT_NAMES),
];

#[cfg(test)]
mod variant_tests {
    use super::case_variants;

    fn variants(form: &'static str) -> Vec<&'static str> {
        let mut v: Vec<_> = case_variants(form).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn each_plain_word_after_the_first_in_the_other_case() {
        assert_eq!(variants("Agenzia delle Entrate"), ["Agenzia delle entrate"]);
        assert_eq!(
            variants("Ministero dell'Interno"),
            ["Ministero dell'interno"]
        );
        assert_eq!(
            variants("Partito comunista cinese"),
            [
                "Partito Comunista Cinese",
                "Partito Comunista cinese",
                "Partito comunista Cinese"
            ]
        );
        // Acronyms, numbers and short words keep their case.
        assert_eq!(variants("Commissione UE"), Vec::<&str>::new());
        assert_eq!(variants("Movimento 5 Stelle"), ["Movimento 5 stelle"]);
        // Number words keep their case: `Articolo uno` is an article of a law.
        assert!(variants("Articolo Uno").is_empty());
        assert_eq!(
            variants("Movimento Cinque Stelle"),
            ["Movimento Cinque stelle"]
        );
    }

    #[test]
    fn the_other_apostrophe() {
        assert_eq!(
            super::other_apostrophe("Banca d'Italia"),
            Some("Banca d’Italia")
        );
        assert_eq!(super::other_apostrophe("’Ndrangheta"), Some("'Ndrangheta"));
        assert_eq!(super::other_apostrophe("Eni"), None);
    }

    #[test]
    fn none_after_an_article_or_a_place_or_for_long_names() {
        assert!(variants("La Destra").is_empty());
        assert!(variants("L'Ulivo").is_empty());
        assert!(variants("Europa Verde").is_empty());
        assert!(variants("Eni").is_empty());
        assert!(variants("Istituto Nazionale Fisica Nucleare Sezione").is_empty());
        assert!(variants("ministero degli esteri").is_empty());
    }
}
