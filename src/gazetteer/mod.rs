//! Gazetteers: loading the name lists, building the automaton, matching on token boundaries.
//!
//! # How matching works
//! All surface forms (and their case variants: "Otan" for "OTAN", "Elysée" for "Élysée") go
//! into one Aho-Corasick automaton (the `aho-corasick` crate's contiguous NFA, leftmost-longest,
//! built for *anchored* searches only). A name can only start at the start of a word token whose
//! first byte starts some surface form; the matcher walks the tokens the segmenter already
//! computed and runs one anchored search at each such start. Most tokens of running text are
//! lower-case words that no surface starts with, so most of the text is never fed to the
//! automaton at all: this is how it beats a plain scan of every byte.
//!
//! A match must end on a token boundary ("Moscou" never matches inside "Moscoutaire"). When the
//! longest match at a start fails that test, the search is rerun with the end limited to before
//! it, so a shorter name at the same start is still found. Matches never overlap: the scan goes
//! on after the end of each accepted match. Every candidate entry of an ambiguous surface
//! ("Washington": a city, a state, a person) is kept for the rules.
//!
//! User lists (`--gazetteer`) override the embedded ones: a surface that a user list gives
//! loses every embedded entry.

pub mod embedded;
pub mod lexicon;
pub mod list;

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

pub use list::{Gender, Kind, Label, Origin, Row};

use crate::error::Error;
use crate::normalize::Normalized;
use crate::segment::{is_word_char, Token};

/// One candidate meaning of a surface form.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The label.
    pub label: Label,
    /// The canonical name.
    pub canonical: Box<str>,
    /// The stable identifier (may be empty).
    pub id: Box<str>,
    /// Gender, for people.
    pub gender: Option<Gender>,
    /// Population prior, for places.
    pub pop: u64,
    /// Kind.
    pub kind: Kind,
    /// Where it came from.
    pub origin: Origin,
}

/// A gazetteer hit: a byte span of the normalized text and its candidate entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Start byte (normalized text).
    pub start: usize,
    /// End byte (normalized text).
    pub end: usize,
    /// Index of the first token of the hit.
    pub first_token: usize,
    /// Index one past the last token of the hit.
    pub end_token: usize,
    /// The pattern index: its candidates are [`Gazetteer::candidates`].
    pub pattern: u32,
}

/// The lists, compiled: an automaton over every surface form and the entries behind each.
#[derive(Debug)]
pub struct Gazetteer {
    ac: Option<AhoCorasick>,
    /// For each pattern, its range in `pattern_entries`.
    pattern_ranges: Vec<Range<u32>>,
    pattern_entries: Vec<u32>,
    entries: Vec<Entry>,
    /// First bytes that some surface starts with.
    first_byte: [bool; 256],
    surfaces: usize,
    /// Every pattern, sorted (pattern i is `sorted[i]`), for exact look-ups.
    sorted: Vec<Box<str>>,
}

/// Statistics about a built gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerStats {
    /// Rows loaded.
    pub entries: usize,
    /// Distinct surface forms given by the lists.
    pub surfaces: usize,
    /// Patterns in the automaton (surfaces plus variants).
    pub patterns: usize,
    /// Heap bytes used by the automaton.
    pub automaton_bytes: usize,
}

/// Case and accent variants that news text uses for a surface form.
fn variants(surface: &str, out: &mut Vec<String>) {
    // Acronyms written in title case: "OTAN" -> "Otan" (3+ letters).
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 3
        && surface
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && !surface.contains(' ')
    {
        let mut t = String::with_capacity(surface.len());
        for (i, c) in surface.chars().enumerate() {
            if i == 0 {
                t.push(c);
            } else {
                t.extend(c.to_lowercase());
            }
        }
        out.push(t);
    }
    // Accented capitals written without accent: "Élysée" -> "Elysée", "Édouard" -> "Edouard".
    if surface
        .chars()
        .any(|c| c.is_uppercase() && strip_accent(c) != c)
    {
        out.push(
            surface
                .chars()
                .map(|c| if c.is_uppercase() { strip_accent(c) } else { c })
                .collect(),
        );
    }
}

