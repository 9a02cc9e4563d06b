//! A stake raised, told by its noun: `l'aumento della quota detenuta da X in Y al
//! 4%`, `l'aumento della partecipazione di X nel capitale di Y al 12%`. The holder
//! (the participle's agent, `di X`, or the clause's subject) pays, the company
//! whose capital it is receives; the percentage reached is required, so a market
//! share (`l'aumento della quota di mercato`) or a stake without its new size is no
//! deal. Where the phrase names no company, the company it is about is the
//! antecedent of the relative clause that holds it (`bene Brisa, che guadagna il
//! 7%, grazie all'aumento della quota detenuta da Orsola al 4%`).

use super::context::{DealSentence, Group, A, DA, DI_FORMS, IN};
use super::frame::Frame;
use super::tokens::Kind;
use crate::summary::{AmountKind, DealKind};

/// Participles that name who holds a stake (`la quota detenuta da X`).
const HELD: &[&str] = &[
    "detenuta",
    "detenute",
    "detenuto",
    "detenuti",
    "posseduta",
    "posseduto",
    "possedute",
    "posseduti",
];

/// Words of a company's capital between a preposition and the company's name
/// (`nel capitale di Y`, `nell'azionariato di Y`).
const CAPITAL: &[&str] = &["capitale", "sociale", "azionariato"];

/// Most tokens between a relative clause's antecedent and the stake noun.
const RELATIVE_REACH: usize = 14;

/// Reads `l'aumento della quota ...` with its cue at tokens `cue..cue_end`, up to
/// `end`: the holder pays, the company whose capital it is receives, and the
/// percentage reached (`al N%`) decides investment or, past half, acquisition.
pub(super) fn read(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    subject: Option<Group>,
    cue: usize,
    end: usize,
) -> Option<()> {
    let mut k = f.end;
    let holder = if ctx.is_word_in(k, HELD) {
        let (_, g) = ctx.prep_group(k + 1, k + 2, DA, 1)?;
        k = g.end;
        Some(g)
    } else if ctx.is_word_in(k, DI_FORMS)
        && matches!(ctx.toks.get(k + 1).map(|t| t.kind), Some(Kind::Mention(_)))
    {
        let g = ctx.group_fwd(k + 1);
        k = g.end;
        Some(g)
    } else {
        None
    };
    let payer = holder.or(subject)?;
    let owner = named_company(ctx, k, end);
    if let Some(g) = &owner {
        k = g.end;
    }
    let (at, pct) = reached(ctx, k)?;
    let company = match owner {
        Some(g) => g,
        None => relative_antecedent(ctx, cue)?,
    };
    f.object = Some(ctx.toks[cue].range.start..ctx.toks[at].range.end);
    f.kind = if pct.is_some_and(|p| p > 50.0 - 1e-9) {
        DealKind::Acquisition
    } else {
        DealKind::Investment
    };
    f.end = f.end.max(at + 1);
    f.take(payer, company);
    Some(())
}

/// `in Y`, `nel capitale di Y` right at token `k`: the company whose stake it is.
fn named_company(ctx: &DealSentence<'_>, k: usize, end: usize) -> Option<Group> {
    if !ctx.is_word_in(k, IN) {
        return None;
    }
    let name = (k + 1..(k + 4).min(end)).find(|&i| matches!(ctx.toks[i].kind, Kind::Mention(_)))?;
    let glue = (k + 1..name).all(|i| ctx.is_word_in(i, DI_FORMS) || ctx.is_word_in(i, CAPITAL));
    glue.then(|| ctx.group_fwd(name))
}

/// `al N%` at token `k`: the percentage's token and value.
fn reached(ctx: &DealSentence<'_>, k: usize) -> Option<(usize, Option<f64>)> {
    if !ctx.is_word_in(k, A) {
        return None;
    }
    match ctx.toks.get(k + 1).map(|t| t.kind) {
        Some(Kind::Amount(a)) if ctx.amounts[a].kind == AmountKind::Percent => {
            Some((k + 1, ctx.amounts[a].value.or(ctx.amounts[a].max)))
        }
        _ => None,
    }
}

/// `Brisa, che guadagna il 7%, grazie all'aumento ...`: the mention right before `,
/// che` that opens the relative clause holding the cue at token `cue`, with no
/// other mention and no strong mark between.
fn relative_antecedent(ctx: &DealSentence<'_>, cue: usize) -> Option<Group> {
    let from = cue.saturating_sub(RELATIVE_REACH).max(ctx.floor);
    let che = (from..cue).rev().find(|&i| ctx.is_word_in(i, &["che"]))?;
    let clean = (che + 1..cue).all(|i| match ctx.toks[i].kind {
        Kind::Mention(_) => false,
        Kind::Punct => ctx.toks[i].lower == ",",
        _ => true,
    });
    if !clean || che < 2 || ctx.toks[che - 1].lower != "," {
        return None;
    }
    match ctx.toks[che - 2].kind {
        Kind::Mention(_) => Some(ctx.group_fwd(che - 2)).filter(|g| g.end == che - 1),
        _ => None,
    }
}
