//! Text normalization with an exact map back to the original.
//!
//! Matching runs on a normalized copy of the article: NFC, one apostrophe (`’ ʼ ‘ ′` -> `'`), one
//! space for the no-break and thin spaces, hyphens unified to `-`, dashes to `—`, the ellipsis
//! `…` spelled `...`, and invisible characters (soft hyphen, zero-width space, BOM) dropped.
//!
//! Every byte of the normalized text remembers the original byte offset of the *unit* it came
//! from (a unit is one original character, or a starter with its combining marks when NFC had to
//! recompose). [`Normalized::to_original`] turns a normalized span into an original span that
//! covers whole units, so a span always slices the original on character boundaries.
//!
//! Fast path: text that needs no change (the common case: all ASCII, or only characters below
//! U+0300 and other NFC-stable characters) is borrowed as it is, with no map at all.
//!
//! Cost: one pass over the text on the fast path; on the slow path one pass plus one `u32` per
//! normalized byte. Units are capped at 32 characters (longer runs of combining marks are split),
//! so NFC work is linear in the text length.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The longest run of characters recomposed together; longer runs are cut (stream-safe style).
const MAX_UNIT_CHARS: usize = 32;

/// A normalized text and the map from its byte offsets back to the original.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// `map[i]`: original byte offset of the unit that produced normalized byte `i`;
    /// `map[len] == original.len()`. Empty when the text is borrowed unchanged.
    map: Vec<u32>,
}

/// What a character becomes in the normalized text, when it is not kept as it is.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{2032}' | '\u{00B4}' | '\u{0060}' => "'",
        '\u{00A0}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{2010}' | '\u{2011}' | '\u{2212}' => "-",
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => "\u{2014}",
        '\u{2026}' => "...",
        '\u{00AD}' | '\u{200B}' | '\u{FEFF}' | '\u{2060}' => "",
        _ => return None,
    })
}

