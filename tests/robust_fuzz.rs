//! Property tests ("fuzzing" that CI runs): the whole pipeline on arbitrary text never panics,
//! every span it outputs slices the input exactly, a reused worker gives the same answer as a
//! fresh one, and a JSONL file of mixed good and bad records yields exactly one record per input
//! record, in order, with its id, whatever the thread count.
//!
//! Case counts are sized for `cargo test --release` (what CI runs) to finish in well under a
//! minute; set `DIXIT_FUZZ_CASES=N` to run N cases per property instead (e.g. overnight).

mod robust_common;

use std::cell::RefCell;
use std::io::Write;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::Value;

use dixit::input::{InputOptions, Reader, Source};
use dixit::pipeline::{self, RunOptions};
use dixit::Worker;

use robust_common::{check_analysis, engine};

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("DIXIT_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases: n,
        max_shrink_iters: 4096,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/robust_fuzz.txt",
        ))),
        ..ProptestConfig::default()
    }
}

thread_local! {
    /// A worker reused across cases, to catch state leaking from one article to the next.
    static REUSED: RefCell<Worker<'static>> = RefCell::new(engine().worker());
}

/// Analyzes `text` with a fresh worker and with the reused one (in place, in the memory of the
/// previous case's record, and into a new record); checks spans and equality.
fn check(text: &str) {
    let fresh = engine().worker().analyze(text);
    check_analysis(text, &fresh);
    let reused = REUSED.with(|w| w.borrow_mut().analyze_in_place(text).clone());
    assert_eq!(fresh, reused, "a reused worker gave another answer");
    let reused = REUSED.with(|w| w.borrow_mut().analyze(text));
    assert_eq!(fresh, reused, "a reused worker gave another answer");
}

/// Pieces of French (and English) news text, with the characters that stress normalization,
/// segmentation and quote finding.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "«",
    "»",
    "« ",
    " »",
    "«\u{a0}",
    "\u{a0}»",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "`",
    "‹",
    "›",
    "„",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    "—",
    "–",
    "-",
    "(",
    ")",
    "M.",
    "Mme",
    "Dr",
    "St.",
    "a déclaré",
    "a dit",
    "selon",
    "affirme",
    "said",
    "told",
    "estime-t-il",
    "a-t-elle ajouté",
    "Emmanuel",
    "Macron",
    "Élisabeth",
    "Borne",
    "Jean-Pierre",
    "Raffarin",
    "Paris",
    "Lyon",
    "l’Élysée",
    "l'OTAN",
    "OTAN",
    "Marine",
    "Le",
    "Pen",
    "France",
    "Joe",
    "Biden",
    "Washington",
    "Nations unies",
    "le président",
    "la ministre",
    "ÉTATS-UNIS",
    "de",
    "la",
    "le",
    "des",
    "qu’il",
    "n’est",
    "pas",
    "oui",
    "non",
    "2024",
    "14",
    "e\u{301}",
    "\u{301}",
    "\u{327}",
    "E\u{300}",
    "ﬁ",
    "ß",
    "İ",
    "ǅ",
    "😀",
    "👍🏽",
    "🇫🇷",
    "👩‍👩‍👧",
    "\u{200b}",
    "\u{ad}",
    "\u{feff}",
    "\u{2060}",
    "\u{200d}",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "مرحبا",
    "ماكرون",
    "שלום",
    "\u{202e}",
    "\u{202b}",
    "\u{200f}",
    "日本",
    "Ω",
    "ℌ",
    "Ⅻ",
    "①",
    "\u{fffd}",
    "\u{10ffff}",
    "\u{e000}",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..160).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            // Mostly separate words with spaces, sometimes glue them.
            if i > 0 && p.chars().next().is_some_and(char::is_alphanumeric) && i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// Characters of the pieces above, one at a time: unbalanced marks, marks on punctuation, ...
fn news_chars() -> impl Strategy<Value = String> {
    let chars: Vec<char> = {
        let mut v: Vec<char> = PIECES.iter().flat_map(|p| p.chars()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    prop::collection::vec(prop::sample::select(chars), 0..400).prop_map(String::from_iter)
}

fn any_unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(String::from_iter)
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..400)
}

