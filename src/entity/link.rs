//! Linking within an article: one cluster, one canonical name per person, place or organization.
//!
//! - A person named in full ("Bruno Le Maire") gives keys: the surname part ("Le Maire") and its
//!   capitalized suffixes ("Maire"), and the first name ("Bruno").
//! - A partial mention ("Le Maire", "M. Macron") joins the most recent cluster holding its key
//!   (two people sharing a surname stay apart: the nearest one before wins, else the first after).
//! - Names are compared case- and accent-insensitively ("Pénélope Fillon" = "Penelope Fillon").
//! - The canonical name of a cluster is the fullest form of the name in the article, or the
//!   list's canonical name when that is fuller ("Macron" alone -> "Emmanuel Macron").
//! - Unlabelled capitalized words that are keys of a person named in full become mentions of
//!   that person ([`add_linked`]); a single-word place or organization that is such a key is
//!   relabelled as the person.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::rules::is_cap_word;
use super::words;
use super::{Mention, Origin};
use crate::engine::Engine;
use crate::gazetteer::{strip_accent, Gender, Label};
use crate::segment::{Doc, TokenKind};

/// Lower case without accents: the key names are compared on.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a reused buffer (cleared first).
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        // ASCII letters have no accent and one lower-case form.
        out.extend(s.bytes().map(|b| match b {
            b'-' => ' ',
            b => b.to_ascii_lowercase() as char,
        }));
        return;
    }
    out.extend(folded(s));
}

/// The characters of [`fold`]`(s)`.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .map(strip_accent)
        .map(|c| if c == '-' { ' ' } else { c })
}

#[derive(Debug, Default)]
struct Cluster {
    full: Option<String>,
    best_text: String,
    best_words: usize,
    list_canonical: Option<String>,
    gender: Option<Gender>,
    last_token: usize,
    first_token: usize,
}

fn words_of(s: &str) -> Vec<&str> {
    s.split([' ', '-']).filter(|w| !w.is_empty()).collect()
}

/// The number of [`words_of`] `s`, without collecting them.
fn word_count(s: &str) -> usize {
    s.split([' ', '-']).filter(|w| !w.is_empty()).count()
}

/// Splits a full name into (first name, surname part) by words.
fn split_name<'a>(engine: &Engine, words: &[&'a str]) -> (usize, Vec<&'a str>) {
    // The first name: the longest prefix (up to 2 words, "Jean Michel") that is a known first name.
    let mut k = 1;
    if words.len() > 2
        && engine
            .lexicon
            .first_name(&format!("{}-{}", words[0], words[1]))
            .is_some()
    {
        k = 2;
    }
    (k, words[k.min(words.len())..].to_vec())
}

fn keys_for(engine: &Engine, full: &str) -> (Option<String>, Vec<String>) {
    let words = words_of(full);
    if words.len() < 2 {
        return (None, vec![fold(full)]);
    }
    let (k, surname) = split_name(engine, &words);
    let first = Some(fold(&words[..k].join(" ")));
    let mut keys = Vec::new();
    // At most the last 4 words make a surname key (bounds the work on odd long "names").
    for s in surname.len().saturating_sub(4)..surname.len() {
        let w = surname[s];
        let is_particle = super::rules::with_lower(w, words::particle);
        if s == surname.len().saturating_sub(4)
            || (!is_particle && w.chars().next().is_some_and(char::is_uppercase))
        {
            keys.push(fold(&surname[s..].join(" ")));
        }
    }
    (first, keys)
}

fn is_full_name(m: &Mention, text: &str) -> bool {
    let t = &text[m.start..m.end];
    // A hyphenated surname is one word: "Wilson-Raybould" alone is a partial mention.
    // Initials alone ("B.") do not make a surname, but "Fabien B." is a full form: two words
    // are enough, unless the first is a particle ("de Gaulle").
    let mut words = t.split(' ').filter(|w| !w.is_empty());
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    !super::rules::with_lower(first, words::particle)
}