/// True when `c` may be kept as it is and starts a new unit (NFC-stable starter).
#[inline]
fn is_stable(c: char) -> bool {
    if (c as u32) < 0x300 {
        return true;
    }
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// True when the text needs no change at all.
fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip ASCII quickly, eight bytes at a time (the backtick is the only ASCII character
        // we rewrite).
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            let stop = not_plain_ascii(w);
            // Up to the first byte that is not plain ASCII (all 8 when none is).
            i += (stop.trailing_zeros() / 8) as usize;
            if stop == 0 {
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x80 {
            if b == b'`' {
                return false;
            }
            i += 1;
            continue;
        }
        // U+00C0..U+00FF (the accented letters of French and most Latin text): all kept as
        // they are.
        if b == 0xC3 {
            i += 2;
            continue;
        }
        // Decode one non-ASCII character.
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => return true,
        };
        if replacement(c).is_some() || !is_stable(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// A high bit set in the first byte of `w` (from the low end) that is not ASCII or is a
/// backtick, or 0 when there is none. (Bits above the first may be set too.)
#[inline]
fn not_plain_ascii(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = w ^ (ONES * b'`' as u64);
    // A zero byte of x (a backtick in w) sets its high bit here, exact for the lowest one.
    let backtick = x.wrapping_sub(ONES) & !x & HIGH;
    (w & HIGH) | backtick
}

impl<'a> Normalized<'a> {
    /// Normalizes `original`. Never panics; borrows when nothing changes.
    pub fn new(original: &'a str) -> Normalized<'a> {
        if is_clean(original) {
            return Normalized {
                original,
                text: Cow::Borrowed(original),
                map: Vec::new(),
            };
        }
        let mut out = String::with_capacity(original.len() + 16);
        let mut map: Vec<u32> = Vec::with_capacity(original.len() + 17);
        let mut unit = String::new();
        let mut unit_start = 0usize;
        let mut unit_chars = 0usize;
        let flush = |unit: &mut String, unit_start: usize, out: &mut String, map: &mut Vec<u32>| {
            if unit.is_empty() {
                return;
            }
            let before = out.len();
            let mut chars = unit.chars();
            let single = chars.next().filter(|_| chars.next().is_none());
            match single {
                Some(c) if is_stable(c) => push_char(out, c),
                _ => {
                    for c in unit.nfc() {
                        push_char(out, c);
                    }
                }
            }
            map.resize(map.len() + (out.len() - before), unit_start as u32);
            unit.clear();
        };
        for (i, c) in original.char_indices() {
            let starts_unit = unit.is_empty()
                || unit_chars >= MAX_UNIT_CHARS
                || (canonical_combining_class(c) == 0
                    && is_nfc_quick(std::iter::once(c)) != IsNormalized::Maybe);
            if starts_unit {
                flush(&mut unit, unit_start, &mut out, &mut map);
                unit_start = i;
                unit_chars = 0;
            }
            unit.push(c);
            unit_chars += 1;
        }
        flush(&mut unit, unit_start, &mut out, &mut map);
        map.push(original.len() as u32);
        Normalized {
            original,
            text: Cow::Owned(out),
            map,
        }
    }

    /// The normalized text.
    #[inline]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original text.
    #[inline]
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// True when the normalized text is the original, unchanged.
    #[inline]
    pub fn is_identity(&self) -> bool {
        self.map.is_empty()
    }

    /// Original byte offset for a normalized start offset (the start of its unit).
    #[inline]
    pub fn start_to_original(&self, i: usize) -> usize {
        if self.map.is_empty() {
            return i.min(self.original.len());
        }
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// Original byte offset for a normalized end offset (the end of the unit it falls in).
    pub fn end_to_original(&self, i: usize) -> usize {
        if self.map.is_empty() {
            return i.min(self.original.len());
        }
        let last = self.map.len() - 1;
        let i = i.min(last);
        let end = if i == 0 || i == last || self.map[i] != self.map[i - 1] {
            self.map[i] as usize
        } else {
            // Inside a unit: extend to its end.
            let here = self.map[i];
            let mut j = i;
            while j < last && self.map[j] == here {
                j += 1;
            }
            self.map[j] as usize
        };
        // Characters dropped by normalization (zero-width spaces, soft hyphens) after the span
        // are not part of it: "»\u{200B}," ends at "»".
        let mut end = end.min(self.original.len());
        if i > 0 {
            while let Some(c) = self.original[..end].chars().next_back() {
                if replacement(c) != Some("") {
                    break;
                }
                end -= c.len_utf8();
            }
        }
        end
    }

    /// The original byte span covering a normalized byte span.
    pub fn to_original(&self, span: Range<usize>) -> Range<usize> {
        let s = self.start_to_original(span.start);
        let e = self.end_to_original(span.end).max(s);
        s..e
    }
}

#[inline]
fn push_char(out: &mut String, c: char) {
    match replacement(c) {
        Some(r) => out.push_str(r),
        None => out.push(c),
    }
}

/// Converts byte offsets of one text into code-point offsets, fast for increasing queries.
#[derive(Debug)]
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter over `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `b` (which must be a char boundary).
    pub fn chars_at(&mut self, b: usize) -> usize {
        let b = b.min(self.text.len());
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += match self.text.get(self.byte..b) {
            // The standard library counts characters a word at a time.
            Some(s) => s.chars().count(),
            // Not on character boundaries: count the bytes that start a character (not UTF-8
            // continuation bytes).
            None => self.text.as_bytes()[self.byte..b]
                .iter()
                .filter(|&&x| (x as i8) >= -0x40)
                .count(),
        };
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! norm_rows {
        ($($name:ident: $input:expr => $expected:expr,)*) => {
            $(#[test] fn $name() { assert_eq!(Normalized::new($input).text(), $expected); })*
        };
    }

    norm_rows! {
        ascii_borrowed: "Le président a dit." => "Le président a dit.",
        curly_apostrophe: "l’OTAN" => "l'OTAN",
        nbsp_in_guillemets: "«\u{a0}Non\u{202f}»" => "« Non »",
        ellipsis: "Et alors…" => "Et alors...",
        dashes: "Paris – Lyon — x" => "Paris \u{2014} Lyon \u{2014} x",
        soft_hyphen_dropped: "Ma\u{ad}cron" => "Macron",
        nfc_recomposes: "Pe\u{301}nicaud" => "Pénicaud",
        nbhyphen: "Jean\u{2011}Pierre" => "Jean-Pierre",
    }

    #[test]
    fn clean_text_check_skips_ascii_by_words() {
        for s in [
            "",
            "abcdefgh",
            "abcdefg`",
            "`bcdefgh",
            "abcdefghijklmnop`",
            "abcdefghijklmnopé",
            "abcdefghijklmno’",
            "abcdefgh\u{2026}",
            "a\u{7f}\u{0}bcdefghij",
        ] {
            let slow = !s.contains('`')
                && s.chars()
                    .all(|c| c.is_ascii() || (replacement(c).is_none() && is_stable(c)));
            assert_eq!(is_clean(s), slow, "{s:?}");
        }
    }

    #[test]
    fn fast_path_borrows() {
        let n = Normalized::new("Élysée, « oui », 3 €");
        assert!(n.is_identity());
    }

    #[test]
    fn maps_back_to_original() {
        let orig = "l’Élysée… « Pe\u{301}nicaud »";
        let n = Normalized::new(orig);
        let t = n.text();
        let s = t.find("Pénicaud").unwrap();
        let r = n.to_original(s..s + "Pénicaud".len());
        assert_eq!(&orig[r], "Pe\u{301}nicaud");
        let s = t.find("Élysée").unwrap();
        assert_eq!(&orig[n.to_original(s..s + "Élysée".len())], "Élysée");
        // A span ending inside the expanded ellipsis covers the whole original character.
        let s = t.find("...").unwrap();
        assert_eq!(&orig[n.to_original(s..s + 1)], "…");
    }

    #[test]
    fn char_counter() {
        let t = "été à Paris";
        let mut c = CharCounter::new(t);
        assert_eq!(c.chars_at(0), 0);
        assert_eq!(c.chars_at(t.find('à').unwrap()), 4);
        assert_eq!(c.chars_at(t.len()), 11);
        assert_eq!(c.chars_at(2), 1);
    }
}
