//! The amounts grammar over [`Tokens`]: a quantity (figure or number words, scale
//! words, `e mezzo`, `e 300 milioni`), its unit (currency before or after, `di`,
//! cents, `%`, `per cento`), and ranges (`tra 10 e 15 milioni`, `da 3 a 5`, `10-20`).

use super::number::word_value;
use super::tokens::{Kind, Tokens};
use super::words::{article, collective, currency_at, preposition, scale};

/// A number with its unit as read at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// First token (a prefix currency, a sign or the number).
    pub first: usize,
    /// Token after the last one that belongs to the text.
    pub end: usize,
    /// Token after a trailing `circa`, else `end`.
    pub after: usize,
    /// The value in base units.
    pub value: f64,
    /// Lower and upper ends when this is a range.
    pub range: Option<(f64, f64)>,
    /// Power of ten given by scale words (`milioni` = 6).
    pub exp: i32,
    /// An English-style scale (`k`, `bn`): money only with a currency.
    pub english: bool,
    /// The scale word is only `mila`.
    pub thousands: bool,
    /// ISO code of the currency named with it.
    pub currency: Option<&'static str>,
    /// Followed by `%` or `per cento`.
    pub percent: bool,
    /// Cents were added or the figure is in cents.
    pub cents: bool,
    /// `un centinaio`, a trailing `circa`.
    pub approx: bool,
}

impl Measure {
    /// True when something makes it an amount rather than a bare number.
    pub fn has_unit(&self) -> bool {
        self.percent || self.currency.is_some() || self.cents || self.exp > 0
    }
}

fn pow10(v: f64, exp: i32) -> f64 {
    if exp == 0 {
        return v;
    }
    // Through the decimal string, so that `1,2 miliardi` is exactly 1200000000.
    format!("{v}e{exp}").parse().unwrap_or(v * 10f64.powi(exp))
}

/// A number without unit: its value, scale and end.
struct Qty {
    value: f64,
    exp: i32,
    english: bool,
    thousands: bool,
    approx: bool,
    end: usize,
}

fn is_num(t: &Tokens, i: usize) -> bool {
    matches!(
        t.toks.get(i).map(|k| k.kind),
        Some(Kind::Num { valid: true, .. })
    )
}

/// True when the figure at `i` is glued to what comes before it (`A27`, `152/75`,
/// `COVID-19`), which makes it no amount.
fn glued_left(t: &Tokens, i: usize) -> bool {
    if !t.glued(i) {
        return false;
    }
    let p = t.norm(i - 1);
    match t.toks[i - 1].kind {
        Kind::Word => !p.ends_with('\''),
        Kind::Num { .. } => true,
        Kind::Sym => match p {
            "-" | "–" | "−" => i >= 2 && t.glued(i - 1) && t.toks[i - 2].kind != Kind::Sym,
            "(" | "[" | "\"" | "«" | "“" | "'" | "+" | "~" => false,
            _ => true,
        },
    }
}

/// True when the figure at `i` runs straight into letters or marks that make it
/// something else (`29enne`, `80t`, `1°`, `17/08`).
fn glued_right(t: &Tokens, i: usize) -> bool {
    let j = i + 1;
    if !t.glued(j) {
        return false;
    }
    let w = t.norm(j);
    match t.toks[j].kind {
        Kind::Word => scale(w).is_none() && w != "percento",
        Kind::Num { .. } => true,
        Kind::Sym => matches!(w, "/" | "°" | "ª" | "º" | "'" | "\"" | "″" | "°c"),
    }
}

fn quantity(t: &Tokens, i: usize, after_prefix: bool) -> Option<Qty> {
    let mut j = i;
    let mut approx = false;
    let (mant, mut words) = if is_num(t, j) {
        if (!after_prefix && glued_left(t, j)) || glued_right(t, j) {
            return None;
        }
        j += 1;
        (t.norm(j - 1).parse::<f64>().ok()?, false)
    } else if t.toks.get(j)?.kind == Kind::Word {
        let w = t.norm(j);
        let next_scale = scale(t.norm(j + 1)).is_some_and(|(_, en)| !en);
        let v = match word_value(w) {
            Some(v) => v as f64,
            None if w == "mezzo" && next_scale => 0.5,
            None => return None,
        };
        j += 1;
        (v, true)
    } else {
        return None;
    };
    let mut value = mant;
    if words && value == 1.0 {
        if let Some(c) = collective(t.norm(j)) {
            value = c as f64;
            approx = true;
            j += 1;
            let di = matches!(t.norm(j), "di" | "d'");
            if di && scale(t.norm(j + 1)).is_some() {
                j += 1;
            }
        }
    }
    let mut exp = 0;
    let mut english = false;
    let mut thousands = true;
    while let Some((e, en)) = scale(t.norm(j)) {
        let spelled = matches!(t.norm(j), "million" | "millions" | "billion" | "billions");
        if en && !(t.glued(j) && !words || spelled) {
            break;
        }
        thousands &= t.norm(j) == "mila";
        exp += e;
        english |= en;
        words = false;
        j += 1;
    }
    if exp > 0 {
        value = pow10(value, exp);
    }
    Some(Qty {
        value,
        exp,
        english,
        thousands: thousands && exp == 3 && !english,
        approx,
        end: j,
    })
}

