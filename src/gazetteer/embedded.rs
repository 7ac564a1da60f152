//! The lists embedded in the binary at build time (see `build.rs`): gzip blobs, each a
//! concatenation of files introduced by a `#@file NAME` line.

use std::io::Read;

use crate::error::Error;

static ENTITIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/entities.gz"));
static FIRSTNAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/firstnames.gz"));
static SURNAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/surnames.gz"));
static DEMONYMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/demonyms.gz"));
static COMMON_FR: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_fr.gz"));
static COMMON_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_en.gz"));

/// An embedded blob.
#[derive(Debug, Clone, Copy)]
pub enum Blob {
    /// Entity lists.
    Entities,
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

/// Decompresses a blob.
pub fn load(blob: Blob) -> Result<String, Error> {
    let bytes = match blob {
        Blob::Entities => ENTITIES,
        Blob::FirstNames => FIRSTNAMES,
        Blob::Surnames => SURNAMES,
        Blob::Demonyms => DEMONYMS,
        Blob::CommonFr => COMMON_FR,
        Blob::CommonEn => COMMON_EN,
    };
    let mut s = String::with_capacity(bytes.len() * 4);
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut s)
        .map_err(|e| Error::Other(format!("embedded gazetteer {blob:?} is corrupt: {e}")))?;
    Ok(s)
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
