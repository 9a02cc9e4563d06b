//! What an article is about, asked once: the flag that switches the genre
//! recognisers of [`super`] on. The sports flag is computed on the first question and
//! kept (most articles never ask: only a line-up's numbers, a team's marks or a
//! club's phrase do); the Palio flag is two substring searches, computed up front.

use crate::extract::entities::lists::GAZETTEER;
use std::cell::OnceCell;

/// The topics of one article that switch genre rules on.
#[derive(Debug)]
pub struct Topic<'t> {
    /// The article's text.
    text: &'t str,
    /// Whether it is a sports report, once asked.
    sports: OnceCell<bool>,
    /// Whether it contains all the topic words of a topical list (the contrade of
    /// Siena with `Palio`).
    pub topical: bool,
}

impl<'t> Topic<'t> {
    /// The topics of `text`.
    pub fn of(text: &'t str) -> Topic<'t> {
        let topical = GAZETTEER
            .topical
            .iter()
            .any(|t| t.words.iter().all(|w| text.contains(w)));
        Topic {
            text,
            sports: OnceCell::new(),
            topical,
        }
    }

    /// True when the article is about sport (see [`sports`]).
    pub fn sports(&self) -> bool {
        *self.sports.get_or_init(|| sports(self.text))
    }

    /// True when the article was asked about and found no sports report: a cheap
    /// way out for a recogniser that would otherwise look before asking.
    pub fn surely_not_sports(&self) -> bool {
        self.sports.get() == Some(&false)
    }
}

/// Words of sports reporting, in ASCII lower case; an article with several different
/// ones is about sport. Matched as whole ASCII words, ignoring ASCII case (what the
/// regex `(?i-u)\b(...)\b` over these words matched), by [`sport_word`].
const SPORT_WORDS: &[&str] = &[
    "allenatore",
    "amichevole",
    "arbitro",
    "attaccante",
    "azzurri",
    "basket",
    "calcio",
    "campionati",
    "campionato",
    "centrocampista",
    "ciclismo",
    "classifica",
    "coppa",
    "difensore",
    "finale",
    "finali",
    "fuorigioco",
    "girone",
    "gol",
    "hockey",
    "match",
    "medaglia",
    "mondiali",
    "nazionale",
    "nazionali",
    "olimpiade",
    "olimpiadi",
    "ottavi",
    "pallacanestro",
    "pallanuoto",
    "pallavolo",
    "pareggio",
    "partita",
    "partite",
    "podio",
    "portiere",
    "quarti",
    "reti",
    "rigore",
    "rugby",
    "sci",
    "scudetto",
    "semifinale",
    "semifinali",
    "squadra",
    "squadre",
    "stadio",
    "tennis",
    "tifosi",
    "tornei",
    "torneo",
    "volley",
];

/// Two-word sports phrases: the first word, then one space and the second.
const SPORT_PAIRS: &[(&str, &str)] = &[("primo", "tempo"), ("secondo", "tempo"), ("under", "21")];

/// The bytes of ASCII words (`\w` without Unicode).
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// A byte of an ASCII word.
fn ascii_word(b: u8) -> bool {
    ASCII_WORD[b as usize]
}

/// The `i`-th first word of a sports word or phrase ([`SPORT_WORDS`], then the first
/// words of [`SPORT_PAIRS`]), for the masks below.
const fn sport_first_word(i: usize) -> &'static [u8] {
    if i < SPORT_WORDS.len() {
        SPORT_WORDS[i].as_bytes()
    } else {
        SPORT_PAIRS[i - SPORT_WORDS.len()].0.as_bytes()
    }
}

