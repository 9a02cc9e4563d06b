//! The command line as a user drives it: files, folders, stdin, JSON Lines, errors
//! and exit statuses.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

fn cronista() -> Command {
    let mut c = Command::cargo_bin("cronista").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn one_file_gives_one_compact_summary() {
    let out = cronista()
        .arg("fixtures/seed.txt")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = lines(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["schema"], "cronista/1");
    assert_eq!(v[0]["id"], "fixtures/seed.txt");
    assert_eq!(v[0]["stats"]["sentences"], 14);
}

#[test]
fn stdin_gives_id_dash_and_pretty_indents() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed.txt"))
            .unwrap();
    let out = cronista()
        .arg("--pretty")
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(s.lines().count() > 10);
    let v: Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["id"], "-");
}

#[test]
fn several_paths_give_json_lines_in_order() {
    let dir = tempdir();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "Due.").unwrap();
    std::fs::write(dir.join("sub/a.txt"), "Tre.").unwrap();
    std::fs::write(dir.join("a.txt"), "Uno.").unwrap();
    std::fs::write(dir.join("skip.doc"), "no").unwrap();
    let out = cronista()
        .arg("fixtures/seed.txt")
        .arg(&dir)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 4);
    assert_eq!(ids[0], "fixtures/seed.txt");
    assert!(ids[1].ends_with("a.txt") && !ids[1].contains("sub"));
    assert!(ids[2].ends_with("b.txt"));
    assert!(ids[3].ends_with("sub/a.txt"));
}

#[test]
fn jsonl_keeps_ids() {
    let input = "{\"id\":\"x1\",\"text\":\"Titolo\\nUna frase. Due.\"}\n{\"id\":\"x2\",\"text\":\"Tre.\"}\n";
    let out = cronista()
        .arg("--jsonl")
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = lines(&out);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["id"], "x1");
    assert_eq!(v[0]["title"], "Titolo");
    assert_eq!(v[1]["id"], "x2");
}

#[test]
fn bad_utf8_names_file_and_byte_and_the_rest_goes_on() {
    let dir = tempdir();
    std::fs::write(dir.join("bad.txt"), b"Ciao \xff mondo.").unwrap();
    std::fs::write(dir.join("good.txt"), "Tutto bene.").unwrap();
    let assert = cronista()
        .arg(dir.join("bad.txt"))
        .arg(dir.join("good.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.txt").and(predicate::str::contains("byte 5")));
    let v = lines(&assert.get_output().stdout);
    assert_eq!(v.len(), 2);
    assert!(v[0]["error"].as_str().unwrap().contains("invalid UTF-8"));
    assert_eq!(v[1]["stats"]["sentences"], 1);
}

#[test]
fn lossy_replaces_bad_bytes() {
    let out = cronista()
        .arg("--lossy")
        .write_stdin(&b"Ciao \xff mondo."[..])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(lines(&out)[0]["paragraphs"][0]["sentences"][0]["text"]
        .as_str()
        .unwrap()
        .contains('\u{fffd}'));
}

