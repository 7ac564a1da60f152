//! Scoring predictions against gold annotations, with the same definitions (and the same
//! numbers) as the reference scorer `score.py` of the evaluation data.
//!
//! - Entities: precision, recall, F1 on exact (start, end, label); per label; linking accuracy:
//!   the share of exactly matched mentions whose canonical name equals the gold's after NFC,
//!   trimming, collapsing spaces, dropping one leading determiner, case-folding.
//! - Quotes: a gold and a predicted quote match when their spans have intersection over union
//!   of at least 0.5 (one-to-one, greedy in gold order); precision, recall, F1 and exact-span F1;
//!   speaker accuracy over matched gold quotes with a speaker (and a lenient variant);
//!   who-said-what F1 over (quote, named speaker) pairs; kind accuracy.
//!
//! A layer absent from a gold record (no key) is not scored for that record.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

use crate::error::Error;

fn dets() -> &'static regex::Regex {
    static R: OnceLock<regex::Regex> = OnceLock::new();
    R.get_or_init(|| {
        regex::Regex::new(r"(?i)^(le|la|les|l['’]|un|une|des|du|de la|de l['’]|the|a|an)\s*")
            .expect("valid regex")
    })
}

fn spaces() -> &'static regex::Regex {
    static R: OnceLock<regex::Regex> = OnceLock::new();
    R.get_or_init(|| regex::Regex::new(r"\s+").expect("valid regex"))
}

/// Python's `str.casefold` for the characters news text holds (lower case plus the full
/// case-folding expansions that differ from it).
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'ŉ' => out.push_str("ʼn"),
            'İ' => out.push_str("i\u{307}"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The name comparison of the scorer.
pub fn norm_name(s: &str) -> String {
    let s: String = s.nfc().collect::<String>().replace('’', "'");
    let s = s.trim();
    let s = spaces().replace_all(s, " ");
    let s = dets().replace(&s, "");
    casefold(&s)
}

fn lenient_name(g: Option<&str>, p: Option<&str>) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            if g == p {
                return true;
            }
            let gt: Vec<&str> = g.split_whitespace().collect();
            let pt: Vec<&str> = p.split_whitespace().collect();
            if gt.is_empty() || pt.is_empty() || gt.last() != pt.last() {
                return false;
            }
            let gs: HashSet<&str> = gt.iter().copied().collect();
            let ps: HashSet<&str> = pt.iter().copied().collect();
            gs.is_subset(&ps) || ps.is_subset(&gs)
        }
        _ => false,
    }
}

fn prf(tp: u64, np: u64, ng: u64) -> (f64, f64, f64) {
    let p = if np > 0 { tp as f64 / np as f64 } else { 0.0 };
    let r = if ng > 0 { tp as f64 / ng as f64 } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn iou(a: (i64, i64), b: (i64, i64)) -> f64 {
    let inter = (a.1.min(b.1) - a.0.max(b.0)).max(0);
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union > 0 {
        inter as f64 / union as f64
    } else {
        0.0
    }
}

/// Precision, recall, F1.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl From<(f64, f64, f64)> for Prf {
    fn from((precision, recall, f1): (f64, f64, f64)) -> Self {
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Entity scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityScores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold mentions.
    pub gold: u64,
    /// Predicted mentions.
    pub pred: u64,
    /// Linking accuracy over exact matches.
    pub linking_accuracy: f64,
    /// Share of gold mentions overlapped by some prediction.
    pub overlap_recall: f64,
    /// Predicted mentions whose text is not the slice their offsets give.
    pub bad_offsets: u64,
    /// Per label.
    pub per_label: BTreeMap<String, Prf>,
}

/// Quote scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteScores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Exact-span F1.
    pub exact_f1: f64,
    /// Gold quotes.
    pub gold: u64,
    /// Predicted quotes.
    pub pred: u64,
    /// Speaker accuracy over matched gold quotes with a speaker.
    pub speaker_accuracy: f64,
    /// Same, lenient (same last word, one name's words within the other's).
    pub speaker_accuracy_lenient: f64,
    /// Share of matched gold quotes with no speaker predicted with none.
    pub null_speaker_accuracy: Option<f64>,
    /// Kind accuracy over matched gold quotes with a kind.
    pub kind_accuracy: Option<f64>,
    /// (quote, named speaker) pairs.
    pub who_said_what: Prf,
    /// Predicted quotes whose text is not their slice.
    pub bad_offsets: u64,
}

