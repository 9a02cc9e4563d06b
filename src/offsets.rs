//! Byte offsets to code-point offsets, the one conversion between the analysis
//! (which slices `&str` by bytes) and the output contract (which counts code points).

/// Maps a set of byte offsets of one text to code-point offsets in a single pass.
#[derive(Debug)]
pub struct CodePoints {
    /// Sorted, unique byte offsets and their code-point offsets.
    table: Vec<(usize, usize)>,
}

impl CodePoints {
    /// Builds the map for the byte offsets `wanted` of `text`; each must lie on a
    /// character boundary. Time: linear in the text plus `k log k` for `k` offsets.
    pub fn new(text: &str, mut wanted: Vec<usize>) -> Self {
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let bytes = text.as_bytes();
        let (mut byte, mut chars) = (0usize, 0usize);
        for w in wanted {
            let w = w.min(bytes.len());
            // Code points start at every byte that is not a UTF-8 continuation byte.
            chars += bytes[byte..w]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count();
            byte = w;
            table.push((w, chars));
        }
        CodePoints { table }
    }

    /// The code-point offset of byte offset `byte`, which must be one given to [`CodePoints::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            // Not registered: a bug upstream; answer the nearest offset before it
            // rather than bring a pipeline down.
            Err(i) => {
                debug_assert!(false, "byte offset {byte} was not registered");
                i.checked_sub(1).map_or(0, |j| self.table[j].1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let t = "l’è «così»";
        let offs: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let map = CodePoints::new(t, offs.clone());
        for (n, b) in offs.into_iter().enumerate() {
            assert_eq!(map.get(b), n);
        }
    }
}
