//! The other mentions of a name that a deal frame licensed as a company
//! (`licensed.rs`): `Brunelli Meccanica rileva il 60% di Idrotec` in a headline makes
//! `Brunelli Meccanica` a company, and the body's `Brunelli Meccanica, il gruppo
//! bergamasco ..., ha rilevato` names the same company, though its slot there (a
//! subject before an apposition) licenses nothing by itself.

use crate::extract::entities::Found;
use crate::summary::{Entity, Mention};

/// Adds to each licensed entity every other occurrence of its name in `text`: the
/// same letters, whole words (no letter or digit on either side), not overlapping a
/// mention the entity stage found or a slot already taken.
pub fn add_repeats(text: &str, fresh: &mut [Entity], known: &[Found<'_>]) {
    let mut taken: Vec<(usize, usize)> = known
        .iter()
        .map(|f| (f.mention.span.start, f.mention.span.end))
        .chain(
            fresh
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| (m.span.start, m.span.end))),
        )
        .collect();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for entity in fresh.iter_mut() {
        let name = entity.name.clone();
        for (start, _) in text.match_indices(name.as_str()) {
            let end = start + name.len();
            let whole =
                !alnum(text[..start].chars().next_back()) && !alnum(text[end..].chars().next());
            let free = taken.iter().all(|&(s, e)| end <= s || e <= start);
            if whole && free {
                entity.mentions.push(Mention {
                    span: (start..end).into(),
                    text: name.clone(),
                });
                taken.push((start, end));
            }
        }
        entity.mentions.sort_by_key(|m| m.span.start);
    }
}
