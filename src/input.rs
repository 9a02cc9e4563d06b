//! Inputs: files, folders, standard input and JSON Lines streams, turned into
//! [`Document`]s. Nothing here fails loudly: a document that cannot be read carries
//! its error, and the batch turns it into an error record in its place.
//!
//! Articles come as they are: a file is decoded as UTF-8, as UTF-16 or UTF-8 when it
//! starts with a byte-order mark, or in the legacy encoding of [`Reading::encoding`]
//! (`--encoding latin1`); a `.md` or `.html`/`.htm` file is turned into plain text
//! ([`markdown`], [`html`]) before the analysis, so its spans count code points of
//! that text ([`Document::into_text`] gives it; `cronista --print-text` writes it).

pub mod html;
pub mod markdown;

use encoding_rs::Encoding;
use serde::Deserialize;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The file extensions read in folders by default.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// How files are read, set once at start-up by [`configure`] (the command line's
/// `--encoding` and `--ext`); every batch of the process reads files this way.
#[derive(Debug, Clone)]
pub struct Reading {
    /// The encoding of files and standard input without a byte-order mark; `None`
    /// is UTF-8. JSON Lines are always UTF-8.
    pub encoding: Option<&'static Encoding>,
    /// The extensions of the files taken from folders, without the dot, lower case.
    pub extensions: Vec<String>,
}

impl Default for Reading {
    fn default() -> Self {
        Reading {
            encoding: None,
            extensions: DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect(),
        }
    }
}

static READING: OnceLock<Reading> = OnceLock::new();

/// Sets how the files of this process are read; fails, giving `reading` back, when
/// files have been read (or [`configure`] called) already.
pub fn configure(reading: Reading) -> Result<(), Reading> {
    READING.set(reading)
}

/// How files are read: what [`configure`] set, else the default.
pub fn reading() -> &'static Reading {
    READING.get_or_init(Reading::default)
}

/// The encoding a label names (`latin1`, `windows-1252`, `iso-8859-15`, `utf-16le`,
/// ...: the WHATWG labels), or a message saying it is unknown.
pub fn encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "unknown encoding {label:?} (try latin1, windows-1252, iso-8859-15, utf-16le; \
             the labels of the WHATWG Encoding Standard)"
        )
    })
}

/// What a file holds, by its extension: plain text, Markdown or HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt` and anything else).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// HTML (`.html`, `.htm`, `.xhtml`).
    Html,
}

impl Format {
    /// The format of a file, by its extension (in any case).
    pub fn of(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Text,
        }
    }

    /// The plain text of a document of this format, as the analysis reads it.
    pub fn plain_text(self, text: String) -> String {
        match self {
            Format::Text => text,
            Format::Markdown => markdown::to_text(&text),
            Format::Html => html::to_text(&text),
        }
    }
}

/// One article to analyze, as it comes in.
#[derive(Debug)]
pub struct Document {
    /// The id the summary will carry: file path or `-`; for a JSON Lines record,
    /// `NAME:LINE` until the line is parsed and its `id` known.
    pub id: String,
    /// Where the document came from, for error messages (`file.txt`, `-:12`).
    pub origin: String,
    /// The content, or what went wrong getting it.
    pub body: Body,
}

/// The content of a [`Document`].
#[derive(Debug)]
pub enum Body {
    /// Raw bytes, still to be decoded as UTF-8.
    Bytes(Vec<u8>),
    /// Text already decoded (from a JSON string).
    Text(String),
    /// A file to read when the document is processed (keeps file handles few).
    Path(PathBuf),
    /// A line of JSON Lines, still to be parsed: the batch parses it on a worker
    /// thread, so that the reader only cuts lines. See [`Document::parse_json`].
    JsonLine(Vec<u8>),
    /// The text of a JSON string holding lone UTF-16 surrogates (`"\ud800"`), as
    /// WTF-8: invalid UTF-8 to reject, or to repair with `--lossy`.
    Surrogates(Vec<u8>),
    /// The document could not be had: the message says why.
    Failed(String),
}

