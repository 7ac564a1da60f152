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
    let ready = t.elapsed();
    // The automata of the embedded lists are built on first use; build them all to time it.
    let t = Instant::now();
    e.gazetteer.build_all().unwrap();
    let all = t.elapsed();
    let s = e.gazetteer.stats();
    println!(
        "engine ready: {ready:?}, then every automaton built: {all:?} ({} entries, {} surfaces, \
         {} patterns, {} automata {} MB)",
        s.entries,
        s.surfaces,
        s.patterns,
        s.automata,
        s.automaton_bytes / 1_000_000
    );
    // A first article: only the automata it needs are built.
    let t = Instant::now();
    let e = dixit::EngineBuilder::new().build().unwrap();
    let a = e
        .worker()
        .analyze("Emmanuel Macron a reçu Olaf Scholz à l'Élysée, a indiqué la présidence.");
    println!(
        "engine ready and a first article analyzed: {:?} ({} entities)",
        t.elapsed(),
        a.entities.len()
    );
}
