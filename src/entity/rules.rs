//! The first pass: gazetteer hits and name chunks, weighed token by token.

use super::words::{self, COMPASS, LOWER_ORG_HEADS, SPATIAL, SPEECH_BEFORE};
use super::{Mention, Origin};
use std::borrow::Cow;

use crate::engine::Engine;
use crate::gazetteer::{Entry, Gender, Hit, Kind, Label, Origin as ListOrigin};
use crate::segment::{Doc, TokenKind};

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
}

pub(super) fn is_cap_word(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word && t.upper_initial
}

/// An honorific ending right before token `i` ("M." "Mme" "Dr."): its gender.
pub(super) fn honorific_before(doc: &Doc<'_>, i: usize) -> Option<Option<Gender>> {
    if i == 0 {
        return None;
    }
    let mut j = i - 1;
    if doc.tok(j) == "." && j > 0 && doc.touches_next(j - 1) {
        j -= 1;
    }
    let w = doc.tok(j);
    words::honorific(w).filter(|_| {
        // "M" alone must be followed by "." to be "Monsieur".
        w != "M" || j + 1 < i
    })
}

/// A role word right before token `i` (possibly with a nationality adjective, a comma, or the
/// second part of a compound role between): its gender.
pub(super) fn role_before(engine: &Engine, doc: &Doc<'_>, i: usize) -> Option<Option<Gender>> {
    let mut j = i;
    let mut steps = 0;
    // Never across a line break ("… needed: lawyer\n\nImmigration lawyer X").
    while j > 0 && steps < 3 && !doc.seg.tokens[j].line_start {
        j -= 1;
        steps += 1;
        let w = doc.tok(j);
        if w == "," && steps == 1 {
            continue;
        }
        if let Some(g) = with_lower(w, words::role) {
            return Some(g);
        }
        // "Premier ministre", "porte-parole": the last part of a compound role is a role.
        if w.chars().next().is_some_and(|c| c.is_lowercase()) && engine.lexicon.is_demonym(w) {
            continue;
        }
        break;
    }
    None
}

