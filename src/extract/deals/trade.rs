//! Buying and selling: acquisitions of companies and stakes, purchases of goods,
//! and sales, read from `acquistare`, `acquisire`, `cedere`, `vendere` and their nouns.

use super::context::{DealSentence, Group, A, DA, DI_FORMS, IN};
use super::frame::Frame;
use super::lexicon::Role;
use super::tokens::Kind;
use crate::summary::DealKind;
use std::ops::Range;

/// Words that name a stake in a company.
const STAKE: &[&str] = &[
    "quota",
    "quote",
    "partecipazione",
    "partecipazioni",
    "maggioranza",
    "controllo",
    "azioni",
    "pacchetto",
    "totalità",
    "capitale",
    "stake",
];
/// Stake words that mean control.
const CONTROL: &[&str] = &["maggioranza", "controllo", "totalità", "intera", "intero"];
/// Parts of a company that, sold, make an acquisition (`la cessione delle attività`).
pub(super) const BUSINESS: &[&str] = &[
    "attività",
    "ramo",
    "rami",
    "divisione",
    "divisioni",
    "business",
    "controllata",
    "controllate",
    "filiale",
    "filiali",
    "rete",
    "marchio",
    "marchi",
    "stabilimento",
    "stabilimenti",
    "asset",
];

/// The bytes of the object between tokens `from` and `to`: a leading amount and
/// `di` are skipped (`30 miliardi di [capacità computazionale] da`).
pub(super) fn object(ctx: &DealSentence<'_>, mut from: usize, to: usize) -> Option<Range<usize>> {
    if matches!(ctx.toks.get(from).map(|t| t.kind), Some(Kind::Amount(_))) {
        from += 1;
        if ctx.is_word_in(from, DI_FORMS) {
            from += 1;
        }
    }
    let to = (from..to)
        .find(|&i| {
            let t = &ctx.toks[i];
            t.kind != Kind::Word || t.lower == "per"
        })
        .unwrap_or(to);
    // `una commessa da [2 miliardi]`: a preposition left before an amount is not
    // part of the object.
    let mut to = to;
    while to > from + 1 && (ctx.is_word_in(to - 1, DI_FORMS) || ctx.is_word_in(to - 1, DA)) {
        to -= 1;
    }
    if from >= to || to - from > 8 {
        return None;
    }
    let words = &ctx.toks[from..to];
    if !words
        .iter()
        .any(|t| t.kind == Kind::Word && !ctx.is_function_word(t))
    {
        return None;
    }
    Some(words[0].range.start..words[words.len() - 1].range.end)
}

