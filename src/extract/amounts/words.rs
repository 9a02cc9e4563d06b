//! The word tables of the amounts grammar: currencies, scales, qualifiers, money cues.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::tokens::{Kind, Tokens};
use crate::lexicon::entries;
use crate::summary::Qualifier;

const CURRENCIES: &str = crate::lexicon::CURRENCIES;
const QUALIFIERS: &str = crate::lexicon::AMOUNTS_QUALIFIERS;
const MONEY_CUES: &str = crate::lexicon::AMOUNTS_MONEY_CUES;
const CHANGE_CUES: &str = crate::lexicon::AMOUNTS_CHANGE_CUES;

/// A currency surface form, as tokens.
struct Currency {
    /// Normalised tokens (`us`, `$`).
    norm: Vec<String>,
    /// Written tokens, compared when `case` is set.
    written: Vec<String>,
    iso: &'static str,
    case: bool,
}

fn tokens_of(s: &str) -> Tokens {
    let mut t = Tokens::default();
    t.fill(s, 0..s.len());
    t
}

/// Currency forms by their first normalised token, longest first.
static CURRENCY_INDEX: LazyLock<FxHashMap<String, Vec<Currency>>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, Vec<Currency>> = FxHashMap::default();
    for line in entries(CURRENCIES) {
        let mut f = line.split('\t');
        let (Some(form), Some(iso)) = (f.next(), f.next()) else {
            continue;
        };
        let case = f.next() == Some("case");
        let t = tokens_of(form);
        let norm: Vec<String> = (0..t.toks.len()).map(|i| t.norm(i).to_string()).collect();
        let written = t
            .toks
            .iter()
            .map(|k| form[k.span.clone()].to_string())
            .collect();
        map.entry(norm[0].clone()).or_default().push(Currency {
            norm,
            written,
            iso,
            case,
        });
    }
    for v in map.values_mut() {
        v.sort_by_key(|c| std::cmp::Reverse(c.norm.len()));
    }
    map
});

/// For each first byte of a [`CURRENCY_INDEX`] key, bit `n` set when such a key is
/// `n` bytes long (bit 31: 31 bytes or more).
static CURRENCY_SHAPES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut m = [0u32; 256];
    for k in CURRENCY_INDEX.keys() {
        if let Some(&b) = k.as_bytes().first() {
            m[usize::from(b)] |= 1 << k.len().min(31);
        }
    }
    m
});

/// The currency named at token `i` of `t` in `text`: its ISO code and the token index
/// after it.
pub fn currency_at(t: &Tokens, text: &str, i: usize) -> Option<(&'static str, usize)> {
    let w = t.norm(i);
    // most words are no currency: their first byte and length say so without hashing
    if let Some(&b) = w.as_bytes().first() {
        if CURRENCY_SHAPES[usize::from(b)] >> w.len().min(31) & 1 == 0 {
            return None;
        }
    }
    let forms = CURRENCY_INDEX.get(w)?;
    forms.iter().find_map(|c| {
        let n = c.norm.len();
        let ok = (0..n).all(|k| {
            let j = i + k;
            j < t.toks.len()
                && t.norm(j) == c.norm[k]
                && (!c.case || text[t.toks[j].span.clone()] == c.written[k])
                && (k == 0 || t.toks[j].kind != Kind::Sym || t.glued(j))
        });
        ok.then_some((c.iso, i + n))
    })
}

/// Stems of every unit word: a unit without a digit and without any of these holds no
/// amount, so it is skipped untokenized.
static UNIT_STEMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // Codes (`case` entries) stand only by a figure, so the digit test covers them.
    let mut stems: Vec<String> = CURRENCY_INDEX
        .values()
        .flatten()
        .filter(|c| !c.case)
        .map(|c| c.norm[0].clone())
        .collect();
    stems.extend(
        [
            "%",
            "milion",
            "miliard",
            "mila",
            "mln",
            "mld",
            "mrd",
            "cento",
            "centesim",
            "percentual",
            "punti base",
            "punto base",
            "decimi di punto",
        ]
        .map(String::from),
    );
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(stems)
        .expect("unit stems build")
});

/// True when `s` may hold an amount: it has a digit or a unit word.
pub fn may_hold_amount(s: &str) -> bool {
    has_digit(s.as_bytes()) || UNIT_STEMS.is_match(s)
}

/// True when `bytes` has an ASCII digit: 32 bytes at a time, without an exit per
/// byte (so the compiler can test them in SIMD registers).
fn has_digit(bytes: &[u8]) -> bool {
    bytes.chunks(32).any(|chunk| {
        chunk
            .iter()
            .fold(false, |seen, b| seen | (b.wrapping_sub(b'0') < 10))
    })
}

/// The power of ten of a scale word, and whether it is English style (`k`, `bn`: only
/// glued to the figure and only with a currency).
pub fn scale(w: &str) -> Option<(i32, bool)> {
    Some(match w {
        "mila" => (3, false),
        "milione" | "milioni" | "mln" => (6, false),
        "miliardo" | "miliardi" | "mld" | "mrd" => (9, false),
        "million" | "millions" => (6, true),
        "billion" | "billions" => (9, true),
        "k" => (3, true),
        "m" | "mn" => (6, true),
        "bn" | "b" => (9, true),
        _ => return None,
    })
}

