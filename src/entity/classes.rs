//! Word classes of the tokens of one article: which hand-written list ([`super::words`]) or
//! lexicon holds each token, as bits computed on first use and kept for the article.
//!
//! The rules ask the same questions of the same tokens many times (a role before each of the
//! capitalized words of a chunk, a title at each chunk step, a demonym at each look-back), and
//! every question was a hash look-up, often after lower-casing the word. Here each group of
//! questions costs at most one look-up per token: one map holds every small list (so that one
//! look-up answers all of them), and the lexicon answers (demonym, first name, common word,
//! strong name) are asked once each, when first needed.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::intern::{ShortKey, ShortMap};
use super::words;
use crate::engine::Engine;
use crate::gazetteer::lexicon::with_lower;
use crate::gazetteer::Gender;
use crate::lang::Lang;
use crate::segment::{Doc, TokenKind};

/// The bits below are known (but [`COMMON`], which has its own).
pub const KNOWN_LISTS: u32 = 1 << 0;
/// [`words::PARTICLES`].
pub const PARTICLE: u32 = 1 << 1;
/// [`words::NOT_NAMES`].
pub const NOT_NAME: u32 = 1 << 2;
/// [`words::ORG_HEADS`].
pub const ORG_HEAD: u32 = 1 << 3;
/// [`words::ORG_WORDS`].
pub const ORG_WORD: u32 = 1 << 4;
/// [`words::ORG_CONTEXT`].
pub const ORG_CONTEXT: u32 = 1 << 5;
/// [`words::NOT_ORG_ACRONYMS`].
pub const NOT_ORG_ACRONYM: u32 = 1 << 6;
/// [`words::SPATIAL`].
pub const SPATIAL: u32 = 1 << 7;
/// [`words::COMPASS`].
pub const COMPASS: u32 = 1 << 8;
/// [`words::SPEECH_BEFORE`].
pub const SPEECH: u32 = 1 << 9;
/// [`words::PLACE_PREPOSITIONS`].
pub const PLACE_PREP: u32 = 1 << 10;
/// [`words::HONORIFICS`]; its gender in the two bits at [`HONORIFIC_G`].
pub const HONORIFIC: u32 = 1 << 11;
/// Shift of an honorific's gender ([`gender_bits`]).
pub const HONORIFIC_G: u32 = 12;
/// [`words::ROLES`] or [`words::PROFESSIONS`] holds the word in lower case; its gender in the two bits at [`ROLE_G`].
pub const ROLE: u32 = 1 << 14;
/// Shift of a role's gender ([`gender_bits`]).
pub const ROLE_G: u32 = 15;
/// The first character is a lower-case letter.
pub const LOWER_INITIAL: u32 = 1 << 17;
/// `Lexicon::is_demonym`.
pub const DEMONYM: u32 = 1 << 18;
/// `Lexicon::first_name`; its gender in the two bits at [`FIRST_G`].
pub const FIRST_NAME: u32 = 1 << 19;
/// Shift of a first name's gender ([`gender_bits`]).
pub const FIRST_G: u32 = 20;
/// `Gazetteer::is_strong`.
pub const STRONG: u32 = 1 << 22;
/// [`COMMON_FR`] is known.
pub const KNOWN_COMMON_FR: u32 = 1 << 23;
/// `Lexicon::is_common` of the word in lower case, in French.
pub const COMMON_FR: u32 = 1 << 24;
/// [`COMMON_EN`] is known.
pub const KNOWN_COMMON_EN: u32 = 1 << 25;
/// `Lexicon::is_common` of the word in lower case, in English.
pub const COMMON_EN: u32 = 1 << 26;

/// The bits a look-up of the word itself gives (every list but the roles).
const EXACT_BITS: u32 = PARTICLE
    | NOT_NAME
    | ORG_HEAD
    | ORG_WORD
    | ORG_CONTEXT
    | NOT_ORG_ACRONYM
    | SPATIAL
    | COMPASS
    | SPEECH
    | PLACE_PREP
    | HONORIFIC
    | (3 << HONORIFIC_G);
/// The bits a look-up of the word in lower case gives.
const ROLE_BITS: u32 = ROLE | (3 << ROLE_G);

/// Two bits for a gender: 0 for none, 1 for m, 2 for f.
pub const fn gender_bits(g: Option<Gender>) -> u32 {
    match g {
        None => 0,
        Some(Gender::M) => 1,
        Some(Gender::F) => 2,
    }
}

