//! Deals: who pays whom, how much (`spec/EXTRACTION.md`, Deals).
//!
//! Each sentence (and the title) that holds a cue word of `data/it/deal_cues.txt` is cut
//! into tokens (`tokens.rs`), a name or an amount being one token and asides left out.
//! The cue's role (`lexicon::Role`) says where its parties are: the subject before a
//! verb, `in X` after `investire`, the direct object of `acquisisce`, `da X` after a
//! passive or a purchase (`frames.rs`, `trade.rs`). A deal needs a named payer and a
//! named payee; a hedge (`potrebbe`, `valuta`) or a denial (`non`, `smentisce`) in the
//! clause before the cue drops it, because a deal that did not happen is worse than a
//! missed one; so does the clause layer (`crate::clause`) when it reads the cue's verb
//! group as negated or not a fact (`rileverebbe`, `valuta di acquistare`, `esamina
//! l'acquisto`), and it gives the subject of an infinitive from its governing verb.
//! An unknown capitalised name in a party slot is offered as a company
//! (`licensed.rs`); a description (`la società`) stands for the company the article
//! introduced with that noun (`descriptions.rs`); a deal without an amount takes the
//! worth stated by the sentence next to it (`L'operazione vale ...`). Orders told by a
//! noun and supplies told by the supplier are read in `orders.rs`, loans signed with
//! banks in `loans.rs`, stakes in `stakes.rs` and `stake_raise.rs`, and the words that
//! say what money is (a premium, a price per share, a fronted outlay) in
//! `money_words.rs`.

mod agreements;
mod context;
mod descriptions;
mod frame;
mod frames;
mod lexicon;
mod licensed;
mod loans;
mod money_words;
mod orders;
mod passive_sale;
mod repeats;
mod stake_raise;
mod stakes;
mod tokens;
mod trade;

use super::entities::Entities;
use crate::reader::Article;
use crate::summary::{Amount, Deal, DealAmount, DealKind, Entity};
use context::DealSentence;
use std::ops::Range;

/// Every deal the article reports, and the companies that only the deals name: an
/// unknown capitalised name in a party slot of a deal cue (`Vettori ha acquistato
/// Lumetra`) is offered to the frames as a company (`licensed.rs`); the names the
/// frames then read as payers or payees are returned as new companies.
pub fn extract_naming(
    article: &Article,
    entities: &Entities,
    amounts: &[Amount],
) -> (Vec<Deal>, Vec<Entity>) {
    let deals = extract(article, entities, amounts);
    let text = article.text;
    let mentions = entities.mentions();
    let mut slots = Vec::new();
    for unit in article.sentences.iter().chain(article.title.iter()) {
        if !text.is_char_boundary(unit.start)
            || !text.is_char_boundary(unit.end)
            || !lexicon::may_hold_cue_in(&article.tokens, text, unit.clone())
        {
            continue;
        }
        let (found, local) = unit_parts(&mentions, amounts, unit.clone());
        slots.extend(licensed::slots(
            &article.tokens,
            text,
            unit.clone(),
            &found,
            &local,
        ));
    }
    if slots.is_empty() {
        return (deals, Vec::new());
    }
    let mut fresh = licensed::entities(text, &slots);
    repeats::add_repeats(text, &mut fresh, &mentions);
    let mut wider = entities.clone();
    wider.companies.extend(fresh.iter().cloned());
    let more = extract(article, &wider, amounts);
    // A party, or the company whose stake or control is what a deal buys (`ha
    // rilevato la maggioranza di Lumetra dalla famiglia Bassi`).
    let party = |e: &Entity| {
        more.iter().any(|d| {
            d.payers.contains(&e.name)
                || d.payees.contains(&e.name)
                || matches!(d.kind, DealKind::Acquisition | DealKind::Investment)
                    && d.object.as_deref().is_some_and(|o| {
                        o.split(|c: char| !c.is_alphanumeric())
                            .any(|w| e.name.split(' ').next() == Some(w))
                            && o.contains(e.name.as_str())
                    })
        })
    };
    let named: Vec<Entity> = fresh.into_iter().filter(party).collect();
    if named.is_empty() {
        (deals, named)
    } else {
        (more, named)
    }
}