impl Document {
    /// Reads (if needed) and decodes the body, a file's as [`reading`] says and by
    /// its extension ([`Format`]): the id and the text the analysis reads, whose code
    /// points the spans count. `lossy` replaces invalid UTF-8 with U+FFFD instead of
    /// failing.
    pub fn into_text(self, lossy: bool) -> Result<(String, String), (String, String)> {
        let Document { id, origin, body } = self;
        let text = match body {
            Body::JsonLine(line) => return parse_record(&line, origin).0.into_text(lossy),
            Body::Text(t) => Ok(t),
            Body::Bytes(b) => decode_as(b, lossy, reading().encoding),
            Body::Surrogates(b) if lossy => Ok(wtf8_lossy(b)),
            Body::Surrogates(b) => Err(format!(
                "\"text\" has a lone surrogate escape (\\ud800-\\udfff) near byte {} of the \
                 text (use --lossy to replace it)",
                std::str::from_utf8(&b)
                    .map_err(|e| e.valid_up_to())
                    .err()
                    .unwrap_or(0)
            )),
            Body::Path(p) => read_capped(&p)
                .and_then(|b| decode_as(b, lossy, reading().encoding))
                .map(|t| Format::of(&p).plain_text(t)),
            Body::Failed(m) => Err(m),
        };
        match text {
            Ok(t) => Ok((id, t)),
            Err(m) => Err((id, format!("{origin}: {m}"))),
        }
    }
}

impl Document {
    /// For a JSON Lines document ([`Body::JsonLine`]), parses its line now: the id
    /// becomes the record's, the body its text or what is wrong with it. Any other
    /// document is returned as it is.
    pub fn parse_json(self) -> Document {
        self.parse_json_id().0
    }

    /// [`Document::parse_json`], and whether the id is the JSON text of a record's
    /// `id` that was not a string (`42`, `true`), to be written back unquoted.
    pub fn parse_json_id(self) -> (Document, bool) {
        match self.body {
            Body::JsonLine(line) => parse_record(&line, self.origin),
            _ => (self, false),
        }
    }
}

/// Decodes UTF-8; the error names the byte offset of the first invalid sequence and
/// suggests naming the file's encoding before replacing bytes.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte {}: if the file is in a legacy encoding, name it \
             (--encoding windows-1252, --encoding latin1) or convert it (iconv -f \
             WINDOWS-1252 -t UTF-8); --lossy replaces the bad bytes, losing them",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// Decodes a file's bytes: UTF-16 or UTF-8 after a byte-order mark (a UTF-8 mark is
/// kept: the analysis drops it), else `encoding` when given, else UTF-8.
pub fn decode_as(
    bytes: Vec<u8>,
    lossy: bool,
    encoding: Option<&'static Encoding>,
) -> Result<String, String> {
    let legacy = match Encoding::for_bom(&bytes) {
        Some((e, _)) if e == encoding_rs::UTF_8 => None,
        Some((e, bom)) => Some((e, bom)),
        None => encoding
            .filter(|e| *e != encoding_rs::UTF_8)
            .map(|e| (e, 0)),
    };
    let Some((encoding, bom)) = legacy else {
        return decode(bytes, lossy);
    };
    match encoding.decode_without_bom_handling(&bytes[bom..]) {
        (text, false) => Ok(text.into_owned()),
        (text, true) if lossy => Ok(text.into_owned()),
        (_, true) => Err(format!(
            "invalid {} (use --lossy to replace the bad bytes)",
            encoding.name()
        )),
    }
}

