//! Acronyms the article spells out in sentence case (`l'Autorité de sûreté nucléaire`
//! ... `l'ASN`): read before the name index is built, which maps each acronym to its
//! expansion.

use super::tokens::SentenceToken;
use rustc_hash::{FxHashMap, FxHashSet};

/// True when `surface` is written like an acronym: two letters or more, all capitals
/// (`CONI`, `S&P`).
pub(crate) fn is_acronym(surface: &str) -> bool {
    surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && surface
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Words left out of the initials of a name written in sentence case (`Autorité de
/// sûreté nucléaire` → `ASN`, `Istituto nazionale di statistica` → `INS`).
const INITIAL_LESS: &[&str] = &[
    "a", "al", "alla", "and", "d", "de", "degli", "dei", "del", "della", "delle", "dello", "des",
    "di", "du", "e", "ed", "et", "for", "il", "la", "le", "lo", "of", "per", "pour", "sur", "the",
];

/// A name written in sentence case (a capital, then lower-case words) that the article
/// also abbreviates (`l'Autorité de sûreté nucléaire` ... `ha comunicato l'ASN`): the
/// acronym stands for it. Capitalised runs already give their initials in
/// `Context::new`; this reads the runs whose later words are lower case. Only acronyms
/// of three letters or more that the article writes and no run expands are looked for,
/// and a name must spell out every letter with its content words.
pub(crate) fn spell_out_acronyms(
    text: &str,
    units: &[(std::ops::Range<usize>, Vec<SentenceToken>)],
    acronyms: &mut FxHashMap<String, String>,
) {
    let mut pending: FxHashSet<&str> = FxHashSet::default();
    for (_, toks) in units {
        for t in toks.iter().filter(|t| t.word && !t.plain) {
            let s = t.text(text);
            if (3..=6).contains(&s.chars().count())
                && is_acronym(s)
                && s.chars().all(char::is_alphabetic)
                && !acronyms.contains_key(s)
            {
                pending.insert(s);
            }
        }
    }
    if pending.is_empty() {
        return;
    }
    for (_, toks) in units {
        for i in 0..toks.len() {
            let first = &toks[i];
            if !first.capitalised(text) || is_acronym(first.text(text)) {
                continue;
            }
            let mut initials = String::new();
            let mut lower_content = false;
            for (j, t) in toks.iter().enumerate().skip(i).take(8) {
                if !t.word {
                    break;
                }
                let l = t.lower(text);
                if j > i && INITIAL_LESS.contains(&l.as_ref()) {
                    continue;
                }
                if j > i && t.capitalised(text) {
                    break;
                }
                lower_content |= j > i;
                initials.extend(
                    t.text(text)
                        .chars()
                        .next()
                        .map(|c| c.to_uppercase())
                        .into_iter()
                        .flatten(),
                );
                if lower_content && pending.contains(initials.as_str()) {
                    let full = &text[first.start..t.end];
                    acronyms.insert(initials.clone(), full.to_string());
                    pending.remove(initials.as_str());
                    break;
                }
            }
        }
    }
}
