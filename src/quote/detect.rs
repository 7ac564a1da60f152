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
//!   non-space and before a space, punctuation or the end); with one open, it closes it.
//! - Paragraph rule (stated in the issue): a quote still open at a line break continues only when
//!   the next paragraph opens with the same mark (French « on each paragraph, one » at the end;
//!   English likewise with “); that mark is then part of the span. Otherwise the quote is
//!   *unbalanced* and is closed at the end of its paragraph, so a lost mark never swallows the
//!   rest of the article.
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
}

impl Mark {
    fn opening(self) -> char {
        match self {
            Mark::Guillemet => '«',
            Mark::Curly => '“',
            Mark::Low => '„',
            Mark::Single => '‹',
            Mark::Straight => '"',
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

/// End of the text before `i`, trailing whitespace trimmed.
fn trim_end(text: &str, i: usize) -> usize {
    text[..i].trim_end().len()
}

/// True for a byte that starts (or continues) a run [`detect`] can skip: ASCII other than a line
/// break or `"`, and the characters U+00C0-U+07FF (accented letters: never a mark, a dash or
/// whitespace), lead and continuation bytes alike.
#[inline]
fn skippable(b: u8) -> bool {
    (b < 0x80 && b != b'\n' && b != b'\r' && b != b'"')
        || (0x80..=0xBF).contains(&b)
        || (0xC3..=0xDF).contains(&b)
}

/// The end of the run of [`skippable`] bytes starting at `i`. Eight bytes at a time: a word
/// with no byte below 0x0E (line breaks), no `"`, no 0xC2 (the lead byte of « and ») and no lead
/// byte of a three- or four-byte character (dashes, curly quotes) is skippable (0xC0 and 0xC1
/// never occur in UTF-8); other words are looked at byte by byte.
fn skip_run(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'\n'; 8]));
        // The high bit of a byte below `n` (or maybe of a byte after one): nonzero when some
        // byte of `x` is below `n`.
        let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x;
        let eq = |b: u8| below(x ^ (ONES * u64::from(b)), 1);
        let stop = below(x, 0x0E) | eq(b'"') | eq(0xC2) | x & (x << 1) & (x << 2);
        if stop & HIGH != 0 {
            if let Some(k) = chunk.iter().position(|&b| !skippable(b)) {
                return i + k;
            }
        }
        i += 8;
    }
    while i < bytes.len() && skippable(bytes[i]) {
        i += 1;
    }
    i
}

/// Appends the quotes of `text` in order.
pub fn detect(text: &str, out: &mut Vec<Raw>) {
    let mut stack: Vec<(usize, Mark)> = Vec::with_capacity(MAX_DEPTH);
    // Byte offset of a mark that continues the open quote across a paragraph break.
    let mut continue_at = usize::MAX;
    // Skip the rest of a run of line breaks already handled.
    let mut handled_until = 0usize;
    let mut line_start = true;
    let mut prev: char = ' ';
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if skippable(bytes[i]) {
            // Most of the text: letters, digits, spaces and ASCII punctuation change nothing but
            // `prev` and `line_start`.
            let j = skip_run(bytes, i);
            if line_start
                && bytes[i..j]
                    .iter()
                    .any(|b| !matches!(b, b' ' | b'\t' | b'\x0B' | b'\x0C' | 0x80..=0xBF))
            {
                line_start = false;
            }
            prev = text[..j].chars().next_back().unwrap_or(prev);
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
            if first == Some(m0.opening()) && m0 != Mark::Straight {
                continue_at = j;
                stack.truncate(1);
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
                if open.is_some() {
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
                    if prev.is_ascii_digit() || closing_like {
                        None
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
