//! Speaker names: entity mentions first, then capitalised name sequences; surnames
//! and partial names resolved to the fullest form the article uses.

use super::flags::{FLAG_TABLE, F_NOT_NAME, F_PLURAL_ROLE, F_ROLE, KNOWN};
use super::runs::run_with;
use super::tokens::{tokenize_in, SentenceToken};
use super::words::{is_kin, PREPOSITIONS};
use crate::extract::entities::{Entities, EntityKind, Found};
use crate::reader::Article;
use rustc_hash::{FxHashMap, FxHashSet};

/// A name found in a token window.
#[derive(Debug, Clone)]
pub(crate) struct NameHit {
    /// Index after its last token.
    pub end: usize,
    /// The canonical name (entity name, or the resolved surface).
    pub name: String,
    /// The entity kind when an entity covers it.
    pub kind: Option<EntityKind>,
}

/// What the speaker and source finders know about an article.
pub(crate) struct Context<'a> {
    /// The article.
    pub article: &'a Article<'a>,
    /// The entities.
    pub entities: &'a Entities,
    pub(crate) mentions: Vec<Found<'a>>,
    /// lower-case last word → the fullest capitalised sequence ending with it
    pub(crate) by_last: FxHashMap<String, String>,
    /// lower-case words that stand alone as a one-word capitalised name somewhere
    pub(crate) singles: FxHashSet<String>,
    /// lower-case words that stand alone as a one-word capitalised name anywhere,
    /// sentence openings included
    pub(crate) standalone: FxHashSet<String>,
    /// lower-case capitalised words seen inside a sentence (not only as its first word)
    pub(crate) mid_caps: FxHashSet<String>,
    /// initials → the capitalised sequence they abbreviate (`CONI`)
    pub(crate) acronyms: FxHashMap<String, String>,
    /// lower-case first word → the fullest capitalised sequence starting with it
    pub(crate) by_first: FxHashMap<String, String>,
    /// Every unit (title, sentences) with its tokens, in text order.
    pub units: Vec<(std::ops::Range<usize>, Vec<SentenceToken>)>,
    /// lower-case mention text or entity name → (kind, canonical name)
    pub(crate) surfaces: FxHashMap<String, (EntityKind, String)>,
    /// (byte, role noun, name): `il ministro Sandro Bondi`, `Il sindaco, Mehmet Demirgul`
    pub(crate) roles: Vec<(usize, String, String)>,
}

