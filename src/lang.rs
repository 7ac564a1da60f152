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

/// The function words, sorted by key, each with (French, English).
fn function_words() -> &'static [(u64, bool, bool)] {
    static WORDS: std::sync::OnceLock<Vec<(u64, bool, bool)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut v: Vec<(u64, bool, bool)> = Vec::new();
        for w in FR.iter().chain(EN) {
            let k = word_key(w.as_bytes());
            if !v.iter().any(|e| e.0 == k) {
                v.push((k, FR.contains(w), EN.contains(w)));
            }
        }
        v.sort_unstable_by_key(|e| e.0);
        v
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
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => break,
            }
        }
        let w = &b[start..i];
        // Step over the separator.
        i += s[i..].chars().next().map_or(1, char::len_utf8);
        if w.is_empty() || w.len() > 5 {
            continue;
        }
        // Lower-case into a small buffer: no allocation per word.
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w);
        lw.make_ascii_lowercase();
        if let Ok(k) = words.binary_search_by_key(&word_key(lw), |e| e.0) {
            fr += words[k].1 as u32;
            en += words[k].2 as u32;
        }
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
}
