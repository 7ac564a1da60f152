//! Reading articles: files, folders, JSON Lines, gzip, standard input.
//!
//! - A `.txt` file is one article; its id is the path as given.
//! - A `.jsonl` or `.ndjson` file holds one article per line, with `id` and `text` fields
//!   (renamable). An absent or null id becomes `FILE:LINE`. Empty lines are not records.
//! - `.gz` of either is decompressed on the fly.
//! - A folder is walked recursively in sorted path order; only the files above are read.
//! - `-` reads standard input: JSON Lines when the first non-blank byte is `{`, else one article.
//!
//! Every record read yields one [`Item`]: an article, or an error (malformed JSON, missing or
//! non-string text, invalid UTF-8, too large, a read error in a truncated gzip) that takes the
//! article's place. Memory is bounded: a line longer than the article limit is skipped while
//! being read (an error item says so), never held whole.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::error::Error;
use crate::output::RecordError;

/// How to read standard input (and files whose extension says nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines when the first non-blank byte is `{`, else one text article.
    Auto,
    /// JSON Lines.
    Jsonl,
    /// One text article.
    Text,
}

/// Reading options.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// The id field of JSONL records.
    pub id_field: String,
    /// The text field of JSONL records.
    pub text_field: String,
    /// Format of stdin and of files with other extensions.
    pub format: Format,
    /// Articles larger than this (bytes) give an error record instead.
    pub max_article_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            id_field: "id".into(),
            text_field: "text".into(),
            format: Format::Auto,
            max_article_bytes: 10 * 1024 * 1024,
        }
    }
}

/// One input record.
#[derive(Debug)]
pub struct Item {
    /// The id written in the output record.
    pub id: Value,
    /// The article, or why it could not be read.
    pub body: Result<Article, RecordError>,
    /// Bytes of input this record took.
    pub bytes: usize,
}

/// A record as [`Reader::next_raw`] read it.
#[derive(Debug)]
pub enum Raw {
    /// An item already made (a text file's article, or an error).
    Item(Item),
    /// A JSONL record's line, to parse.
    Line(Line),
}

impl Raw {
    /// Bytes of input this record took.
    pub fn bytes(&self) -> usize {
        match self {
            Raw::Item(item) => item.bytes,
            Raw::Line(line) => line.n,
        }
    }
}

/// A JSONL record's line as read (trimmed), not parsed yet.
#[derive(Debug)]
pub struct Line {
    bytes: Vec<u8>,
    /// Bytes of input the line took.
    n: usize,
    /// Its line number.
    at: u64,
    /// Its file.
    name: Arc<str>,
}

impl Line {
    /// The record's item, as [`Reader::next_item`] would have given it (`opts` are the
    /// reader's, [`Reader::options`]).
    pub fn parse(&self, opts: &InputOptions) -> Item {
        parse_line(&self.bytes, self.n, self.at, &self.name, opts)
    }
}

/// A readable article.
#[derive(Debug)]
pub struct Article {
    /// The text.
    pub text: String,
    /// Other fields of the input record, carried through.
    pub extra: Map<String, Value>,
}

/// An input source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

/// Expands paths (folders walked recursively in sorted order) into sources. `-` is stdin; no
/// path at all means stdin.
pub fn sources(paths: &[PathBuf]) -> Result<Vec<Source>, Error> {
    if paths.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                let entry = entry.map_err(|e| Error::io(p, io::Error::other(e.to_string())))?;
                if entry.file_type().is_file() && kind_of(entry.path()).is_some() {
                    files.push(entry.path().to_path_buf());
                }
            }
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Jsonl,
}

fn kind_of(p: &Path) -> Option<FileKind> {
    let name = p.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".txt") {
        Some(FileKind::Text)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(FileKind::Jsonl)
    } else {
        None
    }
}

fn is_gz(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Reads items from sources in order. Iterate with [`Reader::next_item`].
pub struct Reader {
    sources: std::vec::IntoIter<Source>,
    opts: InputOptions,
    current: Option<Current>,
    /// Fatal errors (a file that cannot be opened) are returned once, then reading goes on.
    pub fatal: Vec<Error>,
}

struct Current {
    name: String,
    /// The same, for the lines handed out unparsed.
    shared_name: Arc<str>,
    lines: Option<Box<dyn BufRead + Send>>,
    line_no: u64,
    pending: Option<Item>,
    /// The line being read, reused from line to line.
    buf: Vec<u8>,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").finish_non_exhaustive()
    }
}

