//! How the scorer compares names and quotes: the normal forms of `score.py`
//! (`norm`, `norm_name`, `norm_person`, `words`), written to give the same strings as
//! Python's `unicodedata`, `str.casefold`, `str.strip` and `re` (`\s`, `\w`, `\b`).

use super::casefold::casefold_into;
use unicode_normalization::UnicodeNormalization;

/// White space as Python's `str.isspace()` and `re`'s `\s` see it: Unicode's
/// White_Space plus the four information separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A word character as `re`'s `\w` sees it: a letter or a number, or `_`.
pub fn is_word(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// The common form of any text: NFKC, case-folded, `’` as `'`, white space trimmed
/// and every run of it one space (`norm`).
pub fn norm(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    casefold_into(&s.nfkc().collect::<String>(), &mut folded);
    let folded = folded.replace('’', "'");
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The common form of a name: [`norm`] without trailing legal suffixes (`S.p.A.`,
/// `Inc.`, `srl`...) and the spaces, commas, dots and dashes they leave (`norm_name`).
pub fn norm_name(s: &str) -> String {
    let mut s = norm(s);
    loop {
        let cut = match legal_suffix_start(&s) {
            Some(at) => &s[..at],
            None => &s[..],
        };
        let next = cut.trim_matches([' ', ',', '.', '-']).to_string();
        if next == s {
            return s;
        }
        s = next;
    }
}

/// Leading words that are titles, not names: `Papa Benedetto XVI` is `Benedetto XVI`.
const TITLES: &[&str] = &[
    "papa",
    "re",
    "regina",
    "principe",
    "principessa",
    "signor",
    "signora",
    "sig",
    "sig.ra",
    "sig.na",
    "dott",
    "dott.ssa",
    "dr",
    "prof",
    "prof.ssa",
    "ing",
    "avv",
    "on",
    "don",
    "mons",
    "monsignor",
    "padre",
    "suor",
    "cardinale",
    "sindaco",
    "premier",
    "ministro",
    "presidente",
    "senatore",
    "deputato",
    "generale",
    "colonnello",
    "capitano",
    "c.t",
    "ct",
    "mister",
];

/// The common form of a person's name: [`norm_name`] without leading titles, keeping
/// at least one word (`norm_person`).
pub fn norm_person(s: &str) -> String {
    let name = norm_name(s);
    let mut words: &[&str] = &name.split(' ').collect::<Vec<_>>();
    while words.len() > 1 && is_title(words[0].trim_end_matches('.')) {
        words = &words[1..];
    }
    words.join(" ")
}

/// True when `word` (final dots dropped) is one of [`TITLES`], itself with or without
/// its final dots.
fn is_title(word: &str) -> bool {
    TITLES
        .iter()
        .any(|t| *t == word || t.trim_end_matches('.') == word)
}

/// The words of [`norm`]`(s)`: the runs of word characters (`re.findall(r'\w+')`).
pub fn words(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The byte offset where a legal suffix ending the (normalised) name starts, as
/// `re.sub(LEGAL, '', s)` finds it: the leftmost position at a word start from which
/// the rest of the name is one suffix, with an optional final dot.
fn legal_suffix_start(s: &str) -> Option<usize> {
    let mut prev_is_word = false;
    for (at, c) in s.char_indices() {
        let starts_word = is_word(c) && !prev_is_word;
        prev_is_word = is_word(c);
        if starts_word && is_legal_suffix(&s[at..]) {
            return Some(at);
        }
    }
    None
}

/// Legal suffixes written as one word.
const LEGAL_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "plc",
    "llc",
    "gmbh",
    "ag",
    "nv",
    "sa",
    "spa",
    "srl",
    "co",
];

/// Letters of the dotted legal suffixes: `s.p.a`, `s.r.l`, `s.a.s`, `s.n.c` (each dot
/// and space optional), `n.v`, `s.a`.
const LEGAL_LETTERS: &[&str] = &["spa", "srl", "sas", "snc", "nv", "sa"];

/// True when all of `rest` is a legal suffix followed by at most one dot.
fn is_legal_suffix(rest: &str) -> bool {
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    if LEGAL_WORDS.contains(&rest) {
        return true;
    }
    LEGAL_LETTERS
        .iter()
        .any(|letters| is_dotted(rest, letters, letters.len() == 3))
}

/// True when `rest` spells `letters` with an optional dot after every letter but the
/// last and, when `spaced`, an optional space after each such dot place
/// (`s\.?\s?p\.?\s?a`; the two-letter forms are `n\.v` and `s\.a`, with no space).
/// A trailing dot of `rest` was already removed; a second one does not match.
fn is_dotted(rest: &str, letters: &str, spaced: bool) -> bool {
    let mut chars = rest.chars().peekable();
    let n = letters.len();
    for (k, letter) in letters.chars().enumerate() {
        if chars.next() != Some(letter) {
            return false;
        }
        if k + 1 < n {
            if chars.peek() == Some(&'.') {
                chars.next();
            }
            if spaced && chars.peek() == Some(&' ') {
                chars.next();
            }
        }
    }
    chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each pair: the input and what `score.py` makes of it (checked with Python).
    #[test]
    fn forms_as_the_python_scorer_makes_them() {
        let names = [
            ("Rossi Costruzioni S.p.A.", "rossi costruzioni"),
            ("Bianchi s. p. a.", "bianchi"),
            ("Acme Corp., Inc.", "acme"),
            ("Verdi & Co.", "verdi &"),
            ("Banca N.V", "banca"),
            ("Costa S.A..", "costa"),
            ("Spa", ""),
            ("Terme Spa Resort", "terme spa resort"),
            ("Straße  Müller\u{a0}GmbH", "strasse müller"),
            ("L’Alba srl", "l'alba"),
        ];
        for (raw, want) in names {
            assert_eq!(norm_name(raw), want, "{raw}");
        }
        let people = [
            ("Papa Benedetto XVI", "benedetto xvi"),
            ("Prof. Dott. Mario Neri", "mario neri"),
            ("Presidente", "presidente"),
            ("Don", "don"),
        ];
        for (raw, want) in people {
            assert_eq!(norm_person(raw), want, "{raw}");
        }
        assert_eq!(
            words("L’anno «più» caldo_2"),
            ["l", "anno", "più", "caldo_2"]
        );
    }
}
