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

/// Guesses the language from the first 800 bytes: French unless English function words
/// clearly dominate.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(800);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0u32, 0u32);
    let mut buf = [0u8; 5];
    for w in text[..end].split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > 5 {
            continue;
        }
        // Lower-case into a small buffer: no allocation per word.
        let b = w.as_bytes();
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        let Ok(lw) = std::str::from_utf8(&buf[..b.len()]) else {
            continue;
        };
        if FR.contains(&lw) {
            fr += 1;
        }
        if EN.contains(&lw) {
            en += 1;
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
