//! Gazetteers: loading the name lists, building the automaton, matching on token boundaries.
//!
//! # How matching works
//! All surface forms (and their case variants: "Otan" for "OTAN", "Elysée" for "Élysée") go
//! into Aho-Corasick automata (the `aho-corasick` crate's contiguous NFA, leftmost-longest,
//! built for *anchored* searches only). A name can only start at the start of a word token whose
//! first byte starts some surface form; the matcher walks the tokens the segmenter already
//! computed and runs one anchored search at each such start. Most tokens of running text are
//! lower-case words that no surface starts with, so most of the text is never fed to the
//! automaton at all: this is how it beats a plain scan of every byte.
//!
//! # One automaton per first byte
//! An anchored search at a position can only match surfaces that start with the byte there, so
//! the surfaces are partitioned by their first byte and each part gets its own automaton (about
//! sixty for the embedded lists); the search picks the part from the byte at the token start, a
//! table look-up. The parts are built in parallel, and each is cheaper to build than its share
//! of one big automaton: the crate computes failure transitions (which anchored searches never
//! follow) for every state, and in a part a failure can only lead to a prefix of a surface
//! with the same first byte, so the failure chains are short. The surfaces are sorted, so a part
//! is a contiguous range of them and a part's pattern `i` is surface `offset + i`.
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

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

pub use list::{Gender, Kind, Label, Origin, Row};

use crate::error::Error;
use crate::normalize::Normalized;
use crate::segment::{is_word_char, Token, TokenKind};

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

/// The automaton of the surfaces that start with one byte.
#[derive(Debug)]
struct Part {
    ac: AhoCorasick,
    /// The index (in sorted order) of the part's first surface.
    offset: u32,
}

/// No part: no surface starts with this byte.
const NO_PART: u16 = u16::MAX;

