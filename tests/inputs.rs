//! Articles as they come: Markdown and HTML files give the summary of their plain
//! text twin, a Latin-1 file read with `--encoding latin1` and UTF-16 files with a
//! byte-order mark give the summary of their UTF-8 twin, folders take the files of
//! `--ext`, and `--print-text` shows the text the spans count.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn cronista() -> Command {
    let mut c = Command::cargo_bin("cronista").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c.env_remove("CRONISTA_NAMES");
    c
}

fn run(args: &[&str]) -> Vec<Value> {
    let out = cronista()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The one summary of `args`, without its id (which names the file).
fn summary(args: &[&str]) -> Value {
    let mut all = run(args);
    assert_eq!(all.len(), 1, "{args:?}");
    let mut v = all.remove(0);
    v["id"] = Value::Null;
    v
}

const TWIN: &str = "fixtures/inputs/morandi.txt";

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cronista-inputs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn markdown_and_html_give_the_summary_of_their_text_twin() {
    let twin = summary(&[TWIN]);
    assert_eq!(twin["stats"]["paragraphs"], 4);
    assert!(!twin["quotes"].as_array().unwrap().is_empty());
    for file in ["fixtures/inputs/morandi.md", "fixtures/inputs/morandi.html"] {
        assert_eq!(summary(&[file]), twin, "{file}");
    }
}

#[test]
fn print_text_shows_what_the_spans_count() {
    let twin = std::fs::read_to_string(TWIN).unwrap();
    let texts = run(&["--print-text", "fixtures/inputs/morandi.html", TWIN]);
    assert_eq!(texts.len(), 2);
    assert_eq!(texts[0]["id"], "fixtures/inputs/morandi.html");
    assert_eq!(texts[0]["text"], twin.as_str());
    assert_eq!(texts[1]["text"], twin.as_str());
    // Every span of the summary is a slice, in code points, of that text.
    let s = summary(&["fixtures/inputs/morandi.html"]);
    let chars: Vec<char> = twin.chars().collect();
    for q in s["quotes"].as_array().unwrap() {
        let (a, b) = (
            q["span"][0].as_u64().unwrap(),
            q["span"][1].as_u64().unwrap(),
        );
        let slice: String = chars[a as usize..b as usize].iter().collect();
        assert_eq!(slice, q["text"].as_str().unwrap());
    }
}

#[test]
fn legacy_encodings_are_named_and_utf16_is_recognised() {
    let twin = summary(&[TWIN]);
    let latin1 = "fixtures/inputs/morandi.latin1";
    for label in ["latin1", "windows-1252", "ISO-8859-1"] {
        assert_eq!(summary(&["--encoding", label, latin1]), twin, "{label}");
    }
    // Without the encoding, the error suggests it (and iconv) before --lossy.
    let out = cronista().arg(latin1).assert().code(1).get_output().clone();
    let err = String::from_utf8(out.stderr).unwrap();
    let (enc, iconv, lossy) = (
        err.find("--encoding").unwrap(),
        err.find("iconv").unwrap(),
        err.find("--lossy").unwrap(),
    );
    assert!(enc < lossy && iconv < lossy, "{err}");
    cronista()
        .args(["--encoding", "klingon", TWIN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown encoding \"klingon\""));

    let dir = tempdir("utf16");
    let text = std::fs::read_to_string(TWIN).unwrap();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(summary(&[path.to_str().unwrap()]), twin, "{name}");
        // A byte-order mark outranks --encoding.
        assert_eq!(
            summary(&["--encoding", "latin1", path.to_str().unwrap()]),
            twin
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn folders_take_the_files_of_ext() {
    let dir = tempdir("ext");
    for name in ["a.txt", "b.md", "c.HTML", "d.htm"] {
        let from = Path::new("fixtures/inputs").join(match name {
            "a.txt" => "morandi.txt",
            "b.md" => "morandi.md",
            _ => "morandi.html",
        });
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(from),
            dir.join(name),
        )
        .unwrap();
    }
    std::fs::write(dir.join("e.doc"), "Non letto.").unwrap();
    let d = dir.to_str().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        run(args)
            .iter()
            .map(|v| {
                Path::new(v["id"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    };
    assert_eq!(ids(&[d]), ["a.txt", "b.md", "c.HTML", "d.htm"]);
    assert_eq!(ids(&["--ext", "md,.doc", d]), ["b.md", "e.doc"]);
    let all = run(&[d]);
    assert!(all.windows(2).all(|w| w[0]["quotes"] == w[1]["quotes"]));
    cronista()
        .args(["--ext", "pdf", d])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("folder has no .pdf files"));
    let _ = std::fs::remove_dir_all(&dir);
}
