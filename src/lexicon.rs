//! The Italian language data of `data/it/`, embedded in the binary here and nowhere
//! else, and parsed once.
//!
//! Every list is a text file with one entry a line; lines starting with `#` are
//! comments (each file opens with a header saying what it holds and where it comes
//! from). Extractors ask this module for their lists and keep their own matching
//! logic; no other file of `src/` embeds a file of `data/` (a test checks it). Tests
//! check that each file is sorted, unique and trimmed, and that every file of
//! `data/it/` is registered in [`FILES`].

use std::collections::HashSet;
use std::sync::LazyLock;

/// Declares one `pub const NAME: &str` per file of `data/it/` and the table
/// [`FILES`] of them all, so each file is embedded exactly once.
macro_rules! language_data {
    ($($(#[doc = $doc:literal])* $name:ident = $file:literal;)*) => {
        $(
            $(#[doc = $doc])*
            #[doc = concat!("\n\n(`data/it/", $file, "`)")]
            pub const $name: &str = include_str!(concat!("../data/it/", $file));
        )*
        /// Every embedded file of `data/it/` with its name, in file-name order.
        pub const FILES: &[(&str, &str)] = &[$(($file, $name)),*];
    };
}

language_data! {
    /// Abbreviations that never end a sentence.
    ABBREVIATIONS = "abbreviations.txt";
    /// Word prefixes that make `da X a Y` a change, not a range (amounts).
    AMOUNTS_CHANGE_CUES = "amounts_change_cues.txt";
    /// Word prefixes that make a bare scaled figure money (amounts).
    AMOUNTS_MONEY_CUES = "amounts_money_cues.txt";
    /// Words before a number, normalised, and the qualifier they give; tab-separated.
    AMOUNTS_QUALIFIERS = "amounts_qualifiers.tsv";
    /// Verbs of the clause reader: infinitive, class, irregular forms; tab-separated.
    CLAUSE_VERBS = "clause_verbs.tsv";
    /// Companies: `Canonical[TAB]Alias|Alias`.
    COMPANIES = "companies.txt";
    /// Words after a listed company's name, and whether the longer name is the same
    /// company or one of its own: `Word TAB same|own`.
    COMPANY_TAILS = "company_tails.tsv";
    /// Currency forms with their ISO 4217 code and a flag; tab-separated.
    CURRENCIES = "currencies.tsv";
    /// Verbs right after a name that make it the subject of a new clause.
    DEAL_CLAUSE_VERBS = "deal_clause_verbs.txt";
    /// Nouns and nationality adjectives between an article and a company in a deal object.
    DEAL_COMPANY_NOUNS = "deal_company_nouns.txt";
    /// Deal cues: `ROLE FORM`.
    DEAL_CUES = "deal_cues.txt";
    /// Words that deny or cancel a deal before its cue.
    DEAL_DENIALS = "deal_denials.txt";
    /// Titles of those who act for a company (`il presidente di X`).
    DEAL_EXECUTIVES = "deal_executives.txt";
    /// Words that make a deal a hypothesis or an intention before its cue.
    DEAL_HEDGES = "deal_hedges.txt";
    /// Capitalised words of business prose that name no company.
    DEAL_NOT_PARTIES = "deal_not_parties.txt";
    /// Words before an amount that make it something other than a deal's worth.
    DEAL_NOT_WORTH = "deal_not_worth.txt";
    /// First words of the names of governments and public administrations.
    DEAL_PUBLIC_BODIES = "deal_public_bodies.txt";
    /// Nouns that make `di X` name another party than X (`la rivale di X`).
    DEAL_RELATIONAL_NOUNS = "deal_relational_nouns.txt";
    /// Words before a name that make it a source, not a party of a deal.
    DEAL_SOURCE_WORDS = "deal_source_words.txt";
    /// How a sentence giving the worth of the deal just reported opens.
    DEAL_WORTH_OPENERS = "deal_worth_openers.txt";
    /// Unnamed sources (`fonti vicine al dossier`): a reporting conditional that cites
    /// one is a rumour, not a deal.
    DEAL_UNNAMED_SOURCES = "deal_unnamed_sources.txt";
    /// Lower-case words right before a name that give its kind: `words TAB kind`.
    ENTITY_CUES = "entity_cues.tsv";
    /// Words that make a capitalised run an organization: `Word TAB kind TAB head|tail`.
    ENTITY_HEADS = "entity_heads.tsv";
    /// Lower-case words that are no name when capitalised, besides [`NOT_NAMES`] (read
    /// both with [`entity_stopwords`]).
    ENTITY_STOPWORDS = "entity_stopwords.txt";
    /// Given names.
    FIRST_NAMES = "first_names.txt";
    /// Italian function words with their class: articles, prepositions, articulated
    /// prepositions with their preposition and article, auxiliaries. The constants of
    /// [`function_words`] are generated from it.
    FUNCTION_WORDS_TSV = "function_words.tsv";
    /// Lower-case words that open sentences with a capital and never name anything,
    /// shared by the entity and the quote stage.
    NOT_NAMES = "not_names.txt";
    /// News agencies and outlets: canonical, aliases, kind, country, flags; tab-separated.
    NEWS_AGENCIES = "news_agencies.tsv";
    /// Organizations that are not companies: `Canonical[TAB]Alias|Alias`.
    ORGANIZATIONS = "organizations.txt";
    /// The seventeen contrade of Siena.
    PALIO_CONTRADE = "palio_contrade.txt";
    /// Well-known people: `Full name[TAB]Surname|Alias`.
    PEOPLE = "people.txt";
    /// Countries, regions, cities, seas and areas.
    PLACES = "places.txt";
    /// Product names that are never organizations.
    PRODUCTS = "products.txt";
    /// Short adverbs and clitics between an auxiliary and its participle (`ha poi aggiunto`).
    QUOTE_ADVERBS = "quote_adverbs.txt";
    /// Auxiliary forms (third person) of compound reporting tenses (`ha detto`, `si è detta`).
    QUOTE_AUXILIARIES = "quote_auxiliaries.txt";
    /// Capitalised words that never start a speaker's name, besides [`NOT_NAMES`]
    /// (read both with [`quote_not_names`]).
    QUOTE_NOT_NAMES = "quote_not_names.txt";
    /// Nouns of bodies that may speak (`l'associazione`), resolved to the last
    /// organization (quotes).
    QUOTE_BODY_NOUNS = "quote_body_nouns.txt";
    /// Role nouns that head a speaker description.
    QUOTE_ROLES = "quote_roles.txt";
    /// Nouns that announce a title or a term in quotation marks, not someone's words.
    QUOTE_TITLE_NOUNS = "quote_title_nouns.txt";
    /// Reporting verbs and cues: form, lemma, slot, class, flag; tab-separated.
    /// Generated by `scripts/gen_reporting_verbs.py` (see [`GENERATOR_SOURCES`]).
    REPORTING_VERBS = "reporting_verbs.tsv";
    /// Abbreviations that may end a sentence (`a.C.`, `ecc.`).
    SENTENCE_FINAL_ABBREVIATIONS = "sentence_final_abbreviations.txt";
    /// Anonymous source phrases (`fonti vicine a`).
    SOURCE_ANONYMOUS = "source_anonymous.txt";
    /// Words that mark an outlet or issuer as the origin of information (`secondo`, `stando a`).
    SOURCE_CUES = "source_cues.txt";
    /// Nouns of statements, reports, studies and data sets whose issuer is cited (`rapporto`).
    SOURCE_DOCUMENT_NOUNS = "source_document_nouns.txt";
    /// Nouns of media that a source may be (`quotidiano`, `agenzia`).
    SOURCE_MEDIA_NOUNS = "source_media_nouns.txt";
    /// Head nouns of organizations cited as sources.
    SOURCE_ORG_HEADS = "source_org_heads.txt";
    /// Nouns of a unit inside a body (`l'ufficio studi di`): its reports are the body's.
    SOURCE_UNIT_NOUNS = "source_unit_nouns.txt";
    /// Forms of the verbs of estimating (`stima`, `ha calcolato`): a body that
    /// estimates passes on a statement (sources).
    SOURCE_ESTIMATE_VERBS = "source_estimate_verbs.txt";
    /// Lemmas of a public stance on a thing (`ha criticato i bombardamenti`): a body
    /// that takes one passes on a statement (sources).
    SOURCE_STANCE_VERBS = "source_stance_verbs.txt";
}

#[rustfmt::skip]
pub mod function_words;
mod grammar;

pub use grammar::{FunctionWord, WordClass};
#[cfg(test)]
mod generate;

/// The function word written `form` (lower case, elision with `'`), if it is one.
pub fn function_word(form: &str) -> Option<&'static FunctionWord> {
    let table = function_words::FUNCTION_WORDS;
    table
        .binary_search_by(|w| w.form.cmp(form))
        .ok()
        .map(|i| &table[i])
}

/// The bare preposition of a preposition or an articulated preposition: `al`, `all'`,
/// `ad` → `a`; `dei`, `d'` → `di`. `None` for any other word.
pub fn bare_preposition(form: &str) -> Option<&'static str> {
    function_word(form)
        .filter(|w| {
            matches!(
                w.class,
                WordClass::Preposition | WordClass::ArticulatedPreposition
            )
        })
        .and_then(|w| w.base)
}

/// The auxiliary forms of `lemma` (`avere` or `essere`) in `data/it/function_words.tsv`.
pub fn auxiliaries_of(lemma: &str) -> impl Iterator<Item = &'static str> + '_ {
    function_words::FUNCTION_WORDS
        .iter()
        .filter(move |w| w.class == WordClass::Auxiliary && w.base == Some(lemma))
        .map(|w| w.form)
}

/// Two lists of words as one array, at compile time, so that a list of the code can
/// be a generated list plus its own few words (`concat::<9>(FORMS_OF_DA, &["presso"])`).
/// `N` must be the sum of the two lengths (a compile-time error otherwise).
pub const fn concat<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(
        a.len() + b.len() == N,
        "concat: N must be the sum of the lengths"
    );
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[i + j] = b[j];
        j += 1;
    }
    out
}

