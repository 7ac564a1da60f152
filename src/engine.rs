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
}

impl<'e> Worker<'e> {
    /// The engine.
    pub fn engine(&self) -> &'e Engine {
        self.engine
    }

    /// Analyzes one article: entities and quotes with offsets into `text`.
    pub fn analyze(&mut self, text: &str) -> Analysis {
        let engine = self.engine;
        let norm = Normalized::new(text);
        let ntext = norm.text();
        let lang = engine.lang.unwrap_or_else(|| lang::detect(ntext));
        self.seg.compute(ntext);
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
        to_output(&norm, lang, &self.mentions, &self.quotes)
    }
}

/// Maps the stages' normalized spans to output records on the original text.
fn to_output(
    norm: &Normalized<'_>,
    lang: Lang,
    mentions: &[Mention],
    quotes: &[QuoteSpan],
) -> Analysis {
    let original = norm.original();
    // Collect every boundary, convert byte -> char offsets in one increasing pass.
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(mentions.len() + quotes.len() * 2);
    for m in mentions {
        spans.push((norm.start_to_original(m.start), norm.end_to_original(m.end)));
    }
    for q in quotes {
        spans.push((norm.start_to_original(q.start), norm.end_to_original(q.end)));
        if let Some(c) = &q.cue {
            spans.push((norm.start_to_original(c.start), norm.end_to_original(c.end)));
        }
    }
    let mut points: Vec<usize> = spans.iter().flat_map(|&(a, b)| [a, b]).collect();
    points.sort_unstable();
    points.dedup();
    let mut counter = CharCounter::new(original);
    let chars: Vec<usize> = points.iter().map(|&p| counter.chars_at(p)).collect();
    let to_char = |b: usize| chars[points.binary_search(&b).unwrap_or(0)];
    let mut it = spans.into_iter();
    let mut entities = Vec::with_capacity(mentions.len());
    for m in mentions {
        let (bs, be) = it.next().unwrap_or((0, 0));
        entities.push(EntityOut {
            start: to_char(bs),
            end: to_char(be),
            byte_start: bs,
            byte_end: be,
            text: original[bs..be].to_string(),
            label: m.label,
            entity: m.canonical.clone(),
            id: m.id.as_deref().map(str::to_string),
            gender: m.gender,
            cluster: m.cluster,
        });
    }
    let mut out_quotes = Vec::with_capacity(quotes.len());
    for q in quotes {
        let (bs, be) = it.next().unwrap_or((0, 0));
        let cue = q.cue.as_ref().map(|_| {
            let (cs, ce) = it.next().unwrap_or((0, 0));
            CueOut {
                start: to_char(cs),
                end: to_char(ce),
                byte_start: cs,
                byte_end: ce,
                text: original[cs..ce].to_string(),
            }
        });
        let speaker_entity = q.speaker_mention.and_then(|i| mentions.get(i));
        out_quotes.push(QuoteOut {
            start: to_char(bs),
            end: to_char(be),
            byte_start: bs,
            byte_end: be,
            text: original[bs..be].to_string(),
            kind: q.kind,
            speaker: q.speaker.clone(),
            cue,
            verb: q.verb.clone(),
            speaker_label: q.speaker_label,
            speaker_id: speaker_entity.and_then(|m| m.id.as_deref().map(str::to_string)),
            speaker_cluster: speaker_entity.map(|m| m.cluster),
        });
    }
    Analysis {
        lang,
        entities,
        quotes: out_quotes,
    }
}
