//! The engine (built once, shared by every thread) and the worker (one per thread, with its
//! reusable buffers).

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::entity::{self, Mention};
use crate::error::Error;
use crate::gazetteer::lexicon::Lexicon;
use crate::gazetteer::list::{parse_list, Row};
use crate::gazetteer::{Gazetteer, Hit, Origin};
use crate::lang::{self, Lang};
use crate::normalize::{CharCounter, Normalized};
use crate::output::{Analysis, CueOut, EntityOut, QuoteOut};
use crate::quote::{self, QuoteSpan};
use crate::segment::{Doc, Segmentation};

/// The immutable engine: gazetteer trie and lexicons. `Send + Sync`; share it by reference.
#[derive(Debug)]
pub struct Engine {
    /// The name lists, compiled.
    pub gazetteer: Gazetteer,
    /// Word lists the rules use.
    pub lexicon: Lexicon,
    /// A fixed language, or None to detect it per article.
    pub lang: Option<Lang>,
    /// How long building took, in seconds.
    pub build_seconds: f64,
}

/// Builds an [`Engine`].
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    default_gazetteers: bool,
    default_lexicons: bool,
    user_lists: Vec<PathBuf>,
    extra_rows: Vec<Row>,
    lang: Option<Lang>,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        EngineBuilder {
            default_gazetteers: true,
            default_lexicons: true,
            user_lists: Vec::new(),
            extra_rows: Vec::new(),
            lang: None,
        }
    }
}

impl EngineBuilder {
    /// A builder with the embedded lists on.
    pub fn new() -> Self {
        Self::default()
    }
    /// Use the embedded entity lists (default: yes).
    pub fn default_gazetteers(mut self, yes: bool) -> Self {
        self.default_gazetteers = yes;
        self
    }
    /// Use the embedded lexicons: first names, demonyms, common words (default: yes).
    pub fn default_lexicons(mut self, yes: bool) -> Self {
        self.default_lexicons = yes;
        self
    }
    /// Adds a user list (TSV, same columns as the embedded lists); it overrides them.
    pub fn gazetteer_file(mut self, path: impl AsRef<Path>) -> Self {
        self.user_lists.push(path.as_ref().to_path_buf());
        self
    }
    /// Adds user rows from a string (same format as a list file); `name` is used in errors.
    pub fn gazetteer_str(mut self, name: &str, data: &str) -> Result<Self, Error> {
        parse_list(name, data, &mut self.extra_rows)?;
        Ok(self)
    }
    /// Fixes the language instead of detecting it per article.
    pub fn lang(mut self, lang: Option<Lang>) -> Self {
        self.lang = lang;
        self
    }

    /// Builds the engine.
    pub fn build(self) -> Result<Engine, Error> {
        let t0 = Instant::now();
        let mut user: Vec<Row> = Vec::new();
        for p in &self.user_lists {
            let data = std::fs::read(p).map_err(|e| Error::io(p, e))?;
            let data = String::from_utf8(data).map_err(|_| Error::Gazetteer {
                file: p.display().to_string(),
                line: 0,
                message: "not valid UTF-8".into(),
            })?;
            parse_list(&p.display().to_string(), &data, &mut user)?;
        }
        user.extend(self.extra_rows);
        let default_gazetteers = self.default_gazetteers;
        let (gaz, lex) = rayon::join(
            || {
                if default_gazetteers {
                    Gazetteer::embedded(user)
                } else {
                    Gazetteer::build(user.into_iter().map(|r| (r, Origin::User)))
                }
            },
            || {
                if self.default_lexicons {
                    Lexicon::embedded()
                } else {
                    Ok(Lexicon::default())
                }
            },
        );
        Ok(Engine {
            gazetteer: gaz?,
            lexicon: lex?,
            lang: self.lang,
            build_seconds: t0.elapsed().as_secs_f64(),
        })
    }
}

impl Engine {
    /// An engine with the embedded lists.
    pub fn new() -> Result<Engine, Error> {
        EngineBuilder::new().build()
    }

    /// An engine made of given parts (for tests and embedding).
    pub fn from_parts(gazetteer: Gazetteer, lexicon: Lexicon, lang: Option<Lang>) -> Engine {
        Engine {
            gazetteer,
            lexicon,
            lang,
            build_seconds: 0.0,
        }
    }

