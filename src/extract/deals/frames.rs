//! The frames: for each cue role, which words around the cue are the payers, the
//! payees, the amount and the object.

use super::agreements::agreed_purchase;
use super::context::{DealSentence, Group, A, DA, DI_FORMS, IN};
use super::frame::Frame;
use super::lexicon::Role;
use super::loans::{after_guarantee, signed_with};
use super::money_words::{fronted_worth, is_premium, past_worth, stated_price, WORTH_VERBS};
use super::orders::{nominal_order, supply};
use super::passive_sale::by_seller_to_buyer;
use super::stakes::{control_of, owner_then_stake, stake_then_owner};
use super::tokens::Kind;
use super::trade::{all_people, buy, object, sell, stake_owner};
use crate::summary::DealKind;

/// `ha concesso a Brisa un prestito`: the party in `a X` right before the noun cue
/// at token `cue` (an indefinite article between), the recipient of a loan.
fn dative_before(ctx: &DealSentence<'_>, cue: usize) -> Option<Group> {
    let mut k = cue;
    if k > 0 && ctx.is_word_in(k - 1, &["un", "uno", "una", "un'"]) {
        k -= 1;
    }
    (k.saturating_sub(6)..k)
        .filter(|&i| ctx.is_word_in(i, A))
        .find_map(|i| ctx.prep_group(i, i + 1, A, 1).map(|(_, g)| g))
        .filter(|g| g.end == k)
}

/// `ha firmato con Y un prestito`: the party in `con Y` right before the noun cue at
/// token `cue` (an indefinite article between).
fn partner_before(ctx: &DealSentence<'_>, cue: usize) -> Option<Group> {
    let mut k = cue;
    if k > 0 && ctx.is_word_in(k - 1, &["un", "uno", "una", "un'"]) {
        k -= 1;
    }
    (k.saturating_sub(6)..k)
        .filter(|&i| ctx.is_word_in(i, &["con", "col"]))
        .find_map(|i| ctx.prep_group(i, i + 1, &["con", "col"], 1).map(|(_, g)| g))
        .filter(|g| g.end == k)
}

/// Words of a bank, whose financing is a loan.
const BANK: &[&str] = &[
    "banca",
    "banco",
    "bank",
    "cassa",
    "credito",
    "bei",
    "bce",
    "unicredit",
    "intesa",
    "mediobanca",
];
const LOAN_WORDS: &[&str] = &["prestito", "prestiti", "mutuo", "credito"];
/// Scale words: a sum of money even where no amount was recognised (`15 miliardi`).
const SCALES: &[&str] = &[
    "miliardi", "miliardo", "milioni", "milione", "mld", "mln", "mila", "euro", "dollari",
];
/// Nouns of money given: a loan, a financing, an investment, fresh capital.
const FUNDING: &[&str] = &[
    "finanziamento",
    "finanziamenti",
    "prestito",
    "prestiti",
    "mutuo",
    "investimento",
    "investimenti",
    "capitale",
    "capitali",
    "linea",
];
/// Participles that name who leads or takes up a funding round (`guidato da X`).
const LED_BY: &[&str] = &[
    "guidato",
    "guidata",
    "sottoscritto",
    "sottoscritta",
    "condotto",
    "condotta",
    "finanziato",
    "finanziata",
    "promosso",
    "promossa",
    "coperto",
    "coperta",
];
/// Participles that name the owners of a joint venture (`controllata da A e B`).
const JOINTLY_HELD: &[&str] = &[
    "controllata",
    "controllato",
    "partecipata",
    "partecipato",
    "posseduta",
    "posseduto",
    "detenuta",
    "detenuto",
    "costituita",
    "costituito",
    "creata",
    "creato",
    "fondata",
    "fondato",
];
/// Words that make the whole clause a rumour, wherever they stand in it.
const RUMOURS: &[&str] = &["indiscrezioni", "indiscrezione", "voci", "rumors", "rumor"];
/// Verbs of whoever leads a funding round (`X guida il round`).
const LEADS: &[&str] = &[
    "guida", "guidano", "guidato", "guidata", "guiderà", "capeggia", "conduce", "condotto",
];
/// What a supplier wins: a contract, an order, a supply. Not a tender (`gara`,
/// `bando`) or a concession: who pays whom there depends on what is tendered (works
/// are paid to the winner, broadcasting rights paid by it).
const CONTRACTS: &[&str] = &[
    "commessa",
    "commesse",
    "contratto",
    "contratti",
    "appalto",
    "appalti",
    "ordine",
    "ordini",
    "ordinativo",
    "ordinativi",
    "fornitura",
    "forniture",
];
/// What is put out to tender: a call, a race, an auction. Who pays whom depends on
/// what is tendered (works are paid to the winner, broadcasting rights paid by it).
const TENDERS: &[&str] = &["bando", "bandi", "gara", "gare", "asta", "aste"];
/// Participles that say who called a tender (`la gara bandita da X`, `l'appalto
/// indetto da X`): a tender called by someone buys (a race is not `bandita`), and
/// `da X` after the participle is the buyer.
const TENDER_CALLED: &[&str] = &[
    "bandita", "bandito", "bandite", "banditi", "indetta", "indetto", "indette", "indetti",
];
/// Words that say a tender sells rights (the winner pays).
const RIGHTS: &[&str] = &["diritti", "diritto", "licenza", "licenze"];
/// Words that say a tender buys works, supplies or services (the winner is paid).
const WORKS: &[&str] = &[
    "lavori",
    "opere",
    "fornitura",
    "forniture",
    "servizio",
    "servizi",
    "costruzione",
    "realizzazione",
    "manutenzione",
    "ammodernamento",
    "ampliamento",
    "ristrutturazione",
    "riqualificazione",
    "progettazione",
    "gestione",
];
/// Verbs that launch, present or improve a bid: a bare `offerta` is a bid only in
/// their sentence.
/// Verbs of a bid's target accepting it (`Y ha accettato l'offerta di X`, `Y aderisce
/// all'offerta di X`): the target is their subject.
const ACCEPT_VERBS: &[&str] = &[
    "accetta",
    "accettano",
    "accettato",
    "accettata",
    "accetterà",
    "accettò",
    "accoglie",
    "accolto",
    "accolta",
    "aderisce",
    "aderito",
];

