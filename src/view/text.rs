//! Small text helpers shared by the views: accent folding, field escaping, width trimming.

use std::io::{self, Write};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthChar;

/// Folds `s` for matching: canonical decomposition without combining marks, lower case, then
/// split into words on anything that is not a letter or a digit (`Jean-Luc Mélenchon` ->
/// `["jean", "luc", "melenchon"]`).
pub fn fold_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Replaces runs of whitespace (newlines included) and control characters by one space, for
/// one-line displays.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `s` cut to at most `max` columns, with `…` at the end when cut.
pub fn trim_to(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max - 1 {
            break;
        }
        w += cw;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `cols` columns (never cut).
pub fn pad(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Writes one CSV row (RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes
/// doubled), ended by CRLF-free `\n`.
pub fn write_csv_row<W: Write + ?Sized>(out: &mut W, fields: &[&str]) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if f.contains([',', '"', '\r', '\n']) {
            out.write_all(b"\"")?;
            out.write_all(f.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

/// Writes one TSV row: tabs, newlines, carriage returns and backslashes in fields become
/// `\t`, `\n`, `\r` and `\\`, so each row is one line and each field one column.
pub fn write_tsv_row<W: Write + ?Sized>(out: &mut W, fields: &[&str]) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\t")?;
        }
        if f.contains(['\t', '\n', '\r', '\\']) {
            let mut s = String::with_capacity(f.len() + 8);
            for c in f.chars() {
                match c {
                    '\t' => s.push_str("\\t"),
                    '\n' => s.push_str("\\n"),
                    '\r' => s.push_str("\\r"),
                    '\\' => s.push_str("\\\\"),
                    c => s.push(c),
                }
            }
            out.write_all(s.as_bytes())?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

/// Appends `s` to `out` escaped for HTML text and attribute values (`& < > " '`).
pub fn push_html(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `s` escaped for HTML.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_html(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! rows {
        ($f:ident: $($name:ident: $input:expr => $want:expr;)*) => {
            $( #[test] fn $name() { assert_eq!($f($input), $want); } )*
        };
    }

    fn words(s: &str) -> String {
        fold_words(s).join(" ")
    }
    rows! { words:
        fold_accents: "Jean-Luc MÉLENCHON" => "jean luc melenchon";
        fold_apostrophe: "l’Élysée" => "l elysee";
        fold_decomposed: "E\u{301}lise\u{301}e" => "elisee";
        fold_empty: " — " => "";
    }

    fn csv(fields: &[&str]) -> String {
        let mut v = Vec::new();
        write_csv_row(&mut v, fields).unwrap();
        String::from_utf8(v).unwrap()
    }
    rows! { csv:
        csv_plain: &["a", "b c"] => "a,b c\n";
        csv_comma_quote: &["a,b", "say \"hi\""] => "\"a,b\",\"say \"\"hi\"\"\"\n";
        csv_newline: &["x\ny", ""] => "\"x\ny\",\n";
    }

    fn tsv(fields: &[&str]) -> String {
        let mut v = Vec::new();
        write_tsv_row(&mut v, fields).unwrap();
        String::from_utf8(v).unwrap()
    }
    rows! { tsv:
        tsv_plain: &["a", "b"] => "a\tb\n";
        tsv_escapes: &["a\tb", "c\nd\\"] => "a\\tb\tc\\nd\\\\\n";
    }

    #[test]
    fn trims_by_columns() {
        assert_eq!(trim_to("abcdef", 4), "abc…");
        assert_eq!(trim_to("abc", 3), "abc");
        assert_eq!(trim_to("日本語です", 5), "日本…");
        assert_eq!(one_line(" a\n\n b\t"), "a b");
        assert_eq!(html("<script>&'\""), "&lt;script&gt;&amp;&#39;&quot;");
    }
}
