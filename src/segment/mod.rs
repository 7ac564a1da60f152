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
}

/// True for characters that belong inside a word token.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Me", "Mgr", "Pr", "St", "Ste", "Mr",
    "Mrs", "Ms", "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Sen", "Rep", "Gov", "Jr", "Sr", "Inc",
    "Corp", "Co", "etc", "cf", "av", "bd", "vol", "p", "n", "no", "art", "env", "min", "Ltd", "vs",
    "St", "Mt", "ex", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "oct",
    "nov", "déc",
];

fn is_abbreviation(word: &str) -> bool {
    // Initials: one letter ("J.").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    ABBREVIATIONS.contains(&word)
}

impl Segmentation {
    /// Segments `text` (normalized) into `self`, reusing its buffers.
    pub fn compute(&mut self, text: &str) {
        self.tokens.clear();
        self.sentences.clear();
        self.paragraphs.clear();
        tokenize(text, &mut self.tokens);
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
        for i in 0..n {
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
                        && matches!(toks[j].text(text), "." | "!" | "?" | "»" | "\"" | "”" | ")")
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
                        || matches!(next.text(text), "«" | "\"" | "“" | "—" | "-")
                        || next.kind == TokenKind::Number;
                    if spaced && opens && guillemet_depth == 0 {
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
                i = word(text, i, newline, out);
                newline = false;
                continue;
            }
            out.push(Token {
                start: i as u32,
                end: i as u32 + 1,
                kind: TokenKind::Punct,
                upper_initial: false,
                all_caps: false,
                line_start: newline,
            });
            newline = false;
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if is_word_char(c) {
            i = word(text, i, newline, out);
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

fn word(text: &str, start: usize, line_start: bool, out: &mut Vec<Token>) -> usize {
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
    end
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
