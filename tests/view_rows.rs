//! `dixit quotes` and `dixit speakers`: table, TSV, CSV and JSONL outputs, the speaker filter
//! (accents, case, aliases), and the two sources (pipeline and --from-jsonl) agreeing.

mod view_support;

use serde_json::{json, Value};
use view_support::{dixit, extract_gold, gold, jsonl, run, FIXTURE};

fn fixture_file() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("fixture.jsonl");
    std::fs::write(&p, FIXTURE).unwrap();
    let s = p.to_str().unwrap().to_string();
    (dir, s)
}

fn stdout(args: &[&str]) -> String {
    String::from_utf8(run(args).stdout).unwrap()
}

#[test]
fn fixture_spans_slice_their_text() {
    for r in jsonl(FIXTURE.as_bytes()) {
        let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
        let spans = r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .chain(r["quotes"].as_array().unwrap());
        let cues = r["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| q.get("cue").filter(|c| !c.is_null()));
        for s in spans.chain(cues) {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                text[a..b].iter().collect::<String>(),
                s["text"].as_str().unwrap(),
                "{s}"
            );
        }
    }
}

#[test]
fn csv_has_header_and_quotes_fields_properly() {
    let (_d, f) = fixture_file();
    let out = stdout(&["quotes", "--from-jsonl", &f, "--format", "csv", "-q"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "speaker,quote,kind,article,speaker_label,speaker_id,cue,verb,start,end"
    );
    assert_eq!(
        lines[1],
        "Emmanuel Macron,« Nous tiendrons »,direct,f1,PER,hand:per:emmanuel-macron,Emmanuel Macron,déclarer,0,18"
    );
    // A comma in a field quotes it.
    assert_eq!(
        lines[5],
        "Élysée,« Pas de commentaire »,direct,f3,ORG,,\"», indique l’Élysée\",,0,22"
    );
    assert_eq!(lines[4], ",« On verra »,direct,f2,,,,,56,68");
    assert_eq!(lines.len(), 6);
}

#[test]
fn csv_doubles_quote_marks_and_keeps_newlines() {
    let line = r#"{"id":"x,1","schema":"dixit/1","entities":[],"quotes":[{"start":0,"end":12,"text":"\"Oui\nnon\"","kind":"direct","speaker":null,"cue":null}]}"#;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.jsonl");
    std::fs::write(&p, line).unwrap();
    let csv = stdout(&[
        "quotes",
        "--from-jsonl",
        p.to_str().unwrap(),
        "--format",
        "csv",
        "-q",
    ]);
    assert_eq!(
        csv.split_once('\n').unwrap().1,
        ",\"\"\"Oui\nnon\"\"\",direct,\"x,1\",,,,,0,12\n"
    );
    let tsv = stdout(&[
        "quotes",
        "--from-jsonl",
        p.to_str().unwrap(),
        "--format",
        "tsv",
        "-q",
    ]);
    assert_eq!(
        tsv.split_once('\n').unwrap().1,
        "\t\"Oui\\nnon\"\tdirect\tx,1\t\t\t\t\t0\t12\n"
    );
}

#[test]
fn tsv_one_line_per_quote() {
    let (_d, f) = fixture_file();
    let out = stdout(&["quotes", "--from-jsonl", &f, "--format", "tsv", "-q"]);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "speaker",
            "quote",
            "kind",
            "article",
            "speaker_label",
            "speaker_id",
            "cue",
            "verb",
            "start",
            "end"
        ]
    );
    assert!(rows.iter().all(|r| r.len() == 10));
    assert_eq!(
        rows[3][..4],
        [
            "Emmanuel Macron",
            "« tout reste possible »",
            "partial",
            "f2"
        ]
    );
}

