//! One aho-corasick pass of the gazetteer over the article, with the checks that
//! keep a listed name from matching an ordinary word: whole words only, the case as
//! listed (or the whole word in capitals, or `Eni` for a listed `ENI`), and a media
//! cue before outlets whose names are also words (`il quotidiano Domani`).

use super::lists::{key_end, Class, GAZETTEER};
use std::ops::Range;

/// A listed name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Byte range of the match.
    pub span: Range<usize>,
    /// Index into the gazetteer's entries.
    pub entry: usize,
    /// The entry's class.
    pub class: Class,
}

/// Words before an outlet that say it is one, in lower case; matched by [`media_cue`].
const MEDIA_CUES: &[&str] = &[
    "quotidiano",
    "quotidiani",
    "giornale",
    "agenzia",
    "rivista",
    "settimanale",
    "mensile",
    "sito",
    "testata",
    "magazine",
    "emittente",
    "tg",
    "telegiornale",
    "giornalista",
    "giornalisti",
    "direttore",
    "direttrice",
    "editoriale",
    "articolo",
    "pagine",
    "colonne",
    "edizione",
    "inviato",
    "secondo",
    "scrive",
    "scrivono",
    "riporta",
    "riportano",
    "riportata",
    "riportate",
    "riportati",
    "riportato",
    "pubblicata",
    "pubblicate",
    "pubblicati",
    "pubblicato",
    "riferisce",
    "fonte:",
    "(",
];

/// `intervista`, `intervistato`, `intervistata`, then one space and one of these.
const INTERVIEW_OBJECTS: &[&str] = &["a", "al", "dal", "dalla", "con"];

/// `c` read as the lower-case ASCII byte it is equal to ignoring case (Unicode simple
/// case folding: `ſ` is `s`, the Kelvin sign is `k`).
fn fold(c: char) -> Option<u8> {
    match c {
        'ſ' => Some(b's'),
        '\u{212a}' => Some(b'k'),
        _ if c.is_ascii() => Some((c as u8).to_ascii_lowercase()),
        _ => None,
    }
}

/// Where `p` ends with `word` (lower-case ASCII) ignoring case: the start of that
/// ending.
fn strip_word(p: &str, word: &str) -> Option<usize> {
    let mut cs = p.char_indices().rev();
    let mut at = p.len();
    for &w in word.as_bytes().iter().rev() {
        let (i, c) = cs.next()?;
        if fold(c) != Some(w) {
            return None;
        }
        at = i;
    }
    Some(at)
}

/// True when `p` ends with a media cue, ignoring case.
fn ends_with_cue(p: &str) -> bool {
    MEDIA_CUES.iter().any(|w| strip_word(p, w).is_some())
        || INTERVIEW_OBJECTS.iter().any(|o| {
            strip_word(p, o)
                .and_then(|at| p[..at].strip_suffix(' '))
                .is_some_and(|q| {
                    ["intervista", "intervistato", "intervistata"]
                        .iter()
                        .any(|w| strip_word(q, w).is_some())
                })
        })
}

/// A letter of `[[:alpha:]]` ignoring case (with `ſ` and the Kelvin sign).
fn alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || c == 'ſ' || c == '\u{212a}'
}

/// True when `w` ends with a media cue, then optionally one word and spaces
/// (`il quotidiano Domani`, `secondo il Foglio`): what the regex
/// `(?i)(?:cue|\()\s*(?:(?-i:[a-zſ])[[:alpha:]]*\s+)?$` matches. The word between
/// is not capitalised: `il giornale Paese Sera` is no cue for `Sera`, whose name goes
/// on before it.
fn media_cue(w: &str) -> bool {
    let t = w.trim_end_matches(char::is_whitespace);
    if ends_with_cue(t) {
        return true;
    }
    if t.len() == w.len() {
        return false;
    }
    // The word may start anywhere in the last run of letters, the cue (and spaces)
    // before it.
    t.char_indices()
        .rev()
        .take_while(|&(_, c)| alpha(c))
        .any(|(k, c)| {
            !c.is_uppercase() && ends_with_cue(t[..k].trim_end_matches(char::is_whitespace))
        })
}

