//! Language of an article: French or English, guessed from function words.

use serde::Serialize;

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// "fr" or "en".
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
    /// Parses "fr" or "en".
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui",
    "sur", "pas", "au", "aux", "avec", "ont", "été", "il", "elle", "a", "ce", "se", "sont", "par",
    "mais",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "for", "was", "with", "he", "she", "said", "on",
    "are", "by", "it", "has", "have", "from", "his", "her", "be", "at", "this", "not", "an", "as",
];

/// A word of at most 8 bytes as a number (zero-padded): one integer comparison per look-up.
fn word_key(w: &[u8]) -> u64 {
    let mut k = [0u8; 8];
    k[..w.len()].copy_from_slice(w);
    u64::from_le_bytes(k)
}

/// The function words in a table addressed by a hash of their key, with no two in one slot:
/// each slot holds (key, French, English), and key 0 when empty.
struct FunctionWords {
    multiplier: u64,
    slots: [(u64, bool, bool); 256],
}

impl FunctionWords {
    #[inline]
    fn slot(multiplier: u64, key: u64) -> usize {
        (key.wrapping_mul(multiplier) >> 56) as usize
    }

    /// (French, English) for the key of a word.
    #[inline]
    fn get(&self, key: u64) -> (bool, bool) {
        let (k, fr, en) = self.slots[Self::slot(self.multiplier, key)];
        if k == key {
            (fr, en)
        } else {
            (false, false)
        }
    }
}

fn function_words() -> &'static FunctionWords {
    static WORDS: std::sync::OnceLock<FunctionWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<(u64, bool, bool)> = Vec::new();
        for w in FR.iter().chain(EN) {
            let k = word_key(w.as_bytes());
            if !words.iter().any(|e| e.0 == k) {
                words.push((k, FR.contains(w), EN.contains(w)));
            }
        }
        // Odd multipliers from a fixed sequence until one puts every word in its own slot
        // (with 57 words in 256 slots, the first few tries suffice).
        let mut multiplier = 0x9E37_79B9_7F4A_7C15u64;
        loop {
            let mut slots = [(0u64, false, false); 256];
            let mut ok = true;
            for &(k, fr, en) in &words {
                let s = &mut slots[FunctionWords::slot(multiplier, k)];
                if s.0 != 0 {
                    ok = false;
                    break;
                }
                *s = (k, fr, en);
            }
            if ok {
                return FunctionWords { multiplier, slots };
            }
            multiplier = multiplier
                .wrapping_mul(0x5851_F42D_4C95_7F2D)
                .wrapping_add(2)
                | 1;
        }
    })
}

/// The bytes of an article that language detection reads.
const DETECT_BYTES: usize = 800;

/// The end of the prefix of `text` that [`detect`] reads: its first [`DETECT_BYTES`] bytes, cut
/// back to a character boundary.
fn detect_end(text: &str) -> usize {
    let mut end = text.len().min(DETECT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Guesses the language from the first 800 bytes: French unless English function words
/// clearly dominate.
pub fn detect(text: &str) -> Lang {
    let mut votes = Votes::default();
    votes.count(&text[..detect_end(text)]);
    votes.lang()
}

/// [`detect`], given the tokens of `text` ([`crate::segment::tokenize`]): the same answer, but
/// most words are read from their tokens without a second walk over the text's characters.
pub fn detect_tokens(text: &str, tokens: &[crate::segment::Token]) -> Lang {
    let end = detect_end(text);
    use crate::segment::TokenKind::Punct;
    let b = text.as_bytes();
    let words = function_words();
    let mut votes = Votes::default();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        i += 1;
        let s = t.start as usize;
        if s >= end {
            break;
        }
        if t.kind == Punct {
            continue;
        }
        // Two word tokens touch only where the tokenizer cut a glued paragraph
        // ("apaisementInterrogé"): read as one run of text, as `detect` reads it.
        let mut run_end = t.end;
        while tokens
            .get(i)
            .is_some_and(|n| n.start == run_end && n.kind != Punct)
        {
            run_end = tokens[i].end;
            i += 1;
        }
        if run_end != t.end {
            votes.count(&text[s..(run_end as usize).min(end)]);
            continue;
        }
        // Words are the runs of letters, and letters only occur in word tokens: a token of
        // ASCII letters is one word; any other is read as `detect` reads text.
        let e = (t.end as usize).min(end);
        match ascii_letters_key(&b[s..], e - s) {
            Some(Some(key)) => votes.key(words, key),
            Some(None) => {}
            None if latin_letters(&b[s..e]) => {
                if e - s <= 5 {
                    votes.word(words, &b[s..e]);
                }
            }
            None => votes.count(&text[s..e]),
        }
    }
    votes.lang()
}

/// For the first `len` bytes of `b` (a word token): `Some(Some(key))` when they are ASCII
/// letters, at most 5 of them (the key of the word in lower case), `Some(None)` when they are
/// more ASCII letters, `None` when they are not all ASCII letters. Eight bytes at a time.
#[inline]
fn ascii_letters_key(b: &[u8], len: usize) -> Option<Option<u64>> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // High bit of each byte that is an ASCII letter (as in the segmenter's tables: for a byte
    // x below 0x80, x + (0x80 - c) has its high bit set when x >= c, with no carry).
    let letters = |w: u64| {
        let x = w & !HIGH;
        let ge = |c: u8| x + ONES * (0x80 - c as u64);
        ((ge(b'A') & !ge(b'Z' + 1)) | (ge(b'a') & !ge(b'z' + 1))) & !w & HIGH
    };
    let mut i = 0;
    while i < len {
        let n = (len - i).min(8);
        let chunk = b.get(i..i + 8)?;
        let w = u64::from_le_bytes(chunk.try_into().ok()?);
        let want = if n == 8 {
            HIGH
        } else {
            HIGH & ((1u64 << (8 * n)) - 1)
        };
        if letters(w) & want != want {
            return None;
        }
        if len <= 5 {
            // Lower case: letters differ from their capital by the 0x20 bit.
            return Some(Some((w | (ONES * 0x20)) & ((1u64 << (8 * len)) - 1)));
        }
        i += 8;
    }
    Some(None)
}