impl Reader {
    /// A reader over `sources`.
    pub fn new(sources: Vec<Source>, opts: InputOptions) -> Reader {
        Reader {
            sources: sources.into_iter(),
            opts,
            current: None,
            fatal: Vec::new(),
        }
    }

    /// The reading options.
    pub fn options(&self) -> &InputOptions {
        &self.opts
    }

    /// The next item, or None at the end. A source that cannot be opened is recorded in
    /// [`Reader::fatal`] and skipped.
    pub fn next_item(&mut self) -> Option<Item> {
        match self.next_read(false)? {
            Raw::Item(item) => Some(item),
            Raw::Line(line) => Some(line.parse(&self.opts)),
        }
    }

    /// The next record as read, a JSONL line not parsed yet: [`Line::parse`] makes its item,
    /// on whichever thread analyzes it. The items are those [`Reader::next_item`] gives.
    pub fn next_raw(&mut self) -> Option<Raw> {
        self.next_read(true)
    }

    /// [`Reader::next_raw`], with lines parsed here unless `defer`.
    fn next_read(&mut self, defer: bool) -> Option<Raw> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.pending.take() {
                    return Some(Raw::Item(item));
                }
                if let Some(lines) = &mut cur.lines {
                    match read_jsonl_line(
                        lines.as_mut(),
                        &cur.name,
                        &mut cur.line_no,
                        &self.opts,
                        &mut cur.buf,
                    ) {
                        Ok(Some(Next::Item(item))) => return Some(Raw::Item(item)),
                        Ok(Some(Next::Line { start, end, n, at })) => {
                            let line = &cur.buf[start..end];
                            return Some(if defer {
                                Raw::Line(Line {
                                    bytes: line.to_vec(),
                                    n,
                                    at,
                                    name: cur.shared_name.clone(),
                                })
                            } else {
                                Raw::Item(parse_line(line, n, at, &cur.name, &self.opts))
                            });
                        }
                        Ok(None) => {}
                        Err(item) => {
                            // A read error ends this source after reporting it.
                            cur.lines = None;
                            return Some(Raw::Item(*item));
                        }
                    }
                }
                self.current = None;
            }
            let src = self.sources.next()?;
            match self.open(&src) {
                Ok(cur) => self.current = Some(cur),
                Err(e) => self.fatal.push(e),
            }
        }
    }

    fn open(&self, src: &Source) -> Result<Current, Error> {
        let (name, raw, kind): (String, Box<dyn Read + Send>, Option<FileKind>) = match src {
            Source::Stdin => ("-".into(), Box::new(io::stdin()), None),
            Source::File(p) => {
                let f = File::open(p).map_err(|e| Error::io(p, e))?;
                let r: Box<dyn Read + Send> = if is_gz(p) {
                    Box::new(flate2::read::MultiGzDecoder::new(f))
                } else {
                    Box::new(f)
                };
                (p.display().to_string(), r, kind_of(p))
            }
        };
        let mut buf: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, raw));
        let kind = match (kind, self.opts.format) {
            (Some(k), _) => k,
            (None, Format::Jsonl) => FileKind::Jsonl,
            (None, Format::Text) => FileKind::Text,
            (None, Format::Auto) => sniff(buf.as_mut()),
        };
        match kind {
            FileKind::Jsonl => Ok(Current {
                shared_name: name.as_str().into(),
                name,
                lines: Some(buf),
                line_no: 0,
                pending: None,
                buf: Vec::new(),
            }),
            FileKind::Text => {
                let item = read_text_item(buf.as_mut(), &name, &self.opts);
                Ok(Current {
                    shared_name: name.as_str().into(),
                    name,
                    lines: None,
                    line_no: 0,
                    pending: Some(item),
                    buf: Vec::new(),
                })
            }
        }
    }
}

impl Iterator for Reader {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        self.next_item()
    }
}

/// JSONL when the first non-blank byte is `{` (and for an empty or blank input, which then
/// holds no record).
fn sniff(r: &mut dyn BufRead) -> FileKind {
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(_) => return FileKind::Text,
        };
        if buf.is_empty() {
            return FileKind::Jsonl;
        }
        // Skip a BOM and whitespace.
        let skip = if buf.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            buf.iter().take_while(|b| b.is_ascii_whitespace()).count()
        };
        if skip == 0 {
            return if buf[0] == b'{' {
                FileKind::Jsonl
            } else {
                FileKind::Text
            };
        }
        if skip < buf.len() {
            let b = buf[skip];
            if b == 0xEF {
                r.consume(skip);
                continue;
            }
            return if b == b'{' {
                FileKind::Jsonl
            } else {
                FileKind::Text
            };
        }
        // The whole buffer was blank: it will be skipped either way.
        r.consume(skip);
    }
}