/// All scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scores {
    /// Gold documents.
    pub docs_gold: u64,
    /// Gold documents with no prediction.
    pub docs_missing_in_pred: u64,
    /// Entity scores, when some gold record has entities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<EntityScores>,
    /// Quote scores, when some gold record has quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<QuoteScores>,
}

/// Parses a JSON or JSON Lines file into records (as the reference scorer does).
pub fn load_records(name: &str, data: &str) -> Result<Vec<Value>, Error> {
    let data = data.trim();
    if data.is_empty() {
        return Ok(Vec::new());
    }
    if data.starts_with('{') && !data.contains("\n{") {
        return serde_json::from_str(data)
            .map(|v| vec![v])
            .map_err(|e| Error::Other(format!("{name}: not JSON: {e}")));
    }
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(line)
                .map_err(|e| Error::Other(format!("{name}:{}: not JSON: {e}", i + 1)))?,
        );
    }
    Ok(out)
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::Bool(true)) => true,
    }
}

fn id_key(v: &Value) -> String {
    v.to_string()
}

fn int(v: &Value, k: &str) -> i64 {
    v.get(k).and_then(Value::as_i64).unwrap_or(0)
}

fn opt_str<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

/// Slices `text` by code points like Python (`text[start:end]`, clamped).
fn py_slice(chars: &[char], s: i64, e: i64) -> String {
    let n = chars.len() as i64;
    let clamp = |x: i64| if x < 0 { (n + x).max(0) } else { x.min(n) } as usize;
    let (s, e) = (clamp(s), clamp(e));
    if s >= e {
        String::new()
    } else {
        chars[s..e].iter().collect()
    }
}

