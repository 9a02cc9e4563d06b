//! A sale told in the passive with its seller first: `Il 30% di Y è stato ceduto da X
//! a Z per 640 milioni`, `Y è stata venduta dal fondo X a Z`. Z pays X; what is sold
//! is the passive's subject, a stake (an investment, or an acquisition above half) or
//! a company (an acquisition).

use super::context::{DealSentence, A, DA};
use super::frame::Frame;
use super::tokens::Kind;
use super::trade::stake_owner;
use crate::summary::{AmountKind, DealKind};

/// Reads `<subject> è stato ceduto da X a Z` for the selling participle ending at
/// `f.end` (the cue starts at token `cue`): the seller right after the participle,
/// the buyer right after the seller. `None` when either is missing or the subject
/// names neither a stake of a company nor a company.
pub fn by_seller_to_buyer(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    cue: usize,
    end: usize,
) -> Option<()> {
    let cue_end = f.end;
    let (_, seller) = ctx
        .prep_group(cue_end, cue_end + 1, DA, 0)
        .or_else(|| ctx.prep_party(cue_end, cue_end + 1, DA))?;
    let (_, buyer) = ctx.prep_group(seller.end, (seller.end + 1).min(end), A, 1)?;
    let start = ctx.clause_start(cue);
    let stake = (start..cue).find(|&i| {
        matches!(ctx.toks[i].kind, Kind::Amount(a) if ctx.amounts[a].kind == AmountKind::Percent)
    });
    match stake {
        Some(s) => {
            let owner = stake_owner(ctx, s, cue)?;
            let pct = ctx.percent(s, s + 1)?;
            let from = if s > start && ctx.is_function_word(&ctx.toks[s - 1]) {
                s - 1
            } else {
                s
            };
            f.object = Some(ctx.toks[from].range.start..ctx.toks[owner.end - 1].range.end);
            f.kind = if pct > 50.0 - 1e-9 {
                DealKind::Acquisition
            } else {
                DealKind::Investment
            };
        }
        None => {
            let target = ctx.subject(cue)?;
            f.object = Some(ctx.toks[target.start].range.start..ctx.toks[target.end - 1].range.end);
            f.kind = DealKind::Acquisition;
        }
    }
    f.take(buyer, seller);
    Some(())
}
