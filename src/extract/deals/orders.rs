//! Goods bought from a supplier, told by the order or by the supply.
//!
//! Orders told by a noun, as headlines and business prose write them: `l'ordine di X
//! a Y per due navi`, `ordine da 2 miliardi di X a Y`, `X, ordine a Y per 40 treni`,
//! `X ha piazzato un ordine a Y`. X (the customer) buys from Y (the supplier). The
//! supplier must be named right after `a`, and the order must say what it is worth
//! or what it buys (`per due navi`): `l'ordine di X ai dipendenti di tornare` is a
//! command, `l'ordine del giorno` no order at all.
//!
//! Supplies told from the supplier's side: `X fornirà a Y quaranta locomotive in base
//! a un contratto da 260 milioni`. Y pays X. Companies supply many things that are no
//! sale (`ha fornito ai giornalisti i dettagli`), so the clause must state money.

use super::context::{DealSentence, Group, A, DI_FORMS};
use super::frame::Frame;
use super::money_words::{past_worth, WORTH_VERBS};
use super::trade::{all_people, headline_topic, object};
use crate::summary::DealKind;

/// Verbs whose subject places an order named by the noun after them (`X ha piazzato
/// un ordine a Y`); `ha ricevuto un ordine` is the supplier's (`Role::Receive`).
const PLACING: &[&str] = &[
    "piazza",
    "piazzato",
    "piazzano",
    "firmato",
    "firma",
    "siglato",
    "sigla",
    "conferito",
    "conferisce",
    "effettuato",
    "lanciato",
    "passato",
];

/// Words that may stand between a verb of placing and the noun (`ha piazzato un nuovo
/// ordine`).
const BEFORE_NOUN: &[&str] = &["un", "l'", "nuovo", "maxi", "altro", "primo", "secondo"];

/// Reads the order whose noun spans tokens `cue..cue_end` (the clause ends at `end`)
/// into `f`: the customer is `di X` after the noun (past `da N`), else a headline's
/// topic before a comma, else the subject of a verb of placing; the supplier is the
/// `a Y` that follows.
pub fn nominal_order(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    subject: Option<Group>,
    cue: usize,
    cue_end: usize,
    end: usize,
) -> Option<()> {
    let k = past_worth(&ctx.toks, ctx.amounts, cue_end);
    let (customer, after) = match ctx.prep_group(k, k + 1, DI_FORMS, 0) {
        Some((_, g)) => {
            let e = past_worth(&ctx.toks, ctx.amounts, g.end);
            (g, e)
        }
        None => (
            headline_topic(ctx, cue).or_else(|| placed_by(ctx, subject, cue))?,
            k,
        ),
    };
    let (_, supplier) = ctx.prep_group(after, after + 1, A, 0)?;
    // `l'ordine di X a Y di fermare i lavori`: a command.
    if ctx.is_word_in(supplier.end, DI_FORMS)
        || all_people(ctx, &customer)
        || all_people(ctx, &supplier)
    {
        return None;
    }
    // What is ordered ends at a comma or at a verb (`per due navi vale 2 miliardi`).
    let goods = ctx
        .is_word_in(supplier.end, &["per"])
        .then(|| {
            let from = supplier.end + 1;
            let verb = ctx
                .clause
                .verbs
                .iter()
                .map(|g| g.start)
                .chain((from..end).filter(|&i| ctx.is_word_in(i, WORTH_VERBS)))
                .filter(|&v| v >= from)
                .min();
            let to = ctx.next_comma(from, end).min(verb.unwrap_or(end));
            object(ctx, from, to)
        })
        .flatten();
    f.amount = ctx.contract_money(cue_end, end);
    if goods.is_none() && f.amount.is_none() {
        return None;
    }
    f.object = goods;
    f.kind = DealKind::Purchase;
    f.take(customer, supplier);
    Some(())
}

/// The subject of a verb of placing right before the noun (an article between):
/// `X ha piazzato un ordine a Y`.
fn placed_by(ctx: &DealSentence<'_>, subject: Option<Group>, cue: usize) -> Option<Group> {
    let mut k = cue;
    while k > 0 && ctx.is_word_in(k - 1, BEFORE_NOUN) {
        k -= 1;
    }
    (k > 0 && ctx.is_word_in(k - 1, PLACING))
        .then_some(subject)
        .flatten()
}

/// Reads the supply whose verb spans tokens `cue..cue_end` into `f`: the subject
/// supplies the client named by the first `a Y` within seven words, for the money of
/// a contract stated in the clause.
pub fn supply(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    subject: Option<Group>,
    passive: bool,
    cue_end: usize,
    end: usize,
) -> Option<()> {
    if passive {
        return None;
    }
    let supplier = subject?;
    let (prep, client) = ctx.prep_group(cue_end, (cue_end + 7).min(end), A, 1)?;
    if all_people(ctx, &supplier) || all_people(ctx, &client) {
        return None;
    }
    f.amount = Some(ctx.contract_money(cue_end, end)?);
    f.object = if prep == cue_end {
        let from = client.end;
        object(ctx, from, ctx.next_comma(from, end))
    } else {
        object(ctx, cue_end, prep)
    };
    f.kind = DealKind::Purchase;
    f.take(client, supplier);
    Some(())
}