/// Scores `pred` records against `gold` records.
pub fn score(gold: &[Value], pred: &[Value]) -> Scores {
    // Later records with the same id replace earlier ones, as in a Python dict.
    let mut gold_map: Vec<(String, &Value)> = Vec::new();
    let mut gold_index: HashMap<String, usize> = HashMap::new();
    for g in gold {
        let k = id_key(g.get("id").unwrap_or(&Value::Null));
        match gold_index.get(&k) {
            Some(&i) => gold_map[i].1 = g,
            None => {
                gold_index.insert(k.clone(), gold_map.len());
                gold_map.push((k, g));
            }
        }
    }
    let mut pred_map: HashMap<String, &Value> = HashMap::new();
    for p in pred {
        if let Some(id) = p.get("id") {
            pred_map.insert(id_key(id), p);
        }
    }
    let empty = json!({});
    let mut c: HashMap<&str, u64> = HashMap::new();
    let mut per_label: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new(); // gold, pred, tp
    let mut missing = 0;
    for (gid, g) in &gold_map {
        let p = match pred_map.get(gid) {
            Some(p) => *p,
            None => {
                missing += 1;
                &empty
            }
        };
        let text = g.get("text").and_then(Value::as_str).unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        if let Some(gents) = g.get("entities") {
            *c.entry("ent_docs").or_default() += 1;
            let labels = ["PER", "LOC", "ORG"];
            let mut ge: Vec<((i64, i64, String), &Value)> = Vec::new();
            let mut ge_idx: HashMap<(i64, i64, String), usize> = HashMap::new();
            for e in gents.as_array().into_iter().flatten() {
                let l = opt_str(e, "label").unwrap_or("");
                if !labels.contains(&l) {
                    continue;
                }
                let k = (int(e, "start"), int(e, "end"), l.to_string());
                match ge_idx.get(&k) {
                    Some(&i) => ge[i].1 = e,
                    None => {
                        ge_idx.insert(k.clone(), ge.len());
                        ge.push((k, e));
                    }
                }
            }
            let mut pe: Vec<((i64, i64, String), &Value)> = Vec::new();
            let mut pe_idx: HashMap<(i64, i64, String), usize> = HashMap::new();
            for e in p
                .get("entities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let l = opt_str(e, "label").unwrap_or("");
                if !labels.contains(&l) {
                    continue;
                }
                let (s, en) = (int(e, "start"), int(e, "end"));
                let k = (s, en, l.to_string());
                match pe_idx.get(&k) {
                    Some(&i) => pe[i].1 = e,
                    None => {
                        pe_idx.insert(k.clone(), pe.len());
                        pe.push((k, e));
                    }
                }
                let slice = py_slice(&chars, s, en);
                if let Some(t) = opt_str(e, "text") {
                    if t != slice {
                        *c.entry("ent_bad_offsets").or_default() += 1;
                    }
                }
            }
            *c.entry("ent_gold").or_default() += ge.len() as u64;
            *c.entry("ent_pred").or_default() += pe.len() as u64;
            for (k, _) in &ge {
                per_label.entry(k.2.clone()).or_default().0 += 1;
            }
            for (k, _) in &pe {
                per_label.entry(k.2.clone()).or_default().1 += 1;
            }
            for (k, gv) in &ge {
                if let Some(&pi) = pe_idx.get(k) {
                    let pv = pe[pi].1;
                    *c.entry("ent_tp").or_default() += 1;
                    per_label.entry(k.2.clone()).or_default().2 += 1;
                    let gname = opt_str(gv, "entity").or(opt_str(gv, "text")).map(norm_name);
                    let pname = opt_str(pv, "entity").or(opt_str(pv, "text")).map(norm_name);
                    if gname == pname {
                        *c.entry("link_ok").or_default() += 1;
                    }
                }
            }
            let ps: Vec<(i64, i64)> = pe.iter().map(|(k, _)| (k.0, k.1)).collect();
            for (k, _) in &ge {
                if ps.iter().any(|&t| iou((k.0, k.1), t) > 0.0) {
                    *c.entry("ent_overlap_tp").or_default() += 1;
                }
            }
        }
        if let Some(gq) = g.get("quotes") {
            *c.entry("q_docs").or_default() += 1;
            let gq: Vec<&Value> = gq.as_array().into_iter().flatten().collect();
            let pq: Vec<&Value> = p
                .get("quotes")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .collect();
            *c.entry("q_gold").or_default() += gq.len() as u64;
            *c.entry("q_pred").or_default() += pq.len() as u64;
            let gset: HashSet<(i64, i64)> = gq
                .iter()
                .map(|q| (int(q, "start"), int(q, "end")))
                .collect();
            let pset: HashSet<(i64, i64)> = pq
                .iter()
                .map(|q| (int(q, "start"), int(q, "end")))
                .collect();
            *c.entry("q_tp_exact").or_default() += gset.intersection(&pset).count() as u64;
            for q in &pq {
                if let Some(t) = opt_str(q, "text") {
                    if t != py_slice(&chars, int(q, "start"), int(q, "end")) {
                        *c.entry("q_bad_offsets").or_default() += 1;
                    }
                }
            }
            let mut used = HashSet::new();
            for q in &gq {
                let span = (int(q, "start"), int(q, "end"));
                let (mut best, mut bj) = (0.0, None);
                for (j, r) in pq.iter().enumerate() {
                    if used.contains(&j) {
                        continue;
                    }
                    let v = iou(span, (int(r, "start"), int(r, "end")));
                    if v > best {
                        best = v;
                        bj = Some(j);
                    }
                }
                let Some(bj) = bj else { continue };
                if best < 0.5 {
                    continue;
                }
                used.insert(bj);
                let r = pq[bj];
                *c.entry("q_tp").or_default() += 1;
                let gs = opt_str(q, "speaker").map(norm_name);
                let ps = opt_str(r, "speaker").map(norm_name);
                if gs.is_some() {
                    *c.entry("attr_gold").or_default() += 1;
                    if gs == ps {
                        *c.entry("attr_ok").or_default() += 1;
                    }
                    if lenient_name(gs.as_deref(), ps.as_deref()) {
                        *c.entry("attr_ok_lenient").or_default() += 1;
                    }
                } else {
                    *c.entry("attr_null_gold").or_default() += 1;
                    if ps.is_none() {
                        *c.entry("attr_null_ok").or_default() += 1;
                    }
                }
                if q.get("kind").is_some() {
                    *c.entry("kind_gold").or_default() += 1;
                    if q.get("kind") == r.get("kind") {
                        *c.entry("kind_ok").or_default() += 1;
                    }
                }
            }
            // A speaker counts when truthy (a non-empty string), as in the reference scorer.
            let named = |q: &&&Value| truthy(q.get("speaker"));
            let gp: Vec<(&Value, Option<String>)> = gq
                .iter()
                .filter(named)
                .map(|q| (*q, opt_str(q, "speaker").map(norm_name)))
                .collect();
            let pp: Vec<(&Value, Option<String>)> = pq
                .iter()
                .filter(named)
                .map(|q| (*q, opt_str(q, "speaker").map(norm_name)))
                .collect();
            *c.entry("wsw_gold").or_default() += gp.len() as u64;
            *c.entry("wsw_pred").or_default() += pp.len() as u64;
            let mut used = HashSet::new();
            for (q, s) in &gp {
                for (j, (r, t)) in pp.iter().enumerate() {
                    if !used.contains(&j)
                        && t == s
                        && iou(
                            (int(q, "start"), int(q, "end")),
                            (int(r, "start"), int(r, "end")),
                        ) >= 0.5
                    {
                        used.insert(j);
                        *c.entry("wsw_tp").or_default() += 1;
                        break;
                    }
                }
            }
        }
    }
    let g = |k: &str| c.get(k).copied().unwrap_or(0);
    let ratio = |a: u64, b: u64| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    let entities = (g("ent_docs") > 0).then(|| {
        let (p, r, f) = prf(g("ent_tp"), g("ent_pred"), g("ent_gold"));
        EntityScores {
            precision: p,
            recall: r,
            f1: f,
            gold: g("ent_gold"),
            pred: g("ent_pred"),
            linking_accuracy: ratio(g("link_ok"), g("ent_tp")),
            overlap_recall: ratio(g("ent_overlap_tp"), g("ent_gold")),
            bad_offsets: g("ent_bad_offsets"),
            per_label: per_label
                .iter()
                .map(|(l, &(gold, pred, tp))| (l.clone(), prf(tp, pred, gold).into()))
                .collect(),
        }
    });
    let quotes = (g("q_docs") > 0).then(|| {
        let (p, r, f) = prf(g("q_tp"), g("q_pred"), g("q_gold"));
        let (_, _, fe) = prf(g("q_tp_exact"), g("q_pred"), g("q_gold"));
        QuoteScores {
            precision: p,
            recall: r,
            f1: f,
            exact_f1: fe,
            gold: g("q_gold"),
            pred: g("q_pred"),
            speaker_accuracy: ratio(g("attr_ok"), g("attr_gold")),
            speaker_accuracy_lenient: ratio(g("attr_ok_lenient"), g("attr_gold")),
            null_speaker_accuracy: (g("attr_null_gold") > 0)
                .then(|| ratio(g("attr_null_ok"), g("attr_null_gold"))),
            kind_accuracy: (g("kind_gold") > 0).then(|| ratio(g("kind_ok"), g("kind_gold"))),
            who_said_what: prf(g("wsw_tp"), g("wsw_pred"), g("wsw_gold")).into(),
            bad_offsets: g("q_bad_offsets"),
        }
    });
    Scores {
        docs_gold: gold_map.len() as u64,
        docs_missing_in_pred: missing,
        entities,
        quotes,
    }
}