/// Participles whose agent (`da X`) made an offer: `l'offerta presentata da X`.
const PRESENTED: &[&str] = &[
    "presentata",
    "avanzata",
    "formulata",
    "lanciata",
    "promossa",
    "depositata",
];

const BID_VERBS: &[&str] = &[
    "lancia",
    "lanciano",
    "lanciato",
    "lanciata",
    "lancerà",
    "promuove",
    "promosso",
    "promossa",
    "rilancia",
    "rilanciato",
    "migliora",
    "migliorato",
    "ostile",
    "totalitaria",
    "vincolante",
];
/// `su` and its articulated forms: the target of a bid.
const ON: &[&str] = crate::lexicon::function_words::FORMS_OF_SU;
/// Money that changes hands without a deal: fines, damages, prizes, taxes.
const NOT_DEAL: &[&str] = &[
    "multa",
    "multe",
    "sanzione",
    "sanzioni",
    "risarcimento",
    "risarcimenti",
    "indennizzo",
    "indennizzi",
    "premio",
    "premi",
    "tasse",
    "imposte",
    "rimborso",
    "rimborsi",
    "riscatto",
    "tangente",
    "tangenti",
    "mazzetta",
    "mazzette",
];

/// Reads the deal that the cue at tokens `cue..cue_end` reports, if the sentence
/// names both sides and does not hedge or deny it.
pub fn read(ctx: &DealSentence<'_>, role: Role, cue: usize, cue_end: usize) -> Option<Frame> {
    let end = ctx.clause_end(cue_end);
    let passive = role.is_verb() && ctx.passive_at(cue_end - 1, cue_end);
    let subject = ctx.subject(cue);
    let from = subject.as_ref().map_or(cue, |g| g.start);
    // A bid's premium (`con un premio del 32%`) is no prize.
    let not_deal =
        (cue..end).any(|i| ctx.is_word_in(i, NOT_DEAL) && !is_premium(&ctx.toks, ctx.amounts, i));
    if ctx.hedged(ctx.clause_start(from), cue) || not_deal {
        return None;
    }
    if ctx.not_a_fact(cue, cue_end, role.is_verb()) || ctx.reported_by_unnamed(cue) {
        return None;
    }
    if ctx.any_word(cue_end, end, RUMOURS) {
        // `X è stata rilevata da Y, secondo voci di mercato`
        return None;
    }
    if !role.is_verb() && ctx.hedged(cue_end, ctx.noun_predicate_end(cue_end, end)) {
        // `l'acquisizione di X da parte di Y è saltata`, `... potrebbe slittare`
        return None;
    }
    let mut f = Frame {
        kind: DealKind::Investment,
        payers: Vec::new(),
        payees: Vec::new(),
        amount: None,
        object: None,
        cue: ctx.toks[cue].range.start..ctx.toks[cue_end - 1].range.end,
        end: cue_end,
        each_payee: false,
    };
    let agent = || {
        ctx.prep_group(cue_end, cue_end + 1, DA, 0)
            .or_else(|| ctx.prep_party(cue_end, cue_end + 1, DA))
            .map(|(_, g)| g)
    };
    match role {
        Role::Invest | Role::NInvest => {
            let (payer, rest) = if passive {
                (agent()?, cue_end + 2)
            } else if role == Role::NInvest {
                match ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0) {
                    Some((_, g)) => (g.clone(), g.end),
                    None => (subject.clone()?, cue_end),
                }
            } else {
                (subject.clone()?, cue_end)
            };
            match ctx.prep_group(rest, end, IN, 6) {
                Some((_, payee)) => f.take(payer, payee),
                None => {
                    // `X ha investito 1,5 miliardi per il 21% di Y`: the stake bought.
                    let per = (rest..end).find(|&i| ctx.is_word_in(i, &["per"]))?;
                    let mut s = per + 1;
                    if ctx.is_word_in(s, &["il", "l'", "un", "una"]) {
                        s += 1;
                    }
                    let pct = ctx.percent(s, s + 1)?;
                    let owner = stake_owner(ctx, s, end)?;
                    f.object = Some(ctx.toks[s].range.start..ctx.toks[owner.end - 1].range.end);
                    if pct > 50.0 - 1e-9 {
                        f.kind = DealKind::Acquisition;
                    }
                    f.take(payer, owner);
                }
            }
        }
        Role::Fund => {
            let (payer, payee) = if passive {
                (agent()?, subject.clone()?)
            } else {
                (subject.clone()?, ctx.direct_object(cue_end)?)
            };
            f.kind = if is_bank(ctx, &payer) {
                DealKind::Loan
            } else {
                DealKind::Investment
            };
            f.take(payer, payee);
        }
        // `Il 30% di Y è stato ceduto da X a Z`: the seller before the buyer.
        Role::Sell if passive && by_seller_to_buyer(ctx, &mut f, cue, end).is_some() => {}
        Role::Sell | Role::NSell => sell(ctx, &mut f, role, subject.clone(), end)?,
        Role::Acquire | Role::Buy | Role::NAcquire => {
            buy(ctx, &mut f, role, subject.clone(), passive, end)?
        }
        Role::Order => {
            // `due navi ordinate da X a Y`: the customer is the passive's agent;
            // `un'indagine commissionata da X` names no supplier and is no order.
            let payer = if passive {
                ctx.by_agent(cue_end, end)?
            } else {
                subject.clone()?
            };
            let mut sellers: Vec<&[&str]> = vec![A];
            sellers.push(DA);
            let (prep, seller) = sellers
                .iter()
                .filter_map(|p| ctx.prep_group(cue_end, end, p, 3))
                .min_by_key(|(i, _)| *i)?;
            f.object = if prep == cue_end {
                // `X ha ordinato a Y tre navi`: the seller first, then the goods
                // (not `ordina a Y di pagare`, a command).
                let goods = seller.end;
                if ctx.is_word_in(goods, DI_FORMS) {
                    return None;
                }
                object(ctx, goods, ctx.next_comma(goods, end))
            } else {
                object(ctx, cue_end, prep)
            };
            f.object.as_ref()?;
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            f.take(payer, seller);
        }
        Role::NOrder => nominal_order(ctx, &mut f, subject.clone(), cue, cue_end, end)?,
        Role::Supply => supply(ctx, &mut f, subject.clone(), passive, cue_end, end)?,
        Role::Lend | Role::NLoan => {
            let payer = match ctx.prep_group(cue_end, end, DA, 2) {
                // (`garantito da Sace`: a guarantor lends nothing)
                Some((p, g)) if role == Role::NLoan && !after_guarantee(ctx, p) => g,
                _ => subject.clone()?,
            };
            // `X ha firmato un finanziamento con Banca A e Banca B`: a borrower's
            // loan signed with its banks.
            let lenders = (role == Role::NLoan && !is_bank(ctx, &payer))
                .then(|| signed_with(ctx, cue_end, end))
                .flatten()
                .filter(|g| is_bank(ctx, g));
            if let Some(banks) = lenders {
                f.kind = DealKind::Loan;
                f.take(banks, payer);
                f.amount = ctx.money(cue_end, end);
                return Some(f);
            }
            let payee = match ctx.prep_group(cue_end, end, A, 3) {
                Some((_, g)) => g,
                None if role == Role::NLoan => match dative_before(ctx, cue) {
                    Some(g) => g,
                    // `la Bei ha firmato con Terna un prestito`: a bank's loan signed
                    // with the borrower.
                    None if is_bank(ctx, &payer) => partner_before(ctx, cue)?,
                    None => return None,
                },
                None => return None,
            };
            let word = &ctx.toks[cue].lower;
            f.kind = if word.starts_with("finanziament") && !is_bank(ctx, &payer) {
                DealKind::Investment
            } else {
                DealKind::Loan
            };
            f.take(payer, payee);
        }
        Role::Pay => {
            // `Google ha pagato 2,7 miliardi di dollari a Character.AI`
            if passive {
                return None;
            }
            let payer = subject.clone()?;
            let (prep, payee) = ctx.prep_group(cue_end, end, A, 3)?;
            f.amount = Some(ctx.money(cue_end, prep)?);
            f.kind = DealKind::Purchase;
            f.take(payer, payee);
        }
        Role::Receive if ordered_goods(ctx, cue_end, end).is_some() => {
            // `Y ha ricevuto un ordine da X per due navi`: the supplier receives the
            // order, the customer pays.
            let noun = ordered_goods(ctx, cue_end, end)?;
            let payee = subject.clone()?;
            let (prep, payer) = ctx.prep_party(noun + 1, end, DA)?;
            if all_people(ctx, &payee) || all_people(ctx, &payer) {
                return None;
            }
            f.object = object(ctx, noun, prep);
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            f.take(payer, payee);
        }
        Role::Receive if giver_then_order(ctx, cue_end, end).is_some() => {
            // `Y ha ricevuto da X un ordine da 85 milioni`: the customer named first.
            let payer = giver_then_order(ctx, cue_end, end)?;
            let payee = subject.clone()?;
            if all_people(ctx, &payee) || all_people(ctx, &payer) {
                return None;
            }
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            f.take(payer, payee);
        }
        Role::Receive => {
            let payee = subject.clone()?;
            let (prep, payer) = ctx.prep_party(cue_end, end, DA).or_else(|| {
                // `ha raccolto 60 milioni da investitori come A e B`, `da fondi tra
                // cui A`: the investors listed after a common noun.
                let da = (cue_end..end).find(|&i| ctx.is_word_in(i, DA))?;
                let listed = super::trade::exemplified(ctx, da + 1, end)?;
                Some((da, listed))
            })?;
            f.amount = ctx.money(cue_end, payer.start);
            if prep == cue_end && f.amount.is_none() {
                // `X ha ottenuto dalla Bei un finanziamento di 500 milioni`: the giver
                // first, then the money or the noun of funding that holds it.
                let noun =
                    (payer.end..(payer.end + 3).min(end)).find(|&i| ctx.is_word_in(i, FUNDING))?;
                f.amount = ctx.money(noun + 1, end);
            } else if f.amount.is_none() && !ctx.any_word(cue_end, payer.start, SCALES) {
                return None;
            }
            let bank_funds = ctx.any_word(cue_end, end, &["finanziamento", "finanziamenti"])
                && is_bank(ctx, &payer);
            f.kind = if ctx.any_word(cue_end, end, LOAN_WORDS) || bank_funds {
                DealKind::Loan
            } else {
                DealKind::Investment
            };
            f.take(payer, payee);
        }
        Role::NRaise if reserved_to(ctx, cue_end, end).is_some() => {
            // `Y ha varato un aumento di capitale da 1 miliardo riservato a X`: X
            // subscribes it, Y (the subject, or `di Y`) raises.
            let payer = reserved_to(ctx, cue_end, end)?;
            let payee = match ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0) {
                Some((_, g)) => g,
                None => subject.clone()?,
            };
            f.take(payer, payee);
        }
        Role::NRaise => match ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0) {
            Some((_, payee)) => {
                let payer = subject.clone().or_else(|| ctx.by_agent(cue_end, end))?;
                f.take(payer, payee);
            }
            None => match (cue_end..end).find(|&i| ctx.is_word_in(i, LED_BY)) {
                // `X ha chiuso un round da 2 miliardi guidato da Y`: X raises, Y pays.
                Some(led) => {
                    let (_, payer) = ctx.prep_group(led + 1, led + 2, DA, 1)?;
                    f.take(payer, subject.clone()?);
                }
                // `X guida il round da 20 milioni di Y`: the leader pays, Y raises.
                None => {
                    if !ctx.any_word(cue.saturating_sub(3), cue_end, LEADS) {
                        return None;
                    }
                    let (_, payee) = ctx.prep_group(cue_end, cue_end + 3, DI_FORMS, 0)?;
                    f.take(subject.clone()?, payee);
                }
            },
        },
        Role::Win if won_tender(ctx, cue_end, end).is_some() => {
            // `X si aggiudica la gara di Y per i lavori`: Y pays X for the works;
            // `X si aggiudica il bando di Y per i diritti tv`: X pays Y for the rights.
            let (noun, rights) = won_tender(ctx, cue_end, end)?;
            let winner = subject.clone()?;
            let called = (noun + 1..end)
                .find(|&i| ctx.is_word_in(i, TENDER_CALLED))
                .and_then(|p| ctx.prep_group(p + 1, (p + 2).min(end), DA, 2));
            let (prep, tenderer) = [DA, DI_FORMS]
                .iter()
                .filter_map(|p| ctx.prep_group(noun + 1, (noun + 3).min(end), p, 2))
                .min_by_key(|(i, _)| *i)
                .or(called)?;
            if all_people(ctx, &winner) || all_people(ctx, &tenderer) {
                return None;
            }
            f.object = object(ctx, noun, prep);
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            if rights {
                f.take(winner, tenderer);
            } else {
                f.take(tenderer, winner);
            }
        }
        Role::Win => {
            // `Y si aggiudica una commessa da 2 miliardi da X`: X buys from Y.
            let noun = (cue_end..(cue_end + 4).min(end)).find(|&i| ctx.is_word_in(i, CONTRACTS))?;
            let preps: [&[&str]; 3] = [DA, DI_FORMS, &["per", "con"]];
            let (prep, payer) = preps
                .iter()
                .filter_map(|p| ctx.prep_group(noun + 1, end, p, 3))
                .min_by_key(|(i, _)| *i)?;
            let payee = match subject.clone() {
                Some(s) => s,
                // `la commessa è stata aggiudicata a Y da X`
                None => ctx.prep_group(cue_end, end, A, 2)?.1,
            };
            if all_people(ctx, &payee) {
                // A player's or a coach's contract is not a deal between companies.
                return None;
            }
            f.object = object(ctx, noun, prep);
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            f.take(payer, payee);
        }
        Role::Bid => {
            // `X lancia un'OPA su Y`, `l'OPA di X su Y`; the worth may come first
            // (`un'offerta da 300 milioni su Y`).
            // `l'offerta vincolante da 72 milioni presentata da X`: a binding offer,
            // its worth, and its bidder as the agent of a participle.
            let accepting = (cue.saturating_sub(3)..cue).any(|i| ctx.is_word_in(i, ACCEPT_VERBS));
            let binding = usize::from(ctx.is_word_in(cue_end, &["vincolante", "definitiva"]));
            let cue_end = past_worth(&ctx.toks, ctx.amounts, cue_end + binding);
            let presented = || {
                let by =
                    (cue_end..(cue_end + 2).min(end)).find(|&i| ctx.is_word_in(i, PRESENTED))?;
                ctx.prep_group(by + 1, by + 2, DA, 1).map(|(_, g)| g)
            };
            let (payer, from) = match ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0) {
                Some((_, g)) => {
                    let e = past_worth(&ctx.toks, ctx.amounts, g.end);
                    (g, e)
                }
                None => match presented().filter(|_| accepting) {
                    Some(g) => {
                        let e = g.end;
                        (g, e)
                    }
                    None => (subject.clone()?, cue_end),
                },
            };
            // A bare `offerta` is a bid only when `su` + the target follows it (after
            // at most an adjective: `un'offerta ostile su Y`), and the target is a
            // company (`un'offerta su Amazon` of goods has a seller, not a target).
            let bare = matches!(ctx.toks[cue].lower.as_str(), "offerta" | "offerte");
            let reach = if bare { (from + 2).min(end) } else { end };
            let company = |g: &Group| {
                g.members
                    .iter()
                    .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company)
            };
            // `Y ha accettato l'offerta di X`: the bid's target accepts it.
            let accepted = payer.start > cue && accepting;
            let target = if accepted {
                let target = subject.clone()?;
                if !company(&target) || all_people(ctx, &payer) {
                    return None;
                }
                target
            } else {
                let (_, target) = ctx
                    .prep_group(from, reach, ON, if bare { 1 } else { 2 })
                    .or_else(|| {
                        // `un'OPS sulla totalità delle azioni di Y`: the shares' company.
                        let on = (from..reach).find(|&i| ctx.is_word_in(i, ON))?;
                        stake_owner(ctx, on, end).map(|g| (on, g))
                    })?;
                if bare && !(company(&target) && ctx.any_word(0, ctx.toks.len(), BID_VERBS)) {
                    return None;
                }
                target
            };
            f.kind = DealKind::Acquisition;
            f.take(payer, target);
        }
        Role::Shareholder => {
            // `X diventa il primo azionista di Y`, `X entra nel capitale di Y con il 5%`
            let (_, company) = ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0)?;
            let control = ctx.toks[cue..cue_end]
                .iter()
                .any(|t| t.lower == "maggioranza")
                || ctx.percent(cue_end, end).is_some_and(|p| p > 50.0 - 1e-9);
            f.kind = if control {
                DealKind::Acquisition
            } else {
                DealKind::Investment
            };
            f.take(subject.clone()?, company);
        }
        Role::NEnter => {
            // `l'ingresso di X nel capitale di Y (con il 10%)`: only into a capital
            // (`nel capitale`, `nell'azionariato`), not into a board or a market.
            // `X ha completato l'ingresso nel capitale di Y`: the subject enters.
            let (investor, k) = match ctx
                .prep_group(cue_end, cue_end + 1, DI_FORMS, 0)
                .or_else(|| ctx.prep_party(cue_end, cue_end + 1, DI_FORMS))
            {
                Some((_, g)) => {
                    let k = g.end;
                    (g, k)
                }
                None => (subject.clone()?, cue_end),
            };
            let capital = ctx.is_word_in(k, IN)
                && ctx.is_word_in(k + 1, &["capitale", "azionariato"])
                && ctx.is_word_in(k + 2, DI_FORMS);
            if !capital || all_people(ctx, &investor) {
                return None;
            }
            let (_, company) = ctx.prep_group(k + 2, k + 3, DI_FORMS, 0)?;
            let control = ctx
                .percent(company.end, end)
                .is_some_and(|p| p > 50.0 - 1e-9);
            f.kind = if control {
                DealKind::Acquisition
            } else {
                DealKind::Investment
            };
            f.take(investor, company);
        }
        Role::StakeUp => {
            // `X sale al 30% di Y`, `X arriva fino al 10% del capitale di Y`; the
            // company first: `X sale nel capitale di Y al 19,8%`, `X ha portato la sua
            // partecipazione in Y al 29,9%`.
            let (at, pct, owner) = stake_then_owner(ctx, cue_end, end)
                .or_else(|| owner_then_stake(ctx, cue_end, end))?;
            let last = at.max(owner.end - 1);
            let first = if at < owner.start { at } else { cue_end };
            f.object = Some(ctx.toks[first].range.start..ctx.toks[last].range.end);
            f.kind = if pct.is_some_and(|p| p > 50.0 - 1e-9) {
                DealKind::Acquisition
            } else {
                DealKind::Investment
            };
            f.end = f.end.max(at + 1);
            f.take(subject.clone()?, owner);
        }
        Role::Award => {
            // `Anas ha affidato a Webuild lavori per 800 milioni`, `X ha assegnato
            // l'appalto a Y`, `l'appalto è stato affidato a Y da X`: who awards a
            // contract, works or a tender pays the company that gets it.
            let (prep, payee) = ctx.prep_group(cue_end, end, A, 4)?;
            let passive = ctx.passive_to(cue_end - 1, cue_end);
            let payer = if passive {
                ctx.prep_group(payee.end, end, DA, 1)?.1
            } else {
                subject.clone()?
            };
            let contract = |i: &usize| {
                ctx.is_word_in(*i, CONTRACTS)
                    || ctx.is_word_in(*i, TENDERS)
                    || ctx.is_word_in(*i, WORKS)
            };
            let noun = if passive {
                // The contract is the passive's subject: `l'appalto è stato affidato`.
                (ctx.clause_start(cue)..cue).rev().find(contract)?
            } else {
                (cue_end..end).find(contract)?
            };
            let company = payee
                .members
                .iter()
                .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company);
            if !company || all_people(ctx, &payer) {
                return None;
            }
            f.object = if noun < cue {
                Some(ctx.toks[noun].range.clone())
            } else if noun < prep {
                object(ctx, cue_end, prep)
            } else {
                object(ctx, noun, ctx.next_comma(noun, end))
            };
            f.amount = ctx.contract_money(cue_end, end);
            f.kind = DealKind::Purchase;
            f.take(payer, payee);
        }
        Role::GoesTo => {
            // `la commessa di X da 2 miliardi è andata a Y`, `l'appalto di X va a Y`:
            // a contract (the clause's subject, before the verb) goes to the
            // company Y; X, who put it out, pays.
            let start = ctx.clause_start(cue);
            let noun = (start..cue)
                .find(|&i| ctx.is_word_in(i, CONTRACTS) || ctx.is_word_in(i, TENDERS))?;
            let (_, client) = [DI_FORMS, DA]
                .iter()
                .filter_map(|p| ctx.prep_group(noun + 1, (noun + 3).min(cue), p, 2))
                .min_by_key(|(i, _)| *i)?;
            let payee = ctx.direct_object(cue_end)?;
            let company = payee
                .members
                .iter()
                .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company);
            if !company || all_people(ctx, &client) {
                return None;
            }
            f.object = Some(ctx.toks[noun].range.clone());
            f.amount = ctx.contract_money(noun, end);
            f.kind = DealKind::Purchase;
            f.take(client, payee);
        }
        Role::PassTo => {
            // `Y è passata a X per 8 miliardi`, `il controllo di Y passa a X`: control
            // of a company changes hands. Without a price or a word of control, a
            // company `passa a` many things that are no sale (`passa al contrattacco`,
            // `passa a X la guida del consorzio`).
            let mut k = cue_end;
            while k < end && k < cue_end + 2 && ctx.toks[k].kind == Kind::Word {
                if !super::lexicon::is_company_noun(&ctx.toks[k].lower) {
                    return None;
                }
                k += 1;
            }
            if !matches!(ctx.toks.get(k).map(|t| t.kind), Some(Kind::Mention(_))) {
                return None;
            }
            let buyer = ctx.group_fwd(k);
            let (target, control) = match control_of(ctx, cue) {
                Some(g) => (g, true),
                None => (subject.clone()?, false),
            };
            f.amount = ctx.money(buyer.end, end);
            let companies = |g: &Group| {
                g.members
                    .iter()
                    .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company)
            };
            if !(companies(&buyer) && companies(&target)) || !(control || f.amount.is_some()) {
                return None;
            }
            if ctx.toks.get(buyer.end).is_some_and(|t| {
                t.kind == Kind::Word && !ctx.is_word_in(buyer.end, &["per", "con", "dopo"])
            }) && f.amount.is_none()
            {
                return None;
            }
            f.kind = DealKind::Acquisition;
            f.take(buyer, target);
        }
        Role::NStakeUp => super::stake_raise::read(ctx, &mut f, subject.clone(), cue, end)?,
        Role::Merge => {
            merge(ctx, &mut f, subject.clone(), cue_end)?;
            let company = f
                .payers
                .iter()
                .chain(&f.payees)
                .any(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company);
            if !company {
                return None;
            }
        }
        Role::Partner if ctx.toks[cue].lower == "partner" => {
            // `il partner commerciale di X è Y`: the copula joins the two partners.
            let (_, x) = ctx.prep_group(cue_end, cue_end + 2, DI_FORMS, 0)?;
            if !ctx.is_word_in(x.end, &["è", "sarà", "era", "diventa", "diventerà"]) {
                return None;
            }
            let y = ctx.direct_object(x.end + 1)?;
            f.end = y.end;
            f.take(x, y);
            f.kind = DealKind::Partnership;
            let company = f
                .payers
                .iter()
                .chain(&f.payees)
                .all(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company);
            if !company {
                return None;
            }
        }
        Role::Partner if agreed_purchase(ctx, &f, subject.clone(), cue_end, end).is_some() => {
            f = agreed_purchase(ctx, &f, subject.clone(), cue_end, end)?;
        }
        Role::Partner => {
            let tra = ctx
                .prep_group(cue_end, cue_end + 4, &["tra", "fra"], 3)
                .or_else(|| {
                    // `X, joint venture controllata da A e B`: its owners are the partners.
                    let held = (cue_end..(cue_end + 4).min(end))
                        .find(|&i| ctx.is_word_in(i, JOINTLY_HELD))?;
                    ctx.prep_group(held + 1, held + 2, DA, 0)
                })
                .map(|(p, g)| (p, ctx.pair(g)));
            match tra {
                Some((_, g)) if g.members.len() >= 2 => {
                    f.end = g.end;
                    f.payers = g.members[..1].to_vec();
                    f.payees = g.members[1..].to_vec();
                }
                _ => match ctx
                    .prep_group(cue_end, cue_end + 4, &["con"], 2)
                    .map(|(_, g)| g)
                    // `X ha siglato con Y un accordo`: the partner before the noun.
                    .or_else(|| partner_before(ctx, cue))
                {
                    Some(other) => f.take(subject.clone()?, other),
                    None => {
                        let g = subject.clone().filter(|g| g.members.len() >= 2)?;
                        f.payers = g.members[..1].to_vec();
                        f.payees = g.members[1..].to_vec();
                    }
                },
            }
            f.kind = DealKind::Partnership;
            let company = f
                .payers
                .iter()
                .chain(&f.payees)
                .any(|&m| ctx.found[m].kind == crate::extract::entities::EntityKind::Company);
            // `Il Ministero e la Regione hanno firmato un accordo di programma da 50
            // milioni`: an agreement between public administrations only is none.
            let public = f
                .payers
                .iter()
                .chain(&f.payees)
                .all(|&m| is_public_body(&ctx.found[m].entity.name));
            if !company && (public || ctx.money(f.end, end).is_none()) {
                return None;
            }
        }
    }
    if f.amount.is_none() && f.kind != DealKind::Partnership {
        f.amount = ctx
            .money(cue_end, end)
            .or_else(|| subject.as_ref().and_then(|s| ctx.money(s.end, cue)))
            .or_else(|| stated_price(&ctx.toks, ctx.amounts, cue_end))
            .or_else(|| {
                let from = subject.as_ref().map_or(cue, |s| s.start);
                fronted_worth(&ctx.toks, ctx.amounts, from)
            })
            .or_else(|| {
                (!role.is_verb())
                    .then(|| worth_of_noun(ctx, cue_end, end))
                    .flatten()
            });
    } else if f.kind == DealKind::Partnership {
        f.amount = ctx.money(f.end, end);
    }
    Some(f)
}

