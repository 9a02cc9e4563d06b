//! Stakes raised or changing hands, read around a cue: `al 30% di Y`, `nel capitale di
//! Y al 19,8%`, `il controllo di Y`.

use super::context::{DealSentence, Group, A, DI_FORMS, IN};
use super::tokens::Kind;
use super::trade::stake_owner;

/// The percentage token at `k` (after `al` or `fino al`, or right after a cue that
/// ends with its article), if it is one: its token and its value.
fn percent_at(ctx: &DealSentence<'_>, mut k: usize) -> Option<(usize, Option<f64>)> {
    // The cue may end with its own article (`raggiunge il`, `supera la soglia del`).
    let own_article = k > 0 && ctx.is_word_in(k - 1, &["il", "del", "dello"]);
    if !own_article {
        k += usize::from(ctx.is_word_in(k, &["fino"]));
        if !ctx.is_word_in(k, A) {
            return None;
        }
        k += 1;
    }
    match ctx.toks.get(k).map(|t| t.kind) {
        Some(Kind::Amount(a)) if ctx.amounts[a].kind == crate::summary::AmountKind::Percent => {
            Some((k, ctx.amounts[a].value.or(ctx.amounts[a].max)))
        }
        _ => None,
    }
}

/// `al 30% (del capitale) di Y` right after the cue: the percentage's token, its
/// value and Y.
pub(super) fn stake_then_owner(
    ctx: &DealSentence<'_>,
    cue_end: usize,
    end: usize,
) -> Option<(usize, Option<f64>, Group)> {
    let (k, pct) = percent_at(ctx, cue_end)?;
    let owner = stake_owner(ctx, k, end)?;
    // `sale al 2% di Y`, not `sale al 2% in Piazza Affari`: a market, not a stake.
    if !ctx.is_word_in(owner.start - 1, DI_FORMS) {
        return None;
    }
    Some((k, pct, owner))
}

/// `nel capitale di Y al 19,8%`, `in Y al 10%` right after the cue: the company,
/// then the stake it reaches.
pub(super) fn owner_then_stake(
    ctx: &DealSentence<'_>,
    cue_end: usize,
    end: usize,
) -> Option<(usize, Option<f64>, Group)> {
    if !(ctx.is_word_in(cue_end, IN) || ctx.is_word_in(cue_end, DI_FORMS)) {
        return None;
    }
    // Only the words of a company's capital between the preposition and the name.
    let name = (cue_end + 1..(cue_end + 4).min(end))
        .find(|&i| matches!(ctx.toks[i].kind, Kind::Mention(_)))?;
    let glue = (cue_end + 1..name).all(|i| {
        ctx.is_word_in(i, DI_FORMS) || ctx.is_word_in(i, &["capitale", "sociale", "azionariato"])
    });
    if !glue {
        return None;
    }
    let owner = ctx.group_fwd(name);
    if owner.end >= end {
        return None;
    }
    let (k, pct) = percent_at(ctx, owner.end)?;
    Some((k, pct, owner))
}

/// `il controllo di Y`, `la maggioranza di Y`, `il 51% di Y` right before the verb at
/// token `cue` (an auxiliary between): Y, whose control the verb moves.
pub(super) fn control_of(ctx: &DealSentence<'_>, cue: usize) -> Option<Group> {
    let mut j = cue;
    while j > 0
        && ctx.is_word_in(
            j - 1,
            &["è", "sarà", "ora", "già", "ufficialmente", "stato"],
        )
    {
        j -= 1;
    }
    let last = j.checked_sub(1)?;
    if !matches!(ctx.toks[last].kind, Kind::Mention(_)) {
        return None;
    }
    let mut first = last;
    while first > 0 && matches!(ctx.toks[first - 1].kind, Kind::Mention(_)) {
        first -= 1;
    }
    let di = first
        .checked_sub(1)
        .filter(|&d| ctx.is_word_in(d, DI_FORMS))?;
    let word = di.checked_sub(1)?;
    let control = ctx.is_word_in(word, &["controllo", "maggioranza", "totalità"])
        || ctx.percent(word, word + 1).is_some_and(|p| p > 50.0 - 1e-9);
    control.then(|| ctx.group_fwd(first))
}
