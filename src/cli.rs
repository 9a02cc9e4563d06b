//! The command line: clap types only, turned into a [`Config`] the binary runs.

use clap::Parser;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  cronista article.txt                     one JSON summary
  cat article.txt | cronista --pretty      from stdin, indented
  cronista a.txt b.txt news/               JSON Lines, one summary per article, in order
  cronista --jsonl < articles.jsonl        {\"id\",\"text\"} lines in, one summary per line out
  cronista news/ | jq -r '.companies[].name' | sort | uniq -c
  cronista html fixtures/seed.txt > seed.html   the article with its findings highlighted
  cronista --format csv --table amounts news/ > amounts.csv

Exit status: 0 all articles analyzed, 1 some article failed (its error record is in
the output and a message on stderr), 2 usage error or fatal error.";

/// Reads Italian news articles and writes a JSON summary of each: title, paragraphs
/// and sentences, companies, organizations, people, amounts, quotes, sources, deals.
#[derive(Debug, Parser)]
#[command(
    name = "cronista",
    version,
    about,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// A subcommand; without one, the PATHs are analyzed.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles to analyze: files (.txt, .md, .html or .htm, read by extension),
    /// folders (their files of those extensions, recursively, in path order) or -
    /// for stdin. With none, stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Read JSON Lines of {"id": ..., "text": ...} (from stdin, or from the PATHs)
    /// and write one summary per line with the same id, as the input streams in.
    #[arg(long)]
    pub jsonl: bool,

    /// Indent the JSON (one summary then spans several lines).
    #[arg(long)]
    pub pretty: bool,

    /// Replace invalid UTF-8 with U+FFFD instead of failing the article.
    #[arg(long)]
    pub lossy: bool,

    /// The encoding of files and stdin without a byte-order mark (UTF-8 by default;
    /// UTF-16 and UTF-8 with a mark are recognised anyway): latin1, windows-1252,
    /// iso-8859-15, ...
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// The extensions of the files read in folders, comma-separated.
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = "txt,md,html,htm"
    )]
    pub ext: Vec<String>,

    /// Instead of summaries, write the text each article is analyzed as (decoded;
    /// Markdown and HTML made plain) as JSON Lines {"id","text"}: the spans of the
    /// summaries count its code points, and `--jsonl` reads the lines back.
    #[arg(long)]
    pub print_text: bool,

    /// A list of names to recognise, one `name<TAB>kind<TAB>aliases...` a line (kind:
    /// company, organization, person, outlet); a listed name wins over the built-in
    /// guess. Repeatable; the files of CRONISTA_NAMES (separated by `:`) come first.
    #[arg(long = "names", value_name = "FILE")]
    pub names: Vec<PathBuf>,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,

    /// Print nothing on stderr: no progress bar (drawn only when stderr is a
    /// terminal) and no error messages; the exit status and error records remain.
    #[arg(short, long)]
    pub quiet: bool,

    /// What to write: JSON summaries, one HTML page (as `cronista html`), or a
    /// table of one kind of finding (see --table) as CSV or TSV.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,

    /// The findings listed by --format csv|tsv, one row each.
    #[arg(long, value_enum, required_if_eq_any = [("format", "csv"), ("format", "tsv")])]
    pub table: Option<TableArg>,
}

/// Output formats of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON summary per article (JSON Lines; indented with --pretty).
    Json,
    /// One self-contained HTML page: the articles with their findings highlighted.
    Html,
    /// RFC 4180 CSV with a header, one row per finding of --table.
    Csv,
    /// Tab-separated, one row per finding of --table (tabs, newlines escaped).
    Tsv,
}

/// The tables of --format csv|tsv.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableArg {
    /// Every mention of a company, organization or person.
    Entities,
    /// Amounts of money and percentages, normalised.
    Amounts,
    /// Direct quotes with their speakers.
    Quotes,
    /// The sources cited.
    Sources,
    /// Deals: payers, payees, amount.
    Deals,
    /// Sentences, with their paragraph.
    Sentences,
}

impl From<TableArg> for cronista::tables::Table {
    fn from(t: TableArg) -> Self {
        use cronista::tables::Table;
        match t {
            TableArg::Entities => Table::Entities,
            TableArg::Amounts => Table::Amounts,
            TableArg::Quotes => Table::Quotes,
            TableArg::Sources => Table::Sources,
            TableArg::Deals => Table::Deals,
            TableArg::Sentences => Table::Sentences,
        }
    }
}

