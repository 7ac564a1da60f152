//! Quote spans: pairing quotation marks, and dialogue lines opened by a dash.
//!
//! One pass over the characters with a small stack of open marks (at most [`MAX_DEPTH`] deep;
//! deeper opening marks are ignored, so a million « cost a million steps and one quote).
//!
//! - « » ‹ › “ ” „ “ pair by kind; a closing mark closes the nearest open mark of its kind and
//!   every mark opened inside it (an inner quote left open is dropped). A closing mark with no
//!   open mark of its kind is ignored. Only the outermost quote is a span: nested quotes are part
//!   of it.
//! - Straight `"` pair by position: with no straight quote open, a `"` opens one unless it stands
//!   right after a digit (an inch mark: `a 12" pipe`) or looks like a closing mark (after a
//!   non-space and before a space, punctuation or the end); with one open, it closes it, unless
//!   it stands after a space and before a letter or digit: then the open one lost its closing
//!   mark and is dropped, and this one opens. A closing-like `"` that ends its line opens
//!   after all when the next paragraph opens with a letter or a digit and its first `"` reads
//!   as closing: the source moved the opening mark to the end of the line before
//!   (`…selon les officiels."⏎Les plastiques …", a déclaré M. X`); the span runs from that
//!   mark.
//! - `’’` (two closing single quotes, normalized to `''`) after a non-space closes an open “ or
//!   „, as ” does: some newsrooms type it for ”.
//! - After `=`, a `"` opens a markup attribute's value (`url="…"`, `pic=""`), skipped to its
//!   closing `"` on the same line: no quote.
//! - Otherwise `''` (some newswires type both double quotes so: `''Yes,'' he said`) pairs by
//!   position as `"` does: with none open, it opens after a space (or `(`, `[`, `—`, a line start)
//!   and before a non-space; with one open, it closes it, unless it could open (the open one lost
//!   its closing mark and is dropped). Texts without `''` skip this (one `memmem` per text).
//! - Paragraph rule (stated in the issue): a quote still open at a line break continues only when
//!   the next paragraph opens with the same mark (French « on each paragraph, one » at the end;
//!   English likewise with “); that mark is then part of the span. Otherwise the quote is
//!   *unbalanced* and is closed at the end of its paragraph, so a lost mark never swallows the
//!   rest of the article. A line break inside a sentence is no paragraph end: the quote goes on
//!   when the line ends in a letter, a digit or a comma and the next opens in lower case.
//! - Dialogue: a paragraph that opens with a dash (`— Bonjour, dit-il.`) is a quote from the dash
//!   to the end of the paragraph (see `super::split` for the narrator's asides that cut it).

/// The deepest nesting tracked.
pub const MAX_DEPTH: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Guillemet,
    Curly,
    Low,
    Single,
    Straight,
    /// `''`: a double quote typed as two apostrophes (some English newswires).
    Doubled,
}

impl Mark {
    fn opening(self) -> char {
        match self {
            Mark::Guillemet => '«',
            Mark::Curly => '“',
            Mark::Low => '„',
            Mark::Single => '‹',
            Mark::Straight => '"',
            Mark::Doubled => '\'',
        }
    }
}

/// A raw quote span (normalized bytes, marks included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raw {
    /// First byte (the opening mark or the dash).
    pub start: usize,
    /// One past the last byte (after the closing mark, or the end of the dialogue line).
    pub end: usize,
    /// A dialogue line opened by a dash.
    pub dash: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// True when the line break at `here` cuts a sentence rather than ending a paragraph: the line
