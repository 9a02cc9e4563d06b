//! Batch at scale through the binary: the scale-out contract (chunks processed by
//! separate processes and concatenated equal one process), error records in place of
//! failed articles with the right exit status and one-line messages, streaming
//! latency, and many files with few file handles.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_cronista");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn text(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap()
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("cronista-batch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A JSON Lines stream: the first 60 real articles of the bench corpus
/// (`corpora/bench/`, part of the repository), with some broken lines among them.
fn stream() -> Vec<String> {
    let corpus =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/bench/kind_wn_train_texts.jsonl");
    let text = std::fs::read_to_string(&corpus)
        .unwrap_or_else(|e| panic!("{}: {e} (part of the repository)", corpus.display()));
    let mut lines: Vec<String> = text.lines().take(60).map(str::to_string).collect();
    assert_eq!(lines.len(), 60);
    lines.insert(7, "{\"id\":\"broken\",\"text\":\"no end".into());
    lines.insert(40, "{\"id\":\"notext\"}".into());
    lines.insert(55, "[1,2,3]".into());
    lines
}

fn ids(out: &[u8]) -> Vec<String> {
    text(out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect()
}

/// What GNU parallel `--pipe`, Hadoop Streaming and Spark's `RDD.pipe` rely on: the
/// input cut into chunks at line boundaries, each chunk run by its own process, and
/// the outputs concatenated in chunk order, equal the output of one process, with
/// one output line per input line (error records included).
#[test]
fn chunks_in_separate_processes_concatenate_to_one_run() {
    let lines = stream();
    let whole = lines.join("\n") + "\n";
    let one = run(&["--jsonl"], whole.as_bytes());
    assert_eq!(one.status.code(), Some(1), "three broken lines");
    assert_eq!(text(&one.stdout).lines().count(), lines.len());
    let got = ids(&one.stdout);
    assert_eq!(got[7], "-:8");
    assert_eq!(got[40], "notext");
    assert_eq!(got[55], "-:56");

    for cuts in [vec![1, 20, 21, 50], vec![16, 32, 48]] {
        let mut concatenated = Vec::new();
        let mut bounds = vec![0];
        bounds.extend(cuts);
        bounds.push(lines.len());
        for (k, w) in bounds.windows(2).enumerate() {
            let mut chunk = lines[w[0]..w[1]].join("\n");
            if k % 2 == 0 {
                chunk.push('\n'); // Hadoop may hand over a last line without newline
            }
            let jobs = if k % 2 == 0 { "1" } else { "2" };
            let out = run(&["--jsonl", "-j", jobs, "--quiet"], chunk.as_bytes());
            assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
            assert!(out.stderr.is_empty());
            concatenated.extend_from_slice(&out.stdout);
        }
        // Positions (`-:LINE`) in ids and messages count lines of the chunk: drop them.
        let strip = |o: &[u8]| -> Vec<String> {
            text(o)
                .lines()
                .map(|l| {
                    let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                    if v["id"].as_str().unwrap().starts_with("-:") {
                        v["id"] = "-".into();
                    }
                    if let Some(e) = v["error"].as_str() {
                        v["error"] = e.split_once(": ").unwrap().1.into();
                    }
                    v.to_string()
                })
                .collect()
        };
        let (a, b) = (strip(&concatenated), strip(&one.stdout));
        assert_eq!(a.len(), b.len());
        for (k, (x, y)) in a.iter().zip(&b).enumerate() {
            assert!(x == y, "line {k} differs:\n{:.300}\n{:.300}", x, y);
        }
        assert_eq!(text(&concatenated).lines().count(), lines.len());
    }

    // A chunk given as a file (Spark writes partitions to files too) is the same.
    let dir = tempdir("chunks");
    let file = dir.join("part-00000.jsonl");
    std::fs::write(&file, &whole).unwrap();
    let from_file = run(&["--jsonl", file.to_str().unwrap()], b"");
    let name = file.display().to_string();
    assert_eq!(
        text(&from_file.stdout).replace(&format!("\"{name}:"), "\"-:"),
        text(&one.stdout)
    );
}

#[test]
fn output_is_the_same_whatever_the_jobs() {
    let whole = stream().join("\n");
    let one = run(&["--jsonl", "--jobs", "1"], whole.as_bytes());
    for jobs in ["2", "3", "0"] {
        assert_eq!(
            run(&["--jsonl", "--jobs", jobs], whole.as_bytes()).stdout,
            one.stdout
        );
    }
}

#[test]
fn every_failure_has_its_record_and_a_one_line_message() {
    let input = "{\"id\":\"a\",\"text\":\"Uno.\"}\n{\"id\":\"b\",\"text\":\"Due.\"\n\n{\"id\":\"c\",\"text\":\"Tre.\"}\n{\"id\":\"d\",\"text\":\"\\udc00\"}\n";
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let recs: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // one record per line, the blank line included
    assert_eq!(recs.len(), 5);
    assert_eq!(recs[0]["id"], "a");
    assert_eq!(recs[1]["id"], "-:2");
    assert!(recs[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("-:2: malformed JSON"));
    assert_eq!(recs[2]["id"], "-:3");
    assert_eq!(recs[2]["error"], "-:3: blank line");
    assert_eq!(recs[3]["id"], "c");
    assert!(recs[3]["error"].is_null());
    assert_eq!(recs[4]["id"], "d");
    assert!(recs[4]["error"].as_str().unwrap().contains("surrogate"));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(err.lines().all(|l| l.starts_with("cronista: -:")), "{err}");
    assert!(err.contains("cronista: -:3: blank line\n"), "{err}");

    let quiet = run(&["--jsonl", "-q"], input.as_bytes());
    assert_eq!(quiet.status.code(), Some(1));
    assert!(quiet.stderr.is_empty());
    assert_eq!(quiet.stdout, out.stdout);

    let good = run(&["--jsonl"], b"{\"id\":\"a\",\"text\":\"Uno.\"}\n");
    assert_eq!(good.status.code(), Some(0));
    assert!(good.stderr.is_empty());
}

#[test]
fn files_that_fail_keep_their_place() {
    let dir = tempdir("files");
    std::fs::write(dir.join("1.txt"), "Uno.").unwrap();
    std::fs::write(dir.join("2.txt"), b"Due \xc3.").unwrap();
    std::fs::write(dir.join("3.txt"), "Tre.").unwrap();
    let missing = dir.join("0.txt");
    let out = run(
        &[missing.to_str().unwrap(), dir.to_str().unwrap(), "-"],
        "Quattro.".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let got = ids(&out.stdout);
    assert_eq!(got.len(), 5);
    assert!(got[0].ends_with("0.txt") && got[2].ends_with("2.txt") && got[4] == "-");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("0.txt: no such file or folder"), "{err}");
    assert!(err.contains("2.txt: invalid UTF-8 at byte 4"), "{err}");
}

#[test]
fn user_mistakes_get_one_line_and_the_right_status() {
    let empty = tempdir("empty");
    std::fs::write(empty.join("notes.doc"), "no").unwrap();
    let plain =
        "Titolo\nQuesto è un articolo.\n\nNon è JSON: 3,5 [milioni].\n\"Citazione\"\n".repeat(20);
    let cases: Vec<(Vec<&str>, &[u8], i32, &str)> = vec![
        (
            vec!["no/such.txt"],
            b"",
            1,
            "no/such.txt: no such file or folder",
        ),
        (
            vec![empty.to_str().unwrap()],
            b"",
            1,
            "folder has no .txt, .md, .html, .htm files (choose with --ext)",
        ),
        (
            vec!["--jsonl"],
            plain.as_bytes(),
            1,
            "-:1: not a JSON object (is this plain text? drop --jsonl)",
        ),
        (vec!["--jobs", "x"], b"", 2, "invalid value 'x'"),
    ];
    for (args, stdin, code, says) in cases {
        let out = run(&args, stdin);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace"),
            "{err}"
        );
        if code == 1 {
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        }
    }
    let lines = run(&["--jsonl", "-q"], plain.as_bytes());
    assert_eq!(
        text(&lines.stdout).lines().count(),
        100,
        "a record per line still, blank lines included"
    );
}

#[test]
fn a_full_disk_is_one_line_and_status_2() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(BIN)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed.txt"))
        .stdout(full)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(
        err,
        "cronista: cannot write the output: no space left on device\n"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let line = "{\"id\":\"x\",\"text\":\"Titolo\\nUna frase. Due frasi.\"}\n";
    let mut child = Command::new(BIN)
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..200_000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("\"x\""));
    // stdout is dropped here: the next flush meets a closed pipe.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

/// In `--jsonl` mode a summary is written as soon as its line is analyzed, even when
/// the writer is slow and keeps the pipe open: within 50 ms of the line.
#[test]
fn first_output_within_50_ms_of_first_input() {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let mut child = Command::new(BIN)
            .arg("--jsonl")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        std::thread::sleep(Duration::from_millis(1000)); // a slow writer: it starts up
        let start = Instant::now();
        stdin
            .write_all(b"{\"id\":\"1\",\"text\":\"Titolo\\nLa Fiat ha detto. Poi basta.\"}\n")
            .unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        best = best.min(start.elapsed());
        assert!(line.starts_with("{\"schema\""), "{line}");
        // The writer is still there, slow: the second line comes later.
        stdin
            .write_all(b"{\"id\":\"2\",\"text\":\"Due.\"}\n")
            .unwrap();
        drop(stdin);
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).unwrap();
        assert_eq!(rest.lines().count(), 1);
        assert!(child.wait().unwrap().success());
        if best < Duration::from_millis(50) {
            break;
        }
    }
    assert!(
        best < Duration::from_millis(50),
        "first line after {best:?}"
    );
}

/// A folder of many files is read one file at a time: the run needs no more file
/// handles than a handful, whatever the number of files.
#[test]
fn many_files_with_few_file_handles() {
    let dir = tempdir("many");
    let n = 3000;
    for i in 0..n {
        let sub = dir.join(format!("d{}", i % 3));
        if i < 3 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        std::fs::write(sub.join(format!("{i:05}.txt")), format!("Articolo {i}.")).unwrap();
    }
    let script = format!("ulimit -n 24 && exec '{BIN}' -j 2 '{}'", dir.display());
    let out = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let got = ids(&out.stdout);
    assert_eq!(got.len(), n);
    let mut want = got.clone();
    want.sort();
    assert_eq!(got, want, "path order");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let whole = stream().join("\n") + "\n";
    let out = run(&["--jsonl"], whole.repeat(4).as_bytes());
    assert!(!text(&out.stderr).contains('\r'));
    // Three broken lines in each copy; "not a JSON object" is said only once.
    assert_eq!(
        text(&out.stderr).lines().count(),
        4 * 3 - 3,
        "{}",
        text(&out.stderr)
    );
}