fn opt(v: Option<f64>) -> String {
    match v {
        Some(x) => format!("{x:?}"),
        None => "None".into(),
    }
}

impl std::fmt::Display for Scores {
    /// The reference scorer's table.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "documents: {} gold, {} missing from predictions",
            self.docs_gold, self.docs_missing_in_pred
        )?;
        if let Some(e) = &self.entities {
            writeln!(
                f,
                "entities  P {:.3}  R {:.3}  F1 {:.3}  (gold {}, pred {})  linking {:.3}  overlap-recall {:.3}  bad offsets {}",
                e.precision, e.recall, e.f1, e.gold, e.pred, e.linking_accuracy, e.overlap_recall, e.bad_offsets
            )?;
            for (l, v) in &e.per_label {
                writeln!(
                    f,
                    "   {l}: P {:.3} R {:.3} F1 {:.3}",
                    v.precision, v.recall, v.f1
                )?;
            }
        }
        if let Some(q) = &self.quotes {
            writeln!(
                f,
                "quotes    P {:.3}  R {:.3}  F1 {:.3}  exact-F1 {:.3}  (gold {}, pred {})  bad offsets {}",
                q.precision, q.recall, q.f1, q.exact_f1, q.gold, q.pred, q.bad_offsets
            )?;
            writeln!(
                f,
                "speaker   accuracy {:.3}  lenient {:.3}  null-ok {}  kind {}",
                q.speaker_accuracy,
                q.speaker_accuracy_lenient,
                opt(q.null_speaker_accuracy),
                opt(q.kind_accuracy)
            )?;
            let w = q.who_said_what;
            writeln!(
                f,
                "who-said-what  P {:.3}  R {:.3}  F1 {:.3}",
                w.precision, w.recall, w.f1
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_name_like_python() {
        assert_eq!(norm_name("  Le  Parisien "), "parisien");
        assert_eq!(norm_name("les Verts"), "s verts"); // "le" is tried first, as in the reference regex
        assert_eq!(norm_name("l’Élysée"), "élysée");
        assert_eq!(norm_name("Straße"), "strasse");
    }
}
