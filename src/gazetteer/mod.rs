//! Gazetteers: loading the name lists, building the trie, matching on token boundaries.
//!
//! # How matching works
//! All surface forms (and their case variants: "Otan" for "OTAN", "Elysée" for "Élysée") go
//! into one byte trie ([`trie`]): the goto function of an Aho-Corasick automaton, without the
//! failure links that only an unanchored scan follows. A name can only start at the start of a
//! word token, so the matcher walks the tokens the segmenter already computed and runs one
//! *anchored* search at each start, and only where a name can start at all: a filter on the
//! token (`Starts`: is it the first word of some surface?) answers "no surface starts here" for
//! most tokens of running text without touching the trie. Most of the text is never fed to the
//! trie at all: this is how it beats a plain scan of every byte.
//!
//! Why not the `aho-corasick` crate (or `daachorse`): they scan, and their anchored search
//! still pays for failure links at build time. With anchored searches only, the crate's
//! contiguous NFA matched no faster than this trie, and building it for the full lists (some
//! 0.2-0.4 s of CPU, computing failure transitions no search followed) was a fifth of a
//! `dixit extract` run over 27 MB of news; the trie is built in one linear sweep over the
//! sorted surfaces.
//!
//! A match must end on a token boundary ("Moscou" never matches inside "Moscoutaire"): the
//! search keeps the longest surface at the start that ends on one, so a shorter name at the same
//! start is still found when the longest does not. Matches never overlap: the scan goes on after
//! the end of each accepted match. Every candidate entry of an ambiguous surface ("Washington":
//! a city, a state, a person) is kept for the rules.
//!
//! News writes names with other capitals than the lists past their first word ("Dauphiné
//! Libéré", "France inter", "Organisation mondiale de la Santé"): at a capitalized token the
//! search also follows, at the first letter of each later word, the edge of the other case
//! ([`trie::Trie::prefixes_folding_initials`]). Such a match is kept only when it is longer
//! than the exact one, names a place or an organization, and for a town differs only inside a
//! compound; the first word (after an article) and days or months are never folded.
//!
//! User lists (`--gazetteer`) override the embedded ones: a surface that a user list gives
//! loses every embedded entry.
//!
//! # Compiled at build time
//! The embedded lists are parsed, normalized, given their variants and sorted by `build.rs`
//! (see [`table`]); at start the sorted surfaces are read in place from the binary and the trie
//! is built over them while the entries are decoded on the other core; user lists are merged
//! in first. Exact look-ups ([`Gazetteer::lookup`]) walk the same trie.

pub mod embedded;
pub mod lexicon;
pub mod list;
pub mod table;
pub mod trie;

pub use list::{Gender, Kind, Label, Origin, Row};
pub use table::{strip_accent, Entry, Table};

use std::ops::Range;

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

/// The lists, compiled: a trie over every surface form and the entries behind each.
#[derive(Debug)]
pub struct Gazetteer {
    /// The trie of every surface (pattern `i` is surface `i`).
    trie: trie::Trie,
    /// Entries and sorted surfaces (pattern `i` is surface `i`).
    table: Table,
    /// Surfaces that a list gives (not only variants).
    surfaces: usize,
    /// One-word surfaces naming a country, or a hand-curated place or organization.
    strong: rustc_hash::FxHashSet<Box<str>>,
    /// Which starts can begin a surface at all: see [`Starts`].
    starts: Starts,
    /// The ids of the media and news agencies, gathered on first use ([`Gazetteer::is_media`]).
    media: std::sync::OnceLock<rustc_hash::FxHashSet<Box<str>>>,
}

/// A filter on the tokens at a start: a match ends on a token boundary, so a surface can start
/// at a token only when the surface's first token (its bytes up to the first character that is
/// not a word character) is that token exactly ("président" may start "président de la
/// République"; "présidentielle", which shares its first bytes, starts nothing). Most tokens of
/// running text ("pour", "dans", "Les") start no surface, and answering that with one hash is
/// much cheaper than an anchored search, which walks the trie a byte at a time (a cache miss
/// per byte past its first two levels).
///
/// A second question weeds out most of the rest: when the token is not a whole surface by
/// itself, it can only start a surface of several tokens, whose first two tokens (with what
/// lies between them) must then be the text's ("la" starts "la Manche", but "la semaine" starts
/// nothing). Surfaces and text are cut into tokens the same way (maximal runs of word
/// characters, one token per other character), so the filter never rejects a match.
///
/// Each question is a hashed bit set of 2^21 bits (256 KB, so they stay in cache), whose rare
/// collisions only cost a search.
#[derive(Debug)]
struct Starts {
    /// First tokens of the surfaces.
    firsts: Vec<u64>,
    /// Surfaces of one token.
    singles: Vec<u64>,
    /// First two tokens of the surfaces of several tokens, as bytes of the surface.
    pairs: Vec<u64>,
}

