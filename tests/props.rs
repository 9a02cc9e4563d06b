//! Property tests of the output contract on generated Italian-like text (quotes,
//! numbers and amounts, abbreviations, initials, capitals, line breaks): whatever
//! the extractors find, every span lies inside the text and `text[span]` (in code
//! points) equals the record's text, sentences lie in their paragraphs in order
//! without overlap, mentions lie inside one sentence or the title, ranges have
//! `min <= max`, and the output is deterministic and independent of `--jobs`.
//! Case counts are modest to keep `cargo test` fast.

mod common;

use common::invariants;
use cronista::batch::{self, Options, Outcome, Sink};
use cronista::input::{Body, Document};
use proptest::prelude::*;

/// Pieces of Italian news prose, chosen to hit the reader's and extractors' cases.
const PIECES: &[&str] = &[
    "la",
    "il",
    "di",
    "che",
    "ha",
    "detto",
    "società",
    "perché",
    "città",
    "è",
    "l’",
    "dell'",
    "all’",
    "nel",
    "secondo",
    "ha dichiarato",
    "spiega",
    "riporta",
    "acquisisce",
    "investe",
    "milioni",
    "miliardi",
    "mld",
    "euro",
    "€",
    "$",
    "dollari",
    "lire",
    "per cento",
    "%",
    "circa",
    "oltre",
    "fino a",
    "tra",
    "e",
    "-",
    "–",
    "/",
    "Rossi",
    "Mario",
    "Banca d'Italia",
    "Fiat",
    "ENI",
    "Intesa Sanpaolo",
    "ANSA",
    "Reuters",
    "Il Sole 24 Ore",
    "Comune di Milano",
    "UE",
    "Roma",
    "Milano",
    "Draghi",
    "De Luca",
    "S.p.A.",
    "Srl",
    "S.r.l.",
    "dott.",
    "Sig.ra",
    "ing.",
    "art.",
    "ecc.",
    "a.C.",
    "G.",
    "M. Rossi",
    "U.S.A.",
    "n.",
    "pag.",
    "vs.",
    "3",
    "3,5",
    "1.200",
    "15%",
    "2,4%",
    "1.000.000",
    "2024",
    "10-15",
    "12:30",
    "0,5",
    "1/2",
    "7°",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "[...]",
    ",",
    ";",
    ":",
    ".",
    ".",
    ".",
    "!",
    "?",
    "…",
    "...",
    "?!",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\t",
    "😀",
    "e\u{301}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "[A-Z][a-zà-ù]{1,8}",
        1 => "[a-zàèéìòù]{1,10}",
        1 => "[0-9]{1,4}([.,][0-9]{1,3})?",
    ]
}

/// An article: pieces joined mostly by spaces, sometimes glued together.
fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), proptest::bool::weighted(0.85)), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// An article with a title line, sometimes with a byte-order mark before it.
fn titled() -> impl Strategy<Value = String> {
    (article(), article(), any::<bool>()).prop_map(|(t, b, bom)| {
        let title: String = t.replace(['\n', '\r'], " ");
        format!(
            "{}{}\n{}",
            if bom { "\u{feff}" } else { "" },
            title.trim(),
            b
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn summaries_keep_the_contract(text in prop_oneof![article(), titled()]) {
        let s = cronista::analyze(&text);
        if let Err(e) = invariants::check(&text, &s) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
        prop_assert_eq!(&s, &cronista::analyze(&text), "not deterministic");
        // the printer's own compact writer and serde agree byte for byte
        let mut fast = Vec::new();
        cronista::output::write_summary(&mut fast, &s, false).unwrap();
        let mut serde = serde_json::to_vec(&s).unwrap();
        serde.push(b'\n');
        prop_assert_eq!(fast, serde);
    }

    #[test]
    fn spans_and_stats_count_code_points(text in titled()) {
        let s = cronista::analyze(&text);
        let counted = invariants::counted(&text);
        prop_assert_eq!(s.stats.chars, counted.chars().count());
        for p in &s.paragraphs {
            prop_assert!(p.span.end <= s.stats.chars);
        }
    }
}

struct Collect(Vec<String>);
impl Sink for Collect {
    fn outcome(&mut self, o: Outcome) -> std::io::Result<()> {
        self.0.push(match o {
            Outcome::Summary(s) => serde_json::to_string(&s).unwrap(),
            Outcome::Json(j) => String::from_utf8(j).unwrap(),
            Outcome::Failed { id, error, .. } => format!("{id}: {error}"),
        });
        Ok(())
    }
}

fn run(texts: &[String], jobs: usize) -> Vec<String> {
    let docs = texts.iter().enumerate().map(|(i, t)| Document {
        id: i.to_string(),
        origin: format!("t:{i}"),
        body: if i % 5 == 4 {
            Body::Bytes(t.as_bytes().to_vec())
        } else {
            Body::Text(t.clone())
        },
    });
    let mut sink = Collect(Vec::new());
    batch::run(
        docs,
        Options {
            jobs,
            ..Options::default()
        },
        &mut sink,
    )
    .unwrap();
    sink.0
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn output_does_not_depend_on_jobs(texts in proptest::collection::vec(titled(), 0..40)) {
        let one = run(&texts, 1);
        prop_assert_eq!(one.len(), texts.len());
        prop_assert_eq!(&one, &run(&texts, 2));
        prop_assert_eq!(&one, &run(&texts, 5));
    }
}

/// The checker itself: it must reject a summary whose spans and texts disagree.
#[test]
fn the_checker_catches_broken_summaries() {
    let text = "Titolo\nUna frase. Città già più «così»! Fine.";
    let good = cronista::analyze(text);
    invariants::check(text, &good).unwrap();
    let mut bad = good.clone();
    bad.paragraphs[0].sentences[1].span.end += 1;
    assert!(invariants::check(text, &bad).is_err());
    let mut bad = good.clone();
    bad.paragraphs[0].sentences[1].text.push('x');
    assert!(invariants::check(text, &bad).is_err());
    let mut bad = good.clone();
    bad.stats.chars -= 1;
    assert!(invariants::check(text, &bad).is_err());
    let mut bad = good;
    bad.people.push(cronista::summary::Entity {
        name: "X".into(),
        mentions: vec![cronista::summary::Mention {
            span: cronista::summary::Span::new(14, 23),
            text: "se. Città".into(),
        }],
    });
    assert!(invariants::check(text, &bad).is_err(), "crosses sentences");
}
