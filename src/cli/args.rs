//! Raw command-line flags, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// dixit reads news articles and says who is named in them and who said what.
///
/// It finds people, places and organizations (PER, LOC, ORG) and quoted speech with its
/// speakers, in French and English, and writes one JSON record per article (JSON Lines).
#[derive(Debug, Parser)]
#[command(
    name = "dixit",
    version,
    propagate_version = true,
    after_help = "Examples:\n  dixit extract corpus/gold.jsonl > out.jsonl\n  dixit extract articles/ -o out.jsonl --threads 2\n  cat article.txt | dixit extract\n  dixit eval gold.jsonl\n  dixit quotes corpus/gold.jsonl --speaker macron\n  dixit speakers --from-jsonl out.jsonl\n  dixit report corpus/gold.jsonl -o report.html\n\nSchema of the records: docs/schema.md"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write one JSON record per article (entities and quotes).
    ///
    /// INPUT is a .txt file (one article), a .jsonl/.ndjson file (one article per line with
    /// "id" and "text"), either gzip-compressed (.gz), a folder (walked recursively in sorted
    /// order), or - for standard input. Records come out in input order. Exit code: 0 when all
    /// went well, 1 when some records had errors (an error record takes their place), 2 on a
    /// usage or fatal I/O error.
    #[command(
        after_help = "Examples:\n  dixit extract news.jsonl.gz -o out.jsonl\n  dixit extract articles/ --lang fr --threads 4\n  dixit extract --input-format text < article.txt\n  dixit extract big.jsonl | head -1"
    )]
    Extract(ExtractArgs),
    /// Score dixit (or a predictions file) against gold annotations.
    ///
    /// Runs the pipeline on the texts of GOLD (or reads --pred) and prints entity precision,
    /// recall, F1 (exact spans and labels), linking accuracy, quote F1 (overlap >= 0.5), speaker
    /// accuracy, who-said-what F1 and kind accuracy. A layer absent from a gold record is not
    /// scored.
    #[command(
        after_help = "Examples:\n  dixit eval corpus/gold.jsonl\n  dixit eval gold.jsonl --pred out.jsonl --json"
    )]
    Eval(EvalArgs),
    /// List the quotes: speaker, quote, kind, article; one row per quote.
    ///
    /// INPUT is read exactly like `dixit extract` (the pipeline runs on it), or --from-jsonl
    /// reads records dixit wrote earlier. On a terminal the table trims quotes to its width;
    /// piped, they are whole. Rows stream: memory stays constant whatever the corpus size.
    #[command(
        after_help = "Examples:\n  dixit quotes corpus/gold.jsonl\n  dixit quotes --from-jsonl out.jsonl --speaker macron\n  dixit quotes articles/ --format csv > quotes.csv"
    )]
    Quotes(QuotesArgs),
    /// Count quotes per speaker: quotes, articles, first and last article, label.
    ///
    /// Sorted by quotes; the last row counts the unattributed quotes, so coverage is visible.
    #[command(
        after_help = "Examples:\n  dixit speakers corpus/gold.jsonl\n  dixit speakers --from-jsonl out.jsonl --format tsv"
    )]
    Speakers(SpeakersArgs),
    /// Write one self-contained HTML page: articles with entities and quotes highlighted, and
    /// a speaker index that filters the page.
    ///
    /// The report shows article text: from INPUT the pipeline keeps it; with --from-jsonl the
    /// records must have been written with `dixit extract --with-text`. The page needs no
    /// network. It holds at most --max-articles articles and --max-text-mb of text, and says
    /// so (on the page and on standard error) when the input has more.
    #[command(
        after_help = "Examples:\n  dixit report corpus/gold.jsonl -o report.html\n  dixit extract news.jsonl --with-text -o out.jsonl && dixit report --from-jsonl out.jsonl -o report.html"
    )]
    Report(ReportArgs),
}

