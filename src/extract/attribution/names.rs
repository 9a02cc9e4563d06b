//! Speaker names: entity mentions first, then capitalised name sequences; surnames
//! and partial names resolved to the fullest form the article uses.

use super::tokens::{tokenize_in, Tok};
use crate::extract::entities::{Entities, EntityKind, Found};
use crate::lexicon::entries;
use crate::reader::Article;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

fn set(file: &'static str) -> FxHashSet<&'static str> {
    entries(file).collect()
}

/// Capitalised words that never start a name (`crate::lexicon::quote_not_names`).
pub(crate) static NOT_NAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::lexicon::quote_not_names().collect());
/// Role nouns that head a speaker description (`data/quote_roles.txt`).
pub(crate) static ROLES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::QUOTE_ROLES));

/// Given names (`data/first_names.txt`): in a capitalised run glued to a complement
/// (`della Konya Galip Sef`, `di Valdora Mario Rossi`) the person starts at one.
pub(crate) static FIRST_NAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| set(crate::lexicon::FIRST_NAMES));

/// The plurals of the role nouns (`economisti`, `giudici`, `medici`): a plural role
/// heads a description of people (`i medici`, `uno dei carabinieri`) and refers back
/// to the people it introduced (`gli economisti della Banca Rossi Anna Neri e ...`);
/// unlike the singulars they may start a name when capitalised (`Generali`).
pub(crate) static PLURAL_ROLES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    ROLES
        .iter()
        .filter_map(|w| plural(w))
        .filter(|p| !ROLES.contains(p.as_str()))
        .collect()
});

/// The plural of a role noun: `-co` → `-ci`, `-o`/`-a`/`-e` → `-i`; `None` when
/// it does not change (`leader`, `ceo`, `pm`).
fn plural(w: &str) -> Option<String> {
    let stem = w.strip_suffix(['o', 'a', 'e'])?;
    if w.len() <= 3 {
        return None;
    }
    Some(format!("{stem}i"))
}

/// Articles and determiners that open a description (apostrophe cut off: `l`, `un`).
pub(crate) const DETERMINERS: &[&str] = crate::lexicon::function_words::DETERMINERS_BARE;
/// Prepositions (simple and articulated): a name after one is a complement, not a subject.
/// The simple ones as this reader wants them: the proper prepositions with `ad`, and
/// `contro`, `verso`; not the elided `d'`, whose `d` token is a name's particle here.
/// The articulated ones from `data/it/function_words.tsv`, apostrophe cut off (`dell`).
pub(crate) const PREPOSITIONS: &[&str] = &PREPOSITION_ARRAY;
const PREPOSITION_ARRAY: [&str; 50] = crate::lexicon::concat(
    &[
        "a", "ad", "con", "contro", "da", "di", "fra", "in", "per", "su", "tra", "verso",
    ],
    crate::lexicon::function_words::ARTICULATED_BARE,
);
/// Lower-case particles inside names (`Vittorio Emanuele di Savoia`, `Leonardo da Vinci`).
const PARTICLES: &[&str] = &[
    "bin", "d", "da", "de", "dei", "del", "della", "der", "di", "dos", "du", "van", "von", "y",
];

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
    pub units: Vec<(std::ops::Range<usize>, Vec<Tok>)>,
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
        super::lookup::spell_out_acronyms(text, &units, &mut acronyms);
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

/// True when `s` is a definite singular role description (`il ministro`, `la
/// portavoce`), which may refer back to the last speaker (`i medici` may not).
pub(crate) fn is_definite_role(s: &str) -> bool {
    let mut words = s.split([' ', '\'', '’']).filter(|w| !w.is_empty());
    let det = words.next().map(str::to_lowercase);
    let mut next = words.take(2).map(str::to_lowercase);
    matches!(
        det.as_deref(),
        Some("il" | "lo" | "la" | "l" | "i" | "gli" | "le")
    ) && next.any(|r| ROLES.contains(r.as_str()) || r == "ad" && det.as_deref() == Some("l"))
}