pub fn word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// True when `text` may be read as the listed `form`.
fn case_ok(form: &str, text: &str, case_sensitive: bool) -> bool {
    if form == text {
        return true;
    }
    if case_sensitive {
        return false;
    }
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    if letters().all(char::is_uppercase) {
        return form.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    }
    let form_upper = form
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if form_upper && form.len() >= 3 && !form.contains(' ') {
        // `Eni` for `ENI`: a capital, then lower case; not a given name (`Ana` is
        // no `ANA`).
        if super::lists::FIRST.contains(text) {
            return false;
        }
        let mut cs = text.chars();
        return cs.next().is_some_and(char::is_uppercase) && cs.all(|c| !c.is_uppercase());
    }
    false
}

/// True when the media cue before a name is only an opening bracket, and perhaps a
/// word in lower case (`(ANSA)`, `(il Giorno di Colombo)`).
fn bracket_cue(w: &str) -> bool {
    let t = w.trim_end_matches(char::is_whitespace);
    let t = t
        .trim_end_matches(|c: char| alpha(c) && !c.is_uppercase())
        .trim_end_matches(char::is_whitespace);
    t.ends_with('(')
}

/// `(ANSA)`, `(il Giorno)`, `(AGI) -`, `(Reuters, 12 marzo)`: a name after a bracket is
/// an outlet's tag only where the bracket closes right after it (not `(il Giorno di
/// Colombo)`, a day).
fn closes_bracket(after: &str) -> bool {
    after.starts_with([')', ',']) || after.starts_with(" -") || after.starts_with(" –")
}

/// True when the name at `s` follows an outlet in a list (`i quotidiani Libero e
/// Il Tempo`): `before`, the hit before it, is an outlet of the same unit and only
/// `, ` or ` e ` (` ed `, ` o `) stands between them.
fn listed_after_outlet(
    text: &str,
    unit: &Range<usize>,
    s: usize,
    g: &super::lists::Gazetteer,
    before: Option<&Hit>,
) -> bool {
    before.is_some_and(|h| {
        let between = |h: &Hit| {
            let b = &text[h.span.end..s];
            // (with an article: `Famiglia Cristiana e l'Avvenire`)
            ["l'", "l’", "il ", "la ", "lo "]
                .iter()
                .find_map(|a| b.strip_suffix(a))
                .unwrap_or(b)
        };
        g.entries[h.entry].outlet
            && unit.start <= h.span.start
            && h.span.end <= s
            && [", ", " e ", " ed ", " o "].contains(&between(h))
    })
}

/// Capitalised articles that open a title (`Il Giornale`, `La Stampa`).
const TITLE_ARTICLES: &[&str] = &["Il ", "La ", "Lo ", "L'", "L’", "I ", "Gli ", "Le "];

/// True when the name at `span` is written as a title: in quotation marks (`da "La
/// Stampa"`, `«Il Tempo»`) or, opening with a capitalised article, after a word in
/// lower case (`su Il Giornale`, `de La Stampa`: mid-sentence an article has a
/// capital only as part of a title). One word alone in quotation marks is not
/// enough (`"Domani"` may be quoted speech).
fn written_as_title(text: &str, unit: &Range<usize>, span: Range<usize>) -> bool {
    let name = &text[span.clone()];
    let before = text[unit.start..span.start].trim_end_matches(' ');
    let after = text[span.end..unit.end].chars().next();
    let opens = |c: char| matches!(c, '"' | '«' | '“');
    let closes = |c: char| matches!(c, '"' | '»' | '”');
    let quoted = name.contains(' ')
        && text[unit.start..span.start].ends_with(opens)
        && after.is_some_and(closes);
    let titled =
        TITLE_ARTICLES.iter().any(|a| name.starts_with(a)) && before.ends_with(char::is_lowercase);
    quoted || titled
}

