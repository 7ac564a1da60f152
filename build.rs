//! Embeds the gazetteers: concatenates the lists under gazetteers/generated and gazetteers/hand
//! into a few gzip-compressed blobs in OUT_DIR, which src/gazetteer/embedded.rs includes.
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Lexicon files (not entity lists), by file name: (blob name, file names).
const LEXICONS: &[(&str, &[&str])] = &[
    ("firstnames", &["firstnames.tsv", "firstnames_extra.tsv"]),
    ("surnames", &["surnames.tsv"]),
    ("demonyms", &["demonyms.tsv", "demonyms_extra.tsv"]),
    ("common_fr", &["common_fr.txt"]),
    ("common_en", &["common_en.txt"]),
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let dirs = [
        root.join("gazetteers/generated"),
        root.join("gazetteers/hand"),
    ];
    println!("cargo:rerun-if-changed=gazetteers");
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
    // Entity lists: every .tsv that is not a lexicon. Each file is introduced by a marker line.
    let mut entities = Vec::new();
    for p in &files {
        let n = name_of(p);
        if n.ends_with(".tsv") && !lexicon_files.contains(&n.as_str()) {
            write_file(&mut entities, p, &n);
        }
    }
    write_blob(&out.join("entities.gz"), &entities);
    for (blob, names) in LEXICONS {
        let mut buf = Vec::new();
        for p in &files {
            let n = name_of(p);
            if names.contains(&n.as_str()) {
                write_file(&mut buf, p, &n);
            }
        }
        write_blob(&out.join(format!("{blob}.gz")), &buf);
    }
}

fn write_file(buf: &mut Vec<u8>, p: &Path, name: &str) {
    let data = fs::read(p).unwrap_or_default();
    buf.extend_from_slice(format!("#@file {name}\n").as_bytes());
    buf.extend_from_slice(&data);
    if !data.ends_with(b"\n") {
        buf.push(b'\n');
    }
}

fn write_blob(path: &Path, data: &[u8]) {
    let f = fs::File::create(path).unwrap();
    let mut gz = flate2::write::GzEncoder::new(f, flate2::Compression::new(6));
    gz.write_all(data).unwrap();
    gz.finish().unwrap();
}
