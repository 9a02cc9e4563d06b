//! The `cronista` binary: parses arguments, runs the library, prints, exits.
//! The only place that writes to stdout/stderr or picks an exit status.

mod cli;
mod progress;

use clap::CommandFactory;
use cronista::batch::{self, Options, Outcome, Render, Sink};
use cronista::input;
use cronista::output::{JsonSink, Report};
use progress::Progress;
use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc: about 8% fewer instructions per article than the system allocator
/// (the pipeline makes many small short-lived allocations). Only the binary picks it:
/// the library leaves the allocator to its users.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, called the way Rust's own `System` allocator calls `malloc`: a block
/// whose alignment mimalloc gives anyway (at most 16 and at most its size, which a
/// `Layout` always rounds to a multiple of its alignment) goes through `mi_malloc`,
/// the rest through the aligned calls of [`mimalloc::MiMalloc`]. The crate's allocator
/// takes the aligned path for every block, some 20 instructions more per allocation,
/// and the pipeline makes about 600 allocations per article.
struct Allocator;

/// The alignment of every `mi_malloc` block at least as large (`MI_MAX_ALIGN_SIZE`).
const MI_MAX_ALIGN: usize = 16;

extern "C" {
    /// `mi_malloc` of `mimalloc.h`.
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    /// `mi_zalloc` of `mimalloc.h`.
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    /// `mi_realloc` of `mimalloc.h`.
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
}

/// True when `mi_malloc` of `size` bytes is aligned as `layout` asks.
fn plain(layout: std::alloc::Layout, size: usize) -> bool {
    layout.align() <= MI_MAX_ALIGN && layout.align() <= size
}

// SAFETY: every call forwards to mimalloc, which returns blocks of at least the size
// asked; `plain` keeps to the alignments that `mi_malloc` guarantees.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout, layout.size()) {
            mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout, layout.size()) {
            mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if plain(layout, new_size) {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

/// Turns off mimalloc's eager commit of its arenas, which on Linux (overcommit,
/// transparent huge pages) grew the peak RSS of a 200 MB stream from 13 MB to 55 MB;
/// without it the peak stays near 23 MB. Other systems do not commit eagerly.
#[cfg(any(target_os = "linux", target_os = "android"))]
mod allocator_options {
    use std::ffi::{c_int, c_long};

    extern "C" {
        /// `mi_option_set` of `mimalloc.h` (the option is a C enum, an `int`).
        fn mi_option_set(option: c_int, value: c_long);
    }

    /// `mi_option_arena_eager_commit` in `mimalloc.h` (v2 and v3).
    const ARENA_EAGER_COMMIT: c_int = 4;

    /// Sets the options. It must run before the first allocation, so it runs as an
    /// ELF constructor, before the Rust runtime starts (`tests/cli.rs` checks the
    /// setting through `MIMALLOC_VERBOSE`).
    extern "C" fn set() {
        // SAFETY: sets one integer in mimalloc's option table; allocates nothing.
        unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) }
    }

    #[used]
    #[link_section = ".init_array"]
    static SET: extern "C" fn() = set;
}

fn main() -> ExitCode {
    let args = match cli::parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    quiet_panics(args.quiet);
    if let Err(e) = install_names(&args.names) {
        eprintln!("cronista: {e}");
        return ExitCode::from(2);
    }
    if let Err(e) = configure_reading(&args) {
        eprintln!("cronista: {e}");
        return ExitCode::from(2);
    }
    match run(args) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cronista: {}", one_line(&e));
            ExitCode::from(2)
        }
    }
}

/// Loads the name lists of `CRONISTA_NAMES` (paths separated by `:`) and of
/// `--names`, in that order, for every analysis of the run.
fn install_names(flags: &[std::path::PathBuf]) -> Result<(), cronista::names::NamesError> {
    let mut paths: Vec<std::path::PathBuf> = std::env::var_os("CRONISTA_NAMES")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default();
    paths.extend_from_slice(flags);
    if !paths.is_empty() {
        let _ = cronista::names::install(cronista::names::Names::load(&paths)?);
    }
    Ok(())
}

/// How files are read: `--encoding` and `--ext` (of `graph` too).
fn configure_reading(args: &cli::Args) -> Result<(), String> {
    let encoding = args.encoding.as_deref().map(input::encoding).transpose()?;
    let ext = if let Some(cli::Command::Graph(g)) = &args.command {
        &g.ext
    } else {
        &args.ext
    };
    let extensions = ext
        .iter()
        .map(|e| e.trim().trim_start_matches('.').to_ascii_lowercase())
        .filter(|e| !e.is_empty())
        .collect();
    let _ = input::configure(input::Reading {
        encoding,
        extensions,
    });
    Ok(())
}

/// `--print-text`: each article's id and text as JSON Lines, in order; a document
/// that cannot be read is reported on stderr and makes the exit status 1.
fn print_texts(
    docs: impl Iterator<Item = input::Document>,
    lossy: bool,
    quiet: bool,
) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for doc in docs {
        match doc.into_text(lossy) {
            Ok((id, text)) => {
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                serde_json::to_writer(&mut out, &serde_json::json!({"id": id, "text": text}))
                    .map_err(io::Error::from)
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(output_error)?;
            }
            Err((_, message)) => {
                failed = true;
                if !quiet {
                    eprintln!("cronista: {message}");
                }
            }
        }
    }
    out.flush().map_err(output_error)?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A panic in the analysis is caught by the batch and becomes an error record; the
/// hook only adds one line saying where, instead of the default note on backtraces.
fn quiet_panics(quiet: bool) {
    std::panic::set_hook(Box::new(move |info| {
        if !quiet {
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!("cronista: internal error{at} (a bug: please report it)");
        }
    }));
}

