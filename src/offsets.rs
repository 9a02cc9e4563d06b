//! Byte offsets to code-point offsets, the one conversion between the analysis
//! (which slices `&str` by bytes) and the output contract (which counts code points).

/// Bytes per block of the prefix table.
const BLOCK: usize = 64;

/// Maps byte offsets of one text to code-point offsets: a prefix count per 64-byte
/// block, then a count inside the block. Building is linear in the text; each
/// lookup reads at most 63 bytes, so no sorting of offsets is needed.
#[derive(Debug)]
pub struct CodePoints<'t> {
    bytes: &'t [u8],
    /// Code points before the start of each block.
    before: Vec<usize>,
}

/// True for a byte that starts a code point (not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'t> CodePoints<'t> {
    /// Builds the map for `text`.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0usize;
        for block in bytes.chunks(BLOCK) {
            before.push(chars);
            chars += block.iter().filter(|&&b| starts_char(b)).count();
        }
        before.push(chars);
        CodePoints { bytes, before }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        self.before[block]
            + self.bytes[start..byte]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let t = &"l’è «così» ".repeat(40);
        let offs: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let map = CodePoints::new(t);
        for (n, b) in offs.into_iter().enumerate() {
            assert_eq!(map.get(b), n);
        }
    }
}