proptest! {
    #![proptest_config(cases(20_000))]

    #[test]
    fn news_text_spans_slice_the_input(text in news_text()) {
        check(&text);
    }

    #[test]
    fn news_chars_spans_slice_the_input(text in news_chars()) {
        check(&text);
    }

    #[test]
    fn any_unicode_spans_slice_the_input(text in any_unicode()) {
        check(&text);
    }

    #[test]
    fn any_bytes_lossy_spans_slice_the_input(bytes in any_bytes()) {
        check(&String::from_utf8_lossy(&bytes));
    }
}

// --- Whole pipeline: reader -> engine -> writer, on files of mixed records. ---

/// One input line and what must come out for it.
#[derive(Debug, Clone)]
enum Line {
    /// A good record: id and text.
    Good(u32, String),
    /// id null: the id becomes FILE:LINE.
    NullId(String),
    /// No id field.
    NoId(String),
    /// Cut in the middle: invalid JSON, the id is salvaged.
    Cut(u32, String, usize),
    /// Text is a number.
    NotString(u32),
    /// No text field.
    MissingText(u32),
    /// A JSON value that is not an object.
    NotObject,
    /// Arbitrary bytes (no quote mark, no newline), prefixed so they are never blank.
    Garbage(Vec<u8>),
    /// Blank: not a record.
    Blank(String),
    /// Text larger than the limit.
    TooLarge(u32, String),
}

const LIMIT: usize = 200;

fn line() -> impl Strategy<Value = Line> {
    let id = 0u32..1000;
    prop_oneof![
        6 => (id.clone(), news_text()).prop_map(|(i, t)| Line::Good(i, t)),
        1 => (id.clone(), any_unicode()).prop_map(|(i, t)| Line::Good(i, t)),
        1 => news_text().prop_map(Line::NullId),
        1 => news_text().prop_map(Line::NoId),
        1 => (id.clone(), news_text(), 0usize..64).prop_map(|(i, t, k)| Line::Cut(i, t, k)),
        1 => id.clone().prop_map(Line::NotString),
        1 => id.clone().prop_map(Line::MissingText),
        1 => Just(Line::NotObject),
        1 => prop::collection::vec(any::<u8>().prop_filter("no quote, no newline", |b| *b != b'"' && *b != b'\n'), 0..50)
            .prop_map(Line::Garbage),
        1 => prop::sample::select(vec!["", " ", "\t", "\r", "  \r"]).prop_map(|s| Line::Blank(s.to_string())),
        1 => (id, "[a-z ]{201,300}").prop_map(|(i, t)| Line::TooLarge(i, t)),
    ]
}

/// What the record for a line must hold: its id, and its error kind (None for a result).
fn expected(l: &Line, file: &str, line_no: usize) -> Option<(Value, Option<&'static str>)> {
    let at = Value::String(format!("{file}:{line_no}"));
    Some(match l {
        Line::Good(i, t) if t.len() > LIMIT => (Value::String(format!("g{i}")), Some("too_large")),
        Line::Good(i, _) => (Value::String(format!("g{i}")), None),
        Line::NullId(t) | Line::NoId(t) if t.len() > LIMIT => (at, Some("too_large")),
        Line::NullId(_) | Line::NoId(_) => (at, None),
        Line::Cut(i, ..) => (Value::String(format!("c{i}")), Some("invalid_json")),
        Line::NotString(i) => (serde_json::json!(i), Some("text_not_string")),
        Line::MissingText(i) => (serde_json::json!(i), Some("missing_text")),
        Line::NotObject => (at, Some("not_an_object")),
        Line::Garbage(_) => (at, Some("invalid_json")),
        Line::Blank(_) => return None,
        Line::TooLarge(i, _) => (Value::String(format!("t{i}")), Some("too_large")),
    })
}

