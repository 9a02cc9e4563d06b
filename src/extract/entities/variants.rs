//! Case variants of a name the article already knows (`San Paolo-IMI` ... `San
//! paolo-IMI`, `Banca Intesa` ... `Banca intesa`): a writer's slip of the shift key
//! names the same company or body. Part of resolution: it needs the names the other
//! stages found and their keys.

use super::candidate::Candidate;
use super::lists::Class;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// Adds a candidate, with the key and class of the known name, for every other
/// spelling in case of a company's or a body's name of two words or more, where the
/// text has it as a whole word with its first letter capitalised (`la banca intesa`
/// is a common phrase, not a name) and no classified candidate reaches out of it;
/// unclassified candidates and shorter names inside it give way.
///
/// One pass of an ASCII-case-insensitive automaton finds every occurrence of every
/// known name; the spellings the article already uses (nearly all occurrences) are
/// told apart by a set lookup, so only a real variant looks at the candidates. The
/// cost grows with the text, not with names times text.
pub fn case_variants(text: &str, cands: &mut Vec<Candidate>, keys: &mut Vec<String>) {
    let mut known: Vec<(String, Class, String)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::default();
    for (c, k) in cands.iter().zip(keys.iter()) {
        let name = &text[c.name.clone()];
        if matches!(c.class, Class::Company | Class::Organization)
            && c.words >= 2
            && name.contains(' ')
            && seen.insert(name.to_ascii_lowercase())
        {
            known.push((name.to_ascii_lowercase(), c.class, k.clone()));
        }
    }
    if known.is_empty() {
        return;
    }
    // The variants: whole words, capitalised, spelt unlike every form their key
    // already has (those forms are found, or dropped, by the other stages).
    let variants: Vec<(Range<usize>, usize)> = {
        let used: HashSet<(&str, &str)> = cands
            .iter()
            .zip(keys.iter())
            .map(|(c, k)| (k.as_str(), &text[c.name.clone()]))
            .collect();
        let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '\'');
        let by_automaton = known.len().saturating_mul(text.len()) > SCAN_LIMIT;
        occurrences(text, &known, by_automaton)
            .into_iter()
            .filter_map(|(span, k)| {
                let surface = &text[span.clone()];
                let whole = !word_char(text[..span.start].chars().next_back())
                    && !word_char(text[span.end..].chars().next());
                let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
                let new = !used.contains(&(known[k].2.as_str(), surface));
                (whole && capitalised && new).then_some((span, k))
            })
            .collect()
    };
    for (span, k) in variants {
        let (_, class, key) = &known[k];
        let overlaps = |c: &Candidate| c.span.start < span.end && span.start < c.span.end;
        // (what no rule classified gives way, and so does a shorter name inside it,
        // `Consiglio regionale` of `Consiglio regionale veneto`)
        let inside = |c: &Candidate| span.start <= c.span.start && c.span.end <= span.end;
        let blocked = cands
            .iter()
            .any(|c| overlaps(c) && c.class != Class::Nothing && !inside(c));
        if blocked {
            continue;
        }
        let mut i = 0;
        while i < cands.len() {
            if overlaps(&cands[i]) {
                cands.swap_remove(i);
                keys.swap_remove(i);
            } else {
                i += 1;
            }
        }
        cands.push(Candidate {
            span: span.clone(),
            name: span.clone(),
            class: *class,
            entry: None,
            words: text[span.clone()].split(' ').count(),
            initial: false,
        });
        keys.push(key.clone());
    }
}

/// Above this many bytes times names, one automaton pass is cheaper than a scan of
/// the text per name; below it (a news article), building the automaton costs more.
const SCAN_LIMIT: usize = 1 << 22;

/// Every occurrence of the lower-case `known` names in `text`, ignoring ASCII case,
/// leftmost first and the longest at each place, none overlapping: the span and the
/// index of the name. `by_automaton` chooses the way, not the result.
fn occurrences(
    text: &str,
    known: &[(String, Class, String)],
    by_automaton: bool,
) -> Vec<(Range<usize>, usize)> {
    if by_automaton {
        let Ok(automaton) = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(known.iter().map(|(n, _, _)| n.as_str()))
        else {
            return Vec::new();
        };
        return automaton
            .find_iter(text)
            .map(|m| (m.start()..m.end(), m.pattern().as_usize()))
            .collect();
    }
    let folded = text.to_ascii_lowercase();
    let mut all: Vec<(Range<usize>, usize)> = Vec::new();
    for (k, (needle, _, _)) in known.iter().enumerate() {
        let mut from = 0;
        while let Some(at) = folded[from..].find(needle.as_str()) {
            let start = from + at;
            all.push((start..start + needle.len(), k));
            from = start + 1;
        }
    }
    all.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut end = 0;
    all.retain(|(r, _)| {
        let keep = r.start >= end;
        if keep {
            end = r.end;
        }
        keep
    });
    all
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// Another spelling in case of a known name of two words or more, its first
    /// letter capitalised, is a mention of it; a lower-case phrase is not.
    #[test]
    fn case_variants_of_a_known_name() {
        check(&[
            "Ieri la [Brontelli Servizi] ha chiuso. La [Brontelli servizi=Brontelli Servizi] riapre.",
            "L'accordo con [Brontelli servizi=Brontelli Servizi] va avanti. La [Brontelli Servizi] ha votato.",
            "Il [#Consiglio Regionale Veneto] vota. Il [#Consiglio regionale veneto=Consiglio Regionale Veneto] approva.",
            // twins: the same words in lower case are a phrase
            "Ieri la [Brontelli Servizi] ha chiuso. Altri brontelli servizi sono aperti.",
            "Il [#Consiglio Regionale Veneto] vota. Il consiglio regionale veneto approva.",
        ]);
    }

    /// The scan per name and the automaton find the same occurrences, overlapping
    /// names included (the longest wins where two start together).
    #[test]
    fn both_ways_find_the_same_occurrences() {
        let known: Vec<(String, super::Class, String)> =
            ["banca solaria", "banca solaria vita", "solaria vita"]
                .iter()
                .map(|n| (n.to_string(), super::Class::Company, n.to_string()))
                .collect();
        let text = "La Banca Solaria Vita e la banca solaria; BANCA SOLARIA VITA, Solaria Vita.";
        let scan = super::occurrences(text, &known, false);
        assert_eq!(scan, super::occurrences(text, &known, true));
        assert_eq!(scan.len(), 4);
    }
}