/// True when the lower-case word is a noun of kinship (`la figlia`, `il marito`). The
/// article may introduce someone by it (`La figlia di Marina Neri, Elisa Novelli`), and
/// then the noun refers back to that person (`secondo le parole della figlia`); unlike a
/// role, it never stands for the last speaker (`il figlio` of a speaker is someone else).
pub(crate) fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "figlio"
            | "figlia"
            | "padre"
            | "madre"
            | "marito"
            | "moglie"
            | "fratello"
            | "sorella"
            | "nonno"
            | "nonna"
            | "zio"
            | "zia"
            | "cugino"
            | "cugina"
            | "fidanzato"
            | "fidanzata"
            | "vedova"
            | "vedovo"
    )
}

/// True when the lower-case word is a role noun, singular or plural.
pub(crate) fn is_role(word: &str) -> bool {
    ROLES.contains(word) || PLURAL_ROLES.contains(word)
}

/// True when the lower-case `word`, after the lower-case word `before`, is a role
/// noun: any role, and `ad` (amministratore delegato) after the elided article
/// (`l'ad`), where it cannot be the preposition `ad`.
pub(crate) fn is_role_after(before: Option<&str>, word: &str) -> bool {
    is_role(word) || word == "ad" && before == Some("l")
}

/// [`is_role_after`] for token `k` of a window.
pub(crate) fn role_at(text: &str, toks: &[Tok], k: usize) -> bool {
    toks[k].word && {
        let before = k
            .checked_sub(1)
            .filter(|&j| toks[j].word)
            .map(|j| toks[j].lower(text));
        is_role_after(before.as_deref(), &toks[k].lower(text))
    }
}

/// True when token `k` may start (or continue) a capitalised name: capitalised, not a
/// role noun nor a word that never starts a name, not a verb form opening the unit.
fn name_word(text: &str, t: &Tok, k: usize) -> bool {
    t.capitalised(text) && {
        let l = t.lower(text);
        name_word_lower(&l, k)
    }
}

/// [`name_word`] for a capitalised token, given its lower-case form.
fn name_word_lower(l: &str, k: usize) -> bool {
    let f = FLAG_TABLE.get(l);
    !(f & (F_NOT_NAME | F_ROLE) != 0 || k == 0 && super::cues::is_verb_form(l))
}

/// Flag: a word of [`NOT_NAMES`].
const F_NOT_NAME: u16 = 1;
/// Flag: a word of [`ROLES`].
const F_ROLE: u16 = 2;
/// Flag: a word of [`PLURAL_ROLES`] (above the source flags).
const F_PLURAL_ROLE: u16 = 1 << 14;
/// The source list flags (`sources::lists::FLAGS`) sit above the name flags.
const SOURCE_SHIFT: u32 = 2;
/// Set on a token whose lists have been computed.
const KNOWN: u16 = 1 << 15;

/// Lower-case word → [`F_NOT_NAME`] | [`F_ROLE`] | the source list flags: one lookup
/// for every list a word may belong to.
static NAME_FLAGS: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u16> = FxHashMap::default();
    for w in NOT_NAMES.iter() {
        *map.entry(w).or_default() |= F_NOT_NAME;
    }
    for w in ROLES.iter() {
        *map.entry(w).or_default() |= F_ROLE;
    }
    for w in PLURAL_ROLES.iter() {
        *map.entry(w.as_str()).or_default() |= F_PLURAL_ROLE;
    }
    for (w, f) in super::source_words::FLAGS.iter() {
        *map.entry(w).or_default() |= u16::from(*f) << SOURCE_SHIFT;
    }
    map
});

