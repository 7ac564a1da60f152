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
///
/// Written by hand, byte for byte as `serde_json::to_writer` writes the record (a test checks
/// it against [`write_record_serde`]): the derived serializer spent more on the many small
/// fields than the analysis of short articles.
pub fn write_record(
    buf: &mut Vec<u8>,
    id: &Value,
    a: &Analysis,
    extra: &Map<String, Value>,
    text: Option<&str>,
) {
    // Room for the usual record, so that it grows once or not at all.
    let quoted: usize = a.quotes.iter().map(|q| 256 + q.text.len()).sum();
    buf.reserve(128 + 192 * a.entities.len() + quoted + text.map_or(0, str::len));
    buf.extend_from_slice(b"{\"id\":");
    write_value(buf, id);
    buf.extend_from_slice(b",\"schema\":");
    write_str(buf, SCHEMA);
    buf.extend_from_slice(b",\"lang\":");
    write_str(buf, a.lang.as_str());
    buf.extend_from_slice(b",\"entities\":[");
    for (k, e) in a.entities.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        write_entity(buf, e);
    }
    buf.extend_from_slice(b"],\"quotes\":[");
    for (k, q) in a.quotes.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        write_quote(buf, q);
    }
    buf.push(b']');
    if let Some(t) = text {
        buf.extend_from_slice(b",\"text\":");
        write_str(buf, t);
    }
    for (k, v) in extra {
        buf.push(b',');
        write_str(buf, k);
        buf.push(b':');
        write_value(buf, v);
    }
    buf.extend_from_slice(b"}\n");
}

