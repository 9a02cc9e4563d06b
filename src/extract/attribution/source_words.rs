//! The word lists of the source patterns and two small token helpers.

use super::tokens::{Lower, SentenceToken};
use crate::lexicon::entries;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

fn set(file: &'static str) -> FxHashSet<&'static str> {
    entries(file).collect()
}

pub(crate) static MEDIA: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_MEDIA_NOUNS));
pub(crate) static DOCUMENTS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_DOCUMENT_NOUNS));
pub(crate) static CUES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_CUES));
pub(crate) static ORG_HEADS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_ORG_HEADS));
/// Nouns of a unit inside a body (`ufficio`, `centro`), whose work is the body's.
pub(crate) static UNIT_NOUNS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_UNIT_NOUNS));
/// Lemmas of a public stance on a thing (`ha criticato i bombardamenti`).
pub(crate) static STANCE_LEMMAS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_STANCE_VERBS));
/// Forms of the verbs of estimating (`stima`, `ha calcolato`).
pub(crate) static ESTIMATE_FORMS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::SOURCE_ESTIMATE_VERBS));
pub(crate) static ANONYMOUS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut v: Vec<Vec<&'static str>> = entries(crate::lexicon::SOURCE_ANONYMOUS)
        .map(|l| l.split(' ').collect())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

pub(crate) static ANONYMOUS_FIRST: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ANONYMOUS.iter().map(|p| p[0]).collect());

/// Flag: the first word of an anonymous sourcing expression ([`ANONYMOUS_FIRST`]).
pub(crate) const F_ANONYMOUS: u8 = 1;
/// Flag: a media noun ([`MEDIA`]).
pub(crate) const F_MEDIA: u8 = 2;
/// Flag: a document noun ([`DOCUMENTS`]).
pub(crate) const F_DOCUMENT: u8 = 4;
/// Flag: the lower-case first word of an outlet name (see `outlets::outlet_at`).
pub(crate) const F_OUTLET: u8 = 8;
/// Flag: `secondo` or `stando`.
pub(crate) const F_SECONDO: u8 = 16;
/// Flag: `a` or `ad` (`A riferirlo sono`).
pub(crate) const F_A: u8 = 32;

/// Lower-case word → the lists it belongs to (the `F_` flags): one lookup per token
/// instead of one per list.
pub(crate) static FLAGS: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u8> = FxHashMap::default();
    let lists: [(&FxHashSet<&'static str>, u8); 3] = [
        (&ANONYMOUS_FIRST, F_ANONYMOUS),
        (&MEDIA, F_MEDIA),
        (&DOCUMENTS, F_DOCUMENT),
    ];
    for (set, flag) in lists {
        for w in set.iter() {
            *map.entry(w).or_default() |= flag;
        }
    }
    for w in super::outlets::first_words() {
        *map.entry(w).or_default() |= F_OUTLET;
    }
    for (w, flag) in [
        ("secondo", F_SECONDO),
        ("stando", F_SECONDO),
        ("a", F_A),
        ("ad", F_A),
    ] {
        *map.entry(w).or_default() |= flag;
    }
    map
});

/// The list flags of a lower-case word (0 when it is in none).
pub(crate) fn flags(lower: &str) -> u8 {
    FLAGS.get(lower).copied().unwrap_or(0)
}

/// Words after `fonti` that make it a journalistic source (`fonti vicine`, `fonti di governo`).
pub(crate) const FONTI_NEXT: &[&str] = &[
    "anonime",
    "americane",
    "autorevoli",
    "bene",
    "citate",
    "del",
    "dell",
    "della",
    "di",
    "diplomatiche",
    "europee",
    "giudiziarie",
    "governative",
    "informate",
    "interne",
    "investigative",
    "locali",
    "militari",
    "parlamentari",
    "qualificate",
    "sanitarie",
    "ufficiali",
    "ufficiose",
    "vicine",
];
/// Words before `fonti` that make it a journalistic source.
pub(crate) const FONTI_PREV: &[&str] = &[
    "alcune", "altre", "citando", "diverse", "numerose", "secondo", "stando", "varie",
];
/// Words near `voci` that make it rumours rather than voices.
pub(crate) const VOCI_NEAR: &[&str] = &[
    "circolano",
    "circolate",
    "corridoio",
    "insistenti",
    "placano",
    "rincorrono",
    "secondo",
    "smentisce",
    "smentito",
    "trapelate",
];

pub(crate) fn lower<'t>(text: &'t str, t: &SentenceToken) -> Lower<'t> {
    t.lower(text)
}

pub(crate) fn is_word(text: &str, t: Option<&SentenceToken>, set: &[&str]) -> bool {
    t.is_some_and(|t| t.word && set.contains(&lower(text, t).as_ref()))
}
