//! Flags -> a built configuration -> run. `main` only calls [`main`].

pub mod args;
mod view;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::time::Duration;

use clap::Parser;
use rayon::prelude::*;
use serde_json::Value;

use args::{Cli, Command, EngineArgs, EvalArgs, ExtractArgs, InputArgs, InputFormat, LangArg};
use dixit::engine::{Engine, EngineBuilder};
use dixit::input::{self, Format, InputOptions, Reader};
use dixit::pipeline::{self, RunError, RunOptions};
use dixit::{eval, lang::Lang};

/// Exit codes.
pub const OK: i32 = 0;
/// Some records had errors.
pub const RECORD_ERRORS: i32 = 1;
/// Usage or fatal I/O error.
pub const FATAL: i32 = 2;

/// The largest `--max-article-bytes` accepted.
pub const MAX_ARTICLE_BYTES_CAP: usize = 1 << 30;

/// Runs the command line; returns the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract(a),
        Command::Eval(a) => run_eval(a),
        Command::Quotes(a) => view::quotes(a),
        Command::Speakers(a) => view::speakers(a),
        Command::Report(a) => view::report(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dixit: {e}");
            FATAL
        }
    }
}

/// Builds the engine and the thread pool from the flags.
pub fn build_engine(a: &EngineArgs) -> Result<Engine, dixit::Error> {
    if let Some(n) = a.threads {
        // The global pool can only be set once; a second call keeps the first.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let mut b = EngineBuilder::new()
        .default_gazetteers(!a.no_default_gazetteers)
        .lang(match a.lang {
            LangArg::Auto => None,
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
        });
    for g in &a.gazetteers {
        b = b.gazetteer_file(g);
    }
    b.build()
}

/// Builds the reader from the flags.
pub fn build_reader(a: &InputArgs) -> Result<Reader, dixit::Error> {
    let sources = input::sources(&a.inputs)?;
    let opts = InputOptions {
        id_field: a.id_field.clone(),
        text_field: a.text_field.clone(),
        format: match a.input_format {
            InputFormat::Auto => Format::Auto,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Text => Format::Text,
        },
        max_article_bytes: a.max_article_bytes,
    };
    // Offsets inside an article are 32-bit, and normalization may grow a text.
    if opts.max_article_bytes > MAX_ARTICLE_BYTES_CAP {
        return Err(dixit::Error::Other(format!(
            "--max-article-bytes {} is over the largest supported article, {MAX_ARTICLE_BYTES_CAP} bytes (1 GiB)",
            opts.max_article_bytes
        )));
    }
    Ok(Reader::new(sources, opts))
}

fn extract(a: ExtractArgs) -> Result<i32, dixit::Error> {
    let reader = build_reader(&a.input)?;
    // Lives until the process exits: freeing its 170k list entries one by one at the end
    // would only cost time (some 80 million instructions), and the system takes it all back.
    let engine = std::mem::ManuallyDrop::new(build_engine(&a.engine)?);
    // "-o -" is standard output, as "-" is standard input.
    let output = a.output.as_deref().filter(|p| p.as_os_str() != "-");
    let (out, out_name): (Box<dyn Write>, String) = match output {
        Some(p) => (
            Box::new(File::create(p).map_err(|e| dixit::Error::io(p, e))?),
            p.display().to_string(),
        ),
        None => (Box::new(io::stdout().lock()), "standard output".into()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let bar = (!a.quiet && io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    });
    let opts = RunOptions {
        with_text: a.with_text,
    };
    let (summary, result) = pipeline::run(&engine, reader, &mut out, &opts, |s| {
        if let Some(b) = &bar {
            b.set_message(format!(
                "{} articles, {:.1} MB, {:.1} MB/s, {} errors",
                s.articles,
                s.bytes as f64 / 1e6,
                s.mb_per_s(),
                s.errors
            ));
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let reader = match result {
        Ok(r) => r,
        Err(RunError::Output(e)) => {
            // Drop the buffer unwritten: writing it on drop could append to a partial line.
            drop(out.into_parts());
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(OK);
            }
            let tail = match output {
                Some(p) => match trim_partial_line(p) {
                    Ok(_) => "the output ends with the last complete record".to_string(),
                    Err(t) => format!("the last line of the output may be incomplete ({t})"),
                },
                None => "the last line written may be incomplete".to_string(),
            };
            eprintln!("dixit: cannot write to {out_name}: {e}; stopped ({tail})");
            return Ok(FATAL);
        }
    };
    let mut code = if summary.errors > 0 {
        RECORD_ERRORS
    } else {
        OK
    };
    for e in &reader.fatal {
        eprintln!("dixit: {e}");
        code = FATAL;
    }
    if !a.quiet {
        eprintln!(
            "dixit: {} articles, {} entities, {} quotes, {} errors in {:.2} s ({:.1} MB, {:.1} MB/s, {} threads)",
            summary.articles,
            summary.entities,
            summary.quotes,
            summary.errors,
            summary.seconds,
            summary.bytes as f64 / 1e6,
            summary.mb_per_s(),
            rayon::current_num_threads()
        );
    }
    Ok(code)
}

/// After a failed write to `path`, cuts the file back to its last newline, so that a record
/// cut short is not left looking like a line of output.
fn trim_partial_line(path: &std::path::Path) -> io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Ok(()); // /dev/full, a pipe, ...: nothing to cut
    }
    let len = meta.len();
    let mut end = len;
    let mut chunk = vec![0u8; 1 << 16];
    while end > 0 {
        let start = end.saturating_sub(chunk.len() as u64);
        let buf = &mut chunk[..(end - start) as usize];
        f.seek(SeekFrom::Start(start))?;
        f.read_exact(buf)?;
        if let Some(i) = memchr::memrchr(b'\n', buf) {
            end = start + i as u64 + 1;
            break;
        }
        end = start;
    }
    if end < len {
        f.set_len(end)?;
    }
    Ok(())
}

fn read_file(p: &std::path::Path) -> Result<String, dixit::Error> {
    let bytes = std::fs::read(p).map_err(|e| dixit::Error::io(p, e))?;
    String::from_utf8(bytes)
        .map_err(|_| dixit::Error::Other(format!("{}: not valid UTF-8", p.display())))
}

/// Runs the pipeline on gold records and returns predictions as JSON values.
pub fn predict(engine: &Engine, gold: &[Value]) -> Vec<Value> {
    gold.par_iter()
        .map_init(
            || engine.worker(),
            |w, g| {
                let text = g.get("text").and_then(Value::as_str).unwrap_or("");
                let a = w.analyze(text);
                let mut v = serde_json::to_value(&a).unwrap_or(Value::Null);
                if let Value::Object(m) = &mut v {
                    m.insert("id".into(), g.get("id").cloned().unwrap_or(Value::Null));
                }
                v
            },
        )
        .collect()
}

fn run_eval(a: EvalArgs) -> Result<i32, dixit::Error> {
    let gold_name = a.gold.display().to_string();
    let gold = eval::load_records(&gold_name, &read_file(&a.gold)?)?;
    let pred = match &a.pred {
        Some(p) => eval::load_records(&p.display().to_string(), &read_file(p)?)?,
        None => {
            let engine = build_engine(&a.engine)?;
            predict(&engine, &gold)
        }
    };
    let scores = eval::score(&gold, &pred);
    let mut out = io::stdout().lock();
    let r = if a.json {
        serde_json::to_writer_pretty(&mut out, &scores)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        write!(out, "{scores}")
    };
    match r {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(dixit::Error::Other(format!("writing the scores: {e}")))
        }
        _ => Ok(OK),
    }
}
