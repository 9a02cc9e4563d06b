//! Markdown articles: the text without its marks, as the reader takes it.
//!
//! The CommonMark parser (`pulldown-cmark`) reads the file; every heading, paragraph
//! and list item becomes a line of its own, so a heading at the start (`# Title`, or
//! `Title` underlined with `=`) is the first line, which the reader takes as the
//! title; emphasis, link and code marks are dropped and their text kept; code blocks,
//! raw HTML and images are dropped.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The plain text of a Markdown document: one line per block, white space collapsed.
pub fn to_text(markdown: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Depth inside code blocks, raw HTML blocks and images, whose text is dropped.
    let mut hidden = 0usize;
    let flush = |line: &mut String, lines: &mut Vec<String>| {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !collapsed.is_empty() {
            lines.push(collapsed);
        }
        line.clear();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image) => {
                hidden = hidden.saturating_sub(1)
            }
            Event::Start(Tag::Heading { .. } | Tag::Item) => flush(&mut line, &mut lines),
            Event::Text(t) | Event::Code(t) if hidden == 0 => line.push_str(&t),
            Event::SoftBreak | Event::HardBreak => line.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                flush(&mut line, &mut lines)
            }
            _ => {}
        }
    }
    flush(&mut line, &mut lines);
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn marks_dropped_title_first() {
        let md = "# Acme compra *Bettini*\n\nLa **Acme Italia** ha comprato\n[Bettini](https://x.it) per `3` milioni.\n\n## Il prezzo\n\n- uno\n- due\n\n```\ncodice\n```\n\n![foto](a.png)\n<div>html</div>\n";
        assert_eq!(
            to_text(md),
            "Acme compra Bettini\nLa Acme Italia ha comprato Bettini per 3 milioni.\nIl prezzo\nuno\ndue\n"
        );
        assert_eq!(to_text("Titolo\n======\n\nTesto."), "Titolo\nTesto.\n");
    }
}