fn render(l: &Line) -> Vec<u8> {
    match l {
        Line::Good(i, t) => {
            serde_json::to_vec(&serde_json::json!({"id": format!("g{i}"), "text": t, "url": "u"}))
                .unwrap()
        }
        Line::NullId(t) => serde_json::to_vec(&serde_json::json!({"id": null, "text": t})).unwrap(),
        Line::NoId(t) => serde_json::to_vec(&serde_json::json!({"text": t})).unwrap(),
        Line::Cut(i, t, k) => {
            let full =
                serde_json::to_vec(&serde_json::json!({"id": format!("c{i}"), "text": t})).unwrap();
            // Keep the id and at least the opening of the text; never the closing brace.
            let head = format!("{{\"id\":\"c{i}\",\"text\":").len();
            full[..(head + k).min(full.len() - 1)].to_vec()
        }
        Line::NotString(i) => format!("{{\"id\":{i},\"text\":3.5}}").into_bytes(),
        Line::MissingText(i) => format!("{{\"id\":{i},\"title\":\"t\"}}").into_bytes(),
        Line::NotObject => b"[1, 2]".to_vec(),
        Line::Garbage(b) => [b"x".as_slice(), b].concat(),
        Line::Blank(s) => s.clone().into_bytes(),
        Line::TooLarge(i, t) => {
            serde_json::to_vec(&serde_json::json!({"id": format!("t{i}"), "text": t})).unwrap()
        }
    }
}

fn run_on(path: &std::path::Path, threads: usize) -> Vec<u8> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let opts = InputOptions {
        max_article_bytes: LIMIT,
        ..InputOptions::default()
    };
    let reader = Reader::new(vec![Source::File(path.to_path_buf())], opts);
    let mut out = Vec::new();
    let (_, r) = pool.install(|| {
        pipeline::run(
            engine(),
            reader,
            &mut out,
            &RunOptions { with_text: true },
            |_| {},
        )
    });
    let reader = r.map_err(|_| "writing to a Vec failed").unwrap();
    assert!(reader.fatal.is_empty());
    out
}

proptest! {
    #![proptest_config(cases(1_500))]

    #[test]
    fn every_record_yields_one_output_in_order(
        lines in prop::collection::vec(line(), 0..40),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        final_newline in any::<bool>(),
        gz in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if gz { "in.jsonl.gz" } else { "in.jsonl" });
        let mut data = Vec::new();
        if bom {
            data.extend_from_slice(b"\xEF\xBB\xBF");
        }
        for (k, l) in lines.iter().enumerate() {
            data.extend(render(l));
            if k + 1 < lines.len() || final_newline {
                data.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
            }
        }
        if gz {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&data).unwrap();
            data = e.finish().unwrap();
        }
        std::fs::write(&path, &data).unwrap();
        let file = path.display().to_string();

        let out1 = run_on(&path, 1);
        let out2 = run_on(&path, 2);
        prop_assert!(out1 == out2, "1 and 2 threads gave different output");
        prop_assert!(out1.is_empty() || out1.ends_with(b"\n"));

        let want: Vec<(Value, Option<&str>)> =
            lines.iter().enumerate().filter_map(|(k, l)| expected(l, &file, k + 1)).collect();
        let got: Vec<Value> = out1
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).expect("each output line is JSON"))
            .collect();
        prop_assert_eq!(got.len(), want.len(), "one output record per input record");
        for ((g, (id, kind)), l) in got.iter().zip(&want).zip(lines.iter().filter(|l| !matches!(l, Line::Blank(_)))) {
            prop_assert_eq!(&g["id"], id);
            prop_assert_eq!(g["schema"].as_str(), Some("dixit/1"));
            match kind {
                // Garbage, or a line cut inside a character, may be invalid UTF-8 first.
                Some("invalid_json") if matches!(l, Line::Garbage(_) | Line::Cut(..)) => {
                    let k = g["error"]["kind"].as_str();
                    prop_assert!(k == Some("invalid_json") || k == Some("invalid_utf8"), "kind {:?}", k);
                }
                Some(k) => prop_assert_eq!(g["error"]["kind"].as_str(), Some(*k), "record {}", g),
                None => {
                    prop_assert!(g.get("error").is_none(), "unexpected error {}", g);
                    // The echoed text is the input text, and every span slices it.
                    let text = g["text"].as_str().unwrap();
                    let (Line::Good(_, t) | Line::NullId(t) | Line::NoId(t)) = l else { unreachable!() };
                    prop_assert_eq!(text, t.as_str());
                    let starts = robust_common::char_starts(text);
                    for e in g["entities"].as_array().unwrap().iter().chain(g["quotes"].as_array().unwrap()) {
                        let n = |f: &str| e[f].as_u64().unwrap() as usize;
                        robust_common::check_span("span", text, &starts,
                            (n("start"), n("end"), n("byte_start"), n("byte_end")), e["text"].as_str().unwrap());
                    }
                }
            }
        }
    }
}
