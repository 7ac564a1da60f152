//! Quality floors, scored with `dixit eval` on the project's own annotated corpus
//! (corpus/gold.jsonl, written for dixit) and, when present, on the development sets beside the
//! project. Floors are set a little under the measured figures (see README, "Quality").

mod common;

use common::{root, run, shared_eval};

fn scores(gold: &std::path::Path) -> serde_json::Value {
    let out = run(&["eval", gold.to_str().unwrap(), "--json"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn at_least(s: &serde_json::Value, path: &[&str], floor: f64) {
    let mut v = s;
    for p in path {
        v = &v[*p];
    }
    let x = v.as_f64().unwrap_or_else(|| panic!("no {path:?} in {s}"));
    assert!(
        x >= floor,
        "{} = {x:.3}, below the floor {floor}",
        path.join(".")
    );
}

#[test]
fn corpus_floors() {
    let s = scores(&root().join("corpus/gold.jsonl"));
    at_least(&s, &["entities", "f1"], 0.90);
    at_least(&s, &["entities", "linking_accuracy"], 0.94);
    at_least(&s, &["entities", "per_label", "PER", "f1"], 0.94);
    at_least(&s, &["quotes", "f1"], 0.97);
    // Measured 0.953; the issue asks 0.90.
    at_least(&s, &["quotes", "speaker_accuracy"], 0.90);
    at_least(&s, &["quotes", "kind_accuracy"], 0.95);
    assert_eq!(s["entities"]["bad_offsets"], 0);
    assert_eq!(s["quotes"]["bad_offsets"], 0);
}

#[test]
fn french_news_dev_floors() {
    let Some(gold) = shared_eval("frnews_gold.dev.jsonl") else {
        return;
    };
    let s = scores(&gold);
    at_least(&s, &["entities", "f1"], 0.85);
    at_least(&s, &["entities", "linking_accuracy"], 0.90);
    at_least(&s, &["quotes", "f1"], 0.97);
    // Measured 0.957; the issue asks 0.85.
    at_least(&s, &["quotes", "speaker_accuracy"], 0.85);
}

#[test]
fn english_news_quotes_dev_floors() {
    let Some(gold) = shared_eval("ggt_en_quotes.dev.jsonl") else {
        return;
    };
    let s = scores(&gold);
    at_least(&s, &["quotes", "recall"], 0.95);
    // Measured 0.926; the issue asks 0.80.
    at_least(&s, &["quotes", "speaker_accuracy"], 0.80);
}

#[test]
fn english_newswire_quotes_dev_floors() {
    let Some(gold) = shared_eval("polnear_en_quotes.dev.jsonl") else {
        return;
    };
    let s = scores(&gold);
    // Measured 0.753 with quotes typed ''…'' (0.660 without); its speakers are raw spans
    // ("he", "Mr. Garin"), which dixit names canonically: no speaker floor.
    at_least(&s, &["quotes", "recall"], 0.95);
    at_least(&s, &["quotes", "f1"], 0.73);
}

#[test]
fn french_fiction_quotes_dev_floors() {
    let Some(gold) = shared_eval("frlitbank_quotes.dev.jsonl") else {
        return;
    };
    let s = scores(&gold);
    // Measured 0.849 (a character's tale over several « paragraphs is narration); the issue
    // asks 0.70.
    at_least(&s, &["quotes", "f1"], 0.70);
    // Measured 0.469 (dialogue turns, asides, characters by first name, titles before
    // particles, asides inside « », people a story brings in with "un"/"une"); was 0.065.
    at_least(&s, &["quotes", "speaker_accuracy"], 0.45);
}

#[test]
fn french_ner_dev_floors() {
    // Other conventions than dixit's (see README): floors hold what the lists and rules give.
    if let Some(gold) = shared_eval("wikineural_fr_ner.dev.jsonl") {
        // Measured 0.857 (sports teams, clubs, companies, media, historical places and
        // people; mountains, forests, archipelagos; institutions' lower-case complements; no
        // person of two unknown words after an article; streets, squares and parks; first
        // names alone after a relative's noun; landmarks and venues); was 0.739.
        at_least(&scores(&gold), &["entities", "f1"], 0.83);
    }
    if let Some(gold) = shared_eval("hipe2020_fr_ner.dev.jsonl") {
        // Measured 0.541 (fewer false acronyms; institutions' lower-case complements;
        // landmarks); was 0.490.
        at_least(&scores(&gold), &["entities", "f1"], 0.52);
    }
}
