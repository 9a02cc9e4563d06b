//! Word data and word tests that several stages share: particles and articles
//! around names, the class a head word gives a name, legal suffixes, acronyms and
//! the normal form of a name. Stage files import these; nothing here imports a
//! stage.

use super::lists::{Class, Position, HEADS_MAP};
use super::tokens::{lower, EntityWord};

/// Particles inside a person's name (`Leonardo da Vinci`, `Dries van Schalkwyk`).
pub const PARTICLES: &[&str] = &[
    "af", "bin", "d'", "d’", "da", "das", "de", "der", "des", "do", "dos", "du", "el", "ibn",
    "ten", "ter", "van", "von", "y", "zu",
];

/// The class a head (or tail) word gives a name.
pub fn head_class(word: &str, pos: Position) -> Option<Class> {
    HEADS_MAP
        .get(word)
        .filter(|(_, p)| *p == pos || *p == Position::Both)
        .map(|(c, _)| *c)
}

/// `al-Asad`, `el-Sisi`, `ad-Din`: an Arabic article joined to a capitalised surname.
pub fn arabic_surname(word: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ul-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Token `i` follows an article or an articled preposition (`il Milan di ...`,
/// `del Milan`): Italian puts none before a person's name.
pub fn after_article(text: &str, toks: &[EntityWord], i: usize) -> bool {
    i > 0 && {
        let w = lower(&text[toks[i - 1].span.clone()]);
        ARTICLED.contains(&w.as_str()) || matches!(w.as_str(), "un" | "una")
    }
}

/// `di` and its articled forms, which join a given name to a surname
/// (`Alessandro di Battista`, `Francesco del Giocondo`).
pub const DI_OR_DA: &[&str] = &["di", "del", "della", "dalla", "dal"];

/// `L'`, `Dell'`: an elided article, capitalised where it opens a sentence
/// (`L'Associated Press riferisce`), which is no part of the name after it.
pub fn elided_article(lower: &str) -> bool {
    lower.ends_with(['\'', '’']) && ARTICLED.contains(&lower)
}

/// Words that make a newspaper's name of a city's (`Beijing News`, `Jerusalem Post`).
pub const MASTHEADS: &[&str] = &[
    "Daily", "Gazette", "Herald", "Journal", "News", "Post", "Times", "Tribune",
];

/// Articles and articled prepositions, which a person's name does not take.
pub const ARTICLED: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "l'", "l’", "del", "dello", "della", "dell'", "dell’",
    "dei", "degli", "delle", "al", "allo", "alla", "all'", "all’", "ai", "agli", "alle", "dal",
    "dallo", "dalla", "dall'", "dall’", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'",
    "nell’", "sul", "sullo", "sulla", "sull'", "sull’",
];

/// `acronym` abbreviates `name`: it opens with the initial of the name's first word
/// and has the initials of its capitalised words in order (`FAA`, `Federal Aviation
/// Authority`; `A.SE.CON`, `Amici senza Confini`), two letters or more.
pub fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    let mut initials = name
        .split([' ', '\'', '’', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    let Some(first) = initials.next() else {
        return false;
    };
    let mut rest = letters.iter().skip(1);
    letters.len() >= 2
        && letters[0] == first
        && name.starts_with(first)
        && initials.all(|i| rest.any(|&l| l == i))
}

/// The first or the last word of `name` is a company's or an organization's head or
/// tail word (`Federal Aviation Authority`, `Gruppo d'investigazione`).
pub fn body_word_at_an_end(name: &str) -> bool {
    let mut words = name.split([' ', '\'', '’']).filter(|w| !w.is_empty());
    let first = words.next();
    let last = words.next_back();
    let body = |w: Option<&str>, tail_ok: bool| {
        w.and_then(|w| HEADS_MAP.get(w)).is_some_and(|(c, p)| {
            matches!(c, Class::Company | Class::Organization) && (tail_ok || *p != Position::Tail)
        })
    };
    // (a tail word opening the name is an adjective there: `Digital right management`)
    body(first, false) || body(last, true)
}

/// True when the word is a legal suffix.
pub fn is_legal(word: &str) -> bool {
    super::shapes::legal_suffix(word)
}

pub fn roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

/// Lower case, one kind of apostrophe, single spaces.
pub fn norm(s: &str) -> String {
    // One pass, char by char: the same as below except for `Σ`, whose lower case
    // depends on its neighbours.
    // Most names: ASCII words with single spaces, lower-cased in one go.
    let b = s.as_bytes();
    if b.first().is_some_and(|&c| c != b' ')
        && b.last().is_some_and(|&c| c != b' ')
        && b.iter()
            .all(|&c| c.is_ascii() && !matches!(c, b'\t'..=b'\r'))
        && !b.windows(2).any(|w| w == b"  ")
    {
        return s.to_ascii_lowercase();
    }
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for b in s.bytes() {
            // The ASCII white space of `char::is_whitespace`.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(char::from(b.to_ascii_lowercase()));
        }
        return out;
    }
    if !s.contains('Σ') {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            match c {
                '’' => out.push('\''),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
        return out;
    }
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_body_words() {
        assert!(abbreviates("FTV", "Federazione Tessile Veneta"));
        assert!(abbreviates("A.SE.CON", "Amici senza Confini"));
        assert!(!abbreviates("FTV", "Tessile Veneta"));
        assert!(body_word_at_an_end("Federazione Tessile Veneta"));
        assert!(!body_word_at_an_end("Digital right management"));
    }

    #[test]
    fn articles_surnames_and_normal_forms() {
        assert!(elided_article("l'") && elided_article("dell’"));
        assert!(!elided_article("l") && !elided_article("quest'"));
        assert!(arabic_surname("al-Rashid") && !arabic_surname("al-rashid"));
        assert_eq!(norm("Banca  d’Italia "), "banca d'italia");
        assert!(is_legal("S.p.A") && is_legal("Srl") && !is_legal("Spada"));
        assert!(roman("XIV") && !roman("Xavier"));
    }
}
