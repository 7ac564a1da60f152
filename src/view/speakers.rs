//! `dixit speakers`: per speaker, how many quotes in how many articles, and where first and
//! last; plus the unattributed quotes, so coverage is visible.
//!
//! Speakers are grouped by canonical name. Memory grows with the number of distinct speakers,
//! not with the corpus. Rows are sorted by quotes, then articles (both descending), then name;
//! the unattributed row comes last (left out when a `--speaker` filter is on).

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::filter::SpeakerFilter;
use super::text::{one_line, pad, trim_to, width, write_csv_row, write_tsv_row};
use super::{id_text, Format, Record};

/// Header of the TSV and CSV outputs.
pub const COLUMNS: &[&str] = &[
    "speaker",
    "label",
    "quotes",
    "articles",
    "first_article",
    "last_article",
    "speaker_id",
];

/// What one speaker said, counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    /// Canonical name; None for the unattributed row.
    pub speaker: Option<String>,
    /// PER or ORG (or LOC), when known.
    pub label: Option<String>,
    /// Quotes.
    pub quotes: u64,
    /// Articles with at least one quote.
    pub articles: u64,
    /// Id of the first article (in input order).
    pub first_article: Value,
    /// Id of the last article.
    pub last_article: Value,
    /// Gazetteer id, when known.
    pub speaker_id: Option<String>,
    #[serde(skip)]
    last_record: u64,
}

impl SpeakerRow {
    fn new(speaker: Option<String>) -> SpeakerRow {
        SpeakerRow {
            speaker,
            label: None,
            quotes: 0,
            articles: 0,
            first_article: Value::Null,
            last_article: Value::Null,
            speaker_id: None,
            last_record: 0,
        }
    }

    fn count(&mut self, record_no: u64, id: &Value) {
        self.quotes += 1;
        if self.last_record != record_no {
            self.last_record = record_no;
            self.articles += 1;
            if self.first_article.is_null() {
                self.first_article = id.clone();
            }
            self.last_article = id.clone();
        }
    }
}

/// Counts quotes per speaker over records.
#[derive(Debug, Default)]
pub struct SpeakerTally {
    filter: Option<SpeakerFilter>,
    speakers: HashMap<String, SpeakerRow>,
    unattributed: Option<SpeakerRow>,
    records: u64,
    quotes: u64,
}

impl SpeakerTally {
    /// A tally of every speaker, or of the quotes `filter` keeps.
    pub fn new(filter: Option<SpeakerFilter>) -> SpeakerTally {
        SpeakerTally {
            filter,
            unattributed: Some(SpeakerRow::new(None)),
            ..SpeakerTally::default()
        }
    }

    /// Counts one record's quotes.
    pub fn record(&mut self, rec: &Record) {
        self.records += 1;
        let n = self.records;
        for q in &rec.quotes {
            if let Some(f) = &self.filter {
                if !f.matches(rec, q) {
                    continue;
                }
            }
            self.quotes += 1;
            let Some(name) = q.speaker.as_deref() else {
                if let Some(u) = &mut self.unattributed {
                    u.count(n, &rec.id);
                }
                continue;
            };
            let row = self
                .speakers
                .entry(name.to_string())
                .or_insert_with(|| SpeakerRow::new(Some(name.to_string())));
            row.count(n, &rec.id);
            if row.label.is_none() {
                row.label = q.speaker_label.clone().or_else(|| {
                    let c = q.speaker_cluster?;
                    rec.entities
                        .iter()
                        .find(|e| e.cluster == Some(c))
                        .map(|e| e.label.clone())
                });
            }
            if row.speaker_id.is_none() {
                row.speaker_id.clone_from(&q.speaker_id);
            }
        }
    }

    /// Quotes counted (those the filter kept).
    pub fn quotes(&self) -> u64 {
        self.quotes
    }