/// The end of the name chunk starting at `i` (a capitalized word), or `i` when none.
fn chunk_end(doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.len();
    let mut e = i;
    let mut k = i;
    while k < n && k - i < MAX_CHUNK {
        let t = doc.seg.tokens[k];
        if k > i && t.line_start {
            break;
        }
        // A title ends the name before it: "Nova Scotia Liberal MP Sean Fraser".
        if k > i && is_cap_word_next(doc, k) && is_title(doc, k) {
            break;
        }
        if is_cap_word(doc, k) || (k > i && t.kind == TokenKind::Number && doc.tok(k).len() <= 4) {
            // An initial: "J." inside or at the end of a name.
            e = k + 1;
            if doc.tok(k).chars().count() == 1
                && k + 1 < n
                && doc.tok(k + 1) == "."
                && doc.touches_next(k)
            {
                e = k + 2;
                k += 2;
                continue;
            }
            k += 1;
            // Hyphen or apostrophe joins: "Jean-Pierre", "Val-d'Oise", "Beaumont-sur-Oise", "O'Neill".
            while k + 1 < n
                && k - i < MAX_CHUNK
                && doc.touches_next(k - 1)
                && doc.touches_next(k)
                && matches!(doc.tok(k), "-" | "'")
            {
                let w = doc.seg.tokens[k + 1];
                if w.kind == TokenKind::Punct {
                    break;
                }
                e = k + 2;
                k += 2;
                // lower-case joiner ("sur", "d'") must be followed by another joined part.
            }
            // Trim a trailing lower-case joined part ("Saint-Denis-la" cannot end a name).
            while e > i + 1
                && !doc.seg.tokens[e - 1].upper_initial
                && doc.seg.tokens[e - 1].kind == TokenKind::Word
            {
                if doc.tok(e - 2) == "-" || doc.tok(e - 2) == "'" {
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
        if k > i && t.kind == TokenKind::Word && words::particle(doc.tok(k)) {
            let mut m = k;
            while m < n
                && m - k < 3
                && (words::particle(doc.tok(m)) || matches!(doc.tok(m), "-" | "'"))
            {
                m += 1;
            }
            if m < n && is_cap_word(doc, m) && !doc.seg.tokens[m].line_start {
                k = m;
                continue;
            }
            break;
        }
        if k > i
            && doc.tok(k) == "d"
            && k + 2 < n
            && doc.tok(k + 1) == "'"
            && is_cap_word(doc, k + 2)
        {
            k += 2;
            continue;
        }
        break;
    }
    e.max(i)
}

fn is_first_name(
    engine: &Engine,
    doc: &Doc<'_>,
    i: usize,
    end: usize,
) -> Option<(usize, Option<Gender>)> {
    // The first name may be hyphenated: "Jean-Michel".
    let w = doc.tok(i);
    let mut unit_end = i + 1;
    while unit_end + 1 < end
        && doc.tok(unit_end) == "-"
        && doc.touches_next(unit_end - 1)
        && is_cap_word(doc, unit_end + 1)
    {
        unit_end += 2;
    }
    if unit_end > i + 1 {
        let s = doc.seg.tokens[i].start as usize;
        let e = doc.seg.tokens[unit_end - 1].end as usize;
        if let Some(g) = engine.lexicon.first_name(&doc.text[s..e]) {
            return Some((unit_end, g));
        }
    }
    if w.chars().count() < 2 || doc.seg.tokens[i].all_caps {
        return None;
    }
    engine.lexicon.first_name(w).map(|g| (i + 1, g))
}

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

fn hit_cand<'e>(engine: &'e Engine, doc: &Doc<'_>, hit: &Hit) -> Option<Cand<'e>> {
    let i = hit.first_token;
    let single = hit.end_token == i + 1;
    let text = &doc.text[hit.start..hit.end];
    if single && words::not_name(text) {
        return None;
    }
    let person_context =
        honorific_before(doc, i).is_some() || role_before(engine, doc, i).is_some();
    let place_context = i > 0
        && (SPATIAL.contains(&doc.tok(i - 1))
            || matches!(doc.tok(i - 1), "en" | "au" | "aux" | "vers" | "from" | "to"));
    // The highest score wins, then the smallest canonical name, then the last entry (as
    // `max_by` on (score, reversed name) would pick); each entry is scored once.
    let mut top: Option<(&Entry, i64)> = None;
    for e in engine.gazetteer.candidates(hit.pattern) {
        let s = entry_score(e, person_context, place_context);
        let keep = top.is_some_and(|(b, bs)| bs > s || (bs == s && e.canonical > b.canonical));
        if !keep {
            top = Some((e, s));
        }
    }
    let (best, _) = top?;
    let generated_place = best.origin == ListOrigin::Generated
        && best.label == Label::LOC
        && best.kind != Kind::Country;
    if single && generated_place {
        let common = with_lower(text, |lower| engine.lexicon.is_common(lower, doc.lang))
            || engine.lexicon.is_demonym(text);
        // A place that is also a common word needs a spatial preposition, or to stand mid-sentence
        // as a big place.
        if common && !place_context && (doc.sentence_initial(i) || best.pop < 100_000) {
            return None;
        }
        // A person's first name followed by a capitalized word is a person, not a place.
        if is_cap_word_next(doc, i) && engine.lexicon.first_name(text).is_some() {
            return None;
        }
        if doc.seg.tokens[i].all_caps && text.chars().count() <= 3 {
            return None;
        }
    }
    // Small places named with an article ("L'Union") need a spatial preposition.
    if generated_place
        && !place_context
        && best.pop < 30_000
        && matches!(doc.tok(i), "L" | "La" | "Le" | "Les")
    {
        return None;
    }
    if single && engine.lexicon.is_demonym(text) && best.kind != Kind::Country {
        return None;
    }
    // A common-noun phrase from a list ("police judiciaire", "gendarmerie nationale") is not a
    // name; "ministère de l'Intérieur", "université Harvard", "easyJet" are.
    if !single
        && text.starts_with(char::is_lowercase)
        && !text
            .split([' ', '\'', '-'])
            .any(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    Some(Cand {
        first: i,
        end: hit.end_token,
        label: best.label,
        canonical: Some(Cow::Borrowed(&best.canonical)),
        id: (!best.id.is_empty()).then_some(&*best.id),
        gender: best.gender,
        origin: Origin::List,
    })
}

/// True for an honorific or a role word ("M", "Mme", "Judge", "President", "Me").
fn is_title(doc: &Doc<'_>, i: usize) -> bool {
    if !doc.seg.tokens[i].upper_initial {
        return false;
    }
    let w = doc.tok(i);
    if words::honorific(w).is_some() {
        return w != "M" || (i + 1 < doc.len() && doc.tok(i + 1) == ".");
    }
    with_lower(w, |lw| words::role(lw).is_some())
}

/// Calls `f` with `w` in lower case, without allocating for short words.
pub(super) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    crate::gazetteer::lexicon::with_lower(w, f)
}

fn is_cap_word_next(doc: &Doc<'_>, i: usize) -> bool {
    i + 1 < doc.len() && is_cap_word(doc, i + 1) && !doc.seg.tokens[i + 1].line_start
}

/// Extends an institution name after its head: "ministère (français) de l'Intérieur",
/// "Conseil constitutionnel", "Commission européenne", "Cour de justice de l'Union européenne".
fn org_extent(engine: &Engine, doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.len();
    let mut e = i + 1;
    let mut k = i + 1;
    let adj = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_lowercase())
            && (engine.lexicon.is_demonym(w)
                || [
                    "ique", "aire", "ale", "al", "aux", "ère", "ères", "ée", "ées", "ien", "ienne",
                    "ional", "ionale", "if", "ive", "ain", "aine", "ial", "iale", "ier", "ière",
                    "ique", "iques", "aires", "ales", "ielle", "iel", "uelle", "uel", "nnelle",
                    "nnel",
                ]
                .iter()
                .any(|s| w.ends_with(s) && w.len() > s.len() + 2))
    };
    while k < n && k - i < 14 {
        let w = doc.tok(k);
        if doc.seg.tokens[k].line_start {
            break;
        }
        if is_cap_word(doc, k) {
            e = k + 1;
            k += 1;
            // Hyphenated parts: "Robert-Debré", "Midi-Pyrénées", "Cheikh-Anta-Diop".
            while k + 1 < n
                && k - i < 14
                && doc.touches_next(k - 1)
                && doc.touches_next(k)
                && matches!(doc.tok(k), "-" | "'")
                && doc.seg.tokens[k + 1].kind != TokenKind::Punct
            {
                k += 2;
                e = k;
            }
            continue;
        }
        if adj(w) && e == k {
            e = k + 1;
            k += 1;
            continue;
        }
        // "et" + adjective: "Transition écologique et solidaire".
        if w == "et" && k + 1 < n && adj(doc.tok(k + 1)) && e == k {
            e = k + 2;
            k += 2;
            continue;
        }
        // Complements: de, du, des, de la, de l', d', pour la, aux...
        let mut m = k;
        while m < n
            && m - k < 3
            && matches!(
                doc.tok(m),
                "de" | "du"
                    | "des"
                    | "la"
                    | "l"
                    | "d"
                    | "'"
                    | "pour"
                    | "aux"
                    | "of"
                    | "the"
                    | "for"
                    | "and"
            )
        {
            m += 1;
        }
        if m > k && m < n && is_cap_word(doc, m) && !words::not_name(doc.tok(m)) {
            k = m;
            continue;
        }
        break;
    }
    e
}

fn chunk_cand<'e>(engine: &'e Engine, doc: &Doc<'_>, i: usize) -> Option<Cand<'e>> {
    let w = doc.tok(i);
    let t = doc.seg.tokens[i];
    // "M. de Villepin": an honorific before a particle and a name.
    if !(t.upper_initial
        || LOWER_ORG_HEADS.contains(&w)
        || is_cap_word_next(doc, i) && words::particle(w))
    {
        return None;
    }
    if !t.upper_initial
        && words::particle(w)
        && is_cap_word_next(doc, i)
        && honorific_before(doc, i).is_some()
    {
        let end = chunk_end(doc, i + 1);
        return Some(Cand::rule(
            i,
            end,
            Label::PER,
            honorific_before(doc, i).flatten(),
            "honorific",
        ));
    }
    let lower_head = LOWER_ORG_HEADS.contains(&w);
    if !t.upper_initial && !lower_head {
        return None;
    }
    // Institution heads, lower-case "ministère", "hôpital" included.
    if (words::org_head(w) || lower_head)
        && !(t.upper_initial && doc.sentence_initial(i) && w == "Union")
    {
        let e = org_extent(engine, doc, i);
        let has_name = (i + 1..e).any(|k| is_cap_word(doc, k));
        if e > i + 1 && (!lower_head || has_name) {
            return Some(Cand::rule(i, e, Label::ORG, None, "institution"));
        }
    }
    if !is_cap_word(doc, i) {
        return None;
    }
    if let Some(c) = dateline(engine, doc, i) {
        return Some(c);
    }
    let end = chunk_end(doc, i);
    if end <= i {
        return None;
    }
    // A capitalized sequence holding an organization word: "Arizona State University".
    if let Some(c) = org_word_cand(doc, i) {
        return Some(c);
    }
    // "West Texas": a compass word and a place.
    if COMPASS.contains(&w) && i + 1 < end && doc.lang == crate::lang::Lang::En {
        if let Some(p) = engine.gazetteer.lookup(span_str(doc, i + 1, end)) {
            if engine
                .gazetteer
                .candidates(p)
                .any(|e| e.label == Label::LOC)
            {
                return Some(Cand::rule(i, end, Label::LOC, None, "compass"));
            }
        }
    }
    let honorific = honorific_before(doc, i);
    if let Some(g) = honorific {
        return Some(Cand::rule(i, end, Label::PER, g, "honorific"));
    }
    let saint = (w == "Saint" || w == "Sainte") && doc.touches_next(i);
    if words::not_name(w) && !saint {
        return None;
    }
    // "the Carolina Hurricanes": an English name after "the" is a team or a body, not a person.
    let after_the = doc.lang == crate::lang::Lang::En && i > 0 && doc.tok(i - 1) == "the";
    let known_first_name = is_first_name(engine, doc, i, end);
    let first_name = known_first_name.filter(|_| !is_strong_place_or_org(engine, w) && !after_the);
    if let Some((unit_end, g)) = first_name {
        if end > unit_end {
            return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
        }
    }
    // English "Jordan Stewart", "Israel Katz": a first name that also names a country, followed
    // by one word that is a name and nothing else (not a common word as in "Georgia Power", not
    // a demonym, not a country or listed body). Not in French, where "France Alzheimer",
    // "France Travail" name bodies.
    let en = doc.lang == crate::lang::Lang::En;
    if en && first_name.is_none() && !after_the && end == i + 2 && !t.all_caps {
        let w2 = doc.tok(i + 1);
        let name_only = !doc.seg.tokens[i + 1].all_caps
            && w2.chars().count() >= 3
            && !words::not_name(w2)
            && !engine.lexicon.is_demonym(w2)
            && !is_strong_place_or_org(engine, w2)
            && !with_lower(w2, |l| engine.lexicon.is_common(l, doc.lang));
        if name_only {
            if let Some((_, g)) = known_first_name {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
            }
        }
    }
    // "l'élue du Texas Rebecca Hale", "le député PS Luc Carvounas": a listed place or
    // organization followed by a person's name stays two names.
    for p in i + 1..end.min(i + 4) {
        if is_cap_word(doc, p) && end > p + 1 && is_first_name(engine, doc, p, end).is_some() {
            if let Some(pat) = engine.gazetteer.lookup(span_str(doc, i, p)) {
                if engine
                    .gazetteer
                    .candidates(pat)
                    .any(|e| e.label != Label::PER)
                {
                    return None;
                }
            }
        }
    }
    if let Some(g) = role_before(engine, doc, i) {
        if !engine.lexicon.is_demonym(w) {
            return Some(Cand::rule(
                i,
                end,
                Label::PER,
                g.or(first_name.and_then(|f| f.1)),
                "role",
            ));
        }
    }
    // "Abba Musa Tijjani": an unknown first word before a known first name.
    if first_name.is_none()
        && end >= i + 3
        && !engine.lexicon.is_demonym(w)
        && !is_strong_place_or_org(engine, w)
    {
        if let Some((unit_end, g)) = is_first_name(engine, doc, i + 1, end) {
            if end > unit_end && !with_lower(w, |l| engine.lexicon.is_common(l, doc.lang)) {
                return Some(Cand::rule(i, end, Label::PER, g, "first-name"));
            }
        }
    }
    // "Shanaaz Gokool": two capitalized words that no dictionary, list or rule knows are a
    // person's name.
    if end == i + 2
        && first_name.is_none()
        && !t.all_caps
        && !doc.seg.tokens[i + 1].all_caps
        && doc.seg.tokens[i + 1].start > t.end
    {
        let w2 = doc.tok(i + 1);
        let unknown = |x: &str| {
            x.chars().count() >= 3
                && x.chars().all(char::is_alphabetic)
                && !words::not_name(x)
                && !engine.lexicon.is_demonym(x)
                && !engine.gazetteer.is_strong(x)
                && engine.gazetteer.lookup(x).is_none()
                && !with_lower(x, |l| engine.lexicon.is_common(l, doc.lang))
        };
        if w != w2 && unknown(w) && unknown(w2) {
            return Some(Cand::rule(i, end, Label::PER, None, "unknown-pair"));
        }
    }
    // "said Wanjiru Kamau", "selon Jean-Marc Dupuis": people speak.
    if end >= i + 2
        && end <= i + 4
        && i > 0
        && first_name.is_none()
        && (0..end - i).all(|k| !doc.seg.tokens[i + k].all_caps)
    {
        let prev = doc.tok(i - 1);
        let speech = SPEECH_BEFORE.contains(&prev)
            || (prev == "to" && i > 1 && doc.tok(i - 2) == "according")
            || (prev == "après" && i > 2 && doc.tok(i - 2) == "'" && doc.tok(i - 3) == "d");
        if speech && !is_strong_place_or_org(engine, w) {
            return Some(Cand::rule(i, end, Label::PER, None, "speaker"));
        }
    }
    // "le groupe Novelty", "la chaîne C8", "chipmaker Altavia".
    if i > 0
        && words::org_context(doc.tok(i - 1))
        && first_name.is_none()
        && !engine.lexicon.is_demonym(w)
        && end <= i + 4
    {
        return Some(Cand::rule(i, end, Label::ORG, None, "org-context"));
    }
    let letters_only = w.chars().all(char::is_alphabetic);
    if end == i + 1
        && t.all_caps
        && letters_only
        && w.chars().count() <= 6
        && !words::not_org_acronym(w)
        && !headline(doc, i)
    {
        return Some(Cand::rule(i, end, Label::ORG, None, "acronym"));
    }
    if i > 0
        && SPATIAL.contains(&doc.tok(i - 1))
        && first_name.is_none()
        && !engine.lexicon.is_demonym(w)
        && !t.all_caps
    {
        // "à Loches": capitalized mid-sentence after "à" is a place even when the word is also a
        // common noun; at a sentence start it needs to be unknown to the dictionary.
        if !doc.sentence_initial(i) || !with_lower(w, |l| engine.lexicon.is_common(l, doc.lang)) {
            return Some(Cand::rule(i, end, Label::LOC, None, "spatial"));
        }
    }
    None
}

/// True when `w` names a country, or a listed (hand-curated) place or organization: such a word
/// is not a first name ("France Bleu", "Chine").
fn is_strong_place_or_org(engine: &Engine, w: &str) -> bool {
    engine.gazetteer.is_strong(w)
}

/// An English-style organization name: capitalized words (joined by of, for, and, on, de, du)
/// holding an organization word anywhere ("Texas Department of State Health Services").
fn org_word_cand(doc: &Doc<'_>, i: usize) -> Option<Cand<'static>> {
    let n = doc.len();
    let mut k = i;
    let mut end = i;
    let mut has_word = false;
    while k < n && k - i < 12 {
        if k > i && doc.seg.tokens[k].line_start {
            break;
        }
        if is_cap_word(doc, k) && !doc.seg.tokens[k].all_caps || (k > i && is_cap_word(doc, k)) {
            if words::org_word(doc.tok(k)) {
                has_word = true;
            }
            k += 1;
            end = k;
            // Hyphenated parts: "Midi-Pyrénées".
            while k + 1 < n
                && k - i < 12
                && doc.touches_next(k - 1)
                && doc.tok(k) == "-"
                && doc.touches_next(k)
                && is_cap_word(doc, k + 1)
            {
                k += 2;
                end = k;
            }
            continue;
        }
        if k > i
            && matches!(
                doc.tok(k),
                "of" | "for" | "and" | "on" | "de" | "du" | "des"
            )
            && k + 1 < n
            && is_cap_word(doc, k + 1)
        {
            k += 1;
            continue;
        }
        break;
    }
    (has_word && end > i + 1 && !words::not_name(doc.tok(i))).then_some(Cand::rule(
        i,
        end,
        Label::ORG,
        None,
        "org-word",
    ))
}

/// An English dateline: "WASHINGTON —", "SAN JOSE, California —" at the start of a line.
fn dateline<'e>(engine: &'e Engine, doc: &Doc<'_>, i: usize) -> Option<Cand<'e>> {
    let t = doc.seg.tokens[i];
    if !t.line_start || !t.all_caps {
        return None;
    }
    let n = doc.len();
    let mut e = i;
    while e < n
        && (doc.seg.tokens[e].all_caps || (e > i && doc.tok(e) == "-" && doc.touches_next(e)))
        && (e == i || !doc.seg.tokens[e].line_start)
    {
        e += 1;
    }
    if e >= n || !matches!(doc.tok(e), "," | "\u{2014}" | "-" | "(") {
        return None;
    }
    let upper = span_text(doc, i, e);
    let title: String = upper
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
        None => (Some(Cow::Owned(title)), None),
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
fn headline(doc: &Doc<'_>, i: usize) -> bool {
    let p = doc.seg.paragraph_of(i);
    let Some(r) = doc.seg.paragraphs.get(p) else {
        return false;
    };
    let words = r
        .clone()
        .filter(|&k| doc.seg.tokens[k].kind == TokenKind::Word);
    let (mut caps, mut all) = (0, 0);
    for k in words.take(20) {
        all += 1;
        if doc.seg.tokens[k].all_caps {
            caps += 1;
        }
    }
    all >= 3 && caps * 2 > all
}

/// "du Havre", "au Parisien": a contracted article before a name the lists give with "Le"/"Les".
fn contracted_cand<'e>(engine: &'e Engine, doc: &Doc<'_>, i: usize) -> Option<Cand<'e>> {
    if i == 0 || !is_cap_word(doc, i) {
        return None;
    }
    let article = match doc.tok(i - 1) {
        "du" | "au" => "Le ",
        "des" | "aux" => "Les ",
        _ => return None,
    };
    let end = chunk_end(doc, i).max(i + 1);
    let mut surface = String::with_capacity(64);
    // Try the longest chunk prefix first.
    for e in (i + 1..=end).rev() {
        let s = doc.seg.tokens[i].start as usize;
        let t = doc.seg.tokens[e - 1].end as usize;
        surface.clear();
        surface.push_str(article);
        surface.push_str(&doc.text[s..t]);
        if let Some(p) = engine.gazetteer.lookup(&surface) {
            let best = engine
                .gazetteer
                .candidates(p)
                .max_by_key(|e| entry_score(e, false, false))?;
            return Some(Cand {
                first: i,
                end: e,
                label: best.label,
                canonical: Some(Cow::Borrowed(&best.canonical)),
                id: (!best.id.is_empty()).then_some(&*best.id),
                gender: best.gender,
                origin: Origin::List,
            });
        }
    }
    None
}

/// "l'office central pour la répression des violences aux personnes (OCRVP)": the long name
/// whose content words give the acronym's letters.
fn acronym_definition(doc: &Doc<'_>, i: usize) -> Option<(usize, usize)> {
    // token i is "(", i+1 the acronym, i+2 ")".
    let n = doc.len();
    if i + 2 >= n
        || doc.tok(i) != "("
        || doc.tok(i + 2) != ")"
        || !doc.seg.tokens[i + 1].upper_initial
    {
        return None;
    }
    let acro: Vec<char> = doc
        .tok(i + 1)
        .chars()
        .flat_map(|c| c.to_lowercase())
        .collect();
    if acro.len() < 2 || acro.len() > 8 {
        return None;
    }
    const FUNCTION: &[&str] = &[
        "de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "aux", "au", "à", "en", "of",
        "the", "for", "and", "sur", "contre",
    ];
    // Walk back over words; letters matched from the end of the acronym.
    let mut k = i;
    let mut need = acro.len();
    let mut start = None;
    let mut steps = 0;
    while k > 0 && steps < 20 {
        k -= 1;
        steps += 1;
        let t = doc.seg.tokens[k];
        if t.kind == TokenKind::Punct {
            if doc.tok(k) == "'" || doc.tok(k) == "-" {
                continue;
            }
            break;
        }
        let w = doc.tok(k);
        let lw = w.to_lowercase();
        if FUNCTION.contains(&lw.as_str()) {
            continue;
        }
        let c = lw.chars().next()?;
        if need > 0 && acro[need - 1] == c {
            need -= 1;
            if need == 0 {
                start = Some(k);
                break;
            }
        } else {
            return None;
        }
    }
    start.map(|s| (s, i))
}

/// The index of "(" when a parenthesized name ("(Miviludes)", "(OCRVP)") follows within a few
/// words with no punctuation between.
fn paren_acronym_after(doc: &Doc<'_>, from: usize) -> Option<usize> {
    let n = doc.len();
    let mut k = from;
    while k < n && k - from <= 12 {
        let t = doc.seg.tokens[k];
        if t.line_start {
            return None;
        }
        if doc.tok(k) == "(" {
            let ok = k + 2 < n
                && doc.tok(k + 2) == ")"
                && doc.seg.tokens[k + 1].upper_initial
                && doc.seg.tokens[k + 1].kind == TokenKind::Word;
            return (ok && k > from).then_some(k);
        }
        if t.kind == TokenKind::Punct && !matches!(doc.tok(k), "'" | "-") {
            return None;
        }
        k += 1;
    }
    None
}

/// The first pass over the tokens: appends non-overlapping mentions in text order.
pub(super) fn first_pass(engine: &Engine, doc: &Doc<'_>, hits: &[Hit], out: &mut Vec<Mention>) {
    let n = doc.len();
    let mut hit_at = vec![u32::MAX; 0];
    hit_at.resize(n, u32::MAX);
    for (h, hit) in hits.iter().enumerate() {
        if hit.first_token < n {
            hit_at[hit.first_token] = h as u32;
        }
    }
    // Acronyms defined in the article: acronym -> long name.
    let mut defined: Vec<(String, String)> = Vec::new();
    let mut acronyms: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < n {
        let t = doc.seg.tokens[i];
        if t.kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        let a = (hit_at[i] != u32::MAX)
            .then(|| hit_cand(engine, doc, &hits[hit_at[i] as usize]))
            .flatten();
        // A title is never part of a name: "Judge Helen Okafor", "Me Thomas Aubert".
        if is_cap_word_next(doc, i) && is_title(doc, i) && a.as_ref().is_none_or(|a| a.end == i + 1)
        {
            i += 1;
            continue;
        }
        let b = chunk_cand(engine, doc, i).or_else(|| contracted_cand(engine, doc, i));
        let mut best = match (a, b) {
            (Some(a), Some(b)) => {
                let strong_rule = matches!(
                    b.origin,
                    Origin::Rule("honorific") | Origin::Rule("dateline")
                );
                // A listed organization name of several words is complete: "Conseil de sécurité"
                // (de l'ONU) stays two names.
                let listed_org = a.label == Label::ORG
                    && a.end >= a.first + 2
                    && b.origin == Origin::Rule("institution");
                // "Nova Scotia Liberal": a listed name of several words is not the start of a
                // person's name because its first word is also a first name.
                let listed_place = a.label != Label::PER
                    && a.end >= a.first + 2
                    && b.origin == Origin::Rule("first-name");
                if strong_rule || (b.end > a.end && !listed_org && !listed_place) {
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
        // "Mission interministérielle de vigilance et de lutte contre les dérives sectaires
        // (Miviludes)": an institution name runs on to the acronym that names it.
        if best.origin == Origin::Rule("institution") {
            if let Some(p) = paren_acronym_after(doc, best.end) {
                best.end = p;
            }
        }
        // A long name defined by a following acronym in parentheses.
        if best.label == Label::ORG && best.end + 2 < n {
            let defined_here = acronym_definition(doc, best.end)
                .is_some_and(|(s, _)| s <= best.first)
                || (best.origin == Origin::Rule("institution")
                    && doc.tok(best.end) == "("
                    && doc.tok(best.end + 2) == ")"
                    && doc.seg.tokens[best.end + 1].upper_initial);
            if defined_here {
                let long = span_text(doc, best.first, best.end);
                let name = best.canonical.clone().map_or(long, Cow::into_owned);
                defined.push((doc.tok(best.end + 1).to_string(), name.clone()));
                // The acronym itself, unless a list or a rule will find it.
                if !doc.seg.tokens[best.end + 1].all_caps && hit_at[best.end + 1] == u32::MAX {
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
        if let Some((_, long)) = defined
            .iter()
            .find(|(a, _)| best.end == best.first + 1 && a == doc.tok(best.first))
        {
            best.canonical = Some(Cow::Owned(long.clone()));
        }
        i = best.end;
        // "la Manche", "le Havre" from a list: the article is not part of the name.
        while best.end > best.first + 1
            && matches!(doc.tok(best.first), "la" | "le" | "les" | "l" | "'" | "the")
        {
            best.first += 1;
        }
        if doc.seg.tokens[best.first].kind == TokenKind::Punct {
            continue;
        }
        push(doc, out, best);
        if let Some(a) = acronyms.pop() {
            i = a.end;
            push(doc, out, a);
        }
    }
    // Lower-case long names defined by an acronym: "l'association de défense ... (Adfi)".
    let mut extra = Vec::new();
    let bytes = doc.text.as_bytes();
    for k in 0..n {
        // One-byte tokens only: no slicing of the text for the others.
        let t = doc.seg.tokens[k];
        if t.kind != TokenKind::Punct || bytes[t.start as usize] != b'(' {
            continue;
        }
        if let Some((s, e)) = acronym_definition(doc, k) {
            let covered = out.iter().any(|m| m.first_token < e && s < m.end_token);
            if !covered {
                let long = span_text(doc, s, e);
                extra.push(Cand {
                    first: s,
                    end: e,
                    label: Label::ORG,
                    canonical: Some(Cow::Owned(long.clone())),
                    id: None,
                    gender: None,
                    origin: Origin::Rule("acronym-definition"),
                });
                defined.push((doc.tok(k + 1).to_string(), long));
            }
        }
    }
    for c in extra {
        push(doc, out, c);
    }
    // Acronyms defined anywhere take their long name.
    for m in out.iter_mut() {
        if m.label == Label::ORG && m.end_token == m.first_token + 1 {
            if let Some((_, long)) = defined.iter().find(|(a, _)| a == doc.tok(m.first_token)) {
                if m.list_canonical.is_none() {
                    m.list_canonical = Some(long.as_str().into());
                    m.canonical = long.clone();
                }
            }
        }
    }
    out.sort_by_key(|m| m.start);
}

/// The text of tokens `[first, end)`.
fn span_str<'a>(doc: &Doc<'a>, first: usize, end: usize) -> &'a str {
    let s = doc.seg.tokens[first].start as usize;
    let e = doc.seg.tokens[end - 1].end as usize;
    &doc.text[s..e]
}

fn span_text(doc: &Doc<'_>, first: usize, end: usize) -> String {
    let s = doc.seg.tokens[first].start as usize;
    let e = doc.seg.tokens[end - 1].end as usize;
    doc.text[s..e].to_string()
}

fn push(doc: &Doc<'_>, out: &mut Vec<Mention>, c: Cand<'_>) {
    let start = doc.seg.tokens[c.first].start as usize;
    let end = doc.seg.tokens[c.end - 1].end as usize;
    let list_canonical = match (&c.canonical, c.origin) {
        (Some(name), Origin::List) => Some(name.as_ref().into()),
        _ => None,
    };
    out.push(Mention {
        start,
        end,
        first_token: c.first,
        end_token: c.end,
        label: c.label,
        canonical: c
            .canonical
            .map_or_else(|| doc.text[start..end].to_string(), Cow::into_owned),
        id: c.id.map(Box::from),
        gender: c.gender,
        origin: c.origin,
        cluster: 0,
        list_canonical,
    });
}