/// Where articles come from and how to read them.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Input files or folders; - or nothing reads standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Name of the id field in JSONL input.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// Name of the text field in JSONL input.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// Format of standard input: auto = JSONL when the first non-blank byte is '{'.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// Articles larger than this many bytes give an error record instead of a result.
    #[arg(long, default_value_t = 10 * 1024 * 1024, value_name = "N")]
    pub max_article_bytes: usize,
}

/// Engine options.
#[derive(Debug, Args, Clone)]
pub struct EngineArgs {
    /// Language of the articles: fr, en, or auto (detected per article).
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,
    /// Add a gazetteer (TSV: surface, label, canonical, id, source[, attrs]); repeatable.
    /// Its entries override the embedded lists for the same surface.
    #[arg(long = "gazetteer", value_name = "FILE.tsv")]
    pub gazetteers: Vec<PathBuf>,
    /// Do not use the embedded gazetteers (only --gazetteer lists).
    #[arg(long)]
    pub no_default_gazetteers: bool,
    /// Worker threads (default: all cores). With 1, one thread reads, analyzes and writes.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// `dixit extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input.
    #[command(flatten)]
    pub input: InputArgs,
    /// Engine.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Write the records to FILE instead of standard output ("-": standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Echo each article's text in its record.
    #[arg(long)]
    pub with_text: bool,
    /// No progress bar, no summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// `dixit eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold file (JSON Lines with id, text, entities?, quotes?).
    #[arg(value_name = "GOLD.jsonl")]
    pub gold: PathBuf,
    /// Score this predictions file instead of running the pipeline.
    #[arg(long, value_name = "PRED.jsonl")]
    pub pred: Option<PathBuf>,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Engine.
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// Where the views' records come from.
#[derive(Debug, Args)]
pub struct ViewSourceArgs {
    /// Input.
    #[command(flatten)]
    pub input: InputArgs,
    /// Engine.
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Read records written by `dixit extract` from FILE (- for standard input, .gz
    /// decompressed) instead of running the pipeline on INPUT.
    #[arg(long, value_name = "FILE", conflicts_with = "inputs")]
    pub from_jsonl: Option<PathBuf>,
    /// No summary on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// `dixit quotes`.
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Source of the records.
    #[command(flatten)]
    pub source: ViewSourceArgs,
    /// Keep the quotes of one person or organization: canonical name, a mention of the same
    /// entity in the article, or any of their words ("macron"); accents and case ignored.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ViewFormat::Table)]
    pub format: ViewFormat,
    /// Write to FILE instead of standard output ("-": standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `dixit speakers`.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Source of the records.
    #[command(flatten)]
    pub source: ViewSourceArgs,
    /// Count only the quotes of this speaker (matched like `dixit quotes --speaker`).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ViewFormat::Table)]
    pub format: ViewFormat,
    /// Write to FILE instead of standard output ("-": standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `dixit report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Source of the records.
    #[command(flatten)]
    pub source: ViewSourceArgs,
    /// The HTML file to write.
    #[arg(long, short = 'o', value_name = "FILE.html")]
    pub output: PathBuf,
    /// Show at most N articles (the first N of the input).
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub max_articles: usize,
    /// Show at most this many megabytes of article text.
    #[arg(long, default_value_t = 64, value_name = "MB")]
    pub max_text_mb: usize,
    /// Title of the page.
    #[arg(long, default_value = "dixit report")]
    pub title: String,
}

/// Format of the row views.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ViewFormat {
    /// Aligned columns (trimmed to the terminal's width on a terminal).
    Table,
    /// Tab-separated, with a header.
    Tsv,
    /// Comma-separated, with a header.
    Csv,
    /// One JSON object per row.
    Jsonl,
}

/// Input format flag.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InputFormat {
    /// JSONL when the first non-blank byte is '{', else one text article.
    Auto,
    /// JSON Lines.
    Jsonl,
    /// One plain-text article.
    Text,
}

/// Language flag.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
    /// Detect per article.
    Auto,
    /// French.
    Fr,
    /// English.
    En,
}
