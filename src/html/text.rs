//! How values are written in the page: HTML escaping, numbers, qualifiers and the
//! normalised value of an amount. The page and the money-flow drawing both use them.

use crate::summary::Qualifier;

/// Escapes `s` for HTML text and for attribute values (`&`, `<`, `>`, `"`, `'`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

pub(crate) fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A number as the JSON summary writes it: whole numbers without a fraction.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        format!("{}", x as i64)
    } else {
        serde_json::to_string(&x).unwrap_or_default()
    }
}

/// The words of a qualifier (`at most`).
pub fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Approx => "about",
        Qualifier::AtMost => "at most",
        Qualifier::AtLeast => "at least",
        Qualifier::Over => "over",
        Qualifier::Under => "under",
    }
}

/// The normalised value of an amount in words: `15000000000 USD, at most`,
/// `1000000-2000000 EUR`, `20 %`. `range` is `(min, max)` when `value` is null.
pub fn amount_note(
    value: Option<f64>,
    range: Option<(Option<f64>, Option<f64>)>,
    unit: Option<&str>,
    qualifier: Option<Qualifier>,
) -> String {
    let mut s = match (value, range) {
        (Some(v), _) => number(v),
        (None, Some((lo, hi))) => format!(
            "{}-{}",
            lo.map(number).unwrap_or_else(|| "?".into()),
            hi.map(number).unwrap_or_else(|| "?".into())
        ),
        (None, None) => "?".into(),
    };
    if let Some(u) = unit {
        s.push(' ');
        s.push_str(u);
    }
    if let Some(q) = qualifier {
        s.push_str(", ");
        s.push_str(qualifier_words(q));
    }
    s
}