/// The files of `data/it/` that are not embedded: the sources that
/// `scripts/gen_reporting_verbs.py` makes `reporting_verbs.tsv` of (checked by the tests
/// of `src/lexicon/generate.rs`).
pub const GENERATOR_SOURCES: &[&str] = &["reporting_cues.tsv", "reporting_verb_lemmas.tsv"];

/// News agencies and outlets, under the name the attribution code reads.
pub const NEWS_OUTLETS: &str = NEWS_AGENCIES;

/// The entries of a word-list file: non-empty lines that are not comments.
pub fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words that are no entity's name when capitalised: [`NOT_NAMES`], shared with the
/// quote stage, and [`ENTITY_STOPWORDS`], the entity stage's own.
pub fn entity_stopwords() -> impl Iterator<Item = &'static str> {
    entries(NOT_NAMES).chain(entries(ENTITY_STOPWORDS))
}

/// The words that never start a speaker's name: [`NOT_NAMES`], shared with the entity
/// stage, and [`QUOTE_NOT_NAMES`], the quote stage's own.
pub fn quote_not_names() -> impl Iterator<Item = &'static str> {
    entries(NOT_NAMES).chain(entries(QUOTE_NOT_NAMES))
}

static ABBREVIATION_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(ABBREVIATIONS).collect());

