//! Hostile inputs, one test each: every one gives a valid summary (spans inside the
//! text, `text[span]` equal to each record's text...) or a clear error record, in
//! reasonable time, and the articles around it in a stream are unaffected.
//!
//! The huge inputs (50 MB on one line, a 100 MB JSON line...) run at full size in a
//! release build (`cargo test --release --test robustness`, which
//! `bench/worst_case.sh` does) and at a 200th of it (the medium ones at a 10th) in the usual debug `cargo test`,
//! to keep that fast: the code paths are the same.

mod common;

use common::invariants;
use cronista::batch::{self, Options, Outcome, Sink};
use cronista::input;
use std::time::{Duration, Instant};

/// `n` at full size in release builds, a 200th of it in debug builds.
fn big(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n / 200
    } else {
        n
    }
}

/// `n` at full size in release builds, a 10th of it in debug builds.
fn med(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n / 10
    } else {
        n
    }
}

/// Analyzes `text` in-process, checks the invariants and determinism, and returns
/// the time the analysis took.
fn survives(name: &str, text: &str) -> Duration {
    let start = Instant::now();
    let summary = cronista::analyze(text);
    let took = start.elapsed();
    if let Err(e) = invariants::check(text, &summary) {
        panic!("{name}: {e}");
    }
    if text.len() < 4 << 20 {
        assert_eq!(
            summary,
            cronista::analyze(text),
            "{name}: not deterministic"
        );
    }
    serde_json::to_string(&summary).unwrap_or_else(|e| panic!("{name}: {e}"));
    took
}

/// An ordinary news paragraph, for filling and for comparison.
const NEWS: &str = "La società Alfa S.p.A. ha investito 3,5 milioni di euro nella \
    startup milanese, ha detto il dott. G. Rossi all'ANSA. «Siamo molto soddisfatti \
    del risultato», ha dichiarato l'amministratore delegato. Il titolo sale del 2,4%.";

#[test]
fn empty() {
    let s = cronista::analyze("");
    assert_eq!((s.title, s.paragraphs.len(), s.stats.chars), (None, 0, 0));
    survives("empty", "");
}

#[test]
fn only_whitespace() {
    for t in [
        " ",
        "\n\n\n",
        " \t\r\n\u{a0}\u{2003}\u{3000} \n",
        "\u{feff}",
    ] {
        survives("whitespace", t);
    }
}

#[test]
fn fifty_megabytes_on_one_line() {
    let n = big(50 << 20) / (NEWS.len() + 1);
    let mut t = String::with_capacity(n * (NEWS.len() + 1));
    for _ in 0..n {
        t.push_str(NEWS);
        t.push(' ');
    }
    survives("50 MB line", &t);
}

#[test]
fn a_megabyte_of_guillemets() {
    survives("«", &"«".repeat(big(1 << 20) / 2));
    survives("« »", &"« ".repeat(big(1 << 20) / 3));
    survives("«»", &"«»".repeat(big(1 << 20) / 4));
}

#[test]
fn a_million_dots() {
    survives("dots", &".".repeat(med(1_000_000)));
    survives("spaced dots", &". ".repeat(big(1_000_000)));
    survives(
        "dots in a quote",
        &format!("«{}", ". ".repeat(big(1_000_000))),
    );
    survives(
        "dots in a straight quote",
        &format!("\"{}", "A. ".repeat(big(1_000_000))),
    );
    survives("ellipses", &"… ".repeat(big(1_000_000)));
    survives("initials", &"A. ".repeat(big(1_000_000)));
}

#[test]
fn deeply_nested_marks() {
    let depth = med(100_000);
    let open = "«“‘([\"'".repeat(depth / 7);
    let close: String = "'\"])’”»".repeat(depth / 7);
    survives("nested", &format!("{open}Ciao. Sì.{close} Fine."));
    survives("unclosed", &format!("{open} Uno. Due. Tre."));
    survives("only closers", &format!("{close} Uno. Due."));
}

#[test]
fn only_capitals() {
    let t = "ROMA MILANO BANCA D'ITALIA S.P.A. ENI. FIAT! UNO DUE TRE.\n".repeat(med(2000));
    survives("capitals", &t);
    survives("capital letters", &"A B C D. E F G. ".repeat(med(20_000)));
}