/// Assigns clusters and canonical names to the mentions of the first pass.
pub fn link(engine: &Engine, doc: &Doc<'_>, mentions: &mut [Mention]) {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Indexes, so that linking stays linear in the number of mentions.
    // One index per label: (label, folded name or id) -> cluster.
    let mut full_index: [HashMap<String, usize>; 3] = Default::default();
    let li = |l: Label| match l {
        Label::PER => 0,
        Label::LOC => 1,
        Label::ORG => 2,
    };
    let mut surname_index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut assign = vec![0usize; mentions.len()];
    let full: Vec<bool> = mentions
        .iter()
        .map(|m| m.label == Label::PER && is_full_name(m, doc.text))
        .collect();
    // People named in full first, so that partial mentions before them still find them.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (!full[i], mentions[i].start));
    // Reused for every look-up; a key is copied only when a cluster is made.
    let mut key = String::new();
    let mut candidates: Vec<usize> = Vec::new();
    for &mi in &order {
        let m = &mentions[mi];
        let text = &doc.text[m.start..m.end];
        let ci = match m.label {
            Label::PER => {
                if full[mi] {
                    fold_into(text, &mut key);
                    // "Paz Akin" after "Lorena Paz Akin": a two-word surname, not a new person.
                    let surname_of = || {
                        surname_index.get(&key).and_then(|cs| {
                            // The most recent clusters only: linear on any input.
                            cs.iter()
                                .rev()
                                .take(64)
                                .copied()
                                .filter(|&c| clusters[c].first_token < m.first_token)
                                .max_by_key(|&c| clusters[c].first_token)
                        })
                    };
                    match full_index[0].get(key.as_str()).copied().or_else(surname_of) {
                        Some(c) => c,
                        None => {
                            let (_, keys) = keys_for(engine, text);
                            let c = clusters.len();
                            for k in &keys {
                                surname_index.entry(k.clone()).or_default().push(c);
                            }
                            full_index[0].insert(key.clone(), c);
                            clusters.push(Cluster {
                                full: Some(text.to_string()),
                                ..Default::default()
                            });
                            c
                        }
                    }
                } else {
                    fold_into(text, &mut key);
                    // The list may know the full name ("Macron" -> "Emmanuel Macron").
                    let list_key = m.list_canonical.as_deref().map(fold);
                    candidates.clear();
                    if let Some(cs) = surname_index.get(key.as_str()) {
                        candidates.extend_from_slice(cs);
                    }
                    if let Some(&c) = list_key.as_ref().and_then(|k| full_index[0].get(k)) {
                        candidates.push(c);
                    }
                    candidates.sort_unstable();
                    candidates.dedup();
                    // The cluster whose first mention is the nearest before this one, else the first.
                    // "M. Morel" is not "Claire Morel".
                    candidates.retain(|&c| {
                        m.gender.is_none()
                            || clusters[c].gender.is_none()
                            || clusters[c].gender == m.gender
                    });
                    let pick = candidates
                        .iter()
                        .copied()
                        .filter(|&c| clusters[c].first_token < m.first_token)
                        .max_by_key(|&c| clusters[c].first_token)
                        .or_else(|| candidates.first().copied());
                    match pick {
                        Some(c) => c,
                        None => {
                            let (_, mut keys) = match m.list_canonical.as_deref() {
                                Some(lc) if word_count(lc) >= 2 => keys_for(engine, lc),
                                _ => (None, Vec::new()),
                            };
                            keys.push(key.clone());
                            let c = clusters.len();
                            for k in &keys {
                                surname_index.entry(k.clone()).or_default().push(c);
                            }
                            if let Some(lk) = list_key {
                                full_index[0].entry(lk).or_insert(c);
                            }
                            clusters.push(Cluster {
                                ..Default::default()
                            });
                            c
                        }
                    }
                }
            }
            label => {
                // One place or organization: one gazetteer id, else one canonical name.
                match &m.id {
                    Some(id) => {
                        key.clear();
                        key.push_str("id:");
                        key.push_str(id);
                    }
                    None => fold_into(m.list_canonical.as_deref().unwrap_or(text), &mut key),
                };
                match full_index[li(label)].get(key.as_str()) {
                    Some(&c) => c,
                    None => {
                        let c = clusters.len();
                        full_index[li(label)].insert(key.clone(), c);
                        clusters.push(Cluster {
                            ..Default::default()
                        });
                        c
                    }
                }
            }
        };
        assign[mi] = ci;
        let c = &mut clusters[ci];
        if c.best_text.is_empty() || m.first_token < c.first_token {
            c.first_token = m.first_token;
        }
        c.last_token = c.last_token.max(m.first_token);
        let words = word_count(text);
        // An acronym is never the fullest form of a place or organization's name.
        // ("OTAN", or "Otan" whose list name is much longer).
        let caps = (m.first_token..m.end_token)
            .all(|k| doc.seg.tokens[k].all_caps || doc.seg.tokens[k].kind != TokenKind::Word);
        let acronym = caps
            || (m.end_token == m.first_token + 1
                && m.list_canonical
                    .as_deref()
                    .is_some_and(|lc| word_count(lc) >= 3));
        if (m.label == Label::PER || !acronym)
            && (words > c.best_words || (words == c.best_words && c.best_text.is_empty()))
        {
            c.best_words = words;
            c.best_text = text.to_string();
        }
        if c.list_canonical.is_none() {
            c.list_canonical = m.list_canonical.as_deref().map(str::to_string);
        }
        if c.gender.is_none() {
            c.gender = m.gender;
        }
    }
    for (mi, m) in mentions.iter_mut().enumerate() {
        let c = &clusters[assign[mi]];
        m.cluster = assign[mi] as u32;
        let name = canonical_of(c, m.label);
        if !name.is_empty() && m.canonical != name {
            // Reuses the mention's buffer.
            m.canonical.clear();
            m.canonical.push_str(name);
        }
        if m.gender.is_none() {
            m.gender = c.gender;
        }
    }
}

