//! Finding the quoted stretches of an article: every mark style, nesting, unclosed
//! marks and quotes that run over several paragraphs. One linear pass.

use crate::reader::Article;

/// A top-level quoted stretch: byte offsets of its marks and of the words inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// First byte inside the marks (trimmed).
    pub start: usize,
    /// First byte after the words inside the marks (trimmed).
    pub end: usize,
    /// First byte after the closing mark (or `end` when the quote was not closed).
    pub after: usize,
    /// The opening mark.
    pub mark: char,
    /// False when no closing mark was found and the quote was closed at the paragraph end.
    pub closed: bool,
}

fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{«“‘—–-:/'’".contains(c),
    }
}

/// The first byte from `i` on that is outside ASCII or a `"`, eight bytes at a time.
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let quote = w ^ (ONES * u64::from(b'"'));
        // a byte with its high bit set, or a zero byte of `quote` (a `"` in `w`)
        if (w | quote.wrapping_sub(ONES) & !quote) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 && bytes[i] != b'"' {
        i += 1;
    }
    i
}

/// The top-level quotes of `article` (title included), in text order.
pub(crate) fn find(article: &Article) -> Vec<Marked> {
    let text = article.text;
    let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
    if let Some(t) = &article.title {
        blocks.push(t.clone());
    }
    blocks.extend(article.paragraphs.iter().map(|p| p.span.clone()));
    let mut out = Vec::new();
    // the open top-level quote carried over from the previous paragraph
    // (and whether the paragraph reopens it with a mark of its own)
    let mut carried: Option<(char, usize, bool)> = None;
    for (bi, block) in blocks.iter().enumerate() {
        let mut stack: Vec<(char, usize)> = Vec::new();
        let para = &text[block.clone()];
        let mut skip_first = false;
        if let Some((mark, open, reopened)) = carried.take() {
            stack.push((mark, open));
            skip_first = reopened; // the reopening mark belongs to the carried quote
        }
        let bytes = para.as_bytes();
        let mut i = 0;
        if skip_first {
            i = para.chars().next().map_or(0, char::len_utf8);
        }
        loop {
            // every mark but `"` is outside ASCII
            i = skip_plain(bytes, i);
            let Some(c) = para[i..].chars().next() else {
                break;
            };
            let pos = block.start + i;
            let len = c.len_utf8();
            let prev = para[..i].chars().next_back();
            let next = para[i + len..].chars().next();
            i += len;
            match c {
                '«' | '“' | '„' => {
                    let want = if c == '«' { '«' } else { '“' };
                    if want == '«' && stack.iter().any(|&(m, _)| m == '«') {
                        // a new « while one is open: the old one was never closed
                        if let Some(&(m, o)) = stack.first() {
                            push(text, &mut out, m, o, pos, pos, false);
                        }
                        stack.clear();
                    }
                    stack.push((want, pos));
                }
                '»' | '”' => {
                    let want = if c == '»' { '«' } else { '“' };
                    if let Some(k) = stack.iter().rposition(|&(m, _)| m == want) {
                        if k == 0 {
                            let (m, o) = stack[0];
                            push(text, &mut out, m, o, pos, pos + c.len_utf8(), true);
                        }
                        stack.truncate(k);
                    }
                }
                '‘' if !prev.is_some_and(char::is_alphanumeric) => stack.push(('‘', pos)),
                '’' if !next.is_some_and(char::is_alphanumeric) => {
                    if let Some(k) = stack.iter().rposition(|&(m, _)| m == '‘') {
                        if k == 0 {
                            let (m, o) = stack[0];
                            push(text, &mut out, m, o, pos, pos + c.len_utf8(), true);
                        }
                        stack.truncate(k);
                    }
                }
                '"' => {
                    let open_here = stack.iter().rposition(|&(m, _)| m == '"');
                    let can_close = !prev.is_some_and(char::is_whitespace)
                        && !next.is_some_and(char::is_alphanumeric);
                    let can_open =
                        is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
                    match open_here {
                        Some(k) if can_close || !can_open => {
                            if k == 0 {
                                let (m, o) = stack[0];
                                push(text, &mut out, m, o, pos, pos + 1, true);
                            }
                            stack.truncate(k);
                        }
                        _ if can_open => stack.push(('"', pos)),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if let Some(&(m, o)) = stack.first() {
            // unclosed at the paragraph end: continues when the next paragraph reopens
            let next_block = blocks.get(bi + 1);
            let reopens = next_block.is_some_and(|nb| {
                text[nb.clone()].starts_with(match m {
                    '«' => '«',
                    '“' => '“',
                    '‘' => '‘',
                    _ => '"',
                })
            });
            let body = bi > 0 || article.title.is_none();
            if reopens && body {
                carried = Some((m, o, true));
            } else if m == '«' && body && closes_later(text, &blocks[bi + 1..]) {
                carried = Some((m, o, false));
            } else {
                push(text, &mut out, m, o, block.end, block.end, false);
            }
        }
    }
    out
}

/// True when a `»` with no `«` before it closes, in one of the next three paragraphs,
/// a quote left open at a paragraph end: `«A.\nB\nC - ha proseguito - D».` is one
/// quote over three paragraphs, written without the reopening marks.
fn closes_later(text: &str, next: &[std::ops::Range<usize>]) -> bool {
    for block in next.iter().take(3) {
        match text[block.clone()].chars().find(|&c| c == '«' || c == '»') {
            Some('»') => return true,
            Some(_) => return false,
            None => {}
        }
    }
    false
}

fn push(
    text: &str,
    out: &mut Vec<Marked>,
    mark: char,
    open: usize,
    end: usize,
    after: usize,
    closed: bool,
) {
    let start = open + mark.len_utf8();
    if start > end {
        return;
    }
    let inner = &text[start..end];
    let s = start + (inner.len() - inner.trim_start().len());
    let e = end - (inner.len() - inner.trim_end().len());
    if s < e {
        out.push(Marked {
            open,
            start: s,
            end: e,
            after,
            mark,
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, bool)> {
        let a = Article::parse(s);
        find(&a)
            .into_iter()
            .map(|m| (s[m.start..m.end].to_string(), m.closed))
            .collect()
    }

    #[test]
    fn every_mark_style() {
        let t = texts("Disse «uno due». Poi “tre quattro”. E \"cinque sei\". Infine ‘sette otto’.");
        let words: Vec<&str> = t.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            ["uno due", "tre quattro", "cinque sei", "sette otto"]
        );
    }

    #[test]
    fn nested_quotes_are_inside_the_outer_one() {
        let t = texts("Ha detto: «hanno gridato “Allah” e poi \"basta\" ancora». Fine.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, "hanno gridato “Allah” e poi \"basta\" ancora");
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let t = texts("L’agenzia dell’Aquila dice un po’ di cose. Poi l'uomo.");
        assert!(t.is_empty());
    }

    #[test]
    fn unclosed_mark_stops_at_paragraph_end() {
        let t = texts("Disse: «non chiudo mai\nAltro paragrafo lungo. Con «chiuso» qui.");
        assert_eq!(t[0], ("non chiudo mai".to_string(), false));
        assert_eq!(t[1], ("chiuso".to_string(), true));
    }

    #[test]
    fn unclosed_mark_before_a_new_one() {
        let t = texts("Disse «prima parte [... e che «seconda parte». Fine.");
        assert_eq!(t[0].0, "prima parte [... e che");
        assert_eq!(t[1].0, "seconda parte");
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let s = "Titolo\nDisse: «primo paragrafo.\n«Secondo paragrafo». Fine.";
        let t = texts(s);
        assert_eq!(t.len(), 1);
        assert!(t[0].0.starts_with("primo paragrafo."));
        assert!(t[0].0.ends_with("Secondo paragrafo"));
    }

    #[test]
    fn quote_closed_paragraphs_later_without_reopening_marks() {
        let s = "Titolo\nDisse: «primo paragrafo.\nSecondo\nTerzo paragrafo». Fine.";
        let t = texts(s);
        assert_eq!(t.len(), 1);
        assert!(t[0].1);
        assert!(t[0].0.ends_with("Terzo paragrafo"));
        // twin: a later paragraph opens a quote of its own first
        let s = "Titolo\nDisse: «primo paragrafo.\nSecondo «altro» e poi».";
        let t = texts(s);
        assert_eq!(t[0], ("primo paragrafo.".to_string(), false));
    }

    #[test]
    fn inch_and_seconds_marks_are_not_quotes() {
        assert!(
            texts("Un telescopio di 12\" di diametro. Distacco di 23 \" sui primi.").is_empty()
        );
    }
}
