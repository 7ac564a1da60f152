//! The lists compiled to a table: the entries, and every surface form (with its case and accent
//! variants) in sorted order, each with the entries it stands for. The trie is built from the
//! sorted surfaces.
//!
//! The table of the embedded lists is computed at compile time: `build.rs` includes this file
//! (with `list.rs` and the normalizer), compiles the lists with [`Table::from_rows`] and writes
//! the result with [`Table::encode`]. The engine reads it back instead of decompressing and
//! parsing 15 MB of lists: the sorted surfaces are borrowed from the binary as they are
//! ([`Table::decode_surfaces`]), so the trie can be built at once, while the entries are
//! decoded on the other core ([`Table::decode_entries`]), their names borrowed from the binary
//! too (no allocation per entry). User lists are
//! compiled at run time and merged in with [`Table::merge`], which gives the same table as
//! compiling every row together.

use std::borrow::Cow;
use std::cmp::Ordering;

use super::list::{Gender, Kind, Label, Origin, Row};
use crate::error::Error;
use crate::normalize::Normalized;

/// One candidate meaning of a surface form.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The label.
    pub label: Label,
    /// The canonical name (borrowed from the binary for the embedded lists).
    pub canonical: Cow<'static, str>,
    /// The stable identifier (may be empty).
    pub id: Cow<'static, str>,
    /// Gender, for people.
    pub gender: Option<Gender>,
    /// Population prior, for places.
    pub pop: u64,
    /// Kind.
    pub kind: Kind,
    /// Where it came from.
    pub origin: Origin,
}

/// Entries and sorted surface forms.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// The entries, in list order (user rows last).
    pub entries: Vec<Entry>,
    /// Every surface form, concatenated in sorted (byte) order.
    pub text: Cow<'static, str>,
    /// Surface `i` is `text[bounds[i]..bounds[i + 1]]`; one more element than surfaces.
    pub bounds: Vec<u32>,
    /// For each surface, true when a list gives it (false: only a variant of listed forms).
    pub listed: Vec<bool>,
    /// For each surface, its entries: `ids[id_bounds[i]..id_bounds[i + 1]]`.
    pub id_bounds: Vec<u32>,
    /// Entry indices, grouped by surface.
    pub ids: Vec<u32>,
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

/// A table under construction, surface by surface in sorted order.
struct Builder {
    table: Table,
    text: String,
}

impl Builder {
    fn new(entries: Vec<Entry>) -> Builder {
        Builder {
            table: Table {
                entries,
                bounds: vec![0],
                id_bounds: vec![0],
                ..Table::default()
            },
            text: String::new(),
        }
    }
    fn push(&mut self, surface: &str, listed: bool, ids: impl IntoIterator<Item = u32>) {
        let t = &mut self.table;
        self.text.push_str(surface);
        t.bounds.push(self.text.len() as u32);
        t.listed.push(listed);
        t.ids.extend(ids);
        t.id_bounds.push(t.ids.len() as u32);
    }
    fn finish(mut self) -> Table {
        self.table.text = Cow::Owned(self.text);
        self.table
    }
}