/// For each first letter, bit `n` set when a sports word (or a phrase's first word)
/// with that letter is `n` bytes long: most words are dismissed on these two.
const SPORT_LENGTHS: [u16; 26] = {
    let mut m = [0u16; 26];
    let mut i = 0;
    while i < SPORT_WORDS.len() + SPORT_PAIRS.len() {
        let w = sport_first_word(i);
        m[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// For each first letter, bit `n` set when a sports word (or a phrase's first word)
/// with that letter has the letter `a + n` second: with [`SPORT_LENGTHS`], few words
/// reach the search of the list.
const SPORT_SECONDS: [u32; 26] = {
    let mut m = [0u32; 26];
    let mut i = 0;
    while i < SPORT_WORDS.len() + SPORT_PAIRS.len() {
        let w = sport_first_word(i);
        m[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    m
};

/// The end of the sports word or phrase that starts with the ASCII word `b[start..end]`
/// (a maximal run of [`ascii_word`] bytes), if there is one.
fn sport_word(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let run = &b[start..end];
    let first = run[0].to_ascii_lowercase();
    if run.len() > 14
        || run.len() < 2
        || !first.is_ascii_lowercase()
        || SPORT_LENGTHS[usize::from(first - b'a')] >> run.len() & 1 == 0
    {
        return None;
    }
    let second = run[1].to_ascii_lowercase();
    if !second.is_ascii_lowercase()
        || SPORT_SECONDS[usize::from(first - b'a')] >> (second - b'a') & 1 == 0
    {
        return None;
    }
    let mut buf = [0u8; 14];
    let low = &mut buf[..run.len()];
    low.copy_from_slice(run);
    low.make_ascii_lowercase();
    let low = &*low;
    if SPORT_WORDS
        .binary_search_by(|w| w.as_bytes().cmp(low))
        .is_ok()
    {
        return Some(end);
    }
    let (_, second) = SPORT_PAIRS
        .iter()
        .find(|(first, _)| first.as_bytes() == low)?;
    let from = end + 1;
    let to = from + second.len();
    (b.get(end) == Some(&b' ')
        && b.get(from..to)
            .is_some_and(|w| w.eq_ignore_ascii_case(second.as_bytes()))
        && !b.get(to).copied().is_some_and(ascii_word))
    .then_some(to)
}

/// True when the article is about sport: at least three different sports words, or
/// two and a score.
pub fn sports(text: &str) -> bool {
    let b = text.as_bytes();
    let mut seen: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !ascii_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && ascii_word(b[i]) {
            i += 1;
        }
        let Some(end) = sport_word(b, start, i) else {
            continue;
        };
        i = end;
        let w = &text[start..end];
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            seen.push(w);
            if seen.len() >= 3 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sports flag is asked once and kept; a text with no sports words is none.
    #[test]
    fn sports_flag_once() {
        let t = Topic::of("La squadra ha vinto la partita allo stadio.");
        assert!(!t.surely_not_sports());
        assert!(t.sports() && t.sports());
        let t = Topic::of("La società ha chiuso il trimestre con ricavi in crescita.");
        assert!(!t.sports() && t.surely_not_sports());
    }

    /// The word scan decides as the regex it replaced.
    #[test]
    fn sports_as_the_regex() {
        let re = regex::Regex::new(
            r"(?i-u)\b(partit[ae]|campionat[oi]|allenatore|squadr[ae]|torne[oi]|mondiali|semifinal[ei]|final[ei]|classifica|calcio|rugby|pallavolo|volley|basket|pallacanestro|pallanuoto|hockey|amichevole|girone|stadio|gol|reti|arbitro|tifosi|nazionale|nazionali|azzurri|olimpiad[ei]|medaglia|pareggio|match|scudetto|tennis|ciclismo|sci|podio|coppa|attaccante|portiere|centrocampista|difensore|fuorigioco|rigore|ottavi|quarti|under 21|primo tempo|secondo tempo)\b",
        )
        .unwrap();
        let old = |text: &str| {
            let mut seen: Vec<&str> = Vec::new();
            for m in re.find_iter(text) {
                if !seen.iter().any(|s| s.eq_ignore_ascii_case(m.as_str())) {
                    seen.push(m.as_str());
                }
            }
            seen.len() >= 3
        };
        for s in [
            "la partita, la PARTITA e il Gol",
            "partita partite partitè gol_ golè",
            "semifinale finale Finali",
            "Under 21 under 210 primo tempo primo  tempo",
            "secondo tempo, primo tempox, gol",
            "calcio2 calcio é calcio èrugby rugby",
            "SCI sci Sci coppa",
            "Kelvin \u{212a}arate podio hockey",
            "",
            "under",
            "under 21",
            "under 21 primo tempo secondo tempo",
        ] {
            assert_eq!(super::sports(s), old(s), "{s}");
        }
    }
}
