//! The clause around a name, when it says what the name is (issue 20). Companies: a
//! slot of the clause that only a company fills (`ha comprato Bettini`, `le azioni
//! Bettini`, `l'ad di Bettini`, `Bettini ha chiuso il trimestre con ricavi di ...`), a
//! firm of partners (`Pedersoli e associati`). Bodies: what members belong to (`i
//! membri di X`). People: a kinship noun's `di` (`il papà di Rachele`) and an
//! abbreviated title (`on. Rossi`). The candidates, classification and resolution
//! stages ask these tests; each looks only at the words around the name, cheap tests
//! first.

use super::tokens::{lower, Lower};

/// The last `n` words of `before` (lower case, with their spaces), if it has them.
fn last_words(before: &str, n: usize) -> Option<Lower<'_>> {
    raw_last_words(before, n).map(lower)
}

/// The last `n` words of `before` as written (with their spaces), if it has them.
fn raw_last_words(before: &str, n: usize) -> Option<&str> {
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return None;
    }
    let mut cut = trimmed.len();
    for _ in 0..n {
        cut = trimmed[..cut]
            .trim_end_matches(' ')
            .rfind(' ')
            .map_or(0, |k| k + 1);
        if cut == 0 {
            break;
        }
    }
    // (the words are cut on spaces only: `dall'` stays with its word)
    Some(&trimmed[cut..])
}

/// Stems of the verbs of buying and selling a company (`ha comprato Bettini`,
/// `acquisisce Bettini`, `cederà Bettini`), by the auxiliary's participle or a finite
/// form.
const TRADE_STEMS: &[&str] = &[
    "acquisi", "acquist", "compr", "ced", "incorpor", "rilev", "vend",
];

/// A form of a verb of trading: the past participle (`comprato`, `acquisita`,
/// `ceduto`) or a present or future (`compra`, `acquisisce`, `rileverà`); not the
/// present of `rilevare`, which also reports (`come rileva Bianchi`).
fn trade_verb(w: &str) -> bool {
    TRADE_STEMS.iter().any(|stem| {
        w.strip_prefix(stem).is_some_and(|rest| {
            matches!(
                rest,
                "ato"
                    | "ata"
                    | "uto"
                    | "uta"
                    | "to"
                    | "ta"
                    | "a"
                    | "e"
                    | "ano"
                    | "ono"
                    | "sce"
                    | "scono"
                    | "erà"
                    | "eranno"
                    | "irà"
                    | "iranno"
                    | "rà"
                    | "ranno"
            ) && !(*stem == "rilev" && matches!(rest, "a" | "e" | "ano" | "ono"))
        })
    })
}

/// Nouns of a deal whose `di` names the company it is about (`l'acquisizione di
/// Bettini`, `la cessione di Bettini`, `il crac Bettini`).
const DEAL_NOUNS: &[&str] = &[
    "acquisizione",
    "acquisto",
    "cessione",
    "crac",
    "fallimento",
    "privatizzazione",
    "quotazione",
    "scalata",
    "vendita",
];

/// Officers, boards, owners and accounts that only a company has (`l'ad di Bettini`,
/// `il cda di Bettini`, `gli azionisti di Bettini`, `il fatturato di Bettini`).
const OFFICERS_AND_ACCOUNTS: &[&str] = &[
    "ad",
    "azionista",
    "azionisti",
    "cda",
    "ceo",
    "cfo",
    "fatturato",
    "offerta",
    "ricavi",
    "soci",
];

/// Officers and boards of a company named in more than one word, before `di`
/// (`il consiglio di amministrazione di Bettini`, `l'amministratore unico di Bettini`).
const OFFICERS_IN_WORDS: &[&str] = &[
    "amministratore delegato",
    "amministratore unico",
    "amministratrice delegata",
    "consigliere delegato",
    "consiglio di amministrazione",
];

/// Nouns of shares and stakes (`le azioni Bettini`, `il titolo Bettini`, `una quota
/// in Bettini`, `la partecipazione in Bettini`).
const SHARE_NOUNS: &[&str] = &["azioni", "partecipazione", "quota", "titoli", "titolo"];

