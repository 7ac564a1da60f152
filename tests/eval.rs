//! `dixit eval`: hand-computed scores on a fixture, and the dev set when present.

mod common;

use common::{root, run, shared_eval};

fn eval_json(args: &[&str]) -> serde_json::Value {
    let out = run(args, b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn close(a: &serde_json::Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

#[test]
fn hand_computed_scores() {
    let gold = root().join("tests/fixtures/eval_gold.jsonl");
    let pred = root().join("tests/fixtures/eval_pred.jsonl");
    let s = eval_json(&[
        "eval",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
        "--json",
    ]);
    let e = &s["entities"];
    // Gold 4, predicted 5, 3 exact (span, label) matches.
    assert!(
        close(&e["precision"], 0.6)
            && close(&e["recall"], 0.75)
            && close(&e["f1"], 2.0 * 0.6 * 0.75 / 1.35)
    );
    // Two of the three matches carry the gold's name ("berlin" = "Berlin"; "Macron" != "Emmanuel Macron").
    assert!(close(&e["linking_accuracy"], 2.0 / 3.0));
    assert!(close(&e["per_label"]["ORG"]["f1"], 0.0));
    let q = &s["quotes"];
    // All four gold quotes overlap a prediction with IoU >= 0.5; three are exact.
    assert!(close(&q["f1"], 1.0) && close(&q["exact_f1"], 0.75));
    // Speakers: Macron ok, Pierre != Paul, "anne" = "Anne".
    assert!(close(&q["speaker_accuracy"], 2.0 / 3.0));
    assert!(close(&q["null_speaker_accuracy"], 1.0));
    assert!(close(&q["kind_accuracy"], 0.75));
    assert!(close(&q["who_said_what"]["f1"], 2.0 / 3.0));
}

#[test]
fn text_output_matches_reference_format() {
    let gold = root().join("tests/fixtures/eval_gold.jsonl");
    let pred = root().join("tests/fixtures/eval_pred.jsonl");
    let out = run(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("entities  P 0.600  R 0.750  F1 0.667  (gold 4, pred 5)  linking 0.667"),
        "{text}"
    );
    assert!(
        text.contains("speaker   accuracy 0.667  lenient 0.667  null-ok 1.0  kind 0.75"),
        "{text}"
    );
}

#[test]
fn runs_on_the_french_dev_set() {
    let Some(gold) = shared_eval("frnews_gold.dev.jsonl") else {
        return;
    };
    let s = eval_json(&["eval", gold.to_str().unwrap(), "--json"]);
    assert_eq!(s["docs_missing_in_pred"], 0);
    assert_eq!(s["entities"]["bad_offsets"], 0);
    assert_eq!(s["quotes"]["bad_offsets"], 0);
}
