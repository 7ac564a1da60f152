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

/// Guesses the language from the first 800 bytes: French unless English function words
/// clearly dominate.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(800);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0u32, 0u32);
    let words = function_words();
    let s = &text[..end];
    let b = s.as_bytes();
    let mut buf = [0u8; 5];
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
        if w.is_empty() || w.len() > 5 {
            continue;
        }
        // Lower-case into a small buffer: no allocation per word.
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w);
        lw.make_ascii_lowercase();
        let (f, e) = words.get(word_key(lw));
        fr += f as u32;
        en += e as u32;
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
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