impl Table {
    /// Compiles rows, each with its origin; entry indices start at `base`. On a shared surface
    /// form, a list's surface keeps only the rows that give it (variants only fill gaps), and a
    /// user list's surface loses every other entry.
    pub fn from_rows(rows: impl IntoIterator<Item = (Row, Origin)>, base: u32) -> Table {
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
            let idx = base + entries.len() as u32;
            buf.clear();
            variants(&surface, &mut buf);
            pairs.extend(buf.drain(..).map(|v| (v, idx, true)));
            pairs.push((surface, idx, false));
            entries.push(Entry {
                label: row.label,
                canonical: Cow::Owned(normalized_owned(row.canonical)),
                id: Cow::Owned(row.id),
                gender: row.gender,
                pop: row.pop,
                kind: row.kind,
                origin,
            });
        }
        pairs.sort_unstable();
        let origin = |i: u32| entries[(i - base) as usize].origin;
        let mut out = Builder::new(Vec::new());
        let mut ids: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < pairs.len() {
            let j = i + pairs[i..].partition_point(|p| p.0 == pairs[i].0);
            let group = &pairs[i..j];
            let listed = group.iter().any(|p| !p.2);
            let user = group.iter().any(|p| origin(p.1) == Origin::User);
            ids.clear();
            ids.extend(
                group
                    .iter()
                    .filter(|p| (!listed || !p.2) && (!user || origin(p.1) == Origin::User))
                    .map(|p| p.1),
            );
            ids.sort_unstable();
            ids.dedup();
            out.push(&pairs[i].0, listed, ids.iter().copied());
            i = j;
        }
        let mut table = out.finish();
        table.entries = entries;
        table
    }

    /// Number of surface forms.
    pub fn len(&self) -> usize {
        self.listed.len()
    }

    /// True when there is no surface form.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// Surface form `i`.
    pub fn surface(&self, i: usize) -> &str {
        &self.text[self.bounds[i] as usize..self.bounds[i + 1] as usize]
    }

    /// Surface `i` as bytes (no character-boundary checks).
    pub fn surface_bytes(&self, i: usize) -> &[u8] {
        &self.text.as_bytes()[self.bounds[i] as usize..self.bounds[i + 1] as usize]
    }

    /// The entries of surface `i`.
    pub fn ids_of(&self, i: usize) -> &[u32] {
        &self.ids[self.id_bounds[i] as usize..self.id_bounds[i + 1] as usize]
    }

    /// Adds a table compiled from user rows (with [`Table::from_rows`], entry indices starting
    /// at this table's entry count): the result is the table of all rows compiled together.
    pub fn merge(mut self, mut user: Table) -> Table {
        let mut entries = std::mem::take(&mut self.entries);
        entries.append(&mut user.entries);
        let mut out = Builder::new(entries);
        let (mut i, mut j) = (0, 0);
        while i < self.len() || j < user.len() {
            let ord = if i == self.len() {
                Ordering::Greater
            } else if j == user.len() {
                Ordering::Less
            } else {
                self.surface(i).cmp(user.surface(j))
            };
            match ord {
                Ordering::Less => {
                    out.push(
                        self.surface(i),
                        self.listed[i],
                        self.ids_of(i).iter().copied(),
                    );
                    i += 1;
                }
                Ordering::Greater => {
                    out.push(
                        user.surface(j),
                        user.listed[j],
                        user.ids_of(j).iter().copied(),
                    );
                    j += 1;
                }
                Ordering::Equal => {
                    // The user's rows win. When only variants of them meet a listed surface,
                    // the listed surface keeps no entry at all (as when compiled together).
                    let listed = self.listed[i] || user.listed[j];
                    let ids = if self.listed[i] && !user.listed[j] {
                        &[][..]
                    } else {
                        user.ids_of(j)
                    };
                    out.push(user.surface(j), listed, ids.iter().copied());
                    i += 1;
                    j += 1;
                }
            }
        }
        out.finish()
    }

    /// Writes the table in the binary form that [`Table::decode_surfaces`] and
    /// [`Table::decode_entries`] read: the surfaces (read in place at run time: the trie is
    /// built from them while the entries are decoded), and the entries.
    pub fn encode(&self) -> (Vec<u8>, Vec<u8>) {
        let mut out = Vec::with_capacity(self.text.len() * 2);
        out.extend_from_slice(MAGIC);
        put(&mut out, self.listed.len() as u32);
        put(&mut out, self.text.len() as u32);
        put(&mut out, self.ids.len() as u32);
        put(&mut out, self.entries.len() as u32);
        out.extend_from_slice(self.text.as_bytes());
        for &b in &self.bounds {
            put(&mut out, b);
        }
        out.extend(self.listed.iter().map(|&l| l as u8));
        for &b in &self.id_bounds {
            put(&mut out, b);
        }
        for &i in &self.ids {
            put(&mut out, i);
        }
        // Entries: every name once in one UTF-8 region (checked once when read), then a
        // fixed-size record per entry pointing into it.
        let mut names = String::new();
        let mut at: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        let mut records = Vec::with_capacity(self.entries.len() * ENTRY_BYTES);
        for e in &self.entries {
            records.push(e.label as u8);
            records.push(e.origin as u8);
            records.push(kind_code(e.kind));
            records.push(match e.gender {
                None => 0,
                Some(Gender::M) => 1,
                Some(Gender::F) => 2,
            });
            records.extend_from_slice(&e.pop.to_le_bytes());
            for s in [&*e.canonical, &*e.id] {
                let off = *at.entry(s).or_insert_with(|| {
                    names.push_str(s);
                    (names.len() - s.len()) as u32
                });
                put(&mut records, off);
                put(&mut records, s.len() as u32);
            }
        }
        let mut entries = Vec::with_capacity(records.len() + names.len() + 32);
        entries.extend_from_slice(MAGIC);
        put(&mut entries, self.entries.len() as u32);
        put(&mut entries, names.len() as u32);
        entries.extend_from_slice(names.as_bytes());
        entries.extend_from_slice(&records);
        (out, entries)
    }

    /// Reads the surfaces that [`Table::encode`] wrote, borrowed from `data`; the table has no
    /// entries yet. Also returns the number of entries the surfaces refer to.
    pub fn decode_surfaces(data: &'static [u8]) -> Result<(Table, usize), Error> {
        Table::try_decode_surfaces(data).ok_or_else(corrupt)
    }

    /// Reads the entries that [`Table::encode`] wrote; their names are borrowed from `data`.
    pub fn decode_entries(data: &'static [u8]) -> Result<Vec<Entry>, Error> {
        try_decode_entries(data).ok_or_else(corrupt)
    }

    fn try_decode_surfaces(data: &'static [u8]) -> Option<(Table, usize)> {
        let mut r = Reader { data, pos: 0 };
        if r.bytes(MAGIC.len())? != MAGIC {
            return None;
        }
        let n = r.u32()? as usize;
        let text_len = r.u32()? as usize;
        let n_ids = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let text = std::str::from_utf8(r.bytes(text_len)?).ok()?;
        let bounds = r.u32s(n + 1)?;
        let listed = r.bytes(n)?.iter().map(|&b| b != 0).collect();
        let id_bounds = r.u32s(n + 1)?;
        let ids = r.u32s(n_ids)?;
        // Every index used later must be in range: surfaces non-empty, on char boundaries.
        let bounds_ok = bounds.first() == Some(&0)
            && bounds.last() == Some(&(text_len as u32))
            && bounds.windows(2).all(|w| w[0] < w[1])
            && bounds.iter().all(|&b| text.is_char_boundary(b as usize));
        let ids_ok = id_bounds.first() == Some(&0)
            && id_bounds.last() == Some(&(n_ids as u32))
            && id_bounds.windows(2).all(|w| w[0] <= w[1])
            && ids.iter().all(|&i| (i as usize) < n_entries);
        if !bounds_ok || !ids_ok || r.pos != data.len() {
            return None;
        }
        let table = Table {
            entries: Vec::new(),
            text: Cow::Borrowed(text),
            bounds,
            listed,
            id_bounds,
            ids,
        };
        Some((table, n_entries))
    }
}