/// What may follow the object of a verb of trading when it is a player or a person
/// (`ha ceduto Rossi al Milan`, `ha acquistato Rossi dal Parma`, `in prestito`).
fn transfer_after(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{a0}']);
    [
        "al ",
        "alla ",
        "all'",
        "all’",
        "dal ",
        "dalla ",
        "dall'",
        "dall’",
        "in prestito",
        "a titolo",
    ]
    .iter()
    .any(|p| after.starts_with(p))
}

/// Words of football's transfer market and of players' roles (`centrocampista`,
/// `calciomercato`, `cartellino`): in their sentence a name bought or sold is a player.
const TRANSFER_WORDS: &[&str] = &[
    "allenatore",
    "attaccante",
    "calciatore",
    "calciomercato",
    "campionato",
    "cartellino",
    "centravanti",
    "centrocampista",
    "club",
    "difensore",
    "giocatore",
    "ingaggio",
    "mercato di gennaio",
    "mercato estivo",
    "mercato invernale",
    "portiere",
    "squadra",
    "terzino",
];

/// The sentence around a name (back to the last full stop before it, on to the next
/// one) speaks of the transfer market (see [`TRANSFER_WORDS`]).
fn transfer_sentence(before: &str, after: &str) -> bool {
    let start = before.rfind(['.', '\n']).map_or(0, |k| k + 1);
    let end = after.find(['.', '\n']).unwrap_or(after.len());
    let window = |s: &str| {
        let s = s.to_lowercase();
        TRANSFER_WORDS.iter().any(|w| s.contains(w))
    };
    window(&before[start..]) || window(&after[..end])
}