#[test]
fn emoji() {
    let t = "Titolo 🇮🇹\n😀 Ciao. 👨‍👩‍👧 La famiglia Rossi 💶 spende 3 milioni € 😀. Fine 🎉!\n"
        .repeat(med(500));
    survives("emoji", &t);
    survives("only emoji", &"👍🏽".repeat(med(100_000)));
}

#[test]
fn combining_marks() {
    survives("combining", &"e\u{301}".repeat(med(100_000)));
    let zalgo: String =
        "Ca\u{300}\u{301}\u{302}\u{303}sa. Ro\u{308}\u{30a}ssi S.p\u{301}.A. 3\u{301},5 €. "
            .repeat(med(5000));
    survives("zalgo", &zalgo);
    survives(
        "marks alone",
        &"\u{301}\u{302}\u{303}. ".repeat(med(50_000)),
    );
}

#[test]
fn right_to_left_text() {
    let t = "عنوان\nقال الرئيس. «هذا جيد». \u{202e}Rossi S.p.A.\u{202c} ha 3 milioni. שלום עולם! \u{200f}Fine.\n";
    survives("rtl", &t.repeat(med(1000)));
}

#[test]
fn nul_and_control_bytes() {
    survives("nul", "Uno\0Due.\0\0 Tre.\0");
    survives("nuls", &"\0".repeat(med(100_000)));
    survives(
        "controls",
        &"\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}[0m Uno. \u{7f}\u{85}\u{2028}Due.\u{2029}"
            .repeat(med(1000)),
    );
}

#[test]
fn carriage_returns_alone() {
    survives("cr", "Titolo\rUno. Due.\rTre.\r\r\rQuattro");
    survives("many cr", &"\r".repeat(med(100_000)));
    survives("cr text", &"Frase uno. «Frase» due!\r".repeat(med(10_000)));
}

#[test]
fn many_short_lines() {
    survives("lines", &"A\n".repeat(big(1_000_000)));
    survives("blank lines", &"\n \n".repeat(big(1_000_000)));
}

/// Document ids and error messages of a JSON Lines stream run through the batch.
struct Collect(Vec<Result<cronista::summary::Summary, (String, String)>>);
impl Sink for Collect {
    fn outcome(&mut self, o: Outcome) -> std::io::Result<()> {
        self.0.push(match o {
            Outcome::Summary(s) => Ok(*s),
            Outcome::Json(j) => Ok(serde_json::from_slice(&j).unwrap()),
            Outcome::Failed { id, error, .. } => Err((id, error)),
        });
        Ok(())
    }
}

