//! The progress bar under a real terminal: `script` (util-linux) runs cronista on a
//! pseudo-terminal, so stderr is a terminal and the bar is drawn. On a folder the
//! total is known: the bar shows done/total, a percentage and an ETA; `graph`
//! shows the same; `--quiet` draws nothing. (Off a terminal nothing is drawn
//! either: `tests/cli.rs`.) Without `script` the test fails under `CI=true` and is
//! skipped with a loud message elsewhere.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `cronista ARGS > /dev/null` on a pseudo-terminal; returns what the
/// terminal showed, carriage returns as line breaks.
fn on_a_terminal(args: &str) -> String {
    let exe = env!("CARGO_BIN_EXE_cronista");
    let out = Command::new("script")
        .args(["-qfec", &format!("{exe} {args} > /dev/null"), "/dev/null"])
        .output()
        .expect("script runs");
    assert!(out.status.success(), "{args}: {:?}", out.status);
    String::from_utf8_lossy(&out.stdout).replace('\r', "\n")
}

fn has_script() -> bool {
    Command::new("script").arg("--version").output().is_ok()
}

fn folder_of_articles(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cronista-progress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let seed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed.txt"))
            .unwrap();
    // Whole articles, so that the run lasts long enough (about a second) for
    // the bar to be drawn several times after the total is known.
    let body = seed;
    for i in 0..n {
        let sub = dir.join(format!("d{}", i / 500));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            sub.join(format!("a{i:05}.txt")),
            format!("Articolo {i}\n{body}\n"),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_terminal_shows_done_total_percent_and_eta() {
    if !has_script() {
        let message = "NO `script` (util-linux): the progress test needs a pseudo-terminal";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{message}");
        }
        eprintln!("\n!!!!!!!!!! SKIPPED progress test: {message} !!!!!!!!!!\n");
        return;
    }
    const N: usize = 2000;
    let dir = folder_of_articles(N);
    let folder = dir.display().to_string();
    for args in [format!("-j 1 {folder}"), format!("graph -j 1 {folder}")] {
        let screen = on_a_terminal(&args);
        let with_total = screen.lines().find(|l| {
            l.contains(&format!("/{N} articles")) && l.contains("% [") && l.contains("ETA ")
        });
        assert!(
            with_total.is_some(),
            "{args}: no done/total, percent, ETA in {screen:?}"
        );
        assert!(
            screen.contains(&format!("{N} articles in ")),
            "{args}: no final line in {screen:?}"
        );
    }
    let quiet = on_a_terminal(&format!("-q {folder}"));
    assert!(quiet.trim().is_empty(), "--quiet drew {quiet:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
