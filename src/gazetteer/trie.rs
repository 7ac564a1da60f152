//! A byte trie over the sorted surface forms, for anchored searches at token starts.
//!
//! This is the goto function of an Aho-Corasick automaton without its failure links: an
//! anchored search never follows a failure link (a match must start where the search starts),
//! and computing them was most of the cost of building the automaton. Built from surfaces in
//! sorted byte order, in one breadth-first sweep, in time linear in their total length.
//!
//! Layout: nodes are numbered breadth-first, so the children of a node are consecutive nodes,
//! and the children of consecutive nodes follow one another: the children of node `i` are the
//! nodes `first[i]..first[i + 1]`, sorted by the byte on their edge.

/// No node, or no surface ending at a node.
const NONE: u32 = u32::MAX;

/// Above this many children, a node's edge is found by binary search rather than a scan.
const SCAN_MAX: usize = 8;

/// The trie: see the module documentation.
#[derive(Debug, Clone)]
pub struct Trie {
    /// Children of node `i`: nodes `first[i]..first[i + 1]` (one more element than nodes).
    first: Vec<u32>,
    /// The byte on the edge into each node (0 for the root).
    label: Vec<u8>,
    /// The index of the surface that ends at each node, or [`NONE`].
    pattern: Vec<u32>,
    /// The root's child for each byte, or [`NONE`].
    root: Box<[u32; 256]>,
    /// The same for the root's children (nodes `1..=dense.len()`): the first two levels are
    /// the widest, and every search goes through them.
    dense: Vec<[u32; 256]>,
}

impl Trie {
    /// Builds the trie of `n` surfaces; `surface(i)` gives surface `i`. The surfaces must be
    /// distinct and sorted in byte order (as a [`Table`](super::Table) keeps them); surface `i`
    /// is reported as pattern `i`. The empty surface is never reported.
    pub fn build<'a>(n: usize, surface: impl Fn(usize) -> &'a [u8]) -> Trie {
        debug_assert!((1..n).all(|i| surface(i - 1) < surface(i)));
        let mut first: Vec<u32> = Vec::new();
        let mut label: Vec<u8> = vec![0];
        let mut pattern: Vec<u32> = vec![NONE];
        // The surfaces below each node of the current level: a range, in node order.
        let mut level: Vec<(u32, u32)> = vec![(0, n as u32)];
        let mut next: Vec<(u32, u32)> = Vec::new();
        let mut depth = 0usize;
        let mut node = 0usize;
        while !level.is_empty() {
            for &(lo, hi) in &level {
                first.push(label.len() as u32);
                let (mut i, hi) = (lo as usize, hi as usize);
                // Sorted: the surface that is the node's prefix itself comes first.
                if i < hi && surface(i).len() == depth {
                    if depth > 0 {
                        pattern[node] = i as u32;
                    }
                    i += 1;
                }
                while i < hi {
                    let b = surface(i)[depth];
                    let mut j = i + 1;
                    while j < hi && surface(j)[depth] == b {
                        j += 1;
                    }
                    label.push(b);
                    pattern.push(NONE);
                    next.push((i as u32, j as u32));
                    i = j;
                }
                node += 1;
            }
            std::mem::swap(&mut level, &mut next);
            next.clear();
            depth += 1;
        }
        first.push(label.len() as u32);
        let row = |node: usize| {
            let mut r = [NONE; 256];
            for k in first[node]..first[node + 1] {
                r[usize::from(label[k as usize])] = k;
            }
            r
        };
        let root = Box::new(row(0));
        let dense = (1..first[1] as usize).map(row).collect();
        Trie {
            first,
            label,
            pattern,
            root,
            dense,
        }
    }

    /// The child of `node` on byte `b`.
    #[inline(always)]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        let row = if node == 0 {
            Some(&*self.root)
        } else {
            self.dense.get(node as usize - 1)
        };
        if let Some(row) = row {
            let c = row[usize::from(b)];
            return (c != NONE).then_some(c);
        }
        let s = self.first[node as usize] as usize;
        let e = self.first[node as usize + 1] as usize;
        let labels = &self.label[s..e];
        let k = if labels.len() <= SCAN_MAX {
            labels.iter().position(|&l| l == b)
        } else {
            labels.binary_search(&b).ok()
        };
        k.map(|k| (s + k) as u32)
    }

    /// Walks `bytes` from the root and calls `f(end, pattern)` for every surface that is a
    /// prefix of `bytes`, shortest first (`end` is the prefix's length).
    #[inline]
    pub fn prefixes(&self, bytes: &[u8], mut f: impl FnMut(usize, u32)) {
        let mut node = 0;
        for (k, &b) in bytes.iter().enumerate() {
            let Some(c) = self.child(node, b) else {
                return;
            };
            node = c;
            let p = self.pattern[node as usize];
            if p != NONE {
                f(k + 1, p);
            }
        }
    }

    /// The pattern of `bytes` exactly, if it is a surface.
    pub fn get(&self, bytes: &[u8]) -> Option<u32> {
        if bytes.is_empty() {
            return None;
        }
        let mut node = 0;
        for &b in bytes {
            node = self.child(node, b)?;
        }
        let p = self.pattern[node as usize];
        (p != NONE).then_some(p)
    }

    /// The number of nodes.
    pub fn nodes(&self) -> usize {
        self.label.len()
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        self.first.len() * 4
            + self.label.len()
            + self.pattern.len() * 4
            + (1 + self.dense.len()) * 256 * 4
    }
}

#[cfg(test)]
mod tests {
    use super::Trie;

    fn trie(words: &[&str]) -> Trie {
        let mut w: Vec<&str> = words.to_vec();
        w.sort_unstable();
        w.dedup();
        Trie::build(w.len(), |i| w[i].as_bytes())
    }

    #[test]
    fn finds_every_prefix_shortest_first() {
        let t = trie(&["Paris", "Par", "P", "Pa", "Parisien", "Lyon", "Paris Match"]);
        let mut got = Vec::new();
        t.prefixes(b"Paris Match est", |e, p| got.push((e, p)));
        // Sorted: "P"=1, "Pa"=2, "Par"=3, "Paris"=4, "Paris Match"=5.
        assert_eq!(got, vec![(1, 1), (2, 2), (3, 3), (5, 4), (11, 5)]);
        let mut none = Vec::new();
        t.prefixes(b"Marseille", |e, p| none.push((e, p)));
        assert!(none.is_empty());
    }

    #[test]
    fn exact_lookup() {
        let mut words = ["OTAN", "Otan", "ONU", "O", "Moscou", "é", "Élysée"];
        let t = trie(&words);
        words.sort_unstable();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(i as u32), "{w}");
        }
        for w in ["", "OT", "Moscoutaire", "Mosco", "x", "Élysé"] {
            assert_eq!(t.get(w.as_bytes()), None, "{w}");
        }
    }

    #[test]
    fn empty_and_single() {
        let t = trie(&[]);
        assert_eq!(t.get(b"a"), None);
        let t = trie(&["a"]);
        assert_eq!(t.get(b"a"), Some(0));
        assert_eq!(t.nodes(), 2);
    }

    #[test]
    fn wide_nodes_use_binary_search() {
        let words: Vec<String> = (0u8..=255)
            .filter(|b| b.is_ascii_alphanumeric())
            .map(|b| format!("x{}", b as char))
            .collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let t = trie(&refs);
        for (i, w) in refs.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(i as u32));
        }
        assert_eq!(t.get(b"x-"), None);
    }
}
