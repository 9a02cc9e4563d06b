//! Words next to money in business prose that say what the money is: a bid's premium
//! over the market price (`con un premio del 32%`) is no prize, and a price per share
//! (`7,40 euro per azione`) is not what a deal is worth.

use super::tokens::{DealToken, Kind};
use crate::summary::{Amount, AmountKind};

/// `premio del 32%`, `un premio di circa il 30%`: a bid's premium over the share
/// price, when a percentage follows the word `premio` within four tokens of its
/// clause. A prize (`il premio di 2 milioni`) has money, not a percentage, after it.
pub fn is_premium(toks: &[DealToken], amounts: &[Amount], i: usize) -> bool {
    let premium = toks
        .get(i)
        .is_some_and(|t| t.kind == Kind::Word && matches!(t.lower.as_str(), "premio" | "premi"));
    premium
        && toks
            .iter()
            .skip(i + 1)
            .take(4)
            .take_while(|t| t.kind != Kind::Punct)
            .any(|t| match t.kind {
                Kind::Amount(a) => amounts
                    .get(a)
                    .is_some_and(|a| a.kind == AmountKind::Percent),
                _ => false,
            })
}

/// The money at token `i` is a price per share: `per azione`, `ad azione`, `per
/// titolo` right after it (`al prezzo di 7,40 euro per azione`).
pub fn per_share(toks: &[DealToken], i: usize) -> bool {
    let word = |k: usize, set: &[&str]| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && set.contains(&t.lower.as_str()))
    };
    word(i + 1, &["per", "ad", "a", "ogni"])
        && word(
            i + 2,
            &["azione", "azioni", "titolo", "titoli", "quota", "share"],
        )
}

/// Nouns that only ever name what a deal costs its buyer.
const PRICE_NOUNS: &[&str] = &["controvalore", "corrispettivo", "esborso", "prezzo"];

/// `..., per un controvalore di 84 milioni`, `con un esborso complessivo di circa 70
/// milioni`, `per un corrispettivo pari a 1 miliardo`: the money that a price noun
/// gives, anywhere in tokens `from..` of the sentence (a long sentence may put
/// relative clauses between the deal and its price). Not a price per share.
pub fn stated_price(toks: &[DealToken], amounts: &[Amount], from: usize) -> Option<usize> {
    let word = |k: usize, set: &[&str]| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && set.contains(&t.lower.as_str()))
    };
    (from..toks.len()).find_map(|i| {
        if !word(i, &["per", "con"]) {
            return None;
        }
        let mut k = i + 1;
        if word(k, &["un", "uno", "il"]) {
            k += 1;
        }
        if !word(k, PRICE_NOUNS) {
            return None;
        }
        k += 1;
        if word(k, &["complessivo", "totale", "massimo", "pari"]) {
            k += 1;
        }
        if word(k, &["di", "a"]) {
            k += 1;
        }
        if word(k, &["circa", "oltre"]) {
            k += 1;
        }
        match toks.get(k)?.kind {
            Kind::Amount(a) if amounts.get(a)?.kind == AmountKind::Money && !per_share(toks, k) => {
                Some(a)
            }
            _ => None,
        }
    })
}

/// The token after `da N` (a money amount) at token `i`, else `i`: the worth that
/// may stand between a deal's noun and its parties (`un'offerta da 300 milioni su Y`,
/// `l'ordine da 2 miliardi di X a Y`).
pub fn past_worth(toks: &[DealToken], amounts: &[Amount], i: usize) -> usize {
    let da = toks
        .get(i)
        .is_some_and(|t| t.kind == Kind::Word && t.lower == "da");
    let money = toks.get(i + 1).is_some_and(|t| {
        matches!(t.kind, Kind::Amount(a) if amounts.get(a).is_some_and(|a| a.kind == AmountKind::Money))
    });
    if da && money {
        i + 2
    } else {
        i
    }
}

/// Verbs whose subject, a deal's noun, has the worth that follows (`l'acquisto di Y
/// da parte di X vale 4 miliardi`, `la cessione ammonta a 2 miliardi`).
pub const WORTH_VERBS: &[&str] = &[
    "valorizza",
    "valorizzano",
    "valorizzava",
    "vale",
    "valgono",
    "varrà",
    "valeva",
    "ammonta",
    "ammonterà",
    "ammontava",
];

/// Nouns of an outlay that a fronted phrase gives to the deal after it: `Con un
/// investimento di 48 milioni, X ha rilevato Y`.
const OUTLAYS: &[&str] = &[
    "investimento",
    "esborso",
    "operazione",
    "assegno",
    "spesa",
    "prezzo",
    "controvalore",
    "offerta",
];

/// The money of a phrase that opens the sentence and ends with a comma before token
/// `before` (the deal's subject): `Con un investimento di 48 milioni di euro, X ha
/// rilevato Y`, `Con un esborso da 30 milioni, X ...`. `Con ricavi per 48 milioni, X`
/// is no outlay.
pub fn fronted_worth(toks: &[DealToken], amounts: &[Amount], before: usize) -> Option<usize> {
    let word = |i: usize, set: &[&str]| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Word && set.contains(&t.lower.as_str()))
    };
    if !word(0, &["con"]) || !word(1, &["un", "una", "un'", "l'", "il"]) {
        return None;
    }
    let noun = (2..4.min(before)).find(|&i| word(i, OUTLAYS))?;
    let comma = (noun..before).find(|&i| toks[i].lower == ",")?;
    (noun + 1..comma).find_map(|i| match toks[i].kind {
        Kind::Amount(a) if amounts.get(a)?.kind == AmountKind::Money => Some(a),
        _ => None,
    })
}
