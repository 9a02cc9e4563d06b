//! The words that speaker and source reading share: role and kinship nouns, given
//! names, words that never start a name, determiners, prepositions and name particles.
//! Word lists only; the name index built on them is [`super::names`].

use super::tokens::SentenceToken;
use crate::lexicon::entries;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

pub(crate) fn set(file: &'static str) -> FxHashSet<&'static str> {
    entries(file).collect()
}

/// Capitalised words that never start a name (`crate::lexicon::quote_not_names`).
pub(crate) static NOT_NAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::lexicon::quote_not_names().collect());
/// Role nouns that head a speaker description (`data/quote_roles.txt`).
pub(crate) static ROLES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::QUOTE_ROLES));

/// Given names (`data/first_names.txt`): in a capitalised run glued to a complement
/// (`della Konya Galip Sef`, `di Valdora Mario Rossi`) the person starts at one.
pub(crate) static FIRST_NAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::FIRST_NAMES));

/// The plurals of the role nouns (`economisti`, `giudici`, `medici`): a plural role
/// heads a description of people (`i medici`, `uno dei carabinieri`) and refers back
/// to the people it introduced (`gli economisti della Banca Rossi Anna Neri e ...`);
/// unlike the singulars they may start a name when capitalised (`Generali`).
pub(crate) static PLURAL_ROLES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    ROLES
        .iter()
        .filter_map(|w| plural(w))
        .filter(|p| !ROLES.contains(p.as_str()))
        .collect()
});

/// The plural of a role noun: `-co` → `-ci`, `-o`/`-a`/`-e` → `-i`; `None` when
/// it does not change (`leader`, `ceo`, `pm`).
pub(crate) fn plural(w: &str) -> Option<String> {
    let stem = w.strip_suffix(['o', 'a', 'e'])?;
    if w.len() <= 3 {
        return None;
    }
    Some(format!("{stem}i"))
}

/// Articles and determiners that open a description (apostrophe cut off: `l`, `un`).
pub(crate) const DETERMINERS: &[&str] = crate::lexicon::function_words::DETERMINERS_BARE;
/// Prepositions (simple and articulated): a name after one is a complement, not a subject.
/// The simple ones as this reader wants them: the proper prepositions with `ad`, and
/// `contro`, `verso`; not the elided `d'`, whose `d` token is a name's particle here.
/// The articulated ones from `data/it/function_words.tsv`, apostrophe cut off (`dell`).
pub(crate) const PREPOSITIONS: &[&str] = &PREPOSITION_ARRAY;
const PREPOSITION_ARRAY: [&str; 50] = crate::lexicon::concat(
    &[
        "a", "ad", "con", "contro", "da", "di", "fra", "in", "per", "su", "tra", "verso",
    ],
    crate::lexicon::function_words::ARTICULATED_BARE,
);
/// Lower-case particles inside names (`Vittorio Emanuele di Savoia`, `Leonardo da Vinci`).
pub(crate) const PARTICLES: &[&str] = &[
    "bin", "d", "da", "de", "dei", "del", "della", "der", "di", "dos", "du", "van", "von", "y",
];

/// True when `s` is a definite singular role description (`il ministro`, `la
/// portavoce`), which may refer back to the last speaker (`i medici` may not).
pub(crate) fn is_definite_role(s: &str) -> bool {
    let mut words = s.split([' ', '\'', '’']).filter(|w| !w.is_empty());
    let det = words.next().map(str::to_lowercase);
    let mut next = words.take(2).map(str::to_lowercase);
    matches!(
        det.as_deref(),
        Some("il" | "lo" | "la" | "l" | "i" | "gli" | "le")
    ) && next.any(|r| ROLES.contains(r.as_str()) || r == "ad" && det.as_deref() == Some("l"))
}

/// True when the lower-case word is a noun of kinship (`la figlia`, `il marito`). The
/// article may introduce someone by it (`La figlia di Marina Neri, Elisa Novelli`), and
/// then the noun refers back to that person (`secondo le parole della figlia`); unlike a
/// role, it never stands for the last speaker (`il figlio` of a speaker is someone else).
pub(crate) fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "figlio"
            | "figlia"
            | "padre"
            | "madre"
            | "marito"
            | "moglie"
            | "fratello"
            | "sorella"
            | "nonno"
            | "nonna"
            | "zio"
            | "zia"
            | "cugino"
            | "cugina"
            | "fidanzato"
            | "fidanzata"
            | "vedova"
            | "vedovo"
    )
}

/// True when the lower-case word is a role noun, singular or plural.
pub(crate) fn is_role(word: &str) -> bool {
    ROLES.contains(word) || PLURAL_ROLES.contains(word)
}

/// True when the lower-case `word`, after the lower-case word `before`, is a role
/// noun: any role, and `ad` (amministratore delegato) after the elided article
/// (`l'ad`), where it cannot be the preposition `ad`.
pub(crate) fn is_role_after(before: Option<&str>, word: &str) -> bool {
    is_role(word) || word == "ad" && before == Some("l")
}

/// [`is_role_after`] for token `k` of a window.
pub(crate) fn role_at(text: &str, toks: &[SentenceToken], k: usize) -> bool {
    toks[k].word && {
        let before = k
            .checked_sub(1)
            .filter(|&j| toks[j].word)
            .map(|j| toks[j].lower(text));
        is_role_after(before.as_deref(), &toks[k].lower(text))
    }
}
