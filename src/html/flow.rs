//! The money-flow picture of one article's deals: an inline SVG written here, so
//! the page needs no Graphviz and no script. The parties sit on a circle; each
//! payer -> payee pair is a curved arrow labelled with the amount (or the kind of
//! deal when no amount is stated). Two parties paying each other get two arrows
//! bowed to opposite sides, so a circular deal reads as a loop.

use super::text::{amount_note, escape};
use crate::summary::Deal;
use std::fmt::Write as _;

/// Width of the drawing, in CSS pixels.
const WIDTH: f64 = 460.0;
/// Height of the drawing of three parties or more, and of one or two side by side.
const HEIGHT: f64 = 300.0;
const FLAT_HEIGHT: f64 = 150.0;
/// Height of a party's box, and pixels per character of its name.
const BOX_HEIGHT: f64 = 26.0;
const CHAR_WIDTH: f64 = 7.2;
/// How far an arrow bows away from the straight line, in pixels.
const BOW: f64 = 28.0;

/// An arrow from one party to another.
struct Arrow {
    from: usize,
    to: usize,
    label: String,
    title: String,
}

/// The SVG of the deals' money flow, or `None` when no deal names a payer and a
/// payee. `id` makes the element ids unique on a page of many articles.
pub fn svg(deals: &[Deal], id: &str) -> Option<String> {
    let mut parties: Vec<&str> = Vec::new();
    let mut arrows: Vec<Arrow> = Vec::new();
    for deal in deals {
        for payer in &deal.payers {
            for payee in &deal.payees {
                let note = deal
                    .amount
                    .as_ref()
                    .map(|a| {
                        let value = amount_note(a.value, None, a.currency.as_deref(), None);
                        format!(", {} ({value})", a.text)
                    })
                    .unwrap_or_default();
                arrows.push(Arrow {
                    from: position(&mut parties, payer),
                    to: position(&mut parties, payee),
                    label: match &deal.amount {
                        Some(a) => a.text.clone(),
                        None => kind_name(deal),
                    },
                    title: format!("{payer} pays {payee}: {}{note}", kind_name(deal)),
                });
            }
        }
    }
    if arrows.is_empty() {
        return None;
    }
    let height = if parties.len() <= 2 {
        FLAT_HEIGHT
    } else {
        HEIGHT
    };
    let centres = layout(parties.len(), height);
    let half_width: Vec<f64> = parties
        .iter()
        .map(|p| (p.chars().count() as f64 * CHAR_WIDTH + 18.0) / 2.0)
        .collect();
    let marker = format!("arrow-{}", slug(id));
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "<svg class=\"flow\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"Money flow: {} payments between {} parties\">\
         <title>Money flow of the deals (payer to payee)</title>\
         <defs><marker id=\"{marker}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" \
         markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b3261e\"/></marker></defs>",
        arrows.len(),
        parties.len()
    );
    for a in &arrows {
        let (p0, p1) = (centres[a.from], centres[a.to]);
        let (dx, dy) = (p1.0 - p0.0, p1.1 - p0.1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        // the control point: off the middle, to the left of the direction of travel
        let c = (
            (p0.0 + p1.0) / 2.0 + dy / len * BOW * 2.0,
            (p0.1 + p1.1) / 2.0 - dx / len * BOW * 2.0,
        );
        let start = box_exit(p0, c, half_width[a.from]);
        let end = box_exit(p1, c, half_width[a.to]);
        let mid = (
            0.25 * start.0 + 0.5 * c.0 + 0.25 * end.0,
            0.25 * start.1 + 0.5 * c.1 + 0.25 * end.1,
        );
        let _ = write!(
            s,
            "<g class=\"edge\"><title>{}</title><path d=\"M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}\" \
             fill=\"none\" stroke=\"#b3261e\" stroke-width=\"1.6\" marker-end=\"url(#{marker})\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" class=\"edge-label\">{}</text></g>",
            escape(&a.title),
            start.0,
            start.1,
            c.0,
            c.1,
            end.0,
            end.1,
            mid.0,
            mid.1 - 4.0,
            escape(&a.label),
        );
    }
    for (i, name) in parties.iter().enumerate() {
        let (x, y) = centres[i];
        let hw = half_width[i];
        let _ = write!(
            s,
            "<g class=\"node\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{BOX_HEIGHT}\" rx=\"6\" \
             fill=\"#d3e5ff\" stroke=\"#1f5fbf\"/><text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></g>",
            x - hw,
            y - BOX_HEIGHT / 2.0,
            2.0 * hw,
            y + 5.0,
            escape(name)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// The index of `name` in `parties`, added at the end if new.
fn position<'a>(parties: &mut Vec<&'a str>, name: &'a str) -> usize {
    parties.iter().position(|p| *p == name).unwrap_or_else(|| {
        parties.push(name);
        parties.len() - 1
    })
}

/// The kind of a deal as a word (`investment`).
fn kind_name(deal: &Deal) -> String {
    serde_json::to_value(deal.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Centres of `n` parties in a drawing `height` high: two side by side, more on an
/// ellipse from the top.
fn layout(n: usize, height: f64) -> Vec<(f64, f64)> {
    let (cx, cy) = (WIDTH / 2.0, height / 2.0);
    match n {
        0 => Vec::new(),
        1 => vec![(cx, cy)],
        2 => vec![(WIDTH * 0.2, cy), (WIDTH * 0.8, cy)],
        _ => (0..n)
            .map(|i| {
                let angle =
                    -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n as f64;
                (
                    cx + (WIDTH / 2.0 - 80.0) * angle.cos(),
                    cy + (height / 2.0 - 30.0) * angle.sin(),
                )
            })
            .collect(),
    }
}

/// Where the ray from a box's centre towards `towards` leaves the box.
fn box_exit(centre: (f64, f64), towards: (f64, f64), half_width: f64) -> (f64, f64) {
    let (dx, dy) = (towards.0 - centre.0, towards.1 - centre.1);
    let half_height = BOX_HEIGHT / 2.0 + 2.0;
    let scale = [half_width + 2.0, half_height]
        .iter()
        .zip([dx.abs(), dy.abs()])
        .filter(|(_, d)| *d > 1e-9)
        .map(|(h, d)| h / d)
        .fold(f64::INFINITY, f64::min);
    if scale.is_finite() {
        (centre.0 + dx * scale, centre.1 + dy * scale)
    } else {
        centre
    }
}

/// `id` reduced to characters safe in an XML id.
pub fn slug(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_deals_make_a_loop_between_three_parties() {
        let summary = crate::analyze(include_str!("../../fixtures/seed.txt"));
        let svg = svg(&summary.deals, "seed").expect("the seed has deals");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        for name in ["Microsoft", "Nvidia", "Anthropic"] {
            assert!(svg.contains(&format!(">{name}</text>")), "{name}: {svg}");
        }
        assert_eq!(svg.matches("<g class=\"edge\">").count(), 3, "{svg}");
        assert!(svg.contains("15 miliardi di dollari") && svg.contains("30 miliardi di dollari"));
        assert!(svg.contains("Microsoft pays Anthropic"), "{svg}");
    }

    #[test]
    fn no_parties_no_picture() {
        assert!(svg(&[], "x").is_none());
        let summary = crate::analyze("Titolo\nNessun accordo qui.");
        assert!(svg(&summary.deals, "x").is_none());
    }

    #[test]
    fn box_exit_stays_on_the_border() {
        let (x, y) = box_exit((0.0, 0.0), (100.0, 0.0), 20.0);
        assert!((x - 22.0).abs() < 1e-9 && y == 0.0);
        let (x, y) = box_exit((0.0, 0.0), (0.0, -50.0), 20.0);
        assert!(x == 0.0 && (y + BOX_HEIGHT / 2.0 + 2.0).abs() < 1e-9);
    }
}
