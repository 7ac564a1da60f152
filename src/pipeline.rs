//! The parallel driver: read, analyze on all threads, write records in input order.
//!
//! Every thread of the rayon pool runs one worker loop for the whole run, with its own
//! [`Worker`](crate::engine::Worker) (warm buffers and caches): it takes the next chunk of
//! records from the reader (eight articles or 64 KB, under a lock; a JSONL line is not parsed
//! there), parses and analyzes them into one output buffer, frees the lines it read, and hands
//! the buffer in. Chunks are numbered as read and put back in input order; the calling thread
//! writes them, woken once sixteen are ready in order (or at the end). There is no barrier
//! between batches: a thread that finishes a chunk takes the next one at once.
//!
//! Memory is bounded by a window: at most 128 chunks are read and not yet written, so a
//! slow article or a slow output makes the readers wait rather than the memory grow. Output
//! buffers are reused. With a pool of one thread (`--threads 1`), one thread reads, analyzes
//! and writes each record in turn. The output does not depend on the thread count.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

use crate::engine::Engine;
use crate::input::{InputOptions, Item, Raw, Reader};
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

/// With one thread, progress is reported after this many records or bytes of input.
const PROGRESS_ITEMS: usize = 512;
const PROGRESS_BYTES: usize = 4 << 20;

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

/// Runs the pipeline over `reader`, writing to `out`. `on_batch` is called after each group
/// of records written, with the running summary (for a progress bar).
pub fn run(
    engine: &Engine,
    reader: Reader,
    out: &mut dyn Write,
    opts: &RunOptions,
    mut on_batch: impl FnMut(&Summary),
) -> (Summary, Result<Reader, RunError>) {
    let threads = rayon::current_num_threads();
    if threads <= 1 {
        return run_sequential(engine, reader, out, opts, on_batch);
    }
    let t0 = Instant::now();
    let mut summary = Summary::default();
    let input_opts = reader.options().clone();
    let feed = Mutex::new(Feed {
        reader,
        next_seq: 0,
        ended: false,
    });
    let order = Mutex::new(Order::default());
    let shared = Shared {
        feed: &feed,
        order: &order,
        room: Condvar::new(),
        ready: Condvar::new(),
        input_opts: &input_opts,
        opts,
    };
    let mut outcome = Ok(());
    rayon::in_place_scope(|scope| {
        let shared = &shared;
        for _ in 0..threads {
            scope.spawn(move |_| analyze_chunks(engine, shared));
        }
        // This thread writes; if it unwinds, the workers are told to stop.
        let _stop_on_unwind = StopOnDrop(shared);
        let mut spent = Vec::new();
        while let Some(chunks) = shared.wait_ready(&mut spent) {
            'write: for c in &chunks {
                let mut start = 0;
                for &(end, counts, bytes) in &c.ends {
                    if let Err(e) = out.write_all(&c.bytes[start..end]) {
                        outcome = Err(RunError::Output(e));
                        break 'write;
                    }
                    start = end;
                    summary.count(counts, bytes);
                }
            }
            spent = chunks;
            if outcome.is_err() {
                shared.stop();
                break;
            }
            summary.seconds = t0.elapsed().as_secs_f64();
            on_batch(&summary);
        }
    });
    let reader = feed.into_inner().unwrap_or_else(|p| p.into_inner()).reader;
    if outcome.is_ok() {
        if let Err(e) = out.flush() {
            outcome = Err(RunError::Output(e));
        }
    }
    summary.seconds = t0.elapsed().as_secs_f64();
    (summary, outcome.map(|_| reader))
}

/// Articles analyzed in one piece into one buffer: at most this many, and no more once their
/// input reaches [`CHUNK_BYTES`].
const CHUNK_ITEMS: usize = 8;
const CHUNK_BYTES: usize = 64 << 10;
/// Chunks read and not yet written, at most: the memory bound of a run (about 8 MB of input
/// and its output, plus the largest articles).
const WINDOW: usize = 128;
/// Chunks in order that wake the writer (fewer at the end of the input or of the window).
const WAKE: usize = 16;
/// The largest output buffer kept for reuse (bytes); at most [`WINDOW`] are kept.
const SPARE_MAX: usize = 1 << 17;

/// The output lines of a few consecutive articles: their bytes end to end, and for each line
/// where it ends, its (entities, quotes, error?) counts and its input bytes.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    ends: Vec<(usize, (u64, u64, bool), usize)>,
}

/// The input side, taken in turn by the workers.
struct Feed {
    reader: Reader,
    /// Sequence number of the next chunk read.
    next_seq: u64,
    /// The reader gave its last record.
    ended: bool,
}

/// The output side: chunks put back in input order for the writer.
#[derive(Default)]
struct Order {
    /// Sequence number of `pending[0]`: every chunk before it is ready or written.
    frontier: u64,
    /// Chunks from `frontier` on, by sequence number; None until analyzed.
    pending: VecDeque<Option<Chunk>>,
    /// Chunks in input order, for the writer to write.
    ready: Vec<Chunk>,
    /// Chunks taken (or about to be) from the reader and not written yet.
    in_flight: usize,
    /// Workers between taking a chunk and handing it in.
    busy: usize,
    /// The reader has no more records.
    input_ended: bool,
    /// Stop: the output failed, or a thread unwound.
    stop: bool,
    /// Written buffers, for the workers to reuse.
    spare: Vec<Chunk>,
    /// Threads waiting on `room`, and whether the writer waits on `ready` (a signal nobody
    /// waits for is not sent: each costs a system call).
    room_waiters: usize,
    writer_waits: bool,
}