/// The hit of listed form `id` at `span`, which starts at a word start inside
/// `unit`, when it ends at a word end, its case fits a listed form, and a name that
/// needs a media cue has one.
fn accept(
    text: &str,
    unit: &Range<usize>,
    span: Range<usize>,
    id: usize,
    g: &super::lists::Gazetteer,
    before: Option<&Hit>,
) -> Option<Hit> {
    let (s, e) = (span.start, span.end);
    if word_char(text[e..].chars().next()) {
        return None;
    }
    let p = g.patterns[id]
        .iter()
        .find(|p| case_ok(p.form, &text[s..e], g.entries[p.entry].case_sensitive))?;
    let entry = &g.entries[p.entry];
    if entry.needs_cue {
        let from = unit.start.max(s.saturating_sub(48));
        let from = (from..s).find(|&b| text.is_char_boundary(b)).unwrap_or(s);
        let cued = media_cue(&text[from..s])
            && (!bracket_cue(&text[from..s]) || closes_bracket(&text[e..unit.end]));
        if !cued
            && !listed_after_outlet(text, unit, s, g, before)
            && !written_as_title(text, unit, s..e)
        {
            return None;
        }
    }
    // `la società Zoom`: a listed product named as a company is the company.
    let class = if entry.class == Class::Product && company_cue_before(&text[unit.start..s]) {
        Class::Company
    } else {
        entry.class
    };
    Some(Hit {
        span: s..e,
        entry: p.entry,
        class,
    })
}

/// Company cues that also stand before products, services and websites (`il marchio
/// iPhone`, `il social network Twitter`, `la piattaforma Netflix`): no reason to read
/// a product as its company.
const PRODUCT_CUES: &[&str] = &[
    "big",
    "brand",
    "catena",
    "marchio",
    "network",
    "piattaforma",
    "rete televisiva",
];

/// True when `before` ends with a company cue of `data/entity_cues.tsv` (one to three
/// words, `la società `, `l'azienda `, `la casa automobilistica `) and one space.
fn company_cue_before(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let lower = rest.to_lowercase();
    // The last three words, the apostrophe ending an article (`l'azienda`).
    let words: Vec<&str> = lower
        .rsplit([' ', '\'', '’'])
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (0..words.len()).any(|k| {
        let cue = words[k..].join(" ");
        !PRODUCT_CUES.contains(&cue.as_str())
            && super::lists::CUES_MAP.get(cue.as_str()) == Some(&Class::Company)
    })
}

/// The listed names of `text` that lie inside one of `units` (sorted, disjoint), in
/// text order.
///
/// A name starts at a word start, so only the starts of words that open some listed
/// form are tried; at each, the longest listed form is taken if it passes the
/// checks, and the search goes on after it either way (the matches of a
/// leftmost-longest search of the text from word starts). At a word in lower case
/// only the forms written in lower case are tried: no other can pass `case_ok`.
pub fn find(text: &str, units: &[Range<usize>]) -> Vec<Hit> {
    let g = &*GAZETTEER;
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for unit in units {
        let mut p = unit.start;
        let mut after_word = word_char(text[..p].chars().next_back());
        while p < unit.end {
            // The key at `p`: its word, or the one other character there (`'` of
            // `'Ndrangheta`).
            let (q, is_word) = key_end(&lower, p);
            // (no form starts with white space: listed forms are trimmed)
            let found = if after_word || !is_word && lower.as_bytes()[p].is_ascii_whitespace() {
                None
            } else {
                let lower_case = text[p..].chars().next().is_some_and(char::is_lowercase);
                g.longest_form_at(&lower, p, q, lower_case)
            };
            match found {
                Some((id, end)) => {
                    // A form that fails a check still covers its words (`As Roma`
                    // for `AS Roma` is no `Roma`), as in a search of the whole text.
                    if end <= unit.end {
                        let hit = accept(text, unit, p..end, id, g, out.last());
                        out.extend(hit);
                    }
                    after_word = word_char(text[..end].chars().next_back());
                    p = end;
                }
                None => {
                    after_word = is_word;
                    p = q;
                }
            }
        }
    }
    // A product named as a company once (`la società Zoom`) is the company in all
    // its mentions (`i ricavi di Zoom`).
    let named: Vec<usize> = out
        .iter()
        .filter(|h| h.class == Class::Company && g.entries[h.entry].class == Class::Product)
        .map(|h| h.entry)
        .collect();
    if !named.is_empty() {
        for h in out.iter_mut().filter(|h| named.contains(&h.entry)) {
            h.class = Class::Company;
        }
    }
    out
}

