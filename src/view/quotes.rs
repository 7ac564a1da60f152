//! `dixit quotes`: one row per quote, streamed.
//!
//! Columns: speaker, quote, kind, article, then speaker_label, speaker_id, cue, verb, start,
//! end (code points). The table puts the quote last so the columns stay aligned when it is
//! whole; on a terminal ([`RowOptions::width`]) long fields are trimmed to fit the width.
//! JSON Lines gives each quote object as dixit wrote it, with the article id in `article`.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::filter::SpeakerFilter;
use super::text::{one_line, pad, trim_to, write_csv_row, write_tsv_row};
use super::{Format, Quote, Record};

/// Header of the TSV and CSV outputs.
pub const COLUMNS: &[&str] = &[
    "speaker",
    "quote",
    "kind",
    "article",
    "speaker_label",
    "speaker_id",
    "cue",
    "verb",
    "start",
    "end",
];

const SPEAKER_COLS: usize = 24;
const KIND_COLS: usize = 7;
const ARTICLE_COLS: usize = 22;
const MIN_QUOTE_COLS: usize = 20;

/// Options of the row views.
#[derive(Debug, Clone, Default)]
pub struct RowOptions {
    /// Terminal width: trim table fields to fit it. None writes them whole.
    pub width: Option<usize>,
    /// Keep only the quotes of this speaker.
    pub filter: Option<SpeakerFilter>,
}

/// Writes quote rows as records come.
#[derive(Debug)]
pub struct QuoteRows<W: Write> {
    out: W,
    format: Format,
    opts: RowOptions,
    header: bool,
    /// Quotes written.
    pub rows: u64,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    article: &'a Value,
    #[serde(flatten)]
    quote: &'a Quote,
}

impl<W: Write> QuoteRows<W> {
    /// A writer of `format` rows to `out`.
    pub fn new(out: W, format: Format, opts: RowOptions) -> QuoteRows<W> {
        QuoteRows {
            out,
            format,
            opts,
            header: false,
            rows: 0,
        }
    }

    fn write_header(&mut self) -> io::Result<()> {
        self.header = true;
        match self.format {
            Format::Tsv => write_tsv_row(&mut self.out, COLUMNS),
            Format::Csv => write_csv_row(&mut self.out, COLUMNS),
            Format::Table => {
                let line = format!(
                    "{} {} {} QUOTE",
                    pad("SPEAKER", SPEAKER_COLS),
                    pad("KIND", KIND_COLS),
                    pad("ARTICLE", ARTICLE_COLS)
                );
                writeln!(self.out, "{}", line.trim_end())
            }
            Format::Jsonl => Ok(()),
        }
    }

    /// Writes the rows of one record's quotes (those the filter keeps).
    pub fn record(&mut self, rec: &Record) -> io::Result<()> {
        if !self.header {
            self.write_header()?;
        }
        let article = rec.id_text();
        for q in &rec.quotes {
            if let Some(f) = &self.opts.filter {
                if !f.matches(rec, q) {
                    continue;
                }
            }
            self.rows += 1;
            match self.format {
                Format::Jsonl => {
                    serde_json::to_writer(
                        &mut self.out,
                        &JsonRow {
                            article: &rec.id,
                            quote: q,
                        },
                    )?;
                    self.out.write_all(b"\n")?;
                }
                Format::Tsv | Format::Csv => {
                    let start = q.start.to_string();
                    let end = q.end.to_string();
                    let fields = [
                        q.speaker.as_deref().unwrap_or(""),
                        &q.text,
                        &q.kind,
                        &article,
                        q.speaker_label.as_deref().unwrap_or(""),
                        q.speaker_id.as_deref().unwrap_or(""),
                        q.cue.as_ref().map_or("", |c| c.text.as_str()),
                        q.verb.as_deref().unwrap_or(""),
                        &start,
                        &end,
                    ];
                    if self.format == Format::Tsv {
                        write_tsv_row(&mut self.out, &fields)?;
                    } else {
                        write_csv_row(&mut self.out, &fields)?;
                    }
                }
                Format::Table => {
                    let speaker = one_line(q.speaker.as_deref().unwrap_or("—"));
                    let quote = one_line(&q.text);
                    let article = one_line(&article);
                    let line = match self.opts.width {
                        Some(w) => {
                            let rest = w
                                .saturating_sub(SPEAKER_COLS + KIND_COLS + ARTICLE_COLS + 3)
                                .max(MIN_QUOTE_COLS);
                            format!(
                                "{} {} {} {}",
                                pad(&trim_to(&speaker, SPEAKER_COLS), SPEAKER_COLS),
                                pad(&trim_to(&q.kind, KIND_COLS), KIND_COLS),
                                pad(&trim_to(&article, ARTICLE_COLS), ARTICLE_COLS),
                                trim_to(&quote, rest)
                            )
                        }
                        None => format!(
                            "{} {} {} {}",
                            pad(&speaker, SPEAKER_COLS),
                            pad(&q.kind, KIND_COLS),
                            pad(&article, ARTICLE_COLS),
                            quote
                        ),
                    };
                    writeln!(self.out, "{line}")?;
                }
            }
        }
        Ok(())
    }

    /// Writes the header if no record came and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        if !self.header {
            self.write_header()?;
        }
        self.out.flush()
    }

    /// The writer.
    pub fn into_inner(self) -> W {
        self.out
    }
}