/// [`write_record`] through serde_json (the reference the hand-written writer matches).
pub fn write_record_serde(
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

fn write_entity(buf: &mut Vec<u8>, e: &EntityOut) {
    write_span(buf, e.start, e.end, e.byte_start, e.byte_end, &e.text);
    buf.extend_from_slice(b",\"label\":");
    write_label(buf, e.label);
    buf.extend_from_slice(b",\"entity\":");
    write_str(buf, &e.entity);
    if let Some(id) = &e.id {
        buf.extend_from_slice(b",\"id\":");
        write_str(buf, id);
    }
    if let Some(g) = e.gender {
        buf.extend_from_slice(match g {
            Gender::M => b",\"gender\":\"m\"",
            Gender::F => b",\"gender\":\"f\"",
        });
    }
    buf.extend_from_slice(b",\"cluster\":");
    write_uint(buf, e.cluster as u64);
    buf.push(b'}');
}

fn write_quote(buf: &mut Vec<u8>, q: &QuoteOut) {
    write_span(buf, q.start, q.end, q.byte_start, q.byte_end, &q.text);
    buf.extend_from_slice(match q.kind {
        QuoteKind::Direct => b",\"kind\":\"direct\"",
        QuoteKind::Partial => b",\"kind\":\"partial\"",
    });
    buf.extend_from_slice(b",\"speaker\":");
    match &q.speaker {
        Some(s) => write_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"cue\":");
    match &q.cue {
        Some(c) => {
            write_span(buf, c.start, c.end, c.byte_start, c.byte_end, &c.text);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
    if let Some(v) = &q.verb {
        buf.extend_from_slice(b",\"verb\":");
        write_str(buf, v);
    }
    if let Some(l) = q.speaker_label {
        buf.extend_from_slice(b",\"speaker_label\":");
        write_label(buf, l);
    }
    if let Some(id) = &q.speaker_id {
        buf.extend_from_slice(b",\"speaker_id\":");
        write_str(buf, id);
    }
    if let Some(c) = q.speaker_cluster {
        buf.extend_from_slice(b",\"speaker_cluster\":");
        write_uint(buf, c as u64);
    }
    buf.push(b'}');
}

/// `{"start":..,"end":..,"byte_start":..,"byte_end":..,"text":..` (the object left open).
fn write_span(buf: &mut Vec<u8>, start: usize, end: usize, bs: usize, be: usize, text: &str) {
    // The keys and numbers put together on the stack, then appended at once.
    let mut head = [0u8; 160];
    let mut k = 0;
    for (key, n) in [
        (&b"{\"start\":"[..], start),
        (&b",\"end\":"[..], end),
        (&b",\"byte_start\":"[..], bs),
        (&b",\"byte_end\":"[..], be),
    ] {
        head[k..k + key.len()].copy_from_slice(key);
        k += key.len();
        k += put_uint(&mut head[k..], n as u64);
    }
    head[k..k + 8].copy_from_slice(b",\"text\":");
    k += 8;
    buf.extend_from_slice(&head[..k]);
    write_str(buf, text);
}

/// Writes `n` in decimal at the start of `out` (which has room for 20 digits); returns the
/// number of digits.
#[inline]
fn put_uint(out: &mut [u8], n: u64) -> usize {
    let digits = n.checked_ilog10().map_or(1, |l| l as usize + 1);
    let mut i = digits;
    let mut n = n;
    while n >= 100 {
        i -= 2;
        out[i..i + 2].copy_from_slice(&DIGIT_PAIRS[(n % 100) as usize]);
        n /= 100;
    }
    if n >= 10 {
        out[i - 2..i].copy_from_slice(&DIGIT_PAIRS[n as usize]);
    } else {
        out[i - 1] = b'0' + n as u8;
    }
    digits
}

/// A label as serde_json writes it.
fn write_label(buf: &mut Vec<u8>, l: Label) {
    buf.extend_from_slice(match l {
        Label::PER => b"\"PER\"",
        Label::LOC => b"\"LOC\"",
        Label::ORG => b"\"ORG\"",
    });
}

/// Anything else through serde_json (values other than strings).
#[inline]
fn write_serde<T: Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) {
    let _ = serde_json::to_writer(&mut *buf, v);
}

fn write_value(buf: &mut Vec<u8>, v: &Value) {
    match v {
        Value::String(s) => write_str(buf, s),
        other => write_serde(buf, other),
    }
}

/// "00" to "99".
static DIGIT_PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

/// An unsigned integer in decimal.
fn write_uint(buf: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    let k = put_uint(&mut digits, n);
    buf.extend_from_slice(&digits[..k]);
}

/// A JSON string, escaped as serde_json escapes it: `"` and `\\`, the control characters
/// (`\b \t \n \f \r`, else `\u00XX` in lower-case hex); everything else as it is.
fn write_str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if !needs_escape(w) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x09 => b"\\t",
            0x0A => b"\\n",
            0x0C => b"\\f",
            0x0D => b"\\r",
            0x00..=0x1F => {
                buf.extend_from_slice(&bytes[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                buf.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(b >> 4) as usize],
                    HEX[(b & 0xF) as usize],
                ]);
                i += 1;
                start = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[start..i]);
        buf.extend_from_slice(esc);
        i += 1;
        start = i;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

/// True when one of the 8 bytes of `w` is `"`, `\\` or below 0x20.
#[inline]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The classic "has a zero byte" test, on w ^ c for the quote and the backslash, and on
    // w - 0x20 for the control characters (bytes of 0x80 and up are masked out: never escaped).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let quote = zero(w ^ (ONES * b'"' as u64));
    let backslash = zero(w ^ (ONES * b'\\' as u64));
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (quote | backslash | control) != 0
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

    fn tricky_strings() -> Vec<String> {
        let all_ascii: String = (0u8..0x80).map(char::from).collect();
        vec![
            String::new(),
            "Emmanuel Macron".into(),
            all_ascii.clone(),
            all_ascii.chars().rev().collect(),
            "« Non », a-t-il dit.\n\n\"Oui\" \\ é\u{2028}\u{7f}\u{1F600}".into(),
            "abcdefg\"abcdefgh\\abcdefghi\u{1f}abcdefghij\u{0}".into(),
            "x".repeat(100) + "\t",
        ]
    }

    #[test]
    fn integers_as_serde_json_writes_them() {
        let mut n = 1u64;
        for _ in 0..20 {
            for m in [n - 1, n, n + 1, n * 7 / 3] {
                let mut buf = Vec::new();
                write_uint(&mut buf, m);
                assert_eq!(buf, m.to_string().as_bytes());
            }
            n = n.saturating_mul(10);
        }
        let mut buf = Vec::new();
        write_uint(&mut buf, u64::MAX);
        assert_eq!(buf, u64::MAX.to_string().as_bytes());
        // A span with the largest numbers fits its stack buffer.
        let mut buf = Vec::new();
        let m = usize::MAX;
        write_span(&mut buf, m, m, m, m, "x");
        let want = format!(
            "{{\"start\":{m},\"end\":{m},\"byte_start\":{m},\"byte_end\":{m},\"text\":\"x\""
        );
        assert_eq!(String::from_utf8(buf).unwrap(), want);
    }

    #[test]
    fn hand_written_record_is_serde_json_byte_for_byte() {
        let strs = tricky_strings();
        for (k, t) in strs.iter().enumerate() {
            let u = &strs[(k + 1) % strs.len()];
            let entity = |n: usize| EntityOut {
                start: n,
                end: n * 1000 + 7,
                byte_start: usize::MAX - n,
                byte_end: 10,
                text: t.clone(),
                label: [Label::PER, Label::LOC, Label::ORG][n % 3],
                entity: u.clone(),
                id: (n % 2 == 0).then(|| t.clone()),
                gender: [None, Some(Gender::M), Some(Gender::F)][n % 3],
                cluster: n as u32 * 4_000_000_000 / 7,
            };
            let quote = |n: usize| QuoteOut {
                start: 0,
                end: n,
                byte_start: 1,
                byte_end: 99_999_999_999,
                text: u.clone(),
                kind: [QuoteKind::Direct, QuoteKind::Partial][n % 2],
                speaker: (n % 2 == 1).then(|| t.clone()),
                cue: (n % 3 != 0).then(|| CueOut {
                    start: 5,
                    end: 6,
                    byte_start: 7,
                    byte_end: 8,
                    text: t.clone(),
                }),
                verb: (n % 4 != 0).then(|| u.clone()),
                speaker_label: (n % 3 == 1).then_some(Label::PER),
                speaker_id: (n % 5 != 0).then(|| t.clone()),
                speaker_cluster: (n % 2 == 0).then_some(n as u32),
            };
            let a = Analysis {
                lang: [Lang::Fr, Lang::En][k % 2],
                entities: (0..k).map(entity).collect(),
                quotes: (0..k + 3).map(quote).collect(),
            };
            let mut extra = Map::new();
            extra.insert(t.clone(), Value::String(u.clone()));
            extra.insert("n".into(), serde_json::json!(-1.5e300));
            extra.insert("o".into(), serde_json::json!({"a": [1, null, true, t]}));
            extra.insert(u.clone(), Value::Null);
            for id in [
                Value::String(t.clone()),
                serde_json::json!(12),
                serde_json::json!(-0.25),
                serde_json::json!([t]),
            ] {
                for text in [None, Some(t.as_str()), Some(u.as_str())] {
                    for extra in [&extra, &Map::new()] {
                        let mut mine = b"prefix".to_vec();
                        let mut reference = mine.clone();
                        write_record(&mut mine, &id, &a, extra, text);
                        write_record_serde(&mut reference, &id, &a, extra, text);
                        assert_eq!(
                            String::from_utf8_lossy(&mine),
                            String::from_utf8_lossy(&reference)
                        );
                    }
                }
            }
        }
    }

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