/// The gender in the two bits of `bits` at `shift`.
pub fn gender_at(bits: u32, shift: u32) -> Option<Gender> {
    match (bits >> shift) & 3 {
        1 => Some(Gender::M),
        2 => Some(Gender::F),
        _ => None,
    }
}

/// A list of words with a gender each.
type GenderedList = &'static [(&'static str, Option<Gender>)];

/// Every small list in one map: word -> its bits (never 0). Honorifics and roles keep the
/// gender of their last row, as a map collected from the list would. Words of up to 16 bytes
/// (nearly all) are keyed by their [`ShortKey`], the others by their bytes.
struct ListMap {
    short: ShortMap,
    long: FxHashMap<&'static [u8], u32>,
}

/// The [`ListMap`].
fn list_map() -> &'static ListMap {
    static MAP: OnceLock<ListMap> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, u32> = FxHashMap::default();
        let sets: [(&[&'static str], u32); 10] = [
            (words::PARTICLES, PARTICLE),
            (words::NOT_NAMES, NOT_NAME),
            (words::ORG_HEADS, ORG_HEAD),
            (words::ORG_WORDS, ORG_WORD),
            (words::ORG_CONTEXT, ORG_CONTEXT),
            (words::NOT_ORG_ACRONYMS, NOT_ORG_ACRONYM),
            (words::SPATIAL, SPATIAL),
            (words::COMPASS, COMPASS),
            (words::SPEECH_BEFORE, SPEECH),
            (words::PLACE_PREPOSITIONS, PLACE_PREP),
        ];
        for (list, bit) in sets {
            for w in list {
                *m.entry(w).or_default() |= bit;
            }
        }
        let gendered: [(GenderedList, u32, u32); 3] = [
            (words::HONORIFICS, HONORIFIC, HONORIFIC_G),
            (words::ROLES, ROLE, ROLE_G),
            (words::PROFESSIONS, ROLE, ROLE_G),
        ];
        for (list, bit, shift) in gendered {
            for &(w, g) in list {
                let e = m.entry(w).or_default();
                *e = (*e & !(3 << shift)) | bit | (gender_bits(g) << shift);
            }
        }
        let mut map = ListMap {
            short: ShortMap::default(),
            long: FxHashMap::default(),
        };
        for (w, b) in m {
            match ShortKey::of(w) {
                Some(k) => map.short.insert(k, b),
                None => {
                    map.long.insert(w.as_bytes(), b);
                }
            }
        }
        map
    })
}

/// The bits of `w` in the small lists, as they are stored (roles under their lower-case form).
pub fn stored_bits(w: &str) -> u32 {
    stored_bits_of_bytes(w.as_bytes())
}

/// [`stored_bits`] of a word's bytes.
#[inline]
fn stored_bits_of_bytes(w: &[u8]) -> u32 {
    let map = list_map();
    match ShortKey::of_bytes(w) {
        Some(k) => map.short.get(k),
        None => map.long.get(w).copied(),
    }
    .unwrap_or(0)
}

/// The list bits of a word (with [`KNOWN_LISTS`]): each list asked of `w` itself, the roles of
/// `w` in lower case.
#[cfg(test)]
fn list_bits(w: &str) -> u32 {
    with_lower(w, |lower| list_bits_lowered(w, lower))
}

/// [`list_bits`] of `w`, given `lower` = [`with_lower`] of `w`.
fn list_bits_lowered(w: &str, lower: &str) -> u32 {
    let exact = stored_bits(w);
    let lower = if lower == w {
        exact
    } else {
        stored_bits(lower)
    };
    let initial = if w.chars().next().is_some_and(char::is_lowercase) {
        LOWER_INITIAL
    } else {
        0
    };
    KNOWN_LISTS | (exact & EXACT_BITS) | (lower & ROLE_BITS) | initial
}

/// How many words the [`WordCache`] keeps before it starts again (a few MB at most).
const CACHE_WORDS: usize = 1 << 16;

