//! Property tests of the amounts extractor: random sums written the Italian way are
//! read back exactly, and no input makes it panic or cut a character.

use cronista::extract::amounts::extract;
use cronista::reader::Article;
use cronista::summary::{Amount, AmountKind};
use proptest::prelude::*;

fn amounts(text: &str) -> Vec<Amount> {
    extract(&Article::parse(text))
}

/// `1234567` → `1.234.567`.
fn dotted(mut n: u64) -> String {
    let mut groups = Vec::new();
    loop {
        groups.push(n % 1000);
        n /= 1000;
        if n == 0 {
            break;
        }
    }
    let mut s = groups.pop().unwrap().to_string();
    while let Some(g) = groups.pop() {
        s.push_str(&format!(".{g:03}"));
    }
    s
}

/// An Italian number word for `n` below one million.
fn words(n: u64) -> String {
    const U: [&str; 20] = [
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
    const T: [&str; 10] = [
        "",
        "",
        "venti",
        "trenta",
        "quaranta",
        "cinquanta",
        "sessanta",
        "settanta",
        "ottanta",
        "novanta",
    ];
    fn below_100(n: u64) -> String {
        if n < 20 {
            return U[n as usize].to_string();
        }
        let (t, u) = (T[(n / 10) as usize], n % 10);
        match u {
            0 => t.to_string(),
            1 | 8 => format!("{}{}", &t[..t.len() - 1], U[u as usize]),
            3 => format!("{t}tré"),
            _ => format!("{t}{}", U[u as usize]),
        }
    }
    fn below_1000(n: u64) -> String {
        let (h, r) = (n / 100, n % 100);
        let head = match h {
            0 => String::new(),
            1 => "cento".to_string(),
            h => format!("{}cento", U[h as usize]),
        };
        let tail = below_100(r);
        match head.strip_suffix('o') {
            Some(h) if tail.starts_with('o') => h.to_string() + &tail,
            _ => head + &tail,
        }
    }
    let (k, r) = (n / 1000, n % 1000);
    let head = match k {
        0 => String::new(),
        1 => "mille".to_string(),
        k => format!("{}mila", below_1000(k)),
    };
    head + &below_1000(r)
}

fn only_money(v: &[Amount]) -> &Amount {
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].kind, AmountKind::Money);
    &v[0]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn italian_figures_with_cents_read_back(int in 0u64..10_000_000_000, cents in 0u64..100) {
        let figure = format!("{},{cents:02}", dotted(int));
        let text = format!("Il contratto vale {figure} euro, secondo la società.");
        let v = amounts(&text);
        let a = only_money(&v);
        let want: f64 = format!("{int}.{cents:02}").parse().unwrap();
        prop_assert_eq!(&a.text, &format!("{figure} euro"));
        prop_assert_eq!(a.value, Some(want));
        prop_assert_eq!(a.currency.as_deref(), Some("EUR"));
    }

    #[test]
    fn scaled_figures_read_back(
        int in 1u64..1000,
        dec in proptest::option::of(1u64..100),
        scale in 0usize..3,
        cur in 0usize..3,
    ) {
        let (word, exp) = [("mila", 3), ("milioni", 6), ("miliardi", 9)][scale];
        let (cname, iso) = [("dollari", "USD"), ("euro", "EUR"), ("sterline", "GBP")][cur];
        let (figure, plain) = match dec {
            Some(d) => (format!("{int},{d}"), format!("{int}.{d}")),
            None => (int.to_string(), int.to_string()),
        };
        let di = if word == "mila" { "" } else { "di " };
        let amount = format!("{figure} {word} {di}{cname}");
        let text = format!("La banca ha investito {amount} nel progetto.");
        let v = amounts(&text);
        let a = only_money(&v);
        let want: f64 = format!("{plain}e{exp}").parse().unwrap();
        prop_assert_eq!(&a.text, &amount);
        prop_assert_eq!(a.value, Some(want));
        prop_assert_eq!(a.currency.as_deref(), Some(iso));
    }

    #[test]
    fn number_words_read_back(n in 1u64..1_000_000) {
        let text = format!("Il biglietto costa {} euro.", words(n));
        let v = amounts(&text);
        let a = only_money(&v);
        prop_assert_eq!(a.value, Some(n as f64));
    }

    #[test]
    fn percentages_read_back(int in 0u64..1000, d in 0u64..10, neg in any::<bool>()) {
        let sign = if neg { "-" } else { "" };
        let text = format!("Il titolo chiude a ({sign}{int},{d}%) in Borsa.");
        let v = amounts(&text);
        prop_assert_eq!(v.len(), 1);
        prop_assert_eq!(v[0].kind, AmountKind::Percent);
        let want: f64 = format!("{sign}{int}.{d}").parse().unwrap();
        prop_assert_eq!(v[0].value, Some(want));
    }

    /// Basis points are percent: `147 punti base` is 1,47, exactly as the decimal reads.
    #[test]
    fn basis_points_read_back(bp in 1u64..10_000, form in 0usize..3) {
        let unit = ["punti base", "bp", "centesimi di punto"][form];
        let text = format!("Lo spread tra i titoli sale a {bp} {unit} in chiusura.");
        let v = amounts(&text);
        prop_assert_eq!(v.len(), 1, "{:#?}", v);
        prop_assert_eq!(v[0].kind, AmountKind::Percent);
        let want: f64 = format!("{bp}e-2").parse().unwrap();
        prop_assert_eq!(v[0].value, Some(want));
        prop_assert_eq!(&v[0].text, &format!("{bp} {unit}"));
    }

    /// A written minus (hyphen, minus sign, en dash) makes money negative and stays in
    /// `text`; a plus is left out and the value stays positive.
    #[test]
    fn signed_money_reads_back(int in 1u64..1000, d in 1u64..10, sign in 0usize..4) {
        let mark = ["-", "−", "–", "+"][sign];
        let text = format!("La perdita netta è di {mark}{int},{d} milioni di euro.");
        let v = amounts(&text);
        let a = only_money(&v);
        let abs: f64 = format!("{int}.{d}e6").parse().unwrap();
        let (want, shown) = if mark == "+" {
            (abs, format!("{int},{d} milioni di euro"))
        } else {
            (-abs, format!("{mark}{int},{d} milioni di euro"))
        };
        prop_assert_eq!(a.value, Some(want));
        prop_assert_eq!(&a.text, &shown);
    }

    #[test]
    fn never_panics_and_spans_fit(s in "[0-9 .,€$%£₩฿()+a-zèù'’\\-–/]{0,60}") {
        for a in amounts(&s) {
            prop_assert!(s.is_char_boundary(a.span.start) && s.is_char_boundary(a.span.end));
            prop_assert_eq!(&s[a.span.start..a.span.end], a.text.as_str());
        }
    }
}

#[test]
fn the_word_writer_is_italian() {
    assert_eq!(words(21), "ventuno");
    assert_eq!(words(123), "centoventitré");
    assert_eq!(words(1988), "millenovecentottantotto");
    assert_eq!(words(2500), "duemilacinquecento");
}