fn read_text_item(r: &mut dyn BufRead, name: &str, opts: &InputOptions) -> Item {
    let id = Value::String(name.to_string());
    let mut data = Vec::new();
    let limit = opts.max_article_bytes as u64 + 1;
    if let Err(e) = r.take(limit).read_to_end(&mut data) {
        return Item {
            id,
            body: Err(RecordError {
                kind: "read_error",
                message: format!("cannot read {name}: {e}"),
                line: None,
                file: Some(name.to_string()),
            }),
            bytes: data.len(),
        };
    }
    let bytes = data.len();
    if data.len() as u64 >= limit {
        // Drain the rest without keeping it, to report the size.
        let rest = io::copy(r, &mut io::sink()).unwrap_or(0);
        return Item {
            id,
            body: Err(RecordError {
                kind: "too_large",
                message: format!(
                    "article is {} bytes, over --max-article-bytes {}; skipped",
                    bytes as u64 + rest,
                    opts.max_article_bytes
                ),
                line: None,
                file: Some(name.to_string()),
            }),
            bytes,
        };
    }
    let data = strip_bom(data);
    match String::from_utf8(data) {
        Ok(text) => Item {
            id,
            body: Ok(Article {
                text,
                extra: Map::new(),
            }),
            bytes,
        },
        Err(e) => Item {
            id,
            body: Err(RecordError {
                kind: "invalid_utf8",
                message: format!(
                    "{name} is not valid UTF-8 (byte {})",
                    e.utf8_error().valid_up_to()
                ),
                line: None,
                file: Some(name.to_string()),
            }),
            bytes,
        },
    }
}

fn strip_bom(mut data: Vec<u8>) -> Vec<u8> {
    if data.starts_with(b"\xEF\xBB\xBF") {
        data.drain(..3);
    }
    data
}

/// Reads one line into `buf`, keeping at most `limit` bytes; returns (bytes read, truncated).
fn read_line_bounded(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<(usize, bool)> {
    let mut total = 0;
    let mut truncated = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok((total, truncated));
        }
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..=i], true),
            None => (avail, false),
        };
        let n = chunk.len();
        if buf.len() + n <= limit {
            buf.extend_from_slice(chunk);
        } else {
            truncated = true;
        }
        total += n;
        r.consume(n);
        if done {
            return Ok((total, truncated));
        }
    }
}

/// What [`read_jsonl_line`] read: an error item (a line too long), or a record's line, as
/// `buf[start..end]`, to parse with [`parse_line`].
enum Next {
    Item(Item),
    Line {
        start: usize,
        end: usize,
        n: usize,
        at: u64,
    },
}

/// Reads the next JSONL record, with `buf` as scratch for the line. Ok(None) at the end;
/// Err(item) on a read error (the item reports it, and the source ends).
#[cfg(test)]
fn read_jsonl_item(
    r: &mut dyn BufRead,
    name: &str,
    line_no: &mut u64,
    opts: &InputOptions,
    buf: &mut Vec<u8>,
) -> Result<Option<Item>, Box<Item>> {
    Ok(match read_jsonl_line(r, name, line_no, opts, buf)? {
        None => None,
        Some(Next::Item(item)) => Some(item),
        Some(Next::Line { start, end, n, at }) => {
            Some(parse_line(&buf[start..end], n, at, name, opts))
        }
    })
}

