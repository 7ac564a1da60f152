//! Times each stage over a JSONL file of articles, one thread, best of N runs (a quick,
//! criterion-free check while profiling). `cargo run --release --example stage_times -- FILE [N]`.

use std::time::Instant;

use dixit::engine::EngineBuilder;
use dixit::gazetteer::Hit;
use dixit::normalize::Normalized;
use dixit::segment::{Doc, Segmentation};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stage_times FILE.jsonl [RUNS]");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let data = std::fs::read_to_string(&path).expect("read");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let engine = EngineBuilder::new().build().expect("engine");
    let mb = bytes as f64 / 1e6;
    // CPU time of this thread (from /proc, so that time waiting for a core on a busy machine
    // does not count); wall time where /proc is missing.
    let t0 = Instant::now();
    let cpu = move || {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .map_or_else(|| t0.elapsed().as_secs_f64(), |ns| ns / 1e9)
    };
    let best = |f: &mut dyn FnMut() -> usize| {
        let mut best = f64::MAX;
        for _ in 0..runs {
            let t = cpu();
            std::hint::black_box(f());
            best = best.min(cpu() - t);
        }
        best
    };
    let normalized: Vec<String> = texts
        .iter()
        .map(|t| Normalized::new(t).text().to_string())
        .collect();
    let langs: Vec<_> = normalized.iter().map(|t| dixit::lang::detect(t)).collect();
    let segs: Vec<Segmentation> = normalized
        .iter()
        .map(|t| {
            let mut s = Segmentation::default();
            s.compute(t);
            s
        })
        .collect();
    let hits: Vec<Vec<Hit>> = normalized
        .iter()
        .zip(&segs)
        .map(|(t, s)| {
            let mut h = Vec::new();
            engine.gazetteer.find(t, &s.tokens, &mut h);
            h
        })
        .collect();
    let mentions: Vec<Vec<dixit::entity::Mention>> = (0..texts.len())
        .map(|k| {
            let mut m = Vec::new();
            let doc = Doc {
                text: &normalized[k],
                seg: &segs[k],
                lang: langs[k],
            };
            dixit::entity::recognize(&engine, &doc, &hits[k], &mut m);
            m
        })
        .collect();
    // STAGES=entities,quotes runs only those stages.
    let only = std::env::var("STAGES").ok();
    let want = |name: &str| {
        only.as_deref()
            .is_none_or(|o| o.split(',').any(|x| x == name))
    };
    let report = |name: &str, s: f64| println!("{name:<12} {:8.1} MB/s  {:7.3} s", mb / s, s);
    if want("normalize") {
        report(
            "normalize",
            best(&mut || texts.iter().map(|t| Normalized::new(t).text().len()).sum()),
        );
    }
    if want("lang") {
        report(
            "lang",
            best(&mut || {
                normalized
                    .iter()
                    .map(|t| dixit::lang::detect(t) as usize)
                    .sum()
            }),
        );
    }
    let mut seg = Segmentation::default();
    if want("segment") {
        report(
            "segment",
            best(&mut || {
                normalized
                    .iter()
                    .map(|t| {
                        seg.compute(t);
                        seg.tokens.len()
                    })
                    .sum()
            }),
        );
    }
    let mut h = Vec::new();
    if want("match") {
        report(
            "match",
            best(&mut || {
                normalized
                    .iter()
                    .zip(&segs)
                    .map(|(t, s)| {
                        h.clear();
                        engine.gazetteer.find(t, &s.tokens, &mut h);
                        h.len()
                    })
                    .sum()
            }),
        );
    }
    let mut m = Vec::new();
    if want("entities") {
        report(
            "entities",
            best(&mut || stage_entities(&engine, &normalized, &segs, &langs, &hits, &mut m)),
        );
    }
    let mut q = Vec::new();
    if want("quotes") {
        report(
            "quotes",
            best(&mut || stage_quotes(&engine, &normalized, &segs, &langs, &mentions, &mut q)),
        );
    }
    let mut w = engine.worker();
    if want("analyze") {
        report(
            "analyze",
            best(&mut || texts.iter().map(|t| w.analyze(t).entities.len()).sum()),
        );
    }
    let mut buf = Vec::with_capacity(1 << 20);
    let id = serde_json::Value::String("x".into());
    let extra = serde_json::Map::new();
    if want("json") {
        report(
            "analyze+json",
            best(&mut || {
                buf.clear();
                for t in &texts {
                    let a = w.analyze(t);
                    dixit::output::write_record(&mut buf, &id, &a, &extra, None);
                }
                buf.len()
            }),
        );
    }
}

// Stages as separate functions, so that a profiler can count them alone
// (valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*stage_entities*').
#[inline(never)]
fn stage_entities(
    engine: &dixit::engine::Engine,
    normalized: &[String],
    segs: &[Segmentation],
    langs: &[dixit::lang::Lang],
    hits: &[Vec<Hit>],
    m: &mut Vec<dixit::entity::Mention>,
) -> usize {
    let mut scratch = dixit::entity::Scratch::default();
    (0..normalized.len())
        .map(|k| {
            scratch.recycle(m);
            let doc = Doc {
                text: &normalized[k],
                seg: &segs[k],
                lang: langs[k],
            };
            dixit::entity::recognize_with(engine, &doc, &hits[k], &mut scratch, m);
            m.len()
        })
        .sum()
}

#[inline(never)]
fn stage_quotes(
    engine: &dixit::engine::Engine,
    normalized: &[String],
    segs: &[Segmentation],
    langs: &[dixit::lang::Lang],
    mentions: &[Vec<dixit::entity::Mention>],
    q: &mut Vec<dixit::quote::QuoteSpan>,
) -> usize {
    let mut scratch = dixit::quote::Scratch::default();
    (0..normalized.len())
        .map(|k| {
            q.clear();
            let doc = Doc {
                text: &normalized[k],
                seg: &segs[k],
                lang: langs[k],
            };
            dixit::quote::find_quotes_with(engine, &doc, &mentions[k], &mut scratch, q);
            q.len()
        })
        .sum()
}