/// True when `w` (whole characters) is ASCII letters and letters of U+00C0..U+00FF (whose
/// UTF-8 starts with 0xC3: the accented letters of French; × and ÷, the two that are not
/// letters, are never inside a word token): one word, as [`Votes::count`] would read it.
fn latin_letters(w: &[u8]) -> bool {
    let mut i = 0;
    while i < w.len() {
        match w[i] {
            b if b.is_ascii_alphabetic() => i += 1,
            0xC3 if w.get(i + 1).is_some_and(|&c| c != 0x97 && c != 0xB7) => i += 2,
            _ => return false,
        }
    }
    true
}

/// Function words seen, by language.
#[derive(Default)]
struct Votes {
    fr: u32,
    en: u32,
}

impl Votes {
    fn lang(&self) -> Lang {
        if self.en > self.fr {
            Lang::En
        } else {
            Lang::Fr
        }
    }

    /// Counts a word (a run of letters) of at most 5 bytes.
    #[inline]
    fn word(&mut self, words: &FunctionWords, w: &[u8]) {
        // The key of the word in ASCII lower case, built in a register (no copy to a buffer).
        let mut key = 0u64;
        for (i, &c) in w.iter().enumerate() {
            key |= u64::from(c.to_ascii_lowercase()) << (8 * i);
        }
        self.key(words, key);
    }

    /// Counts a word given by its key in ASCII lower case.
    #[inline]
    fn key(&mut self, words: &FunctionWords, key: u64) {
        let (f, e) = words.get(key);
        self.fr += f as u32;
        self.en += e as u32;
    }

    /// Counts the words of `s`: its maximal runs of alphabetic characters.
    fn count(&mut self, s: &str) {
        let words = function_words();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // A word: a maximal run of alphabetic characters.
            let start = i;
            while i < b.len() {
                if b[i] < 0x80 {
                    if b[i].is_ascii_alphabetic() {
                        i += 1;
                        continue;
                    }
                    break;
                }
                match s[i..].chars().next() {
                    Some(c) if crate::segment::is_alphabetic(c) => i += c.len_utf8(),
                    _ => break,
                }
            }
            let w = &b[start..i];
            // Step over the separator.
            i += match b.get(i) {
                Some(&x) if x < 0x80 => 1,
                _ => s[i..].chars().next().map_or(1, char::len_utf8),
            };
            if !w.is_empty() && w.len() <= 5 {
                self.word(words, w);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(
            detect("Le président a déclaré que la réforme est nécessaire."),
            Lang::Fr
        );
        assert_eq!(
            detect("The president said that the reform is necessary."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Fr);
    }

    #[test]
    fn detect_from_tokens_agrees_with_detect() {
        let long_fr = "Le gouvernement a annoncé que la réforme des retraites ".repeat(20);
        let long_en = format!("{} the end", "x ".repeat(398));
        let texts = [
            "",
            "The president said that the reform is necessary.",
            "Le président a déclaré que la réforme est nécessaire.",
            "Il a été élu en 2017 et il est à l'Élysée depuis le 3e tour.",
            "the1and the2 of3 to4 Le5la ÉTÉ été THE The",
            "e\u{301}te\u{301} the cafe\u{301} and the 42nd and the",
            "ﬁrst the ﬂoor and the Ǆ is ǅ and the",
            long_fr.as_str(),
            long_en.as_str(),
            "« Nous ne céderons pas », a déclaré Emmanuel Macron — the end of the story and the rest.",
        ];
        let mut toks = Vec::new();
        for t in texts {
            // Every cut, so that a word crosses the 800-byte limit somewhere.
            for cut in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                let s = &t[..cut];
                toks.clear();
                crate::segment::tokenize(s, &mut toks);
                assert_eq!(detect_tokens(s, &toks), detect(s), "{s:?}");
            }
        }
        // A word crossing the limit is read up to it, as detect reads it.
        let edge = format!("{}and the", "x ".repeat(398));
        toks.clear();
        crate::segment::tokenize(&edge, &mut toks);
        assert_eq!(detect_tokens(&edge, &toks), detect(&edge));
    }

    proptest::proptest! {
        #[test]
        fn detect_from_tokens_agrees_with_detect_on_random_text(
            s in "([a-zA-Z0-9 .'«»\\-\n]|the|and|of|le|la|les|été|é|É|ß|½|²|\u{301}|\u{345}|\u{a0}|Ω|ﬁ|Ⅳ|Ǆ){0,400}"
        ) {
            let mut toks = Vec::new();
            crate::segment::tokenize(&s, &mut toks);
            proptest::prop_assert_eq!(detect_tokens(&s, &toks), detect(&s));
        }
    }

    #[test]
    fn every_function_word_is_found() {
        let words = function_words();
        for w in FR.iter().chain(EN) {
            let (fr, en) = words.get(word_key(w.as_bytes()));
            assert_eq!((fr, en), (FR.contains(w), EN.contains(w)), "{w}");
        }
        for w in ["", "x", "les", "thé", "lé", "zzzzz", "\0"] {
            let (fr, en) = words.get(word_key(w.as_bytes()));
            assert_eq!((fr, en), (FR.contains(&w), EN.contains(&w)), "{w}");
        }
    }
}