/// The lexicon bits of a word ([`DEMONYM`], [`FIRST_NAME`], [`STRONG`]) with its list bits
/// (lower-cased once for both).
fn word_bits(engine: &Engine, w: &str) -> u32 {
    let lex = &engine.lexicon;
    with_lower(w, |lower| {
        let mut b = list_bits_lowered(w, lower);
        if lex.is_demonym_lowered(w, lower) {
            b |= DEMONYM;
        }
        if let Some(g) = lex.first_name(w) {
            b |= FIRST_NAME | gender_bits(g) << FIRST_G;
        }
        if engine.gazetteer.is_strong(w) {
            b |= STRONG;
        }
        b
    })
}

/// The bits telling whether a word is common in `lang`: (known, common).
fn common_bits(lang: Lang) -> (u32, u32) {
    match lang {
        Lang::Fr => (KNOWN_COMMON_FR, COMMON_FR),
        Lang::En => (KNOWN_COMMON_EN, COMMON_EN),
    }
}

/// Word bits ([`word_bits`], and the common-word bits once asked) kept from article to article:
/// the same words come back in every article, and a word's answers depend on the engine alone.
/// Words of up to 16 bytes (nearly all) are keyed by their [`ShortKey`] in a [`ShortMap`] (a
/// look-up hashes two words and compares them: asked of most capitalized tokens), the others by
/// their bytes. (Every kept value holds [`KNOWN_LISTS`]: none is 0.)
#[derive(Debug, Default)]
pub struct WordCache {
    short: ShortMap,
    long: FxHashMap<Box<[u8]>, u32>,
}

impl WordCache {
    /// Forgets every word.
    pub fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    /// The bits of the word of bytes `w`, if kept.
    #[inline]
    fn get(&self, w: &[u8]) -> Option<u32> {
        match ShortKey::of_bytes(w) {
            Some(k) => self.short.get(k),
            None => self.long.get(w).copied(),
        }
    }

    /// Computes and keeps the bits of a new word.
    #[cold]
    fn insert(&mut self, engine: &Engine, w: &str) -> u32 {
        if self.short.len() + self.long.len() >= CACHE_WORDS {
            self.clear();
        }
        // Most runs meet thousands of words: no growing one by one (room for half of the most
        // kept: 1.5 MB).
        self.short.reserve(CACHE_WORDS / 2);
        let b = word_bits(engine, w);
        match ShortKey::of(w) {
            Some(k) => self.short.insert(k, b),
            None => {
                self.long.insert(w.as_bytes().into(), b);
            }
        }
        b
    }

    /// Adds `bits` to the bits of `w` (when kept: [`Classes::lists`] was asked).
    fn add_bits(&mut self, w: &str, bits: u32) {
        match ShortKey::of(w) {
            Some(k) => self.short.add_bits(k, bits),
            None => {
                if let Some(b) = self.long.get_mut(w.as_bytes()) {
                    *b |= bits;
                }
            }
        }
    }
}

/// The word classes of one article's tokens, computed on first use (0: nothing known yet).
/// Interior mutability lets the rules, which only read the article, fill it as they ask.
pub struct Classes<'a> {
    engine: &'a Engine,
    doc: Doc<'a>,
    cells: &'a [Cell<u32>],
    cache: &'a RefCell<WordCache>,
}

impl<'a> Classes<'a> {
    /// Classes of `doc`'s tokens in `cells` (one per token, all 0), with the word bits of
    /// `cache` (filled for `engine` alone).
    pub fn new(
        engine: &'a Engine,
        doc: Doc<'a>,
        cells: &'a [Cell<u32>],
        cache: &'a RefCell<WordCache>,
    ) -> Self {
        debug_assert_eq!(cells.len(), doc.len());
        Classes {
            engine,
            doc,
            cells,
            cache,
        }
    }

    /// The word bits of token `k` ([`word_bits`]).
    #[inline]
    pub fn lists(&self, k: usize) -> u32 {
        let b = self.cells[k].get();
        if b & KNOWN_LISTS != 0 {
            return b;
        }
        self.fill(k, b)
    }

    /// [`Classes::lists`] of a token not asked before in the article: from the cache (its
    /// bytes are the key: no `str` is sliced), else computed.
    #[inline(never)]
    fn fill(&self, k: usize, b: u32) -> u32 {
        let word = self.token_bytes(k);
        let mut cache = self.cache.borrow_mut();
        let w = match cache.get(word) {
            Some(w) => w,
            None => cache.insert(self.engine, self.doc.tok(k)),
        };
        let mut b = b | w;
        if b & ROLE != 0 && !self.role_here(k) {
            b &= !ROLE;
        }
        self.cells[k].set(b);
        b
    }

