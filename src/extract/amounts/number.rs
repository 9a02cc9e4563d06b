//! Reading numbers: figures in Italian or English style, and Italian number words.

/// Writes `raw` (digits with `.`, `,` and space separators) as a plain decimal string
/// into `out` and returns true, or returns false when it is not one number (a date, a
/// version). Italian style comes first: `1.234.567,89`, `1,5`, `10 000`; a single dot
/// is a thousands separator before exactly three digits (`1.200`) and a decimal point
/// otherwise (`4.1`, `71.31`, `0.125`); `1,234,567.5` is read English style.
pub fn normalise_digits(raw: &str, out: &mut String) -> bool {
    let mut dots = 0;
    let mut commas = 0;
    let mut last_dot = 0;
    let mut last_comma = 0;
    let mut spaced = false;
    for (i, c) in raw.char_indices() {
        match c {
            '.' => {
                dots += 1;
                last_dot = i;
            }
            ',' => {
                commas += 1;
                last_comma = i;
            }
            c if !c.is_ascii_digit() => spaced = true,
            _ => {}
        }
    }
    let digits = |s: &str, out: &mut String| out.extend(s.chars().filter(char::is_ascii_digit));
    let groups_ok = |s: &str, sep: char| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
    };
    if spaced && dots > 0 && (commas == 0 || last_dot < last_comma) {
        return false;
    }
    match (dots, commas) {
        (0, 0) => digits(raw, out),
        (1, 0) => {
            let (a, b) = raw.split_at(last_dot);
            let b = &b[1..];
            if b.len() == 3 && a != "0" && a.len() <= 3 {
                digits(raw, out);
            } else if b == "00" {
                // `21.00` is a time, `20.00 euro` a mangled `20.000`: no reading is safe.
                return false;
            } else {
                digits(a, out);
                out.push('.');
                out.push_str(b);
            }
        }
        (_, 0) => {
            if !groups_ok(raw, '.') {
                return false;
            }
            digits(raw, out);
        }
        (0, 1) => {
            let (a, b) = raw.split_at(last_comma);
            digits(a, out);
            out.push('.');
            out.push_str(&b[1..]);
        }
        (_, 1) if last_dot < last_comma => {
            let (a, b) = raw.split_at(last_comma);
            if !groups_ok(a, '.') {
                return false;
            }
            digits(a, out);
            out.push('.');
            out.push_str(&b[1..]);
        }
        (0, _) => {
            if !groups_ok(raw, ',') {
                return false;
            }
            digits(raw, out);
        }
        (1, _) if last_comma < last_dot => {
            let (a, b) = raw.split_at(last_dot);
            if !groups_ok(a, ',') {
                return false;
            }
            digits(a, out);
            out.push('.');
            out.push_str(&b[1..]);
        }
        _ => return false,
    }
    true
}

const UNITS: [&str; 20] = [
    "",
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
];
const TENS: [&str; 8] = [
    "venti",
    "trenta",
    "quaranta",
    "cinquanta",
    "sessanta",
    "settanta",
    "ottanta",
    "novanta",
];

fn below_20(w: &str) -> Option<u64> {
    match w {
        "un" | "una" => Some(1),
        "tré" => Some(3),
        _ => UNITS
            .iter()
            .position(|u| *u == w && !u.is_empty())
            .map(|n| n as u64),
    }
}

fn below_100(w: &str) -> Option<u64> {
    if let Some(n) = below_20(w) {
        return Some(n);
    }
    for (k, t) in TENS.iter().enumerate() {
        let tens = 20 + 10 * k as u64;
        if let Some(rest) = w.strip_prefix(t) {
            if rest.is_empty() {
                return Some(tens);
            }
            return match rest {
                "due" | "tre" | "tré" | "quattro" | "cinque" | "sei" | "sette" | "nove" => {
                    below_20(rest).map(|u| tens + u)
                }
                _ => None,
            };
        }
        // `ventuno`, `trentotto`: the final vowel drops before `uno` and `otto`.
        if let Some(rest) = w.strip_prefix(&t[..t.len() - 1]) {
            match rest {
                "uno" | "un" => return Some(tens + 1),
                "otto" => return Some(tens + 8),
                _ => {}
            }
        }
    }
    None
}

/// `w.find(pat)` for the short words here, without the set-up of a string searcher.
fn find(w: &str, pat: &str) -> Option<usize> {
    w.as_bytes()
        .windows(pat.len())
        .position(|x| x == pat.as_bytes())
}

fn below_1000(w: &str) -> Option<u64> {
    match find(w, "cento") {
        Some(at) => {
            let hundreds = match &w[..at] {
                "" => 1,
                h => below_20(h).filter(|n| (2..=9).contains(n))?,
            };
            let rest = &w[at + 5..];
            // `centottanta`, `centotto`: the `o` of `cento` merges with `ottanta`, `otto`.
            let units = match rest {
                "" => 0,
                r if r.starts_with("tt") => below_100(&format!("o{r}"))?,
                r => below_100(r)?,
            };
            Some(hundreds * 100 + units)
        }
        None => below_100(w),
    }
}

