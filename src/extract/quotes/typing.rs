//! What may speak: a person, an organization, or a description of people; never an
//! abstract noun (`la decisione`, `L'udienza`, `queste parole`), which a clause can
//! put where a subject stands (`L'azione è stata condannata`) without it saying
//! anything. (Places are left alone: a country often stands for its government,
//! `la Russia si è detta scettica`, and the gold keeps it as the speaker.)

/// Endings of Italian abstract nouns: actions, states and qualities (`decisione`,
/// `udienza`, `speranza`, `cambiamento`, `apertura`); not `-ità`, which also ends
/// bodies and groups (`le autorità`, `l'università`, `la comunità`).
const ABSTRACT_ENDINGS: &[&str] = &[
    "zione", "zioni", "sione", "sioni", "stione", "stioni", "enza", "enze", "anza", "anze",
    "mento", "menti", "tura", "ture",
];

/// Nouns that head a description of a body of people although they end like abstract
/// nouns (`l'associazione`, `la direzione`, `l'opposizione`): such a description speaks.
static BODY_NOUNS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::entries(crate::lexicon::QUOTE_BODY_NOUNS).collect()
    });

/// True when the lower-case noun heads a description of a body of people
/// (`data/quote_body_nouns.txt`).
pub(crate) fn is_body_noun(noun: &str) -> bool {
    BODY_NOUNS.contains(noun)
}

/// A body described by its noun and a qualifier (`il governo tedesco`, `il comune di
/// Valdora`, `l'ufficio di Neri`) is named like an organization, without the article;
/// a bare noun (`il governo`) and descriptions of people (`il figlio`) keep theirs.
pub(crate) fn as_body_name(speaker: String) -> String {
    let mut words = speaker
        .split([' ', '\'', '’'])
        .filter(|w| !w.is_empty())
        // (`gli stessi vertici di Neri`: the body itself)
        .filter(|w| !matches!(*w, "stesso" | "stessa" | "stessi" | "stesse"));
    let (Some(det), Some(head), Some(_)) = (words.next(), words.next(), words.next()) else {
        return speaker;
    };
    let det = det.to_lowercase();
    let article = matches!(det.as_str(), "il" | "lo" | "la" | "l" | "i" | "gli" | "le");
    if !article || !is_body_noun(&head.to_lowercase()) {
        return speaker;
    }
    let at = speaker.find(head).unwrap_or(0);
    speaker[at..].to_string()
}

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
    let determiner = crate::extract::attribution::words::DETERMINERS.contains(&first)
        || matches!(
            first,
            "questa" | "questo" | "queste" | "questi" | "quella" | "quelle"
        );
    if !determiner {
        return true;
    }
    // (the noun after possessives and adjectives that precede it: `la sua
    // affermazione`, `le seguenti parole`)
    let Some(head) = words.find(|w| {
        !matches!(
            *w,
            "sua"
                | "suo"
                | "sue"
                | "suoi"
                | "loro"
                | "mia"
                | "mio"
                | "nostra"
                | "nostro"
                | "seguenti"
                | "stessa"
                | "stesso"
                | "stesse"
                | "stessi"
                | "prima"
                | "primo"
        )
    }) else {
        return true;
    };
    // a relative pronoun is no speaker (`secondo il quale`)
    if matches!(head, "quale" | "quali" | "cui") {
        return false;
    }
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
            "La gestione dei fondi",
            "La sua affermazione",
            "le seguenti parole",
            "il quale",
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

    #[test]
    fn bodies_with_a_qualifier_drop_the_article() {
        use super::as_body_name;
        assert_eq!(as_body_name("il governo tedesco".into()), "governo tedesco");
        assert_eq!(as_body_name("l'ufficio di Neri".into()), "ufficio di Neri");
        assert_eq!(as_body_name("il governo".into()), "il governo");
        assert_eq!(
            as_body_name("Gli stessi vertici di Neri e di Bassi".into()),
            "vertici di Neri e di Bassi"
        );
        assert_eq!(
            as_body_name("il figlio di Neri".into()),
            "il figlio di Neri"
        );
    }
}