/// WTF-8 to UTF-8, each encoded surrogate (3 bytes, `ED A0..BF xx`) replaced by one
/// U+FFFD (also 3 bytes).
fn wtf8_lossy(mut b: Vec<u8>) -> String {
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == 0xED && (0xA0..=0xBF).contains(&b[i + 1]) {
            b[i..i + 3].copy_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    match String::from_utf8(b) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// A short, lower-case message for an I/O error, without the OS error number.
pub fn io_message(e: &io::Error) -> String {
    let msg = match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a folder".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    };
    let mut cs = msg.chars();
    match cs.next() {
        Some(c) => c.to_lowercase().chain(cs).collect(),
        None => msg,
    }
}

/// The largest article read, in bytes: a file, standard input or a JSON line beyond
/// it (`/dev/zero`, a runaway log) fails with a message instead of exhausting memory.
pub const MAX_ARTICLE_BYTES: usize = 512 << 20;

fn too_large(cap: usize) -> String {
    if cap >= 1 << 20 {
        format!("larger than {} MiB, not an article", cap >> 20)
    } else {
        format!("larger than {cap} bytes, not an article")
    }
}

fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let file = fs::File::open(path).map_err(|e| io_message(&e))?;
    read_to_end_capped(file, MAX_ARTICLE_BYTES)
}

fn read_to_end_capped(r: impl Read, cap: usize) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    r.take(cap as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() > cap {
        return Err(too_large(cap));
    }
    Ok(bytes)
}

/// Reads one line (newline included) into `buf`, at most `cap` bytes of it: returns
/// the bytes the line had, and the rest of a longer line is skipped, not stored.
fn read_line_capped<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, cap: usize) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(total);
        }
        let (used, end) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        if total + used <= cap {
            buf.extend_from_slice(&avail[..used]);
        } else if !buf.is_empty() {
            *buf = Vec::new();
        }
        total += used;
        r.consume(used);
        if end {
            return Ok(total);
        }
    }
}

/// Reads all of standard input as one document with id `-`.
pub fn stdin_document() -> Document {
    let body = match read_to_end_capped(io::stdin().lock(), MAX_ARTICLE_BYTES) {
        Ok(bytes) => Body::Bytes(bytes),
        Err(m) => Body::Failed(m),
    };
    Document {
        id: "-".into(),
        origin: "<stdin>".into(),
        body,
    }
}

/// The documents named by `paths`, in the order given: a file is one document, a
/// folder is walked recursively and its files with one of the extensions of
/// [`reading`] (`.txt`, `.md`, `.html`, `.htm`) taken in path order, `-` is standard
/// input. A folder without such files, or a path that does not exist, yields one
/// failed document naming it.
pub fn paths(paths: Vec<PathBuf>) -> impl Iterator<Item = Document> + Send {
    paths
        .into_iter()
        .flat_map(|p| -> Box<dyn Iterator<Item = Document> + Send> {
            if p.as_os_str() == "-" {
                return Box::new(std::iter::once(stdin_document()));
            }
            match fs::metadata(&p) {
                Ok(m) if m.is_dir() => {
                    let mut walk = FolderWalk::new(&p).peekable();
                    if walk.peek().is_none() {
                        let origin = p.display().to_string();
                        return Box::new(std::iter::once(Document {
                            id: origin.clone(),
                            origin,
                            body: Body::Failed(format!(
                                "folder has no .{} files (choose with --ext)",
                                reading().extensions.join(", .")
                            )),
                        }));
                    }
                    Box::new(walk)
                }
                Ok(_) => Box::new(std::iter::once(file_document(p))),
                Err(e) => {
                    let origin = p.display().to_string();
                    Box::new(std::iter::once(Document {
                        id: origin.clone(),
                        origin,
                        body: Body::Failed(io_message(&e)),
                    }))
                }
            }
        })
}

fn file_document(p: PathBuf) -> Document {
    let origin = p.display().to_string();
    Document {
        id: origin.clone(),
        origin,
        body: Body::Path(p),
    }
}

/// Depth-first walk of a folder, entries sorted by name at each level, yielding
/// the files of the extensions of [`reading`] lazily: one folder listing in memory per level, no open handles.
struct FolderWalk {
    stack: Vec<std::vec::IntoIter<(PathBuf, bool)>>,
    errors: Vec<Document>,
}

impl FolderWalk {
    fn new(root: &Path) -> Self {
        let mut w = FolderWalk {
            stack: Vec::new(),
            errors: Vec::new(),
        };
        w.push(root);
        w
    }