/// The value of an Italian number word (`quindici`, `trecento`, `duemilacinquecento`,
/// `ventitré`), or `None`.
pub fn word_value(w: &str) -> Option<u64> {
    // Every number word starts like one of the words it is built from (`un`, `due`,
    // `tre`, ... `venti`, `cento`, `mille`): most words leave here, unparsed.
    let head = w.as_bytes().get(..2)?;
    if !matches!(
        head,
        b"un"
            | b"du"
            | b"tr"
            | b"qu"
            | b"ci"
            | b"se"
            | b"ot"
            | b"no"
            | b"di"
            | b"do"
            | b"ve"
            | b"ce"
            | b"mi"
    ) {
        return None;
    }
    if let Some(rest) = w.strip_prefix("mille") {
        return match rest {
            "" => Some(1000),
            r => below_1000(r).map(|n| 1000 + n),
        };
    }
    match find(w, "mila") {
        Some(at) if at > 0 => {
            let thousands = below_1000(&w[..at]).filter(|&n| n >= 2)?;
            let rest = match &w[at + 4..] {
                "" => 0,
                r => below_1000(r)?,
            };
            Some(thousands * 1000 + rest)
        }
        Some(_) => None,
        None => below_1000(w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(raw: &str) -> Option<String> {
        let mut s = String::new();
        normalise_digits(raw, &mut s).then_some(s)
    }

    #[test]
    fn figures_in_italian_and_english_style() {
        assert_eq!(norm("1.234,5").as_deref(), Some("1234.5"));
        assert_eq!(norm("1.234.567,89").as_deref(), Some("1234567.89"));
        assert_eq!(norm("1.200").as_deref(), Some("1200"));
        assert_eq!(norm("4.1").as_deref(), Some("4.1"));
        assert_eq!(norm("71.31").as_deref(), Some("71.31"));
        assert_eq!(norm("0.125").as_deref(), Some("0.125"));
        assert_eq!(norm("0.1165").as_deref(), Some("0.1165"));
        assert_eq!(norm("3,5").as_deref(), Some("3.5"));
        assert_eq!(norm("10 000").as_deref(), Some("10000"));
        assert_eq!(norm("10 000,00").as_deref(), Some("10000.00"));
        assert_eq!(norm("1,234,567.5").as_deref(), Some("1234567.5"));
        assert_eq!(norm("17.08.2020"), None);
        assert_eq!(norm("20.00"), None);
        assert_eq!(norm("1.2.3"), None);
    }

    /// Spells `n` (1..=999_999) the way `word_value` reads it.
    fn spell(n: u64) -> String {
        fn below_1000(n: u64) -> String {
            let (h, r) = (n / 100, n % 100);
            let mut s = match h {
                0 => String::new(),
                1 => "cento".to_string(),
                h => format!("{}cento", UNITS[h as usize]),
            };
            let rest = if r < 20 {
                UNITS[r as usize].to_string()
            } else {
                let t = TENS[(r / 10 - 2) as usize];
                match r % 10 {
                    0 => t.to_string(),
                    1 | 8 => format!("{}{}", &t[..t.len() - 1], UNITS[(r % 10) as usize]),
                    u => format!("{t}{}", UNITS[u as usize]),
                }
            };
            if h > 0 && rest.starts_with('o') {
                s.pop();
            }
            s + &rest
        }
        match (n / 1000, n % 1000) {
            (0, r) => below_1000(r),
            (1, r) => format!("mille{}", below_1000(r)),
            (t, r) => format!("{}mila{}", below_1000(t), below_1000(r)),
        }
    }

    #[test]
    fn every_number_word_passes_the_head_filter() {
        for n in (1..3000).chain((3000..1_000_000).step_by(97)) {
            let w = spell(n);
            assert_eq!(word_value(&w), Some(n), "{w}");
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(word_value("quindici"), Some(15));
        assert_eq!(word_value("trecento"), Some(300));
        assert_eq!(word_value("ventuno"), Some(21));
        assert_eq!(word_value("trentotto"), Some(38));
        assert_eq!(word_value("ventitré"), Some(23));
        assert_eq!(word_value("centocinquanta"), Some(150));
        assert_eq!(word_value("centottanta"), Some(180));
        assert_eq!(word_value("centootto"), Some(108));
        assert_eq!(word_value("mille"), Some(1000));
        assert_eq!(word_value("milleduecento"), Some(1200));
        assert_eq!(word_value("duemiladuecento"), Some(2200));
        assert_eq!(word_value("cinquemila"), Some(5000));
        assert_eq!(word_value("un"), Some(1));
        for w in [
            "mila",
            "centinaia",
            "settembre",
            "venticinquenne",
            "dieciotto",
            "uno",
        ] {
            assert!(w == "uno" || word_value(w).is_none(), "{w}");
        }
    }
}
