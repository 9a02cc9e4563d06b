//! Monetary amounts and percentages (`spec/EXTRACTION.md`, Amounts).
//!
//! Each unit (the title, each sentence) is tokenized once ([`tokens`]); at every token
//! that can start a number the grammar ([`grammar`]) reads at most a few tokens ahead,
//! so the pass is linear. A figure becomes an amount when its unit makes it one: `%`,
//! `per cento`, a currency, cents, or scale words (`15 miliardi`) in a sentence about
//! money. A bare scaled figure takes the currency of the same figure stated with a
//! currency elsewhere in the article; counts (`109 milioni di persone`) are left out.

mod grammar;
mod number;
mod range;
mod tokens;
mod words;

use rustc_hash::FxHashMap;

use grammar::Measure;
use tokens::{Kind, Tokens};

use crate::reader::Article;
use crate::summary::{Amount, AmountKind, Qualifier, Span};

thread_local! {
    /// The token buffer of [`extract`], reused.
    static TOKENS: std::cell::RefCell<Tokens> = std::cell::RefCell::default();
}

/// `value`, `min`, `max` of an amount, as bits (a hashable key).
type Bounds = [Option<u64>; 3];

fn bounds(a: &Amount) -> Bounds {
    [a.value, a.min, a.max].map(|x| x.map(f64::to_bits))
}

/// An amount found in a unit, before bare figures are resolved.
struct Found {
    amount: Amount,
    /// A scaled figure with no currency: money only in a money context.
    bare: bool,
    /// A money word stands near it.
    cue: bool,
    /// Exactly one unit of its scale (`un miliardo`), often a count.
    one: bool,
    /// In cents with no currency word (`90 centesimi`): euro cents when it stands.
    cents: bool,
}

/// Every amount of money and every percentage of the article, in text order.
pub fn extract(article: &Article) -> Vec<Amount> {
    let text = article.text;
    let mut found = Vec::new();
    // One token buffer per thread, kept across articles: it stops growing after the
    // first few.
    TOKENS.with_borrow_mut(|t| {
        for unit in article.units() {
            if !words::may_hold_amount(&text[unit.clone()]) {
                continue;
            }
            t.fill_in(&article.tokens, text, unit);
            scan(t, article, &mut found);
        }
    });
    // The money amounts that name a currency, by (value, min, max): the first wins.
    let mut stated: FxHashMap<Bounds, String> = FxHashMap::default();
    for f in found.iter().filter(|f| f.amount.kind == AmountKind::Money) {
        if let Some(c) = &f.amount.currency {
            stated.entry(bounds(&f.amount)).or_insert_with(|| c.clone());
        }
    }
    found
        .into_iter()
        .filter_map(|mut f| {
            if f.bare {
                match stated.get(&bounds(&f.amount)) {
                    Some(c) if f.cue || !f.one => f.amount.currency = Some(c.clone()),
                    _ if f.cue => {}
                    _ => return None,
                }
                if f.cents && f.amount.currency.is_none() {
                    f.amount.currency = Some("EUR".to_string());
                }
            }
            Some(f.amount)
        })
        .collect()
}

/// True for a token where an amount may start.
fn may_start(t: &Tokens, i: usize) -> bool {
    match t.toks[i].kind {
        Kind::Num { valid, .. } => valid,
        Kind::Word => true,
        Kind::Sym => matches!(
            t.norm(i),
            "$" | "€" | "£" | "¥" | "₹" | "₩" | "฿" | "₽" | "₺" | "₪" | "-" | "−" | "–"
        ),
    }
}

