//! Byte ranges of the text, as the reader cuts them.

use std::ops::Range;

/// `r` without leading and trailing white space.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    start..end.max(start)
}