fn canonical_of(c: &Cluster, label: Label) -> &str {
    match label {
        Label::PER => {
            let text = match c.full.as_deref() {
                Some(f) if word_count(f) >= c.best_words => f,
                _ => c.best_text.as_str(),
            };
            match c.list_canonical.as_deref() {
                Some(lc) if word_count(lc) > word_count(text) => lc,
                _ => text,
            }
        }
        _ => match (c.list_canonical.as_deref(), c.best_text.is_empty()) {
            // Only acronyms in the article: the list's expansion ("OTAN" -> "Organisation du
            // traité de l'Atlantique nord").
            (Some(lc), true) => lc,
            // The list's name is the article's with its article: "Havre" -> "Le Havre".
            (Some(lc), false) if is_article_of(lc, &c.best_text) => lc,
            // Otherwise the fullest form in the article ("En Marche", "ministère de l'Economie").
            (_, false) => &c.best_text,
            (None, true) => "",
        },
    }
}

/// What a name found elsewhere in the article stands for: label, canonical, cluster, id.
type Known = (Label, String, u32, Option<Box<str>>);

fn is_word_joiner(s: &str) -> bool {
    matches!(s, "-" | "'")
}

fn is_article_of(full: &str, short: &str) -> bool {
    ["Le ", "La ", "Les ", "L'", "The "].iter().any(|a| {
        full.strip_prefix(a)
            .is_some_and(|rest| folded(rest).eq(folded(short)))
    })
}