/// Reads the amount (with its unit, possibly bare) at token `i`; `joined` when it is
/// the second end of `10-20`.
pub fn measure(t: &Tokens, text: &str, i: usize, joined: bool) -> Option<Measure> {
    let mut j = i;
    let mut currency = None;
    if let Some((iso, k)) = currency_at(t, text, i) {
        if prefix_ok(t, text, i, k) {
            currency = Some(iso);
            j = k;
        }
    }
    let mut sign = 1.0;
    if currency.is_none() && matches!(t.norm(j), "-" | "−") && is_num(t, j + 1) && t.glued(j + 1)
    {
        let free = j == 0 || !t.glued(j) || matches!(t.norm(j - 1), "(" | "[");
        if !free {
            return None;
        }
        sign = -1.0;
        j += 1;
    }
    let q = quantity(t, j, joined || currency.is_some())?;
    j = q.end;
    let mut value = q.value;
    let mut exp = q.exp;
    // `2 miliardi e 300 milioni`, `un milione e mezzo`.
    if exp > 0 && t.is(j, "e") {
        if t.is(j + 1, "mezzo") {
            value += pow10(0.5, exp);
            j += 2;
        } else if let Some(q2) = quantity(t, j + 1, false).filter(|q2| q2.exp > 0 && q2.exp < exp) {
            value += q2.value;
            j = q2.end;
            exp = exp.min(q2.exp);
        }
    }
    let mut percent = false;
    if t.is(j, "%") || t.is(j, "percento") {
        percent = true;
        j += 1;
    } else if t.is(j, "per") && t.is(j + 1, "cento") {
        percent = true;
        j += 2;
    } else if currency.is_none() {
        let k = if (q.exp > 0 || q.approx) && matches!(t.norm(j), "di" | "d'") {
            j + 1
        } else {
            j
        };
        if let Some((iso, e)) = currency_at(t, text, k) {
            currency = Some(iso);
            j = e;
        }
    }
    let mut cents = false;
    if !percent {
        let k = if t.is(j, "e") { j + 1 } else { j };
        let c = if currency.is_some() && exp == 0 {
            quantity(t, k, false).filter(|c| c.exp == 0 && c.value < 100.0)
        } else {
            None
        };
        if let Some(c) = c.filter(|c| is_cent(t.norm(c.end))) {
            value += c.value / 100.0;
            cents = true;
            j = c.end + 1;
        } else if currency.is_none() && exp == 0 && is_cent(t.norm(j)) {
            value /= 100.0;
            cents = true;
            j += 1;
            let k = if matches!(t.norm(j), "di" | "d'") {
                j + 1
            } else {
                j
            };
            if let Some((iso, e)) = currency_at(t, text, k) {
                currency = Some(iso);
                j = e;
            }
        }
    }
    let trailing = t.is(j, "circa");
    Some(Measure {
        first: i,
        end: j,
        after: if trailing { j + 1 } else { j },
        value: sign * value,
        range: None,
        exp,
        english: q.english,
        thousands: q.thousands,
        currency,
        percent,
        cents,
        approx: q.approx || trailing,
    })
}

fn is_cent(w: &str) -> bool {
    matches!(w, "centesimi" | "centesimo" | "cent")
}

/// A currency before the figure: symbols and codes always, `euro`, `lire`, `dollari`
/// only in lower case or before a figure that is clearly a sum (not `Euro 2020`).
fn prefix_ok(t: &Tokens, text: &str, i: usize, k: usize) -> bool {
    if !is_num(t, k) {
        return false;
    }
    let written = &text[t.toks[i].span.clone()];
    if t.toks[i].kind == Kind::Sym || written.chars().all(|c| c.is_uppercase() || c == '$') {
        return true;
    }
    if !matches!(t.norm(i), "euro" | "lire" | "dollari") || t.glued(k) {
        return false;
    }
    let plain = matches!(t.toks[k].kind, Kind::Num { plain: true, .. });
    written.chars().all(char::is_lowercase) || !plain || scale(t.norm(k + 1)).is_some()
}

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
    let (k, from_to, hyphen) = if matches!(ctx, "tra" | "fra") && t.is(c, "e") {
        (c + 1, false, false)
    } else if ctx == "da" && matches!(t.toks.get(c).map(|x| x.kind), Some(Kind::Word)) {
        if preposition(t.norm(c)) != "a" {
            return Some(m1);
        }
        (c + 1, true, false)
    } else if matches!(t.norm(c), "-" | "–") {
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
    } else {
        m1.value
    };
    if lo >= m2.value || m1.cents != m2.cents {
        return if hyphen { None } else { Some(m1) };
    }
    Some(Measure {
        first: m1.first,
        range: Some((lo, m2.value)),
        currency: m2.currency.or(m1.currency),
        approx: m1.approx || m2.approx,
        ..m2
    })
}
