//! Word lists that are not entities but that the rules use: first names (with gender),
//! surnames, demonyms and nationality adjectives, common words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::embedded::{self, Blob};
use super::list::Gender;
use crate::error::Error;

/// The lexicons.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// First name -> gender (None when used for both); names borrowed from the binary.
    pub firstnames: HashMap<&'static str, Option<Gender>>,
    /// Surnames.
    pub surnames: HashSet<&'static str>,
    /// Demonyms and nationality adjectives, lower-cased.
    pub demonyms: HashSet<Box<str>>,
    /// French common words (lower case).
    pub common_fr: SortedWords,
    /// English common words (lower case).
    pub common_en: SortedWords,
}

/// A large sorted word list, read in place from the bytes `build.rs` wrote: the number of
/// words, the end offset of each word (u32 each, little endian), then the words' bytes one
/// after the other. Loading checks the offsets once and indexes the words by their first two
/// bytes; a look-up binary-searches one bucket. Nothing is copied or allocated per word.
#[derive(Debug, Default)]
pub struct SortedWords {
    /// The words' bytes, concatenated.
    words: &'static [u8],
    /// The end of each word in `words` (u32, little endian).
    ends: &'static [u8],
    /// For each two-byte prefix key ([`prefix_key`]), the first word whose key is not below
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
    /// Reads a list in the form `build.rs` writes (see the type); None when the bytes are not
    /// such a list (offsets out of order or out of range, empty words).
    pub fn from_blob(data: &'static [u8]) -> Option<SortedWords> {
        let n = u32::from_le_bytes(data.get(..4)?.try_into().ok()?) as usize;
        let ends = data.get(4..4 + n.checked_mul(4)?)?;
        let words = &data[4 + 4 * n..];
        let mut list = SortedWords {
            words,
            ends,
            index: Vec::new(),
        };
        // Every word non-empty and inside `words`: look-ups slice without checks failing.
        let mut start = 0;
        for i in 0..n {
            let end = list.end(i);
            if end <= start || end > words.len() {
                return None;
            }
            start = end;
        }
        if start != words.len() {
            return None;
        }
        let mut index = vec![0u32; (1 << 16) + 1];
        let mut k = 0usize;
        for i in 0..n {
            let key = prefix_key(list.word(i));
            while k <= key {
                index[k] = i as u32;
                k += 1;
            }
        }
        for slot in &mut index[k..] {
            *slot = n as u32;
        }
        list.index = index;
        Some(list)
    }

    /// The end of word `i` in the words' bytes.
    #[inline]
    fn end(&self, i: usize) -> usize {
        let b = &self.ends[4 * i..4 * i + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    }

    /// Word `i`.
    #[inline]
    fn word(&self, i: usize) -> &'static [u8] {
        let start = if i == 0 { 0 } else { self.end(i - 1) };
        &self.words[start..self.end(i)]
    }

    /// True when `w` is in the list.
    pub fn contains(&self, w: &str) -> bool {
        let w = w.as_bytes();
        if w.is_empty() || self.ends.is_empty() {
            return false;
        }
        let key = prefix_key(w);
        let (mut lo, mut hi) = (self.index[key] as usize, self.index[key + 1] as usize);
        // Binary search in the bucket.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.word(mid).cmp(w) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.ends.len() / 4
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static [u8]> + '_ {
        (0..self.len()).map(|i| self.word(i))
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
    /// Loads the embedded lexicons (read in place: the names and words are borrowed from the
    /// binary).
    pub fn embedded() -> Result<Lexicon, Error> {
        let mut lex = Lexicon::default();
        let (a, b) = rayon::join(
            || -> Result<_, Error> {
                let mut first = HashMap::default();
                for (file, body) in embedded::files(embedded::load(Blob::FirstNames)?) {
                    // Hand-curated files override the generated genders.
                    let overrides = file.contains("extra");
                    for line in body.lines() {
                        if let Some((name, rest)) = first_col(line) {
                            let g = Gender::parse(rest.split('\t').next().unwrap_or(""));
                            let slot = first.entry(name).or_insert(g);
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
                        sur.insert(name);
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
                let words = |b| {
                    SortedWords::from_blob(embedded::bytes(b))
                        .ok_or_else(|| Error::Other(format!("embedded word list {b:?} is corrupt")))
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
