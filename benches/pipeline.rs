//! Per-stage and end-to-end throughput, in MB/s of input text.
//!
//! Input: the texts of ../shared/eval/orangesum_fr_raw.jsonl.gz (11k real French news
//! articles) when present, else corpus/gold.jsonl. Run: `cargo bench --bench pipeline`.
//! `DIXIT_BENCH_MB` caps the input size (default 8 MB).

use std::io::Read;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dixit::engine::EngineBuilder;
use dixit::gazetteer::Hit;
use dixit::lang::Lang;
use dixit::normalize::Normalized;
use dixit::segment::{Doc, Segmentation};

fn texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let raw = root.join("../shared/eval/orangesum_fr_raw.jsonl.gz");
    let data = if raw.exists() {
        let mut s = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&raw).unwrap())
            .read_to_string(&mut s)
            .unwrap();
        s
    } else {
        eprintln!("bench: {} absent, using corpus/gold.jsonl", raw.display());
        std::fs::read_to_string(root.join("corpus/gold.jsonl")).unwrap()
    };
    let cap: usize = std::env::var("DIXIT_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8)
        << 20;
    let mut out = Vec::new();
    let mut total = 0;
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let t = v["text"].as_str().unwrap_or("").to_string();
        total += t.len();
        out.push(t);
        if total >= cap {
            break;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = texts();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let mut g = c.benchmark_group("engine");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("build", |b| {
        b.iter(|| EngineBuilder::new().build().unwrap())
    });
    g.finish();

    let engine = EngineBuilder::new().build().unwrap();
    let normalized: Vec<String> = texts
        .iter()
        .map(|t| Normalized::new(t).text().to_string())
        .collect();
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

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes))
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| Normalized::new(t).text().len())
                .sum::<usize>()
        })
    });
    g.bench_function("segment", |b| {
        let mut s = Segmentation::default();
        b.iter(|| {
            normalized
                .iter()
                .map(|t| {
                    s.compute(t);
                    s.tokens.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("gazetteer_match", |b| {
        let mut h = Vec::new();
        b.iter(|| {
            normalized
                .iter()
                .zip(&segs)
                .map(|(t, s)| {
                    h.clear();
                    engine.gazetteer.find(t, &s.tokens, &mut h);
                    h.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("entities", |b| {
        let mut m = Vec::new();
        // Scratch kept from article to article, as a worker keeps it (its word caches warm).
        let mut scratch = dixit::entity::Scratch::default();
        b.iter(|| {
            normalized
                .iter()
                .zip(&segs)
                .zip(&hits)
                .map(|((t, s), h)| {
                    let doc = Doc {
                        text: t,
                        seg: s,
                        lang: Lang::Fr,
                    };
                    scratch.recycle(&mut m);
                    dixit::entity::recognize_with(&engine, &doc, h, &mut scratch, &mut m);
                    m.len()
                })
                .sum::<usize>()
        })
    });
    let mentions: Vec<Vec<dixit::entity::Mention>> = normalized
        .iter()
        .zip(&segs)
        .zip(&hits)
        .map(|((t, s), h)| {
            let mut m = Vec::new();
            let doc = Doc {
                text: t,
                seg: s,
                lang: Lang::Fr,
            };
            dixit::entity::recognize(&engine, &doc, h, &mut m);
            m
        })
        .collect();
    g.bench_function("quotes", |b| {
        let mut q = Vec::new();
        let mut scratch = dixit::quote::Scratch::default();
        b.iter(|| {
            normalized
                .iter()
                .zip(&segs)
                .zip(&mentions)
                .map(|((t, s), m)| {
                    q.clear();
                    let doc = Doc {
                        text: t,
                        seg: s,
                        lang: Lang::Fr,
                    };
                    dixit::quote::find_quotes_with(&engine, &doc, m, &mut scratch, &mut q);
                    q.len()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(bytes))
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    // Matching alone, end to end: the same road (normalize, segment, language, gazetteer) and
    // a record per article with each gazetteer hit as an entity (its first list entry, its
    // offsets in the original text), without the entity rules, linking or quotes. The
    // baseline the quality work is measured against ("records_full" below).
    g.bench_function("records_matching_alone", |b| {
        let mut seg = Segmentation::default();
        let mut hits = Vec::new();
        let mut buf = Vec::with_capacity(1 << 20);
        let id = serde_json::Value::String("x".into());
        let extra = serde_json::Map::new();
        let mut a = dixit::Analysis {
            lang: Lang::Fr,
            entities: Vec::new(),
            quotes: Vec::new(),
        };
        b.iter(|| {
            buf.clear();
            for t in &texts {
                let norm = Normalized::new(t);
                let text = norm.text();
                seg.compute(text);
                a.lang = dixit::lang::detect_tokens(text, &seg.tokens);
                hits.clear();
                engine.gazetteer.find(text, &seg.tokens, &mut hits);
                let original = norm.original();
                let mut chars = dixit::normalize::CharCounter::new(original);
                a.entities.clear();
                for h in &hits {
                    let Some(e) = engine.gazetteer.candidates(h.pattern).next() else {
                        continue;
                    };
                    let (bs, be) = (norm.start_to_original(h.start), norm.end_to_original(h.end));
                    a.entities.push(dixit::output::EntityOut {
                        start: chars.chars_at(bs),
                        end: chars.chars_at(be),
                        byte_start: bs,
                        byte_end: be,
                        text: original[bs..be].to_string(),
                        label: e.label,
                        entity: e.canonical.to_string(),
                        id: (!e.id.is_empty()).then(|| e.id.to_string()),
                        gender: e.gender,
                        cluster: 0,
                    });
                }
                dixit::output::write_record(&mut buf, &id, &a, &extra, None);
            }
            buf.len()
        })
    });
    // Everything, as `dixit extract` does it per article.
    g.bench_function("records_full", |b| {
        let mut w = engine.worker();
        let mut buf = Vec::with_capacity(1 << 20);
        let id = serde_json::Value::String("x".into());
        let extra = serde_json::Map::new();
        b.iter(|| {
            buf.clear();
            for t in &texts {
                let a = w.analyze_in_place(t);
                dixit::output::write_record(&mut buf, &id, a, &extra, None);
            }
            buf.len()
        })
    });
    g.bench_function("analyze_one_thread", |b| {
        let mut w = engine.worker();
        b.iter(|| {
            texts
                .iter()
                .map(|t| w.analyze(t).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze_and_serialize_one_thread", |b| {
        let mut w = engine.worker();
        let mut buf = Vec::with_capacity(1 << 20);
        let id = serde_json::Value::String("x".into());
        let extra = serde_json::Map::new();
        b.iter(|| {
            buf.clear();
            for t in &texts {
                let a = w.analyze(t);
                dixit::output::write_record(&mut buf, &id, &a, &extra, None);
            }
            buf.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