fn scan(t: &Tokens, article: &Article, out: &mut Vec<Found>) {
    let text = article.text;
    let mut i = 0;
    // The last amount kept in this unit: its measure and whether it stands for sure.
    let mut last: Option<(Measure, bool)> = None;
    while i < t.toks.len() {
        let m = if may_start(t, i) {
            range::amount(t, text, i)
        } else {
            None
        };
        let Some(m) = m else {
            i += 1;
            continue;
        };
        if !m.has_unit() {
            if let Some(f) = last
                .as_ref()
                .and_then(|(prev, sure)| carried(t, article, prev, *sure, &m))
            {
                i = m.end;
                out.push(f);
            } else {
                i += 1;
            }
            continue;
        }
        i = m.after.max(i + 1);
        if let Some(f) = judge(t, article, &m) {
            let sure = !f.bare || f.cue;
            last = Some((m, sure));
            out.push(f);
        }
    }
}

/// A bare figure that takes the unit of the amount before it in the same sentence
/// (spec, Amounts: implied units): `ricavi per 2,8 miliardi, 140 dalla controllata`
/// (140 million), `utile a 12 milioni (-17)`, `l'utile cresce del 12%, i ricavi del 7`.
/// The figure must follow the amount closely (a comma, `(`, `e`, `contro`, or an
/// article or articled preposition right before it, no other figure between) and stand
/// alone (punctuation or a preposition after it, not a noun: `140 dipendenti` is a
/// count). A carried scale gives no currency (the article may state it elsewhere).
fn carried(
    t: &Tokens,
    article: &Article,
    prev: &Measure,
    sure: bool,
    m: &Measure,
) -> Option<Found> {
    // `passa da 1,25 euro a 1,30`: the second end of a change takes the whole unit.
    let change_end = prev.range.is_none() && from_da(t, prev.first);
    let unit = prev.exp > 0 || prev.percent || change_end && prev.currency.is_some();
    if !unit || m.range.is_some() || !m.figures || m.exp != 0 {
        return None;
    }
    let limit = if prev.percent { 100.0 } else { 1000.0 };
    if m.first < prev.after || m.first - prev.after > 8 || m.value.abs() >= limit {
        return None;
    }
    if (prev.after..m.first).any(|k| matches!(t.toks[k].kind, Kind::Num { .. })) {
        return None;
    }
    let lead = if m.first > 0 { t.norm(m.first - 1) } else { "" };
    // Sums in millions are plural (`contro i 280`, `dei 12 milioni, 3`), percentages
    // singular (`del 7`, `il 49`); a figure in brackets or after a comma next to a
    // percentage is often a count (`il 16% (82 seggi)`), and a singular after a sum is
    // often a rate (`500 milioni con cedola del 4`).
    let singular = matches!(
        lead,
        "il" | "lo"
            | "l'"
            | "al"
            | "allo"
            | "all'"
            | "dal"
            | "dallo"
            | "dall'"
            | "del"
            | "dello"
            | "dell'"
    );
    let plural = matches!(
        lead,
        "i" | "gli" | "ai" | "agli" | "dai" | "dagli" | "dei" | "degli"
    );
    let lead_ok = if change_end && words::preposition(lead) == "a" {
        true
    } else if prev.percent {
        singular
    } else {
        prev.exp > 0 && (plural || matches!(lead, "," | ";" | "(" | "e" | "contro"))
    };
    if !lead_ok || !stands_alone(t, m.end) {
        return None;
    }
    // Below a sum in billions, a figure ten times its size or more is in millions: the
    // press writes the parts of `2,8 miliardi` as `140` (million).
    let exp = if prev.exp == 9 && m.value.abs() >= 10.0 * (prev.value / 1e9).abs() {
        6
    } else {
        prev.exp
    };
    let (value, kind) = if prev.percent {
        (grammar::pow10(m.value, prev.points), AmountKind::Percent)
    } else {
        (grammar::pow10(m.value, exp), AmountKind::Money)
    };
    let start = t.toks[m.first].span.start;
    let end = t.toks[m.end - 1].span.end;
    let amount = Amount {
        span: Span::new(start, end),
        text: article.text[start..end].to_string(),
        kind,
        value: Some(value),
        min: None,
        max: None,
        currency: if change_end { prev.currency } else { None }.map(str::to_string),
        qualifier: qualifier_before(t, m.first),
        sentence: article.sentence_at(start),
    };
    Some(Found {
        amount,
        bare: !prev.percent,
        cue: sure,
        one: false,
        cents: false,
    })
}

