//! A byte trie over the sorted surface forms, for anchored searches at token starts.
//!
//! This is the goto function of an Aho-Corasick automaton without its failure links: an
//! anchored search never follows a failure link (a match must start where the search starts),
//! and computing them was most of the cost of building the automaton. Built from surfaces in
//! sorted byte order, in one depth-first sweep, in time linear in their total length.
//!
//! Layout: the children of a node are consecutive nodes, sorted by the byte on their edge, and
//! blocks of children are laid out in depth-first order: the block of a node's children is
//! allocated when the node is visited, and its first child is visited next. A run of nodes with
//! one child each (the tail of a long name, where most steps of a search happen) is therefore a
//! run of consecutive nodes: a search walks memory forwards instead of jumping from one
//! breadth-first level to the next (a cache miss per byte).

use std::ops::Range;

/// No node, or no surface ending at a node.
const NONE: u32 = u32::MAX;

/// Above this many children, a node's edge is found by binary search rather than a scan.
const SCAN_MAX: usize = 8;

/// A node: its children and the surface ending there, in one record (one cache line read per
/// step of a search).
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The first child (children are nodes `first..first + count`).
    first: u32,
    /// The number of children.
    count: u32,
    /// The index of the surface that ends here, or [`NONE`].
    pattern: u32,
}

/// The trie: see the module documentation.
#[derive(Debug, Clone)]
pub struct Trie {
    nodes: Vec<Node>,
    /// The byte on the edge into each node (0 for the root).
    label: Vec<u8>,
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
        let empty = Node {
            first: 0,
            count: 0,
            pattern: NONE,
        };
        let mut nodes: Vec<Node> = vec![empty];
        let mut label: Vec<u8> = vec![0];
        // Nodes to visit: (node, surfaces below it as a range, depth).
        let mut stack: Vec<(u32, u32, u32, u32)> = vec![(0, 0, n as u32, 0)];
        while let Some((node, lo, hi, depth)) = stack.pop() {
            let (mut i, hi, d) = (lo as usize, hi as usize, depth as usize);
            // Sorted: the surface that is the node's prefix itself comes first.
            if i < hi && surface(i).len() == d {
                if d > 0 {
                    nodes[node as usize].pattern = i as u32;
                }
                i += 1;
            }
            if i + 1 == hi {
                // One surface left below: the rest of it is a chain of single children, laid
                // out as the general case would (consecutive nodes), without the stack.
                let mut cur = node as usize;
                for &b in &surface(i)[d..] {
                    let child = nodes.len() as u32;
                    nodes[cur].first = child;
                    nodes[cur].count = 1;
                    label.push(b);
                    nodes.push(empty);
                    cur = child as usize;
                }
                nodes[cur].first = nodes.len() as u32;
                nodes[cur].pattern = i as u32;
                continue;
            }
            let first = nodes.len() as u32;
            let base = stack.len();
            while i < hi {
                let b = surface(i)[d];
                let mut j = i + 1;
                while j < hi && surface(j)[d] == b {
                    j += 1;
                }
                stack.push((nodes.len() as u32, i as u32, j as u32, depth + 1));
                label.push(b);
                nodes.push(empty);
                i = j;
            }
            let count = nodes.len() as u32 - first;
            let nd = &mut nodes[node as usize];
            nd.first = first;
            nd.count = count;
            // The first child is visited next.
            stack[base..].reverse();
        }
        let row = |node: usize| {
            let mut r = [NONE; 256];
            let nd = nodes[node];
            for k in nd.first..nd.first + nd.count {
                r[usize::from(label[k as usize])] = k;
            }
            r
        };
        let root = Box::new(row(0));
        let dense = (1..=nodes[0].count as usize).map(row).collect();
        Trie {
            nodes,
            label,
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
        let nd = self.nodes[node as usize];
        let s = nd.first as usize;
        let labels = &self.label[s..s + nd.count as usize];
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
            let p = self.nodes[node as usize].pattern;
            if p != NONE {
                f(k + 1, p);
            }
        }
    }

    /// Like [`Trie::prefixes`], but at bytes in `folds`, the first letter of each word
    /// (after a space, an apostrophe or a hyphen) may also be of the other case than in the
    /// surface ("Dauphiné Libéré" for "Dauphiné libéré"). `f(end, pattern, fold)` is called
    /// for every surface found, `fold` saying where a letter's case differs; not in length
    /// order.
    pub fn prefixes_folding_initials(
        &self,
        bytes: &[u8],
        folds: Range<usize>,
        mut f: impl FnMut(usize, u32, Fold),
    ) {
        self.walk_folding(bytes, 0, 0, Fold::None, &folds, &mut f);
    }

    /// [`Trie::prefixes_folding_initials`] from byte `k` at `node`.
    fn walk_folding(
        &self,
        bytes: &[u8],
        mut k: usize,
        mut node: u32,
        fold: Fold,
        folds: &Range<usize>,
        f: &mut impl FnMut(usize, u32, Fold),
    ) {
        while k < bytes.len() {
            let here = match k.checked_sub(1).map(|j| bytes[j]) {
                _ if !folds.contains(&k) => Fold::None,
                Some(b' ') => Fold::Word,
                Some(b'\'' | b'-') => Fold::Part,
                _ => Fold::None,
            };
            if here != Fold::None {
                if let Some((other, len)) = other_case(&bytes[k..]) {
                    let mut n = Some(node);
                    for &b in &other[..len] {
                        n = n.and_then(|n| self.child(n, b));
                    }
                    if let Some(n) = n {
                        let fold = fold.max(here);
                        let p = self.nodes[n as usize].pattern;
                        if p != NONE {
                            f(k + len, p, fold);
                        }
                        self.walk_folding(bytes, k + len, n, fold, folds, f);
                    }
                }
            }
            let Some(c) = self.child(node, bytes[k]) else {
                return;
            };
            node = c;
            k += 1;
            let p = self.nodes[node as usize].pattern;
            if p != NONE {
                f(k, p, fold);
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
        let p = self.nodes[node as usize].pattern;
        (p != NONE).then_some(p)
    }

    /// The number of nodes.
    pub fn nodes(&self) -> usize {
        self.nodes.len()
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        self.nodes.len() * std::mem::size_of::<Node>()
            + self.label.len()
            + (1 + self.dense.len()) * 256 * 4
    }
}

/// Where a match of [`Trie::prefixes_folding_initials`] differs in case from its surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fold {
    /// Nowhere: the surface itself.
    None,
    /// Only after a hyphen or an apostrophe ("Saint-Pol-sur-mer", "Côte d'or").
    Part,
    /// At the start of a word after a space ("Dauphiné Libéré").
    Word,
}