    /// False for a role word that is an ordinary word where it stands: English roles that are
    /// French words in a French article ("son Galaxy Note", "le premier Conseil"), and "Star"
    /// written with its capital ("Star Wars", "Star Academy").
    fn role_here(&self, k: usize) -> bool {
        let w = self.token_bytes(k);
        let toks = &self.doc.seg.tokens;
        if w.eq_ignore_ascii_case(b"star") {
            return !toks[k].upper_initial;
        }
        // A heading's word in capitals ("TINDER OUI, YOUTUBEUR NON"), not an acronym ("PDG").
        if toks[k].all_caps && w.len() > 3 {
            return false;
        }
        // The roles that are surnames too, capitalized right after a name, are part of it:
        // "Marion Maréchal", "Louis Pasteur", "Institut Pasteur" (not after an article: "Le
        // Maréchal").
        if toks[k].upper_initial
            && k > 0
            && !toks[k].line_start
            && matches!(w, b"Mar\xc3\xa9chal" | b"Pasteur")
        {
            let p = toks[k - 1];
            if p.upper_initial
                && p.is_word()
                && !matches!(
                    self.token_bytes(k - 1),
                    b"Le" | b"La" | b"Les" | b"L" | b"Un" | b"Une" | b"The" | b"A" | b"Du" | b"Des"
                )
            {
                return false;
            }
        }
        self.doc.lang != crate::lang::Lang::Fr
            || !words::ENGLISH_ROLES_FRENCH_WORDS
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r.as_bytes()))
    }

    /// Token `k` is in a small list that holds the word itself (`bits` of [`EXACT_BITS`]):
    /// from its cell when known, else from the lists alone (no lexicon look-up, nothing kept:
    /// most tokens asked only this are asked nothing else).
    #[inline]
    pub fn in_list(&self, k: usize, bits: u32) -> bool {
        debug_assert_eq!(bits & EXACT_BITS, bits);
        let b = self.cells[k].get();
        if b & KNOWN_LISTS != 0 {
            return b & bits != 0;
        }
        let t = self.doc.seg.tokens[k];
        // Every listed word starts with a letter: a number or a punctuation mark is in no list.
        if t.kind != TokenKind::Word {
            return false;
        }
        stored_bits_of_bytes(self.token_bytes(k)) & bits != 0
    }

    /// The bytes of token `k`.
    #[inline]
    fn token_bytes(&self, k: usize) -> &[u8] {
        let t = self.doc.seg.tokens[k];
        self.doc
            .text
            .as_bytes()
            .get(t.start as usize..t.end as usize)
            .unwrap_or_default()
    }

    /// The honorific gender of token `k`, when it is one.
    #[inline]
    pub fn honorific(&self, k: usize) -> Option<Option<Gender>> {
        let b = self.lists(k);
        (b & HONORIFIC != 0).then(|| gender_at(b, HONORIFIC_G))
    }

    /// Token `k` is a demonym or nationality adjective (`Lexicon::is_demonym`).
    #[inline]
    pub fn demonym(&self, k: usize) -> bool {
        self.lists(k) & DEMONYM != 0
    }

    /// The first-name gender of token `k` (`Lexicon::first_name`).
    #[inline]
    pub fn first_name(&self, k: usize) -> Option<Option<Gender>> {
        let b = self.lists(k);
        (b & FIRST_NAME != 0).then(|| gender_at(b, FIRST_G))
    }

    /// Token `k` names a country or a listed place or organization (`Gazetteer::is_strong`).
    #[inline]
    pub fn strong(&self, k: usize) -> bool {
        self.lists(k) & STRONG != 0
    }

    /// Token `k` in lower case is a common word of the article's language (looked up the
    /// first time it is asked of the word in that language).
    pub fn common(&self, k: usize) -> bool {
        let (known, common) = common_bits(self.doc.lang);
        let b = self.lists(k);
        if b & known != 0 {
            return b & common != 0;
        }
        let (lex, lang, w) = (&self.engine.lexicon, self.doc.lang, self.doc.tok(k));
        let bits = known
            | if with_lower(w, |l| lex.is_common(l, lang)) {
                common
            } else {
                0
            };
        self.cells[k].set(b | bits);
        self.cache.borrow_mut().add_bits(w, bits);
        bits & common != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::EngineBuilder;
    use crate::segment::Segmentation;

    /// Every word of the small lists the word classes hold.
    fn listed_words() -> impl Iterator<Item = &'static str> {
        let lists: [&[&str]; 12] = [
            words::PARTICLES,
            words::NOT_NAMES,
            words::ORG_HEADS,
            words::ORG_WORDS,
            words::ORG_CONTEXT,
            words::NOT_ORG_ACRONYMS,
            words::SPATIAL,
            words::COMPASS,
            words::SPEECH_BEFORE,
            words::PLACE_PREPOSITIONS,
            words::LOWER_ORG_HEADS,
            words::STREET_HEADS,
        ];
        let gendered = words::HONORIFICS
            .iter()
            .chain(words::ROLES)
            .chain(words::PROFESSIONS)
            .map(|p| p.0);
        lists
            .into_iter()
            .flat_map(|l| l.iter().copied())
            .chain(gendered)
    }

    /// Words of every list, in several cases, with accents, and words of no list.
    fn sample_words() -> Vec<String> {
        let mut ws: Vec<String> = Vec::new();
        for w in listed_words() {
            ws.push(w.to_string());
            ws.push(w.to_uppercase());
            ws.push(w.to_lowercase());
            let mut c = w.chars();
            if let Some(f) = c.next() {
                ws.push(f.to_uppercase().collect::<String>() + c.as_str());
            }
        }
        for w in [
            "Français",
            "française",
            "FRANÇAIS",
            "allemande",
            "Allemand",
            "brésilien",
            "Jean",
            "jean",
            "Marie",
            "MARIE",
            "Macron",
            "Élysée",
            "élysée",
            "France",
            "Chine",
            "maison",
            "Maison",
            "ÉTÉ",
            "été",
            "Paris",
            "x",
            "É",
            "ǅemal",
            "Σίσυφος",
            "ΣΊΣΥΦΟΣ",
            "İstanbul",
            "ﬁnale",
            "Straße",
            "42",
            "",
            "Zorbo",
            "(",
            "-",
            ",",
        ] {
            ws.push(w.to_string());
        }
        ws
    }

    /// The last row of `w` in a gendered list: its gender.
    fn gendered(list: &[(&str, Option<Gender>)], w: &str) -> Option<Option<Gender>> {
        list.iter().rev().find(|p| p.0 == w).map(|p| p.1)
    }

    #[test]
    fn every_listed_word_starts_with_a_letter() {
        // (A token that is a number or a punctuation mark is then in no list: the rules ask
        // no list of such a token.)
        for w in listed_words() {
            assert!(w.chars().next().is_some_and(char::is_alphabetic), "{w:?}");
        }
    }

    #[test]
    fn list_bits_equal_the_lists() {
        for w in sample_words() {
            let b = list_bits(&w);
            let lower = w.to_lowercase();
            let lists: [(&[&str], u32, &str); 10] = [
                (words::PARTICLES, PARTICLE, "particle"),
                (words::NOT_NAMES, NOT_NAME, "not name"),
                (words::ORG_HEADS, ORG_HEAD, "org head"),
                (words::ORG_WORDS, ORG_WORD, "org word"),
                (words::ORG_CONTEXT, ORG_CONTEXT, "org context"),
                (words::NOT_ORG_ACRONYMS, NOT_ORG_ACRONYM, "not org acronym"),
                (words::SPATIAL, SPATIAL, "spatial"),
                (words::COMPASS, COMPASS, "compass"),
                (words::SPEECH_BEFORE, SPEECH, "speech"),
                (words::PLACE_PREPOSITIONS, PLACE_PREP, "place preposition"),
            ];
            for (list, bit, what) in lists {
                assert_eq!(b & bit != 0, list.contains(&w.as_str()), "{what} of {w:?}");
            }
            let initial = w.chars().next().is_some_and(|c| c.is_lowercase());
            assert_eq!(b & LOWER_INITIAL != 0, initial, "lower initial of {w:?}");
            let hon = (b & HONORIFIC != 0).then(|| gender_at(b, HONORIFIC_G));
            assert_eq!(hon, gendered(words::HONORIFICS, &w), "honorific of {w:?}");
            assert_eq!(hon, words::honorific(&w), "honorific of {w:?}");
            let role = (b & ROLE != 0).then(|| gender_at(b, ROLE_G));
            let roles: Vec<_> = words::ROLES
                .iter()
                .chain(words::PROFESSIONS)
                .copied()
                .collect();
            assert_eq!(role, gendered(&roles, &lower), "role of {w:?}");
            assert_eq!(role, words::role(&lower), "role of {w:?}");
            // The functions of `words` answer as the lists do.
            assert_eq!(words::particle(&w), b & PARTICLE != 0, "particle of {w:?}");
            assert_eq!(words::not_name(&w), b & NOT_NAME != 0, "not name of {w:?}");
            assert_eq!(words::org_head(&w), b & ORG_HEAD != 0, "org head of {w:?}");
            assert_eq!(words::org_word(&w), b & ORG_WORD != 0, "org word of {w:?}");
            let oc = words::org_context(&w);
            assert_eq!(oc, b & ORG_CONTEXT != 0, "org context of {w:?}");
            let noa = words::not_org_acronym(&w);
            assert_eq!(noa, b & NOT_ORG_ACRONYM != 0, "not org acronym of {w:?}");
            let lower_head = words::listed_lower_head(&w);
            assert_eq!(
                words::lower_org_head(&w),
                lower_head,
                "lower org head of {w:?}"
            );
        }
    }

    #[test]
    fn token_classes_equal_the_direct_look_ups() {
        let engine = EngineBuilder::new().build().expect("engine");
        let lex = &engine.lexicon;
        // Some answers must be yes, or the comparison proves little.
        assert!(lex.is_demonym("Français") && lex.is_demonym("allemande"));
        assert!(lex.first_name("Jean").is_some() && engine.gazetteer.is_strong("France"));
        let text = sample_words().join(" ");
        let mut seg = Segmentation::default();
        seg.compute(&text);
        let cache = RefCell::new(WordCache::default());
        for lang in [Lang::Fr, Lang::En] {
            let doc = Doc {
                text: &text,
                seg: &seg,
                lang,
            };
            // Twice: computed, then kept (in the cells, then in the cache).
            for _ in 0..3 {
                let cells = vec![Cell::new(0); doc.len()];
                let cls = Classes::new(&engine, doc, &cells, &cache);
                for k in 0..doc.len() {
                    let w = doc.tok(k);
                    assert_eq!(cls.demonym(k), lex.is_demonym(w), "demonym {w:?}");
                    assert_eq!(cls.first_name(k), lex.first_name(w), "first name {w:?}");
                    let common = with_lower(w, |l| lex.is_common(l, lang));
                    assert_eq!(cls.common(k), common, "common {w:?}");
                    assert_eq!(cls.strong(k), engine.gazetteer.is_strong(w), "strong {w:?}");
                    let exact = list_bits(w) & EXACT_BITS;
                    assert_eq!(cls.in_list(k, EXACT_BITS), exact != 0, "in list {w:?}");
                    // (Less the role of a word that is no role where it stands.)
                    let lower = w.to_lowercase();
                    let t = seg.tokens[k];
                    let after_name = k > 0 && !t.line_start && {
                        let p = seg.tokens[k - 1];
                        p.upper_initial
                            && p.is_word()
                            && !["Le", "La", "Les", "L", "Un", "Une", "The", "A", "Du", "Des"]
                                .contains(&doc.tok(k - 1))
                    };
                    let no_role = lower == "star" && w != "star"
                        || t.all_caps && w.len() > 3 && lower != "star"
                        || t.upper_initial && after_name && (w == "Maréchal" || w == "Pasteur")
                        || lang == Lang::Fr
                            && words::ENGLISH_ROLES_FRENCH_WORDS.contains(&lower.as_str());
                    let want = list_bits(w) & !if no_role { ROLE } else { 0 };
                    assert_eq!(cls.lists(k) & LIST_BITS, want, "lists {w:?}");
                    assert_eq!(cls.in_list(k, EXACT_BITS), exact != 0, "in list {w:?}");
                    let hon = words::honorific(w);
                    assert_eq!(cls.honorific(k), hon, "honorific {w:?}");
                }
            }
        }
    }

    /// Every bit [`list_bits`] gives.
    const LIST_BITS: u32 = KNOWN_LISTS | EXACT_BITS | ROLE_BITS | LOWER_INITIAL;
}
