//! Word lists that are not entities but that the rules use: first names (with gender),
//! surnames, demonyms and nationality adjectives, common words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::embedded::{self, Blob};
use super::list::Gender;
use crate::error::Error;

/// The lexicons.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// First name -> gender (None when used for both).
    pub firstnames: HashMap<Box<str>, Option<Gender>>,
    /// Surnames.
    pub surnames: HashSet<Box<str>>,
    /// Demonyms and nationality adjectives, lower-cased.
    pub demonyms: HashSet<Box<str>>,
    /// French common words (lower case).
    pub common_fr: SortedWords,
    /// English common words (lower case).
    pub common_en: SortedWords,
}

/// A large word list kept as one string with sorted line offsets: loading is one pass, a
/// look-up a binary search, and no word is allocated on its own.
#[derive(Debug, Default)]
pub struct SortedWords {
    data: String,
    /// (start, end) byte offsets of each word in `data`, sorted by word.
    spans: Vec<(u32, u32)>,
    /// For each two-byte prefix key ([`prefix_key`]), the first span whose key is not below
    /// it: a look-up binary-searches only the words sharing its first two bytes.
    index: Vec<u32>,
}

/// The first two bytes of a non-empty word as a number (0 for a missing second byte); words
/// sorted by bytes have non-decreasing keys.
#[inline]
fn prefix_key(w: &[u8]) -> usize {
    ((w[0] as usize) << 8) | w.get(1).copied().unwrap_or(0) as usize
}

impl SortedWords {
    /// Builds from lines (comments starting with `#` and `#@file` markers are skipped).
    pub fn new(data: String) -> SortedWords {
        let mut spans = Vec::with_capacity(data.len() / 10);
        let mut pos = 0usize;
        for line in data.split_inclusive('\n') {
            let w = line.trim_end_matches(['\n', '\r']);
            let w_trim = w.trim();
            if !w_trim.is_empty() && !w_trim.starts_with('#') {
                let start = pos + (w.len() - w.trim_start().len());
                spans.push((start as u32, (start + w_trim.len()) as u32));
            }
            pos += line.len();
        }
        let sorted = spans.windows(2).all(|p| {
            data[p[0].0 as usize..p[0].1 as usize] <= data[p[1].0 as usize..p[1].1 as usize]
        });
        if !sorted {
            spans.sort_unstable_by(|a, b| {
                data[a.0 as usize..a.1 as usize].cmp(&data[b.0 as usize..b.1 as usize])
            });
        }
        SortedWords::indexed(data, spans)
    }

    /// Builds from a list already clean and sorted (as `build.rs` writes the embedded ones): one
    /// word per line, sorted by bytes, no blank line or comment. Loading is one scan for line
    /// ends.
    pub fn from_sorted(data: String) -> SortedWords {
        let mut spans = Vec::with_capacity(data.len() / 10);
        let mut start = 0usize;
        for end in memchr::memchr_iter(b'\n', data.as_bytes()) {
            if end > start {
                spans.push((start as u32, end as u32));
            }
            start = end + 1;
        }
        if start < data.len() {
            spans.push((start as u32, data.len() as u32));
        }
        SortedWords::indexed(data, spans)
    }

    /// Indexes sorted spans by two-byte prefix.
    fn indexed(data: String, spans: Vec<(u32, u32)>) -> SortedWords {
        let mut index = vec![0u32; (1 << 16) + 1];
        let bytes = data.as_bytes();
        let mut k = 0usize;
        for (n, &(a, b)) in spans.iter().enumerate() {
            let key = prefix_key(&bytes[a as usize..b as usize]);
            while k <= key {
                index[k] = n as u32;
                k += 1;
            }
        }
        for slot in &mut index[k..] {
            *slot = spans.len() as u32;
        }
        SortedWords { data, spans, index }
    }