/// The base letter of an accented Latin capital.
pub fn strip_accent(c: char) -> char {
    match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'Ç' => 'C',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'Ñ' => 'N',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'Ý' => 'Y',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

impl Gazetteer {
    /// Builds the automaton from rows, each with its origin. Later origins override earlier ones
    /// on a shared surface form.
    pub fn build(rows: impl IntoIterator<Item = (Row, Origin)>) -> Result<Gazetteer, Error> {
        let timing = std::env::var_os("DIXIT_TIMING").is_some();
        let t0 = std::time::Instant::now();
        let mut entries: Vec<Entry> = Vec::new();
        let mut by_surface: HashMap<String, Vec<u32>> = HashMap::new();
        for (row, origin) in rows {
            let surface = Normalized::new(&row.surface).text().trim().to_string();
            if surface.is_empty() {
                continue;
            }
            by_surface
                .entry(surface)
                .or_default()
                .push(entries.len() as u32);
            entries.push(Entry {
                label: row.label,
                canonical: Normalized::new(&row.canonical).text().into(),
                id: row.id.into(),
                gender: row.gender,
                pop: row.pop,
                kind: row.kind,
                origin,
            });
        }
        // A user list's surface loses every embedded entry.
        for ids in by_surface.values_mut() {
            if ids
                .iter()
                .any(|&i| entries[i as usize].origin == Origin::User)
            {
                ids.retain(|&i| entries[i as usize].origin == Origin::User);
            }
        }
        let surfaces = by_surface.len();
        if timing {
            eprintln!("gazetteer: rows -> surfaces {:?}", t0.elapsed());
        }
        // Variants, where no list gives that surface itself.
        let mut extra: Vec<(String, Vec<u32>)> = Vec::new();
        let mut buf = Vec::new();
        for (s, ids) in &by_surface {
            buf.clear();
            variants(s, &mut buf);
            for v in buf.drain(..) {
                if !by_surface.contains_key(&v) {
                    extra.push((v, ids.clone()));
                }
            }
        }
        let mut all: Vec<(String, Vec<u32>)> = by_surface.into_iter().collect();
        all.extend(extra);
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all.dedup_by(|b, a| {
            if a.0 == b.0 {
                a.1.append(&mut b.1);
                true
            } else {
                false
            }
        });
        let mut pattern_ranges = Vec::with_capacity(all.len());
        let mut pattern_entries = Vec::new();
        let mut first_byte = [false; 256];
        for (s, ids) in &all {
            first_byte[s.as_bytes()[0] as usize] = true;
            let mut ids = ids.clone();
            ids.sort_unstable();
            ids.dedup();
            let a = pattern_entries.len() as u32;
            pattern_entries.extend(ids);
            pattern_ranges.push(a..pattern_entries.len() as u32);
        }
        if timing {
            eprintln!("gazetteer: variants and sort {:?}", t0.elapsed());
        }
        let ac = if all.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(all.iter().map(|(s, _)| s.as_str()))
                    .map_err(|e| Error::Other(format!("building the gazetteer automaton: {e}")))?,
            )
        };
        if timing {
            eprintln!("gazetteer: automaton {:?}", t0.elapsed());
        }
        let sorted = all.into_iter().map(|(s, _)| s.into_boxed_str()).collect();
        Ok(Gazetteer {
            sorted,
            ac,
            pattern_ranges,
            pattern_entries,
            entries,
            first_byte,
            surfaces,
        })
    }

    /// Statistics.
    pub fn stats(&self) -> GazetteerStats {
        GazetteerStats {
            entries: self.entries.len(),
            surfaces: self.surfaces,
            patterns: self.pattern_ranges.len(),
            automaton_bytes: self.ac.as_ref().map_or(0, |a| a.memory_usage()),
        }
    }

    /// The pattern of an exact surface form, if the lists (or their variants) have it.
    pub fn lookup(&self, surface: &str) -> Option<u32> {
        self.sorted
            .binary_search_by(|s| (**s).cmp(surface))
            .ok()
            .map(|i| i as u32)
    }

    /// The candidate entries of a pattern.
    pub fn candidates(&self, pattern: u32) -> impl Iterator<Item = &Entry> + '_ {
        let r = self.pattern_ranges[pattern as usize].clone();
        self.pattern_entries[r.start as usize..r.end as usize]
            .iter()
            .map(move |&i| &self.entries[i as usize])
    }

    /// Finds the names in `text` (normalized), given its tokens; appends hits to `out`.
    pub fn find(&self, text: &str, tokens: &[Token], out: &mut Vec<Hit>) {
        let Some(ac) = &self.ac else { return };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            // Names start at a word start: not inside a word (a token touching a previous word
            // character can only follow punctuation, e.g. "l'" or "-").
            if !self.first_byte[bytes[t.start as usize] as usize]
                || t.kind == crate::segment::TokenKind::Punct
            {
                i += 1;
                continue;
            }
            let start = t.start as usize;
            let mut limit = text.len();
            let mut found = None;
            while limit > start {
                let input = Input::new(text).range(start..limit).anchored(Anchored::Yes);
                let Some(m) = ac.find(input) else { break };
                let end = m.end();
                let boundary = text[end..].chars().next().is_none_or(|c| !is_word_char(c))
                    && text[..end].chars().next_back().is_some_and(|c| c != ' ');
                if boundary {
                    found = Some((end, m.pattern().as_u32()));
                    break;
                }
                limit = end - 1;
            }
            if let Some((end, pattern)) = found {
                let mut j = i + 1;
                while j < tokens.len() && (tokens[j].start as usize) < end {
                    j += 1;
                }
                out.push(Hit {
                    start,
                    end,
                    first_token: i,
                    end_token: j,
                    pattern,
                });
                i = j;
            } else {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
