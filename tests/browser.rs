//! The seed page in a real browser: headless Chromium parses `cronista html
//! fixtures/seed.txt`, and the DOM it builds (`--dump-dom`) must hold the same
//! highlights, nested the same way, with their texts and hover titles; a
//! screenshot (`--screenshot`) must come out at the window's pixel size.
//!
//! CI (`CI=true`, set by `.ci/run`, which installs Debian's `chromium`) fails when
//! no Chromium is found. Elsewhere the test is skipped with a loud message.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The window of the screenshot, in pixels.
const WIDTH: u32 = 1280;
const HEIGHT: u32 = 1400;

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let exe = dir.join(name);
            if exe.is_file() {
                return Some(exe);
            }
        }
    }
    None
}

/// Runs headless Chromium on `page` with `extra` arguments, in a fresh profile,
/// with everything that could reach the network turned off; kills it after 120 s.
fn run_chromium(exe: &Path, page: &Path, extra: &[String], dir: &Path) -> Vec<u8> {
    let profile = dir.join(format!("profile-{}", extra.len()));
    std::fs::create_dir_all(&profile).unwrap();
    let mut child = Command::new(exe)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut { stdout }, &mut buf).unwrap();
        buf
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {extra:?}: {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium {extra:?} took over 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

/// The highlights of a page, in document order: (kind, hover title, text with
/// labels). Entities are decoded, so that the browser's serialisation and ours
/// compare equal.
fn highlights(html: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = html[at..].find("<mark ") {
        let start = at + i;
        let open_end = start + html[start..].find('>').unwrap();
        let attrs = &html[start..open_end];
        let attr = |name: &str| {
            let key = format!("{name}=\"");
            attrs.find(&key).map(|k| {
                let v = &attrs[k + key.len()..];
                decode(&v[..v.find('"').unwrap()])
            })
        };
        // the element's content: up to its matching </mark>
        let mut depth = 1;
        let mut pos = open_end + 1;
        while depth > 0 {
            let next_open = html[pos..].find("<mark ").map(|k| pos + k);
            let next_close = pos + html[pos..].find("</mark>").unwrap();
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    pos = o + 6;
                }
                _ => {
                    depth -= 1;
                    pos = next_close + 7;
                }
            }
        }
        let inner = &html[open_end + 1..pos - 7];
        out.push((
            attr("data-kind").unwrap_or_default(),
            attr("title").unwrap_or_default(),
            decode(&strip_tags(inner)),
        ));
        at = open_end;
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn seed_page_renders_in_headless_chromium() {
    let Some(exe) = chromium() else {
        let message = "NO CHROMIUM: the browser test needs `chromium` \
                       (apt-get install -y chromium; .ci/run installs it)";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{message}");
        }
        eprintln!(
            "\n!!!!!!!!!! SKIPPED seed_page_renders_in_headless_chromium: {message} !!!!!!!!!!\n"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("cronista-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cronista"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["html", "fixtures/seed.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let ours = String::from_utf8(out.stdout).unwrap();
    let page = dir.join("seed.html");
    std::fs::write(&page, &ours).unwrap();

    let dom = String::from_utf8(run_chromium(&exe, &page, &["--dump-dom".into()], &dir)).unwrap();
    assert!(dom.contains("<body>") && dom.contains("</html>"), "{dom}");
    assert!(!dom.contains("<script"));
    // The browser built the very highlights we wrote, in the same order and nesting.
    let in_dom = highlights(&dom);
    assert_eq!(in_dom, highlights(&ours));
    let has = |kind: &str, title: &str, text: &str| {
        in_dom
            .iter()
            .any(|(k, t, x)| k == kind && t == title && x == text)
    };
    for (kind, title, text) in [
        ("company", "Company: Microsoft", "MicrosoftCOMPANY"),
        ("company", "Company: Anthropic", "AnthropicCOMPANY"),
        ("person", "Person: Satya Nadella", "Satya NadellaPERSON"),
        (
            "amount",
            "15000000000 USD, at most",
            "15 miliardi di dollariAMOUNT",
        ),
        ("amount", "30000000000 USD", "30 miliardi di dollariAMOUNT"),
        (
            "source",
            "Source (agency): Bloomberg",
            "Lo riporta l’agenzia BloombergCOMPANYSOURCE · Bloomberg",
        ),
    ] {
        assert!(
            has(kind, title, text),
            "no {kind} {text:?} titled {title:?}"
        );
    }
    assert!(in_dom.iter().any(|(k, t, x)| k == "quote"
        && t == "Quote by Satya Nadella (cue: dice)"
        && x.starts_with("Diventeremo sempre più clienti")));
    assert!(in_dom
        .iter()
        .any(|(k, _, x)| k == "quote" && x.ends_with("QUOTE · Satya Nadella")));
    let deals = in_dom.iter().filter(|(k, _, _)| k == "deal").count();
    assert!(deals >= 2, "{deals} deal highlights");
    assert!(dom.contains("<svg class=\"flow\""));

    let shot = dir.join("seed.png");
    run_chromium(
        &exe,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            format!("--window-size={WIDTH},{HEIGHT}"),
            "--hide-scrollbars".into(),
        ],
        &dir,
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert_eq!(png_size(&png), (WIDTH, HEIGHT));
    // a page with text and colours compresses far worse than a blank one
    assert!(
        png.len() > 50_000,
        "screenshot of {} bytes: blank?",
        png.len()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
