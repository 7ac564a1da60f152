//! Arbitrary bytes through the whole pipeline: normalize, segment, gazetteer, entities, quotes,
//! output. Checks that nothing panics and that every span slices the input exactly.
//!
//! `cargo +nightly fuzz run pipeline -- -max_total_time=60` (scripts/fuzz.sh does this).

#![no_main]

use std::sync::OnceLock;

use dixit::{Engine, EngineBuilder};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        EngineBuilder::new()
            .build()
            .expect("the embedded engine builds")
    })
}

fn check(text: &str, what: &str, s: usize, e: usize, bs: usize, be: usize, span: &str) {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    assert!(
        s <= e && bs <= be && e < starts.len() && be <= text.len(),
        "{what}: bad range"
    );
    assert_eq!(
        (starts[s], starts[e]),
        (bs, be),
        "{what}: char and byte offsets disagree"
    );
    assert_eq!(&text[bs..be], span, "{what}: text does not slice the input");
}

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 as it is; anything else lossily (the reader would give an error record).
    let text = String::from_utf8_lossy(data);
    let a = engine().worker().analyze(&text);
    for m in &a.entities {
        check(
            &text,
            "entity",
            m.start,
            m.end,
            m.byte_start,
            m.byte_end,
            &m.text,
        );
    }
    for q in &a.quotes {
        check(
            &text,
            "quote",
            q.start,
            q.end,
            q.byte_start,
            q.byte_end,
            &q.text,
        );
        if let Some(c) = &q.cue {
            check(
                &text,
                "cue",
                c.start,
                c.end,
                c.byte_start,
                c.byte_end,
                &c.text,
            );
        }
    }
    let mut line = Vec::new();
    dixit::output::write_record(
        &mut line,
        &serde_json::Value::Null,
        &a,
        &serde_json::Map::new(),
        Some(&text),
    );
    assert!(serde_json::from_slice::<serde_json::Value>(&line).is_ok());
});