/// Acquisitions and purchases: `X acquisisce Y`, `X acquista il 51% di Y`,
/// `X acquista capacità da Y`, `Y è stata acquisita da X`, `l'acquisizione di Y da
/// parte di X`.
pub(super) fn buy(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    role: Role,
    subject: Option<Group>,
    passive: bool,
    end: usize,
) -> Option<()> {
    let cue_end = f.end;
    if passive {
        // `è stata acquistata da X`, `dal fondo X`, `dalla società americana X`.
        let (_, payer) = ctx
            .prep_group(cue_end, cue_end + 1, DA, 0)
            .or_else(|| ctx.prep_party(cue_end, cue_end + 1, DA))?;
        f.kind = DealKind::Acquisition;
        f.take(payer, subject?);
        return Some(());
    }
    let mut obj = cue_end;
    if role == Role::NAcquire {
        if ctx.is_word_in(obj, DI_FORMS) {
            obj += 1;
        } else if !ctx.is_word_in(obj, DA) {
            return valued_target(ctx, f, end);
        }
    }
    if let Some((stake_end, holder, control)) = held_stake(ctx, obj, end) {
        let payer = match (role, ctx.by_agent(stake_end, end)) {
            (Role::NAcquire, Some(g)) => g,
            _ => subject?,
        };
        f.object = Some(ctx.toks[obj].range.start..ctx.toks[stake_end - 1].range.end);
        f.kind = if control {
            DealKind::Acquisition
        } else {
            DealKind::Investment
        };
        f.take(payer, holder);
        return Some(());
    }
    let (mut target, stake) = what(ctx, f, obj, end);
    let after = target.as_ref().map_or(obj, |g| g.end);
    // (`dalla famiglia X`, `dal cloud Azure di X`; not `Y, società nata dalla
    // scissione di X`, where an apposition tells how Y came to be)
    let seller = ctx
        .prep_group(after, end, DA, 4)
        .filter(|(p, g)| {
            let apposition = (after..*p).any(|i| ctx.toks[i].lower == ",");
            !(apposition && (p + 1..g.start).any(|i| ctx.is_word_in(i, DI_FORMS)))
        })
        .or_else(|| {
            // `ha acquistato da Cdp il 10% di Tim`: the seller before the stake.
            let t = target.as_ref()?;
            ctx.prep_group(obj, t.start, DA, 2)
                .filter(|(_, s)| s.end <= t.start)
        });
    // `l'acquisizione di Y annunciata da X`: the `da` of the buyer is no seller.
    let agent = ctx.by_agent(after, end);
    let seller = seller.filter(|(_, s)| {
        role != Role::NAcquire || agent.as_ref().is_none_or(|a| a.start != s.start)
    });
    if let (Some((p, s)), Some(o)) = (&seller, &f.object) {
        if let Some(t) = ctx.toks.get(s.end).filter(|_| *p == obj) {
            f.object = Some(t.range.start..o.end);
        }
    }
    if let (None, Some((prep, s))) = (&target, &seller) {
        // `acquista dall'IRI il Banco di Santo Spirito`: seller first, then target.
        if *prep == obj {
            target = ctx.direct_object(s.end);
            if target.is_some() {
                f.end = s.end;
            }
        }
    }

    let payer = match (role, agent) {
        (Role::NAcquire, Some(g)) => g,
        _ => subject?,
    };
    if let Some(t) = target.as_ref().filter(|t| all_people(ctx, t)) {
        // A person (a player) is not a company: buying one pays whoever sells.
        let (_, s) = seller?;
        f.object = Some(ctx.toks[t.start].range.start..ctx.toks[t.end - 1].range.end);
        f.kind = DealKind::Purchase;
        f.end = f.end.max(t.end);
        f.take(payer, s);
        return Some(());
    }
    f.kind = kind_of(ctx, &target, stake);
    if target.is_none() && ctx.toks[f_cue_tok(ctx, f)].lower.starts_with("acquisizion") {
        f.kind = DealKind::Acquisition;
    }
    match (target, seller) {
        (Some(t), Some((_, s))) => {
            if f.object.is_none() {
                f.object = Some(ctx.toks[t.start].range.start..ctx.toks[t.end - 1].range.end);
            }
            f.end = t.end;
            f.take(payer, s);
        }
        (Some(t), None) => {
            // `X ha acquistato A, B e C`: three acquisitions, not one joint one
            // (a stake's owner is one company; a person is handled above).
            f.each_payee = stake.is_none() && t.members.len() > 1;
            f.take(payer, t)
        }
        (None, Some((prep, s))) => {
            f.object = if prep == obj {
                let from = s.end + usize::from(ctx.is_word_in(s.end, DI_FORMS));
                Some(object(ctx, from, ctx.next_comma(s.end, end))?)
            } else {
                Some(object(ctx, obj, prep)?)
            };
            f.take(payer, s);
        }
        (None, None) => {
            // `X ha rilevato il ramo d'azienda di Y`, `X acquista le attività
            // italiane di Y`: a business bought from the company it belongs to.
            // A headline's topic owns it: `Tim, Kkr compra la rete`.
            let part = (obj..(obj + 3).min(end)).find(|&i| ctx.is_word_in(i, BUSINESS))?;
            // (`il ramo d'azienda logistico di Y`: an adjective after the unit)
            let owner = match ctx.prep_group(part + 1, (part + 5).min(end), DI_FORMS, 2) {
                Some((_, g)) => g,
                None => headline_topic(ctx, f_cue_tok(ctx, f)).filter(|t| t.end < obj)?,
            };
            let last = if owner.end > obj { owner.end - 1 } else { part };
            f.object = Some(ctx.toks[obj].range.start..ctx.toks[last].range.end);
            f.kind = DealKind::Acquisition;
            // The topic and the buyer are read as one list (`Tim, Kkr`): the buyer
            // is what remains of it.
            let mut payer = payer;
            payer.members.retain(|m| !owner.members.contains(m));
            if payer.members.is_empty() {
                return None;
            }
            f.take(payer, owner);
        }
    }
    Some(())
}

/// True when every member of the group is a person, and the group is not introduced
/// by a company noun or a company's nationality (`l'americana Encore Wire`, `la
/// società Mario Rossi`: a company, whatever the name looks like).
pub(super) fn all_people(ctx: &DealSentence<'_>, g: &Group) -> bool {
    let described = g.start > 0
        && ctx.toks[g.start - 1].kind == Kind::Word
        && super::lexicon::is_company_noun(&ctx.toks[g.start - 1].lower);
    !described
        && g.members
            .iter()
            .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Person)
}