    fn push(&mut self, dir: &Path) {
        match fs::read_dir(dir) {
            Ok(rd) => {
                let mut entries: Vec<(PathBuf, bool)> = rd
                    .filter_map(Result::ok)
                    .filter_map(|e| {
                        let path = e.path();
                        // The listing's own file type spares a `stat` per file; only
                        // symbolic links are followed to see what they point to.
                        let is_dir = match e.file_type() {
                            Ok(t) if !t.is_symlink() => t.is_dir(),
                            _ => fs::metadata(&path).map(|m| m.is_dir()).ok()?,
                        };
                        let article = path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                            reading()
                                .extensions
                                .iter()
                                .any(|e| e.eq_ignore_ascii_case(x))
                        });
                        (is_dir || article).then_some((path, is_dir))
                    })
                    .collect();
                entries.sort();
                self.stack.push(entries.into_iter());
            }
            Err(e) => {
                let origin = dir.display().to_string();
                self.errors.push(Document {
                    id: origin.clone(),
                    origin,
                    body: Body::Failed(io_message(&e)),
                });
            }
        }
    }
}

impl Iterator for FolderWalk {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            if let Some(e) = self.errors.pop() {
                return Some(e);
            }
            let top = self.stack.last_mut()?;
            match top.next() {
                Some((path, true)) => self.push(&path),
                Some((path, false)) => return Some(file_document(path)),
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

/// The error of a blank `--jsonl` line (white space only).
pub const BLANK_LINE: &str = "blank line";

/// The start of the message for a `--jsonl` line that is not a JSON object (plain
/// text, or JSON of another kind).
pub const NOT_JSON: &str = "not a JSON object";

/// A JSON Lines record: `{"id": ..., "text": ...}`; other fields are ignored.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<RawText>,
}

/// A JSON string decoded as bytes, so that lone surrogate escapes (which serde_json
/// then encodes as WTF-8) fail only this article, keeping its id, and `--lossy` can
/// repair them.
struct RawText(Vec<u8>);

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText(v.as_bytes().to_vec()))
            }
            fn visit_string<E>(self, v: String) -> Result<RawText, E> {
                Ok(RawText(v.into_bytes()))
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<RawText, E> {
                Ok(RawText(v.to_vec()))
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<RawText, E> {
                Ok(RawText(v))
            }
        }
        d.deserialize_bytes(V)
    }
}

/// The documents of a JSON Lines stream, one per line, read lazily; each line is
/// parsed later, by [`Document::parse_json`] or [`Document::into_text`]. `name`
/// names the stream in error messages (`-` for standard input). A line that is not
/// a JSON object with a string `text` becomes a failed document, and so does a
/// blank line ([`BLANK_LINE`]): every line gets one record out. A missing `id`
/// becomes `name:LINE`; an id that is not a string (`42`) is kept as its JSON text,
/// and [`Document::parse_json_id`] tells that it is JSON, to be written back as such.
pub fn jsonl<R: BufRead + Send>(reader: R, name: String) -> impl Iterator<Item = Document> + Send {
    jsonl_capped(reader, name, MAX_ARTICLE_BYTES)
}

/// [`jsonl`] with lines longer than `cap` bytes failed (and skipped, not stored).
pub fn jsonl_capped<R: BufRead + Send>(
    mut reader: R,
    name: String,
    cap: usize,
) -> impl Iterator<Item = Document> + Send {
    let mut line_no = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut buf = Vec::new();
        line_no += 1;
        let origin = format!("{name}:{line_no}");
        match read_line_capped(&mut reader, &mut buf, cap) {
            Ok(0) => {
                done = true;
                return None;
            }
            Ok(n) if n > cap => {
                return Some(Document {
                    id: origin.clone(),
                    origin,
                    body: Body::Failed(format!("line {}", too_large(cap))),
                })
            }
            Ok(_) => {}
            Err(e) => {
                done = true;
                return Some(Document {
                    id: origin.clone(),
                    origin,
                    body: Body::Failed(io_message(&e)),
                });
            }
        }
        // One line in, one line out: a blank line gets an error record too.
        let body = if buf.iter().all(u8::is_ascii_whitespace) {
            Body::Failed(BLANK_LINE.into())
        } else {
            Body::JsonLine(buf)
        };
        Some(Document {
            id: origin.clone(),
            origin,
            body,
        })
    })
}

