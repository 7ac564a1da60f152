//! The parallel driver: read batches, analyze them on all threads, write records in input order.
//!
//! A reader thread fills batches (about 4 MB or 512 articles each) of records as read (a JSONL
//! line is not parsed there) into a channel that holds two; a processor thread takes one batch
//! at a time and analyzes its articles in parallel on the rayon pool, eight articles to a job,
//! each pool thread with its own [`Worker`] kept for the whole run (warm buffers and caches),
//! parsing each line just before analyzing it; the calling thread writes the records of the
//! previous batch in order meanwhile, then hands the batch back to the reader, which frees its
//! lines (memory is freed by the thread that allocated it; output buffers are reused). With a pool of one thread
//! (`--threads 1`), one thread reads, analyzes and writes each record in turn. Memory is
//! bounded by a few batches whatever the input size; the output does not depend on the thread
//! count.

use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;

use crate::engine::{Engine, Worker};
use crate::input::{Item, Raw, Reader};
use crate::output::{write_error, write_record, RecordError};

/// Options for a run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Echo the article text in each record.
    pub with_text: bool,
}

/// Counts of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    /// Records written (results and errors).
    pub articles: u64,
    /// Entities written.
    pub entities: u64,
    /// Quotes written.
    pub quotes: u64,
    /// Error records written.
    pub errors: u64,
    /// Input bytes.
    pub bytes: u64,
    /// Seconds elapsed.
    pub seconds: f64,
}

impl Summary {
    /// Counts one record written: its (entities, quotes, error?) counts and its input bytes.
    fn count(&mut self, (entities, quotes, error): (u64, u64, bool), bytes: usize) {
        self.articles += 1;
        self.entities += entities;
        self.quotes += quotes;
        self.errors += error as u64;
        self.bytes += bytes as u64;
    }

    /// Input MB/s.
    pub fn mb_per_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

/// Why a run stopped early.
#[derive(Debug)]
pub enum RunError {
    /// Writing the output failed (a closed pipe is `BrokenPipe`).
    Output(io::Error),
}

const BATCH_BYTES: usize = 4 << 20;
const BATCH_ITEMS: usize = 512;
/// Articles analyzed by one pool job into one buffer.
const CHUNK_ITEMS: usize = 8;
/// The most output buffers kept for reuse (two batches' worth), and the largest (bytes): at
/// most 16 MB kept whatever the input.
const SPARE_CHUNKS: usize = 128;
const SPARE_MAX: usize = 1 << 17;

/// The output lines of a few consecutive articles: their bytes end to end, and where each
/// line ends with its (entities, quotes, error?) counts.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    ends: Vec<(usize, (u64, u64, bool))>,
}

/// Analyzes one item into its output line(s). Returns (entities, quotes, error?) counts.
pub fn render(
    worker: &mut crate::engine::Worker<'_>,
    item: &Item,
    opts: &RunOptions,
    buf: &mut Vec<u8>,
) -> (u64, u64, bool) {
    match &item.body {
        Ok(article) => {
            // A bug on one article must not end a long run: a panic becomes an error record.
            // The worker clears its buffers at the start of each article, so it stays usable.
            let analyzed = panic::catch_unwind(AssertUnwindSafe(move || {
                // Moved in, so that the record borrowed from the worker outlives the closure.
                let worker = worker;
                worker.analyze_in_place(&article.text)
            }));
            match analyzed {
                Ok(a) => {
                    write_record(
                        buf,
                        &item.id,
                        a,
                        &article.extra,
                        opts.with_text.then_some(article.text.as_str()),
                    );
                    (a.entities.len() as u64, a.quotes.len() as u64, false)
                }
                Err(payload) => {
                    let what = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    let e = RecordError {
                        kind: "internal_error",
                        message: format!(
                            "dixit failed on this article (a bug, please report it): {what}"
                        ),
                        line: None,
                        file: None,
                    };
                    write_error(buf, &item.id, &e);
                    (0, 0, true)
                }
            }
        }
        Err(e) => {
            write_error(buf, &item.id, e);
            (0, 0, true)
        }
    }
}

