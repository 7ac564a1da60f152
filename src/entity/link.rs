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
//!
//! Every string a look-up is keyed on (a folded name, a key, a mention's text) is interned in
//! the article's interner; what is known of it lives in a slot indexed by its id. Names
//! are kept as mention indices or text ranges, never copied: linking allocates nothing once its
//! buffers have grown.

use super::intern::Interner;
use super::rules::{self, is_cap_word};
use super::words;
use super::{Mention, Origin};
use crate::engine::Engine;
use crate::gazetteer::{strip_accent, Gender, Label};
use crate::segment::{Doc, TokenKind};

/// No index (cluster, mention, string).
const NONE: u32 = u32::MAX;

/// Lower case without accents: the key names are compared on.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a reused buffer (cleared first).
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    fold_push(s, out);
}

/// Appends [`fold`]`(s)` to `out`. Folding goes character by character, so the folded form of
/// a concatenation is the concatenation of the folded forms. (Most characters are ASCII
/// letters: each run of ASCII but hyphens is appended at once and lower-cased in place.)
fn fold_push(s: &str, out: &mut String) {
    out.reserve(s.len());
    let mut rest = s;
    loop {
        let run = plain_ascii_len(rest.as_bytes());
        let from = out.len();
        out.push_str(&rest[..run]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[run..].chars();
        match chars.next() {
            Some(c) => fold_char(c, |f| out.push(f)),
            None => return,
        }
        rest = chars.as_str();
    }
}

/// Calls `f` with the characters of [`fold`] of `c` (one but for rare characters).
#[inline]
fn fold_char(c: char, mut f: impl FnMut(char)) {
    match c as u32 {
        // ASCII letters have no accent and one lower-case form.
        0..0x80 => f(match c {
            '-' => ' ',
            c => c.to_ascii_lowercase(),
        }),
        // Latin-1 (the accented letters of French): À-Þ lower-case 32 code points up, but ×.
        0x80..0x100 => {
            let lower = match c {
                'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
                c => c,
            };
            f(strip_accent(lower));
        }
        _ => folded_char(c).for_each(f),
    }
}

/// The first two bytes of a string as a number (zero for a missing byte).
fn prefix(b: &[u8]) -> u16 {
    u16::from_le_bytes([
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ])
}

/// The [`prefix`] of [`fold`]`(w)`, folding no more than needed.
#[inline(always)]
fn folded_prefix(w: &str) -> u16 {
    let b = w.as_bytes();
    // Two ASCII bytes (or one and the end): folded on the spot.
    let ascii = |x: u8| {
        if x == b'-' {
            b' '
        } else {
            x.to_ascii_lowercase()
        }
    };
    match (b.first(), b.get(1)) {
        (Some(&x), Some(&y)) if x.is_ascii() && y.is_ascii() => {
            return u16::from_le_bytes([ascii(x), ascii(y)])
        }
        (Some(&x), None) if x.is_ascii() => return u16::from_le_bytes([ascii(x), 0]),
        _ => {}
    }
    folded_prefix_slow(w)
}

/// [`folded_prefix`] of a word starting with a character beyond ASCII.
fn folded_prefix_slow(w: &str) -> u16 {
    let mut out = [0u8; 2];
    let mut n = 0;
    for c in w.chars() {
        fold_char(c, |f| {
            for &b in f.encode_utf8(&mut [0; 4]).as_bytes() {
                if n < 2 {
                    out[n] = b;
                    n += 1;
                }
            }
        });
        if n == 2 {
            break;
        }
    }
    u16::from_le_bytes(out)
}

/// A set of [`prefix`]es as 1024 bits: a prefix may share its bit with others, but a member is
/// never missed. Most words start with a prefix no key starts with, and leave on one bit.
#[derive(Debug, Clone, Copy, Default)]
struct Prefixes([u64; 16]);

impl Prefixes {
    /// The bit of a prefix.
    fn bit(p: u16) -> usize {
        (u32::from(p).wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    fn insert(&mut self, p: u16) {
        let b = Self::bit(p);
        self.0[b / 64] |= 1 << (b % 64);
    }

    /// `p` may be a member (it is when inserted).
    fn may_hold(&self, p: u16) -> bool {
        let b = Self::bit(p);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// The characters of [`fold`]`(s)`.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(folded_char)
}

/// `a` and `b` differ only in the case of letters past the first ("Youtube", "YouTube").
fn same_but_later_capitals(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a != b
        && a.chars().next() == b.chars().next()
        && a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// The characters of [`fold`] of one character.
fn folded_char(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
        .map(strip_accent)
        .map(|c| if c == '-' { ' ' } else { c })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_push_folds_every_character_below_u_0250_as_folded_does() {
        let all: String = (0..0x250u32).filter_map(char::from_u32).collect();
        let mut out = String::new();
        fold_push(&all, &mut out);
        assert_eq!(out, folded(&all).collect::<String>());
    }

    #[test]
    fn plain_ascii_runs_end_at_the_first_hyphen_or_non_ascii_byte() {
        for s in [
            "",
            "a",
            "-",
            "é",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh-",
            "abcdefghijklmnop",
            "abcdefghijklmnopé",
            "abc-def",
            "Pénélope",
            "Jean-Pierre Dupont",
            "abcdefghijk\u{7F}x",
        ] {
            let direct = s
                .bytes()
                .position(|b| !b.is_ascii() || b == b'-')
                .unwrap_or(s.len());
            assert_eq!(plain_ascii_len(s.as_bytes()), direct, "{s:?}");
        }
    }

    #[test]
    fn fold_push_folds_each_character() {
        for s in [
            "Jean-Pierre",
            "DUPONT",
            "Pénélope",
            "Émile Zola-Ñ",
            "-a--b-",
            "",
            "ǅemal",
            "İstanbul",
            "\u{212A}elvin",
            "x y",
        ] {
            let mut out = String::from("prefix ");
            fold_push(s, &mut out);
            let direct: String = folded(s).collect();
            assert_eq!(out, format!("prefix {direct}"), "{s:?}");
        }
    }

    #[test]
    fn full_names_have_two_words_and_no_leading_particle() {
        use crate::gazetteer::lexicon::with_lower;
        for s in [
            "",
            "Macron",
            "Emmanuel Macron",
            " Emmanuel  Macron ",
            "de Gaulle",
            "De Gaulle",
            "DE GAULLE",
            "Wilson-Raybould",
            "Fabien B.",
            "van der Leyen",
            "Dès Lors",
            "a ",
        ] {
            let mut words = s.split(' ').filter(|w| !w.is_empty());
            let direct = match (words.next(), words.next()) {
                (Some(first), Some(_)) => !with_lower(first, super::words::particle),
                _ => false,
            };
            assert_eq!(is_full_name_text(s), direct, "{s:?}");
        }
    }

    #[test]
    fn folded_prefix_is_the_prefix_of_the_folded_word() {
        for w in [
            "Élise",
            "émile",
            "Zoé",
            "-x",
            "ǅemal",
            "İstanbul",
            "\u{212A}elvin",
            "",
            "Ωmega",
            "É",
            "x",
            "ÉÉ",
            "a-b",
            "Ωω",
        ] {
            assert_eq!(folded_prefix(w), prefix(fold(w).as_bytes()), "{w:?}");
        }
    }

    #[test]
    fn prefixes_hold_their_members() {
        let mut set = Prefixes::default();
        let members: Vec<u16> = (0..200u16).map(|i| i.wrapping_mul(331)).collect();
        for &p in &members {
            set.insert(p);
        }
        assert!(members.iter().all(|&p| set.may_hold(p)));
        assert!(!Prefixes::default().may_hold(prefix(b"le")));
    }

    #[test]
    fn word_count_counts_the_words() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a  b-c ",
            "-",
            "Jean-Pierre Dupont",
            "a--b",
            "abcdefg h",
            "abcdefgh i",
            "abcdefg-hijklmno pqrstuvwxy-",
            "        x",
            "-------- -------x",
            "Ministère de l'Économie et des Finances",
            "é è-à\u{2D}ü  ô",
            "\u{A0}a\u{2010}b\tc\nd",
        ] {
            let direct = s.split([' ', '-']).filter(|w| !w.is_empty()).count();
            assert_eq!(word_count(s), direct, "{s:?}");
        }
    }
}

/// A name as the buffers keep it: a range of the article's text or a mention's list name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    /// Bytes of the normalized text.
    Text(u32, u32),
    /// The `list_canonical` of a mention (its index in the linked slice).
    List(u32),
}

/// One entity of the article, as linking builds it.
#[derive(Debug, Clone)]
struct Cluster {
    /// The full name that made the cluster (people).
    full: Option<Name>,
    /// The fullest form met so far ([`Name::Text`]), and its number of words.
    best: Option<Name>,
    best_words: usize,
    /// The first mention's list name, if any ([`Name::List`]).
    list_canonical: Option<Name>,
    gender: Option<Gender>,
    first_token: usize,
}

impl Cluster {
    fn new() -> Self {
        Cluster {
            full: None,
            best: None,
            best_words: 0,
            list_canonical: None,
            gender: None,
            first_token: 0,
        }
    }
}

/// What is known of one interned string in one article (fields as the stages need them).
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// As a folded name (or `id:` key), the cluster it names, per label (PER, LOC, ORG).
    cluster: [u32; 3],
    /// As a surname key: the last entry of its list of clusters in [`Buffers::surnames`].
    surnames: u32,
    /// As a name: its [`keys_for`] result in [`Buffers::splits`], plus one (0: not computed).
    split: u32,
    /// As a key of a person named in full: its entry in [`Buffers::known`].
    key: u32,
    /// As a first name of a person named in full: its entry in [`Buffers::known`].
    first: u32,
    /// As the text of a full name: seen in [`add_linked`].
    seen: bool,
    /// As a folded word: the first word of a key or first name.
    head: bool,
    /// As a token's text: whether its folded form is a `head` (0: not known yet, 1: no,
    /// 2: yes).
    folds_to_head: u8,
    /// As a mention's text: the rule-found place or organization with that text.
    surface: u32,
    /// As a token's text: the first token of such a surface.
    surface_head: bool,
}

const EMPTY_SLOT: Slot = Slot {
    cluster: [NONE; 3],
    surnames: NONE,
    split: 0,
    key: NONE,
    first: NONE,
    seen: false,
    head: false,
    folds_to_head: 0,
    surface: NONE,
    surface_head: false,
};

/// What a key or a first name stands for: a person named in full.
#[derive(Debug, Clone, Copy)]
struct Known {
    cluster: u32,
    /// The mention whose canonical name it gives.
    mention: u32,
    gender: Option<Gender>,
    /// A first name two people share: ambiguous, not used.
    shared: bool,
}

/// Scratch buffers of linking, reused from article to article.
#[derive(Debug, Default)]
pub(super) struct Buffers {
    /// The article's strings: folded names and keys, mention texts, token texts.
    strings: Interner,
    /// What is known of each string.
    slots: Vec<Slot>,
    /// Folding buffer.
    fold: String,
    /// Word ranges of a name.
    words: Vec<(usize, usize)>,
    /// A two-word first name joined by a hyphen.
    name: String,
    /// [`keys_for`] results: (first-name key or [`NONE`], range of its keys in `split_keys`).
    splits: Vec<(u32, u32, u32)>,
    split_keys: Vec<u32>,
    clusters: Vec<Cluster>,
    /// Lists of clusters per surname key: (cluster, previous entry).
    surnames: Vec<(u32, u32)>,
    /// The cluster of each mention.
    assign: Vec<u32>,
    /// Each mention is a person named in full.
    full: Vec<bool>,
    candidates: Vec<u32>,
    /// The canonical name of each cluster, once known.
    canonical: Vec<Option<Name>>,
    /// Keys and first names of people named in full ([`Slot::key`], [`Slot::first`]).
    known: Vec<Known>,
    /// The strings that are such keys or first names.
    keyed: Vec<u32>,
    /// Rule-found places and organizations by text ([`Slot::surface`]): the mention.
    surfaces: Vec<u32>,
    /// Surface mentions relabelled as people, as they were before: (surface, label, cluster,
    /// canonical name).
    relabelled: Vec<(u32, Label, u32, String)>,
    /// Tokens inside a mention.
    covered: Vec<bool>,
    /// The prefixes of the keys and first names, of their first words ([`Slot::head`]) and of
    /// the surfaces' first tokens ([`Slot::surface_head`]): a text with another prefix is none
    /// of them, whatever it is.
    key_prefixes: Prefixes,
    head_prefixes: Prefixes,
    surface_prefixes: Prefixes,
    added: Vec<Mention>,
}

impl Buffers {
    /// Empties the buffers for a new article.
    fn clear(&mut self) {
        self.strings.clear();
        self.slots.clear();
        self.splits.clear();
        self.split_keys.clear();
        self.clusters.clear();
        self.surnames.clear();
        self.known.clear();
        self.keyed.clear();
        self.surfaces.clear();
        self.relabelled.clear();
        self.added.clear();
        self.key_prefixes = Prefixes::default();
        self.head_prefixes = Prefixes::default();
        self.surface_prefixes = Prefixes::default();
    }

    /// The id of `s`, interned.
    fn intern(&mut self, s: &str) -> u32 {
        let (id, new) = self.strings.intern(s);
        if new {
            self.slots.push(EMPTY_SLOT);
        }
        id
    }

    /// The id of [`fold`]`(s)`, interned.
    fn intern_folded(&mut self, s: &str) -> u32 {
        let mut f = std::mem::take(&mut self.fold);
        fold_into(s, &mut f);
        let id = self.intern(&f);
        self.fold = f;
        id
    }

    /// The id of [`fold`]`(s)`, if interned.
    fn folded_id(&mut self, s: &str) -> Option<u32> {
        fold_into(s, &mut self.fold);
        self.strings.id(&self.fold)
    }

    /// [`keys_for`] of `name` (interned as `id`): (first-name key or [`NONE`], keys range).
    fn split(&mut self, engine: &Engine, name: &str, id: u32) -> (u32, u32, u32) {
        let s = self.slots[id as usize].split;
        if s != 0 {
            return self.splits[s as usize - 1];
        }
        let r = keys_for(engine, name, self);
        self.splits.push(r);
        self.slots[id as usize].split = self.splits.len() as u32;
        r
    }

    /// Appends `cluster` to the clusters of surname key `key`.
    fn push_surname(&mut self, key: u32, cluster: u32) {
        let prev = self.slots[key as usize].surnames;
        self.surnames.push((cluster, prev));
        self.slots[key as usize].surnames = self.surnames.len() as u32 - 1;
    }
}

/// The words of a name (split at spaces and hyphens): their byte ranges in `s`.
fn words_of(s: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b' ' || b == b'-' {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        }
    }
    if s.len() > start {
        out.push((start, s.len()));
    }
}