fn f_cue_tok(ctx: &DealSentence<'_>, f: &Frame) -> usize {
    ctx.toks
        .iter()
        .position(|t| t.range.start == f.cue.start)
        .unwrap_or(0)
}

/// What is bought or sold from token `obj`: a company (`Chrysler`) or a stake in
/// one (`il 51% di Sia`: the stake word's token and the percentage).
#[allow(clippy::type_complexity)]
fn what(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    obj: usize,
    end: usize,
) -> (Option<Group>, Option<(usize, Option<f64>)>) {
    if let Some(t) = ctx
        .direct_object(obj)
        .or_else(|| exemplified(ctx, obj, end))
    {
        return (Some(t), None);
    }
    let stake_at = (obj..(obj + 6).min(end)).find(|&i| {
        ctx.is_word_in(i, STAKE)
            || matches!(ctx.toks[i].kind, Kind::Amount(a)
                if ctx.amounts[a].kind == crate::summary::AmountKind::Percent)
    });
    if let Some(s) = stake_at {
        if let Some(g) = stake_owner(ctx, s, end) {
            f.object = Some(ctx.toks[obj].range.start..ctx.toks[g.end - 1].range.end);
            return (Some(g.clone()), Some((s, ctx.percent(obj, g.start))));
        }
    }
    (None, None)
}

/// Words that open the list of examples of a common noun: `società come A e B`,
/// `gruppi quali A`, `colossi del calibro di A, B e C`.
const EXAMPLE_OPENERS: &[&[&str]] = &[
    &["come"],
    &["quali"],
    &["tra", "cui"],
    &["fra", "cui"],
    &["del", "calibro", "di"],
];

/// A common-noun object whose members are then listed (`ha acquistato colossi
/// farmaceutici del calibro di A, B e C`, `ha rilevato aziende come A e B`): the
/// listed names, when the noun phrase before the list is at most three plain words.
pub(super) fn exemplified(ctx: &DealSentence<'_>, obj: usize, end: usize) -> Option<Group> {
    for head_len in 1..=3 {
        let opener = obj + head_len;
        if opener >= end {
            return None;
        }
        let plain = (obj..opener).all(|i| {
            let t = &ctx.toks[i];
            t.kind == Kind::Word && !DI_FORMS.contains(&t.lower.as_str()) && t.lower != "per"
        });
        if !plain {
            return None;
        }
        for words in EXAMPLE_OPENERS {
            let fits = words
                .iter()
                .enumerate()
                .all(|(k, w)| ctx.toks.get(opener + k).is_some_and(|t| t.is(w)));
            let first = opener + words.len();
            if fits && first < end && matches!(ctx.toks[first].kind, Kind::Mention(_)) {
                return Some(ctx.group_fwd(first));
            }
        }
    }
    None
}

/// Words that may stand between a stake and its company (`il 51% del capitale
/// sociale di X`); anything else (`un calo del 2% nelle vendite di X`) means the
/// percentage is not a stake in X.
const STAKE_GLUE: &[&str] = &[
    "capitale",
    "sociale",
    "azionario",
    "azioni",
    "ordinarie",
    "ordinario",
    "votante",
    "diritti",
    "diritto",
    "voto",
    "quota",
    "quote",
    "partecipazione",
    "totalità",
    "circa",
    "oltre",
];

/// The company a stake at token `s` is in: after `di`/`in` and only stake words.
pub(super) fn stake_owner(ctx: &DealSentence<'_>, s: usize, end: usize) -> Option<Group> {
    let mut prep = false;
    for k in s + 1..(s + 8).min(end) {
        let t = &ctx.toks[k];
        match t.kind {
            Kind::Mention(_) if prep => return Some(ctx.group_fwd(k)),
            Kind::Word if ctx.is_word_in(k, DI_FORMS) || ctx.is_word_in(k, IN) => prep = true,
            Kind::Word if STAKE_GLUE.contains(&t.lower.as_str()) || ctx.is_function_word(t) => {}
            // `il 30% della controllata Y`, `il 20% della società Y`
            Kind::Word if prep && super::lexicon::is_company_noun(&t.lower) => {}
            Kind::Amount(a) if ctx.amounts[a].kind == crate::summary::AmountKind::Percent => {}
            _ => return None,
        }
    }
    None
}