/// Adds the mentions that only linking reveals: surname-only and first-name-only mentions of
/// people named in full, and relabels single-word places or organizations that are such keys.
pub fn add_linked(_engine: &Engine, doc: &Doc<'_>, out: &mut Vec<Mention>, start: usize) {
    // Keys of people named in full: key -> (cluster, canonical, gender); the first full name
    // giving a key keeps it.
    let mut keys: HashMap<String, (u32, String, Option<Gender>)> = HashMap::default();
    // First names: -> (cluster, canonical, gender, shared by two people).
    let mut firsts: HashMap<String, (u32, String, Option<Gender>, bool)> = HashMap::default();
    // A full name seen before gives the same keys to the same cluster (linking clustered it by
    // its folded text): nothing to add.
    let mut seen: HashSet<&str> = HashSet::default();
    for m in &out[start..] {
        if m.label != Label::PER || !is_full_name(m, doc.text) {
            continue;
        }
        let text = &doc.text[m.start..m.end];
        if !seen.insert(text) {
            continue;
        }
        let (first, ks) = keys_for(_engine, text);
        for k in ks {
            keys.entry(k)
                .or_insert_with(|| (m.cluster, m.canonical.clone(), m.gender));
        }
        if let Some(f) = first {
            firsts
                .entry(f)
                .and_modify(|e| e.3 |= e.0 != m.cluster)
                .or_insert_with(|| (m.cluster, m.canonical.clone(), m.gender, false));
        }
    }
    // A first name shared by two people is ambiguous: drop it.
    firsts.retain(|_, e| !e.3);
    // Places and organizations found by a rule: the same words elsewhere are the same entity
    // ("le groupe Bugatti" ... "chez Bugatti").
    let mut surfaces: HashMap<&str, Known> = HashMap::default();
    // Their first tokens: most capitalized words start none of them.
    let mut surface_heads: HashSet<&str> = HashSet::default();
    for m in &out[start..] {
        if m.label != Label::PER
            && matches!(m.origin, Origin::Rule(_))
            && doc.seg.tokens[m.first_token].upper_initial
        {
            surfaces
                .entry(&doc.text[m.start..m.end])
                .or_insert_with(|| (m.label, m.canonical.clone(), m.cluster, m.id.clone()));
            surface_heads.insert(doc.tok(m.first_token));
        }
    }
    if keys.is_empty() && surfaces.is_empty() {
        return;
    }
    // Relabel single-word non-person mentions that are keys.
    for m in out[start..].iter_mut() {
        if m.label == Label::PER
            || m.end_token != m.first_token + 1
            || m.origin == Origin::Rule("honorific")
        {
            continue;
        }
        let k = fold(&doc.text[m.start..m.end]);
        let hit = keys
            .get(&k)
            .cloned()
            .or_else(|| firsts.get(&k).map(|e| (e.0, e.1.clone(), e.2)));
        if let Some((c, canon, g)) = hit {
            m.label = Label::PER;
            m.cluster = c;
            m.canonical = canon;
            m.gender = g;
            m.origin = Origin::Link;
        }
    }

    // First words of the keys, to skip most tokens with one look-up.
    let heads: HashSet<&str> = keys
        .keys()
        .chain(firsts.keys())
        .filter_map(|k| k.split(' ').next())
        .collect();
    let n = doc.len();
    let mut covered = vec![false; n];
    for m in &out[start..] {
        for c in covered
            .iter_mut()
            .take(m.end_token.min(n))
            .skip(m.first_token)
        {
            *c = true;
        }
    }
    let mut added = Vec::new();
    let mut head = String::new();
    let mut k = String::new();
    let mut i = 0;
    while i < n {
        // Keys start with a capitalized word or a particle ("de Villepin", "le Maire").
        if covered[i]
            || doc.seg.tokens[i].kind != TokenKind::Word
            || !(doc.seg.tokens[i].upper_initial
                || (i + 1 < n && is_cap_word(doc, i + 1) && words::particle(doc.tok(i))))
        {
            i += 1;
            continue;
        }
        let mut matched = None;
        fold_into(doc.tok(i), &mut head);
        let may_key = heads.contains(head.as_str());
        // Longest key first: up to 4 tokens ("Dupont de Ligonnès", "Le Maire").
        for len in (1..=4usize).rev().filter(|_| may_key) {
            let e = i + len;
            if e > n
                || (i..e).any(|k| covered[k])
                || (len > 1 && (i + 1..e).any(|k| doc.seg.tokens[k].line_start))
            {
                continue;
            }
            if !(is_cap_word(doc, i) || len > 1 && is_cap_word(doc, e - 1)) {
                continue;
            }
            if !is_cap_word(doc, e - 1) {
                continue;
            }
            if e < n && doc.touches_next(e - 1) && matches!(doc.tok(e), "-") {
                continue;
            }
            let s = doc.seg.tokens[i].start as usize;
            let t = doc.seg.tokens[e - 1].end as usize;
            fold_into(&doc.text[s..t], &mut k);
            if len == 1 && words::not_name(doc.tok(i)) {
                continue;
            }
            if let Some((c, canon, g)) = keys.get(&k) {
                matched = Some((e, *c, canon.clone(), *g));
                break;
            }
            if len == 1 {
                if let Some((c, canon, g, _)) = firsts.get(&k) {
                    matched = Some((e, *c, canon.clone(), *g));
                    break;
                }
            }
        }
        if matched.is_none()
            && doc.seg.tokens[i].upper_initial
            && surface_heads.contains(doc.tok(i))
        {
            let mut propagated = false;
            for len in (1..=6usize).rev() {
                let e = i + len;
                if e > n || (i..e).any(|k| covered[k]) {
                    continue;
                }
                let s = doc.seg.tokens[i].start as usize;
                let t = doc.seg.tokens[e - 1].end as usize;
                if let Some((label, canon, c, id)) = surfaces.get(&doc.text[s..t]) {
                    if e < n && doc.touches_next(e - 1) && is_word_joiner(doc.tok(e)) {
                        continue;
                    }
                    added.push(Mention {
                        start: s,
                        end: t,
                        first_token: i,
                        end_token: e,
                        label: *label,
                        canonical: canon.clone(),
                        id: id.clone(),
                        gender: None,
                        origin: Origin::Link,
                        cluster: *c,
                        list_canonical: None,
                    });
                    i = e;
                    propagated = true;
                    break;
                }
            }
            if propagated {
                continue;
            }
        }
        match matched {
            Some((e, c, canon, g)) => {
                // "Le Maire": a leading lower-case particle is part of the key only when written.
                let s = doc.seg.tokens[i].start as usize;
                let t = doc.seg.tokens[e - 1].end as usize;
                added.push(Mention {
                    start: s,
                    end: t,
                    first_token: i,
                    end_token: e,
                    label: Label::PER,
                    canonical: canon,
                    id: None,
                    gender: g,
                    origin: Origin::Link,
                    cluster: c,
                    list_canonical: None,
                });
                i = e;
            }
            None => i += 1,
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out[start..].sort_by_key(|m| m.start);
    }
}