/// The lists, compiled: automata over every surface form and the entries behind each.
#[derive(Debug)]
pub struct Gazetteer {
    /// One automaton per first byte, in byte order.
    parts: Vec<Part>,
    /// For each byte, the index of its part in `parts`, or [`NO_PART`].
    part_of: [u16; 256],
    /// For each pattern, its range in `pattern_entries`.
    pattern_ranges: Vec<Range<u32>>,
    pattern_entries: Vec<u32>,
    entries: Vec<Entry>,
    surfaces: usize,
    /// Every pattern, sorted (pattern i is `sorted[i]`), for exact look-ups.
    sorted: Vec<Box<str>>,
    /// One-word surfaces naming a country, or a hand-curated place or organization.
    strong: rustc_hash::FxHashSet<Box<str>>,
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
    /// Heap bytes used by the automata.
    pub automaton_bytes: usize,
    /// Number of automata (one per first byte).
    pub automata: usize,
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

/// The index one past the last token that starts before byte `end`.
fn token_end(tokens: &[Token], first: usize, end: usize) -> usize {
    let mut j = first + 1;
    while j < tokens.len() && (tokens[j].start as usize) < end {
        j += 1;
    }
    j
}

/// The normalized form of an owned string, without copying when nothing changes.
fn normalized_owned(s: String) -> String {
    let n = Normalized::new(&s);
    if n.is_identity() {
        drop(n);
        s
    } else {
        n.text().to_string()
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

/// Builds one automaton per first byte over the sorted surfaces, in parallel.
fn build_parts<T: Sync>(sorted: &[(String, T)]) -> Result<(Vec<Part>, [u16; 256]), Error> {
    use rayon::prelude::*;
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut part_of = [NO_PART; 256];
    let mut i = 0;
    while i < sorted.len() {
        let b = sorted[i].0.as_bytes()[0];
        let n = sorted[i..].partition_point(|(s, _)| s.as_bytes()[0] == b);
        part_of[usize::from(b)] = ranges.len() as u16;
        ranges.push(i..i + n);
        i += n;
    }
    let parts = ranges
        .into_par_iter()
        .map(|r| {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                // Anchored searches at token starts never use a prefilter.
                .prefilter(false)
                .build(sorted[r.clone()].iter().map(|(s, _)| s.as_str()))
                .map_err(|e| Error::Other(format!("building the gazetteer automaton: {e}")))?;
            Ok(Part {
                ac,
                offset: r.start as u32,
            })
        })
        .collect::<Result<Vec<Part>, Error>>()?;
    Ok((parts, part_of))
}

impl Gazetteer {
    /// Builds the automaton from rows, each with its origin. Later origins override earlier ones
    /// on a shared surface form.
    pub fn build(rows: impl IntoIterator<Item = (Row, Origin)>) -> Result<Gazetteer, Error> {
        let timing = std::env::var_os("DIXIT_TIMING").is_some();
        let t0 = std::time::Instant::now();
        let mut entries: Vec<Entry> = Vec::new();
        // (surface, entry, is a variant): sorted, then grouped by surface.
        let mut pairs: Vec<(String, u32, bool)> = Vec::new();
        let mut buf = Vec::new();
        for (row, origin) in rows {
            let surface = normalized_owned(row.surface);
            let surface = if surface.trim().len() == surface.len() {
                surface
            } else {
                surface.trim().to_string()
            };
            if surface.is_empty() {
                continue;
            }
            let idx = entries.len() as u32;
            buf.clear();
            variants(&surface, &mut buf);
            pairs.extend(buf.drain(..).map(|v| (v, idx, true)));
            pairs.push((surface, idx, false));
            entries.push(Entry {
                label: row.label,
                canonical: normalized_owned(row.canonical).into_boxed_str(),
                id: row.id.into_boxed_str(),
                gender: row.gender,
                pop: row.pop,
                kind: row.kind,
                origin,
            });
        }
        if timing {
            eprintln!("gazetteer: rows -> pairs {:?}", t0.elapsed());
        }
        {
            use rayon::slice::ParallelSliceMut;
            pairs.par_sort_unstable();
        }
        // Group: a surface that a list gives keeps only those rows (variants only fill gaps),
        // and a user list's surface loses every embedded entry.
        let mut all: Vec<(String, Vec<u32>)> = Vec::new();
        let mut surfaces = 0;
        let mut i = 0;
        while i < pairs.len() {
            let mut j = i;
            while j < pairs.len() && pairs[j].0 == pairs[i].0 {
                j += 1;
            }
            let group = &pairs[i..j];
            let listed = group.iter().any(|p| !p.2);
            surfaces += listed as usize;
            let user = group
                .iter()
                .any(|p| entries[p.1 as usize].origin == Origin::User);
            let mut ids: Vec<u32> = group
                .iter()
                .filter(|p| {
                    (!listed || !p.2) && (!user || entries[p.1 as usize].origin == Origin::User)
                })
                .map(|p| p.1)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let surface = std::mem::take(&mut pairs[i].0);
            all.push((surface, ids));
            i = j;
        }
        drop(pairs);
        if timing {
            eprintln!("gazetteer: variants and sort {:?}", t0.elapsed());
        }
        let mut pattern_ranges = Vec::with_capacity(all.len());
        let mut pattern_entries = Vec::new();
        for (_, ids) in &all {
            let a = pattern_entries.len() as u32;
            pattern_entries.extend(ids.iter().copied());
            pattern_ranges.push(a..pattern_entries.len() as u32);
        }
        let (parts, part_of) = build_parts(&all)?;
        if timing {
            eprintln!("gazetteer: automata {:?}", t0.elapsed());
        }
        let strong = all
            .iter()
            .filter(|(s, ids)| {
                !s.contains(' ')
                    && ids.iter().any(|&i| {
                        let e = &entries[i as usize];
                        e.label != Label::PER
                            && (e.kind == Kind::Country || e.origin != Origin::Generated)
                    })
            })
            .map(|(s, _)| s.as_str().into())
            .collect();
        let sorted = all.into_iter().map(|(s, _)| s.into_boxed_str()).collect();
        Ok(Gazetteer {
            strong,
            sorted,
            parts,
            part_of,
            pattern_ranges,
            pattern_entries,
            entries,
            surfaces,
        })
    }

    /// Statistics.
    pub fn stats(&self) -> GazetteerStats {
        GazetteerStats {
            entries: self.entries.len(),
            surfaces: self.surfaces,
            patterns: self.pattern_ranges.len(),
            automaton_bytes: self.parts.iter().map(|p| p.ac.memory_usage()).sum(),
            automata: self.parts.len(),
        }
    }

    /// The pattern of an exact surface form, if the lists (or their variants) have it.
    pub fn lookup(&self, surface: &str) -> Option<u32> {
        self.sorted
            .binary_search_by(|s| (**s).cmp(surface))
            .ok()
            .map(|i| i as u32)
    }

    /// True when the word names a country, or a hand-curated place or organization ("France",
    /// "Chine", "Élysée"): such a word is not taken for a first name.
    pub fn is_strong(&self, word: &str) -> bool {
        self.strong.contains(word)
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
        let mut i = 0;
        while i < tokens.len() {
            let Some((end, pattern)) = self.longest_at(text, tokens, i) else {
                i += 1;
                continue;
            };
            let mut j = token_end(tokens, i, end);
            let (mut start_tok, mut end, mut pattern) = (i, end, pattern);
            // A name starting inside this one may reach further ("L'Union" / "Union africaine"):
            // the one with more words wins, then the one that ends further.
            for k in i + 1..j {
                if let Some((e2, p2)) = self.longest_at(text, tokens, k) {
                    if e2 > end {
                        let j2 = token_end(tokens, k, e2);
                        let words = |a: usize, b: usize| {
                            tokens[a..b]
                                .iter()
                                .filter(|t| t.kind != TokenKind::Punct)
                                .count()
                        };
                        if words(k, j2) >= words(start_tok, j) {
                            start_tok = k;
                            end = e2;
                            pattern = p2;
                            j = j2;
                            break;
                        }
                    }
                }
            }
            out.push(Hit {
                start: tokens[start_tok].start as usize,
                end,
                first_token: start_tok,
                end_token: j,
                pattern,
            });
            i = j;
        }
    }

    /// The longest surface form starting at token `i` and ending on a token boundary (not
    /// inside a hyphenated compound: "Saint-Ouen" is not found in "Saint-Ouen-des-Vignes").
    fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, u32)> {
        let t = tokens[i];
        if t.kind == TokenKind::Punct {
            return None;
        }
        let start = t.start as usize;
        let part = self.parts.get(usize::from(
            self.part_of[usize::from(*text.as_bytes().get(start)?)],
        ))?;
        // Not the second part of a hyphenated word.
        if start > 0
            && text.as_bytes()[start - 1] == b'-'
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
        {
            return None;
        }
        let mut limit = text.len();
        while limit > start {
            let input = Input::new(text).range(start..limit).anchored(Anchored::Yes);
            let m = part.ac.find(input)?;
            let end = m.end();
            let mut after = text[end..].chars();
            let next = after.next();
            let boundary = next.is_none_or(|c| !is_word_char(c))
                && !(next == Some('-') && after.next().is_some_and(is_word_char))
                && text[..end].chars().next_back().is_some_and(|c| c != ' ');
            if boundary {
                return Some((end, part.offset + m.pattern().as_u32()));
            }
            limit = end - 1;
        }
        None
    }
}

#[cfg(test)]
mod tests;