#[cfg(test)]
mod tests {

    /// The hand-written media cue decides as the regex it replaced.
    #[test]
    fn media_cue_as_the_regex() {
        let re = regex::Regex::new(
            r"(?i)(?:quotidian[oi]|giornale|agenzia|rivista|settimanale|mensile|sito|testata|magazine|emittente|tg|telegiornale|giornalista|giornalisti|direttore|direttrice|editoriale|articolo|pagine|colonne|edizione|inviato|secondo|scrive|scrivono|riporta|riportano|riportat[aeio]|pubblicat[aeio]|riferisce|intervista(?:to|ta)? (?:a|al|dal|dalla|con)|fonte:|\()\s*(?:(?-i:[a-zſ])[[:alpha:]]*\s+)?$",
        )
        .unwrap();
        let parts = [
            "il ",
            "quotidiano",
            "QUOTIDIANI",
            "Sito",
            "tg",
            "TG",
            "secondo",
            "ſecondo",
            "\u{212a}",
            "magazine",
            "intervista",
            "intervistato",
            "ta",
            "to",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            "a",
            "al",
            "dalla",
            "con",
            "Domani",
            "è",
            "(",
            "fonte:",
            ":",
            "x",
            "Riporta",
            "rivista",
            "scrivono",
            "l'",
            "’",
            "1",
            "giornalisti",
            "ſ",
        ];
        for s in crate::testing::random_texts(&parts, 7, 50_000, 6) {
            assert_eq!(super::media_cue(&s), re.is_match(&s), "{s:?}");
        }
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!("secondo il Foglio{c}");
            assert_eq!(super::media_cue(&s), re.is_match(&s), "{s:?}");
            let s = format!("sito{c}x ");
            assert_eq!(super::media_cue(&s), re.is_match(&s), "{s:?}");
        }
    }
    use super::*;

    fn names(s: &str) -> Vec<(&str, Class)> {
        find(s, std::slice::from_ref(&(0..s.len())))
            .into_iter()
            .map(|h| (&s[h.span], h.class))
            .collect()
    }

    /// A form that opens with a mark is found after a space, not inside a word.
    #[test]
    fn forms_that_open_with_a_mark() {
        assert_eq!(
            names("la 'Ndrangheta calabrese"),
            [("'Ndrangheta", Class::Organization)]
        );
        assert_eq!(
            names("della ’Ndrangheta"),
            [("’Ndrangheta", Class::Organization)]
        );
        assert!(names("x'Ndrangheta").is_empty());
    }

    /// A listed name inside a longer word is no hit, and does not hide the next one:
    /// `la Margherita` inside `dalla Margherita`.
    #[test]
    fn names_start_at_word_starts() {
        assert_eq!(
            names("Un ritorno all'Ulivo, poi Santander."),
            [
                ("Ulivo", Class::Organization),
                ("Santander", Class::Company)
            ]
        );
        assert_eq!(
            names("Il voto dei Carabinieri e dei Democratici"),
            [("Carabinieri", Class::Organization)]
        );
    }

    /// A listed form that fails only on case covers its words: `As Roma` (listed as
    /// `AS Roma`) leaves no `Roma` behind.
    #[test]
    fn a_rejected_form_covers_its_words() {
        assert!(names("il 4% As Roma SpA").is_empty());
        assert_eq!(names("la Roma"), [("Roma", Class::Place)]);
    }

    /// Outlets that are not words have case variants, as listed bodies.
    #[test]
    fn outlets_in_the_other_case() {
        assert_eq!(
            names("un articolo del Corriere della sera di ieri"),
            [("Corriere della sera", Class::Company)]
        );
    }

    /// A word in lower case opens only forms written in lower case: `arma dei
    /// Carabinieri` is not `Arma dei Carabinieri`, and leaves `Carabinieri` to be
    /// found; `il Sole 24 Ore` is not `Il Sole 24 Ore`, and leaves `Sole 24 Ore`.
    #[test]
    fn lower_case_words_open_lower_case_forms() {
        assert_eq!(
            names("all'arma dei Carabinieri"),
            [("Carabinieri", Class::Organization)]
        );
        assert_eq!(
            names("secondo il Sole 24 Ore"),
            [("Sole 24 Ore", Class::Company)]
        );
    }

    /// A title: in quotation marks, or a capitalised article after a lower-case word.
    #[test]
    fn outlets_written_as_titles() {
        assert_eq!(
            names("come annunciato da \"La Stampa\". Poi"),
            [("La Stampa", Class::Company)]
        );
        assert_eq!(
            names("la foto, apparsa prima su Il Giornale e Libero"),
            [("Il Giornale", Class::Company), ("Libero", Class::Company)]
        );
        assert_eq!(
            names("di Domenico Quirico de La Stampa"),
            [("La Stampa", Class::Company)]
        );
        assert!(names("La Stampa di Gutenberg cambiò tutto.").is_empty());
        assert!(names("Disse \"Domani\" e partì.").is_empty());
    }

    /// An outlet that needs a cue shares the cue of the outlet before it in a list.
    #[test]
    fn outlets_in_a_list_share_the_cue() {
        assert_eq!(
            names("secondo i quotidiani Libero e Il Tempo"),
            [("Libero", Class::Company), ("Il Tempo", Class::Company)]
        );
        // (no cue for `Libero`; `Il Tempo` is written as a title)
        assert_eq!(names("Libero e Il Tempo"), [("Il Tempo", Class::Company)]);
        assert_eq!(
            names("i giornali Famiglia Cristiana e l'Avvenire"),
            [
                ("Famiglia Cristiana", Class::Company),
                ("Avvenire", Class::Company)
            ]
        );
        assert_eq!(
            names("il quotidiano Domani, poi il Tempo"),
            [("Domani", Class::Company)]
        );
    }

    /// A listed product named as a company is the company.
    #[test]
    fn a_product_named_as_a_company() {
        assert_eq!(
            names("Logo della società Zoom, ieri"),
            [("Zoom", Class::Company)]
        );
        assert_eq!(names("una call su Zoom"), [("Zoom", Class::Product)]);
        assert_eq!(
            names("I ricavi di Zoom. La società Zoom ha detto"),
            [("Zoom", Class::Company), ("Zoom", Class::Company)]
        );
        assert_eq!(names("il marchio Zoom"), [("Zoom", Class::Product)]);
        assert_eq!(
            names("sul social network Twitter"),
            [("Twitter", Class::Product)]
        );
    }

    #[test]
    fn case_rules() {
        assert!(case_ok("ENI", "Eni", false));
        assert!(case_ok("Microsoft", "MICROSOFT", false));
        assert!(!case_ok("Apple", "apple", false));
        assert!(!case_ok("La Stampa", "la stampa", true));
    }

    #[test]
    fn outlets_that_are_words_need_a_cue() {
        assert!(names("il giornale Paese Sera").is_empty());
        assert!(names("Domani piove.").is_empty());
        assert_eq!(
            names("come riportato da Wired ieri"),
            [("Wired", Class::Company)]
        );
        assert_eq!(
            names("lo scrive il quotidiano Domani"),
            [("Domani", Class::Company)]
        );
    }

    #[test]
    fn products_and_whole_words() {
        assert_eq!(names("il cloud Azure"), [("Azure", Class::Product)]);
        assert!(names("Microsofts").is_empty());
    }
}