/// True when `word` (without its final full stop) is a known abbreviation, in any case.
pub fn is_abbreviation(word: &str) -> bool {
    if word.chars().all(|c| !c.is_uppercase()) {
        return ABBREVIATION_SET.contains(word);
    }
    ABBREVIATION_SET.contains(word.to_lowercase().as_str())
}

static SENTENCE_FINAL_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(SENTENCE_FINAL_ABBREVIATIONS).collect());

/// True when `word` (without its final full stop) is an abbreviation that can end a
/// sentence before a capital letter (`a.C.`, `ecc.`), in any case.
pub fn may_end_sentence(word: &str) -> bool {
    SENTENCE_FINAL_SET.contains(word.to_lowercase().as_str())
}

/// A news agency or outlet of `data/news_agencies.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// Canonical name (`ANSA`, `Il Sole 24 Ore`).
    pub name: &'static str,
    /// Other surface forms.
    pub aliases: Vec<&'static str>,
    /// `agency`, `newspaper`, `magazine`, `broadcaster`, `online`, `data`,
    /// `rating-agency`, `public-agency`, ...
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 country (or `EU`, `VA`).
    pub country: &'static str,
    /// `case-sensitive`, `paren-dateline`, `acronym`, `exonym-it`, `not-news`.
    pub flags: Vec<&'static str>,
}

