//! `dixit quotes`, `dixit speakers`, `dixit report`: flags -> a record source and a view -> run.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;

use dixit::view::filter::SpeakerFilter;
use dixit::view::quotes::{QuoteRows, RowOptions};
use dixit::view::report::{Report, ReportOptions};
use dixit::view::source::{self, Flow, JsonlRecords, Outcome, Records};
use dixit::view::speakers::SpeakerTally;
use dixit::view::Format;

use super::args::{QuotesArgs, ReportArgs, SpeakersArgs, ViewFormat, ViewSourceArgs};
use super::{build_engine, build_reader, FATAL, OK, RECORD_ERRORS};

/// Builds the record source from the flags and hands it to `run`.
fn with_source<T>(
    a: &ViewSourceArgs,
    with_text: bool,
    run: impl FnOnce(Records<'_>) -> T,
) -> Result<T, dixit::Error> {
    match &a.from_jsonl {
        Some(p) => Ok(run(Records::Jsonl(JsonlRecords::open(p)?))),
        None => {
            let reader = build_reader(&a.input)?;
            let engine = build_engine(&a.engine)?;
            Ok(run(Records::Pipeline {
                engine: &engine,
                reader,
                with_text,
            }))
        }
    }
}

fn format(f: ViewFormat) -> Format {
    match f {
        ViewFormat::Table => Format::Table,
        ViewFormat::Tsv => Format::Tsv,
        ViewFormat::Csv => Format::Csv,
        ViewFormat::Jsonl => Format::Jsonl,
    }
}

/// Where rows go: the writer, its name for messages, and the terminal's width when it is one.
type Output = (Box<dyn Write>, String, Option<usize>);

/// The output and, when it is a terminal, its width.
fn open_output(p: Option<&Path>) -> Result<Output, dixit::Error> {
    // "-o -" is standard output.
    match p.filter(|p| p.as_os_str() != "-") {
        Some(p) => Ok((
            Box::new(BufWriter::with_capacity(
                1 << 16,
                File::create(p).map_err(|e| dixit::Error::io(p, e))?,
            )),
            p.display().to_string(),
            None,
        )),
        None => {
            let out = io::stdout();
            let width = out.is_terminal().then(|| {
                terminal_size::terminal_size()
                    .map(|(w, _)| w.0 as usize)
                    .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
                    .unwrap_or(80)
            });
            Ok((
                Box::new(BufWriter::with_capacity(1 << 16, out.lock())),
                "standard output".into(),
                width,
            ))
        }
    }
}

/// Reports what reading said and turns it into an exit code.
fn finish(result: io::Result<Outcome>, out_name: &str) -> (i32, Option<Outcome>) {
    let outcome = match result {
        Ok(o) => o,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return (OK, None),
        Err(e) => {
            eprintln!("dixit: cannot write to {out_name}: {e}");
            return (FATAL, None);
        }
    };
    let mut code = OK;
    for m in &outcome.messages {
        eprintln!("dixit: skipped {m}");
    }
    if outcome.errors > outcome.messages.len() as u64 {
        eprintln!(
            "dixit: ... and {} more records skipped",
            outcome.errors - outcome.messages.len() as u64
        );
    }
    if outcome.errors > 0 {
        code = RECORD_ERRORS;
    }
    for e in &outcome.fatal {
        eprintln!("dixit: {e}");
        code = FATAL;
    }
    (code, Some(outcome))
}

pub fn quotes(a: QuotesArgs) -> Result<i32, dixit::Error> {
    let (out, out_name, width) = open_output(a.output.as_deref())?;
    let opts = RowOptions {
        width,
        filter: a.speaker.as_deref().map(SpeakerFilter::new),
    };
    let mut rows = QuoteRows::new(out, format(a.format), opts);
    let result = with_source(&a.source, false, |src| {
        source::for_each(src, |rec| rows.record(&rec).map(|_| Flow::Continue))
    })?;
    let result = result.and_then(|o| rows.finish().map(|_| o));
    let (code, outcome) = finish(result, &out_name);
    if let (Some(o), false) = (outcome, a.source.quiet) {
        eprintln!("dixit: {} quotes from {} articles", rows.rows, o.records);
    }
    Ok(code)
}

pub fn speakers(a: SpeakersArgs) -> Result<i32, dixit::Error> {
    let mut tally = SpeakerTally::new(a.speaker.as_deref().map(SpeakerFilter::new));
    let result = with_source(&a.source, false, |src| {
        source::for_each(src, |rec| {
            tally.record(&rec);
            Ok(Flow::Continue)
        })
    })?;
    let (mut out, out_name, width) = open_output(a.output.as_deref())?;
    let result = result.and_then(|o| tally.write(&mut out, format(a.format), width).map(|_| o));
    Ok(finish(result, &out_name).0)
}

pub fn report(a: ReportArgs) -> Result<i32, dixit::Error> {
    let mut report = Report::new(ReportOptions {
        title: a.title.clone(),
        max_articles: a.max_articles,
        max_text_bytes: a.max_text_mb.saturating_mul(1 << 20),
    });
    let mut bad = None;
    let result = with_source(&a.source, true, |src| {
        source::for_each(src, |rec| match report.add(&rec) {
            Ok(flow) => Ok(flow),
            Err(e) => {
                bad = Some(e);
                Ok(Flow::Stop)
            }
        })
    })?;
    if let Some(e) = bad {
        return Err(e);
    }
    let (code, outcome) = finish(result, "the report");
    if outcome.is_none() {
        return Ok(code);
    }
    let out_name = a.output.display().to_string();
    let file = File::create(&a.output).map_err(|e| dixit::Error::io(&a.output, e))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    report
        .write(&mut out)
        .map_err(|e| dixit::Error::io(&a.output, e))?;
    if let Some(msg) = report.capped() {
        eprintln!("dixit: {out_name}: {msg}");
    }
    if !a.source.quiet {
        let size = std::fs::metadata(&a.output).map(|m| m.len()).unwrap_or(0);
        eprintln!(
            "dixit: wrote {out_name}: {} articles, {:.1} MB",
            report.articles(),
            size as f64 / 1e6
        );
    }
    Ok(code)
}
