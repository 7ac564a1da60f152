//! Paragraphs, sentences and tokens over the normalized text, computed once per article and
//! shared by the later stages.
//!
//! - Tokens are maximal runs of letters, digits and combining marks (`Word`/`Number`), or single
//!   punctuation characters (`Punct`). Whitespace is not a token. Hyphens and apostrophes are
//!   punctuation tokens, so "Jean-Pierre" is `Jean` `-` `Pierre` and "l'OTAN" is `l` `'` `OTAN`;
//!   the stages see whether two tokens touch ([`Token::start`] == previous [`Token::end`]).
//! - Paragraphs are separated by line breaks.
//! - Sentences end at `.`, `!`, `?` (or `...`) before a space and a capital, a quote mark, a dash
//!   or a line break, but not after an abbreviation (M., Mme., Dr., St., etc., initials) and not
//!   inside a French quote (« … ») that continues.
//!
//! Cost: one pass over the text, O(length).

use std::ops::Range;

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and maybe digits).
    Word,
    /// Digits only.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte span of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset in the normalized text.
    pub start: u32,
    /// End byte offset in the normalized text.
    pub end: u32,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// First character is an upper-case letter.
    pub upper_initial: bool,
    /// Every letter is upper case (and there are at least two).
    pub all_caps: bool,
    /// Whitespace before this token contains a line break (or it is the first token).
    pub line_start: bool,
}

impl Token {
    /// The byte range of the token.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The token's text in `text`.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
    /// True for a word token.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// The segmentation of one article.
#[derive(Debug, Default, Clone)]
pub struct Segmentation {
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences as token index ranges.
    pub sentences: Vec<Range<usize>>,
    /// Paragraphs as token index ranges.
    pub paragraphs: Vec<Range<usize>>,
    /// Scratch: the indices of the tokens that sentence splitting looks at (line starts and
    /// `.` `!` `?` `«` `»`), found while tokenizing.
    marks: Vec<u32>,
}

/// True for characters that belong inside a word token.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if (c as u32) < 0x100 {
        return LATIN1[c as usize] & WORD != 0;
    }
    c.is_alphanumeric() || is_mark(c)
}

/// `char::is_alphabetic`, with no table look-up below U+0100.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if (c as u32) < 0x100 {
        return LATIN1[c as usize] & ALPHA != 0;
    }
    c.is_alphabetic()
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

// Character classes of U+0000..U+00FF, so that ASCII and Latin-1 text (nearly all of French
// and English news) needs no Unicode table look-up. A test checks them against `char`'s
// properties.
/// A word character (alphanumeric or combining mark).
const WORD: u8 = 1;
/// Alphabetic: a letter.
const ALPHA: u8 = 2;
/// Upper case.
const UPPER: u8 = 4;
/// A letter that is not upper case.
const LOWER: u8 = 8;
/// A word character that is not numeric-only (a letter or a mark).
const NONDIGIT: u8 = 16;
/// Whitespace (for ASCII, `u8::is_ascii_whitespace`).
const SPACE: u8 = 32;
/// A line break.
const BREAK: u8 = 64;
/// In [`BYTE_CLASS`]: a byte that starts or continues a multi-byte character.
const MULTI: u8 = 128;

const fn latin1_class(cp: u32) -> u8 {
    match cp {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => WORD | ALPHA | UPPER | NONDIGIT,
        0x61..=0x7A | 0xAA | 0xB5 | 0xBA | 0xDF..=0xF6 | 0xF8..=0xFF => {
            WORD | ALPHA | LOWER | NONDIGIT
        }
        0x30..=0x39 | 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE => WORD,
        0x0A | 0x0D | 0x85 => SPACE | BREAK,
        0x09 | 0x0C | 0x20 | 0xA0 => SPACE,
        _ => 0,
    }
}

/// Classes of the characters U+0000..U+00FF.
static LATIN1: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = latin1_class(i as u32);
        i += 1;
    }
    t
};

/// Classes of UTF-8 bytes: ASCII as in [`LATIN1`], every other byte [`MULTI`].
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = if i < 0x80 {
            latin1_class(i as u32)
        } else {
            MULTI
        };
        i += 1;
    }
    t
};

