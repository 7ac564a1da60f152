//! The command line end to end: inputs of every kind, record conservation, order, exit codes.

mod common;

use common::{check_spans, records, root, run, write};
use std::io::Write;

const A: &str = "« Nous ne céderons pas », a déclaré Emmanuel Macron à Paris.";
const B: &str = "Olaf Scholz a rencontré Giorgia Meloni à Rome.";

fn jsonl(rows: &[(&str, &str)]) -> String {
    rows.iter()
        .map(|(id, t)| {
            serde_json::json!({"id": id, "text": t, "url": format!("http://x/{id}")}).to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn folder_of_text_files_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("b/2.txt"), B.as_bytes());
    write(&dir.path().join("a.txt"), A.as_bytes());
    write(&dir.path().join("b/1.txt"), A.as_bytes());
    write(&dir.path().join("ignored.md"), b"# not an article");
    let d = dir.path().to_str().unwrap();
    let out = run(&["extract", "-q", d], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    let ids: Vec<String> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap().replace(d, "D"))
        .collect();
    assert_eq!(ids, ["D/a.txt", "D/b/1.txt", "D/b/2.txt"]);
    check_spans(A, &recs[0]);
    assert!(recs[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Emmanuel Macron"));
}

#[test]
fn jsonl_carries_fields_and_gzip_is_transparent() {
    let dir = tempfile::tempdir().unwrap();
    let data = jsonl(&[("a", A), ("b", B)]);
    let plain = dir.path().join("in.jsonl");
    write(&plain, data.as_bytes());
    let gz = dir.path().join("in.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    enc.write_all(data.as_bytes()).unwrap();
    enc.finish().unwrap();
    let o1 = run(&["extract", "-q", plain.to_str().unwrap()], b"");
    let o2 = run(&["extract", "-q", gz.to_str().unwrap()], b"");
    assert!(o1.status.success() && o2.status.success());
    assert_eq!(o1.stdout, o2.stdout);
    let recs = records(&o1.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["url"], "http://x/b");
    assert_eq!(recs[0]["schema"], "dixit/1");
    assert!(
        recs[0].get("text").is_none(),
        "text is echoed only with --with-text"
    );
    let o3 = run(
        &["extract", "-q", "--with-text", plain.to_str().unwrap()],
        b"",
    );
    assert_eq!(records(&o3.stdout)[0]["text"], A);
}

#[test]
fn renamed_fields() {
    let line = serde_json::json!({"doc": "x1", "body": A}).to_string();
    let out = run(
        &["extract", "-q", "--id-field", "doc", "--text-field", "body"],
        line.as_bytes(),
    );
    let recs = records(&out.stdout);
    assert_eq!(recs[0]["id"], "x1");
    check_spans(A, &recs[0]);
}

#[test]
fn stdin_jsonl_and_text() {
    let out = run(&["extract", "-q"], jsonl(&[("a", A)]).as_bytes());
    assert_eq!(records(&out.stdout)[0]["id"], "a");
    let out = run(&["extract", "-q", "-"], A.as_bytes());
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    check_spans(A, &recs[0]);
    let out = run(
        &["extract", "-q", "--input-format", "text"],
        b"{ not json, a text }",
    );
    assert_eq!(records(&out.stdout).len(), 1);
}

#[test]
fn malformed_lines_keep_count_and_order() {
    let mut input = jsonl(&[("a", A)]);
    input.push_str("{\"id\": \"broken\", \"text\": \n");
    input.push_str(&jsonl(&[("b", B)]));
    input.push_str("{\"id\": \"n\", \"text\": 42}\n");
    input.push_str("{\"id\": \"m\"}\n");
    input.push_str(&jsonl(&[("c", A)]));
    let out = run(&["extract", "-q"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "some records had errors");
    let recs = records(&out.stdout);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "broken", "b", "n", "m", "c"]);
    let kinds: Vec<&str> = recs
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap_or("ok"))
        .collect();
    assert_eq!(
        kinds,
        [
            "ok",
            "invalid_json",
            "ok",
            "text_not_string",
            "missing_text",
            "ok"
        ]
    );
    assert_eq!(recs[1]["error"]["line"], 2);
}

#[test]
fn invalid_utf8_text_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    write(&bad, b"Caf\xe9 de Paris");
    let good = dir.path().join("good.txt");
    write(&good, B.as_bytes());
    let out = run(
        &[
            "extract",
            "-q",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["error"]["kind"], "invalid_utf8");
    assert!(recs[1].get("error").is_none());
}

#[test]
fn empty_input() {
    let out = run(&["extract", "-q"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "an empty input holds no record");
    let dir = tempfile::tempdir().unwrap();
    let e = dir.path().join("e.jsonl");
    write(&e, b"");
    let out = run(&["extract", "-q", e.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_fatal_with_its_name() {
    let out = run(&["extract", "-q", "/nonexistent/x.jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.jsonl"));
}

#[test]
fn one_thread_and_all_threads_give_identical_output() {
    let corpus = root().join("corpus/gold.jsonl");
    let c = corpus.to_str().unwrap();
    let o1 = run(&["extract", "-q", "--threads", "1", c], b"");
    let o2 = run(&["extract", "-q", "--threads", "2", c], b"");
    assert!(o1.status.success());
    assert!(!o1.stdout.is_empty());
    assert_eq!(o1.stdout, o2.stdout);
}

#[test]
fn summary_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let o = dir.path().join("out.jsonl");
    let out = run(
        &["extract", "-o", o.to_str().unwrap()],
        jsonl(&[("a", A), ("b", B)]).as_bytes(),
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2 articles") && err.contains("MB/s"),
        "summary: {err}"
    );
    assert_eq!(records(&std::fs::read(&o).unwrap()).len(), 2);
}

/// "-o -" writes to standard output, as "-" reads standard input (it made a file named "-").
#[test]
fn dash_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::dixit()
        .current_dir(dir.path())
        .args(["extract", "-q", "-o", "-", "-"])
        .stdin(std::fs::File::open(write_input(dir.path(), A)).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(records(&out.stdout).len(), 1);
    assert!(
        !dir.path().join("-").exists(),
        "a file named '-' was written"
    );
}

fn write_input(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let p = dir.join("in.txt");
    write(&p, text.as_bytes());
    p
}

#[test]
fn help_has_examples() {
    for args in [&["--help"][..], &["extract", "--help"], &["eval", "--help"]] {
        let out = run(args, b"");
        assert!(out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Example"),
            "{args:?}"
        );
    }
}

#[test]
fn user_gazetteer_and_malformed_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("mine.tsv");
    write(
        &list,
        "Zorglub\tPER\tZorglub le Grand\tmine:1\tmine\tgender=m\n".as_bytes(),
    );
    let out = run(
        &["extract", "-q", "--gazetteer", list.to_str().unwrap()],
        "« Non », dit Zorglub.".as_bytes(),
    );
    let recs = records(&out.stdout);
    assert_eq!(recs[0]["entities"][0]["entity"], "Zorglub le Grand");
    write(&list, "ok\tPER\tok\nZorglub\tPERSON\tx\n".as_bytes());
    let out = run(
        &["extract", "-q", "--gazetteer", list.to_str().unwrap()],
        b"x",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mine.tsv:2"), "{err}");
}