/// The mentions inside `unit` and its amounts (with their indices in `amounts`).
fn unit_parts<'e, 'a>(
    all_mentions: &[crate::extract::entities::Found<'e>],
    amounts: &'a [Amount],
    unit: Range<usize>,
) -> (
    Vec<crate::extract::entities::Found<'e>>,
    Vec<(usize, &'a Amount)>,
) {
    let lo = all_mentions.partition_point(|f| f.mention.span.start < unit.start);
    let found: Vec<_> = all_mentions[lo..]
        .iter()
        .take_while(|f| f.mention.span.start < unit.end)
        .filter(|f| f.mention.span.end <= unit.end)
        .copied()
        .collect();
    let first = amounts.partition_point(|a| a.span.start < unit.start);
    let local: Vec<(usize, &Amount)> = amounts[first..]
        .iter()
        .enumerate()
        .take_while(|(_, a)| a.span.start < unit.end)
        .filter(|(_, a)| a.span.end <= unit.end)
        .map(|(i, a)| (first + i, a))
        .collect();
    (found, local)
}

/// Every deal the article reports as done, agreed, committed or announced.
pub fn extract(article: &Article, entities: &Entities, amounts: &[Amount]) -> Vec<Deal> {
    let text = article.text;
    let body = article.sentences.iter().cloned();
    let title = article.title.iter().cloned();
    let mut deals: Vec<Deal> = Vec::new();
    let mut mentions = entities.mentions();
    mentions.retain(|f| f.mention.span.end <= text.len());
    if mentions.is_empty() {
        return deals;
    }
    // A deal has a named party in its sentence: a unit without a mention is not
    // scanned for cues (most units of most articles).
    let named = |u: &Range<usize>| {
        let lo = mentions.partition_point(|f| f.mention.span.start < u.start);
        mentions[lo..]
            .iter()
            .take_while(|f| f.mention.span.start < u.end)
            .any(|f| f.mention.span.end <= u.end)
    };
    let units: Vec<Range<usize>> = body
        .chain(title)
        .filter(|u| {
            text.is_char_boundary(u.start)
                && text.is_char_boundary(u.end)
                && named(u)
                && lexicon::may_hold_cue_in(&article.tokens, text, u.clone())
        })
        .collect();
    for unit in units {
        let in_title = article.title.as_ref() == Some(&unit);
        for d in sentence_deals(article, unit, &mentions, amounts) {
            let same = |x: &Deal| x.kind == d.kind && x.payers == d.payers && x.payees == d.payees;
            // A headline restates the body's deal, often with a shorter name for a
            // party: the body's reading, with its amount, is kept.
            // A headline may also name the deal's object more loosely (`cede le torri
            // a X` over the body's `ha ceduto a X la controllata Y`): the same payers
            // and payees are the same deal, whatever kind the headline's words give.
            let restated = |x: &Deal| {
                let payers = x.payers.iter().any(|p| d.payers.contains(p));
                let payees = x.payees.iter().any(|p| d.payees.contains(p));
                in_title && payers && (x.kind == d.kind || payees)
            };
            if !deals.iter().any(|x| same(x) || restated(x)) {
                deals.push(d);
            }
        }
    }
    deals.sort_by_key(|d| d.span.start);
    worth_from_next_sentence(article, amounts, &mut deals);
    price_named_elsewhere(article, &mentions, amounts, &mut deals);
    merge_target_into_seller(&mut deals);
    deals
}

/// `Orsola acquista il 30% di Brisa. ... Orsola ha rilevato il 30% di Brisa da
/// Canto.`: one deal told twice, once paid to the company whose stake is bought and
/// once to the seller. The telling with the seller is kept (the spec's payee when
/// named): a deal whose one payee is named in the object of another deal of the same
/// kind and payers, paid to someone else, is dropped, and its amount goes to the
/// other when that one has none.
fn merge_target_into_seller(deals: &mut Vec<Deal>) {
    let mut k = 0;
    while k < deals.len() {
        let told_with_seller = (0..deals.len()).find(|&j| {
            let (a, b) = (&deals[k], &deals[j]);
            j != k
                && a.kind == b.kind
                && a.payers == b.payers
                && a.payees.len() == 1
                && b.payees != a.payees
                && b.object
                    .as_deref()
                    .is_some_and(|o| o.contains(&a.payees[0]))
        });
        match told_with_seller {
            Some(j) => {
                let target = deals.remove(k);
                let j = if j > k { j - 1 } else { j };
                if deals[j].amount.is_none() {
                    deals[j].amount = target.amount;
                }
            }
            None => k += 1,
        }
    }
}

/// Nouns of buying that name a deal by its target: `l'acquisto di Y per N`.
const PURCHASE_NOUNS: &[&str] = &["acquisto", "acquisizione", "rilevamento"];

/// `Lumetra ha acquistato Vettori e Norla. ... l'acquisto di Vettori per 2 miliardi
/// ...`: an acquisition or purchase reported without its price takes the money
/// amount that another sentence gives to the same target as `di Y per N` after a
/// noun of buying. Only a deal with one target and the only deal on that target is
/// completed; the price must follow `per` right after the target's name.
fn price_named_elsewhere(
    article: &Article,
    mentions: &[crate::extract::entities::Found<'_>],
    amounts: &[Amount],
    deals: &mut [Deal],
) {
    let text = article.text;
    for k in 0..deals.len() {
        let d = &deals[k];
        let buying = matches!(d.kind, DealKind::Acquisition | DealKind::Purchase);
        if d.amount.is_some() || !buying || d.payees.len() != 1 {
            continue;
        }
        let target = &d.payees[0];
        if deals.iter().filter(|x| x.payees.contains(target)).count() > 1 {
            continue;
        }
        let price = mentions
            .iter()
            .filter(|f| &f.entity.name == target)
            .find_map(|f| {
                let (start, end) = (f.mention.span.start, f.mention.span.end);
                let sentence = article.sentences.get(article.sentence_at(start)?)?;
                let before = text.get(sentence.start..start)?.to_lowercase();
                let after_di = ["di ", "della ", "dell'", "del "]
                    .iter()
                    .any(|p| before.ends_with(p));
                let named = before
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| PURCHASE_NOUNS.contains(&w));
                let at = end + " per ".len();
                let per = text.get(end..at) == Some(" per ");
                if !(after_di && named && per) {
                    return None;
                }
                let i = amounts.partition_point(|a| a.span.start < at);
                amounts
                    .get(i)
                    .filter(|a| a.span.start == at && a.kind == crate::summary::AmountKind::Money)
                    .map(|a| deal_amount(i, a))
            });
        deals[k].amount = price;
    }
}

/// How a sentence giving the worth of the deal just reported opens.
static WORTH_OPENERS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::DEAL_WORTH_OPENERS).collect()
});

