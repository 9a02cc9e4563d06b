//! `--format csv|tsv --table ...`: every table of the fixtures, read back with
//! Python's `csv` module (`tests/tables_roundtrip.py`), equals the JSON summaries
//! row for row. Python 3 is needed (CI has it for the scorer).

use std::path::PathBuf;
use std::process::Command;

const TABLES: [&str; 6] = [
    "entities",
    "amounts",
    "quotes",
    "sources",
    "deals",
    "sentences",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cronista(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_cronista"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {:?}", out.status);
    out.stdout
}

#[test]
fn every_table_round_trips_through_pythons_csv_module() {
    let dir = std::env::temp_dir().join(format!("cronista-tables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = dir.join("fixtures.jsonl");
    std::fs::write(&json, cronista(&["fixtures/"])).unwrap();
    for format in ["csv", "tsv"] {
        for table in TABLES {
            let file = dir.join(format!("{table}.{format}"));
            std::fs::write(
                &file,
                cronista(&["--format", format, "--table", table, "fixtures/"]),
            )
            .unwrap();
            let check = Command::new("python3")
                .arg(root().join("tests/tables_roundtrip.py"))
                .args([table, format])
                .arg(&file)
                .arg(&json)
                .output()
                .expect("python3 runs (needed for this test)");
            let said = String::from_utf8_lossy(&check.stdout);
            assert!(
                check.status.success(),
                "{table}.{format}: {}{said}",
                String::from_utf8_lossy(&check.stderr)
            );
            let rows: usize = said.trim().parse().unwrap();
            assert!(rows > 0, "{table}.{format}: no rows");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A CSV field holding a comma and double quotes is quoted as RFC 4180 says; the
/// TSV field escapes its tab.
#[test]
fn awkward_text_is_quoted_and_escaped() {
    let text = "Titolo\nUna frase, con \"virgolette\"\te tab.";
    let run = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_cronista"))
            .args(["--format", format, "--table", "sentences"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(text.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        run("csv"),
        "id,kind,text,start,end,paragraph,sentence\r\n\
         -,sentence,\"Una frase, con \"\"virgolette\"\"\te tab.\",7,41,0,0\r\n"
    );
    assert_eq!(
        run("tsv"),
        "id\tkind\ttext\tstart\tend\tparagraph\tsentence\n\
         -\tsentence\tUna frase, con \"virgolette\"\\te tab.\t7\t41\t0\t0\n"
    );
}
