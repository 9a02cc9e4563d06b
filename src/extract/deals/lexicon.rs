//! The word lists of the deal extractor (`data/deal_*.txt`), parsed once.

use super::tokens::{DealToken, Kind};
use crate::lexicon::entries;
use crate::lexicon::word_class;
use crate::reader::tokens::{shape, Tokens};
#[cfg(test)]
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// How the words around a cue are read (`data/deal_cues.txt`, first field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `investire`: the subject pays, `in X` receives.
    Invest,
    /// `finanziare`: the subject pays, the direct object receives.
    Fund,
    /// `acquisire`, `rilevare`: the subject buys a company or a stake.
    Acquire,
    /// `acquistare`, `comprare`: a company or stake (acquisition) or goods (purchase).
    Buy,
    /// `cedere`, `vendere`: the subject sells a company, a stake or goods `a X`.
    Sell,
    /// `ordinare`: the subject buys goods from `a/da X`.
    Order,
    /// `prestare`: the subject lends to `a X`.
    Lend,
    /// `pagare`, `versare`: the subject pays an amount `a X`.
    Pay,
    /// `ricevere`, `ottenere`, `raccogliere`: the subject receives money `da X`.
    Receive,
    /// `investimento`: `di X` (or the subject) pays, `in Y` receives.
    NInvest,
    /// `aumento di capitale`, `round di finanziamento`: the subject pays, `di Y` receives.
    NRaise,
    /// `acquisizione`, `acquisto`: `di Y` is bought, by the subject or `da parte di X`.
    NAcquire,
    /// `cessione`, `vendita`: `di Y` is sold `a X`, by the subject or `da parte di Z`.
    NSell,
    /// `prestito`, `finanziamento`: the subject (or `da X`) lends to `a Y`.
    NLoan,
    /// `accordo`, `intesa`: an agreement `tra X e Y` or of the subject `con Y`.
    Partner,
    /// `fusione`, `si fonde`: a merger `tra X e Y`, `di X con Y`, of the subject `con
    /// Y`, `per incorporazione di Y in X`; the first named absorbs the other.
    Merge,
    /// `aggiudicarsi`, `vincere`, `conquistare` a contract, an order or a tender: the
    /// subject (the supplier) is paid by `da`/`di`/`per X`.
    Win,
    /// `OPA`, `offerta pubblica di acquisto`: the subject (or `di X`) bids `su Y`.
    Bid,
    /// `sale`, `arriva` `al N% di Y`: the subject raises its stake in Y.
    StakeUp,
    /// `diventa il primo azionista di Y`, `entra nel capitale di Y`: the subject
    /// takes a stake in Y.
    Shareholder,
    /// `Y è passata a X per N`, `il controllo di Y passa a X`: X acquires Y.
    PassTo,
    /// `affidare`, `assegnare` a contract or works `a Y`: the subject (a client,
    /// often a public body) pays the company Y.
    Award,
    /// `l'ingresso di X nel capitale di Y`: X takes a stake in Y.
    NEnter,
    /// `la commessa di X è andata a Y`: a contract goes to the company Y, X pays.
    GoesTo,
    /// `l'ordine di X a Y per due navi`, `X, ordine a Y`: X buys from Y (`orders.rs`).
    NOrder,
    /// `X fornirà a Y quaranta locomotive`: the subject supplies Y, Y pays (`orders.rs`).
    Supply,
    /// `l'aumento della quota detenuta da X in Y al N%`: X raises its stake in Y
    /// (`stake_raise.rs`).
    NStakeUp,
}

impl Role {
    fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "invest" => Role::Invest,
            "fund" => Role::Fund,
            "acquire" => Role::Acquire,
            "buy" => Role::Buy,
            "order" => Role::Order,
            "sell" => Role::Sell,
            "n_sell" => Role::NSell,
            "lend" => Role::Lend,
            "receive" => Role::Receive,
            "pay" => Role::Pay,
            "n_invest" => Role::NInvest,
            "n_raise" => Role::NRaise,
            "n_acquire" => Role::NAcquire,
            "n_loan" => Role::NLoan,
            "partner" => Role::Partner,
            "merge" => Role::Merge,
            "win" => Role::Win,
            "bid" => Role::Bid,
            "stake_up" => Role::StakeUp,
            "shareholder" => Role::Shareholder,
            "pass_to" => Role::PassTo,
            "award" => Role::Award,
            "n_enter" => Role::NEnter,
            "goes_to" => Role::GoesTo,
            "n_stake_up" => Role::NStakeUp,
            "n_order" => Role::NOrder,
            "supply" => Role::Supply,
            _ => return None,
        })
    }

    /// True for the verbs (their participle may head a passive: `acquisita da X`).
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Role::Invest
                | Role::Fund
                | Role::Acquire
                | Role::Buy
                | Role::Sell
                | Role::Order
                | Role::Supply
                | Role::Lend
                | Role::Receive
                | Role::Pay
                | Role::Win
                | Role::StakeUp
                | Role::Shareholder
                | Role::PassTo
                | Role::Award
                | Role::GoesTo
        )
    }
}

