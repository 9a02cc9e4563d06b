//! Case variants of a name the article already knows (`San Paolo-IMI` ... `San
//! paolo-IMI`, `Banca Intesa` ... `Banca intesa`): a writer's slip of the shift key
//! names the same company or body. Part of resolution: it needs the names the other
//! stages found and their keys.

use super::candidate::Candidate;
use super::lists::Class;
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashSet as HashSet;

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
    // The spellings each key already has (`key`, `surface`).
    let used: HashSet<(String, String)> = cands
        .iter()
        .zip(keys.iter())
        .map(|(c, k)| (k.clone(), text[c.name.clone()].to_string()))
        .collect();
    let Ok(automaton) = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(known.iter().map(|(n, _, _)| n.as_str()))
    else {
        return;
    };
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '\'');
    for found in automaton.find_iter(text) {
        let span = found.start()..found.end();
        let (_, class, key) = &known[found.pattern().as_usize()];
        let surface = &text[span.clone()];
        let whole = !word_char(text[..span.start].chars().next_back())
            && !word_char(text[span.end..].chars().next());
        let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
        // (the forms the article already uses are found, or dropped, by the stages)
        if !(whole && capitalised) || used.contains(&(key.clone(), surface.to_string())) {
            continue;
        }
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
            words: surface.split(' ').count(),
            initial: false,
        });
        keys.push(key.clone());
    }
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
}