    /// A worker for one thread.
    pub fn worker(&self) -> Worker<'_> {
        Worker {
            engine: self,
            seg: Segmentation::default(),
            hits: Vec::new(),
            mentions: Vec::new(),
            entity_scratch: entity::Scratch::default(),
            quotes: Vec::new(),
            quote_scratch: quote::Scratch::default(),
            out: OutScratch::default(),
            record: Analysis {
                lang: Lang::Fr,
                entities: Vec::new(),
                quotes: Vec::new(),
            },
        }
    }
}

/// Per-thread state: scratch buffers reused from article to article.
#[derive(Debug)]
pub struct Worker<'e> {
    engine: &'e Engine,
    seg: Segmentation,
    hits: Vec<Hit>,
    mentions: Vec<Mention>,
    entity_scratch: entity::Scratch<'e>,
    quotes: Vec<QuoteSpan>,
    quote_scratch: quote::Scratch,
    out: OutScratch,
    /// The record of the last article analyzed in place ([`Worker::analyze_in_place`]).
    record: Analysis,
}

/// Buffers of the output step, kept from article to article.
#[derive(Debug, Default)]
struct OutScratch {
    /// Byte spans in the original text: entities, then each quote and its cue.
    spans: Vec<(usize, usize)>,
    /// Their ends, sorted and deduplicated, and the code-point offset of each.
    points: Vec<usize>,
    chars: Vec<usize>,
    /// Records of earlier articles, whose strings are reused.
    spare_entities: Vec<EntityOut>,
    spare_quotes: Vec<QuoteOut>,
}

impl<'e> Worker<'e> {
    /// The engine.
    pub fn engine(&self) -> &'e Engine {
        self.engine
    }

    /// Analyzes one article: entities and quotes with offsets into `text`.
    pub fn analyze(&mut self, text: &str) -> Analysis {
        let mut a = Analysis {
            lang: Lang::Fr,
            entities: Vec::new(),
            quotes: Vec::new(),
        };
        self.analyze_into(text, &mut a);
        a
    }

    /// [`Worker::analyze`] into the worker's own record, which reuses the memory of the
    /// previous article's (its vectors and strings): the way to analyze many articles and
    /// write each record before the next.
    pub fn analyze_in_place(&mut self, text: &str) -> &Analysis {
        let mut record = std::mem::replace(
            &mut self.record,
            Analysis {
                lang: Lang::Fr,
                entities: Vec::new(),
                quotes: Vec::new(),
            },
        );
        self.analyze_into(text, &mut record);
        self.record = record;
        &self.record
    }

    /// [`Worker::analyze`] into `out`, whatever it held before (its memory is reused).
    pub fn analyze_into(&mut self, text: &str, out: &mut Analysis) {
        let engine = self.engine;
        let norm = Normalized::new(text);
        let ntext = norm.text();
        self.seg.compute(ntext);
        let lang = engine
            .lang
            .unwrap_or_else(|| lang::detect_tokens(ntext, &self.seg.tokens));
        self.hits.clear();
        engine
            .gazetteer
            .find(ntext, &self.seg.tokens, &mut self.hits);
        let doc = Doc {
            text: ntext,
            seg: &self.seg,
            lang,
        };
        self.entity_scratch.recycle(&mut self.mentions);
        entity::recognize_with(
            engine,
            &doc,
            &self.hits,
            &mut self.entity_scratch,
            &mut self.mentions,
        );
        self.quotes.clear();
        quote::find_quotes_with(
            engine,
            &doc,
            &self.mentions,
            &mut self.quote_scratch,
            &mut self.quotes,
        );
        to_output(
            &norm,
            lang,
            &self.mentions,
            &self.quotes,
            &mut self.out,
            out,
        );
    }
}

/// Sets `s` to `v`, in its own memory.
fn set(s: &mut String, v: &str) {
    s.clear();
    s.push_str(v);
}

/// Sets `s` to `v`, in its own memory when it has some.
fn set_opt(s: &mut Option<String>, v: Option<&str>) {
    match v {
        Some(v) => set(s.get_or_insert_with(String::new), v),
        None => *s = None,
    }
}

