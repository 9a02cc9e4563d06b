//! Ranges: `tra 10 e 15 milioni di euro`, `da 111 a 286 euro`, `10-20 euro`,
//! `tra il 61 e l'80%` are one amount; `da 1 € a 1.5 €` and, after a word of change,
//! `passa da 1,25 a 1,30 euro` are two (the first takes the unit of the second).

use super::grammar::{measure, pow10, Measure};
use super::tokens::{Kind, Tokens};
use super::words::{article, change_cue, preposition};

/// Reads a single amount or a range starting at token `i`.
pub fn amount(t: &Tokens, text: &str, i: usize) -> Option<Measure> {
    let m1 = measure(t, text, i, false)?;
    let mut p = i;
    if p > 0 && article(t.norm(p - 1)) {
        p -= 1;
    }
    let ctx = if p > 0 {
        preposition(t.norm(p - 1))
    } else {
        ""
    };
    let c = m1.end;
    let (k, from_to, hyphen) = if matches!(ctx, "tra" | "fra") && matches!(t.norm(c), "e" | "ed") {
        (c + 1, false, false)
    } else if ctx == "da" && matches!(t.toks.get(c).map(|x| x.kind), Some(Kind::Word)) {
        if preposition(t.norm(c)) != "a" {
            return Some(m1);
        }
        if changing(t, p - 1) {
            return Some(change_start(t, text, m1, c + 1));
        }
        (c + 1, true, false)
    } else if matches!(t.norm(c), "-" | "–") && m1.figures {
        (c + 1, false, true)
    } else {
        return Some(m1);
    };
    let k = if article(t.norm(k)) { k + 1 } else { k };
    let Some(m2) = measure(t, text, k, hyphen).filter(Measure::has_unit) else {
        return Some(m1);
    };
    let own_unit = |m: &Measure| m.percent || m.currency.is_some();
    if (from_to && own_unit(&m1) && own_unit(&m2)) || (m1.has_unit() && m1.percent != m2.percent) {
        return Some(m1);
    }
    if m1.currency.is_some() && m2.currency.is_some() && m1.currency != m2.currency {
        return Some(m1);
    }
    let lo = if m1.exp == 0 && m2.exp > 0 {
        pow10(m1.value, m2.exp)
    } else if !m1.percent && m2.points != 0 {
        pow10(m1.value, m2.points) // `tra 140 e 150 punti base`
    } else {
        m1.value
    };
    let zero = m2.value == 0.0 && m2.percent && m1.exp == 0 && !m1.has_unit();
    if hyphen && zero && t.glued(k) && t.glued(c) {
        // `4-0%`: a mangled `4,0%` in wiki copy (the `-` key sits by `,`), read as 4.
        return Some(Measure {
            first: m1.first,
            value: m1.value,
            ..m2
        });
    }
    if lo >= m2.value || m1.cents != m2.cents {
        return Some(m1);
    }
    Some(Measure {
        first: m1.first,
        range: Some((lo, m2.value)),
        currency: m2.currency.or(m1.currency),
        approx: m1.approx || m2.approx,
        ..m2
    })
}

/// True when a word of change (`passa`, `salito`, `taglia il target`) stands in the
/// five words before the `da` at token `da`, with no punctuation between.
fn changing(t: &Tokens, da: usize) -> bool {
    let mut k = da;
    while k > 0 && da - k < 5 {
        k -= 1;
        match t.toks[k].kind {
            Kind::Word if change_cue(t.norm(k)) => return true,
            Kind::Word => {}
            _ => return false,
        }
    }
    false
}

/// The first amount of a change `da X a Y`: when X has no unit of its own it takes the
/// scale, the currency and the percent of Y (`da 1,25 a 1,30 euro`: 1,25 euro; `da 2 a
/// 3 miliardi`: 2 miliardi); its text stays `1,25`.
fn change_start(t: &Tokens, text: &str, m1: Measure, k: usize) -> Measure {
    let own_unit = m1.percent || m1.currency.is_some() || m1.exp > 0;
    let k = if article(t.norm(k)) { k + 1 } else { k };
    let Some(m2) = measure(t, text, k, false).filter(Measure::has_unit) else {
        return m1;
    };
    // `da 40 a 45 centesimi`: both in cents; `da 14 a 15 dollari e 50` is left alone
    let in_cents = m2.cents && m2.value.abs() < 1.0;
    if own_unit || m2.cents && !in_cents {
        return m1;
    }
    let value = if in_cents {
        m1.value / 100.0
    } else if m2.percent {
        pow10(m1.value, m2.points)
    } else {
        pow10(m1.value, m2.exp)
    };
    Measure {
        value,
        exp: if m2.percent { 0 } else { m2.exp },
        english: m2.english,
        thousands: m2.thousands,
        currency: m2.currency,
        percent: m2.percent,
        points: m2.points,
        cents: m2.cents,
        ..m1
    }
}
