//! Runs read whole before any split: a body's branch in a place (`WWF Italia`), a
//! run a company's cue or legal suffix names (`la società Acme Italia`, `Acme
//! Italia S.p.A.`), and the full name an acronym stands for in brackets (`A.SE.CON.
//! (Amici senza Confini)`).

use super::piece::Piece;
use crate::extract::entities::candidate::Candidate;
use crate::extract::entities::cues::cue_before;
use crate::extract::entities::gazetteer::Hit;
use crate::extract::entities::lists::{Class, Position, CUE_EDGES, FIRST, STOP};
use crate::extract::entities::tokens::{adjacent, lower, EntityWord};
use crate::extract::entities::words::{
    abbreviates, body_word_at_an_end, elided_article, head_class, is_legal, roman,
};
use std::ops::Range;

/// `CSV Sardegna Solidale`, `ASF Spagna`, `WWF Italia`, `TAR Lombardia`: an acronym
/// or a listed one-word organization, then a place and at most one more capitalised
/// word, ending the run (`toks[a..end]`), is one name: the body's branch there.
pub fn branch(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    a: usize,
    end: usize,
) -> Option<Candidate> {
    if !(a + 2..=a + 3).contains(&end) || !adjacent(text, &toks[a], &toks[a + 1]) {
        return None;
    }
    let at = |k: usize| hits.iter().find(|h| h.span.start == toks[k].span.start);
    let place = at(a + 1).filter(|h| h.class == Class::Place)?;
    let after = toks.partition_point(|t| t.span.end <= place.span.end.saturating_sub(1));
    // the place ends on a word's end, and what follows it is capitalised
    if after >= end
        || toks[after].span.end != place.span.end
        || (after + 1..end).any(|k| !toks[k].cap || toks[k].initial || at(k).is_some())
    {
        return None;
    }
    let w = &text[toks[a].span.clone()];
    let class = match at(a) {
        Some(h) if h.span.end == toks[a].span.end => {
            matches!(h.class, Class::Company | Class::Organization).then_some(h.class)?
        }
        Some(_) => return None,
        None => {
            let acronym = toks[a].upper
                && !toks[a].initial
                && !roman(w)
                && (2..=7).contains(&w.len())
                && w.chars().all(char::is_alphabetic);
            if !acronym {
                return None;
            }
            match cue_before(text, toks, a) {
                Some(c @ (Class::Company | Class::Organization)) => c,
                Some(_) => return None,
                None => Class::Company,
            }
        }
    };
    let span = toks[a].span.start..toks[end - 1].span.end;
    Some(Candidate {
        name: span.clone(),
        span,
        class,
        entry: None,
        words: end - a,
        initial: toks[a].initial,
    })
}

/// Longest name (in words) that a cue or a suffix makes one company's.
const MAX_WORDS: usize = 6;