impl<'a> Context<'a> {
    /// Builds the context: one pass over the article for the name index.
    pub fn new(article: &'a Article<'a>, entities: &'a Entities) -> Self {
        let text = article.text;
        let mut by_last: FxHashMap<String, (usize, String)> = FxHashMap::default();
        let mut role_hits: Vec<(usize, String, usize, usize, bool)> = Vec::new();
        let mut acronyms: FxHashMap<String, String> = FxHashMap::default();
        let mut by_first: FxHashMap<String, (usize, String)> = FxHashMap::default();
        let mut mid_caps: FxHashSet<String> = FxHashSet::default();
        let mut singles: FxHashSet<String> = FxHashSet::default();
        let mut standalone: FxHashSet<String> = FxHashSet::default();
        let mut units = Vec::new();
        let mut roles_at: Vec<bool> = Vec::new();
        let mut name_at: Vec<bool> = Vec::new();
        for unit in article.units() {
            let mut toks = tokenize_in(&article.tokens, text, unit.start, unit.end);
            // one lower-casing and one list lookup per word: role nouns and name words
            roles_at.clear();
            name_at.clear();
            for k in 0..toks.len() {
                let t = &toks[k];
                let (role, name, lists) = if t.word {
                    let lowered = t.lower(text);
                    let l: &str = &lowered;
                    let f = FLAG_TABLE.get(l);
                    let capitalised = t.capitalised(text);
                    if capitalised && k >= 1 {
                        let p = &toks[k - 1];
                        if (p.word || p.is(text, ',') || p.is(text, '(')) && !mid_caps.contains(l) {
                            mid_caps.insert(l.to_string());
                        }
                    }
                    let name = capitalised
                        && !(f & (F_NOT_NAME | F_ROLE) != 0
                            || k == 0 && super::cues::is_verb_form(l));
                    // (`l'ad`: the chief executive, not the preposition)
                    let ad = l == "ad" && k > 0 && toks[k - 1].lower(text) == "l";
                    (
                        f & (F_ROLE | F_PLURAL_ROLE) != 0 || ad || is_kin(l),
                        name,
                        f | KNOWN,
                    )
                } else {
                    (false, false, 0)
                };
                toks[k].lists = lists;
                roles_at.push(role);
                name_at.push(name);
            }
            let starts = |k: usize| name_at.get(k).copied().unwrap_or(false);
            let any_role = roles_at.contains(&true);
            for (r, t) in toks.iter().enumerate().filter(|(_, t)| any_role && t.word) {
                if roles_at[r] {
                    let l = t.lower(text);
                    let mut j = r + 1;
                    while j < toks.len()
                        && j <= r + 6
                        && !toks[j].is(text, '.')
                        && !toks[j].is(text, ';')
                    {
                        // `Il sindaco, Mehmet Demirgul`, not `i dottori, la Petrella`
                        if toks[j].is(text, ',') && !starts(j + 1)
                            || !toks[j].word && ":«»\"“”".contains(toks[j].text(text))
                        {
                            break;
                        }
                        if let Some(end) = run_with(text, &toks, j, starts) {
                            let p = toks[j - 1].lower(text);
                            let governed = toks[j - 1].word
                                && (PREPOSITIONS.contains(&p.as_ref()) || p == "e");
                            if !governed || p != "e" && end >= j + 3 {
                                // (a governed run counts only for a person inside it:
                                // `degli economisti della Banca Rossa Anna Neri`)
                                role_hits.push((
                                    t.start,
                                    l.clone().into_owned(),
                                    toks[j].start,
                                    toks[end - 1].end,
                                    governed,
                                ));
                                if !governed {
                                    break;
                                }
                            }
                            j = end;
                            continue;
                        }
                        j += 1;
                    }
                }
            }
            let mut i = 0;
            while i < toks.len() {
                // (most tokens start no name: no call)
                if !name_at[i] {
                    i += 1;
                    continue;
                }
                if let Some(end) = run_with(text, &toks, i, starts) {
                    let words = toks[i..end].iter().filter(|t| t.word).count();
                    if words == 1 {
                        // (allocated only when new)
                        let l = toks[i].lower(text);
                        if i > 0 && !singles.contains(&*l) {
                            singles.insert(l.to_string());
                        }
                        if !standalone.contains(&*l) {
                            standalone.insert(l.into_owned());
                        }
                    }
                    if words >= 2 {
                        let last = toks[end - 1].lower(text);
                        let surface = &text[toks[i].start..toks[end - 1].end];
                        let initials: String = toks[i..end]
                            .iter()
                            .filter(|t| t.capitalised(text))
                            .filter_map(|t| t.text(text).chars().next())
                            .collect();
                        if initials.chars().count() >= 2 {
                            acronyms
                                .entry(initials)
                                .or_insert_with(|| surface.to_string());
                        }
                        keep_longest(&mut by_first, &toks[i].lower(text), words, surface);
                        // `dell'Economia Giancarlo Giorgetti`: a long run after a preposition
                        // glues a complement to a name; the surname index keeps the name
                        let governed = i > 0
                            && toks[i - 1].word
                            && PREPOSITIONS.contains(&toks[i - 1].lower(text).as_ref());
                        let (words, surface) = if governed && words >= 3 && end - i == words {
                            (2, &text[toks[end - 2].start..toks[end - 1].end])
                        } else {
                            (words, surface)
                        };
                        keep_longest(&mut by_last, &last, words, surface);
                    }
                    i = end;
                } else {
                    i += 1;
                }
            }
            units.push((unit, toks));
        }
        super::acronyms::spell_out_acronyms(text, &units, &mut acronyms);
        let mentions = entities.mentions();
        let mut surfaces = FxHashMap::default();
        for f in &mentions {
            // (a mention that is the name itself is one key: lowered once)
            let name = Some(&f.entity.name).filter(|n| **n != f.mention.text);
            for s in std::iter::once(&f.mention.text).chain(name) {
                // (`to_lowercase` is `to_ascii_lowercase` on ASCII, and cheaper)
                let l = if s.is_ascii() {
                    s.to_ascii_lowercase()
                } else {
                    s.to_lowercase()
                };
                surfaces
                    .entry(l)
                    .or_insert_with(|| (f.kind, f.entity.name.clone()));
            }
        }
        let mut ctx = Context {
            article,
            entities,
            units,
            surfaces,
            mentions,
            by_last: by_last.into_iter().map(|(k, (_, v))| (k, v)).collect(),
            roles: Vec::new(),
            acronyms,
            mid_caps,
            singles,
            standalone,
            by_first: by_first.into_iter().map(|(k, (_, v))| (k, v)).collect(),
        };
        ctx.roles = role_hits
            .into_iter()
            .filter_map(|(p, r, s, e, governed)| {
                if governed {
                    let person = ctx.mentions.iter().find(|f| {
                        f.kind == EntityKind::Person
                            && s < f.mention.span.start
                            && f.mention.span.end <= e
                    })?;
                    return Some((p, r, person.entity.name.clone()));
                }
                let name = match ctx.mention_at(s) {
                    Some(f) => f.entity.name.clone(),
                    None => ctx.resolve(&text[s..e]),
                };
                Some((p, r, name))
            })
            .collect();
        ctx
    }
}

/// Keeps in `index` the name with the most words for `key` (the first one on a tie).
fn keep_longest(
    index: &mut FxHashMap<String, (usize, String)>,
    key: &str,
    words: usize,
    surface: &str,
) {
    match index.get_mut(key) {
        Some((n, _)) if words <= *n => {}
        Some(v) => *v = (words, surface.to_string()),
        None => {
            index.insert(key.to_string(), (words, surface.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn surname_resolves_to_full_name() {
        let text = "Parla Satya Nadella oggi. Poi lo stesso Nadella dice.";
        let a = Article::parse(text);
        let e = Entities::default();
        let c = Context::new(&a, &e);
        assert_eq!(c.resolve("Nadella"), "Satya Nadella");
        assert_eq!(c.resolve("Rossi"), "Rossi");
        let toks = tokenize(text, 0, text.len());
        let i = toks
            .iter()
            .position(|t| t.text(text) == "Vittorio")
            .unwrap_or(1);
        assert_eq!(c.name_at(&toks, i).unwrap().name, "Satya Nadella");
    }

    #[test]
    fn particles_join_names() {
        let text = "Lo ha detto Vittorio Emanuele di Savoia ieri.";
        let a = Article::parse(text);
        let e = Entities::default();
        let c = Context::new(&a, &e);
        let toks = tokenize(text, 0, text.len());
        assert_eq!(
            c.name_at(&toks, 3).unwrap().name,
            "Vittorio Emanuele di Savoia"
        );
    }
}
