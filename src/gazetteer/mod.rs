//! Gazetteers: loading the name lists, building the automata, matching on token boundaries.
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
//! the surfaces are partitioned by their first byte and each part gets its own automaton (64 for
//! the embedded lists); the search picks the part from the byte at the token start, a
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
//!
//! # Compiled at build time
//! The embedded lists are parsed, normalized, given their variants and sorted by `build.rs`
//! (see [`table`]); at start the sorted surfaces are read in place from the binary while the
//! entries are decoded on the other core, and user lists are merged in. The automaton of each
//! part is built when a search first needs it (all of them at start when a user list is given,
//! so that its errors show at once); [`Gazetteer::build_all`] builds the rest. Exact look-ups
//! ([`Gazetteer::lookup`]) are anchored searches in the same automata.

pub mod embedded;
pub mod lexicon;
pub mod list;
pub mod table;

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

pub use list::{Gender, Kind, Label, Origin, Row};
pub use table::{strip_accent, Entry, Table};

use crate::error::Error;
use crate::segment::{is_word_char, Token, TokenKind};

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

/// The automaton of the surfaces that start with one byte, built when first needed (or at
/// start, see [`Gazetteer::embedded`]).
#[derive(Debug)]
struct Part {
    ac: std::sync::OnceLock<AhoCorasick>,
    /// The indexes (in sorted order) of the part's surfaces.
    range: Range<usize>,
    /// The index (in sorted order) of the part's first surface.
    offset: u32,
}

/// Builds the automaton of surfaces `r` of `table`.
fn build_part(table: &Table, r: Range<usize>) -> Result<AhoCorasick, Error> {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        // Anchored searches at token starts never use a prefilter.
        .prefilter(false)
        .build(r.map(|k| table.surface(k)))
        .map_err(|e| Error::Other(format!("building the gazetteer automaton: {e}")))
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
    /// Entries and sorted surfaces (pattern `i` is surface `i`).
    table: Table,
    /// Surfaces that a list gives (not only variants).
    surfaces: usize,
    /// One-word surfaces naming a country, or a hand-curated place or organization.
    strong: rustc_hash::FxHashSet<Box<str>>,
    /// Which starts can begin a surface at all: see [`Starts`].
    starts: Starts,
}

/// A filter on the first three bytes at a token start: most tokens of running text ("pour",
/// "dans", "Les") start no surface even though their first byte does, and answering that from
/// a bit set is much cheaper than an anchored search that fails after a byte or two. Exact on
/// the one- and two-byte prefixes of short surfaces; a hashed bit set of 2^20 bits (128 KB, so it
/// stays in cache) for three-byte prefixes, whose rare collisions only cost a search.
#[derive(Debug)]
struct Starts {
    three: Vec<u64>,
    /// Two-byte prefixes of surfaces of two bytes ("UE") and one-byte surfaces' first byte.
    short: Vec<u64>,
}

const STARTS_BITS: usize = 1 << 20;

fn three_key(b: &[u8]) -> usize {
    let k = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
    (k.wrapping_mul(0x9E37_79B1) >> 12) as usize & (STARTS_BITS - 1)
}

fn short_key(b: &[u8]) -> usize {
    usize::from(b[0]) << 8 | b.get(1).map_or(0, |&x| usize::from(x))
}

impl Starts {
    fn new(table: &Table) -> Starts {
        let mut three = vec![0u64; STARTS_BITS / 64];
        let mut short = vec![0u64; 65536 / 64];
        for i in 0..table.len() {
            let b = table.surface(i).as_bytes();
            match b.len() {
                0 => {}
                1 | 2 => {
                    let k = short_key(b);
                    short[k / 64] |= 1 << (k % 64);
                }
                _ => {
                    let k = three_key(b);
                    three[k / 64] |= 1 << (k % 64);
                }
            }
        }
        Starts { three, short }
    }

