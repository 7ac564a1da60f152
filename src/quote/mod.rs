//! Quotes: quote spans, speech verbs, speaker attribution.
//!
//! Three steps per article, each linear in its length:
//!
//! 1. [`detect`]: pair the quotation marks («», “”, "", ‹›, „“) and find dialogue lines opened
//!    by a dash; `split` cuts dialogue lines (and quotes in fiction) at the narrator's asides
//!    ("— Quand ce serait le diable ! disaient-ils, ils reçoivent à merveille.").
//! 2. kind: *direct* when the quote stands as its own sentence or clause (after `:`, at the start
//!    of a sentence, or opening with a capital after a comma), *partial* when it is a fragment of
//!    the writer's sentence (after a word: une réforme «historique»).
//! 3. `attribute`: find the cue (the subject of a speech verb around the quote, a "selon X"
//!    phrase, "X :", or the narrator's aside inside a French quote: "« …, a expliqué X, … »") in
//!    a bounded window around the quote, and resolve it to a speaker: a
//!    named entity, a description, a pronoun resolved to the nearest compatible person before it,
//!    or a statement ("le communiqué") resolved to whoever issued it. A quote with no cue
//!    continues the speaker of the quote before it when nothing intervenes.
//!
//! Every look backward or forward is bounded (a sentence and at most a few dozen tokens), so the
//! stage is O(length) whatever the input.

mod attribute;
pub mod detect;
pub mod lexicon;
mod roles;
mod split;

#[cfg(test)]
mod tests;

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

/// A quote with its token range, as the attribution sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Q {
    /// Normalized byte span.
    pub start: usize,
    pub end: usize,
    /// First token (the opening mark or dash) and one past the last token.
    pub s: usize,
    pub e: usize,
    /// A dialogue line.
    pub dash: bool,
    /// The piece of a quote cut by an aside, after the first piece.
    pub resumed: bool,
}

/// Scratch buffers of the quote stage, reused from article to article (one per worker).
#[derive(Debug, Default)]
pub struct Scratch {
    raw: Vec<detect::Raw>,
    qs: Vec<Q>,
    cache: attribute::Cache,
    quoted: Vec<bool>,
}

/// Finds the quotes of `doc` and attributes them; appends to `out` in text order.
pub fn find_quotes(engine: &Engine, doc: &Doc<'_>, mentions: &[Mention], out: &mut Vec<QuoteSpan>) {
    find_quotes_with(engine, doc, mentions, &mut Scratch::default(), out);
}

/// [`find_quotes`] with scratch buffers kept from a previous article.
pub fn find_quotes_with(
    engine: &Engine,
    doc: &Doc<'_>,
    mentions: &[Mention],
    scratch: &mut Scratch,
    out: &mut Vec<QuoteSpan>,
) {
    let Scratch {
        raw,
        qs,
        cache,
        quoted,
    } = scratch;
    raw.clear();
    qs.clear();
    detect::detect(doc.text, raw);
    if raw.is_empty() {
        return;
    }
    let lex = lexicon::lexicon();
    let seg = doc.seg;
    cache.prepare(doc, mentions);
    let dash_lines = raw.iter().filter(|r| r.dash).count();
    // Dialogue lines are fiction's: keep them only when some look like speech (a question, an
    // exclamation or an aside), not like a bulleted list.
    let keep_dash = dash_lines >= 2
        && raw
            .iter()
            .any(|r| r.dash && doc.text[r.start..r.end].contains(['?', '!']));
    let mut tk = attribute::Tk::new(doc, mentions, lex, &engine.lexicon, cache);
    tk.story = keep_dash;
    tk.gazetteer = Some(&engine.gazetteer);
    for r in raw.iter() {
        if r.dash && !keep_dash || keep_dash && narration(doc.text, r) {
            continue;
        }
        let s = seg.token_at_or_after(r.start);
        let e = seg.token_at_or_after(r.end);
        if s >= e {
            continue;
        }
        let q = Q {
            start: r.start,
            end: r.end,
            s,
            e,
            dash: r.dash,
            resumed: false,
        };
        split::split(&tk, q, r.dash || dash_lines >= 3, qs);
    }
    let base = out.len();
    out.extend(qs.iter().map(|q| QuoteSpan {
        start: q.start,
        end: q.end,
        kind: attribute::kind(doc, q),
        speaker: None,
        speaker_mention: None,
        speaker_label: None,
        cue: None,
        verb: None,
    }));
    attribute::attribute(&tk, mentions, qs, quoted, &mut out[base..]);
    attribute::usual_names(doc.text, mentions, keep_dash, &mut out[base..]);
    attribute::repeated_labels(doc.text, &mut out[base..]);
}

/// The length, in bytes, from which a paragraph a story opens with « and never closes is
/// narration: a character telling a tale of several pages ("« Ernest-Jean Sarrasine était le
/// seul fils d'un procureur …, repris-je") opens each part of it so; a line of dialogue opened
/// with « runs a few hundred bytes at most.
const NARRATION_BYTES: usize = 600;

/// `r` opens its paragraph with «, runs to the paragraph's end with no closing mark and is at
/// least [`NARRATION_BYTES`] long: an embedded tale, not a quote (its people are the story's).
fn narration(text: &str, r: &detect::Raw) -> bool {
    let span = &text[r.start..r.end];
    r.end - r.start >= NARRATION_BYTES
        && span.starts_with('«')
        && !span.ends_with('»')
        && text[..r.start].ends_with(['\n', '\r'])
        && {
            let rest = text[r.end..].trim_start_matches([' ', '\t']);
            rest.is_empty() || rest.starts_with(['\n', '\r'])
        }
}