/// The class of a character of U+0100 or above, as [`LATIN1`] gives it below.
fn wide_class(c: char) -> u8 {
    // In this order: a few combining marks are alphabetic (and count as letters).
    if c.is_alphabetic() {
        let case = if c.is_uppercase() { UPPER } else { LOWER };
        return WORD | ALPHA | NONDIGIT | case;
    }
    if c.is_numeric() {
        return WORD;
    }
    if is_mark(c) {
        return WORD | NONDIGIT;
    }
    if c.is_whitespace() {
        return if matches!(c, '\u{2028}' | '\u{2029}') {
            SPACE | BREAK
        } else {
            SPACE
        };
    }
    0
}

/// The class and byte length of the character starting at `i` (not ASCII).
#[inline(always)]
fn multi_class(text: &str, i: usize) -> (u8, usize) {
    let bytes = text.as_bytes();
    let b0 = bytes[i];
    if b0 < 0xC4 && i + 1 < bytes.len() {
        // U+0080..U+00FF: two bytes, C2 or C3 then a continuation byte.
        let cp = ((b0 as usize & 0x1F) << 6) | (bytes[i + 1] as usize & 0x3F);
        return (LATIN1[cp], 2);
    }
    if b0 == 0xE2 && i + 2 < bytes.len() && bytes[i + 1] == 0x80 {
        // U+2000..U+203F, general punctuation: only the spaces and line separators are not
        // plain punctuation.
        let cp = 0x2000 + (bytes[i + 2] as u32 & 0x3F);
        let class = match cp {
            0x2028 | 0x2029 => SPACE | BREAK,
            0x2000..=0x200A | 0x202F => SPACE,
            _ => 0,
        };
        return (class, 3);
    }
    wide(text, i)
}

/// [`multi_class`] for the characters of U+0100 and above outside general punctuation.
#[cold]
#[inline(never)]
fn wide(text: &str, i: usize) -> (u8, usize) {
    let c = text[i..].chars().next().unwrap_or(' ');
    (wide_class(c), c.len_utf8())
}

const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Me", "Mgr", "Pr", "St", "Ste", "Mr",
    "Mrs", "Ms", "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Sen", "Rep", "Gov", "Jr", "Sr", "Inc",
    "Corp", "Co", "etc", "cf", "av", "bd", "vol", "p", "n", "no", "art", "env", "min", "Ltd", "vs",
    "St", "Mt", "ex", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "oct",
    "nov", "déc", "Capt", "Cpl", "Pvt", "Cmdr", "Rev",
];

/// A word of at most 8 bytes as a number (zero-padded), so that a look-up compares integers.
const fn word_key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

/// [`ABBREVIATIONS`] as sorted keys (all are at most 8 bytes long).
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        assert!(ABBREVIATIONS[i].len() <= 8);
        keys[i] = word_key(ABBREVIATIONS[i].as_bytes());
        i += 1;
    }
    // Insertion sort (const).
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

fn is_abbreviation(word: &str) -> bool {
    // Initials: one letter ("J.").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    word.len() <= 8
        && ABBREVIATION_KEYS
            .binary_search(&word_key(word.as_bytes()))
            .is_ok()
}

/// The character of a punctuation token (always one character).
#[inline]
fn punct_char(text: &str, t: Token) -> char {
    let b = text.as_bytes()[t.start as usize];
    if b < 0x80 {
        return b as char;
    }
    t.text(text).chars().next().unwrap_or(' ')
}

impl Segmentation {
    /// Segments `text` (normalized) into `self`, reusing its buffers.
    pub fn compute(&mut self, text: &str) {
        self.tokens.clear();
        self.sentences.clear();
        self.paragraphs.clear();
        self.marks.clear();
        tokenize_marking::<true, false>(text, &mut self.tokens, &mut self.marks, 0);
        self.split(text);
    }