const CUES: &str = crate::lexicon::DEAL_CUES;
const HEDGES: &str = crate::lexicon::DEAL_HEDGES;
const DENIALS: &str = crate::lexicon::DEAL_DENIALS;
const RELATIONAL: &str = crate::lexicon::DEAL_RELATIONAL_NOUNS;
const COMPANY_NOUNS: &str = crate::lexicon::DEAL_COMPANY_NOUNS;

type CueTable = FxHashMap<&'static str, Vec<(Vec<&'static str>, Role)>>;

/// Cues by first word: the following words and the role, longest first.
static CUE_TABLE: LazyLock<CueTable> = LazyLock::new(|| {
    let mut table: CueTable = FxHashMap::default();
    for line in entries(CUES) {
        let Some((role, form)) = line.split_once(' ') else {
            continue;
        };
        let Some(role) = Role::parse(role) else {
            continue;
        };
        let mut words = form.split(' ');
        let Some(first) = words.next() else { continue };
        table
            .entry(first)
            .or_default()
            .push((words.collect(), role));
    }
    for v in table.values_mut() {
        v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }
    table
});

/// Finds, in one pass, whether a sentence may hold a cue at all: the reference that
/// [`may_hold_cue_in`] is checked against.
#[cfg(test)]
static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        // A few hundred short words: the DFA is small, cheap to build, and scans a
        // sentence several times faster than the NFA.
        .kind(Some(AhoCorasickKind::DFA))
        .build(CUE_TABLE.keys())
        .expect("deal cue prefilter")
});

static HEDGE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| entries(HEDGES).collect());
static DENIAL_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| entries(DENIALS).collect());
static COMPANY_NOUN_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(COMPANY_NOUNS).collect());
static RELATIONAL_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(RELATIONAL).collect());

/// True when `text` contains the first word of some cue, as a word (a cheap first
/// test): the reference of [`may_hold_cue_in`].
#[cfg(test)]
pub fn may_hold_cue(text: &str) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    PREFILTER.find_overlapping_iter(text).any(|m| {
        !alnum(text[..m.start()].chars().next_back()) && !alnum(text[m.end()..].chars().next())
    })
}

/// The first words of cues that are not one run of letters (`joint-venture`).
static PIECED_FIRST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    CUE_TABLE
        .keys()
        .copied()
        .filter(|k| !k.chars().all(char::is_alphabetic))
        .collect()
});

/// True when `unit` of `text` holds the first word of some cue as a word (a cheap
/// first test), read from the document's token stream `stream`: a run of letters in
/// the word class [`word_class::DEAL_CUE`], written as the cue writes it but for the
/// case of ASCII letters, with no letter or digit glued to it. Decides as the
/// reference scan [`may_hold_cue`] did, without scanning the sentence again.
pub fn may_hold_cue_in(stream: &Tokens, text: &str, unit: Range<usize>) -> bool {
    let window = stream.window(text, unit.start, unit.end);
    let items = window.items();
    let free_after = |e: usize| {
        !text[e..unit.end]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    };
    items.iter().enumerate().any(|(k, t)| {
        if !t.has(shape::LETTERS) || k > 0 && items[k - 1].alnum() && items[k - 1].end == t.start {
            return false;
        }
        let whole = t.is_class(word_class::DEAL_CUE)
            && t.text(text).eq_ignore_ascii_case(window.lower(text, t))
            && free_after(t.end);
        whole
            || PIECED_FIRST_WORDS.iter().any(|key| {
                text[t.start..unit.end]
                    .get(..key.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(key))
                    && free_after(t.start + key.len())
            })
    })
}

/// The cue that starts at token `i`: its role and the index after its last token.
pub fn cue_at(toks: &[DealToken], i: usize) -> Option<(Role, usize)> {
    let first = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    let options = CUE_TABLE.get(first.lower.as_str())?;
    options.iter().find_map(|(rest, role)| {
        let ok = rest
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + 1 + k).is_some_and(|t| t.is(w)));
        ok.then_some((*role, i + 1 + rest.len()))
    })
}