/// The name between `before` and `after` fills a slot of the clause that only a
/// company fills: the object of a verb of buying or selling (`Acme ha comprato
/// Bettini per 3 milioni`), the `di` of a deal's noun (`l'acquisizione di Bettini`,
/// `il crac Bettini`), shares and stakes (`le azioni Bettini`, `il titolo Bettini in
/// Borsa`, `una quota in Bettini`), who wins an order (`la commessa è andata a
/// Bettini`), or the subject of results (`Bettini ha chiuso il trimestre con ricavi
/// di`, `Bettini ha registrato un utile`).
pub fn company_slot(before: &str, after: &str) -> bool {
    // `Bettini, controllata da Acme,`, `Bettini, quotata a Milano,`: what is controlled
    // or listed is a company
    let owned = [
        ", controllata ",
        ", partecipata ",
        ", quotata ",
        " (controllata ",
        " (quotata ",
    ]
    .iter()
    .any(|p| after.starts_with(p));
    if owned || stock_move(after) || results_subject(after) {
        return true;
    }
    // (the words before are compared as written: the cues are in lower case)
    let Some(one) = raw_last_words(before, 1) else {
        return false;
    };
    // the object of a trade, not a player moving between clubs
    if trade_verb(one) && !transfer_after(after) && !transfer_sentence(before, after) {
        return true;
    }
    // (`il titolo` also names a work: `dal titolo Fisco e patrimoni`; the stock's
    // title is the one that moves)
    if matches!(one, "titolo" | "titoli") {
        return moves_on_market(after);
    }
    if SHARE_NOUNS.contains(&one) || DEAL_NOUNS.contains(&one) {
        return true;
    }
    // the rest ends with a preposition: most names follow none of these
    if !matches!(one, "di" | "a" | "da" | "su" | "in") {
        return false;
    }
    let two = last_words(before, 2);
    let two = two.as_ref().map_or("", Lower::as_str);
    let three = last_words(before, 3);
    let three = three.as_ref().map_or("", Lower::as_str);
    // `l'ad di Bettini`, `il cda di Bettini`, `gli azionisti di Bettini`
    if let Some(noun) = two.strip_suffix(" di") {
        let noun = noun.trim_start_matches("l'").trim_start_matches("l’");
        let three = three.trim_start_matches("l'").trim_start_matches("l’");
        // (`il 60% di Bettini`: a stake)
        let stake =
            noun.len() > 1 && noun.ends_with('%') && noun.starts_with(|c: char| c.is_ascii_digit());
        let four = last_words(before, 4);
        let four = four.as_ref().map_or("", Lower::as_str);
        let officers = OFFICERS_IN_WORDS.iter().any(|o| {
            [three, four]
                .iter()
                .any(|w| w.strip_suffix(" di") == Some(o))
        });
        if OFFICERS_AND_ACCOUNTS.contains(&noun) || stake || officers {
            return true;
        }
    }
    // `ha ceduto a Bettini`, `ha venduto a Bettini`: who buys is a company too
    if let Some(verb) = two.strip_suffix(" a") {
        if trade_verb(verb) && !matches!(verb, "compra" | "acquista") {
            return true;
        }
    }
    // `controllata da Bettini`, `partecipata dal fondo`: who controls a company
    if let Some(verb) = two.strip_suffix(" da") {
        if matches!(
            verb,
            "controllata" | "controllato" | "partecipata" | "partecipato"
        ) {
            return true;
        }
    }
    if let Some(noun) = two
        .strip_suffix(" di")
        .or_else(|| two.strip_suffix(" in"))
        .or_else(|| two.strip_suffix(" su"))
    {
        let noun = noun.trim_start_matches("l'").trim_start_matches("l’");
        // (`il titolo di campione`: a title, no share)
        let share = SHARE_NOUNS.contains(&noun) && !matches!(noun, "titolo" | "titoli");
        if DEAL_NOUNS.contains(&noun) || share || noun == "opa" {
            return true;
        }
    }
    // `la commessa è andata a Bettini`, `l'appalto è stato assegnato a Bettini`
    if one == "a"
        && [
            "andata",
            "andato",
            "assegnata",
            "assegnato",
            "aggiudicata",
            "aggiudicato",
        ]
        .iter()
        .any(|v| two.starts_with(v) || three.starts_with(v))
        && {
            // the order is the subject of the same clause, a few words back
            let from = (before.len().saturating_sub(60)..before.len())
                .find(|&k| before.is_char_boundary(k))
                .unwrap_or(before.len());
            let clause = &before[from..];
            let clause = clause.rsplit(['.', ';', ':', ',']).next().unwrap_or(clause);
            ["commess", "appalt", "gara ", "contratto", "fornitura"]
                .iter()
                .any(|n| clause.contains(n))
        }
    {
        return true;
    }
    false
}

/// `in Borsa`, `a Piazza Affari`, `ha perso il 3%`, `sale`: what a stock does after
/// its name (`il titolo Bettini in Borsa`, `il titolo Bettini cede il 2%`).
fn moves_on_market(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{a0}']);
    let after = after.strip_prefix("ha ").unwrap_or(after);
    [
        "in Borsa",
        "a Piazza Affari",
        "a Wall Street",
        "sale",
        "scende",
        "cede",
        "perde",
        "perso",
        "guadagna",
        "guadagnato",
        "chiude",
        "chiuso",
        "crolla",
        "vola",
        "è salito",
        "è sceso",
        "è crollato",
    ]
    .iter()
    .any(|p| after.starts_with(p))
}

