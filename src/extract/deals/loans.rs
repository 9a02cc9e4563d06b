//! Who lends in business prose: the banks a borrower signs a loan with (`X ha firmato
//! un finanziamento in pool da 450 milioni con Banca A e Banca B`), and who only
//! guarantees it (`garantito da Sace`), which lends nothing.

use super::context::{DealSentence, Group};

/// Participles of guaranteeing: `da X` after them names a guarantor, not a lender.
const GUARANTEED: &[&str] = &[
    "garantito",
    "garantita",
    "garantiti",
    "garantite",
    "assistito",
    "assistita",
    "coperto",
    "coperta",
    "controgarantito",
    "controgarantita",
];

/// The `da` at token `prep` follows a participle of guaranteeing (`un finanziamento
/// garantito da Sace`).
pub fn after_guarantee(ctx: &DealSentence<'_>, prep: usize) -> bool {
    prep > 0 && ctx.is_word_in(prep - 1, GUARANTEED)
}

/// `X ha firmato un finanziamento in pool da 450 milioni con Banca A e Banca B`: the
/// `con` group at most six tokens after the loan noun ending at `cue_end` (within
/// the clause ending at `end`), the other party of the loan its borrower signed.
pub fn signed_with(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<Group> {
    let (_, g) = ctx.prep_group(cue_end, (cue_end + 6).min(end), &["con", "col"], 1)?;
    Some(ctx.pair(g))
}