/// serde_json's message with its position given as a column of the line (the line
/// number is already in the origin).
fn serde_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => format!("{} at column {}", &s[..i], e.column()),
        None => s,
    }
}

fn parse_record(line: &[u8], origin: String) -> (Document, bool) {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let fail = |id: String, msg: String| Document {
        id,
        origin: origin.clone(),
        body: Body::Failed(msg),
    };
    let plain = |doc: Document| (doc, false);
    let first = line.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        // Not even the start of an object: tell valid JSON (an array, a number...)
        // from text that is not JSON at all, the usual mistake.
        let what = match serde_json::from_slice::<serde::de::IgnoredAny>(line) {
            Ok(_) => NOT_JSON.to_string(),
            Err(e) => format!(
                "{NOT_JSON} (is this plain text? drop --jsonl): {}",
                serde_message(&e)
            ),
        };
        return plain(fail(origin.clone(), what));
    }
    // Straight into the record: the text is decoded once, no intermediate `Value`.
    let record: Record = match serde_json::from_slice(line) {
        Ok(r) => r,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            return plain(fail(
                origin.clone(),
                format!("bad record: {}", serde_message(&e)),
            ))
        }
        Err(e) => {
            return plain(fail(
                origin.clone(),
                format!("malformed JSON: {}", serde_message(&e)),
            ))
        }
    };
    let (id, id_is_json) = match record.id {
        Some(serde_json::Value::String(s)) => (s, false),
        Some(serde_json::Value::Null) | None => (origin.clone(), false),
        Some(v) => (v.to_string(), true),
    };
    let doc = match record.text {
        Some(RawText(bytes)) => Document {
            id,
            origin,
            body: match String::from_utf8(bytes) {
                Ok(t) => Body::Text(t),
                Err(e) => Body::Surrogates(e.into_bytes()),
            },
        },
        None => fail(id, "record has no \"text\" string".into()),
    };
    (doc, id_is_json)
}

/// The documents a command line names: `paths` (files, folders, `-`), or standard
/// input when there are none; with `jsonl`, each path (or standard input) is a JSON
/// Lines stream of `{"id", "text"}` records. A file that cannot be opened yields one
/// failed document naming it.
pub fn documents(paths: Vec<PathBuf>, jsonl: bool) -> Box<dyn Iterator<Item = Document> + Send> {
    match (jsonl, paths.is_empty()) {
        (true, true) => Box::new(self::jsonl(stdin_reader(), "-".into())),
        (true, false) => Box::new(paths.into_iter().flat_map(jsonl_file)),
        (false, true) => Box::new(std::iter::once(stdin_document())),
        (false, false) => Box::new(self::paths(paths)),
    }
}

/// The documents of one JSON Lines file (or `-`), or a failed document naming it.
fn jsonl_file(path: PathBuf) -> Box<dyn Iterator<Item = Document> + Send> {
    let name = path.display().to_string();
    if name == "-" {
        return Box::new(jsonl(stdin_reader(), name));
    }
    match fs::File::open(&path) {
        Ok(f) => Box::new(jsonl(io::BufReader::with_capacity(1 << 16, f), name)),
        Err(e) => Box::new(std::iter::once(Document {
            id: name.clone(),
            origin: name,
            body: Body::Failed(io_message(&e)),
        })),
    }
}

