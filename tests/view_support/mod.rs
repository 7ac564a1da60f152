//! Shared by the `view_*` tests: running the binary, hand-made fixtures, and (for the browser
//! test) a small Chrome DevTools Protocol client and PNG decoder, with no dependency beyond
//! the crate's own (serde_json, flate2).

#![allow(dead_code)]

pub mod cdp;
pub mod png;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The dixit binary under test.
pub fn dixit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dixit"))
}

/// Runs dixit with `args`; panics with its stderr when it fails.
pub fn run(args: &[&str]) -> Output {
    let out = dixit().args(args).output().expect("run dixit");
    assert!(
        out.status.success(),
        "dixit {args:?} failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The project's annotated sample corpus.
pub fn gold() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold.jsonl")
}

/// Runs `dixit extract` on the sample corpus (with `extra` flags) into `dir/out.jsonl`.
pub fn extract_gold(dir: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("out.jsonl");
    let gold = gold();
    let mut args = vec![
        "extract",
        gold.to_str().unwrap(),
        "-q",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args);
    out
}

/// Parses JSON Lines.
pub fn jsonl(data: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(data)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Hand-made dixit records (with text) whose speakers are known: Emmanuel Macron quoted in two
/// articles (once through an alias, « le chef de l’État »), Christine Lagarde in one, the
/// Élysée (ORG) once, one unattributed quote, and a quote whose cue crosses its end.
pub const FIXTURE: &str = concat!(
    r#"{"id":"f1","schema":"dixit/1","lang":"fr","text":"« Nous tiendrons », a déclaré Emmanuel Macron. « Non », a répondu Christine Lagarde.","#,
    r#""entities":[{"start":30,"end":45,"text":"Emmanuel Macron","label":"PER","entity":"Emmanuel Macron","id":"hand:per:emmanuel-macron","cluster":0},"#,
    r#"{"start":66,"end":83,"text":"Christine Lagarde","label":"PER","entity":"Christine Lagarde","cluster":1}],"#,
    r#""quotes":[{"start":0,"end":18,"text":"« Nous tiendrons »","kind":"direct","speaker":"Emmanuel Macron","#,
    r#""cue":{"start":30,"end":45,"text":"Emmanuel Macron"},"verb":"déclarer","speaker_label":"PER","speaker_id":"hand:per:emmanuel-macron","speaker_cluster":0},"#,
    r#"{"start":47,"end":54,"text":"« Non »","kind":"direct","speaker":"Christine Lagarde","cue":{"start":66,"end":83,"text":"Christine Lagarde"},"verb":"répondre","speaker_label":"PER","speaker_cluster":1}]}"#,
    "\n",
    r#"{"id":"f2","schema":"dixit/1","lang":"fr","text":"Le chef de l’État a estimé que « tout reste possible ». « On verra », glisse un proche.","#,
    r#""entities":[{"start":0,"end":17,"text":"Le chef de l’État","label":"PER","entity":"Emmanuel Macron","cluster":0}],"#,
    r#""quotes":[{"start":31,"end":54,"text":"« tout reste possible »","kind":"partial","speaker":"Emmanuel Macron","#,
    r#""cue":{"start":0,"end":17,"text":"Le chef de l’État"},"verb":"estimer","speaker_label":"PER","speaker_cluster":0},"#,
    r#"{"start":56,"end":68,"text":"« On verra »","kind":"direct","speaker":null,"cue":null}]}"#,
    "\n",
    r#"{"id":"f3","schema":"dixit/1","lang":"fr","text":"« Pas de commentaire », indique l’Élysée, ce soir.","#,
    r#""entities":[{"start":34,"end":40,"text":"Élysée","label":"ORG","entity":"Élysée","cluster":0}],"#,
    r#""quotes":[{"start":0,"end":22,"text":"« Pas de commentaire »","kind":"direct","speaker":"Élysée","#,
    r#""cue":{"start":21,"end":40,"text":"», indique l’Élysée"},"speaker_label":"ORG","speaker_cluster":0}]}"#,
    "\n"
);

/// A hostile article: markup that must show as text.
pub const HOSTILE_TEXT: &str = "<script>document.title='pwned';window.PWNED=1</script>\n\n« Nous ne céderons pas », a déclaré Emmanuel Macron devant le <b>Sénat</b>. <img src=x onerror=\"window.PWNED=2\"> & </article></div></main>";

/// The hostile article as an input line.
pub fn hostile_line() -> String {
    serde_json::json!({"id": "hostile <script>alert(1)</script>", "text": HOSTILE_TEXT}).to_string()
}