    /// True when `w` is in the list.
    pub fn contains(&self, w: &str) -> bool {
        let w = w.as_bytes();
        if w.is_empty() || self.spans.is_empty() {
            return false;
        }
        let key = prefix_key(w);
        let bucket = &self.spans[self.index[key] as usize..self.index[key + 1] as usize];
        let data = self.data.as_bytes();
        bucket
            .binary_search_by(|&(a, b)| data[a as usize..b as usize].cmp(w))
            .is_ok()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// Calls `f` with `w` in lower case (as [`str::to_lowercase`] gives it), without allocating
/// for words of up to 64 bytes.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    let mut len = 0;
    if w.is_ascii() {
        if w.len() <= buf.len() {
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            // ASCII stays valid UTF-8.
            return f(std::str::from_utf8(b).unwrap_or(w));
        }
    } else if !w.contains('Σ') {
        // (A final capital sigma lower-cases by context: leave it to `to_lowercase`.)
        let mut fits = true;
        'chars: for c in w.chars() {
            for l in c.to_lowercase() {
                if len + l.len_utf8() > buf.len() {
                    fits = false;
                    break 'chars;
                }
                len += l.encode_utf8(&mut buf[len..]).len();
            }
        }
        if fits {
            if let Ok(s) = std::str::from_utf8(&buf[..len]) {
                return f(s);
            }
        }
    }
    f(&w.to_lowercase())
}

/// `word` has an upper-case letter (a demonym is looked up in lower case then).
fn has_upper(word: &str) -> bool {
    word.chars().any(char::is_uppercase)
}

fn first_col(line: &str) -> Option<(&str, &str)> {
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut it = line.splitn(2, '\t');
    let a = it.next()?.trim();
    if a.is_empty() {
        return None;
    }
    Some((a, it.next().unwrap_or("")))
}

impl Lexicon {
    /// Loads the embedded lexicons.
    pub fn embedded() -> Result<Lexicon, Error> {
        let mut lex = Lexicon::default();
        let (a, b) = rayon::join(
            || -> Result<_, Error> {
                let mut first = HashMap::default();
                let s = embedded::load(Blob::FirstNames)?;
                for (file, body) in embedded::files(&s) {
                    // Hand-curated files override the generated genders.
                    let overrides = file.contains("extra");
                    for line in body.lines() {
                        if let Some((name, rest)) = first_col(line) {
                            let g = Gender::parse(rest.split('\t').next().unwrap_or(""));
                            let slot = first.entry(name.into()).or_insert(g);
                            if overrides {
                                *slot = g;
                            } else if *slot != g {
                                *slot = None;
                            }
                        }
                    }
                }
                let mut sur = HashSet::default();
                for line in embedded::load(Blob::Surnames)?.lines() {
                    if let Some((name, _)) = first_col(line) {
                        sur.insert(name.into());
                    }
                }
                let mut dem = HashSet::default();
                for line in embedded::load(Blob::Demonyms)?.lines() {
                    if let Some((name, _)) = first_col(line) {
                        dem.insert(name.to_lowercase().into());
                    }
                }
                Ok((first, sur, dem))
            },
            || -> Result<_, Error> {
                let words = |b| -> Result<SortedWords, Error> {
                    Ok(SortedWords::from_sorted(embedded::load(b)?))
                };
                Ok((words(Blob::CommonFr)?, words(Blob::CommonEn)?))
            },
        );
        let (first, sur, dem) = a?;
        let (fr, en) = b?;
        lex.firstnames = first;
        lex.surnames = sur;
        lex.demonyms = dem;
        lex.common_fr = fr;
        lex.common_en = en;
        Ok(lex)
    }

    /// Gender of a first name: Some(Some(g)) known with gender, Some(None) known for both.
    pub fn first_name(&self, name: &str) -> Option<Option<Gender>> {
        self.firstnames.get(name).copied()
    }

    /// True for a demonym or nationality adjective in any case ("Français", "allemande").
    pub fn is_demonym(&self, word: &str) -> bool {
        if !has_upper(word) {
            return self.demonyms.contains(word);
        }
        with_lower(word, |w| self.demonyms.contains(w))
    }

    /// [`Lexicon::is_demonym`] of `word`, given `lower` = [`with_lower`] of `word` (for a
    /// caller that has lower-cased it already).
    pub fn is_demonym_lowered(&self, word: &str, lower: &str) -> bool {
        self.demonyms
            .contains(if has_upper(word) { lower } else { word })
    }

    /// True for a common (dictionary) word, given in lower case.
    pub fn is_common(&self, lower: &str, lang: crate::lang::Lang) -> bool {
        match lang {
            crate::lang::Lang::Fr => self.common_fr.contains(lower),
            crate::lang::Lang::En => self.common_en.contains(lower),
        }
    }
}
