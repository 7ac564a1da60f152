//! `dixit report`: one self-contained HTML page over the records.
//!
//! Each article is shown whole with its entities highlighted by label and its quotes marked;
//! hovering or focusing a quote shows its speaker, cue, verb and kind, and highlights the cue.
//! A speaker index lists everyone quoted with counts; clicking a name filters the page to
//! their quotes across articles. The page needs no network: CSS and JS are inline and a
//! Content-Security-Policy forbids fetching anything. Every piece of article text, id and
//! name is HTML-escaped, so an article containing `<script>` shows it as text.
//!
//! The page is built in memory and capped ([`ReportOptions::max_articles`],
//! [`ReportOptions::max_text_bytes`]): past the cap the report stops reading and says so at
//! the top of the page (and [`Report::capped`] gives the message for standard error).
//!
//! Markup, for tools and tests: an article is `article.art`; an entity mention is
//! `mark.e.PER|LOC|ORG[data-e]`, a quote `span.q[data-q][data-speaker]`, a cue
//! `span.cue[data-cue]` (its quote's `data-q`). Where spans cross (a cue running into a quote),
//! the inner one is split and its later pieces carry `data-cont`, so counting elements without
//! `data-cont` counts mentions.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::error::Error;

use super::source::Flow;
use super::text::{html, push_html};
use super::Record;

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");

/// Options of the report.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Page title.
    pub title: String,
    /// Stop after this many articles.
    pub max_articles: usize,
    /// Stop before the article text shown passes this many bytes.
    pub max_text_bytes: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            title: "dixit report".into(),
            max_articles: 500,
            max_text_bytes: 64 << 20,
        }
    }
}

#[derive(Debug, Default)]
struct SpeakerCount {
    label: Option<String>,
    quotes: u64,
    articles: u64,
    last_article: usize,
}

/// A report being built, one record at a time.
#[derive(Debug)]
pub struct Report {
    opts: ReportOptions,
    body: String,
    articles: usize,
    text_bytes: usize,
    entities: u64,
    quotes: u64,
    speakers: HashMap<String, SpeakerCount>,
    unattributed: SpeakerCount,
    capped: Option<String>,
}

impl Report {
    /// An empty report.
    pub fn new(opts: ReportOptions) -> Report {
        Report {
            opts,
            body: String::new(),
            articles: 0,
            text_bytes: 0,
            entities: 0,
            quotes: 0,
            speakers: HashMap::new(),
            unattributed: SpeakerCount::default(),
            capped: None,
        }
    }

    /// Articles in the report.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// Why the report stopped before the end of the input, when it did.
    pub fn capped(&self) -> Option<&str> {
        self.capped.as_deref()
    }

    /// Adds one record. Says [`Flow::Stop`] once the report is full (the record is then left
    /// out and [`Report::capped`] says why). A record without its text is an error: the report
    /// shows text, so records must be written with `--with-text`.
    pub fn add(&mut self, rec: &Record) -> Result<Flow, Error> {
        let Some(text) = rec.text.as_deref() else {
            return Err(Error::Other(format!(
                "record {} has no \"text\": the report shows the articles, so give it records written by \
                 `dixit extract --with-text`, or the articles themselves as INPUT",
                rec.id_text()
            )));
        };
        if self.articles >= self.opts.max_articles {
            self.capped = Some(format!(
                "This report shows the first {} articles only (--max-articles {}); the input has more. \
                 Raise --max-articles or split the input.",
                self.articles, self.opts.max_articles
            ));
            return Ok(Flow::Stop);
        }
        if self.articles > 0 && self.text_bytes + text.len() > self.opts.max_text_bytes {
            self.capped = Some(format!(
                "This report shows the first {} articles only: the next would pass {:.0} MB of text (--max-text-mb); \
                 the input has more. Raise --max-text-mb or split the input.",
                self.articles,
                self.opts.max_text_bytes as f64 / (1 << 20) as f64
            ));
            return Ok(Flow::Stop);
        }
        self.articles += 1;
        self.text_bytes += text.len();
        let n = self.articles;
        for q in &rec.quotes {
            let c = match &q.speaker {
                Some(s) => self.speakers.entry(s.clone()).or_default(),
                None => &mut self.unattributed,
            };
            c.quotes += 1;
            if c.last_article != n {
                c.last_article = n;
                c.articles += 1;
            }
            if c.label.is_none() {
                c.label.clone_from(&q.speaker_label);
            }
        }
        self.render_article(n, rec, text);
        Ok(Flow::Continue)
    }