impl Outlet {
    /// True when the outlet carries `flag`.
    pub fn has(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }
}

/// Every outlet of `data/news_agencies.tsv`, parsed once.
pub static OUTLETS: LazyLock<Vec<Outlet>> = LazyLock::new(|| {
    entries(NEWS_OUTLETS)
        .filter_map(|line| {
            let mut f = line.split('\t');
            let name = f.next()?;
            let aliases = f
                .next()
                .filter(|a| *a != "-")
                .map_or_else(Vec::new, |a| a.split('|').collect());
            let kind = f.next()?;
            let country = f.next().unwrap_or("-");
            let flags = f
                .next()
                .filter(|x| *x != "-")
                .map_or_else(Vec::new, |x| x.split(',').collect());
            Some(Outlet {
                name,
                aliases,
                kind,
                country,
                flags,
            })
        })
        .collect()
});

/// A reporting verb form or cue of `data/reporting_verbs.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportingVerb {
    /// The form as written (`dice`, `ha detto`; multi-word cues contain spaces).
    pub form: &'static str,
    /// The lemma (`dire`).
    pub lemma: &'static str,
    /// Morphological slot (`PRES3S`, `PP_MS`, `MWE_*`, `CUE` ...).
    pub slot: &'static str,
    /// Semantic class (`speech`, `writing`, `anonymous`, `prep` ...).
    pub class: &'static str,
    /// True when the form is also a frequent noun or adjective (`nota`, `accusa`).
    pub ambiguous: bool,
}