    fn split(&mut self, text: &str) {
        let toks = &self.tokens;
        let n = toks.len();
        let mut para_start = 0;
        let mut sent_start = 0;
        let mut guillemet_depth: u32 = 0;
        // Tokens before this index were already read by the look-ahead after a terminal mark:
        // each token is looked at once, so a run of k marks costs O(k), not O(k²).
        let mut read_to = 0;
        // Only the marked tokens: for the others the loop body does nothing.
        for &i in &self.marks {
            let i = i as usize;
            let t = toks[i];
            if i > 0 && t.line_start {
                if sent_start < i {
                    self.sentences.push(sent_start..i);
                }
                self.paragraphs.push(para_start..i);
                para_start = i;
                sent_start = i;
                guillemet_depth = 0;
            }
            if t.kind != TokenKind::Punct || i < read_to {
                continue;
            }
            let c = punct_char(text, t);
            match c {
                '«' => guillemet_depth += 1,
                '»' => guillemet_depth = guillemet_depth.saturating_sub(1),
                '.' | '!' | '?' => {
                    if c == '.' && i > 0 {
                        let p = toks[i - 1];
                        if p.end == t.start && p.is_word() && is_abbreviation(p.text(text)) {
                            continue;
                        }
                    }
                    // Look at what follows: skip further terminal punctuation and closing marks.
                    let mut j = i + 1;
                    while j < n
                        && toks[j].kind == TokenKind::Punct
                        && !toks[j].line_start
                        && matches!(
                            punct_char(text, toks[j]),
                            '.' | '!' | '?' | '»' | '"' | '”' | ')' | '\''
                        )
                    {
                        if punct_char(text, toks[j]) == '»' {
                            guillemet_depth = guillemet_depth.saturating_sub(1);
                        }
                        j += 1;
                    }
                    read_to = j;
                    if j >= n || toks[j].line_start {
                        continue; // the paragraph break ends the sentence
                    }
                    let next = toks[j];
                    let spaced = next.start > toks[j - 1].end;
                    let opens = next.upper_initial
                        || (next.kind == TokenKind::Punct
                            && matches!(
                                punct_char(text, next),
                                '«' | '"' | '“' | '—' | '-' | '\''
                            ))
                        || next.kind == TokenKind::Number;
                    if (spaced && opens || !spaced && glued_sentence(text, toks, i, j))
                        && guillemet_depth == 0
                    {
                        self.sentences.push(sent_start..j);
                        sent_start = j;
                    }
                }
                _ => {}
            }
        }
        if sent_start < n {
            self.sentences.push(sent_start..n);
        }
        if para_start < n {
            self.paragraphs.push(para_start..n);
        }
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|r| r.end <= i)
    }

    /// The index of the paragraph holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|r| r.end <= i)
    }

    /// The index of the first token starting at or after byte `b`.
    pub fn token_at_or_after(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < b)
    }
}

/// Splits `text` into tokens, appending to `out`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    tokenize_marking::<false, false>(text, out, &mut Vec::new(), 0);
}

/// The first `n` tokens of `text` (fewer when it has fewer), as [`tokenize`] gives them;
/// appends to `out`. Reads no further than the end of the `n`-th token.
pub fn tokenize_first(text: &str, n: usize, out: &mut Vec<Token>) {
    tokenize_marking::<false, true>(text, out, &mut Vec::new(), out.len() + n);
}

/// [`tokenize`], and when `MARK`, the indices of the tokens that start a line or are one of
/// `.` `!` `?` `«` `»` appended to `marks`; when `LIMIT`, it stops once `out` holds `max`
/// tokens.
#[inline(always)]
fn tokenize_marking<const MARK: bool, const LIMIT: bool>(
    text: &str,
    out: &mut Vec<Token>,
    marks: &mut Vec<u32>,
    max: usize,
) {
    let bytes = text.as_bytes();
    // About one token per five bytes of running text.
    if !LIMIT {
        out.reserve(bytes.len() / 5);
    }
    let mut i = 0;
    let mut newline = true;
    while i < bytes.len() {
        if LIMIT && out.len() >= max {
            return;
        }
        let mut class = BYTE_CLASS[bytes[i] as usize];
        let mut len = 1;
        if class & MULTI != 0 {
            (class, len) = multi_class(text, i);
        }
        if class & WORD != 0 {
            if MARK && newline {
                marks.push(out.len() as u32);
            }
            let glued;
            (i, glued) = word(text, i, class, len, newline, out);
            if glued {
                // A paragraph break lost in the source: the rest starts a new line.
                newline = true;
                continue;
            }
            // The usual single space after a word, stepped over here.
            if bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        } else if class & SPACE != 0 {
            newline |= class & BREAK != 0;
            i += len;
            continue;
        } else {
            if MARK
                && (newline
                    || matches!(bytes[i], b'.' | b'!' | b'?')
                    || (bytes[i] == 0xC2 && matches!(bytes[i + 1], 0xAB | 0xBB)))
            {
                marks.push(out.len() as u32);
            }
            // `''`, a double quote typed as two apostrophes, is one token.
            if bytes[i] == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                len = 2;
            }
            out.push(Token {
                start: i as u32,
                end: (i + len) as u32,
                kind: TokenKind::Punct,
                upper_initial: false,
                all_caps: false,
                line_start: newline,
            });
            i += len;
        }
        newline = false;
    }
}

