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
