//! Helpers shared by the robustness tests: one engine per test binary, and the span checks.

#![allow(dead_code)]

use std::sync::OnceLock;

use dixit::{Analysis, Engine, EngineBuilder};

/// The real engine (embedded gazetteers and lexicons), built once per test binary.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        EngineBuilder::new()
            .build()
            .expect("the embedded engine builds")
    })
}

/// Byte offset of every code point of `text`, plus `text.len()` at the end.
pub fn char_starts(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Checks one span: ordered, in range, on character boundaries, char and byte offsets agree,
/// and `span_text` is exactly that slice of `text`.
pub fn check_span(
    what: &str,
    text: &str,
    starts: &[usize],
    span: (usize, usize, usize, usize),
    span_text: &str,
) {
    let (s, e, bs, be) = span;
    assert!(s <= e, "{what}: start {s} > end {e}");
    assert!(bs <= be, "{what}: byte_start {bs} > byte_end {be}");
    assert!(
        e < starts.len(),
        "{what}: end {e} past the text ({} chars)",
        starts.len() - 1
    );
    assert!(
        be <= text.len(),
        "{what}: byte_end {be} past the text ({} bytes)",
        text.len()
    );
    assert_eq!(
        starts[s], bs,
        "{what}: char start {s} is byte {}, not byte_start {bs}",
        starts[s]
    );
    assert_eq!(
        starts[e], be,
        "{what}: char end {e} is byte {}, not byte_end {be}",
        starts[e]
    );
    assert_eq!(
        &text[bs..be],
        span_text,
        "{what}: text does not slice the input"
    );
}

/// Checks every entity, quote and cue of `a` against `text`, and that the record serializes to
/// one line of JSON that parses back.
pub fn check_analysis(text: &str, a: &Analysis) {
    let starts = char_starts(text);
    for (k, m) in a.entities.iter().enumerate() {
        check_span(
            &format!("entity {k}"),
            text,
            &starts,
            (m.start, m.end, m.byte_start, m.byte_end),
            &m.text,
        );
    }
    for (k, q) in a.quotes.iter().enumerate() {
        check_span(
            &format!("quote {k}"),
            text,
            &starts,
            (q.start, q.end, q.byte_start, q.byte_end),
            &q.text,
        );
        if let Some(c) = &q.cue {
            check_span(
                &format!("cue of quote {k}"),
                text,
                &starts,
                (c.start, c.end, c.byte_start, c.byte_end),
                &c.text,
            );
        }
    }
    let mut line = Vec::new();
    dixit::output::write_record(
        &mut line,
        &serde_json::json!("x"),
        a,
        &serde_json::Map::new(),
        Some(text),
    );
    assert_eq!(
        line.iter().filter(|&&b| b == b'\n').count(),
        1,
        "a record is one line"
    );
    let v: serde_json::Value = serde_json::from_slice(&line).expect("the record is valid JSON");
    assert_eq!(
        v["text"].as_str(),
        Some(text),
        "the text survives the JSON round trip"
    );
}

/// Analyzes `text` with a fresh worker, checks every span, and returns the analysis.
pub fn analyze_checked(text: &str) -> Analysis {
    let mut w = engine().worker();
    let a = w.analyze(text);
    check_analysis(text, &a);
    a
}