/// Reads the next JSONL record's line into `buf`, without parsing it (see [`Next`]); blank
/// lines are skipped. Ok(None) at the end; Err(item) on a read error.
fn read_jsonl_line(
    r: &mut dyn BufRead,
    name: &str,
    line_no: &mut u64,
    opts: &InputOptions,
    buf: &mut Vec<u8>,
) -> Result<Option<Next>, Box<Item>> {
    // A very long line's buffer is not kept for the next ones.
    if buf.capacity() > 1 << 22 {
        *buf = Vec::new();
    }
    // JSON escaping can double a text's size; leave room for the other fields.
    let limit = opts
        .max_article_bytes
        .saturating_mul(2)
        .saturating_add(1 << 20);
    loop {
        buf.clear();
        let (n, truncated) = match read_line_bounded(r, buf, limit) {
            Ok(x) => x,
            Err(e) => {
                *line_no += 1;
                let at = *line_no;
                return Err(Box::new(Item {
                    id: Value::String(format!("{name}:{at}")),
                    body: Err(RecordError {
                        kind: "read_error",
                        message: format!("cannot read {name} after line {}: {e}", at - 1),
                        line: Some(at),
                        file: Some(name.to_string()),
                    }),
                    bytes: buf.len(),
                }));
            }
        };
        if n == 0 {
            return Ok(None);
        }
        *line_no += 1;
        let at = *line_no;
        if truncated {
            let fallback_id = || Value::String(format!("{name}:{at}"));
            return Ok(Some(Next::Item(line_error(
                name,
                at,
                n,
                "too_large",
                format!(
                    "line is {n} bytes, over the limit for --max-article-bytes {}; skipped",
                    opts.max_article_bytes
                ),
                salvage_id(buf, &opts.id_field).unwrap_or_else(fallback_id),
            ))));
        }
        let mut line: &[u8] = buf;
        // A BOM starts the file, or a later line when files were concatenated.
        if line.starts_with(b"\xEF\xBB\xBF") {
            line = &line[3..];
        }
        while let Some((last, rest)) = line.split_last() {
            if last.is_ascii_whitespace() {
                line = rest;
            } else {
                break;
            }
        }
        while let Some((first, rest)) = line.split_first() {
            if first.is_ascii_whitespace() {
                line = rest;
            } else {
                break;
            }
        }
        if line.is_empty() {
            continue;
        }
        // Where the trimmed line lies in `buf` (both point into the same buffer).
        let start = line.as_ptr() as usize - buf.as_ptr() as usize;
        return Ok(Some(Next::Line {
            start,
            end: start + line.len(),
            n,
            at,
        }));
    }
}

/// The error item of line `at` of `name` (`n` bytes as read).
fn line_error(
    name: &str,
    at: u64,
    n: usize,
    kind: &'static str,
    message: String,
    id: Value,
) -> Item {
    Item {
        id,
        body: Err(RecordError {
            kind,
            message,
            line: Some(at),
            file: Some(name.to_string()),
        }),
        bytes: n,
    }
}

/// Parses a record's line (`n` bytes as read, line `at` of `name`) into its item.
fn parse_line(line: &[u8], n: usize, at: u64, name: &str, opts: &InputOptions) -> Item {
    let fallback_id = || Value::String(format!("{name}:{at}"));
    let err = |kind, message, id| line_error(name, at, n, kind, message, id);
    // The vectorized check first (several times faster on accented text); the standard
    // library's only to say where a bad line goes wrong.
    let checked = match simdutf8::basic::from_utf8(line) {
        Ok(line) => Ok(line),
        Err(_) => std::str::from_utf8(line),
    };
    let line = match checked {
        Ok(line) => line,
        Err(e) => {
            return err(
                "invalid_utf8",
                format!("line is not valid UTF-8 (byte {})", e.valid_up_to()),
                salvage_id(line, &opts.id_field).unwrap_or_else(fallback_id),
            );
        }
    };
    // From the checked str: the strings in it are not checked for UTF-8 a second time.
    let mut obj: Map<String, Value> = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => {
            return err(
                "not_an_object",
                "record is not a JSON object".into(),
                fallback_id(),
            );
        }
        Err(e) => {
            return err(
                "invalid_json",
                format!("malformed JSON: {e}"),
                salvage_id(line.as_bytes(), &opts.id_field).unwrap_or_else(fallback_id),
            );
        }
    };
    let id = match obj.remove(&opts.id_field) {
        Some(Value::Null) | None => fallback_id(),
        Some(v) => v,
    };
    let text = match obj.remove(&opts.text_field) {
        Some(Value::String(s)) => s,
        Some(other) => {
            let what = match other {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::Array(_) => "an array",
                Value::Object(_) => "an object",
                Value::String(_) => "a string",
            };
            return err(
                "text_not_string",
                format!("field {:?} is {what}, not a string", opts.text_field),
                id,
            );
        }
        None => {
            return err(
                "missing_text",
                format!("no {:?} field", opts.text_field),
                id,
            );
        }
    };
    if text.len() > opts.max_article_bytes {
        return err(
            "too_large",
            format!(
                "article is {} bytes, over --max-article-bytes {}; skipped",
                text.len(),
                opts.max_article_bytes
            ),
            id,
        );
    }
    // Fields named like dixit's own are not carried through.
    obj.retain(|k, _| !crate::output::OWN_FIELDS.contains(&k.as_str()));
    Item {
        id,
        body: Ok(Article { text, extra: obj }),
        bytes: n,
    }
}