/// Parses the command line; `cronista html ARGS` is read as
/// `cronista --format html ARGS`, so the page takes every option of the analysis.
pub fn parse() -> Result<Args, clap::Error> {
    let args = Args::try_parse()?;
    match args.command {
        Some(Command::Html(html)) => {
            let mut argv: Vec<std::ffi::OsString> =
                vec!["cronista".into(), "--format".into(), "html".into()];
            argv.extend(html.args);
            Args::try_parse_from(argv)
        }
        _ => Ok(args),
    }
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Aggregate the deals of many articles into a money-flow graph (payer -> payee)
    /// and report the circular deals.
    #[command(after_help = GRAPH_EXAMPLES)]
    Graph(GraphArgs),
    /// One self-contained HTML page of the articles, findings highlighted: the
    /// same as `cronista --format html`, with the same options.
    #[command(disable_help_flag = true)]
    Html(HtmlArgs),
    /// Print a shell completion script (`cronista completions bash > cronista.bash`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff: `cronista man | man -l -`).
    Man,
    /// Score cronista (or predictions) against hand-made gold: precision, recall and
    /// F1 per field, with the matching rules of docs/EXTRACTION.md.
    #[command(after_help = EVALUATE_EXAMPLES)]
    Evaluate(EvaluateArgs),
}

const EVALUATE_EXAMPLES: &str = "\
Examples:
  cronista evaluate --task news corpora/news/dev_gold.jsonl
  cronista evaluate --task deals corpora/news/dev_deals.jsonl --errors 5
  cronista --jsonl < texts.jsonl > out.jsonl
  cronista evaluate --task news --json gold.jsonl out.jsonl

Without PRED the analyzer runs on the gold's texts: each gold line's own \"text\", else
the --texts files, else every *texts.jsonl file in the gold's folder and the folders
beside it (corpora/news/, corpora/bench/ in the repository).";

/// Arguments of `cronista evaluate`.
#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// What to score: news, ner, sentences, deals, attribution or phrases.
    #[arg(long, value_name = "TASK")]
    pub task: cronista::evaluate::Task,

    /// The gold: JSON Lines, one article per line, with an "id".
    #[arg(value_name = "GOLD")]
    pub gold: PathBuf,

    /// Predictions: JSON Lines of summaries (`cronista --jsonl` output) matched to the
    /// gold by "id". Without it the analyzer runs on the gold's texts.
    #[arg(value_name = "PRED")]
    pub predictions: Option<PathBuf>,

    /// JSON Lines of {"id", "text"} holding the texts of gold articles that have none
    /// (repeatable).
    #[arg(long, value_name = "FILE")]
    pub texts: Vec<PathBuf>,

    /// Print one JSON object with the metrics instead of the table.
    #[arg(long)]
    pub json: bool,

    /// After the table, list up to N mistakes of each field.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
}

/// Arguments of `cronista html`: those of the analysis (PATHs and options).
#[derive(Debug, clap::Args)]
pub struct HtmlArgs {
    /// PATHs and options, as for `cronista` itself (see `cronista --help`).
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<std::ffi::OsString>,
}

const GRAPH_EXAMPLES: &str = "\
Examples:
  cronista graph news/                         JSON: nodes, edges, cycles
  cronista graph --format dot fixtures/seed.txt | dot -Tsvg > seed-graph.svg
  cronista graph --jsonl < articles.jsonl";

/// Arguments of `cronista graph`.
#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    /// Articles: files, folders (their .txt, .md, .html, .htm files, recursively)
    /// or - for stdin. With none, stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Read JSON Lines of {"id": ..., "text": ...} (from stdin, or from the PATHs).
    #[arg(long)]
    pub jsonl: bool,

    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: GraphFormat,

    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,

    /// Replace invalid UTF-8 with U+FFFD instead of failing the article.
    #[arg(long)]
    pub lossy: bool,

    /// The extensions of the files read in folders, comma-separated.
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = "txt,md,html,htm"
    )]
    pub ext: Vec<String>,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,

    /// Print nothing on stderr: no progress bar, no error messages.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Output formats of `cronista graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// The graph as one JSON object (schema cronista-graph/1).
    Json,
    /// Graphviz DOT (`| dot -Tsvg`).
    Dot,
}
