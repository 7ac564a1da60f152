//! Embeds the gazetteers, in OUT_DIR, for src/gazetteer/embedded.rs to include. The entity lists
//! under gazetteers/generated and gazetteers/hand are compiled to the table the engine builds its
//! automata from (`entities.surfaces` and `entities.entries`, see src/gazetteer/table.rs): parsing, normalizing, adding
//! variants and sorting 15 MB of lists is done here once rather than at every start. The
//! lexicons are concatenated into a few blobs, the common-word lists sorted and indexed, all
//! read in place at run time.
//!
//! The table is made by the crate's own code, included here: the list parser, the table
//! builder and the normalizer.
use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/normalize/mod.rs"]
mod normalize;

#[allow(dead_code, clippy::upper_case_acronyms)]
#[path = "src/gazetteer/list.rs"]
mod list;

#[allow(dead_code)]
#[path = "src/gazetteer/table.rs"]
mod table;

/// What the included modules need of the crate's error type.
mod error {
    #[allow(dead_code)]
    #[derive(Debug)]
    pub enum Error {
        Gazetteer {
            file: String,
            line: usize,
            message: String,
        },
        Other(String),
    }
}

/// The crate's files this script includes: the table changes when they do.
const INCLUDED: &[&str] = &[
    "src/normalize/mod.rs",
    "src/gazetteer/list.rs",
    "src/gazetteer/table.rs",
];

/// Lexicon files (not entity lists), by file name: (blob name, file names).
const LEXICONS: &[(&str, &[&str])] = &[
    ("firstnames", &["firstnames.tsv", "firstnames_extra.tsv"]),
    ("surnames", &["surnames.tsv"]),
    ("demonyms", &["demonyms.tsv", "demonyms_extra.tsv"]),
    ("common_fr", &["common_fr.txt"]),
    ("common_en", &["common_en.txt"]),
];

/// Other lists read by a stage itself, not the gazetteer (`src/quote/roles.rs`).
const OTHER_LISTS: &[&str] = &["roles.tsv"];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let dirs = [
        root.join("gazetteers/generated"),
        root.join("gazetteers/hand"),
    ];
    println!("cargo:rerun-if-changed=gazetteers");
    for f in INCLUDED {
        println!("cargo:rerun-if-changed={f}");
    }
    for d in &dirs {
        println!("cargo:rerun-if-changed={}", d.display());
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for d in &dirs {
        if let Ok(rd) = fs::read_dir(d) {
            for e in rd.flatten() {
                let p = e.path();
                if p.is_file() {
                    println!("cargo:rerun-if-changed={}", p.display());
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    let name_of = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let lexicon_files: Vec<&str> = LEXICONS
        .iter()
        .flat_map(|(_, f)| f.iter().copied())
        .collect();
    // Entity lists: every .tsv that is not a lexicon, in path order.
    let mut rows = Vec::new();
    for p in &files {
        let n = name_of(p);
        if n.ends_with(".tsv")
            && !lexicon_files.contains(&n.as_str())
            && !OTHER_LISTS.contains(&n.as_str())
        {
            let data = String::from_utf8(fs::read(p).unwrap())
                .unwrap_or_else(|_| panic!("{}: not valid UTF-8", p.display()));
            let mut parsed = Vec::new();
            if let Err(e) = list::parse_list(&n, &data, &mut parsed) {
                panic!("{}: {e:?}", p.display());
            }
            rows.extend(parsed.into_iter().map(|r| {
                let origin = if r.source == "hand" {
                    list::Origin::Hand
                } else {
                    list::Origin::Generated
                };
                (r, origin)
            }));
        }
    }
    let table = table::Table::from_rows(rows, 0);
    let (surfaces, entries) = table.encode();
    fs::write(out.join("entities.surfaces"), surfaces).unwrap();
    // Not compressed: the engine borrows the entries' names from the binary.
    fs::write(out.join("entities.entries"), entries).unwrap();
    for (blob, names) in LEXICONS {
        let mut buf = Vec::new();
        for p in &files {
            let n = name_of(p);
            if names.contains(&n.as_str()) {
                write_file(&mut buf, p, &n);
            }
        }
        if blob.starts_with("common_") {
            buf = sorted_words(&buf);
        }
        // Not compressed: the engine reads the lexicons in place (no decompression at start).
        fs::write(out.join(blob), &buf).unwrap();
    }
}

/// A word list as `SortedWords::from_blob` reads it in place: the number of words (u32, little
/// endian), the end offset of each word in the words' bytes (u32 each), then the words' bytes,
/// one after the other. The words are trimmed, sorted by bytes, without duplicates, blank lines
/// or `#` comments.
fn sorted_words(data: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(data).expect("word lists are UTF-8");
    let mut words: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut out = Vec::with_capacity(data.len() + 4 * words.len() + 4);
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    let mut end = 0u32;
    for w in &words {
        end += w.len() as u32;
        out.extend_from_slice(&end.to_le_bytes());
    }
    for w in &words {
        out.extend_from_slice(w.as_bytes());
    }
    out
}

fn write_file(buf: &mut Vec<u8>, p: &Path, name: &str) {
    let data = fs::read(p).unwrap_or_default();
    buf.extend_from_slice(format!("#@file {name}\n").as_bytes());
    buf.extend_from_slice(&data);
    if !data.ends_with(b"\n") {
        buf.push(b'\n');
    }
}
