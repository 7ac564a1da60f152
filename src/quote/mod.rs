//! Quotes: quote spans, speech verbs, speaker attribution.

use std::ops::Range;

use crate::engine::Engine;
use crate::entity::Mention;
use crate::gazetteer::Label;
use crate::segment::Doc;

/// Direct or partial quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole statement standing as its own sentence or clause.
    Direct,
    /// A fragment inside the writer's sentence (scare quotes included).
    Partial,
}

/// A quote found in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpan {
    /// Start byte (normalized text), on the opening mark.
    pub start: usize,
    /// End byte (normalized text), after the closing mark.
    pub end: usize,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// Speaker's canonical name or description, if attributed.
    pub speaker: Option<String>,
    /// Index of the speaker's mention in the article's mentions, when the speaker is an entity.
    pub speaker_mention: Option<usize>,
    /// The speaker's label, when the speaker is an entity.
    pub speaker_label: Option<Label>,
    /// The cue: the words that point at the speaker (normalized byte span).
    pub cue: Option<Range<usize>>,
    /// The speech verb's lemma, when a verb cues the quote.
    pub verb: Option<String>,
}

/// Finds the quotes of `doc` and attributes them; appends to `out` in text order.
pub fn find_quotes(_engine: &Engine, doc: &Doc<'_>, _mentions: &[Mention], out: &mut Vec<QuoteSpan>) {
    let text = doc.text;
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '«') | (None, '“') => open = Some((i, c)),
            (Some((s, '«')), '»') | (Some((s, '“')), '”') => {
                out.push(QuoteSpan {
                    start: s,
                    end: i + c.len_utf8(),
                    kind: QuoteKind::Direct,
                    speaker: None,
                    speaker_mention: None,
                    speaker_label: None,
                    cue: None,
                    verb: None,
                });
                open = None;
            }
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
}