/// [`NAME_FLAGS`] as an open-addressing table of at most 1/8 load, hashed on the
/// length and three bytes of a word: a word in no list (most words) usually meets
/// an empty slot at once, without a hash of the whole word nor a comparison. The
/// probe reads a byte per slot first (its tag), from an array small enough to stay in
/// the processor's first cache; only a slot whose tag matches is read and compared
/// (perf: the slot loads of the 400 KB table, missing the cache at every word, were
/// 40% of `Context::new`).
pub(crate) struct FlagTable {
    /// A byte of a second hash of each slot's word, never 0; 0 for an empty slot.
    tags: Vec<u8>,
    /// `("", 0)` for an empty slot (no list word is empty).
    slots: Vec<(&'static str, u16)>,
    /// `slots.len() - 1` (a power of two).
    mask: usize,
}

impl FlagTable {
    fn build(words: &FxHashMap<&'static str, u16>) -> Self {
        let size = (words.len() * 8).next_power_of_two().max(64);
        let mut table = FlagTable {
            tags: vec![0; size],
            slots: vec![("", 0); size],
            mask: size - 1,
        };
        for (&w, &f) in words.iter().filter(|(w, _)| !w.is_empty()) {
            let (mut i, tag) = table.slot(w);
            while table.tags[i] != 0 {
                i = (i + 1) & table.mask;
            }
            table.tags[i] = tag;
            table.slots[i] = (w, f);
        }
        table
    }

    /// The first slot to probe for `w`, and its tag.
    #[inline]
    fn slot(&self, w: &str) -> (usize, u8) {
        let b = w.as_bytes();
        let n = b.len();
        let key = match n {
            0 => 0,
            _ => {
                u32::from(b[0])
                    | u32::from(b[n / 2]) << 8
                    | u32::from(b[n - 1]) << 16
                    | (n as u32) << 24
            }
        };
        let slot = (key.wrapping_mul(0x9E37_79B1) >> 12) as usize & self.mask;
        (slot, (key.wrapping_mul(0x85EB_CA6B) >> 24) as u8 | 1)
    }

    /// The flags of the lower-case word `w` (0 when it is in no list).
    #[inline]
    pub(crate) fn get(&self, w: &str) -> u16 {
        let (mut i, tag) = self.slot(w);
        loop {
            match self.tags[i] {
                0 => return 0,
                t if t == tag && self.slots[i].0 == w => return self.slots[i].1,
                _ => i = (i + 1) & self.mask,
            }
        }
    }
}

/// [`NAME_FLAGS`], for the look-up of every word.
static FLAG_TABLE: LazyLock<FlagTable> = LazyLock::new(|| FlagTable::build(&NAME_FLAGS));

/// The source list flags of a token whose lists `Context::new` computed.
pub(crate) fn source_flags(lists: u16) -> Option<u8> {
    (lists & KNOWN != 0).then_some(((lists & !(KNOWN | F_PLURAL_ROLE)) >> SOURCE_SHIFT) as u8)
}

/// The end of the capitalised name sequence starting at token `i`.
pub(crate) fn capitalised_run(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    run_with(text, toks, i, |k| {
        toks.get(k).is_some_and(|t| name_word(text, t, k))
    })
}

/// [`capitalised_run`] with `starts(k)` telling whether token `k` is a name word
/// (precomputed by [`Context::new`]).
fn run_with(text: &str, toks: &[Tok], i: usize, starts: impl Fn(usize) -> bool) -> Option<usize> {
    if !starts(i) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if starts(end) && toks[end].start - toks[end - 1].end <= 1 {
            end += 1;
        } else if toks
            .get(end)
            .is_some_and(|t| t.word && PARTICLES.contains(&t.text(text)))
            && starts(end + 1)
        {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
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
    fn flag_table_is_the_map() {
        for (w, f) in NAME_FLAGS.iter() {
            assert_eq!(FLAG_TABLE.get(w), *f, "{w}");
        }
        let text = include_str!("../../../fixtures/seed.txt").to_lowercase();
        for w in text.split(|c: char| !c.is_alphanumeric()).chain(["", "x"]) {
            let want = NAME_FLAGS.get(w).copied().unwrap_or(0);
            assert_eq!(FLAG_TABLE.get(w), want, "{w}");
        }
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
