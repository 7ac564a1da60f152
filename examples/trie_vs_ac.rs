//! Compares the gazetteer's trie with the `aho-corasick` crate on the embedded surface forms:
//! build time, memory, and anchored longest-match searches at every word start of a text (no
//! start filter, so both do the same searches). Both must find the same matches.
//!
//! Run: `cargo run --release --example trie_vs_ac -- [FILE.jsonl]` (texts of a JSONL file; the
//! corpus by default).
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use dixit::gazetteer::trie::Trie;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "corpus/gold.jsonl".into());
    let table = dixit::gazetteer::embedded::table().expect("embedded table");
    let pats: Vec<&str> = (0..table.len()).map(|i| table.surface(i)).collect();
    println!("{} patterns", pats.len());

    let t = Instant::now();
    let trie = Trie::build(pats.len(), |i| pats[i].as_bytes());
    println!(
        "trie: built in {:?}, {} nodes, {} MB",
        t.elapsed(),
        trie.nodes(),
        trie.memory_usage() / 1_000_000
    );
    let t = Instant::now();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .prefilter(false)
        .build(&pats)
        .expect("automaton");
    println!(
        "aho-corasick contiguous NFA, anchored: built in {:?}, {} MB",
        t.elapsed(),
        ac.memory_usage() / 1_000_000
    );

    let data = std::fs::read_to_string(&path).expect("read the texts");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    // Word starts: a letter or digit after a non-word character.
    let starts: Vec<(usize, usize)> = texts
        .iter()
        .enumerate()
        .flat_map(|(k, t)| {
            let mut prev_word = false;
            t.char_indices()
                .filter_map(move |(i, c)| {
                    let word = c.is_alphanumeric();
                    let start = word && !prev_word;
                    prev_word = word;
                    start.then_some((k, i))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("{} word starts in {mb:.1} MB", starts.len());

    let t = Instant::now();
    let mut by_trie = Vec::with_capacity(starts.len());
    for &(k, i) in &starts {
        let mut longest = None;
        trie.prefixes(&texts[k].as_bytes()[i..], |end, p| longest = Some((end, p)));
        by_trie.push(longest);
    }
    let trie_time = t.elapsed();
    let t = Instant::now();
    let mut by_ac = Vec::with_capacity(starts.len());
    for &(k, i) in &starts {
        let input = Input::new(&texts[k][i..]).anchored(Anchored::Yes);
        by_ac.push(ac.find(input).map(|m| (m.end(), m.pattern().as_u32())));
    }
    let ac_time = t.elapsed();
    println!(
        "anchored searches: trie {trie_time:?} ({:.0} MB/s), aho-corasick {ac_time:?} ({:.0} MB/s)",
        mb / trie_time.as_secs_f64(),
        mb / ac_time.as_secs_f64()
    );
    let same = by_trie == by_ac;
    println!("same matches: {same}");
    assert!(same, "the trie and the automaton disagree");
}
