//! `dixit report` without a browser: escaping, the cap, the two sources, records without text.

mod view_support;

use view_support::{dixit, extract_gold, gold, hostile_line, run, FIXTURE};

fn report(args: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    let mut all = vec!["report", "-o", html.to_str().unwrap()];
    all.extend_from_slice(args);
    let out = run(&all);
    (
        std::fs::read_to_string(&html).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn escapes_markup_and_needs_no_network() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, hostile_line() + "\n").unwrap();
    let (html, _) = report(&[input.to_str().unwrap(), "-q"]);
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the report's own script"
    );
    assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;"));
    assert!(html.contains("hostile &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<img"));
    for remote in ["http://", "https://", "//fonts", "src=\""] {
        assert!(!html.contains(remote), "report refers to {remote}");
    }
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn pipeline_and_from_jsonl_give_the_same_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = extract_gold(dir.path(), &["--with-text"]);
    let (a, _) = report(&[gold().to_str().unwrap(), "-q"]);
    let (b, _) = report(&["--from-jsonl", out.to_str().unwrap(), "-q"]);
    assert_eq!(a, b);
    assert!(a.contains("40 articles"));
}

#[test]
fn caps_with_a_message_on_the_page_and_on_stderr() {
    let (html, err) = report(&[gold().to_str().unwrap(), "--max-articles", "3"]);
    assert_eq!(html.matches("<article class=\"art\"").count(), 3);
    assert!(html.contains("id=\"capped\""), "cap message on the page");
    assert!(html.contains("first 3 articles only (--max-articles 3)"));
    assert!(err.contains("first 3 articles only"), "{err}");
    let (html, err) = report(&[gold().to_str().unwrap(), "--max-text-mb", "0"]);
    assert_eq!(
        html.matches("<article class=\"art\"").count(),
        1,
        "at least one article"
    );
    assert!(err.contains("--max-text-mb"), "{err}");
    let (html, err) = report(&[gold().to_str().unwrap()]);
    assert!(!html.contains("id=\"capped\"") && !err.contains("only"));
}

#[test]
fn records_without_text_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = extract_gold(dir.path(), &[]);
    let html = dir.path().join("r.html");
    let r = dixit()
        .args([
            "report",
            "--from-jsonl",
            out.to_str().unwrap(),
            "-o",
            html.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("--with-text"), "{err}");
    assert!(!html.exists(), "no half-made report");
}

#[test]
fn fixture_index_and_marks() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("f.jsonl");
    std::fs::write(&f, FIXTURE).unwrap();
    let (html, _) = report(&["--from-jsonl", f.to_str().unwrap(), "-q"]);
    assert!(html.contains("3 articles · 4 entities · 5 quotes, 4 attributed (80%) · 3 speakers"));
    assert!(html.contains("data-speaker=\"Emmanuel Macron\" aria-pressed=\"false\"><span class=\"name\">Emmanuel Macron</span> <span class=\"lab\">PER</span> <span class=\"n\">2 quotes · 2 articles</span>"));
    // The cue crossing the quote's end is split, the later piece marked data-cont.
    assert!(html.contains("<span class=\"cue\" data-cue=\"0\">»</span></span><span class=\"cue\" data-cue=\"0\" data-cont=\"\">"), "{html}");
}