/// True for a word that makes a deal hypothetical (`potrebbe`, `valuta`).
pub fn is_hedge(w: &str) -> bool {
    HEDGE_SET.contains(w)
}

/// True for a word that denies or negates a deal (`non`, `smentisce`).
pub fn is_denial(w: &str) -> bool {
    DENIAL_SET.contains(w)
}

/// True for a noun or adjective that may precede a company's name (`l'americana X`).
/// Participles of subscribing a raise: `un aumento ..., sottoscritto da X`.
pub const SUBSCRIBED: &[&str] = &[
    "sottoscritto",
    "sottoscritta",
    "sottoscritti",
    "sottoscritte",
];

/// Words between a participle of subscribing and its `da`: `sottoscritto interamente
/// da X`, `sottoscritto per intero da X`, `sottoscritto in toto da X`.
pub const WHOLLY: &[&str] = &[
    "interamente",
    "integralmente",
    "totalmente",
    "per",
    "intero",
    "in",
    "toto",
];

pub fn is_company_noun(w: &str) -> bool {
    COMPANY_NOUN_SET.contains(w)
}

/// True for a noun that makes `di X` another party (`rivale di X`).
pub fn is_relational(w: &str) -> bool {
    RELATIONAL_SET.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::deals::tokens::tokenize;

    fn cue(text: &str) -> Option<(Role, usize)> {
        let toks = tokenize(text, 0..text.len(), &[], &[]);
        cue_at(&toks, 0)
    }

    /// The token test agrees with the reference scan, on sentences and on strings
    /// made of cue words, digits, marks and capitals glued every way.
    #[test]
    fn token_prefilter_decides_as_the_scan() {
        let sentences = [
            "Enel acquisisce Erg",
            "ENEL ACQUISISCE ERG",
            "Enel Acquisirà Erg",
            "ACQUISIRÀ",
            "una joint-venture con Eni",
            "JOINT-VENTURE",
            "joint-ventures",
            "3acquisisce",
            "acquisisce2",
            "acquisisce²",
            "riacquisisce",
            "l'acquisto",
            "«acquisisce»",
            "nulla da vedere",
            "",
        ];
        for s in sentences {
            let stream = Tokens::parse(s);
            assert_eq!(
                may_hold_cue_in(&stream, s, 0..s.len()),
                may_hold_cue(s),
                "{s:?}"
            );
        }
        const PIECES: &[&str] = &[
            "acquisisce",
            "ACQUISISCE",
            "Acquisirà",
            "ACQUISIRÀ",
            "joint",
            "JOINT",
            "venture",
            "-",
            "3",
            "²",
            " ",
            "'",
            "’",
            "ri",
            "à",
            ".",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..5 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            let stream = Tokens::parse(&s);
            assert_eq!(
                may_hold_cue_in(&stream, &s, 0..s.len()),
                may_hold_cue(&s),
                "{s:?}"
            );
            // and inside a window of a longer text
            let t = format!("x {s} y");
            let stream = Tokens::parse(&t);
            assert_eq!(
                may_hold_cue_in(&stream, &t, 2..2 + s.len()),
                may_hold_cue(&s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn cues_by_role() {
        assert_eq!(cue("investono"), Some((Role::Invest, 1)));
        assert_eq!(cue("Acquisirà"), Some((Role::Acquire, 1)));
        assert_eq!(cue("acquistare"), Some((Role::Buy, 1)));
        assert_eq!(cue("round di finanziamento di"), Some((Role::NRaise, 3)));
        assert_eq!(cue("joint venture"), Some((Role::Partner, 2)));
        assert_eq!(cue("prestito ponte"), Some((Role::NLoan, 2)));
        assert_eq!(cue("prestito"), Some((Role::NLoan, 1)));
        assert_eq!(cue("riceverà"), Some((Role::Receive, 1)));
        assert_eq!(cue("ceduto"), Some((Role::Sell, 1)));
        assert_eq!(cue("cessione"), Some((Role::NSell, 1)));
        assert_eq!(cue("investitore"), None);
        assert_eq!(cue("round"), None);
    }

    #[test]
    fn flags() {
        assert!(is_hedge("potrebbe") && is_denial("smentisce") && is_relational("rivale"));
        assert!(!is_hedge("sarebbero") && !is_denial("impegna"));
        assert!(may_hold_cue("Enel ACQUISTA") && !may_hold_cue("Oggi piove."));
        assert!(may_hold_cue("l'acquisizione") && may_hold_cue("Riceverà."));
        assert!(!may_hold_cue("Il precedente procede, succede.") && !may_hold_cue("entrambi"));
    }
}