/// `Bettini ha chiuso il trimestre con ricavi di`, `Bettini ha registrato un utile`,
/// `Bettini ha fatturato 3 milioni`: a name that reports results is a company's.
fn results_subject(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" ha ")
        .or_else(|| after.strip_prefix(" hanno "))
    else {
        return false;
    };
    if rest.starts_with("fatturato ") {
        return true;
    }
    // `Bettini ha acquisito il 60% di`, `Bettini ha ceduto a`: the subject of a trade
    // whose object is a stake, a business or a buyer.
    if let Some((verb, obj)) = rest.split_once(' ') {
        if trade_verb(verb)
            && verb.ends_with(['o', 'a'])
            && (obj.starts_with("il ") && obj[3..].starts_with(|c: char| c.is_ascii_digit())
                || obj
                    .strip_prefix("a ")
                    .is_some_and(|o| o.starts_with(char::is_uppercase))
                || [
                    "la quota",
                    "una quota",
                    "la partecipazione",
                    "una partecipazione",
                    "il ramo",
                    "il controllo",
                    "la maggioranza",
                    "la società",
                    "il gruppo",
                ]
                .iter()
                .any(|p| obj.starts_with(p)))
        {
            return true;
        }
    }
    if let Some(obj) = rest.strip_prefix("chiuso ") {
        return [
            "il trimestre",
            "il semestre",
            "il bilancio",
            "l'esercizio",
            "l’esercizio",
            "l'anno con",
            "l’anno con",
            "i conti",
            "i primi",
            "il primo trimestre",
            "il secondo trimestre",
            "il terzo trimestre",
            "il quarto trimestre",
            "il primo semestre",
        ]
        .iter()
        .any(|p| obj.starts_with(p))
            || year_with(obj);
    }
    let verb = [
        "registrato ",
        "riportato ",
        "realizzato ",
        "archiviato ",
        "conseguito ",
    ]
    .iter()
    .find_map(|v| rest.strip_prefix(v));
    verb.is_some_and(|obj| {
        [
            "ricavi",
            "utili",
            "perdite",
            "un utile",
            "una perdita",
            "un fatturato",
            "un margine",
            "un ebitda",
            "vendite",
        ]
        .iter()
        .any(|n| obj.starts_with(n))
    })
}

/// `il 2023 con`: a year closed with its figures.
fn year_with(obj: &str) -> bool {
    obj.strip_prefix("il ").is_some_and(|y| {
        y.len() > 9
            && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && y[4..].starts_with(" con ")
    })
}

/// Titles abbreviated with a full stop before a surname (`on. Rossi`, `l'avv.
/// Bianchi`, `il sen. Verdi`, `il dott. Neri`).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "arch", "avv", "cav", "comm", "dott", "dott.ssa", "dr", "geom", "ing", "mons", "on", "onn",
    "prof", "prof.ssa", "rag", "sen", "sig", "sig.ra",
];

