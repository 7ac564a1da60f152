//! A string interner: equal strings get the same dense id, and the strings live in one arena,
//! so that interning allocates nothing per string and a reused interner allocates nothing at
//! all once grown.
//!
//! Linking keys names by their folded form and the word-class cache keys words by their text:
//! both used to build a `HashMap<String, _>` (an allocation per key, per article). Here a key is
//! hashed once and found by its id; what the id stands for lives in plain vectors indexed by it.
//!
//! Most strings are words of at most 16 bytes: such a string is read as two overlapping 64-bit
//! words, which are its hash's input and, with its length, its exact identity, so that finding
//! it compares two integers instead of calling `memcmp`. The same keys ([`ShortKey`]) index a
//! [`ShortMap`], the map from short words to numbers that the word-class cache and the small
//! word lists are kept in.

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// The longest string compared by its [`Key`] alone.
const SHORT: usize = 16;

/// Interned strings: ids `0..len()` in the order they were first interned.
#[derive(Debug, Default)]
pub struct Interner {
    /// Every string, one after the other.
    arena: String,
    /// Each string's key and byte range in `arena`.
    entries: Vec<Entry>,
    /// Open addressing: 0 for an empty slot, else an id + 1. A power of two long, at most half
    /// full.
    slots: Vec<u32>,
}

/// A string's first and last bytes as two 64-bit words (little-endian, zero-padded), and its
/// hash. For a string of at most [`SHORT`] bytes, (length, `a`, `b`) is the string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    a: u64,
    b: u64,
    hash: u64,
}

/// An interned string.
#[derive(Debug, Clone, Copy)]
struct Entry {
    key: Key,
    start: u32,
    end: u32,
}

/// The bytes `s[i..i + N]` as a little-endian number (`N` at most 8, in bounds).
#[inline]
fn word<const N: usize>(s: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w[..N].copy_from_slice(&s[i..i + N]);
    u64::from_le_bytes(w)
}

/// 64 x 64 -> 128-bit multiplication, folded.
#[inline]
fn mix(x: u64, y: u64) -> u64 {
    let full = u128::from(x) * u128::from(y);
    (full as u64) ^ ((full >> 64) as u64)
}