#[test]
fn byte_order_mark_is_dropped() {
    let out = cronista()
        .write_stdin("\u{feff}Titolo\nUna frase.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = &lines(&out)[0];
    assert_eq!(v["title"], "Titolo");
    assert_eq!(v["stats"]["chars"], 17);
    assert_eq!(v["paragraphs"][0]["span"], serde_json::json!([7, 17]));
}

#[test]
fn missing_file_is_exit_1_with_message() {
    cronista().arg("no/such/file.txt").assert().code(1).stderr(
        predicate::str::contains("no/such/file.txt").and(predicate::str::contains("no such file")),
    );
}

#[test]
fn usage_error_is_exit_2() {
    cronista().arg("--no-such-flag").assert().code(2);
}

#[test]
fn help_has_an_example_and_version_works() {
    cronista()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--jsonl").and(predicate::str::contains("Examples")));
    cronista()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("cronista"));
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "cronista-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The binary's allocator starts with eager arena commit off (`src/main.rs`): set
/// before the first allocation, so mimalloc's start-up report already shows it.
#[cfg(target_os = "linux")]
#[test]
fn allocator_commits_lazily() {
    let out = cronista()
        .env("MIMALLOC_VERBOSE", "1")
        .arg("--jsonl")
        .write_stdin("{\"id\":\"a\",\"text\":\"Ciao.\"}\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("option 'arena_eager_commit': 0"),
        "mimalloc report: {err}"
    );
}

#[test]
fn jsonl_ids_keep_their_json_type() {
    let input = "{\"id\":42,\"text\":\"Uno.\"}\n{\"id\":\"42\",\"text\":\"Due.\"}\n\
                 {\"id\":7.5,\"text\":\"\\udc00\"}\n{\"id\":[1,\"a\"],\"text\":\"Tre.\"}\n";
    for pretty in [false, true] {
        let mut cmd = cronista();
        cmd.arg("--jsonl").arg("-q").write_stdin(input);
        if pretty {
            cmd.arg("--pretty");
        }
        let out = cmd.assert().code(1).get_output().stdout.clone();
        let records: Vec<Value> = serde_json::Deserializer::from_slice(&out)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(records.len(), 4);
        assert_eq!(records[0]["id"], serde_json::json!(42));
        assert_eq!(records[1]["id"], serde_json::json!("42"));
        assert_eq!(records[2]["id"], serde_json::json!(7.5));
        assert!(records[2]["error"].as_str().unwrap().contains("surrogate"));
        assert_eq!(records[3]["id"], serde_json::json!([1, "a"]));
    }
}

#[test]
fn jsonl_is_one_line_in_one_line_out_blank_lines_included() {
    let input = "{\"id\":\"a\",\"text\":\"Uno.\"}\n\n   \n{\"id\":\"b\",\"text\":\"Due.\"}\n";
    let assert = cronista()
        .arg("--jsonl")
        .write_stdin(input)
        .assert()
        .code(1);
    let v = lines(&assert.get_output().stdout);
    assert_eq!(v.len(), 4);
    assert_eq!(
        v[1],
        serde_json::json!({"id": "-:2", "error": "-:2: blank line"})
    );
    assert_eq!(v[2]["id"], "-:3");
    assert_eq!(v[3]["id"], "b");
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    // the first blank line is news; the others only get their records
    assert_eq!(err, "cronista: -:2: blank line\n");
}

#[test]
fn completions_and_man_page_come_from_the_clap_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let out = cronista()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let script = String::from_utf8(out).unwrap();
        for word in ["cronista", "--format", "--table", "graph", "html"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    cronista().args(["completions", "tcsh"]).assert().code(2);
    let man = cronista()
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let man = String::from_utf8(man).unwrap();
    assert!(man.contains(".TH cronista 1"), "{man}");
    for word in ["jsonl", "format", "table", "completions"] {
        assert!(man.contains(word), "man page has no {word}");
    }
}

#[test]
fn html_of_one_article_and_of_many() {
    let one = cronista()
        .args(["html", "fixtures/seed.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let one = String::from_utf8(one).unwrap();
    assert!(one.starts_with("<!DOCTYPE html>") && one.ends_with("</html>\n"));
    assert!(one.contains("data-kind=\"person\" title=\"Person: Satya Nadella\""));
    assert!(!one.contains("<nav class=\"index\""));
    // the same page from --format html, and from stdin
    let same = cronista()
        .args(["--format", "html", "fixtures/seed.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(same).unwrap(), one);
    let piped = cronista()
        .args(["html", "-"])
        .write_stdin(std::fs::read("fixtures/seed.txt").unwrap())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(piped)
        .unwrap()
        .contains("Person: Satya Nadella"));

    let many = cronista()
        .args(["html", "--ext", "txt", "fixtures/graph", "no/such.txt"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let many = String::from_utf8(many).unwrap();
    assert!(many.contains("<nav class=\"index\""));
    assert_eq!(many.matches("<article id=").count(), 4);
    assert!(many.contains("Not analyzed: no/such.txt: no such file"));
    cronista().args(["html", "--no-such-flag"]).assert().code(2);
}

#[test]
fn tables_need_a_table_and_stream_a_header_first() {
    cronista()
        .args(["--format", "csv", "fixtures/seed.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--table"));
    let out = cronista()
        .args(["--format", "tsv", "--table", "quotes", "-"])
        .write_stdin("Niente qui.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, b"id\tkind\ttext\tstart\tend\tspeaker\tcue\tsentence\n");
}

/// Under a pipe (not a terminal) no progress is drawn, for the summary, the page,
/// the tables and the graph: stderr stays empty.
#[test]
fn no_progress_when_stderr_is_not_a_terminal() {
    for args in [
        // `--ext txt`: the folders also hold a README.md, and fixtures/inputs/ a
        // Latin-1 article that fails as UTF-8
        vec!["--ext", "txt", "fixtures/graph"],
        vec!["html", "--ext", "txt", "fixtures/graph"],
        vec![
            "--format",
            "csv",
            "--table",
            "amounts",
            "--ext",
            "txt",
            "fixtures/graph",
        ],
        vec!["graph", "--ext", "txt", "fixtures/graph"],
    ] {
        let out = cronista().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {:?}", out.stderr);
    }
}