/// `before` ends with an abbreviated title and its full stop (`on. `, `l'avv. `).
pub fn abbreviated_title(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(". ") else {
        return false;
    };
    let start = rest
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |k| {
            k + rest[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = rest[start..].to_lowercase();
    TITLE_ABBREVIATIONS.contains(&word.as_str())
}

/// The last word of `before` and the one before it, lower case, when `before` ends
/// with a space (`membri di `, `il papà di `).
fn two_before<R>(before: &str, with: impl FnOnce(&str, &str) -> R) -> Option<R> {
    let two = last_words(before, 2)?;
    let mut words = two.as_str().split(' ');
    let first = words.next()?;
    let second = words.next().unwrap_or_default();
    Some(with(first, second))
}
/// Nouns of membership (`i membri di Ansar Dine`, `appartenenti alla Exit`, `i
/// militanti di Terra Nuova`): what one is a member of is a body.
const MEMBERSHIP: &[&str] = &[
    "aderenti",
    "affiliati",
    "appartenenti",
    "attivisti",
    "iscritti",
    "membri",
    "membro",
    "militanti",
    "simpatizzanti",
];

/// `di`, `a` and their articled forms, which join a member to the body.
const MEMBER_PREPOSITIONS: &[&str] = &[
    "di", "del", "della", "dell'", "dell’", "dei", "degli", "a", "al", "alla", "all'", "all’",
    "ai", "agli",
];

/// `i membri di X`, `appartenenti alla X`, `i membri X`, `il leader dei X`: the name a
/// membership noun governs is a body's (an organization).
pub fn member_of(before: &str) -> bool {
    // (an elided preposition sticks to the name: `appartenenti all'Onda`)
    if before.ends_with(['\'', '’']) {
        let Some(space) = before.rfind(' ') else {
            return false;
        };
        let prep = lower(&before[space + 1..]);
        return MEMBER_PREPOSITIONS.contains(&prep.as_str())
            && last_words(&before[..=space], 1).is_some_and(|n| MEMBERSHIP.contains(&n.as_str()));
    }
    // (the cheap test first: most names follow no such word)
    let last = raw_last_words(before, 1).unwrap_or_default();
    if !(MEMBER_PREPOSITIONS.contains(&last)
        || matches!(last, "membri" | "militanti" | "attivisti"))
    {
        return false;
    }
    two_before(before, |first, second| {
        (MEMBERSHIP.contains(&first) && MEMBER_PREPOSITIONS.contains(&second))
            || matches!(second, "membri" | "militanti" | "attivisti")
        // `il leader dei Disobbedienti`, `il movimento degli Indignados`: the leader of
        // a plural name, and a movement of it, make a body of it
        || matches!(first, "leader" | "movimento" | "fondatore" | "fondatori")
            && matches!(second, "dei" | "degli")
    })
    .unwrap_or(false)
}

/// Nouns of kinship (`il papà di Rachele`, `la moglie di Tedaldi`): the name their
/// `di` governs is a person's.
const KIN: &[&str] = &[
    "cognata", "cognato", "cugina", "cugino", "figli", "figlia", "figlio", "fratelli", "fratello",
    "genitori", "madre", "mamma", "marito", "moglie", "nipote", "nonna", "nonno", "padre", "papà",
    "sorella", "vedova", "zia", "zio",
];

/// `il papà di Rachele`, `la moglie di Tedaldi`: a kinship noun and `di` before a name.
pub fn kin_of(before: &str) -> bool {
    if !before.ends_with(" di ") {
        return false;
    }
    two_before(before, |noun, di| di == "di" && KIN.contains(&noun)).unwrap_or(false)
}

/// `Pedersoli e associati`, `Bordignoni & Figli`, `Tedaldi & C.`: a partnership's
/// words after a name make it a firm's; the bytes of `after` they take.
pub fn partners(after: &str) -> Option<usize> {
    [
        " e associati",
        " & associati",
        " e Associati",
        " & Associati",
        " e figli",
        " & figli",
        " e Figli",
        " & Figli",
        " & C.",
        " & Co.",
    ]
    .iter()
    .find(|p| {
        after.starts_with(**p) && !after[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
    .map(|p| p.len())
}

/// `Bettini (+3,2%)`, `Bettini (-1%)`: a market report gives a stock's move in
/// brackets after its name.
fn stock_move(after: &str) -> bool {
    let Some(rest) = ["(+", "(-", "(−", "(–"]
        .iter()
        .find_map(|p| after.strip_prefix(' ').and_then(|a| a.strip_prefix(p)))
    else {
        return false;
    };
    let figure = rest.find(')').filter(|&k| k <= 10).map(|k| &rest[..k]);
    figure.is_some_and(|f| {
        f.ends_with('%')
            && f.starts_with(|c: char| c.is_ascii_digit())
            && f[..f.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clause slots only a company fills; each with its twin.
    #[test]
    fn company_slots() {
        let cases: &[(&str, &str, bool)] = &[
            ("Il gruppo ha comprato ", " per 3 milioni", true),
            ("Il gruppo ha salutato ", " per 3 minuti", false),
            ("Le azioni ", " sono salite del 3%", true),
            ("Le foto ", " sono piaciute", false),
        ];
        for (before, after, want) in cases {
            assert_eq!(company_slot(before, after), *want, "{before:?} _ {after:?}");
        }
    }

    /// Members, kin, titles and partners, each with its twin.
    #[test]
    fn members_kin_titles_partners() {
        assert!(member_of("I membri di "));
        assert!(!member_of("I monti di "));
        assert!(kin_of("Il papà di "));
        assert!(!kin_of("Il paese di "));
        assert!(abbreviated_title("L'avv. "));
        assert!(!abbreviated_title("L'auto "));
        assert!(partners(" e associati ha seguito").is_some());
        assert!(partners(" e amici ha seguito").is_none());
    }
}