/// before ends in a letter, a digit or a comma (no final punctuation, no closing mark) and the
/// next line (starting with `first`) opens with a lower-case letter
/// (`… the decision-maker⏎⏎based on the recommendation …`).
fn broken_line(text: &str, here: usize, first: Option<char>) -> bool {
    first.is_some_and(char::is_lowercase)
        && text[..here]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// End of the text before `i`, trailing whitespace trimmed.
fn trim_end(text: &str, i: usize) -> usize {
    text[..i].trim_end().len()
}

/// True for a byte that starts (or continues) a run [`detect`] can skip: ASCII other than a line
/// break or `"`, and the characters U+00C0-U+07FF (accented letters: never a mark, a dash or
/// whitespace), lead and continuation bytes alike. The others are line breaks, `"`, 0xC2 (the
/// lead byte of « and »), the lead bytes of three- and four-byte characters (dashes, curly
/// quotes) and 0xC0-0xC1 (never in UTF-8). Branch-free, so that a block of bytes is tested with a
/// few vector instructions.
#[inline]
fn skippable(b: u8) -> bool {
    !((b == b'\n') | (b == b'\r') | (b == b'"') | (b.wrapping_sub(0xC0) < 3) | (b >= 0xE0))
}

/// The bytes [`skip_run`] tests at once.
const BLOCK: usize = 32;

/// True when `block` may hold a byte that is not [`skippable`]: a byte below 0x0E, `"`, 0xC2 or
/// a byte from 0xE0 (`b + 0x20 < 0x2E` holds for 0xE0-0xFF and 0x00-0x0D). Fewer tests than
/// [`skippable`]: the quick look at every block.
#[inline]
fn may_stop(block: &[u8; BLOCK]) -> bool {
    let mut acc = 0u8;
    for &b in block {
        acc |= u8::from(b.wrapping_add(0x20) < 0x2E) | u8::from(b == b'"') | u8::from(b == 0xC2);
    }
    acc != 0
}

/// The offset of the first byte of `block` that is not [`skippable`]: one flag byte per byte
/// (vector instructions), then the first nonzero flag, eight at a time.
#[inline]
fn first_stop(block: &[u8; BLOCK]) -> Option<usize> {
    let mut flags = [0u8; BLOCK];
    for (f, &b) in flags.iter_mut().zip(block) {
        *f = u8::from(!skippable(b));
    }
    flags.chunks_exact(8).enumerate().find_map(|(k, w)| {
        let x = u64::from_le_bytes(w.try_into().unwrap_or_default());
        (x != 0).then(|| 8 * k + x.trailing_zeros() as usize / 8)
    })
}

/// The end of the run of [`skippable`] bytes starting at `i`, [`BLOCK`] bytes at a time (a stop
/// comes every hundred bytes or so in news text).
fn skip_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(block) = bytes.get(i..i + BLOCK) {
        let block = block.try_into().unwrap_or(&[b'\n'; BLOCK]);
        if may_stop(block) {
            if let Some(k) = first_stop(block) {
                return i + k;
            }
        }
        i += BLOCK;
    }
    while i < bytes.len() && skippable(bytes[i]) {
        i += 1;
    }
    i
}

/// The offset of the first `''` in `bytes[i..j]` that reads as a closing double quote: two
/// apostrophes (typeset `’’`, normalized) right after a non-space and not before a letter or a
/// digit (`creators,’’ says`).
fn doubled_apostrophe(bytes: &[u8], i: usize, j: usize) -> Option<usize> {
    let mut from = i;
    while let Some(k) = memchr::memchr(b'\'', &bytes[from..j]).map(|k| from + k) {
        let closing = k > 0
            && bytes.get(k + 1) == Some(&b'\'')
            && !bytes[k - 1].is_ascii_whitespace()
            && !bytes.get(k + 2).is_some_and(u8::is_ascii_alphanumeric);
        if closing && k + 2 <= j {
            return Some(k);
        }
        from = k + 1;
    }
    None
}

