//! The first pass: gazetteer hits and name chunks, weighed token by token.
//!
//! Every question about a word ("is it a role?", "a demonym?", "a first name?") goes through the
//! article's [`Classes`]: each is answered once per token, then by a bit test.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use super::classes::{self, Classes, WordCache};
use super::words;
use super::{Mention, Origin, Spare};
use crate::engine::Engine;
use crate::gazetteer::lexicon::with_lower;
use crate::gazetteer::{Entry, Gender, Hit, Kind, Label, Origin as ListOrigin};
use crate::segment::{Doc, Token, TokenKind};

/// The longest name chunk, in tokens.
const MAX_CHUNK: usize = 12;

/// A candidate mention over tokens `[first, end)`.
#[derive(Debug, Clone)]
struct Cand<'e> {
    first: usize,
    end: usize,
    label: Label,
    /// A list's name (borrowed from the engine) or one made here.
    canonical: Option<Cow<'e, str>>,
    id: Option<&'e str>,
    gender: Option<Gender>,
    origin: Origin,
}

impl Cand<'_> {
    /// A candidate found by the rule `name`, with no list name or id.
    fn rule(
        first: usize,
        end: usize,
        label: Label,
        gender: Option<Gender>,
        name: &'static str,
    ) -> Self {
        Cand {
            first,
            end,
            label,
            canonical: None,
            id: None,
            gender,
            origin: Origin::Rule(name),
        }
    }

    /// A candidate for the list entry `e`.
    fn listed<'e>(first: usize, end: usize, e: &'e Entry) -> Cand<'e> {
        Cand {
            first,
            end,
            label: e.label,
            canonical: Some(Cow::Borrowed(&e.canonical)),
            id: (!e.id.is_empty()).then_some(&*e.id),
            gender: e.gender,
            origin: Origin::List,
        }
    }
}

/// Token `i` is a capitalized word.
pub(super) fn is_cap_word(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word && t.upper_initial
}

/// Scratch buffers of the first pass, reused from article to article.
#[derive(Debug, Default)]
pub(super) struct Buffers {
    /// The word classes of the tokens ([`Classes`]).
    classes: Vec<Cell<u32>>,
    /// The hits by first token: (first token, index in the hits), in order.
    hit_tokens: Vec<(u32, u32)>,
    /// The tokens a name may start at ([`name_starts`]), kept for `link::add_linked_with`.
    pub(super) starts: Vec<u32>,
    /// A name looked up with an article before it ("Le Havre").
    surface: String,
    /// Word classes kept from article to article.
    words: RefCell<WordCache>,
    /// The memory of the mentions of earlier articles ([`super::Scratch::recycle`]).
    pub(super) spare: Spare,
}

impl Buffers {
    /// Forgets the word classes (learnt from another engine).
    pub(super) fn forget_words(&mut self) {
        self.words.get_mut().clear();
    }
}

/// The article as the rules read it: its tokens, their text and their word classes.
struct Ctx<'e, 'a> {
    engine: &'e Engine,
    doc: Doc<'a>,
    toks: &'a [Token],
    cls: Classes<'a>,
    /// The last [`Ctx::chunk_end`] computed: (token + 1, end), (0, 0) for none.
    last_chunk: Cell<(usize, usize)>,
    /// The last [`Ctx::role_before`] computed: (token + 1, answer), (0, _) for none.
    last_role: Cell<(usize, Option<Option<Gender>>)>,
    /// A French story: [`STORY_LINES`] paragraphs or more open with a dialogue dash.
    story: bool,
    /// Token + 1 where [`Ctx::hit_cand`] last read a listed medium as a person's first name
    /// ("Marianne James"), for [`Ctx::chunk_cand`] to start the person there; 0 for none.
    medium_first_name: Cell<usize>,
}

/// How many dialogue lines (paragraphs opening with — or –) make a French text a story, whose
/// characters go by their first name alone.
const STORY_LINES: usize = 3;

/// ⌊log10(max(pop, 1))⌋ as the float formula gave it: integer digits below 10^12 (where the
/// float is exact), the float beyond.
fn log10_floor(pop: u64) -> i64 {
    let p = pop.max(1);
    if p < 1_000_000_000_000 {
        p.ilog10() as i64
    } else {
        (p as f64).log10() as i64
    }
}

/// Score of a gazetteer entry in context (higher wins).
fn entry_score(e: &Entry, person_context: bool, place_context: bool) -> i64 {
    let mut s: i64 = match (e.label, e.origin) {
        (_, ListOrigin::User) => 60,
        (Label::PER, ListOrigin::Hand) => 30,
        (Label::ORG, ListOrigin::Hand) => 26,
        (Label::LOC, _) if e.kind == Kind::Country => 28,
        (Label::LOC, ListOrigin::Hand) => 24,
        (Label::LOC, _) if e.kind == Kind::Region => 16,
        (Label::LOC, _) => 10 + log10_floor(e.pop),
        (Label::PER, _) => 12,
        (Label::ORG, _) => 14,
    };
    if person_context && e.label == Label::PER {
        s += 25;
    }
    if place_context && e.label == Label::LOC {
        s += 12;
    }
    s
}

/// A region's canonical name is an administrative subdivision's noun and a town's name
/// ("Province de Bergame", "District de Porto", "Gouvernorat de Sousse").
fn admin_after_town(canonical: &str) -> bool {
    const NOUNS: &[&str] = &[
        "Province",
        "District",
        "Gouvernorat",
        "Préfecture",
        "Municipalité",
        "Département",
        "Comté",
        "Oblast",
        "Wilaya",
        "Canton",
        "Județ",
        "Voïvodie",
        "Comitat",
        "Raion",
        "Subdivision",
        "Apskritis",
        "Paroisse",
        "Division",
        "Oblys",
        "Kraï",
        "Voblast",
        "Région",
        "Cité",
    ];
    canonical
        .split_once(' ')
        .is_some_and(|(first, _)| NOUNS.contains(&first))
}

/// Adjective endings that extend an institution name ("Conseil constitutionnel").
const ADJ_ENDINGS: &[&str] = &[
    "ique", "aire", "ale", "al", "aux", "ère", "ères", "ée", "ées", "ien", "ienne", "ional",
    "ionale", "if", "ive", "ain", "aine", "ial", "iale", "ier", "ière", "ique", "iques", "aires",
    "ales", "ielle", "iel", "uelle", "uel", "nnelle", "nnel", "rsel", "rselle",
];

