//! Robustness of the `dixit extract` binary on bad input and failing output (issue 8):
//! conservation (one output record per input record, in order, with its id), truncated gzip,
//! `--max-article-bytes`, full disk, closed pipe, exit codes. docs/guarantees.md states the
//! promises these tests hold.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

mod common;

use common::dixit;

/// Runs `dixit extract -q ARGS` with `stdin`.
fn extract(args: &[&str], stdin: &[u8]) -> Output {
    let mut all = vec!["extract", "-q"];
    all.extend_from_slice(args);
    common::run(&all, stdin)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses the output: every line is a complete JSON record ending with a newline.
fn records(out: &[u8]) -> Vec<Value> {
    assert!(
        out.is_empty() || out.ends_with(b"\n"),
        "the output ends with a newline"
    );
    out.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            serde_json::from_slice(l)
                .unwrap_or_else(|e| panic!("bad line {:?}: {e}", String::from_utf8_lossy(l)))
        })
        .collect()
}

fn ids(recs: &[Value]) -> Vec<Value> {
    recs.iter().map(|r| r["id"].clone()).collect()
}

fn kinds(recs: &[Value]) -> Vec<String> {
    recs.iter()
        .map(|r| r["error"]["kind"].as_str().unwrap_or("ok").to_string())
        .collect()
}

fn no_panic(o: &Output) {
    let e = stderr(o);
    assert!(!e.contains("panicked"), "dixit panicked: {e}");
}

/// A small deterministic generator, so the tests need no randomness crate.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const WORDS: &[&str] = &[
    "Emmanuel",
    "Macron",
    "a",
    "déclaré",
    "«",
    "»",
    "la",
    "ministre",
    "Élisabeth",
    "Borne",
    "Paris",
    "selon",
    "l’Élysée",
    "jeudi",
    "réforme",
    "“",
    "”",
    "qu’il",
    "n’est",
    "pas",
    "question",
    ",",
    ".",
    "2024",
    "OTAN",
    "M.",
    "Dupont",
];

/// A French-news-ish article of about `words` words.
fn article(rng: &mut Lcg, words: usize) -> String {
    let mut s = String::new();
    for k in 0..words {
        if k > 0 {
            s.push(if rng.next() % 40 == 0 { '\n' } else { ' ' });
        }
        s.push_str(WORDS[(rng.next() % WORDS.len() as u64) as usize]);
    }
    s
}

