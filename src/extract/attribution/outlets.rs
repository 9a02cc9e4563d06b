//! Matching the news outlets of `data/news_agencies.tsv` in a token window, with the
//! capitalisation rule for outlets whose names are also words (`La Stampa`, `Domani`).

use crate::extract::attribution::tokens::SentenceToken;
use crate::lexicon::{Outlet, OUTLETS};
use crate::summary::SourceKind;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

struct Form {
    words: Vec<&'static str>,
    outlet: &'static Outlet,
}

/// lower-case first word → the surface forms that start with it, longest first.
static FORMS: LazyLock<FxHashMap<String, Vec<Form>>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, Vec<Form>> = FxHashMap::default();
    for o in OUTLETS.iter().filter(|o| !o.has("not-news")) {
        for surface in std::iter::once(&o.name).chain(o.aliases.iter()) {
            let mut words: Vec<&'static str> = surface
                .split([' ', '\'', '’'])
                .filter(|w| !w.is_empty())
                .collect();
            // a leading article may be lower case or merged into a preposition (`del Sole`)
            if words.len() > 1 && matches!(words[0], "Il" | "La" | "Lo" | "L" | "The") {
                words.remove(0);
            }
            if words.is_empty() || words.len() == 1 && words[0].chars().count() < 2 {
                continue;
            }
            if let Some(spaced) = spaced_digits(&words) {
                map.entry(spaced[0].to_lowercase()).or_default().push(Form {
                    words: spaced,
                    outlet: o,
                });
            }
            map.entry(words[0].to_lowercase())
                .or_default()
                .push(Form { words, outlet: o });
        }
    }
    for list in map.values_mut() {
        list.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
    }
    map
});

/// A name's words with the number that closes a word written apart (`Sky TG24` →
/// `Sky TG 24`, `Tg1` → `Tg 1`), as outlets' names are also written; `None` when no
/// word has letters then digits.
fn spaced_digits(words: &[&'static str]) -> Option<Vec<&'static str>> {
    let mut changed = false;
    let mut out = Vec::with_capacity(words.len() + 1);
    for w in words {
        let split = w
            .find(|c: char| c.is_ascii_digit())
            .filter(|&k| k >= 2 && w[..k].chars().all(char::is_alphabetic))
            .filter(|&k| w[k..].chars().all(|c| c.is_ascii_digit()));
        match split {
            Some(k) => {
                out.push(&w[..k]);
                out.push(&w[k..]);
                changed = true;
            }
            None => out.push(w),
        }
    }
    changed.then_some(out)
}

/// The lower-case first words of the outlet names: `outlet_at` finds nothing at a
/// token whose lower-case form is not one of them.
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    FORMS.keys().map(String::as_str)
}

/// An outlet found at a token.
pub(crate) struct OutletHit {
    /// The outlet.
    pub outlet: &'static Outlet,
    /// Token after the match.
    pub end: usize,
}

/// The outlet whose name starts at token `i`: exact capitals for every outlet (a name
/// written in lower case is a word, `la stampa`, `domani`).
pub(crate) fn outlet_at(text: &str, toks: &[SentenceToken], i: usize) -> Option<OutletHit> {
    let t = toks.get(i)?;
    if !t.word || !t.capitalised(text) {
        return None;
    }
    if let Some(list) = FORMS.get(t.lower(text).as_ref()) {
        if let Some(f) = list
            .iter()
            .find(|f| form_at(text, toks, i, t.text(text), f))
        {
            return Some(OutletHit {
                outlet: f.outlet,
                end: i + f.words.len(),
            });
        }
    }
    joined_forms(text, toks, i)
}

/// True when form `f` is written at token `i`, whose text is taken as `first`.
fn form_at(text: &str, toks: &[SentenceToken], i: usize, first: &str, f: &Form) -> bool {
    let exact = f.outlet.has("case-sensitive") || f.outlet.has("acronym");
    let same = |written: &str, w: &str| {
        if exact {
            written == w
        } else {
            written.eq_ignore_ascii_case(w) || written.to_lowercase() == w.to_lowercase()
        }
    };
    f.words.iter().enumerate().all(|(k, w)| {
        if k == 0 {
            return same(first, w);
        }
        toks.get(i + k)
            .is_some_and(|x| x.word && same(x.text(text), w))
    })
}

/// `MF-Milano Finanza`: two forms of one outlet joined by a hyphen (its short name and
/// its full name), as mastheads are written; the outlet when both halves name it.
fn joined_forms(text: &str, toks: &[SentenceToken], i: usize) -> Option<OutletHit> {
    let (left, right) = toks[i].text(text).split_once('-')?;
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let short = FORMS
        .get(&left.to_lowercase())?
        .iter()
        .find(|f| f.words.len() == 1 && form_at(text, toks, i, left, f))?;
    let full = FORMS
        .get(&right.to_lowercase())?
        .iter()
        .find(|f| std::ptr::eq(f.outlet, short.outlet) && form_at(text, toks, i, right, f))?;
    Some(OutletHit {
        outlet: full.outlet,
        end: i + full.words.len(),
    })
}

/// The source kind of an outlet.
pub(crate) fn kind_of(o: &Outlet) -> SourceKind {
    match o.kind {
        "agency" | "agency-historical" => SourceKind::Agency,
        "data" | "public-agency" | "rating-agency" => SourceKind::Document,
        _ => SourceKind::Publication,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attribution::tokens::tokenize;

    fn find(s: &str) -> Option<&'static str> {
        let toks = tokenize(s, 0, s.len());
        (0..toks.len())
            .find_map(|i| outlet_at(s, &toks, i))
            .map(|h| h.outlet.name)
    }

    #[test]
    fn outlets_and_capitals() {
        assert_eq!(find("Lo riporta l’agenzia Bloomberg."), Some("Bloomberg"));
        assert_eq!(find("Fonte: Il Sole 24 Ore"), Some("Il Sole 24 Ore"));
        assert_eq!(find("scrive La Stampa"), Some("La Stampa"));
        assert_eq!(find("lo dice la stampa estera e domani si vedrà"), None);
        assert_eq!(find("lo ha detto a Sky TG 24 ieri"), Some("Sky TG24"));
        assert_eq!(find("lo ha detto a Sky TG ieri"), None);
        assert_eq!(find("scrive MF-Milano Finanza"), Some("Milano Finanza"));
        assert_eq!(find("scrive MF-Gazzetta Alpina"), None);
    }
}
