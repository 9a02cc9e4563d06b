//! The amounts grammar over [`Tokens`]: a quantity (figure or number words, scale
//! words, `e mezzo`, `e 300 milioni`) and its unit (currency before or after, `di`,
//! cents, `%`, `per cento`). Ranges are in [`super::range`].

use super::number::word_value;
use super::tokens::{Kind, Tokens};
use super::words::{collective, currency_at, scale};

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
    /// Written in figures (not words).
    pub figures: bool,
    /// Power of ten that turned points into percent: -2 for basis points and
    /// `centesimi di punto`, -1 for `decimi di punto`, else 0.
    pub points: i32,
}

impl Measure {
    /// True when something makes it an amount rather than a bare number.
    pub fn has_unit(&self) -> bool {
        self.percent || self.currency.is_some() || self.cents || self.exp > 0
    }
}

/// `v` times ten to the `exp`, exactly as the decimal string reads.
pub fn pow10(v: f64, exp: i32) -> f64 {
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
        let next_scale = || {
            scale(t.norm(j + 1)).is_some_and(|(_, en)| !en)
                || CURRENCY_WORDS.contains(&t.norm(j + 1))
        };
        let v = match word_value(w) {
            Some(v) => v as f64,
            None if w == "mezzo" && (next_scale() || t.is(j + 1, "punto")) => 0.5,
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
    let prefixed = currency.is_some();
    let mut sign = 1.0;
    if currency.is_none() && is_minus(t.norm(j)) && is_num(t, j + 1) {
        if t.glued(j + 1) {
            let free = j == 0 || !t.glued(j) || matches!(t.norm(j - 1), "(" | "[");
            if !free {
                return None;
            }
            sign = -1.0;
            j += 1;
        } else if j > 0 && SIGN_AFTER.contains(&t.norm(j - 1)) && is_percent_at(t, j + 2) {
            sign = -1.0; // `ha chiuso a - 4,43%`
            j += 1;
        }
    }
    let q_start = j;
    let q = quantity(t, j, joined || currency.is_some())?;
    j = q.end;
    let mut value = q.value;
    let mut exp = q.exp;
    // `2 miliardi e 300 milioni`, `un milione e mezzo`.
    if exp > 0 && t.is(j, "e") {
        if t.is(j + 1, "mezzo") {
            value += pow10(0.5, exp);
            j += 2;
        } else if let Some(q2) = quantity(t, j + 1, false).filter(|q2| {
            (q2.exp > 0 && q2.exp < exp)
                || (q2.exp == 0
                    && q2.value < pow10(1.0, exp)
                    && currency_at(t, text, q2.end).is_some())
        }) {
            value += q2.value;
            j = q2.end;
            exp = exp.min(q2.exp);
        }
    }
    let mut percent = false;
    let mut points = 0;
    if let Some((p, n)) = points_at(t, text, j).filter(|_| exp == 0) {
        // `147 punti base` = 1,47%, `35 centesimi di punto`, `2 punti percentuali`
        percent = true;
        points = p;
        value = pow10(value, p);
        j += n;
    } else if t.is(j, "%") || t.is(j, "percento") {
        percent = true;
        j += 1;
    } else if t.is(j, "per") && t.is(j + 1, "cento") {
        percent = true;
        j += 2;
    } else if currency.is_none() {
        // `15 miliardi di dollari`, `2.000.000 di euro`, `un centinaio di euro`.
        let big = q.exp > 0 || q.approx || value >= 1e6;
        let k = if big && matches!(t.norm(j), "di" | "d'") {
            j + 1
        } else {
            j
        };
        if let Some((iso, e)) = currency_at(t, text, k) {
            currency = Some(iso);
            j = e;
        }
    }
    if exp == 0 && currency.is_some() && t.is(j, "e") && t.is(j + 1, "mezzo") {
        value += 0.5; // `un euro e mezzo`
        j += 2;
    }
    let mut cents = false;
    if !percent {
        let k = if t.is(j, "e") { j + 1 } else { j };
        let c = if currency.is_some() && exp == 0 {
            quantity(t, k, false).filter(|c| c.exp == 0 && c.value < 100.0)
        } else {
            None
        };
        let loose = |c: &Qty| !prefixed && value.fract() == 0.0 && loose_cents(t, k, c.end, j);
        if let Some(c) = c.as_ref().filter(|c| is_cent(t.norm(c.end))) {
            value += c.value / 100.0;
            cents = true;
            j = c.end + 1;
        } else if let Some(c) = c.as_ref().filter(|c| loose(c)) {
            // `15 dollari e 50`: the cents without their word
            value += c.value / 100.0;
            cents = true;
            j = c.end;
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
        figures: is_num(t, q_start),
        points,
    })
}

/// True for a written minus: hyphen, minus sign or en dash (`–96,5 milioni`).
pub fn is_minus(w: &str) -> bool {
    matches!(w, "-" | "−" | "–")
}

/// Points that are percent, at token `j`: the power of ten that converts them and the
/// number of tokens. Basis points (`punti base`, `bp`, `bps`, lower-case `pb`),
/// `centesimi di punto`, `decimi di punto` and `punti percentuali`; bare `punti` are
/// index points and no amount.
fn points_at(t: &Tokens, text: &str, j: usize) -> Option<(i32, usize)> {
    let w = t.norm(j);
    let next = t.norm(j + 1);
    match w {
        "punti" | "punto" if matches!(next, "base" | "basi") => Some((-2, 2)),
        "punti" | "punto" if matches!(next, "percentuali" | "percentuale") => Some((0, 2)),
        "bp" | "bps" => Some((-2, 1)),
        "pb" if text.get(t.toks[j].span.clone()) == Some("pb") => Some((-2, 1)),
        "centesimi" | "centesimo" | "decimi" | "decimo"
            if matches!(next, "di" | "d'") && t.is(j + 2, "punto") =>
        {
            Some((if w.starts_with("cent") { -2 } else { -1 }, 3))
        }
        _ => None,
    }
}

/// True when the figure `k..end` after `15 dollari e` (ending at `j`, the token after
/// the currency) is its cents: two digits after `e`, with nothing after them that makes
/// them a quantity of their own (`e 50 persone`, `e 50 euro`, `e 50 per cento`).
fn loose_cents(t: &Tokens, k: usize, end: usize, j: usize) -> bool {
    if !(t.is(j, "e") && k == j + 1 && end == k + 1) {
        return false;
    }
    let two_digits =
        matches!(t.toks[k].kind, Kind::Num { plain: true, .. }) && t.toks[k].span.len() == 2;
    let next = t.norm(end);
    let free = match t.toks.get(end).map(|x| x.kind) {
        None => true,
        Some(Kind::Sym) => matches!(next, "." | "," | ";" | ":" | ")" | "!" | "?"),
        Some(Kind::Word) => {
            matches!(
                next,
                "a" | "al" | "alla" | "all'" | "in" | "nel" | "e" | "o" | "ma"
            )
        }
        Some(Kind::Num { .. }) => false,
    };
    two_digits && free
}

/// Words after which a spaced `-` before a percentage is a minus sign.
const SIGN_AFTER: [&str; 8] = ["a", "un", "di", "del", "con", "al", "da", "dal"];

fn is_percent_at(t: &Tokens, j: usize) -> bool {
    t.is(j, "%") || (t.is(j, "per") && t.is(j + 1, "cento"))
}

/// Currency words that `mezzo` may stand before (`mezzo dollaro`).
const CURRENCY_WORDS: [&str; 4] = ["euro", "dollaro", "milione", "miliardo"];

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
    if plain && t.toks[k].span.len() == 1 && scale(t.norm(k + 1)).is_none() {
        return false; // `euro 4`: an emission class, not a sum
    }
    written.chars().all(char::is_lowercase) || !plain || scale(t.norm(k + 1)).is_some()
}
