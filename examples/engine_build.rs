//! Prints how long building the engine takes, and the sizes of its parts.
//! Run: cargo run --release --example engine_build
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let table = dixit::gazetteer::embedded::table().unwrap();
    println!(
        "decode entity table: {:?} ({} entries, {} surfaces)",
        t.elapsed(),
        table.entries.len(),
        table.len()
    );
    let t = Instant::now();
    let lex = dixit::gazetteer::lexicon::Lexicon::embedded().unwrap();
    println!(
        "lexicons: {:?} ({} first names, {} common fr)",
        t.elapsed(),
        lex.firstnames.len(),
        lex.common_fr.len()
    );
    let t = Instant::now();
    let e = dixit::EngineBuilder::new().build().unwrap();
    let s = e.gazetteer.stats();
    println!(
        "engine: {:?} ({} entries, {} surfaces, {} patterns, {} automata {} MB)",
        t.elapsed(),
        s.entries,
        s.surfaces,
        s.patterns,
        s.automata,
        s.automaton_bytes / 1_000_000
    );
}
