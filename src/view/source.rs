//! Where the views' records come from: the pipeline, or a JSONL file dixit wrote earlier.
//!
//! [`Records::Pipeline`] runs the pipeline exactly like `dixit extract` (same reader, same
//! engine, same parallel driver, records in input order) and hands each record to the view as
//! it is written; [`Records::Jsonl`] reads records from a file (`-` for standard input, `.gz`
//! decompressed), so a corpus is not processed twice. Either way memory stays bounded by the
//! driver's batches; a view can stop early ([`Flow::Stop`]).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

use crate::engine::Engine;
use crate::error::Error;
use crate::input::Reader;
use crate::pipeline::{self, RunError, RunOptions};

use super::{id_text, Record};

/// Whether a view wants more records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Keep going.
    Continue,
    /// Enough: stop reading (the report's cap).
    Stop,
}

/// A source of records.
// One value per run: the size of its variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Records<'e> {
    /// Run the pipeline over articles.
    Pipeline {
        /// The engine.
        engine: &'e Engine,
        /// The articles.
        reader: Reader,
        /// Keep each article's text in its record (the report needs it).
        with_text: bool,
    },
    /// Read records dixit wrote.
    Jsonl(JsonlRecords),
}

impl std::fmt::Debug for Records<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Records::Pipeline { with_text, .. } => f
                .debug_struct("Pipeline")
                .field("with_text", with_text)
                .finish_non_exhaustive(),
            Records::Jsonl(j) => f.debug_tuple("Jsonl").field(&j.name).finish(),
        }
    }
}

/// What happened while reading.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Records handed to the view.
    pub records: u64,
    /// Error records and unreadable lines, skipped.
    pub errors: u64,
    /// Messages for the first errors (at most [`Outcome::MAX_MESSAGES`]).
    pub messages: Vec<String>,
    /// Inputs that could not be opened (the pipeline reader's fatal errors).
    pub fatal: Vec<Error>,
    /// The view stopped early.
    pub stopped: bool,
}

impl Outcome {
    /// How many error messages are kept.
    pub const MAX_MESSAGES: usize = 20;

    fn error(&mut self, message: String) {
        self.errors += 1;
        if self.messages.len() < Self::MAX_MESSAGES {
            self.messages.push(message);
        }
    }
}

/// Feeds every record of `source` to `view`, in input order, until the end or until `view`
/// says [`Flow::Stop`]. Error records and unreadable lines are counted in the outcome, not
/// passed on. The only error returned is the view's own (writing its output).
pub fn for_each(
    source: Records<'_>,
    mut view: impl FnMut(Record) -> io::Result<Flow>,
) -> io::Result<Outcome> {
    let mut outcome = Outcome::default();
    match source {
        Records::Jsonl(lines) => {
            for r in lines {
                match r {
                    Ok(rec) => {
                        if let Some(msg) = error_message(&rec) {
                            outcome.error(msg);
                            continue;
                        }
                        outcome.records += 1;
                        if view(rec)? == Flow::Stop {
                            outcome.stopped = true;
                            break;
                        }
                    }
                    Err(e) => outcome.error(e.to_string()),
                }
            }
        }
        Records::Pipeline {
            engine,
            reader,
            with_text,
        } => {
            let mut sink = Sink {
                buf: Vec::new(),
                view: &mut view,
                outcome: &mut outcome,
            };
            let opts = RunOptions { with_text };
            let (_, result) = pipeline::run(engine, reader, &mut sink, &opts, |_| {});
            match result {
                Ok(reader) => outcome.fatal = reader.fatal,
                Err(RunError::Output(e)) if e.get_ref().is_some_and(|r| r.is::<StopMarker>()) => {
                    outcome.stopped = true
                }
                Err(RunError::Output(e)) => return Err(e),
            }
        }
    }
    Ok(outcome)
}

fn error_message(rec: &Record) -> Option<String> {
    let e = rec.error.as_ref()?;
    let msg = e
        .get("message")
        .and_then(|m| m.as_str())
        .map_or_else(|| e.to_string(), str::to_string);
    Some(format!("record {}: {msg}", id_text(&rec.id)))
}

#[derive(Debug)]
struct StopMarker;

impl std::fmt::Display for StopMarker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("view stopped reading")
    }
}

impl std::error::Error for StopMarker {}

/// Takes the pipeline's JSONL output and hands each record to the view.
struct Sink<'a, F> {
    buf: Vec<u8>,
    view: &'a mut F,
    outcome: &'a mut Outcome,
}

impl<F: FnMut(Record) -> io::Result<Flow>> Write for Sink<'_, F> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        while let Some(nl) = memchr::memchr(b'\n', &self.buf) {
            let line: Vec<u8> = self.buf.drain(..=nl).collect();
            // The pipeline writes valid records; a failure here is a bug worth reporting.
            let rec: Record = serde_json::from_slice(&line)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            if let Some(msg) = error_message(&rec) {
                self.outcome.error(msg);
                continue;
            }
            self.outcome.records += 1;
            if (self.view)(rec)? == Flow::Stop {
                return Err(io::Error::other(StopMarker));
            }
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Records read from a dixit JSONL file, one per non-blank line.
pub struct JsonlRecords {
    name: String,
    lines: Box<dyn BufRead + Send>,
    line_no: u64,
    buf: String,
    done: bool,
}

impl JsonlRecords {
    /// Opens `path` (`-` is standard input; a `.gz` file is decompressed).
    pub fn open(path: &Path) -> Result<JsonlRecords, Error> {
        if path.as_os_str() == "-" {
            return Ok(JsonlRecords::new("standard input", io::stdin()));
        }
        let f = File::open(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
        {
            Ok(JsonlRecords::new(
                name,
                flate2::read::MultiGzDecoder::new(f),
            ))
        } else {
            Ok(JsonlRecords::new(name, f))
        }
    }

    /// Records read from `r`, named `name` in messages.
    pub fn new(name: impl Into<String>, r: impl Read + Send + 'static) -> JsonlRecords {
        JsonlRecords {
            name: name.into(),
            lines: Box::new(BufReader::with_capacity(1 << 16, r)),
            line_no: 0,
            buf: String::new(),
            done: false,
        }
    }
}

impl Iterator for JsonlRecords {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line_no += 1;
            match self.lines.read_line(&mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) if self.buf.trim().is_empty() => {}
                Ok(_) => return Some(parse_record(&self.name, self.line_no, self.buf.trim())),
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::Other(format!(
                        "{}:{}: cannot read: {e}",
                        self.name, self.line_no
                    ))));
                }
            }
        }
        None
    }
}

/// Parses one line of a dixit JSONL file; `name` and `line` locate it in messages.
pub fn parse_record(name: &str, line: u64, text: &str) -> Result<Record, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rec: Record = serde_json::from_str(text)
        .map_err(|e| Error::Other(format!("{name}:{line}: not a dixit record: {e}")))?;
    match rec.schema.as_deref() {
        Some(crate::output::SCHEMA) => Ok(rec),
        Some(other) => Err(Error::Other(format!(
            "{name}:{line}: schema {other:?}, expected {:?}",
            crate::output::SCHEMA
        ))),
        None => Err(Error::Other(format!(
            "{name}:{line}: not a dixit record (no \"schema\" field); --from-jsonl reads what `dixit extract` writes, \
             articles go in INPUT"
        ))),
    }
}