const STARTS_BITS: usize = 1 << 21;

/// The bit of a byte string in a [`Starts`] set: a hash of its length and of its first and
/// last eight bytes (a collision only costs a search).
#[inline]
fn word_key(w: &[u8]) -> usize {
    key_at(w, 0, w.len())
}

/// [`word_key`] of `bytes[start..start + n]`, reading eight bytes at a time where `bytes`
/// goes on far enough (the key depends only on the `n` bytes).
#[inline(always)]
fn key_at(bytes: &[u8], start: usize, n: usize) -> usize {
    let (a, b) = if n > 8 {
        (le64(&bytes[start..]), le64(&bytes[start + n - 8..]))
    } else if bytes.len() - start >= 8 {
        // The n bytes and what follows them, masked off.
        let x = le64(&bytes[start..]);
        (
            if n == 8 {
                x
            } else {
                x & ((1u64 << (8 * n)) - 1)
            },
            0,
        )
    } else {
        let mut x = 0u64;
        for (k, &c) in bytes[start..start + n].iter().enumerate() {
            x |= u64::from(c) << (8 * k);
        }
        (x, 0)
    };
    let h = (a ^ b.rotate_left(29) ^ (n as u64) << 58).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & (STARTS_BITS - 1)
}

/// The first eight bytes of `b`, little endian.
#[inline(always)]
fn le64(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[..8]);
    u64::from_le_bytes(x)
}

fn set_bit(set: &mut [u64], k: usize) {
    set[k / 64] |= 1 << (k % 64);
}

fn has_bit(set: &[u64], k: usize) -> bool {
    set[k / 64] & (1 << (k % 64)) != 0
}

impl Starts {
    fn new(table: &Table) -> Starts {
        let mut firsts = vec![0u64; STARTS_BITS / 64];
        let mut singles = vec![0u64; STARTS_BITS / 64];
        let mut pairs = vec![0u64; STARTS_BITS / 64];
        let mut toks = Vec::new();
        for i in 0..table.len() {
            let s = table.surface(i);
            toks.clear();
            crate::segment::tokenize_first(s, 2, &mut toks);
            let Some(first) = toks.first() else { continue };
            let b = s.as_bytes();
            set_bit(&mut firsts, word_key(&b[first.range()]));
            match toks.get(1) {
                None => set_bit(&mut singles, word_key(&b[first.range()])),
                Some(second) => set_bit(
                    &mut pairs,
                    word_key(&b[first.start as usize..second.end as usize]),
                ),
            }
        }
        Starts {
            firsts,
            singles,
            pairs,
        }
    }

    /// False when no surface can start at token `i` (a word).
    #[inline(always)]
    fn may_start(&self, text: &[u8], tokens: &[Token], i: usize) -> bool {
        let t = tokens[i];
        let start = t.start as usize;
        let k = key_at(text, start, t.end as usize - start);
        if !has_bit(&self.firsts, k) {
            return false;
        }
        if has_bit(&self.singles, k) {
            return true;
        }
        tokens.get(i + 1).is_some_and(|next| {
            has_bit(&self.pairs, key_at(text, start, next.end as usize - start))
        })
    }
}

/// Statistics about a built gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerStats {
    /// Rows loaded.
    pub entries: usize,
    /// Distinct surface forms given by the lists.
    pub surfaces: usize,
    /// Patterns in the trie (surfaces plus variants).
    pub patterns: usize,
    /// Nodes of the trie.
    pub nodes: usize,
    /// Heap bytes used by the trie.
    pub trie_bytes: usize,
}

/// The index one past the last token that starts before byte `end`.
fn token_end(tokens: &[Token], first: usize, end: usize) -> usize {
    let mut j = first + 1;
    while j < tokens.len() && (tokens[j].start as usize) < end {
        j += 1;
    }
    j
}

