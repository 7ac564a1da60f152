//! A string interner: equal strings get the same dense id, and the strings live in one arena,
//! so that interning allocates nothing per string and a reused interner allocates nothing at
//! all once grown.
//!
//! Linking keys names by their folded form and the word-class cache keys words by their text:
//! both used to build a `HashMap<String, _>` (an allocation per key, per article). Here a key is
//! hashed once and found by its id; what the id stands for lives in plain vectors indexed by it.

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// Interned strings: ids `0..len()` in the order they were first interned.
#[derive(Debug, Default)]
pub struct Interner {
    /// Every string, one after the other.
    arena: String,
    /// The end of each string in `arena` (it starts where the previous one ends).
    ends: Vec<u32>,
    /// The hash of each string.
    hashes: Vec<u64>,
    /// Open addressing: 0 for an empty slot, else an id + 1. A power of two long, at most half
    /// full.
    slots: Vec<u32>,
}

/// The hash of a string.
#[inline]
fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

impl Interner {
    /// Forgets every string (keeps the memory).
    pub fn clear(&mut self) {
        self.arena.clear();
        self.ends.clear();
        self.hashes.clear();
        self.slots.fill(0);
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The string of `id`.
    pub fn get(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.arena[start as usize..self.ends[id] as usize]
    }

    /// The first slot of a hash.
    #[inline]
    fn home(&self, h: u64) -> usize {
        // The high bits: Fx mixes them best.
        (h >> 32) as usize & (self.slots.len() - 1)
    }

    /// The id of `s`, or the empty slot where it would go.
    #[inline]
    fn find(&self, s: &str, h: u64) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut p = self.home(h);
        loop {
            let slot = self.slots[p];
            if slot == 0 {
                return Err(p);
            }
            let id = slot - 1;
            if self.hashes[id as usize] == h && self.get(id) == s {
                return Ok(id);
            }
            p = (p + 1) & mask;
        }
    }

    /// The id of `s`, if interned.
    #[inline]
    pub fn id(&self, s: &str) -> Option<u32> {
        if self.ends.is_empty() {
            return None;
        }
        self.find(s, hash(s)).ok()
    }

    /// The id of `s`, interning it if new; `true` with a new id.
    #[inline]
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        if (self.ends.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = hash(s);
        match self.find(s, h) {
            Ok(id) => (id, false),
            Err(p) => {
                let id = self.ends.len() as u32;
                self.arena.push_str(s);
                self.ends.push(self.arena.len() as u32);
                self.hashes.push(h);
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
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut p = (h >> 32) as usize & mask;
            while self.slots[p] != 0 {
                p = (p + 1) & mask;
            }
            self.slots[p] = id as u32 + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Interner;

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
}