/// A merger, read as the acquisition of the other party by the first named (the
/// one that absorbs): `la fusione tra X e Y`, `la fusione di X con Y`, `X si fonde
/// con Y`, `la fusione per incorporazione di Y in X`.
fn merge(
    ctx: &DealSentence<'_>,
    f: &mut Frame,
    subject: Option<Group>,
    cue_end: usize,
) -> Option<()> {
    f.kind = DealKind::Acquisition;
    if let Some((_, g)) = ctx
        .prep_group(cue_end, cue_end + 1, &["tra", "fra"], 1)
        .map(|(p, g)| (p, ctx.pair(g)))
        .filter(|(_, g)| g.members.len() >= 2)
    {
        f.end = g.end;
        f.payers = g.members[..1].to_vec();
        f.payees = g.members[1..].to_vec();
        return Some(());
    }
    if ctx.is_word_in(cue_end, &["per"]) && ctx.is_word_in(cue_end + 1, &["incorporazione"]) {
        let (_, target) = ctx.prep_group(cue_end + 2, cue_end + 3, DI_FORMS, 0)?;
        let (_, absorber) = ctx.prep_group(target.end, target.end + 1, IN, 1)?;
        f.take(absorber, target);
        return Some(());
    }
    let (first, from) = match ctx.prep_group(cue_end, cue_end + 1, DI_FORMS, 0) {
        Some((_, g)) => {
            let end = g.end;
            (g, end)
        }
        None => (subject?, cue_end),
    };
    match ctx.prep_group(from, from + 1, &["con", "col"], 1) {
        Some((_, other)) => f.take(first, other),
        // `X e Y si fonderanno`: the coordinated subject, the first named absorbing.
        None if first.members.len() >= 2 && from == cue_end => {
            f.end = f.end.max(first.end);
            f.payers = first.members[..1].to_vec();
            f.payees = first.members[1..].to_vec();
        }
        None => return None,
    }
    Some(())
}