/// Every reporting verb form of `data/reporting_verbs.tsv`, parsed once.
pub static REPORTING: LazyLock<Vec<ReportingVerb>> = LazyLock::new(|| {
    entries(REPORTING_VERBS)
        .filter_map(|line| {
            let mut f = line.split('\t');
            Some(ReportingVerb {
                form: f.next()?,
                lemma: f.next()?,
                slot: f.next()?,
                class: f.next()?,
                ambiguous: f.next() == Some("ambiguous"),
            })
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `data/it/*.txt` and `data/it/*.tsv` file, registered in [`FILES`] or not.
    #[test]
    fn lists_are_sorted_unique_and_trimmed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/it");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let texts: Vec<(String, String)> = files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "tsv"))
            .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
            .collect();
        assert_eq!(
            texts.len(),
            FILES.len() + GENERATOR_SOURCES.len(),
            "every file of data/it/ is in FILES or GENERATOR_SOURCES"
        );
        for (name, file) in &texts {
            let list: Vec<&str> = file
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .collect();
            assert!(!list.is_empty(), "{name} is empty");
            for e in &list {
                assert_eq!(*e, e.trim(), "{name}: untrimmed entry {e:?}");
            }
            for w in list.windows(2) {
                assert!(
                    w[0] < w[1],
                    "{name}: {:?} must come before {:?} and be unique",
                    w[1],
                    w[0]
                );
            }
        }
    }

    /// This module is the only one that embeds language data: no other file of
    /// `src/` names a file of `data/` in an `include_str!`/`include_bytes!`.
    #[test]
    fn only_the_lexicon_embeds_data() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if !path.ends_with("lexicon") {
                        walk(&path, found);
                    }
                } else if path.extension().is_some_and(|x| x == "rs")
                    && !path.ends_with("lexicon.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for line in text.lines() {
                        let embeds =
                            line.contains("include_str!(") || line.contains("include_bytes!(");
                        if embeds && line.contains("data/") {
                            found.push(format!("{}: {}", path.display(), line.trim()));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(
            found.is_empty(),
            "embed data/ through crate::lexicon: {found:#?}"
        );
    }

    /// The function words by form: class, preposition and article of each kind.
    #[test]
    fn function_words_by_form() {
        let della = function_word("della").unwrap();
        assert_eq!(della.class, WordClass::ArticulatedPreposition);
        assert_eq!((della.base, della.article), (Some("di"), Some("la")));
        assert_eq!(function_word("l'").unwrap().class, WordClass::Article);
        assert_eq!(function_word("sarebbe").unwrap().base, Some("essere"));
        assert_eq!(function_word("casa"), None);
        for (form, bare) in [("sull'", "su"), ("ad", "a"), ("d'", "di"), ("negli", "in")] {
            assert_eq!(bare_preposition(form), Some(bare), "{form}");
        }
        assert_eq!(bare_preposition("la"), None);
        assert_eq!(bare_preposition("ha"), None);
        // Five prepositions fuse with seven articles; con with three (col, coi, coll').
        assert_eq!(function_words::ARTICULATED.len(), 38);
        assert_eq!(bare_preposition("col"), Some("con"));
        assert!(function_words::ARTICULATED_BARE.contains(&"dell"));
        const BOTH: [&str; 3] = concat(&["a"], &["b", "c"]);
        assert_eq!(BOTH, ["a", "b", "c"]);
    }

    #[test]
    fn tables_parse() {
        assert!(OUTLETS.len() > 300);
        assert!(OUTLETS
            .iter()
            .any(|o| o.name == "ANSA" && o.has("paren-dateline")));
        assert!(REPORTING.len() > 2000);
        assert!(REPORTING
            .iter()
            .any(|v| v.form == "dice" && v.lemma == "dire"));
    }

    #[test]
    fn abbreviations_match_any_case() {
        assert!(is_abbreviation("dott"));
        assert!(is_abbreviation("Sig.ra"));
        assert!(is_abbreviation("ING"));
        assert!(!is_abbreviation("casa"));
        assert!(entries(ABBREVIATIONS).count() > 250);
    }
}

/// The word classes of a lower-case word, as bits (see [`word_class`]): what the
/// document's token stream (`reader::tokens`) stores once per token, so that an
/// extractor asks one bit instead of scanning a list of forms.
pub mod word_class {
    /// `il`, `lo`, `la`, `l'`, `un`...
    pub const ARTICLE: u16 = 1;
    /// `di`, `a`, `da`, `in`, `con`, `su`, `per`, `tra`, `fra`.
    pub const PREPOSITION: u16 = 1 << 1;
    /// `del`, `alla`, `dall'`, `nei`...
    pub const ARTICULATED: u16 = 1 << 2;
    /// A stem written before an apostrophe (`dell'`, `l'`, `un'`, `quest'`).
    pub const ELIDED: u16 = 1 << 3;
    /// An auxiliary of a compound tense (`ha`, `aveva`, `è`: `data/quote_auxiliaries.txt`).
    pub const AUXILIARY: u16 = 1 << 4;
    /// The first word of a form of `data/reporting_verbs.tsv`, cut at spaces and
    /// apostrophes (`dice`, `dichiarato`, `secondo` of `secondo quanto`): a word
    /// without it opens no reporting cue.
    pub const REPORTING: u16 = 1 << 5;
    /// The first word of a deal cue of `data/deal_cues.txt` (`acquisisce`, `rileva`).
    pub const DEAL_CUE: u16 = 1 << 6;
    /// A one-word form of `data/reporting_verbs.tsv` (`dice`, `dichiarato`).
    pub const REPORTING_ALONE: u16 = 1 << 7;
    /// The second word of a form of `data/reporting_verbs.tsv` of two words or more
    /// (`detto` of `ha detto`, `quanto` of `secondo quanto`).
    pub const REPORTING_NEXT: u16 = 1 << 8;
}

/// Lower-case form → word classes, from the lists above; built once.
static WORD_CLASSES: LazyLock<rustc_hash::FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    use word_class::*;
    let mut map = rustc_hash::FxHashMap::default();
    let mut add = |form: &'static str, class: u16| *map.entry(form).or_insert(0) |= class;
    for word in function_words::FUNCTION_WORDS {
        let class = match word.class {
            WordClass::Article | WordClass::IndefiniteArticle => ARTICLE,
            WordClass::Preposition => PREPOSITION,
            WordClass::ArticulatedPreposition => ARTICULATED,
            WordClass::Auxiliary | WordClass::Elided => 0,
        };
        // `dell'` is cut `dell` + `'` by the tokens: the stem is elided
        match word.form.strip_suffix('\'') {
            Some(stem) => add(stem, class | ELIDED),
            None if class != 0 => add(word.form, class),
            None => {}
        }
    }
    for form in entries(QUOTE_AUXILIARIES) {
        add(form, AUXILIARY);
    }
    for verb in self::REPORTING.iter() {
        let mut words = verb.form.split([' ', '\'']).filter(|w| !w.is_empty());
        if let Some(first) = words.next() {
            add(first, REPORTING);
            match words.next() {
                Some(second) => add(second, REPORTING_NEXT),
                None => add(first, REPORTING_ALONE),
            }
        }
    }
    for line in entries(DEAL_CUES) {
        if let Some(first) = line.split(' ').nth(1) {
            add(first, DEAL_CUE);
        }
    }
    map
});