fn corrupt() -> Error {
    Error::Other("the embedded gazetteer table is corrupt".into())
}

fn try_decode_entries(data: &'static [u8]) -> Option<Vec<Entry>> {
    let mut r = Reader { data, pos: 0 };
    if r.bytes(MAGIC.len())? != MAGIC {
        return None;
    }
    let n = r.u32()? as usize;
    let names_len = r.u32()? as usize;
    let names = std::str::from_utf8(r.bytes(names_len)?).ok()?;
    let records = r.bytes(n.checked_mul(ENTRY_BYTES)?)?;
    if r.pos != data.len() {
        return None;
    }
    // A name is a range of `names` on character boundaries (`str::get` checks both).
    let name = |b: &[u8]| -> Option<&'static str> {
        let off = u32::from_le_bytes(b[..4].try_into().ok()?) as usize;
        let len = u32::from_le_bytes(b[4..8].try_into().ok()?) as usize;
        names.get(off..off.checked_add(len)?)
    };
    let mut entries = Vec::with_capacity(n);
    for rec in records.chunks_exact(ENTRY_BYTES) {
        let label = [Label::PER, Label::LOC, Label::ORG]
            .get(usize::from(rec[0]))
            .copied()?;
        let origin = [Origin::Generated, Origin::Hand, Origin::User]
            .get(usize::from(rec[1]))
            .copied()?;
        let kind = KINDS.get(usize::from(rec[2])).copied()?;
        let gender = match rec[3] {
            0 => None,
            1 => Some(Gender::M),
            2 => Some(Gender::F),
            _ => return None,
        };
        entries.push(Entry {
            label,
            canonical: Cow::Borrowed(name(&rec[12..20])?),
            id: Cow::Borrowed(name(&rec[20..28])?),
            gender,
            pop: u64::from_le_bytes(rec[4..12].try_into().ok()?),
            kind,
            origin,
        });
    }
    Some(entries)
}

/// Bytes of an entry's record: label, origin, kind, gender (one byte each), population (u64),
/// canonical name and id (offset and length in the names, u32 each).
const ENTRY_BYTES: usize = 28;

/// The first bytes of an encoded table (bump on any change of the format).
const MAGIC: &[u8] = b"dixit-table-2\n";

/// Every kind, by code.
const KINDS: [Kind; 7] = [
    Kind::Other,
    Kind::Country,
    Kind::City,
    Kind::Region,
    Kind::Seat,
    Kind::Media,
    Kind::Org,
];

fn kind_code(k: Kind) -> u8 {
    KINDS.iter().position(|&x| x == k).unwrap_or(0) as u8
}

fn put(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Reads an encoded table; every read is checked.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let data: &'a [u8] = self.data;
        let b = data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(b)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }
    fn u32s(&mut self, n: usize) -> Option<Vec<u32>> {
        let b = self.bytes(n.checked_mul(4)?)?;
        Some(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
}

/// Labels and origins encode as their declaration order.
const _: () = {
    assert!(Label::PER as u8 == 0 && Label::LOC as u8 == 1 && Label::ORG as u8 == 2);
    assert!(Origin::Generated as u8 == 0 && Origin::Hand as u8 == 1 && Origin::User as u8 == 2);
};
