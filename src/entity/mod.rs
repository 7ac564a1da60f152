//! Entities beyond the lists: rules for unknown names, disambiguation of ambiguous surfaces,
//! overlap resolution, and linking the mentions of one person to one canonical name.
//!
//! The recognizer makes one left-to-right pass over the tokens. At each word it weighs two
//! candidates: the gazetteer hit starting there (if any), with its candidate entries scored by
//! list priority and context, and the *name chunk* starting there (a run of capitalized words,
//! with hyphens, particles and initials), labelled by rules: an honorific or a role before it
//! (PER), a known first name at its head (PER), an institution head (ORG), an acronym (ORG), a
//! spatial preposition before it (LOC). The longer candidate wins (the gazetteer on a tie, unless
//! an honorific says PER); the scan goes on after it, so the result never overlaps and depends on
//! the text alone (same output whatever the thread count).
//!
//! Before the pass, the common words of English headlines in title case ("Clinton Says No To
//! Fox News") are read in lower case: their capitals say nothing of names (`title`).
//!
//! A second pass ([`link`]) finds the surname-only and first-name-only mentions of the people
//! named in full, groups mentions into clusters and gives each cluster its canonical name: the
//! fullest form of the name in the article (or the list's canonical name when that is fuller).
//!
//! Cost: O(tokens) per article apart from the gazetteer search; chunks are capped at 12 tokens.
//! The passes visit only the tokens a name may start at (capitalized words, the token before
//! each, institution heads, hits); each question about a word (a role? a first name? a
//! demonym?) is answered once per token from a per-worker cache of word classes; linking keys
//! names by interned strings, and the mentions' strings reuse the memory of the articles
//! before ([`Scratch`]): a warm worker allocates nothing per article.

mod classes;
mod intern;
pub mod link;
mod rules;
mod title;
pub mod words;

#[cfg(test)]
mod tests;

use crate::engine::Engine;
use crate::gazetteer::{Gender, Hit, Label};
use crate::segment::Doc;
pub use rules::CHILD_OR_RELATIVE;

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A gazetteer entry.
    List,
    /// A rule (its name).
    Rule(&'static str),
    /// Linked to a name found elsewhere in the article.
    Link,
}

/// A mention of an entity: a span of the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Start byte in the normalized text.
    pub start: usize,
    /// End byte in the normalized text.
    pub end: usize,
    /// First token.
    pub first_token: usize,
    /// One past the last token.
    pub end_token: usize,
    /// Label.
    pub label: Label,
    /// Canonical name (filled by linking).
    pub canonical: String,
    /// Identifier from a gazetteer.
    pub id: Option<Box<str>>,
    /// Gender, for people, where known.
    pub gender: Option<Gender>,
    /// How it was found.
    pub origin: Origin,
    /// Cluster: mentions of one entity share it.
    pub cluster: u32,
    /// Canonical name given by a list, if any (before linking).
    pub list_canonical: Option<Box<str>>,
}

/// Scratch buffers of the entity stage, reused from article to article (one per worker), and
/// what it learnt of words in the articles before (for the engine it serves).
#[derive(Debug, Default)]
pub struct Scratch<'e> {
    /// The engine the word classes were learnt from.
    engine: Option<&'e Engine>,
    rules: rules::Buffers,
    link: link::Buffers,
    /// The segmentation of an article with title-case lines, folded ([`title`]).
    title: crate::segment::Segmentation,
}

/// How many spare strings a [`Spare`] keeps.
const SPARE_STRINGS: usize = 4096;
/// How many boxed strings of each length a [`Spare`] keeps.
const SPARE_BOXES: usize = 512;
/// Boxed strings longer than this are not kept.
const SPARE_BOX_LEN: usize = 64;

/// The memory of the mentions of earlier articles, reused for the strings of the next ones:
/// a warm worker allocates nothing per mention.
#[derive(Debug, Default)]
pub(crate) struct Spare {
    /// Empty strings, for canonical names.
    strings: Vec<String>,
    /// The memory of boxed strings (ids and list names) by length, as strings of exactly that
    /// capacity (the same lengths come back; boxing such a string reallocates nothing).
    boxes: Vec<Vec<String>>,
}