    fn render_article(&mut self, n: usize, rec: &Record, text: &str) {
        // Code-point offsets -> byte offsets.
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let byte = |cp: usize| bytes.get(cp).copied();
        let mut spans: Vec<Span> = Vec::new();
        let mut entities = 0;
        for (i, e) in rec.entities.iter().enumerate() {
            let (Some(s), Some(t)) = (byte(e.start), byte(e.end)) else {
                continue;
            };
            if s >= t {
                continue;
            }
            entities += 1;
            let label = match e.label.as_str() {
                l @ ("PER" | "LOC" | "ORG") => l,
                _ => "X",
            };
            let mut title = String::new();
            push_html(&mut title, &e.entity);
            title.push_str(" · ");
            push_html(&mut title, &e.label);
            spans.push(Span {
                start: s,
                end: t,
                prio: 2,
                open: format!("<mark class=\"e {label}\" data-e=\"{i}\" title=\"{title}\">"),
                open_cont: format!(
                    "<mark class=\"e {label}\" data-e=\"{i}\" data-cont=\"\" title=\"{title}\">"
                ),
                close: "</mark>",
            });
        }
        let mut quotes = 0;
        for (k, q) in rec.quotes.iter().enumerate() {
            let (Some(s), Some(t)) = (byte(q.start), byte(q.end)) else {
                continue;
            };
            if s >= t {
                continue;
            }
            quotes += 1;
            let mut attrs = String::new();
            let _ = write!(
                attrs,
                " data-q=\"{k}\" data-speaker=\"{}\"",
                html(q.speaker.as_deref().unwrap_or(""))
            );
            let mut info = String::new();
            for (name, v) in [
                ("label", q.speaker_label.as_deref()),
                ("cue", q.cue.as_ref().map(|c| c.text.as_str())),
                ("verb", q.verb.as_deref()),
                ("kind", Some(q.kind.as_str())),
            ] {
                if let Some(v) = v {
                    let _ = write!(info, " data-{name}=\"{}\"", html(v));
                }
            }
            spans.push(Span {
                start: s,
                end: t,
                prio: 0,
                open: format!("<span class=\"q\" id=\"a{n}q{k}\"{attrs}{info} tabindex=\"0\" aria-describedby=\"tip\">"),
                open_cont: format!("<span class=\"q\"{attrs} data-cont=\"\">"),
                close: "</span>",
            });
            if let Some(c) = &q.cue {
                let (Some(s), Some(t)) = (byte(c.start), byte(c.end)) else {
                    continue;
                };
                if s < t {
                    spans.push(Span {
                        start: s,
                        end: t,
                        prio: 1,
                        open: format!("<span class=\"cue\" data-cue=\"{k}\">"),
                        open_cont: format!("<span class=\"cue\" data-cue=\"{k}\" data-cont=\"\">"),
                        close: "</span>",
                    });
                }
            }
        }
        self.entities += entities;
        self.quotes += quotes;
        let lang = rec.lang.as_deref().unwrap_or("");
        let id = rec.id_text();
        let b = &mut self.body;
        let _ = write!(
            b,
            "<article class=\"art\" id=\"a{n}\" aria-labelledby=\"h{n}\">\n<header><h2 id=\"h{n}\"><a href=\"#a{n}\">"
        );
        push_html(b, &id);
        let _ = write!(
            b,
            "</a></h2><p class=\"meta\">{} · {entities} entities · {quotes} quotes</p></header>\n<div class=\"text\"",
            html(if lang.is_empty() { "?" } else { lang })
        );
        if !lang.is_empty() {
            let _ = write!(b, " lang=\"{}\"", html(lang));
        }
        b.push('>');
        nest(b, text, spans);
        b.push_str("</div>\n</article>\n");
    }