/// True when the amount starting at token `first` follows `da` (`dal`, `da il`...):
/// the start of a change or a range.
fn from_da(t: &Tokens, first: usize) -> bool {
    let mut k = first;
    if k > 0 && words::article(t.norm(k - 1)) {
        k -= 1;
    }
    k > 0 && words::preposition(t.norm(k - 1)) == "da"
}

fn is_figure(t: &Tokens, k: usize) -> bool {
    matches!(t.toks[k].kind, Kind::Num { .. })
}

/// True when the token at `k` ends a bare figure: the end of the unit, punctuation,
/// or a preposition or conjunction (`140 dalla controllata`, `-17)`), not a noun.
fn stands_alone(t: &Tokens, k: usize) -> bool {
    match t.toks.get(k).map(|x| x.kind) {
        None => true,
        Some(Kind::Sym) => matches!(t.norm(k), "." | "," | ";" | ":" | ")" | "!" | "?"),
        Some(Kind::Num { .. }) => false,
        Some(Kind::Word) => {
            let w = t.norm(k);
            w != "per" && (words::function_word(w) || matches!(w, "rispetto" | "nel"))
        }
    }
}

/// True when the money amount `m` is an exchange rate: the price of another currency
/// (`7,2 yuan per dollaro`), or a currency named as such (`l'euro`,
/// `il dollaro`, `la sterlina`), other than the amount's, a few words before it with no
/// punctuation but a percentage between (`l'euro scambia a 1,08 dollari`, `l'euro cede
/// lo 0,3% a 1,07 dollari`). Bitcoin is left out: its price is money, like a share price.
fn exchange_rate(t: &Tokens, text: &str, m: &Measure) -> bool {
    let Some(own) = m.currency else { return false };
    if m.percent || m.exp != 0 || m.range.is_some() {
        return false;
    }
    // `7,2 yuan per dollaro`, `150 yen contro il dollaro`: a price of another currency
    let mut k = m.end;
    if matches!(t.norm(k), "per" | "contro" | "sul" | "sull'") {
        k += 1;
        if matches!(
            t.norm(k),
            "un" | "uno" | "una" | "ogni" | "il" | "l'" | "lo" | "la"
        ) {
            k += 1;
        }
        if words::currency_at(t, text, k).is_some_and(|(iso, _)| iso != own) {
            return true;
        }
    }
    let mut k = m.first;
    while k > 0 && m.first - k < 8 {
        k -= 1;
        match t.toks[k].kind {
            // an article before a word opens another noun phrase: `il dollaro debole
            // rende l'iPhone a 999 euro` prices the phone, not the dollar
            Kind::Word if words::article(t.norm(k)) && k + 1 < m.first && !is_figure(t, k + 1) => {
                return false;
            }
            Kind::Word => {}
            Kind::Num { .. } if t.is(k + 1, "%") => continue,
            Kind::Sym if t.is(k, "%") => continue,
            _ => return false,
        }
        let Some((iso, _)) = words::currency_at(t, text, k) else {
            continue;
        };
        let named = k == 0
            || matches!(
                t.norm(k - 1),
                "l'" | "il"
                    | "lo"
                    | "la"
                    | "dell'"
                    | "del"
                    | "dello"
                    | "della"
                    | "all'"
                    | "al"
                    | "allo"
                    | "alla"
                    | "sull'"
                    | "sul"
                    | "sulla"
                    | "cambio"
            );
        return named && iso != own && iso != "XBT";
    }
    false
}