/// Appends the quotes of `text` in order.
pub fn detect(text: &str, out: &mut Vec<Raw>) {
    let mut stack: Vec<(usize, Mark)> = Vec::with_capacity(MAX_DEPTH);
    // Byte offset of a mark that continues the open quote across a paragraph break.
    let mut continue_at = usize::MAX;
    // Byte offset of a `"` at a line's end that opens the quote of the next paragraph.
    let mut displaced = usize::MAX;
    // Skip the rest of a run of line breaks already handled.
    let mut handled_until = 0usize;
    let mut line_start = true;
    let mut prev: char = ' ';
    let bytes = text.as_bytes();
    // `''` as a double quote: looked for only in texts that have it.
    let has_doubled = memchr::memmem::find(bytes, b"''").is_some();
    let mut i = 0;
    while i < bytes.len() {
        if skippable(bytes[i]) {
            // Most of the text: letters, digits, spaces and ASCII punctuation change nothing but
            // `prev` and `line_start`.
            let mut j = skip_run(bytes, i);
            // `’’` (normalized to `''`) closing an open “: the run stops after it.
            let curly_open = stack
                .iter()
                .any(|&(_, m)| m == Mark::Curly || m == Mark::Low);
            let two = curly_open
                .then(|| doubled_apostrophe(bytes, i, j))
                .flatten();
            if let Some(k) = two {
                j = k + 2;
            }
            // Otherwise a `''` pairs with the next one, as `"` does.
            let doubled = (two.is_none() && has_doubled)
                .then(|| memchr::memmem::find(&bytes[i..j], b"''").map(|k| i + k))
                .flatten()
                .filter(|&k| k + 2 <= j);
            if let Some(k) = doubled {
                j = k + 2;
                let before = if k > i {
                    text[..k].chars().next_back().unwrap_or(' ')
                } else {
                    prev
                };
                let after = text[j..].chars().next();
                let open = stack.iter().rposition(|&(_, m)| m == Mark::Doubled);
                let opens_here = (before.is_whitespace() || matches!(before, '(' | '[' | '—'))
                    && after.is_some_and(|a| !a.is_whitespace());
                match open {
                    // After a space and before a word, it opens: the open one lost its mark.
                    Some(p) if opens_here => {
                        stack.truncate(p);
                        stack.push((k, Mark::Doubled));
                    }
                    Some(p) => close(text, &mut stack, Some(p), j, out),
                    None if opens_here && stack.len() < MAX_DEPTH => {
                        stack.push((k, Mark::Doubled));
                    }
                    None => {}
                }
            }
            if line_start
                && bytes[i..j]
                    .iter()
                    .any(|b| !matches!(b, b' ' | b'\t' | b'\x0B' | b'\x0C' | 0x80..=0xBF))
            {
                line_start = false;
            }
            prev = text[..j].chars().next_back().unwrap_or(prev);
            if two.is_some() {
                let p = stack
                    .iter()
                    .rposition(|&(_, m)| m == Mark::Curly || m == Mark::Low);
                close(text, &mut stack, p, j, out);
            }
            i = j;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_break(c) {
            line_start = true;
            prev = c;
            let here = i;
            i += len;
            if here < handled_until || stack.is_empty() {
                continue;
            }
            let rest = &text[here..];
            let skip = rest.len() - rest.trim_start().len();
            let j = here + skip;
            handled_until = j;
            let first = text[j..].chars().next();
            let m0 = stack[0].1;
            if stack[0].0 == displaced && trim_end(text, here) == displaced + 1 {
                // A `"` that ended the line opens the quote of the next paragraph.
            } else if first == Some(m0.opening()) && !matches!(m0, Mark::Straight | Mark::Doubled) {
                continue_at = j;
                stack.truncate(1);
            } else if broken_line(text, here, first) {
                // A line broken inside a sentence: the quote goes on.
            } else {
                let s0 = stack[0].0;
                out.push(Raw {
                    start: s0,
                    end: trim_end(text, here),
                    dash: false,
                });
                stack.clear();
            }
            continue;
        }
        let at_line_start = line_start && !c.is_whitespace();
        if !c.is_whitespace() {
            line_start = false;
        }
        if i == continue_at {
            prev = c;
            i += len;
            continue;
        }
        if at_line_start && stack.is_empty() && c == '—' {
            // A dialogue line: to the end of the paragraph.
            let end = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(text.len(), |k| i + k);
            let end = trim_end(text, end);
            if text[i + len..end].chars().any(char::is_alphabetic) {
                out.push(Raw {
                    start: i,
                    end,
                    dash: true,
                });
                // Marks inside a dialogue line belong to it: skip to its end.
                i = end.max(i + len);
                prev = ' ';
                continue;
            }
        }
        // Markup's attribute value (`url="…"`, `pic=""`) is no quote: skipped to its closing
        // `"` on the same line.
        if c == '"' && prev == '=' && !stack.iter().any(|&(_, m)| m == Mark::Straight) {
            let line =
                memchr::memchr2(b'\n', b'\r', &bytes[i + 1..]).map_or(bytes.len(), |k| i + 1 + k);
            if let Some(k) = memchr::memchr(b'"', &bytes[i + 1..line]) {
                i += k + 2;
                prev = '"';
                continue;
            }
        }
        let opening = match c {
            '«' => Some(Mark::Guillemet),
            '„' => Some(Mark::Low),
            '‹' => Some(Mark::Single),
            '“' => {
                // “ closes a „ when that is the nearest open mark of the two.
                let near = stack
                    .iter()
                    .rposition(|&(_, m)| m == Mark::Low || m == Mark::Curly);
                if near.is_some_and(|p| stack[p].1 == Mark::Low) {
                    close(text, &mut stack, near, i + len, out);
                    None
                } else {
                    Some(Mark::Curly)
                }
            }
            '"' => {
                let open = stack.iter().rposition(|&(_, m)| m == Mark::Straight);
                // After a space and before a letter, a `"` opens: the one still open lost its
                // closing mark (`"wheelhouse and "in the books"`), and is dropped.
                let reopens = open.is_some()
                    && prev.is_whitespace()
                    && text[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if let (true, Some(p)) = (reopens, open) {
                    stack.truncate(p);
                    Some(Mark::Straight)
                } else if open.is_some() {
                    close(text, &mut stack, open, i + 1, out);
                    None
                } else {
                    let next = text[i + 1..].chars().next();
                    let after_space = next.is_none_or(|n| {
                        n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')
                    });
                    let closing_like = !prev.is_whitespace()
                        && !matches!(prev, '(' | '[' | '—' | '-' | '«' | '“')
                        && after_space;
                    if prev.is_ascii_digit() {
                        None
                    } else if closing_like {
                        // `…selon les officiels."⏎Les plastiques …", a déclaré M. X`: the
                        // opening mark of the next paragraph's quote, set at this line's end.
                        displaced_opening(text, i + 1).then(|| {
                            displaced = i;
                            Mark::Straight
                        })
                    } else {
                        Some(Mark::Straight)
                    }
                }
            }
            '»' => {
                let p = stack.iter().rposition(|&(_, m)| m == Mark::Guillemet);
                close(text, &mut stack, p, i + len, out);
                None
            }
            '”' => {
                let p = stack
                    .iter()
                    .rposition(|&(_, m)| m == Mark::Curly || m == Mark::Low);
                close(text, &mut stack, p, i + len, out);
                None
            }
            '›' => {
                let p = stack.iter().rposition(|&(_, m)| m == Mark::Single);
                close(text, &mut stack, p, i + len, out);
                None
            }
            _ => None,
        };
        if let Some(m) = opening {
            if stack.len() < MAX_DEPTH {
                stack.push((i, m));
            }
        }
        prev = c;
        i += len;
    }
    if let Some(&(s0, _)) = stack.first() {
        out.push(Raw {
            start: s0,
            end: trim_end(text, text.len()),
            dash: false,
        });
    }
}

/// True when the `"` ending at `after` ends its line (spaces aside) and the next paragraph
/// opens with a letter or a digit and holds a `"` that reads as a closing mark (after a
/// non-space, before a space, a punctuation mark or the line's end) before any that reads as
/// an opening one: the mark opens that paragraph's quote, displaced to the end of the line
/// before by the source's layout (`…affaires."⏎Je ne suis pas candidat", a-t-il dit.`).
#[cold]
fn displaced_opening(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    let line = rest.trim_start_matches([' ', '\t']);
    if !line.starts_with(['\n', '\r']) {
        return false;
    }
    let para = line.trim_start();
    if !para.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    // The paragraph's first `"`, if it comes before the line's end (one vector scan).
    let k = match memchr::memchr3(b'"', b'\n', b'\r', para.as_bytes()) {
        Some(k) if para.as_bytes()[k] == b'"' => k,
        _ => return false,
    };
    let before = para[..k].chars().next_back();
    let next = para[k + 1..].chars().next();
    before.is_some_and(|b| !b.is_whitespace())
        && next.is_none_or(|n| {
            n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')
        })
}

fn close(
    _text: &str,
    stack: &mut Vec<(usize, Mark)>,
    pos: Option<usize>,
    end: usize,
    out: &mut Vec<Raw>,
) {
    let Some(p) = pos else { return };
    let start = stack[p].0;
    stack.truncate(p);
    if p == 0 {
        out.push(Raw {
            start,
            end,
            dash: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{first_stop, may_stop, skip_run, skippable, BLOCK};

    /// The definition of [`skippable`] as written before it was made branch-free.
    fn skippable_plain(b: u8) -> bool {
        (b < 0x80 && b != b'\n' && b != b'\r' && b != b'"')
            || (0x80..=0xBF).contains(&b)
            || (0xC3..=0xDF).contains(&b)
    }

    #[test]
    fn block_tests_agree_with_the_byte_test() {
        for b in 0..=u8::MAX {
            assert_eq!(skippable(b), skippable_plain(b), "{b:#04X}");
            for k in 0..BLOCK {
                let mut block = [b'a'; BLOCK];
                block[k] = b;
                let want = (!skippable(b)).then_some(k);
                assert_eq!(first_stop(&block), want, "{b:#04X} at {k}");
                // The quick test may say yes for nothing, never no for a stop (0xC0 and 0xC1
                // are never in a str).
                let in_str = !matches!(b, 0xC0 | 0xC1);
                assert!(
                    may_stop(&block) || want.is_none() || !in_str,
                    "{b:#04X} at {k}"
                );
                // Behind an earlier stop, the first one wins.
                block[0] = b'"';
                assert_eq!(first_stop(&block), Some(0));
            }
        }
    }

    #[test]
    fn skip_run_stops_at_the_first_stop() {
        for len in 0..3 * BLOCK {
            for stop in [
                &b"\n"[..],
                b"\r",
                b"\"",
                "«".as_bytes(),
                "—".as_bytes(),
                "“".as_bytes(),
            ] {
                let mut text = "é".repeat(len / 2).into_bytes();
                text.truncate(len);
                text.resize(len, b'a');
                text.extend_from_slice(stop);
                text.extend_from_slice(b"tail");
                assert_eq!(skip_run(&text, 0), len, "{len} {stop:?}");
                // Plain text to the end.
                assert_eq!(skip_run(&text[..len], 0), len);
            }
        }
    }
}
