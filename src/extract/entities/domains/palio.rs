//! The contrade of Siena, whose names are ordinary words (`Onda`, `Torre`, `Bruco`):
//! in an article on the Palio ([`Topic::topical`]) the gazetteer's topical lists are
//! searched as written, where no other listed name stands. The lists are generic
//! (`lists::Topical`: topic words and forms); the Palio is the one there is.

use super::topic::Topic;
use crate::extract::entities::gazetteer::{word_char, Hit};
use crate::extract::entities::lists::GAZETTEER;
use std::ops::Range;

/// Adds to `out` (the listed names of the article, in text order, kept so) the names
/// of every topical list whose topic words the article contains, inside `units` and
/// not over another listed name.
pub fn contrade(text: &str, units: &[Range<usize>], topic: &Topic<'_>, out: &mut Vec<Hit>) {
    if !topic.topical {
        return;
    }
    for t in GAZETTEER
        .topical
        .iter()
        .filter(|t| t.words.iter().all(|w| text.contains(w)))
    {
        let before = out.len();
        for m in t.automaton().find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let i = units.partition_point(|u| u.end < e);
            let free = !out[..before]
                .iter()
                .any(|h| h.span.start < e && s < h.span.end);
            if word_char(text[..s].chars().next_back())
                || word_char(text[e..].chars().next())
                || !units.get(i).is_some_and(|u| u.start <= s && e <= u.end)
                || !free
            {
                continue;
            }
            let entry = t.entries[m.pattern().as_usize()];
            out.push(Hit {
                span: s..e,
                entry,
                class: GAZETTEER.entries[entry].class,
            });
        }
        out.sort_by_key(|h| h.span.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// The contrade only in an article on the Palio.
    #[test]
    fn contrade_with_the_palio() {
        check(&[
            "Il Palio di Siena è stato vinto dalla contrada della [#Lupa]; seconda la [#Torre].",
            "La Torre di Pisa è chiusa.",
        ]);
    }
}