impl Order {
    /// Nothing more will come to the writer.
    fn finished(&self) -> bool {
        self.busy == 0 && (self.stop || self.input_ended)
    }
}

/// What the workers and the writer share.
struct Shared<'a> {
    feed: &'a Mutex<Feed>,
    order: &'a Mutex<Order>,
    /// Signalled when the window has room again (or on stop).
    room: Condvar,
    /// Signalled when the writer has work (or nothing more will come).
    ready: Condvar,
    input_opts: &'a InputOptions,
    opts: &'a RunOptions,
}

impl Shared<'_> {
    fn order(&self) -> MutexGuard<'_, Order> {
        self.order.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Tells every thread to stop.
    fn stop(&self) {
        self.order().stop = true;
        self.room.notify_all();
        self.ready.notify_all();
    }

    /// Waits for chunks to write, in order; None when the run is over. `spent` are the
    /// chunks written last: the window gets their room back, their buffers go back to the
    /// workers.
    fn wait_ready(&self, spent: &mut Vec<Chunk>) -> Option<Vec<Chunk>> {
        let mut o = self.order();
        o.in_flight -= spent.len();
        for mut c in spent.drain(..) {
            // (A buffer grown by a very long article is let go: memory stays bounded.)
            if c.bytes.capacity() <= SPARE_MAX && o.spare.len() < WINDOW {
                c.bytes.clear();
                c.ends.clear();
                o.spare.push(c);
            }
        }
        if o.room_waiters > 0 {
            self.room.notify_all();
        }
        loop {
            if o.stop {
                return None;
            }
            let finished = o.finished();
            if o.ready.len() >= WAKE || (!o.ready.is_empty() && (finished || o.in_flight >= WINDOW))
            {
                return Some(std::mem::take(&mut o.ready));
            }
            if finished {
                return None;
            }
            o.writer_waits = true;
            o = self.ready.wait(o).unwrap_or_else(|p| p.into_inner());
            o.writer_waits = false;
        }
    }
}

/// Sets `stop` when dropped by an unwinding thread, so that no thread waits forever for it.
struct StopOnDrop<'a, 'b>(&'a Shared<'b>);

impl Drop for StopOnDrop<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// A worker's loop, on one pool thread for the whole run (its [`Worker`]'s buffers and caches
/// stay warm): take the next few records from the reader, parse and analyze them into one
/// buffer, hand it in for writing in order; until the input ends or the run stops.
fn analyze_chunks(engine: &Engine, shared: &Shared<'_>) {
    let _stop_on_unwind = StopOnDrop(shared);
    let mut worker = engine.worker();
    let mut raws: Vec<Raw> = Vec::with_capacity(CHUNK_ITEMS);
    let mut chunk = Chunk::default();
    loop {
        // A place in the window first: memory stays bounded if one article takes long.
        {
            let mut o = shared.order();
            while !o.stop && !o.input_ended && o.in_flight >= WINDOW {
                o.room_waiters += 1;
                o = shared.room.wait(o).unwrap_or_else(|p| p.into_inner());
                o.room_waiters -= 1;
            }
            if o.stop || o.input_ended {
                return;
            }
            o.in_flight += 1;
            o.busy += 1;
            if chunk.bytes.capacity() == 0 {
                chunk = o.spare.pop().unwrap_or_default();
            }
        }
        let seq = {
            let mut f = shared.feed.lock().unwrap_or_else(|p| p.into_inner());
            let mut bytes = 0;
            while !f.ended && raws.len() < CHUNK_ITEMS && bytes < CHUNK_BYTES {
                match f.reader.next_raw() {
                    Some(raw) => {
                        bytes += raw.bytes();
                        raws.push(raw);
                    }
                    None => f.ended = true,
                }
            }
            let seq = f.next_seq;
            f.next_seq += !raws.is_empty() as u64;
            seq
        };
        if raws.is_empty() {
            let mut o = shared.order();
            o.in_flight -= 1;
            o.busy -= 1;
            o.input_ended = true;
            let (room, writer) = (o.room_waiters > 0, o.writer_waits);
            drop(o);
            if room {
                shared.room.notify_all();
            }
            if writer {
                shared.ready.notify_one();
            }
            return;
        }
        for raw in raws.drain(..) {
            // A JSONL line is parsed here, on the thread that analyzes it.
            let parsed;
            let item = match &raw {
                Raw::Item(item) => item,
                Raw::Line(line) => {
                    parsed = line.parse(shared.input_opts);
                    &parsed
                }
            };
            let counts = render(&mut worker, item, shared.opts, &mut chunk.bytes);
            chunk.ends.push((chunk.bytes.len(), counts, raw.bytes()));
        }
        let mut o = shared.order();
        o.busy -= 1;
        let i = (seq - o.frontier) as usize;
        debug_assert!(i < WINDOW, "a chunk beyond the window");
        if o.pending.len() <= i {
            o.pending.resize_with(i + 1, || None);
        }
        o.pending[i] = Some(std::mem::take(&mut chunk));
        while let Some(Some(_)) = o.pending.front() {
            if let Some(Some(c)) = o.pending.pop_front() {
                o.ready.push(c);
            }
            o.frontier += 1;
        }
        if o.writer_waits && (o.ready.len() >= WAKE || o.in_flight >= WINDOW || o.finished()) {
            o.writer_waits = false;
            drop(o);
            shared.ready.notify_one();
        }
    }
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
    // Records and bytes since the last progress report.
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
        if items >= PROGRESS_ITEMS || bytes >= PROGRESS_BYTES {
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
