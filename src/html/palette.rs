//! The colours of the HTML view, one entry per kind of finding, and the WCAG
//! contrast arithmetic that a test runs over them.
//!
//! Every highlight is dark text on a light background with a border, and carries a
//! text label drawn in white on the border colour: colour is never the only cue.

/// One kind of highlight and its colours (`#rrggbb`).
#[derive(Debug, Clone, Copy)]
pub struct Swatch {
    /// The CSS class and `data-kind` of the highlight.
    pub kind: &'static str,
    /// The label printed after the highlighted text.
    pub label: &'static str,
    /// What the legend says the colour means.
    pub meaning: &'static str,
    /// Background of the highlighted text.
    pub background: &'static str,
    /// Border of the highlight, and background of its label.
    pub border: &'static str,
}

/// Colour of all text on highlights and on the page.
pub const TEXT: &str = "#1b1b1b";
/// Colour of the labels' text (on the border colour).
pub const LABEL_TEXT: &str = "#ffffff";
/// The page's background.
pub const PAGE: &str = "#ffffff";
/// Secondary text (ids, notes) on the page.
pub const MUTED: &str = "#555555";

/// The highlights, in legend order.
pub const SWATCHES: [Swatch; 7] = [
    Swatch {
        kind: "company",
        label: "COMPANY",
        meaning: "company",
        background: "#d3e5ff",
        border: "#1f5fbf",
    },
    Swatch {
        kind: "organization",
        label: "ORG",
        meaning: "organization (not a company)",
        background: "#d7f0cf",
        border: "#2b6e2f",
    },
    Swatch {
        kind: "person",
        label: "PERSON",
        meaning: "person",
        background: "#ffe2bd",
        border: "#9a4b00",
    },
    Swatch {
        kind: "amount",
        label: "AMOUNT",
        meaning: "amount of money or percentage",
        background: "#f6d5f1",
        border: "#862a96",
    },
    Swatch {
        kind: "quote",
        label: "QUOTE",
        meaning: "direct quote, with its speaker",
        background: "#fff5c2",
        border: "#765c00",
    },
    Swatch {
        kind: "source",
        label: "SOURCE",
        meaning: "source the article cites",
        background: "#e4e4e4",
        border: "#4a4a4a",
    },
    Swatch {
        kind: "deal",
        label: "DEAL",
        meaning: "sentence reporting a deal",
        background: "#fff0f0",
        border: "#b3261e",
    },
];

/// The swatch of `kind`.
pub fn swatch(kind: &str) -> &'static Swatch {
    SWATCHES
        .iter()
        .find(|s| s.kind == kind)
        .expect("every highlight kind has a swatch")
}

/// The relative luminance of an `#rrggbb` colour (WCAG 2.x definition).
pub fn luminance(hex: &str) -> f64 {
    let hex = hex.strip_prefix('#').expect("#rrggbb");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits")) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG AA for normal text: 4.5:1. Every pair of colours the page draws text
    /// with: text on each highlight, label on each border, text and muted text on
    /// the page, and text on the deal box nested inside the others.
    #[test]
    fn every_text_colour_meets_wcag_aa() {
        const AA: f64 = 4.5;
        let mut pairs = vec![(TEXT, PAGE, "text/page"), (MUTED, PAGE, "muted/page")];
        for s in &SWATCHES {
            pairs.push((TEXT, s.background, s.kind));
            pairs.push((LABEL_TEXT, s.border, s.label));
        }
        for (fg, bg, what) in pairs {
            let ratio = contrast(fg, bg);
            assert!(ratio >= AA, "{what}: {fg} on {bg} is {ratio:.2}:1");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(contrast("#123456", "#123456"), 1.0);
    }

    #[test]
    fn colours_are_distinct() {
        for (i, a) in SWATCHES.iter().enumerate() {
            for b in &SWATCHES[i + 1..] {
                assert_ne!(a.background, b.background);
                assert_ne!(a.border, b.border);
                assert_ne!(a.label, b.label);
            }
        }
    }
}