/// Finds `"id": "..."` or `"id": 123` in a malformed line, so its error record keeps its id.
fn salvage_id(line: &[u8], field: &str) -> Option<Value> {
    let key = format!("\"{field}\"");
    let pos = memchr::memmem::find(line, key.as_bytes())?;
    let rest = &line[pos + key.len()..];
    let rest = &rest[rest.iter().position(|b| !b.is_ascii_whitespace())?..];
    let rest = rest.strip_prefix(b":")?;
    let rest = &rest[rest.iter().position(|b| !b.is_ascii_whitespace())?..];
    let mut de = serde_json::Deserializer::from_slice(rest).into_iter::<Value>();
    match de.next() {
        Some(Ok(v @ (Value::String(_) | Value::Number(_)))) => Some(v),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(data: &[u8]) -> Vec<Item> {
        let mut r: &[u8] = data;
        let mut n = 0;
        let mut out = Vec::new();
        let opts = InputOptions::default();
        let mut buf = Vec::new();
        loop {
            match read_jsonl_item(&mut r, "t.jsonl", &mut n, &opts, &mut buf) {
                Ok(Some(i)) => out.push(i),
                Ok(None) => break,
                Err(i) => {
                    out.push(*i);
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn good_and_bad_lines() {
        let data = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\",\"url\":\"u\"}\r\n\n{\"id\":\"b\",\"text\":\n{\"id\":7,\"text\":3}\n{\"text\":\"y\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"\xff\"}\n[1]\n{\"id\":\"e\",\"text\":\"last\"}";
        let it = items(data);
        let ids: Vec<String> = it.iter().map(|i| i.id.to_string()).collect();
        assert_eq!(
            ids,
            [
                "\"a\"",
                "\"b\"",
                "7",
                "\"t.jsonl:5\"",
                "\"c\"",
                "\"d\"",
                "\"t.jsonl:8\"",
                "\"e\""
            ]
        );
        let kinds: Vec<&str> = it
            .iter()
            .map(|i| i.body.as_ref().err().map_or("ok", |e| e.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                "ok",
                "invalid_json",
                "text_not_string",
                "ok",
                "missing_text",
                "invalid_utf8",
                "not_an_object",
                "ok"
            ]
        );
        assert_eq!(it[0].body.as_ref().unwrap().extra["url"], "u");
    }

    #[test]
    fn lines_parsed_later_give_the_same_items() {
        // Good and bad records, a blank line, a BOM, a line over the size limit, and a text
        // file: read parsed at once, and read raw and parsed afterwards.
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("a.jsonl");
        let mut data = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\",\"url\":\"u\"}\r\n\n{\"id\":\"b\",\"text\":\n{\"id\":7,\"text\":3}\n{\"text\":\"y\"}\n{\"id\":\"d\",\"text\":\"\xff\"}\n[1]\n".to_vec();
        data.extend_from_slice(
            format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "é".repeat(600)).as_bytes(),
        );
        data.extend_from_slice(b"{\"id\":\"e\",\"text\":\"last\"}");
        std::fs::write(&jsonl, &data).unwrap();
        let txt = dir.path().join("b.txt");
        std::fs::write(&txt, "Un article.").unwrap();
        let sources = vec![Source::File(jsonl), Source::File(txt)];
        let opts = InputOptions {
            max_article_bytes: 1000,
            ..InputOptions::default()
        };
        let mut reader = Reader::new(sources.clone(), opts.clone());
        let parsed: Vec<String> = std::iter::from_fn(|| reader.next_item())
            .map(|i| format!("{i:?}"))
            .collect();
        let mut reader = Reader::new(sources, opts.clone());
        let mut later = Vec::new();
        while let Some(raw) = reader.next_raw() {
            let bytes = raw.bytes();
            let item = match &raw {
                Raw::Item(item) => format!("{item:?}"),
                Raw::Line(line) => format!("{:?}", line.parse(reader.options())),
            };
            assert!(item.ends_with(&format!("bytes: {bytes} }}")), "{item}");
            later.push(item);
        }
        assert_eq!(parsed.len(), 9);
        assert_eq!(later, parsed);
        assert!(parsed[6].contains("too_large"), "{}", parsed[6]);
    }

    #[test]
    fn sniffs() {
        let mut r: &[u8] = b"  \n {\"id\":1}";
        assert_eq!(sniff(&mut r), FileKind::Jsonl);
        let mut r: &[u8] = b"Le texte";
        assert_eq!(sniff(&mut r), FileKind::Text);
    }
}