impl Spare {
    /// Keeps the strings of `m`.
    fn keep(&mut self, m: Mention) {
        if self.strings.len() < SPARE_STRINGS {
            let mut s = m.canonical;
            s.clear();
            self.strings.push(s);
        }
        for b in [m.id, m.list_canonical].into_iter().flatten() {
            let len = b.len();
            if len < SPARE_BOX_LEN {
                if self.boxes.len() <= len {
                    self.boxes.resize_with(len + 1, Vec::new);
                }
                if self.boxes[len].len() < SPARE_BOXES {
                    self.boxes[len].push(b.into_string());
                }
            }
        }
    }

    /// `s` in a string (a kept one when there is one).
    pub(crate) fn string(&mut self, s: &str) -> String {
        let mut out = self.strings.pop().unwrap_or_default();
        out.push_str(s);
        out
    }

    /// `s` boxed (in a kept box of its length when there is one).
    pub(crate) fn boxed(&mut self, s: &str) -> Box<str> {
        match self.boxes.get_mut(s.len()).and_then(Vec::pop) {
            Some(mut b) => {
                b.clear();
                b.push_str(s);
                b.into_boxed_str()
            }
            None => s.into(),
        }
    }
}

impl Scratch<'_> {
    /// Empties `mentions`, keeping their strings' memory for the mentions of the next
    /// articles (a worker calls this instead of `clear`: no allocation per mention once warm).
    pub fn recycle(&mut self, mentions: &mut Vec<Mention>) {
        for m in mentions.drain(..) {
            self.rules.spare.keep(m);
        }
    }
}

/// Recognizes the entities of `doc`, given the gazetteer hits; appends mentions in text order.
/// Each call starts from empty caches: a caller with many articles keeps a [`Scratch`] and
/// calls [`recognize_with`] (as a [`Worker`](crate::engine::Worker) does), several times
/// faster.
pub fn recognize(engine: &Engine, doc: &Doc<'_>, hits: &[Hit], out: &mut Vec<Mention>) {
    recognize_with(engine, doc, hits, &mut Scratch::default(), out);
}

/// [`recognize`] with scratch buffers kept from a previous article.
pub fn recognize_with<'e>(
    engine: &'e Engine,
    doc: &Doc<'_>,
    hits: &[Hit],
    scratch: &mut Scratch<'e>,
    out: &mut Vec<Mention>,
) {
    // What is known of words holds for one engine. (The scratch borrows the engine, so no other
    // engine can take its address while the scratch lives.)
    if scratch.engine.is_none_or(|e| !std::ptr::eq(e, engine)) {
        scratch.engine = Some(engine);
        scratch.rules.forget_words();
    }
    // English headlines in title case: their common words read in lower case.
    let folded;
    let doc = if title::fold(engine, doc, hits, &mut scratch.title) {
        folded = Doc {
            seg: &scratch.title,
            ..*doc
        };
        &folded
    } else {
        doc
    };
    let start = out.len();
    rules::first_pass(engine, doc, hits, &mut scratch.rules, out);
    link::link_with(engine, doc, &mut out[start..], &mut scratch.link);
    link::add_linked_with(
        engine,
        doc,
        out,
        start,
        &scratch.rules.starts,
        &mut scratch.link,
    );
    article_of_surname(doc, &mut out[start..]);
    link::one_word_people_elsewhere(doc, &mut out[start..]);
    noun_before_name(doc, &mut out[start..]);
}

/// Nouns that lists write before an organization's name whose bare name is a common word, a
/// pronoun or a place ("groupe Avril", "magazine Elle", "écurie Renault").
const NOUNS_BEFORE_NAMES: &[&str] = &[
    "groupe",
    "journal",
    "quotidien",
    "magazine",
    "hebdomadaire",
    "chaîne",
    "marque",
    "compagnie",
    "éditions",
    "écurie",
    "association",
];

