use super::*;
use crate::summary::Qualifier;

/// The tags the page is made of; anything else would be markup from the input.
const OUR_TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "main",
    "ul",
    "li",
    "mark",
    "span",
    "nav",
    "ol",
    "a",
    "small",
    "article",
    "div",
    "p",
    "aside",
    "figure",
    "figcaption",
    "svg",
    "defs",
    "marker",
    "path",
    "g",
    "text",
    "rect",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// Checks that `page` is made only of our tags, properly nested, and that every
/// `&` starts one of the escapes we write.
fn assert_only_our_markup(page: &str) {
    let mut stack: Vec<String> = Vec::new();
    let void = ["!DOCTYPE", "meta", "path", "rect"];
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        let tag = &rest[i + 1..];
        let end = tag.find('>').expect("a tag ends");
        let inner = &tag[..end];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == 'D')
            .collect();
        assert!(OUR_TAGS.contains(&name.as_str()), "foreign tag <{inner}>");
        if closing {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "misnested </{name}>"
            );
        } else if !void.contains(&name.as_str()) && !inner.ends_with('/') {
            stack.push(name);
        }
        rest = &tag[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    for (i, _) in page.match_indices('&') {
        let ok = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
            .iter()
            .any(|e| page[i..].starts_with(e));
        assert!(ok, "bare & at {}", &page[i..(i + 12).min(page.len())]);
    }
}

