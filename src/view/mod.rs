//! Views over dixit records, for people who look before they read JSON.
//!
//! Three views read the same records, whether they come straight from the pipeline or from a
//! JSONL file dixit wrote earlier (so a corpus is not processed twice):
//!
//! - [`quotes`]: one row per quote (speaker, quote, kind, article), as an aligned table, TSV,
//!   CSV or JSON Lines; streams in constant memory.
//! - [`speakers`]: one row per speaker (quotes, articles, first and last article, label) and the
//!   unattributed count; memory grows with the number of distinct speakers only.
//! - [`report`]: one self-contained HTML page with the articles, their entities and quotes
//!   highlighted, and a speaker index that filters the page; capped in size.
//!
//! [`filter::SpeakerFilter`] keeps the quotes of one person or organization, matched on the
//! canonical name, the article's mentions of the same entity and any run of their words
//! (`macron` finds `Emmanuel Macron`), ignoring accents and case.
//!
//! ```
//! use dixit::view::{filter::SpeakerFilter, Record};
//!
//! let line = r#"{"id":"a1","schema":"dixit/1","lang":"fr",
//!   "entities":[{"start":0,"end":15,"text":"Emmanuel Macron","label":"PER","entity":"Emmanuel Macron","cluster":0}],
//!   "quotes":[{"start":27,"end":34,"text":"« Non »","kind":"direct","speaker":"Emmanuel Macron",
//!              "cue":null,"speaker_label":"PER","speaker_cluster":0}]}"#;
//! let record: Record = serde_json::from_str(line).unwrap();
//! let filter = SpeakerFilter::new("MACRÓN");
//! assert!(filter.matches(&record, &record.quotes[0]));
//! assert!(!SpeakerFilter::new("Le Pen").matches(&record, &record.quotes[0]));
//! ```

pub mod filter;
pub mod quotes;
pub mod report;
pub mod source;
pub mod speakers;
pub mod text;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Output formats of the row views ([`quotes`] and [`speakers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people; on a terminal, long fields are trimmed to its width.
    Table,
    /// Tab-separated values with a header; tabs, newlines and backslashes in fields are
    /// escaped as `\t`, `\n`, `\r` and `\\`.
    Tsv,
    /// Comma-separated values with a header (RFC 4180 quoting).
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// One dixit record (schema `dixit/1`), as the views read it.
///
/// Unknown fields are ignored; `text` is present when the record was written with
/// `--with-text` (the report needs it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Record {
    /// The article id (a string or a number in the input).
    #[serde(default)]
    pub id: Value,
    /// `dixit/1`; absent from records dixit did not write.
    #[serde(default)]
    pub schema: Option<String>,
    /// Language used.
    #[serde(default)]
    pub lang: Option<String>,
    /// The article text, when the record carries it.
    #[serde(default)]
    pub text: Option<String>,
    /// Entity mentions in text order.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Quotes in text order.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Set on error records (an article that could not be processed).
    #[serde(default)]
    pub error: Option<Value>,
}

impl Record {
    /// The article id as text: a string as is, anything else as JSON.
    pub fn id_text(&self) -> String {
        id_text(&self.id)
    }
}

/// An article id as text: a string as is, anything else as JSON.
pub fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// An entity mention of a record.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entity {
    /// Code-point start offset.
    pub start: usize,
    /// Code-point end offset.
    pub end: usize,
    /// The mention text.
    #[serde(default)]
    pub text: String,
    /// PER, LOC or ORG.
    #[serde(default)]
    pub label: String,
    /// Canonical name.
    #[serde(default)]
    pub entity: String,
    /// Gazetteer id.
    #[serde(default)]
    pub id: Option<String>,
    /// Mentions of one entity in the article share a cluster.
    #[serde(default)]
    pub cluster: Option<u32>,
}

/// The cue of a quote.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Cue {
    /// Code-point start offset.
    pub start: usize,
    /// Code-point end offset.
    pub end: usize,
    /// The cue text.
    #[serde(default)]
    pub text: String,
}

/// A quote of a record.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Quote {
    /// Code-point start offset.
    pub start: usize,
    /// Code-point end offset.
    pub end: usize,
    /// The quote text, marks included.
    #[serde(default)]
    pub text: String,
    /// direct or partial.
    #[serde(default)]
    pub kind: String,
    /// Canonical name of the speaker, or null.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The words pointing at the speaker, or null.
    #[serde(default)]
    pub cue: Option<Cue>,
    /// Lemma of the speech verb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Label of the speaker (PER, ORG).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_label: Option<String>,
    /// Gazetteer id of the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_id: Option<String>,
    /// Cluster of the speaker among the record's entities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_cluster: Option<u32>,
}