/// [`WORD_CLASSES`] split for a fast look-up, since every word of every article is
/// looked up once: words of up to 8 bytes keyed by their bytes as one integer (no
/// string compare), longer ones by text; each behind a bit filter (64K bits for a few
/// thousand words) that most words in no class fail.
struct ClassIndex {
    short: rustc_hash::FxHashMap<u64, u16>,
    long: rustc_hash::FxHashMap<&'static str, u16>,
    /// Bit [`short_filter_bit`] of every short word's key.
    short_filter: Vec<u64>,
    /// Bit [`long_filter_bit`] of every long word.
    long_filter: Vec<u64>,
}

/// The bytes of a word of up to 8 bytes as one integer (a word has no NUL byte).
#[inline]
fn short_key(word: &str) -> u64 {
    // (shifts, not a copy of variable length: no call to `memcpy`)
    word.bytes()
        .enumerate()
        .fold(0, |key, (i, b)| key | u64::from(b) << (8 * i))
}

/// The filter bit of a short word's key.
#[inline]
fn short_filter_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// The filter bit of a long word: its length and its first and last two bytes.
#[inline]
fn long_filter_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let n = b.len();
    let h = (n as u32).wrapping_mul(0x9E37_79B9)
        ^ u32::from(b[0]).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(b[1]).wrapping_mul(0xC2B2_AE35)
        ^ u32::from(b[n - 2]).wrapping_mul(0x27D4_EB2F)
        ^ u32::from(b[n - 1]).wrapping_mul(0x1656_67B1);
    (h >> 16) as usize
}

static CLASS_INDEX: LazyLock<ClassIndex> = LazyLock::new(|| {
    let mut index = ClassIndex {
        short: rustc_hash::FxHashMap::default(),
        long: rustc_hash::FxHashMap::default(),
        short_filter: vec![0; 1 << 10],
        long_filter: vec![0; 1 << 10],
    };
    for (&word, &classes) in WORD_CLASSES.iter() {
        if word.len() <= 8 {
            let key = short_key(word);
            index.short.insert(key, classes);
            let bit = short_filter_bit(key);
            index.short_filter[bit / 64] |= 1 << (bit % 64);
        } else {
            index.long.insert(word, classes);
            let bit = long_filter_bit(word);
            index.long_filter[bit / 64] |= 1 << (bit % 64);
        }
    }
    index
});

/// The word classes of `lower` (a lower-case word without apostrophe), 0 for none.
#[inline]
pub fn word_classes(lower: &str) -> u16 {
    let index = &*CLASS_INDEX;
    if lower.is_empty() {
        0
    } else if lower.len() <= 8 {
        let key = short_key(lower);
        let bit = short_filter_bit(key);
        if index.short_filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        index.short.get(&key).copied().unwrap_or(0)
    } else {
        let bit = long_filter_bit(lower);
        if index.long_filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        index.long.get(lower).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod word_class_tests {
    use super::*;

    /// The split index answers as the map it is built from, for every word in it and
    /// for words that are not.
    #[test]
    fn index_answers_as_the_map() {
        for (&word, &classes) in WORD_CLASSES.iter() {
            assert_eq!(word_classes(word), classes, "{word}");
        }
        for word in [
            "",
            "x",
            "enel",
            "acquisizioni",
            "presidentessa",
            "dichiarazionii",
        ] {
            assert_eq!(
                word_classes(word),
                WORD_CLASSES.get(word).copied().unwrap_or(0)
            );
        }
        assert!(word_classes("dichiarato") & word_class::REPORTING != 0);
    }
}