fn is_bank(ctx: &DealSentence<'_>, g: &Group) -> bool {
    // `Banca Aurora` read as the company `Aurora`: the bank noun right before the
    // name still says what it is (`la banca Aurora`, `Banca Aurora`).
    let noun_before = g.start > 0 && ctx.is_word_in(g.start - 1, BANK);
    noun_before
        || g.members.iter().any(|&m| {
            ctx.found[m]
                .entity
                .name
                .split_whitespace()
                .any(|w| BANK.contains(&w.to_lowercase().as_str()))
        })
}

/// `ha ricevuto da X un ordine`, `ha ottenuto dal gruppo X una commessa`: the giver
/// right after the receiving verb ending at `cue_end`, then (after at most an
/// article) a contract noun ([`CONTRACTS`]) that is not a command (`ha ricevuto da X
/// l'ordine di chiudere`). Returns the giver.
fn giver_then_order(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<Group> {
    let (prep, giver) = ctx.prep_party(cue_end, (cue_end + 1).min(end), DA)?;
    debug_assert_eq!(prep, cue_end);
    let mut noun = giver.end;
    use crate::lexicon::function_words::{ARTICLES, INDEFINITE_ARTICLES};
    if ctx.is_word_in(noun, ARTICLES) || ctx.is_word_in(noun, INDEFINITE_ARTICLES) {
        noun += 1;
    }
    if noun >= end || !ctx.is_word_in(noun, CONTRACTS) {
        return None;
    }
    (!a_command(ctx, noun, end)).then_some(giver)
}

/// An order as a command, not goods: `di`/`a` and an infinitive after the noun at
/// `noun`, before `end` (`l'ordine di chiudere`, `l'ordine dal giudice di pagare`).
fn a_command(ctx: &DealSentence<'_>, noun: usize, end: usize) -> bool {
    (noun + 1..end.saturating_sub(1)).any(|i| {
        ctx.is_word_in(i, &["di", "a"])
            && ctx.toks[i + 1].kind == Kind::Word
            && ["are", "ere", "ire"]
                .iter()
                .any(|e| ctx.toks[i + 1].lower.ends_with(e))
    })
}

/// `riceve un ordine da X`, `ha ottenuto una commessa da X`: the contract noun
/// ([`CONTRACTS`]) at most three words after the receiving verb ending
/// at `cue_end`. Not an order as a command (`ha ricevuto l'ordine di chiudere`,
/// `l'ordine dal giudice di pagare`): no `di` + infinitive in the clause.
fn ordered_goods(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<usize> {
    let noun = (cue_end..(cue_end + 3).min(end)).find(|&i| ctx.is_word_in(i, CONTRACTS))?;
    (!a_command(ctx, noun, end)).then_some(noun)
}

/// `si aggiudica la gara di Y per la manutenzione`, `ha vinto il bando di Y per i
/// diritti tv`: the tender noun at most three words after the winning verb ending at
/// `cue_end`, and whether it sells rights (`true`: the winner pays) or buys works or
/// services (`false`: the winner is paid). A tender the sentence says neither of is
/// no deal: who pays is unknown. Rights are looked for in the whole sentence
/// (`ha acquisito i diritti ...: si è aggiudicata il bando della Lega`), works in
/// the clause.
fn won_tender(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<(usize, bool)> {
    let noun = (cue_end..(cue_end + 3).min(end)).find(|&i| ctx.is_word_in(i, TENDERS))?;
    if ctx.any_word(0, ctx.toks.len(), RIGHTS) {
        Some((noun, true))
    } else if ctx.any_word(noun + 1, end, WORKS) || ctx.any_word(noun + 1, end, TENDER_CALLED) {
        Some((noun, false))
    } else {
        None
    }
}

/// The money that a worth verb gives to the noun cue ending at `cue_end`, when the
/// noun is that verb's subject: no other verb group and no relative pronoun stand
/// between them, and the
/// amount follows the verb within three words (`vale circa 4 miliardi`, `ammonta a
/// 2 miliardi`). [`DealSentence::money`] leaves `vale` out because elsewhere it prices a
/// company (`X, che vale 10 miliardi in Borsa`).
fn worth_of_noun(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<usize> {
    let verb = (cue_end..end).find(|&i| ctx.is_word_in(i, WORTH_VERBS))?;
    let between = ctx
        .clause
        .verbs
        .iter()
        .any(|g| g.start >= cue_end && g.start < verb);
    // `..., che in Borsa vale 4 miliardi`: the worth of the relative's antecedent.
    if between || ctx.any_word(cue_end, verb, &["che", "cui", "quale", "quali"]) {
        return None;
    }
    (verb + 1..(verb + 4).min(end)).find_map(|i| match ctx.toks[i].kind {
        Kind::Amount(a) if ctx.amounts[a].kind == crate::summary::AmountKind::Money => Some(a),
        _ => None,
    })
}

/// `riservato a X` after a capital increase or a round (at most eight words after
/// it): the one it is reserved to, who subscribes it.
fn reserved_to(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<Group> {
    let reserved = (cue_end..(cue_end + 8).min(end))
        .find(|&i| ctx.is_word_in(i, &["riservato", "riservata", "riservati", "riservate"]))
        .and_then(|r| ctx.prep_party(r + 1, r + 2, A).map(|(_, g)| g));
    reserved.or_else(|| subscribed_by(ctx, cue_end, end))
}

/// `sottoscritto (interamente | per intero) da X` after a capital increase or a round
/// (at most twelve words after it, across `, che sarà`): X subscribes it. A hedge
/// between (`che potrebbe essere sottoscritto da X`) leaves it unsubscribed.
fn subscribed_by(ctx: &DealSentence<'_>, cue_end: usize, end: usize) -> Option<Group> {
    use super::lexicon::{SUBSCRIBED, WHOLLY};
    let s = (cue_end..(cue_end + 12).min(end)).find(|&i| ctx.is_word_in(i, SUBSCRIBED))?;
    if ctx.hedged(cue_end, s) {
        return None;
    }
    let mut k = s + 1;
    while k < end && k < s + 4 && ctx.is_word_in(k, WHOLLY) {
        k += 1;
    }
    ctx.prep_party(k, k + 1, DA).map(|(_, g)| g)
}

/// First words of the names of public administrations, lower case.
static PUBLIC_BODIES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::DEAL_PUBLIC_BODIES).collect()
});

/// A government or public administration by its name's first word (`Regione Puglia`,
/// `Ministero delle Imprese`).
fn is_public_body(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default().to_lowercase();
    PUBLIC_BODIES.contains(&first.as_str())
}
