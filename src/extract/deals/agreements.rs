//! Agreements to buy or to sell: `X ha firmato un accordo con Y per rilevare il 10% di
//! Z` (Y sells), `... con Y per la cessione di Z` (Y buys). The frame of the buying or
//! selling cue after `per`, with the agreement's parties in its roles.

use super::context::{DealSentence, Group, DA, DI_FORMS};
use super::frame::Frame;
use super::lexicon::Role;
use super::tokens::Kind;
use super::trade::{buy, object, stake_owner};
use crate::summary::DealKind;

/// `X ha raggiunto un accordo con Y per rilevare il 10% di Z`, `X ha firmato un
/// accordo con Y per l'acquisto di Z`: an agreement with Y to buy is a purchase from
/// Y, the seller (unless the purchase names its own seller, `da W`). The frame of the
/// buying cue after `per`, with the agreement's subject as buyer; a selling cue
/// there (`per la cessione di Z`) makes the subject the seller ([`agreed_sale`]).
pub(super) fn agreed_purchase(
    ctx: &DealSentence<'_>,
    f: &Frame,
    subject: Option<Group>,
    cue_end: usize,
    end: usize,
) -> Option<Frame> {
    let (_, counterpart) = ctx.prep_group(cue_end, cue_end + 4, &["con"], 2)?;
    let party = subject?;
    let mut k = counterpart.end;
    if !ctx.is_word_in(k, &["per"]) {
        return None;
    }
    k += 1;
    if ctx.is_word_in(k, &["l'", "la", "il", "lo"]) {
        k += 1;
    }
    let (role, sub_end) = super::lexicon::cue_at(&ctx.toks, k)?;
    if matches!(role, Role::Sell | Role::NSell) {
        // The agreement's subject sells, its counterpart buys.
        return agreed_sale(ctx, f, (party, counterpart), k, sub_end, end);
    }
    if !matches!(role, Role::Acquire | Role::Buy | Role::NAcquire) {
        return None;
    }
    let mut g = f.clone();
    g.cue = ctx.toks[k].range.start..ctx.toks[sub_end - 1].range.end;
    g.end = sub_end;
    if buy(ctx, &mut g, role, Some(party.clone()), false, end).is_none() {
        // `accordo con Y per l'acquisizione del ramo merchant acquiring`: a
        // business of the counterpart, named without a company.
        let from = sub_end + usize::from(ctx.is_word_in(sub_end, DI_FORMS));
        if !(ctx.is_word_in(from, super::trade::BUSINESS)
            || ctx.is_word_in(from + 1, super::trade::BUSINESS))
        {
            return None;
        }
        g.object = Some(object(ctx, from, ctx.next_comma(from, end))?);
        g.kind = DealKind::Acquisition;
        g.payers = party.members;
        g.payees = counterpart.members;
        g.each_payee = false;
        g.end = g.end.max(counterpart.end);
        return Some(g);
    }
    if ctx.prep_group(sub_end, end, DA, 4).is_none() {
        if g.object.is_none() {
            let (first, last) = (g.payees.first()?, g.payees.last()?);
            let span = ctx.found[*first].mention.span.start..ctx.found[*last].mention.span.end;
            g.object = Some(span);
        }
        g.payees = counterpart.members;
    }
    g.payers = party.members;
    g.each_payee = false;
    g.end = g.end.max(counterpart.end);
    Some(g)
}

/// `X ha firmato un accordo con Y per la cessione del 30% di Z` (or `per cedere
/// Z`): X sells, Y pays. The thing sold is the stake or the company after the sale's
/// cue (at tokens `cue..cue_end`), as `cedere` reads it.
fn agreed_sale(
    ctx: &DealSentence<'_>,
    f: &Frame,
    (seller, buyer): (Group, Group),
    cue: usize,
    cue_end: usize,
    end: usize,
) -> Option<Frame> {
    let mut obj = cue_end;
    if ctx.is_word_in(obj, DI_FORMS) {
        obj += 1;
    }
    let mut g = f.clone();
    g.cue = ctx.toks[cue].range.start..ctx.toks[cue_end - 1].range.end;
    let stake_at = (obj..(obj + 6).min(end)).find(|&i| {
        matches!(ctx.toks[i].kind, Kind::Amount(a)
            if ctx.amounts[a].kind == crate::summary::AmountKind::Percent)
    });
    let (target, pct) = match stake_at {
        Some(s) => (stake_owner(ctx, s, end)?, ctx.percent(s, s + 1)),
        None => (ctx.direct_object(obj)?, None),
    };
    g.object = Some(ctx.toks[obj].range.start..ctx.toks[target.end - 1].range.end);
    g.kind = if pct.is_none_or(|p| p > 50.0 - 1e-9) {
        DealKind::Acquisition
    } else {
        DealKind::Investment
    };
    g.end = target.end;
    g.take(buyer, seller);
    g.end = g.end.max(target.end);
    Some(g)
}
