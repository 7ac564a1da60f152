//! Compares Aho-Corasick builder settings on the embedded surface forms (build time).
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};
use std::time::Instant;

fn main() {
    let blob =
        dixit::gazetteer::embedded::load(dixit::gazetteer::embedded::Blob::Entities).unwrap();
    let mut pats: Vec<&str> = blob
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect();
    pats.sort_unstable();
    pats.dedup();
    println!("{} patterns", pats.len());
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
        (
            "noncontiguous nopre dense1",
            AhoCorasickKind::NoncontiguousNFA,
            false,
            1,
        ),
    ] {
        let t = Instant::now();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(kind))
            .prefilter(pre)
            .dense_depth(dense)
            .build(&pats)
            .unwrap();
        println!(
            "{name}: {:?} {} MB",
            t.elapsed(),
            ac.memory_usage() / 1_000_000
        );
    }
}