    /// Records seen.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// The rows, sorted, the unattributed row last (absent with a filter).
    pub fn rows(&self) -> Vec<SpeakerRow> {
        let mut rows: Vec<SpeakerRow> = self.speakers.values().cloned().collect();
        rows.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then(b.articles.cmp(&a.articles))
                .then_with(|| a.speaker.cmp(&b.speaker))
        });
        if self.filter.is_none() {
            rows.extend(self.unattributed.clone());
        }
        rows
    }

    /// Writes the rows in `format`; `term_width` trims table columns to a terminal.
    pub fn write(
        &self,
        out: &mut dyn Write,
        format: Format,
        term_width: Option<usize>,
    ) -> io::Result<()> {
        let rows = self.rows();
        match format {
            Format::Jsonl => {
                for r in &rows {
                    serde_json::to_writer(&mut *out, r)?;
                    out.write_all(b"\n")?;
                }
            }
            Format::Tsv | Format::Csv => {
                let write_row = if format == Format::Tsv {
                    write_tsv_row::<dyn Write>
                } else {
                    write_csv_row::<dyn Write>
                };
                write_row(out, COLUMNS)?;
                for r in &rows {
                    let quotes = r.quotes.to_string();
                    let articles = r.articles.to_string();
                    let first = id_or_empty(&r.first_article);
                    let last = id_or_empty(&r.last_article);
                    write_row(
                        out,
                        &[
                            r.speaker.as_deref().unwrap_or(""),
                            r.label.as_deref().unwrap_or(""),
                            &quotes,
                            &articles,
                            &first,
                            &last,
                            r.speaker_id.as_deref().unwrap_or(""),
                        ],
                    )?;
                }
            }
            Format::Table => self.write_table(out, &rows, term_width)?,
        }
        out.flush()
    }

    fn write_table(
        &self,
        out: &mut dyn Write,
        rows: &[SpeakerRow],
        term_width: Option<usize>,
    ) -> io::Result<()> {
        let cells: Vec<[String; 6]> = rows
            .iter()
            .map(|r| {
                [
                    one_line(r.speaker.as_deref().unwrap_or("(unattributed)")),
                    r.label.clone().unwrap_or_default(),
                    r.quotes.to_string(),
                    r.articles.to_string(),
                    one_line(&id_or_empty(&r.first_article)),
                    one_line(&id_or_empty(&r.last_article)),
                ]
            })
            .collect();
        let head = ["SPEAKER", "LABEL", "QUOTES", "ARTICLES", "FIRST", "LAST"];
        // Columns are as wide as their longest cell up to a limit (a longer cell pushes its
        // row); on a terminal, names and ids are also trimmed to that limit.
        let limits = [32, 8, 8, 8, 26, 26];
        let trims = [32, usize::MAX, usize::MAX, usize::MAX, 26, 26];
        let caps = trims.map(|t| if term_width.is_some() { t } else { usize::MAX });
        let mut widths = [0usize; 6];
        for (i, h) in head.iter().enumerate() {
            let longest = cells.iter().map(|c| width(&c[i])).max().unwrap_or(0);
            widths[i] = longest.max(width(h)).min(limits[i]);
        }
        let line = |cols: [&str; 6]| {
            let mut s = String::new();
            for (i, c) in cols.iter().enumerate() {
                let c = trim_to(c, caps[i]);
                if i == 2 || i == 3 {
                    s.push_str(&" ".repeat(widths[i].saturating_sub(width(&c))));
                    s.push_str(&c);
                } else {
                    s.push_str(&pad(&c, widths[i]));
                }
                s.push_str("  ");
            }
            s.trim_end().to_string()
        };
        writeln!(out, "{}", line(head))?;
        for c in &cells {
            writeln!(out, "{}", line([&c[0], &c[1], &c[2], &c[3], &c[4], &c[5]]))?;
        }
        let unattributed = self.unattributed.as_ref().map_or(0, |u| u.quotes);
        let attributed = self.quotes - unattributed;
        let pct = if self.quotes > 0 {
            100.0 * attributed as f64 / self.quotes as f64
        } else {
            0.0
        };
        match &self.filter {
            Some(f) => writeln!(
                out,
                "{} quotes matching {:?} from {} speakers, in {} articles read",
                self.quotes,
                f.name(),
                self.speakers.len(),
                self.records
            ),
            None => writeln!(
                out,
                "{} speakers; {attributed} of {} quotes attributed ({pct:.0}%), {unattributed} unattributed; {} articles",
                self.speakers.len(),
                self.quotes,
                self.records
            ),
        }
    }
}

fn id_or_empty(v: &Value) -> String {
    if v.is_null() {
        String::new()
    } else {
        id_text(v)
    }
}