// The small accessors below and the checks asked at every start are inlined into the rules
// (measured: calls to them cost more than their bodies).
impl<'e, 'a> Ctx<'e, 'a> {
    /// Number of tokens.
    #[inline(always)]
    fn n(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`.
    #[inline(always)]
    fn tok(&self, i: usize) -> &'a str {
        self.doc.tok(i)
    }

    /// The bytes of token `i` (no `str` is sliced: no check of character boundaries, for the
    /// tests that compare a token with words).
    #[inline(always)]
    fn bytes(&self, i: usize) -> &'a [u8] {
        let t = self.toks[i];
        self.doc
            .text
            .as_bytes()
            .get(t.start as usize..t.end as usize)
            .unwrap_or_default()
    }

    /// Token `i` is exactly `s` (compared as bytes: no slicing of the text).
    #[inline(always)]
    fn is(&self, i: usize, s: &str) -> bool {
        self.bytes(i) == s.as_bytes()
    }

    /// Token `i` is one of the [`words::PARTICLES`].
    #[inline(always)]
    fn particle(&self, i: usize) -> bool {
        words::particle_bytes(self.bytes(i))
    }

    /// Token `i` is one of the [`words::PARTICLES`] in any case ("De", "Ibn").
    fn particle_any_case(&self, i: usize) -> bool {
        let b = self.bytes(i);
        let mut low = [0u8; 5];
        b.len() <= low.len() && {
            let low = &mut low[..b.len()];
            low.copy_from_slice(b);
            low.make_ascii_lowercase();
            words::particle_bytes(low)
        }
    }

    /// Token `i` is a hyphen or an apostrophe.
    #[inline(always)]
    fn is_joiner(&self, i: usize) -> bool {
        self.is(i, "-") || self.is(i, "'")
    }

    /// Token `i` is a capitalized word.
    #[inline(always)]
    fn cap(&self, i: usize) -> bool {
        let t = self.toks[i];
        t.kind == TokenKind::Word && t.upper_initial
    }

    /// Token `i + 1` is a capitalized word on the same line.
    #[inline(always)]
    fn cap_next(&self, i: usize) -> bool {
        i + 1 < self.n() && self.cap(i + 1) && !self.toks[i + 1].line_start
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    #[inline(always)]
    fn touches_next(&self, i: usize) -> bool {
        i + 1 < self.n() && self.toks[i].end == self.toks[i + 1].start
    }

    /// The text of tokens `[first, end)`.
    #[inline(always)]
    fn span(&self, first: usize, end: usize) -> &'a str {
        let s = self.toks[first].start as usize;
        let e = self.toks[end - 1].end as usize;
        &self.doc.text[s..e]
    }

    /// Token `i` is one of the [`words::LOWER_HEADS`] (most tokens are not by their length:
    /// asked of most tokens, so kept inline up to that test).
    #[inline(always)]
    fn lower_org_head(&self, i: usize) -> bool {
        let t = self.toks[i];
        let bytes = self.doc.text.as_bytes();
        words::may_be_lower_org_head((t.end - t.start) as usize, || {
            bytes.get(t.start as usize).copied().unwrap_or(0)
        }) && words::lower_org_head(self.tok(i))
    }

    /// Token `i` is one character long.
    #[inline(always)]
    fn one_char(&self, i: usize) -> bool {
        let t = self.toks[i];
        let len = (t.end - t.start) as usize;
        // The length of a UTF-8 character, from its first byte.
        let first = self.doc.text.as_bytes().get(t.start as usize).copied();
        let char_len = match first {
            None => return false,
            Some(b) if b < 0x80 => 1,
            Some(b) if b < 0xE0 => 2,
            Some(b) if b < 0xF0 => 3,
            Some(_) => 4,
        };
        len == char_len
    }

    /// An honorific ending right before token `i` ("M." "Mme" "Dr."): its gender.
    #[inline(always)]
    fn honorific_before(&self, i: usize) -> Option<Option<Gender>> {
        if i == 0 {
            return None;
        }
        let mut j = i - 1;
        if self.is(j, ".") && j > 0 && self.touches_next(j - 1) {
            j -= 1;
        }
        // Every honorific is capitalized but "monsieur", "madame", "mademoiselle": most tokens
        // are answered without a look-up.
        let t = self.toks[j];
        // ("Notre-Dame de Paris": a word's second part is no honorific.)
        if j > 0 && self.is(j - 1, "-") && self.toks[j - 1].end == t.start {
            return None;
        }
        let g = if t.upper_initial {
            let g = self.cls.honorific(j)?;
            // ("la Première Dame de France", "First Lady Melania Trump": a title, not "Dame
            // Judi Dench".)
            if j > 0 && matches!(self.tok(j - 1), "Première" | "première" | "First" | "first") {
                return None;
            }
            g
        } else {
            if !matches!(t.end - t.start, 6 | 8 | 12) {
                return None;
            }
            match self.tok(j) {
                "monsieur" => Some(Gender::M),
                "madame" | "mademoiselle" => Some(Gender::F),
                _ => return None,
            }
        };
        // "Monsieur", "Madame", "Mademoiselle" spelled out are also words of address
        // ("Monsieur le Président", "Madame la ministre") and parts of names ("Madame Figaro"):
        // not before a word that is no name, a common word or a listed organization.
        let spelled_out = t.end - t.start > 4;
        // ("Monsieur le Président": only "de", "d'" and "du" join them to a name.)
        if spelled_out && !self.toks[i].upper_initial {
            return ["de", "d", "du"].iter().any(|p| self.is(i, p)).then_some(g);
        }
        if spelled_out {
            let b = self.cls.lists(i);
            if b & classes::NOT_NAME != 0
                || self.cls.common(i)
                || self.listed_as(i, i + 1, Label::ORG)
            {
                return None;
            }
        }
        // French "Miss" crowns a place or a theme ("Miss Nord-Pas-de-Calais", "Miss Météo"):
        // a person's honorific only before a first name.
        if self.doc.lang == crate::lang::Lang::Fr
            && self.is(j, "Miss")
            && self.cls.first_name(i).is_none()
        {
            return None;
        }
        // "M" alone must be followed by "." to be "Monsieur".
        (!self.is(j, "M") || j + 1 < i).then_some(g)
    }

    /// In a story, a title of nobility, in lower case, right before token `i`, a particle ("le
    /// comte de Lanty", "la marquise de Rochefide"): its gender. Not before a known place, and
    /// not in the news, where the title stands for a person named elsewhere ("le duc de
    /// Sussex" is prince Harry); other roles before a particle name a body or a place ("le
    /// président de Radio France").
    fn noble_before(&self, i: usize) -> Option<Option<Gender>> {
        if !self.story {
            return None;
        }
        let w = self.tok(i.checked_sub(1)?);
        let g = words::NOBLE_TITLES.iter().find(|n| n.0 == w)?.1;
        let end = self.chunk_end(i + 1);
        (!self.listed_as(i + 1, end, Label::LOC)).then_some(Some(g))
    }

    /// The text of tokens `i..end` is a listed name with an entry of label `label`.
    fn listed_as(&self, i: usize, end: usize, label: Label) -> bool {
        let g = &self.engine.gazetteer;
        g.lookup(self.span(i, end))
            .is_some_and(|p| g.candidates(p).any(|e| e.label == label))
    }

    /// The token after "de", "de l'" or "d'" at token `k`, if one stands there.
    fn after_de(&self, k: usize) -> Option<usize> {
        let n = self.n();
        match self.bytes(k) {
            b"de" if k + 2 < n && self.is(k + 1, "l") && self.is(k + 2, "'") => Some(k + 3),
            b"de" => Some(k + 1),
            b"d" if k + 1 < n && self.is(k + 1, "'") => Some(k + 2),
            _ => None,
        }
    }

    /// The end of a party's country after its listed name ending at token `i`: a nationality
    /// adjective ("Parti travailliste" + "israélien") or "de", "d'", "de l'" and a listed
    /// country ("Parti communiste" + "d'Ukraine", "de l'Union soviétique").
    fn party_country_end(&self, i: usize) -> Option<usize> {
        let n = self.n();
        if i >= n || self.toks[i].line_start {
            return None;
        }
        if self.cls.demonym(i) && !self.cap(i) {
            return Some(i + 1);
        }
        let m = self.after_de(i)?;
        if m >= n || !self.cap(m) {
            return None;
        }
        let end = self.chunk_end(m);
        let g = &self.engine.gazetteer;
        g.lookup(self.span(m, end))
            .is_some_and(|p| {
                g.candidates(p)
                    .any(|e| e.kind == Kind::Country || e.canonical == "Union soviétique")
            })
            .then_some(end)
    }

    /// Token `i` is a capitalized particle that opens a surname inside a sentence: "explique
    /// De Carolis", "le général De Gaulle", "Me Di Vizio" aside; after a lower-case word that is
    /// no article ("la De Tomaso Pantera" is a car) or a comma, before a capitalized word that
    /// is no common one.
    fn capitalized_particle(&self, i: usize) -> bool {
        if !matches!(
            self.tok(i),
            "De" | "Di" | "Da" | "Van" | "Von" | "Del" | "Della"
        ) {
            return false;
        }
        if i == 0 || i + 1 >= self.n() || self.doc.sentence_initial(i) || !self.cap_next(i) {
            return false;
        }
        let prev = self.toks[i - 1];
        let after_word = prev.kind == TokenKind::Word
            && !prev.upper_initial
            && !with_lower(self.tok(i - 1), |w| {
                matches!(
                    w,
                    "la" | "le" | "les" | "l" | "un" | "une" | "des" | "du" | "au" | "aux"
                )
            });
        // ("Même De Gaulle n'avait pas essayé": a common word opening the sentence.)
        let after_opening = prev.upper_initial
            && self.doc.sentence_initial(i - 1)
            && self.cls.common(i - 1)
            && self.cls.first_name(i - 1).is_none();
        (after_word || after_opening || self.is(i - 1, ","))
            && self.toks[i + 1].kind == TokenKind::Word
            && !self.toks[i + 1].all_caps
            && !self.cls.common(i + 1)
    }

    /// The name at token `i` is a listed country ("Royaume-Uni", "France").
    fn listed_country(&self, i: usize) -> bool {
        self.is_listed_country(self.span(i, self.chunk_end(i)))
    }

    /// `name` is a listed country's.
    fn is_listed_country(&self, name: &str) -> bool {
        let g = &self.engine.gazetteer;
        g.lookup(name)
            .is_some_and(|p| g.candidates(p).any(|e| e.kind == Kind::Country))
    }

    /// The text of tokens `i..end` is a listed name with an entry that is no person's.
    fn listed_not_person(&self, i: usize, end: usize) -> bool {
        let g = &self.engine.gazetteer;
        g.lookup(self.span(i, end))
            .is_some_and(|p| g.candidates(p).any(|e| e.label != Label::PER))
    }

    /// A role word right before token `i` (possibly with a nationality adjective, a comma, or
    /// the second part of a compound role between): its gender.
    #[inline]
    fn role_before(&self, i: usize) -> Option<Option<Gender>> {
        // Asked of a hit's first token for its context, then again by the chunk rules there.
        let (at, role) = self.last_role.get();
        if at == i + 1 {
            return role;
        }
        let role = self.role_before_uncached(i);
        self.last_role.set((i + 1, role));
        role
    }

    /// [`Ctx::role_before`], computed.
    fn role_before_uncached(&self, i: usize) -> Option<Option<Gender>> {
        let mut j = i;
        let mut steps = 0;
        // Never across a line break ("… needed: lawyer\n\nImmigration lawyer X").
        while j > 0 && steps < 3 && !self.toks[j].line_start {
            j -= 1;
            steps += 1;
            if steps == 1 && self.is(j, ",") {
                continue;
            }
            // A number or a punctuation mark is no role and no demonym (every role starts with
            // a letter): no look-up ("." before most capitalized words).
            if self.toks[j].kind != TokenKind::Word {
                break;
            }
            let b = self.cls.lists(j);
            if b & classes::ROLE != 0 {
                return Some(classes::gender_at(b, classes::ROLE_G));
            }
            // "Premier ministre", "porte-parole": the last part of a compound role is a role.
            if b & classes::LOWER_INITIAL != 0 && self.cls.demonym(j) {
                continue;
            }
            break;
        }
        None
    }

    /// The name at `i..end` (its text `text`) is a minister's portfolio: one of
    /// [`words::PORTFOLIOS`], or "Europe" before "et", after "ministre" or "secrétaire d'État"
    /// (perhaps "délégué" or "chargé") and "de l'", "des", "à l'", "aux".
    fn portfolio_of_minister(&self, i: usize, end: usize, text: &str) -> bool {
        let europe = text == "Europe" && end < self.n() && self.is(end, "et");
        if !europe && !words::PORTFOLIOS.contains(&text) {
            return false;
        }
        // Back over the article and the preposition.
        let mut k = i;
        if k >= 2 && self.is(k - 1, "'") && (self.is(k - 2, "l") || self.is(k - 2, "L")) {
            k -= 2;
        }
        if k == 0
            || !["de", "des", "à", "aux", "du"]
                .iter()
                .any(|w| self.is(k - 1, w))
        {
            return false;
        }
        k -= 1;
        if k > 0
            && ["délégué", "déléguée", "chargé", "chargée"]
                .iter()
                .any(|w| self.is(k - 1, w))
        {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        // ("l'ex-ministre": "ministre" is a token of its own.)
        let w = self.tok(k - 1);
        matches!(w, "ministre" | "ministres" | "Ministre" | "ministra")
            || (w == "État" || w == "Etat")
                && k >= 4
                && self.is(k - 2, "'")
                && self.is(k - 3, "d")
                && matches!(self.tok(k - 4), "secrétaire" | "secrétaires" | "Secrétaire")
    }

    /// True for an honorific or a role word ("M", "Mme", "Judge", "President", "Me").
    #[inline(always)]
    fn is_title(&self, i: usize) -> bool {
        if !self.toks[i].upper_initial {
            return false;
        }
        let b = self.cls.lists(i);
        if b & classes::HONORIFIC != 0 {
            return !self.is(i, "M") || (i + 1 < self.n() && self.is(i + 1, "."));
        }
        b & classes::ROLE != 0
    }

    /// The end of the name chunk starting at `i` (a capitalized word), or `i` when none.
    #[inline(always)]
    fn chunk_end(&self, i: usize) -> usize {
        // Asked twice in a row of the same token when no rule takes the chunk and a contracted
        // article comes before it.
        let (at, end) = self.last_chunk.get();
        if at == i + 1 {
            return end;
        }
        let end = self.chunk_end_uncached(i);
        self.last_chunk.set((i + 1, end));
        end
    }

    /// [`Ctx::chunk_end`], computed.
    fn chunk_end_uncached(&self, i: usize) -> usize {
        self.one_word_chunk(i)
            .unwrap_or_else(|| self.chunk_end_general(i))
    }

    /// `Some(i + 1)` when the chunk at `i` is one capitalized word because nothing after it
    /// extends it (an initial's dot, a joiner, a capitalized word, a number, particles or "d'"
    /// before a name), as [`Ctx::chunk_end_general`] would find; `None` when it takes the
    /// general walk. Most chunks are one word.
    #[inline]
    fn one_word_chunk(&self, i: usize) -> Option<usize> {
        let n = self.n();
        if !self.cap(i) {
            return None;
        }
        let j = i + 1;
        if j >= n {
            return Some(j);
        }
        let next = self.toks[j];
        if next.line_start {
            return Some(j);
        }
        let extends = match next.kind {
            // An initial's dot ("J.") or a joiner ("Jean-", "O'") touching the word.
            TokenKind::Punct => {
                next.start == self.toks[i].end
                    && ((self.is(j, ".") && self.one_char(i))
                        || (self.is_joiner(j) && self.touches_next(j)))
            }
            TokenKind::Number => next.end - next.start <= 4,
            TokenKind::Word => {
                next.upper_initial
                    || (self.particle(j) && self.name_after_particles(j).is_some())
                    || self.is_d_apostrophe_name(j)
            }
        };
        (!extends).then_some(j)
    }

    /// [`Ctx::chunk_end`] by the general walk.
    fn chunk_end_general(&self, i: usize) -> usize {
        let n = self.n();
        let mut e = i;
        let mut k = i;
        while k < n && k - i < MAX_CHUNK {
            let t = self.toks[k];
            // (A punctuation mark past the first word extends nothing: no title, no word.)
            if k > i && (t.line_start || t.kind == TokenKind::Punct) {
                break;
            }
            // A title ends the name before it: "Nova Scotia Liberal MP Sean Fraser".
            if k > i && t.upper_initial && self.cap_next(k) && self.is_title(k) {
                break;
            }
            // A listed organization's acronym after a person's name in small letters is not the
            // name's: "le candidat Thomas Cazenave LREM" (but "le syndicat Unité SGP Police FO"
            // is one name).
            if k > i + 1
                && t.all_caps
                && !self.toks[i].all_caps
                && t.end - t.start >= 2
                && self.cls.first_name(i).is_some()
                && self.listed_as(k, k + 1, Label::ORG)
            {
                break;
            }
            if k > i && self.name_starts_at(i, k) {
                break;
            }
            if self.cap(k) || (k > i && t.kind == TokenKind::Number && t.end - t.start <= 4) {
                // An initial: "J." inside or at the end of a name.
                e = k + 1;
                if self.one_char(k)
                    && t.kind == TokenKind::Word
                    && k + 1 < n
                    && self.is(k + 1, ".")
                    && self.touches_next(k)
                {
                    e = k + 2;
                    k += 2;
                    continue;
                }
                k += 1;
                // Hyphen or apostrophe joins: "Jean-Pierre", "Val-d'Oise", "Beaumont-sur-Oise",
                // "O'Neill".
                while k + 1 < n
                    && k - i < MAX_CHUNK
                    && self.touches_next(k - 1)
                    && self.touches_next(k)
                    && self.is_joiner(k)
                {
                    if self.toks[k + 1].kind == TokenKind::Punct {
                        break;
                    }
                    // "Jeanine Durning’s This Shape": a possessive ends the name.
                    if self.is(k + 1, "s") && !self.is(k, "-") {
                        return e.max(i);
                    }
                    e = k + 2;
                    k += 2;
                    // lower-case joiner ("sur", "d'") must be followed by another joined part.
                }
                // Trim a trailing lower-case joined part ("Saint-Denis-la" cannot end a name).
                while e > i + 1
                    && !self.toks[e - 1].upper_initial
                    && self.toks[e - 1].kind == TokenKind::Word
                {
                    if self.is_joiner(e - 2) {
                        e -= 2;
                        if e <= i + 1 {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                continue;
            }
            // Particles: "de Villepin", "van der Leyen", "ben Salmane", "al-Assad", "d'Estaing".
            if k > i && t.kind == TokenKind::Word && self.particle(k) {
                match self.name_after_particles(k) {
                    Some(m) => {
                        k = m;
                        continue;
                    }
                    None => break,
                }
            }
            if k > i && self.is_d_apostrophe_name(k) {
                k += 2;
                continue;
            }
            break;
        }
        e.max(i)
    }

    /// A second person's name starts at `k`, inside the capitalized run from `i`: a first name
    /// and a surname after a name that ends in a surname ("Pour Thierry Mariani Jean-Claude
    /// Juncker est …"), after a listed place or a common word ("le député du Gard Olivier
    /// Gaillard"), or after a word and "de" ("l'amie de Serge Dassault"). Not after another
    /// first name ("Jean Pierre Raffarin") nor without a surname after it ("Edouard Philippe").
    fn name_starts_at(&self, i: usize, k: usize) -> bool {
        // (A capitalized particle or article is no first name: "Xavier Dupont De Ligonnès",
        // "Salut Les Terriens".)
        if !self.cap(k)
            || self.cls.first_name(k).is_none()
            || self.particle_any_case(k)
            || self.cls.in_list(k, classes::NOT_NAME)
        {
            return false;
        }
        // The first name's joined parts ("Jean-Claude"), then a surname.
        let mut m = k + 1;
        while m + 1 < self.n()
            && self.is_joiner(m)
            && self.touches_next(m - 1)
            && self.touches_next(m)
            && self.cap(m + 1)
        {
            m += 2;
        }
        if !(m < self.n()
            && !self.toks[m].line_start
            && (self.cap(m) && self.cls.first_name(m).is_none()
                || self.particle(m) && self.name_after_particles(m).is_some()))
        {
            return false;
        }
        let p = k - 1;
        // A first name before it is one too ("Jean Pierre Raffarin"), but a listed place or
        // a common word that lists of first names hold as well ("Gard", "Vitale").
        let first = |q: usize| self.cls.first_name(q).is_some();
        let place = |q: usize| {
            self.cls.strong(q)
                || self.listed_as(q, q + 1, Label::LOC)
                || self.listed_as(q, q + 1, Label::ORG)
        };
        // (Not after a first name or a title and "de": "Ronaldo de Assis Moreira",
        // "Vice-Président de Nissan Design".)
        if self.is(p, "de") {
            return p > i
                && self.cap(p - 1)
                && !self.is_title(p - 1)
                && (!first(p - 1) || self.cls.common(p - 1) || place(p - 1));
        }
        // (Nor after a particle: "Malek Ibn Anas".)
        if !self.cap(p) || self.particle_any_case(p) {
            return false;
        }
        if p == i {
            // (A first name that is also a place needs an article before it: "du Gard", "en
            // Louisiane", "de l'Aude", not "de Juan Luis Malpartida", "Mary Anne Trump".)
            let article = || {
                i > 0
                    && ["du", "au", "aux", "le", "la", "en", "dans", "'"]
                        .iter()
                        .any(|w| self.is(i - 1, w))
            };
            // (Nor after a title: "Attorney General Loretta Lynch" stays as it was.)
            if i > 0 && self.is_title(i - 1) {
                false
            } else if first(i) {
                place(i) && article()
            } else {
                place(i) || self.cls.common(i)
            }
        } else {
            !first(p) && first(i)
        }
    }

    /// The capitalized word (on the same line) after the particles and joiners starting at `k`
    /// (at most three: "van der", "al-"), if any.
    fn name_after_particles(&self, k: usize) -> Option<usize> {
        let n = self.n();
        let mut m = k;
        while m < n && m - k < 3 && (self.particle(m) || self.is_joiner(m)) {
            m += 1;
        }
        // An acronym or a century is no surname: "Laurent Berger de la CFDT", "Sara Seager du
        // MIT", "Hippolyte Flandrin du XIXe".
        let acronym = |m: usize| {
            self.toks[m].all_caps && !self.one_char(m) || {
                let b = self.bytes(m);
                b.len() > 1
                    && b.ends_with(b"e")
                    && b[..b.len() - 1].iter().all(|c| b"IVXLC".contains(c))
            }
        };
        // "Brad Thompson des Cardinals de Saint-Louis": a team after "des" is no surname.
        let team = || self.is(m - 1, "des") && self.team(m).is_some();
        // "Brett Myers des Phillies de Philadelphie", "Jean Martin du Crédit agricole": a listed
        // organization after "des" or "du" is no surname.
        let listed_org = || {
            (self.is(m - 1, "des") || self.is(m - 1, "du"))
                && (m + 1..=n.min(m + 6)).any(|j| self.listed_as(m, j, Label::ORG))
        };
        (m < n
            && self.cap(m)
            && !self.toks[m].line_start
            && !acronym(m)
            && !team()
            && !listed_org())
        .then_some(m)
    }

    /// Token `i` is listed only as organizations it does not spell out: an acronym read in
    /// title case ("Iris" for "IRIS"), which as a first name is no strong word.
    fn title_case_acronym(&self, i: usize) -> bool {
        let g = &self.engine.gazetteer;
        let w = self.tok(i);
        // The surname after it is no place, listed body or first name ("Peta France", "Raid
        // Jean-Michel Fauvergue": the body, then a name).
        let j = i + 1;
        let surname =
            j < self.n() && self.cap(j) && !self.cls.strong(j) && self.cls.first_name(j).is_none();
        surname
            && !self.toks[i].all_caps
            && g.lookup(&w.to_uppercase()).is_some_and(|p| {
                g.candidates(p)
                    .all(|e| e.label == Label::ORG && !e.canonical.starts_with(w))
            })
    }

    /// Tokens `k..k + 3` are "d", "'" and a capitalized word ("d'Estaing").
    fn is_d_apostrophe_name(&self, k: usize) -> bool {
        self.is(k, "d") && k + 2 < self.n() && self.is(k + 1, "'") && self.cap(k + 2)
    }

    /// A known first name at token `i` (perhaps hyphenated, within `end`): the end of the first
    /// name and its gender.
    fn is_first_name(&self, i: usize, end: usize) -> Option<(usize, Option<Gender>)> {
        // The first name may be hyphenated: "Jean-Michel".
        let mut unit_end = i + 1;
        while unit_end + 1 < end
            && self.is(unit_end, "-")
            && self.touches_next(unit_end - 1)
            && self.cap(unit_end + 1)
        {
            unit_end += 2;
        }
        if unit_end > i + 1 {
            // "Al-Khoms", "Al-Aqsa", "El-Helw": the Arabic article, no first name "Al".
            if matches!(self.tok(i), "Al" | "El") {
                return None;
            }
            if let Some(g) = self.engine.lexicon.first_name(self.span(i, unit_end)) {
                return Some((unit_end, g));
            }
            // "Vice-Président de Renault", "Vice-Amiral": a title, though "Vice" is a first
            // name in the lists (a common word, unlike "Marion" in "Marion-Maréchal Le Pen").
            if self.cls.lists(i + 2) & classes::ROLE != 0 && self.cls.common(i) {
                return None;
            }
        }
        if self.toks[i].all_caps || self.one_char(i) || self.bytes(i).is_empty() {
            return None;
        }
        self.cls.first_name(i).map(|g| (i + 1, g))
    }

    /// Whether a hyphen and a lower-case syllable of a romanized given name follow the
    /// capitalized token before `end`, all joined ("Kyeong-doo", "Jong-il"): two to seven
    /// letters that are no common word (but "il").
    fn syllable_after(&self, end: usize) -> bool {
        if end == 0 || end + 1 >= self.n() || !self.cap(end - 1) || !self.is(end, "-") {
            return false;
        }
        let t = self.toks[end + 1];
        let w = self.tok(end + 1);
        self.touches_next(end - 1)
            && self.touches_next(end)
            && t.kind == TokenKind::Word
            && !t.upper_initial
            && (2..=7).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !(end + 2 < self.n() && self.touches_next(end + 1) && self.is(end + 2, "-"))
            && !matches!(
                w,
                "dont"
                    | "et"
                    | "ou"
                    | "qui"
                    | "que"
                    | "ci"
                    | "elle"
                    | "on"
                    | "ils"
                    | "de"
                    | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "les"
            )
            && (w == "il"
                || !self.engine.lexicon.is_common(w, crate::lang::Lang::Fr)
                    && !self.engine.lexicon.is_common(w, crate::lang::Lang::En))
    }

    /// Whether the chunk `i..end` opens with a common word and a particle ("de", "du", "des",
    /// "d'").
    fn common_before_particle(&self, i: usize, end: usize) -> bool {
        i + 2 < end && matches!(self.tok(i + 1), "de" | "du" | "des" | "d") && self.cls.common(i)
    }

    /// Whether a noun that announces a body ("le groupe", "la compagnie", "le quotidien"),
    /// maybe with a demonym after it ("l'agence iranienne", "le journal espagnol"), stands right
    /// before token `i`: a town's name there is a body's ("le groupe suédois Abba", "la société
    /// suédoise Mölnlycke"). Not "site" ("le site Pompéi").
    fn org_noun_before(&self, i: usize) -> bool {
        let noun = |k: usize| self.cls.in_list(k, classes::ORG_CONTEXT) && !self.is(k, "site");
        i > 0
            && !self.toks[i - 1].upper_initial
            && !self.toks[i].line_start
            && (noun(i - 1)
                || i > 1
                    && !self.toks[i - 2].upper_initial
                    && self.cls.demonym(i - 1)
                    && noun(i - 2))
    }

    /// The candidate of a gazetteer hit: its best entry in context, unless the context says the
    /// words are no name.
    fn hit_cand(&self, hit: &Hit) -> Option<Cand<'e>> {
        let engine = self.engine;
        let i = hit.first_token;
        let single = hit.end_token == i + 1;
        let text = &self.doc.text[hit.start..hit.end];
        // A one-token hit spans its token: the token's classes answer for its text.
        let t = self.toks[i];
        let own = single && hit.start == t.start as usize && hit.end == t.end as usize;
        let demonym = || {
            if own {
                self.cls.demonym(i)
            } else {
                engine.lexicon.is_demonym(text)
            }
        };
        // "du Cher (18)", "du Nord (59)": a French département followed by its number in
        // parentheses (the number its list id ends with) is that place, even when its name is
        // a common word or a point of the compass.
        let department = {
            let end = hit.end_token;
            let numbered = |e: &&Entry| {
                e.id.strip_prefix("iso3166-2:FR-")
                    .is_some_and(|code| self.is(end + 1, code))
            };
            // "le préfet du Nord", "député du Nord", "dans le Nord": a French département
            // after a noun of its administration, or after "dans le".
            // (Not "dans le Nord de la France", "dans le Nord Aveyron".)
            let administered = || {
                let after = |k: usize| {
                    k >= self.n()
                        || !self.toks[k].upper_initial
                            && !matches!(self.tok(k), "de" | "du" | "des" | "d")
                };
                i >= 2
                    && (self.is(i - 1, "du") && words::is_administration(self.tok(i - 2))
                        || self.is(i - 1, "le") && self.is(i - 2, "dans") && after(end))
            };
            let french_departement = |e: &&Entry| {
                e.id.strip_prefix("iso3166-2:FR-")
                    .is_some_and(|code| code.len() <= 3 && code.bytes().all(|b| b.is_ascii_digit()))
            };
            if end + 2 < self.n() && self.is(end, "(") && self.is(end + 2, ")") {
                engine.gazetteer.candidates(hit.pattern).find(numbered)
            } else if single && administered() {
                engine
                    .gazetteer
                    .candidates(hit.pattern)
                    .find(french_departement)
            } else {
                None
            }
        };
        if single
            && department.is_none()
            && if own {
                self.cls.lists(i) & classes::NOT_NAME != 0
            } else {
                words::not_name(text)
            }
        {
            return None;
        }
        // "CINQ ÉLUS, UN ÉLIMINÉ": a French function word in capitals is no listed acronym
        // ("UN", the United Nations in English).
        if single
            && own
            && t.all_caps
            && self.doc.lang == crate::lang::Lang::Fr
            && words::FRENCH_WORDS_IN_CAPITALS.contains(&text)
        {
            return None;
        }
        // "la RN 20", "la RD 906": a road, not the party ("RN") or a body.
        if single
            && own
            && matches!(text, "RN" | "RD" | "RC")
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
        {
            return None;
        }
        // "20 minutes" in lower case is a length of time ("pendant 20 minutes", "un oral de 20
        // minutes": 25 of 34 in OrangeSum) unless a source is cited ("selon 20 minutes",
        // "Interrogé par 20 minutes", "comme le relate 20 minutes", "20 minutes s'est
        // entretenu avec").
        if self.toks[i].kind == TokenKind::Number
            && hit.end_token == i + 2
            && matches!(self.tok(i + 1), "minutes" | "heures" | "jours" | "secondes")
            && !self.cited_medium(i, hit.end_token)
        {
            return None;
        }
        let person_context = self.honorific_before(i).is_some() || self.role_before(i).is_some();
        let place_context = i > 0
            && (self
                .cls
                .in_list(i - 1, classes::SPATIAL | classes::PLACE_PREP)
                // "dans la Creuse", "dans le Var" (not "dans le centre").
                || i > 1
                    && self.is(i - 2, "dans")
                    && self.toks[i].upper_initial
                    && ["la", "le", "les"].iter().any(|w| self.is(i - 1, w)));
        let place_context = place_context || single && self.town_context(i, hit.end_token);
        // "Langon (Gironde)", "Amiens (Somme)": a place's département or region in parentheses
        // after it.
        let parenthesized = || {
            i > 1
                && self.is(i - 1, "(")
                && self.cap(i - 2)
                && hit.end_token < self.n()
                && self.is(hit.end_token, ")")
        };
        // The highest score wins, then an entry named as the text is ("Jura" the French
        // department, not the Swiss "Canton du Jura"; "Maryland", not Liberia's "Comté de
        // Maryland"), then the smallest canonical name, then the last entry (as `max_by` on
        // (score, own name, reversed name) would pick); each entry is scored once.
        let mut top: Option<(&Entry, i64)> = None;
        for e in engine.gazetteer.candidates(hit.pattern) {
            let s = entry_score(e, person_context, place_context);
            let keep = top.is_some_and(|(b, bs)| {
                bs > s
                    || bs == s && {
                        let (own_b, own_e) = (b.canonical == text, e.canonical == text);
                        own_b && !own_e || own_b == own_e && e.canonical > b.canonical
                    }
            });
            if !keep {
                top = Some((e, s));
            }
        }
        let (best, _) = top?;
        let best = department.unwrap_or(best);
        // "le ministre de l'Éducation nationale", "la ministre des Outre-mer", "ministre de
        // l'Europe et des Affaires étrangères": a portfolio, part of the role.
        if self.portfolio_of_minister(i, hit.end_token, text) {
            return None;
        }
        // "Iris Mittenaere": an acronym read in title case ("IRIS", "Iris") that is a first name,
        // before a capitalized word, is the person's first name.
        if single
            && best.label == Label::ORG
            && own
            && self.cls.first_name(i).is_some()
            && self.title_case_acronym(i)
        {
            return None;
        }
        // "Marianne James", "Marianne Faithfull": a medium named by a first name (the magazine
        // Marianne), before a capitalized word that no list or lexicon knows and that ends the
        // name, is the person's first name (30 times in OrangeSum).
        if single
            && own
            && best.kind == Kind::Media
            && self.cls.first_name(i).is_some()
            && self.cap_next(i)
            && self.toks[i + 1].kind == TokenKind::Word
            && !self.toks[i + 1].all_caps
            && !self.cls.strong(i + 1)
            && !self.cls.common(i + 1)
            // (Two words, the second no abbreviation: not "Figaro Tv Magazine", "Figaro TVMag".)
            && self.tok(i + 1).chars().count() > 2
            && !self.tok(i + 1).chars().skip(1).any(char::is_uppercase)
            && !self.cap_next(i + 1)
        {
            self.medium_first_name.set(i + 1);
            return None;
        }
        // "Audi North of America", "West Point", "Southwest Soda Pop Shop": an English point of
        // the compass alone is no region (the lists name Cameroon's and Lebanon's so).
        if own && best.kind == Kind::Region && self.cls.lists(i) & classes::COMPASS != 0 {
            return None;
        }
        let generated_place = best.origin == ListOrigin::Generated
            && best.label == Label::LOC
            && best.kind != Kind::Country;
        if single
            && own
            && best.label == Label::LOC
            && best.kind != Kind::Country
            && self.org_noun_before(i)
        {
            return Some(Cand::rule(i, i + 1, Label::ORG, None, "org-context"));
        }
        if single && generated_place {
            let common = if own {
                self.cls.common(i)
            } else {
                with_lower(text, |l| engine.lexicon.is_common(l, self.doc.lang))
            } || demonym();
            // A place that is also a common word needs a spatial preposition, or to stand
            // mid-sentence as a big place (capitalized by the writer, not by a headline's
            // title case: [`super::title`]).
            if common
                && !place_context
                && (self.doc.sentence_initial(i)
                    || best.pop < 100_000
                    || !self.toks[i].upper_initial)
                && !parenthesized()
                && department.is_none()
                && !self.region_after_article(i, best, false)
                && !self.after_coordinated_place(i)
            {
                return None;
            }
            let first_name = || {
                if own {
                    self.cls.first_name(i).is_some()
                } else {
                    engine.lexicon.first_name(text).is_some()
                }
            };
            // A person's first name followed by a capitalized word is a person, not a place
            // (but "du Gard Olivier Gaillard": a second name starts after it).
            if self.cap_next(i) && first_name() && !(own && self.name_starts_at(i, i + 1)) {
                return None;
            }
            if t.all_caps && text.chars().count() <= 3 {
                return None;
            }
            // A first name alone that is also a small town ("Léo et Leslie", "le petit
            // George", "Jacquie et Michel") needs a preposition of places, or an elided
            // article ("d'Orly", "à l'Olympia").
            let elided =
                i > 1 && self.is(i - 1, "'") && (self.is(i - 2, "d") || self.is(i - 2, "l"));
            if !place_context
                && !elided
                && best.kind == Kind::City
                && best.pop < 100_000
                && !(i + 1 < self.n() && self.is(i + 1, "("))
                && first_name()
            {
                return None;
            }
        }
        // Small places named with an article ("L'Union") need a spatial preposition.
        if generated_place
            && !place_context
            && best.pop < 30_000
            && matches!(self.tok(i), "L" | "La" | "Le" | "Les")
        {
            return None;
        }
        // (After "en", "à", "in", a word that is also a demonym is the place: "en Lorraine".)
        let strictly_spatial = || {
            i > 0
                && ["en", "à", "in", "En", "À", "In"]
                    .iter()
                    .any(|w| self.is(i - 1, w))
        };
        if single
            && best.kind != Kind::Country
            && demonym()
            && !strictly_spatial()
            && !self.region_after_article(i, best, true)
        {
            return None;
        }
        // A common-noun phrase from a list ("police judiciaire", "gendarmerie nationale") is not
        // a name; "ministère de l'Intérieur", "université Harvard", "easyJet" are.
        if !single
            && text.starts_with(char::is_lowercase)
            && !text
                .split([' ', '\'', '-'])
                .any(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        // A subdivision named after its chief town ("Province de Modène", "Paroisse de
        // Portland") is that town when it has 100,000 people or more: news means the town (the
        // name found the same way).
        let best = if best.kind == Kind::Region && admin_after_town(&best.canonical) {
            engine
                .gazetteer
                .candidates(hit.pattern)
                .filter(|e| e.label == Label::LOC && e.kind == Kind::City && e.pop >= 100_000)
                .max_by_key(|e| e.pop)
                .unwrap_or(best)
        } else {
            best
        };
        Some(Cand::listed(i, hit.end_token, best))
    }

    /// A product's model follows the maker named at tokens `[i, end)`: "la Bugatti EB110", "une
    /// Porsche 911", "Boeing 737", "la Bugatti Type 35C", "la Polestar 2". The maker is then
    /// part of the product's name, no organization. The model is a word with a digit, or
    /// "Type", "Série", "Classe" before a word; not a year ("Miss France 2019"), a percentage
    /// or a count ("EasyJet 233 vols"); a number of one or two digits only after a feminine
    /// article and a maker's name in lower case ("le Samu 75", "la CGT 94" are the bodies).
    /// [`Ctx::model_end`] gives where the product's name ends.
    fn model_after(&self, i: usize, end: usize) -> bool {
        // ("le vol Air France 853": a flight of the company.)
        if end == 0 || end >= self.n() || i > 0 && matches!(self.tok(i - 1), "vol" | "flight") {
            return false;
        }
        let rest = &self.doc.text[self.toks[end - 1].end as usize..];
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        // The next run of letters, digits and joining signs.
        let chunk = |s: &'a str| {
            let len = s
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '+' | '/' | '.')))
                .unwrap_or(s.len());
            s[..len].trim_end_matches(['.', '-', '/'])
        };
        let model = chunk(rest);
        if matches!(model, "Type" | "Série" | "Classe") {
            let next = rest[model.len()..]
                .strip_prefix(' ')
                .map(chunk)
                .unwrap_or("");
            return next.starts_with(|c: char| c.is_ascii_alphanumeric());
        }
        let b = model.as_bytes();
        if b.is_empty() || !b.iter().any(u8::is_ascii_digit) || !b[0].is_ascii_alphanumeric() {
            return false;
        }
        let after = rest[model.len()..].trim_start();
        if after.starts_with(['%', '€', '$']) {
            return false;
        }
        let digits = b.iter().all(u8::is_ascii_digit);
        if digits {
            if b.len() == 4 && (b.starts_with(b"19") || b.starts_with(b"20")) {
                return false;
            }
            // A count of things: "233 vols", "600 personnalités".
            let word = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let counted = word.starts_with(char::is_lowercase)
                && word.len() > 3
                && (word.ends_with('s') || word.ends_with('x'))
                && !matches!(
                    word,
                    "dans" | "sous" | "vers" | "depuis" | "après" | "alors"
                );
            if counted {
                return false;
            }
            if b.len() <= 2 {
                return i > 0
                    && !self.toks[i].all_caps
                    && ["la", "La", "une", "Une", "cette", "Cette"]
                        .iter()
                        .any(|w| self.is(i - 1, w));
            }
        }
        true
    }

    /// The end of a product's name whose model starts at token `i` ("EB110 Super Sport (1995)"
    /// ends before the parenthesis, "DB4 GT Zagato Continuation de" before "de", "GTO. Enzo"
    /// at the full stop): words with a capital or a digit, and the signs between two of them
    /// ("GT-R50", "3.0", "917/30"; "SP16+").
    fn model_end(&self, mut i: usize) -> usize {
        let n = self.n();
        while i < n {
            let t = self.toks[i];
            let part = match t.kind {
                TokenKind::Word => t.upper_initial || self.bytes(i).iter().any(u8::is_ascii_digit),
                TokenKind::Number => true,
                _ => {
                    let joined = i > 0 && self.touches_next(i - 1);
                    match self.tok(i) {
                        "+" => joined,
                        "-" | "/" => joined && self.touches_next(i),
                        "." => {
                            joined
                                && self.touches_next(i)
                                && self.toks[i - 1].kind == TokenKind::Number
                                && i + 1 < n
                                && self.toks[i + 1].kind == TokenKind::Number
                        }
                        _ => false,
                    }
                }
            };
            if !part {
                break;
            }
            i += 1;
        }
        i
    }

    /// Token `i` opens the name of a natural place: after a noun of [`words::NATURAL_FEATURES`]
    /// that follows an article or a preposition ("la rivière Boutonne", "sur l'île de Martha
    /// Vineyard", "la vallée du Val Ferret"; not "Dans sa vallée, Paul"). Some(true)
    /// when "de", "du", "des", "d'", "de la" or "de l'" comes between (the name is the place's
    /// whatever it looks like: "la plage de Pen Trez"), Some(false) when the name follows the
    /// noun ("l'île Didier Fouquet" may be the island's mayor).
    fn natural_feature_before(&self, i: usize) -> Option<bool> {
        // The noun's position and whether a "de" links it (one look at the token before the
        // name decides where the noun can be).
        let (noun, linked) = match self.tok(i.checked_sub(1)?) {
            "'" => {
                let k = i.checked_sub(2)?;
                match self.tok(k) {
                    "l" if k >= 1 && self.is(k - 1, "de") => (k.checked_sub(2)?, true),
                    "d" => (k.checked_sub(1)?, true),
                    _ => return None,
                }
            }
            "la" if i >= 2 && self.is(i - 2, "de") => (i.checked_sub(3)?, true),
            "du" | "des" | "de" => (i.checked_sub(2)?, true),
            _ => (i - 1, false),
        };
        if !words::NATURAL_FEATURES.contains(&self.tok(noun)) || noun == 0 {
            return None;
        }
        let before = if self.is(noun - 1, "'") && noun >= 2 {
            noun - 2
        } else {
            noun - 1
        };
        let determiner = [
            "le", "la", "l", "les", "du", "au", "aux", "des", "un", "une", "ce", "cette", "sa",
            "son", "leur", "petite", "grande",
        ];
        let w = self.tok(before);
        determiner
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
            .then_some(linked)
    }

    /// A person a rule found ends at its last word, not at a number or a month after it
    /// ("Hillary Clinton 3 points", "Donald Trump 384", "in Orlando July 8"); a single word
    /// left ("May 2011", "Just 28", "Ward 8") is no person (None). Other candidates are
    /// returned as they are.
    fn person_without_number<'c>(&self, mut c: Cand<'c>) -> Option<Cand<'c>> {
        if c.label != Label::PER || !matches!(c.origin, Origin::Rule(_)) {
            return Some(c);
        }
        let mut e = c.end;
        while e > c.first + 1
            && self.toks[e - 1].kind == TokenKind::Number
            && self.toks[e - 2].end < self.toks[e - 1].start
        {
            e -= 1;
        }
        if e == c.end {
            return Some(c);
        }
        // ("Orlando July 8": the month before the day.)
        while e > c.first + 1 && self.cls.lists(e - 1) & classes::NOT_NAME != 0 {
            e -= 1;
        }
        if e == c.first + 1 {
            return None;
        }
        c.end = e;
        Some(c)
    }

    /// The sentence of token `i` ends with a question mark.
    fn question(&self, i: usize) -> bool {
        let seg = self.doc.seg;
        seg.sentences
            .get(seg.sentence_of(i))
            .and_then(|s| {
                (s.start..s.end).rev().find(|&k| {
                    self.toks[k].kind == TokenKind::Punct
                        && !matches!(self.tok(k), "\"" | "'" | ")" | "»" | "”" | "’")
                })
            })
            .is_some_and(|k| self.is(k, "?"))
    }

    /// Tokens `[i, end)` name a town by their context: after a noun of towns and "de" ("le maire
    /// de Valenciennes", "la gendarmerie de Cluses", "les habitants de Tautavel"), or before a
    /// listed département or region in parentheses ("Gargenville (Yvelines)"); a capitalized
    /// word mid-sentence, not before another.
    fn town_context(&self, i: usize, end: usize) -> bool {
        let n = self.n();
        // (Not the second part of a compound: "Lyon-Corbas (Rhône)".)
        if i < 2
            || !self.toks[i].upper_initial
            || self.doc.sentence_initial(i)
            || self.cap_next(end - 1)
            || self.is(i - 1, "-") && self.touches_next(i - 1)
        {
            return false;
        }
        let noun = if self.is(i - 1, "de") {
            Some(i - 2)
        } else if self.is(i - 1, "'") && self.is(i - 2, "d") {
            i.checked_sub(3)
        } else {
            None
        };
        let town_noun = |k: usize| words::TOWN_NOUNS.contains(&self.tok(k));
        // (Or after one adjective: "tribunal correctionnel de Quimper", "maire socialiste de
        // Guéret"; and "procureur de la République de Cambrai".)
        let adjective = |k: usize| {
            k > 0
                && (self.adj(k)
                    || ["voisin", "voisine", "socialiste", "adjoint", "adjointe"]
                        .contains(&self.tok(k)))
        };
        let prosecutor = |k: usize| {
            k > 2
                && self.is(k, "République")
                && self.is(k - 1, "la")
                && self.is(k - 2, "de")
                && self.tok(k - 3).starts_with("procureur")
        };
        let compass = |mut k: usize| {
            if !words::TOWN_COMPASS.contains(&self.tok(k)) {
                return false;
            }
            // ("sud-est" is three tokens.)
            while k > 1 && self.is(k - 1, "-") && words::TOWN_COMPASS.contains(&self.tok(k - 2)) {
                k -= 2;
            }
            k > 0 && ["au", "du", "le", "'"].iter().any(|w| self.is(k - 1, w))
        };
        if noun.is_some_and(|k| {
            town_noun(k) || adjective(k) && town_noun(k - 1) || prosecutor(k) || compass(k)
        }) {
            return true;
        }
        // "(Yvelines)": a listed region, the whole of the parentheses.
        if end + 2 < n && self.is(end, "(") && !self.toks[i - 1].upper_initial {
            let close = (end + 2..(end + 6).min(n)).find(|&k| self.is(k, ")"));
            if let Some(c) = close {
                let g = &self.engine.gazetteer;
                return g.lookup(self.span(end + 1, c)).is_some_and(|p| {
                    g.candidates(p)
                        .any(|e| e.label == Label::LOC && e.kind == Kind::Region)
                });
            }
        }
        false
    }

    /// Tokens `[i, end)` stand where a source is cited: after "selon", "par", "les
    /// informations de", "les colonnes de" or a verb of reporting ("comme le rappelle"), or
    /// before one ("… s'est entretenu", "… révèle").
    fn cited_medium(&self, i: usize, end: usize) -> bool {
        let before = |k: usize| {
            with_lower(self.tok(k), |w| {
                words::REPORTING_VERBS.contains(&w) || words::CITING_BEFORE.contains(&w)
            })
        };
        let cited_before = i > 0
            && (before(i - 1)
                || i > 1
                    && self.is(i - 1, "de")
                    && with_lower(self.tok(i - 2), |w| words::CITING_NOUNS.contains(&w))
                || i > 1 && self.is(i - 1, "à") && before(i - 2)
                // "d'après"
                || i > 2 && self.is(i - 1, "après") && self.is(i - 2, "'"));
        let cited_after = end < self.n()
            && self.toks[end].kind == TokenKind::Word
            && with_lower(self.tok(end), |w| {
                words::REPORTING_VERBS.contains(&w) || words::CITING_AFTER.contains(&w)
            });
        cited_before || cited_after
    }

    /// Tokens `[i, end)` name a medium as a photo credit, no entity: a listed medium after
    /// "photo", "Crédit"; a photo agency alone in parentheses or by a slash ("(AFP)", "POOL /
    /// AFP", "AFP/Archives"), not a paper or a channel ("(JDD)", "RMC/BFMTV").
    fn credit(&self, i: usize, end: usize) -> bool {
        let n = self.n();
        let g = &self.engine.gazetteer;
        let media = || {
            g.lookup(self.span(i, end))
                .is_some_and(|p| g.candidates(p).any(|e| e.kind == Kind::Media))
        };
        let paren = i > 0 && self.is(i - 1, "(") && end < n && self.is(end, ")");
        let slash = i > 0 && self.is(i - 1, "/") || end < n && self.is(end, "/");
        // Right before, or before a colon ("Crédit photo : Reuters").
        let credit_word = |k: usize| words::CREDIT_WORDS.contains(&self.tok(k));
        let word_before =
            i > 0 && credit_word(i - 1) || i > 1 && self.is(i - 1, ":") && credit_word(i - 2);
        let agency = || words::PHOTO_AGENCIES.contains(&self.span(i, end));
        (paren || slash) && agency() || word_before && media()
    }

    /// "la Toscane", "de la Gironde", "préfet de Corse", "du Var": a region whose name is also
    /// a common word (or, with `demonym`, a demonym), capitalized mid-sentence after "la",
    /// "le", "du", "l'" or "de", and no name after it ("la Corse Éva Colas" is a woman); a
    /// demonym not after "le" or "du" ("le Corse de 51 ans" is a man); not a point of the
    /// compass ("l'Est") nor a feast.
    fn region_after_article(&self, i: usize, best: &Entry, demonym: bool) -> bool {
        best.kind == Kind::Region
            && i > 1
            && self.toks[i].upper_initial
            && !self.doc.sentence_initial(i)
            && !self.headline(i)
            && !self.cap_next(i)
            && !(i + 1 < self.n() && self.is(i + 1, "'"))
            && (self.is(i - 1, "la")
                || self.is(i - 1, "de")
                || !demonym && (self.is(i - 1, "le") || self.is(i - 1, "du"))
                || self.is(i - 1, "'") && (self.is(i - 2, "l") || self.is(i - 2, "d")))
            && !words::NOT_REGIONS.contains(&self.tok(i))
    }

    /// A lower-case word that extends an institution name: a demonym or an adjective.
    fn adj(&self, k: usize) -> bool {
        let w = self.bytes(k);
        self.cls.lists(k) & classes::LOWER_INITIAL != 0
            && (self.cls.demonym(k)
                || ADJ_ENDINGS
                    .iter()
                    .any(|s| w.ends_with(s.as_bytes()) && w.len() > s.len() + 2))
    }

    /// A French name of words joined by hyphens at `i..end` (no space): a place when a
    /// lower-case word stands among them ("Fleury-Mérogis" starts with a first name, and so do
    /// "Carry-le-Rouet", "Ville-sur-Lumes"; "Saint-Germain-des-Prés"); a first name joined to a
    /// surname names a place or a thing, not the person ("Roland-Garros", "Georges-Pompidou"):
    /// a place after "à", "en" or "de" ("la prison de Fleury-Mérogis"), else nothing. `None`:
    /// not such a name.
    fn hyphen_compound(&self, i: usize, end: usize) -> Option<Option<Cand<'e>>> {
        if end < i + 3
            || !(i..end - 1).all(|k| self.touches_next(k))
            || !(i..end).any(|k| self.is(k, "-"))
            || !(i..end).all(|k| self.toks[k].kind == TokenKind::Word || self.is_joiner(k))
        {
            return None;
        }
        let words = || (i..end).filter(|&k| self.toks[k].kind == TokenKind::Word);
        if words().any(|k| !self.toks[k].upper_initial) {
            return Some(Some(Cand::rule(i, end, Label::LOC, None, "hyphen-place")));
        }
        // (Not "Mac-Mahon", "Al-Baghdadi": short first names are also name particles.)
        let first_then_surname = end == i + 3
            && self.is(i + 1, "-")
            && self.tok(i).chars().count() > 3
            && self.cls.first_name(i).is_some()
            && self.cls.first_name(i + 2).is_none()
            && !self.toks[i + 2].all_caps;
        if !first_then_surname {
            return None;
        }
        // "le match France-Allemagne": two places, no name.
        if self.cls.strong(i + 2) {
            return Some(None);
        }
        let place = i > 0
            && (self
                .cls
                .in_list(i - 1, classes::SPATIAL | classes::PLACE_PREP)
                || self.is(i - 1, "de"));
        Some(place.then(|| Cand::rule(i, end, Label::LOC, None, "hyphen-place")))
    }

    /// A first name and more start at `k` (in a name chunk ending at `end`), after a listed
    /// name at `i..k`.
    fn person_after_listed(&self, i: usize, k: usize, end: usize) -> bool {
        // (A first name ends at `k + 1` or later: a one-word rest is no first name and more.)
        end > k + 1
            && self.is_first_name(k, end).is_some_and(|(u, _)| end > u)
            && self.listed_not_person(i, k)
    }

    /// "Sartrouville et Houilles", "entre Douai et Valenciennes": token `i` follows "et" or
    /// "ou" after a one-word listed place; neither is a first name ("George et Charlotte",
    /// "Paul et Virginie") and no name goes on after it ("Châtelet et Gare de Lyon", "Turbo et
    /// Turbo S").
    fn after_coordinated_place(&self, i: usize) -> bool {
        i >= 2
            && (self.is(i - 1, "et") || self.is(i - 1, "ou"))
            && self.toks[i - 2].upper_initial
            && !self.doc.sentence_initial(i - 2)
            && self.cls.first_name(i).is_none()
            && self.cls.first_name(i - 2).is_none()
            && !self.cap_next(i)
            && !(i + 1 < self.n() && (self.is(i + 1, "de") || self.is(i + 1, "du")))
            && self.listed_as(i - 2, i - 1, Label::LOC)
    }

    /// Extends an institution name after its head: "ministère (français) de l'Intérieur",
    /// "Conseil constitutionnel", "Commission européenne", "Cour de justice de l'Union
    /// européenne".
    fn org_extent(&self, i: usize) -> usize {
        let n = self.n();
        let mut e = i + 1;
        let mut k = self.members_after(i).unwrap_or(i + 1);
        let governing = words::GOVERNING_HEADS
            .iter()
            .any(|h| self.bytes(i).eq_ignore_ascii_case(h.as_bytes()));
        // A street's head (not a park's: "le jardin du Premier ministre"; not a bridge's: "le
        // pont de la Toussaint").
        let street = || {
            matches!(
                self.tok(i),
                "rue"
                    | "Rue"
                    | "place"
                    | "Place"
                    | "avenue"
                    | "Avenue"
                    | "boulevard"
                    | "Boulevard"
                    | "quai"
                    | "Quai"
                    | "gare"
                    | "Gare"
                    | "square"
                    | "Square"
            )
        };
        while k < n && k - i < 14 {
            if self.toks[k].line_start {
                break;
            }
            if self.cap(k) {
                // "le président du Sénat Gérard Larcher": a listed name, then a person's.
                if self.person_after_listed(i, k, self.chunk_end(k)) {
                    break;
                }
                // "le président du Conseil scientifique Jean-François Delfraissy", "de
                // l'Assemblée de Corse Jean-Guy Talamoni": past a governing body's head and
                // its first words, a first name and a surname are a person's (not "Fondation
                // Jean-Jaurès", right after the head, nor "hôpital européen Georges-Pompidou",
                // "Institut sanitaire Robert Koch": places and institutes bear people's names).
                // (After a street's name, a person's: "place de la République Ramata Dieng";
                // not "gare de Paris Montparnasse".)
                let after_street = || street() && self.cap(k - 1) && !self.listed_place_or_body(k);
                // ("l'inspecteur d'Académie Christian Willhelm": a role's complement, and a
                // person right after it.)
                let role_of = || {
                    i >= 2 && matches!(self.tok(i - 1), "de" | "'") && {
                        let r = if self.is(i - 1, "'") && i >= 3 && self.is(i - 2, "d") {
                            i - 3
                        } else {
                            i - 2
                        };
                        self.toks[r].kind == TokenKind::Word
                            && self.cls.lists(r) & classes::ROLE != 0
                    }
                };
                if (k > i + 1 && (governing || after_street())) || k == i + 1 && role_of() {
                    // (A compound first name, "Jean-Guy"; the surname a word of its own: not
                    // "Bas-Rhin", "Mercedes-Benz".)
                    let end = self.chunk_end(k);
                    let surname_at = |mut u: usize| {
                        while u + 1 < end
                            && self.is(u, "-")
                            && self.touches_next(u - 1)
                            && self.touches_next(u)
                            && self.cls.first_name(u + 1).is_some()
                        {
                            u += 2;
                        }
                        end > u && self.toks[u].start > self.toks[u - 1].end && self.cap(u)
                    };
                    if self
                        .is_first_name(k, end)
                        .is_some_and(|(u, _)| surname_at(u))
                    {
                        break;
                    }
                    // (After a street's name, two words no list knows: "place de la
                    // République Ramata Dieng, la sœur du jeune homme".)
                    if !governing
                        && end == k + 2
                        && !self.touches_next(k)
                        && !self.cls.common(k)
                        && !self.listed_place_or_body(k + 1)
                    {
                        break;
                    }
                }
                e = k + 1;
                k += 1;
                // Hyphenated parts: "Robert-Debré", "Midi-Pyrénées", "Cheikh-Anta-Diop".
                while k + 1 < n
                    && k - i < 14
                    && self.touches_next(k - 1)
                    && self.touches_next(k)
                    && self.is_joiner(k)
                    && self.toks[k + 1].kind != TokenKind::Punct
                {
                    k += 2;
                    e = k;
                }
                continue;
            }
            // (Not a verb of the sentence: "L'Agence explique", "la préfecture de Dordogne
            // indique que …".)
            // (A street's or a park's name ends at its last capital: "place de la Concorde
            // exploitée", "jardin des Tuileries descellée"; not "parc national des Cévennes".)
            let site = || {
                let w = self.tok(i);
                words::capitalized_street_head(w) || words::STREET_HEADS.contains(&w)
            };
            if e == k
                && self.adj(k)
                && !self.verb_after_name(k)
                && !(e > i + 1 && site() && (i + 1..e).any(|j| self.cap(j)))
            {
                e = k + 1;
                k += 1;
                continue;
            }
            // "et" + adjective after an adjective: "Transition écologique et solidaire"; not
            // after the head ("l'Assemblée et proposée par le groupe", "au Sénat et
            // signataire du texte").
            if e == k
                && k > i + 1
                && self.is(k, "et")
                && k + 1 < n
                && self.adj(k + 1)
                && self.adj(k - 1)
            {
                e = k + 2;
                k += 2;
                continue;
            }
            // A sport after "de", "d'" or "de l'": "Fédération togolaise de football".
            if e == k {
                let m = self.after_de(k).unwrap_or(k);
                if m > k && m < n && words::ORG_FIELDS.contains(&self.tok(m)) {
                    e = m + 1;
                    // "basket-ball", "canoë-kayak".
                    if e + 1 < n
                        && self.is(e, "-")
                        && self.touches_next(e - 1)
                        && self.touches_next(e)
                    {
                        e += 2;
                    }
                    break;
                }
            }
            // Complements: de, du, des, de la, de l', d', pour la, aux...
            let mut m = k;
            while m < n
                && m - k < 3
                && matches!(
                    self.bytes(m),
                    b"de"
                        | b"du"
                        | b"des"
                        | b"la"
                        | b"l"
                        | b"d"
                        | b"'"
                        | b"pour"
                        | b"aux"
                        | b"of"
                        | b"the"
                        | b"for"
                        | b"and"
                )
            {
                m += 1;
            }
            // (A street's name may be a common word: "place de la République", "place de
            // l'Hôtel de Ville".)
            if m > k
                && m < n
                && self.cap(m)
                && (!self.cls.in_list(m, classes::NOT_NAME) || street())
            {
                // "aux" before a listed place or organization is no complement ("une clinique
                // aux Pays-Bas", "à l'Assemblée aux Échos"; but "Haut Commissariat aux
                // Réfugiés").
                if m == k + 1 && self.is(k, "aux") && self.listed_place_or_body(m) {
                    break;
                }
                k = m;
                continue;
            }
            // "Institut national du cancer", "Agence nationale de sécurité du médicament",
            // "Service départemental d'incendie et de secours": after a head and its
            // adjectives, complements in lower case.
            // (Then a complement with a name may follow: "… de l'Ordre des infirmiers de la
            // Loire".)
            if e == k && e > i + 1 && words::LOWER_COMPLEMENT_HEADS.contains(&self.tok(i)) {
                let end = self.lower_complements(k);
                if end > e {
                    e = end;
                    k = end;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// Token `k`, read as an adjective by its ending, is rather the verb after a name:
    /// "explique", "indique" and such, or any word before "que".
    fn verb_after_name(&self, k: usize) -> bool {
        matches!(
            self.bytes(k),
            b"explique"
                | b"expliquent"
                | b"indique"
                | b"indiquent"
                | b"r\xc3\xa9plique"
                | b"communique"
                | b"revendique"
                | b"applique"
                | b"fabrique"
        ) || k + 1 < self.n() && matches!(self.bytes(k + 1), b"que" | b"qu")
    }

    /// The end of lower-case complements from token `k` ("de la statistique", "de sécurité du
    /// médicament", "d'incendie et de secours", "des maladies infectieuses"): up to three, each
    /// "de", "du", "des", "d'", "de la" or "de l'" (after the first, "et" may come before) and a
    /// noun with at most one adjective; `k` when none.
    fn lower_complements(&self, k: usize) -> usize {
        let n = self.n();
        let mut e = k;
        let mut j = k;
        for round in 0..3 {
            let mut m = j;
            if round > 0 && m < n && self.is(m, "et") {
                m += 1;
            }
            if m >= n {
                break;
            }
            m = match self.bytes(m) {
                b"de" if m + 2 < n && self.is(m + 1, "la") => m + 2,
                b"du" | b"des" => m + 1,
                _ => match self.after_de(m) {
                    Some(after) => after,
                    None => break,
                },
            };
            // (Not a verb: "de conduire une inspection", "de prolonger la période".)
            let verb = m + 1 < n
                && matches!(
                    self.bytes(m + 1),
                    b"un"
                        | b"une"
                        | b"le"
                        | b"les"
                        | b"ses"
                        | b"sa"
                        | b"son"
                        | b"leur"
                        | b"leurs"
                        | b"ce"
                        | b"cette"
                        | b"ces"
                        | b"qu"
                        | b"que"
                )
                || m + 1 < n && self.is(m + 1, "la") && !self.is(m, "de");
            if m >= n || verb || !self.lower_name_noun(m) {
                break;
            }
            j = m + 1;
            // (Not a verb either: "des orthophonistes explique qu'…".)
            if j < n && self.adj(j) && !self.toks[j].line_start && !self.verb_after_name(j) {
                j += 1;
            }
            // "de lutte contre le travail illégal": what the fight is against, whole, or the
            // complement is left out ("Office central", not "Office central de lutte").
            if self.is(m, "lutte") {
                match self.against(j) {
                    Some(end) => j = end,
                    None => break,
                }
            }
            e = j;
        }
        e
    }

    /// The end of "contre" and a lower-case noun phrase at token `j` ("contre le travail
    /// illégal", "contre l'illettrisme"), when nothing that would go on follows it ("à", "aux",
    /// "et", "de"); None otherwise.
    fn against(&self, j: usize) -> Option<usize> {
        let n = self.n();
        if j + 2 >= n || !self.is(j, "contre") {
            return None;
        }
        let mut m = j + 1;
        match self.bytes(m) {
            b"le" | b"la" | b"les" => m += 1,
            b"l" if self.is(m + 1, "'") => m += 2,
            _ => {}
        }
        if m >= n || !self.lower_name_noun(m) {
            return None;
        }
        let mut end = m + 1;
        if end < n && self.adj(end) && !self.verb_after_name(end) {
            end += 1;
        }
        let goes_on = end < n
            && matches!(
                self.bytes(end),
                b"\xc3\xa0" | b"aux" | b"et" | b"de" | b"du" | b"des" | b"d"
            );
        (!goes_on).then_some(end)
    }

    /// Token `m` may be a lower-case noun in an institution's name: a word, on the line, that
    /// is no determiner, pronoun, month or time word ("de novembre", "d'un allongement",
    /// "de la semaine").
    fn lower_name_noun(&self, m: usize) -> bool {
        let t = self.toks[m];
        t.kind == TokenKind::Word
            && !t.upper_initial
            && !t.line_start
            && !words::NOT_IN_LOWER_NAMES.contains(&self.tok(m))
    }

    /// The name chunk at token `i` is listed as a place or an organization, alone or with the
    /// article a contracted one before it stands for ("aux Échos": "Les Échos").
    fn listed_place_or_body(&self, i: usize) -> bool {
        self.listed_not_person(i, self.chunk_end(i))
            || self
                .contracted_cand(i, &mut String::new())
                .is_some_and(|c| c.label != Label::PER)
    }

    /// "Fédération des médecins de France", "Union des maires de l'Oise", "Conseil des droits
    /// de l'Homme": after a body's head, "des" and up to three lower-case words (its members,
    /// "et" or "ou" between two), then the complement's preposition, where [`Self::org_extent`]
    /// goes on (and keeps the words only when a name follows). None when no such words follow.
    fn members_after(&self, i: usize) -> Option<usize> {
        let n = self.n();
        if i + 2 >= n || !self.is(i + 1, "des") || !words::MEMBER_BODY_HEADS.contains(&self.tok(i))
        {
            return None;
        }
        let lower = |k: usize| {
            let t = self.toks[k];
            t.kind == TokenKind::Word
                && !t.upper_initial
                && !t.line_start
                && !words::particle_bytes(self.bytes(k))
                && !matches!(
                    self.bytes(k),
                    b"de"
                        | b"du"
                        | b"des"
                        | b"la"
                        | b"le"
                        | b"les"
                        | b"l"
                        | b"d"
                        | b"et"
                        | b"ou"
                        | b"en"
                        | b"au"
                        | b"aux"
                        | b"pour"
                        | b"par"
                        | b"sur"
                        | b"qui"
                        | b"que"
                )
        };
        let mut k = i + 2;
        let mut words = 0;
        while k < n && words < 3 {
            if lower(k) {
                words += 1;
                k += 1;
            } else if words > 0
                && (self.is(k, "et") || self.is(k, "ou"))
                && k + 1 < n
                && lower(k + 1)
            {
                k += 1;
            } else {
                break;
            }
        }
        if words == 0 || k >= n || !matches!(self.bytes(k), b"de" | b"du" | b"des" | b"d") {
            return None;
        }
        // Not a person's name after them ("le Conseil des ministres de Jean Castex").
        let name = (k + 1..(k + 4).min(n)).find(|&m| self.cap(m))?;
        let end = self.chunk_end(name);
        (end == name + 1 || self.is_first_name(name, end).is_none()).then_some(k)
    }

    /// The name chunk starting at token `i`, labelled by the rules, if any.
    fn chunk_cand(&self, i: usize) -> Option<Cand<'e>> {
        let engine = self.engine;
        let t = self.toks[i];
        let lower_head = self.lower_org_head(i);
        // "M. de Villepin": an honorific before a particle and a name. (Most lower-case words
        // leave here: their text is compared as bytes, not sliced.)
        if !t.upper_initial {
            if !(lower_head || self.cap_next(i) && self.particle(i)) {
                return None;
            }
            if self.particle(i) && self.cap_next(i) {
                if let Some(g) = self.honorific_before(i).or_else(|| self.noble_before(i)) {
                    let end = self.chunk_end(i + 1);
                    return Some(Cand::rule(i, end, Label::PER, g, "honorific"));
                }
            }
            if !lower_head {
                return None;
            }
        }
        let lists = self.cls.lists(i);
        // "a dénoncé sur X", "wrote on X": the social network, not a letter ("plainte contre
        // X", "les rayons X").
        if self.is(i, "X")
            && i > 0
            && (self.is(i - 1, "sur") || self.is(i - 1, "on"))
            && !(i + 1 < self.n() && self.toks[i + 1].kind == TokenKind::Number)
        {
            return Some(Cand::rule(i, i + 1, Label::ORG, None, "network-x"));
        }
        // After a role, a common word a second name follows is no name of its own ("le
        // leader Insoumis Jean-Luc Mélenchon"; see `name_starts_at`).
        if lists & classes::ORG_HEAD == 0
            && self.cap_next(i)
            && self.cls.first_name(i).is_none()
            && self.cls.common(i)
            && self.role_before(i).is_some()
            && self.name_starts_at(i, i + 1)
        {
            return None;
        }
        // Institution heads, lower-case "ministère", "hôpital" included. (Not a lower-case head
        // after an indefinite article: "un hôpital de Khan Younès" is one of the town's, the
        // town alone a name.)
        let indefinite =
            lower_head && i > 0 && with_lower(self.tok(i - 1), |l| matches!(l, "un" | "une"));
        // "Place de la Concorde", "Parc des Princes", "Rue de Rivoli": a street's head in
        // capitals, as a lower-case one.
        let street_cap = t.upper_initial && words::capitalized_street_head(self.tok(i));
        if (lists & classes::ORG_HEAD != 0 || lower_head || street_cap)
            && !indefinite
            && !(t.upper_initial && self.is(i, "Union") && self.doc.sentence_initial(i))
        {
            // "l'école Jules-Ferry", "le stade Vélodrome": a school's or a stadium's name
            // right after the noun, no list's name ("l'école de Pantin", "le stade d'Amiens",
            // "le stade du PSG" are a place's or a club's); not "à ce stade", "auto-école".
            if lower_head && (self.is(i, "école") || self.is(i, "stade")) {
                let n = self.n();
                let named = i + 1 < n
                    && self.cap(i + 1)
                    && !self.toks[i + 1].all_caps
                    && self.cls.lists(i + 1) & classes::NOT_NAME == 0
                    && !(i > 0 && matches!(self.tok(i - 1), "ce" | "-"));
                if !named {
                    return None;
                }
                // (The capitalized words, joined by hyphens: "de Marseille" after "stade
                // Vélodrome" is a place of its own.)
                let mut e = i + 2;
                while e < n
                    && !self.toks[e].line_start
                    && (self.cap(e) && !self.toks[e].all_caps
                        || self.is(e, "-")
                            && self.touches_next(e - 1)
                            && e + 1 < n
                            && self.cap(e + 1))
                {
                    e += 1;
                }
                if self.engine.gazetteer.lookup(self.span(i + 1, e)).is_some() {
                    return None;
                }
                let label = if self.is(i, "stade") {
                    Label::LOC
                } else {
                    Label::ORG
                };
                return Some(Cand::rule(i, e, label, None, "school-or-stadium"));
            }
            let e = self.org_extent(i);
            if e > i + 1 && (!(lower_head || street_cap) || (i + 1..e).any(|k| self.cap(k))) {
                // "îles Belcher", "golfe Persique": the noun and a name that is no listed one
                // ("canal de Suez", "forêt de Fontainebleau": the place's name alone).
                // After a determiner or a preposition (not "un envoi massif de SMS"), with
                // nothing but "de", "du", "des", "la", "l'", "d'" between (not "le mont
                // indonésien Sinabung").
                if lower_head && words::FEATURE_HEADS.contains(&self.tok(i)) {
                    let m = (i + 1..e).find(|&k| self.cap(k))?;
                    let g = &self.engine.gazetteer;
                    const BEFORE: &[&str] = &[
                        "le", "la", "les", "'", "du", "des", "au", "aux", "un", "une", "ce", "cet",
                        "cette", "en", "dans", "sur", "de",
                    ];
                    let introduced = i > 0
                        && BEFORE
                            .iter()
                            .any(|w| self.bytes(i - 1).eq_ignore_ascii_case(w.as_bytes()));
                    let linked = (i + 1..m).all(|k| {
                        matches!(
                            self.bytes(k),
                            b"de" | b"du" | b"des" | b"la" | b"l" | b"d" | b"'"
                        )
                    });
                    let chunk = self.chunk_end(m);
                    if !introduced
                        || !linked
                        || g.lookup(self.span(m, chunk)).is_some()
                        || chunk != e && g.lookup(self.span(m, e)).is_some()
                    {
                        return None;
                    }
                    return Some(Cand::rule(i, e, Label::LOC, None, "feature"));
                }
                if street_cap || lower_head && words::STREET_HEADS.contains(&self.tok(i)) {
                    // "rue de Rivoli", "place Vendôme", "place de la Concorde"; not "à la place
                    // de Marc", nor the verb ("qui place Christiane Taubira en tête", "le
                    // sondage place Stéphane Bern"): after a pronoun, or before a person's name
                    // unless after an article, a preposition or a stop.
                    let m = (i + 1..e).find(|&k| self.cap(k))?;
                    // "le Main Square Festival", "la liste PS-Place Publique": a word of
                    // another name.
                    if street_cap
                        && i > 0
                        && (self.cap(i - 1) && !self.doc.sentence_initial(i - 1)
                            || self.touches_next(i - 1))
                    {
                        return None;
                    }
                    // "le président du parc Didier Réault", "le porte-parole du parc Bobby
                    // Nopandry": a person after the place of a role.
                    let of_role = i > 2
                        && matches!(self.tok(i - 1), "du" | "de" | "des")
                        && (self.role_before(i - 1).is_some()
                            || i > 3 && self.is(i - 2, "parole") && self.is(i - 3, "-"));
                    if of_role && m == i + 1 && {
                        let end = self.chunk_end(m);
                        self.is_first_name(m, end).is_some()
                            || end == m + 2
                                && !self.touches_next(m)
                                && !self.listed_place_or_body(m)
                    } {
                        return None;
                    }
                    // "le jardin de la Maison Blanche", "le parc de l'Élysée": the seat's own
                    // ground, the seat named; "le pont de l'Ascension": a long week-end.
                    let head = self.tok(i);
                    if matches!(head, "jardin" | "Jardin" | "parc" | "Parc")
                        && self.listed_as(m, self.chunk_end(m), Label::ORG)
                        || matches!(head, "pont" | "Pont") && words::HOLIDAYS.contains(&self.tok(m))
                    {
                        return None;
                    }
                    if self.is(i, "place") || self.is(i, "Place") {
                        let after = |ws: &[&str]| i > 0 && ws.iter().any(|w| self.is(i - 1, w));
                        let stop = i == 0 || self.toks[i - 1].kind == TokenKind::Punct;
                        let pronoun = after(&["qui", "il", "elle", "on", "se", "ne", "les", "le"]);
                        // "la mise en place de la PSQ", "sur place", "la première place de
                        // Fugaku".
                        if after(&["en", "sur", "première", "deuxième", "dernière", "seconde"]) {
                            return None;
                        }
                        // The name right after, or after "de la", "du", "des", "de l'" (not
                        // after "à la": "à la place de la France" is "instead of"); not a
                        // person's ("la place de M. Philippe"), a people's ("la place des
                        // Noirs dans"), nor a country's ("la place du Royaume-Uni dans
                        // l'Union").
                        if m > i + 1
                            && (words::honorific(self.tok(m)).is_some()
                                || self.cls.demonym(m)
                                || !street_cap && self.listed_country(m))
                        {
                            return None;
                        }
                        let instead = i > 1
                            && self.is(i - 1, "la")
                            && (self.is(i - 2, "à") || self.is(i - 2, "À"));
                        let linked = m == i + 1
                            || !instead
                                && self.is(i + 1, "de")
                                && (i + 2..m).all(|k| matches!(self.tok(k), "la" | "l" | "'"))
                            || !instead && m == i + 2 && matches!(self.tok(i + 1), "du" | "des");
                        let person = self.is_first_name(m, self.chunk_end(m)).is_some();
                        let introduced = stop
                            || after(&["la", "La", "sur", "Sur", "à", "À", "de", "du", "dans"]);
                        if !linked || pronoun || person && (m > i + 1 || !introduced) {
                            return None;
                        }
                    }
                    return Some(Cand::rule(i, e, Label::LOC, None, "street"));
                }
                return Some(Cand::rule(i, e, Label::ORG, None, "institution"));
            }
        }
        if !self.cap(i) {
            return None;
        }
        if let Some(c) = self.dateline(i) {
            return Some(c);
        }
        // An honorific opens no name chunk: the name is read from the word after it ("le
        // ministre M. Castaner", "juge M. Claeys" after a role or a verb of speech).
        if lists & classes::HONORIFIC != 0 && self.is_title(i) {
            return None;
        }
        // A word that is no name ("Le", "Selon", "Lundi") starts a name only after an
        // honorific ("M. Le Pen"): the rules met before that one (an organization word, a
        // compass word) need a name or a compass word at the head, so most such words leave
        // here without measuring a chunk.
        // ("Notre-Dame-des-Landes" too.)
        let saint = (self.is(i, "Saint") || self.is(i, "Sainte") || self.is(i, "Notre"))
            && self.touches_next(i);
        if lists & classes::NOT_NAME != 0 && lists & classes::COMPASS == 0 && !saint {
            if self.capitalized_particle(i) {
                return Some(Cand::rule(
                    i,
                    self.chunk_end(i + 1),
                    Label::PER,
                    None,
                    "particle",
                ));
            }
            let g = self.honorific_before(i)?;
            return Some(Cand::rule(i, self.chunk_end(i), Label::PER, g, "honorific"));
        }
        // "Can Trump win Ohio?", "Will Warren run?": an English auxiliary that is also a first
        // name, opening a question, opens no name.
        if matches!(self.tok(i), "Can" | "Will" | "May")
            && self.doc.lang == crate::lang::Lang::En
            && self.doc.sentence_initial(i)
            && self.question(i)
        {
            return None;
        }
        let end = self.chunk_end(i);
        if end <= i {
            return None;
        }
        // A capitalized sequence holding an organization word: "Arizona State University".
        if let Some(c) = self.org_word_cand(i) {
            return Some(c);
        }
        if let Some(c) = self.team(i) {
            return Some(c);
        }
        let en = self.doc.lang == crate::lang::Lang::En;
        // "West Texas": a compass word and a place.
        if lists & classes::COMPASS != 0
            && i + 1 < end
            && en
            && self.listed_as(i + 1, end, Label::LOC)
        {
            return Some(Cand::rule(i, end, Label::LOC, None, "compass"));
        }
        if let Some(g) = self.honorific_before(i) {
            return Some(Cand::rule(i, end, Label::PER, g, "honorific"));
        }
        // "une employée prénommée Kelly", "un enfant prénommé Théo": a first name, known or not
        // (not a demonym, "prénommée Indienne"; not an animal's, "une pitbull de 8 mois
        // prénommée Sasha").
        if i > 0 && !self.cls.demonym(i) && !t.all_caps {
            let g = match self.tok(i - 1) {
                "prénommé" | "prénommés" => Some(Some(Gender::M)),
                "prénommée" | "prénommées" => Some(Some(Gender::F)),
                _ => None,
            };
            let animal =
                || (i.saturating_sub(6)..i - 1).any(|k| words::ANIMALS.contains(&self.tok(k)));
            if let Some(g) = g.filter(|_| !animal()) {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name-alone"));
            }
        }
        if lists & classes::NOT_NAME != 0 && !saint {
            return None;
        }
        if !en {
            if let Some(c) = self.hyphen_compound(i, end) {
                return c;
            }
        }
        // "la plage de Pen Trez", "le volcan Etna", "l'île de Martha Vineyard": the name of a
        // natural place, unless a first name follows the noun ("l'île Didier Fouquet").
        // (On the noun's line, mid-sentence: not "… dans un étang⏎Deux enfants"; the name ends
        // before a "de": "la vallée du Gier de Saint-Etienne".)
        if let Some(linked) = (!en && !t.all_caps && !t.line_start)
            .then(|| self.natural_feature_before(i))
            .flatten()
            .filter(|_| !self.doc.sentence_initial(i))
        {
            let end = (i + 1..end)
                .find(|&k| {
                    matches!(self.tok(k), "de" | "du" | "des" | "d")
                        && self.toks[k - 1].end < self.toks[k].start
                })
                .unwrap_or(end);
            if linked || self.is_first_name(i, end).is_none() {
                return Some(Cand::rule(i, end, Label::LOC, None, "natural"));
            }
        }
        // "the Carolina Hurricanes": an English name after "the" is a team or a body, not a
        // person.
        let after_the = en && i > 0 && self.is(i - 1, "the");
        let known_first_name = self.is_first_name(i, end);
        // ("Afro-Américain" starts with the first name "Afro": a demonym is no name.)
        let demonym =
            || i + 1 < end && self.is(i + 1, "-") && engine.lexicon.is_demonym(self.span(i, end));
        let first_name = known_first_name.filter(|_| {
            !after_the
                && (!self.cls.strong(i)
                    || self.title_case_acronym(i)
                    || self.medium_first_name.get() == i + 1)
                && !demonym()
        });
        if let Some((unit_end, g)) = first_name {
            // ("Franck 46 ans": the age is no part of the name.)
            if end > unit_end && !self.age_after(unit_end) {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
            }
            // "Julie, 35 ans, a été abattue", "dénonce Hervé, 55 ans": a first name alone
            // before an age is a person (news names people so when it keeps their surname;
            // rule "first-name-alone", which the linker treats like a story's characters).
            if self.age_after(unit_end) {
                return Some(Cand::rule(i, unit_end, Label::PER, g, "first-name-alone"));
            }
            // "Sarah, la patronne du café": a first name alone before a role in apposition (not
            // a first name that is also a surname or a word, "Allen", "Prince"; not the end of a
            // compound, "Marie-[Noëlle]").
            // (Nor the end of a name the lists do not know: "Safi Ali, une septuagénaire".
            // The word before may be an acronym, a common word or the end of a compound.)
            let starts_name = || {
                i == 0
                    || !self.cap(i - 1)
                    || self.toks[i - 1].all_caps
                    || self.cls.common(i - 1)
                    || i > 1 && self.is(i - 2, "-")
            };
            if end == unit_end
                && !(i > 0 && self.is(i - 1, "-"))
                && starts_name()
                && self.role_after(end)
                && !engine.lexicon.surnames.contains(self.tok(i))
                && !self.cls.common(i)
            {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name-alone"));
            }
            // A first name alone (not the end of a compound, no common word) is a person
            // after a word for a child or a relative's noun ("la petite Maëlys", "le jeune
            // Théo", "les parents de Maëlys", "la mère de Pablo": news names children and
            // victims so; the linker takes the name's other occurrences), and when it speaks
            // or is a case in point ("« … », explique Sally", "« … », a confié Cécilia", "Pour
            // Eric, gaufrier dans une des rues, « … »", "C'est le cas de Nathalie.").
            if end == unit_end && !(i > 0 && self.is(i - 1, "-")) && !self.cls.common(i) {
                if self.child_or_relative_before(i) {
                    return Some(Cand::rule(i, end, Label::PER, g, CHILD_OR_RELATIVE));
                }
                if self.speaks_or_case_in_point(i, end) {
                    return Some(Cand::rule(i, end, Label::PER, g, "first-name-alone"));
                }
            }
            // "Olivier et Fabien B.": a first name alone joined by "et" to a person named by a
            // first name and more is a person too.
            if end == unit_end
                && end + 2 < self.n()
                && self.is(end, "et")
                && self.cap(end + 1)
                && self
                    .is_first_name(end + 1, self.chunk_end(end + 1))
                    .is_some_and(|(u, _)| self.chunk_end(end + 1) > u)
            {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name-alone"));
            }
            if let Some(c) = self
                .story
                .then(|| self.story_first_name(i, end, g))
                .flatten()
            {
                return Some(c);
            }
        }
        if let Some(c) = (self.story && first_name.is_none())
            .then(|| self.story_article_name(i, end))
            .flatten()
        {
            return Some(c);
        }
        // English "Jordan Stewart", "Israel Katz": a first name that also names a country,
        // followed by one word that is a name and nothing else (not a common word as in
        // "Georgia Power", not a demonym, not a country or listed body).
        // French "Florence Lefaix", "Dominique Lefaix": likewise, except for "France" ("France
        // Alzheimer", "France Stratégie" name bodies).
        // ("Dominique Le Guludec": a French surname may open with "Le" or "La".)
        // (Not a listed place: "Paris Le Bourget".)
        let article_surname = !en
            && end == i + 3
            && (self.is(i + 1, "Le") || self.is(i + 1, "La"))
            && engine.gazetteer.lookup(self.span(i + 1, end)).is_none();
        // ("Florence Verney-Carron": a hyphenated surname, each part a name.)
        let hyphen_surname = !en
            && end >= i + 4
            && (end - i) % 2 == 0
            && (i + 1..end - 1).all(|k| self.touches_next(k))
            && (i + 2..end).step_by(2).all(|k| self.is(k, "-"))
            && engine.gazetteer.lookup(self.span(i + 1, end)).is_none();
        if first_name.is_none()
            && (end == i + 2 || article_surname || hyphen_surname)
            && !after_the
            && !t.all_caps
            && (en || !self.is(i, "France"))
        {
            if let Some((_, g)) = known_first_name {
                // ("Paris XXe": an arrondissement's number.)
                let name_word = |j: usize| {
                    self.toks[j].kind == TokenKind::Word
                        && !words::roman_ordinal(self.tok(j))
                        && !self.toks[j].all_caps
                        && self.tok(j).chars().count() >= 3
                        && self.cls.lists(j) & classes::NOT_NAME == 0
                        && !self.cls.demonym(j)
                        && !self.cls.strong(j)
                        && !self.cls.common(j)
                };
                let name_only = if hyphen_surname {
                    (i + 1..end).step_by(2).all(|j| self.cap(j) && name_word(j))
                } else {
                    name_word(end - 1)
                };
                // (In French, only a place that is a first name: "Nissan Leaf" is a car.)
                let place_only = en
                    || engine
                        .gazetteer
                        .lookup(self.span(i, i + 1))
                        .is_some_and(|pat| {
                            engine
                                .gazetteer
                                .candidates(pat)
                                .all(|e| e.label == Label::LOC)
                        });
                if name_only && place_only {
                    return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
                }
            }
        }
        // "l'élue du Texas Rebecca Hale", "le député PS Luc Carvounas": a listed place or
        // organization followed by a person's name stays two names.
        if (i + 1..end.min(i + 4)).any(|p| self.cap(p) && self.person_after_listed(i, p, end)) {
            return None;
        }
        if let Some(g) = self.role_before(i) {
            // "la maire PS de Paris": a party's acronym after a role is no name.
            let acronym = t.all_caps && t.end - t.start <= 5;
            // ("Vice-Président Exécutif des Finances", "le député Insoumis de la Somme": a
            // common word before a particle is a title's or a body's.)
            let common = first_name.is_none() && self.common_before_particle(i, end);
            if !self.cls.demonym(i) && !acronym && !common {
                return Some(Cand::rule(
                    i,
                    end,
                    Label::PER,
                    g.or(first_name.and_then(|f| f.1)),
                    "role",
                ));
            }
        }
        // "Abba Musa Tijjani": an unknown first word before a known first name; not after an
        // article ("le ministre de l'Education Jean-Michel Blanquer": a portfolio, then a name).
        let after_article = || {
            let p = if i >= 2 && self.is(i - 1, "'") {
                i - 2
            } else {
                i - 1
            };
            [
                "l", "L", "la", "le", "les", "du", "de", "des", "d", "au", "aux", "the",
            ]
            .iter()
            .any(|a| self.is(p, a))
        };
        // (Nor an acronym: "le SDF Anne Lorient", "le PDG Patrick Pouyanné".)
        let unknown_word = !t.all_caps && !self.cls.demonym(i) && !self.cls.strong(i);
        if first_name.is_none() && end >= i + 3 && unknown_word && !(i > 0 && after_article()) {
            if let Some((unit_end, g)) = self.is_first_name(i + 1, end) {
                if end > unit_end && !self.cls.common(i) {
                    return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
                }
            }
        }
        // "Shanaaz Gokool": two capitalized words that no dictionary, list or rule knows are a
        // person's name.
        if end == i + 2
            && first_name.is_none()
            && !t.all_caps
            && !self.toks[i + 1].all_caps
            && self.toks[i + 1].start > t.end
        {
            // The known word classes first (one bit test), then the characters, then the
            // look-ups.
            let unknown = |k: usize| {
                let x = self.tok(k);
                self.cls.lists(k) & (classes::NOT_NAME | classes::DEMONYM | classes::STRONG) == 0
                    && x.chars().count() >= 3
                    && x.chars().all(char::is_alphabetic)
                    // (The common-word answer is kept per word; the list look-up is not.)
                    && !self.cls.common(k)
                    && engine.gazetteer.lookup(x).is_none()
                    // In French, English words are no name either ("Flying Spur", "Pebble
                    // Beach", "Walking Dead").
                    && (en || !self.english_word(x))
            };
            // (Not after an article, which names a thing: "le Brabus Invicto", "du Nürburgring
            // Nordschleife".)
            let article = i > 0
                && with_lower(self.tok(i - 1), |l| {
                    matches!(l, "le" | "la" | "les" | "un" | "une" | "du" | "au" | "aux")
                });
            if self.bytes(i) != self.bytes(i + 1) && !article && unknown(i) && unknown(i + 1) {
                return Some(Cand::rule(i, end, Label::PER, None, "unknown-pair"));
            }
            // "Yousri Nasrallah", "Amal Clooney", "Yaïr Netanyahu": an unknown word before a
            // person's listed surname is another person of that name, who does not take the
            // listed one's name. Where it is the listed first name misspelt ("Emannuel
            // Macron", "Jérome Cahuzac", "Malène Schiappa"), it is the listed person, first
            // name included in the span.
            if !article && unknown(i) {
                if let Some(c) = self.first_name_before_listed_surname(i) {
                    return Some(c);
                }
            }
        }
        // "said Wanjiru Kamau", "selon Jean-Marc Dupuis": people speak.
        if end >= i + 2
            && end <= i + 4
            && i > 0
            && first_name.is_none()
            && (i..end).all(|k| !self.toks[k].all_caps)
        {
            let speech = self.cls.in_list(i - 1, classes::SPEECH)
                || (self.is(i - 1, "to") && i > 1 && self.is(i - 2, "according"))
                || (self.is(i - 1, "après") && i > 2 && self.is(i - 2, "'") && self.is(i - 3, "d"));
            // (Not a unit and a title's abbreviation before the name: "said Army Capt.
            // Christian Pardo".)
            let title =
                end < self.n() && self.is(end, ".") && self.cls.lists(end - 1) & classes::ROLE != 0;
            if speech && !title && !self.cls.strong(i) {
                return Some(Cand::rule(i, end, Label::PER, None, "speaker"));
            }
        }
        // "le groupe Novelty", "la chaîne C8", "chipmaker Altavia" (not across a line: "au sein
        // du parti\nLors d'une conférence").
        if i > 0
            && first_name.is_none()
            && end <= i + 4
            && !t.line_start
            && self.cls.in_list(i - 1, classes::ORG_CONTEXT)
            && !self.cls.demonym(i)
        {
            return Some(Cand::rule(i, end, Label::ORG, None, "org-context"));
        }
        if let Some(c) = (end == i + 1 && t.all_caps)
            .then(|| self.caps_place(i))
            .flatten()
        {
            return Some(c);
        }
        if end == i + 1
            && t.all_caps
            && lists & classes::NOT_ORG_ACRONYM == 0
            && self.tok(i).chars().count() <= 6
            && self.tok(i).chars().all(char::is_alphabetic)
            && !self.headline(i)
            // ("FAITS DIVERS", "MÉTÉO", "VOUS": a rubric or a word written in capitals.)
            && !(self.tok(i).chars().count() >= 4 && self.cls.common(i))
            // ("la technologie MHEV", "la boîte PDK", "un cycle NEDC": the name of a thing
            // after its noun; "le groupe PSA" was read above.)
            && !(i > 1
                && !self.toks[i - 1].upper_initial
                // ("la sénatrice RDSE", "un député FI": a party after a role.)
                && self.cls.lists(i - 1) & classes::ROLE == 0
                && self.toks[i - 1].is_word()
                && self.cls.common(i - 1)
                && with_lower(self.tok(i - 2), |l| {
                    matches!(
                        l,
                        "le" | "la"
                            | "les"
                            | "un"
                            | "une"
                            | "des"
                            | "du"
                            | "sa"
                            | "son"
                            | "ses"
                            | "ce"
                            | "cette"
                            | "leur"
                            | "the"
                            | "a"
                            | "an"
                            | "its"
                    )
                }))
        {
            return Some(Cand::rule(i, end, Label::ORG, None, "acronym"));
        }
        // ("a expliqué à Society", "hommage à Dalida": an addressee, not a place.)
        let addressee =
            || i > 1 && self.is(i - 1, "à") && words::ADDRESSEE_BEFORE_A.contains(&self.tok(i - 2));
        if i > 0
            && first_name.is_none()
            && !t.all_caps
            && self.cls.in_list(i - 1, classes::SPATIAL)
            && !self.cls.demonym(i)
            && !addressee()
        {
            // "à Loches": capitalized mid-sentence after "à" is a place even when the word is
            // also a common noun; at a sentence start it needs to be unknown to the dictionary.
            if !self.doc.sentence_initial(i) || !self.cls.common(i) {
                return Some(Cand::rule(i, end, Label::LOC, None, "spatial"));
            }
        }
        // "le maire de Mimet", "Gargenville (Yvelines)": a town no list knows.
        if end == i + 1
            && first_name.is_none()
            && !t.all_caps
            && !self.cls.demonym(i)
            && !self.cls.common(i)
            && self.town_context(i, end)
        {
            return Some(Cand::rule(i, end, Label::LOC, None, "town"));
        }
        None
    }

    /// `w`, lower-cased, is an English dictionary word (asked of French text: "Flying",
    /// "Bruins").
    fn english_word(&self, w: &str) -> bool {
        with_lower(w, |l| {
            self.engine.lexicon.is_common(l, crate::lang::Lang::En)
        })
    }

    /// Token `i` follows a word for a child after a determiner ("la petite", "du jeune") or a
    /// relative's noun and "de" ("les parents de", "la mère d'").
    fn child_or_relative_before(&self, i: usize) -> bool {
        if self.doc.lang != crate::lang::Lang::Fr || i < 2 {
            return false;
        }
        if matches!(self.tok(i - 1), "petit" | "petite" | "jeune") {
            return with_lower(self.tok(i - 2), |l| {
                matches!(
                    l,
                    "le" | "la" | "du" | "au" | "sa" | "son" | "leur" | "ce" | "cette"
                )
            });
        }
        let noun = match self.tok(i - 1) {
            "de" => i - 2,
            "'" if i >= 3 && self.is(i - 2, "d") => i - 3,
            _ => return false,
        };
        words::RELATIVES.contains(&self.tok(noun))
    }

    /// A listed person's surname alone names the model of the brand at `i..end` ("la McLaren
    /// Senna", "une McLaren Senna GTR": Ayrton Senna 41 times in OrangeSum): the surname right
    /// after the brand, on its line, a name the lists give for a person named in full, with no
    /// other name after it; not after a party's acronym ("le RN Aliot").
    fn person_model_after(&self, i: usize, end: usize) -> bool {
        let n = self.n();
        if end >= n
            || !self.toks[end].upper_initial
            || self.toks[end].all_caps
            || self.toks[end].line_start
            || self.toks[end].start != self.toks[end - 1].end + 1
            || (i..end).any(|k| self.toks[k].all_caps)
            || end + 1 < n && self.cap(end + 1) && !self.toks[end + 1].all_caps
        {
            return false;
        }
        // (One look-up: people only, each named in full by the list.)
        let g = &self.engine.gazetteer;
        g.lookup(self.tok(end)).is_some_and(|p| {
            let mut any = false;
            g.candidates(p).all(|e| {
                any = true;
                e.label == Label::PER && e.canonical.contains(' ')
            }) && any
        })
    }

    /// The person named by the unknown word `i` before the listed surname `i + 1`: the listed
    /// person when the word is that person's first name but for two letters or accents, else
    /// a person of its own (rule "first-name-surname").
    fn first_name_before_listed_surname(&self, i: usize) -> Option<Cand<'e>> {
        let g = &self.engine.gazetteer;
        let surname = self.tok(i + 1);
        let mut people = g
            .candidates(g.lookup(surname)?)
            .filter(|e| e.label == Label::PER)
            .peekable();
        // (Some person is listed under the word.)
        people.peek()?;
        let w = self.tok(i);
        // (Not two words run together, "BFMTVFrançois Fillon", "INSTITUTIONSEmmanuel Macron".)
        if !w.chars().skip(1).all(char::is_lowercase) {
            return None;
        }
        for e in people {
            let first = e.canonical.split(' ').next().unwrap_or("");
            if e.canonical.contains(' ') && words::near_spelling(w, first) {
                return Some(Cand::listed(i, i + 2, e));
            }
        }
        Some(Cand::rule(i, i + 2, Label::PER, None, "first-name-surname"))
    }

    /// The name at `i..end` follows a speech verb inverted after a quote ("», explique",
    /// "», a confié") or after "que" ("ce qu'a déclaré"), opens a sentence after "Pour" and
    /// before a comma ("Pour Eric, …"), or follows "le cas de" ("C'est le cas de Nathalie").
    fn speaks_or_case_in_point(&self, i: usize, end: usize) -> bool {
        if self.doc.lang != crate::lang::Lang::Fr || i < 2 {
            return false;
        }
        let n = self.n();
        if self.is(i - 1, "Pour") && end < n && self.is(end, ",") {
            return self.doc.sentence_initial(i - 1);
        }
        if self.is(i - 1, "de") && self.is(i - 2, "cas") {
            return true;
        }
        // The verb, after an auxiliary or not, then the comma and the closing quote mark.
        let lex = crate::quote::lexicon::lexicon();
        let finite = |k: usize, participle: bool| {
            with_lower(self.tok(k), |l| {
                lex.verb(l, crate::lang::Lang::Fr).is_some_and(|forms| {
                    forms.iter().any(|f| {
                        f.before.is_none() && f.participle == participle && !f.first_person
                    })
                })
            })
        };
        let v = i - 1;
        let comma = if finite(v, false) {
            v - 1
        } else if v >= 2 && matches!(self.tok(v - 1), "a" | "avait") && finite(v, true) {
            v - 2
        } else {
            return false;
        };
        // (Or "ce qu'a déclaré Sheila", "ce que raconte Julie".)
        comma >= 1
            && (self.is(comma, ",") && matches!(self.tok(comma - 1), "»" | "\"" | "”")
                || self.is(comma, "que")
                || self.is(comma, "'") && self.is(comma - 1, "qu"))
    }

    /// An age follows token `end - 1`: ", 35 ans" or " 35 ans".
    fn age_after(&self, end: usize) -> bool {
        let n = self.n();
        let k = if end < n && self.is(end, ",") {
            end + 1
        } else {
            end
        };
        k + 1 < n
            && self.toks[k].kind == TokenKind::Number
            && self.tok(k).len() <= 3
            && self.is(k + 1, "ans")
    }

    /// A role in apposition after token `end`: ", la patronne du café", ", un infirmier", ",
    /// étudiant en histoire" ("Sarah, la patronne du café, s'est confiée": a first name alone
    /// before it is a person).
    fn role_after(&self, end: usize) -> bool {
        let n = self.n();
        if end + 2 >= n || !self.is(end, ",") {
            return false;
        }
        let mut k = end + 1;
        if matches!(
            self.tok(k),
            "le" | "la" | "un" | "une" | "son" | "sa" | "notre" | "leur" | "the" | "a" | "an"
        ) {
            k += 1;
        } else if self.tok(k) == "l" && self.is(k + 1, "'") {
            k += 2;
        }
        k < n
            && self.toks[k].kind == TokenKind::Word
            && !self.toks[k].upper_initial
            && (self.cls.lists(k) & classes::ROLE != 0
                || words::APPOSITION_NOUNS.contains(&self.tok(k)))
    }

    /// The gender of a role in apposition after token `end` (", l'avocate d'un lycéen", ", la
    /// juge", ", ancien ministre"), from the role word and its determiner; none when they
    /// disagree or neither says.
    fn apposed_gender(&self, end: usize) -> Option<Gender> {
        let n = self.n();
        // (French only: the role lists' genders are French ones, "candidate" is a woman's.)
        if self.doc.lang != crate::lang::Lang::Fr || end + 2 >= n || !self.is(end, ",") {
            return None;
        }
        // (Past the last token: no word.)
        let tok = |j: usize| if j < n { self.tok(j) } else { "" };
        let mut k = end + 1;
        let det = match tok(k) {
            "la" | "une" | "sa" | "cette" => Some(Some(Gender::F)),
            "le" | "un" | "ce" | "cet" => Some(Some(Gender::M)),
            "son" | "notre" | "leur" => Some(None),
            "l" if tok(k + 1) == "'" => {
                k += 1;
                Some(None)
            }
            _ => None,
        };
        if det.is_some() {
            k += 1;
        }
        // One adjective before the role ("l'ancienne ministre", "le nouveau directeur").
        let adj = match tok(k) {
            "ancienne" | "nouvelle" | "future" => Some(Some(Gender::F)),
            "ancien" | "nouveau" | "futur" => Some(Some(Gender::M)),
            "jeune" | "ex" => Some(None),
            _ => None,
        };
        if adj.is_some() {
            k += 1;
            if tok(k) == "-" {
                k += 1;
            }
        }
        if k >= n || self.toks[k].kind != TokenKind::Word || self.toks[k].upper_initial {
            return None;
        }
        let b = self.cls.lists(k);
        if b & classes::ROLE == 0 {
            return None;
        }
        let says = [
            classes::gender_at(b, classes::ROLE_G),
            det.flatten(),
            adj.flatten(),
        ];
        let mut g = None;
        for x in says.into_iter().flatten() {
            if g.is_some_and(|g| g != x) {
                return None;
            }
            g = Some(x);
        }
        g
    }

    /// A story calls its characters by their first name alone ("Louisa rentra", "dit Ernst"): the
    /// known first name at `i..end`, unless it is also a common word ("Pierre", "Rien") opening a
    /// sentence or a line or after a determiner ("le Baron"), or two letters (an interjection:
    /// "— Ah !"). Kept out of [`Ctx::chunk_cand`] (rarely called: news is no story), so that the
    /// compiler keeps that one inlined.
    #[inline(never)]
    fn story_first_name(&self, i: usize, end: usize, g: Option<Gender>) -> Option<Cand<'static>> {
        if self.tok(i).chars().count() <= 2 {
            return None;
        }
        if self.cls.common(i) {
            let opens = self.doc.sentence_initial(i)
                || i > 0 && matches!(self.tok(i - 1), "—" | "–" | "«" | "\"" | "“");
            let determined = i > 0
                && matches!(
                    self.tok(i - 1),
                    "le" | "la"
                        | "les"
                        | "l"
                        | "un"
                        | "une"
                        | "du"
                        | "des"
                        | "ce"
                        | "cette"
                        | "mon"
                        | "ma"
                        | "son"
                        | "sa"
                        | "notre"
                        | "votre"
                );
            if opens || determined {
                return None;
            }
        }
        Some(Cand::rule(i, end, Label::PER, g, "story-first-name"))
    }

    /// A story calls some characters by a name with an article ("la Zambinella", "le
    /// Pédant"): one capitalized word inside a sentence, after "la" or "le", that no dictionary
    /// or list knows, is a person of the article's gender.
    #[inline(never)]
    fn story_article_name(&self, i: usize, end: usize) -> Option<Cand<'static>> {
        if end != i + 1 || i == 0 || self.toks[i].all_caps || self.doc.sentence_initial(i) {
            return None;
        }
        let g = match self.tok(i - 1) {
            "la" => Gender::F,
            "le" => Gender::M,
            _ => return None,
        };
        let w = self.tok(i);
        let unknown = w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && !self.cls.common(i)
            && !self.cls.demonym(i)
            && self.engine.gazetteer.lookup(w).is_none();
        unknown.then(|| Cand::rule(i, end, Label::PER, Some(g), "story-article-name"))
    }

    /// A team named in French by an English word and its town: "les Bruins de Boston", "aux
    /// Red Wings de Détroit". After a plural article, one to three capitalized words that
    /// French does not know and no list holds, the last an English word, then "de", "du", "d'",
    /// "de la" or "de l'" and a listed place. (Peoples are French words or demonyms: "les
    /// Rohingyas de Birmanie" stays a people and a place; "le Trump de Mayenne", "l'Arena de
    /// Montpellier" have no plural article.)
    fn team(&self, i: usize) -> Option<Cand<'static>> {
        if self.doc.lang != crate::lang::Lang::Fr || i == 0 || self.toks[i].all_caps {
            return None;
        }
        if !matches!(
            self.bytes(i - 1),
            b"les" | b"Les" | b"des" | b"aux" | b"Aux"
        ) {
            return None;
        }
        let n = self.n();
        let foreign = |k: usize| {
            self.cap(k)
                && !self.toks[k].all_caps
                && self.cls.lists(k) & (classes::NOT_NAME | classes::DEMONYM | classes::STRONG) == 0
                && !self.cls.common(k)
        };
        let mut k = i;
        while k < n
            && k - i < 3
            && foreign(k)
            && (k == i || self.toks[k].start > self.toks[k - 1].end)
        {
            k += 1;
        }
        if k == i || k + 1 >= n {
            return None;
        }
        if !self.english_word(self.tok(k - 1))
            || self.engine.gazetteer.lookup(self.span(i, k)).is_some()
        {
            return None;
        }
        // The complement: de, du, d', de la, de l'.
        let at = |j: usize, w: &str| j < n && self.is(j, w);
        let mut q = k;
        match self.bytes(q) {
            b"du" => q += 1,
            b"d" if at(q + 1, "'") => q += 2,
            b"de" if at(q + 1, "la") => q += 2,
            b"de" if at(q + 1, "l") && at(q + 2, "'") => q += 3,
            b"de" => q += 1,
            _ => return None,
        }
        if q >= n || !self.cap(q) {
            return None;
        }
        let end = self.chunk_end(q);
        (end > q && self.listed_as(q, end, Label::LOC)).then_some(Cand::rule(
            i,
            end,
            Label::ORG,
            None,
            "team",
        ))
    }

    /// An English-style organization name: capitalized words (joined by of, for, and, on, de,
    /// du) holding an organization word anywhere ("Texas Department of State Health Services").
    fn org_word_cand(&self, i: usize) -> Option<Cand<'static>> {
        if !self.cap(i)
            || self.toks[i].all_caps && !self.acronym_head(i)
            || !self.may_continue_org_words(i + 1)
        {
            // One word at most: no sequence.
            return None;
        }
        self.org_word_cand_general(i)
    }

    /// A short acronym before a capitalized word that is not in capitals: the head of a name
    /// ("BC Hydro", "TD Bank"), not a headline's capitals, not a common acronym ("l'ONG
    /// Climate Action Network") and not before a person's first name ("le député LREM Carole
    /// Bureau-Bonnard").
    #[inline]
    fn acronym_head(&self, i: usize) -> bool {
        let t = self.toks[i];
        t.end - t.start <= 4
            && i + 1 < self.n()
            && self.cap(i + 1)
            && !self.toks[i + 1].all_caps
            && !self.toks[i + 1].line_start
            && self.cls.lists(i) & classes::NOT_ORG_ACRONYM == 0
            && self.is_first_name(i + 1, self.n()).is_none()
    }

    /// A sequence of capitalized words may go on at token `j` (after its first word): a
    /// capitalized word, a touching hyphen, or a short joiner ("of", "de") before a capitalized
    /// word. Otherwise [`Ctx::org_word_cand_general`] finds a one-word sequence.
    #[inline]
    fn may_continue_org_words(&self, j: usize) -> bool {
        let Some(&next) = self.toks.get(j) else {
            return false;
        };
        match next.kind {
            _ if next.line_start => false,
            TokenKind::Punct => next.start == self.toks[j - 1].end && self.is(j, "-"),
            TokenKind::Number => false,
            // The joiners are 2 or 3 bytes long.
            TokenKind::Word => {
                next.upper_initial
                    || (next.end - next.start <= 3 && j + 1 < self.n() && self.cap(j + 1))
            }
        }
    }

    /// [`Ctx::org_word_cand`] by the general walk.
    fn org_word_cand_general(&self, i: usize) -> Option<Cand<'static>> {
        let n = self.n();
        let mut k = i;
        let mut end = i;
        // The capitalized words of the sequence: the organization word is one of them. They
        // are looked up only for a sequence of several words (most chunks are one word).
        let mut caps = [0usize; 12];
        let mut n_caps = 0;
        while k < n && k - i < 12 {
            if k > i && self.toks[k].line_start {
                break;
            }
            if self.cap(k) && (k > i || !self.toks[k].all_caps || self.acronym_head(k)) {
                // "la ministre des Sports Roxana Maracineanu": a person's name after the
                // organization word starts another name.
                if k > i
                    && caps[..n_caps]
                        .iter()
                        .any(|&c| self.cls.in_list(c, classes::ORG_WORD))
                    && {
                        // (A first name of four letters or more, then words that are no
                        // organization words and no particles: not "College of Art de
                        // Londres", "University Irving Medical Center".)
                        let e = self.chunk_end(k);
                        self.tok(k).chars().count() > 3
                            && self.is_first_name(k, e).is_some_and(|(u, _)| e > u)
                            && (k + 1..e).all(|j| {
                                !self.cls.in_list(j, classes::ORG_WORD | classes::PARTICLE)
                            })
                    }
                {
                    break;
                }
                // "Democratic National Committee Chairman Ed Rendell": a role after the
                // organization word, before a capitalized word, opens a person's title.
                if k > i
                    && k + 1 < n
                    && self.cap(k + 1)
                    && self.cls.lists(k) & classes::ROLE != 0
                    && caps[..n_caps]
                        .iter()
                        .any(|&c| self.cls.in_list(c, classes::ORG_WORD))
                {
                    break;
                }
                caps[n_caps] = k;
                n_caps += 1;
                k += 1;
                end = k;
                // Hyphenated parts: "Midi-Pyrénées".
                while k + 1 < n
                    && k - i < 12
                    && self.touches_next(k - 1)
                    && self.is(k, "-")
                    && self.touches_next(k)
                    && self.cap(k + 1)
                {
                    k += 2;
                    end = k;
                }
                continue;
            }
            // ("on" only after the organization word: "Council on Foreign Relations", not
            // "the Canadian Winter on Canadian Pacific Railway's website".)
            if k > i
                && matches!(
                    self.bytes(k),
                    b"of" | b"for" | b"and" | b"on" | b"de" | b"du" | b"des"
                )
                && k + 1 < n
                && self.cap(k + 1)
                && (self.bytes(k) != b"on" || self.cls.in_list(k - 1, classes::ORG_WORD))
            {
                k += 1;
                continue;
            }
            // "Automobile Club de l'Ouest", "Club d'Aix": after the organization word.
            if k > i
                && caps[..n_caps]
                    .iter()
                    .any(|&c| self.cls.in_list(c, classes::ORG_WORD))
            {
                let elided = if self.is(k, "de") && k + 3 < n && self.is(k + 1, "l") {
                    k + 2
                } else if self.is(k, "d") && k + 1 < n {
                    k + 1
                } else {
                    0
                };
                if elided > 0
                    && self.is(elided, "'")
                    && elided + 1 < n
                    && self.cap(elided + 1)
                    && !self.toks[elided + 1].all_caps
                {
                    k = elided + 1;
                    continue;
                }
            }
            break;
        }
        // (After a first name, the first part of a hyphenated surname is no organization
        // word: "Carole Bureau-Bonnard".)
        let has_word = || {
            let surname = |k: usize| {
                k > i
                    && k + 1 < n
                    && self.touches_next(k)
                    && self.is(k + 1, "-")
                    && self.is_first_name(i, end).is_some()
            };
            caps[..n_caps]
                .iter()
                .any(|&k| self.cls.in_list(k, classes::ORG_WORD) && !surname(k))
        };
        (end > i + 1 && self.cls.lists(i) & classes::NOT_NAME == 0 && has_word())
            .then_some(Cand::rule(i, end, Label::ORG, None, "org-word"))
    }

    /// A big place written in capitals ("PARIS, 12 mai", "de l'ALLEMAGNE"), out of a headline:
    /// a country, a region or a city of 100,000 people or more (500,000 for four letters or
    /// fewer: "ROME", not "EDE") under its usual spelling, no organization of that name and no
    /// common word ("LAC", "CENTRE"). No acronym of the news is such a place ("ONU", "SNCF").
    fn caps_place(&self, i: usize) -> Option<Cand<'e>> {
        let w = self.tok(i);
        let n = w.chars().count();
        if n < 3 || !w.chars().all(char::is_alphabetic) || self.cls.common(i) || self.headline(i) {
            return None;
        }
        let mut chars = w.chars();
        let first = chars.next()?;
        let title: String = std::iter::once(first)
            .chain(chars.flat_map(char::to_lowercase))
            .collect();
        let g = &self.engine.gazetteer;
        let pat = g.lookup(&title)?;
        if g.candidates(pat).any(|e| e.label != Label::LOC) {
            return None;
        }
        // (A short word is more often an acronym: "EDE", "APE" are also towns.)
        let big = |e: &&Entry| {
            e.kind == Kind::Country
                || if n <= 4 {
                    e.pop >= 500_000
                } else {
                    e.kind == Kind::Region || e.pop >= 100_000
                }
        };
        let best = g
            .candidates(pat)
            .filter(big)
            .max_by_key(|e| (e.kind == Kind::Country, e.pop))?;
        Some(Cand::listed(i, i + 1, best))
    }

    /// The end of a regional station's name after a network's name at `first..end` ("France
    /// Bleu" + "Occitanie", "France 3" + "Hauts-de-France", "BFM" + "Paris"): the capitalized
    /// words that follow on the same line, when the network is one of those with regional
    /// stations.
    fn regional_station(&self, first: usize, end: usize) -> Option<usize> {
        const NETWORKS: &[&str] = &["France Bleu", "France 3", "BFM"];
        if !NETWORKS.contains(&self.span(first, end))
            || !self.cap(end)
            || self.toks[end].line_start
            || self.toks[end].all_caps
            || self.cls.lists(end) & classes::NOT_NAME != 0
        {
            return None;
        }
        // Up to a person's first name ("sur BFM Eric Piolle", "à BFM Paris Arnaud Bertrand");
        // a first name that is also a listed place goes on ("Paris").
        let e = self.chunk_end(end);
        let cut = (end..e)
            .find(|&k| {
                self.cap(k)
                    && (k == end
                        || self.toks[k].start > self.toks[k - 1].end && !self.is(k - 1, "-"))
                    && self.cls.first_name(k).is_some()
                    && !self.listed_as(k, k + 1, Label::LOC)
            })
            .unwrap_or(e);
        (cut > end).then_some(cut)
    }

    /// An English dateline: "WASHINGTON —", "SAN JOSE, California —" at the start of a line.
    fn dateline(&self, i: usize) -> Option<Cand<'e>> {
        let engine = self.engine;
        let t = self.toks[i];
        if !t.line_start || !t.all_caps {
            return None;
        }
        let n = self.n();
        let mut e = i;
        while e < n
            && (self.toks[e].all_caps || (e > i && self.is(e, "-") && self.touches_next(e)))
            && (e == i || !self.toks[e].line_start)
        {
            e += 1;
        }
        if e >= n || !matches!(self.tok(e), "," | "\u{2014}" | "-" | "(") {
            return None;
        }
        let title: String = self
            .span(i, e)
            .split_inclusive([' ', '-'])
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f.to_string() + &cs.as_str().to_lowercase(),
                    None => String::new(),
                }
            })
            .collect();
        let found = engine.gazetteer.lookup(&title).and_then(|p| {
            engine
                .gazetteer
                .candidates(p)
                .filter(|e| e.label == Label::LOC)
                .max_by_key(|e| entry_score(e, false, true))
                .map(|e| {
                    (
                        Cow::Borrowed(&*e.canonical),
                        (!e.id.is_empty()).then_some(&*e.id),
                    )
                })
        });
        let (canonical, id) = match found {
            Some((c, id)) => (Some(c), id),
            // An unlisted word is a place only in an English article, and not a common word
            // ("VIDÉO - Un prophète de l'apocalypse" heads French news).
            None if self.doc.lang == crate::lang::Lang::En && !self.cls.common(i) => {
                (Some(Cow::Owned(title)), None)
            }
            None => return None,
        };
        Some(Cand {
            first: i,
            end: e,
            label: Label::LOC,
            canonical,
            id,
            gender: None,
            origin: Origin::Rule("dateline"),
        })
    }

    /// True when token `i` sits in a line written in capitals (a headline).
    fn headline(&self, i: usize) -> bool {
        let seg = self.doc.seg;
        let Some(r) = seg.paragraphs.get(seg.paragraph_of(i)) else {
            return false;
        };
        let words = r.clone().filter(|&k| self.toks[k].kind == TokenKind::Word);
        let (mut caps, mut all) = (0, 0);
        for k in words.take(20) {
            all += 1;
            if self.toks[k].all_caps {
                caps += 1;
            }
        }
        all >= 3 && caps * 2 > all
    }

    /// "du Havre", "au Parisien": a contracted article before a name the lists give with
    /// "Le"/"Les" (and "le Parisien": an organization's name). `surface` is a reused buffer.
    fn contracted_cand(&self, i: usize, surface: &mut String) -> Option<Cand<'e>> {
        if i == 0 || !self.cap(i) {
            return None;
        }
        let t = self.toks[i - 1];
        // (The token's length first: most are no contracted article.)
        if !matches!(t.end - t.start, 2 | 3) {
            return None;
        }
        let article = match self.bytes(i - 1) {
            b"du" | b"au" | b"le" => "Le ",
            b"des" | b"aux" => "Les ",
            _ => return None,
        };
        // "la Coupe du Monde", "champion du Monde": a contest of the world, not the paper.
        if i >= 2 && self.is(i - 1, "du") && words::is_world_contest(self.tok(i - 2)) {
            return None;
        }
        let end = self.chunk_end(i).max(i + 1);
        // "le Parisien", "le Monde" in lower case name the papers "Le Parisien", "Le Monde":
        // an organization only, when nothing follows in the chunk ("le Parisien Kylian
        // Mbappé" is a player of Paris's club; "le Ségur de la santé" is no village, "le
        // Républicain Laurent Wauquiez" no town).
        let le = self.is(i - 1, "le");
        if le && end < self.n() && self.cap(end) {
            return None;
        }
        let lowest = if le { end } else { i + 1 };
        // Try the longest chunk prefix first.
        for e in (lowest..=end).rev() {
            surface.clear();
            surface.push_str(article);
            surface.push_str(self.span(i, e));
            if let Some(p) = self.engine.gazetteer.lookup(surface) {
                let best = self
                    .engine
                    .gazetteer
                    .candidates(p)
                    .filter(|e| !le || e.label == Label::ORG)
                    .max_by_key(|e| entry_score(e, false, false))?;
                return Some(Cand::listed(i, e, best));
            }
        }
        None
    }

    /// "l'office central pour la répression des violences aux personnes (OCRVP)": the long name
    /// whose content words give the acronym's letters.
    fn acronym_definition(&self, i: usize) -> Option<(usize, usize)> {
        // token i is "(", i+1 the acronym, i+2 ")".
        let n = self.n();
        if i + 2 >= n || !self.is(i, "(") || !self.is(i + 2, ")") || !self.toks[i + 1].upper_initial
        {
            return None;
        }
        // The acronym in lower case: 2 to 8 letters.
        let mut acro = ['\0'; 8];
        let mut len = 0;
        for c in self.tok(i + 1).chars().flat_map(char::to_lowercase) {
            if len == acro.len() {
                return None;
            }
            acro[len] = c;
            len += 1;
        }
        if len < 2 {
            return None;
        }
        const FUNCTION: &[&str] = &[
            "de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "aux", "au", "à", "en",
            "of", "the", "for", "and", "sur", "contre",
        ];
        // Walk back over words; letters matched from the end of the acronym.
        let mut k = i;
        let mut need = len;
        let mut steps = 0;
        while k > 0 && steps < 20 {
            k -= 1;
            steps += 1;
            if self.toks[k].kind == TokenKind::Punct {
                if self.is_joiner(k) {
                    continue;
                }
                break;
            }
            // None: a function word; Some(c): the first letter of a content word.
            let first = with_lower(self.tok(k), |lw| {
                if FUNCTION.contains(&lw) {
                    None
                } else {
                    Some(lw.chars().next())
                }
            });
            let Some(c) = first else {
                continue;
            };
            let c = c?;
            if need > 0 && acro[need - 1] == c {
                need -= 1;
                if need == 0 {
                    return Some((k, i));
                }
            } else {
                return None;
            }
        }
        None
    }

    /// The index of "(" when a parenthesized name ("(Miviludes)", "(OCRVP)") follows within a
    /// few words with no punctuation between.
    fn paren_acronym_after(&self, from: usize) -> Option<usize> {
        let n = self.n();
        let mut k = from;
        while k < n && k - from <= 12 {
            let t = self.toks[k];
            if t.line_start {
                return None;
            }
            if self.is(k, "(") {
                let ok = k + 2 < n
                    && self.is(k + 2, ")")
                    && self.toks[k + 1].upper_initial
                    && self.toks[k + 1].kind == TokenKind::Word;
                return (ok && k > from).then_some(k);
            }
            if t.kind == TokenKind::Punct && !self.is_joiner(k) {
                return None;
            }
            k += 1;
        }
        None
    }
}

/// The rule that finds a first name alone after a word for a child or a relative's noun ("la
/// petite Maëlys", "les parents de Maëlys"): a person news names but rarely quotes, whom
/// quote attribution does not take for the referent of a pronoun or a description.
pub const CHILD_OR_RELATIVE: &str = "child-or-relative";

/// The tokens a name may start at, in order: each capitalized token, the token before it (a
/// particle: "de Villepin", "le Maire"), and each lower-case institution head ("hôpital
/// Necker"). No other token starts a name (but where a gazetteer hit does): the passes over
/// the tokens visit these alone.
///
/// Asked of every token of every article: most are neither capitalized nor of the length and
/// first byte of a lower-case head, and leave on those two tests (one table load, no branch).
pub(super) fn name_starts(doc: &Doc<'_>, out: &mut Vec<u32>) {
    out.clear();
    let bytes = doc.text.as_bytes();
    for (i, t) in doc.seg.tokens.iter().enumerate() {
        if t.upper_initial {
            if i > 0 && out.last() != Some(&(i as u32 - 1)) {
                out.push(i as u32 - 1);
            }
            out.push(i as u32);
        } else if words::head_length_and_first_byte(
            (t.end - t.start) as usize,
            bytes.get(t.start as usize).copied().unwrap_or(0),
        ) && words::lower_org_head_bytes(&bytes[t.start as usize..t.end as usize])
        {
            out.push(i as u32);
        }
    }
}

/// The first pass over the tokens: appends non-overlapping mentions in text order.
pub(super) fn first_pass(
    engine: &Engine,
    doc: &Doc<'_>,
    hits: &[Hit],
    buf: &mut Buffers,
    out: &mut Vec<Mention>,
) {
    let n = doc.len();
    let start_out = out.len();
    let Buffers {
        classes: cells,
        hit_tokens,
        starts,
        surface,
        words: cache,
        spare,
    } = buf;
    cells.clear();
    cells.resize(n, Cell::new(0));
    hit_tokens.clear();
    hit_tokens.extend(
        hits.iter()
            .enumerate()
            .filter(|(_, hit)| hit.first_token < n)
            .map(|(h, hit)| (hit.first_token as u32, h as u32)),
    );
    // (The gazetteer gives its hits in order.) Of two hits at one token, the later is taken.
    if !hit_tokens.is_sorted() {
        hit_tokens.sort_unstable();
    }
    let hit_starts_at = |k: usize| {
        hit_tokens
            .binary_search_by_key(&(k as u32), |&(t, _)| t)
            .is_ok()
    };
    name_starts(doc, starts);
    // The next of `starts` and of `hit_tokens`: their indices.
    let (mut si, mut hi) = (0, 0);
    // Products' names ("la Bugatti Type 57"): no name starts in them, for the later passes
    // either ("Bugatti" is no surname of Ettore Bugatti there).
    let mut products: Vec<std::ops::Range<u32>> = Vec::new();
    let cx = Ctx {
        engine,
        doc: *doc,
        toks: &doc.seg.tokens,
        cls: Classes::new(engine, *doc, cells, cache),
        last_chunk: Cell::new((0, 0)),
        last_role: Cell::new((0, None)),
        medium_first_name: Cell::new(0),
        story: doc.lang == crate::lang::Lang::Fr
            && doc
                .seg
                .paragraphs
                .iter()
                .filter(|p| p.start < p.end && matches!(doc.tok(p.start), "—" | "–"))
                .take(STORY_LINES)
                .count()
                == STORY_LINES,
    };
    // Acronyms defined in the article: acronym -> long name.
    let mut defined: Vec<(String, String)> = Vec::new();
    let mut acronyms: Vec<Cand> = Vec::new();
    let mut i = 0;
    loop {
        // Most tokens start nothing: on to the next that may ([`name_starts`]) or that starts a
        // hit.
        while si < starts.len() && (starts[si] as usize) < i {
            si += 1;
        }
        while hi < hit_tokens.len() && (hit_tokens[hi].0 as usize) < i {
            hi += 1;
        }
        i = match (starts.get(si), hit_tokens.get(hi)) {
            (Some(&a), Some(&(b, _))) => a.min(b),
            (Some(&a), None) | (None, Some(&(a, _))) => a,
            (None, None) => break,
        } as usize;
        let t = cx.toks[i];
        if t.kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        // The hit starting here (the last one given).
        let mut hit = u32::MAX;
        let mut h = hi;
        while h < hit_tokens.len() && hit_tokens[h].0 as usize == i {
            hit = hit_tokens[h].1;
            h += 1;
        }
        // A lower-case word starts a candidate only with a hit, as an institution head or as a
        // particle before a capitalized word (most tokens before a capitalized word leave here:
        // no title, chunk or contracted article starts at a lower-case word but those).
        let may_start = hit != u32::MAX
            || t.upper_initial
            || (cx.cap_next(i) && cx.particle(i))
            || cx.lower_org_head(i);
        if !may_start {
            i += 1;
            continue;
        }
        let a = (hit != u32::MAX)
            .then(|| cx.hit_cand(&hits[hit as usize]))
            .flatten()
            .map(|a| {
                // "France Bleu Occitanie", "France 3 Hauts-de-France", "BFM Lyon": a network's
                // regional station is one name.
                match (a.label == Label::ORG && a.end < n)
                    .then(|| cx.regional_station(a.first, a.end))
                    .flatten()
                {
                    Some(end) => Cand {
                        end,
                        canonical: None,
                        id: None,
                        ..a
                    },
                    None => a,
                }
            });
        // A title is never part of a name: "Judge Helen Okafor", "Me Thomas Aubert".
        // ("Me de Montbrial": also before a particle and a name.)
        if (cx.cap_next(i)
            || cx.toks[i].upper_initial
                && i + 2 < cx.n()
                && cx.particle(i + 1)
                && cx.cap_next(i + 1))
            && cx.is_title(i)
            && a.as_ref().is_none_or(|a| a.end == i + 1)
        {
            i += 1;
            continue;
        }
        let b = cx
            .chunk_cand(i)
            .or_else(|| cx.contracted_cand(i, surface))
            .and_then(|b| cx.person_without_number(b));
        let mut best = match (a, b) {
            (Some(a), Some(b)) => {
                let strong_rule = matches!(
                    b.origin,
                    Origin::Rule("honorific") | Origin::Rule("dateline")
                );
                // A listed organization name of several words is complete: "Conseil de
                // sécurité" (de l'ONU) stays two names.
                let listed_org = a.label == Label::ORG
                    && a.end >= a.first + 2
                    && b.origin == Origin::Rule("institution");
                // "Nova Scotia Liberal": a listed name of several words is not the start of a
                // person's name because its first word is also a first name.
                let listed_place = a.label != Label::PER
                    && a.end >= a.first + 2
                    && b.origin == Origin::Rule("first-name");
                // "M. Valls": a listed person of the same span and a compatible gender keeps
                // the list's name ("Manuel Valls"), as the bare surname does; "Mme Macron"
                // does not.
                let same_person = a.label == Label::PER
                    && (a.first, a.end) == (b.first, b.end)
                    && (a.gender.is_none() || b.gender.is_none() || a.gender == b.gender);
                // "son frère Florian": after a role, a listed place that is also a known first
                // name is the person.
                let role_first_name = b.origin == Origin::Rule("role")
                    && a.label == Label::LOC
                    && (a.first + 1, a.first, a.end) == (a.end, b.first, b.end)
                    && !cx.cls.strong(a.first)
                    && cx.is_first_name(a.first, a.end).is_some();
                // "l'ancien collaborateur de Bernard Tapie Marc Fratani": a listed person named
                // in full, then another person's first name and surname, are two people.
                let next_person = a.label == Label::PER
                    && a.first == b.first
                    && a.end >= a.first + 2
                    && b.end >= a.end + 2
                    && cx.toks[a.end].upper_initial
                    // (Not a particle: "Marion Maréchal Le Pen", "Mohammed ben Zayed
                    // Al-Nahyane".)
                    && !words::particle_bytes(cx.tok(a.end).to_lowercase().as_bytes())
                    && !cx.touches_next(a.end)
                    && cx.is_first_name(a.end, b.end).is_some_and(|(e, _)| e < b.end);
                if next_person {
                    a
                } else if role_first_name {
                    b
                } else if same_person {
                    Cand {
                        gender: b.gender.or(a.gender),
                        ..a
                    }
                } else if strong_rule || (b.end > a.end && !listed_org && !listed_place) {
                    b
                } else {
                    a
                }
            }
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => {
                i += 1;
                continue;
            }
        };
        // "Parti communiste d'Ukraine", "Parti travailliste israélien": a listed party's name
        // and its country are one name.
        if best.label == Label::ORG && best.origin == Origin::List && cx.is(best.first, "Parti") {
            if let Some(end) = cx.party_country_end(best.end) {
                best = Cand {
                    end,
                    canonical: None,
                    id: None,
                    ..best
                };
            }
        }
        if best.label == Label::ORG && cx.credit(best.first, best.end) {
            i = best.end;
            continue;
        }
        if best.label == Label::ORG
            && best.origin == Origin::List
            && (cx.model_after(best.first, best.end) || cx.person_model_after(best.first, best.end))
        {
            i = cx.model_end(best.end);
            products.push(best.first as u32..i as u32);
            continue;
        }
        // "Mission interministérielle de vigilance et de lutte contre les dérives sectaires
        // (Miviludes)": an institution name runs on to the acronym that names it.
        if best.origin == Origin::Rule("institution") {
            if let Some(p) = cx.paren_acronym_after(best.end) {
                best.end = p;
            }
        }
        // A long name defined by a following acronym in parentheses.
        if best.label == Label::ORG && best.end + 2 < n {
            let defined_here = cx
                .acronym_definition(best.end)
                .is_some_and(|(s, _)| s <= best.first)
                || (best.origin == Origin::Rule("institution")
                    && cx.is(best.end, "(")
                    && cx.is(best.end + 2, ")")
                    && cx.toks[best.end + 1].upper_initial
                    // (Not a place: "l'hôpital de Cherbourg (Manche)", nor an
                    // arrondissement: "la Pitié-Salpêtrière (XIIIe)".)
                    && !cx.listed_as(best.end + 1, best.end + 2, Label::LOC)
                    && !words::roman_ordinal(cx.tok(best.end + 1)));
            if defined_here {
                let long = cx.span(best.first, best.end).to_string();
                let name = best.canonical.clone().map_or(long, Cow::into_owned);
                defined.push((cx.tok(best.end + 1).to_string(), name.clone()));
                // The acronym itself, unless a list or a rule will find it.
                if !cx.toks[best.end + 1].all_caps && !hit_starts_at(best.end + 1) {
                    acronyms.push(Cand {
                        first: best.end + 1,
                        end: best.end + 2,
                        label: Label::ORG,
                        canonical: Some(Cow::Owned(name)),
                        id: None,
                        gender: None,
                        origin: Origin::Rule("acronym-definition"),
                    });
                }
            }
        }
        if best.end == best.first + 1 && !defined.is_empty() {
            let w = cx.tok(best.first);
            if let Some((_, long)) = defined.iter().find(|(a, _)| a == w) {
                best.canonical = Some(Cow::Owned(long.clone()));
            }
        }
        // "Jeong Kyeong-doo", "Kim Jong-il": a name a rule found goes on to a lower-case
        // syllable joined by a hyphen.
        if best.label == Label::PER
            && matches!(best.origin, Origin::Rule(_))
            && best.canonical.is_none()
            && cx.syllable_after(best.end)
        {
            best.end += 2;
        }
        i = best.end;
        // "la Manche", "le Havre" from a list: the article is not part of the name.
        while best.end > best.first + 1
            && matches!(
                cx.bytes(best.first),
                b"la" | b"le" | b"les" | b"l" | b"'" | b"the"
            )
        {
            best.first += 1;
        }
        // "le prince Harry", "pape François", "Général de Gaulle" from a list: the title is no
        // part of the span (the list's name stays the canonical one).
        if best.label == Label::PER
            && best.origin == Origin::List
            && best.end > best.first + 1
            && cx.cls.lists(best.first) & classes::ROLE != 0
        {
            best.first += 1;
        }
        if cx.toks[best.first].kind == TokenKind::Punct {
            continue;
        }
        // "le Earl Howe Trophy", "trois Emmy Awards": a contest or a prize named after someone
        // is no person.
        if best.label == Label::PER
            && best.origin != Origin::List
            && best.end > best.first + 1
            && words::is_contest_word(cx.tok(best.end - 1))
        {
            // (Nor are its words, which linking would give to the person named elsewhere:
            // "Stirling Moss Memorial Trophy".)
            products.push(best.first as u32..best.end as u32);
            continue;
        }
        // "Me Jade Dousselin, l'avocate d'un lycéen": a role in apposition gives a person's
        // gender when nothing else does.
        if best.label == Label::PER && best.gender.is_none() {
            best.gender = cx.apposed_gender(best.end);
        }
        push(doc, out, best, spare);
        if let Some(a) = acronyms.pop() {
            i = a.end;
            push(doc, out, a, spare);
        }
    }
    // Lower-case long names defined by an acronym: "l'association de défense ... (Adfi)". A
    // "(" is always a token of its own: find them in the text, not token by token.
    let mut extra = Vec::new();
    let mut not_bodies: Vec<&str> = Vec::new();
    for pos in memchr::memchr_iter(b'(', doc.text.as_bytes()) {
        let k = cx.toks.partition_point(|t| (t.start as usize) < pos);
        if cx.toks.get(k).is_none_or(|t| t.start as usize != pos) {
            continue;
        }
        if let Some((s, e)) = cx.acronym_definition(k) {
            let covered = out.iter().any(|m| m.first_token < e && s < m.end_token);
            // A body's name: "l'association de défense … (Adfi)", not "les aides personnalisées
            // au logement (APL)" nor "le référendum d'initiative citoyenne (RIC)".
            let body = cx.cap(s) || words::BODY_NOUNS.contains(&cx.tok(s));
            if !body {
                // "l'impôt de solidarité sur la fortune (ISF)": the acronym is no body either.
                not_bodies.push(cx.tok(k + 1));
            }
            if !covered && body {
                let long = cx.span(s, e).to_string();
                extra.push(Cand {
                    first: s,
                    end: e,
                    label: Label::ORG,
                    canonical: Some(Cow::Owned(long.clone())),
                    id: None,
                    gender: None,
                    origin: Origin::Rule("acronym-definition"),
                });
                defined.push((cx.tok(k + 1).to_string(), long));
            }
        }
    }
    for c in extra {
        push(doc, out, c, spare);
    }
    if !not_bodies.is_empty() {
        out.retain(|m| {
            m.origin != Origin::Rule("acronym") || !not_bodies.contains(&doc.tok(m.first_token))
        });
    }
    // Acronyms defined anywhere take their long name, the text's before a list's ("l'association
    // de défenses des familles et de l'individu (Adfi)").
    if !defined.is_empty() {
        for m in out.iter_mut() {
            if m.label == Label::ORG && m.end_token == m.first_token + 1 {
                let w = doc.tok(m.first_token);
                if let Some((_, long)) = defined.iter().find(|(a, _)| a == w) {
                    m.list_canonical = Some(long.as_str().into());
                    m.canonical = long.clone();
                }
            }
        }
    }
    // A photographer's credit names nobody of the story: "( Peter Lee / Waterloo Region Record )".
    let n = doc.seg.tokens.len();
    out.retain(|m| {
        let (f, e) = (m.first_token, m.end_token);
        !(m.label == Label::PER
            && f > 0
            && doc.tok(f - 1) == "("
            && e < n
            && doc.tok(e) == "/"
            && (e + 1..(e + 8).min(n)).any(|k| doc.tok(k) == ")"))
    });
    out.sort_by_key(|m| m.start);
    // "le pdg de Lubrizol France", "les données de l'OMS Europe": an organization's branch in a
    // country or a continent named right after it (a space between, no line break) is one
    // organization, not a place.
    let mut j = start_out + 1;
    while j < out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let branch = a.label == Label::ORG
            && b.label == Label::LOC
            && b.first_token == a.end_token
            && b.end_token == b.first_token + 1
            && !cx.toks[b.first_token].line_start
            && cx.toks[b.first_token].start > cx.toks[a.end_token - 1].end
            && {
                let w = cx.tok(b.first_token);
                words::is_continent(w) || cx.is_listed_country(w)
            }
            && cx.cap(b.first_token);
        if branch {
            let (end, end_token) = (out[j].end, out[j].end_token);
            let m = &mut out[j - 1];
            let name = spare.string(&doc.text[m.start..end]);
            m.end = end;
            m.end_token = end_token;
            m.canonical = name;
            m.list_canonical = None;
            m.id = None;
            out.remove(j);
        } else {
            j += 1;
        }
    }
    if !products.is_empty() {
        starts.retain(|s| !products.iter().any(|r| r.contains(s)));
    }
}

/// Appends the mention of candidate `c`, its strings in `spare` memory when there is some.
fn push(doc: &Doc<'_>, out: &mut Vec<Mention>, c: Cand<'_>, spare: &mut Spare) {
    let start = doc.seg.tokens[c.first].start as usize;
    let end = doc.seg.tokens[c.end - 1].end as usize;
    let list_canonical = match (&c.canonical, c.origin) {
        (Some(name), Origin::List) => Some(spare.boxed(name)),
        _ => None,
    };
    let id = c.id.map(|id| spare.boxed(id));
    let canonical = match c.canonical {
        Some(Cow::Owned(name)) => name,
        Some(Cow::Borrowed(name)) => spare.string(name),
        None => spare.string(&doc.text[start..end]),
    };
    out.push(Mention {
        start,
        end,
        first_token: c.first,
        end_token: c.end,
        label: c.label,
        canonical,
        id,
        gender: c.gender,
        origin: c.origin,
        cluster: 0,
        list_canonical,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmentation;

    #[test]
    fn name_starts_are_the_capitalized_tokens_those_before_and_institution_heads() {
        let text = "Le président de la République, M. de Villepin, à l'hôpital Necker et au CHU \
                    de Nantes.\nSelon le ministère, la préfecture du Rhône et l'université \
                    Cheikh-Anta-Diop (UCAD) ; 12 Mai. é É ǅemal";
        let mut seg = Segmentation::default();
        seg.compute(text);
        let doc = Doc {
            text,
            seg: &seg,
            lang: crate::lang::Lang::Fr,
        };
        let mut starts = Vec::new();
        name_starts(&doc, &mut starts);
        assert!(starts.is_sorted() && starts.windows(2).all(|w| w[0] < w[1]));
        let upper = |i: usize| doc.seg.tokens[i].upper_initial;
        for i in 0..doc.len() {
            let may = upper(i)
                || (i + 1 < doc.len() && upper(i + 1))
                || words::listed_lower_head(doc.tok(i));
            assert_eq!(starts.contains(&(i as u32)), may, "{i}: {:?}", doc.tok(i));
        }
        assert!(starts.len() > 10);
    }
}
