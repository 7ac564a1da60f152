//! Real output validates against the published JSON Schema, and every span slices the text.

mod common;

use common::{check_spans, records, root, run};

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schema/dixit-record.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

#[test]
fn corpus_output_validates() {
    let v = validator();
    let corpus = root().join("corpus/gold.jsonl");
    let gold: Vec<serde_json::Value> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let out = run(&["extract", "-q", corpus.to_str().unwrap()], b"");
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), gold.len());
    let mut quotes = 0;
    for (rec, g) in recs.iter().zip(&gold) {
        let errors: Vec<String> = v
            .iter_errors(rec)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "record {} does not validate: {errors:?}",
            rec["id"]
        );
        check_spans(g["text"].as_str().unwrap(), rec);
        quotes += rec["quotes"].as_array().unwrap().len();
    }
    assert!(quotes > 0);
}

#[test]
fn error_records_validate_and_bad_records_do_not() {
    let v = validator();
    let out = run(&["extract", "-q"], b"{\"id\":\"x\",\"text\":1}\n{oops\n");
    for rec in records(&out.stdout) {
        assert!(v.is_valid(&rec), "{rec}");
    }
    let bad = serde_json::json!({"id": "x", "schema": "dixit/1", "lang": "fr", "entities": [{"start": 0}], "quotes": []});
    assert!(!v.is_valid(&bad));
    let bad = serde_json::json!({"id": "x", "schema": "dixit/2", "lang": "fr", "entities": [], "quotes": []});
    assert!(!v.is_valid(&bad));
}
