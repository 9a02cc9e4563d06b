//! From resolved candidates to entities: one entity per key, with every mention in
//! text order, and the canonical name (the fullest form the article uses, legal
//! suffix left out, a form in capitals only when there is no other).

use super::candidate::Candidate;
use super::lists::{Class, GAZETTEER};
use crate::summary::{Entity, Mention};
use rustc_hash::FxHashMap as HashMap;

/// Groups candidates by key into companies, organizations and people.
pub fn build(text: &str, cands: &[Candidate], keys: &[String]) -> [Vec<Entity>; 3] {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].span.start, std::cmp::Reverse(cands[i].span.end)));
    // Overlapping mentions: the first (and longest) wins.
    let mut kept = Vec::new();
    let mut end = 0;
    for i in order {
        if cands[i].span.start >= end {
            end = cands[i].span.end;
            kept.push(i);
        }
    }
    // Each key takes the class most of its mentions have (the first one on a tie).
    let mut votes: HashMap<&str, HashMap<usize, usize>> = HashMap::default();
    for &i in &kept {
        let slot = slot(cands[i].class);
        *votes.entry(&keys[i]).or_default().entry(slot).or_default() += 1;
    }
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::default();
    for &i in &kept {
        let g = *index.entry(&keys[i]).or_insert_with(|| {
            let v = &votes[keys[i].as_str()];
            let first = slot(cands[i].class);
            let best = v
                .iter()
                .max_by_key(|(s, n)| (**n, **s == first))
                .map_or(first, |(s, _)| *s);
            groups.push((best, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
    }
    let mut out: [Vec<Entity>; 3] = Default::default();
    for (s, members) in groups {
        let listed = members.iter().find_map(|&i| cands[i].entry);
        let listed_form = listed.map(|e| GAZETTEER.entries[e].name);
        // Between two forms of one length, the listed one (`Guardia di Finanza` over
        // `Guardia di finanza`).
        let name = members
            .iter()
            .map(|&i| text[cands[i].name.clone()].trim())
            .max_by_key(|n| {
                let upper = n
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                (
                    !upper || n.chars().count() <= 5,
                    n.chars().count(),
                    listed_form == Some(*n),
                    // (`San Paolo-IMI` over its slip `San paolo-IMI`)
                    n.chars().filter(|c| c.is_uppercase()).count(),
                )
            })
            .unwrap_or_default()
            .to_string();
        // Only capitals in the article (`OPENAI` in a headline): the listed form.
        let name = match listed {
            Some(e)
                if name.chars().count() > 5
                    && name
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase) =>
            {
                GAZETTEER.entries[e].name.to_string()
            }
            _ => name,
        };
        let mentions = members
            .iter()
            .map(|&i| Mention {
                span: cands[i].span.clone().into(),
                text: text[cands[i].span.clone()].to_string(),
            })
            .collect();
        out[s].push(Entity { name, mentions });
    }
    out
}

fn slot(c: Class) -> usize {
    match c {
        Class::Company => 0,
        Class::Organization => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// The canonical name: the fullest form, legal suffix left out.
    #[test]
    fn canonical_names() {
        check(&[
            "Ieri la [Brontelli Servizi S.r.l.=Brontelli Servizi] ha chiuso. Oggi la [Brontelli Servizi] ha riaperto.",
            "[@Carlo Venturelli] ha parlato ieri. [@Venturelli=Carlo Venturelli] ha poi aggiunto altro.",
            "La [#Federazione Tessile Veneta] ([#FTV=Federazione Tessile Veneta]) ha protestato ieri.",
        ]);
    }
}