/// The word token starting at `start` with its first character of class `class` and `len`
/// bytes; returns its end, and true when it ends at a [`glue_point`] (the rest of the word is
/// the next token).
#[inline(always)]
fn word(
    text: &str,
    start: usize,
    class: u8,
    len: usize,
    line_start: bool,
    out: &mut Vec<Token>,
) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = start + len;
    // The classes seen, or-ed: enough for the token's kind, and for "all capitals" when a
    // lower-case letter was seen (the usual case).
    let mut seen = class;
    loop {
        // ASCII: one table look-up per byte (a byte of a multi-byte character has no WORD bit).
        while let Some(&b) = bytes.get(end) {
            let c = BYTE_CLASS[b as usize];
            if c & WORD == 0 {
                break;
            }
            seen |= c;
            end += 1;
        }
        if end >= bytes.len() || bytes[end] < 0x80 {
            break;
        }
        let (c, n) = multi_class(text, end);
        if c & WORD == 0 {
            break;
        }
        seen |= c;
        end += n;
    }
    // A capital after a lower-case start (rare), or an ASCII capital inside a capitalized
    // word: maybe two paragraphs glued together.
    let mut glued = false;
    if seen & UPPER != 0
        && (class & UPPER == 0
            || end - start >= 6 && bytes[start + 1..end].iter().any(u8::is_ascii_uppercase))
    {
        if let Some(p) = glue_point(text, start, end) {
            end = p;
            seen = class | LOWER;
            glued = true;
        }
    }
    out.push(Token {
        start: start as u32,
        end: end as u32,
        // A letter or a mark makes a word; digits alone a number.
        kind: if seen & NONDIGIT == 0 {
            TokenKind::Number
        } else {
            TokenKind::Word
        },
        upper_initial: class & UPPER != 0,
        all_caps: seen & LOWER == 0 && letters_at_least_two(text, start, end),
        line_start,
    });
    (end, glued)
}

/// True when the terminal mark `toks[i]` ends a sentence although no space follows it, at a
/// paragraph break lost in the source ("…selon l'AFP.Les secours…", "…des personnes\".Le
/// maire…"): `toks[j]`, right after the mark (or its closing marks), is a capitalized word
/// with a lower-case letter, and a word of two letters or more, or a closing mark after a
/// word, comes before the mark.
#[cold]
fn glued_sentence(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    let next = toks[j];
    let before_word = |k: usize| toks[k].is_word() && toks[k].end - toks[k].start >= 2;
    next.is_word()
        && next.upper_initial
        && !next.all_caps
        && next.end - next.start >= 2
        && i > 0
        && (before_word(i - 1)
            || i > 1
                && matches!(punct_char(text, toks[i - 1]), '"' | '»' | '”' | ')')
                && before_word(i - 2))
}

/// Words written in lower case with a capital inside, which are no glued paragraphs.
const CAMEL_WORDS: &[&str] = &["bioMérieux", "easyJet", "easyVoyage", "easyCash"];

/// Words that open a sentence and, glued to a capitalized word before them, show a line break
/// lost there ("Alain JuppéCrédité de 38%", "Kad MeradEn 2008", "Wall StreetAux
/// Etats-Unis"). A closed list: brands glue words too ("PlayStation", "OnePlus", "AirFrance").
const GLUED_OPENERS: &[&str] = &[
    "Alors",
    "Après",
    "Au",
    "Aux",
    "Avant",
    "Avec",
    "Ce",
    "Cependant",
    "Ces",
    "Cet",
    "Cette",
    "Contacté",
    "Contactée",
    "Crédité",
    "Créditée",
    "Dans",
    "Depuis",
    "Des",
    "Du",
    "Elle",
    "Elles",
    "En",
    "Enfin",
    "Il",
    "Ils",
    "Interrogé",
    "Interrogée",
    "Interrogés",
    "La",
    "Le",
    "Les",
    "Lors",
    "Lorsque",
    "Mais",
    "Malgré",
    "Parmi",
    "Pendant",
    "Plutôt",
    "Pour",
    "Pourtant",
    "Selon",
    "Si",
    "Toutefois",
    "Un",
    "Une",
];

