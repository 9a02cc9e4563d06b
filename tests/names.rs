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

/// Without a list `Bettini` is guessed a person and no deal is read; with the list
/// (flag or environment) both are companies and the purchase is a deal between them.
#[test]
fn a_listed_company_makes_the_deal() {
    let plain = summary(&mut cronista());
    assert_eq!(names(&plain, "people"), ["Bettini"]);
    assert_eq!(plain["deals"].as_array().unwrap().len(), 0);
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