    /// False when no surface can start at `b` (the text from a token start).
    #[inline]
    fn may_start(&self, b: &[u8]) -> bool {
        if b.is_empty() {
            return false;
        }
        // A one- or two-byte surface: "UE", or a first byte alone.
        let k1 = short_key(&b[..1]);
        if self.short[k1 / 64] & (1 << (k1 % 64)) != 0 {
            return true;
        }
        if b.len() >= 2 {
            let k2 = short_key(&b[..2]);
            if self.short[k2 / 64] & (1 << (k2 % 64)) != 0 {
                return true;
            }
        }
        if b.len() < 3 {
            return false;
        }
        let k = three_key(b);
        self.three[k / 64] & (1 << (k % 64)) != 0
    }
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

/// The index one past the last token that starts before byte `end`.
fn token_end(tokens: &[Token], first: usize, end: usize) -> usize {
    let mut j = first + 1;
    while j < tokens.len() && (tokens[j].start as usize) < end {
        j += 1;
    }
    j
}

/// Cuts the sorted surfaces into one part per first byte; with `eager`, builds every part's
/// automaton now, in parallel (else each is built on its first search).
fn build_parts(table: &Table, eager: bool) -> Result<(Vec<Part>, [u16; 256]), Error> {
    use rayon::prelude::*;
    let first = |i: usize| table.surface(i).as_bytes().first().copied();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut part_of = [NO_PART; 256];
    let mut i = 0;
    while i < table.len() {
        let b = first(i);
        let n = (i..table.len()).take_while(|&k| first(k) == b).count();
        if let Some(b) = b {
            part_of[usize::from(b)] = ranges.len() as u16;
            ranges.push(i..i + n);
        }
        i += n;
    }
    let parts = ranges
        .into_par_iter()
        .map(|r| {
            let ac = std::sync::OnceLock::new();
            if eager {
                let _ = ac.set(build_part(table, r.clone())?);
            }
            Ok(Part {
                ac,
                offset: r.start as u32,
                range: r,
            })
        })
        .collect::<Result<Vec<Part>, Error>>()?;
    Ok((parts, part_of))
}

/// One-word surfaces naming a country, or a hand-curated place or organization; `entry` gives
/// an entry by index.
fn strong_names<'a>(
    table: &Table,
    entry: impl Fn(u32) -> Option<&'a Entry>,
) -> rustc_hash::FxHashSet<Box<str>> {
    (0..table.len())
        .filter(|&i| {
            !table.surface(i).contains(' ')
                && table.ids_of(i).iter().any(|&k| {
                    entry(k).is_some_and(|e| {
                        e.label != Label::PER
                            && (e.kind == Kind::Country || e.origin != Origin::Generated)
                    })
                })
        })
        .map(|i| table.surface(i).into())
        .collect()
}

impl Gazetteer {
    /// Builds the automata from rows, each with its origin. Later origins override earlier ones
    /// on a shared surface form.
    pub fn build(rows: impl IntoIterator<Item = (Row, Origin)>) -> Result<Gazetteer, Error> {
        Gazetteer::from_table(Table::from_rows(rows, 0))
    }

    /// Builds the automata over a compiled table.
    pub fn from_table(table: Table) -> Result<Gazetteer, Error> {
        let (parts, strong) = rayon::join(
            || build_parts(&table, true),
            || strong_names(&table, |k| table.entries.get(k as usize)),
        );
        Ok(Gazetteer::assemble(table, parts?, strong))
    }