/// The first and last bytes of `s` as two words: every byte is in one or the other (they may
/// overlap), so that at a given length (at most [`SHORT`]) equal words are equal strings.
#[inline]
fn words_of(s: &[u8]) -> (u64, u64) {
    let len = s.len();
    if len >= 8 {
        (word::<8>(s, 0), word::<8>(s, len - 8))
    } else if len >= 4 {
        (word::<4>(s, 0), word::<4>(s, len - 4))
    } else if len > 0 {
        (
            u64::from(s[0]) | u64::from(s[len / 2]) << 8 | u64::from(s[len - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    }
}

/// A string of at most 16 bytes as two words and its length: equal keys are equal strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShortKey {
    a: u64,
    b: u64,
    len: u8,
}

impl ShortKey {
    /// The key of `s`, if it is short enough.
    #[inline]
    pub fn of(s: &str) -> Option<ShortKey> {
        Self::of_bytes(s.as_bytes())
    }

    /// The key of the bytes of a string, if it is short enough (no `str` to slice: a caller
    /// holding a token's byte range reads its bytes).
    #[inline]
    pub fn of_bytes(s: &[u8]) -> Option<ShortKey> {
        (s.len() <= SHORT).then(|| {
            let (a, b) = words_of(s);
            ShortKey {
                a,
                b,
                len: s.len() as u8,
            }
        })
    }

    /// The key's hash (as the interner hashes a short string).
    #[inline]
    pub fn hash(&self) -> u64 {
        short_hash(self.a, self.b, usize::from(self.len))
    }
}

/// The hash of a string of `len` bytes (at most [`SHORT`]) read as the words `a` and `b`.
#[inline]
fn short_hash(a: u64, b: u64, len: usize) -> u64 {
    // Constants: digits of pi (any odd numbers with mixed bits would do).
    mix(a ^ 0x243f_6a88_85a3_08d3, b ^ 0x1319_8a2e_0370_7344) ^ len as u64
}

/// The key of `s`.
#[inline]
fn key(s: &[u8]) -> Key {
    let len = s.len();
    let (a, b) = words_of(s);
    let hash = if len <= SHORT {
        short_hash(a, b, len)
    } else {
        let mut h = FxHasher::default();
        h.write(s);
        h.finish()
    };
    Key { a, b, hash }
}

/// A map from short strings ([`ShortKey`]s) to nonzero numbers, by open addressing: a look-up
/// hashes the key once and compares two words and a length per slot (no `memcmp`, no hasher
/// state). The word-class cache asks it of most capitalized tokens of every article.
///
/// A slot is three words: the key's two words, and its length (high half) with its value (low
/// half, 0 for an empty slot). All zeros is an empty slot, so new slots come zeroed from the
/// allocator instead of being written one by one.
#[derive(Debug, Default)]
pub struct ShortMap {
    /// A power of two long (or empty), at most half full.
    slots: Vec<[u64; 3]>,
    len: usize,
}

/// The value in the third word of a [`ShortMap`] slot.
#[inline]
fn slot_value(s: &[u64; 3]) -> u32 {
    s[2] as u32
}

impl ShortMap {
    /// The fewest slots a map that holds anything has.
    const MIN_SLOTS: usize = 64;

    /// Makes room for `n` keys in all before the map grows.
    pub fn reserve(&mut self, n: usize) {
        let len = (2 * n).next_power_of_two().max(Self::MIN_SLOTS);
        if len > self.slots.len() {
            self.grow_to(len);
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Forgets every key (keeps the memory).
    pub fn clear(&mut self) {
        self.slots.fill([0; 3]);
        self.len = 0;
    }

    /// The slot holding `k`, or the empty slot where it would go (the map has slots).
    #[inline]
    fn find(&self, k: ShortKey) -> usize {
        let mask = self.slots.len() - 1;
        let mut p = k.hash() as usize & mask;
        loop {
            let [a, b, rest] = self.slots[p];
            if rest as u32 == 0 || (a == k.a && b == k.b && rest >> 32 == u64::from(k.len)) {
                return p;
            }
            p = (p + 1) & mask;
        }
    }

    /// The value of `k`.
    #[inline]
    pub fn get(&self, k: ShortKey) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let v = slot_value(&self.slots[self.find(k)]);
        (v != 0).then_some(v)
    }

    /// Sets the bits `bits` in the value of `k`, if `k` has one.
    pub fn add_bits(&mut self, k: ShortKey, bits: u32) {
        if self.slots.is_empty() {
            return;
        }
        let p = self.find(k);
        let s = &mut self.slots[p];
        if slot_value(s) != 0 {
            s[2] |= u64::from(bits);
        }
    }

    /// Sets the value of `k` to `value` (nonzero).
    pub fn insert(&mut self, k: ShortKey, value: u32) {
        debug_assert_ne!(value, 0);
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let p = self.find(k);
        let s = &mut self.slots[p];
        if slot_value(s) == 0 {
            self.len += 1;
        }
        *s = [k.a, k.b, u64::from(k.len) << 32 | u64::from(value)];
    }

    /// Doubles the slots (at least [`ShortMap::MIN_SLOTS`]).
    #[cold]
    fn grow(&mut self) {
        self.grow_to((self.slots.len() * 2).max(Self::MIN_SLOTS));
    }

    /// Makes the slots `len` long (a power of two, more than now) and puts every key back.
    fn grow_to(&mut self, len: usize) {
        let old = std::mem::replace(&mut self.slots, vec![[0; 3]; len]);
        let mask = len - 1;
        for s in old.into_iter().filter(|s| slot_value(s) != 0) {
            let mut p = short_hash(s[0], s[1], (s[2] >> 32) as usize) as usize & mask;
            while slot_value(&self.slots[p]) != 0 {
                p = (p + 1) & mask;
            }
            self.slots[p] = s;
        }
    }
}

impl Interner {
    /// Forgets every string (keeps the memory).
    pub fn clear(&mut self) {
        self.arena.clear();
        self.entries.clear();
        self.slots.fill(0);
    }

    /// Number of strings.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The string of `id`.
    pub fn get(&self, id: u32) -> &str {
        let e = self.entries[id as usize];
        &self.arena[e.start as usize..e.end as usize]
    }

    /// The first slot of a hash.
    #[inline]
    fn home(&self, h: u64) -> usize {
        h as usize & (self.slots.len() - 1)
    }

    /// The id of `s` (whose key is `k`), or the empty slot where it would go.
    #[inline]
    fn find(&self, s: &[u8], k: Key) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut p = self.home(k.hash);
        loop {
            let slot = self.slots[p];
            if slot == 0 {
                return Err(p);
            }
            let id = slot - 1;
            let e = self.entries[id as usize];
            let len = (e.end - e.start) as usize;
            if e.key == k
                && len == s.len()
                && (len <= SHORT
                    || self.arena.as_bytes().get(e.start as usize..e.end as usize) == Some(s))
            {
                return Ok(id);
            }
            p = (p + 1) & mask;
        }
    }

    /// The id of `s`, if interned.
    #[inline]
    pub fn id(&self, s: &str) -> Option<u32> {
        if self.entries.is_empty() {
            return None;
        }
        self.find(s.as_bytes(), key(s.as_bytes())).ok()
    }

    /// The id of `s`, interning it if new; `true` with a new id.
    #[inline]
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let k = key(s.as_bytes());
        match self.find(s.as_bytes(), k) {
            Ok(id) => (id, false),
            Err(p) => {
                let id = self.entries.len() as u32;
                let start = self.arena.len() as u32;
                self.arena.push_str(s);
                self.entries.push(Entry {
                    key: k,
                    start,
                    end: self.arena.len() as u32,
                });
                self.slots[p] = id + 1;
                (id, true)
            }
        }
    }

    /// Doubles the slots (at least 64) and puts every id back.
    #[cold]
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(64);
        self.slots.clear();
        self.slots.resize(len, 0);
        let mask = len - 1;
        for (id, e) in self.entries.iter().enumerate() {
            let mut p = e.key.hash as usize & mask;
            while self.slots[p] != 0 {
                p = (p + 1) & mask;
            }
            self.slots[p] = id as u32 + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Interner, ShortKey, ShortMap};

    #[test]
    fn equal_strings_share_an_id_and_ids_are_dense() {
        let mut t = Interner::default();
        // Enough strings to grow several times, with shared prefixes and an empty one.
        let words: Vec<String> = (0..1000).map(|i| format!("w{}", i % 300)).collect();
        let mut ids = Vec::new();
        for w in words.iter().chain([&String::new()]) {
            let (id, new) = t.intern(w);
            assert_eq!(new, t.len() == id as usize + 1 && !ids.contains(&id), "{w}");
            ids.push(id);
            assert_eq!(t.get(id), w);
            assert_eq!(t.id(w), Some(id));
        }
        assert_eq!(t.len(), 301);
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(t.intern(w), (id, false));
        }
        assert_eq!(t.id("w300"), None);
        assert_eq!(t.id("é"), None);
        t.clear();
        assert_eq!((t.len(), t.id("w1")), (0, None));
        assert_eq!(t.intern("é"), (0, true));
        assert_eq!(t.get(0), "é");
    }

    #[test]
    fn short_maps_keep_each_value_under_its_string() {
        let mut m = ShortMap::default();
        assert_eq!(m.get(ShortKey::of("a").unwrap()), None);
        // Enough keys to grow several times; strings of every short length, the empty one too.
        let words: Vec<String> = (0..2000)
            .map(|i| "abcdefghijklmnopq"[..i % 17].to_string() + &(i / 17).to_string())
            .chain([String::new()])
            .filter(|w| w.len() <= super::SHORT)
            .collect();
        for (i, w) in words.iter().enumerate() {
            m.insert(ShortKey::of(w).unwrap(), i as u32 + 1);
        }
        assert_eq!(m.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            let k = ShortKey::of_bytes(w.as_bytes()).unwrap();
            assert_eq!(m.get(k), Some(i as u32 + 1), "{w:?}");
            m.add_bits(k, 1 << 31);
            assert_eq!(m.get(k), Some((i as u32 + 1) | 1 << 31), "{w:?}");
        }
        m.insert(ShortKey::of("abc1").unwrap(), 7);
        assert_eq!(m.get(ShortKey::of("abc1").unwrap()), Some(7));
        assert_eq!(m.len(), words.len());
        assert_eq!(m.get(ShortKey::of("zz").unwrap()), None);
        m.add_bits(ShortKey::of("zz").unwrap(), 1);
        assert_eq!(m.get(ShortKey::of("zz").unwrap()), None);
        m.clear();
        assert_eq!((m.len(), m.get(ShortKey::of("abc1").unwrap())), (0, None));
        let mut m = ShortMap::default();
        m.reserve(100);
        assert_eq!((m.len(), m.slots.len()), (0, 256));
        m.insert(ShortKey::of("x").unwrap(), 1);
        m.reserve(10);
        assert_eq!(
            (m.slots.len(), m.get(ShortKey::of("x").unwrap())),
            (256, Some(1))
        );
    }

    #[test]
    fn strings_of_every_length_near_the_key_words_stay_apart() {
        // Strings that differ in one byte, at every position, at lengths around 3, 4, 8 and 16
        // bytes (where the key reads the bytes differently), and beyond.
        let mut t = Interner::default();
        let mut all = Vec::new();
        for len in 0..40 {
            let base: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            all.push(String::from_utf8(base.clone()).unwrap());
            for p in 0..len {
                let mut v = base.clone();
                v[p] = b'Z';
                all.push(String::from_utf8(v).unwrap());
            }
        }
        for (i, s) in all.iter().enumerate() {
            assert_eq!(t.intern(s), (i as u32, true), "{s:?}");
        }
        for (i, s) in all.iter().enumerate() {
            assert_eq!(t.id(s), Some(i as u32), "{s:?}");
            assert_eq!(t.get(i as u32), s);
        }
        assert_eq!(t.id("abcdefghijklmnopqrstuvwxyzabcdefghijklmnZ"), None);
        // Short keys tell the same strings apart.
        let keys: std::collections::HashSet<_> =
            all.iter().filter_map(|s| ShortKey::of(s)).collect();
        let short = all.iter().filter(|s| s.len() <= super::SHORT).count();
        assert_eq!(keys.len(), short);
    }
}
