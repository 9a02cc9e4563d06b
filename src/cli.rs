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

    /// Print nothing on stderr: no progress line (shown only when stderr is a
    /// terminal) and no error messages; the exit status and error records remain.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Aggregate the deals of many articles into a money-flow graph (payer -> payee)
    /// and report the circular deals.
    #[command(after_help = GRAPH_EXAMPLES)]
    Graph(GraphArgs),
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

    /// Print no error messages on stderr.
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
