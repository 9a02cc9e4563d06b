//! The word lists of `data/`, embedded in the binary and parsed once.
//!
//! Every list is a text file with one entry a line; lines starting with `#` are
//! comments. Tests check that each file is sorted, unique and trimmed.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations that never end a sentence (`data/abbreviations.txt`).
pub const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");

/// Abbreviations that may end a sentence (`data/sentence_final_abbreviations.txt`).
pub const SENTENCE_FINAL_ABBREVIATIONS: &str =
    include_str!("../data/sentence_final_abbreviations.txt");

/// News agencies and outlets (`data/news_agencies.tsv`): canonical, aliases, kind,
/// country, flags; tab-separated.
pub const NEWS_OUTLETS: &str = include_str!("../data/news_agencies.tsv");

/// Italian reporting verbs and cues (`data/reporting_verbs.tsv`): form, lemma, slot,
/// class, flag; tab-separated.
pub const REPORTING_VERBS: &str = include_str!("../data/reporting_verbs.tsv");

/// The entries of a word-list file: non-empty lines that are not comments.
pub fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
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

/// Every embedded list with its file name, for the tests that keep them canonical.
pub const ALL: &[(&str, &str)] = &[
    ("abbreviations.txt", ABBREVIATIONS),
    (
        "sentence_final_abbreviations.txt",
        SENTENCE_FINAL_ABBREVIATIONS,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `data/*.txt` and `data/*.tsv` file, registered in [`ALL`] or not.
    #[test]
    fn lists_are_sorted_unique_and_trimmed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
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
        assert!(texts.len() >= ALL.len());
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

/// `data/function_words.tsv`: articles, prepositions, articulated prepositions and
/// elided stems with their word classes.
pub const FUNCTION_WORDS: &str = include_str!("../data/function_words.tsv");

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
    for line in entries(FUNCTION_WORDS) {
        let Some((form, classes)) = line.split_once('\t') else {
            continue;
        };
        for class in classes.split(' ') {
            match class {
                "article" => add(form, ARTICLE),
                "preposition" => add(form, PREPOSITION),
                "articulated" => add(form, ARTICULATED),
                "elided" => add(form, ELIDED),
                _ => {}
            }
        }
    }
    for form in entries(include_str!("../data/quote_auxiliaries.txt")) {
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
    for line in entries(include_str!("../data/deal_cues.txt")) {
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