/// The number of [`words_of`] `s`, without collecting them: the runs of bytes that are not a
/// space or a hyphen, that is the bytes that are none after one that is (or at the start).
/// Asked of every mention and cluster name: eight bytes are tested at a time, as the bits of a
/// 64-bit word (one bit per byte: its highest).
fn word_count(s: &str) -> usize {
    let mut count = 0;
    // The high bit of the byte before the chunk, set for a separator (the start counts as one).
    let mut sep_before = 0x80;
    let mut chunk = |x: u64| {
        let sep = bytes_equal(x, b' ') | bytes_equal(x, b'-');
        let starts = !sep & HIGH & (sep << 8 | sep_before);
        // The sum of the bytes `starts >> 7` (each 0 or 1), in the top byte.
        count += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
        sep_before = sep >> 56;
    };
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        chunk(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Padded with spaces, which start no word.
        chunk(padded_word(rest, b' '));
    }
    count
}

/// Each byte 1 (multiplied by a byte: that byte eight times).
const ONES: u64 = 0x0101_0101_0101_0101;
/// The highest bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is `b` (exactly: no carry crosses a byte).
#[inline(always)]
fn bytes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ (ONES * u64::from(b));
    !(((t & !HIGH) + !HIGH) | t) & HIGH
}

/// The bytes `b` (at most 8) as a little-endian word, padded with `pad` bytes.
#[inline(always)]
fn padded_word(b: &[u8], pad: u8) -> u64 {
    debug_assert!(b.len() <= 8);
    // Shifted in from the last byte: the first ends lowest, the padding stays above.
    b.iter()
        .rev()
        .fold(ONES * u64::from(pad), |x, &b| x << 8 | u64::from(b))
}

