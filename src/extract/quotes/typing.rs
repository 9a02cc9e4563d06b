//! What may speak: a person, an organization, or a description of people; never an
//! abstract noun (`la decisione`, `L'udienza`, `queste parole`), which a clause can
//! put where a subject stands (`L'azione è stata condannata`) without it saying
//! anything. (Places are left alone: a country often stands for its government,
//! `la Russia si è detta scettica`, and the gold keeps it as the speaker.)

/// Endings of Italian abstract nouns: actions, states and qualities (`decisione`,
/// `udienza`, `speranza`, `cambiamento`, `apertura`); not `-ità`, which also ends
/// bodies and groups (`le autorità`, `l'università`, `la comunità`).
const ABSTRACT_ENDINGS: &[&str] = &[
    "zione", "zioni", "sione", "sioni", "enza", "enze", "anza", "anze", "mento", "menti", "tura",
    "ture",
];

/// Nouns that head a description of a body of people although they end like abstract
/// nouns (`l'associazione`, `la direzione`, `l'opposizione`): such a description speaks.
static BODY_NOUNS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::entries(include_str!("../../../data/quote_body_nouns.txt")).collect()
    });

/// Nouns of the words said themselves (`queste parole`, `la frase`).
const WORDS_SAID: &[&str] = &["parole", "parola", "frase", "frasi"];

/// True when `speaker` may speak: not a description headed by an abstract noun or a
/// noun of words.
pub(crate) fn can_speak(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut words = lower.split([' ', '\'', '’']).filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let determiner = crate::extract::attribution::names::DETERMINERS.contains(&first)
        || matches!(
            first,
            "questa" | "questo" | "queste" | "questi" | "quella" | "quelle"
        );
    if !determiner {
        return true;
    }
    let Some(head) = words.next() else {
        return true;
    };
    !(WORDS_SAID.contains(&head)
        || ABSTRACT_ENDINGS.iter().any(|e| head.ends_with(e)) && !BODY_NOUNS.contains(head))
}

#[cfg(test)]
mod tests {
    use super::can_speak;

    #[test]
    fn abstract_nouns_do_not_speak() {
        for no in [
            "la decisione",
            "L'udienza",
            "queste parole",
            "L'azione",
            "la speranza",
            "la decisione dei giudici",
        ] {
            assert!(!can_speak(no), "{no}");
        }
        for yes in [
            "Mario Rossi",
            "il ministro",
            "un portavoce",
            "i medici",
            "Enel",
            "Russia",
            "l'associazione",
            "la direzione del partito",
        ] {
            assert!(can_speak(yes), "{yes}");
        }
    }
}
