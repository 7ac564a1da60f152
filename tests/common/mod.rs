//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The built binary.
pub fn dixit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dixit"))
}

/// Runs dixit with args and stdin; returns the output.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = dixit()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dixit");
    let mut sin = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = sin.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait dixit");
    writer.join().unwrap();
    out
}

/// Parses JSON Lines output.
pub fn records(out: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// The project's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared evaluation folder beside the project, when present.
pub fn shared_eval(file: &str) -> Option<PathBuf> {
    let p = root().join("..").join("shared").join("eval").join(file);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

/// Checks that every span of a record slices `text` exactly (code points and bytes).
pub fn check_spans(text: &str, rec: &serde_json::Value) {
    let chars: Vec<char> = text.chars().collect();
    let check = |span: &serde_json::Value| {
        let s = span["start"].as_u64().unwrap() as usize;
        let e = span["end"].as_u64().unwrap() as usize;
        let t = span["text"].as_str().unwrap();
        assert!(s <= e && e <= chars.len(), "span out of range: {span}");
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            t,
            "char offsets: {span}"
        );
        if let (Some(bs), Some(be)) = (span["byte_start"].as_u64(), span["byte_end"].as_u64()) {
            assert_eq!(&text[bs as usize..be as usize], t, "byte offsets: {span}");
        }
    };
    for e in rec["entities"].as_array().unwrap() {
        check(e);
    }
    for q in rec["quotes"].as_array().unwrap() {
        check(q);
        if !q["cue"].is_null() {
            check(&q["cue"]);
        }
    }
}

/// Writes a file, creating folders.
pub fn write(path: &Path, data: &[u8]) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(path, data).unwrap();
}