fn stdin_reader() -> io::BufReader<io::Stdin> {
    io::BufReader::with_capacity(1 << 16, io::stdin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_names_the_byte() {
        let e = decode(b"ab\xffcd".to_vec(), false).unwrap_err();
        assert!(e.contains("byte 2"), "{e}");
        assert_eq!(decode(b"ab\xffcd".to_vec(), true).unwrap(), "ab\u{fffd}cd");
    }

    #[test]
    fn jsonl_records_and_errors() {
        let input = "{\"id\":\"a\",\"text\":\"Uno.\"}\n\n{\"id\":7,\"text\":\"Due.\"}\nnot json\n[1]\n{\"id\":\"b\"}\n{\"text\":\"x\"}\n";
        let docs: Vec<Document> = jsonl(input.as_bytes(), "-".into())
            .map(Document::parse_json)
            .collect();
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "-:2", "7", "-:4", "-:5", "b", "-:7"]);
        assert!(matches!(&docs[0].body, Body::Text(t) if t == "Uno."));
        assert!(matches!(&docs[1].body, Body::Failed(m) if m == BLANK_LINE));
        assert!(matches!(&docs[3].body, Body::Failed(m) if m.contains("plain text")));
        assert!(matches!(&docs[4].body, Body::Failed(m) if m == "not a JSON object"));
        assert!(matches!(&docs[5].body, Body::Failed(m) if m.contains("text")));
        assert!(matches!(&docs[6].body, Body::Text(_)));
        let typed: Vec<bool> = jsonl(input.as_bytes(), "-".into())
            .map(|d| d.parse_json_id().1)
            .collect();
        assert_eq!(typed, [false, false, true, false, false, false, false]);
    }

    #[test]
    fn lone_surrogate_is_an_error_record() {
        let docs: Vec<Document> = jsonl(&b"{\"id\":\"s\",\"text\":\"\\ud800\"}\n"[..], "-".into())
            .map(Document::parse_json)
            .collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "s");
        let doc = |b: &[u8]| jsonl(b, "-".into()).next().unwrap();
        let e = doc(b"{\"id\":\"s\",\"text\":\"ab\\ud800\"}\n")
            .into_text(false)
            .unwrap_err();
        assert_eq!(e.0, "s");
        assert!(
            e.1.starts_with("-:1: \"text\" has a lone surrogate"),
            "{}",
            e.1
        );
        assert!(e.1.contains("byte 2"), "{}", e.1);
        let t = doc(b"{\"text\":\"a\\ud800\\n\\u00e8\"}")
            .into_text(true)
            .unwrap();
        assert_eq!(t.1, "a\u{fffd}\n\u{e8}");
    }

    #[test]
    fn overlong_lines_fail_without_being_stored() {
        let input = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"ok\"}}\n{}",
            "a".repeat(100),
            "b".repeat(50)
        );
        // A tiny buffer, so that lines arrive in many pieces.
        let reader = io::BufReader::with_capacity(7, input.as_bytes());
        let docs: Vec<Document> = jsonl_capped(reader, "-".into(), 40).collect();
        assert_eq!(docs.len(), 3);
        assert!(
            matches!(&docs[0].body, Body::Failed(m) if m == "line larger than 40 bytes, not an article")
        );
        assert!(matches!(&docs[1].body, Body::JsonLine(l) if l == b"{\"text\":\"ok\"}\n"));
        assert!(matches!(&docs[2].body, Body::Failed(_)));
        assert_eq!(docs[2].origin, "-:3");
        let e = read_to_end_capped(io::repeat(b'x'), 3 << 20).unwrap_err();
        assert_eq!(e, "larger than 3 MiB, not an article");
    }

    #[test]
    fn wrong_types_are_bad_records() {
        let docs: Vec<Document> = jsonl(
            &b"{\"id\":\"t\",\"text\":5}\n{\"text\":\"a\"\n"[..],
            "f".into(),
        )
        .map(Document::parse_json)
        .collect();
        assert!(matches!(&docs[0].body, Body::Failed(m) if m.starts_with("bad record")));
        assert!(matches!(&docs[1].body, Body::Failed(m) if m.starts_with("malformed JSON")));
        assert_eq!(docs[1].id, "f:2");
    }
}
