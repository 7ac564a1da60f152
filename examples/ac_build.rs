//! Compares Aho-Corasick builder settings on the embedded surface forms (build time): one
//! automaton, one per first byte (what the engine does), or one per first two bytes (no faster
//! than per first byte). `ac_build parts` runs only the partitioned ones.
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};
use std::time::Instant;

fn build(pats: &[&str], kind: AhoCorasickKind, pre: bool, dense: usize) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .kind(Some(kind))
        .prefilter(pre)
        .dense_depth(dense)
        .build(pats)
        .unwrap()
}

fn main() {
    let table = dixit::gazetteer::embedded::table().unwrap();
    let pats: Vec<&str> = (0..table.len()).map(|i| table.surface(i)).collect();
    println!("{} patterns", pats.len());
    let only_parts = std::env::args().nth(1).as_deref() == Some("parts");
    for (name, kind, pre, dense) in [
        ("contiguous", AhoCorasickKind::ContiguousNFA, true, 3),
        ("contiguous nopre", AhoCorasickKind::ContiguousNFA, false, 3),
        (
            "contiguous nopre dense0",
            AhoCorasickKind::ContiguousNFA,
            false,
            0,
        ),
        (
            "noncontiguous nopre",
            AhoCorasickKind::NoncontiguousNFA,
            false,
            3,
        ),
    ] {
        if only_parts {
            break;
        }
        let t = Instant::now();
        let ac = build(&pats, kind, pre, dense);
        println!(
            "{name}: {:?} {} MB",
            t.elapsed(),
            ac.memory_usage() / 1_000_000
        );
    }
    // One automaton per first byte (the patterns are sorted, so each is a contiguous range).
    let mut parts: Vec<&[&str]> = Vec::new();
    let mut i = 0;
    while i < pats.len() {
        let b = pats[i].as_bytes()[0];
        let j = i + pats[i..].partition_point(|p| p.as_bytes()[0] == b);
        parts.push(&pats[i..j]);
        i = j;
    }
    for dense in [0, 1, 2, 3, 4] {
        let t = Instant::now();
        let acs: Vec<AhoCorasick> = parts
            .iter()
            .map(|p| build(p, AhoCorasickKind::ContiguousNFA, false, dense))
            .collect();
        let mem: usize = acs.iter().map(|a| a.memory_usage()).sum();
        println!(
            "{} per-first-byte contiguous nopre dense{dense}, one thread: {:?} {} MB",
            parts.len(),
            t.elapsed(),
            mem / 1_000_000
        );
    }
    // By the first two bytes (one-byte patterns left out), to see what finer parts would give.
    let mut parts2: Vec<&[&str]> = Vec::new();
    let mut i = 0;
    while i < pats.len() {
        let key = pats[i].as_bytes().get(..2);
        let j = i + pats[i..].partition_point(|p| p.as_bytes().get(..2) == key);
        if key.is_some() {
            parts2.push(&pats[i..j]);
        }
        i = j;
    }
    let t = Instant::now();
    let acs: Vec<AhoCorasick> = parts2
        .iter()
        .map(|p| build(p, AhoCorasickKind::ContiguousNFA, false, 3))
        .collect();
    let mem: usize = acs.iter().map(|a| a.memory_usage()).sum();
    println!(
        "{} per-first-two-bytes contiguous nopre dense3, one thread: {:?} {} MB",
        parts2.len(),
        t.elapsed(),
        mem / 1_000_000
    );
    let t = Instant::now();
    use rayon::prelude::*;
    let acs: Vec<AhoCorasick> = parts
        .par_iter()
        .map(|p| build(p, AhoCorasickKind::ContiguousNFA, false, 3))
        .collect();
    println!(
        "{} per-first-byte contiguous nopre dense3, rayon: {:?}",
        acs.len(),
        t.elapsed()
    );
}