    /// The embedded lists, and user rows that override them. The automata are built from the
    /// surfaces embedded in the binary while the entries are decoded.
    pub fn embedded(user: Vec<Row>) -> Result<Gazetteer, Error> {
        let (mut table, n) = embedded::surfaces()?;
        let user_given = !user.is_empty();
        if user_given {
            let user = user.into_iter().map(|r| (r, Origin::User));
            table = table.merge(Table::from_rows(user, n as u32));
        }
        // `table.entries` holds only the user's entries, numbered from `n`.
        // The embedded lists alone are known to build (a test builds every part), so their
        // automata are built on first use: a short run only pays for the parts it needs. A
        // user list is built now, so that its errors show at start.
        let eager = user_given;
        let (parts, entries) = rayon::join(
            || build_parts(&table, eager),
            || -> Result<_, Error> {
                let entries = embedded::entries()?;
                if entries.len() != n {
                    return Err(Error::Other(
                        "the embedded gazetteer table is corrupt".into(),
                    ));
                }
                let strong = strong_names(&table, |k| {
                    let k = k as usize;
                    entries
                        .get(k)
                        .or_else(|| table.entries.get(k.wrapping_sub(n)))
                });
                Ok((entries, strong))
            },
        );
        let (mut entries, strong) = entries?;
        entries.append(&mut table.entries);
        table.entries = entries;
        Ok(Gazetteer::assemble(table, parts?, strong))
    }

    fn assemble(
        table: Table,
        (parts, part_of): (Vec<Part>, [u16; 256]),
        strong: rustc_hash::FxHashSet<Box<str>>,
    ) -> Gazetteer {
        Gazetteer {
            surfaces: table.listed.iter().filter(|&&l| l).count(),
            starts: Starts::new(&table),
            strong,
            parts,
            part_of,
            table,
        }
    }

    /// Statistics.
    pub fn stats(&self) -> GazetteerStats {
        GazetteerStats {
            entries: self.table.entries.len(),
            surfaces: self.surfaces,
            patterns: self.table.len(),
            automaton_bytes: self
                .parts
                .iter()
                .filter_map(|p| self.automaton(p))
                .map(|ac| ac.memory_usage())
                .sum(),
            automata: self.parts.len(),
        }
    }

    /// The pattern of an exact surface form, if the lists (or their variants) have it.
    pub fn lookup(&self, surface: &str) -> Option<u32> {
        // An anchored search in the part of its first byte: the longest match at the start is
        // the whole string exactly when the string is a surface (cheaper than a binary search
        // over every surface).
        let part = self.parts.get(usize::from(
            self.part_of[usize::from(*surface.as_bytes().first()?)],
        ))?;
        let input = Input::new(surface).anchored(Anchored::Yes);
        self.automaton(part)?
            .find(input)
            .filter(|m| m.end() == surface.len())
            .map(|m| part.offset + m.pattern().as_u32())
    }

    /// True when the word names a country, or a hand-curated place or organization ("France",
    /// "Chine", "Élysée"): such a word is not taken for a first name.
    pub fn is_strong(&self, word: &str) -> bool {
        self.strong.contains(word)
    }

    /// The candidate entries of a pattern.
    pub fn candidates(&self, pattern: u32) -> impl Iterator<Item = &Entry> + '_ {
        let ids = if (pattern as usize) < self.table.len() {
            self.table.ids_of(pattern as usize)
        } else {
            &[]
        };
        ids.iter().map(move |&i| &self.table.entries[i as usize])
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

    /// The automaton of `part`, built on first use. `None` only if the crate refuses to build
    /// it, which the embedded lists never make it do (a test builds every part).
    fn automaton<'a>(&'a self, part: &'a Part) -> Option<&'a AhoCorasick> {
        if let Some(ac) = part.ac.get() {
            return Some(ac);
        }
        let ac = build_part(&self.table, part.range.clone()).ok()?;
        Some(part.ac.get_or_init(|| ac))
    }

    /// Builds every automaton not built yet (in parallel); the error of the first that fails.
    pub fn build_all(&self) -> Result<(), Error> {
        use rayon::prelude::*;
        self.parts.par_iter().try_for_each(|p| {
            if p.ac.get().is_none() {
                let ac = build_part(&self.table, p.range.clone())?;
                let _ = p.ac.set(ac);
            }
            Ok(())
        })
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
        if !self
            .starts
            .may_start(&text.as_bytes()[start..(start + 3).min(text.len())])
        {
            return None;
        }
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
            let m = self.automaton(part)?.find(input)?;
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
