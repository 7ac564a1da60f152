//! Title case: English headlines capitalize nearly every word ("Hillary Clinton Says No To Fox
//! News As Sanders Turns Up The Heat"), so there a capital says nothing of a name, and the chunk
//! rules read whole headlines as people. In such a line the entity stage sees the common words
//! in lower case.
//!
//! - A title-case line: an English paragraph of three words or more where every word is
//!   capitalized but the short ones title case leaves in lower case ("to", "of", "for", …),
//!   words glued to the one before ("’s") aside, and where title case shows: a short word
//!   capitalized past the first word ("To", "A", "The"), or [`EVIDENCE_WORDS`] folded common
//!   words that are no first names nor surnames. A line mostly in capitals is left to the
//!   headline rule.
//! - Folded: a capitalized word of such a line that the English lexicon holds in lower case,
//!   unless it is in capitals (an acronym), in a gazetteer name ([`held_by`]), or part of a
//!   name by a first name:
//!   - a first name before a word that is no common word nor a listed place or organization
//!     ("Bill Clinton", not "Will Twitter");
//!   - the word after a first name that opens a name ("Glenn Close", "Emma Stone"), but a verb
//!     headlines put after their subject ([`AFTER_SUBJECT`]: "Ferguson Is"); after a first
//!     name that is a surname too, only when the article has the two words side by side
//!     elsewhere ("Bradley Cooper" twice; not "Clinton Plan").
//!
//! Cost: one look at each paragraph's words for the test; the lexicon is asked only in the lines
//! that pass it, and only such an article's tokens are copied.

use crate::engine::Engine;
use crate::gazetteer::lexicon::with_lower;
use crate::gazetteer::list::{Kind, Origin};
use crate::gazetteer::{Hit, Label};
use crate::lang::Lang;
use crate::segment::{Doc, Segmentation, TokenKind};

/// The words English title case leaves in lower case (articles, conjunctions, short
/// prepositions).
const MINOR: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off",
    "on", "onto", "or", "over", "per", "the", "to", "up", "via", "vs", "with",
];

/// Verbs a headline puts after its subject, which no surname is ("Ferguson Is Not…", "Glenn
/// Says…").
const AFTER_SUBJECT: &[&str] = &[
    "are", "can", "could", "did", "does", "gets", "got", "had", "has", "have", "is", "may",
    "might", "must", "said", "says", "should", "tells", "told", "wants", "was", "were", "will",
    "would",
];

/// How many common words (not [`MINOR`], not first names) show title case in a line without a
/// capitalized short word: a line of names ("Brad Heath, Nick Penzenstadler"; "Billy Porter,
/// Pose") has fewer.
const EVIDENCE_WORDS: usize = 3;

/// True for a word of [`MINOR`] in any case.
fn minor(w: &str) -> bool {
    w.len() <= 4 && with_lower(w, |l| MINOR.contains(&l))
}

/// Copies `doc`'s segmentation into `out` with the common words of its title-case lines in
/// lower case (their `upper_initial` cleared); false (and `out` untouched) when the article
/// has no such line.
pub(super) fn fold(engine: &Engine, doc: &Doc<'_>, hits: &[Hit], out: &mut Segmentation) -> bool {
    if doc.lang != Lang::En {
        return false;
    }
    let mut folded: Vec<usize> = Vec::new();
    for p in &doc.seg.paragraphs {
        if title_case_shape(doc, p.clone()) {
            fold_line(engine, doc, hits, p.clone(), &mut folded);
        }
    }
    if folded.is_empty() {
        return false;
    }
    out.clone_from(doc.seg);
    for k in folded {
        out.tokens[k].upper_initial = false;
    }
    true
}

/// The words of a line that title case concerns: word tokens opening with a letter, not glued
/// to the token before ("’s", "t" of "Won’t").
fn line_words<'d>(doc: &'d Doc<'_>, p: std::ops::Range<usize>) -> impl Iterator<Item = usize> + 'd {
    let toks = &doc.seg.tokens;
    p.filter(move |&k| {
        let t = toks[k];
        t.kind == TokenKind::Word
            && doc.tok(k).chars().next().is_some_and(char::is_alphabetic)
            && !(k > 0 && toks[k - 1].end == t.start)
    })
}

/// Every word capitalized but the minor ones, three words or more, not mostly capitals.
fn title_case_shape(doc: &Doc<'_>, p: std::ops::Range<usize>) -> bool {
    let toks = &doc.seg.tokens;
    let (mut words, mut caps) = (0, 0);
    for k in line_words(doc, p) {
        let t = toks[k];
        if !t.upper_initial && !minor(doc.tok(k)) {
            return false;
        }
        words += 1;
        caps += usize::from(t.all_caps);
    }
    words >= 3 && caps * 2 <= words
}