/// Resizes `v` to `n` records, moving records to and from `spare` so that their strings are
/// reused; new records come from `new`.
fn resize_from<T>(v: &mut Vec<T>, n: usize, spare: &mut Vec<T>, new: impl Fn() -> T) {
    while v.len() > n {
        spare.extend(v.pop());
    }
    while v.len() < n {
        v.push(spare.pop().unwrap_or_else(&new));
    }
}

/// Maps the stages' normalized spans to output records on the original text, into `out`.
fn to_output(
    norm: &Normalized<'_>,
    lang: Lang,
    mentions: &[Mention],
    quotes: &[QuoteSpan],
    scratch: &mut OutScratch,
    out: &mut Analysis,
) {
    let original = norm.original();
    // Collect every boundary, convert byte -> char offsets in one increasing pass.
    let OutScratch {
        spans,
        points,
        chars,
        spare_entities,
        spare_quotes,
    } = scratch;
    spans.clear();
    for m in mentions {
        spans.push((norm.start_to_original(m.start), norm.end_to_original(m.end)));
    }
    for q in quotes {
        spans.push((norm.start_to_original(q.start), norm.end_to_original(q.end)));
        if let Some(c) = &q.cue {
            spans.push((norm.start_to_original(c.start), norm.end_to_original(c.end)));
        }
    }
    points.clear();
    points.extend(spans.iter().flat_map(|&(a, b)| [a, b]));
    points.sort_unstable();
    points.dedup();
    let mut counter = CharCounter::new(original);
    chars.clear();
    chars.extend(points.iter().map(|&p| counter.chars_at(p)));
    let to_char = |b: usize| chars[points.binary_search(&b).unwrap_or(0)];
    let mut it = spans.iter().copied();
    out.lang = lang;
    resize_from(&mut out.entities, mentions.len(), spare_entities, || {
        EntityOut {
            start: 0,
            end: 0,
            byte_start: 0,
            byte_end: 0,
            text: String::new(),
            label: crate::gazetteer::Label::PER,
            entity: String::new(),
            id: None,
            gender: None,
            cluster: 0,
        }
    });
    for (e, m) in out.entities.iter_mut().zip(mentions) {
        let (bs, be) = it.next().unwrap_or((0, 0));
        e.start = to_char(bs);
        e.end = to_char(be);
        e.byte_start = bs;
        e.byte_end = be;
        set(&mut e.text, &original[bs..be]);
        e.label = m.label;
        set(&mut e.entity, &m.canonical);
        set_opt(&mut e.id, m.id.as_deref());
        e.gender = m.gender;
        e.cluster = m.cluster;
    }
    resize_from(&mut out.quotes, quotes.len(), spare_quotes, || QuoteOut {
        start: 0,
        end: 0,
        byte_start: 0,
        byte_end: 0,
        text: String::new(),
        kind: quote::QuoteKind::Direct,
        speaker: None,
        cue: None,
        verb: None,
        speaker_label: None,
        speaker_id: None,
        speaker_cluster: None,
    });
    for (o, q) in out.quotes.iter_mut().zip(quotes) {
        let (bs, be) = it.next().unwrap_or((0, 0));
        o.start = to_char(bs);
        o.end = to_char(be);
        o.byte_start = bs;
        o.byte_end = be;
        set(&mut o.text, &original[bs..be]);
        o.kind = q.kind;
        set_opt(&mut o.speaker, q.speaker.as_deref());
        match &q.cue {
            Some(_) => {
                let (cs, ce) = it.next().unwrap_or((0, 0));
                let cue = o.cue.get_or_insert_with(|| CueOut {
                    start: 0,
                    end: 0,
                    byte_start: 0,
                    byte_end: 0,
                    text: String::new(),
                });
                cue.start = to_char(cs);
                cue.end = to_char(ce);
                cue.byte_start = cs;
                cue.byte_end = ce;
                set(&mut cue.text, &original[cs..ce]);
            }
            None => o.cue = None,
        }
        set_opt(&mut o.verb, q.verb.as_deref());
        o.speaker_label = q.speaker_label;
        let speaker_entity = q.speaker_mention.and_then(|i| mentions.get(i));
        set_opt(
            &mut o.speaker_id,
            speaker_entity.and_then(|m| m.id.as_deref()),
        );
        o.speaker_cluster = speaker_entity.map(|m| m.cluster);
    }
}