fn run_jsonl(
    stream: &[u8],
    jobs: usize,
) -> Vec<Result<cronista::summary::Summary, (String, String)>> {
    let mut sink = Collect(Vec::new());
    let docs = input::jsonl(stream, "s".into());
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

fn news_line(id: &str) -> String {
    serde_json::json!({"id": id, "text": format!("Titolo\n{NEWS}")}).to_string() + "\n"
}

/// A stream where every hostile line sits between two ordinary articles: each
/// hostile line yields exactly one record (summary or error) with the right id, and
/// every ordinary article's summary is the same as when analyzed alone.
#[test]
fn hostile_json_lines_do_not_affect_their_neighbours() {
    let hostile: Vec<(&str, Vec<u8>, bool)> = vec![
        (
            "surrogate",
            br#"{"id":"h0","text":"a\ud800b"}"#.to_vec(),
            false,
        ),
        (
            "pair",
            br#"{"id":"h1","text":"\ud83d\ude00 ok"}"#.to_vec(),
            true,
        ),
        ("array", br#"["id","h2"]"#.to_vec(), false),
        ("number", b"42".to_vec(), false),
        ("string", br#""text""#.to_vec(), false),
        ("null", b"null".to_vec(), false),
        ("no text", br#"{"id":"h6"}"#.to_vec(), false),
        ("null text", br#"{"id":"h7","text":null}"#.to_vec(), false),
        ("number text", br#"{"id":"h8","text":12}"#.to_vec(), false),
        ("unterminated", br#"{"id":"h9","text":"abc"#.to_vec(), false),
        (
            "plain",
            "Questo è testo, non JSON.".as_bytes().to_vec(),
            false,
        ),
        (
            "bad utf-8",
            b"{\"id\":\"h11\",\"text\":\"a\xffb\"}".to_vec(),
            false,
        ),
        (
            "nul byte",
            b"{\"id\":\"h12\",\"text\":\"a\0b\"}".to_vec(),
            true,
        ),
        (
            "escaped nul",
            br#"{"id":"h13","text":"a\u0000b. C."}"#.to_vec(),
            true,
        ),
        (
            "cr alone",
            b"{\"id\":\"h14\",\"text\":\"a\\rb\"}\r".to_vec(),
            true,
        ),
        (
            "object id",
            br#"{"id":{"a":[1]},"text":"x"}"#.to_vec(),
            true,
        ),
        (
            "duplicate",
            br#"{"id":"h16","text":"a","text":"b"}"#.to_vec(),
            false,
        ),
        (
            "deep",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            false,
        ),
        (
            "huge id",
            format!("{{\"id\":\"{}\",\"text\":\"x\"}}", "i".repeat(1 << 20)).into_bytes(),
            true,
        ),
        (
            "bom",
            "\u{feff}{\"id\":\"h19\",\"text\":\"x\"}"
                .as_bytes()
                .to_vec(),
            false,
        ),
    ];
    let mut stream = news_line("n0").into_bytes();
    for (k, (_, line, _)) in hostile.iter().enumerate() {
        stream.extend_from_slice(line);
        stream.push(b'\n');
        stream.extend_from_slice(news_line(&format!("n{}", k + 1)).as_bytes());
    }
    let alone = cronista::analyze_with_id("n", &format!("Titolo\n{NEWS}"));
    for jobs in [1, 2] {
        let out = run_jsonl(&stream, jobs);
        assert_eq!(out.len(), 2 * hostile.len() + 1);
        for (k, rec) in out.iter().enumerate() {
            if k % 2 == 0 {
                let mut s = rec.clone().expect("ordinary article analyzed");
                assert_eq!(s.id, format!("n{}", k / 2));
                s.id = "n".into();
                assert_eq!(s, alone, "neighbour {k} changed");
                continue;
            }
            let (name, _, ok) = &hostile[k / 2];
            let line = k + 1;
            match rec {
                Ok(s) => {
                    assert!(ok, "{name}: expected an error record, got a summary");
                    assert!(!s.id.is_empty());
                }
                Err((id, msg)) => {
                    assert!(!ok, "{name}: failed: {msg}");
                    assert!(!id.is_empty(), "{name}");
                    assert!(msg.starts_with(&format!("s:{line}: ")), "{name}: {msg}");
                    assert!(msg.len() < 300 && !msg.contains('\n'), "{name}: {msg}");
                }
            }
        }
    }
}

#[test]
fn lone_surrogate_keeps_its_id_and_lossy_repairs_it() {
    let line = br#"{"id":"x","text":"Uno \ud800 due."}"#;
    let doc = input::jsonl(&line[..], "s".into()).next().unwrap();
    let (id, msg) = doc.into_text(false).unwrap_err();
    assert_eq!(id, "x");
    assert!(
        msg.contains("surrogate") && msg.contains("--lossy"),
        "{msg}"
    );
    let doc = input::jsonl(&line[..], "s".into()).next().unwrap();
    let (_, text) = doc.into_text(true).unwrap();
    assert_eq!(text, "Uno \u{fffd} due.");
}

#[test]
fn a_hundred_megabyte_json_line() {
    let n = big(100 << 20) / (NEWS.len() + 1);
    let mut text = String::with_capacity(n * (NEWS.len() + 1));
    for _ in 0..n {
        text.push_str(NEWS);
        text.push(if text.len() % 7 == 0 { '\n' } else { ' ' });
    }
    let mut stream = news_line("before").into_bytes();
    serde_json::to_writer(&mut stream, &serde_json::json!({"id": "big", "text": text})).unwrap();
    stream.push(b'\n');
    stream.extend_from_slice(news_line("after").as_bytes());
    drop(text);
    let out = run_jsonl(&stream, 2);
    let ids: Vec<&str> = out
        .iter()
        .map(|r| r.as_ref().unwrap().id.as_str())
        .collect();
    assert_eq!(ids, ["before", "big", "after"]);
    let big = out[1].as_ref().unwrap();
    assert!(big.stats.chars >= n * NEWS.chars().count());
    assert_eq!(
        out[0].as_ref().unwrap().paragraphs,
        out[2].as_ref().unwrap().paragraphs
    );
}