#[test]
fn jsonl_gives_each_quote_with_its_article() {
    let (_d, f) = fixture_file();
    let rows = jsonl(&run(&["quotes", "--from-jsonl", &f, "--format", "jsonl", "-q"]).stdout);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0]["article"], "f1");
    assert_eq!(rows[0]["speaker"], "Emmanuel Macron");
    assert_eq!(rows[0]["cue"]["text"], "Emmanuel Macron");
    assert_eq!(rows[3]["speaker"], Value::Null);
    let source = &jsonl(FIXTURE.as_bytes())[0]["quotes"][0];
    let mut row = rows[0].clone();
    row.as_object_mut().unwrap().remove("article");
    assert_eq!(
        &row, source,
        "the quote object is passed through as dixit wrote it"
    );
}

#[test]
fn table_piped_is_whole_and_aligned() {
    let (_d, f) = fixture_file();
    let out = stdout(&["quotes", "--from-jsonl", &f, "-q"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("SPEAKER") && lines[0].ends_with("QUOTE"),
        "{}",
        lines[0]
    );
    let col = |l: &str| l.chars().position(|c| c == '«').unwrap();
    assert!(lines[1..].iter().all(|l| col(l) == col(lines[1])), "{out}");
    assert!(lines[1].starts_with("Emmanuel Macron ") && lines[1].ends_with("« Nous tiendrons »"));
    assert!(
        lines[4].starts_with("— "),
        "unattributed shown as a dash: {}",
        lines[4]
    );
}

fn speakers_of(args: &[&str]) -> Vec<String> {
    let (_d, f) = fixture_file();
    let mut all = vec!["quotes", "--from-jsonl", &f, "--format", "jsonl", "-q"];
    all.extend_from_slice(args);
    jsonl(&run(&all).stdout)
        .iter()
        .map(|r| {
            format!(
                "{}:{}",
                r["article"].as_str().unwrap(),
                r["text"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn speaker_filter_folds_case_and_accents_and_knows_aliases() {
    let macron = ["f1:« Nous tiendrons »", "f2:« tout reste possible »"];
    assert_eq!(speakers_of(&["--speaker", "macron"]), macron);
    assert_eq!(speakers_of(&["--speaker", "EMMANUEL MACRON"]), macron);
    assert_eq!(speakers_of(&["--speaker", "Mácron"]), macron);
    // An alias: the article's mention of the same entity.
    assert_eq!(
        speakers_of(&["--speaker", "chef de l'Etat"]),
        ["f2:« tout reste possible »"]
    );
    // Accents: "elysee" finds "Élysée".
    assert_eq!(
        speakers_of(&["--speaker", "elysee"]),
        ["f3:« Pas de commentaire »"]
    );
    assert_eq!(speakers_of(&["--speaker", "lagarde"]), ["f1:« Non »"]);
    assert!(speakers_of(&["--speaker", "Le Pen"]).is_empty());
    assert!(
        speakers_of(&["--speaker", "macro"]).is_empty(),
        "whole words only"
    );
}

#[test]
fn speakers_table_counts_and_coverage() {
    let (_d, f) = fixture_file();
    let out = stdout(&["speakers", "--from-jsonl", &f, "-q"]);
    let lines: Vec<&str> = out.lines().collect();
    let cells = |l: &str| {
        l.split("  ")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells(lines[0]),
        ["SPEAKER", "LABEL", "QUOTES", "ARTICLES", "FIRST", "LAST"]
    );
    assert_eq!(
        cells(lines[1]),
        ["Emmanuel Macron", "PER", "2", "2", "f1", "f2"]
    );
    assert_eq!(
        cells(lines[2]),
        ["Christine Lagarde", "PER", "1", "1", "f1", "f1"]
    );
    assert_eq!(cells(lines[3]), ["Élysée", "ORG", "1", "1", "f3", "f3"]);
    assert_eq!(cells(lines[4]), ["(unattributed)", "1", "1", "f2", "f2"]);
    assert_eq!(
        lines[5],
        "3 speakers; 4 of 5 quotes attributed (80%), 1 unattributed; 3 articles"
    );
}

#[test]
fn speakers_tsv_csv_jsonl() {
    let (_d, f) = fixture_file();
    let tsv = stdout(&["speakers", "--from-jsonl", &f, "--format", "tsv", "-q"]);
    assert_eq!(
        tsv,
        "speaker\tlabel\tquotes\tarticles\tfirst_article\tlast_article\tspeaker_id\n\
         Emmanuel Macron\tPER\t2\t2\tf1\tf2\thand:per:emmanuel-macron\n\
         Christine Lagarde\tPER\t1\t1\tf1\tf1\t\n\
         Élysée\tORG\t1\t1\tf3\tf3\t\n\
         \t\t1\t1\tf2\tf2\t\n"
    );
    let csv = stdout(&["speakers", "--from-jsonl", &f, "--format", "csv", "-q"]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "speaker,label,quotes,articles,first_article,last_article,speaker_id"
    );
    assert_eq!(csv.lines().count(), 5);
    let rows = jsonl(&run(&["speakers", "--from-jsonl", &f, "--format", "jsonl", "-q"]).stdout);
    assert_eq!(
        rows[0],
        json!({"speaker": "Emmanuel Macron", "label": "PER", "quotes": 2, "articles": 2,
               "first_article": "f1", "last_article": "f2", "speaker_id": "hand:per:emmanuel-macron"})
    );
    assert_eq!(rows[3]["speaker"], Value::Null);
    assert_eq!(rows[3]["quotes"], 1);
    // With a filter, only that speaker, and no unattributed row.
    let rows = jsonl(
        &run(&[
            "speakers",
            "--from-jsonl",
            &f,
            "--format",
            "jsonl",
            "--speaker",
            "macron",
            "-q",
        ])
        .stdout,
    );
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["quotes"], 2);
}

/// Counts every quote of the JSONL, attributed or not.
#[test]
fn pipeline_and_from_jsonl_agree_on_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = extract_gold(dir.path(), &[]);
    let records = jsonl(&std::fs::read(&out).unwrap());
    let total: usize = records
        .iter()
        .map(|r| r["quotes"].as_array().unwrap().len())
        .sum();
    for format in ["tsv", "csv", "jsonl"] {
        let direct = run(&["quotes", gold().to_str().unwrap(), "--format", format, "-q"]).stdout;
        let from = run(&[
            "quotes",
            "--from-jsonl",
            out.to_str().unwrap(),
            "--format",
            format,
            "-q",
        ])
        .stdout;
        assert_eq!(direct, from, "{format}");
    }
    let rows = jsonl(
        &run(&[
            "quotes",
            "--from-jsonl",
            out.to_str().unwrap(),
            "--format",
            "jsonl",
            "-q",
        ])
        .stdout,
    );
    assert_eq!(rows.len(), total);
    let speakers = jsonl(
        &run(&[
            "speakers",
            "--from-jsonl",
            out.to_str().unwrap(),
            "--format",
            "jsonl",
            "-q",
        ])
        .stdout,
    );
    assert_eq!(
        speakers
            .iter()
            .map(|r| r["quotes"].as_u64().unwrap() as usize)
            .sum::<usize>(),
        total
    );
}

#[test]
fn from_jsonl_rejects_articles_and_reports_error_records() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.jsonl");
    let mut data = String::from(r#"{"id":"a","text":"not a dixit record"}"#);
    data.push('\n');
    data.push_str(
        r#"{"id":"b","schema":"dixit/1","error":{"kind":"too_large","message":"too big"}}"#,
    );
    data.push('\n');
    data.push_str(FIXTURE.lines().next().unwrap());
    std::fs::write(&p, data).unwrap();
    let out = dixit()
        .args([
            "quotes",
            "--from-jsonl",
            p.to_str().unwrap(),
            "--format",
            "tsv",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "record errors give exit code 1");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("x.jsonl:1: not a dixit record"), "{err}");
    assert!(err.contains("record b: too big"), "{err}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        3,
        "the good record still comes out"
    );
}

#[test]
fn broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let (_d, f) = fixture_file();
    let mut child = dixit()
        .args(["quotes", "--from-jsonl", &f, "--format", "tsv", "-q"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success() && err.is_empty(), "{status} {err}");
}