/// Acquisition for a company or a controlling stake, investment for a minority
/// stake, purchase for goods and services.
fn kind_of(
    ctx: &DealSentence<'_>,
    target: &Option<Group>,
    stake: Option<(usize, Option<f64>)>,
) -> DealKind {
    match (target, stake) {
        (Some(_), None) => DealKind::Acquisition,
        (Some(_), Some((s, pct))) => {
            let control = ctx.is_word_in(s, CONTROL) || pct.is_some_and(|p| p > 50.0 - 1e-9);
            if control {
                DealKind::Acquisition
            } else {
                DealKind::Investment
            }
        }
        (None, _) => DealKind::Purchase,
    }
}

/// Sales: `X cede il 65% di Y a Z`, `X vende Y a Z`, `Y è stata ceduta a Z`, `la
/// cessione di Y a Z`. The buyer pays; the seller (or, unnamed, the target) receives.
pub(super) fn sell(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    role: Role,
    subject: Option<Group>,
    end: usize,
) -> Option<()> {
    let cue_end = f.end;
    let passive = ctx.passive_to(cue_end - 1, cue_end);
    if passive {
        let (_, buyer) = ctx.prep_group(cue_end, cue_end + 1, A, 1)?;
        let target = subject?;
        f.kind = DealKind::Acquisition;
        f.take(buyer, target);
        return Some(());
    }
    let mut obj = cue_end;
    let mut first_buyer = None;
    if role == Role::NSell {
        if let Some((_, b)) = ctx.prep_group(obj, obj + 1, A, 1) {
            // `la cessione a Friedkin dell'intera partecipazione`
            obj = b.end;
            first_buyer = Some(b);
        }
        if !ctx.is_word_in(obj, DI_FORMS) {
            let (buyer, topic) = (first_buyer?, headline_topic(ctx, f_cue_tok(ctx, f))?);
            f.kind = DealKind::Acquisition;
            f.end = buyer.end;
            f.take(buyer, topic);
            return Some(());
        }
        obj += 1;
    }
    if role != Role::NSell {
        if let Some((_, b)) = ctx.prep_group(obj, obj + 1, A, 1) {
            // `ha ceduto a Brisa il 20% di Canto`: the buyer first, then what is sold.
            obj = b.end;
            first_buyer = Some(b);
        }
    }
    if let Some((stake_end, holder, control)) = held_stake(ctx, obj, end) {
        let buyer = match first_buyer {
            Some(b) => b,
            None => ctx.prep_group(holder.end, end, A, 3)?.1,
        };
        f.object = Some(ctx.toks[obj].range.start..ctx.toks[stake_end - 1].range.end);
        f.kind = if control {
            DealKind::Acquisition
        } else {
            DealKind::Investment
        };
        f.take(buyer, holder);
        return Some(());
    }
    let (target, stake) = what(ctx, f, obj, end);
    let after = target.as_ref().map_or(obj, |g| g.end);
    let (prep, buyer) = match first_buyer {
        Some(b) => (after, b),
        None => ctx.prep_group(after, end, A, 3)?,
    };
    let seller = match (role, ctx.by_agent(after, end)) {
        (Role::NSell, Some(g)) => Some(g),
        (Role::NSell, None) if f.end > cue_end => None,
        (Role::NSell, None) => subject,
        _ => Some(subject?),
    };
    if let Some(t) = target.as_ref().filter(|t| all_people(ctx, t)) {
        f.object = Some(ctx.toks[t.start].range.start..ctx.toks[t.end - 1].range.end);
        f.kind = DealKind::Purchase;
        f.take(buyer, seller?);
        return Some(());
    }
    f.kind = kind_of(ctx, &target, stake);
    if target.is_none() && prep == obj {
        // `ha venduto a Kkr la rete fissa per 22 miliardi`
        f.object = Some(object(ctx, buyer.end, end)?);
        if business_unit(
            ctx,
            buyer.end + usize::from(ctx.is_word_in(buyer.end, DI_FORMS)),
        ) || business_unit(ctx, buyer.end + 1)
        {
            f.kind = DealKind::Acquisition;
        }
    } else if target.is_none() {
        f.object = Some(object(ctx, obj, prep)?);
        if business_unit(ctx, obj) || business_unit(ctx, obj + 1) {
            f.kind = DealKind::Acquisition;
        } else if let Some(kind) = bare_stake_kind(ctx, obj) {
            f.kind = kind;
        }
    } else if f.object.is_none() {
        let t = target.as_ref()?;
        f.object = Some(ctx.toks[t.start].range.start..ctx.toks[t.end - 1].range.end);
    }
    let payee = seller.or(target)?;
    f.take(buyer, payee);
    Some(())
}