/// `la società Acme Italia`, `il fondo Primo Ventures`, `Acme Italia S.p.A.`: a
/// company's cue right before the run `r`, or a legal suffix ending it, makes the whole
/// run one company's name, places and common words inside included (the listed place
/// `Italia`, the ordinal `Primo`). A listed company or body inside, or a person's full
/// name, keeps the ordinary reading (`il gruppo Fiat Chrysler`, `l'editore Giangiacomo
/// Feltrinelli`).
pub fn named_by_business(
    text: &str,
    toks: &[EntityWord],
    hits: &[Hit],
    r: Range<usize>,
) -> Option<Candidate> {
    let word = |k: usize| &text[toks[k].span.clone()];
    let mut a = r.start;
    // a word opening the sentence (`Ieri`, `L'`) is no part of the name; an article
    // may be (`La Recuperi S.r.l.`)
    while a + 1 < r.end && toks[a].initial && {
        let w = lower(word(a));
        STOP.contains(w.as_str()) && !matches!(w.as_str(), "la" | "il" | "lo" | "le" | "i" | "gli")
            || elided_article(w.as_str())
    } {
        a += 1;
    }
    let end = r.end;
    let legal_inside = end - a >= 2 && is_legal(word(end - 1));
    let legal_after = !legal_inside
        && end < toks.len()
        && adjacent(text, &toks[end - 1], &toks[end])
        && is_legal(word(end));
    let legal = legal_inside || legal_after;
    let name_end = if legal_inside { end - 1 } else { end };
    if name_end - a > MAX_WORDS || name_end <= a {
        return None;
    }
    if !legal {
        // only a cue with two words or more: one word after a cue is read already
        // (the cheap test first: one of the three words before ends some cue, as
        // `cue_before` allows an adjective and an article after the cue)
        let ends_cue =
            || (a.saturating_sub(3)..a).any(|k| CUE_EDGES.1.contains(lower(word(k)).as_str()));
        let cued = a == r.start
            && name_end - a >= 2
            && !toks[a].initial
            && ends_cue()
            && cue_before(text, toks, a) == Some(Class::Company);
        // (`l'editore Marco Tedaldi` is a person: a given name opens the name only
        // with a place or a company's word after it, `il fondo Alba Capitale Toscana`)
        let business_word = |k: usize| {
            matches!(head_class(word(k), Position::Head), Some(Class::Company))
                || matches!(head_class(word(k), Position::Tail), Some(Class::Company))
                || hits
                    .iter()
                    .any(|h| h.class == Class::Place && h.span.start == toks[k].span.start)
        };
        if !cued || FIRST.contains(word(a)) && !(a + 1..name_end).any(business_word) {
            return None;
        }
    }
    let (from, to) = (toks[a].span.start, toks[name_end - 1].span.end);
    let blocked = hits.iter().any(|h| {
        h.span.start < to
            && from < h.span.end
            && match h.class {
                Class::Company | Class::Organization => true,
                // a listed surname alone may be part of a company's name
                // (`la holding Zanardi Finanziaria`), a full name not
                Class::Person => h.span.start < from || text[h.span.clone()].contains(' '),
                _ => false,
            }
    });
    if blocked {
        return None;
    }
    let mut span_end = to;
    if legal {
        let suffix = if legal_inside { end - 1 } else { end };
        span_end = toks[suffix].span.end;
        let w = word(suffix);
        if text[span_end..].starts_with('.')
            && (w.contains('.') || ["Inc", "Corp", "Co", "Ltd"].contains(&w))
        {
            span_end += 1;
        }
    }
    Some(Candidate {
        span: from..span_end,
        name: from..to,
        class: Class::Company,
        entry: None,
        words: name_end - a,
        initial: toks[a].initial,
    })
}

/// `A.SE.CON. (Amici senza Confini)`, `la CTBTO (Comprehensive Test Ban Treaty
/// Organization)`: the name an acronym stands for, in brackets after it and opening
/// with a capital and with a body's word at an end, is the body's full name (not
/// `DRM (Digital right management)`).
pub fn expansions(text: &str, toks: &[EntityWord], out: &mut Vec<Piece>) {
    for k in 0..toks.len().saturating_sub(1) {
        if !toks[k].upper {
            continue;
        }
        let acr = &text[toks[k].span.clone()];
        if !acr.chars().all(|c| c.is_alphabetic() || c == '.') {
            continue;
        }
        let gap = text[toks[k].span.end..toks[k + 1].span.start].trim_start_matches('.');
        if gap.trim() != "(" || !toks[k + 1].cap {
            continue;
        }
        // the words up to the closing bracket, at most ten, joined by spaces only
        let mut m = k + 1;
        while !text[toks[m].span.end..].starts_with(')') {
            if m + 1 >= toks.len() || m >= k + 10 || !adjacent(text, &toks[m], &toks[m + 1]) {
                break;
            }
            m += 1;
        }
        let span = toks[k + 1].span.start..toks[m].span.end;
        if m > k + 1
            && text[span.end..].starts_with(')')
            && abbreviates(acr, &text[span.clone()])
            && body_word_at_an_end(&text[span.clone()])
        {
            out.push(Piece::Decided(Candidate {
                name: span.clone(),
                span,
                class: Class::Organization,
                entry: None,
                words: m - k,
                initial: false,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// Runs read whole: a branch, a company's cue or suffix over places and words.
    #[test]
    fn runs_read_whole() {
        check(&[
            // a listed body and a place: its branch
            "Il [#WWF Sardegna] ha protestato.",
            // an unlisted acronym and a place, with no cue: nothing known
            "Il CSV Valdena ha protestato.",
            // a company's cue over a place inside the name
            "Il fondo [Alba Capitale Toscana] ha investito.",
            "La holding [Zanardi Finanziaria] ha investito.",
            // a person's full name after a company's cue is a person
            "L'editore [@Marco Tedaldi] ha parlato.",
            // an acronym with full stops keeps its last one
            "Ieri la [#A.SE.CON.=A.SE.CON] (Amici senza Confini) ha protestato.",
        ]);
    }
}
