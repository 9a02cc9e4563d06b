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

/// How many bytes of `bytes` start a char: all but the continuation bytes
/// (`0b10xxxxxx`), counted eight at a time.
fn count_starts(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for w in words.by_ref() {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // bit 7 set and bit 6 clear: `w << 1` moves each byte's bit 6 to its bit 7
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let tail = words.remainder();
    bytes.len() - continuations - tail.len() + tail.iter().filter(|&&b| starts_char(b)).count()
}

impl<'t> CodePoints<'t> {
    /// Builds the map for `text`.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0usize;
        for block in bytes.chunks(BLOCK) {
            before.push(chars);
            chars += count_starts(block);
        }
        before.push(chars);
        CodePoints { bytes, before }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        self.before[block] + count_starts(&self.bytes[start..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_starts_as_byte_by_byte() {
        let mut seed: u64 = 7;
        for len in 0..200 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (seed >> 56) as u8
                })
                .collect();
            for from in 0..bytes.len().min(9) {
                let s = &bytes[from..];
                let want = s.iter().filter(|&&b| starts_char(b)).count();
                assert_eq!(count_starts(s), want, "{s:?}");
            }
        }
    }

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