/// A part of a company at token `i`: a word of [`BUSINESS`], or `parte` named by
/// the word after it (`la parte internet`, `la parte retail`), not a share of
/// something (`una parte delle azioni`).
fn business_unit(ctx: &DealSentence<'_>, i: usize) -> bool {
    ctx.is_word_in(i, BUSINESS)
        || ctx.is_word_in(i, &["parte"])
            && ctx.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
            && !ctx.is_word_in(i + 1, DI_FORMS)
            && !ctx.is_function_word(&ctx.toks[i + 1])
}

/// `Brisa, via libera alla cessione a Orsola`: a unit that opens with a company set
/// off by a comma (the headline's topic) names what a sale without its own `di Y`
/// sells, when the sale's noun follows within five words and nothing between hedges.
pub(super) fn headline_topic(ctx: &DealSentence<'_>, cue: usize) -> Option<Group> {
    if !matches!(ctx.toks.first()?.kind, Kind::Mention(_)) {
        return None;
    }
    let topic = ctx.group_fwd(0);
    let comma = ctx.toks.get(topic.end).is_some_and(|t| t.lower == ",");
    let near = cue > topic.end && cue - topic.end <= 6;
    (comma && near && !ctx.hedged(topic.end, cue)).then_some(topic)
}

/// Words that say who holds a stake (`la quota detenuta da X`).
const HELD: &[&str] = &[
    "detenuta",
    "detenute",
    "detenuti",
    "detenuto",
    "posseduta",
    "possedute",
    "posseduti",
    "posseduto",
];

/// `l'intera partecipazione detenuta da X`: a stake word within a few tokens of
/// `obj`, then a holding participle and its holder. Returns the token after the
/// holder phrase's participle, the holder, and whether the stake gives control.
fn held_stake(ctx: &DealSentence<'_>, obj: usize, end: usize) -> Option<(usize, Group, bool)> {
    let s = (obj..(obj + 4).min(end)).find(|&i| ctx.is_word_in(i, STAKE))?;
    let h = (s + 1..(s + 3).min(end)).find(|&i| ctx.is_word_in(i, HELD))?;
    let (_, holder) = ctx.prep_group(h + 1, h + 2, DA, 1)?;
    let control =
        ctx.any_word(obj, h, CONTROL) || ctx.percent(obj, end).is_some_and(|p| p > 50.0 - 1e-9);
    Some((h, holder, control))
}

/// `la cessione della quota a Lufthansa`, `ha venduto la sua partecipazione a X`: a
/// stake whose company the clause does not name is still a stake, not goods: an
/// investment, or an acquisition when the stake word means control (`la
/// maggioranza`).
fn bare_stake_kind(ctx: &DealSentence<'_>, obj: usize) -> Option<DealKind> {
    let at = (obj..obj + 3).find(|&i| ctx.is_word_in(i, STAKE))?;
    let leading = (obj..at).all(|i| {
        ctx.is_function_word(&ctx.toks[i]) || ctx.is_word_in(i, &["sua", "propria", "intera"])
    });
    if !leading {
        return None;
    }
    Some(
        if ctx.is_word_in(at, CONTROL) || ctx.any_word(obj, at, &["intera"]) {
            DealKind::Acquisition
        } else {
            DealKind::Investment
        },
    )
}

/// `L'acquisizione portata a termine dal fondo X valorizza Y 1,6 miliardi`: a noun
/// of buying with its buyer as a participle's agent, and the target as the object of
/// `valorizza` (the price it puts on the whole company) with the amount after it.
fn valued_target(ctx: &DealSentence<'_>, f: &mut Frame, end: usize) -> Option<()> {
    let cue_end = f.end;
    let buyer = ctx.by_agent(cue_end, end)?;
    let verb = (buyer.end..(buyer.end + 3).min(end))
        .find(|&i| ctx.is_word_in(i, &["valorizza", "valorizzava", "valorizzerà"]))?;
    let target = ctx.direct_object(verb + 1)?;
    f.amount = ctx.money(target.end, (target.end + 3).min(end));
    f.amount?;
    f.kind = DealKind::Acquisition;
    f.take(buyer, target);
    Some(())
}
