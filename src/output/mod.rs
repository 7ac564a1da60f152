//! The JSON Lines record (schema `dixit/1`) and its writer.
//!
//! One record per input article, in input order:
//!
//! ```json
//! {"id": "a1", "schema": "dixit/1", "lang": "fr",
//!  "entities": [{"start": 0, "end": 15, "byte_start": 0, "byte_end": 15, "text": "Emmanuel Macron",
//!                "label": "PER", "entity": "Emmanuel Macron", "id": "hand:per:emmanuel-macron",
//!                "gender": "m", "cluster": 0}],
//!  "quotes": [{"start": 27, "end": 35, "byte_start": 27, "byte_end": 37, "text": "« Non »",
//!              "kind": "direct", "speaker": "Emmanuel Macron",
//!              "cue": {"start": 0, "end": 15, "byte_start": 0, "byte_end": 15, "text": "Emmanuel Macron"},
//!              "verb": "déclarer", "speaker_label": "PER", "speaker_cluster": 0}],
//!  "...": "every other field of the input record, unchanged"}
//! ```
//!
//! `start`/`end` are Unicode code-point offsets into the original text (Python's
//! `text[start:end]`), `byte_start`/`byte_end` UTF-8 byte offsets, and `text` is that exact
//! slice. An article that cannot be processed gives an error record in its place:
//! `{"id": ..., "schema": "dixit/1", "error": {"kind": ..., "message": ..., "line": ..., "file": ...}}`.
//! docs/schema.md documents every field; schema/dixit-record.schema.json is the JSON Schema.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::gazetteer::{Gender, Label};
use crate::lang::Lang;
use crate::quote::QuoteKind;

/// The schema name written in every record.
pub const SCHEMA: &str = "dixit/1";

/// Field names dixit writes; input fields with these names are not carried through.
pub const OWN_FIELDS: &[&str] = &[
    "id", "schema", "lang", "entities", "quotes", "error", "text",
];

/// An entity mention in the output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityOut {
    /// Code-point start offset in the original text.
    pub start: usize,
    /// Code-point end offset.
    pub end: usize,
    /// UTF-8 byte start offset.
    pub byte_start: usize,
    /// UTF-8 byte end offset.
    pub byte_end: usize,
    /// The exact slice of the original text.
    pub text: String,
    /// PER, LOC or ORG.
    pub label: Label,
    /// Canonical name.
    pub entity: String,
    /// Stable identifier from a gazetteer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Gender, for people, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Mentions of one entity in the article share a cluster number.
    pub cluster: u32,
}

/// The cue of a quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CueOut {
    /// Code-point start offset.
    pub start: usize,
    /// Code-point end offset.
    pub end: usize,
    /// UTF-8 byte start offset.
    pub byte_start: usize,
    /// UTF-8 byte end offset.
    pub byte_end: usize,
    /// The exact slice of the original text.
    pub text: String,
}

/// A quote in the output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteOut {
    /// Code-point start offset (on the opening mark).
    pub start: usize,
    /// Code-point end offset (after the closing mark).
    pub end: usize,
    /// UTF-8 byte start offset.
    pub byte_start: usize,
    /// UTF-8 byte end offset.
    pub byte_end: usize,
    /// The exact slice of the original text, marks included.
    pub text: String,
    /// direct or partial.
    pub kind: QuoteKind,
    /// Canonical name (or description) of the speaker, or null.
    pub speaker: Option<String>,
    /// The words pointing at the speaker, or null.
    pub cue: Option<CueOut>,
    /// Lemma of the speech verb, when a verb cues the quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Label of the speaker when it is an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_label: Option<Label>,
    /// Gazetteer id of the speaker when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_id: Option<String>,
    /// Cluster of the speaker among the article's entities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_cluster: Option<u32>,
}

/// What the pipeline says of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Language used.
    pub lang: Lang,
    /// Entities in text order.
    pub entities: Vec<EntityOut>,
    /// Quotes in text order.
    pub quotes: Vec<QuoteOut>,
}

#[derive(Serialize)]
struct RecordRef<'a> {
    id: &'a Value,
    schema: &'static str,
    lang: Lang,
    entities: &'a [EntityOut],
    quotes: &'a [QuoteOut],
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// What went wrong with one input record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordError {
    /// A short machine-readable kind: `invalid_json`, `missing_text`, `text_not_string`,
    /// `invalid_utf8`, `too_large`, `read_error`, `not_an_object`, `internal_error` (a bug:
    /// analyzing the article panicked). docs/guarantees.md describes each.
    pub kind: &'static str,
    /// A message for people.
    pub message: String,
    /// 1-based line number in the input file (JSONL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The input file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

#[derive(Serialize)]
struct ErrorRef<'a> {
    id: &'a Value,
    schema: &'static str,
    error: &'a RecordError,
}

/// Appends one result record and a newline to `buf`.
pub fn write_record(
    buf: &mut Vec<u8>,
    id: &Value,
    a: &Analysis,
    extra: &Map<String, Value>,
    text: Option<&str>,
) {
    let r = RecordRef {
        id,
        schema: SCHEMA,
        lang: a.lang,
        entities: &a.entities,
        quotes: &a.quotes,
        text,
        extra,
    };
    // Serializing plain data into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, &r);
    buf.push(b'\n');
}

/// Appends one error record and a newline to `buf`.
pub fn write_error(buf: &mut Vec<u8>, id: &Value, e: &RecordError) {
    let _ = serde_json::to_writer(
        &mut *buf,
        &ErrorRef {
            id,
            schema: SCHEMA,
            error: e,
        },
    );
    buf.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_fields_carried_and_own_fields_win() {
        let a = Analysis {
            lang: Lang::Fr,
            entities: vec![],
            quotes: vec![],
        };
        let mut extra = Map::new();
        extra.insert("url".into(), Value::String("http://x".into()));
        let mut buf = Vec::new();
        write_record(&mut buf, &Value::String("a".into()), &a, &extra, None);
        let v: Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v["url"], "http://x");
        assert_eq!(v["schema"], SCHEMA);
        assert!(buf.ends_with(b"\n"));
    }
}