/// Where the word `text[start..end]` holds two paragraphs glued together by a lost line break
/// ("l'apaisementInterrogé par…", "présentée parCyril Lignac", "Alain JuppéCrédité de"): the
/// byte offset of the capital that opens the second, after at least three lower-case letters
/// (and the capital of a capitalized word) and before a lower-case one; in a capitalized
/// word, only before one of [`GLUED_OPENERS`]. None for a handle or a hashtag
/// ("@realDonaldTrump") and for [`CAMEL_WORDS`].
#[cold]
fn glue_point(text: &str, start: usize, end: usize) -> Option<usize> {
    if start > 0 && matches!(text.as_bytes()[start - 1], b'@' | b'#' | b'/' | b'.' | b'_') {
        return None;
    }
    let word = &text[start..end];
    let mut lower = 0;
    let mut chars = word.char_indices().peekable();
    let capitalized = chars.next_if(|(_, c)| c.is_uppercase()).is_some();
    while let Some((k, c)) = chars.next() {
        if c.is_lowercase() {
            lower += 1;
            continue;
        }
        let opens = c.is_uppercase()
            && lower >= 3
            && chars.next().is_some_and(|(_, d)| d.is_lowercase())
            && !CAMEL_WORDS.contains(&word)
            && (!capitalized || GLUED_OPENERS.contains(&&word[k..]));
        return opens.then_some(start + k);
    }
    None
}

/// True when the word `text[start..end]` has at least two letters (asked only of words with
/// no lower-case letter, which are rare).
#[cold]
fn letters_at_least_two(text: &str, start: usize, end: usize) -> bool {
    let mut letters = 0;
    let mut i = start;
    while i < end {
        let (c, n) = if text.as_bytes()[i] < 0x80 {
            (BYTE_CLASS[text.as_bytes()[i] as usize], 1)
        } else {
            multi_class(text, i)
        };
        letters += (c & ALPHA != 0) as usize;
        if letters >= 2 {
            return true;
        }
        i += n;
    }
    false
}

/// The segmenter as it was before the class tables, kept to check the fast one against.
#[cfg(test)]
mod reference {
    use super::{is_mark, Token, TokenKind, ABBREVIATIONS};
    use std::ops::Range;

    fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || is_mark(c)
    }

    pub fn is_abbreviation(word: &str) -> bool {
        // Initials: one letter ("J.").
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return c.is_alphabetic();
        }
        ABBREVIATIONS.contains(&word)
    }
    pub fn split(text: &str, toks: &[Token]) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let n = toks.len();
        let mut para_start = 0;
        let mut sent_start = 0;
        let mut guillemet_depth: u32 = 0;
        // Tokens before this index were already read by the look-ahead after a terminal mark:
        // each token is looked at once, so a run of k marks costs O(k), not O(k²).
        let mut read_to = 0;
        for i in 0..n {
            let t = toks[i];
            if i > 0 && t.line_start {
                if sent_start < i {
                    sentences.push(sent_start..i);
                }
                paragraphs.push(para_start..i);
                para_start = i;
                sent_start = i;
                guillemet_depth = 0;
            }
            if t.kind != TokenKind::Punct || i < read_to {
                continue;
            }
            let s = t.text(text);
            match s {
                "«" => guillemet_depth += 1,
                "»" => guillemet_depth = guillemet_depth.saturating_sub(1),
                "." | "!" | "?" => {
                    if s == "." && i > 0 {
                        let p = toks[i - 1];
                        if p.end == t.start && p.is_word() && is_abbreviation(p.text(text)) {
                            continue;
                        }
                    }
                    // Look at what follows: skip further terminal punctuation and closing marks.
                    let mut j = i + 1;
                    while j < n
                        && toks[j].kind == TokenKind::Punct
                        && !toks[j].line_start
                        && matches!(
                            toks[j].text(text),
                            "." | "!" | "?" | "»" | "\"" | "”" | ")" | "'" | "''"
                        )
                    {
                        if toks[j].text(text) == "»" {
                            guillemet_depth = guillemet_depth.saturating_sub(1);
                        }
                        j += 1;
                    }
                    read_to = j;
                    if j >= n || toks[j].line_start {
                        continue; // the paragraph break ends the sentence
                    }
                    let next = toks[j];
                    let spaced = next.start > toks[j - 1].end;
                    let opens = next.upper_initial
                        || matches!(next.text(text), "«" | "\"" | "“" | "—" | "-" | "'" | "''")
                        || next.kind == TokenKind::Number;
                    if (spaced && opens || !spaced && super::glued_sentence(text, toks, i, j))
                        && guillemet_depth == 0
                    {
                        sentences.push(sent_start..j);
                        sent_start = j;
                    }
                }
                _ => {}
            }
        }
        if sent_start < n {
            sentences.push(sent_start..n);
        }
        if para_start < n {
            paragraphs.push(para_start..n);
        }
        (sentences, paragraphs)
    }
    pub fn tokenize(text: &str, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut newline = true;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_whitespace() {
                    if b == b'\n' || b == b'\r' {
                        newline = true;
                    }
                    i += 1;
                    continue;
                }
                if b.is_ascii_alphanumeric() {
                    let glued;
                    (i, glued) = word(text, i, newline, out);
                    newline = glued;
                    continue;
                }
                let len = if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    2
                } else {
                    1
                };
                out.push(Token {
                    start: i as u32,
                    end: (i + len) as u32,
                    kind: TokenKind::Punct,
                    upper_initial: false,
                    all_caps: false,
                    line_start: newline,
                });
                newline = false;
                i += len;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if is_word_char(c) {
                let glued;
                (i, glued) = word(text, i, newline, out);
                if glued {
                    newline = true;
                    continue;
                }
            } else if c.is_whitespace() {
                if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                    newline = true;
                }
                i += len;
                continue;
            } else {
                out.push(Token {
                    start: i as u32,
                    end: (i + len) as u32,
                    kind: TokenKind::Punct,
                    upper_initial: false,
                    all_caps: false,
                    line_start: newline,
                });
                i += len;
            }
            newline = false;
        }
    }
    pub fn word(text: &str, start: usize, line_start: bool, out: &mut Vec<Token>) -> (usize, bool) {
        let bytes = text.as_bytes();
        let mut end = start;
        let mut letters = 0usize;
        let mut uppers = 0usize;
        let mut upper_initial = false;
        let mut digits_only = true;
        while end < bytes.len() {
            let b = bytes[end];
            if b < 0x80 {
                // ASCII: letters and digits are the only word characters.
                if b.is_ascii_alphabetic() {
                    digits_only = false;
                    letters += 1;
                    if b.is_ascii_uppercase() {
                        uppers += 1;
                        if end == start {
                            upper_initial = true;
                        }
                    }
                } else if !b.is_ascii_digit() {
                    break;
                }
                end += 1;
                continue;
            }
            let Some(c) = text[end..].chars().next() else {
                break;
            };
            if ('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷' {
                // Latin-1 letters (most accented letters of French text): no table look-up.
                digits_only = false;
                letters += 1;
                if c <= 'Þ' {
                    uppers += 1;
                    if end == start {
                        upper_initial = true;
                    }
                }
                end += 2;
                continue;
            }
            if !is_word_char(c) {
                break;
            }
            if c.is_alphabetic() {
                digits_only = false;
                letters += 1;
                if c.is_uppercase() {
                    uppers += 1;
                    if end == start {
                        upper_initial = true;
                    }
                }
            } else if !c.is_numeric() {
                digits_only = false;
            }
            end += c.len_utf8();
        }
        let mut glued = false;
        if !upper_initial && uppers > 0 || upper_initial && uppers > 1 {
            if let Some(p) = super::glue_point(text, start, end) {
                (end, uppers, glued) = (p, 0, true);
                letters = text[start..end].chars().count();
            }
        }
        out.push(Token {
            start: start as u32,
            end: end as u32,
            kind: if digits_only {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
            upper_initial,
            all_caps: letters >= 2 && uppers == letters,
            line_start,
        });
        (end, glued)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, &mut v);
        v.iter().map(|t| t.text(s)).collect()
    }

    fn sents(s: &str) -> Vec<String> {
        let mut seg = Segmentation::default();
        seg.compute(s);
        seg.sentences
            .iter()
            .map(|r| {
                let a = seg.tokens[r.start].start as usize;
                let b = seg.tokens[r.end - 1].end as usize;
                s[a..b].to_string()
            })
            .collect()
    }

    /// The class the properties of `char` give, as the tokenizer reads them.
    fn reference_class(c: char) -> u8 {
        if c.is_ascii() {
            let b = c as u8;
            return if b.is_ascii_alphabetic() {
                WORD | ALPHA | NONDIGIT | if b.is_ascii_uppercase() { UPPER } else { LOWER }
            } else if b.is_ascii_digit() {
                WORD
            } else if b.is_ascii_whitespace() {
                SPACE | if b == b'\n' || b == b'\r' { BREAK } else { 0 }
            } else {
                0
            };
        }
        let mut class = 0;
        if c.is_alphanumeric() || is_mark(c) {
            class |= WORD;
            if c.is_alphabetic() {
                class |= ALPHA | NONDIGIT | if c.is_uppercase() { UPPER } else { LOWER };
            } else if !c.is_numeric() {
                class |= NONDIGIT;
            }
        } else if c.is_whitespace() {
            class |= SPACE;
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                class |= BREAK;
            }
        }
        class
    }

    #[test]
    fn class_tables_agree_with_char_properties() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            let (class, len) = if c.is_ascii() {
                (BYTE_CLASS[c as usize], 1)
            } else {
                multi_class(&s, 0)
            };
            assert_eq!(len, c.len_utf8(), "{c:?}");
            assert_eq!(class, reference_class(c), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_mark(c), "{c:?}");
        }
    }

    #[test]
    fn latin1_letters_take_the_fast_path_with_the_same_flags() {
        for c in '\u{C0}'..='\u{FF}' {
            let w = format!("{c}x");
            let mut v = Vec::new();
            tokenize(&w, &mut v);
            if c == '×' || c == '÷' {
                assert_eq!(v[0].kind, TokenKind::Punct, "{c}");
                continue;
            }
            assert!(c.is_alphabetic(), "{c}");
            assert_eq!(v.len(), 1, "{c}");
            assert_eq!(v[0].upper_initial, c.is_uppercase(), "{c}");
        }
    }

    fn check_against_reference(s: &str) {
        let mut seg = Segmentation::default();
        seg.compute(s);
        let mut toks = Vec::new();
        reference::tokenize(s, &mut toks);
        assert_eq!(seg.tokens, toks, "{s:?}");
        let (sentences, paragraphs) = reference::split(s, &toks);
        assert_eq!(seg.sentences, sentences, "{s:?}");
        assert_eq!(seg.paragraphs, paragraphs, "{s:?}");
        // The first tokens alone are the first tokens of the whole.
        for n in 0..4 {
            let mut first = vec![Token {
                start: 0,
                end: 0,
                kind: TokenKind::Punct,
                upper_initial: false,
                all_caps: false,
                line_start: false,
            }];
            tokenize_first(s, n, &mut first);
            assert_eq!(&first[1..], &toks[..n.min(toks.len())], "{s:?} {n}");
        }
    }

    #[test]
    fn same_segmentation_as_the_reference() {
        for s in [
            "",
            "a",
            "É",
            "Le 12 mars, M. Dupont (PS) a dit : « Non. Jamais ! » Puis...\n\nFIN.",
            "AB Ab aB 12a a12 ½ x² ª MÉTÉO ÉtÉ Ça ﬁn e\u{301}te\u{301} Ἀθῆναι ΑΘΗΝΑ",
            "a\u{2028}b\u{85}c\u{a0}d\u{2003}e\u{200b}f\u{2014}g\u{2026}h\x0bi\x1fj\rk",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éabcdefghZ",
            "Mme. Mlles. J. etc. janv. févr. Gén. Sept. Mmes? St! x.Y x. Y x. « Y",
        ] {
            check_against_reference(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn same_segmentation_as_the_reference_on_random_text(
            s in "([a-zA-Z0-9 .!?«»\"“”—\\-\n]|é|É|ß|×|½|²|ª|\u{300}|\u{345}|\u{2028}|\u{a0}|\u{85}|\u{2019}|Ω|ω|ﬁ|Ⅳ|\u{1d400}|M|Mme|etc){0,60}"
        ) {
            check_against_reference(&s);
        }
    }

    #[test]
    fn abbreviation_keys_find_the_list() {
        for w in ABBREVIATIONS {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in [
            "Mm",
            "Mmeeeeeeeeeee",
            "",
            "de",
            "Macron",
            "MMe",
            "dé",
            "janvier",
        ] {
            assert_eq!(is_abbreviation(w), ABBREVIATIONS.contains(&w), "{w}");
        }
    }

    #[test]
    fn tokens() {
        assert_eq!(
            toks("l'OTAN a-t-elle dit"),
            ["l", "'", "OTAN", "a", "-", "t", "-", "elle", "dit"]
        );
        assert_eq!(
            toks("Pénicaud, 42 ans."),
            ["Pénicaud", ",", "42", "ans", "."]
        );
        assert_eq!(toks("«Oui»"), ["«", "Oui", "»"]);
    }

    #[test]
    fn sentences_respect_abbreviations() {
        assert_eq!(
            sents("M. Macron est là. Mme Borne aussi. J. Doe, etc."),
            ["M. Macron est là.", "Mme Borne aussi.", "J. Doe, etc."]
        );
    }

    #[test]
    fn no_split_inside_continuing_quote() {
        assert_eq!(
            sents("Il a dit : « Non. Jamais. » Puis il est parti."),
            ["Il a dit : « Non. Jamais. »", "Puis il est parti."]
        );
    }

    #[test]
    fn glued_paragraphs_split() {
        // A line break lost between a heading and its paragraph: the capital opens a new line.
        assert_eq!(
            toks("joue l'apaisementInterrogé par parCyril"),
            [
                "joue",
                "l",
                "'",
                "apaisement",
                "Interrogé",
                "par",
                "par",
                "Cyril"
            ]
        );
        let mut seg = Segmentation::default();
        seg.compute("Le Maire joue l'apaisementInterrogé par le JDD, il nie.");
        assert_eq!(seg.paragraphs.len(), 2);
        assert!(seg.tokens[6].line_start && !seg.tokens[5].line_start);
        // After a capitalized word, before a word that opens sentences.
        assert_eq!(
            toks("Alain JuppéCrédité de 38%, Kad MeradEn 2008, Wall StreetAux"),
            [
                "Alain",
                "Juppé",
                "Crédité",
                "de",
                "38",
                "%",
                ",",
                "Kad",
                "Merad",
                "En",
                "2008",
                ",",
                "Wall",
                "Street",
                "Aux"
            ]
        );
        let mut seg = Segmentation::default();
        seg.compute("Avantage à Alain JuppéCrédité de 38%, il mène.");
        assert_eq!(seg.paragraphs.len(), 2);
        assert!(seg.tokens[4].line_start);
        // Not a handle, a brand written so, a short prefix or a capital before capitals; after
        // a capitalized word, not before other words.
        for w in [
            "@realDonaldTrump",
            "bioMérieux",
            "easyJet",
            "iPhone",
            "beIN",
            "macOS",
            "PlayStation",
            "OnePlus",
            "YouTube",
            "AstraZeneca",
            "FranceInfo",
            "McDonald",
            "MacDonald",
            "DeSantis",
            "#MeToo",
            "@FranceLes",
        ] {
            let mut seg = Segmentation::default();
            seg.compute(w);
            assert_eq!(seg.paragraphs.len(), 1, "{w}");
            assert!(
                seg.tokens.iter().all(|t| !t.line_start || t.start == 0),
                "{w}"
            );
        }
        // A full stop with no space before a capitalized word ends the sentence; not after an
        // initial, in a number or before capitals.
        assert_eq!(
            sents("Il l'a dit à l'AFP.Les secours sont là. Des « personnes ».Le maire vient."),
            [
                "Il l'a dit à l'AFP.",
                "Les secours sont là.",
                "Des « personnes ».",
                "Le maire vient."
            ]
        );
        assert_eq!(
            sents("M.Macron a 3.5 points. Le site lemonde.FR parle."),
            ["M.Macron a 3.5 points.", "Le site lemonde.FR parle."]
        );
    }

    #[test]
    fn paragraphs() {
        let mut seg = Segmentation::default();
        seg.compute("Titre\n\nUn. Deux.\nTrois");
        assert_eq!(seg.paragraphs.len(), 3);
        assert_eq!(seg.sentences.len(), 4);
    }
}

/// One article as the later stages see it: the normalized text, its segmentation, its language.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The normalized text.
    pub text: &'a str,
    /// Its tokens, sentences and paragraphs.
    pub seg: &'a Segmentation,
    /// Its language.
    pub lang: crate::lang::Lang,
}

impl<'a> Doc<'a> {
    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }
    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }
    /// True when there are no tokens.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }
    /// True when tokens `i` and `i + 1` touch (no space between).
    #[inline]
    pub fn touches_next(&self, i: usize) -> bool {
        i + 1 < self.seg.tokens.len() && self.seg.tokens[i].end == self.seg.tokens[i + 1].start
    }
    /// True when token `i` starts a sentence (first token, or after a sentence break).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = self.seg.sentence_of(i);
        self.seg.sentences.get(s).is_some_and(|r| r.start == i)
    }
}