/// Builds the trie over the sorted surfaces of `table`.
fn build_trie(table: &Table) -> trie::Trie {
    trie::Trie::build(table.len(), |i| table.surface_bytes(i))
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
    /// Builds the gazetteer from rows, each with its origin. Later origins override earlier ones
    /// on a shared surface form.
    pub fn build(rows: impl IntoIterator<Item = (Row, Origin)>) -> Result<Gazetteer, Error> {
        Gazetteer::from_table(Table::from_rows(rows, 0))
    }

    /// Builds the gazetteer over a compiled table.
    pub fn from_table(table: Table) -> Result<Gazetteer, Error> {
        let ((trie, starts), strong) = rayon::join(
            || (build_trie(&table), Starts::new(&table)),
            || strong_names(&table, |k| table.entries.get(k as usize)),
        );
        Ok(Gazetteer::assemble(table, trie, starts, strong))
    }

    /// The embedded lists, and user rows that override them. The trie is built over the
    /// surfaces embedded in the binary while the entries are decoded and the start filter
    /// built.
    pub fn embedded(user: Vec<Row>) -> Result<Gazetteer, Error> {
        let (mut table, n) = embedded::surfaces()?;
        if !user.is_empty() {
            let user = user.into_iter().map(|r| (r, Origin::User));
            table = table.merge(Table::from_rows(user, n as u32));
        }
        // `table.entries` holds only the user's entries, numbered from `n`.
        // The trie on one side; the entries, the strong names and the start filter on the
        // other (about as long).
        let (trie, entries) = rayon::join(
            || build_trie(&table),
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
                Ok((entries, strong, Starts::new(&table)))
            },
        );
        let (mut entries, strong, starts) = entries?;
        entries.append(&mut table.entries);
        table.entries = entries;
        Ok(Gazetteer::assemble(table, trie, starts, strong))
    }

    fn assemble(
        table: Table,
        trie: trie::Trie,
        starts: Starts,
        strong: rustc_hash::FxHashSet<Box<str>>,
    ) -> Gazetteer {
        Gazetteer {
            surfaces: table.listed.iter().filter(|&&l| l).count(),
            starts,
            strong,
            trie,
            table,
            media: std::sync::OnceLock::new(),
        }
    }

    /// Statistics.
    pub fn stats(&self) -> GazetteerStats {
        GazetteerStats {
            entries: self.table.entries.len(),
            surfaces: self.surfaces,
            patterns: self.table.len(),
            nodes: self.trie.nodes(),
            trie_bytes: self.trie.memory_usage(),
        }
    }

    /// The pattern of an exact surface form, if the lists (or their variants) have it.
    pub fn lookup(&self, surface: &str) -> Option<u32> {
        self.trie.get(surface.as_bytes())
    }

    /// True when the word names a country, or a hand-curated place or organization ("France",
    /// "Chine", "Élysée"): such a word is not taken for a first name.
    pub fn is_strong(&self, word: &str) -> bool {
        self.strong.contains(word)
    }

    /// True when `id` is the id of a medium of the lists: a paper, a channel, a news agency
    /// or a social network ("Le Parisien", "franceinfo", "AFP", "Twitter": `kind=media`).
    pub fn is_media(&self, id: &str) -> bool {
        self.media
            .get_or_init(|| {
                self.table
                    .entries
                    .iter()
                    .filter(|e| e.kind == Kind::Media && !e.id.is_empty())
                    .map(|e| e.id.as_ref().into())
                    .collect()
            })
            .contains(id)
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
            let Some((end, pattern, _)) = self.longest_at(text, tokens, i) else {
                i += 1;
                continue;
            };
            let mut j = token_end(tokens, i, end);
            let (mut start_tok, mut end, mut pattern) = (i, end, pattern);
            // A name starting inside this one may reach further ("L'Union" / "Union africaine"):
            // the one with more words wins, then the one that ends further; not one that only
            // case folding finds ("Météo France dimanche").
            for k in i + 1..j {
                if let Some((e2, p2, folded)) = self.longest_at(text, tokens, k) {
                    if e2 > end && !folded {
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
    #[inline(always)]
    fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, u32, bool)> {
        let t = &tokens[i];
        if t.kind == TokenKind::Punct {
            return None;
        }
        if !self.starts.may_start(text.as_bytes(), tokens, i) {
            return None;
        }
        let folds = if t.upper_initial {
            fold_span(text, tokens, i)
        } else {
            usize::MAX..usize::MAX
        };
        self.longest_from(text, t.start as usize, folds)
    }

    /// [`Gazetteer::longest_at`] past the start filter (kept out of line: the filter alone
    /// answers for most tokens).
    ///
    /// At bytes in `folds` (from `start`), a word's first letter may be of the other case
    /// than in the list ("Dauphiné Libéré", "France inter", "Organisation mondiale de la
    /// Santé"): a longer name found so is kept when the lists give it as a place or an
    /// organization.
    #[inline(never)]
    fn longest_from(
        &self,
        text: &str,
        start: usize,
        folds: Range<usize>,
    ) -> Option<(usize, u32, bool)> {
        let bytes = &text.as_bytes()[start..];
        // Not the second part of a hyphenated word, unless the first is "ex" ("député ex-LR",
        // "l'ex-Yougoslavie": the name as listed).
        if start > 0
            && text.as_bytes()[start - 1] == b'-'
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
            && !ex_prefix(&text[..start - 1])
        {
            return None;
        }
        // The longest surface at the start that ends on a token boundary.
        let boundary = |end: usize| {
            if !text.is_char_boundary(end) {
                return false;
            }
            let mut after = text[end..].chars();
            let next = after.next();
            next.is_none_or(|c| !is_word_char(c))
                && !(next == Some('-') && after.next().is_some_and(is_word_char))
                && text[..end].chars().next_back().is_some_and(|c| c != ' ')
        };
        let mut best = None;
        if folds.start >= bytes.len() {
            self.trie.prefixes(bytes, |len, pattern| {
                if boundary(start + len) {
                    best = Some((start + len, pattern));
                }
            });
            return best.map(|(e, p)| (e, p, false));
        }
        let mut folded_best: Option<(usize, u32)> = None;
        // (Not a person's name; a town's only inside a compound: "Des chutes" is no "Des
        // Chutes", "Boulogne-sur-mer" is "Boulogne-sur-Mer".)
        self.trie
            .prefixes_folding_initials(bytes, folds, |len, pattern, fold| {
                let end = start + len;
                if fold != trie::Fold::None {
                    if folded_best.is_none_or(|(e, _)| end > e)
                        && boundary(end)
                        && self.candidates(pattern).any(|e| {
                            e.label != Label::PER
                                && (e.kind != Kind::City || fold == trie::Fold::Part)
                        })
                    {
                        folded_best = Some((end, pattern));
                    }
                } else if best.is_none_or(|(e, _)| end > e) && boundary(end) {
                    best = Some((end, pattern));
                }
            });
        match (best, folded_best) {
            (Some((e, p)), Some((f, _))) if f <= e => Some((e, p, false)),
            (_, Some((f, p))) => Some((f, p, true)),
            (b, None) => b.map(|(e, p)| (e, p, false)),
        }
    }
}

/// Where case may be folded in a name at token `i` (see [`Gazetteer::longest_from`]), in
/// bytes from the token's start: from the end of its first word, or of the word after an
/// article ("La République En Marche"; not "Le monde"), to a day or a month ("en France
/// dimanche" is no "France Dimanche"). Empty when that word is not capitalized.
/// `before` ends in the word "ex" (any case), the prefix of a former title or name.
fn ex_prefix(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 2
        && b[b.len() - 2..].eq_ignore_ascii_case(b"ex")
        && before[..b.len() - 2]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c))
}

