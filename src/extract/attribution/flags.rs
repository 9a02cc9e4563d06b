//! One look-up per word for every list a word may belong to: the name lists of
//! [`super::words`] (never a name, role, plural role) and the source lists of
//! [`super::source_words`], as bit flags in one open-addressing table.

use super::source_words::{flags, lower, FLAGS};
use super::tokens::SentenceToken;
use super::words::{NOT_NAMES, PLURAL_ROLES, ROLES};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Flag: a word of [`NOT_NAMES`].
pub(crate) const F_NOT_NAME: u16 = 1;
/// Flag: a word of [`ROLES`].
pub(crate) const F_ROLE: u16 = 2;
/// Flag: a word of [`PLURAL_ROLES`] (above the source flags).
pub(crate) const F_PLURAL_ROLE: u16 = 1 << 14;
/// The source list flags (`sources::lists::FLAGS`) sit above the name flags.
const SOURCE_SHIFT: u32 = 2;
/// Set on a token whose lists have been computed.
pub(crate) const KNOWN: u16 = 1 << 15;

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
    for (w, f) in FLAGS.iter() {
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
pub(crate) static FLAG_TABLE: LazyLock<FlagTable> = LazyLock::new(|| FlagTable::build(&NAME_FLAGS));

/// The source list flags of a token whose lists `Context::new` computed.
pub(crate) fn source_flags(lists: u16) -> Option<u8> {
    (lists & KNOWN != 0).then_some(((lists & !(KNOWN | F_PLURAL_ROLE)) >> SOURCE_SHIFT) as u8)
}

/// The list flags of a word token: precomputed by `Context::new`, else looked up.
pub(crate) fn token_flags(text: &str, t: &SentenceToken) -> u8 {
    source_flags(t.lists).unwrap_or_else(|| flags(&lower(text, t)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