fn jsonl(recs: &[Value]) -> Vec<u8> {
    let mut v = Vec::new();
    for r in recs {
        v.extend(serde_json::to_vec(r).unwrap());
        v.push(b'\n');
    }
    v
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// The id and error kind ("ok" for a result) a line must give, or None for a blank line.
type Expected = Option<(Value, &'static str)>;

#[test]
fn conservation_on_mixed_good_and_bad_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.jsonl");
    // Line by line: what comes out for each (blank lines are not records).
    let lines: &[(&[u8], Expected)] = &[
        (b"\xEF\xBB\xBF{\"id\":\"bom\",\"text\":\"Emmanuel Macron a dit \xC2\xAB oui \xC2\xBB.\"}\r", Some((json!("bom"), "ok"))),
        (b"", None),
        (b"   \t\r", None),
        (b"{\"id\":\"crlf\",\"text\":\"Une ligne\\r\\nCRLF.\"}\r", Some((json!("crlf"), "ok"))),
        (b"{\"id\":\"broken\",\"text\":\"pas de fin", Some((json!("broken"), "invalid_json"))),
        (b"{\"text\":\"no id\"}", Some((json!("IN:6"), "ok"))),
        (b"{\"id\":null,\"text\":\"null id\"}", Some((json!("IN:7"), "ok"))),
        (b"{\"id\":\"dup\",\"text\":\"first\"}", Some((json!("dup"), "ok"))),
        (b"{\"id\":\"dup\",\"text\":\"second\"}", Some((json!("dup"), "ok"))),
        (b"{\"id\":\"num\",\"text\":42}", Some((json!("num"), "text_not_string"))),
        (b"{\"id\":\"arr\",\"text\":[\"a\"]}", Some((json!("arr"), "text_not_string"))),
        (b"{\"id\":\"nul\",\"text\":null}", Some((json!("nul"), "text_not_string"))),
        (b"{\"id\":\"none\",\"title\":\"t\"}", Some((json!("none"), "missing_text"))),
        (b"{\"id\":\"bad8\",\"text\":\"caf\xE9\"}", Some((json!("bad8"), "invalid_utf8"))),
        (b"\"just a string\"", Some((json!("IN:15"), "not_an_object"))),
        (b"garbage without braces", Some((json!("IN:16"), "invalid_json"))),
        (b"{\"id\":17,\"text\":\"numeric id\",\"url\":\"http://x\"}", Some((json!(17), "ok"))),
        (b"\xEF\xBB\xBF{\"id\":\"bom2\",\"text\":\"concatenated file\"}", Some((json!("bom2"), "ok"))),
        (b"{\"id\":\"nulbyte\",\"text\":\"a\\u0000b Macron\"}", Some((json!("nulbyte"), "ok"))),
        (b"{\"id\":\"lone\",\"text\":\"\\ud800\"}", Some((json!("lone"), "invalid_json"))),
        (b"{\"id\":{\"x\":1},\"text\":\"object id\"}", Some((json!({"x": 1}), "ok"))),
        // The last line has no newline but is valid JSON: it is a record.
        (b"{\"id\":\"last\",\"text\":\"truncated last line\"}", Some((json!("last"), "ok"))),
    ];
    let data = lines
        .iter()
        .map(|(l, _)| l.to_vec())
        .collect::<Vec<_>>()
        .join(&b'\n');
    std::fs::write(&path, &data).unwrap();
    let name = path.display().to_string();
    let o = extract(&[&name], b"");
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "some records are errors: exit 1");
    let recs = records(&o.stdout);
    let want: Vec<(Value, &str)> = lines
        .iter()
        .filter_map(|(_, w)| w.clone())
        .map(|(id, k)| match id.as_str() {
            Some(s) if s.starts_with("IN:") => (json!(s.replace("IN", &name)), k),
            _ => (id, k),
        })
        .collect();
    assert_eq!(
        ids(&recs),
        want.iter().map(|w| w.0.clone()).collect::<Vec<_>>()
    );
    assert_eq!(
        kinds(&recs),
        want.iter().map(|w| w.1.to_string()).collect::<Vec<_>>()
    );
    for r in &recs {
        assert_eq!(r["schema"], "dixit/1");
        if let Some(e) = r.get("error") {
            assert_eq!(e["file"].as_str(), Some(name.as_str()));
            assert!(e["line"].as_u64().unwrap() >= 1);
            assert!(!e["message"].as_str().unwrap().is_empty());
        }
    }
    // Error records say where: the broken line is line 5.
    assert_eq!(recs[2]["error"]["line"], 5);
    // Carried fields come through on results.
    assert_eq!(
        recs.iter().find(|r| r["id"] == 17).unwrap()["url"],
        "http://x"
    );

    // A truncated last line that does not parse is an error record, not dropped.
    let cut = dir.path().join("cut.jsonl");
    std::fs::write(
        &cut,
        b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"cut her",
    )
    .unwrap();
    let o = extract(&[cut.to_str().unwrap()], b"");
    let recs = records(&o.stdout);
    assert_eq!(ids(&recs), [json!("a"), json!("b")]);
    assert_eq!(kinds(&recs), ["ok", "invalid_json"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn all_good_exits_0_and_stdin_works() {
    let data = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Bonjour.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Au revoir.\"}\r\n";
    let o = extract(&[], data);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(ids(&records(&o.stdout)), [json!("a"), json!("b")]);
    // Plain text on stdin is one article, with NUL bytes and a BOM.
    let o = extract(&["-"], b"\xEF\xBB\xBFLe \x00texte\x00 de Jean Dupont.\r\n");
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(ids(&records(&o.stdout)), [json!("-")]);
    // Invalid UTF-8 on stdin as text: one error record.
    let o = extract(&["--input-format", "text"], b"caf\xE9");
    assert_eq!(kinds(&records(&o.stdout)), ["invalid_utf8"]);
    assert_eq!(o.status.code(), Some(1));
}

/// The records that a truncated gzip file must still give: every complete line of what
/// decompresses before the cut.
fn complete_lines_before_cut(gz: &[u8]) -> usize {
    let mut d = flate2::read::MultiGzDecoder::new(gz);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match d.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    out.iter().filter(|&&b| b == b'\n').count()
}

#[test]
fn truncated_gzip_keeps_the_records_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(8);
    let recs: Vec<Value> = (0..3000)
        .map(|i| json!({"id": format!("g{i}"), "text": article(&mut rng, 30)}))
        .collect();
    let gz = gzip(&jsonl(&recs));
    let after = dir.path().join("z_after.jsonl");
    std::fs::write(&after, b"{\"id\":\"next-file\",\"text\":\"still read\"}\n").unwrap();
    // Cut in the middle, inside the trailer, one byte short, and inside the header; all in one
    // run, each cut file followed by a good one.
    let cuts = [gz.len() / 2, gz.len() - 4, gz.len() - 1, 5];
    let mut args = Vec::new();
    for cut in cuts {
        let path = dir.path().join(format!("cut{cut}.jsonl.gz"));
        std::fs::write(&path, &gz[..cut]).unwrap();
        args.push(path.display().to_string());
        args.push(after.display().to_string());
    }
    let o = extract(&args.iter().map(String::as_str).collect::<Vec<_>>(), b"");
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "a read error is a record error");
    let out = records(&o.stdout);
    let mut at = 0;
    for (n, cut) in cuts.into_iter().enumerate() {
        let k = complete_lines_before_cut(&gz[..cut]);
        let out = &out[at..];
        assert!(
            out.len() >= k + 2,
            "cut at {cut}: {k} records, one read error, the next file"
        );
        for (i, r) in out[..k].iter().enumerate() {
            assert_eq!(r["id"], format!("g{i}"), "cut at {cut}");
            assert!(r.get("error").is_none());
        }
        assert_eq!(out[k]["error"]["kind"], "read_error", "cut at {cut}");
        assert_eq!(out[k]["id"], format!("{}:{}", args[2 * n], k + 1));
        assert_eq!(out[k + 1]["id"], "next-file");
        at += k + 2;
    }
    assert_eq!(at, out.len());
    // Not gzip at all.
    let path = dir.path().join("fake.jsonl.gz");
    std::fs::write(&path, b"{\"id\":\"x\",\"text\":\"not compressed\"}\n").unwrap();
    let o = extract(&[path.to_str().unwrap()], b"");
    no_panic(&o);
    assert_eq!(kinds(&records(&o.stdout)), ["read_error"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn max_article_bytes_skips_with_an_error_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sizes.jsonl");
    let big = "é".repeat(300); // 600 bytes
    let huge = "x".repeat(3 << 20); // a line over 2 * limit + 1 MiB: skipped while reading
    let data = jsonl(&[
        json!({"id": "small", "text": "Petit texte."}),
        json!({"id": "big", "text": big}),
        json!({"id": "huge", "text": huge}),
        json!({"id": "after", "text": "Encore."}),
    ]);
    std::fs::write(&path, &data).unwrap();
    let o = extract(&["--max-article-bytes", "500", path.to_str().unwrap()], b"");
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let recs = records(&o.stdout);
    assert_eq!(
        ids(&recs),
        [json!("small"), json!("big"), json!("huge"), json!("after")]
    );
    assert_eq!(kinds(&recs), ["ok", "too_large", "too_large", "ok"]);
    for r in &recs[1..3] {
        let m = r["error"]["message"].as_str().unwrap();
        assert!(
            m.contains("--max-article-bytes 500") && m.contains("skipped"),
            "{m}"
        );
    }
    // Exactly at the limit is fine.
    let o = extract(&["--max-article-bytes", "600", path.to_str().unwrap()], b"");
    assert_eq!(kinds(&records(&o.stdout))[1], "ok");
    // A .txt file and stdin over the limit.
    let txt = dir.path().join("big.txt");
    std::fs::write(&txt, &big).unwrap();
    let o = extract(&["--max-article-bytes", "500", txt.to_str().unwrap()], b"");
    let recs = records(&o.stdout);
    assert_eq!(kinds(&recs), ["too_large"]);
    assert!(recs[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("600 bytes"));
    let o = extract(
        &["--max-article-bytes", "500", "--input-format", "text"],
        big.as_bytes(),
    );
    assert_eq!(kinds(&records(&o.stdout)), ["too_large"]);
    // An unsupported limit is a usage error before anything is read.
    let o = extract(
        &["--max-article-bytes", "5000000000", path.to_str().unwrap()],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("--max-article-bytes"));
}

#[test]
fn missing_input_is_fatal_before_any_output() {
    let o = extract(
        &["corpus/gold.jsonl", "/nonexistent/dixit-input.jsonl"],
        b"",
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        o.stdout.is_empty(),
        "arguments are checked before the run starts"
    );
    assert!(stderr(&o).contains("/nonexistent/dixit-input.jsonl"));
}

#[test]
fn full_disk_is_a_clear_fatal_error() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    // One thread reads, analyzes and writes in turn; more share the reading and analysis,
    // and the calling thread writes.
    for threads in ["1", "2", "3"] {
        let o = extract(
            &["corpus/gold.jsonl", "-o", "/dev/full", "--threads", threads],
            b"",
        );
        no_panic(&o);
        assert_eq!(o.status.code(), Some(2));
        let e = stderr(&o);
        assert!(
            e.contains("cannot write to /dev/full") && e.contains("No space left on device"),
            "{threads} threads: {e}"
        );
    }
}

/// A file size limit (`ulimit -f`, with SIGXFSZ ignored) makes writes fail part-way, like a full
/// disk: the output must end with the last complete record, never a partial line.
#[test]
fn failed_write_leaves_only_complete_records() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut rng = Lcg(3);
    let recs: Vec<Value> = (0..2000)
        .map(|i| json!({"id": i, "text": article(&mut rng, 40)}))
        .collect();
    std::fs::write(&input, jsonl(&recs)).unwrap();
    let out = dir.path().join("out.jsonl");
    let script = "trap '' XFSZ; ulimit -f 64 || exit 99; exec \"$0\" extract -q --with-text \"$1\" -o \"$2\" --threads \"$3\"";
    for threads in ["1", "2", "3"] {
        let o = Command::new("sh")
            .args([
                "-c",
                script,
                env!("CARGO_BIN_EXE_dixit"),
                input.to_str().unwrap(),
                out.to_str().unwrap(),
                threads,
            ])
            .output()
            .unwrap();
        if o.status.code() == Some(99) {
            return; // no ulimit here
        }
        no_panic(&o);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let e = stderr(&o);
        assert!(
            e.contains("cannot write to") && e.contains("ends with the last complete record"),
            "{threads} threads: {e}"
        );
        let written = std::fs::read(&out).unwrap();
        assert!(
            !written.is_empty() && written.len() < jsonl(&recs).len(),
            "the limit was hit part-way"
        );
        let got = records(&written);
        for (i, r) in got.iter().enumerate() {
            assert_eq!(r["id"], i, "complete records, in order ({threads} threads)");
        }
    }
}

#[test]
fn closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut rng = Lcg(5);
    let recs: Vec<Value> = (0..20_000)
        .map(|i| json!({"id": i, "text": article(&mut rng, 40)}))
        .collect();
    std::fs::write(&input, jsonl(&recs)).unwrap();
    for threads in ["1", "2", "3"] {
        let mut child = dixit()
            .args(["extract", input.to_str().unwrap(), "--threads", threads])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The reader (and the pipe) is dropped here.
        assert!(first.ends_with('\n'));
        let v: Value = serde_json::from_str(&first).unwrap();
        assert_eq!(v["id"], 0);
        let o = child.wait_with_output().unwrap();
        let e = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(0),
            "a closed pipe is not an error ({threads} threads): {e}"
        );
        assert!(
            !e.contains("panicked") && !e.to_lowercase().contains("broken pipe"),
            "quiet: {e}"
        );
    }
}

#[test]
fn thread_count_does_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut rng = Lcg(11);
    let mut data = std::fs::read("corpus/gold.jsonl").unwrap();
    for i in 0..3000 {
        let n = 1 + (rng.next() % 200) as usize;
        data.extend(
            serde_json::to_vec(&json!({"id": format!("r{i}"), "text": article(&mut rng, n)}))
                .unwrap(),
        );
        data.push(b'\n');
        if i % 97 == 0 {
            data.extend_from_slice(b"{\"id\":\"broken\"\n\n");
        }
    }
    std::fs::write(&input, &data).unwrap();
    let one = extract(&["-j", "1", input.to_str().unwrap()], b"");
    let two = extract(&["-j", "2", input.to_str().unwrap()], b"");
    no_panic(&one);
    assert!(one.stdout == two.stdout, "same output with 1 and 2 threads");
    // More threads than cores: chunks finish further out of order, and the window fills.
    for j in ["3", "5"] {
        let more = extract(&["-j", j, input.to_str().unwrap()], b"");
        assert!(
            one.stdout == more.stdout,
            "same output with 1 and {j} threads"
        );
    }
    assert_eq!(records(&one.stdout).len(), 40 + 3000 + 31);
}