/// The first character of `bytes` in the other case, as UTF-8 bytes and their length, for
/// ASCII and Latin-1 letters and "œ" ("a" <-> "A", "é" <-> "É").
fn other_case(bytes: &[u8]) -> Option<([u8; 2], usize)> {
    match *bytes {
        [b, ..] if b.is_ascii_alphabetic() => Some(([b ^ 0x20, 0], 1)),
        [0xC3, b, ..] if matches!(b, 0x80..=0x9E | 0xA0..=0xBE) && b & 0x1F != 0x17 => {
            Some(([0xC3, b ^ 0x20], 2))
        }
        [0xC5, b @ (0x92 | 0x93), ..] => Some(([0xC5, b ^ 0x01], 2)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{other_case, Fold, Range, Trie};

    fn trie(words: &[&str]) -> Trie {
        let mut w: Vec<&str> = words.to_vec();
        w.sort_unstable();
        w.dedup();
        Trie::build(w.len(), |i| w[i].as_bytes())
    }

    #[test]
    fn folding_walk_finds_other_capitals_past_the_first_word() {
        let t = trie(&[
            "Dauphiné libéré",
            "France Inter",
            "Saint-Pol-sur-Mer",
            "Xa Yb",
        ]);
        let found = |text: &str, folds: Range<usize>| {
            let mut v = Vec::new();
            t.prefixes_folding_initials(text.as_bytes(), folds, |e, p, f| v.push((e, p, f)));
            v
        };
        assert_eq!(
            found("Dauphiné Libéré", 9..usize::MAX),
            [(18, 0, Fold::Word)]
        );
        assert_eq!(found("France inter", 6..usize::MAX), [(12, 1, Fold::Word)]);
        assert_eq!(found("France Inter", 6..usize::MAX), [(12, 1, Fold::None)]);
        assert_eq!(
            found("Saint-Pol-sur-mer", 5..usize::MAX),
            [(17, 2, Fold::Part)]
        );
        // Not before the span, nor past it, nor inside a word.
        assert_eq!(found("Dauphiné Libéré", 10..11).len(), 1);
        assert!(found("Dauphiné Libéré", 11..usize::MAX).is_empty());
        assert!(found("Dauphiné Libéré", 9..10).is_empty());
        assert!(found("France iNter", 6..usize::MAX).is_empty());
        assert!(found("xa Yb", 2..usize::MAX).is_empty());
    }

    #[test]
    fn other_case_of_latin_letters() {
        assert_eq!(other_case(b"a"), Some(([b'A', 0], 1)));
        assert_eq!(other_case("é".as_bytes()), Some((*b"\xc3\x89", 2)));
        assert_eq!(other_case("É".as_bytes()), Some((*b"\xc3\xa9", 2)));
        assert_eq!(other_case("œ".as_bytes()), Some((*b"\xc5\x92", 2)));
        assert_eq!(other_case("×".as_bytes()), None);
        assert_eq!(other_case("ß".as_bytes()), None);
        assert_eq!(other_case(b"1"), None);
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
    fn a_chain_of_single_children_is_laid_out_in_consecutive_nodes() {
        let t = trie(&["Macron", "Marseille", "Mars", "Lyon", "Lyonnais"]);
        let mut chained = 0;
        for w in ["Macron", "Marseille", "Lyonnais"] {
            let mut path = vec![0u32];
            for &b in w.as_bytes() {
                let node = *path.last().unwrap();
                path.push(t.child(node, b).unwrap());
            }
            // A node that is its parent's only child has its only child right after it.
            for s in path.windows(3) {
                let (a, b, c) = (s[0] as usize, s[1] as usize, s[2]);
                if t.nodes[a].count == 1 && t.nodes[b].count == 1 {
                    assert_eq!(c, s[1] + 1, "{w}: path {path:?}");
                    chained += 1;
                }
            }
        }
        // Steps into a node whose parent and grandparent have one child each: "Macr-o-n",
        // "Marse-i-l-l-e", "Ly-o-n-n-a-i-s" (2 + 5 + 6).
        assert_eq!(chained, 13);
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
