//! The lists embedded in the binary at build time (see `build.rs`), all read in place: nothing
//! is decompressed or copied at start. The entity lists compiled to a [`Table`] (surfaces and
//! entries); the small lexicons (first names, surnames, demonyms) as text, each a concatenation
//! of files introduced by a `#@file NAME` line; the common-word lists sorted and indexed for
//! [`SortedWords`](super::lexicon::SortedWords).

use super::table::{Entry, Table};
use crate::error::Error;

/// The sorted surfaces of the entity lists, compiled by `build.rs` (see [`Table::encode`]).
static ENTITY_SURFACES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/entities.surfaces"));
/// The entries of the entity lists (see [`Table::encode`]).
static ENTITY_ENTRIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/entities.entries"));
static FIRSTNAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/firstnames"));
static SURNAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/surnames"));
static DEMONYMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/demonyms"));
static COMMON_FR: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_fr"));
static COMMON_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_en"));

/// The surfaces of the embedded entity lists, borrowed from the binary, without entries; and
/// the number of entries they refer to (see [`entries`]).
pub fn surfaces() -> Result<(Table, usize), Error> {
    Table::decode_surfaces(ENTITY_SURFACES)
}

/// The entries of the embedded entity lists, their names borrowed from the binary.
pub fn entries() -> Result<Vec<Entry>, Error> {
    Table::decode_entries(ENTITY_ENTRIES)
}

/// The embedded entity lists, compiled (surfaces and entries).
pub fn table() -> Result<Table, Error> {
    let (mut table, _) = surfaces()?;
    table.entries = entries()?;
    Ok(table)
}

/// An embedded lexicon blob.
#[derive(Debug, Clone, Copy)]
pub enum Blob {
    /// First names with gender.
    FirstNames,
    /// Surnames.
    Surnames,
    /// Demonyms and nationality adjectives.
    Demonyms,
    /// French common words.
    CommonFr,
    /// English common words.
    CommonEn,
}

/// A blob, as embedded.
pub fn bytes(blob: Blob) -> &'static [u8] {
    match blob {
        Blob::FirstNames => FIRSTNAMES,
        Blob::Surnames => SURNAMES,
        Blob::Demonyms => DEMONYMS,
        Blob::CommonFr => COMMON_FR,
        Blob::CommonEn => COMMON_EN,
    }
}

/// A text blob (first names, surnames, demonyms), borrowed from the binary.
pub fn load(blob: Blob) -> Result<&'static str, Error> {
    simdutf8::compat::from_utf8(bytes(blob))
        .map_err(|e| Error::Other(format!("embedded gazetteer {blob:?} is corrupt: {e}")))
}

/// Splits a blob into its files: (name, content).
pub fn files(blob: &str) -> impl Iterator<Item = (&str, &str)> {
    blob.split("#@file ")
        .filter(|s| !s.is_empty())
        .map(|part| match part.split_once('\n') {
            Some((name, body)) => (name.trim(), body),
            None => (part.trim(), ""),
        })
}
