//! HTML articles: the main text of a page as the plain text the reader takes, a
//! title line and one line per paragraph.
//!
//! The page is parsed by html5ever (through `scraper`), as a browser would, so broken
//! markup, entities and character references come out right. The main text is the
//! `<article>` (or `<main>`, or the `<body>`); its title the first `<h1>` in it, or
//! the page's `<title>`; its paragraphs the `<p>` elements outside navigation,
//! headers, footers, asides, forms, scripts and parts whose class or id says they
//! are boilerplate (cookie notices, share buttons, related links, comments).

use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// A CSS selector known to be valid.
fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static PARAGRAPH: LazyLock<Selector> = LazyLock::new(|| selector("p"));

/// Elements whose content is never the article's text.
const NOT_TEXT: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "form",
    "script",
    "style",
    "noscript",
    "template",
    "button",
    "figcaption",
    "iframe",
    "svg",
];

/// ARIA roles of the parts of a page around the article.
const NOT_TEXT_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
];

/// Words that, as a word of a class or id (`share-buttons`, `cookie_banner`), mark
/// a part of the page that is not the article.
const BOILERPLATE_WORDS: &[&str] = &[
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "comments",
    "cookie",
    "cookies",
    "newsletter",
    "promo",
    "related",
    "share",
    "sharing",
    "sidebar",
    "social",
];

/// The plain text of an HTML page: its title on the first line (when it has one),
/// then one line per paragraph, white space collapsed.
pub fn to_text(html: &str) -> String {
    let page = Html::parse_document(html);
    let root = page
        .select(&ARTICLE)
        .next()
        .or_else(|| page.select(&MAIN).next())
        .or_else(|| page.select(&BODY).next())
        .unwrap_or_else(|| page.root_element());
    let title = root
        .select(&H1)
        .chain(page.select(&H1))
        .map(text_of)
        .find(|t| !t.is_empty())
        .or_else(|| page.select(&TITLE).map(text_of).find(|t| !t.is_empty()));
    let mut lines: Vec<String> = title.into_iter().collect();
    let paragraphs: Vec<String> = root
        .select(&PARAGRAPH)
        .filter(|p| !in_boilerplate(*p, root))
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    if paragraphs.is_empty() {
        // No paragraph marks at all: the text of the main part as one paragraph.
        let all = text_of(root);
        let all = match lines.first() {
            Some(t) => all
                .strip_prefix(t.as_str())
                .unwrap_or(&all)
                .trim()
                .to_string(),
            None => all,
        };
        lines.extend((!all.is_empty()).then_some(all));
    }
    lines.extend(paragraphs);
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// True when `element`, or one of its ancestors up to `root`, is not article text.
fn in_boilerplate(element: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    let mut node = Some(element);
    while let Some(el) = node {
        if el.id() == root.id() {
            return false;
        }
        let e = el.value();
        if NOT_TEXT.contains(&e.name())
            || e.attr("role").is_some_and(|r| NOT_TEXT_ROLES.contains(&r))
            || e.attr("aria-hidden") == Some("true")
            || e.attr("hidden").is_some()
            || e.classes().chain(e.id()).any(boilerplate_name)
            // A page's header, not the header of the article (which holds its standfirst).
            || (e.name() == "header" && !inside_article(el))
        {
            return true;
        }
        node = el.parent().and_then(ElementRef::wrap);
    }
    false
}

fn inside_article(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "article")
}

/// True when a word of a class or id (split at `-` and `_`) is a boilerplate word.
fn boilerplate_name(name: &str) -> bool {
    name.split(['-', '_'])
        .any(|w| BOILERPLATE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// The text of an element, white space (and `<br>`) collapsed to single spaces;
/// scripts and styles inside it left out.
fn text_of(element: ElementRef<'_>) -> String {
    let mut raw = String::new();
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) => {
                let hidden = node.ancestors().filter_map(ElementRef::wrap).any(|a| {
                    matches!(
                        a.value().name(),
                        "script" | "style" | "noscript" | "template"
                    )
                });
                if !hidden {
                    raw.push_str(t);
                }
            }
            Node::Element(e) if e.name() == "br" => raw.push(' '),
            _ => {}
        }
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn title_and_paragraphs_of_the_article_only() {
        let page = r#"<!doctype html><html><head><title>Acme - Il Giornale</title>
            <script>var x = "<p>no</p>";</script><style>p { color: red }</style></head>
            <body><nav><p>Home | Economia</p></nav>
            <header><p>Il Giornale del mattino</p></header>
            <article><header><h1>Acme compra  Bettini</h1><p>Il sommario.</p></header>
            <p>Prima frase,<br>ancora &egrave; <b>prima</b>.</p>
            <div class="share-buttons"><p>Condividi</p></div>
            <p>Seconda.</p><aside><p>Leggi anche</p></aside></article>
            <footer><p>P.IVA 000</p></footer><div id="cookie-banner"><p>Cookie</p></div>
            </body></html>"#;
        assert_eq!(
            to_text(page),
            "Acme compra Bettini\nIl sommario.\nPrima frase, ancora è prima.\nSeconda.\n"
        );
    }

    #[test]
    fn the_page_title_without_h1_and_text_without_paragraphs() {
        assert_eq!(
            to_text("<title>Titolo</title><body><p>Uno.</p></body>"),
            "Titolo\nUno.\n"
        );
        assert_eq!(to_text("<div>Solo testo.</div>"), "Solo testo.\n");
        assert_eq!(to_text(""), "\n");
    }
}