/// Runs the pipeline over `reader`, writing to `out`. `on_batch` is called after each batch
/// with the running summary (for a progress bar).
pub fn run(
    engine: &Engine,
    mut reader: Reader,
    out: &mut dyn Write,
    opts: &RunOptions,
    mut on_batch: impl FnMut(&Summary),
) -> (Summary, Result<Reader, RunError>) {
    if rayon::current_num_threads() <= 1 {
        return run_sequential(engine, reader, out, opts, on_batch);
    }
    let t0 = Instant::now();
    let mut summary = Summary::default();
    let input_opts = reader.options().clone();
    let input_opts = &input_opts;
    let (tx, rx) = crossbeam_channel::bounded::<Vec<Raw>>(2);
    // Written batches go back to the reader, which frees their articles: memory is freed by
    // the thread that allocated it (a free from another thread costs more, and makes the
    // allocator hand memory back to the system, which interrupts the other core).
    let (spent_tx, spent_rx) = crossbeam_channel::unbounded::<Vec<Raw>>();
    // Output buffers, reused from batch to batch rather than allocated by one thread and freed
    // by another.
    let spare_chunks: Mutex<Vec<Chunk>> = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let result = std::thread::scope(|scope| {
        let stop = &stop;
        let spare_chunks = &spare_chunks;
        let producer = scope.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0;
            while let Some(raw) = reader.next_raw() {
                bytes += raw.bytes();
                batch.push(raw);
                if batch.len() >= BATCH_ITEMS || bytes >= BATCH_BYTES {
                    if stop.load(Ordering::Relaxed) || tx.send(std::mem::take(&mut batch)).is_err()
                    {
                        return reader;
                    }
                    bytes = 0;
                    // A written batch, if one came back: its lines freed here, its vector the
                    // next batch's.
                    if let Ok(mut spent) = spent_rx.try_recv() {
                        spent.clear();
                        batch = spent;
                    }
                    for mut spent in spent_rx.try_iter() {
                        spent.clear();
                    }
                }
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
            reader
        });
        // The analysis of the next batch goes on while this thread writes the last one.
        let (done_tx, done_rx) = crossbeam_channel::bounded::<(Vec<Raw>, Vec<Chunk>)>(1);
        let processor = scope.spawn(move || {
            // One worker per pool thread, kept for the whole run: its buffers and caches stay
            // warm from batch to batch. A thread only ever locks its own, so the locks are free.
            let workers: Vec<Mutex<Worker<'_>>> = (0..rayon::current_num_threads())
                .map(|_| Mutex::new(engine.worker()))
                .collect();
            for batch in rx.iter() {
                let chunks: Vec<Chunk> = batch
                    .par_chunks(CHUNK_ITEMS)
                    .map(|items| {
                        let slot = rayon::current_thread_index().unwrap_or(0) % workers.len();
                        let mut worker = workers[slot].lock().unwrap_or_else(|p| p.into_inner());
                        let spare = spare_chunks.lock().map(|mut v| v.pop());
                        let mut chunk = spare.ok().flatten().unwrap_or_default();
                        for raw in items {
                            // A JSONL line is parsed here, on the thread that analyzes it:
                            // the article's text is in this core's cache when its analysis
                            // starts, and the reader thread only reads.
                            let parsed;
                            let item = match raw {
                                Raw::Item(item) => item,
                                Raw::Line(line) => {
                                    parsed = line.parse(input_opts);
                                    &parsed
                                }
                            };
                            let counts = render(&mut worker, item, opts, &mut chunk.bytes);
                            chunk.ends.push((chunk.bytes.len(), counts));
                        }
                        chunk
                    })
                    .collect();
                if done_tx.send((batch, chunks)).is_err() {
                    break;
                }
            }
        });
        let mut outcome = Ok(());
        for (batch, chunks) in done_rx.iter() {
            let lines = chunks.iter().flat_map(|c| {
                let mut start = 0;
                c.ends.iter().map(move |&(end, counts)| {
                    let line = &c.bytes[start..end];
                    start = end;
                    (line, counts)
                })
            });
            for (raw, (line, counts)) in batch.iter().zip(lines) {
                if let Err(e) = out.write_all(line) {
                    outcome = Err(RunError::Output(e));
                    break;
                }
                summary.count(counts, raw.bytes());
            }
            if outcome.is_err() {
                stop.store(true, Ordering::Relaxed);
                break;
            }
            if let Ok(mut spare) = spare_chunks.lock() {
                // (A buffer grown by a very long article is let go: memory stays bounded.)
                for mut c in chunks
                    .into_iter()
                    .filter(|c| c.bytes.capacity() <= SPARE_MAX)
                {
                    if spare.len() >= SPARE_CHUNKS {
                        break;
                    }
                    c.bytes.clear();
                    c.ends.clear();
                    spare.push(c);
                }
            }
            // (Once the reader is done, the batch is freed here.)
            let _ = spent_tx.send(batch);
            summary.seconds = t0.elapsed().as_secs_f64();
            on_batch(&summary);
        }
        drop(done_rx);
        processor
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        let reader = producer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        if outcome.is_ok() {
            if let Err(e) = out.flush() {
                outcome = Err(RunError::Output(e));
            }
        }
        outcome.map(|_| reader)
    });
    summary.seconds = t0.elapsed().as_secs_f64();
    (summary, result)
}

/// [`run`] on one thread (a pool of one, `--threads 1`): each record is read, analyzed and
/// written in turn, with no reader or writer thread beside it, so that one thread means one
/// core. The records are the same as [`run`]'s.
fn run_sequential(
    engine: &Engine,
    mut reader: Reader,
    out: &mut dyn Write,
    opts: &RunOptions,
    mut on_batch: impl FnMut(&Summary),
) -> (Summary, Result<Reader, RunError>) {
    let t0 = Instant::now();
    let mut summary = Summary::default();
    let mut worker = engine.worker();
    let mut buf = Vec::new();
    // Records and bytes since the last progress report (as often as [`run`] reports).
    let (mut items, mut bytes) = (0usize, 0usize);
    let mut outcome = Ok(());
    while let Some(item) = reader.next_item() {
        buf.clear();
        let counts = render(&mut worker, &item, opts, &mut buf);
        if let Err(e) = out.write_all(&buf) {
            outcome = Err(RunError::Output(e));
            break;
        }
        summary.count(counts, item.bytes);
        items += 1;
        bytes += item.bytes;
        if items >= BATCH_ITEMS || bytes >= BATCH_BYTES {
            summary.seconds = t0.elapsed().as_secs_f64();
            on_batch(&summary);
            (items, bytes) = (0, 0);
        }
    }
    if outcome.is_ok() {
        if let Err(e) = out.flush() {
            outcome = Err(RunError::Output(e));
        }
    }
    summary.seconds = t0.elapsed().as_secs_f64();
    if outcome.is_ok() && items > 0 {
        on_batch(&summary);
    }
    (summary, outcome.map(|_| reader))
}