/// "le groupe Volkswagen", "le magazine Elle": a list entry that holds the noun before the
/// name, so that the name is read in its context, gives the name alone as the span (the
/// annotation's spans hold names, "le groupe Novelty" -> "Novelty"), and the canonical name of
/// its entity loses the noun too; not a name that holds the noun itself ("Groupe Wagner",
/// "Agence Fars"). After linking: the noun keeps the name apart from a person's ("groupe
/// Bigard").
fn noun_before_name(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let toks = &doc.seg.tokens;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.id.is_none() || m.end_token < m.first_token + 2 {
            continue;
        }
        let k = m.first_token;
        let noun = doc.tok(k);
        if toks[k].upper_initial || !NOUNS_BEFORE_NAMES.contains(&noun) || !toks[k + 1].is_word() {
            continue;
        }
        let named = m
            .list_canonical
            .as_deref()
            .and_then(|c| c.get(..noun.len()))
            .is_some_and(|c| c.to_lowercase() == noun);
        if named {
            continue;
        }
        let cluster = m.cluster;
        let m = &mut mentions[i];
        m.first_token = k + 1;
        m.start = toks[k + 1].start as usize;
        for o in mentions.iter_mut().filter(|o| o.cluster == cluster) {
            let strip = o.canonical.len() > noun.len() + 1
                && o.canonical.starts_with(noun)
                && o.canonical.as_bytes()[noun.len()] == b' ';
            if strip {
                o.canonical.drain(..=noun.len());
            }
        }
    }
}

/// "Le Pen" after "Marine Le Pen": a surname's article that opens a sentence, or is written in
/// lower case after an honorific ("Mme le Pen"), is no name start, so the mention held only
/// "Pen". A one-word person after the article whose name ends with the two words takes the
/// article back.
fn article_of_surname(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let toks = &doc.seg.tokens;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let k = m.first_token;
        if m.label != Label::PER || m.end_token != k + 1 || k == 0 {
            continue;
        }
        let p = k - 1;
        let article = doc.tok(p);
        // (In lower case only after an honorific: "la France" is the country's article.)
        let honorific = p > 0
            && (matches!(doc.tok(p - 1), "Mme" | "Mlle" | "Me")
                || p > 1 && doc.tok(p - 1) == "." && doc.tok(p - 2) == "M");
        let article_ok =
            matches!(article, "Le" | "La") || honorific && matches!(article, "le" | "la");
        if !article_ok || toks[p].end + 1 != toks[k].start {
            continue;
        }
        if i > 0 && mentions[i - 1].end_token > p {
            continue;
        }
        let canonical = m.canonical.as_bytes();
        let (a, w) = (article.as_bytes(), doc.tok(k).as_bytes());
        let n = a.len() + 1 + w.len();
        let ends_so = canonical.len() > n
            && canonical[canonical.len() - n - 1] == b' '
            && canonical[canonical.len() - n..canonical.len() - w.len() - 1]
                .eq_ignore_ascii_case(a)
            && canonical[canonical.len() - w.len() - 1] == b' '
            && canonical.ends_with(w);
        if ends_so {
            let m = &mut mentions[i];
            m.first_token = p;
            m.start = toks[p].start as usize;
        }
    }
}

#[cfg(test)]
mod spare_tests {
    use super::*;

    #[test]
    fn spare_strings_come_back_with_their_text() {
        let mut spare = Spare::default();
        let mention = |canonical: &str, id: Option<&str>, list: Option<&str>| Mention {
            start: 0,
            end: 0,
            first_token: 0,
            end_token: 0,
            label: Label::ORG,
            canonical: canonical.to_string(),
            id: id.map(Box::from),
            gender: None,
            origin: Origin::List,
            cluster: 0,
            list_canonical: list.map(Box::from),
        };
        spare.keep(mention("Organisation", Some("Q7184"), Some("OTAN")));
        spare.keep(mention("x", Some("Q90"), None));
        // Same lengths: the kept boxes are overwritten; other lengths: new ones.
        assert_eq!(&*spare.boxed("Q1234"), "Q1234");
        assert_eq!(&*spare.boxed("ONU!"), "ONU!");
        assert_eq!(&*spare.boxed("Q91"), "Q91");
        assert_eq!(&*spare.boxed("é"), "é");
        assert_eq!(&*spare.boxed(""), "");
        assert_eq!(spare.string("Paris"), "Paris");
        assert_eq!(spare.string("Lyon"), "Lyon");
        assert_eq!(spare.string("Nice"), "Nice");
    }
}