fn fold_span(text: &str, tokens: &[Token], i: usize) -> Range<usize> {
    let b = text.as_bytes();
    let word = |k: usize| &b[tokens[k].range()];
    let mut c = i;
    match word(i) {
        b"Le" | b"La" | b"Les" | b"The" => c += 1,
        b"L" if tokens.get(i + 1).is_some_and(|t| &b[t.range()] == b"'") => c += 2,
        _ => {}
    }
    let start = tokens[i].start as usize;
    match tokens.get(c) {
        Some(t) if t.kind == TokenKind::Word && t.upper_initial => {
            let end = tokens[c + 1..tokens.len().min(c + 12)]
                .iter()
                .find(|t| DAYS_AND_MONTHS.contains(&&b[t.range()]))
                .map_or(usize::MAX, |t| t.start as usize - start);
            t.end as usize - start..end
        }
        _ => usize::MAX..usize::MAX,
    }
}

/// Words whose case is never folded in a name ([`fold_span`]).
const DAYS_AND_MONTHS: &[&[u8]] = &[
    b"lundi",
    b"mardi",
    b"mercredi",
    b"jeudi",
    b"vendredi",
    b"samedi",
    b"dimanche",
    b"janvier",
    b"f\xc3\xa9vrier",
    b"mars",
    b"avril",
    b"mai",
    b"juin",
    b"juillet",
    b"ao\xc3\xbbt",
    b"septembre",
    b"octobre",
    b"novembre",
    b"d\xc3\xa9cembre",
];

#[cfg(test)]
mod tests;