/// Turns a measure into an amount, or drops it (a count, an English scale without a
/// currency).
fn judge(t: &Tokens, article: &Article, m: &Measure) -> Option<Found> {
    if exchange_rate(t, article.text, m) {
        return None;
    }
    let mut cue = false;
    let is_cue = |k: usize| t.toks[k].kind == Kind::Word && words::money_cue(t.norm(k));
    let bare = !m.percent && m.currency.is_none();
    if bare {
        if m.english {
            return None;
        }
        let w = t.norm(m.end);
        if matches!(w, "di" | "d'") {
            // `85 milioni di aumento di capitale` is money, `109 milioni di persone` not.
            let n = t.toks.len();
            let of = m.end + 3 < n && matches!(t.norm(m.end + 2), "di" | "d'") && is_cue(m.end + 3);
            if !(m.end + 1 < n && is_cue(m.end + 1) || of) {
                return None;
            }
            cue = true;
        } else if (m.thousands || m.cents)
            && t.toks.get(m.end).is_some_and(|k| k.kind == Kind::Word)
            && !words::function_word(w)
        {
            return None;
        }
        let from = m.first.saturating_sub(10);
        let to = (m.after + 3).min(t.toks.len());
        cue |= (from..m.first).chain(m.after..to).any(is_cue);
    }
    let start = t.toks[m.first].span.start;
    let end = t.toks[m.end - 1].span.end;
    let mut qualifier = if m.range.is_some() {
        None
    } else {
        qualifier_before(t, m.first)
    };
    if qualifier.is_none() && m.approx {
        qualifier = Some(Qualifier::Approx);
    }
    let (value, min, max) = match m.range {
        Some((lo, hi)) => (None, Some(lo), Some(hi)),
        None => (Some(m.value), None, None),
    };
    let amount = Amount {
        span: Span::new(start, end),
        text: article.text[start..end].to_string(),
        kind: if m.percent {
            AmountKind::Percent
        } else {
            AmountKind::Money
        },
        value,
        min,
        max,
        currency: m.currency.map(str::to_string),
        qualifier,
        sentence: article.sentence_at(start),
    };
    let one = m.range.is_none() && m.value == 10f64.powi(m.exp);
    Some(Found {
        amount,
        bare,
        cue,
        one,
        cents: bare && m.cents,
    })
}

/// The qualifier that the words right before token `first` give (`fino a`, `oltre
/// il`, `non scende mai sotto il`).
fn qualifier_before(t: &Tokens, first: usize) -> Option<Qualifier> {
    let mut ws: Vec<&str> = Vec::with_capacity(8);
    let mut k = first;
    while k > 0 && ws.len() < 8 && t.toks[k - 1].kind == Kind::Word {
        k -= 1;
        ws.push(words::preposition(t.norm(k)));
    }
    ws.reverse();
    if ws.last().is_some_and(|w| words::article(w)) {
        ws.pop();
    }
    if ws.last() == Some(&"quota") {
        ws.pop(); // `sfonda quota 20 euro`
    }
    // `sui 300 euro`, `sugli 80 euro`: about (not after a figure: `il 2% sui ricavi`)
    if first > 0 && matches!(t.norm(first - 1), "sui" | "sugli") {
        let figure = |k: usize| t.toks[k].kind != Kind::Word;
        let after_figure = (first.saturating_sub(3)..first - 1).any(figure);
        if !after_figure {
            return Some(Qualifier::Approx);
        }
    }
    let mut phrase = String::new();
    for n in (1..=ws.len().min(4)).rev() {
        let at = ws.len() - n;
        phrase.clear();
        for (x, w) in ws[at..].iter().enumerate() {
            if x > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
        }
        if let Some(q) = words::qualifier(&phrase) {
            let negated =
                !phrase.starts_with("non") && ws[at.saturating_sub(3)..at].contains(&"non");
            return Some(match (negated, q) {
                (true, Qualifier::Under) => Qualifier::AtLeast,
                (true, Qualifier::Over) => Qualifier::AtMost,
                (_, q) => q,
            });
        }
    }
    None
}

#[cfg(test)]
mod market_tests;
#[cfg(test)]
mod tests;