/// The value of a collective number word (`centinaio` = 100); it reads as approximate.
pub fn collective(w: &str) -> Option<u64> {
    Some(match w {
        "decina" => 10,
        "dozzina" => 12,
        "ventina" => 20,
        "trentina" => 30,
        "quarantina" => 40,
        "cinquantina" => 50,
        "centinaio" => 100,
        "migliaio" => 1000,
        _ => return None,
    })
}

/// Qualifier phrases: normalised words → qualifier.
static QUALIFIER_MAP: LazyLock<FxHashMap<&'static str, Qualifier>> = LazyLock::new(|| {
    entries(QUALIFIERS)
        .filter_map(|line| {
            let (phrase, q) = line.split_once('\t')?;
            let q = match q {
                "approx" => Qualifier::Approx,
                "at_most" => Qualifier::AtMost,
                "at_least" => Qualifier::AtLeast,
                "over" => Qualifier::Over,
                "under" => Qualifier::Under,
                _ => return None,
            };
            Some((phrase, q))
        })
        .collect()
});

/// The qualifier a phrase of normalised words gives, if any.
pub fn qualifier(phrase: &str) -> Option<Qualifier> {
    QUALIFIER_MAP.get(phrase).copied()
}

static CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| entries(MONEY_CUES).collect());

/// True when the lower-case word starts with a money cue (`costato`, `investimenti`).
pub fn money_cue(w: &str) -> bool {
    CUES.iter().any(|c| w.starts_with(c))
}

static CHANGES: LazyLock<Vec<&'static str>> = LazyLock::new(|| entries(CHANGE_CUES).collect());

/// True when the lower-case word starts with a word of change (`passa`, `salito`,
/// `taglia`): before `da X a Y` it makes a change of two amounts, not a range.
pub fn change_cue(w: &str) -> bool {
    CHANGES.iter().any(|c| w.starts_with(c))
}

/// Articled prepositions and their bare forms: `al`, `all'` → `a`; `dei` → `di`.
/// The forms of `data/it/function_words.tsv`, and `ed` → `e`.
pub fn preposition(w: &str) -> &str {
    if w == "ed" {
        return "e";
    }
    crate::lexicon::bare_preposition(w).unwrap_or(w)
}

/// True for a definite article (`il`, `l'`, `gli`...).
pub fn article(w: &str) -> bool {
    crate::lexicon::function_words::ARTICLES.contains(&w)
}

/// Words that may follow a bare `mila` figure in a money sentence (`500 mila per...`);
/// any other word makes it a count (`15 mila morti`).
pub fn function_word(w: &str) -> bool {
    matches!(
        preposition(w),
        "a" | "di"
            | "in"
            | "da"
            | "su"
            | "per"
            | "con"
            | "tra"
            | "fra"
            | "e"
            | "ed"
            | "o"
            | "che"
            | "ma"
            | "entro"
            | "contro"
            | "come"
            | "sono"
            | "è"
            | "sarà"
            | "saranno"
            | "erano"
            | "era"
            | "non"
            | "circa"
            | "l'anno"
            | "all'anno"
            | "annui"
            | "annuali"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn digit_test_as_any() {
        let mut v: Vec<u8> = (0..100).map(|k| b'a' + (k % 26) as u8).collect();
        assert!(!super::has_digit(&v));
        for at in 0..v.len() {
            for b in [b'0', b'5', b'9', b'/', b':', 0xc3, 0x80] {
                let keep = v[at];
                v[at] = b;
                assert_eq!(super::has_digit(&v), v.iter().any(u8::is_ascii_digit));
                v[at] = keep;
            }
        }
    }

    use super::*;

    fn cur(s: &str) -> Option<(&'static str, usize)> {
        let t = tokens_of(s);
        currency_at(&t, s, 0)
    }

    #[test]
    fn currencies_by_word_symbol_and_code() {
        assert_eq!(cur("euro"), Some(("EUR", 1)));
        assert_eq!(cur("Euro"), Some(("EUR", 1)));
        assert_eq!(cur("€"), Some(("EUR", 1)));
        assert_eq!(cur("US$"), Some(("USD", 2)));
        assert_eq!(cur("dollari canadesi"), Some(("CAD", 2)));
        assert_eq!(cur("dollari di Hong Kong"), Some(("HKD", 4)));
        assert_eq!(cur("franchi svizzeri"), Some(("CHF", 2)));
        assert_eq!(cur("lire sterline"), Some(("GBP", 2)));
        assert_eq!(cur("lire"), Some(("ITL", 1)));
        assert_eq!(cur("CHF"), Some(("CHF", 1)));
        assert_eq!(cur("chf"), None);
        assert_eq!(cur("try"), None);
    }

    #[test]
    fn prefilter() {
        assert!(may_hold_amount("nel 2021"));
        assert!(may_hold_amount("trecento Euro"));
        assert!(may_hold_amount("quindici MILIARDI"));
        assert!(!may_hold_amount("Più di un allarme tra gli investitori."));
    }

    #[test]
    fn tables() {
        assert_eq!(qualifier("fino a"), Some(Qualifier::AtMost));
        assert_eq!(qualifier("oltre a"), None);
        assert!(money_cue("costato") && money_cue("investimenti") && !money_cue("persone"));
        assert_eq!(scale("miliardi"), Some((9, false)));
        assert_eq!(preposition("dell'"), "di");
    }
}
