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
    let trie = dixit::gazetteer::trie::Trie::build(table.len(), |i| table.surface(i).as_bytes());
    println!("trie: {:?} ({} nodes)", t.elapsed(), trie.nodes());
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
    let s = e.gazetteer.stats();
    println!(
        "engine ready: {ready:?} ({} entries, {} surfaces, {} patterns, trie of {} nodes, {} MB)",
        s.entries,
        s.surfaces,
        s.patterns,
        s.nodes,
        s.trie_bytes / 1_000_000
    );
    // A first article.
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