/// Folds the common words of title-case line `p` into `folded`, when the line shows title case
/// past its first word.
fn fold_line(
    engine: &Engine,
    doc: &Doc<'_>,
    hits: &[Hit],
    p: std::ops::Range<usize>,
    folded: &mut Vec<usize>,
) {
    let toks = &doc.seg.tokens;
    let in_hit = |k: usize| {
        hits.iter()
            .any(|h| h.first_token <= k && k < h.end_token && held_by(engine, doc, h))
    };
    let lex = &engine.lexicon;
    let common = |k: usize| with_lower(doc.tok(k), |l| lex.is_common(l, Lang::En));
    let first_name = |k: usize| lex.first_name(doc.tok(k)).is_some();
    let name_like =
        |k: usize| toks[k].upper_initial && (toks[k].all_caps || in_hit(k) || !common(k));
    let before = folded.len();
    // A short word capitalized past the line's first word, and how many other words fold (not
    // counting first names, surnames and the word after a first name that opens a name).
    let (mut evidence, mut words) = (false, 0);
    // The previous word opens a name with a first name, and was kept; it is a surname too
    // ("Clinton", "Bradley").
    let (mut opening_first, mut kept_first, mut surname_too) = (false, false, false);
    for k in p.clone() {
        let t = toks[k];
        let w = doc.tok(k);
        // An initial and its point leave the name as it is: "Richard E. Grant".
        let initial = |j: usize| {
            doc.tok(j).len() == 1 && toks[j].upper_initial && j + 1 < p.end && doc.tok(j + 1) == "."
        };
        if initial(k) || w == "." && k > p.start && initial(k - 1) {
            continue;
        }
        if t.kind != TokenKind::Word || !t.upper_initial {
            (opening_first, kept_first) = (false, false);
            continue;
        }
        let after_opening_first = opening_first;
        let opens = !(k > p.start && toks[k - 1].upper_initial && toks[k - 1].end < t.start);
        opening_first = opens && first_name(k);
        if t.all_caps || in_hit(k) || !minor(w) && !common(k) {
            kept_first = opening_first;
            surname_too = lex.surnames.contains(w);
            continue;
        }
        // "Bill Clinton": a first name before a name.
        let names_next = !minor(w)
            && k + 1 < p.end
            && toks[k + 1].kind == TokenKind::Word
            && name_like(k + 1)
            && !hits.iter().any(|h| {
                h.first_token == k + 1
                    && engine
                        .gazetteer
                        .candidates(h.pattern)
                        .all(|e| e.label != Label::PER)
            })
            && first_name(k);
        // "Glenn Close": the word after a kept first name.
        let after_first = kept_first
            && !minor(w)
            && !with_lower(w, |l| AFTER_SUBJECT.contains(&l))
            && (!surname_too || pair_elsewhere(doc, k - 1));
        // (After "Bill", "Clinton" is a name: it decides for itself.)
        kept_first = false;
        if names_next || after_first {
            continue;
        }
        if minor(w) {
            evidence |= k > p.start && !after_sentence_end(doc, k);
        } else if !first_name(k) && !lex.surnames.contains(w) && !after_opening_first {
            words += 1;
        }
        folded.push(k);
    }
    if !evidence && words < EVIDENCE_WORDS {
        folded.truncate(before);
    }
}

/// Tokens `k` and `k + 1` come again, side by side, elsewhere in the article.
fn pair_elsewhere(doc: &Doc<'_>, k: usize) -> bool {
    let (a, b) = (doc.tok(k), doc.tok(k + 1));
    (1..doc.len()).any(|j| j != k + 1 && doc.tok(j) == b && doc.tok(j - 1) == a)
}

/// Hit `h` keeps its words as they are: a name of several words ("The Hague", "Fox News"), a
/// word that names a person, an organization, a country or a hand-listed place ("Trump"), or a
/// generated place after a preposition of place ("In Reading"); not the Albanian district of
/// "Has" nor the Arizona city of "Surprise" elsewhere.
fn held_by(engine: &Engine, doc: &Doc<'_>, h: &Hit) -> bool {
    h.end_token > h.first_token + 1
        || engine.gazetteer.candidates(h.pattern).any(|e| {
            e.label != Label::LOC || e.origin != Origin::Generated || e.kind == Kind::Country
        })
        || h.first_token > 0
            && with_lower(doc.tok(h.first_token - 1), |l| {
                matches!(l, "in" | "at" | "from" | "near" | "to")
            })
}

/// Token `k` opens a sentence inside its line (after `.`, `:`, `!`, `?` or an opening quote).
fn after_sentence_end(doc: &Doc<'_>, k: usize) -> bool {
    k > 0
        && doc.seg.tokens[k - 1].kind == TokenKind::Punct
        && matches!(
            doc.tok(k - 1),
            "." | ":" | "!" | "?" | "“" | "\"" | "‘" | "'" | "(" | "—" | "–"
        )
}