    /// Writes the page.
    pub fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut h = String::with_capacity(self.body.len() + CSS.len() + JS.len() + 4096);
        let title = html(&self.opts.title);
        let attributed = self.quotes - self.unattributed.quotes;
        let pct = if self.quotes > 0 {
            100.0 * attributed as f64 / self.quotes as f64
        } else {
            0.0
        };
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
             <meta name=\"generator\" content=\"dixit {}\">\n<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n\
             <a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n\
             <header class=\"top\">\n<h1>{title}</h1>\n\
             <p class=\"sum\" id=\"summary\">{} articles · {} entities · {} quotes, {attributed} attributed ({pct:.0}%) · {} speakers</p>\n",
            env!("CARGO_PKG_VERSION"),
            self.articles,
            self.entities,
            self.quotes,
            self.speakers.len()
        );
        if let Some(msg) = &self.capped {
            let _ = writeln!(
                h,
                "<p class=\"cap\" id=\"capped\" role=\"alert\">{}</p>",
                html(msg)
            );
        }
        h.push_str(
            "<p class=\"legend\">Highlighted: <mark class=\"lg PER\">person</mark> <mark class=\"lg LOC\">place</mark> \
             <mark class=\"lg ORG\">organization</mark> <span class=\"lg-q\">“quote”</span> \
             <span class=\"lg-cue\">cue</span>. Hover or focus (Tab) a quote to see who said it.</p>\n</header>\n\
             <div class=\"layout\">\n<nav id=\"speakers\" aria-labelledby=\"speakers-h\">\n<h2 id=\"speakers-h\">Speakers</h2>\n\
             <p class=\"hint\">Choose a name to see their quotes across articles.</p>\n\
             <label class=\"find\">Find <input type=\"search\" id=\"spk-find\" autocomplete=\"off\"></label>\n<ul>\n",
        );
        let mut names: Vec<(&String, &SpeakerCount)> = self.speakers.iter().collect();
        names.sort_by(|a, b| {
            b.1.quotes
                .cmp(&a.1.quotes)
                .then(b.1.articles.cmp(&a.1.articles))
                .then(a.0.cmp(b.0))
        });
        let button = |h: &mut String, name: &str, shown: &str, c: &SpeakerCount, class: &str| {
            let label = c
                .label
                .as_deref()
                .map(|l| format!(" <span class=\"lab\">{}</span>", html(l)))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<li><button type=\"button\" class=\"spk{class}\" data-speaker=\"{}\" aria-pressed=\"false\">\
                 <span class=\"name\">{}</span>{label} <span class=\"n\">{} quote{} · {} article{}</span></button></li>",
                html(name),
                html(shown),
                c.quotes,
                if c.quotes == 1 { "" } else { "s" },
                c.articles,
                if c.articles == 1 { "" } else { "s" },
            );
        };
        for (name, c) in names {
            button(&mut h, name, name, c, "");
        }
        if self.unattributed.quotes > 0 {
            button(&mut h, "", "Unattributed", &self.unattributed, " unatt");
        }
        h.push_str("</ul>\n</nav>\n<main id=\"articles\" tabindex=\"-1\">\n<section id=\"filter\" aria-live=\"polite\" hidden>\n<p id=\"filter-msg\"></p>\n<button type=\"button\" id=\"clear\">Show all articles</button>\n<ol id=\"hits\"></ol>\n</section>\n");
        if self.articles == 0 {
            h.push_str("<p class=\"empty\">No articles.</p>\n");
        }
        out.write_all(h.as_bytes())?;
        out.write_all(self.body.as_bytes())?;
        write!(out, "</main>\n</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n{JS}</script>\n</body>\n</html>\n")?;
        out.flush()
    }
}

struct Span {
    start: usize,
    end: usize,
    prio: u8,
    open: String,
    open_cont: String,
    close: &'static str,
}

/// Writes `text` escaped, with the spans' tags properly nested: outer spans first (longer,
/// then by priority: quote, cue, entity); a span that crosses the end of the one it opened in
/// is split there and continues after it.
fn nest(out: &mut String, text: &str, spans: Vec<Span>) {
    // (start, longest first, priority, span index, continuation?)
    type Key = Reverse<(usize, Reverse<usize>, u8, usize, bool)>;
    let mut heap: BinaryHeap<Key> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| Reverse((s.start, Reverse(s.end), s.prio, i, false)))
        .collect();
    let mut stack: Vec<(usize, usize)> = Vec::new(); // (end, span index)
    let mut pos = 0;
    loop {
        let next_start = heap.peek().map_or(text.len(), |Reverse(k)| k.0);
        while let Some(&(end, i)) = stack.last() {
            if end > next_start {
                break;
            }
            push_html(out, &text[pos..end]);
            pos = end;
            out.push_str(spans[i].close);
            stack.pop();
        }
        let Some(Reverse((start, Reverse(end), prio, i, cont))) = heap.pop() else {
            break;
        };
        push_html(out, &text[pos..start]);
        pos = start;
        let limit = stack.last().map_or(text.len(), |&(e, _)| e);
        let end = if end > limit {
            heap.push(Reverse((limit, Reverse(end), prio, i, true)));
            limit
        } else {
            end
        };
        out.push_str(if cont {
            &spans[i].open_cont
        } else {
            &spans[i].open
        });
        stack.push((end, i));
    }
    push_html(out, &text[pos..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, prio: u8, name: &str) -> Span {
        Span {
            start,
            end,
            prio,
            open: format!("<{name}>"),
            open_cont: format!("<{name}+>"),
            close: match name {
                "q" => "</q>",
                "c" => "</c>",
                _ => "</e>",
            },
        }
    }

    #[test]
    fn nests_and_escapes() {
        let mut out = String::new();
        nest(
            &mut out,
            "a <b> said",
            vec![span(2, 5, 2, "e"), span(0, 5, 0, "q")],
        );
        assert_eq!(out, "<q>a <e>&lt;b&gt;</e></q> said");
    }

    #[test]
    fn splits_crossing_spans() {
        let mut out = String::new();
        // A cue (1..6) crossing the end of a quote (0..4).
        nest(
            &mut out,
            "abcdefgh",
            vec![span(0, 4, 0, "q"), span(1, 6, 1, "c")],
        );
        assert_eq!(out, "<q>a<c>bcd</c></q><c+>ef</c>gh");
    }

    #[test]
    fn same_span_quote_outside() {
        let mut out = String::new();
        nest(&mut out, "xy", vec![span(0, 2, 2, "e"), span(0, 2, 1, "c")]);
        assert_eq!(out, "<c><e>xy</e></c>");
    }
}