/// The length of the longest prefix of `b` with no byte beyond ASCII and no hyphen (eight
/// bytes tested at a time).
#[inline(always)]
fn plain_ascii_len(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut i = 0;
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default());
        let special = (x & HIGH) | bytes_equal(x, b'-');
        if special != 0 {
            return i + (special.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    // The rest padded with hyphens: the first special byte is in the rest or just after it.
    let x = padded_word(chunks.remainder(), b'-');
    let special = (x & HIGH) | bytes_equal(x, b'-');
    i + (special.trailing_zeros() / 8) as usize
}

/// The keys of a full name: the folded first name (the longest prefix of up to 2 words, "Jean
/// Michel", that is a known first name), and the folded surname part with its capitalized
/// suffixes (at most the last 4 words make a key: this bounds the work on odd long "names").
/// A one-word name is its own key. The keys are interned; returns (first name or [`NONE`],
/// range of the keys in `buf.split_keys`).
fn keys_for(engine: &Engine, full: &str, buf: &mut Buffers) -> (u32, u32, u32) {
    let mut words = std::mem::take(&mut buf.words);
    words_of(full, &mut words);
    let from = buf.split_keys.len() as u32;
    if words.len() < 2 {
        let k = buf.intern_folded(full);
        buf.split_keys.push(k);
        buf.words = words;
        return (NONE, from, from + 1);
    }
    let w = |i: usize| &full[words[i].0..words[i].1];
    let mut k = 1;
    if words.len() > 2 {
        buf.name.clear();
        buf.name.push_str(w(0));
        buf.name.push('-');
        buf.name.push_str(w(1));
        if engine.lexicon.first_name(&buf.name).is_some() {
            k = 2;
        }
    }
    // The folded first name, then the folded surname part, with where each word starts.
    let mut f = std::mem::take(&mut buf.fold);
    f.clear();
    for i in 0..k {
        if i > 0 {
            f.push(' ');
        }
        fold_push(w(i), &mut f);
    }
    let first = buf.intern(&f);
    let surname = k..words.len();
    let lo = surname.end.saturating_sub(4).max(surname.start);
    f.clear();
    let mut starts = [0usize; 4];
    for i in surname.clone() {
        if i > surname.start {
            f.push(' ');
        }
        if i >= lo {
            starts[i - lo] = f.len();
        }
        fold_push(w(i), &mut f);
    }
    for i in lo..surname.end {
        let word = w(i);
        let is_particle = words::particle_in_lower_case(word);
        if i == lo || (!is_particle && word.chars().next().is_some_and(char::is_uppercase)) {
            let key = buf.intern(&f[starts[i - lo]..]);
            buf.split_keys.push(key);
        }
    }
    buf.fold = f;
    buf.words = words;
    (first, from, buf.split_keys.len() as u32)
}

/// A person's mention of two words or more, the first not a particle ("de Gaulle").
fn is_full_name(m: &Mention, text: &str) -> bool {
    is_full_name_text(&text[m.start..m.end])
}

/// [`is_full_name`] of a mention's text.
fn is_full_name_text(t: &str) -> bool {
    // A hyphenated surname is one word: "Wilson-Raybould" alone is a partial mention.
    // Initials alone ("B.") do not make a surname, but "Fabien B." is a full form: two words
    // are enough, unless the first is a particle ("de Gaulle").
    let t = t.trim_start_matches(' ');
    let first_end = t.find(' ').unwrap_or(t.len());
    let second = t[first_end..].trim_start_matches(' ');
    first_end > 0 && !second.is_empty() && !words::particle_in_lower_case(&t[..first_end])
}

/// The label's index in [`Slot::cluster`].
fn label_index(l: Label) -> usize {
    match l {
        Label::PER => 0,
        Label::LOC => 1,
        Label::ORG => 2,
    }
}

/// Assigns clusters and canonical names to the mentions of the first pass.
pub fn link(engine: &Engine, doc: &Doc<'_>, mentions: &mut [Mention]) {
    link_with(engine, doc, mentions, &mut Buffers::default());
}

/// [`link`] with reused buffers (which keep what [`add_linked_with`] needs of it).
pub(super) fn link_with(
    engine: &Engine,
    doc: &Doc<'_>,
    mentions: &mut [Mention],
    buf: &mut Buffers,
) {
    buf.clear();
    buf.assign.clear();
    buf.assign.resize(mentions.len(), 0);
    buf.full.clear();
    buf.full.extend(
        mentions
            .iter()
            .map(|m| m.label == Label::PER && is_full_name(m, doc.text)),
    );
    // People named in full first, so that partial mentions before them still find them; in
    // text order (the mentions are sorted by start) within each group.
    for pass in [true, false] {
        for mi in 0..mentions.len() {
            if buf.full[mi] == pass {
                link_one(engine, doc, mentions, mi, buf);
            }
        }
    }
    // Each cluster's canonical name.
    buf.canonical.clear();
    buf.canonical.resize(buf.clusters.len(), None);
    for mi in 0..mentions.len() {
        let ci = buf.assign[mi] as usize;
        let name = match buf.canonical[ci] {
            Some(name) => name,
            None => {
                let name = canonical_of(&buf.clusters[ci], mentions[mi].label, doc, mentions);
                buf.canonical[ci] = Some(name);
                name
            }
        };
        let c = &buf.clusters[ci];
        let gender = c.gender;
        set_name(mentions, mi, name, doc);
        let m = &mut mentions[mi];
        m.cluster = ci as u32;
        if m.gender.is_none() {
            m.gender = gender;
        }
    }
}

/// Gives mention `mi` the canonical name `name` (unless empty), reusing its buffer.
fn set_name(mentions: &mut [Mention], mi: usize, name: Name, doc: &Doc<'_>) {
    let (m, name) = match name {
        Name::Text(s, e) => (&mut mentions[mi], &doc.text[s as usize..e as usize]),
        Name::List(j) => {
            let j = j as usize;
            if j == mi {
                let m = &mut mentions[mi];
                let lc = m.list_canonical.as_deref().unwrap_or("");
                if !lc.is_empty() && m.canonical != lc {
                    m.canonical.clear();
                    m.canonical.push_str(lc);
                }
                return;
            }
            let (m, other) = mut_and_ref(mentions, mi, j);
            (m, other.list_canonical.as_deref().unwrap_or(""))
        }
    };
    if !name.is_empty() && m.canonical != name {
        m.canonical.clear();
        m.canonical.push_str(name);
    }
}

/// Element `a` to change and element `b` to read (`a != b`).
fn mut_and_ref<T>(v: &mut [T], a: usize, b: usize) -> (&mut T, &T) {
    if b < a {
        let (lo, hi) = v.split_at_mut(a);
        (&mut hi[0], &lo[b])
    } else {
        let (lo, hi) = v.split_at_mut(b);
        (&mut lo[a], &hi[0])
    }
}

/// Links mention `mi`: finds or makes its cluster, and updates the cluster.
fn link_one(engine: &Engine, doc: &Doc<'_>, mentions: &[Mention], mi: usize, buf: &mut Buffers) {
    let m = &mentions[mi];
    let text = &doc.text[m.start..m.end];
    let ci = match m.label {
        Label::PER if buf.full[mi] => {
            let key = buf.intern_folded(text);
            let mut found = buf.slots[key as usize].cluster[0];
            if found == NONE {
                // "Paz Akin" after "Lorena Paz Akin": a two-word surname, not a new person. The
                // cluster that starts last before this mention, among the 64 most recent ones
                // holding the key (linear on any input); the oldest on a tie.
                let mut p = buf.slots[key as usize].surnames;
                let mut seen = 0;
                while p != NONE && seen < 64 {
                    let (c, prev) = buf.surnames[p as usize];
                    let ft = buf.clusters[c as usize].first_token;
                    let better = found == NONE || ft >= buf.clusters[found as usize].first_token;
                    if ft < m.first_token && better {
                        found = c;
                    }
                    p = prev;
                    seen += 1;
                }
            }
            if found == NONE {
                let id = buf.intern(text);
                let (_, from, to) = buf.split(engine, text, id);
                found = buf.clusters.len() as u32;
                for k in from..to {
                    let k = buf.split_keys[k as usize];
                    buf.push_surname(k, found);
                }
                buf.slots[key as usize].cluster[0] = found;
                let mut c = Cluster::new();
                c.full = Some(Name::Text(m.start as u32, m.end as u32));
                buf.clusters.push(c);
            }
            found
        }
        Label::PER => {
            let key = buf.intern_folded(text);
            // The list may know the full name ("Macron" -> "Emmanuel Macron").
            let list_key = m.list_canonical.as_deref().map(|lc| buf.intern_folded(lc));
            let mut candidates = std::mem::take(&mut buf.candidates);
            candidates.clear();
            let mut p = buf.slots[key as usize].surnames;
            while p != NONE {
                let (c, prev) = buf.surnames[p as usize];
                candidates.push(c);
                p = prev;
            }
            if let Some(lk) = list_key {
                let c = buf.slots[lk as usize].cluster[0];
                if c != NONE {
                    candidates.push(c);
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            // The cluster whose first mention is the nearest before this one (the latest made
            // on a tie), else the first made. "M. Morel" is not "Claire Morel".
            let clusters = &buf.clusters;
            candidates.retain(|&c| {
                let cg = clusters[c as usize].gender;
                m.gender.is_none() || cg.is_none() || cg == m.gender
            });
            let mut pick = NONE;
            for &c in &candidates {
                let ft = clusters[c as usize].first_token;
                if ft < m.first_token && (pick == NONE || ft >= clusters[pick as usize].first_token)
                {
                    pick = c;
                }
            }
            if pick == NONE {
                pick = candidates.first().copied().unwrap_or(NONE);
            }
            buf.candidates = candidates;
            if pick == NONE {
                pick = buf.clusters.len() as u32;
                if let Some(lc) = m.list_canonical.as_deref() {
                    if word_count(lc) >= 2 {
                        let id = buf.intern(lc);
                        let (_, from, to) = buf.split(engine, lc, id);
                        for k in from..to {
                            let k = buf.split_keys[k as usize];
                            buf.push_surname(k, pick);
                        }
                    }
                }
                buf.push_surname(key, pick);
                if let Some(lk) = list_key {
                    let slot = &mut buf.slots[lk as usize].cluster[0];
                    if *slot == NONE {
                        *slot = pick;
                    }
                }
                buf.clusters.push(Cluster::new());
            }
            pick
        }
        label => {
            // One place or organization: one gazetteer id, else one canonical name.
            let key = match &m.id {
                Some(id) => {
                    buf.fold.clear();
                    buf.fold.push_str("id:");
                    buf.fold.push_str(id);
                    let f = std::mem::take(&mut buf.fold);
                    let key = buf.intern(&f);
                    buf.fold = f;
                    key
                }
                None => buf.intern_folded(m.list_canonical.as_deref().unwrap_or(text)),
            };
            let slot = &mut buf.slots[key as usize].cluster[label_index(label)];
            if *slot == NONE {
                *slot = buf.clusters.len() as u32;
                buf.clusters.push(Cluster::new());
            }
            *slot
        }
    };
    buf.assign[mi] = ci;
    let c = &mut buf.clusters[ci as usize];
    if c.best.is_none() || m.first_token < c.first_token {
        c.first_token = m.first_token;
    }
    let words = word_count(text);
    // An acronym is never the fullest form of a place or organization's name.
    // ("OTAN", or "Otan" whose list name is much longer). Asked only when it matters.
    let acronym = || {
        let toks = &doc.seg.tokens[m.first_token..m.end_token];
        toks.iter().all(|t| t.all_caps || t.kind != TokenKind::Word)
            || (m.end_token == m.first_token + 1
                && m.list_canonical
                    .as_deref()
                    .is_some_and(|lc| word_count(lc) >= 3))
    };
    if (words > c.best_words || (words == c.best_words && c.best.is_none()))
        && (m.label == Label::PER || !acronym())
    {
        c.best_words = words;
        c.best = Some(Name::Text(m.start as u32, m.end as u32));
    }
    if c.list_canonical.is_none() && m.list_canonical.is_some() {
        c.list_canonical = Some(Name::List(mi as u32));
    }
    if c.gender.is_none() {
        c.gender = m.gender;
    }
}

/// The canonical name of a cluster (for a mention labelled `label`).
fn canonical_of(c: &Cluster, label: Label, doc: &Doc<'_>, mentions: &[Mention]) -> Name {
    let text_of = |n: Name| match n {
        Name::Text(s, e) => &doc.text[s as usize..e as usize],
        Name::List(j) => mentions[j as usize].list_canonical.as_deref().unwrap_or(""),
    };
    let empty = Name::Text(0, 0);
    let best = c.best.unwrap_or(empty);
    match label {
        Label::PER => {
            let text = match c.full {
                Some(f) if word_count(text_of(f)) >= c.best_words => f,
                _ => best,
            };
            match c.list_canonical {
                Some(lc) if word_count(text_of(lc)) > word_count(text_of(text)) => lc,
                _ => text,
            }
        }
        _ => match (c.list_canonical, c.best) {
            // Only acronyms in the article: the list's expansion ("OTAN" -> "Organisation du
            // traité de l'Atlantique nord").
            (Some(lc), None) => lc,
            // The list's name is the article's with its article: "Havre" -> "Le Havre"; or
            // the article's with other capitals past the first letter: "France inter" ->
            // "France Inter" (but "mer Noire" stays).
            (Some(lc), Some(b))
                if is_article_of(text_of(lc), text_of(b))
                    || same_but_later_capitals(text_of(lc), text_of(b)) =>
            {
                lc
            }
            // Otherwise the fullest form in the article ("En Marche", "ministère de
            // l'Economie").
            (_, Some(b)) => b,
            (None, None) => empty,
        },
    }
}

/// True when the one-word mention `m` reads as a brand: after a determiner or "chez" ("la
/// Porsche", "une Bugatti", "chez Ferrari"), or before a number or a capitalized word that
/// is not a mention's start ("Porsche 356", "Bugatti Chiron").
fn brand_use(doc: &Doc<'_>, m: &Mention) -> bool {
    let toks = &doc.seg.tokens;
    let before = m.first_token.checked_sub(1).map(|k| doc.tok(k));
    let det = before.is_some_and(|w| {
        matches!(
            w,
            "la" | "le"
                | "les"
                | "une"
                | "un"
                | "sa"
                | "son"
                | "ses"
                | "leur"
                | "cette"
                | "chez"
                | "La"
                | "Le"
                | "Une"
                | "Sa"
                | "Chez"
                | "the"
                | "a"
        )
    });
    let model = toks.get(m.end_token).is_some_and(|t| {
        t.start as usize == m.end + 1
            && (t.kind == TokenKind::Number
                || t.kind == TokenKind::Word && (t.upper_initial || t.all_caps))
    });
    det || model
}

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
pub fn add_linked(engine: &Engine, doc: &Doc<'_>, out: &mut Vec<Mention>, start: usize) {
    let mut buf = Buffers::default();
    buf.full.extend(
        out[start..]
            .iter()
            .map(|m| m.label == Label::PER && is_full_name(m, doc.text)),
    );
    let mut starts = Vec::new();
    rules::name_starts(doc, &mut starts);
    add_linked_with(engine, doc, out, start, &starts, &mut buf);
}

/// "le chanteur Bono", then "Bono ravi de sa rencontre" where the lists know a town Bono: a
/// one-word name that a role or an honorific makes a person is that person wherever else the
/// article has it as a listed place alone, but after a preposition ("le maire du Beausset";
/// "justice pour Adama", "la haine contre Mila" name a cause more than a person, who then
/// stood for the pronouns of the sentences after).
pub fn one_word_people_elsewhere(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let strong = |m: &Mention| {
        m.label == Label::PER
            && m.end_token == m.first_token + 1
            && matches!(m.origin, Origin::Rule("role" | "honorific"))
    };
    // (Most articles have no such person: one pass to tell.)
    if !mentions.iter().any(strong) {
        return;
    }
    // The first such person of each text.
    let mut people = std::collections::HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if strong(m) {
            people.entry(&doc.text[m.start..m.end]).or_insert(i);
        }
    }
    for j in 0..mentions.len() {
        let x = &mentions[j];
        let place_word = x.first_token > 0
            && matches!(
                doc.tok(x.first_token - 1),
                "en" | "au"
                    | "aux"
                    | "à"
                    | "À"
                    | "de"
                    | "du"
                    | "'"
                    | "dans"
                    | "vers"
                    | "pour"
                    | "contre"
                    | "avec"
                    | "sur"
                    | "par"
                    | "chez"
                    | "affaire"
                    | "comité"
                    | "combat"
                    | "\""
                    | "«"
            );
        if x.label != Label::LOC
            || x.origin != Origin::List
            || x.end_token != x.first_token + 1
            || place_word
        {
            continue;
        }
        let Some(&i) = people.get(&doc.text[x.start..x.end]) else {
            continue;
        };
        let (x, source) = mut_and_ref(mentions, j, i);
        become_person(x, source, source.cluster, source.gender);
    }
}

/// Makes mention `m` (a place or an organization by its words) the person `source` names:
/// that person's cluster, canonical name and gender.
fn become_person(m: &mut Mention, source: &Mention, cluster: u32, gender: Option<Gender>) {
    m.label = Label::PER;
    m.cluster = cluster;
    m.canonical.clear();
    m.canonical.push_str(&source.canonical);
    m.gender = gender;
    m.origin = Origin::Link;
}

/// [`add_linked`] after [`link_with`] on `out[start..]` with the same buffers.
pub(super) fn add_linked_with(
    engine: &Engine,
    doc: &Doc<'_>,
    out: &mut Vec<Mention>,
    start: usize,
    starts: &[u32],
    buf: &mut Buffers,
) {
    let ms = &out[start..];
    // Keys of people named in full: the first full name giving a key keeps it. A full name
    // seen before gives the same keys to the same cluster (linking clustered it by its folded
    // text): nothing to add.
    let mut any_key = false;
    for (mi, m) in ms.iter().enumerate() {
        if !buf.full[mi] {
            continue;
        }
        let text = &doc.text[m.start..m.end];
        let id = buf.intern(text);
        if std::mem::replace(&mut buf.slots[id as usize].seen, true) {
            continue;
        }
        let (first, from, to) = buf.split(engine, text, id);
        let known = Known {
            cluster: m.cluster,
            mention: mi as u32,
            gender: m.gender,
            shared: false,
        };
        for k in from..to {
            let k = buf.split_keys[k as usize] as usize;
            if buf.slots[k].key == NONE {
                buf.slots[k].key = buf.known.len() as u32;
                buf.keyed.push(k as u32);
                buf.known.push(known);
                any_key = true;
            }
        }
        if first != NONE {
            let e = buf.slots[first as usize].first;
            if e == NONE {
                buf.slots[first as usize].first = buf.known.len() as u32;
                buf.keyed.push(first);
                buf.known.push(known);
            } else {
                // A first name shared by two people is ambiguous: dropped.
                let e = &mut buf.known[e as usize];
                e.shared |= e.cluster != m.cluster;
            }
        }
    }
    // Places and organizations found by a rule: the same words elsewhere are the same entity
    // ("le groupe Bugatti" ... "chez Bugatti"). Their first tokens: most capitalized words
    // start none of them.
    // A story's character named by one word ("la Zambinella", "dit Louisa") is the same person
    // under it elsewhere, and takes the word from a place a weaker rule made of it ("apprirent
    // à Zambinella"): people first. (Not in the news, where one-word people found by a rule
    // are too often something else; but a first name given with an age is a person: "Julie,
    // 35 ans".)
    let mut person_surfaces = false;
    for person in [true, false] {
        for (mi, m) in ms.iter().enumerate() {
            // (The network X is no name elsewhere: "plainte contre X".)
            if (m.label == Label::PER) != person
                || !matches!(m.origin, Origin::Rule(_))
                || m.origin == Origin::Rule("network-x")
                || !doc.seg.tokens[m.first_token].upper_initial
                || person
                    && (buf.full[mi]
                        || m.end_token != m.first_token + 1
                        || !matches!(
                            m.origin,
                            Origin::Rule(
                                "story-first-name"
                                    | "story-article-name"
                                    | "first-name-alone"
                                    | rules::CHILD_OR_RELATIVE
                            )
                        ))
            {
                continue;
            }
            person_surfaces |= person;
            let id = buf.intern(&doc.text[m.start..m.end]) as usize;
            if buf.slots[id].surface == NONE {
                buf.slots[id].surface = buf.surfaces.len() as u32;
                buf.surfaces.push(mi as u32);
            }
            let w = doc.tok(m.first_token);
            let head = buf.intern(w) as usize;
            buf.slots[head].surface_head = true;
            buf.surface_prefixes.insert(prefix(w.as_bytes()));
        }
    }
    if !any_key && buf.surfaces.is_empty() {
        return;
    }
    // The place or organization a rule made of a person's name is that person.
    for mi in (start..out.len()).filter(|_| person_surfaces) {
        let m = &out[mi];
        if m.label == Label::PER || !matches!(m.origin, Origin::Rule(_)) {
            continue;
        }
        let Some(id) = buf.strings.id(&doc.text[m.start..m.end]) else {
            continue;
        };
        let s = buf.slots[id as usize].surface;
        if s == NONE {
            continue;
        }
        let p = start + buf.surfaces[s as usize] as usize;
        if out[p].label != Label::PER {
            continue;
        }
        let (m, source) = mut_and_ref(out, mi, p);
        become_person(m, source, source.cluster, source.gender);
    }
    // The entry of a folded key: a key, else a first name two people do not share.
    let lookup = |buf: &Buffers, k: u32, firsts: bool| -> Option<Known> {
        let slot = &buf.slots[k as usize];
        if slot.key != NONE {
            return Some(buf.known[slot.key as usize]);
        }
        let e = (firsts && slot.first != NONE).then(|| buf.known[slot.first as usize])?;
        (!e.shared).then_some(e)
    };
    // First words of the keys, to skip most tokens with one look-up.
    for ki in 0..buf.keyed.len() {
        let e = buf.keyed[ki] as usize;
        let slot = buf.slots[e];
        let is_key =
            slot.key != NONE || (slot.first != NONE && !buf.known[slot.first as usize].shared);
        if is_key {
            let s = buf.strings.get(e as u32);
            let head_len = s.find(' ').unwrap_or(s.len());
            buf.key_prefixes.insert(prefix(s.as_bytes()));
            buf.head_prefixes.insert(prefix(&s.as_bytes()[..head_len]));
            if head_len == s.len() {
                buf.slots[e].head = true;
            } else {
                let mut head = std::mem::take(&mut buf.fold);
                head.clear();
                head.push_str(&buf.strings.get(e as u32)[..head_len]);
                let h = buf.intern(&head);
                buf.fold = head;
                buf.slots[h as usize].head = true;
            }
        }
    }
    // Relabel single-word non-person mentions that are keys (none when no one is named in
    // full; a key starts with a key's first byte).
    for mi in (start..out.len()).filter(|_| any_key) {
        let m = &out[mi];
        // ("son fils François": a person a role names by a first name alone is the one person
        // of the article with that first name.)
        if m.label == Label::PER
            && !matches!(
                m.origin,
                Origin::Rule("role" | "first-name-alone" | rules::CHILD_OR_RELATIVE)
            )
            || m.end_token != m.first_token + 1
            || m.origin == Origin::Rule("honorific")
        {
            continue;
        }
        // "en France" after "France Gall": a place after a preposition of places that is only
        // someone's first name stays a place ("à" is also "to": "à David et Laura").
        let after_place_word = m.label == Label::LOC
            && m.first_token > 0
            && words::PLACE_PREPOSITIONS.contains(&doc.tok(m.first_token - 1));
        // A listed company named after its founder stays the company where a determiner or
        // "chez" comes before it, or a model number or name after it ("la Porsche 356", "chez
        // Bugatti", "Bugatti Chiron"), though the article names the founder.
        // So does a name a noun of bodies gives as an organization ("le groupe Bolloré" beside
        // Vincent Bolloré).
        if m.label == Label::ORG
            && (m.origin == Origin::List && brand_use(doc, m)
                || m.origin == Origin::Rule("org-context"))
        {
            continue;
        }
        let text = &doc.text[m.start..m.end];
        if !buf.key_prefixes.may_hold(folded_prefix(text)) {
            continue;
        }
        let Some(k) = buf.folded_id(text) else {
            continue;
        };
        let Some(e) = lookup(buf, k, !after_place_word) else {
            continue;
        };
        if m.label == Label::PER && m.gender.zip(e.gender).is_some_and(|(a, b)| a != b) {
            continue;
        }
        let (m, source) = mut_and_ref(out, mi, start + e.mention as usize);
        // A surface stands for what the mention was.
        if let Some(id) = buf.strings.id(&doc.text[m.start..m.end]) {
            let s = buf.slots[id as usize].surface;
            if s != NONE && buf.surfaces[s as usize] == (mi - start) as u32 {
                buf.relabelled
                    .push((s, m.label, m.cluster, m.canonical.clone()));
            }
        }
        become_person(m, source, e.cluster, e.gender);
    }
    let n = doc.len();
    let mut covered = std::mem::take(&mut buf.covered);
    covered.clear();
    covered.resize(n, false);
    for m in &out[start..] {
        for c in covered
            .iter_mut()
            .take(m.end_token.min(n))
            .skip(m.first_token)
        {
            *c = true;
        }
    }
    let mut added = std::mem::take(&mut buf.added);
    // Keys and surfaces start where a name may ([`rules::name_starts`]): the other tokens are
    // skipped.
    let mut i = 0;
    for s in starts.iter().map(|&s| s as usize) {
        if s < i {
            continue;
        }
        i = s;
        // Keys start with a capitalized word or a particle ("de Villepin", "le Maire").
        // (Most capitalized words are in a mention already.)
        if covered[i] {
            i += 1;
            continue;
        }
        let t = doc.seg.tokens[i];
        if t.kind != TokenKind::Word
            || !(t.upper_initial
                || (i + 1 < n
                    && is_cap_word(doc, i + 1)
                    && words::particle_bytes(&doc.text.as_bytes()[t.range()])))
        {
            i += 1;
            continue;
        }
        let w = doc.tok(i);
        // Most tokens start with a letter no key and no surface starts with.
        let may_head = any_key && buf.head_prefixes.may_hold(folded_prefix(w));
        let may_surface = t.upper_initial && buf.surface_prefixes.may_hold(prefix(w.as_bytes()));
        if !may_head && !may_surface {
            i += 1;
            continue;
        }
        let mut matched = None;
        // The token's text: most come back (sentence starts, names), and their folded form is
        // looked up once.
        let raw = buf.intern(w) as usize;
        if may_head && buf.slots[raw].folds_to_head == 0 {
            let head = buf.folded_id(w).is_some_and(|h| buf.slots[h as usize].head);
            buf.slots[raw].folds_to_head = 1 + u8::from(head);
        }
        let may_key = may_head && buf.slots[raw].folds_to_head == 2;
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
            if len == 1 && words::not_name(doc.tok(i)) {
                continue;
            }
            let s = doc.seg.tokens[i].start as usize;
            let t = doc.seg.tokens[e - 1].end as usize;
            let Some(k) = buf.folded_id(&doc.text[s..t]) else {
                continue;
            };
            if let Some(known) = lookup(buf, k, len == 1) {
                matched = Some((e, known));
                break;
            }
        }
        if matched.is_none() && may_surface && buf.slots[raw].surface_head {
            let mut propagated = false;
            for len in (1..=6usize).rev() {
                let e = i + len;
                if e > n || (i..e).any(|k| covered[k]) {
                    continue;
                }
                let s = doc.seg.tokens[i].start as usize;
                let t = doc.seg.tokens[e - 1].end as usize;
                let Some(id) = buf.strings.id(&doc.text[s..t]) else {
                    continue;
                };
                let surface = buf.slots[id as usize].surface;
                if surface == NONE {
                    continue;
                }
                if e < n && doc.touches_next(e - 1) && is_word_joiner(doc.tok(e)) {
                    continue;
                }
                let src = &out[start + buf.surfaces[surface as usize] as usize];
                let (label, cluster, canonical) =
                    match buf.relabelled.iter().find(|r| r.0 == surface) {
                        Some((_, label, cluster, c)) => (*label, *cluster, c.clone()),
                        None => (src.label, src.cluster, src.canonical.clone()),
                    };
                added.push(Mention {
                    start: s,
                    end: t,
                    first_token: i,
                    end_token: e,
                    label,
                    canonical,
                    id: src.id.clone(),
                    gender: if label == Label::PER {
                        src.gender
                    } else {
                        None
                    },
                    origin: Origin::Link,
                    cluster,
                    list_canonical: None,
                });
                i = e;
                propagated = true;
                break;
            }
            if propagated {
                continue;
            }
        }
        match matched {
            Some((e, known)) => {
                // "Le Maire": a leading lower-case particle is part of the key only when written.
                let s = doc.seg.tokens[i].start as usize;
                let t = doc.seg.tokens[e - 1].end as usize;
                added.push(Mention {
                    start: s,
                    end: t,
                    first_token: i,
                    end_token: e,
                    label: Label::PER,
                    canonical: out[start + known.mention as usize].canonical.clone(),
                    id: None,
                    gender: known.gender,
                    origin: Origin::Link,
                    cluster: known.cluster,
                    list_canonical: None,
                });
                i = e;
            }
            None => i += 1,
        }
    }
    buf.covered = covered;
    if !added.is_empty() {
        out.append(&mut added);
        out[start..].sort_by_key(|m| m.start);
    }
    buf.added = added;
}
