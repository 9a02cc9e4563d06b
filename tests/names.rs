//! `--names` and `CRONISTA_NAMES`: a user's list of names wins over the built-in
//! guess, and a malformed list stops the run naming its file and line.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn cronista() -> Command {
    let mut c = Command::cargo_bin("cronista").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c.env_remove("CRONISTA_NAMES");
    c
}

const BETTINI: &str = "Acme Italia ha comprato Bettini per 3 milioni di euro.\n";

fn summary(c: &mut Command) -> Value {
    let out = c
        .write_stdin(BETTINI)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn names(v: &Value, list: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

/// With the list (flag or environment) both names are companies and the purchase is
/// a deal between them. (The built-in reader now gets this sentence right too: the
/// object of `ha comprato` is a company; the next test shows the list winning.)
#[test]
fn a_listed_company_makes_the_deal() {
    let by_flag = summary(cronista().args(["--names", "fixtures/names/portfolio.tsv"]));
    let by_env = summary(cronista().env("CRONISTA_NAMES", "fixtures/names/portfolio.tsv"));
    assert_eq!(by_flag, by_env);
    assert_eq!(names(&by_flag, "companies"), ["Acme Italia", "Bettini"]);
    assert!(names(&by_flag, "people").is_empty());
    let deals = by_flag["deals"].as_array().unwrap();
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0]["payers"], serde_json::json!(["Acme Italia"]));
    assert_eq!(deals[0]["payees"], serde_json::json!(["Bettini"]));
    assert_eq!(deals[0]["amount"]["value"], 3_000_000);
}

/// Where nothing in the sentence says what `Bettini` is, the built-in guess is a
/// person; the user's list makes it the company it is.
#[test]
fn a_listed_name_wins_over_the_built_in_guess() {
    let text = "Ieri Bettini ha presentato il piano.\n";
    let read = |c: &mut Command| -> Value {
        serde_json::from_slice(&c.write_stdin(text).assert().success().get_output().stdout).unwrap()
    };
    let plain = read(&mut cronista());
    assert_eq!(names(&plain, "people"), ["Bettini"]);
    assert!(names(&plain, "companies").is_empty());
    let listed = read(cronista().args(["--names", "fixtures/names/portfolio.tsv"]));
    assert_eq!(names(&listed, "companies"), ["Bettini"]);
    assert!(names(&listed, "people").is_empty());
}

#[test]
fn a_malformed_list_fails_with_file_and_line() {
    cronista()
        .args(["--names", "fixtures/names/portfolio.tsv"])
        .args(["--names", "fixtures/names/malformed.tsv"])
        .write_stdin(BETTINI)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "name list fixtures/names/malformed.tsv line 2: unknown kind \"ditta\"",
        ));
    cronista()
        .args(["--names", "fixtures/names/missing.tsv"])
        .write_stdin(BETTINI)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name list fixtures/names/missing.tsv: no such file",
        ));
}