/// `Google acquista Motorola. Si tratta di un affare da 12,5 miliardi.`, `X rileva Y.
/// L'operazione vale 2 miliardi.`: a deal without an amount takes the first money
/// amount of the next sentence when that sentence opens by naming the deal
/// (`data/deal_worth_openers.txt`) and reports no deal of its own. The sentence
/// before serves the same way when the deal's own sentence names the deal with the
/// same kind of noun (`L'operazione è valutata 591 milioni. ... l'operazione sarà
/// effettuata attraverso una cessione a X ...`).
fn worth_from_next_sentence(article: &Article, amounts: &[Amount], deals: &mut [Deal]) {
    let text = article.text;
    for k in 0..deals.len() {
        let Some(s) = deals[k].sentence else { continue };
        if deals[k].amount.is_some() {
            continue;
        }
        let own = deals[k].text.to_lowercase().replace('’', "'");
        let mut neighbours = vec![s + 1];
        if let Some(before) = s.checked_sub(1) {
            neighbours.push(before);
        }
        for n in neighbours {
            if deals.iter().any(|d| d.sentence == Some(n)) {
                continue;
            }
            let Some(range) = article.sentences.get(n) else {
                continue;
            };
            let Some(opener) = worth_opener(&text[range.clone()]) else {
                continue;
            };
            if n < s && !own.contains(opener) {
                continue;
            }
            let first = amounts.partition_point(|a| a.span.start < range.start);
            let money = amounts[first..]
                .iter()
                .enumerate()
                .take_while(|(_, a)| a.span.end <= range.end)
                .find(|(_, a)| a.kind == crate::summary::AmountKind::Money);
            if let Some((i, a)) = money {
                deals[k].amount = Some(deal_amount(first + i, a));
                break;
            }
        }
    }
}

/// The opener of `sentence` that names a deal, if it opens with one.
fn worth_opener(sentence: &str) -> Option<&'static str> {
    let opening: String = sentence
        .chars()
        .take(40)
        .collect::<String>()
        .to_lowercase()
        .replace('’', "'");
    WORTH_OPENERS
        .iter()
        .copied()
        .find(|o| opening.starts_with(o) && !opening[o.len()..].starts_with(char::is_alphanumeric))
}

