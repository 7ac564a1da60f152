//! Kind and speaker of each quote.
//!
//! Cue patterns, tried in this order (windows: the sentence around the quote, at most
//! [`WINDOW`] tokens each side, never past another quote or a paragraph break):
//!
//! 1. right after the quote: "«…», a déclaré X", "«…», déclare-t-il", "«…», précise le
//!    communiqué", "«…», X a déclaré", `"…," he said`, `"…," said X`, "«…» selon X";
//! 2. before it: "X a déclaré : «…»", "X : «…»", "X estime que «…»", "selon X, «…»",
//!    "pour X, «…»", "according to X, …";
//! 3. later in the sentence: "«…» à son ennemi, selon X";
//! 4. no cue: the speaker of the quote just before, when it ended in the same or the previous
//!    paragraph and no other person is named in between outside quotes.
//!
//! The subject of the cue is a named entity (the mention at the head of the noun phrase, not one
//! inside a "de X" complement: "un proche d'Edouard Philippe" is a description), a pronoun
//! (resolved to the nearest person before it with a compatible gender), a statement noun
//! (resolved to the organization or person named in its complement, else the nearest one
//! before it), or a description (the noun phrase without its determiner).

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;

use super::lexicon::{Class, Classes, Entry, EntryId, List, QuoteLexicon, VerbForm};
use super::{QuoteKind, QuoteSpan, Q};
use crate::entity::{Mention, Origin};
use crate::gazetteer::lexicon::Lexicon;
use crate::gazetteer::{Gender, Label};
use crate::lang::Lang;
use crate::segment::{Doc, Token, TokenKind};

/// The widest look on either side of a quote, in tokens.
pub const WINDOW: usize = 40;
/// The longest subject noun phrase, in tokens.
const NP_MAX: usize = 14;
/// How many mentions back a pronoun or a statement looks for its referent.
const REFERENT_MENTIONS: usize = 40;

/// The indices of the last [`REFERENT_MENTIONS`] mentions that start before token `at`.
fn referent_range(mentions: &[Mention], at: usize) -> std::ops::Range<usize> {
    let hi = mentions.partition_point(|m| m.first_token < at);
    hi.saturating_sub(REFERENT_MENTIONS)..hi
}

/// Titles that end with a dot inside a name ("M. Macron").
const TITLE_ABBREV: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "Mr", "Mrs", "Ms", "St", "Sen",
    "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Prof", "Jr", "Rev", "Capt", "Cpl", "Pvt", "Cmdr",
];

/// True for a title of [`TITLE_ABBREV`]; short words with an upper-case initial only are
/// compared.
pub(super) fn is_title_abbrev(w: &str) -> bool {
    w.len() <= 4
        && w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && TITLE_ABBREV.contains(&w)
}

/// Determiners that make the next word a noun.
const DET_NOUN_FR: &[&str] = &[
    "un", "une", "le", "la", "les", "des", "du", "son", "sa", "ses", "ce", "cette", "leurs",
    "notre",
];
const DET_NOUN_EN: &[&str] = &["the", "a", "an", "his", "its", "their", "this"];
/// The word lists the lexicon marks on its entries ([`List`]).
pub(super) const LISTS: &[(List, &[&str])] = &[
    (List::Prep, PREP),
    (List::SoftPrep, SOFT_PREP),
    (List::FiniteAux, FINITE_AUX),
    (List::HumanNoun, HUMAN_NOUNS),
    (List::FunctionWord, FUNCTION_WORDS),
    (List::ClauseStop, CLAUSE_STOPS),
    (List::FrAux, FR_AUX),
    (List::People, PEOPLE),
    (List::People, crate::entity::words::APPOSITION_NOUNS),
];
/// Conjunctions, relatives and pronouns that never head a subject.
const FUNCTION_WORDS: &[&str] = &[
    "et", "mais", "ou", "ce", "que", "qu", "qui", "dont", "and", "but", "or", "which", "what",
    "who",
];
/// Words where a subject read back from its verb stops.
const CLAUSE_STOPS: &[&str] = &[
    "que", "qu", "qui", "et", "mais", "that", "and", "but", "who", "dont", "où", "car", "if", "si",
];
/// Capitalized words that link a sentence to the one before, where a subject read back from
/// its verb stops too ("Toutefois une enseignante assure", "Ainsi l'Australie a indiqué",
/// "Quand les témoins l'ont qualifié"; not after a word, "interprète de Puisque tu pars", nor
/// in lower case, "salariés comme dirigeants").
const SENTENCE_LINKS: &[&str] = &[
    "quand",
    "lorsque",
    "lorsqu",
    "puisque",
    "puisqu",
    "comme",
    "ainsi",
    "toutefois",
    "cependant",
    "pourtant",
    "néanmoins",
];
/// French finite auxiliaries where a subject read back from its verb stops.
const FR_AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient",
];
/// Prepositions that continue a subject read back from its verb ("un responsable joint à
/// Goma", "le ministre délégué au Numérique").
const SOFT_PREP: &[&str] = &[
    "à", "au", "aux", "en", "dans", "sur", "chez", "auprès", "avec", "at", "in", "with",
];
/// Finite auxiliaries that follow a clause's subject.
const FINITE_AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "has", "have", "had", "was",
    "were", "is", "are", "will", "would",
];
/// Prepositions after which a name is not a subject.
const PREP: &[&str] = &[
    "à",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d",
    "chez",
    "avec",
    "contre",
    "par",
    "pour",
    "sur",
    "dans",
    "devant",
    "derrière",
    "envers",
    "vers",
    "entre",
    "parmi",
    "sous",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "to",
    "in",
    "on",
    "against",
    "about",
    "before",
    "after",
    "under",
    "over",
    "between",
    "among",
    "like",
    "unlike",
    "including",
    "despite",
    "without",
];

/// Token helpers over one article.
pub struct Tk<'a, 'd> {
    pub doc: &'a Doc<'d>,
    /// The article's tokens (`doc.seg.tokens`, kept as a slice: one load less per look).
    pub toks: &'a [Token],
    /// The article's text as bytes.
    bytes: &'d [u8],
    /// The cache's per-token facts and the article's stamp (copied out of the cache: one load
    /// less per look).
    facts: &'a [Cell<Facts>],
    stamp: u32,
    /// The article's mentions, in text order.
    mentions: &'a [Mention],
    pub lex: &'static QuoteLexicon,
    /// The engine's name lexicons (demonyms).
    pub names: &'a Lexicon,
    /// What is known of each token, looked up on first use.
    cache: &'a Cache,
    /// The text is a story (it has dialogue lines): the narrator's asides of fiction are read
    /// ("– continua le domestique", "lui répondit-elle", "demanda timidement la jeune femme").
    pub story: bool,
    /// The engine's lists, which say which organizations are media.
    pub gazetteer: Option<&'a crate::gazetteer::Gazetteer>,
    /// Some person of the article is known only as a child or a relative ([`Tk::minor`]).
    minors: bool,
}

/// Per-article facts about tokens, kept from article to article so that their buffers are
/// reused (attribution asks about the same tokens many times; most tokens it never sees).
#[derive(Debug, Default)]
pub struct Cache {
    /// The text lower-cased character by character: the same length, so a token's lower-case
    /// form is the same byte range (see [`lower_text`]).
    lower: String,
    /// Byte offsets of the characters `lower` could not lower-case in place.
    irregular: Vec<u32>,
    /// Each token's lexicon entry and [`Tk::verb_at`], computed together on first use.
    facts: Vec<Cell<Facts>>,
    /// Each token's [`Tk::mention_at`] (a [`Stamped`] mention index; stale for none), when
    /// `mentions_in_order`.
    mention_of: Vec<Stamped>,
    /// The mentions' ends never decrease (text order, no overlap), so that `mention_of` gives
    /// what the binary search of [`Tk::mention_at`] gives.
    mentions_in_order: bool,
    /// Each mention's [`role_intro`], computed on first use ([`Tk::role_intro`]): a role
    /// description compares the role of every person named around it, quote after quote.
    role_intros: Vec<Cell<RoleIntro>>,
    /// The stamp of the current article's facts: from 1 to [`STAMPS`], as [`Facts`] stores it.
    stamp: u32,
}

/// A mention's [`role_intro`] (role token `u32::MAX` for none), with the stamp of the article
/// it was computed for, like [`Facts`].
#[derive(Debug, Clone, Copy, Default)]
struct RoleIntro {
    stamp: u32,
    role: u32,
    start: u32,
    end: u32,
}

/// The number of article stamps; the buffers are cleared when the stamps wrap.
const STAMPS: u32 = u16::MAX as u32;

/// A token's lexicon entry, speech verb form (the form's index in the lexicon plus one, 0 for
/// none) and classes (the most asked part of the entry, kept here to save a look at the
/// lexicon), with the stamp of the article they were computed for: 16 bits each (the lexicon
/// has a few thousand entries and forms; its build checks they fit). The facts of earlier
/// articles are stale without clearing the buffers for each article (a memset of every token).
#[derive(Debug, Clone, Copy, Default)]
struct Facts(u64);

/// What [`Facts`] knows of a token.
#[derive(Debug, Clone, Copy)]
struct Known {
    entry: EntryId,
    verb: u32,
    classes: Classes,
}

impl Facts {
    #[inline(always)]
    fn new(stamp: u32, known: Known) -> Facts {
        debug_assert!(known.entry.0 <= 0xFFFF && known.verb <= 0xFFFF && stamp <= STAMPS);
        Facts(
            u64::from(stamp) << 48
                | u64::from(known.classes.bits()) << 32
                | u64::from(known.entry.0) << 16
                | u64::from(known.verb),
        )
    }

    /// What is known, when computed for the article stamped `stamp`.
    #[inline(always)]
    fn get(self, stamp: u32) -> Option<Known> {
        ((self.0 >> 48) as u32 == stamp).then_some(Known {
            entry: EntryId((self.0 >> 16) as u32 & 0xFFFF),
            verb: self.0 as u32 & 0xFFFF,
            classes: Classes::from_bits((self.0 >> 32) as u16),
        })
    }
}

/// A token fact and the stamp of the article it was computed for, like [`Facts`].
#[derive(Debug, Clone, Copy, Default)]
struct Stamped(u64);

impl Stamped {
    #[inline(always)]
    fn new(stamp: u32, value: u32) -> Stamped {
        Stamped(u64::from(stamp) << 32 | u64::from(value))
    }

    /// The value, when computed for the article stamped `stamp`.
    #[inline(always)]
    fn get(self, stamp: u32) -> Option<u32> {
        ((self.0 >> 32) as u32 == stamp).then_some(self.0 as u32)
    }
}

impl Cache {
    /// Empties the cache for `doc` and its `mentions`.
    pub fn prepare(&mut self, doc: &Doc<'_>, mentions: &[Mention]) {
        lower_text(doc.text, &mut self.lower, &mut self.irregular);
        let n = doc.seg.tokens.len();
        // Stamp 0 is never current: a new buffer (or one cleared when the stamps wrap) holds
        // no fact.
        self.stamp += 1;
        if self.stamp > STAMPS {
            self.facts.clear();
            self.mention_of.clear();
            self.role_intros.clear();
            self.stamp = 1;
        }
        if self.role_intros.len() < mentions.len() {
            self.role_intros.resize(mentions.len(), Cell::default());
        }
        if self.facts.len() < n {
            self.facts.resize(n, Cell::default());
            self.mention_of.resize(n, Stamped::default());
        }
        // With ends in order, the first mention ending after token `i` is mention `p` for `i`
        // from the end of mention `p - 1` to the end of `p`; it covers `i` from its first token.
        self.mentions_in_order = mentions
            .windows(2)
            .all(|w| w[0].end_token <= w[1].end_token)
            && mentions.last().is_none_or(|m| m.end_token <= n);
        if self.mentions_in_order {
            let mut lo = 0;
            for (p, m) in mentions.iter().enumerate() {
                let covered = m.first_token.max(lo)..m.end_token;
                if let Some(cells) = self.mention_of.get_mut(covered) {
                    cells.fill(Stamped::new(self.stamp, p as u32));
                }
                lo = m.end_token;
            }
        }
    }
}

/// Lower-cases `text` into `out` character by character where that keeps each character's
/// length and gives what `str::to_lowercase` gives for a token holding it (so a token's
/// lower-case form is its byte range in `out`); the offsets of the other characters go to
/// `irregular` (characters with a lower case of another length or of several characters, a
/// lower case that depends on the context like Σ, and title-case letters, which are not upper
/// case and so leave their token unchanged).
fn lower_text(text: &str, out: &mut String, irregular: &mut Vec<u32>) {
    irregular.clear();
    out.clear();
    out.push_str(text);
    out.make_ascii_lowercase();
    let bytes = text.as_bytes();
    // The bytes that need a look: a lead byte from 0xC4 (the characters from U+0100) and a
    // continuation byte 0x80-0x9F, which after 0xC3 makes À-ß (after 0xC2, a control).
    // ASCII, U+00A0-U+00BF (no letter with a case) and à-ÿ (lower case, and ÷) need none. A
    // lead byte from 0xC4 comes before its continuation bytes, so a continuation byte found
    // is that of a two-byte character starting just before it.
    let mut i = 0;
    loop {
        i = next_to_lower(bytes, i);
        if i >= bytes.len() {
            break;
        }
        if bytes[i] < 0xC0 {
            i -= 1;
        }
        if bytes[i] == 0xC2 {
            i += 2;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let mut lc = c.to_lowercase();
        let one = lc.next().filter(|_| lc.next().is_none());
        match one {
            Some(l) if c.is_uppercase() && c != 'Σ' && l.len_utf8() == len => {
                out.replace_range(i..i + len, l.encode_utf8(&mut [0; 4]));
            }
            Some(l) if !c.is_uppercase() && l == c => {}
            _ => irregular.push(i as u32),
        }
        i += len;
    }
}

/// The first byte from `i` that [`lower_text`] must look at: a lead byte from 0xC4 or a
/// continuation byte 0x80-0x9F (or `bytes.len()`). Such a byte comes every few thousand bytes
/// in French news: sixty-four bytes are passed over at a time ([`any_to_lower`]); in a block
/// that has one, it is found among the first thirty-two bytes as four 64-bit words (for a byte
/// `b` with its high bit set and `y = b & 0x7F`, `y + 0x3C` has its high bit set when
/// `b >= 0xC4`, and `y + 0x60` has it clear when `b < 0xA0`; no carry crosses a byte), or the
/// search goes on from the second half.
fn next_to_lower(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let mask = |x: u64| {
        let y = x & !HIGH;
        x & HIGH & ((y + ONES * 0x3C) | !(y + ONES * 0x60))
    };
    while let Some(block) = bytes.get(i..).and_then(<[u8]>::first_chunk::<64>) {
        if !any_to_lower(block) {
            i += 64;
            continue;
        }
        let block = &block[..32];
        let word = |k: usize| {
            mask(u64::from_le_bytes(
                block[k..k + 8].try_into().unwrap_or_default(),
            ))
        };
        let m = [word(0), word(8), word(16), word(24)];
        if m[0] | m[1] | m[2] | m[3] != 0 {
            let k = m.iter().take_while(|&&x| x == 0).count();
            return i + 8 * k + m[k].trailing_zeros() as usize / 8;
        }
        i += 32;
    }
    while i < bytes.len() && !(bytes[i] >= 0xC4 || (0x80..0xA0).contains(&bytes[i])) {
        i += 1;
    }
    i
}

/// True when `block` holds a byte [`next_to_lower`] looks for; out of line, so that it compiles
/// to vector instructions whatever the caller.
#[inline(never)]
fn any_to_lower(block: &[u8; 64]) -> bool {
    let mut any = 0u8;
    for &b in block {
        any |= u8::from(b.wrapping_add(0x3C) < 0x3C) | u8::from(b.wrapping_add(0x80) < 0x20);
    }
    any != 0
}

/// A speech verb found in the tokens.
#[derive(Debug, Clone, Copy)]
pub struct VerbHit {
    pub lemma: &'static str,
    /// The verb token.
    pub tok: usize,
    /// One past the verb group (after a "-t-il" clitic).
    pub end: usize,
    /// A clitic subject pronoun ("a-t-il dit", "déclare-t-elle").
    pub clitic: Option<usize>,
    /// A participle or infinitive with no auxiliary before it.
    pub bare_participle: bool,
}

impl VerbHit {
    /// True when a subject follows the verb (a clitic, or a noun phrase that is not "que").
    pub fn inverted_subject_follows(&self, tk: &Tk<'_, '_>, limit: usize) -> bool {
        if self.clitic.is_some() {
            return true;
        }
        if self.bare_participle || self.end >= limit {
            return false;
        }
        let w = tk.lower(self.end);
        let t = tk.toks[self.end];
        t.is_word()
            && !matches!(
                w.as_ref(),
                "que" | "qu" | "à" | "en" | "d" | "le" | "la" | "les" | "l" | "sur" | "ce" | "cela"
            )
            || (t.is_word() && t.upper_initial)
            // "dit ce dernier" (not "dit ce que…").
            || matches!(w.as_ref(), "le" | "la" | "l" | "les" | "ce")
                && self.end + 1 < limit
                && tk.toks[self.end + 1].is_word()
                && !matches!(tk.lower(self.end + 1).as_ref(), "que" | "qu" | "qui")
            // "dit l'artiste": the elided article, its apostrophe, a noun.
            || w == "l"
                && self.end + 2 < limit
                && tk.byte(self.end + 1) == b'\''
                && tk.toks[self.end + 2].is_word()
    }
}

/// True for the classes of a subject pronoun (of any person).
#[inline]
fn is_pronoun(c: Classes) -> bool {
    c.has(Class::PronounM)
        || c.has(Class::PronounF)
        || c.has(Class::PronounPl)
        || c.has(Class::NotSpeaker)
}

/// What a token is to a verb group read forward ([`Tk::verb_forward`]).
enum GroupStep {
    /// A hyphen, an apostrophe or the "t" of "-t-": passed over.
    Skip,
    /// A subject pronoun after a hyphen ("dit-il").
    Clitic,
    /// An auxiliary, an adverb, or the first word of a two-word verb.
    Aux,
    /// The speech verb.
    Verb(&'static VerbForm),
    /// No part of the group: it ends here.
    End,
}

/// A subject noun phrase.
#[derive(Debug, Clone, Copy, Default)]
struct Np {
    /// Tokens (determiner included).
    start: usize,
    end: usize,
    /// First token after the determiners.
    head: usize,
    mention: Option<usize>,
    /// A mention inside a "de X" complement.
    complement: Option<usize>,
    class: Option<Class>,
}

impl<'a, 'd> Tk<'a, 'd> {
    /// Token helpers over `doc` and its `mentions`; `cache` must be prepared for them
    /// ([`Cache::prepare`]).
    pub fn new(
        doc: &'a Doc<'d>,
        mentions: &'a [Mention],
        lex: &'static QuoteLexicon,
        names: &'a Lexicon,
        cache: &'a Cache,
    ) -> Tk<'a, 'd> {
        debug_assert!(cache.facts.len() >= doc.seg.tokens.len());
        debug_assert!(cache.role_intros.len() >= mentions.len());
        Tk {
            doc,
            toks: &doc.seg.tokens,
            bytes: doc.text.as_bytes(),
            facts: &cache.facts,
            stamp: cache.stamp,
            mentions,
            lex,
            names,
            cache,
            story: false,
            gazetteer: None,
            minors: mentions
                .iter()
                .any(|m| m.origin == Origin::Rule(crate::entity::CHILD_OR_RELATIVE)),
        }
    }

    /// Mention `m` is of a person the article names only as a child or a relative ("la
    /// petite Maëlys", "les parents de Maëlys", and the name's other occurrences): no
    /// referent of a pronoun or a description, which would take the child for the parent
    /// who speaks ("« … », a déclaré la mère de la fillette").
    fn minor(&self, m: &Mention) -> bool {
        self.minors
            && m.label == Label::PER
            && self
                .mentions
                .iter()
                .filter(|x| x.cluster == m.cluster && x.label == Label::PER)
                .all(|x| {
                    matches!(
                        x.origin,
                        Origin::Link | Origin::Rule(crate::entity::CHILD_OR_RELATIVE)
                    )
                })
    }

    /// True when mention `m` is a medium of the lists (a paper, a channel, an agency, a
    /// social network).
    fn is_media(&self, m: &Mention) -> bool {
        m.label == Label::ORG
            && m.id
                .as_deref()
                .is_some_and(|id| self.gazetteer.is_some_and(|g| g.is_media(id)))
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &'d str {
        self.toks[i].text(self.doc.text)
    }

    /// The byte of a one-byte token ("," "." "-" "'" "t"...), 0 for any other: `byte(i) == b','`
    /// is `tok(i) == ","` without slicing the text.
    #[inline(always)]
    pub fn byte(&self, i: usize) -> u8 {
        let t = self.toks[i];
        if t.end - t.start == 1 {
            self.bytes[t.start as usize]
        } else {
            0
        }
    }

    /// Token `i` lower-cased (when it has an upper-case letter).
    #[inline(always)]
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        let r = self.toks[i].range();
        if self.cache.irregular.is_empty() {
            return Cow::Borrowed(&self.cache.lower[r]);
        }
        self.lower_irregular(r)
    }

    /// [`Tk::lower`] in a text with characters `lower_text` could not lower-case in place.
    #[cold]
    fn lower_irregular(&self, r: Range<usize>) -> Cow<'a, str> {
        let irregular = &self.cache.irregular;
        let p = irregular.partition_point(|&x| (x as usize) < r.start);
        if irregular.get(p).is_none_or(|&x| x as usize >= r.end) {
            return Cow::Borrowed(&self.cache.lower[r]);
        }
        let s = &self.doc.text[r];
        if s.chars().any(char::is_uppercase) {
            Cow::Owned(s.to_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    }

    /// The lexicon entry of token `i`, looked up once.
    #[inline(always)]
    fn entry(&self, i: usize) -> &'static Entry {
        self.lex.get(self.facts(i).entry)
    }

    /// The entry, the verb form and the classes of token `i` (see [`Facts`]), computed once.
    #[inline(always)]
    fn facts(&self, i: usize) -> Known {
        match self.facts[i].get().get(self.stamp) {
            Some(f) => f,
            None => self.learn(i),
        }
    }

    /// [`Tk::facts`] on first use: the look-up, and the verb form when the entry has some.
    ///
    /// The common case (a regular text, a word of at most sixteen bytes, no speech verb form:
    /// [`QuoteLexicon::id_of_short_bytes`]) makes no call, so that it saves no registers; the
    /// others end in a call to their own function.
    #[inline(never)]
    fn learn(&self, i: usize) -> Known {
        if !self.cache.irregular.is_empty() {
            return self.learn_irregular(i);
        }
        // (Bytes: no character boundary to check.)
        let w = &self.cache.lower.as_bytes()[self.toks[i].range()];
        match self.lex.id_of_short_bytes(w) {
            Some(id) => self.learn_entry(i, id),
            None => self.learn_long(i),
        }
    }

    /// [`Tk::learn`] of a word longer than sixteen bytes in a regular text.
    #[inline(never)]
    fn learn_long(&self, i: usize) -> Known {
        let id = self
            .lex
            .id_of_bytes(&self.cache.lower.as_bytes()[self.toks[i].range()]);
        self.learn_entry(i, id)
    }

    /// [`Tk::learn`] in a text with characters `lower_text` could not lower-case in place.
    #[cold]
    #[inline(never)]
    fn learn_irregular(&self, i: usize) -> Known {
        let id = self.lex.id(&self.lower(i));
        self.learn_entry(i, id)
    }

    /// [`Tk::learn`] of token `i`, whose entry is `id`.
    #[inline(always)]
    fn learn_entry(&self, i: usize, id: EntryId) -> Known {
        let entry = self.lex.get(id);
        if self.toks[i].is_word() && !QuoteLexicon::form_range(entry, self.doc.lang).is_empty() {
            // (A word in twenty has speech verb forms.)
            return self.learn_verb(i, id);
        }
        let known = Known {
            entry: id,
            verb: 0,
            classes: entry.classes,
        };
        self.facts[i].set(Facts::new(self.stamp, known));
        known
    }

    /// [`Tk::learn`] of word `i`, whose entry `id` has speech verb forms: which one it is here,
    /// if any.
    #[inline(never)]
    fn learn_verb(&self, i: usize, id: EntryId) -> Known {
        let entry = self.lex.get(id);
        let forms = QuoteLexicon::form_range(entry, self.doc.lang);
        let known = Known {
            entry: id,
            verb: self.verb_form_at(i, forms).map_or(0, |f| f as u32 + 1),
            classes: entry.classes,
        };
        self.facts[i].set(Facts::new(self.stamp, known));
        known
    }

    /// The gender token `i` gives as a role ("présidente" -> f), when it is one
    /// ([`crate::entity::words::role`] of its lower-case form).
    #[inline]
    fn role(&self, i: usize) -> Option<Option<Gender>> {
        self.entry(i).role
    }

    /// [`Tk::role`], or the role of the hyphenated word token `i` opens ("porte-parole",
    /// "vice-présidente").
    #[inline]
    fn role_or_hyphenated(&self, i: usize) -> Option<Option<Gender>> {
        let role = self.role(i);
        if role.is_none() && i + 2 < self.toks.len() && self.byte(i + 1) == b'-' {
            return self.hyphenated_role(i);
        }
        role
    }

    /// The role of the hyphenated word that starts at token `i`, if it is one.
    #[inline(never)]
    fn hyphenated_role(&self, i: usize) -> Option<Option<Gender>> {
        let doc = self.doc;
        if !(doc.touches_next(i) && doc.touches_next(i + 1) && self.toks[i + 2].is_word()) {
            return None;
        }
        let w = &self.cache.lower.as_bytes()
            [self.toks[i].start as usize..self.toks[i + 2].end as usize];
        self.lex.get(self.lex.id_of_bytes(w)).role
    }

    /// True when token `i` is in `list`.
    #[inline]
    fn in_list(&self, i: usize, list: List) -> bool {
        self.entry(i).lists.has(list)
    }

    /// The classes of token `i`.
    #[inline(always)]
    fn classes(&self, i: usize) -> Classes {
        self.facts(i).classes
    }

    /// True when token `i` follows a preposition (skipping a determiner).
    pub fn after_preposition(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && j + 3 > i {
            j -= 1;
            if self.byte(j) == b'\'' {
                continue;
            }
            let e = self.entry(j);
            if e.lists.has(List::Prep) {
                return true;
            }
            if !e.classes.has(Class::Det) && !e.elided.has(Class::Det) {
                return false;
            }
        }
        false
    }

    /// A conjunction, relative or preposition: never the head of a subject.
    fn is_function_word(&self, i: usize) -> bool {
        if self.toks[i].all_caps {
            return false;
        }
        let facts = self.facts(i);
        self.lex.get(facts.entry).lists.has(List::FunctionWord)
            || facts.classes.has(Class::NpStop) && !self.toks[i].upper_initial
    }

    fn is_punct(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Punct
    }

    /// The classes of the word at `i` with a touching apostrophe ("l'", "d'"), and the index
    /// after it (`i + 2` with an apostrophe).
    #[inline(always)]
    fn word(&self, i: usize, limit: usize) -> (Classes, usize) {
        if i + 1 < limit
            && self.byte(i + 1) == b'\''
            && self.doc.touches_next(i)
            && self.toks[i].is_word()
        {
            return (self.entry(i).elided, i + 2);
        }
        (self.classes(i), i + 1)
    }

    #[inline(always)]
    fn is(&self, i: usize, class: Class) -> bool {
        self.classes(i).has(class)
    }

    /// The speech verb form token `i` is here, computed once.
    #[inline(always)]
    fn verb_at(&self, i: usize) -> Option<&'static VerbForm> {
        self.form(self.facts(i))
    }

    /// The speech verb form of a token whose facts are `known`.
    #[inline(always)]
    fn form(&self, known: Known) -> Option<&'static VerbForm> {
        (known.verb != 0).then(|| self.lex.form(known.verb as usize - 1))
    }

    /// [`Tk::verb_at`] of word `i`, which has speech verb forms `range`: the form's index in
    /// the lexicon.
    #[inline(always)]
    fn verb_form_at(&self, i: usize, range: Range<usize>) -> Option<usize> {
        // After a determiner it is a noun ("un conseiller", "dans un communiqué").
        let dets = if self.doc.lang == Lang::Fr {
            DET_NOUN_FR
        } else {
            DET_NOUN_EN
        };
        // (Not the neuter pronoun of "comme le souligne X".)
        if i > 0
            && self.toks[i - 1].is_word()
            && dets.contains(&self.lower(i - 1).as_ref())
            && !(i > 1 && self.lower(i - 1) == "le" && self.lower(i - 2) == "comme")
            && !self.object_pronoun(i - 1)
        {
            return None;
        }
        // "l'annonce", "d'annonce": an elided determiner.
        if i > 1
            && self.byte(i - 1) == b'\''
            && matches!(self.lower(i - 2).as_ref(), "l" | "d")
            && self.doc.lang == Lang::Fr
            && !self.object_pronoun(i - 2)
        {
            return None;
        }
        // A multi-word verb whose first word stands before ("fait remarquer") before the
        // one-word verb of the same form ("remarquer").
        let fits = |f: usize| match self.lex.form(f).before {
            // "répondis-je": a narrator's form only before "-je".
            None if self.lex.form(f).first_person => {
                i + 2 < self.toks.len() && self.byte(i + 1) == b'-' && self.lower(i + 2) == "je"
            }
            None => true,
            // "a mis en garde": "en" and a form of "mettre" before it (not "placé en garde à
            // vue", "il en garde un surnom").
            Some(req) if req == ["en"] => {
                let w = if i > 1 {
                    self.before_inversion(i - 1)
                } else {
                    0
                };
                w > 0
                    && self.lower(i - 1) == "en"
                    && matches!(
                        self.lower(w - 1).as_ref(),
                        "mis"
                            | "mise"
                            | "mises"
                            | "met"
                            | "mets"
                            | "mettent"
                            | "mettait"
                            | "mettaient"
                            | "mettra"
                            | "mettront"
                            | "mettre"
                            | "mettant"
                            | "mit"
                            | "mirent"
                    )
            }
            // (Not reflexive: "il se fait remarquer", "s'est fait remarquer" is being noticed.)
            Some(req) => {
                let w = self.before_inversion(i);
                let reflexive = |j: usize| {
                    j > 0 && self.lower(j - 1) == "se"
                        || j > 1 && self.byte(j - 1) == b'\'' && self.lower(j - 2) == "s"
                };
                // (Back over the group: "s'est également fait remarquer".)
                let mut j = w.saturating_sub(1);
                let mut any_reflexive = false;
                for _ in 0..5 {
                    if reflexive(j) {
                        any_reflexive = true;
                        break;
                    }
                    if j > 0 && self.is(j - 1, Class::Aux) && self.byte(j - 1) != b'\'' {
                        j -= 1;
                    } else {
                        break;
                    }
                }
                w > 0 && req.contains(&self.lower(w - 1).as_ref()) && !any_reflexive
            }
        };
        range
            .clone()
            .find(|&f| self.lex.form(f).before.is_some() && fits(f))
            .or_else(|| range.into_iter().find(|&f| fits(f)))
    }

    /// Token `i`, or the first token of the inverted subject right before it ("fait-il
    /// valoir", "fait-t-elle savoir": the "-" before the pronoun), so that the word before the
    /// result is the verb the pronoun was inverted with.
    fn before_inversion(&self, i: usize) -> usize {
        if i < 3 || self.byte(i - 2) != b'-' || !is_pronoun(self.classes(i - 1)) {
            return i;
        }
        if i >= 5 && self.byte(i - 3) == b't' && self.byte(i - 4) == b'-' {
            i - 4
        } else {
            i - 2
        }
    }

    /// The token after the inverted subject that follows token `k` ("fait-il valoir": the
    /// token of "valoir" from "fait"), or `k + 1` when none follows.
    fn after_inversion(&self, k: usize, limit: usize) -> usize {
        let mut m = k + 1;
        if m + 1 >= limit || self.byte(m) != b'-' {
            return k + 1;
        }
        m += 1;
        if self.byte(m) == b't' && m + 2 < limit && self.byte(m + 1) == b'-' {
            m += 2;
        }
        if is_pronoun(self.classes(m)) {
            m + 1
        } else {
            k + 1
        }
    }

    /// Sentence-final punctuation at `i` (not the dot of "M.").
    #[inline(always)]
    fn ends_sentence(&self, i: usize) -> bool {
        self.token_ends_sentence(i, self.toks[i])
    }

    /// [`Tk::ends_sentence`] of token `i`, which is `t`.
    #[inline(always)]
    fn token_ends_sentence(&self, i: usize, t: Token) -> bool {
        if t.end - t.start != 1 {
            return false;
        }
        match self.bytes[t.start as usize] {
            b'!' | b'?' | b';' => true,
            b'.' => self.dot_ends_sentence(i),
            _ => false,
        }
    }

    /// The first token of `from..to` that ends a sentence.
    fn first_sentence_end(&self, from: usize, to: usize) -> Option<usize> {
        let toks = self.toks.get(from..to)?;
        (from..to)
            .zip(toks)
            .find(|&(i, &t)| self.token_ends_sentence(i, t))
            .map(|(i, _)| i)
    }

    /// The last token of `from..to` that ends a sentence.
    fn last_sentence_end(&self, from: usize, to: usize) -> Option<usize> {
        let toks = self.toks.get(from..to)?;
        (from..to)
            .zip(toks)
            .rev()
            .find(|&(i, &t)| self.token_ends_sentence(i, t))
            .map(|(i, _)| i)
    }

    /// [`Tk::ends_sentence`] for the dot at `i`: not after a title ("M.") or an initial.
    fn dot_ends_sentence(&self, i: usize) -> bool {
        // A title has at most four bytes, and so has a single character.
        if i == 0 || self.toks[i - 1].range().len() > 4 {
            return true;
        }
        !(self.doc.touches_next(i - 1) && is_title_abbrev(self.tok(i - 1))
            || self.tok(i - 1).chars().count() == 1 && self.toks[i - 1].upper_initial)
    }

    /// A speech verb group starting at `j` (auxiliaries, clitics and adverbs first), before
    /// `limit`. With `finite_only`, a bare participle does not count.
    pub fn verb_forward(&self, j: usize, limit: usize, finite_only: bool) -> Option<VerbHit> {
        let mut k = j;
        let mut clitic = None;
        let mut aux = false;
        let mut steps = 0;
        // ("a-t-il d'abord déclaré": nine tokens.)
        while k < limit && steps < 10 {
            steps += 1;
            // "a pour sa part déclaré", "a-t-il d'abord dit": a phrase inside the group.
            if aux || clitic.is_some() {
                let n = self.group_adverbial(k, limit);
                if n > 0 {
                    k += n;
                    continue;
                }
            }
            let f = match self.group_step(k, limit) {
                GroupStep::Skip => {
                    k += 1;
                    continue;
                }
                GroupStep::Clitic => {
                    clitic = Some(k);
                    k += 1;
                    continue;
                }
                GroupStep::Aux => {
                    aux = true;
                    k += 1;
                    continue;
                }
                GroupStep::End => return None,
                GroupStep::Verb(f) => f,
            };
            // "a-t-il déclaré" / "déclare-t-il" / "poursuit-elle" (and "estime t-il").
            let mut end = k + 1;
            let mut cl = clitic;
            let spaced_t = self.spaced_t(end, limit);
            if end + 1 < limit && (self.byte(end) == b'-' || spaced_t) {
                let mut m = if spaced_t { end } else { end + 1 };
                if self.byte(m) == b't' && m + 2 < limit && self.byte(m + 1) == b'-' {
                    m += 2;
                }
                if m < limit && self.is_pronoun(m) {
                    cl = Some(m);
                    end = m + 1;
                }
            }
            let bare = f.participle && !aux && cl.is_none();
            if finite_only && bare && self.doc.lang == Lang::Fr {
                return None;
            }
            return Some(VerbHit {
                lemma: f.lemma,
                tok: k,
                end,
                clitic: cl,
                bare_participle: bare,
            });
        }
        None
    }

    /// "le", "la", "les" or "l'" at `k` is the object pronoun of the verb after it, not its
    /// determiner: a subject pronoun, a name or a noun of a person or body stands before it
    /// ("elle l'annonce", "Macron le dit", "son producteur le signale"), not a preposition or
    /// another word ("dans la remarque", "comme le souligne X", "malgré la demande").
    fn object_pronoun(&self, k: usize) -> bool {
        if k == 0
            || self.doc.lang != Lang::Fr
            || !matches!(self.lower(k).as_ref(), "le" | "la" | "les" | "l")
            || self.toks[k].upper_initial
            || !self.toks[k - 1].is_word()
        {
            return false;
        }
        let p = k - 1;
        match self.lower(p).as_ref() {
            "il" | "elle" | "ils" | "elles" | "on" => return true,
            "comme" => return false,
            _ => {}
        }
        if let Some(m) = self.mention_at(p) {
            return matches!(self.mentions[m].label, Label::PER | Label::ORG);
        }
        // A noun of a person or a body ("son producteur le signale", "le syndicat la
        // dénonce"); not any word ("malgré la demande", "a évacué la menace").
        !self.toks[p].upper_initial
            && self.toks[p].kind == TokenKind::Word
            && (is_person_noun(self, p) || self.is(p, Class::OrgNoun))
    }

    /// Token `k` is the "t" of an inversion written apart ("estime t-il", "a t-elle").
    /// ([`Tk::byte`] is 0 for a token of more than one byte.)
    fn spaced_t(&self, k: usize, limit: usize) -> bool {
        k + 2 < limit
            && self.byte(k) == b't'
            && self.byte(k + 1) == b'-'
            && self.doc.touches_next(k)
    }

    /// The length of the French adverbial phrase at token `k` that may stand inside a verb
    /// group or right after an inverted verb ("d'abord", "d'emblée", "pour sa part", "quant à
    /// lui", "de son côté"), 0 when there is none.
    fn group_adverbial(&self, k: usize, limit: usize) -> usize {
        // (An adverbial of n tokens needs a token after it: the verb.)
        if self.doc.lang != Lang::Fr || k + 1 >= limit {
            return 0;
        }
        let at = |j: usize| if j < limit { self.tok(j) } else { "" };
        let (a, b, c) = (at(k), at(k + 1), at(k + 2));
        // A stressed pronoun after the auxiliary: "Sandra Regol a elle dénoncé", "X a, lui,
        // estimé" (not "a-t-elle": a hyphen before it makes it the clitic subject).
        let stressed = |w: &str| matches!(w, "elle" | "lui" | "eux" | "elles");
        if a == "," && stressed(b) && c == "," && k + 3 < limit && self.toks[k + 3].is_word() {
            return 3;
        }
        if !self.toks[k].is_word() {
            return 0;
        }
        if stressed(a) && k > 0 && self.byte(k - 1) != b'-' && self.toks[k + 1].is_word() {
            return 1;
        }
        // "à l'époque", "une fois de plus".
        if k + 4 < limit {
            let d = at(k + 3);
            if a == "à" && b == "l" && c == "'" && matches!(d, "époque" | "instar")
                || a == "une" && b == "fois" && c == "de" && d == "plus"
            {
                return 4;
            }
        }
        let three = match a {
            "d" => b == "'" && matches!(c, "abord" | "emblée" | "ailleurs"),
            "par" => b == "la" && c == "suite",
            "une" => b == "nouvelle" && c == "fois",
            "dans" => b == "la" && c == "foulée",
            "pour" => matches!(b, "sa" | "son" | "leur") && c == "part",
            "quant" => b == "à" && matches!(c, "lui" | "elle" | "eux" | "elles"),
            "de" => matches!(b, "son" | "leur") && c == "côté",
            // "a à son tour estimé", "commentera à cette occasion X".
            "à" => matches!((b, c), ("son" | "leur", "tour") | ("cette", "occasion")),
            _ => false,
        };
        if three {
            3
        } else if a == "plus" && matches!(b, "tard" | "tôt")
            || a == "par" && matches!(b, "ailleurs" | "exemple")
            || matches!(a, "à" | "de") && b == "nouveau"
            || a == "en" && matches!(b, "revanche" | "outre" | "effet" | "retour")
            || a == "au" && b == "passage"
            || a == "une" && b == "fois"
        {
            2
        } else if a.len() > 6
            && a.ends_with("ment")
            && !self.toks[k].upper_initial
            && self.toks[k + 1].is_word()
            && !matches!(a, "gouvernement" | "parlement" | "jugement" | "document")
        {
            // "a-t-il simplement déclaré", "a-t-elle sobrement commenté".
            1
        } else if matches!(
            a,
            "récemment"
                | "aussitôt"
                | "ensuite"
                | "alors"
                | "encore"
                | "aussi"
                | "également"
                | "toujours"
                | "déjà"
                | "ainsi"
                | "enfin"
                | "notamment"
                | "surtout"
                | "pourtant"
                | "cependant"
                | "néanmoins"
                | "toutefois"
        ) {
            1
        } else {
            0
        }
    }

    /// The start of the verb group whose verb (or first word) is token `s`: back over
    /// auxiliaries, hyphens and apostrophes ("a-t-il", "s'est"), and an adverbial phrase
    /// after an auxiliary ("a de son côté estimé"), no further than `lo`.
    fn group_start(&self, mut s: usize, lo: usize) -> usize {
        loop {
            if s > lo && (self.is(s - 1, Class::Aux) || matches!(self.byte(s - 1), b'\'' | b'-')) {
                s -= 1;
            } else if s > lo + 1 && self.object_pronoun(s - 1) {
                // "son producteur le signale", "elle l'a révélé": an object pronoun right before
                // the group (a determiner never stands before a verb).
                s -= 1;
            } else if s > lo
                && self.doc.lang == Lang::Fr
                && (self
                    .governed_infinitive(s - 1, self.toks.len())
                    .is_some_and(|i| i >= s)
                    || self.infinitive_link(s - 1) && self.governing_before(s - 1))
            {
                // "a tenu à préciser": back over the verb that governs the infinitive.
                s -= 1;
            } else if let Some(n) = (1..=3).find(|&n| {
                s > lo + n
                    && self.group_adverbial(s - n, (s + 2).min(self.toks.len())) == n
                    && self.is(s - n - 1, Class::Aux)
            }) {
                s -= n;
            } else {
                return s;
            }
        }
    }

    /// True when a verb group may start at token `k` (before `limit`): when it does not,
    /// [`Tk::verb_forward`] from `k` is `None` at once.
    #[inline]
    pub fn may_start_verb_group(&self, k: usize, limit: usize) -> bool {
        !matches!(self.group_step(k, limit), GroupStep::End)
    }

    /// What token `k` (before `limit`) is to a verb group read forward.
    #[inline(always)]
    fn group_step(&self, k: usize, limit: usize) -> GroupStep {
        // (Compared as written: only "T" lower-cases to one of these.)
        let t = self.byte(k);
        if t == b'-' || t == b'\'' {
            return GroupStep::Skip;
        }
        // The "t" of "a-t-il", also written "a t-il".
        if (t == b't' || t == b'T')
            && (k > 0 && self.byte(k - 1) == b'-' || self.spaced_t(k, limit))
        {
            return GroupStep::Skip;
        }
        if self.toks[k].kind == TokenKind::Punct {
            return GroupStep::End;
        }
        let facts = self.facts(k);
        if k > 0 && self.byte(k - 1) == b'-' && is_pronoun(facts.classes) {
            return GroupStep::Clitic;
        }
        if let Some(f) = self.form(facts) {
            return GroupStep::Verb(f);
        }
        // "a tenu à préciser", "n'a pas manqué de dénoncer", "a voulu dire": a verb that
        // governs an infinitive of speech stands in its group, as the "à" or "de" after it.
        if self.doc.lang == Lang::Fr {
            if self.governed_infinitive(k, limit).is_some() {
                return GroupStep::Aux;
            }
            if k > 0 && self.infinitive_link(k) && self.governing_before(k) {
                return GroupStep::Skip;
            }
        }
        // "a fait savoir": the first word of a multi-word verb.
        // ("fait-il valoir": past the inverted subject.)
        let next = self.after_inversion(k, limit);
        let first_of_pair = next < limit && self.pair_starts(k, next)
            // "a mis en garde", "met-il en avant": the verb's form read "en" and a form of
            // "mettre" before it.
            || next + 1 < limit
                && self.lower(next) == "en"
                && self
                    .verb_at(next + 1)
                    .is_some_and(|f| f.before == Some(&["en"][..]));
        if first_of_pair
            || facts.classes.has(Class::Aux)
            || k + 1 < self.toks.len()
                && self.byte(k + 1) == b'\''
                && self.lex.get(facts.entry).elided.has(Class::Aux)
        {
            return GroupStep::Aux;
        }
        GroupStep::End
    }

    fn is_pronoun(&self, i: usize) -> bool {
        is_pronoun(self.classes(i)) && !self.maitre(i)
    }

    /// When token `k` is a verb that governs an infinitive (class `governing` of cues.tsv:
    /// [`Class::Governing`]) and a speech
    /// verb's infinitive follows it, after "à", "de", "d'" and a negation ("tenu à préciser",
    /// "manqué de ne pas dire", "voulu dire"): the infinitive's token.
    fn governed_infinitive(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.toks[k].is_word() || !self.is(k, Class::Governing) {
            return None;
        }
        let mut j = k + 1;
        if j + 1 < limit && self.lower(j) == "d" && self.byte(j + 1) == b'\'' {
            j += 2;
        } else if j < limit && matches!(self.lower(j).as_ref(), "à" | "de") {
            j += 1;
        }
        while j < limit && matches!(self.lower(j).as_ref(), "ne" | "pas" | "jamais" | "plus") {
            j += 1;
        }
        // (Or the first word of a multi-word verb: "manqué de faire remarquer".)
        (j < limit
            && (self
                .verb_at(j)
                .is_some_and(|f| f.participle && !LOOSE_INFINITIVES.contains(&f.lemma))
                || j + 1 < limit && self.pair_starts(j, j + 1)))
        .then_some(j)
    }

    /// Token `k` is a form of the first word of a multi-word verb whose last word is at `next`
    /// ("fait" … "valoir", "faire" … "remarquer").
    fn pair_starts(&self, k: usize, next: usize) -> bool {
        self.verb_at(next).is_some_and(|f| {
            f.before
                .is_some_and(|b| b.contains(&self.lower(k).as_ref()))
        })
    }

    /// Token `k` may stand between a verb that governs an infinitive and the infinitive ("à",
    /// "de", "d'", a negation).
    fn infinitive_link(&self, k: usize) -> bool {
        matches!(
            self.lower(k).as_ref(),
            "à" | "de" | "d" | "ne" | "pas" | "jamais" | "plus"
        )
    }

    /// A verb governing an infinitive stands before token `k` (an "à", "de", "d'" or
    /// negation between them), as [`Tk::governed_infinitive`] reads it.
    fn governing_before(&self, k: usize) -> bool {
        let mut j = k;
        for _ in 0..4 {
            if j == 0 {
                return false;
            }
            j -= 1;
            if self.is(j, Class::Governing) {
                return self
                    .governed_infinitive(j, self.toks.len())
                    .is_some_and(|i| i > k);
            }
            if !(self.infinitive_link(j) || self.byte(j) == b'\'') {
                return false;
            }
        }
        false
    }

    /// "Me" before a capitalized word is "Maître", a lawyer's title, not the pronoun ("a
    /// réagi Me Dupond-Moretti").
    fn maitre(&self, i: usize) -> bool {
        let n = self.toks.len();
        let upper = |k: usize| k < n && self.toks[k].upper_initial;
        self.toks[i].upper_initial
            && self.tok(i) == "Me"
            && (upper(i + 1)
                // "Me de Montbrial", "Me d'Aubigné", "Me van Ruymbeke": a particle first.
                || i + 2 < n
                    && match self.tok(i + 1) {
                        "de" | "du" | "des" | "van" | "von" | "del" | "della" | "da" | "di"
                        | "dos" | "le" | "la" => upper(i + 2),
                        "d" => self.byte(i + 2) == b'\'' && upper(i + 3),
                        _ => false,
                    })
    }

    /// [`role_intro`] of mention `m` of the article's mentions, computed once.
    fn role_intro(&self, m: usize) -> Option<(usize, Range<usize>)> {
        let cell = &self.cache.role_intros[m];
        let known = cell.get();
        if known.stamp == self.stamp {
            return (known.role != u32::MAX).then_some((
                known.role as usize,
                known.start as usize..known.end as usize,
            ));
        }
        let intro = role_intro(self, self.mentions, m);
        let (role, win) = intro.clone().unwrap_or((u32::MAX as usize, 0..0));
        cell.set(RoleIntro {
            stamp: self.stamp,
            role: role as u32,
            start: win.start as u32,
            end: win.end as u32,
        });
        intro
    }

    /// The first mention ending after token `i`, when it covers `i`.
    #[inline]
    fn mention_at(&self, i: usize) -> Option<usize> {
        if self.cache.mentions_in_order {
            let m = self.cache.mention_of.get(i)?.get(self.cache.stamp)?;
            return Some(m as usize);
        }
        let mentions = self.mentions;
        let p = mentions.partition_point(|m| m.end_token <= i);
        (p < mentions.len() && mentions[p].first_token <= i).then_some(p)
    }

    /// A noun phrase from `j` forward (subject after an inverted verb, or after "selon").
    fn np_forward(&self, mentions: &[Mention], j: usize, limit: usize) -> Option<Np> {
        self.np_forward_to(mentions, j, limit, false)
    }

    /// [`Tk::np_forward`]; with `bounded`, the phrase is known to end at `limit` (a subject read
    /// back from its verb), so a preposition continues it ("le ministre délégué au Numérique")
    /// and the name after it is a complement.
    fn np_forward_to(
        &self,
        mentions: &[Mention],
        j: usize,
        limit: usize,
        bounded: bool,
    ) -> Option<Np> {
        let mut k = j;
        let mut np = Np {
            start: j,
            ..Np::default()
        };
        // Determiners.
        while k < limit {
            let (w, next) = self.word(k, limit);
            let det = w.has(Class::Det) && (!self.toks[k].upper_initial || k == j);
            // ("one of the players": "one" heads the phrase.)
            let head_of = next < limit
                && self.lower(next) == "of"
                && matches!(self.lower(k).as_ref(), "one" | "some");
            if det && !head_of && next < limit && self.toks[next].is_word() {
                k = next;
                continue;
            }
            // "the 39-year-old founder": an age before the noun, which heads the phrase.
            if det
                && next + 5 < limit
                && self.toks[next].kind == TokenKind::Number
                && (next..next + 4).all(|i| self.doc.touches_next(i))
                && self.byte(next + 1) == b'-'
                && matches!(
                    self.lower(next + 2).as_ref(),
                    "year" | "month" | "week" | "day"
                )
                && self.byte(next + 3) == b'-'
                && self.lower(next + 4) == "old"
                && self.toks[next + 5].is_word()
            {
                k = next + 5;
            }
            break;
        }
        if k >= limit || !self.toks[k].is_word() {
            return None;
        }
        np.head = k;
        let w = self.classes(k);
        for c in [
            Class::PronounM,
            Class::PronounF,
            Class::PronounPl,
            Class::NotSpeaker,
        ] {
            if w.has(c) && k == j && !self.maitre(k) {
                np.class = Some(c);
                np.end = k + 1;
                return Some(np);
            }
        }
        let mut linked = false;
        // The first parenthesis passed over, if any.
        let mut paren: Option<usize> = None;
        // Token where the last link word's complement starts.
        let mut link_at = usize::MAX;
        let mut per: Option<usize> = None;
        let mut org: Option<usize> = None;
        let mut end = k;
        let stop = (k + NP_MAX).min(limit);
        while end < stop {
            let t = self.toks[end];
            // (A child or a relative is a word of the phrase, neither its head nor its
            // complement: "les parents de la petite Maëlys", "le père de Maëlys".)
            if let Some(m) = self.mention_at(end).filter(|&m| !self.minor(&mentions[m])) {
                let mm = &mentions[m];
                // "Campbell's partner": a possessor is a modifier, not the head.
                let after = mm.end_token;
                if after + 1 < stop
                    && self.byte(after) == b'\''
                    && self.lower(after + 1) == "s"
                    && self.doc.touches_next(after)
                {
                    end = after + 2;
                    continue;
                }
                if linked && end == link_at {
                    np.complement.get_or_insert(m);
                } else if mm.label == Label::PER {
                    // "Trump spokesperson Ron Lieberman", "Clinton campaign Chairman John
                    // Podesta": a person before the words of a role is a modifier; the person
                    // named after them heads the phrase.
                    let role_between = |p: usize| {
                        (mentions[p].end_token..end).any(|i| {
                            self.toks[i].is_word()
                                && (self.role(i).is_some() || is_person_noun(self, i))
                        }) && (mentions[p].end_token..end)
                            .all(|i| self.toks[i].is_word() && self.verb_at(i).is_none())
                    };
                    match per {
                        Some(p)
                            if self.doc.lang == Lang::En
                                && !linked
                                && mentions[p].end_token < end
                                && role_between(p) =>
                        {
                            per = Some(m)
                        }
                        _ => {
                            per.get_or_insert(m);
                        }
                    }
                } else if mm.label == Label::ORG {
                    org.get_or_insert(m);
                } else if end == np.head {
                    np.mention.get_or_insert(m);
                }
                end = mm.end_token.max(end + 1);
                continue;
            }
            if t.kind == TokenKind::Punct {
                let s = self.byte(end);
                if (s == b'-' || s == b'\'') && end > k && self.doc.touches_next(end - 1) {
                    end += 1;
                    continue;
                }
                if s == b'.' && end > k && is_title_abbrev(self.tok(end - 1)) {
                    end += 1;
                    continue;
                }
                // "le président (LR) du Sénat Gérard Larcher": a party's acronym in
                // parentheses within the phrase, as `np_segment` reads it backward (only
                // when a person is named after it: otherwise the phrase ends there).
                if s == b'(' && end > k {
                    if let Some(close) =
                        (end + 1..(end + 4).min(stop)).find(|&c| self.byte(c) == b')')
                    {
                        if close + 1 < stop && self.toks[close + 1].is_word() {
                            paren.get_or_insert(end);
                            end = close + 1;
                            continue;
                        }
                    }
                }
                break;
            }
            // (Asked only now: a name or a punctuation mark needs no look-up.)
            let (w, next) = self.word(end, limit);
            if end > k && w.has(Class::NpLink) {
                linked = true;
                end = next;
                // "de la", "of the": the complement starts after the determiner.
                link_at = self.skip_determiners(next, stop, limit);
                if link_at + 1 < stop
                    && is_title_abbrev(self.tok(link_at))
                    && self.byte(link_at + 1) == b'.'
                {
                    link_at += 2;
                }
                continue;
            }
            // (An apostrophe word, `next == end + 2`, is no preposition.)
            if bounded
                && end > k
                && next < stop
                && next == end + 1
                && self.in_list(end, List::SoftPrep)
            {
                linked = true;
                end = next;
                link_at = self.skip_determiners(next, stop, limit);
                continue;
            }
            // "le ministre de l'Action et des Comptes publics Gérald Darmanin": "et" between two
            // complements of the head, in a phrase known to end at `limit`.
            if bounded && end > k && self.is_complement_and(end, k, stop) {
                end = next;
                continue;
            }
            if end > k
                && (w.has(Class::NpStop)
                    || self.verb_at(end).is_some_and(|f| {
                        // ("précisant que …" ends the phrase too.)
                        !f.participle || self.tok(end).ends_with("ant")
                    }) && !t.upper_initial
                    // "L'avocat a aussi rappelé …": an auxiliary ends a French subject.
                    || self.doc.lang == Lang::Fr && self.in_list(end, List::FrAux))
            {
                break;
            }
            if end > k && linked && w.has(Class::Det) {
                end = next;
                continue;
            }
            // ("les premiers résultats", "les derniers chiffres": an ordinal before figures.)
            let ordinal = || {
                end == k + 1
                    && is_figures(&self.lower(end))
                    && matches!(
                        self.lower(k).as_ref(),
                        "premier"
                            | "premiers"
                            | "première"
                            | "premières"
                            | "dernier"
                            | "derniers"
                            | "dernière"
                            | "dernières"
                            | "nouveaux"
                            | "nouvelles"
                    )
            };
            if w.has(Class::Statement) && (end == k || ordinal()) {
                np.class = Some(Class::Statement);
            }
            end = next;
        }
        if let Some(p) = paren {
            if per.is_none_or(|m| mentions[m].first_token < p) {
                end = p;
            }
        }
        // Drop a trailing link word ("un proche de").
        while end > k + 1 && self.is(end - 1, Class::NpLink) {
            end -= 1;
        }
        if end <= k {
            return None;
        }
        np.end = end;
        // A person first; an organization; a place only when it is the whole phrase.
        match (per, org, np.mention) {
            (Some(m), _, _) => np.mention = Some(m),
            // "a WHO spokesperson": an organization naming the head's employer is a modifier;
            // so is a party after a person's role ("le sénateur LR", "le patron des députés
            // LR", "l'eurodéputé EELV"): the phrase describes a person.
            (None, Some(m), _)
                if mentions[m].end_token >= end
                    && !(mentions[m].first_token > np.head && is_person_noun(self, np.head)) =>
            {
                np.mention = Some(m)
            }
            (None, Some(_), _) => np.mention = None,
            (None, None, Some(m)) if mentions[m].end_token < end => np.mention = None,
            _ => {}
        }
        // "le ministre de l'Intérieur, Gérald Darmanin": a name in apposition; after the rest
        // of a long title the phrase stopped in, the name of its holder ("la secrétaire d'État à
        // l'Égalité entre les femmes et les hommes, Marlène Schiappa").
        if np.mention.is_none() && end + 1 < limit && self.byte(end) == b',' {
            if let Some(m) = self
                .mention_at(end + 1)
                .filter(|&m| !self.minor(&mentions[m]))
            {
                if mentions[m].label == Label::PER && mentions[m].first_token == end + 1 {
                    np.mention = Some(m);
                    np.end = mentions[m].end_token;
                }
            }
        }
        if np.mention.is_none()
            && !bounded
            && (is_person_noun(self, np.head) || self.role_or_hyphenated(np.head).is_some())
        {
            if let Some(m) = self.title_holder(mentions, end, limit) {
                np.mention = Some(m);
                np.end = mentions[m].end_token;
            }
        }
        Some(np)
    }

    /// The person named at the end of a title whose first words end at `end`: a few more words
    /// with no verb, relative pronoun, agent or other mark between, then the name, after a comma
    /// or not, closing the clause ("… entre les femmes et les hommes, X", "… des maladies (KCDC),
    /// X", "… à l'Egalité femmes-hommes X.").
    fn title_holder(&self, mentions: &[Mention], end: usize, limit: usize) -> Option<usize> {
        let stop = (end + 14).min(limit);
        let mut i = end;
        while i < stop {
            if let Some(m) = self.mention_at(i) {
                let mm = &mentions[m];
                if mm.label != Label::PER {
                    i = mm.end_token.max(i + 1);
                    continue;
                }
                let after = mm.end_token;
                let closes =
                    after >= limit || matches!(self.byte(after), b',' | b'.' | b';' | b':');
                // ("ministre de l'Intérieur de Nicolas Sarkozy", "fils de X et Y": a complement,
                // not the holder.)
                // (Nor "à Marlène Schiappa", "au journaliste Philippe Vandel": who is spoken to.)
                let complement = matches!(
                    self.lower(i - 1).as_ref(),
                    "de" | "d" | "du" | "des" | "et" | "'" | "à" | "au" | "aux"
                ) || (end..i).any(|k| {
                    matches!(self.lower(k).as_ref(), "au" | "aux" | "à")
                        && k + 1 < i
                        && matches!(
                            self.lower(k + 1).as_ref(),
                            "journaliste" | "présentateur" | "présentatrice" | "animateur"
                        )
                });
                return (mm.first_token == i && i > end && closes && !complement).then_some(m);
            }
            match self.byte(i) {
                b',' if i + 1 < stop
                    && self
                        .mention_at(i + 1)
                        .is_some_and(|m| mentions[m].label == Label::PER) => {}
                b'\'' | b'-' => {}
                b'(' => i = (i + 1..(i + 4).min(stop)).find(|&c| self.byte(c) == b')')?,
                _ if !self.toks[i].is_word() => return None,
                _ => {
                    // (The word is lowered once.)
                    let w = self.lower(i);
                    if matches!(
                        w.as_ref(),
                        "qui"
                            | "que"
                            | "qu"
                            | "dont"
                            | "où"
                            | "par"
                            | "dans"
                            | "selon"
                            | "lors"
                            | "comme"
                            | "avec"
                            | "après"
                            | "avant"
                            | "pendant"
                            | "cours"
                            | "côtés"
                            | "depuis"
                            | "contre"
                            | "sans"
                            | "sous"
                            | "vers"
                            | "chez"
                            | "sur"
                            | "adresse"
                            | "homologue"
                            | "homologues"
                    ) || is_day_fr(&w)
                        // ("en voyant apparaître X": a gerund.)
                        || w == "en" && i + 1 < stop && self.lower(i + 1).ends_with("ant")
                        || !self.toks[i].upper_initial && self.verb_at(i).is_some()
                        || self.in_list(i, List::FrAux)
                    {
                        return None;
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// The first token from `k` (before `stop`) past determiners ("de la", "of the": where a
    /// complement starts).
    #[inline]
    fn skip_determiners(&self, mut k: usize, stop: usize, limit: usize) -> usize {
        while k < stop {
            let (w, next) = self.word(k, limit);
            if !w.has(Class::Det) {
                break;
            }
            k = next;
        }
        k
    }

    /// A noun phrase ending at `end` (exclusive), read backward no further than `lo`.
    fn np_backward(&self, mentions: &[Mention], end: usize, lo: usize) -> Option<Np> {
        // Appositions: "Dana Whitfield, a local organizer, called": the segments between commas,
        // a person's name first, else the leftmost segment.
        if end > lo + 1 && self.byte(end - 1) == b',' {
            let mut segs: Vec<Np> = Vec::new();
            let mut e = end - 1;
            for _ in 0..3 {
                // The segment back to the previous comma, if there is one within reach.
                let mut c = e;
                loop {
                    // (A parenthesis within the segment is passed over: "chairman of America
                    // Rising (a Republican PAC)".)
                    if c > lo + 1 && e - c < 40 && self.byte(c - 1) == b')' {
                        if let Some(o) = (lo..c - 1).rev().take(8).find(|&i| self.byte(i) == b'(') {
                            c = o;
                            continue;
                        }
                    }
                    if !(c > lo
                        && e - c < 40
                        && (!self.is_punct(c - 1)
                            || matches!(self.byte(c - 1), b'\'' | b'-' | b'.')))
                    {
                        break;
                    }
                    c -= 1;
                }
                if c > lo && c < e && self.byte(c - 1) == b',' {
                    let relative = matches!(
                        self.lower(c).as_ref(),
                        "qui" | "who" | "which" | "dont" | "whose" | "où"
                    );
                    // A relative clause ("X, qui fut ministre lors de la guerre en Irak,") is
                    // skipped whatever its length; other long segments are not appositions.
                    if !relative && e - c <= 12 {
                        if let Some(np) = self.np_forward(mentions, c, e) {
                            segs.push(np);
                        }
                    } else if !relative {
                        if let Some(np) = self.np_segment(mentions, e, lo) {
                            segs.push(np);
                        }
                        break;
                    }
                    e = c - 1;
                    continue;
                }
                // (Not a clause opened by a conjunction, with its own verb: "Si l'origine du
                // feu est inconnue, le maire, très ému, a dit"; but "Si Nicolas Hulot, de son
                // côté, affirme".)
                let clause =
                    self.opens_clause(c) && (c + 1..e).any(|j| self.in_list(j, List::FiniteAux));
                if !clause {
                    if let Some(np) = self.np_segment(mentions, e, lo) {
                        segs.push(np);
                    }
                }
                break;
            }
            // (Not a day that opens the sentence: "Mardi, la coalition …, a elle aussi jugé".)
            segs.retain(|n| !is_day_fr(&self.lower(n.head)));
            let first = segs.last().map_or(end, |n| n.start);
            // (A segment that is a name before one that names a person in passing: "Flynn, a
            // top Trump surrogate,".)
            let named = |n: &&Np, label: Label| {
                n.mention.is_some_and(|m| {
                    mentions[m].label == label && mentions[m].first_token == n.head
                })
            };
            for label in [Label::PER, Label::ORG] {
                if let Some(np) = segs.iter().find(|n| named(n, label)).or_else(|| {
                    segs.iter()
                        .find(|n| n.mention.is_some_and(|m| mentions[m].label == label))
                }) {
                    // The cue is the whole apposition ("the museum's director, Nicholas Ashford").
                    return Some(Np {
                        start: first.min(np.start),
                        ..*np
                    });
                }
            }
            return segs.last().copied();
        }
        let np = self.np_segment(mentions, end, lo)?;
        // "François-Philippe Lecoulant, secrétaire général de la CGT Bretagne s'est offusqué":
        // the person named before a role whose closing comma is left out.
        if self.doc.lang == Lang::Fr
            && np.start >= lo + 2
            && self.byte(np.start - 1) == b','
            && np.mention.is_none_or(|m| mentions[m].label != Label::PER)
            && is_person_noun(self, np.head)
        {
            if let Some(m) = self.mention_at(np.start - 2) {
                let f = mentions[m].first_token;
                // (The name opens its sentence: not "… d'Adama Traoré, la présidente du RN
                // estime".)
                let opens =
                    f == lo || self.toks[f].line_start || f > 0 && self.ends_sentence(f - 1);
                if mentions[m].label == Label::PER
                    && mentions[m].end_token == np.start - 1
                    && f >= lo
                    && opens
                {
                    return Some(Np {
                        start: f,
                        ..mention_np(mentions, m)
                    });
                }
            }
        }
        Some(np)
    }

    /// Token `k` is a conjunction that opens an adverbial clause ("si", "quand", "lorsque",
    /// "if", "when").
    fn opens_clause(&self, k: usize) -> bool {
        matches!(
            self.lower(k).as_ref(),
            "si" | "s"
                | "quand"
                | "lorsque"
                | "lorsqu"
                | "puisque"
                | "puisqu"
                | "quoique"
                | "tandis"
                | "if"
                | "when"
                | "while"
                | "although"
                | "because"
        )
    }

    /// Token `i` is an "et" between two complements of one noun ("des Solidarités et de la
    /// Santé", "de l'Action et des Comptes publics"): a "de" within four tokens before it, one
    /// right after it, all within `lo..end`.
    fn is_complement_and(&self, i: usize, lo: usize, end: usize) -> bool {
        let de = |j: usize| matches!(self.lower(j).as_ref(), "de" | "du" | "des" | "d");
        let t = self.toks[i];
        t.end - t.start == 2
            && i + 1 < end
            && self.lower(i) == "et"
            && de(i + 1)
            && (i.saturating_sub(4).max(lo)..i).any(de)
    }

    /// The noun phrase ending at `end`, back to a clause boundary.
    fn np_segment(&self, mentions: &[Mention], end: usize, lo: usize) -> Option<Np> {
        let mut k = end;
        // (A parenthesis passed over does not count toward [`NP_MAX`]: "La Communauté
        // économique des États de l'Afrique de l'Ouest (Cédéao) a appelé".)
        let mut paren = 0;
        // Where the phrase started before the last "et" between complements was crossed: a
        // phrase too long past it stops there ("le président du syndicat mixte des milieux
        // aquatiques et des rivières (SMMAR) Pierre-Henri Ilhes").
        let mut before_and: Option<usize> = None;
        while k > lo {
            let i = k - 1;
            let t = self.toks[i];
            if t.kind == TokenKind::Punct {
                let s = self.byte(i);
                let joins = (s == b'-' || s == b'\'') && i > lo && self.doc.touches_next(i - 1);
                let title_dot = s == b'.' && i > lo && is_title_abbrev(self.tok(i - 1));
                if s == b')' {
                    // "(Cédéao)": skip a short parenthesis.
                    let mut j = i;
                    while j > lo && i - j < 8 && self.byte(j) != b'(' {
                        j -= 1;
                    }
                    if self.byte(j) == b'(' && j > lo {
                        paren += i + 1 - j;
                        k = j;
                        continue;
                    }
                    break;
                }
                if !(joins || title_dot) {
                    break;
                }
            } else {
                let hyphenated = i > lo && self.byte(i - 1) == b'-' && self.doc.touches_next(i - 1);
                let facts = self.facts(i);
                let lists = self.lex.get(facts.entry).lists;
                let fr_aux = self.doc.lang == Lang::Fr && lists.has(List::FrAux);
                let soft = lists.has(List::SoftPrep)
                    && i > lo
                    && self.toks[i - 1].is_word()
                    && !self.toks[i - 1].upper_initial;
                // "Le ministre des Solidarités et de la Santé a rappelé": "et" between two
                // complements of one noun continues the phrase.
                let and = self.is_complement_and(i, lo, end);
                if and {
                    before_and = Some(k);
                }
                if !hyphenated
                    && !soft
                    && !t.all_caps
                    && !and
                    && (fr_aux
                        || lists.has(List::ClauseStop)
                        || (t.upper_initial
                            && (i == 0 || !self.toks[i - 1].is_word())
                            && SENTENCE_LINKS.contains(&self.lower(i).as_ref()))
                        || (facts.classes.has(Class::NpStop)
                            && !t.upper_initial
                            && !facts.classes.has(Class::Det))
                        || (!t.upper_initial && facts.verb != 0))
                {
                    break;
                }
                // "Aider les personnes âgées isolées Le ministre a annoncé": a capitalized
                // determiner after a word that is no preposition starts the phrase (a
                // heading glued to the sentence); not "le directeur de La Poste".
                if t.upper_initial
                    && facts.classes.has(Class::Det)
                    && i > lo
                    && self.toks[i - 1].is_word()
                    && !self.toks[i - 1].upper_initial
                    && !matches!(
                        self.lower(i - 1).as_ref(),
                        "de" | "du" | "des" | "à" | "au" | "aux" | "et" | "ou" | "par" | "pour"
                            | "sur" | "avec" | "chez" | "contre" | "dans" | "en" | "vers" | "of"
                            | "and" | "at" | "for" | "from" | "with" | "by"
                    )
                    // (Not in or before a name: "Gilles Le Gendre", "maire Les Républicains".)
                    && self.mention_at(i).is_none()
                    && self.mention_at(i + 1).is_none()
                {
                    if end - i > NP_MAX + paren {
                        k = before_and.unwrap_or(end);
                        break;
                    }
                    k = i;
                    break;
                }
            }
            if end - i > NP_MAX + paren {
                k = before_and.unwrap_or(end);
                break;
            }
            k = i;
        }
        if k >= end {
            return None;
        }
        // Skip any preposition-led opening ("Dans la missive ..."): keep from the determiner.
        let led = self.is(k, Class::NpStop);
        let np = self.np_forward_to(mentions, k, end, !led)?;
        if np.end < end && led {
            // A phrase led by a preposition: take its last part ("Sur Twitter X a écrit").
            let mut j = np.end;
            while j < end && (self.is_punct(j) || self.is(j, Class::NpStop)) {
                j += 1;
            }
            if j < end && j > k {
                return self
                    .np_forward(mentions, j, end)
                    .filter(|n| n.end == end)
                    .or(Some(np));
            }
        }
        Some(np)
    }
}

/// True when `q` stands right against another quote, only spaces between the marks (`“pivot,”
/// “synergy,”`), on one line: an item of a list of quoted words.
fn against_quote(doc: &Doc<'_>, q: &Q) -> bool {
    let toks = &doc.seg.tokens;
    let is_mark = |i: usize| matches!(doc.tok(i), "\"" | "“" | "”" | "«" | "»" | "„");
    q.s > 0 && !toks[q.s].line_start && is_mark(q.s - 1)
        || q.e < toks.len() && !toks[q.e].line_start && is_mark(q.e)
}

/// The kind of a quote from its surroundings.
pub fn kind(doc: &Doc<'_>, q: &Q) -> QuoteKind {
    if q.dash || q.resumed {
        return QuoteKind::Direct;
    }
    let toks = &doc.seg.tokens;
    let prev = (q.s > 0 && !toks[q.s].line_start).then(|| q.s - 1);
    // The first word inside.
    let mut k = q.s + 1;
    while k < q.e && toks[k].kind == TokenKind::Punct {
        k += 1;
    }
    let upper = k < q.e && toks[k].upper_initial;
    let last_inside = q.e.saturating_sub(2);
    let ends_terminal = q.e >= 2 && matches!(doc.tok(last_inside), "." | "!" | "?" | ",");
    // An item of a list of quoted words ("fake," "sad," "a disgrace"): a lower-case quote right
    // against another quote is a fragment.
    if !upper && against_quote(doc, q) {
        return QuoteKind::Partial;
    }
    // A few words opening the writer's sentence, which goes on after them ("« Angoissée » par
    // le flot de messages, elle a porté plainte"): a fragment.
    let goes_on = !ends_terminal
        && !four_words(toks, q)
        && toks.get(q.e).is_some_and(|t| {
            t.is_word()
                && !t.upper_initial
                && matches!(
                    doc.tok(q.e),
                    "par"
                        | "pour"
                        | "de"
                        | "du"
                        | "des"
                        | "à"
                        | "au"
                        | "aux"
                        | "dans"
                        | "sur"
                        | "avec"
                        | "et"
                        | "ou"
                        | "en"
                        | "le"
                        | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "qui"
                        | "by"
                        | "for"
                        | "of"
                        | "in"
                        | "on"
                        | "with"
                        | "and"
                        | "or"
                )
        });
    // A name of three words at most in the writer's sentence: in parentheses ("la limousine
    // (« Cadillac One »)") or after a comma and before a word in lower case ("Dérivée d'un
    // comic, « Watchmen » dépeint", "ses tubes « Waterloo », « Dancing Queen »").
    let short_name = || {
        !ends_terminal
            && (q.s + 1..q.e.saturating_sub(1))
                .filter(|&i| toks[i].is_word())
                .count()
                <= 3
    };
    let next_lower_word = || {
        toks.get(q.e)
            .is_some_and(|t| t.is_word() && !t.upper_initial && !t.line_start)
    };
    if let Some(p) = prev {
        let named = match doc.tok(p) {
            "(" => q.e < toks.len() && doc.tok(q.e) == ")",
            "," => next_lower_word(),
            _ => false,
        };
        if named && short_name() {
            return QuoteKind::Partial;
        }
    }
    match prev {
        None => QuoteKind::Direct,
        Some(p) => match doc.tok(p) {
            ":" | "." | "!" | "?" | "»" | "”" | "\"" | "—" | "(" | ";" => {
                if goes_on && doc.tok(p) != ":" {
                    QuoteKind::Partial
                } else if upper || ends_terminal {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                }
            }
            "," => {
                // After "selon X," a clause is a statement of its own, even in lower case.
                if upper || four_words(toks, q) {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                }
            }
            _ => QuoteKind::Partial,
        },
    }
}

/// What the cue points at.
#[derive(Debug, Clone)]
enum Who {
    Mention(usize),
    Description(String),
    /// Nobody ("je", "on").
    Nobody,
}

struct Found {
    who: Who,
    /// The cue is a third-person pronoun.
    pronoun: bool,
    cue: (usize, usize),
    verb: Option<&'static str>,
}

/// A cue's words hold a noun of a person or a body ("un proche de Fillon", "l'état-major de
/// l'armée"), not only common nouns of things ("des décisions fortes").
fn person_or_body(tk: &Tk<'_, '_>, cue: (usize, usize)) -> bool {
    (cue.0..cue.1).any(|i| {
        !tk.is(i, Class::Det)
            && (is_person_noun(tk, i) || tk.is(i, Class::OrgNoun) || tk.lower(i) == "direction")
    })
}

/// Which tokens are inside a quote.
struct InQuote<'q> {
    /// A mark per token, when `disjoint`.
    marks: &'q [bool],
    /// The quotes.
    qs: &'q [Q],
    /// The quotes are in order and do not overlap.
    disjoint: bool,
}

impl InQuote<'_> {
    /// True when token `i` is inside a quote.
    #[inline(always)]
    fn at(&self, i: usize) -> bool {
        if self.disjoint {
            return self.marks.get(i).copied().unwrap_or(false);
        }
        let p = self.qs.partition_point(|q| q.e <= i);
        p < self.qs.len() && self.qs[p].s <= i
    }

    /// The last token of the quote holding token `i` when the quotes are disjoint (every token
    /// from `i` to there is then inside it); `i` itself otherwise.
    fn last_of(&self, i: usize) -> usize {
        if !self.disjoint {
            return i;
        }
        let p = self.qs.partition_point(|q| q.e <= i);
        self.qs.get(p).filter(|q| q.s <= i).map_or(i, |q| q.e - 1)
    }

    /// The first token of the quote holding token `i` when the quotes are disjoint (every token
    /// from there to `i` is then inside it); `i` itself otherwise.
    fn first_of(&self, i: usize) -> usize {
        if !self.disjoint {
            return i;
        }
        let p = self.qs.partition_point(|q| q.e <= i);
        self.qs.get(p).filter(|q| q.s <= i).map_or(i, |q| q.s)
    }
}

/// Attributes `qs` (in text order); `out[i]` is the span of `qs[i]`. `quoted` is scratch space.
pub fn attribute(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    qs: &[Q],
    quoted: &mut Vec<bool>,
    out: &mut [QuoteSpan],
) {
    let doc = tk.doc;
    let seg = doc.seg;
    let toks = &seg.tokens;
    let first_para_end = seg.paragraphs.first().map_or(0, |p| p.end);
    let headline = seg.paragraphs.len() > 1 && {
        let p = &seg.paragraphs[0];
        p.end > p.start && !matches!(doc.tok(p.end - 1), "." | "!" | "?")
    };
    // Quotes come in order and do not overlap: a token is in one when it is marked.
    let disjoint = qs.iter().all(|q| q.s <= q.e) && qs.windows(2).all(|w| w[0].e <= w[1].s);
    quoted.clear();
    if disjoint {
        quoted.resize(toks.len(), false);
        for q in qs {
            quoted[q.s..q.e].fill(true);
        }
    }
    let in_quote = InQuote {
        marks: quoted,
        qs,
        disjoint,
    };
    // The quote whose cue was read last, and that cue's tokens.
    let mut last_cue: Option<(usize, (usize, usize))> = None;
    'quotes: for (qi, q) in qs.iter().enumerate() {
        let para = seg.paragraph_of(q.s);
        let pr = seg.paragraphs[para].clone();
        // Windows.
        let next_q = qs.get(qi + 1).map_or(usize::MAX, |n| n.s);
        let prev_q = if qi > 0 { qs[qi - 1].e } else { 0 };
        // To the first sentence end, the end of the paragraph the quote ends in (a quote may
        // run over several) or the next quote.
        let last_pr = if q.e > pr.end {
            seg.paragraphs[seg.paragraph_of(q.e - 1)].end
        } else {
            pr.end
        };
        let a_lim = last_pr.min(next_q).min(q.e + WINDOW);
        // (A quote that ends its own sentence inside the marks, then a capital: a new
        // sentence, whose "Selon les chiffres, …" is no cue of the quote.)
        let closed = q.e >= q.s + 3
            && matches!(tk.tok(q.e - 2), "." | "!" | "?" | "…")
            && q.e < toks.len()
            && toks[q.e].upper_initial
            && toks[q.e].is_word()
            && doc.lang == Lang::Fr;
        let a_end = if q.e < a_lim && !closed {
            tk.first_sentence_end(q.e, a_lim).unwrap_or(a_lim)
        } else {
            q.e
        };
        // A quote opening its paragraph after a paragraph ending with ":" reads on from it.
        let para_lo = if q.s == pr.start && para > 0 && q.s > 0 && tk.byte(q.s - 1) == b':' {
            seg.paragraphs[para - 1].start
        } else {
            pr.start
        };
        let b_lo = para_lo.max(prev_q).max(q.s.saturating_sub(WINDOW));
        // Back to the token after the last sentence end.
        let b_start = if b_lo < q.s {
            tk.last_sentence_end(b_lo, q.s).map_or(b_lo, |k| k + 1)
        } else {
            q.s
        };
        // A title ("le livre « … »", "known as “…”") or a fragment in the headline: nobody's words.
        // A relative clause ("un livre « qui ne cède jamais … »") is no title.
        let relative =
            q.s + 1 < q.e && matches!(tk.lower(q.s + 1).as_ref(), "qui" | "que" | "dont");
        let partial = out[qi].kind == QuoteKind::Partial && !relative;
        // After a title noun, a title opens with a capital or a digit ("un clip « intolérable »",
        // "à ce titre « sait ce qu'est … »" are words about it); a name given by a participle
        // may not ("surnommé « le chef des stars »"), but "s'est dite « fière »" is speech.
        let title_noun = partial && q.s > 0 && tk.is(q.s - 1, Class::Title) && {
            let w = tk.lower(q.s - 1);
            let naming = matches!(
                w.as_ref(),
                "intitulé"
                    | "intitulée"
                    | "baptisé"
                    | "baptisée"
                    | "nommé"
                    | "nommée"
                    | "surnommé"
                    | "surnommée"
                    | "dite"
                    | "titled"
                    | "entitled"
                    | "dubbed"
                    | "nicknamed"
                    | "named"
            );
            let reflexive = q.s >= 3
                && matches!(w.as_ref(), "dite" | "dit")
                && matches!(
                    tk.lower(q.s - 2).as_ref(),
                    "est" | "était" | "sont" | "étaient"
                );
            if naming {
                !reflexive
            } else {
                toks.get(q.s + 1)
                    .is_some_and(|t| t.upper_initial || t.kind == TokenKind::Number)
            }
        };
        let is_title = partial
            && (q.s > 1 && tk.lower(q.s - 1) == "as" && tk.lower(q.s - 2) == "known"
                || nickname(toks, q));
        if is_title {
            continue;
        }
        let found = if q.resumed {
            None
        } else {
            find_cue(tk, mentions, q, partial, b_start, a_end, &in_quote)
                .or_else(|| echo_cue(tk, mentions, q, a_lim, &in_quote))
        };
        // After a title noun ("le film « … »", "l'opération « … »") a quote is a title, unless
        // it opens in lower case and a comma and an inverted speech verb follow it: "L'opération « se
        // chiffre à un milliard », a-t-il dit" (not "une série baptisée « Vino », rapporte TV
        // Magazine").
        if title_noun
            && !(q.s + 1 < q.e
                && !toks[q.s + 1].upper_initial
                && q.e + 1 < a_end
                && tk.tok(q.e) == ","
                && found.as_ref().is_some_and(|f| {
                    f.cue.0 > q.e
                        && tk
                            .verb_forward(q.e + 1, a_end, false)
                            .is_some_and(|v| f.verb == Some(v.lemma))
                }))
        {
            continue;
        }
        // A fragment in the headline is a title or a scare quote, unless the headline gives
        // its cue right after it: a comma and an inverted verb, or "selon" ("Grève : le
        // mécontentement est « plus fort », estime Bernard Thibault"; not "Donald Trump repéré
        // sur une vidéo « porno soft »", nor "un « affront », Olivier Véran répond").
        if partial && headline && q.s < first_para_end {
            let inverted = |f: &Found| {
                f.cue.0 >= q.e + 2
                    && tk.tok(q.e) == ","
                    && toks[q.e + 1].is_word()
                    && !toks[q.e + 1].upper_initial
                    && !tk.is_function_word(q.e + 1)
                    && !tk.is(q.e + 1, Class::Det)
            };
            // ("Covid-19 à Pékin : situation encore « grave », selon les autorités": a comma
            // before "selon" too.)
            let after = if q.e + 1 < a_end && tk.tok(q.e) == "," {
                q.e + 1
            } else {
                q.e
            };
            let selon = |f: &Found| {
                f.cue.0 > after && tk.is(after, Class::Source)
                    || f.cue.0 > after + 2
                        && tk.lower(after) == "d"
                        && tk.lower(after + 2) == "après"
            };
            // "Marion Maréchal : « je ne souhaite pas … »": a name alone before the colon, at
            // the head of the headline or of its part after a topic ("Fiscalité : Bruno Le
            // Maire : « … »"); not a topic that holds a name ("Affaire Fillon : « … »").
            let name_colon = |f: &Found| {
                let (c0, c1) = f.cue;
                q.s >= 2
                    && tk.tok(q.s - 1) == ":"
                    && c1 == q.s - 1
                    && matches!(f.who, Who::Mention(_))
                    && tk.mention_at(c0).is_some_and(|m| {
                        let m = &mentions[m];
                        m.first_token == c0
                            && m.end_token == c1
                            && matches!(m.label, Label::PER | Label::ORG)
                    })
                    && (c0 == 0 || toks[c0].line_start || tk.tok(c0 - 1) == ":")
            };
            // ("Nicolas Hulot « ne sert à rien » estime Brigitte Bardot": the inverted verb
            // with no comma, right after the quote.)
            // (Its subject a name, a person or a body: not an object, "sa famille « sous le
            // choc » réclame des décisions fortes".)
            let verb_after = |f: &Found| {
                let who = match f.who {
                    Who::Mention(m) => matches!(mentions[m].label, Label::PER | Label::ORG),
                    Who::Description(_) => person_or_body(tk, f.cue),
                    Who::Nobody => false,
                };
                who && f.verb.is_some()
                    && f.cue.0 > q.e
                    && toks[q.e].is_word()
                    && !toks[q.e].upper_initial
                    && tk
                        .verb_forward(q.e, a_end, true)
                        .is_some_and(|v| v.tok == q.e && f.verb == Some(v.lemma))
            };
            if !found
                .as_ref()
                .is_some_and(|f| inverted(f) || selon(f) || name_colon(f) || verb_after(f))
            {
                continue;
            }
        }
        let span = &mut out[qi];
        if let Some(f) = found {
            span.cue = Some(toks[f.cue.0].start as usize..toks[f.cue.1 - 1].end as usize);
            span.verb = f.verb.map(str::to_string);
            set_speaker(span, mentions, f.who);
            // A pronoun with no person named before it: the previous quote's speaker, when close
            // (in a dialogue, the speaker of the line before the last: the lines take turns).
            let turns = q.dash && !q.resumed;
            let close = qi > 0 && para - seg.paragraph_of(qs[qi - 1].s) <= 1;
            // The gender a singular pronoun cue says ("il", "elle").
            let cue_gender = match pronoun_class(tk, f.cue.0) {
                Some(Class::PronounF) => Some(Gender::F),
                Some(Class::PronounM) => Some(Gender::M),
                _ => None,
            };
            // A cue naming several: "ils", "elles", "les médecins", "des élus", "ces femmes".
            let plural = |c: (usize, usize)| {
                tk.lower(c.0) == "ils"
                    || tk.lower(c.0) == "elles"
                    || c.1 > c.0 + 1 && matches!(tk.lower(c.0).as_ref(), "les" | "des" | "ces")
            };
            let prev_plural = last_cue.is_some_and(|(i, c)| i + 1 == qi && plural(c));
            let prev = if span.speaker.is_some() {
                None
            } else if !f.pronoun {
                // "…, écrivent les médecins. « … », ajoutent-ils": a plural pronoun goes on
                // with the people the quote before was given to, named by a plural phrase
                // ("les médecins", "des élus") or by the same pronoun.
                (close && plural(f.cue) && prev_plural).then(|| qi - 1)
            } else if turns {
                turn_taker(qs, out, seg, qi)
            } else {
                // (Not a person of the other gender: "« … », s'est-il énervé. A la barre,
                // Christelle … « … », a-t-elle dit.")
                let other = |m: usize| {
                    cue_gender.is_some_and(|g| mentions[m].gender.is_some_and(|x| x != g))
                };
                // (Nor people a plural named: "…, ont chanté les manifestants. « … », a-t-elle
                // ajouté".)
                // (And a quote before that has a speaker: "… fait part de sa « stupéfaction ».
                // « … », indique-t-elle" goes on to the body the sentence before names.)
                (close
                    && out[qi - 1].speaker.is_some()
                    && !out[qi - 1].speaker_mention.is_some_and(other)
                    && !prev_plural)
                    .then(|| qi - 1)
            };
            if let Some(prev) = prev {
                speaker_from(out, prev, qi);
            } else if out[qi].speaker.is_none() && f.pronoun && tk.doc.lang == Lang::Fr {
                // Nobody of the pronoun's gender named, no quote just before: the institution
                // or description an inverted cue named ("…, précise la préfecture").
                let g = cue_gender.unwrap_or(Gender::M);
                if let Some(who) = singular_speaker_before(tk, mentions, f.cue.0, g, &in_quote) {
                    set_speaker(&mut out[qi], mentions, who);
                }
            }
            // "selon la même source", "a précisé cette même source": the source the quote before
            // named with a cue of its own, in its paragraph or the two before, when it is a
            // source ("selon X", "une source …") and no person (a body, or unnamed).
            // ("a ajouté cette source": the same.)
            let this_source = out[qi].speaker.as_deref() == Some("source")
                && out[qi].cue.as_ref().is_some_and(|c| {
                    doc.text
                        .get(c.clone())
                        .is_some_and(|t| t.starts_with("cette") || t.starts_with("Cette"))
                });
            if out[qi].speaker.as_deref() == Some("même source") || this_source {
                let source = (0..qi)
                    .rev()
                    .take_while(|&pi| para - seg.paragraph_of(qs[pi].s) <= 2)
                    .find(|&pi| {
                        out[pi]
                            .speaker
                            .as_deref()
                            .is_some_and(|s| s != "même source" && s != "source")
                    })
                    .filter(|&pi| {
                        let p = &out[pi];
                        p.cue.is_some()
                            && p.speaker_label != Some(Label::PER)
                            && (matches!(p.verb.as_deref(), Some("selon" | "d'après"))
                                || p.speaker
                                    .as_deref()
                                    .is_some_and(|s| s.starts_with("source")))
                    });
                if let Some(pi) = source {
                    speaker_from(out, pi, qi);
                }
            }
            last_cue = Some((qi, f.cue));
            continue;
        }
        if headline && q.s < first_para_end {
            if q.s <= 1 {
                if let Some(m) = headline_speaker(tk, mentions, q, first_para_end) {
                    set_speaker(&mut out[qi], mentions, Who::Mention(m));
                }
            }
            continue;
        }
        // The sentence just before (in the previous paragraph for a quote opening its own), when
        // it has a speech verb and no quote.
        let para_lo2 = if q.s == pr.start && para > 0 {
            seg.paragraphs[para - 1].start
        } else {
            pr.start
        };
        // (Not for a dialogue line after another: the sentence is the other line's aside.)
        let after_line = q.dash && qi > 0 && seg.paragraph_of(qs[qi - 1].s) + 1 >= para;
        if !q.resumed && !after_line && (qi == 0 || qs[qi - 1].e < b_start.saturating_sub(1)) {
            if let Some(f) = prev_sentence_cue(tk, mentions, q, para_lo2.max(prev_q), &in_quote) {
                set_speaker(&mut out[qi], mentions, f.who);
                continue;
            }
        }
        // Continuation: the quote just before, nothing in between.
        'cont: {
            if qi == 0 {
                break 'cont;
            }
            let pi = qi - 1;
            let p = &qs[pi];
            let prev_span = out[pi].clone();
            if prev_span.speaker.is_none() || headline && p.s < first_para_end {
                break 'cont;
            }
            if q.resumed {
                speaker_from(out, pi, qi);
                continue 'quotes;
            }
            let gap_paras = para - seg.paragraph_of(p.e.saturating_sub(1));
            if gap_paras > 1 || q.s - p.e > 3 * WINDOW {
                break 'cont;
            }
            // A new dialogue line is a new turn: not the previous line's speaker, but the one
            // before it when the two took turns.
            if q.dash && gap_paras == 1 {
                if let Some(t) = turn_taker(qs, out, seg, qi) {
                    speaker_from(out, t, qi);
                }
                continue 'quotes;
            }
            // A fragment continues only within its sentence. A label, a scare quote or a list of
            // quoted words (at most three words, or right against another quote) does not continue
            // across a paragraph break or the end of a quoted sentence either (`… caught it." The
            // other words are "x,"`); a longer fragment there reads on as the same voice.
            let label = || !four_words(toks, q) || against_quote(doc, q);
            let quoted_end = p.e >= p.s + 2
                && matches!(tk.tok(p.e - 2), "." | "!" | "?")
                && toks.get(p.e).is_some_and(|t| t.upper_initial);
            if out[qi].kind == QuoteKind::Partial
                && ((p.e..q.s).any(|i| tk.ends_sentence(i))
                    || (gap_paras > 0 || quoted_end) && label())
            {
                break 'cont;
            }
            let cluster = prev_span.speaker_mention.map(|m| mentions[m].cluster);
            // Names in the previous quote's own cue do not intervene.
            let cue_end = prev_span
                .cue
                .as_ref()
                .map_or(0, |c| seg.token_at_or_after(c.end));
            let lo = mentions.partition_point(|m| m.first_token < p.e.max(cue_end));
            let hi = mentions.partition_point(|m| m.first_token < q.s);
            let intervening = mentions[lo..hi].iter().any(|m| {
                m.label == Label::PER
                    && Some(m.cluster) != cluster
                    && !in_quote.at(m.first_token)
                    && !tk.after_preposition(m.first_token)
                    && !tk.minor(m)
            });
            if intervening {
                break 'cont;
            }
            speaker_from(out, pi, qi);
            continue 'quotes;
        }
        // A direct quote opening its sentence, no cue and no quote to continue: in news, the
        // person the sentences before it are about ("Laurin experienced a 40 per cent drop …
        // \n\n“It took me two years …”").
        // It stands alone: at least four words, ending its paragraph or its own sentence, and
        // no comma after it (where a cue the search missed would stand: "…», lance quelqu'un").
        let alone = four_words(toks, q)
            && (q.e >= pr.end
                || q.e + 1 < pr.end && tk.tok(q.e) == "." && toks[q.e + 1].upper_initial
                || q.e >= q.s + 2
                    && matches!(tk.tok(q.e - 2), "." | "!" | "?" | "…")
                    && !matches!(tk.byte(q.e), b',' | b':'));
        if !tk.story
            && alone
            && out[qi].kind == QuoteKind::Direct
            && (q.s == pr.start || b_start == q.s)
        {
            if let Some(who) = topic_person(tk, mentions, q.s, para_lo2.max(prev_q), &in_quote)
                .or_else(|| next_person(tk, mentions, q, pr.end, &in_quote).map(Who::Mention))
            {
                set_speaker(&mut out[qi], mentions, who);
            }
        }
    }
    // "…, a déclaré Muriel Robin au micro de Jade et Éric. Et de poursuivre : « … »": a quote
    // after a narrative infinitive ("Et d'ajouter :", "Avant de conclure :") goes on with the
    // speaker of a quote just before, in its paragraph or the one before, whatever names came
    // between.
    // With no such quote, the speaker of the sentence before, when it has no quote ("Le maire
    // a dénoncé la décision. Et d'ajouter : « … »").
    if !tk.story {
        for qi in 0..qs.len() {
            let q = &qs[qi];
            if out[qi].speaker.is_some() || !narrative_infinitive_before(tk, q.s) {
                continue;
            }
            let p = qi.wrapping_sub(1);
            if qi > 0
                && out[p].speaker.is_some()
                && seg.paragraph_of(qs[p].s) + 1 >= seg.paragraph_of(q.s)
            {
                speaker_from(out, p, qi);
            } else if tk.doc.lang == Lang::Fr {
                let ss = sentence_start(tk, q.s - 1, 0, &in_quote);
                if let Some(f) = sentence_before_speaker(tk, mentions, ss, &in_quote) {
                    set_speaker(&mut out[qi], mentions, f.who);
                }
            }
        }
    }
    // "« Il y aura des contaminations » mais « on va les gérer », a assuré X": a quote with no
    // speaker that the next quote of its sentence follows closely, when that one's cue names
    // someone after it, is said by the same person (a statement of four words or more, not a
    // heading: "- « Sortie d'un labyrinthe » -").
    // Through short quotes of the same sentence with neither cue nor speaker: "« C'est un
    // moment très fort », « bouleversant », et « … », a-t-elle déclaré".
    // A named speaker there beats one the quote only went on with (no cue of its own: "« … »
    // mais « … », a précisé Francis Duseux" after a quote of someone else); a described one
    // is given to a quote with no speaker at all.
    // (A short fragment is given the speaker too, "La SNCF prévoit « en moyenne nationale » 9
    // TER sur 10 et « plus de 80 % » des trains, a précisé le groupe"; one given it here is
    // passed over like one with no speaker: a mask of the first 64 quotes, no allocation.)
    let mut given = 0u64;
    for qi in (0..qs.len().saturating_sub(1)).rev() {
        let q = &qs[qi];
        let mut j = qi + 1;
        while j + 1 < qs.len()
            && (out[j].speaker.is_none() || j < 64 && given & (1 << j) != 0)
            && out[j].cue.is_none()
            && !four_words(toks, &qs[j])
            && qs[j + 1].s <= qs[j].e + 15
        {
            j += 1;
        }
        let n = &qs[j];
        // (A description names a person or a body, "la porte-parole du ministère", "le
        // parquet": not "les inégalités dans le monde".)
        let described = || {
            out[j].speaker.is_some()
                && out[j].cue.as_ref().is_some_and(|c| {
                    person_or_body(
                        tk,
                        (seg.token_at_or_after(c.start), seg.token_at_or_after(c.end)),
                    )
                })
        };
        let cue_after = out[j]
            .cue
            .as_ref()
            .is_some_and(|c| c.start >= toks[n.e - 1].end as usize);
        // (Not a heading glued to the text, "« Vital de préserver la saison »« Le cluster …",
        // "« Ras-le-bol » Plutôt qu'un …", nor a title a colon follows.)
        // ("- Faux « à plus de 50% » -": a dash after it too.)
        let heading = q.s > 0 && matches!(tk.tok(q.s - 1), "-" | "–" | "—" | "•")
            || q.e < toks.len() && matches!(tk.tok(q.e), "-" | "–" | "—")
            || n.s <= q.e
            || toks[q.e].upper_initial
            || tk.byte(q.e) == b':';
        // (Not a title inside the sentence, a few words opening with a capital: "Intitulé
        // « Vivre ensemble - vivre en grand la République »", "les bons parcours de « Fear the
        // Walking Dead »".)
        let title = out[qi].kind == QuoteKind::Partial
            && opens_capitalized(toks, q)
            && (q.s..q.e).filter(|&k| toks[k].is_word()).count() <= TITLE_WORDS;
        if (out[qi].speaker.is_none() || out[qi].cue.is_none())
            && !title
            && (out[j].speaker_mention.is_some() || out[qi].speaker.is_none() && described())
            && cue_after
            && !q.dash
            && !heading
            && qs[qi + 1].s <= q.e + 15
            && seg.paragraph_of(q.s) == seg.paragraph_of(n.s)
            && !(q.e - 1..n.s).any(|i| tk.ends_sentence(i))
        {
            speaker_from(out, j, qi);
            if qi < 64 {
                given |= 1 << qi;
            }
        }
    }
    // A headline's quote that the article repeats inside a quote with a speaker ("Nicolas
    // Sarkozy craint une « disparition de l'Occident »", then "« … la disparition de
    // l'Occident », a-t-il averti"): that speaker's words. Four words or more: not a label
    // ("« Gilets jaunes » : …").
    // (A headline is short: a long first paragraph is no headline to look for again.)
    if headline && first_para_end <= HEADLINE_TOKENS {
        for qi in 0..qs.len() {
            let q = &qs[qi];
            if q.s >= first_para_end {
                break;
            }
            if out[qi].speaker.is_some() || !four_words(toks, q) {
                continue;
            }
            // (Not a name: a capitalized fragment inside the headline, "participer à « Qui veut
            // gagner des millions ? »", "Bugatti lance le programme « La Maison Pur Sang »"; but
            // "Florent Pagny « Je vais peut-être faire mes adieux »", after a person's name.)
            let after_person = q.s > 0
                && tk.mention_at(q.s - 1).is_some_and(|m| {
                    mentions[m].label == Label::PER && mentions[m].end_token == q.s
                });
            let name = q.s > 0
                && !after_person
                && out[qi].kind == QuoteKind::Partial
                && opens_capitalized(toks, q);
            if name {
                continue;
            }
            let repeated = (qi + 1..qs.len()).find(|&pi| {
                qs[pi].s >= first_para_end && out[pi].speaker.is_some() && repeats(tk, q, &qs[pi])
            });
            if let Some(pi) = repeated {
                speaker_from(out, pi, qi);
            }
        }
    }
    // "… », a-t-il dit. Mais « pour dire la vérité ».": a sentence that is a conjunction and a
    // quote, no verb, goes on with the speaker of the quote just before.
    for qi in 1..qs.len() {
        let q = &qs[qi];
        if out[qi].speaker.is_some() || out[qi].cue.is_some() || q.s < 2 || doc.lang != Lang::Fr {
            continue;
        }
        let c = q.s - 1;
        let opens = toks[c].is_word()
            && toks[c].upper_initial
            && matches!(
                doc.tok(c),
                "Mais" | "Et" | "Puis" | "Ou" | "Enfin" | "Ensuite"
            )
            && (toks[c].line_start || tk.ends_sentence(c - 1));
        let ends = q.e < toks.len() && matches!(doc.tok(q.e), "." | "!" | "?");
        let p = &qs[qi - 1];
        let near = p.e <= c && c - p.e <= 30 && seg.paragraph_of(q.s) - seg.paragraph_of(p.s) <= 1;
        if opens && ends && near && out[qi - 1].speaker.is_some() {
            speaker_from(out, qi - 1, qi);
        }
    }
    // A paper's, a show's or a work's name is nobody's words; it was read as a quote above so
    // that the quotes after it go on with the speaker its cue named ("Jacqueline Gourault avait
    // suggéré, dans « Le JDD », … « … »").
    for (q, span) in qs.iter().zip(out.iter_mut()) {
        if span.kind == QuoteKind::Partial && named_work(tk, q) {
            span.speaker = None;
            span.speaker_mention = None;
            span.speaker_label = None;
            span.cue = None;
            span.verb = None;
        }
    }
}

/// The first word inside quote `q` opens with a capital.
fn opens_capitalized(toks: &[Token], q: &Q) -> bool {
    (q.s..q.e)
        .find(|&k| toks[k].is_word())
        .is_some_and(|k| toks[k].upper_initial)
}

/// The most words of a quote opening with a capital inside a sentence that is read as a title,
/// not words a later cue gives to somebody.
const TITLE_WORDS: usize = 8;

/// The most tokens a headline holds for [`repeats`] to be asked of its quotes.
const HEADLINE_TOKENS: usize = 120;

/// The words of quote `a` (in lower case, numbers too) come in a row in quote `b`.
fn repeats(tk: &Tk<'_, '_>, a: &Q, b: &Q) -> bool {
    let words = |q: &Q| {
        (q.s..q.e)
            .filter(|&k| tk.toks[k].kind != TokenKind::Punct)
            .map(|k| tk.lower(k))
            .collect::<Vec<_>>()
    };
    let (a, b) = (words(a), words(b));
    !a.is_empty() && b.windows(a.len()).any(|w| w == a.as_slice())
}

/// Quote `q` holds four words or more (fewer: a label, a title or a scare quote).
fn four_words(toks: &[Token], q: &Q) -> bool {
    (q.s..q.e).filter(|&i| toks[i].is_word()).nth(3).is_some()
}

/// A headline opening with a statement in quotes, then a colon and who made it with a speech
/// verb: "« Une maladie sans gravité » : Edouard Philippe explique pourquoi sa barbe blanchit",
/// "« Ce n'est pas mon genre de femme » : Donald Trump se défend", "… : quand Brigitte Macron
/// rassure …". Not a label ("« Gilets jaunes » : Christophe Castaner dénonce …": three words
/// or fewer) nor a place.
fn headline_speaker(tk: &Tk<'_, '_>, mentions: &[Mention], q: &Q, end: usize) -> Option<usize> {
    let toks = tk.toks;
    if !four_words(toks, q) || q.e + 2 >= end {
        return None;
    }
    let mut k = q.e;
    if tk.byte(k) != b':' {
        return None;
    }
    k += 1;
    if matches!(tk.lower(k).as_ref(), "quand" | "comment") {
        k += 1;
    }
    let m = tk.mention_at(k)?;
    let mm = &mentions[m];
    if mm.first_token != k || mm.label == Label::LOC {
        return None;
    }
    let mut v = mm.end_token;
    // (A reflexive pronoun before the verb: "se défend", "s'insurge".)
    if v + 1 < end && matches!(tk.lower(v).as_ref(), "se" | "s") {
        v += if tk.byte(v + 1) == b'\'' { 2 } else { 1 };
    }
    (v < end && tk.verb_at(v).is_some_and(|f| !f.participle)).then_some(m)
}

/// "Et d'ajouter :", "Avant de conclure :", "et de poursuivre, amer :" right before token `s`
/// (a quote's opening mark): a narrative infinitive, whose subject is the sentence's before.
fn narrative_infinitive_before(tk: &Tk<'_, '_>, s: usize) -> bool {
    if s < 3 || tk.byte(s - 1) != b':' {
        return false;
    }
    // "de" or "d'" a few words back, right after "Et", "Avant", "puis" opening the sentence or
    // after a comma, then an infinitive (after "se", "s'", "lui", "leur") and at most three
    // words ("plein de sérénité"), no finite verb ("avant de relancer la réforme, est :").
    (s.saturating_sub(8)..s - 2).any(|k| {
        let d = tk.lower(k);
        let mut v = match d.as_ref() {
            "de" => k + 1,
            "d" if tk.byte(k + 1) == b'\'' => k + 2,
            _ => return false,
        };
        if k < 2 || !matches!(tk.lower(k - 1).as_ref(), "et" | "avant" | "puis") {
            return false;
        }
        let opens = tk.ends_sentence(k - 2) || tk.byte(k - 2) == b',';
        if v + 1 < s && matches!(tk.lower(v).as_ref(), "se" | "lui" | "leur") {
            v += 1;
        } else if v + 2 < s && tk.lower(v) == "s" && tk.byte(v + 1) == b'\'' {
            v += 2;
        }
        let w = tk.lower(v);
        let infinitive = !tk.toks[v].upper_initial
            && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"));
        opens
            && infinitive
            && s - 1 - (v + 1) <= 4
            && (v + 1..s - 1).all(|j| {
                !matches!(tk.byte(j), b'.' | b'!' | b'?')
                    && !matches!(tk.lower(j).as_ref(), "est" | "sont" | "a" | "était")
            })
    })
}

/// The person of the article a subject description stands for: the one its role introduced
/// or names ([`definite_referent`], for a role), else the role's one holder ([`known_holder`]).
fn described_person(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    in_quote: &InQuote<'_>,
) -> Option<usize> {
    tk.role(np.head)
        .is_some()
        .then(|| definite_referent(tk, mentions, np, in_quote))
        .flatten()
        .or_else(|| known_holder(tk, mentions, np))
}

/// The person named as the subject of one of the (at most three) sentences before token `at`,
/// back to `lo`, the nearest first, or the person a role subject stands for.
fn topic_person(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    at: usize,
    lo: usize,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    let mut e = at;
    for _ in 0..3 {
        if e <= lo {
            break;
        }
        let s = sentence_start(tk, e - 1, lo, in_quote);
        match sentence_subject(tk, mentions, s, e, in_quote) {
            Subject::Mention(m) => {
                return (mentions[m].label == Label::PER).then_some(Who::Mention(m));
            }
            // "Le secrétaire général de la CGT est revenu sur … « Notre système est bon »": the
            // person a role of the sentence before stands for. (Not the words of a description
            // naming nobody: they run on into verbs that no list knows, "La maire PS de Lille
            // laisse planer le doute".)
            Subject::Description(np) => {
                if let Some(m) = described_person(tk, mentions, &np, in_quote) {
                    return Some(Who::Mention(m));
                }
            }
            _ => {}
        }
        e = s;
    }
    None
}

/// A person named as the subject of the sentence right after quote `q` (a whole sentence),
/// in its paragraph (before `end`), when no quote is in that sentence: "« Il n'avait pas
/// d'autre échappatoire ». Robert Ménard est catégorique."
fn next_person(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    q: &Q,
    end: usize,
    in_quote: &InQuote<'_>,
) -> Option<usize> {
    let s = if q.e < end && tk.tok(q.e) == "." {
        q.e + 1
    } else if q.e >= q.s + 2 && matches!(tk.tok(q.e - 2), "." | "!" | "?" | "…") {
        q.e
    } else {
        return None;
    };
    if s >= end || !tk.toks[s].upper_initial {
        return None;
    }
    let e = tk.first_sentence_end(s, end).map_or(end, |k| k + 1);
    if (s..e).any(|i| in_quote.at(i)) {
        return None;
    }
    let Subject::Mention(m) = sentence_subject(tk, mentions, s, e, in_quote) else {
        return None;
    };
    let f = mentions[m].first_token;
    if mentions[m].label != Label::PER || f < s || f >= e || tk.after_preposition(f) {
        return None;
    }
    // The name opens the sentence or the clause after a leading phrase ("Invité de RTL,
    // Gérard Collomb …"), perhaps after a role ("Le chef multi-étoilé Alain Ducasse"); not
    // after a conjunction ("Si Nordahl Lelandais intéresse la magistrate"), a capitalized word
    // ("Le député PS Boris Vallaud s'est également indigné": a reaction) or a complement
    // ("L'attaque de François Bayrou envers François Fillon").
    let from = (s..f)
        .rev()
        .find(|&i| tk.byte(i) == b',')
        .map_or(s, |c| c + 1);
    let clear = from == f
        || !matches!(
            tk.lower(from).as_ref(),
            "si" | "quand" | "lorsque" | "comme" | "et" | "mais" | "or" | "car" | "pour" | "selon"
        ) && (from + 1..f).all(|i| !tk.toks[i].upper_initial && !tk.is(i, Class::NpLink));
    clear.then_some(m)
}

/// Gives `span` the speaker `who`: a mention's canonical name, label and index, or a
/// description's words.
fn set_speaker(span: &mut QuoteSpan, mentions: &[Mention], who: Who) {
    match who {
        Who::Mention(m) => {
            span.speaker = Some(mentions[m].canonical.clone());
            span.speaker_mention = Some(m);
            span.speaker_label = Some(mentions[m].label);
        }
        Who::Description(d) => {
            span.speaker = Some(d);
            span.speaker_mention = None;
            span.speaker_label = None;
        }
        Who::Nobody => {}
    }
}

/// A short capitalized fragment after "à", "dans", "sur", "par" (French) names a paper, a show
/// or a work, not anyone's words: "a annoncé à « Libération »", "son rôle dans « Gran Torino »".
///
/// So does one of four words at most right after a word in lower case that is no verb of
/// speech nor a conjunction, with no sentence punctuation inside: "son premier album solo
/// « Matriochka »", "la carte de fidélité « Ma carte La Halle »", "présente « La Nouvelle
/// Edition »" (not "a répondu « Moi je crois »", "et « Nous verrons »").
fn named_work(tk: &Tk<'_, '_>, q: &Q) -> bool {
    let toks = tk.toks;
    if q.s == 0
        || tk.doc.lang != Lang::Fr
        || !toks.get(q.s + 1).is_some_and(|t| t.upper_initial)
        // (Not people: "en appelle aux « Français de droite »".)
        || tk.names.is_demonym(&tk.lower(q.s + 1))
    {
        return false;
    }
    let words = (q.s..q.e).filter(|&i| toks[i].is_word()).count();
    let prev = tk.lower(q.s - 1);
    if matches!(prev.as_ref(), "à" | "au" | "aux" | "dans" | "sur" | "par") {
        return words <= 3;
    }
    words <= 4
        && toks[q.s - 1].is_word()
        && !toks[q.s - 1].upper_initial
        && !toks[q.s].line_start
        && tk.verb_at(q.s - 1).is_none()
        && !matches!(
            prev.as_ref(),
            "que" | "qu" | "et" | "ou" | "mais" | "car" | "donc" | "puis" | "ni"
        )
        && !(q.s + 1..q.e.saturating_sub(1)).any(|i| matches!(tk.tok(i), "." | "!" | "?" | "…"))
}

/// Quote `to` gets the speaker of quote `from` (its name, mention and label).
fn speaker_from(out: &mut [QuoteSpan], from: usize, to: usize) {
    let speaker = out[from].speaker.clone();
    let (mention, label) = (out[from].speaker_mention, out[from].speaker_label);
    let span = &mut out[to];
    span.speaker = speaker;
    span.speaker_mention = mention;
    span.speaker_label = label;
}

/// A nickname between the parts of a name (`Maria "The Hammer" Lopez`, `Tony « La Foudre »
/// Martin`): capitalized words right before and right after the marks, a capitalized word first
/// inside, at most four words and no sentence punctuation.
fn nickname(toks: &[Token], q: &Q) -> bool {
    let name_word = |t: &Token| t.is_word() && t.upper_initial && !t.line_start;
    let inside = &toks[q.s + 1..q.e.saturating_sub(1).max(q.s + 1)];
    q.s > 0
        && q.e < toks.len()
        && name_word(&toks[q.s - 1])
        && name_word(&toks[q.e])
        && inside
            .first()
            .is_some_and(|t| t.is_word() && t.upper_initial)
        && inside.len() <= 4
        && inside.iter().all(|t| t.is_word())
}

/// The sentence after a quote that names who said it by echoing it: "« … ». C'est ce qu'a
/// déclaré Sheila", "Voilà ce qu'ont écrit les juges", "C'est en tout cas ce qu'affirme X".
fn echo_cue(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    q: &Q,
    lim: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    if tk.doc.lang != Lang::Fr {
        return None;
    }
    let mut c = q.e;
    if c < lim && tk.tok(c) == "." {
        c += 1;
    }
    if c + 4 >= lim || !tk.toks[c].upper_initial {
        return None;
    }
    let mut k = match tk.lower(c).as_ref() {
        "c" if tk.tok(c + 1) == "'" && tk.lower(c + 2) == "est" => c + 3,
        "voilà" => c + 1,
        _ => return None,
    };
    let at = |k: usize, w: &str| k < lim && tk.lower(k) == w;
    if at(k, "en") && at(k + 1, "tout") && at(k + 2, "cas") {
        k += 3;
    } else if at(k, "du") && at(k + 1, "moins") || at(k, "en") && at(k + 1, "substance") {
        k += 2;
    } else if at(k, "notamment") || at(k, "ainsi") || at(k, "donc") {
        k += 1;
    }
    if !at(k, "ce") {
        return None;
    }
    let v = if at(k + 1, "qu") && k + 2 < lim && tk.tok(k + 2) == "'" {
        k + 3
    } else if at(k + 1, "que") {
        k + 2
    } else {
        return None;
    };
    let end = tk.first_sentence_end(v, lim).unwrap_or(lim);
    let verb = tk.verb_forward(v, end, false)?;
    subject_of(tk, mentions, &verb, None, end, in_quote)
}

fn find_cue(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    q: &Q,
    partial: bool,
    b_start: usize,
    a_end: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let toks = tk.toks;
    // A quote that ends its sentence ("… remorse." Prosecutors said) has no cue after it.
    let closes_sentence = q.e >= 2
        && q.e < toks.len()
        && matches!(tk.byte(q.e - 2), b'.' | b'!' | b'?')
        && toks[q.e].upper_initial;
    // After a quote that ends its sentence, only a short clause that ends there is its cue
    // ("“… all!” Nunes said.", "“…” echoes McMillen."), not a new sentence ("Prosecutors said
    // they would appeal").
    // (A clause that ends in a colon announces the next quote: "« … » X a dit : « … »".)
    let clause_end = |i: usize| {
        i >= a_end && !(i < tk.toks.len() && tk.byte(i) == b':')
            || tk.is_punct(i) && !matches!(tk.byte(i), b'\'' | b'-' | b':')
            || closes_sentence && matches!(tk.lower(i).as_ref(), "in" | "on" | "at" | "during")
    };
    // 0. A signature: a dash and a name alone to the end of the line ("“…” ― Krystal Correa").
    if let Some(f) = signature(tk, mentions, q) {
        return Some(f);
    }
    // 1. Right after the quote.
    if q.e < a_end {
        let mut j = q.e;
        if tk.byte(j) == b',' {
            j += 1;
        }
        // "« … » dimanche, a estimé le ministre", "« … », lundi soir, a déclaré X": a day
        // before the cue.
        if tk.doc.lang == Lang::Fr && j + 2 < a_end && is_day_fr(&tk.lower(j)) {
            let mut d = j + 1;
            if matches!(
                tk.lower(d).as_ref(),
                "soir" | "matin" | "midi" | "après-midi"
            ) {
                d += 1;
            }
            if d + 1 < a_end && tk.byte(d) == b',' {
                j = d + 1;
            }
        }
        // "– continua le domestique": a dash opens the narrator's aside in a dialogue line;
        // "lui répondit Paul": an object pronoun before the verb.
        if q.dash && j + 1 < a_end && matches!(tk.tok(j), "–" | "—") {
            j += 1;
        }
        if tk.story && j + 1 < a_end && is_object_clitic(tk, j) {
            j += 1;
        }
        // "…», comme le note Jean-Marie Potiez", "comme l'a expliqué X": the verb after the
        // neuter pronoun.
        if tk.doc.lang == Lang::Fr
            && j + 3 < a_end
            && tk.toks[j].is_word()
            && tk.lower(j) == "comme"
        {
            let v = if tk.tok(j + 1) == "le" {
                j + 2
            } else if tk.tok(j + 1) == "l" && tk.byte(j + 2) == b'\'' {
                j + 3
            } else {
                j
            };
            if v > j && tk.verb_forward(v, a_end, false).is_some() {
                j = v;
            }
        }
        if j < a_end && !closes_sentence {
            if let Some(f) = source_at(tk, mentions, j, a_end, in_quote) {
                return Some(f);
            }
        }
        if let Some(f) = judged_by(tk, mentions, q, a_end, in_quote) {
            return Some(f);
        }
        // (A verb group right after the quote has no subject before it: ", s'alarme encore le
        // président" is not read subject first, with "s" for its subject.)
        let verb_first = if j < a_end {
            tk.verb_forward(j, a_end, false).or_else(|| {
                (j > q.e && !closes_sentence)
                    .then(|| unknown_inversion(tk, j, a_end))
                    .flatten()
            })
        } else {
            None
        };
        if let Some(v) = verb_first {
            if let Some(f) = subject_of(tk, mentions, &v, None, a_end, in_quote)
                .filter(|f| !closes_sentence || clause_end(f.cue.1))
            {
                return Some(f);
            }
        } else if j < a_end {
            // Subject first: `," he said`, "», Mme X a-t-elle ajouté", and after a whole
            // statement a name with an apposition or a parenthesis between it and its verb
            // (`," Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said`,
            // `," Sen. Chuck Schumer (D-N.Y.) said`; not the subject a fragment stands in: "le
            // « frondeur » Pascal Cherki (aile gauche du PS) avait jugé").
            let lim = (j + if partial { 24 } else { 40 }).min(a_end);
            let mut k = j + 1;
            while k < lim {
                if tk.byte(k) == b'(' && !partial {
                    // (A parenthesis is passed over whole: "(D-N.Y.)".)
                    match (k + 1..lim).find(|&i| matches!(tk.byte(i), b'(' | b')')) {
                        Some(c) if tk.byte(c) == b')' => {
                            k = c + 1;
                            continue;
                        }
                        _ => break,
                    }
                }
                if tk.is_punct(k) && !matches!(tk.byte(k), b',' | b'-' | b'\'' | b'.') {
                    break;
                }
                // (Most tokens start no group: the first step is tested here, inlined.)
                let v = if tk.may_start_verb_group(k, a_end) {
                    tk.verb_forward(k, a_end, true)
                } else {
                    None
                };
                if let Some(v) = v {
                    if closes_sentence && !clause_end(v.end) {
                        break;
                    }
                    // (A verb with its own pronoun after a comma has that subject: "« … » de la
                    // part de l'exécutif, a-t-elle ajouté".)
                    let own_subject = v.clitic.is_some() && k > j && tk.byte(k - 1) == b',';
                    // (Nor a complement of the quoted words, "de" right after the mark: "«
                    // l'impact immédiat » de la crise sanitaire, a déclaré X".)
                    let complement = j == q.e
                        && tk.doc.lang == Lang::Fr
                        && matches!(tk.lower(j).as_ref(), "de" | "d" | "du");
                    let np = tk
                        .np_backward(mentions, k, j)
                        .filter(|n| n.start == j && !own_subject && !complement)
                        .or_else(|| (!partial).then(|| apposed_subject(tk, mentions, j, k))?);
                    if let Some(np) = np {
                        if !tk.is_function_word(np.head) {
                            if let Some(f) =
                                resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote)
                            {
                                return Some(f);
                            }
                        }
                    }
                    break;
                }
                k += 1;
            }
        }
        // "« … » à d'autres régions, a-t-il mis en garde", "« … » pour les établissements de
        // santé, a déclaré Jérôme Salomon", "“…” that Sanders can catch Clinton, said Steve
        // Elmendorf": a phrase of at most [`PHRASE_BEFORE_VERB`] tokens ends the sentence the
        // quote began, then a comma and an inverted verb.
        // (Not after a relative clause on a title: "Sam Solovey, a contestant on Trump's
        // reality TV show, “The Apprentice,” who went on to work alongside Trump, said his boss
        // was …".)
        let relative = j < a_end && matches!(tk.lower(j).as_ref(), "who" | "which");
        if !closes_sentence && j < a_end && !relative {
            let comma = (j..(j + PHRASE_BEFORE_VERB).min(a_end))
                .take_while(|&k| !in_quote.at(k) && !matches!(tk.byte(k), b'.' | b':' | b';'))
                .find(|&k| tk.byte(k) == b',');
            if let Some(c) = comma.filter(|&c| c > j) {
                if let Some(v) = tk.verb_forward(c + 1, a_end, false).filter(|v| {
                    v.tok == c + 1
                        || tk.in_list(c + 1, List::FiniteAux)
                        || matches!(tk.lower(c + 1).as_ref(), "s" | "se")
                }) {
                    if let Some(f) = subject_of(tk, mentions, &v, None, a_end, in_quote) {
                        return Some(f);
                    }
                }
            }
        }
    }
    // 2. Before the quote.
    if b_start < q.s {
        let mut end = q.s;
        let colon = tk.byte(end - 1) == b':';
        if colon {
            end -= 1;
        }
        if let Some(f) = verb_backward(tk, mentions, b_start, end, true, in_quote) {
            return Some(f);
        }
        // "pour X, …" at the head of the clause, "X : «…»", "X « appelle … »".
        if let Some(f) = pour_x(tk, mentions, b_start, end, in_quote) {
            return Some(f);
        }
        // "Le promoteur, le groupe Iberdrola, « prend acte »": a name and a comma.
        let comma = !colon && end == q.s && end - 1 > b_start && tk.byte(end - 1) == b',';
        if colon || end == q.s {
            let np = if colon {
                // (A pronoun does not name the author of a title listed after the colon: "Il
                // publie de nombreux essais : « Portrait d'un Juif », …".)
                let title_like = q.e >= q.s + 2
                    && (q.s + 1..q.e - 1).filter(|&i| toks[i].is_word()).count() <= 5
                    && toks[q.s + 1].upper_initial
                    && !(q.s + 1..q.e - 1).any(|i| matches!(tk.byte(i), b'.' | b'!' | b'?' | b','));
                clause_subject(tk, mentions, b_start, end, in_quote)
                    .filter(|np| !(title_like && np.class.is_some()))
            } else {
                let e = if comma { end - 1 } else { end };
                // The phrase's mention is one of its tokens' (`mention_at`): without a person
                // or an organization before the quote, no phrase needs reading (most quotes).
                let named = (b_start..e).any(|t| {
                    tk.mention_at(t)
                        .is_some_and(|m| mentions[m].label != Label::LOC)
                });
                named
                    .then(|| tk.np_backward(mentions, e, b_start))
                    .flatten()
                    // (Not a phrase a preposition opens: "a tenu à remercier sur son compte
                    // Twitter « … »" is no word of Twitter's.)
                    .filter(|n| {
                        n.mention.is_some_and(|m| {
                            mentions[m].label != Label::LOC
                                && (!comma || mentions[m].end_token == e && n.start == b_start)
                        }) && n.end == e
                            && !matches!(
                                tk.lower(n.start).as_ref(),
                                "sur" | "dans" | "via" | "on" | "in"
                            )
                    })
            };
            if let Some(np) = np {
                return resolve(tk, mentions, np, None, end, in_quote);
            }
        }
    }
    // 3. An aside inside the marks, where news keeps the quote whole: "« …, a expliqué X, … »",
    // "« …, poursuit-elle. … »" (fiction cuts the quote there instead: `split`).
    if tk.doc.lang == Lang::Fr && !q.dash && q.e > q.s + 3 {
        let last = q.e - 1;
        if let Some(v) = (q.s + 2..last).find_map(|k| super::split::aside_at(tk, k, last)) {
            // (The aside ends within its words: with a full stop missing, a description would
            // run on into the speech.)
            let mut end = super::split::aside_end(tk, &v, last);
            // "…, assure un employé, Daniel Real, mais …": a name in apposition ends the aside.
            if end + 2 < last && tk.tok(end) == "," {
                if let Some(m) = tk.mention_at(end + 1) {
                    let mm = &mentions[m];
                    if mm.label == Label::PER
                        && mm.first_token == end + 1
                        && mm.end_token < last
                        && matches!(tk.tok(mm.end_token), "," | ".")
                    {
                        end = mm.end_token;
                    }
                }
            }
            let ends = end == last || tk.is_punct(end);
            // The subject is a pronoun, a name, or a description of a person or a body: not
            // an object ("…, a reconnu son erreur, …").
            let subject =
                |f: &Found| !matches!(f.who, Who::Description(_)) || person_or_body(tk, f.cue);
            if ends {
                if let Some(f) = subject_of(tk, mentions, &v, None, end, in_quote).filter(subject) {
                    return Some(f);
                }
            }
        }
    }
    // 4. Later in the sentence: "selon X", "according to X".
    let mut k = q.e;
    while k < a_end {
        // (Only a word is a source word: the others are not looked up.)
        // ("d" or "D": the entry of "d", without a look at the text.)
        if tk.toks[k].is_word() && {
            let facts = tk.facts(k);
            facts.classes.has(Class::Source) || facts.entry == tk.lex.d
        } {
            if let Some(f) = source_at(tk, mentions, k, a_end, in_quote) {
                return Some(f);
            }
        }
        k += 1;
    }
    None
}

/// How many tokens the phrase between a quote and the comma before its inverted verb may hold
/// (in OrangeSum, 10 gave 574 speakers, 16 another 236, about nine in ten right).
const PHRASE_BEFORE_VERB: usize = 16;

/// The person who signs quote `q`: a dash right after it, then a person's name that ends its
/// line ("“Donald Trump scares me.” ― Krystal Correa", on one line or the next). Not in a
/// story, where a dash opens the next line of dialogue ("— Christophe !").
fn signature(tk: &Tk<'_, '_>, mentions: &[Mention], q: &Q) -> Option<Found> {
    let j = q.e;
    if tk.story || j + 1 >= tk.toks.len() || !matches!(tk.tok(j), "―" | "—" | "–") {
        return None;
    }
    let m = tk.mention_at(j + 1)?;
    let mm = &mentions[m];
    if mm.label != Label::PER || mm.first_token != j + 1 {
        return None;
    }
    let seg = tk.doc.seg;
    let para = seg.paragraphs[seg.paragraph_of(j + 1)].clone();
    let mut e = mm.end_token;
    if e < para.end && tk.byte(e) == b'.' {
        e += 1;
    }
    (e == para.end).then_some(Found {
        who: Who::Mention(m),
        pronoun: false,
        cue: (j + 1, mm.end_token),
        verb: None,
    })
}

/// True when an English gerund after token `p` can be a cue: `p` is a comma, a preposition of
/// time or means ("by saying"), the end of a person's name ("with Glen Caplin saying") or a
/// statement noun ("a statement saying").
fn gerund_after(tk: &Tk<'_, '_>, mentions: &[Mention], p: usize) -> bool {
    gerund_link(tk, p)
        || tk
            .mention_at(p)
            .is_some_and(|m| mentions[m].label == Label::PER && mentions[m].end_token == p + 1)
}

/// Token `p` is a comma, a preposition of time or means, or a statement noun: a gerund after it
/// continues the clause before ([`gerund_after`], [`subject_of`]).
fn gerund_link(tk: &Tk<'_, '_>, p: usize) -> bool {
    tk.byte(p) == b','
        || matches!(
            tk.lower(p).as_ref(),
            "by" | "before" | "after" | "while" | "when"
        )
        || tk.is(p, Class::Statement)
}

/// The subject of the English clause `lo..end` that a gerund after it continues: the subject
/// of the sentence ([`sentence_subject`]), else the first person or organization named in it,
/// not after a preposition ("Immediately after the attacks, Donald Trump issued a statement").
/// (A statement noun ends the clause: "the Security Council issued a statement calling …".)
fn gerund_subject(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    lo: usize,
    end: usize,
    in_quote: &InQuote<'_>,
) -> Option<Np> {
    match sentence_subject(tk, mentions, lo, end, in_quote) {
        Subject::Mention(m) => return Some(mention_np(mentions, m)),
        Subject::Description(np) => return Some(np),
        Subject::Pronoun(c) => {
            let p = (lo..end).find(|&i| !in_quote.at(i) && pronoun_class(tk, i) == Some(c))?;
            return Some(pronoun_np(tk, p));
        }
        Subject::Other => {}
    }
    first_bare_mention(tk, mentions, lo, end, in_quote, |m| m.label != Label::LOC)
        .map(|m| mention_np(mentions, m))
}

/// The first mention starting in `lo..end` that is `ok`, outside quotes and not after a
/// preposition: a clause's subject by default ([`clause_subject`], [`gerund_subject`]).
fn first_bare_mention(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    lo: usize,
    end: usize,
    in_quote: &InQuote<'_>,
    ok: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let a = mentions.partition_point(|m| m.first_token < lo);
    let b = mentions.partition_point(|m| m.first_token < end);
    (a..b).find(|&i| {
        ok(&mentions[i])
            && !in_quote.at(mentions[i].first_token)
            && !tk.after_preposition(mentions[i].first_token)
    })
}

/// The name opening `j..k` when an apposition between commas or a parenthesis stands between
/// it and the verb at `k`: "Benjamin J. Rhodes, Mr. Obama's deputy national security adviser,",
/// "Sen. Chuck Schumer (D-N.Y.)": a person's name, capitalized from `j`, the whole of its phrase.
fn apposed_subject(tk: &Tk<'_, '_>, mentions: &[Mention], j: usize, k: usize) -> Option<Np> {
    if !tk.toks[j].upper_initial {
        return None;
    }
    let np = tk.np_forward(mentions, j, k)?;
    let m = &mentions[np.mention?];
    if m.label != Label::PER || m.end_token != np.end || np.end + 2 > k {
        return None;
    }
    let apposition = tk.byte(np.end) == b',' && tk.byte(k - 1) == b',';
    let parenthesis = tk.byte(np.end) == b'(' && tk.byte(k - 1) == b')';
    (apposition || parenthesis).then_some(np)
}

/// The nearest speech verb (or source phrase) in `lo..end`, scanning backward, with its subject.
fn verb_backward(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    lo: usize,
    end: usize,
    sources: bool,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let mut k = end;
    while k > lo {
        k -= 1;
        // A number or a punctuation mark is no source word and no verb: passed over without
        // learning its facts (a token in five).
        if !tk.toks[k].is_word() {
            continue;
        }
        // (The token's facts once: its classes, then its verb form.)
        let facts = tk.facts(k);
        // ("d" or "D": the entry of "d", without a look at the text.)
        if sources && (facts.classes.has(Class::Source) || facts.entry == tk.lex.d) {
            if let Some(f) = source_at(tk, mentions, k, end, in_quote) {
                return Some(f);
            }
        }
        let Some(form) = tk.form(facts).filter(|_| !in_quote.at(k)) else {
            continue;
        };
        // (A capitalized word of a name is no verb: "The Washington Post", nor a name inside
        // a sentence: "sur son compte Twitter" is no "twitter".)
        if tk.toks[k].upper_initial
            && tk
                .mention_at(k)
                .is_some_and(|m| mentions[m].first_token < k || k > 0 && !tk.ends_sentence(k - 1))
        {
            continue;
        }
        // Start the group at its auxiliaries (and at the first word of "faire savoir").
        // (From "en" for "a mis en garde": the group's verb is found forward from there.)
        let mut s = k;
        if s > lo && form.before.is_some() {
            s -= 1;
        }
        s = tk.group_start(s, lo);
        // (The group proper starts after an object pronoun: "le signale", "l'a révélé".)
        while s < k
            && (matches!(tk.lower(s).as_ref(), "le" | "la" | "les" | "l") || tk.byte(s) == b'\'')
        {
            s += 1;
        }
        let Some(v) = tk.verb_forward(s, end.max(k + 1), false) else {
            continue;
        };
        if v.tok != k {
            continue;
        }
        // A bare past participle ("lancée l'an dernier") is not a cue; a present one is ("en
        // déclarant"; in English after a comma or a preposition, "by saying", and after a name
        // or a statement: "with spokesman Glen Caplin saying", "issued a statement saying").
        let present = if tk.doc.lang == Lang::En {
            tk.lower(k).ends_with("ing") && k > lo && gerund_after(tk, mentions, k - 1)
        } else {
            tk.lower(k).ends_with("ant")
        };
        if v.bare_participle && !present && v.clitic.is_none() {
            continue;
        }
        if let Some(f) = subject_of(tk, mentions, &v, Some(lo), end, in_quote) {
            return Some(f);
        }
    }
    None
}

/// The speaker of a sentence opened by "Et de", "Et d'", "Tout en", "Avant de" and the verb
/// `v`: the speaker of the sentence before, when it has no quote (see [`subject_of`]).
fn narrative_subject(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    v: &VerbHit,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let ss = sentence_start(tk, v.tok, 0, in_quote);
    if ss < 2 || v.tok > ss + 4 || !matches!(tk.lower(ss).as_ref(), "et" | "tout" | "avant") {
        return None;
    }
    let opener = (ss + 1..v.tok).all(|k| matches!(tk.lower(k).as_ref(), "de" | "d" | "'" | "en"));
    if !opener {
        return None;
    }
    sentence_before_speaker(tk, mentions, ss, in_quote)
}

/// The speaker of the sentence that ends right before token `ss` (a sentence's start), when
/// it has no quote: the subject of its speech verb, else of its clause.
fn sentence_before_speaker(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    ss: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    if ss < 2 {
        return None;
    }
    let pe = ss - 1;
    let ps = sentence_start(tk, pe, 0, in_quote);
    if ps >= pe || (ps..ss).any(|k| in_quote.at(k)) {
        return None;
    }
    // (A clause's subject with no speech verb only when it names a person or a body: not "Le
    // combat contre l'immigration massive".)
    verb_backward(tk, mentions, ps, pe, false, in_quote).or_else(|| {
        let np = clause_subject(tk, mentions, ps, pe, in_quote)?;
        resolve(tk, mentions, np, None, pe, in_quote)
            .filter(|f| matches!(f.who, Who::Mention(m) if mentions[m].label != Label::LOC))
    })
}

/// Speech verbs whose infinitive after a governing verb mostly does something else ("vient
/// de lancer un « hijab de sport »", "tente de trouver des solutions", "veulent défendre leur
/// « régime »"): no cue there.
const LOOSE_INFINITIVES: &[&str] = &[
    "lancer",
    "trouver",
    "se défendre",
    "appeler",
    "opposer",
    "attaquer",
    "pointer",
    "relever",
    "soulever",
    "poster",
    "terminer",
    "continuer",
    "chanter",
    "inviter",
    "avancer",
    "glisser",
    "lâcher",
    "citer",
    "rapporter",
    "observer",
    "noter",
    "penser",
    "croire",
    "espérer",
    "souhaiter",
    "développer",
    "exposer",
    "garantir",
    "informer",
    "qualifier",
    "parler",
    "répondre",
    "justifier",
    "se justifier",
    "reprendre",
    "exiger",
    "réclamer",
    "saluer",
    "remercier",
];

/// The phrase that is mention `m`'s name alone.
fn mention_np(mentions: &[Mention], m: usize) -> Np {
    Np {
        start: mentions[m].first_token,
        end: mentions[m].end_token,
        head: mentions[m].first_token,
        mention: Some(m),
        ..Np::default()
    }
}

/// The one-word phrase of the pronoun at `c`.
fn pronoun_np(tk: &Tk<'_, '_>, c: usize) -> Np {
    Np {
        start: c,
        end: c + 1,
        head: c,
        class: pronoun_class(tk, c),
        ..Np::default()
    }
}

/// A direct quote opening a sentence right after one with a speech verb: "Un proche a rappelé
/// que … . « … »" — the subject of that verb.
fn prev_sentence_cue(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    q: &Q,
    lo: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    if q.s == 0 || q.s <= lo || !matches!(tk.byte(q.s - 1), b'.' | b'!' | b'?' | b':') {
        return None;
    }
    let end = q.s - 1;
    let mut s = end;
    while s > lo && end - s < WINDOW && !tk.ends_sentence(s - 1) && !in_quote.at(s - 1) {
        s -= 1;
    }
    if s == end || in_quote.at(s.saturating_sub(1)) && s > lo {
        return None;
    }
    verb_backward(tk, mentions, s, end, false, in_quote)
}

/// The subject of the clause `lo..end` with no speech verb ("Dembélé, élu homme du match, est
/// resté sobre :"): its first person named outside a prepositional phrase, else organization,
/// else a personal pronoun opening it, else its first noun phrase with a determiner.
fn clause_subject(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    lo: usize,
    end: usize,
    in_quote: &InQuote<'_>,
) -> Option<Np> {
    for label in [Label::PER, Label::ORG] {
        if let Some(m) = first_bare_mention(tk, mentions, lo, end, in_quote, |m| m.label == label) {
            // (A platform is where it was said, not who, and the clause names nobody else:
            // "Le courrier diffusé sur le compte Twitter d'Anne Hidalgo commence ainsi :".)
            if is_platform(&tk.doc.text[mentions[m].start..mentions[m].end]) {
                return None;
            }
            return Some(mention_np(mentions, m));
        }
    }
    let mut k = lo;
    // Skip a leading prepositional phrase up to its comma ("Dans son livre, …").
    if k < end && tk.is_function_word(k) {
        while k < end && k < lo + 12 && tk.byte(k) != b',' {
            k += 1;
        }
        k += 1;
    }
    if k >= end {
        return None;
    }
    // "Elle porte sur son personnage un regard bienveillant :": a personal pronoun (not an
    // impersonal "il y a", "il faut", "il s'agit").
    if k == lo
        && k + 1 < end
        && !matches!(
            tk.lower(k + 1).as_ref(),
            "y" | "faut" | "s" | "est" | "était" | "semble"
        )
    {
        let np = pronoun_np(tk, k);
        if matches!(np.class, Some(Class::PronounM | Class::PronounF)) {
            return Some(np);
        }
    }
    let n = tk
        .np_forward(mentions, k, end)
        .filter(|n| n.start < n.head && !tk.is_function_word(n.head))?;
    // "La grâce avait été annoncée par l'Élysée :", "La vidéo est accompagnée d'une
    // citation :": the agent of a passive, or nobody for a thing.
    match passive_after(tk, mentions, n.end, end) {
        Some(Some(agent)) => Some(agent),
        Some(None) if is_thing(tk, mentions, &n) => None,
        _ => Some(n),
    }
}

/// Participles of verbs that take "être" in the active voice ("est allé dans ce sens", "est
/// intervenue", "sont retournés"), masculine singular: no passive after them.
const ETRE_VERBS: &[&str] = &[
    "allé",
    "venu",
    "revenu",
    "intervenu",
    "parvenu",
    "devenu",
    "arrivé",
    "parti",
    "resté",
    "tombé",
    "mort",
    "né",
    "sorti",
    "entré",
    "rentré",
    "monté",
    "descendu",
    "passé",
    "retourné",
    "décédé",
];

/// The subject of a passive says nothing: when the words from `k` (right after a clause's
/// subject) are a French passive ("a été annoncée", "avait été abordé", "est accompagnée"),
/// `Some` with the agent after "par" that names a person or a body ("par l'Élysée", "par le
/// procureur"), if any. `None` when they are no passive.
fn passive_after(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    k: usize,
    limit: usize,
) -> Option<Option<Np>> {
    if tk.doc.lang != Lang::Fr || k >= limit {
        return None;
    }
    let adverbs = |mut j: usize| {
        while j < limit
            && j < k + 6
            && (is_adverb_fr(tk, j) || tk.is(j, Class::Aux) && tk.lower(j) != "été")
        {
            j += 1;
        }
        j
    };
    let mut j = match tk.lower(k).as_ref() {
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient" => {
            let e = adverbs(k + 1);
            if e >= limit || tk.lower(e) != "été" {
                return None;
            }
            e + 1
        }
        "est" | "sont" | "était" | "étaient" | "sera" | "seront" | "serait" | "seraient"
        | "fut" | "furent" => k + 1,
        _ => return None,
    };
    j = adverbs(j);
    if j >= limit || !tk.toks[j].is_word() || tk.toks[j].upper_initial {
        return None;
    }
    let w = tk.lower(j);
    let stem = w.strip_suffix('s').unwrap_or(&w);
    let stem = if stem.ends_with("ée") || stem.ends_with("ue") || stem.ends_with("ie") {
        &stem[..stem.len() - 1]
    } else {
        stem
    };
    if !(w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"))
        || ETRE_VERBS.contains(&stem)
    {
        return None;
    }
    let a = adverbs(j + 1);
    let agent = (a + 1 < limit && tk.lower(a) == "par")
        .then(|| tk.np_forward(mentions, a + 1, limit))
        .flatten()
        .filter(|np| match np.mention {
            Some(m) => mentions[m].label != Label::LOC,
            None => is_person_noun(tk, np.head),
        });
    Some(agent)
}

/// A thing, for [`passive_after`]: no person's or body's name, no noun of a person.
fn is_thing(tk: &Tk<'_, '_>, mentions: &[Mention], np: &Np) -> bool {
    np.mention.is_none_or(|m| mentions[m].label == Label::LOC)
        && np.class.is_none()
        && !is_person_noun(tk, np.head)
}

/// `k..limit` is "à", "au" or "auprès de" and a medium named to its end ("à l'AFP", "au
/// Parisien", "auprès de BFMTV"): the one a speaker spoke to; or "sur", "dans" and one: where
/// it was said ("sur son compte Facebook", "dans Le Parisien").
fn spoke_to_medium(tk: &Tk<'_, '_>, mentions: &[Mention], k: usize, limit: usize) -> bool {
    let limit = if limit > k && tk.byte(limit - 1) == b':' {
        limit - 1
    } else {
        limit
    };
    let mut j = match tk.lower(k).as_ref() {
        "à" | "au" | "sur" | "dans" => k + 1,
        "auprès" if k + 1 < limit && tk.lower(k + 1) == "de" => k + 2,
        _ => return false,
    };
    while j < limit && j < k + 4 && tk.mention_at(j).is_none() {
        j += 1;
    }
    tk.mention_at(j)
        .is_some_and(|m| mentions[m].end_token == limit && tk.is_media(&mentions[m]))
}

/// An inversion right after a quote and its comma, with a verb outside the lexicon: "« … »,
/// rigole-t-il", "« … », se remémore-t-elle", "« … », a-t-il élaboré". In French only a
/// narrator's aside takes this shape there, so the verb is read as a cue of speech; the
/// subject pronoun is resolved as for any cue.
fn unknown_inversion(tk: &Tk<'_, '_>, j: usize, limit: usize) -> Option<VerbHit> {
    if tk.doc.lang != Lang::Fr {
        return None;
    }
    let mut k = j;
    // The reflexive pronoun: "s'esclaffe-t-il", "se remémore-t-elle".
    let reflexive = if k + 2 < limit && tk.lower(k) == "s" && tk.byte(k + 1) == b'\'' {
        k += 2;
        true
    } else if k + 1 < limit && tk.lower(k) == "se" {
        k += 1;
        true
    } else {
        false
    };
    let word = |i: usize| {
        i < limit
            && tk.toks[i].kind == TokenKind::Word
            && !tk.toks[i].upper_initial
            && tk.tok(i).chars().count() > 2
    };
    // The pronoun after "-" or "-t-" glued to token `v` ([`Tk::after_inversion`]).
    // (Not "on": "lit-on dans le bulletin", "a-t-on appris" name a source, not a speaker.)
    let clitic_after = |v: usize| {
        let after = tk.after_inversion(v, limit);
        (after > v + 1
            && tk.doc.touches_next(v)
            && matches!(
                tk.lower(after - 1).as_ref(),
                "il" | "elle" | "ils" | "elles"
            ))
        .then(|| after - 1)
    };
    if !word(k) {
        // "a-t-il": two letters, read below.
        if !(k < limit && tk.lower(k) == "a" && k == j) {
            return None;
        }
    }
    let Some(c) = clitic_after(k) else {
        return (!reflexive)
            .then(|| named_inversion(tk, k, limit))
            .flatten();
    };
    let lower = tk.lower(k);
    let have = matches!(lower.as_ref(), "a" | "avait" | "aura" | "aurait");
    let be = matches!(lower.as_ref(), "est" | "était" | "sera" | "serait");
    // (Only a reflexive verb takes "être" here: "s'est-il félicité"; "est-il écrit dans un
    // rapport" is a passive with no speaker.)
    if be && !reflexive {
        return None;
    }
    if have || be {
        // A past participle after the auxiliary's inversion ("a-t-il élaboré").
        let p = c + 1;
        if !word(p) {
            return None;
        }
        let w = tk.lower(p);
        let participle = [
            "é", "ée", "és", "ées", "i", "is", "it", "u", "ue", "us", "t",
        ]
        .iter()
        .any(|e| w.ends_with(e));
        if !participle || perceives(&w) || tk.is_function_word(p) {
            return None;
        }
        return Some(VerbHit {
            lemma: "",
            tok: p,
            end: p + 1,
            clitic: Some(c),
            bare_participle: false,
        });
    }
    if tk.is_function_word(k)
        || perceives(&lower)
        || matches!(lower.as_ref(), "peut" | "pouvait" | "sont" | "ont")
    {
        return None;
    }
    Some(VerbHit {
        lemma: "",
        tok: k,
        end: c + 1,
        clitic: Some(c),
        bare_participle: false,
    })
}

/// [`unknown_inversion`] with a subject that is a person's name or a description of a person
/// instead of a pronoun: "« … », dépeint Jehnny Beth pour l'AFP", "« … », savoure Cécile
/// Roperh, 54 ans", "« … », rigole la comédienne". The verb at `k` is a word that can be a
/// finite verb: not a function word, a preposition or an adverb in "-ment", and ending as the
/// third person does (not a participle: "« Titre », signé Jean Dupont", "filmant le
/// ministre").
fn named_inversion(tk: &Tk<'_, '_>, k: usize, limit: usize) -> Option<VerbHit> {
    if k + 1 >= limit || tk.is_function_word(k) || tk.in_list(k, List::Prep) {
        return None;
    }
    let w = tk.lower(k);
    let finite = (w.ends_with('e') && !w.ends_with("ée") || w.ends_with('t') || w.ends_with('d'))
        && !w.ends_with("ment")
        && !w.ends_with("ant")
        && !perceives(&w)
        && !NOT_INVERTED_VERBS.contains(&w.as_ref());
    if !finite {
        return None;
    }
    let s = k + 1;
    // "rationalise Mme Bernay": a title before the name.
    let name_at = if is_title_abbrev(tk.tok(s)) {
        s + 1 + usize::from(s + 1 < limit && tk.tok(s + 1) == ".")
    } else {
        s
    };
    let subject = match tk.mention_at(name_at) {
        Some(m) => tk.mentions[m].first_token == name_at && tk.mentions[m].label == Label::PER,
        None => {
            matches!(tk.lower(s).as_ref(), "le" | "la" | "ce" | "cet" | "cette")
                && s + 1 < limit
                && is_person_noun(tk, s + 1)
        }
    };
    subject.then_some(VerbHit {
        lemma: "",
        tok: k,
        end: k + 1,
        clitic: None,
        bare_participle: false,
    })
}

/// Words before a name that look like a finite verb and are not one, or not one of speech
/// ([`named_inversion`]).
const NOT_INVERTED_VERBS: &[&str] = &[
    "comme",
    "entre",
    "contre",
    "outre",
    "avant",
    "pendant",
    "durant",
    "tout",
    "toute",
    "soit",
    "voire",
    "lorsque",
    "puisque",
    "quoique",
    "presque",
    "jusque",
    "quelque",
    "face",
    "grâce",
    "sauf",
    "excepté",
    "hormis",
    "parmi",
    "date",
    "devant",
    "derrière",
    "puis",
    "est",
    "était",
    "sont",
    "fait",
    "doit",
    "peut",
    "veut",
    "semble",
    "reste",
    "devient",
    "porte",
    "signe",
    "interprète",
    "incarne",
    "joue",
    "rejoint",
    "remplace",
    "succède",
    "épouse",
    "rencontre",
    "accompagne",
    "affronte",
    "bat",
    "quitte",
    "aime",
    "admire",
    "suit",
    "tue",
    "vise",
    "cite",
    "nomme",
    "reçoit",
    "soutient",
    "met",
];

/// "Un plan jugé « excessif » par le ministère", "des propos qualifiés d'« inacceptables » par
/// le gouvernement", "un média considéré comme « hostile » par les autorités": a participle of
/// judgment before the quote, the judge after "par" right after it.
fn judged_by(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    q: &Q,
    limit: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    if tk.doc.lang != Lang::Fr || q.s < 2 || q.e + 1 >= limit || tk.lower(q.e) != "par" {
        return None;
    }
    // The participle, perhaps with "de", "d'" or "comme" between it and the quote.
    let mut p = q.s - 1;
    if tk.byte(p) == b'\'' && p >= 2 && tk.lower(p - 1) == "d" {
        p -= 2;
    } else if matches!(tk.lower(p).as_ref(), "de" | "comme") {
        p -= 1;
    }
    let w = tk.lower(p);
    let stem = w.trim_end_matches('s').trim_end_matches('e');
    let judged = matches!(
        stem,
        "jugé" | "qualifié" | "considéré" | "estimé" | "décrit" | "présenté" | "surnommé" | "taxé"
    );
    if !judged || in_quote.at(p) || p < 2 {
        return None;
    }
    // A participle of an active past ("Il a estimé « qu'un million ont été pénalisées » par ce
    // mouvement") or of a reflexive ("Les sénateurs se sont considérés « court-circuités » par
    // cette annonce") has its own subject, and "par" belongs to the words judged.
    let aux = tk.lower(p - 1);
    let avoir = matches!(
        aux.as_ref(),
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"
    );
    let reflexive = (p.saturating_sub(4)..p).any(|i| matches!(tk.lower(i).as_ref(), "se" | "s"));
    if avoir || reflexive {
        return None;
    }
    let np = tk.np_forward(mentions, q.e + 1, limit)?;
    resolve(tk, mentions, np, Some("juger"), q.e, in_quote)
}

/// A form of a verb of reading, hearing or seeing (and "été"): what was read or heard ("« … »,
/// a-t-il entendu lors des dédicaces") has another speaker than the subject.
fn perceives(w: &str) -> bool {
    matches!(
        w,
        "été"
            | "lu"
            | "lit"
            | "lisait"
            | "entendu"
            | "entend"
            | "entendait"
            | "vu"
            | "voit"
            | "voyait"
            | "relayé"
            | "relaie"
            | "relayait"
            | "retweeté"
            | "partagé"
            | "partage"
            | "partageait"
    )
}

/// "Pour X, …": a clause-initial "pour" (or "for") and a noun phrase closed by a comma.
fn pour_x(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    lo: usize,
    end: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let mut k = lo;
    while k < end && k < lo + 3 && tk.is_punct(k) {
        k += 1;
    }
    // (After a headline's topic and its colon: "Coronavirus : pour Olivier Véran, « … »".)
    if let Some(c) = (k..end).rev().find(|&c| tk.byte(c) == b':') {
        let after = if c + 2 < end && matches!(tk.lower(c + 1).as_ref(), "mais" | "et") {
            c + 2
        } else {
            c + 1
        };
        if after < end && tk.lower(after) == "pour" {
            k = c + 1;
        }
    }
    // ("Mais pour l'adjoint parisien, …")
    if k + 1 < end && matches!(tk.lower(k).as_ref(), "mais" | "et") {
        k += 1;
    }
    if k >= end || tk.lower(k) != "pour" {
        return None;
    }
    let np = tk.np_forward(mentions, k + 1, end)?;
    // (An acronym in parentheses may close the phrase: "Pour l'association européenne des
    // numéros d'urgence (EENA), « … »".)
    let mut after = np.end;
    if after < end && tk.byte(after) == b'(' {
        if let Some(close) = (after + 1..(after + 6).min(end)).find(|&c| tk.byte(c) == b')') {
            after = close + 1;
        }
    }
    // (A relative clause may close it too, when "Pour" opens the sentence: "Pour le médecin
    // légiste qui a examiné l'homme, « … »".)
    if after < end && tk.toks[k].upper_initial && tk.lower(after) == "qui" {
        if let Some(c) = (after + 1..(after + RELATIVE_REACH).min(end))
            .take_while(|&c| !in_quote.at(c) && !tk.ends_sentence(c))
            .find(|&c| tk.byte(c) == b',')
        {
            after = c;
        }
    }
    // ("Pour elle, « … »": the pronoun's referent.)
    let pronoun = np
        .class
        .is_some_and(|c| matches!(c, Class::PronounM | Class::PronounF));
    // ("Pour l'heure", "pour la première fois", "pour sa part", "pour la plupart des
    // substances": no description of a speaker.)
    let idiom = np.mention.is_none() && !pronoun && POUR_NOT_SPEAKER.contains(&&*tk.lower(np.head));
    if after < end
        && tk.byte(after) == b','
        && (np.mention.is_some() || np.start < np.head || pronoun)
        && np.class.is_none_or(|c| c != Class::NotSpeaker)
        && !idiom
    {
        return resolve(tk, mentions, np, Some("pour"), k, in_quote);
    }
    None
}

/// Heads of the phrases after "pour" that name a time, a share or a thing, not who speaks
/// ([`pour_x`]).
const POUR_NOT_SPEAKER: &[&str] = &[
    "heure",
    "moment",
    "instant",
    "fois",
    "part",
    "plupart",
    "année",
    "saison",
    "édition",
    "mesure",
    "mesures",
    "raison",
    "raisons",
    "fait",
    "faits",
    "affaire",
    "reste",
    "essentiel",
    "suite",
    "coup",
    "occasion",
    "jour",
    "semaine",
    "mois",
    "an",
    "période",
    "disque",
    "album",
    "film",
    "épisode",
    "épisodes",
    "garde",
    "acte",
    "gros",
];

/// How many tokens a relative clause after "Pour X" may run before its comma ([`pour_x`]).
const RELATIVE_REACH: usize = 16;

/// "selon X", "d'après X", "according to X", "dixit X" at `k`.
fn source_at(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    k: usize,
    limit: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let (classes, mut next) = tk.word(k, limit);
    let elided = next == k + 2;
    // Neither "d'" nor a source word (most tokens): nothing more to read.
    if !elided && !classes.has(Class::Source) {
        return None;
    }
    let w = tk.lower(k);
    let lemma = if elided && w == "d" && next < limit && tk.lower(next) == "après" {
        next += 1;
        if !tk.lex.is("d'après", Class::Source) {
            return None;
        }
        "d'après"
    } else if !classes.has(Class::Source) {
        return None;
    } else if !elided && w == "according" {
        if next < limit && tk.lower(next) == "to" {
            next += 1;
        } else {
            return None;
        }
        "according to"
    } else if w == "dixit" {
        "dixit"
    } else {
        "selon"
    };
    let mut np = tk.np_forward(mentions, next, limit)?;
    // "Selon la même source, François Hollande se serait montré « intraitable »": a name after
    // the phrase's comma that a word follows is the subject of the sentence, not a name in
    // apposition ("selon le procureur de Dijon, Eric Mathais, …" is one).
    if let Some(m) = np.mention {
        let (f, e) = (mentions[m].first_token, mentions[m].end_token);
        if f > next + 1 && tk.byte(f - 1) == b',' && e < limit && tk.toks[e].is_word() {
            np = tk.np_forward(mentions, next, f - 1)?;
        }
    }
    // "selon les cas", "selon le moment": "depending on", no source.
    if lemma == "selon" && np.mention.is_none() && NOT_SOURCES.contains(&tk.lower(np.head).as_ref())
    {
        return None;
    }
    // "Jean Raspail, qui se situait, selon ses mots, à « droite-droite »": the words of the
    // person the sentence named before. (With nobody named in it, "ses propos" is read as any
    // statement of someone's, below.)
    // (Someone's words: "mots", "termes", "propos" after a determiner, `det`.)
    // ("selon ses propres mots": the noun after the adjective.)
    let noun = if tk.lower(np.head) == "propres" && np.head + 1 < np.end {
        np.head + 1
    } else {
        np.head
    };
    let words =
        np.mention.is_none() && matches!(tk.lower(noun).as_ref(), "mots" | "termes" | "propos");
    let det = tk.lower(np.start);
    let own =
        words || np.mention.is_none() && matches!(tk.lower(noun).as_ref(), "dires" | "paroles");
    if own && matches!(det.as_ref(), "ses" | "son" | "leurs" | "leur") {
        let s = sentence_start(tk, k, 0, in_quote);
        let named = nearest(tk, mentions, k, in_quote, |m| m.label == Label::PER)
            .filter(|&m| mentions[m].first_token >= s);
        let by_name = |m: usize| {
            resolve(
                tk,
                mentions,
                mention_np(mentions, m),
                Some(lemma),
                k,
                in_quote,
            )
        };
        if let Some(m) = named {
            return by_name(m);
        }
        // "la conductrice sort de son véhicule « comme une furie », selon ses propres mots":
        // the person the sentence opens with.
        if tk.doc.lang == Lang::Fr {
            let subject = (s + 1..k)
                .take_while(|&j| !in_quote.at(j))
                .find(|&j| tk.is(j - 1, Class::Det) && is_person_noun(tk, j))
                // (The noun only: "la conductrice sort de son véhicule" has no verb a
                // phrase stops at.)
                .and_then(|j| tk.np_forward(mentions, j - 1, j + 1));
            if let Some(n) = subject.filter(|n| n.mention.is_none()) {
                return resolve(tk, mentions, n, Some(lemma), k, in_quote);
            }
        }
        // "Selon ses propres mots, c'est … qu'a vécu Alain Delon": the person named after it
        // in the sentence.
        let n = tk.toks.len();
        let e = tk.first_sentence_end(np.end, n).unwrap_or(n);
        let after = (np.end..e).find_map(|j| {
            tk.mention_at(j)
                .filter(|&m| mentions[m].label == Label::PER && mentions[m].first_token == j)
        });
        if let Some(m) = after.filter(|_| tk.doc.lang == Lang::Fr) {
            return by_name(m);
        }
    }
    // "selon les mots de Booba", "selon les termes mêmes du juge": whose words they are.
    let np = if words && det == "les" {
        let mut j = np.head + 1;
        if j < limit && tk.lower(j) == "mêmes" {
            j += 1;
        }
        let owner = match (j < limit).then(|| tk.lower(j)).as_deref() {
            Some("de") => tk.np_forward(mentions, j + 1, limit),
            Some("d") if j + 1 < limit && tk.byte(j + 1) == b'\'' => {
                tk.np_forward(mentions, j + 2, limit)
            }
            Some("du" | "des") => tk.np_forward(mentions, j, limit),
            _ => None,
        };
        owner.unwrap_or(np)
    } else {
        np
    };
    resolve(tk, mentions, np, Some(lemma), k, in_quote)
}

/// Nouns after "selon" that make it "depending on", not a source ("selon les cas").
const NOT_SOURCES: &[&str] = &[
    "cas",
    "moment",
    "moments",
    "période",
    "périodes",
    "saison",
    "saisons",
    "jour",
    "jours",
    "heure",
    "heures",
    "lieu",
    "lieux",
    "endroit",
    "endroits",
    "âge",
    "circonstances",
    "besoins",
    "modalités",
    "conditions",
    "règles",
    "critères",
    "profil",
    "profils",
    "niveau",
    "niveaux",
    "taille",
    "type",
    "types",
    "normes",
    "méthodes",
    "procédures",
    "principes",
    "habitudes",
    "goûts",
    "envies",
    "possibilités",
    "régions",
    "pays",
    "secteurs",
    "zones",
    "catégories",
    "scénarios",
    "hypothèses",
    "versions",
    "modèles",
];

/// The subject of verb `v`: its clitic, the noun phrase after it (inverted) or before it.
fn subject_of(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    v: &VerbHit,
    before_lo: Option<usize>,
    limit: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    // The inverted pronoun at `c` ("a-t-elle dit"), resolved for `v`.
    let clitic = |c: usize| {
        resolve(
            tk,
            mentions,
            pronoun_np(tk, c),
            Some(v.lemma),
            v.tok,
            in_quote,
        )
    };
    if let Some(c) = v.clitic {
        return clitic(c);
    }
    let vstart = {
        let mut s = v.tok;
        let lead = tk.verb_at(s).map_or(0, lead_words);
        if s >= before_lo.unwrap_or(0) + lead {
            s -= lead;
        }
        tk.group_start(s, before_lo.unwrap_or(0))
    };
    // A reflexive pronoun among tokens `r` ("s'est indigné", "se serait plaint"): no passive.
    let reflexive_in = |r: std::ops::Range<usize>| {
        r.into_iter().any(|k| {
            matches!(
                tk.lower(k).as_ref(),
                "s" | "se" | "me" | "m" | "te" | "nous" | "vous"
            )
        })
    };
    // A passive the group does not reach, after "été" or a subjunctive or future of "être"
    // ("que les résultats soient enfin dévoilés", "le projet a été annoncé lundi"): what is
    // said is no speaker; nobody here. (Not a reflexive: "il se serait plaint".)
    if tk.doc.lang == Lang::Fr
        && vstart > 0
        && matches!(
            tk.lower(vstart - 1).as_ref(),
            "été"
                | "soit"
                | "soient"
                | "sera"
                | "seront"
                | "serait"
                | "seraient"
                | "fut"
                | "furent"
        )
        && !reflexive_in(vstart.saturating_sub(4)..vstart - 1)
    {
        return None;
    }
    // A passive ("son activité est dénoncée par les militants"): the agent after "par" speaks,
    // not the subject; with no agent, nobody here. (Not a reflexive: "s'est indigné".)
    if tk.doc.lang == Lang::Fr && vstart < v.tok {
        let group = vstart..v.tok;
        let passive = group.clone().any(|k| {
            matches!(
                tk.lower(k).as_ref(),
                "est" | "sont" | "était" | "étaient" | "été" | "sera" | "seront" | "fut" | "furent"
            )
        }) && !reflexive_in(group);
        if passive {
            if v.end + 1 < limit && tk.lower(v.end) == "par" {
                let np = tk.np_forward(mentions, v.end + 1, limit)?;
                return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
            }
            return None;
        }
    }
    // "Le président a réagi sur son réseau, qualifiant … de « traîtres »": a present participle
    // after a comma has the subject of its clause.
    // ("… en France tout en s'inquiétant d'un « repli »": so does a gerund, "en" and a present
    // participle, after the clause's words.)
    if let Some(lo) = before_lo {
        // (The group starts at "en".)
        let gerund = tk.doc.lang == Lang::Fr && tk.lower(vstart) == "en";
        let b = if gerund && vstart > lo + 1 && tk.lower(vstart - 1) != "tout" {
            vstart
        } else {
            vstart.saturating_sub(1)
        };
        // The phrase right before a gerund (read once, for gerunds only).
        let np_before = gerund.then(|| tk.np_backward(mentions, b, lo)).flatten();
        // (A person named right before a gerund is its subject, read below: "a rappelé
        // Édouard Philippe en citant".)
        let person_before = np_before.is_some_and(|np| {
            np.mention
                .is_some_and(|m| mentions[m].label == Label::PER && mentions[m].end_token == b)
        });
        // (A reflexive participle too: "…, se disant « très émue »", "s'estimant".)
        let reflexive = tk.doc.lang == Lang::Fr
            && v.clitic.is_none()
            && v.tok > 0
            && (tk.lower(v.tok - 1) == "se"
                || v.tok > 1 && tk.byte(v.tok - 1) == b'\'' && tk.lower(v.tok - 2) == "s");
        if (v.bare_participle || gerund || reflexive)
            && tk.lower(v.tok).ends_with("ant")
            && vstart > lo + 1
            && (gerund && !person_before || tk.byte(vstart - 1) == b',')
        {
            // "a indiqué Volker Bouffier, se disant": the person an inverted verb names right
            // before the comma.
            if reflexive {
                let named = tk.mention_at(b.saturating_sub(1)).filter(|&m| {
                    let f = mentions[m].first_token;
                    mentions[m].label == Label::PER
                        && mentions[m].end_token == b
                        && f > lo
                        && tk.verb_at(f - 1).is_some()
                });
                if let Some(m) = named {
                    let np = mention_np(mentions, m);
                    return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
                }
            }
            // A gerund after a speech verb has that verb's speaker ("a rétorqué Vic Reynolds,
            // en assurant").
            if gerund {
                if let Some(f) = verb_backward(tk, mentions, lo, b, false, in_quote) {
                    return Some(f);
                }
            }
            let k = (lo..b).find(|&k| {
                tk.toks[k].is_word() && (tk.in_list(k, List::FiniteAux) || tk.verb_at(k).is_some())
            });
            // (A gerund whose clause shows no such verb, or no subject before it, reads as
            // before: its subject is the phrase right before it.)
            if let Some(k) = k {
                // "…, a-t-elle expliqué, précisant : « … »": the clause's inverted pronoun.
                if let Some(c) = tk.verb_forward(k, b, false).and_then(|w| w.clitic) {
                    return clitic(c);
                }
                // ("Le sujet avait été abordé par Emmanuel Macron, disant …": the agent of a
                // passive that a thing is the subject of.)
                // (From the start of the verb's group: not "s'" nor "ne" in the phrase, "Le
                // président du MoDem s'est félicité".)
                let found = tk
                    .np_backward(mentions, tk.group_start(k, lo), lo)
                    .map(|np| match passive_after(tk, mentions, k, b) {
                        Some(Some(agent)) if is_thing(tk, mentions, &np) => agent,
                        _ => np,
                    })
                    .and_then(|np| resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote));
                if found.is_some() || !gerund {
                    return found;
                }
            } else if !gerund
                || np_before
                    .is_none_or(|np| np.mention.is_some_and(|m| mentions[m].label == Label::LOC))
            {
                // (A gerund with no verb before it in its clause reads on unless a place is
                // right before it: "auquel Lionel Jospin réserve des mots bienveillants tout en
                // avertissant", but not "… en France tout en s'inquiétant".)
                return None;
            }
        }
    }
    // "Mitch McConnell deflected questions before saying, “…”", "Bernie Sanders compared
    // himself to Clinton, saying, “…”": an English gerund after a comma or a preposition of
    // time or means has the subject of its clause.
    if let Some(lo) = before_lo {
        if tk.doc.lang == Lang::En
            && v.bare_participle
            && tk.lower(v.tok).ends_with("ing")
            && vstart > lo + 1
            // (Also after a statement noun: "the Security Council issued a statement calling …".)
            && gerund_link(tk, vstart - 1)
        {
            // ("Mateen left early, Nefzi said, adding, “…”": the speaker of the clause.)
            if tk.byte(vstart - 1) == b',' {
                if let Some(f) = verb_backward(tk, mentions, lo, vstart - 1, false, in_quote) {
                    return Some(f);
                }
            }
            return gerund_subject(tk, mentions, lo, vstart - 1, in_quote)
                .and_then(|np| resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote));
        }
    }
    // "Le maire a dénoncé la décision. Et d'ajouter : « … »", "Tout en notant qu'il y avait
    // eu « … »": a sentence opened by a narrative infinitive or a gerund goes on with the
    // subject of the sentence before (a quote there is left to the quote's own speaker).
    // (Not "Tout en reconnaissant les faits, les autorités avaient …": a comma between the
    // verb and the quote, and the sentence's subject comes after it.)
    if before_lo.is_some() && tk.doc.lang == Lang::Fr && !(v.end..limit).any(|k| tk.byte(k) == b',')
    {
        if let Some(f) = narrative_subject(tk, mentions, v, in_quote) {
            return Some(f);
        }
    }
    // "Comme le souligne X", "comme l'a dit X": the subject comes after the verb.
    let comme = vstart >= 2
        && tk.lower(vstart - 2) == "comme"
        && matches!(tk.lower(vstart - 1).as_ref(), "le" | "l");
    // Normal order before the quote: "X a déclaré : «…»", "X estime que «…»".
    if let Some(lo) = before_lo.filter(|_| !comme) {
        // "Olivier Faure, qui a dénoncé la « bourde »": the relative's antecedent; the
        // person of an apposition before it ("Patrick Solera, président de la FSDL, qui
        // conteste"), else the phrase right before the comma.
        // (Or right after the name: "Hugues Renson qui lui a rappelé".)
        if vstart > lo + 2
            && tk.lower(vstart - 1) == "qui"
            && (tk.byte(vstart - 2) == b','
                || tk.mention_at(vstart - 2).is_some_and(|m| {
                    mentions[m].label == Label::PER && mentions[m].end_token == vstart - 1
                }))
            && tk.doc.lang == Lang::Fr
        {
            // (The cue is the name: not the whole segment before the comma; without a comma,
            // the name right before: "à l'instar de Nicolas Dupont-Aignan qui dénonce".)
            let before = tk
                .mention_at(vstart - 2)
                .filter(|_| tk.byte(vstart - 2) != b',');
            let person = before
                .or_else(|| {
                    tk.np_backward(mentions, vstart - 1, lo)
                        .and_then(|np| np.mention)
                })
                .filter(|&m| mentions[m].label == Label::PER)
                .map(|m| mention_np(mentions, m));
            if let Some(np) = person.or_else(|| tk.np_backward(mentions, vstart - 2, lo)) {
                return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
            }
        }
        // The phrase right before the verb: its subject in normal order.
        let before_verb = tk.np_backward(mentions, vstart, lo);
        // "Plus de 18 millions de masques ont été distribués depuis le début de la crise, a
        // indiqué dimanche sa présidente Valérie Pécresse à la veille d'un déconfinement qui
        // représente « … »": a verb after a comma that closes a clause of its own, with a
        // subject after it, is an inverted incise; the phrase before the comma is no subject.
        // (The clause is the writer's, not a quote this verb is the incise of; the verb is
        // finite, not "en remerciant M. Ménard"; the quote is in the verb's sentence; a paper's
        // "rapporte" names where the facts were read; the subject after the verb is a person
        // or a description.)
        if tk.doc.lang == Lang::Fr
            && vstart > lo + 2
            && tk.byte(vstart - 1) == b','
            && !in_quote.at(vstart - 2)
            && !v.bare_participle
            && !tk.lower(v.tok).ends_with("ant")
            && !matches!(v.lemma, "rapporter" | "révéler")
            && !(v.end..limit).any(|k| tk.ends_sentence(k))
            // (Not the end of a relative clause: "Ces comédiens, qui ont porté plainte,
            // avaient accusé M. Morandini".)
            && !(lo..vstart - 1).any(|k| tk.lower(k) == "qui")
            && (lo..vstart - 1).any(|k| {
                tk.toks[k].is_word()
                    && !tk.toks[k].upper_initial
                    && !in_quote.at(k)
                    && (tk.in_list(k, List::FiniteAux) || imperfect_fr(&tk.lower(k)))
            })
            && before_verb
                .is_none_or(|np| np.mention.is_none_or(|m| mentions[m].label == Label::LOC))
        {
            let f = inverted_after_adverbials(tk, mentions, v, v.end, limit, in_quote);
            if let Some(f) = f.filter(|f| match f.who {
                Who::Mention(m) => mentions[m].label == Label::PER,
                Who::Description(_) => true,
                _ => false,
            }) {
                return Some(f);
            }
        }
        // "Une seule certitude, résume à l'AFP le colonel X, …: « … »", "Pourtant, rappelle
        // Ouest-France, …": a finite verb right after a comma with a person or a body after it
        // is an incise; the words before the comma are not its subject. (Not a relative
        // clause's end, "Ces comédiens, qui ont porté plainte, avaient accusé M. Morandini";
        // not "affirme la nécessité de …": a thing after the verb is its object.)
        if tk.doc.lang == Lang::Fr
            && vstart >= lo + 2
            && tk.byte(vstart - 1) == b','
            && !v.bare_participle
            && !tk.lower(v.tok).ends_with("ant")
            && !matches!(v.lemma, "rapporter" | "révéler")
            // (Not after a quote: "« … », a dit le chef du gouvernement depuis Matignon" is
            // read where that quote's cue is.)
            && !in_quote.at(vstart - 2)
            && !(lo..vstart - 1).any(|k| tk.lower(k) == "qui")
            // (Nobody named before the comma: "Paul Martin, président du club, remercie la
            // mairie" keeps its subject.)
            && !(lo..vstart - 1).any(|k| {
                !in_quote.at(k)
                    && tk
                        .mention_at(k)
                        .is_some_and(|m| mentions[m].label != Label::LOC)
            })
            // (Nor a woman or a group a pronoun stands for, "Elle défend son mari, décrit un
            // homme « fier »", "Les internautes, eux, dénoncent un comportement …"; "il" is
            // often impersonal: "Il faut porter des masques, a déclaré X".)
            && !(lo..vstart - 1).any(|k| {
                !in_quote.at(k)
                    && matches!(
                        tk.lower(k).as_ref(),
                        "elle" | "elles" | "eux" | "lui" | "tandis"
                    )
            })
        {
            // The subject right after the verb, or after its adverbials ("à l'AFP").
            let at = v.end;
            // (Not "de façon alarmante", "une nouvelle fois": adverbials.)
            let here = at < limit
                && (tk.is(at, Class::Det)
                    && !tk.toks[at].upper_initial
                    && !matches!(tk.tok(at), "d" | "de" | "du" | "des")
                    || tk.toks[at].upper_initial
                        && tk
                            .mention_at(at)
                            .is_some_and(|m| mentions[m].first_token == at));
            let np_here = here
                .then(|| tk.np_forward(mentions, at, limit))
                .flatten()
                .filter(|np| {
                    !(np.start..np.end.min(np.start + 3)).any(|k| is_time_noun(&tk.lower(k)))
                });
            let f = match np_here {
                Some(np) => resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote),
                None => inverted_after_adverbials(tk, mentions, v, at, limit, in_quote),
            };
            // (The subject closes the incise: a comma, a colon, a quote or the sentence's end
            // after it.)
            let closes = |e: usize| {
                e >= limit
                    || matches!(tk.byte(e), b',' | b':' | b'.' | b'"')
                    || in_quote.at(e)
                    || matches!(tk.tok(e), "«" | "“")
            };
            if let Some(f) = f.filter(|f| {
                closes(f.cue.1)
                    && match f.who {
                        // (A name in the phrase, an organization only when it is the subject
                        // named, not one in a person's role: "le patron des députés PS, Bruno
                        // le Roux"; else a description of a person or a body, not "résume le
                        // sentiment général".)
                        Who::Mention(m) => {
                            let first = mentions[m].first_token;
                            // (The head: the first word past the determiners.)
                            let head = (f.cue.0..f.cue.1)
                                .find(|&k| tk.toks[k].is_word() && !tk.is(k, Class::Det));
                            (f.cue.0..f.cue.1).contains(&first)
                                && (mentions[m].label == Label::PER
                                    || mentions[m].label == Label::ORG && first <= f.cue.0 + 1)
                                || head.is_some_and(|h| {
                                    is_person_noun(tk, h)
                                        || tk.is(h, Class::OrgNoun)
                                        || MEDIA_HEADS.contains(&tk.lower(h).as_ref())
                                })
                        }
                        Who::Description(_) => person_or_body(tk, f.cue),
                        _ => false,
                    }
            }) {
                return Some(f);
            }
        }
        if let Some(mut np) = before_verb {
            // "Michelle Rempel earlier this week called": a time phrase before the verb is no
            // subject; the subject is before it.
            if tk.doc.lang == Lang::En
                && np.end > np.head
                && is_time_noun_en(&tk.lower(np.end - 1))
                && matches!(
                    tk.lower(np.start).as_ref(),
                    "this" | "last" | "that" | "next"
                )
            {
                let mut s = np.start;
                while s > lo && matches!(tk.lower(s - 1).as_ref(), "earlier" | "later" | "also") {
                    s -= 1;
                }
                if let Some(before) = tk.np_backward(mentions, s, lo) {
                    np = before;
                }
            }
            // "Au cours des perquisitions, précise la gendarmerie, …": a phrase before a comma
            // that names nobody leaves the subject to come after the verb.
            // (The phrase opens the sentence; "selon X", "pour X" name a source.)
            let adverbial = tk.doc.lang == Lang::Fr
                && vstart > 0
                && tk.byte(vstart - 1) == b','
                && np.start == lo
                && tk.is(np.start, Class::NpStop)
                && !tk.is(np.start, Class::Det)
                && !tk.is(np.start, Class::Source)
                && tk.lower(np.start) != "pour";
            // "a rappelé les mesures déjà annoncées pour permettre « … »": a past participle
            // with no auxiliary after a thing qualifies it, and the thing says nothing.
            let qualifier = tk.doc.lang == Lang::Fr
                && v.clitic.is_none()
                && !tk.lower(v.tok).ends_with("ant")
                && tk
                    .verb_at(v.tok)
                    .is_some_and(|f| f.participle && tk.lower(v.tok) != f.lemma)
                && (np.end..v.tok).all(|k| {
                    is_adverb_fr(tk, k)
                        || matches!(tk.tok(k), "déjà" | "aussi" | "également" | "toujours")
                })
                && is_thing(tk, mentions, &np)
                // (A body is no thing; "le gouvernement italien ayant déjà annoncé" has its
                // auxiliary.)
                && !tk.is(np.head, Class::OrgNoun)
                && !(np.start..np.end).any(|k| matches!(tk.tok(k), "ayant" | "étant"));
            let found = resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote)
                .filter(|f| !(qualifier && matches!(f.who, Who::Description(_))));
            if found.is_some() || !adverbial {
                return found;
            }
        }
    }
    // A relative's verb has its subject before it: the words after it are its object ("un
    // responsable …, qui avait décrit un échange « fou »"), save the source a paper cites
    // ("D'après Le Parisien qui cite Laurent Djebali, « … »").
    if tk.doc.lang == Lang::Fr
        && vstart > 0
        && tk.lower(vstart - 1) == "qui"
        && !matches!(v.lemma, "citer" | "rapporter")
    {
        return None;
    }
    // Inverted: a subject right after the verb (not "que", not the quote).
    // "a assuré à Kinshasa le porte-parole": a place right after the verb is skipped.
    let mut at = v.end;
    if at + 1 < limit && matches!(tk.lower(at).as_ref(), "à" | "depuis" | "in" | "from") {
        if let Some(m) = tk.mention_at(at + 1) {
            let m = &mentions[m];
            if m.label == Label::LOC && m.first_token == at + 1 && m.end_token < limit {
                at = m.end_token;
            }
        }
    }
    // "estime, elle aussi, X", "a expliqué, de son côté, X": an adverbial between commas.
    if at + 3 < limit && tk.byte(at) == b',' && tk.doc.lang == Lang::Fr {
        let mut j = at + 1;
        if matches!(tk.lower(j).as_ref(), "lui" | "elle" | "eux" | "elles")
            && matches!(tk.lower(j + 1).as_ref(), "aussi" | "également")
        {
            j += 2;
        } else {
            for _ in 0..2 {
                match tk.group_adverbial(j, limit) {
                    0 => break,
                    n => j += n,
                }
            }
        }
        // "a déclaré, ému, le Premier ministre", "a déclaré, sur place, Laurent Nuñez": up to
        // three lower-case words and no verb between the commas, a subject after them.
        if j == at + 1 {
            let words = (at + 1..(at + 4).min(limit))
                .take_while(|&k| {
                    tk.toks[k].is_word()
                        && !tk.toks[k].upper_initial
                        && !tk.is(k, Class::Det)
                        && !tk.in_list(k, List::FrAux)
                        && !matches!(tk.tok(k), "qui" | "que" | "qu" | "il" | "elle" | "on")
                        // (A participle is an attribute there: "ému" is "s'émouvoir"'s.)
                        && (tk.verb_at(k).is_none() || {
                            let w = tk.tok(k).trim_end_matches('s');
                            let w = w.strip_suffix('e').unwrap_or(w);
                            w.ends_with(['é', 'u'])
                        })
                })
                .count();
            let c = at + 1 + words;
            if words > 0
                && c + 1 < limit
                && tk.byte(c) == b','
                // (A person or a body: "demandait, en urgence, une aide financière" names the
                // object.)
                && (tk.is(c + 1, Class::Det)
                    && !tk.toks[c + 1].upper_initial
                    && person_or_body(tk, (c + 2, (c + 4).min(limit)))
                    || tk.mention_at(c + 1).is_some_and(|m| {
                        mentions[m].label != Label::LOC && mentions[m].first_token == c + 1
                    })
                    // ("…, animée, Mme Schleier": a title before the name.)
                    || is_title_abbrev(tk.tok(c + 1)) && {
                        let n = if c + 2 < limit && tk.tok(c + 2) == "." { c + 3 } else { c + 2 };
                        n < limit
                            && tk.mention_at(n).is_some_and(|m| {
                                mentions[m].label == Label::PER && mentions[m].first_token == n
                            })
                    })
            {
                j = c;
            }
        }
        if j > at + 1 && j + 1 < limit && tk.byte(j) == b',' {
            at = j + 1;
        } else if j > at + 1
            && j < limit
            && tk
                .mention_at(j)
                .is_some_and(|m| mentions[m].label == Label::PER && mentions[m].first_token == j)
        {
            // (The second comma left out: "a estimé, pour sa part Daniel Cohn-Bendit".)
            at = j;
        }
    }
    // "estime de son côté le député", "a déclaré pour sa part X".
    for _ in 0..3 {
        match tk.group_adverbial(at, limit) {
            0 => break,
            n => at += n,
        }
    }
    // "a expliqué cette semaine X", "s'inquiétait la semaine dernière un dirigeant", "a
    // déclaré jeudi 4 juin X": a time phrase right after the verb is skipped.
    // (Only before a likely subject: "a lancé mercredi l'appel d'offres" has its subject
    // before the verb.)
    let tp = time_phrase(tk, at, limit);
    if tp > 0 && likely_subject(tk, at + tp, limit) {
        at += tp;
    }
    // "demanda timidement la jeune femme", "interrompit assez sèchement le baron": adverbs
    // between an inverted verb and its subject (in a story: news reads "analyse encore le
    // responsable" as a description where the speaker named before continues).
    if tk.story && before_lo.is_none() && tk.doc.lang == Lang::Fr {
        let mut k = at;
        while k < limit && k < at + 3 && is_adverb_fr(tk, k) {
            k += 1;
        }
        if k > at && k < limit && tk.toks[k].is_word() {
            at = k;
        }
    }
    if at < limit && !v.bare_participle && (before_lo.is_none() || tk.doc.lang == Lang::Fr) {
        let w = tk.lower(at);
        // (A name that opens with a capital particle is a name: "explique De Carolis".)
        let name = tk.toks[at].upper_initial
            && tk
                .mention_at(at)
                .is_some_and(|m| mentions[m].first_token == at && mentions[m].label == Label::PER);
        let bad = matches!(
            w.as_ref(),
            "que"
                | "qu"
                // ("ne souhaitait pas « … »", "Tout en condamnant …": no subject.)
                | "pas"
                | "plus"
                | "jamais"
                | "rien"
                | "tout"
                | "très"
                | "that"
                | "à"
                | "au"
                | "aux"
                | "en"
                | "de"
                | "sur"
                | "dans"
                | "to"
                | "in"
                | "on"
                | "of"
                | "it"
                | "this"
                | "ce"
                | "ça"
                | "cela"
                | ":"
                | ","
                | "."
                | "«"
                | "\""
                | "“"
        ) && !(w == "ce" && at + 1 < limit && demonstrative_person(tk, at + 1))
            // "a promis d'aller « plus loin »": an infinitive, not "ont dit d'autres élus".
            || w == "d"
                && at + 2 < limit
                && !tk.toks[at + 2].upper_initial
                && {
                    let x = tk.lower(at + 2);
                    ["er", "ir", "re", "oir"].iter().any(|e| x.ends_with(e))
                        && !matches!(x.as_ref(), "autre" | "entre" | "outre")
                }
            // "répétait encore il y a quelques jours la maire": a time phrase.
            || w == "il"
                && at + 2 < limit
                && tk.lower(at + 1) == "y"
                && tk.lower(at + 2) == "a"
            // A French preposition or day right after the verb starts no subject ("a abondé
            // auprès de l'AFP le président", "a dit lors d'un point presse X").
            || tk.doc.lang == Lang::Fr
                && before_lo.is_none()
                && tk.is(at, Class::NpStop)
                && !tk.is(at, Class::Det)
                && w != "par";
        if !bad || name {
            if let Some(np) = tk.np_forward(mentions, at, limit) {
                // Before the quote, the inverted subject must reach the quote or its colon, or
                // a medium it spoke to that does ("rappelle un policier à Ouest France :").
                if before_lo.is_none()
                    || np.end >= limit
                    || matches!(tk.byte(np.end), b':' | b',')
                    || spoke_to_medium(tk, mentions, np.end, limit)
                {
                    // "la chercheuse de l'Inserm (Institut national …) Vittoria Colizza": the
                    // person named after the brackets.
                    let np = match person_after_brackets(tk, mentions, &np, limit) {
                        Some(m) => mention_np(mentions, m),
                        None => np,
                    };
                    if let Some(f) = resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote) {
                        return Some(f);
                    }
                }
            }
        }
        let clause = matches!(
            w.as_ref(),
            "que" | "qu" | "de" | "d" | "si" | ":" | "," | "."
        );
        if before_lo.is_none() && tk.doc.lang == Lang::Fr && !clause {
            return inverted_after_adverbials(tk, mentions, v, at, limit, in_quote);
        }
    }
    None
}

/// "s'inquiète dans un communiqué la Sacem", "a déclaré mercredi sur France Inter le ministre",
/// "s'amuse encore l'élu": the subject of an inverted verb after adverbs, dates and
/// prepositional phrases. It starts with a determiner or a name that no preposition or link
/// word introduces, and runs to the end of the clause (a comma, or `limit`).
fn inverted_after_adverbials(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    v: &VerbHit,
    at: usize,
    limit: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    // A short phrase in brackets goes on with the clause: "a déclaré au Journal du dimanche
    // (JDD) le président", "le directeur des Centres … des maladies (KCDC), Jung Eun-kyeong".
    let close = |i: usize| {
        (i < limit && tk.byte(i) == b'(')
            .then(|| (i + 1..(i + 8).min(limit)).find(|&j| tk.byte(j) == b')'))
            .flatten()
    };
    let mut end = at;
    while end < limit {
        if let Some(c) = close(end) {
            end = c + 1;
        } else if tk.is_punct(end) && !matches!(tk.byte(end), b'\'' | b'-' | b'.') {
            break;
        } else {
            end += 1;
        }
    }
    let mut skip_to = at;
    for p in at..end.min(at + INVERTED_REACH) {
        // "il y a quelques jours": a time phrase, not a clause.
        if p + 2 < end && tk.tok(p) == "il" && tk.tok(p + 1) == "y" && tk.tok(p + 2) == "a" {
            skip_to = p + 3;
        }
        // (Nor are the words in brackets a subject.)
        if let Some(c) = close(p) {
            skip_to = c + 1;
        }
        if p < skip_to {
            continue;
        }
        let t = tk.toks[p];
        let prev = if p >= 2 && tk.byte(p - 1) == b'\'' {
            p - 2
        } else {
            p - 1
        };
        let before = tk.word(prev, end).0;
        let introduced = before.has(Class::Det)
            || before.has(Class::NpLink)
            || tk.in_list(prev, List::Prep)
            || tk.in_list(prev, List::SoftPrep);
        // Past another verb, a noun phrase is its object ("a expliqué avoir pris sa décision");
        // "au juge", "sur Twitter" are no verbs.
        if tk.in_list(p, List::FrAux)
            || matches!(tk.tok(p), "avoir" | "être" | "qui" | "que" | "qu")
            || !introduced && !t.upper_initial && tk.verb_at(p).is_some()
        {
            break;
        }
        // (The noun phrase at `at` itself was read before.)
        let starts = p > at
            && t.is_word()
            && (tk.word(p, end).0.has(Class::Det)
                && !t.upper_initial
                && !matches!(tk.tok(p), "d" | "de" | "du" | "des")
                || tk.mention_at(p).is_some_and(|m| {
                    mentions[m].first_token == p && mentions[m].label != Label::LOC
                }));
        if !starts || introduced {
            continue;
        }
        // (Read to `limit`: "la gouverneure de l'Alabama, Kay Ivey" names her after the comma.)
        let Some(np) = tk.np_forward(mentions, p, limit) else {
            continue;
        };
        // It reaches the end of the clause, or names a person ("le ministre Marc Fesneau pour
        // justifier …").
        let person = np.mention.is_some_and(|m| mentions[m].label == Label::PER)
            // "un adjoint à la maire de Paris": an indefinite noun of a person, before its
            // complement, with no one named after it ("la secrétaire d'État à l'Économie
            // Agnès Pannier-Runacher" is read on to her name).
            || np.head < np.end
                && matches!(tk.lower(np.start).as_ref(), "un" | "une")
                && is_person_noun(tk, np.head)
                && !(np.end..end).any(|k| {
                    tk.mention_at(k)
                        .is_some_and(|m| mentions[m].label == Label::PER)
                })
            // "la gendarmerie …, précisant que": a participle goes on with the same subject.
            || np.end < end && tk.lower(np.end).ends_with("ant") && tk.verb_at(np.end).is_some();
        // "s'est interrogée lundi la présidente du Rassemblement national après les
        // inondations", "a affirmé le chef de l'État en marge d'un déplacement": a noun of a
        // person before a phrase of time or occasion, with no one named in it.
        let time = |k: usize| {
            matches!(
                tk.lower(k).as_ref(),
                "après" | "avant" | "lors" | "pendant" | "depuis" | "dès"
            ) || k + 1 < end
                && match tk.lower(k).as_ref() {
                    "en" => tk.lower(k + 1) == "marge",
                    "au" => tk.lower(k + 1) == "lendemain",
                    "à" => {
                        k + 3 < end
                            && tk.byte(k + 2) == b'\''
                            && matches!(tk.lower(k + 3).as_ref(), "issue" | "occasion")
                    }
                    _ => false,
                }
        };
        let person = person
            || np.end < end
                && is_person_noun(tk, np.head)
                && time(np.end)
                && !(np.end..end).any(|k| {
                    tk.mention_at(k)
                        .is_some_and(|m| mentions[m].label == Label::PER)
                });
        // A phrase that ends at a bracket ends there ("le Service départemental d'incendie
        // et de secours (Sdis) de Côte-d'Or"), or names its person after it ("…des maladies
        // (KCDC), Jung Eun-kyeong").
        if let Some(m) = person_after_brackets(tk, mentions, &np, limit) {
            let np = mention_np(mentions, m);
            return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
        }
        if let Some(c) = close(np.end) {
            if c + 2 < limit && tk.byte(c + 1) == b',' {
                if let Some(m) = tk.mention_at(c + 2) {
                    if mentions[m].label == Label::PER && mentions[m].first_token == c + 2 {
                        return resolve(
                            tk,
                            mentions,
                            mention_np(mentions, m),
                            Some(v.lemma),
                            v.tok,
                            in_quote,
                        );
                    }
                }
            }
            return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
        }
        // A person or a body, then a phrase a preposition opens, with no verb, to the clause's
        // end: "a indiqué en milieu de matinée la préfecture de Seine-Maritime dans un
        // communiqué", "a reconnu dimanche la ministre de la Justice au micro du Grand Jury".
        // (Its own name, not a name in its complement: "l'élu de La République en marche à
        // l'ouverture des débats"; no person named after it, who is the speaker: "l'épidémiologiste
        // en chef du CDC, Wu Zunyou"; no participle before the phrase: "l'agence basée à
        // Amsterdam".)
        let trailing = np.end < end
            && (tk.in_list(np.end, List::SoftPrep)
                || matches!(
                    tk.lower(np.end).as_ref(),
                    "depuis" | "lors" | "pour" | "devant"
                ))
            && match np.mention {
                // (Nor the end of a longer phrase: "le président du groupe UDI-Agir à
                // l'Assemblée".)
                Some(m) => {
                    let f = mentions[m].first_token;
                    mentions[m].label != Label::LOC
                        && mentions[m].end_token == np.end
                        && !(f > 0
                            && (matches!(tk.lower(f - 1).as_ref(), "de" | "du" | "des" | "d")
                                || np.start == f
                                    && (tk.is(f - 1, Class::OrgNoun) || is_person_noun(tk, f - 1))))
                }
                // (A capital stands for a name given before: "l'Agence".)
                None if tk.toks[np.head].upper_initial => false,
                // (After a noun of a person, "à" and "en" mostly open its complement: "le
                // commissaire européen à la Gestion des crises", "cet étudiant en commerce".)
                None => {
                    tk.is(np.head, Class::OrgNoun)
                        || is_person_noun(tk, np.head)
                            && match tk.lower(np.end).as_ref() {
                                "à" | "en" | "aux" | "avec" | "chez" => false,
                                "au" => np.end + 1 < end && tk.lower(np.end + 1) == "micro",
                                _ => true,
                            }
                }
            }
            && !{
                let last = tk.lower(np.end - 1);
                let stem = last.trim_end_matches('s');
                let stem = stem.strip_suffix('e').unwrap_or(stem);
                !tk.toks[np.end - 1].upper_initial && stem.ends_with('é') && stem.len() > 4
            }
            && !(np.end..(end + 3).min(limit)).any(|k| {
                tk.mention_at(k).is_some_and(|m| {
                    mentions[m].label == Label::PER && mentions[m].first_token == k
                })
            })
            && !(np.end..end).any(|k| {
                tk.toks[k].is_word()
                    && !tk.toks[k].upper_initial
                    && (tk.in_list(k, List::FrAux)
                        || tk.in_list(k, List::FiniteAux)
                        || matches!(tk.tok(k), "qui" | "que" | "qu")
                        || tk.verb_at(k).is_some())
            });
        // (Or a medium it spoke to ends the clause: "a martelé mardi la ministre à BFMTV".)
        if np.end >= end
            || person
            || trailing
            || matches!(tk.lower(np.end).as_ref(), "qui" | "où" | "dont")
            || spoke_to_medium(tk, mentions, np.end, end)
        {
            return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
        }
    }
    // "a justifié auprès de CNEWS, Thomas Levet, directeur …": a person right after the comma;
    // "indique lundi matin, Météo-France": an organization.
    if end + 1 < limit && tk.byte(end) == b',' {
        if let Some(m) = tk.mention_at(end + 1) {
            if mentions[m].label != Label::LOC && mentions[m].first_token == end + 1 {
                let np = mention_np(mentions, m);
                return resolve(tk, mentions, np, Some(v.lemma), v.tok, in_quote);
            }
        }
    }
    None
}

/// The person named right after the brackets that close phrase `np` (a comma between at
/// most), when the phrase names nobody itself and its head is a noun of a person: "la
/// chercheuse de l'Inserm (Institut national de la santé et de la recherche médicale) Vittoria
/// Colizza".
fn person_after_brackets(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    limit: usize,
) -> Option<usize> {
    if np.end >= limit
        || tk.byte(np.end) != b'('
        || np.mention.is_some_and(|m| mentions[m].label == Label::PER)
        || !is_person_noun(tk, np.head)
    {
        return None;
    }
    let c = (np.end + 1..(np.end + 16).min(limit)).find(|&j| matches!(tk.byte(j), b')' | b'('))?;
    if tk.byte(c) != b')' {
        return None;
    }
    let k = if c + 1 < limit && tk.byte(c + 1) == b',' {
        c + 2
    } else {
        c + 1
    };
    tk.mention_at(k)
        .filter(|&m| mentions[m].label == Label::PER && mentions[m].first_token == k)
}

/// How many tokens after an inverted verb its subject may start ([`inverted_after_adverbials`]).
const INVERTED_REACH: usize = 14;

/// "révèle ce ministre", "confie ce fameux ministre": after a demonstrative, a noun of a person
/// ([`is_person_noun`], at most one adjective before it) or "dernier" (the latter), not "ce
/// mardi" or "ce que".
fn demonstrative_person(tk: &Tk<'_, '_>, k: usize) -> bool {
    if tk.lower(k) == "dernier" {
        return true;
    }
    let person =
        |i: usize| tk.toks[i].is_word() && !tk.toks[i].upper_initial && is_person_noun(tk, i);
    // "ce boulanger de 26 ans": an age makes a person of any noun.
    let aged = k + 3 < tk.toks.len()
        && tk.toks[k].is_word()
        && tk.tok(k + 1) == "de"
        && tk.toks[k + 2].kind == TokenKind::Number
        && tk.tok(k + 3) == "ans";
    person(k) || aged || k + 1 < tk.toks.len() && tk.toks[k].is_word() && person(k + 1)
}

/// True for a French object pronoun that may stand before a speech verb ("me dit-elle", "lui
/// répondit Paul", "m'écriai-je").
pub(super) fn is_object_clitic(tk: &Tk<'_, '_>, i: usize) -> bool {
    tk.doc.lang == Lang::Fr
        && tk.toks[i].is_word()
        && !tk.toks[i].upper_initial
        && matches!(
            tk.tok(i),
            "me" | "m" | "te" | "t" | "lui" | "nous" | "vous" | "leur"
        )
}

/// True for a French adverb that may stand between an inverted speech verb and its subject: a
/// lower-case word in -ment ("timidement", "sèchement") or an intensifier or time adverb.
fn is_adverb_fr(tk: &Tk<'_, '_>, i: usize) -> bool {
    let t = tk.toks[i];
    if !t.is_word() || t.upper_initial {
        return false;
    }
    let w = tk.tok(i);
    w.len() > 6 && w.ends_with("ment")
        || matches!(
            w,
            "assez"
                | "très"
                | "fort"
                | "alors"
                | "encore"
                | "aussitôt"
                | "enfin"
                | "ensuite"
                | "soudain"
                | "bas"
                | "haut"
        )
}

fn pronoun_class(tk: &Tk<'_, '_>, i: usize) -> Option<Class> {
    if tk.maitre(i) {
        return None;
    }
    let w = tk.classes(i);
    [
        Class::PronounM,
        Class::PronounF,
        Class::PronounPl,
        Class::NotSpeaker,
    ]
    .into_iter()
    .find(|&c| w.has(c))
}

/// Turns a subject noun phrase into a speaker.
fn resolve(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: Np,
    verb: Option<&'static str>,
    at: usize,
    in_quote: &InQuote<'_>,
) -> Option<Found> {
    let cue = (np.start, np.end);
    // "déclarait la semaine dernière au Huffpost l'un des …", "il y a deux mois, a dit le
    // ministre": a phrase of time says nothing.
    if tk.doc.lang == Lang::Fr
        && np.mention.is_none()
        && np.class.is_none()
        && np.end == np.head + 1 + usize::from(np.head + 1 < np.end && is_after_time(tk, np.head + 1))
        && is_time_noun(&tk.lower(np.head))
        // ("L'occasion pour le chef de l'État de …", "Une fois n'est pas coutume, Apple …" are
        // read on.)
        && !matches!(tk.lower(np.head).as_ref(), "fois" | "occasion" | "moment" | "période")
    {
        return None;
    }
    // "cet ex-LR", "l'ex-Miss France", "des députés ex-LREM": a person once of the body, not
    // the body (a description, as without the name).
    let np = match np.mention {
        Some(m)
            if mentions[m].label == Label::ORG
                && np.start + 2 <= mentions[m].first_token
                && tk.byte(mentions[m].first_token - 1) == b'-'
                && tk.lower(mentions[m].first_token - 2) == "ex" =>
        {
            Np {
                mention: None,
                ..np
            }
        }
        _ => np,
    };
    // "Une opinion partagée par Jean-Daniel Lévy, directeur …: « … »": the person who shares
    // the view speaks.
    if let Some(m) = np
        .mention
        .is_none()
        .then(|| shared_by(tk, mentions, np.head))
        .flatten()
    {
        return Some(Found {
            who: Who::Mention(m),
            cue: (mentions[m].first_token, mentions[m].end_token),
            verb,
            pronoun: false,
        });
    }
    // "selon les chiffres de la Sécurité routière", "les premiers résultats communiqués par le
    // parquet": figures speak for the body named with them; with none named, they are the
    // words of nobody the article names (not the organization named last).
    let np = if np.class == Some(Class::Statement) && is_document(tk, &np) {
        if let Some(who) = document_issuer(tk, mentions, &np, in_quote) {
            return Some(Found {
                who,
                cue,
                verb,
                pronoun: false,
            });
        }
        Np { class: None, ..np }
    } else {
        np
    };
    // "La direction de la SNCF a annoncé", "affirme le site du Point": the organization itself.
    if tk.doc.lang == Lang::Fr
        && np.mention.is_none()
        && matches!(tk.lower(np.head).as_ref(), "direction" | "site")
    {
        let body = np.complement.filter(|&c| {
            let cf = mentions[c].first_token;
            mentions[c].label == Label::ORG
                && mentions[c].end_token == np.end
                && cf > np.head + 1
                && cf <= np.head + 3
                && (np.head + 1..cf)
                    .all(|k| matches!(tk.lower(k).as_ref(), "de" | "du" | "la" | "l" | "'"))
        });
        if let Some(c) = body {
            return Some(Found {
                who: Who::Mention(c),
                cue,
                verb,
                pronoun: false,
            });
        }
    }
    // "peut-on lire dans le communiqué": with "on" only ("il a pu lire" reads, says nothing).
    if verb == Some("pouvoir lire") && tk.lower(np.start) != "on" {
        return None;
    }
    let who = match np.class {
        // "…," it said: an organization named before ("BC Hydro").
        Some(Class::NotSpeaker) if tk.lower(np.start) == "it" => {
            match nearest(tk, mentions, np.start, in_quote, |m| m.label == Label::ORG) {
                Some(m) => Who::Mention(m),
                None => Who::Nobody,
            }
        }
        // "a-t-on ajouté dans l'entourage du ministre", "indique-t-on à l'Élysée": "on" with
        // the place it speaks from.
        Some(Class::NotSpeaker) if tk.doc.lang == Lang::Fr && tk.lower(np.start) == "on" => {
            match on_source(tk, mentions, np.end.max(at + 1), in_quote) {
                Some(who) => who,
                // "pouvait-on lire sur une banderole": no cue here (the quote may go on from
                // the one before).
                None if verb == Some("pouvoir lire") => return None,
                None => Who::Nobody,
            }
        }
        Some(Class::NotSpeaker) => Who::Nobody,
        // "…, dénoncent les organisations. « … », ajoutent-elles": the plural group named as
        // the subject of a sentence just before.
        Some(Class::PronounPl) if tk.doc.lang == Lang::Fr => {
            plural_referent(tk, mentions, np.start, in_quote).unwrap_or(Who::Nobody)
        }
        Some(Class::PronounPl) => Who::Nobody,
        // "« … », est-il précisé dans le communiqué", "était-il écrit sur les affiches": an
        // impersonal passive (not "s'est-il inquiété"): the place it is written in, as with "on".
        Some(Class::PronounM)
            if tk.doc.lang == Lang::Fr
                && np.start >= 2
                && tk.tok(np.start - 1) == "-"
                && matches!(tk.lower(np.start - 2).as_ref(), "est" | "était")
                && !(np.start >= 3 && tk.byte(np.start - 3) == b'\'') =>
        {
            on_source(tk, mentions, np.end.max(at + 1), in_quote).unwrap_or(Who::Nobody)
        }
        Some(c @ (Class::PronounM | Class::PronounF)) => {
            let g = if c == Class::PronounM {
                Gender::M
            } else {
                Gender::F
            };
            pronoun_referent(tk, mentions, np.start, g, c, in_quote)
        }
        Some(Class::Statement) => statement_issuer(tk, mentions, &np, at, in_quote)?,
        // "a affirmé celui qui a refusé le César", "explique celle qui …": a person the
        // article has named, as a pronoun would be.
        _ if np.mention.is_none()
            && matches!(tk.lower(np.start).as_ref(), "celui" | "celle")
            && np.start + 1 < tk.toks.len()
            && tk.lower(np.start + 1) == "qui" =>
        {
            // ("confie celui qui était premier secrétaire du PS, Jean-Christophe Cambadélis":
            // the person named in apposition at the clause's end.)
            let lim = (np.start + 30).min(tk.toks.len());
            let e = tk.first_sentence_end(np.start, lim).unwrap_or(lim);
            let apposed = (np.start + 2..e)
                .filter(|&k| tk.byte(k) == b',')
                .find_map(|k| {
                    tk.mention_at(k + 1)
                        .filter(|&m| mentions[m].first_token == k + 1)
                })
                .filter(|&m| {
                    mentions[m].label == Label::PER
                        && (mentions[m].end_token >= e || !tk.toks[mentions[m].end_token].is_word())
                });
            match apposed {
                // (The name is the cue.)
                Some(m) => {
                    return Some(Found {
                        who: Who::Mention(m),
                        cue: (mentions[m].first_token, mentions[m].end_token),
                        verb,
                        pronoun: false,
                    });
                }
                // (A person only: not a description of a sentence before.)
                None => {
                    let (g, c) = if tk.lower(np.start) == "celui" {
                        (Gender::M, Class::PronounM)
                    } else {
                        (Gender::F, Class::PronounF)
                    };
                    match pronoun_referent(tk, mentions, np.start, g, c, in_quote) {
                        Who::Mention(m) => Who::Mention(m),
                        _ => Who::Nobody,
                    }
                }
            }
        }
        // "l'un des gendarmes", "l'une de ses collègues", "un de ses amis ex-LR", "l'un d'eux":
        // one of a group the article does not name; not the person named before ("l'un de ses
        // proches" was Emmanuel Macron), nor a body named in the group's complement.
        _ if member_of_group(tk, mentions, &np) => {
            if matches!(tk.lower(np.head).as_ref(), "eux" | "elles" | "entre") {
                // "l'un d'eux", "l'une d'entre elles": these words, without the article (the
                // group before them is too often another: "les deux hommes … l'un d'eux" after
                // "pompiers" read as "pompiers").
                let from = np.start + if tk.lower(np.start) == "l" { 2 } else { 0 };
                Who::Description(
                    tk.doc.text[tk.toks[from].start as usize..tk.toks[np.end - 1].end as usize]
                        .to_string(),
                )
            } else {
                description(tk, &np)?
            }
        }
        _ => match np.mention {
            // "Jordan said": a place that is the first name of a person in the article.
            Some(m) if mentions[m].label == Label::LOC && verb.is_some() => {
                let first = &tk.doc.text[mentions[m].start..mentions[m].end];
                // Within a bounded neighbourhood: linear on any input.
                let lo = m.saturating_sub(4 * REFERENT_MENTIONS);
                let hi = (m + 4 * REFERENT_MENTIONS).min(mentions.len());
                let person = mentions[lo..hi].iter().position(|p| {
                    p.label == Label::PER
                        && p.canonical.len() > first.len()
                        && p.canonical.starts_with(first)
                        && p.canonical.as_bytes()[first.len()] == b' '
                });
                Who::Mention(person.map_or(m, |i| lo + i))
            }
            Some(m) => Who::Mention(m),
            // "Ces derniers ont affirmé …": the group just named, as "ils" would be.
            None if tk.doc.lang == Lang::Fr
                && np.head == np.start + 1
                && np.end == np.head + 1
                && tk.lower(np.start) == "ces"
                && matches!(tk.lower(np.head).as_ref(), "derniers" | "dernières") =>
            {
                plural_people_before(tk, mentions, np.start, in_quote).unwrap_or(Who::Nobody)
            }
            None => match latter(tk, &np) {
                // "ce dernier", "cette dernière": the person or description just before.
                Some(g) => latter_referent(tk, mentions, np.start, g, in_quote)?,
                None => match demonstrative(tk, &np) {
                    // "a expliqué cette semaine X": no speaker here.
                    Some(None) if is_time_noun(&tk.lower(np.head)) => return None,
                    // "cette source", "cette association": the words themselves.
                    Some(None) => description(tk, &fuller_description(tk, mentions, np, in_quote))?,
                    d => match d
                        .flatten()
                        .and_then(|noun| demonstrative_indefinite(tk, mentions, noun, np.start))
                    {
                        Some(who) => who,
                        None => match definite_referent(tk, mentions, &np, in_quote).filter(|&m| {
                            // A demonstrative stands for a person named a few sentences back.
                            d.is_none() || mentions[m].end_token + DEMONSTRATIVE_REACH >= np.start
                        }) {
                            Some(m) => Who::Mention(m),
                            // "le Premier ministre": the one person of the article who has held
                            // the role.
                            None => match known_holder(tk, mentions, &np) {
                                Some(m) => Who::Mention(m),
                                None => description(
                                    tk,
                                    &fuller_description(tk, mentions, np, in_quote),
                                )?,
                            },
                        },
                    },
                },
            },
        },
    };
    let pronoun = matches!(np.class, Some(Class::PronounM | Class::PronounF));
    Some(Found {
        who,
        cue,
        verb,
        pronoun,
    })
}

/// Phrase `np` opens with "un de", "l'une des", "un d'" (French): its person is a member of a
/// group. Not when the phrase names that person ("l'un de ses avocats, Me Antoine Vey"), nor an
/// epithet for a person of the article ("l'une des actrices préférées des Français", "Elle est
/// l'une des rares voix démocrates"), nor a front page ("la Une de Libération").
fn member_of_group(tk: &Tk<'_, '_>, mentions: &[Mention], np: &Np) -> bool {
    if tk.doc.lang != Lang::Fr {
        return false;
    }
    let mut k = np.start;
    if k + 1 < np.end && tk.lower(k) == "l" && tk.byte(k + 1) == b'\'' {
        k += 2;
    }
    if k + 2 >= np.end || !matches!(tk.lower(k).as_ref(), "un" | "une") {
        return false;
    }
    let group = match tk.lower(k + 1).as_ref() {
        "de" | "des" => k + 2,
        "d" if tk.byte(k + 2) == b'\'' && k + 3 < np.end => k + 3,
        _ => return false,
    };
    // (A name's capital after "de": "la Une de Libération".)
    if tk.toks[group].upper_initial {
        return false;
    }
    // A person named in the phrase, not in a complement of the group's noun.
    let named = np.mention.is_some_and(|m| {
        let f = mentions[m].first_token;
        mentions[m].label == Label::PER
            && f > group
            && (tk.tok(f - 1) == ","
                || !(group..f).any(|i| matches!(tk.lower(i).as_ref(), "de" | "du" | "des" | "d")))
    });
    let epithet = (group..np.end).any(|i| {
        let w = tk.lower(i);
        w == "plus" || w.starts_with("préféré")
    });
    let copula = np.start > 0
        && matches!(
            tk.lower(np.start - 1).as_ref(),
            "est" | "était" | "fut" | "reste" | "demeure" | "devient" | "sera"
        );
    !named && !epithet && !copula
}

/// Nouns of people (besides roles) and bodies that a later "il"/"elle" can stand for.
const HUMAN_NOUNS: &[&str] = &[
    "proche",
    "proches",
    "membre",
    "source",
    "responsable",
    "représentant",
    "représentante",
    "expert",
    "experte",
    "spécialiste",
    "cadre",
    "collaborateur",
    "collaboratrice",
    "ami",
    "amie",
    "voisin",
    "voisine",
    "manifestant",
    "manifestante",
    "syndicaliste",
    "policier",
    "policière",
    "médecin",
    "enseignant",
    "enseignante",
    "salarié",
    "salariée",
    "riverain",
    "riveraine",
    "supporter",
    "manager",
    "direction",
    "entreprise",
    "société",
    "mairie",
    "official",
    "spokesman",
    "spokeswoman",
    "resident",
    "friend",
    "neighbour",
    "neighbor",
    "doctor",
    "teacher",
    "worker",
    "man",
    "woman",
];

/// The grammatical subject of the sentence `s..e` (a leading quote or prepositional phrase
/// skipped): a pronoun, a person named there, or a description of a person.
enum Subject {
    Pronoun(Class),
    Mention(usize),
    Description(Np),
    Other,
}

fn sentence_subject(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    s: usize,
    e: usize,
    in_quote: &InQuote<'_>,
) -> Subject {
    let toks = tk.toks;
    let mut k = s;
    while k < e && (tk.is_punct(k) || in_quote.at(k)) {
        // A quote is passed over at once.
        k = if in_quote.at(k) {
            in_quote.last_of(k) + 1
        } else {
            k + 1
        };
    }
    if k >= e {
        return Subject::Other;
    }
    if k > s && in_quote.at(k - 1) {
        // "« … », a déclaré X." / "« … », poursuit-il.": the subject follows the verb.
        return match tk.verb_forward(k, e, false) {
            Some(v) if v.clitic.is_some() => {
                pronoun_class(tk, v.clitic.unwrap_or(k)).map_or(Subject::Other, Subject::Pronoun)
            }
            Some(v) => match tk.np_forward(mentions, v.end, e) {
                Some(np) => match np.mention {
                    Some(m) if mentions[m].label == Label::PER => Subject::Mention(m),
                    _ => Subject::Other,
                },
                None => Subject::Other,
            },
            None => Subject::Other,
        };
    }
    k = past_leading_phrases(tk, k, e);
    if k >= e {
        return Subject::Other;
    }
    if let Some(c) = pronoun_class(tk, k) {
        return Subject::Pronoun(c);
    }
    let Some(np) = tk.np_forward(mentions, k, e) else {
        return Subject::Other;
    };
    if let Some(m) = np.mention {
        return if mentions[m].label == Label::PER {
            Subject::Mention(m)
        } else {
            Subject::Other
        };
    }
    if np.start < np.head
        && !toks[np.head].upper_initial
        && (tk.role(np.head).is_some() || tk.in_list(np.head, List::HumanNoun))
    {
        // "Leur avocate, Me Aude Denardaud, a confirmé": the person named in apposition.
        if let Some(m) = apposed_person(tk, mentions, np.end, e) {
            return Subject::Mention(m);
        }
        return Subject::Description(np);
    }
    // "Une vieille femme entra": the phrase ends with its noun of people.
    if tk.story && np.start < np.head && matches!(tk.lower(np.start).as_ref(), "un" | "une") {
        let new_person = |i: usize| NEW_PEOPLE.contains(&tk.lower(i).as_ref());
        if let Some(first) = (np.head..np.end.min(np.head + 2)).find(|&i| new_person(i)) {
            let mut end = first + 1;
            while end < np.end && new_person(end) {
                end += 1;
            }
            return Subject::Description(Np { end, ..np });
        }
    }
    Subject::Other
}

/// The first token after the leading phrases of a sentence that goes on to `e`, each up to
/// its comma, from `k`: "Dans un courrier, elle …", "Interrogé par X, il …", "Still, even with
/// her pension, Laurin …" (at most two).
fn past_leading_phrases(tk: &Tk<'_, '_>, mut k: usize, e: usize) -> usize {
    for _ in 0..2 {
        let lead = tk.is_function_word(k) || {
            let w = tk.lower(k);
            ["é", "ée", "és", "ées"].iter().any(|x| w.ends_with(x))
                // A phrase of time: "Lors d'une déclaration à son QG de campagne, X …".
                || tk.doc.lang == Lang::Fr
                    && matches!(w.as_ref(), "lors" | "pendant" | "dès")
                // A medium: "Sur France 2, Édouard Philippe, lui, n'en démord pas."
                || tk.doc.lang == Lang::Fr
                    && w == "sur"
                    && k + 1 < e
                    && tk.mention_at(k + 1).is_some_and(|m| {
                        let mm = &tk.mentions[m];
                        mm.first_token == k + 1 && tk.is_media(mm) && tk.byte(mm.end_token) == b','
                    })
                || tk.doc.lang == Lang::En
                    && (w.len() > 4 && w.ends_with("ly") || LEAD_ADVERBS_EN.contains(&w.as_ref()))
        };
        if !lead {
            break;
        }
        match (k + 1..e.min(k + 14)).find(|&i| tk.byte(i) == b',') {
            Some(c) if c + 1 < e => k = c + 1,
            _ => break,
        }
    }
    k
}

/// A person named in apposition at `c` (a comma) before `e`, after a title at most ("…,
/// Me Aude Denardaud, …"), and closed by a comma.
fn apposed_person(tk: &Tk<'_, '_>, mentions: &[Mention], c: usize, e: usize) -> Option<usize> {
    if c + 2 >= e || tk.byte(c) != b',' {
        return None;
    }
    let m = (c + 1..(c + 4).min(e))
        .take_while(|&k| tk.toks[k].upper_initial || tk.byte(k) == b'.')
        .find_map(|k| tk.mention_at(k).filter(|&m| mentions[m].first_token == k))?;
    let end = mentions[m].end_token;
    (mentions[m].label == Label::PER && end < e && tk.byte(end) == b',').then_some(m)
}

/// English sentence adverbs that open a leading phrase before the subject ("Still, …", "Even
/// with her pension, …").
const LEAD_ADVERBS_EN: &[&str] = &[
    "still",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "now",
    "then",
    "today",
    "also",
    "even",
    "indeed",
    "later",
    "earlier",
    "last",
    "this",
    "next",
    "once",
    "again",
    "so",
    "thus",
];

/// Nouns of people that an indefinite article brings into a story before any name ("Une vieille
/// femme entra. — Jeune homme, dit-elle": the old woman). With a definite article they go back
/// to someone named ("l'homme"), so they are not [`HUMAN_NOUNS`]; news, which names its people,
/// reads them as subjects only in stories (tried on all subjects: as many wrong as right).
const NEW_PEOPLE: &[&str] = &[
    "femme",
    "homme",
    "dame",
    "vieille",
    "vieillard",
    "fille",
    "garçon",
    "enfant",
    "inconnu",
    "inconnue",
    "étranger",
    "étrangère",
    "duègne",
    "servante",
    "domestique",
    "valet",
    "passant",
    "passante",
    "témoin",
    "habitant",
    "habitante",
    "retraité",
    "retraitée",
];

/// The group a French "ils"/"elles" at `p` stands for: the plural subject of its sentence or
/// of one of the [`PLURAL_SENTENCES`] before it in the paragraph or the one before ("Les
/// enquêteurs considèrent …", "…, dénoncent les organisations"), as a description, or an
/// organization named with a plural article ("Les Républicains").
fn plural_referent(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    p: usize,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    let plural_det = |k: usize| {
        let w = tk.lower(k);
        matches!(
            w.as_ref(),
            "les"
                | "des"
                | "ces"
                | "leurs"
                | "nos"
                | "plusieurs"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "onze"
                | "douze"
                | "quinze"
                | "vingt"
                | "trente"
                | "quarante"
                | "cinquante"
                | "cent"
        ) || tk.toks[k].kind == TokenKind::Number
    };
    // "une quinzaine de", "des centaines d'", "plus de 1.000", "près de 300": the first token
    // of the noun phrase the count is of.
    let counted = |k: usize, e: usize| -> Option<usize> {
        let w = tk.lower(k);
        let of = |j: usize| j + 1 < e && matches!(tk.lower(j).as_ref(), "de" | "d");
        if matches!(
            w.as_ref(),
            "un" | "une" | "la" | "des" | "plusieurs" | "quelques"
        ) && k + 1 < e
            && COUNT_NOUNS.contains(&tk.lower(k + 1).as_ref())
            && of(k + 2)
        {
            return Some(k + 3);
        }
        let about = matches!(w.as_ref(), "plus" | "près" | "moins") && of(k + 1);
        (about && k + 2 < e && tk.toks[k + 2].kind == TokenKind::Number).then_some(k + 3)
    };
    // A plural group at `k`: its description, or a named organization. (Not inside a quote:
    // "Et « trop souvent, des femmes sont remises à la rue », ajoutent-elles".)
    let group = |k: usize, e: usize| -> Option<Who> {
        if in_quote.at(k) {
            return None;
        }
        if let Some(j) = counted(k, e).filter(|&j| j < e) {
            let np = tk.np_forward(mentions, j, e)?;
            let np = Np { start: k, ..np };
            let head = tk.lower(np.head);
            return (np.mention.is_none() && !tk.toks[np.head].upper_initial && people_noun(&head))
                .then(|| description(tk, &np))
                .flatten();
        }
        if !plural_det(k) {
            return None;
        }
        // ("Vingt députés", "20 élus": the number stands as a determiner.)
        let mut np = if tk.is(k, Class::Det) || k + 1 >= e {
            tk.np_forward(mentions, k, e)?
        } else {
            Np {
                start: k,
                ..tk.np_forward(mentions, k + 1, e)?
            }
        };
        if let Some(m) = np.mention {
            return (mentions[m].label == Label::ORG).then_some(Who::Mention(m));
        }
        let head = tk.lower(np.head);
        let plural = head.ends_with('s') || head.ends_with('x') || tk.toks[np.head].all_caps;
        // A phrase that runs into its own verb ends there ("Les députés tirent la sonnette
        // d'alarme"); one that runs into an auxiliary or a speech verb is no group ("les
        // candidats seront interrogés").
        let aux_or_speech = |j: usize| tk.is(j, Class::Aux) || tk.verb_at(j).is_some();
        let first_verb = (np.head + 1..np.end).find(|&j| {
            let w = tk.lower(j);
            aux_or_speech(j)
                || w.ends_with("ent") && !tk.toks[j].upper_initial
                || matches!(w.as_ref(), "seront" | "serait" | "seraient" | "ne" | "n")
        });
        // (The group's own verb: a word in -ent, neither it nor the word after it an
        // auxiliary or a speech verb.)
        let own_verb = |j: usize| {
            !aux_or_speech(j)
                && tk.lower(j).ends_with("ent")
                && !(j + 1 < e && aux_or_speech(j + 1))
        };
        let verb_inside = first_verb.is_some_and(|j| !own_verb(j));
        if let Some(j) = first_verb.filter(|&j| own_verb(j)) {
            np.end = j;
        }
        if np.start < np.head
            && plural
            && !verb_inside
            && !tk.toks[np.head].upper_initial
            && people_noun(&head)
        {
            return description(tk, &np);
        }
        None
    };
    // The pronoun's own sentence first ("Les enquêteurs considèrent « … », ont-ils
    // indiqué"), then the ones before.
    sentences_back(tk, p, in_quote, |s, e| {
        // "…, dénoncent les organisations." at the sentence's end: a speaker before a subject.
        if let Some(at) = inverted_cue_subject_at(tk, s, e) {
            if let Some(w) = group(at, e) {
                return Some(w);
            }
        }
        let mut k = s;
        while k < e && (tk.is_punct(k) || in_quote.at(k)) {
            k = if in_quote.at(k) {
                in_quote.last_of(k) + 1
            } else {
                k + 1
            };
        }
        if k < e {
            if k > s && in_quote.at(k - 1) {
                // "« … », dénoncent les organisations."
                if let Some(v) = tk.verb_forward(k, e, false) {
                    if let Some(w) = (v.end < e).then(|| group(v.end, e)).flatten() {
                        return Some(w);
                    }
                }
            } else {
                // (After its leading phrases, a capitalized preposition or time word opening
                // one: "A la presse, les députés du nouveau groupe ont assuré …", "Mardi, …".)
                let opening = tk.toks[k].upper_initial
                    && (tk.is(k, Class::NpStop) || tk.tok(k) == "A")
                    && !tk.is_function_word(k);
                let after = match (k + 1..e.min(k + 14)).find(|&i| tk.byte(i) == b',') {
                    Some(c) if opening && c + 1 < e => past_leading_phrases(tk, c + 1, e),
                    _ => past_leading_phrases(tk, k, e),
                };
                if let Some(w) = group(k, e).or_else(|| (after > k).then(|| group(after, e))?) {
                    return Some(w);
                }
            }
        }
        None
    })
}

/// The first token of the subject of an inverted speech verb after a comma in the sentence
/// `s..e` ("…, précise la préfecture de Haute-Saône.", "…, dénoncent les organisations."),
/// the last such verb.
fn inverted_cue_subject_at(tk: &Tk<'_, '_>, s: usize, e: usize) -> Option<usize> {
    inverted_cue(tk, s, e).map(|v| v.end)
}

/// The verb of [`inverted_cue_subject_at`].
fn inverted_cue(tk: &Tk<'_, '_>, s: usize, e: usize) -> Option<VerbHit> {
    let v = (s + 1..e).rev().find_map(|j| {
        (tk.byte(j - 1) == b',')
            .then(|| tk.verb_forward(j, e, true))
            .flatten()
            .filter(|v| v.tok == j && v.clitic.is_none())
    })?;
    (v.end < e && tk.toks[v.end].is_word()).then_some(v)
}

/// For a French "il"/"elle" at `p` with no person of its gender named before: the
/// organization or the description, of that gender, that an inverted cue names in its
/// sentence or one of the [`PLURAL_SENTENCES`] before ("…, précise la préfecture. « … »,
/// a-t-elle ajouté"; "…, plaisante le serveur. « … », ajoute-t-il").
fn singular_speaker_before(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    p: usize,
    g: Gender,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    sentences_back(tk, p, in_quote, |s, e| {
        let v = inverted_cue(tk, s, e);
        // (A paper that reports is no institution that speaks: "rapporte le JDD".)
        let reports = v.as_ref().is_some_and(|v| {
            matches!(
                v.lemma,
                "rapporter"
                    | "révéler"
                    | "écrire"
                    | "relater"
                    | "raconter"
                    | "détailler"
                    | "lancer"
            )
        });
        if let Some(np) = v.and_then(|v| tk.np_forward(mentions, v.end, e)) {
            if det_gender(&tk.lower(np.start)) == Some(g) {
                match np.mention {
                    // (The article outside the name: not "rapporte Le Parisien".)
                    Some(m)
                        if mentions[m].label == Label::ORG
                            && np.start < mentions[m].first_token
                            && !reports =>
                    {
                        return Some(Who::Mention(m));
                    }
                    None if np.start < np.head
                        && !tk.toks[np.head].upper_initial
                        && (tk.role(np.head).is_some()
                            || tk.in_list(np.head, List::HumanNoun)
                            || tk.is(np.head, Class::OrgNoun)) =>
                    {
                        return description(tk, &np);
                    }
                    _ => {}
                }
            }
        }
        // An organization that opens the sentence after an article of the pronoun's gender
        // ("L'Académie française s'interroge … « … », répond-elle"; an elided article fits
        // either).
        let (gender, at) = match tk.lower(s).as_ref() {
            "le" => (Some(Gender::M), s + 1),
            "la" => (Some(Gender::F), s + 1),
            "l" if s + 1 < e && tk.byte(s + 1) == b'\'' => (None, s + 2),
            _ => return None,
        };
        if at >= e || gender.is_some_and(|x| x != g) {
            return None;
        }
        // (An organization's name starting at token `k`.)
        let org_at = |k: usize| {
            tk.mention_at(k)
                .filter(|&m| mentions[m].label == Label::ORG && mentions[m].first_token == k)
        };
        // ... or after a noun of bodies or media and its adjectives ("Le journal tabloïd
        // britannique The Sun a publié …", "L'ONG Human Rights Watch").
        let after_noun = || {
            (tk.is(at, Class::OrgNoun) || MEDIA_HEADS.contains(&tk.lower(at).as_ref()))
                .then(|| {
                    (at + 1..e.min(at + 5))
                        .find(|&k| tk.toks[k].upper_initial || !tk.toks[k].is_word())
                })
                .flatten()
                .and_then(org_at)
        };
        org_at(at).or_else(after_noun).map(Who::Mention)
    })
}

/// Calls `f` on the sentence holding token `p` (up to `p`), then on the [`PLURAL_SENTENCES`]
/// before it in its paragraph and the one before, and gives its first answer.
fn sentences_back(
    tk: &Tk<'_, '_>,
    p: usize,
    in_quote: &InQuote<'_>,
    mut f: impl FnMut(usize, usize) -> Option<Who>,
) -> Option<Who> {
    let seg = tk.doc.seg;
    let lo = seg.paragraphs[seg.paragraph_of(p).saturating_sub(1)].start;
    let mut e = p;
    for _ in 0..=PLURAL_SENTENCES {
        if e <= lo {
            break;
        }
        let mut s = sentence_start(tk, e - 1, lo, in_quote);
        // A line break ends a sentence too: a title or a heading has no full stop ("Les
        // commerçants accusent une baisse" after the title, then "Ils ont demandé …").
        if let Some(k) = (s + 1..e)
            .rev()
            .find(|&k| tk.toks[k].line_start && !in_quote.at(k))
        {
            s = k;
        }
        if let Some(who) = f(s, e) {
            return Some(who);
        }
        e = s;
    }
    None
}

/// The gender a French determiner gives its noun ("le", "une", "cette"...), if any.
fn det_gender(w: &str) -> Option<Gender> {
    match w {
        "le" | "un" | "ce" | "cet" => Some(Gender::M),
        "la" | "une" | "cette" => Some(Gender::F),
        _ => None,
    }
}

/// A plural noun of people or bodies that speak ("enquêteurs", "manifestants",
/// "signataires", "élus", "organisations"), not of things ("documents", "résultats").
fn people_noun(w: &str) -> bool {
    [
        "eurs", "euses", "ants", "antes", "istes", "iens", "iennes", "aires", "iers", "ières",
    ]
    .iter()
    .any(|x| w.ends_with(x))
        && !matches!(
            w,
            "commentaires"
                | "papiers"
                | "dossiers"
                | "quartiers"
                | "chantiers"
                | "courriers"
                | "calendriers"
                | "secteurs"
                | "moteurs"
                | "facteurs"
                | "valeurs"
                | "erreurs"
                | "heures"
                | "ailleurs"
                | "enfants"
                | "derniers"
                | "dernières"
                | "premiers"
                | "premières"
                | "entiers"
                | "milliers"
                | "centaines"
        )
        || matches!(
            w,
            "élus"
                | "élues"
                | "familles"
                | "parents"
                | "proches"
                | "membres"
                | "secours"
                | "organisations"
                | "associations"
                | "syndicats"
                | "autorités"
                | "juges"
                | "députés"
                | "maires"
                | "médecins"
                | "avocats"
                | "avocates"
                | "experts"
                | "salariés"
                | "employés"
                | "agents"
                | "responsables"
                | "dirigeants"
                | "témoins"
                | "victimes"
                | "élèves"
                | "frères"
                | "sœurs"
                | "soeurs"
                | "internautes"
                | "gendarmes"
                | "scientifiques"
                | "collectifs"
                | "partis"
                | "militaires"
                | "soldats"
                | "professionnels"
                | "citoyens"
                | "fans"
                | "supporters"
                | "ONG"
                | "urgentistes"
                | "pompiers"
                | "policiers"
                | "élèves-avocats"
                | "syndicalistes"
                | "spécialistes"
                | "chercheuses"
                | "hommes"
                | "femmes"
                | "jeunes"
                | "personnes"
                | "gens"
                | "candidats"
                | "candidates"
                | "magistrats"
                | "ministres"
                | "leaders"
                | "patrons"
                | "chefs"
                | "amis"
                | "voisins"
                | "riverains"
                | "fidèles"
                | "clients"
                | "usagers"
                | "passagers"
                | "sportifs"
                | "athlètes"
                | "jurés"
                | "couples"
                | "époux"
                | "suspects"
                | "détenus"
                | "otages"
                | "réfugiés"
                | "sinistrés"
                | "blessés"
                | "rescapés"
                | "cheminots"
                | "pilotes"
                | "marins"
                | "insoumis"
                | "républicains"
                | "démocrates"
                | "sages"
        )
}

/// Nouns that count a group ("une quinzaine de députés", "des milliers de manifestants").
const COUNT_NOUNS: &[&str] = &[
    "dizaine",
    "dizaines",
    "douzaine",
    "douzaines",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "centaines",
    "millier",
    "milliers",
    "poignée",
    "majorité",
    "groupe",
    "collectif",
];

/// How many sentences back [`plural_referent`] and [`singular_speaker_before`] look
/// ([`sentences_back`]).
const PLURAL_SENTENCES: usize = 3;

/// The start of the sentence holding token `p` (quotes inside it skipped), not before `lo`.
fn sentence_start(tk: &Tk<'_, '_>, p: usize, lo: usize, in_quote: &InQuote<'_>) -> usize {
    let mut k = p;
    while k > lo {
        if in_quote.at(k - 1) {
            // No token of a quote ends the sentence: the quote is passed over at once (a
            // pronoun after a long quote would walk back through all of it).
            k = in_quote.first_of(k - 1).max(lo);
            continue;
        }
        if tk.ends_sentence(k - 1) {
            break;
        }
        k -= 1;
    }
    k
}

/// What "il"/"elle" at token `p` stands for: a compatible person named earlier in its sentence;
/// else the subject of the sentences before it, following chains of the same pronoun ("Le
/// ministre assure … . Il promet … . « … », déclare-t-il"); else the nearest compatible person.
fn pronoun_referent(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    p: usize,
    g: Gender,
    class: Class,
    in_quote: &InQuote<'_>,
) -> Who {
    let seg = tk.doc.seg;
    let ok = |m: &Mention| m.label == Label::PER && m.gender.is_none_or(|x| x == g) && !tk.minor(m);
    let para = seg.paragraph_of(p);
    let lo = seg.paragraphs[para.saturating_sub(1)].start;
    let s0 = sentence_start(tk, p, lo, in_quote);
    let closest = nearest(tk, mentions, p, in_quote, ok);
    if let Some(m) = closest {
        if mentions[m].first_token >= s0 && !tk.after_preposition(mentions[m].first_token) {
            return Who::Mention(m);
        }
    }
    // The subject of its own sentence, when the person nearer stands after a preposition
    // ("Pour Jordan Bardella, la manifestation de soutien à Adama Traoré « … », a-t-il
    // expliqué"), before the subjects of the sentences before.
    if s0 < p {
        if let Subject::Mention(m) = sentence_subject(tk, mentions, s0, p, in_quote) {
            if ok(&mentions[m]) && mentions[m].first_token >= s0 {
                return Who::Mention(m);
            }
        }
    }
    let mut e = s0;
    let mut skipped = 0;
    while e > lo && skipped < 3 {
        let s = sentence_start(tk, e - 1, lo, in_quote);
        match sentence_subject(tk, mentions, s, e, in_quote) {
            Subject::Pronoun(c) if c == class => {}
            Subject::Mention(m) if ok(&mentions[m]) => return Who::Mention(m),
            Subject::Description(np) => {
                // "Un avis partagé par Roselyne Bachelot. « … », a-t-elle affirmé".
                if let Some(m) = shared_by(tk, mentions, np.head).filter(|&m| ok(&mentions[m])) {
                    return Who::Mention(m);
                }
                let dg = det_gender(&tk.lower(np.start)).or_else(|| tk.role(np.head).flatten());
                if dg.is_none_or(|x| x == g) {
                    if let Some(m) = described_person(tk, mentions, &np, in_quote) {
                        return Who::Mention(m);
                    }
                    if let Some(d) = description(tk, &np) {
                        return d;
                    }
                }
                skipped += 1;
            }
            _ => {
                // "Une colère partagée par Jean Veil, l'avocat de … . « … », a-t-il évoqué":
                // who shares the view.
                // (Found from its "par", after the participle: one comparison a word.)
                if let Some(m) = (s + 1..e)
                    .filter(|&k| {
                        tk.toks[k].end - tk.toks[k].start == 3
                            && tk.lower(k) == "par"
                            && !in_quote.at(k)
                            && tk.lower(k - 1).starts_with("partag")
                    })
                    .find_map(|k| {
                        (k.saturating_sub(6).max(s)..k - 1).find_map(|h| shared_by(tk, mentions, h))
                    })
                    .filter(|&m| ok(&mentions[m]))
                {
                    return Who::Mention(m);
                }
                // No subject to go by: the source of the sentence ("… selon un proche du
                // ministère. Il assure …"), a compatible person named in it ("…, said Daniel
                // Pryce, an analyst."), somebody unnamed a verb inverted after a comma brings in
                // ("« … », a raconté à l'AFP un pédiatre sur place. « … », a-t-il ajouté"), else
                // a chain through the same pronoun ("Selon elle, …").
                if let Some(np) = (s..e)
                    .find(|&i| !in_quote.at(i) && tk.is(i, Class::Source))
                    .and_then(|i| tk.np_forward(mentions, i + 1, e))
                {
                    match np.mention {
                        Some(m) if ok(&mentions[m]) => return Who::Mention(m),
                        None if np.start < np.head && tk.in_list(np.head, List::HumanNoun) => {
                            if let Some(d) = description(tk, &np) {
                                return d;
                            }
                        }
                        _ => {}
                    }
                }
                // (Not one in a clause after "que": "Au-delà de la « trahison », Christian
                // Jacob a estimé que Gérald Darmanin …")
                // (The clause follows a speech verb: "a estimé que X", not a noun or a cleft:
                // "la première fois que X", "C'est … que X a tenu".)
                let after_que = |m: &Mention| {
                    let f = m.first_token;
                    let que = if f >= 2 && tk.lower(f - 1) == "que" {
                        Some(f - 1)
                    } else if f >= 3 && tk.byte(f - 1) == b'\'' && tk.lower(f - 2) == "qu" {
                        Some(f - 2)
                    } else {
                        None
                    };
                    que.is_some_and(|k| tk.verb_at(k - 1).is_some())
                };
                if let Some(m) = nearest(tk, mentions, e, in_quote, |m| ok(m) && !after_que(m)) {
                    let f = mentions[m].first_token;
                    if f >= s && !tk.after_preposition(f) {
                        return Who::Mention(m);
                    }
                }
                // (Not when a name comes between: "…, a déclaré un porte-parole du média. … , a
                // déclaré Buzzfeed. « … », a-t-il souligné".)
                let named_since = || {
                    let lo = mentions.partition_point(|m| m.first_token < e);
                    mentions[lo..]
                        .iter()
                        .take_while(|m| m.first_token < p)
                        .any(|m| !in_quote.at(m.first_token))
                };
                if e == s0 || !named_since() {
                    if let Some(d) = inverted_speaker(tk, mentions, s, e, g, in_quote) {
                        return d;
                    }
                }
                let chain = (s..e)
                    .any(|i| !in_quote.at(i) && i != p && pronoun_class(tk, i) == Some(class));
                if !chain {
                    skipped += 1;
                }
            }
        }
        e = s;
    }
    // A story names many people once, in passing ("les romans d'Anne Radcliffe"), and speaks of
    // its characters by pronouns for pages: only a person named as the subject of a clause
    // within the last [`STORY_REACH`] bytes is a pronoun's fallback referent there.
    let closest = closest.filter(|&m| {
        !tk.story
            || !tk.after_preposition(mentions[m].first_token)
                && mentions[m].end + STORY_REACH >= tk.toks[p].start as usize
    });
    closest.map_or(Who::Nobody, Who::Mention)
}

/// The speaker of a speech verb inverted after a comma in the sentence `s..e`, outside quotes
/// ("« … », a raconté à l'AFP un pédiatre sur place", "…, a indiqué aux journalistes une
/// responsable de l'ambassade"), when it is an indefinite description whose determiner says
/// gender `g`.
/// (Not an inverted pronoun: "a-t-il dit" leaves the chain to [`pronoun_referent`].)
fn inverted_speaker(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    s: usize,
    e: usize,
    g: Gender,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    if tk.doc.lang != Lang::Fr {
        return None;
    }
    let k = (s + 1..e).find(|&k| {
        tk.byte(k - 1) == b','
            && !in_quote.at(k)
            && (tk.verb_at(k).is_some() || tk.in_list(k, List::FiniteAux))
    })?;
    let v = tk
        .verb_forward(k, e, true)
        .filter(|v| v.clitic.is_none() && v.inverted_subject_follows(tk, e))?;
    let f = subject_of(tk, mentions, &v, None, e, in_quote)?;
    match f.who {
        // An indefinite description brings in somebody the article does not name ("un
        // pédiatre", "une responsable de l'ambassade"); a definite one ("le PDG de Total")
        // mostly stands for a person it names, which the steps after this one find.
        Who::Description(_) => {
            let dg = match tk.lower(f.cue.0).as_ref() {
                "un" => Some(Gender::M),
                "une" => Some(Gender::F),
                _ => None,
            };
            (dg == Some(g) && person_or_body(tk, f.cue)).then_some(f.who)
        }
        Who::Mention(_) | Who::Nobody => None,
    }
}

/// French nouns of people whose grammatical gender says nothing of the person's ("la star",
/// "le mannequin"). (Not "la victime", "le témoin": mostly somebody the article does not
/// name.)
const EPICENE_FR: &[&str] = &[
    "star",
    "vedette",
    "célébrité",
    "recrue",
    "icône",
    "idole",
    "mannequin",
];

/// How far back, in bytes, a pronoun of a story reaches for its fallback referent
/// ([`pronoun_referent`]): about a page.
const STORY_REACH: usize = 2000;

/// How far back, in tokens outside quotes, a role of a place ("le député de l'Essonne") reaches
/// for the person named before it: a few sentences.
const PLACE_ROLE_REACH: usize = 80;

/// "l'élu", "la romancière de 41 ans", "the group": a definite description with no name stands
/// for the nearest person (or organization, for an organization noun) named before it.
fn definite_referent(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    in_quote: &InQuote<'_>,
) -> Option<usize> {
    if np.head == np.start {
        return None;
    }
    let det = tk.lower(np.start);
    let role = tk.role(np.head);
    let gender = match det.as_ref() {
        // (A story's "cette femme" is a character it has not named.)
        "ce" | "cet" | "cette" if tk.story => return None,
        // "la star", "le mannequin": a noun for a man or a woman whatever its gender.
        "le" | "ce" | "cet" | "la" | "cette"
            if EPICENE_FR.contains(&tk.lower(np.head).as_ref()) =>
        {
            None
        }
        "le" | "ce" | "cet" => Some(Gender::M),
        "la" | "cette" => Some(Gender::F),
        // "l'élue": the role's gender.
        "l" | "the" => role.flatten().or_else(|| match tk.doc.lang {
            Lang::Fr => noun_gender_fr(&tk.lower(np.head)),
            Lang::En => {
                noun_gender_en(&tk.lower(np.head)).or_else(|| noun_gender_en(&tk.lower(np.end - 1)))
            }
        }),
        _ => return None,
    };
    // A person of the description's gender.
    let person = |m: &Mention| {
        m.label == Label::PER && gender.is_none_or(|x| m.gender.is_none_or(|g| g == x))
    };
    // A role: the person introduced with it ("le président du Sénat"); a hyphenated one too
    // ("la porte-parole du gouvernement Sibeth Ndiaye"), which otherwise reads as any other
    // noun of people.
    if role.is_some() || tk.role_or_hyphenated(np.head).is_some() {
        if let Some(m) = role_referent(tk, mentions, np, gender, in_quote) {
            return Some(m);
        }
    }
    if role.is_some() {
        // A prosecutor or a judge is the last person named only when the article names that
        // person with such a word near ("Jean-François Ricard, procureur antiterroriste"),
        // not the victim or the accused ("…, abonde la procureure" after "Cécile Duflot").
        if is_judicial(&tk.lower(np.head)) {
            let m = nearest(tk, mentions, np.start, in_quote, person)?;
            let cluster = mentions[m].cluster;
            let n = tk.toks.len();
            let judicial_near = mentions.iter().filter(|x| x.cluster == cluster).any(|x| {
                (x.first_token.saturating_sub(8)..(x.end_token + 8).min(n))
                    .any(|k| is_judicial(&tk.lower(k)))
            });
            return judicial_near.then_some(m);
        }
    }
    // A role the lists know, held by a person of the article ("le ministre de l'Economie":
    // Bruno Le Maire), before the nearest person.
    if role.is_some() {
        if let Some(m) = known_holder(tk, mentions, np) {
            return Some(m);
        }
    }
    // "ce proviseur du lycée Paul-Éluard", "cette bénévole de l'association", "ce marchand de
    // jus d'orange posté derrière sa roulotte": a demonstrative with a noun of people (no role)
    // stands for the person named last, whatever words follow the noun. Not a source's noun:
    // "ce proche de Manuel Valls", "ce membre de l'équipe de François Fillon", "cet ancien
    // responsable de la Sous-direction antiterroriste" are people the article does not name.
    if role.is_none()
        && (np.complement.is_some() || np.end > np.head + 1)
        && matches!(det.as_ref(), "ce" | "cet" | "cette")
        && !(np.head..np.end)
            .take_while(|&i| !tk.is(i, Class::NpLink))
            .any(|i| {
                matches!(
                    tk.lower(i).as_ref(),
                    "proche"
                        | "membre"
                        | "responsable"
                        | "représentant"
                        | "représentante"
                        | "source"
                )
            })
    {
        return nearest(tk, mentions, np.start, in_quote, person);
    }
    if let Some(c) = np.complement {
        // A role of a place, after a person is named ("Valérie Pécresse. La présidente de la
        // région Île-de-France a plaidé", "a écrit le député des Bouches-du-Rhône"): that
        // person, when named a few sentences before.
        // (Not "le président du Rassemblement des musulmans de France": an organization's
        // role.)
        let lo = mentions.partition_point(|m| m.first_token < np.head);
        let org_inside = mentions[lo..]
            .iter()
            .take_while(|m| m.first_token < np.end)
            .any(|m| m.label == Label::ORG);
        // The place right after the role ("du Gard", "de la région Île-de-France", "du VIIe
        // arrondissement de Paris").
        let cf = mentions[c].first_token;
        let place_of_role = cf > np.head
            && cf <= np.head + 5
            && (np.head + 1..cf).all(|k| {
                !tk.toks[k].upper_initial || crate::entity::words::roman_ordinal(tk.tok(k))
            });
        if role.is_some() && mentions[c].label == Label::LOC && place_of_role && !org_inside {
            let m = nearest(tk, mentions, np.start, in_quote, person)?;
            // (Counted outside quotes: a long quote between is that person's, "François
            // Ruffin a taclé … « … », a fustigé le député LFI. « … », a dénoncé l'élu de la
            // Somme".)
            let gap = (mentions[m].end_token..np.start)
                .filter(|&k| !in_quote.at(k))
                .take(PLACE_ROLE_REACH + 1)
                .count();
            return (gap <= PLACE_ROLE_REACH).then_some(m);
        }
        // The role of a body right after a person is the subject of the sentence just before
        // ("Nicolas Dupont-Aignan n'a pas renoncé … Le président de Debout la France va plus
        // loin"): that person.
        if role.is_some() && mentions[c].label == Label::ORG && place_of_role {
            // (The phrase opens its sentence; the one before ends right before it.)
            let opens = np.start > 0 && tk.ends_sentence(np.start - 1);
            if opens {
                let s = sentence_start(tk, np.start - 1, 0, in_quote);
                if let Subject::Mention(m) = sentence_subject(tk, mentions, s, np.start, in_quote) {
                    if person(&mentions[m]) {
                        return Some(m);
                    }
                }
            }
        }
        return None;
    }
    // Short: the head and at most one adjective or a short complement ("de 41 ans").
    let words = (np.head..np.end).filter(|&i| tk.toks[i].is_word()).count();
    let head = tk.lower(np.head);
    let ht = tk.toks[np.head];
    // "l'ONG", "l'Irlandais": an acronym that is an organization noun, a demonym.
    let demonym = ht.upper_initial && tk.names.is_demonym(&head);
    let org_acronym = ht.all_caps && tk.is(np.head, Class::OrgNoun);
    // "l'Institut", "l'Agence": the institution named before with that word ("Institut
    // national de la santé …"), as a capital tells.
    let org_capital = ht.upper_initial && !ht.all_caps && tk.is(np.head, Class::OrgNoun);
    if words > 4
        || ht.upper_initial && tk.doc.lang == Lang::Fr && !demonym && !org_acronym && !org_capital
    {
        return None;
    }
    // The last of the [`REFERENT_MENTIONS`] before the phrase, outside quotes, that is `ok`
    // (even after a preposition).
    let last_before = |ok: &dyn Fn(&Mention) -> bool| {
        let std::ops::Range { start: lo, end: hi } = referent_range(mentions, np.start);
        mentions[lo..hi]
            .iter()
            .rposition(|m| ok(m) && !in_quote.at(m.first_token))
            .map(|i| lo + i)
    };
    // "la source proche du dossier", "la même source", "l'entourage", "le cabinet du maire":
    // somebody the article does not name, not the person named last.
    if matches!(
        head.as_ref(),
        "source" | "sources" | "entourage" | "cabinet"
    ) {
        return None;
    }
    // "l'hebdomadaire", "la chaîne": the medium named last, if any.
    if MEDIA_HEADS.contains(&head.as_ref()) {
        // (Not the news agency the paper quotes: "l'hebdomadaire" is Le Point, not the AFP
        // named since.)
        return last_before(&|m| {
            tk.is_media(m) && !is_platform(&m.canonical) && !is_news_agency(m.id.as_deref())
        });
    }
    if tk.is(np.head, Class::OrgNoun) {
        // "le gouvernement allemand": a nationality says which; no organization named before.
        // "l'enseigne Liddl": a name the lists do not know, no organization named before.
        if (np.head + 1..np.end)
            .any(|k| tk.names.is_demonym(&tk.lower(k)) || tk.toks[k].upper_initial)
        {
            return None;
        }
        // "le ministère", "la préfecture": an institution of that kind, named so ("ministère
        // de l'Intérieur"), not the paper that reported it; "le syndicat", "le groupe": the
        // nearest organization, even after a preposition ("jugée … par la Confédération
        // paysanne. « … », tranche le syndicat").
        let kind = org_capital || INSTITUTION_HEADS.contains(&head.as_ref());
        // (The word as written in a name: "ministère", "Ministère".)
        let capital: String = if kind {
            let mut c = head.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            String::new()
        };
        let has_word = |name: &str| name.contains(head.as_ref()) || name.contains(&*capital);
        // (Not the paper or the network that reported it: "l'association" is not Le Parisien,
        // "le groupe" is not Twitter.)
        return last_before(&|m| {
            m.label == Label::ORG
                && !tk.is_media(m)
                && (!kind || has_word(&tk.doc.text[m.start..m.end]) || has_word(&m.canonical))
        });
    }
    // English feature writing calls its subject by epithets ("says the affable proprietor",
    // "the laid-back Cambridge resident"): the person named most often so far, before a
    // person named once in passing nearer ("who like Montalban was born in Mexico").
    if tk.doc.lang == Lang::En {
        // "the father repeated into his phone": a relative of someone in the story is no epithet
        // of its main person, and with no name given the description is the speaker.
        // (Not with more words: "the 34-year-old mother of three" is an epithet.)
        if np.head == np.start + 1 && np.end == np.head + 1 && KIN_NOUNS_EN.contains(&head.as_ref())
        {
            return None;
        }
        // ("were greeted by an organizer … the organizer told them": somebody unnamed.)
        let lo = np.start.saturating_sub(120);
        let introduced = (lo + 1..np.start)
            .any(|k| tk.lower(k) == head && matches!(tk.lower(k - 1).as_ref(), "a" | "an"));
        if introduced {
            return None;
        }
        if let Some(m) = unquoting_person(tk, mentions, np.start, in_quote, person)
            .or_else(|| salient_person(mentions, np.start, in_quote, person))
        {
            return Some(m);
        }
    }
    nearest(tk, mentions, np.start, in_quote, person)
}

/// The person (`ok`) named last before token `at` in its paragraph, outside quotes, in a
/// sentence that quotes nobody: the one the story is telling of ("Campbell has cerebral palsy
/// … “…,” says the bow-tied maverick"; "insists 16-year-old Xander Wise, … “…,” says the
/// self-taught Cambridge resident"), not a speaker of the quote before ("“…,” says Campbell’s
/// partner, Jason Louth. … “One!” says the affable proprietor").
fn unquoting_person(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    at: usize,
    in_quote: &InQuote<'_>,
    ok: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let seg = tk.doc.seg;
    let para = seg.paragraphs.get(seg.paragraph_of(at))?.start;
    referent_range(mentions, at)
        .rev()
        .take_while(|&i| mentions[i].first_token >= para)
        .find(|&i| {
            let m = &mentions[i];
            ok(m)
                && !in_quote.at(m.first_token)
                && seg
                    .sentences
                    .get(seg.sentence_of(m.first_token))
                    .is_some_and(|s| !s.clone().any(|k| in_quote.at(k)))
        })
}

/// Nouns of a view that people share ("un avis partagé par X"): [`shared_by`].
const SHARED_VIEWS: &[&str] = &[
    "avis",
    "opinion",
    "position",
    "point",
    "constat",
    "analyse",
    "sentiment",
    "crainte",
    "colère",
    "inquiétude",
    "indignation",
    "diagnostic",
];

/// The person named right after "partagé(e)(s) par" that follows a noun of a view at token
/// `head` ("une opinion partagée par Jean-Daniel Lévy", "un point de vue partagé par la
/// première épouse du chanteur, Sylvie Vartan"): who holds it, the phrase's speaker.
fn shared_by(tk: &Tk<'_, '_>, mentions: &[Mention], head: usize) -> Option<usize> {
    if !SHARED_VIEWS.contains(&tk.lower(head).as_ref()) {
        return None;
    }
    let n = tk.toks.len();
    // The participle within a few words of the head ("point de vue partagé").
    let p = (head + 1..(head + 5).min(n)).find(|&k| tk.lower(k).starts_with("partagé"))?;
    if p + 2 >= n || tk.lower(p + 1) != "par" {
        return None;
    }
    // The person, after at most a few words of role ("la première épouse du chanteur,
    // Sylvie Vartan").
    (p + 2..(p + 10).min(n))
        .take_while(|&k| !matches!(tk.byte(k), b'.' | b':' | b'"') && !tk.toks[k].line_start)
        .find_map(|k| {
            tk.mention_at(k)
                .filter(|&m| mentions[m].label == Label::PER)
        })
}

/// English nouns of kinship: "the father" is somebody's father, no epithet
/// ([`definite_referent`]).
const KIN_NOUNS_EN: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "husband",
    "wife",
    "uncle",
    "aunt",
    "grandfather",
    "grandmother",
    "cousin",
    "nephew",
    "niece",
    "widow",
    "widower",
];

/// The last mention before token `at` of the person (`ok`) named most often before it, outside
/// quotes; ties go to the one named last.
fn salient_person(
    mentions: &[Mention],
    at: usize,
    in_quote: &InQuote<'_>,
    ok: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let hi = mentions.partition_point(|m| m.first_token < at);
    // Each cluster's count and last mention, in one pass.
    let mut seen: std::collections::HashMap<u32, (usize, usize)> = Default::default();
    for (i, m) in mentions[..hi].iter().enumerate() {
        if ok(m) && !in_quote.at(m.first_token) {
            let e = seen.entry(m.cluster).or_insert((0, i));
            *e = (e.0 + 1, i);
        }
    }
    seen.into_values()
        .filter(|&(n, _)| n >= 2)
        .max()
        .map(|(_, last)| last)
}

/// True for a news agency's list id (AFP, Reuters, AP...): no paper, channel or magazine.
fn is_news_agency(id: Option<&str>) -> bool {
    matches!(
        id,
        Some(
            "hand:org:afp"
                | "hand:org:reuters"
                | "hand:org:ap"
                | "hand:org:ansa"
                | "hand:org:anadolu"
                | "hand:org:belga"
                | "hand:org:dpa"
                | "hand:org:efe"
                | "hand:org:interfax"
                | "hand:org:kyodo"
                | "hand:org:ria-novosti"
                | "hand:org:tass"
                | "hand:org:xinhua"
        )
    )
}

/// True for a social network's name: a place where people write, not a paper that reports
/// ("sur Twitter" names no speaker; "le quotidien" is not Facebook).
fn is_platform(name: &str) -> bool {
    matches!(
        name,
        "Twitter"
            | "X"
            | "Facebook"
            | "Instagram"
            | "YouTube"
            | "Youtube"
            | "TikTok"
            | "Snapchat"
            | "LinkedIn"
    )
}

/// Frequent French finite verbs (modals and the like) that end a description read too far
/// ([`description`]).
const FINITE_STOPS: &[&str] = &[
    "veut",
    "veulent",
    "peut",
    "peuvent",
    "doit",
    "doivent",
    "semble",
    "semblent",
    "soit",
    "soient",
    "sera",
    "seront",
    "serait",
    "seraient",
    "font",
    "va",
    "vont",
    "vient",
    "viennent",
    "entend",
    "entendent",
    "avaient",
    "aura",
    "auront",
    "fut",
    "furent",
    "vit",
    "vivent",
    "viendra",
    "viendront",
    "devient",
    "deviennent",
    "reste",
    "restent",
    "continue",
    "continuent",
    "tient",
    "tiennent",
    "prend",
    "prennent",
    "compte",
    "comptent",
];

/// Nouns of a medium: "écrit l'hebdomadaire" is the paper named last.
const MEDIA_HEADS: &[&str] = &[
    "quotidien",
    "hebdomadaire",
    "journal",
    "magazine",
    "mensuel",
    "chaîne",
    "radio",
    "média",
    "newspaper",
    "paper",
    "broadcaster",
    "network",
    "outlet",
];

/// Organization nouns of an institution's kind: "le ministère" stands for an organization
/// named with the word ("ministère de l'Intérieur"), not for any organization before it.
/// ("l'agence", "l'hôpital" are not here: "Santé publique France", "l'AP-HP" are named without
/// the word.)
const INSTITUTION_HEADS: &[&str] = &[
    "ministère",
    "gouvernement",
    "mairie",
    "préfecture",
    "parquet",
    "tribunal",
    "cour",
    "commission",
    "conseil",
    "université",
    "ambassade",
    "assemblée",
    "sénat",
    "fédération",
    "ligue",
    "comité",
    "gendarmerie",
    "police",
    "ministry",
    "government",
    "court",
    "university",
    "embassy",
    "council",
];

/// For a description with a demonstrative ("ce", "cet", "cette"): its noun of a person ("ce
/// consultant", "cette lycéenne de 17 ans"), `Some(None)` when it names none ("cette source
/// policière", "cette semaine"); `None` without a demonstrative.
fn demonstrative(tk: &Tk<'_, '_>, np: &Np) -> Option<Option<usize>> {
    if !matches!(tk.lower(np.start).as_ref(), "ce" | "cet" | "cette") {
        return None;
    }
    Some(
        (np.head..np.end)
            .take_while(|&i| !tk.is(i, Class::NpLink))
            .find(|&i| is_person_noun(tk, i)),
    )
}

/// A noun of a person: a role, a noun of people that is not a source or a body ("source",
/// "direction", "mairie"), or one of the [`PEOPLE`] nouns of news.
fn is_person_noun(tk: &Tk<'_, '_>, i: usize) -> bool {
    if tk.role(i).is_some() {
        return true;
    }
    if tk.in_list(i, List::HumanNoun) {
        return !tk.is(i, Class::OrgNoun)
            && !matches!(
                tk.lower(i).as_ref(),
                "source" | "direction" | "entreprise" | "société" | "mairie" | "proches"
            );
    }
    tk.in_list(i, List::People)
}

/// Nouns of people that news names with a demonstrative once introduced ("cet homme de 72 ans",
/// "cette lycéenne"), and the trades and states news describes its witnesses by ("a expliqué
/// le proviseur", "raconte une sage-femme"), besides the entity stage's
/// [`crate::entity::words::APPOSITION_NOUNS`] and [`crate::entity::words::PROFESSIONS`], which
/// are people's nouns here too (the lexicon adds them). Hand-curated.
const PEOPLE: &[&str] = &[
    "consultant",
    "consultante",
    "adolescent",
    "adolescente",
    "instituteur",
    "institutrice",
    "victime",
    "pilote",
    "professionnelle",
    "professionnel",
    "agent",
    // Schools, care, rescue and the law.
    "proviseur",
    "proviseure",
    "directeur",
    "directrice",
    "élève",
    "écolier",
    "écolière",
    "sage-femme",
    "urgentiste",
    "pédiatre",
    "généraliste",
    "cardiologue",
    "pharmacien",
    "pharmacienne",
    "vétérinaire",
    "sapeur-pompier",
    "secouriste",
    "sauveteur",
    "enquêteur",
    "enquêtrice",
    "gardien",
    "gardienne",
    "surveillant",
    "surveillante",
    "détenu",
    "détenue",
    "prisonnier",
    "prisonnière",
    "accusé",
    "accusée",
    "prévenu",
    "prévenue",
    "suspect",
    "suspecte",
    "plaignant",
    "plaignante",
    "avocat",
    "avocate",
    "greffier",
    "greffière",
    "huissier",
    "fonctionnaire",
    "officier",
    // Trades and work.
    "boucher",
    "bouchère",
    "pêcheuse",
    "vigneron",
    "vigneronne",
    "maraîcher",
    "maraîchère",
    "apiculteur",
    "apicultrice",
    "chasseur",
    "chasseuse",
    "routier",
    "livreur",
    "livreuse",
    "conducteur",
    "conductrice",
    "cheminot",
    "contrôleur",
    "contrôleuse",
    "facteur",
    "factrice",
    "postier",
    "postière",
    "technicien",
    "technicienne",
    "entrepreneur",
    "entrepreneuse",
    "libraire",
    "reporter",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "moniteur",
    "monitrice",
    "éducateur",
    "éducatrice",
    "animateur",
    "animatrice",
    "militant",
    "militante",
    "stagiaire",
    "apprenti",
    "apprentie",
    // More trades and sciences.
    "dentiste",
    "marchand",
    "marchande",
    "plombier",
    "électricien",
    "électricienne",
    "menuisier",
    "maçon",
    "charpentier",
    "garagiste",
    "mécanicienne",
    "fleuriste",
    "pâtissier",
    "pâtissière",
    "épicier",
    "épicière",
    "buraliste",
    "forain",
    "foraine",
    "berger",
    "bergère",
    "paysan",
    "paysanne",
    "bûcheron",
    "jardinier",
    "jardinière",
    "informaticien",
    "informaticienne",
    "développeur",
    "développeuse",
    "médiateur",
    "médiatrice",
    "kinésithérapeute",
    "ambulancier",
    "ambulancière",
    "brancardier",
    "assistant",
    "assistante",
    "comptable",
    "banquier",
    "banquière",
    "courtier",
    "courtière",
    "juriste",
    "concierge",
    "ostréiculteur",
    "marin",
    "matelot",
    "navigateur",
    "navigatrice",
    "skipper",
    "aviateur",
    "aviatrice",
    "hôtesse",
    "camionneur",
    "coursier",
    "coursière",
    "vigile",
    "démineur",
    "plongeur",
    "plongeuse",
    "maîtresse",
    "puéricultrice",
    "nounou",
    "auxiliaire",
    "interne",
    "anesthésiste",
    "radiologue",
    "gynécologue",
    "obstétricien",
    "obstétricienne",
    "oncologue",
    "neurologue",
    "immunologue",
    "pneumologue",
    "dermatologue",
    "ophtalmologue",
    "psychanalyste",
    "psychothérapeute",
    "orthophoniste",
    "opticien",
    "opticienne",
    "chimiste",
    "astronome",
    "astrophysicien",
    "astrophysicienne",
    "archéologue",
    "paléontologue",
    "géologue",
    "sismologue",
    "volcanologue",
    "météorologue",
    "climatologue",
    "glaciologue",
    "océanographe",
    "botaniste",
    "zoologue",
    "entomologiste",
    "ornithologue",
    "primatologue",
    "ethnologue",
    "anthropologue",
    "démographe",
    "géographe",
    "urbaniste",
    "constitutionnaliste",
    "criminologue",
    "toxicologue",
    "addictologue",
    "nutritionniste",
    "diététicien",
    "diététicienne",
    "sexologue",
    "statisticien",
    "statisticienne",
    "théologien",
    "linguiste",
    "pédopsychiatre",
    "neuropsychiatre",
    "expert-comptable",
    "traducteur",
    "traductrice",
    "metteur",
    // States of life.
    "mari",
    "épouse",
    "veuf",
    "veuve",
    "fils",
    "fille",
    "frère",
    "sœur",
    "soeur",
    "oncle",
    "tante",
    "cousin",
    "cousine",
    "grand-mère",
    "grand-père",
    "parent",
    "maman",
    "papa",
    "enfant",
    "garçon",
    "fillette",
    "bébé",
    "nourrisson",
    "nonagénaire",
    "quadra",
    "quinqua",
    "senior",
    "automobiliste",
    "motard",
    "piéton",
    "piétonne",
    "usager",
    "usagère",
    "consommateur",
    "consommatrice",
    "spectateur",
    "spectatrice",
    "téléspectateur",
    "téléspectatrice",
    "internaute",
    "lecteur",
    "lectrice",
    "auditeur",
    "auditrice",
    "vacancier",
    "vacancière",
    "voyageur",
    "voyageuse",
    "passager",
    "passagère",
    "rescapé",
    "rescapée",
    "survivant",
    "survivante",
    "blessé",
    "blessée",
    "sinistré",
    "sinistrée",
    "réfugié",
    "réfugiée",
    "migrant",
    "migrante",
    "exilé",
    "exilée",
    "demandeur",
    "candidat",
    "candidate",
    "électeur",
    "électrice",
    "fidèle",
    "paroissien",
    "paroissienne",
    "supporteur",
    "fan",
    "sportif",
    "sportive",
    "joueur",
    "joueuse",
    "coéquipier",
    "coéquipière",
    "entraîneur",
    "arbitre",
    "héritier",
    "héritière",
    "quidam",
    "inconnu",
    "inconnue",
];

/// Who issued the statement `np` ("le communiqué", "la lettre du ministère"): the organization
/// or person of its complement, else the organization (or person) named last before it, else
/// the words themselves.
fn statement_issuer(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    at: usize,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    // "le communiqué de Matignon", "un sondage Odoxa": the name in the phrase.
    if let Some(m) = np
        .complement
        .or(np.mention)
        .filter(|&m| mentions[m].label != Label::LOC)
    {
        return Some(Who::Mention(m));
    }
    // "un communiqué de la préfecture de police": the body the complement names.
    if let Some(link) = (np.head + 1..np.end).find(|&k| tk.is(k, Class::NpLink)) {
        if let Some(c) = tk.np_forward(mentions, link + 1, np.end) {
            // (Not "de la Fondation": a name, which the organization named last gives whole.)
            if c.head < c.end
                && !tk.toks[c.head].upper_initial
                && (is_person_noun(tk, c.head) || tk.is(c.head, Class::OrgNoun))
            {
                // ("un courrier du ministre": the minister named before, if any.)
                return referent_or_description(tk, mentions, &c, in_quote);
            }
        }
    }
    // "says a document titled … on Canadian Pacific Railway's website": the organization whose
    // website holds it, named right after the phrase.
    if tk.doc.lang == Lang::En {
        if let Some(m) = website_owner(tk, mentions, np.end) {
            return Some(Who::Mention(m));
        }
    }
    // The organization named last, not a medium that reported the statement ("le courrier"
    // is not Le Parisien's), else the person named last; a person first for someone's own
    // words ("selon ses propos", "à ses dires").
    let before = np.start.min(at);
    let org = |m: &Mention| m.label == Label::ORG && !tk.is_media(m);
    let per = |m: &Mention| m.label == Label::PER;
    let head = tk.lower(np.head);
    let found = match head.as_ref() {
        "propos" | "dires" | "termes" => nearest(tk, mentions, before, in_quote, per)
            .or_else(|| nearest(tk, mentions, before, in_quote, org)),
        // A study, a poll, figures: an organization's, not the person named last.
        "étude" | "enquête" | "sondage" | "information" | "informations" => {
            nearest(tk, mentions, before, in_quote, org)
        }
        _ => nearest(tk, mentions, before, in_quote, org)
            .or_else(|| nearest(tk, mentions, before, in_quote, per)),
    };
    match found {
        Some(m) => Some(Who::Mention(m)),
        None => description(tk, np),
    }
}

/// How far back, in tokens, "ces derniers" finds its group ([`plural_people_before`]).
const LATTER_GROUP_REACH: usize = 80;

/// The people "ces derniers" at `p` stands for: the last plural phrase of people before it,
/// outside quotes, in its sentence or the one before ("incendié par les internautes. Ces
/// derniers …", "demandé à quatre professeurs des hôpitaux de Paris. Ces derniers"); not
/// things ("pour dénoncer leurs conditions de travail. Ces derniers" are the couriers before).
fn plural_people_before(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    p: usize,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    let lo = p.saturating_sub(LATTER_GROUP_REACH);
    // Back to the start of the sentence before.
    let s = sentence_start(tk, p, lo, in_quote);
    let s = if s > lo {
        sentence_start(tk, s - 1, lo, in_quote)
    } else {
        s
    };
    // ("quatre professeurs": a count, no determiner to the phrase.)
    let count = |k: usize| {
        tk.toks[k].kind == TokenKind::Number
            || matches!(tk.lower(k).as_ref(), "quatre" | "trois" | "deux")
    };
    let plural = |k: usize| {
        count(k)
            || matches!(
                tk.lower(k).as_ref(),
                "les" | "des" | "ces" | "leurs" | "ses" | "nos" | "plusieurs"
            )
    };
    (s..p)
        .rev()
        .filter(|&k| !in_quote.at(k) && plural(k))
        .find_map(|k| {
            // The phrase ends at a stop, a clause or a verb's clitic ("les maires se multiplient").
            let e = (k + 1..p)
                .find(|&j| {
                    in_quote.at(j)
                        || !tk.toks[j].is_word()
                        || matches!(
                            tk.lower(j).as_ref(),
                            "qui" | "que" | "qu" | "dont" | "se" | "s" | "ne" | "n"
                        )
                })
                .unwrap_or(p);
            let from = if count(k) { k + 1 } else { k };
            if from >= e {
                return None;
            }
            let np = tk.np_forward(mentions, from, e)?;
            let head = tk.lower(np.head);
            let people = np.head < np.end
                && !tk.toks[np.head].upper_initial
                && head.ends_with('s')
                && (is_person_noun(tk, np.head) || people_noun(&head));
            if people {
                description(tk, &np)
            } else {
                None
            }
        })
}

/// Phrase `np` (a statement) is figures or findings: "les chiffres", "les premiers résultats",
/// "un bilan", "des données", "les estimations", "les conclusions".
fn is_document(tk: &Tk<'_, '_>, np: &Np) -> bool {
    (np.head..np.end.min(np.head + 2))
        .find(|&k| tk.is(k, Class::Statement))
        .is_some_and(|k| is_figures(&tk.lower(k)))
}

/// A noun of statement that is figures or findings (lower case).
fn is_figures(w: &str) -> bool {
    matches!(
        w,
        "chiffres" | "résultats" | "données" | "bilan" | "estimations" | "conclusions"
    )
}

/// How far after figures' phrase "par" may name who gave them ([`document_issuer`]).
const ISSUER_REACH: usize = 6;

/// Who figures `np` come from when the text says so: a name in the phrase ("les chiffres de la
/// Sécurité routière", "un bilan de Météo-France"), or after "par" right after it ("communiqués
/// en janvier par le parquet de Paris", "transmis par la SNCF"), a name or a noun of people or
/// bodies.
fn document_issuer(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    if let Some(m) = np
        .complement
        .or(np.mention)
        .filter(|&m| matches!(mentions[m].label, Label::ORG | Label::PER))
    {
        return Some(Who::Mention(m));
    }
    let n = tk.toks.len();
    let lim = (np.end + ISSUER_REACH).min(n);
    let by = (np.head + 1..lim)
        .take_while(|&k| !in_quote.at(k) && !tk.ends_sentence(k) && tk.byte(k) != b',')
        .find(|&k| tk.lower(k) == "par")?;
    let end = tk
        .first_sentence_end(by + 1, (by + 12).min(n))
        .unwrap_or((by + 12).min(n));
    let c = tk.np_forward(mentions, by + 1, end)?;
    match c.mention {
        Some(m) if matches!(mentions[m].label, Label::ORG | Label::PER) => Some(Who::Mention(m)),
        Some(_) => None,
        // (Not a body the quote names: "diffusés par l'association « Regards citoyens »".)
        None if c.head < c.end
            && (is_person_noun(tk, c.head) || tk.is(c.head, Class::OrgNoun))
            && !in_quote.at(c.end) =>
        {
            referent_or_description(tk, mentions, &c, in_quote)
        }
        None => None,
    }
}

/// A phrase of people or of a body `c` in a statement's or figures' phrase: the person or body
/// named before it, else its words.
fn referent_or_description(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    c: &Np,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    match definite_referent(tk, mentions, c, in_quote) {
        Some(m) => Some(Who::Mention(m)),
        None => description(tk, c),
    }
}

/// How far after a statement's phrase, in tokens, its website's owner may be named
/// ([`website_owner`]).
const WEBSITE_REACH: usize = 16;

/// An organization named with "'s website" (or site, page, blog) within [`WEBSITE_REACH`]
/// tokens from token `from`, in the same sentence: "… on Canadian Pacific Railway's website".
fn website_owner(tk: &Tk<'_, '_>, mentions: &[Mention], from: usize) -> Option<usize> {
    let n = tk.toks.len();
    let end = (from + WEBSITE_REACH).min(n);
    let stop = (from..end)
        .find(|&k| matches!(tk.byte(k), b'.' | b'!' | b'?' | b'"') || tk.toks[k].line_start)
        .unwrap_or(end);
    let lo = mentions.partition_point(|m| m.first_token < from);
    mentions[lo..]
        .iter()
        .take_while(|m| m.first_token < stop)
        .position(|m| {
            let e = m.end_token;
            m.label == Label::ORG
                && e + 2 < n
                && tk.byte(e) == b'\''
                && tk.lower(e + 1) == "s"
                && matches!(
                    tk.lower(e + 2).as_ref(),
                    "website" | "site" | "page" | "blog"
                )
        })
        .map(|i| lo + i)
}

/// Where "on" speaks from, in the few words after its verb: "dans l'entourage de X" (that
/// description), "chez X", "à l'Élysée", "au ministère de l'Agriculture", "au sein de l'ONG",
/// "du côté de X" (that body or description), "dans le communiqué" (who issued it), "dans
/// L'Obs", "sur le compte de X" (the paper, the account's owner).
fn on_source(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    from: usize,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    let n = tk.toks.len();
    let lim = (from + 6).min(n);
    let mut k = from;
    while k < lim && !tk.is_punct(k) {
        // (The entourage is not the person: its description, "entourage du ministre"; "dans
        // son entourage": "entourage", as "selon son entourage" gives.)
        let entourage = |j: usize| j < n && tk.lower(j) == "entourage";
        if tk.lower(k) == "dans"
            && (entourage(k + 3)
                || entourage(k + 2) && matches!(tk.lower(k + 1).as_ref(), "son" | "leur"))
        {
            let np = tk.np_forward(mentions, k + 1, (k + 12).min(n))?;
            return description(
                tk,
                &Np {
                    mention: None,
                    ..np
                },
            );
        }
        // "peut-on lire dans le communiqué": who issued it; "dans Corse-Matin", "sur le site de
        // Gala", "sur le compte officiel de François Hollande": the paper, the account's owner.
        if matches!(tk.lower(k).as_ref(), "dans" | "sur") {
            if let Some(np) = tk.np_forward(mentions, k + 1, (k + 12).min(n)) {
                // (Not the platform: "sur Twitter".)
                let named = |m: usize| {
                    mentions[m].label != Label::LOC
                        && !is_platform(&tk.doc.text[mentions[m].start..mentions[m].end])
                };
                if tk.lower(k) == "dans" && tk.is(np.head, Class::Statement) {
                    return statement_issuer(tk, mentions, &np, k, in_quote);
                }
                if let Some(m) = np.mention.filter(|&m| named(m)) {
                    return Some(Who::Mention(m));
                }
                let outlet = matches!(
                    tk.lower(np.head).as_ref(),
                    "site" | "compte" | "page" | "blog" | "profil" | "fil"
                );
                if let Some(m) = np.complement.filter(|&m| outlet && named(m)) {
                    return Some(Who::Mention(m));
                }
            }
        }
        let start = match tk.lower(k).as_ref() {
            "chez" | "auprès" => Some(k + 1),
            "à" | "au" | "aux" => Some(k + 1),
            "sein" | "côté"
                if k + 1 < n && matches!(tk.lower(k + 1).as_ref(), "de" | "du" | "des") =>
            {
                Some(k + 1)
            }
            _ => None,
        };
        if let Some(s) = start {
            let s = tk.skip_determiners(s, (s + 3).min(n), n);
            let np = tk.np_forward(mentions, s, (s + 10).min(n))?;
            return match np.mention {
                Some(m) if mentions[m].label != Label::LOC => Some(Who::Mention(m)),
                _ if tk.is(np.head, Class::OrgNoun) => description(tk, &np),
                _ => None,
            };
        }
        k += 1;
    }
    None
}

/// A French day name, or "hier".
fn is_day_fr(w: &str) -> bool {
    matches!(
        w,
        "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche" | "hier"
    )
}

/// The length in tokens of a French time phrase at `at` that a subject follows before `limit`
/// ("cette semaine", "la semaine dernière", "l'an passé", "la veille", "jeudi soir", "mardi 4
/// juin 2019", "le 1er juin", "hier matin"), a comma after it included; 0 when there is none.
fn time_phrase(tk: &Tk<'_, '_>, at: usize, limit: usize) -> usize {
    if tk.doc.lang != Lang::Fr || at >= limit || !tk.toks[at].is_word() {
        return 0;
    }
    let w = |k: usize| {
        if k < limit {
            tk.lower(k)
        } else {
            Cow::Borrowed("")
        }
    };
    let number = |k: usize| k < limit && tk.toks[k].kind == TokenKind::Number || w(k) == "1er";
    let first = w(at);
    let mut n = match first.as_ref() {
        "ce" | "cet" | "cette" if is_time_noun(&w(at + 1)) => 2,
        "le" | "la" | "l" => {
            // (After "l", the apostrophe.)
            let noun = at + if first == "l" { 2 } else { 1 };
            let nw = w(noun);
            if matches!(nw.as_ref(), "veille" | "lendemain") {
                noun + 1 - at
            } else if (is_time_noun(&nw) || nw == "an")
                && matches!(
                    w(noun + 1).as_ref(),
                    "dernier" | "dernière" | "passé" | "passée" | "précédent" | "précédente"
                )
            {
                noun + 2 - at
            } else if first == "le" && number(at + 1) && is_month_fr(&w(at + 2)) {
                3
            } else {
                0
            }
        }
        d if is_day_fr(d) => {
            let mut k = at + 1;
            if matches!(
                w(k).as_ref(),
                "soir" | "matin" | "après-midi" | "midi" | "dernier" | "prochain"
            ) {
                k += 1;
            }
            if number(k) && is_month_fr(&w(k + 1)) {
                k += 2;
            }
            k - at
        }
        _ => 0,
    };
    if n == 0 {
        return 0;
    }
    // A year after a date ("le 4 juin 2019").
    if at + n < limit && tk.toks[at + n].kind == TokenKind::Number && is_month_fr(&w(at + n - 1)) {
        n += 1;
    }
    if at + n < limit && tk.byte(at + n) == b',' {
        n += 1;
    }
    // ("la veille de son procès X" is no time phrase followed by a subject.)
    if at + n < limit
        && tk.toks[at + n].is_word()
        && !matches!(w(at + n).as_ref(), "de" | "d" | "du" | "des")
    {
        n
    } else {
        0
    }
}

/// The noun phrase at `k` looks like a speaker: a name, or a noun of people, of a role or of
/// an organization after its determiners ("le ministre", "deux élus", "une clinique").
fn likely_subject(tk: &Tk<'_, '_>, k: usize, limit: usize) -> bool {
    let stop = (k + 4).min(limit);
    let mut h = tk.skip_determiners(k, stop, limit);
    while h < stop && (tk.toks[h].kind == TokenKind::Number || tk.lower(h).starts_with("autre")) {
        h += 1;
    }
    h < limit
        && tk.toks[h].is_word()
        && (tk.toks[h].upper_initial
            || tk.mention_at(h).is_some()
            || is_person_noun(tk, h)
            || tk.role_or_hyphenated(h).is_some()
            || tk.is(h, Class::OrgNoun))
}

/// A French month name.
fn is_month_fr(w: &str) -> bool {
    matches!(
        w,
        "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
    )
}

/// A word after a noun of time that keeps it a phrase of time ("la semaine dernière", "le
/// mois prochain").
fn is_after_time(tk: &Tk<'_, '_>, k: usize) -> bool {
    matches!(
        tk.lower(k).as_ref(),
        "dernier"
            | "dernière"
            | "derniers"
            | "dernières"
            | "prochain"
            | "prochaine"
            | "passé"
            | "passée"
            | "précédent"
            | "précédente"
            | "suivant"
            | "suivante"
    )
}

/// A French noun of time that may follow a verb with a demonstrative ("a déclaré cette semaine
/// X").
fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "semaine"
            | "année"
            | "mois"
            | "jour"
            | "matin"
            | "soir"
            | "nuit"
            | "week-end"
            | "après-midi"
            | "fois"
            | "occasion"
            | "moment"
            | "période"
            | "printemps"
            | "été"
            | "automne"
            | "hiver"
    )
}

/// The words of a multi-word verb before the word the lexicon keys it on: one for "faire
/// savoir" ("fait"), two for "mettre en garde" ("a mis en"), none for a one-word verb.
fn lead_words(form: &VerbForm) -> usize {
    match form.before {
        None => 0,
        Some(b) if b == ["en"] => 2,
        Some(_) => 1,
    }
}

/// A prosecutor's or a judge's title ("procureure", "procureur-adjoint", "parquet").
fn is_judicial(w: &str) -> bool {
    matches!(w, "juge" | "magistrat" | "magistrate" | "parquet")
        || w.starts_with("procureur")
        || w.starts_with("juge-")
}

/// An English noun of time ("this week", "last month").
fn is_time_noun_en(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "month"
            | "year"
            | "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "time"
    )
}

/// "confie un ministre à BFMTV. … révèle ce fameux ministre": a demonstrative description
/// starting at token `start`, whose noun of people (token `noun`, found by [`demonstrative`]) an
/// indefinite description introduced a few sentences before stands for what that one did (its
/// words, or the person named in apposition to it).
fn demonstrative_indefinite(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    noun: usize,
    start: usize,
) -> Option<Who> {
    let word = tk.lower(noun);
    let lo = start.saturating_sub(DEMONSTRATIVE_REACH);
    (lo..start.saturating_sub(1)).rev().find_map(|j| {
        if !matches!(tk.lower(j).as_ref(), "un" | "une") {
            return None;
        }
        let at = (j + 1..(j + 3).min(start)).find(|&i| tk.lower(i) == word)?;
        // "Jihad Hussein, un habitant de Ramallah": the person in apposition.
        if j >= 2 && tk.byte(j - 1) == b',' {
            if let Some(m) = tk.mention_at(j - 2) {
                if mentions[m].label == Label::PER && mentions[m].end_token == j - 1 {
                    return Some(Who::Mention(m));
                }
            }
        }
        // "un habitant, Jihad Hussein": likewise.
        let whole = tk.np_forward(mentions, j, (at + 12).min(start))?;
        if let Some(m) = whole.mention.filter(|&m| mentions[m].label == Label::PER) {
            return Some(Who::Mention(m));
        }
        // The indefinite phrase with its complement, as the article gave it ("un proche
        // d'Edouard Philippe" for "cette source proche de Matignon"), when short.
        if whole.head == at && whole.end > at + 1 && whole.end <= at + 8 {
            if let Some(d) = description(tk, &whole) {
                return Some(d);
            }
        }
        description(tk, &tk.np_forward(mentions, j, at + 1)?)
    })
}

/// How far back, in tokens, a demonstrative description looks for the indefinite one it
/// repeats ([`demonstrative_indefinite`]): a few sentences.
const DEMONSTRATIVE_REACH: usize = 200;

/// The person of the article who has held the role `np` names ("le Premier ministre", "la
/// présidente du RN", `roles`), when the article names exactly one such person, or one at
/// least three times and twice as often as any other: their mention nearest before the phrase,
/// else the first.
fn known_holder(tk: &Tk<'_, '_>, mentions: &[Mention], np: &Np) -> Option<usize> {
    let toks = tk.toks;
    // (Twelve tokens: "le président de la région Auvergne-Rhône-Alpes" has ten.)
    if np.end <= np.start || np.end - np.start > 12 {
        return None;
    }
    // (Not the verb the phrase ran on into, nor its clitics: "Le chef de l'État n'a pas
    // tenu", "le chef de l'État reste lui toujours".)
    let end = described_end(tk, np)?;
    let words = &tk.doc.text[toks[np.start].start as usize..toks[end - 1].end as usize];
    let holders = super::roles::holders(words)?;
    // Per holder named in the article (few): its folded name, how often it is named, and the
    // mention to give (the last before the phrase, else the first).
    let mut named: Vec<(String, usize, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.label != Label::PER {
            continue;
        }
        let f = super::roles::fold(&m.canonical);
        if !holders.contains(&f) {
            continue;
        }
        match named.iter_mut().find(|(n, _, _)| *n == f) {
            Some((_, count, pick)) => {
                *count += 1;
                if m.first_token < np.start {
                    *pick = i;
                }
            }
            None => named.push((f, 1, i)),
        }
    }
    // One holder; or one named at least twice as often as any other ("Edouard Philippe" seven
    // times, "Manuel Valls" once in passing: the article's Premier ministre).
    named.sort_by_key(|n| std::cmp::Reverse(n.1));
    match named.as_slice() {
        [(_, _, pick)] => Some(*pick),
        [(_, c0, pick), (_, c1, _), ..] if *c0 >= 2 * *c1 && *c0 >= 3 => Some(*pick),
        _ => None,
    }
}

/// "ce dernier" (M), "cette dernière" (F), "the latter" (either): its gender.
fn latter(tk: &Tk<'_, '_>, np: &Np) -> Option<Option<Gender>> {
    // "Celui-ci", "celle-ci".
    if np.head == np.start
        && np.end == np.head + 3
        && tk.tok(np.head + 1) == "-"
        && tk.lower(np.head + 2) == "ci"
    {
        return match tk.lower(np.head).as_ref() {
            "celui" => Some(Some(Gender::M)),
            "celle" => Some(Some(Gender::F)),
            _ => None,
        };
    }
    if np.head != np.start + 1 || np.end != np.head + 1 {
        return None;
    }
    match (tk.lower(np.start).as_ref(), tk.lower(np.head).as_ref()) {
        ("ce", "dernier") => Some(Some(Gender::M)),
        ("cette", "dernière") => Some(Some(Gender::F)),
        ("the", "latter") => Some(None),
        _ => None,
    }
}

/// The gender a French noun of a person shows by its ending ("ambulancier", "enseignante"),
/// when it does.
fn noun_gender_fr(w: &str) -> Option<Gender> {
    let ends = |xs: &[&str]| xs.iter().any(|x| w.ends_with(x));
    if ends(&["ière", "euse", "ienne", "trice", "ante", "esse"]) {
        Some(Gender::F)
    } else if ends(&["ier", "eur", "ien", "ant"]) {
        Some(Gender::M)
    } else {
        None
    }
}

/// The gender of an English noun of a person that has one ("mother", "spokeswoman").
fn noun_gender_en(w: &str) -> Option<Gender> {
    const F: &[&str] = &[
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "girl",
        "lady",
        "grandmother",
        "widow",
        "actress",
        "girlfriend",
        "aunt",
        "niece",
        "queen",
        "princess",
    ];
    const M: &[&str] = &[
        "man",
        "father",
        "husband",
        "son",
        "brother",
        "boy",
        "gentleman",
        "grandfather",
        "widower",
        "actor",
        "boyfriend",
        "uncle",
        "nephew",
        "king",
        "prince",
    ];
    if F.contains(&w) || w.ends_with("woman") {
        Some(Gender::F)
    } else if M.contains(&w) || w.ends_with("man") && !w.ends_with("woman") {
        Some(Gender::M)
    } else {
        None
    }
}

/// The referent of "ce dernier" at token `at`: the nearer of the last compatible person named
/// and the last description of a person ("le manager, ce dernier affirme").
fn latter_referent(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    at: usize,
    g: Option<Gender>,
    in_quote: &InQuote<'_>,
) -> Option<Who> {
    let person = nearest(tk, mentions, at, in_quote, |m| {
        m.label == Label::PER && (g.is_none() || m.gender.is_none_or(|x| Some(x) == g))
    });
    let from = person.map_or(at.saturating_sub(WINDOW), |m| mentions[m].end_token);
    // A determiner and a noun of person after the last name, before `at`.
    let desc = (from.max(at.saturating_sub(WINDOW))..at)
        .rev()
        .find_map(|k| {
            if k == 0 || in_quote.at(k) || !tk.is(k - 1, Class::Det) {
                return None;
            }
            let gender_ok = match tk.role(k) {
                Some(rg) => g.is_none() || rg.is_none_or(|x| Some(x) == g),
                None => tk.in_list(k, List::HumanNoun),
            };
            if !gender_ok {
                return None;
            }
            tk.np_forward(mentions, k - 1, at)
                .filter(|n| n.mention.is_none() && n.head == k)
        });
    match (desc, person) {
        // ("Edouard Philippe … a lancé le Premier ministre. Ce dernier …": the person the
        // description names, as for a pronoun.)
        (Some(np), _) => match described_person(tk, mentions, &np, in_quote) {
            Some(m) => Some(Who::Mention(m)),
            None => description(tk, &fuller_description(tk, mentions, np, in_quote)),
        },
        (None, Some(m)) => Some(Who::Mention(m)),
        (None, None) => None,
    }
}

/// A bare description ("le manager") in its fullest form earlier in the article ("le manager
/// de Johnny Hallyday"): the first noun phrase with the same head and a complement.
fn fuller_description(tk: &Tk<'_, '_>, mentions: &[Mention], np: Np, in_quote: &InQuote<'_>) -> Np {
    // Only a definite description refers back ("un ministre" is someone new).
    if np.end != np.head + 1
        || np.head == np.start
        || !tk.toks[np.head].is_word()
        || !matches!(tk.lower(np.start).as_ref(), "le" | "la" | "l" | "the")
    {
        return np;
    }
    let head = tk.lower(np.head);
    let lo = np.start.saturating_sub(20 * WINDOW);
    for k in lo + 1..np.start {
        // The same head first: the cheapest test, and the one that fails.
        if tk.toks[k].is_word()
            && tk.lower(k) == head
            && !in_quote.at(k)
            && tk.is(k - 1, Class::Det)
            && k + 1 < np.start
            && tk.is(k + 1, Class::NpLink)
        {
            if let Some(n) = tk.np_forward(mentions, k - 1, np.start) {
                // The phrase ends with its complement's name ("de Johnny Hallyday").
                let end = n
                    .complement
                    .map_or(n.end, |c| mentions[c].end_token.min(n.end));
                if n.head == k && end > k + 2 && end - k <= 8 {
                    return Np {
                        end,
                        mention: None,
                        ..n
                    };
                }
            }
        }
    }
    np
}

/// The comparable form of a role word: "présidente" and "président" alike.
fn role_key(w: &str) -> &str {
    if w.chars().count() > 5 {
        w.strip_suffix('e').unwrap_or(w)
    } else {
        w
    }
}

/// How person mention `m` is introduced with a role: "le président Donald Trump", "Me Thomas
/// Aubert", "le président de la Chambre, Mike Johnson", "Gérard Larcher, président du Sénat".
/// Returns the role token and the token window of the role phrase.
fn role_intro(tk: &Tk<'_, '_>, mentions: &[Mention], m: usize) -> Option<(usize, Range<usize>)> {
    let mm = &mentions[m];
    let mut k = mm.first_token;
    if k > 0 && tk.byte(k - 1) == b',' {
        k -= 1;
    }
    let lo = k.saturating_sub(10);
    let mut j = k;
    // "l'avocat de Benjamin Griveaux", "the lawyer for X": the role is another's.
    let of = k == mm.first_token
        && k > 0
        && matches!(tk.lower(k - 1).as_ref(), "de" | "d" | "du" | "of" | "for");
    while j > lo && !of {
        j -= 1;
        let t = tk.tok(j);
        // (Marks are punctuation tokens, titles and roles words: one test of the kind first.)
        if tk.is_punct(j)
            && (tk.ends_sentence(j)
                || matches!(t, ":" | "«" | "»" | "\"" | "(" | ")" | "," | "“" | "”"))
        {
            break;
        }
        if !tk.is_punct(j) && (t == "Me" || t == "Maître" || tk.role_or_hyphenated(j).is_some()) {
            // "le procureur général X", "le secrétaire général X": the first of two role words
            // is the role.
            let j = if j > lo && !tk.is_punct(j - 1) && tk.role(j - 1).is_some() {
                j - 1
            } else {
                j
            };
            return Some((j, j..k));
        }
        // A person named before, or a verb: the role is another clause's ("le député LR n'a
        // pas hésité à critiquer Emmanuel Macron").
        if tk
            .mention_at(j)
            .is_some_and(|o| mentions[o].label == Label::PER)
            || tk.in_list(j, List::FrAux) && tk.doc.lang == Lang::Fr
            || tk.verb_at(j).is_some()
        {
            break;
        }
    }
    // After: ", président du Sénat", ", the museum's director".
    let e = mm.end_token;
    let n = tk.toks.len();
    if e + 1 < n && tk.byte(e) == b',' {
        let mut x = e + 1;
        while x < n && x < e + 4 && (tk.is(x, Class::Det) || tk.byte(x) == b'\'') {
            x += 1;
        }
        if x < n && tk.role_or_hyphenated(x).is_some() {
            let mut y = x + 1;
            while y < n && y < x + 8 && !tk.is_punct(y) {
                y += 1;
            }
            return Some((x, x..y));
        }
    }
    None
}

/// The person a role description stands for ("le président", "l'avocat", "le président du
/// Sénat"): one introduced with the same role and, when the description has a complement, with
/// the same complement words; the closest before the description, else after it. A person of
/// the role's gender, or a woman when the determiner is feminine (`det_gender`: "la ministre").
fn role_referent(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    np: &Np,
    det_gender: Option<Gender>,
    in_quote: &InQuote<'_>,
) -> Option<usize> {
    // (The article's mentions, whose roles `tk` keeps.)
    debug_assert!(std::ptr::eq(mentions, tk.mentions));
    let head = tk.lower(np.head);
    let key = role_key(&head);
    // Content words of the complement ("du Sénat" -> "sénat"), or the party or body named
    // after the head ("la présidente RN" -> "rn").
    let link = (np.head + 1..np.end).find(|&i| tk.is(i, Class::NpLink));
    let wanted: Vec<Cow<'_, str>> = match link {
        Some(l) => (l..np.end)
            .filter(|&i| tk.toks[i].is_word() && !tk.is(i, Class::Det) && !tk.is(i, Class::NpLink))
            .map(|i| tk.lower(i))
            .collect(),
        None => (np.head + 1..np.end)
            .filter(|&i| tk.toks[i].is_word() && tk.toks[i].upper_initial)
            .map(|i| tk.lower(i))
            .collect(),
    };
    // "la présidente", "la ministre": not a man ("le ministre" may be a woman).
    let gender = tk
        .role_or_hyphenated(np.head)
        .flatten()
        .or(det_gender.filter(|&g| g == Gender::F));
    // A nationality after the head ("le président américain"): not a person introduced with
    // the role and another one ("le président chinois Xi Jinping").
    let lower_demonym = |i: usize| !tk.toks[i].upper_initial && tk.names.is_demonym(&tk.lower(i));
    let nationality = (link.is_none())
        .then(|| (np.head + 1..np.end).find(|&i| lower_demonym(i)))
        .flatten()
        .map(|i| tk.lower(i));
    let mut best: Option<((bool, u8), usize, usize)> = None;
    // Within a bounded neighbourhood: linear on any input.
    let at = mentions.partition_point(|m| m.first_token < np.start);
    let lo = at.saturating_sub(4 * REFERENT_MENTIONS);
    let hi = (at + 4 * REFERENT_MENTIONS).min(mentions.len());
    for (i, m) in mentions.iter().enumerate().take(hi).skip(lo) {
        if m.label != Label::PER
            || in_quote.at(m.first_token)
            || gender.is_some_and(|g| m.gender.is_some_and(|x| x != g))
        {
            continue;
        }
        let Some((rt, win)) = tk.role_intro(i) else {
            continue;
        };
        let r = if tk.tok(rt) == "Me" || tk.tok(rt) == "Maître" {
            Cow::Borrowed("avocat")
        } else {
            tk.lower(rt)
        };
        if role_key(&r) != key {
            continue;
        }
        let win_words: Vec<Cow<'_, str>> = win.clone().map(|x| tk.lower(x)).collect();
        // (The intro's own nationality, right after its role word: not "aux Affaires
        // européennes".)
        if let Some(nat) = &nationality {
            let x = rt + 1;
            let other = win.contains(&x) && lower_demonym(x) && tk.lower(x) != *nat;
            if other {
                continue;
            }
        }
        let has_complement = (rt + 1..win.end).any(|x| tk.is(x, Class::NpLink));
        let fit = if wanted.is_empty() {
            // "le président" fits "le président Donald Trump" better than "le président de
            // la Chambre, Mike Johnson".
            if has_complement {
                1
            } else {
                2
            }
        } else if wanted.iter().all(|w| win_words.contains(w)) {
            2
        } else {
            continue;
        };
        // "le ministre" may be a woman, but a man of the role comes first ("Le ministre a
        // rappelé" after Gérald Darmanin, before "Marlène Schiappa, ministre déléguée").
        let agrees = !(det_gender == Some(Gender::M) && m.gender == Some(Gender::F));
        let rank = (agrees, fit);
        // Prefer the closest before the description, then the closest after.
        let dist = if m.first_token < np.start {
            np.start - m.first_token
        } else {
            100_000 + m.first_token - np.start
        };
        if best.is_none_or(|(r, d, _)| rank > r || rank == r && dist < d) {
            best = Some((rank, dist, i));
        }
    }
    best.map(|(_, _, i)| i)
}

/// Where the words of description `np` end, the verb it ran on into and that verb's clitics
/// left out (French); None when a pronoun after them is the subject ("le chanteur de 51 ans
/// alors qu'il …").
fn described_end(tk: &Tk<'_, '_>, np: &Np) -> Option<usize> {
    // "le fils de X s'est confié", "la patronne du RN lui a rendu": a French clitic before
    // the verb is not part of the description.
    let mut end = np.end;
    if tk.doc.lang == Lang::Fr {
        // A phrase that ran on into a verb ends before it ("un homme d'affaires veut envoyer
        // un message", "la maire de la ville semble détenir").
        // (Not a word joined by a hyphen: "la préfète du Grand-Est", "Génération-s".)
        if let Some(j) = (np.head + 1..end).find(|&j| {
            !(tk.tok(j - 1) == "-" && tk.doc.touches_next(j - 1))
                && (tk.in_list(j, List::FrAux)
                    || !tk.toks[j].upper_initial && {
                        let w = tk.lower(j);
                        FINITE_STOPS.contains(&w.as_ref())
                            // ("son compte Twitter": the noun.)
                            && !(w == "compte" && tk.is(j - 1, Class::Det))
                        || imperfect_fr(&w)
                        // A conjunction or an adverb that opens the writer's next clause:
                        // "une retraitée du village tandis que …", "l'institut même si …".
                        || matches!(w.as_ref(), "tandis" | "lorsque" | "quand" | "puisque")
                        || matches!(w.as_ref(), "alors" | "comme") && j + 1 == end
                        || matches!(w.as_ref(), "alors" | "même")
                            && j + 1 < end
                            && matches!(tk.lower(j + 1).as_ref(), "que" | "qu" | "si")
                        // "Les signataires listent …": a word in -ent after a plural noun.
                        || w.len() > 4
                            && w.ends_with("ent")
                            && tk.toks[j - 1].is_word()
                            && tk.tok(j - 1).ends_with(['s', 'x'])
                    })
        }) {
            // ("le chanteur de 51 ans alors qu'il …": the pronoun after is the subject, as
            // below.)
            if (j..end).any(|i| matches!(tk.tok(i), "il" | "elle" | "ils" | "elles")) {
                return None;
            }
            end = j;
            // (Nor an object pronoun before the verb, "L'ancien candidat ne le prend pas mal":
            // the other clitics go below.)
            while end > np.head + 1
                && matches!(tk.lower(end - 1).as_ref(), "le" | "la" | "les")
                && !tk.is(end - 2, Class::NpLink)
            {
                end -= 1;
            }
        }
        while end > np.head + 1 {
            let last = if tk.byte(end - 1) == b'\'' {
                end - 2
            } else {
                end - 1
            };
            if last <= np.head || !is_subject_clitic_fr(tk.tok(last)) {
                break;
            }
            // "Puis il a défendu", "Comme s'il": the pronoun is the subject, not the words
            // before it.
            if matches!(tk.tok(last), "il" | "elle" | "ils" | "elles") {
                return None;
            }
            end = last;
        }
    }
    Some(end)
}

fn description(tk: &Tk<'_, '_>, np: &Np) -> Option<Who> {
    let toks = tk.toks;
    let end = described_end(tk, np)?;
    // ("another New Hampshire Democrat", "one senior official": a quantifier says which,
    // and stays.)
    let from = if np.head > np.start
        && matches!(tk.lower(np.head - 1).as_ref(), "one" | "another" | "some")
    {
        np.head - 1
    } else if np.head + 1 < end
        && tk.is(np.head, Class::Det)
        && toks[np.head + 1].kind == TokenKind::Number
    {
        // ("Les 32 députés de la commission": a determiner the phrase kept before a count.)
        np.head + 1
    } else {
        np.head
    };
    let text = &tk.doc.text[toks[from].start as usize..toks[end - 1].end as usize];
    if text.len() > 120 || !toks[np.head].is_word() {
        return None;
    }
    // A lone determiner or function word ("promis une « réponse adaptée »") describes nobody,
    // nor a phrase opened by a preposition ("Dans la missive datée du 7 janvier est écrit").
    if np.end - np.head == 1 && (tk.is_function_word(np.head) || tk.is(np.head, Class::Det)) {
        return None;
    }
    if matches!(
        tk.lower(np.head).as_ref(),
        "dans"
            | "en"
            | "au"
            | "aux"
            | "à"
            | "sur"
            | "pour"
            | "avec"
            | "par"
            | "chez"
            | "depuis"
            | "vers"
            | "après"
            | "avant"
            | "lors"
            | "sous"
            | "entre"
            | "contre"
            | "durant"
            | "pendant"
            | "malgré"
            | "parmi"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "after"
            | "before"
            | "during"
            // Elided clitics and words that head no description ("s'", "C'", "Tout en
            // condamnant", "Or jusque-là", "Beaucoup", "Derrière des banderoles").
            | "s"
            | "c"
            | "n"
            | "j"
            | "l"
            | "qu"
            | "tout"
            | "tous"
            | "toutes"
            | "puis"
            | "or"
            | "non"
            | "oui"
            | "beaucoup"
            | "derrière"
            | "devant"
            | "selon"
            | "invité"
            | "invitée"
            // Adverbs read as heads ("n'a pas hésité", "a d'ailleurs", "très nombreuses"), and
            // superlatives ("la plus haute juridiction administrative": it stands for a body
            // named before, which the caller looks for).
            | "pas"
            | "plus"
            | "très"
            | "ailleurs"
            | "désormais"
            | "alors"
            | "toujours"
            | "moins"
            | "aussi"
            | "encore"
            | "déjà"
            | "ensuite"
            | "bien"
            | "loin"
            | "jamais"
            // An infinitive heads no description ("de faire campagne aujourd'hui :",
            // "se félicitant d'avoir réduit les troupes « … »").
            | "faire"
            | "avoir"
            | "être"
    ) {
        return None;
    }
    // Nor an infinitive after "de" or "à" ("a recommandé de renoncer à voir", "ce qu'on est
    // convenu d'appeler"), nor "Du même aux mêmes".
    if tk.doc.lang == Lang::Fr && !toks[np.head].upper_initial {
        let w = tk.lower(np.head);
        let infinitive = np.head > np.start
            && matches!(tk.lower(np.head - 1).as_ref(), "de" | "d" | "à")
            && (w.ends_with("er") || w.ends_with("ir"))
            && !matches!(
                w.as_ref(),
                "dossier" | "quartier" | "courrier" | "premier" | "dernier" | "métier" | "papier"
            )
            && !is_person_noun(tk, np.head)
            && tk.role(np.head).is_none();
        if infinitive || np.end == np.head + 1 && matches!(w.as_ref(), "même" | "mêmes") {
            return None;
        }
    }
    // A bare common noun ("cooperation would continue") is no speaker, unless it names people
    // ("officials said", "police said") or a role.
    if np.start == np.head && !toks[np.head].upper_initial {
        let w = tk.lower(np.head);
        let people = tk.role(np.head).is_some()
            || w.ends_with('s')
            || matches!(w.as_ref(), "police" | "staff" | "management" | "people")
            // "one of the players"
            || matches!(w.as_ref(), "one" | "some")
                && np.end > np.head + 2
                && tk.lower(np.head + 1) == "of";
        if !people {
            return None;
        }
    }
    Some(Who::Description(text.to_string()))
}

/// A French verb in the imperfect ("attendait", "parlaient"): a description ends before it
/// ("La duègne attendait."). Nouns with the ending are left out.
fn imperfect_fr(w: &str) -> bool {
    w.ends_with("aient")
        || w.len() >= 6
            && w.ends_with("ait")
            && ![
                "portrait", "souhait", "extrait", "retrait", "attrait", "bienfait", "forfait",
                "méfait", "parfait", "abstrait", "distrait",
            ]
            .iter()
            .any(|n| w.ends_with(n))
}

/// French clitics that stand between a subject and its verb ("s'est", "n'a", "lui a", "se
/// dit", "y voit"), and subject pronouns.
fn is_subject_clitic_fr(w: &str) -> bool {
    matches!(
        w,
        "n" | "ne"
            | "s"
            | "se"
            | "l"
            | "lui"
            | "leur"
            | "y"
            | "en"
            | "il"
            | "elle"
            | "ils"
            | "elles"
    )
}

/// The nearest mention before token `at` that passes `ok`, not inside a quote, preferring one
/// that does not follow a preposition ("an analyst at Lloyd's List").
fn nearest(
    tk: &Tk<'_, '_>,
    mentions: &[Mention],
    at: usize,
    in_quote: &InQuote<'_>,
    ok: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let range = referent_range(mentions, at);
    let good = |i: usize| {
        ok(&mentions[i]) && !in_quote.at(mentions[i].first_token) && !tk.minor(&mentions[i])
    };
    range
        .clone()
        .rev()
        .find(|&i| good(i) && !tk.after_preposition(mentions[i].first_token))
        .or_else(|| range.rev().find(|&i| good(i)))
}

/// The dialogue line whose speaker speaks again at the dialogue line `qs[qi]` (opening its
/// paragraph): in a two-person exchange the lines take turns, so the speaker of the line two
/// paragraphs up, when the line between has another speaker and all three lines follow each other
/// paragraph after paragraph ("— Tu viens ? dit Paul. / — Non, dit Léa. / — Pourquoi ?": Paul).
fn turn_taker(
    qs: &[Q],
    out: &[QuoteSpan],
    seg: &crate::segment::Segmentation,
    qi: usize,
) -> Option<usize> {
    // The dialogue line opening the paragraph before the one of `qs[i]`.
    let line_before = |i: usize| -> Option<usize> {
        let para = seg.paragraph_of(qs[i].s);
        let j = qs[..i].iter().rposition(|p| !p.resumed)?;
        (qs[j].dash && seg.paragraph_of(qs[j].s) + 1 == para).then_some(j)
    };
    let t1 = line_before(qi)?;
    let t2 = line_before(t1)?;
    let (s1, s2) = (out[t1].speaker.as_ref()?, out[t2].speaker.as_ref()?);
    (s1 != s2).then_some(t2)
}

/// The name a story knows a character by, for the speakers of `out`: a story calls its people by
/// one short name again and again ("Christophe", "Melchior"), and its readers, like its
/// annotators, know them by it, where news names a person in full once and gives the fullest
/// name as canonical. The usual name is the form most mentions of the speaker's cluster take
/// (ties to the longer), used when the text is a story (`story`: dialogue lines opened by
/// dashes) or when that form is the first name of the canonical one and is used at least
/// [`USUAL_FIRST_NAME`] times and more than any other (a biography's "Rosalie"; news calls
/// adults by their surname, and the few it calls by the first name, a royal or a singer's
/// children, it names fewer times in an article).
/// A short fragment quoted again and again in the same article ("les « gilets jaunes »", "le
/// « Ségur de la santé »") is a label or a title, nobody's words: a partial quote of at most
/// [`LABEL_WORDS`] words that the article quotes [`LABEL_REPEATS`] times or more loses the
/// speaker it took from the quotes around it, and, when it reads as a name every time (after
/// an article, or capitalized), the speaker of its clause too ("il a confirmé un nouvel acte
/// des « gilets jaunes »").
pub fn repeated_labels(text: &str, out: &mut [QuoteSpan]) {
    if out.iter().filter(|q| q.kind == QuoteKind::Partial).count() < LABEL_REPEATS {
        return;
    }
    let inner = |q: &QuoteSpan| text[q.start..q.end].trim_matches(|c: char| !c.is_alphanumeric());
    // (Sorted keys: linear after the sort whatever the number of quotes.)
    let mut keys: Vec<(String, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Partial)
        .map(|(i, q)| (inner(q), i))
        .filter(|(k, _)| !k.is_empty() && k.split_whitespace().count() <= LABEL_WORDS)
        .map(|(k, i)| (k.to_lowercase(), i))
        .collect();
    keys.sort_unstable();
    // A name: every time after an article ("des « gilets jaunes »") or capitalized ("« Star
    // Wars »").
    let named = |q: &QuoteSpan| {
        let before = text[..q.start].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("")
            .to_lowercase();
        text[q.start..q.end]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
            || matches!(
                word.as_str(),
                "des" | "les" | "le" | "la" | "l'" | "un" | "une" | "du" | "ces" | "aux" | "au"
            )
    };
    for run in keys.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < LABEL_REPEATS {
            continue;
        }
        let name = run.iter().all(|&(_, i)| named(&out[i]));
        for &(_, i) in run {
            let q = &mut out[i];
            if name || q.cue.is_none() {
                q.speaker = None;
                q.speaker_mention = None;
                q.speaker_label = None;
            }
        }
    }
}

/// The longest fragment [`repeated_labels`] takes for a label, in words.
const LABEL_WORDS: usize = 4;

/// How many times [`repeated_labels`] needs a fragment quoted in the article (twice is
/// often a headline repeating someone's words).
const LABEL_REPEATS: usize = 3;

pub fn usual_names(text: &str, mentions: &[Mention], story: bool, out: &mut [QuoteSpan]) {
    let mut forms: Vec<(u32, &str, usize)> = Vec::new();
    for span in out.iter_mut() {
        let Some(m) = span.speaker_mention else {
            continue;
        };
        let Some(speaker) = span.speaker.as_deref() else {
            continue;
        };
        // (Out of a story, only a speaker named in more than one word may have a usual name.)
        if mentions[m].label != Label::PER || !story && !speaker.contains(' ') {
            continue;
        }
        let cluster = mentions[m].cluster;
        if !forms.iter().any(|f| f.0 == cluster) {
            for x in mentions.iter().filter(|x| x.cluster == cluster) {
                let t = &text[x.start..x.end];
                match forms.iter_mut().find(|f| f.0 == cluster && f.1 == t) {
                    Some(f) => f.2 += 1,
                    None => forms.push((cluster, t, 1)),
                }
            }
        }
        let mut best: Option<(&str, usize)> = None;
        let mut second = 0;
        for &(_, t, n) in forms.iter().filter(|f| f.0 == cluster) {
            match best {
                Some((b, bn)) if (bn, b.len()) >= (n, t.len()) => second = second.max(n),
                _ => {
                    second = second.max(best.map_or(0, |b| b.1));
                    best = Some((t, n));
                }
            }
        }
        let Some((usual, n)) = best else {
            continue;
        };
        let first_name = speaker.len() > usual.len()
            && speaker.starts_with(usual)
            && speaker.as_bytes()[usual.len()] == b' ';
        // A story names "de Rochefide" with the title the text gives her: "madame de
        // Rochefide" (a particle and a surname are no name said alone).
        let titled = story
            .then(|| title_before(text, mentions, cluster, usual))
            .flatten();
        if let Some(title) = titled {
            span.speaker = Some(format!("{title} {usual}"));
        } else if usual != speaker && (story || first_name && n >= USUAL_FIRST_NAME && n > second) {
            span.speaker = Some(usual.to_string());
        }
    }
}

/// The title written most often right before the mentions of `cluster` that read `usual`, when
/// `usual` starts with a particle ("de Rochefide" after "madame"): an honorific spelled out or
/// abbreviated, or a title of nobility.
fn title_before<'t>(
    text: &'t str,
    mentions: &[Mention],
    cluster: u32,
    usual: &str,
) -> Option<&'t str> {
    // The honorifics as a story writes them (with the dot of "M."); the titles of nobility
    // are the entity rules' own ([`crate::entity::words::NOBLE_TITLES`]).
    const HONORIFICS: &[&str] = &[
        "madame",
        "Madame",
        "monsieur",
        "Monsieur",
        "mademoiselle",
        "Mademoiselle",
        "M.",
        "Mme",
        "Mlle",
    ];
    if !["de ", "d'", "d’", "du ", "des "]
        .iter()
        .any(|p| usual.starts_with(p))
    {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for x in mentions
        .iter()
        .filter(|x| x.cluster == cluster && &text[x.start..x.end] == usual)
    {
        // (Split on characters: a space of several bytes must not cut the word.)
        let word = text[..x.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let title = HONORIFICS.contains(&word)
            || crate::entity::words::NOBLE_TITLES
                .iter()
                .any(|n| n.0 == word);
        if title {
            match counts.iter_mut().find(|c| c.0 == word) {
                Some(c) => c.1 += 1,
                None => counts.push((word, 1)),
            }
        }
    }
    // The most frequent; the first met of equals.
    let mut best: Option<(&str, usize)> = None;
    for c in counts {
        if best.is_none_or(|b| c.1 > b.1) {
            best = Some(c);
        }
    }
    best.map(|b| b.0)
}

/// How many times a biography must call a person by their first name alone for it to be their
/// usual name ([`usual_names`]).
const USUAL_FIRST_NAME: usize = 10;

#[cfg(test)]
mod lower_tests {
    use super::lower_text;

    /// A token's lower-case form as `Tk::lower` defines it.
    fn lower(token: &str) -> String {
        if token.chars().any(char::is_uppercase) {
            token.to_lowercase()
        } else {
            token.to_string()
        }
    }

    #[test]
    fn lowers_each_character_like_its_token() {
        let (mut out, mut irregular) = (String::new(), Vec::new());
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // Alone and inside a word ("É" in "rÉx": Σ lower-cases by its context).
            for text in [c.to_string(), format!("r{c}x")] {
                lower_text(&text, &mut out, &mut irregular);
                assert_eq!(out.len(), text.len());
                if irregular.is_empty() {
                    assert_eq!(out, lower(&text), "{c:?} U+{:04X}", c as u32);
                }
            }
        }
    }

    #[test]
    fn title_abbreviations_are_short_and_capitalized() {
        for t in super::TITLE_ABBREV {
            assert!(super::is_title_abbrev(t), "{t}");
        }
    }

    #[test]
    fn lists_the_characters_it_cannot_lower_in_place() {
        let (mut out, mut irregular) = (String::new(), Vec::new());
        let text = "État À l'ÉLYSÉE, a déclaré M. Ünal. ǅemal İstanbul ΟΔΟΣ \u{212A}";
        lower_text(text, &mut out, &mut irregular);
        let at = |s: &str| text.find(s).map(|i| i as u32);
        let plain = at("ǅ").unwrap_or(0) as usize;
        assert_eq!(&out[..plain], "état à l'élysée, a déclaré m. ünal. ");
        let want: Vec<u32> = ["ǅ", "İ", "Σ", "\u{212A}"]
            .iter()
            .filter_map(|s| at(s))
            .collect();
        assert_eq!(irregular, want);
    }
}

#[cfg(test)]
mod cache_tests {
    use super::{next_to_lower, Cache, InQuote, Tk};
    use crate::entity::{Mention, Origin};
    use crate::gazetteer::Label;
    use crate::lang::Lang;
    use crate::quote::lexicon::lexicon;
    use crate::segment::{Doc, Segmentation};

    #[test]
    fn next_to_lower_finds_the_bytes_lower_text_looks_at() {
        let look = |b: u8| b >= 0xC4 || (0x80..0xA0).contains(&b);
        for len in 0..80 {
            for tail in ["É", "œ", "€", "Ω", "\u{85}", "é", "«", "a"] {
                let text = "é".repeat(len / 2) + &"a".repeat(len % 2) + tail + "x";
                let b = text.as_bytes();
                let want = (0..b.len()).find(|&i| look(b[i])).unwrap_or(b.len());
                assert_eq!(next_to_lower(b, 0), want, "{text:?}");
                assert_eq!(next_to_lower(b, len), want.max(len), "{text:?}");
            }
        }
    }

    /// Entries and verbs of every token of `text`, through `cache`.
    fn facts(text: &str, cache: &mut Cache) -> Vec<(Option<&'static str>, super::Entry)> {
        let mut seg = Segmentation::default();
        seg.compute(text);
        let doc = Doc {
            text,
            seg: &seg,
            lang: Lang::Fr,
        };
        cache.prepare(&doc, &[]);
        let names = crate::gazetteer::lexicon::Lexicon::default();
        let tk = Tk::new(&doc, &[], lexicon(), &names, cache);
        (0..seg.tokens.len())
            .map(|i| {
                let (v, e) = (tk.verb_at(i).map(|f| f.lemma), *tk.entry(i));
                // A group that cannot start here is none.
                let n = seg.tokens.len();
                for limit in [i + 1, (i + 3).min(n), n] {
                    if !tk.may_start_verb_group(i, limit) {
                        assert!(tk.verb_forward(i, limit, false).is_none(), "{text} {i}");
                        assert!(tk.verb_forward(i, limit, true).is_none(), "{text} {i}");
                    }
                }
                // The byte of a one-byte token, as its text says.
                let t = tk.tok(i);
                let one = (t.len() == 1).then(|| t.as_bytes()[0]);
                assert_eq!(tk.byte(i), one.unwrap_or(0), "{t:?}");
                // "d" and "D" are the tokens with the entry of "d".
                let d = tk.facts(i).entry == lexicon().d;
                assert_eq!(d, matches!(tk.byte(i), b'd' | b'D'), "{t:?}");
                // Asked again: the cached answer, equal to a direct look-up.
                assert_eq!(tk.verb_at(i).map(|f| f.lemma), v);
                assert_eq!(e, *lexicon().get(lexicon().id(&tk.lower(i))));
                (v, e)
            })
            .collect()
    }

    fn mention(first_token: usize, end_token: usize) -> Mention {
        Mention {
            start: 0,
            end: 0,
            first_token,
            end_token,
            label: Label::PER,
            canonical: String::new(),
            id: None,
            gender: None,
            origin: Origin::List,
            cluster: 0,
            list_canonical: None,
        }
    }

    /// The title before a particle name is read by characters: a space of several bytes
    /// (here a thin space, as a text the normalizer did not see may hold) cut a character.
    #[test]
    fn title_before_reads_whole_characters() {
        let text = "avec madame\u{2009}de Rochefide, puis la marquise de Rochefide";
        let at = |w: &str, from: usize| text[from..].find(w).unwrap() + from;
        let first = at("de Rochefide", 0);
        let second = at("de Rochefide", first + 1);
        let m = |start: usize| Mention {
            start,
            end: start + "de Rochefide".len(),
            ..mention(0, 1)
        };
        let ms = [m(first), m(second)];
        let t = super::title_before(text, &ms, 0, "de Rochefide");
        assert!(matches!(t, Some("madame") | Some("marquise")), "{t:?}");
        assert_eq!(super::title_before(text, &ms, 0, "Rochefide"), None);
    }

    #[test]
    fn mention_at_agrees_with_the_binary_search() {
        let text = "a b c d e f g h i j k l";
        let mut seg = Segmentation::default();
        seg.compute(text);
        let n = seg.tokens.len();
        let doc = Doc {
            text,
            seg: &seg,
            lang: Lang::Fr,
        };
        let lists: [&[(usize, usize)]; 7] = [
            &[],
            &[(0, 1)],
            &[(1, 3), (3, 4), (6, 9)],
            &[(2, 2), (2, 5), (11, 12)],
            // Out of order or overlapping: the binary search answers.
            &[(4, 8), (1, 3), (9, 10)],
            &[(1, 6), (2, 3)],
            &[(0, 5), (3, 13)],
        ];
        let mut cache = Cache::default();
        for spans in lists {
            let mentions: Vec<Mention> = spans.iter().map(|&(a, b)| mention(a, b)).collect();
            cache.prepare(&doc, &mentions);
            let names = crate::gazetteer::lexicon::Lexicon::default();
            let tk = Tk::new(&doc, &mentions, lexicon(), &names, &cache);
            for i in 0..n {
                let p = mentions.partition_point(|m| m.end_token <= i);
                let want = (p < mentions.len() && mentions[p].first_token <= i).then_some(p);
                assert_eq!(tk.mention_at(i), want, "{spans:?} token {i}");
            }
        }
    }

    #[test]
    fn quote_marks_agree_with_the_quote_search() {
        let q = |s, e| crate::quote::Q {
            start: 0,
            end: 0,
            s,
            e,
            dash: false,
            resumed: false,
        };
        let qs = [q(1, 3), q(3, 4), q(7, 12)];
        let mut marks = vec![false; 14];
        for q in &qs {
            marks[q.s..q.e].fill(true);
        }
        let by_marks = InQuote {
            marks: &marks,
            qs: &qs,
            disjoint: true,
        };
        let by_search = InQuote {
            marks: &[],
            qs: &qs,
            disjoint: false,
        };
        for i in 0..16 {
            let want = qs.iter().any(|q| (q.s..q.e).contains(&i));
            assert_eq!(by_marks.at(i), want, "{i}");
            assert_eq!(by_search.at(i), want, "{i}");
            // Every token from the first of its quote is in it.
            // The first token of its quote, by the marks; itself, by the search.
            if let Some(q) = qs.iter().find(|q| (q.s..q.e).contains(&i)) {
                assert_eq!(by_marks.first_of(i), q.s, "{i}");
                assert_eq!(by_search.first_of(i), i, "{i}");
                assert_eq!(by_marks.last_of(i), q.e - 1, "{i}");
                assert_eq!(by_search.last_of(i), i, "{i}");
            }
        }
    }

    #[test]
    fn sentence_end_searches_agree_with_the_token_test() {
        let text =
            "M. Dupont parle. Il dit : « Non ! » J. Martin répond ; Mme X. signe. Fin ? Oui.";
        let mut seg = Segmentation::default();
        seg.compute(text);
        let doc = Doc {
            text,
            seg: &seg,
            lang: Lang::Fr,
        };
        let mut cache = Cache::default();
        cache.prepare(&doc, &[]);
        let names = crate::gazetteer::lexicon::Lexicon::default();
        let tk = Tk::new(&doc, &[], lexicon(), &names, &cache);
        let n = seg.tokens.len();
        assert!((0..n).filter(|&i| tk.ends_sentence(i)).count() >= 4);
        for from in 0..=n {
            for to in from..=n {
                let first = (from..to).find(|&i| tk.ends_sentence(i));
                let last = (from..to).rev().find(|&i| tk.ends_sentence(i));
                assert_eq!(tk.first_sentence_end(from, to), first, "{from}..{to}");
                assert_eq!(tk.last_sentence_end(from, to), last, "{from}..{to}");
            }
        }
    }

    #[test]
    fn a_reused_cache_answers_like_a_new_one() {
        let texts = [
            "« Nous irons », a déclaré la ministre. Il a fait savoir qu'il viendrait, a-t-il dit.",
            "M. Dupont (PS) : « Non ! » l’été… D'après elle ; “oui” 1,5 % — fin ?",
            "Le communiqué précise : « rien ». Elle a ajouté que Paul",
            "a dit",
            "",
        ];
        let mut reused = Cache::default();
        for stamp in [0, super::STAMPS - 1] {
            reused.stamp = stamp;
            for t in texts.iter().chain(&texts) {
                assert_eq!(
                    facts(t, &mut reused),
                    facts(t, &mut Cache::default()),
                    "{t}"
                );
            }
        }
    }
}