/// The error and its causes on one line, without OS error numbers.
fn one_line(e: &anyhow::Error) -> String {
    e.chain()
        .map(|c| match c.downcast_ref::<io::Error>() {
            Some(io) => input::io_message(io),
            None => c.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

fn run(args: cli::Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Some(cli::Command::Graph(g)) => return run_graph(g),
        Some(cli::Command::Evaluate(e)) => return run_evaluate(e),
        Some(cli::Command::Completions { shell }) => {
            // into memory first: the generator panics on a write error (a closed pipe)
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cli::Args::command(), "cronista", &mut script);
            io::stdout().lock().write_all(&script)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(cli::Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(cli::Args::command()).render(&mut page)?;
            io::stdout().lock().write_all(&page)?;
            return Ok(ExitCode::SUCCESS);
        }
        // `cli::parse` has turned `html` into `--format html`
        Some(cli::Command::Html(_)) | None => {}
    }
    let report = Progress::new(args.quiet, progress::countable(&args.paths, args.jsonl));
    let docs = input::documents(args.paths, args.jsonl);
    if args.print_text {
        return print_texts(docs, args.lossy, args.quiet);
    }
    let out = io::BufWriter::with_capacity(64 << 10, io::stdout().lock());
    let mut options = Options {
        jobs: args.jobs,
        lossy: args.lossy,
        render: Render::Summary,
    };
    let result = match args.format {
        cli::Format::Json => {
            // Serialise on the workers: the writing thread then only copies bytes.
            options.render = if args.pretty {
                Render::PrettyJson
            } else {
                Render::Json
            };
            let mut sink = JsonSink {
                out,
                pretty: args.pretty,
                report,
            };
            let result = batch::run(docs, options, &mut sink);
            let result = result.and_then(|t| sink.out.flush().map(|()| t));
            sink.report.finish();
            result
        }
        cli::Format::Html => {
            let mut sink = cronista::html::HtmlSink {
                entries: Vec::new(),
                report,
            };
            let result = batch::run(docs, options, &mut sink);
            sink.report.finish();
            let mut out = out;
            result.and_then(|t| {
                out.write_all(cronista::html::page(&sink.entries).as_bytes())?;
                out.flush().map(|()| t)
            })
        }
        cli::Format::Csv | cli::Format::Tsv => {
            let format = if args.format == cli::Format::Csv {
                cronista::tables::Format::Csv
            } else {
                cronista::tables::Format::Tsv
            };
            let table = args.table.expect("clap requires --table with csv and tsv");
            let mut sink = cronista::tables::TableSink::new(out, table.into(), format, report);
            let result = batch::run(docs, options, &mut sink)
                .and_then(|t| sink.header().map(|()| t))
                .and_then(|t| sink.out.flush().map(|()| t));
            sink.report.finish();
            result
        }
    };
    let failed = result.map_err(output_error)?.failed;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn output_error(e: io::Error) -> anyhow::Error {
    anyhow::Error::new(e).context("cannot write the output")
}

/// Hands the outcomes to a graph builder and tells the progress bar of each
/// (failures are printed as they come).
struct GraphSink<'a> {
    builder: &'a mut cronista::graph::Builder,
    report: &'a mut Progress,
}

impl Sink for GraphSink<'_> {
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()> {
        match &outcome {
            Outcome::Failed { error, .. } => self.report.failed(error),
            _ => self.report.analyzed(),
        }
        self.builder.outcome(outcome)
    }
}

/// `cronista graph`: analyzes every input, aggregates the deals, prints the graph.
fn run_graph(args: cli::GraphArgs) -> anyhow::Result<ExitCode> {
    let mut report = Progress::new(args.quiet, progress::countable(&args.paths, args.jsonl));
    let docs = input::documents(args.paths, args.jsonl);
    let options = Options {
        jobs: args.jobs,
        lossy: args.lossy,
        ..Options::default()
    };
    let mut builder = cronista::graph::Builder::new();
    let mut sink = GraphSink {
        builder: &mut builder,
        report: &mut report,
    };
    let result = batch::run(docs, options, &mut sink);
    report.finish();
    result?;
    let errors = std::mem::take(&mut builder.errors);
    let graph = builder.finish();
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        cli::GraphFormat::Dot => out.write_all(cronista::graph::dot::render(&graph).as_bytes()),
        cli::GraphFormat::Json if args.pretty => {
            serde_json::to_writer_pretty(&mut out, &graph).map_err(io::Error::from)
        }
        cli::GraphFormat::Json => serde_json::to_writer(&mut out, &graph).map_err(io::Error::from),
    }
    .and_then(|()| {
        if args.format == cli::GraphFormat::Json {
            out.write_all(b"\n")?;
        }
        out.flush()
    })
    .map_err(output_error)?;
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `cronista evaluate`: scores predictions, or the analyzer on the gold's texts.
fn run_evaluate(args: cli::EvaluateArgs) -> anyhow::Result<ExitCode> {
    use cronista::evaluate::records::{self, Records};
    let gold = Records::load(&args.gold)?;
    let predictions = match &args.predictions {
        Some(path) => Records::load(path)?,
        None => {
            let files = if args.texts.is_empty() && !gold.have_texts() {
                records::default_text_files(&args.gold)
            } else {
                args.texts
            };
            records::predict(&records::texts_for(&gold, &files)?)
        }
    };
    let scores = cronista::evaluate::score(args.task, &gold, &predictions);
    let text = if args.json {
        serde_json::to_string(&scores)? + "\n"
    } else {
        scores.table(args.errors)
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(output_error)?;
    Ok(ExitCode::SUCCESS)
}