fn sentence_deals(
    article: &Article,
    unit: Range<usize>,
    all_mentions: &[crate::extract::entities::Found<'_>],
    amounts: &[Amount],
) -> Vec<Deal> {
    let text = article.text;
    let (found, local) = unit_parts(all_mentions, amounts, unit.clone());
    let mut toks = tokens::tokenize_in(&article.tokens, text, unit.clone(), &found, &local);
    let mut found = found;
    descriptions::resolve(text, &mut toks, &mut found, all_mentions);
    let previous = article
        .sentence_at(unit.start)
        .and_then(|k| k.checked_sub(1))
        .and_then(|k| article.sentences.get(k).cloned());
    if let Some(previous) = previous {
        descriptions::carry_subject(text, &mut toks, &mut found, all_mentions, previous);
    }
    let clause = context::read_clause(&toks, amounts);
    let mut ctx = DealSentence {
        toks,
        found,
        amounts,
        floor: 0,
        clause,
    };
    let mut frames = Vec::new();
    let mut i = 0;
    while i < ctx.toks.len() {
        let Some((role, cue_end)) = lexicon::cue_at(&ctx.toks, i) else {
            i += 1;
            continue;
        };
        match frames::read(&ctx, role, i, cue_end) {
            Some(f) => {
                i = f.end.max(cue_end);
                ctx.floor = i;
                frames.push(f);
            }
            None => i = cue_end,
        }
    }
    // A partnership word in a sentence that reports a deal with money is part of
    // that deal (`l'accordo prevede l'acquisto di ...`); only a frame that names
    // both sides counts as that deal.
    let names_both = |f: &frame::Frame| {
        let name = |m: &usize| &ctx.found[*m].entity.name;
        !f.payers.is_empty()
            && f.payees
                .iter()
                .any(|p| f.payers.iter().all(|q| name(q) != name(p)))
    };
    if frames
        .iter()
        .any(|f| f.kind != DealKind::Partnership && names_both(f))
    {
        frames.retain(|f| f.kind != DealKind::Partnership);
    }
    let sentence = article.sentence_at(unit.start);
    frames
        .into_iter()
        .filter_map(|f| {
            let names = |ms: &[usize]| {
                let mut v: Vec<String> = Vec::new();
                for &m in ms {
                    let n = &ctx.found[m].entity.name;
                    if !v.contains(n) {
                        v.push(n.clone());
                    }
                }
                v
            };
            let payers = names(&f.payers);
            let mut payees = names(&f.payees);
            payees.retain(|p| !payers.contains(p));
            if payers.is_empty() || payees.is_empty() {
                return None;
            }
            let deal = |payees: Vec<String>, amount: Option<usize>| Deal {
                span: unit.clone().into(),
                text: text[unit.clone()].to_string(),
                kind: f.kind,
                payers: payers.clone(),
                payees,
                amount: amount.map(|i| deal_amount(i, &amounts[i])),
                object: f.object.clone().map(|r| text[r].to_string()),
                cue: Some(text[f.cue.clone()].to_string()),
                sentence,
            };
            if f.each_payee && payees.len() > 1 {
                Some(payees.iter().map(|p| deal(vec![p.clone()], None)).collect())
            } else {
                let amount = match f.kind {
                    DealKind::Partnership => f.amount,
                    _ => f.amount.or_else(|| bracketed_amount(text, &local, &f)),
                };
                Some(vec![deal(payees, amount)])
            }
        })
        .flatten()
        .collect()
}

/// Most bytes between a deal's cue (or the end of its frame's words) and a
/// bracketed amount that gives its worth.
const BRACKET_REACH: usize = 60;

/// `X sottoscriverà l'aumento di capitale di Y (250 milioni di euro)`, `X ha ceduto Y
/// (per 2 miliardi) a Z`: asides are left out of the tokens the frames read, so a
/// deal's worth written in brackets is found here: the first money amount of the
/// unit that opens a bracket (`(`, `(per `, `(circa `) within [`BRACKET_REACH`]
/// bytes after the cue, with no other bracket or clause mark between.
fn bracketed_amount(text: &str, local: &[(usize, &Amount)], f: &frame::Frame) -> Option<usize> {
    local.iter().find_map(|&(i, a)| {
        if a.kind != crate::summary::AmountKind::Money || a.span.start < f.cue.end {
            return None;
        }
        let between = text.get(f.cue.end..a.span.start)?;
        if between.len() > BRACKET_REACH {
            return None;
        }
        let open = between.rfind('(')?;
        let inside = between[open + 1..].trim();
        let opener =
            inside.is_empty() || ["per", "circa", "pari a", "oltre", "valore"].contains(&inside);
        let clean = !between[..open].contains(['(', ')', ';', ':', '.']);
        (opener && clean).then_some(i)
    })
}

fn deal_amount(index: usize, a: &Amount) -> DealAmount {
    DealAmount {
        index,
        text: a.text.clone(),
        value: a.value.or(a.max),
        currency: a.currency.clone(),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_business;
#[cfg(test)]
mod tests_dev_round;