/// The text the page shows for the article, tags and labels removed, unescaped.
fn shown_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with("<span class=\"tag\">") {
            rest = &rest[rest.find("</span>").unwrap() + 7..];
        } else {
            rest = &rest[rest.find('>').unwrap() + 1..];
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

const HOSTILE: &str = "Alfa & Beta <script>alert('x')</script> \"titolo\"\n\
    La società Gamma & Figli S.p.A. <img src=x onerror=alert(1)> ha investito 3 milioni di \
    euro in Delta Srl. «Siamo <b>contenti</b> & \"pronti\"», ha detto Mario Rossi. \
    Lo riporta l'agenzia Reuters </p></mark><!-- x -->.";

#[test]
fn no_markup_from_the_article_gets_through() {
    let summary = crate::analyze_with_id("<i>id</i> & \"x\"", HOSTILE);
    let page = page(&[Entry::analyzed(&summary, 1)]);
    assert_only_our_markup(&page);
    assert!(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("&lt;i&gt;id&lt;/i&gt; &amp; &quot;x&quot;"));
    // the findings are still highlighted around the escaped text
    assert!(page.contains("data-kind=\"person\""), "{page}");
    assert!(page.contains("data-kind=\"quote\""), "{page}");
}

#[test]
fn escape_covers_text_and_attributes() {
    assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
    assert_eq!(escape("è «x»"), "è «x»");
}

#[test]
fn seed_page_highlights_every_kind_with_normalised_titles() {
    let summary =
        crate::analyze_with_id("fixtures/seed.txt", include_str!("../../fixtures/seed.txt"));
    let page = page(&[Entry::analyzed(&summary, 1)]);
    assert_only_our_markup(&page);
    for want in [
        "<mark class=\"hl company\" data-kind=\"company\" title=\"Company: Microsoft\">Microsoft<span class=\"tag\">COMPANY</span></mark>",
        "title=\"15000000000 USD, at most\">15 miliardi di dollari<span class=\"tag\">AMOUNT</span></mark>",
        "title=\"Person: Satya Nadella\">Satya Nadella<span class=\"tag\">PERSON</span>",
        "<span class=\"tag\">QUOTE · Satya Nadella</span></mark>",
        "data-kind=\"source\" title=\"Source (agency): Bloomberg\">",
        "data-kind=\"deal\" title=\"Deal (investment): Microsoft, Nvidia -&gt; Anthropic, 15 miliardi di dollari (15000000000 USD)\"",
        "<caption>Quotes (1)</caption>",
        "<svg class=\"flow\"",
    ] {
        assert!(page.contains(want), "missing {want}");
    }
    for s in &palette::SWATCHES {
        assert!(page.contains(&format!("mark.{}{{background:{}", s.kind, s.background)));
    }
}

/// Tags and labels removed, every title and paragraph reads as the article does.
#[test]
fn the_text_is_shown_whole_and_unchanged() {
    for text in [
        include_str!("../../fixtures/seed.txt"),
        include_str!("../../fixtures/wikinews-0044.txt"),
        include_str!("../../fixtures/wikinews-0319.txt"),
        HOSTILE,
    ] {
        let summary = crate::analyze(text);
        let mut html = String::new();
        write_text(&mut html, &summary);
        let mut want = String::new();
        if let Some(t) = &summary.title {
            want.push_str(t);
            want.push('\n');
        }
        for p in &summary.paragraphs {
            let sentences: Vec<&str> = p.sentences.iter().map(|s| s.text.as_str()).collect();
            want.push_str(&sentences.join(" "));
            want.push('\n');
        }
        assert_eq!(shown_text(&html), want);
    }
}

#[test]
fn a_title_after_blank_lines_is_still_highlighted() {
    let text = "\n\n  Alfa Spa compra Beta Srl per 5 milioni di euro\nIl testo. Poi basta.";
    let summary = crate::analyze(text);
    let mut html = String::new();
    write_text(&mut html, &summary);
    let headline = &html[..html.find("</h3>").unwrap()];
    if summary.amounts.iter().any(|a| a.sentence.is_none()) {
        assert!(headline.contains("data-kind=\"amount\""), "{html}");
    }
    assert_eq!(title_start(&summary, summary.title.as_deref().unwrap()), 4);
}

#[test]
fn crossing_highlights_are_split_and_labelled_once() {
    let marks = vec![
        Highlight {
            start: 0,
            end: 6,
            layer: 1,
            kind: "quote",
            label: "Q".into(),
            title: "q".into(),
        },
        Highlight {
            start: 4,
            end: 9,
            layer: 3,
            kind: "person",
            label: "P".into(),
            title: "p".into(),
        },
    ];
    let mut out = String::new();
    write_piece(
        &mut out,
        &Piece {
            start: 0,
            text: "abcdefghij",
        },
        &marks,
    );
    assert_eq!(
        out,
        "<mark class=\"hl quote\" data-kind=\"quote\" title=\"q\">abcd\
         <mark class=\"hl person\" data-kind=\"person\" title=\"p\">ef</mark>\
         <span class=\"tag\">Q</span></mark>\
         <mark class=\"hl person cont\" data-kind=\"person\" title=\"p\">ghi<span class=\"tag\">P</span></mark>j"
    );
}

#[test]
fn many_articles_get_an_index() {
    let a = crate::analyze_with_id("uno", "Titolo uno\nTesto. Altro.");
    let entries = [
        Entry::analyzed(&a, 1),
        Entry::failed("due", "due: bad & <bytes>", 2),
    ];
    let page = page(&entries);
    assert_only_our_markup(&page);
    assert!(page.contains("<nav class=\"index\""));
    assert!(page.contains("<a href=\"#a1\">Titolo uno</a>"));
    assert!(page.contains("<a href=\"#a2\">due</a>"));
    assert!(page.contains("uno · 0 names, 0 amounts, 0 quotes, 0 sources, 0 deals"));
    let seed = crate::analyze(include_str!("../../fixtures/seed.txt"));
    let note = Entry::analyzed(&seed, 3).note;
    assert_eq!(note, "7 names, 3 amounts, 1 quote, 2 sources, 2 deals");
    assert!(page.contains("Not analyzed: due: bad &amp; &lt;bytes&gt;"));
}

#[test]
fn amount_notes() {
    assert_eq!(
        amount_note(Some(15e9), None, Some("USD"), Some(Qualifier::AtMost)),
        "15000000000 USD, at most"
    );
    assert_eq!(
        amount_note(None, Some((Some(1e6), Some(2.5e6))), Some("EUR"), None),
        "1000000-2500000 EUR"
    );
    assert_eq!(amount_note(Some(2.5), None, Some("%"), None), "2.5 %");
}
