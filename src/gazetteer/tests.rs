//! Table-driven matcher tests: each row is a list, a text and the expected hits.

use super::*;
use crate::normalize::Normalized;
use crate::segment::tokenize;

fn gaz(rows: &[(&str, &str, &str)]) -> Gazetteer {
    let mut parsed = Vec::new();
    for (s, l, c) in rows {
        let line = format!("{s}\t{l}\t{c}\ttest:{c}\ttest\n");
        list::parse_list("t", &line, &mut parsed).unwrap();
    }
    Gazetteer::build(parsed.into_iter().map(|r| (r, Origin::Hand))).unwrap()
}

fn hits(g: &Gazetteer, text: &str) -> Vec<String> {
    let norm = Normalized::new(text);
    let mut toks = Vec::new();
    tokenize(norm.text(), &mut toks);
    let mut out = Vec::new();
    g.find(norm.text(), &toks, &mut out);
    out.iter()
        .map(|h| {
            let c: Vec<String> = g
                .candidates(h.pattern)
                .map(|e| format!("{}:{}", e.label, e.canonical))
                .collect();
            format!("{}={}", &norm.text()[h.start..h.end], c.join("|"))
        })
        .collect()
}

macro_rules! match_rows {
    ($($name:ident: $list:expr, $text:expr => [$($exp:expr),*],)*) => {
        $(#[test] fn $name() {
            let g = gaz(&$list);
            let expected: Vec<String> = vec![$($exp.to_string()),*];
            assert_eq!(hits(&g, $text), expected, "text: {}", $text);
        })*
    };
}

const CITIES: [(&str, &str, &str); 4] = [
    ("Moscou", "LOC", "Moscou"),
    ("Almaty", "LOC", "Almaty"),
    ("New York", "LOC", "New York"),
    ("York", "LOC", "York"),
];

match_rows! {
    boundary_inside_word: CITIES, "La Moscoutaire de Moscou." => ["Moscou=LOC:Moscou"],
    boundary_digit_after: CITIES, "Moscou2 et Moscou" => ["Moscou=LOC:Moscou"],
    elision_d: CITIES, "Le maire d'Almaty et l’Almaty" => ["Almaty=LOC:Almaty", "Almaty=LOC:Almaty"],
    longest_wins: CITIES, "à New York." => ["New York=LOC:New York"],
    shorter_when_longer_fails_boundary: [("Jean", "PER", "Jean"), ("Jean Pierre", "PER", "Jean Pierre")], "Jean Pierrette" => ["Jean=PER:Jean"],
    not_inside_hyphenated_compound: [("Saint-Ouen", "LOC", "Saint-Ouen"), ("Vignes", "LOC", "Vignes")], "Saint-Ouen-des-Vignes et Saint-Ouen" => ["Saint-Ouen=LOC:Saint-Ouen"],
    longer_name_starting_inside_wins: [("L'Union", "LOC", "L'Union"), ("Union africaine", "ORG", "Union africaine")], "L'Union africaine a parlé." => ["Union africaine=ORG:Union africaine"],
    acronym_title_case: [("OTAN", "ORG", "Organisation du traité de l'Atlantique nord")], "L'Otan et l'OTAN" => ["Otan=ORG:Organisation du traité de l'Atlantique nord", "OTAN=ORG:Organisation du traité de l'Atlantique nord"],
    unaccented_capital: [("Élysée", "ORG", "Élysée")], "l'Elysée" => ["Elysée=ORG:Élysée"],
    case_sensitive: CITIES, "moscou MOSCOU" => [],
    ambiguous_keeps_all: [("Washington", "LOC", "Washington"), ("Washington", "PER", "George Washington")], "Washington" => ["Washington=LOC:Washington|PER:George Washington"],
    one_letter_surface: [("X", "ORG", "X")], "X et Xavier, X." => ["X=ORG:X", "X=ORG:X"],
    emoji_and_marks: CITIES, "🙂Moscou e\u{301} Moscou\u{301}" => ["Moscou=LOC:Moscou"],
    // Past a name's first word (and its article), a word's first letter may be of the other
    // case than in the list; never in the first word, nor for a person, nor at a day.
    later_capitals_folded: ORGS, "Le Dauphiné Libéré, France inter, l'Organisation mondiale de la Santé." => [
        "Le Dauphiné Libéré=ORG:Le Dauphiné libéré", "France inter=ORG:France Inter",
        "Organisation mondiale de la Santé=ORG:Organisation mondiale de la santé"],
    guard_first_word_never_folded: ORGS, "Le dauphiné libéré, le monde, france Inter." => [],
    guard_person_never_folded: [("Pierre Blanc", "PER", "Pierre Blanc")], "Pierre blanc" => [],
    guard_day_never_folded: ORGS, "Il est arrivé en France dimanche." => ["France=LOC:France"],
    guard_exact_beats_folded_inside: ORGS, "Météo France dimanche." => ["Météo France=ORG:Météo-France"],
}

const ORGS: [(&str, &str, &str); 7] = [
    ("Le Dauphiné libéré", "ORG", "Le Dauphiné libéré"),
    ("France Inter", "ORG", "France Inter"),
    (
        "Organisation mondiale de la santé",
        "ORG",
        "Organisation mondiale de la santé",
    ),
    ("Le Monde", "ORG", "Le Monde"),
    ("France", "LOC", "France"),
    ("France Dimanche", "ORG", "France Dimanche"),
    ("Météo France", "ORG", "Météo-France"),
];

/// A town's name is folded only inside a compound ("Boulogne-sur-mer"), not after a space ("Des
/// chutes" is no "Des Chutes").
#[test]
fn town_names_fold_only_inside_compounds() {
    let mut parsed = Vec::new();
    let data = "Boulogne-sur-Mer\tLOC\tBoulogne-sur-Mer\tt:1\ttest\tkind=city\n\
                Des Chutes\tLOC\tDes Chutes\tt:2\ttest\tkind=city\n";
    list::parse_list("t", data, &mut parsed).unwrap();
    let g = Gazetteer::build(parsed.into_iter().map(|r| (r, Origin::Hand))).unwrap();
    assert_eq!(
        hits(&g, "Des chutes à Boulogne-sur-mer."),
        ["Boulogne-sur-mer=LOC:Boulogne-sur-Mer"]
    );
}

#[test]
fn user_list_overrides_embedded() {
    let mut rows = Vec::new();
    list::parse_list("emb", "Orange\tORG\tOrange SA\n", &mut rows).unwrap();
    let mut user = Vec::new();
    list::parse_list("user", "Orange\tLOC\tOrange (Vaucluse)\n", &mut user).unwrap();
    let g = Gazetteer::build(
        rows.into_iter()
            .map(|r| (r, Origin::Generated))
            .chain(user.into_iter().map(|r| (r, Origin::User))),
    )
    .unwrap();
    assert_eq!(hits(&g, "à Orange"), ["Orange=LOC:Orange (Vaucluse)"]);
}

#[test]
fn empty_gazetteer_finds_nothing() {
    let g = Gazetteer::build(Vec::new()).unwrap();
    assert!(hits(&g, "Moscou").is_empty());
}

fn rows(origin: Origin, data: &str) -> Vec<(Row, Origin)> {
    let mut parsed = Vec::new();
    list::parse_list("t", data, &mut parsed).unwrap();
    parsed.into_iter().map(|r| (r, origin)).collect()
}

/// Every field of a table, printed.
fn shape(t: &Table) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?}",
        t.text, t.bounds, t.listed, t.id_bounds, t.ids, t.entries
    )
}

#[test]
fn merging_user_rows_equals_compiling_together() {
    // Embedded: a listed acronym and its variant listed too, an accented name, a plain city.
    let embedded = || {
        let mut r = rows(
            Origin::Generated,
            "OTAN\tORG\tOTAN\nOtan\tORG\tOtan\nÉlysée\tORG\tÉlysée\nOrange\tORG\tOrange SA\n",
        );
        // A surface that normalizes to nothing (a soft hyphen) makes no entry.
        r.extend(rows(Origin::Hand, "Moscou\tLOC\tMoscou\n\u{AD}\tLOC\tx\n"));
        r
    };
    // User: an acronym whose variant "Otan" meets a listed surface, a listed surface that is an
    // embedded variant ("Elysée"), a shared surface, a new one.
    let user = || {
        rows(
            Origin::User,
            "OTAN\tLOC\tAutre OTAN\nElysée\tLOC\tRue\nOrange\tLOC\tOrange (Vaucluse)\nBRICS\tORG\tBRICS\n",
        )
    };
    let together = Table::from_rows(embedded().into_iter().chain(user()), 0);
    let first = Table::from_rows(embedded(), 0);
    let n = first.entries.len() as u32;
    let merged = first.merge(Table::from_rows(user(), n));
    assert_eq!(shape(&merged), shape(&together));
    // The case that keeps no entry: only a variant of user rows meets a listed surface.
    let otan = merged.text.find("Otan").unwrap() as u32;
    let i = merged.bounds.iter().position(|&b| b == otan).unwrap();
    assert!(merged.ids_of(i).is_empty());
}

#[test]
fn table_round_trips_through_its_binary_form() {
    let table = Table::from_rows(
        rows(
            Origin::Hand,
            "Élysée\tORG\tÉlysée\tid:1\thand\tkind=seat\nParis\tLOC\tParis\tg:2\tg\tkind=city;pop=2000000\nJean\tPER\tJean\t\t\tgender=m\n",
        ),
        0,
    );
    let (surfaces, entries) = table.encode();
    let (mut decoded, n) = Table::decode_surfaces(Box::leak(surfaces.into_boxed_slice())).unwrap();
    assert_eq!(n, table.entries.len());
    decoded.entries = Table::decode_entries(Box::leak(entries.into_boxed_slice())).unwrap();
    assert_eq!(shape(&decoded), shape(&table));
    // Truncated or altered data is an error, not a panic.
    let (surfaces, entries) = table.encode();
    for cut in 0..surfaces.len() {
        let part: &'static [u8] = Box::leak(surfaces[..cut].to_vec().into_boxed_slice());
        assert!(Table::decode_surfaces(part).is_err());
    }
    for cut in 0..entries.len() {
        let part: &'static [u8] = Box::leak(entries[..cut].to_vec().into_boxed_slice());
        assert!(Table::decode_entries(part).is_err());
    }
}

#[test]
fn embedded_table_matches_names() {
    let g = Gazetteer::embedded(Vec::new()).unwrap();
    assert!(g.stats().nodes > g.stats().patterns);
    assert!(hits(&g, "Emmanuel Macron à Paris").len() >= 2);
}

#[test]
fn every_embedded_surface_is_found_by_the_trie() {
    // Every surface of the embedded lists (variants included) is looked up to itself.
    let g = crate::gazetteer::Gazetteer::embedded(Vec::new()).expect("embedded gazetteer");
    let s = g.stats();
    assert!(s.patterns > 150_000 && s.trie_bytes > 1_000_000, "{s:?}");
    for i in 0..g.table.len() {
        assert_eq!(
            g.lookup(g.table.surface(i)),
            Some(i as u32),
            "{}",
            g.table.surface(i)
        );
    }
}

#[test]
fn start_filter_never_rejects_a_surface() {
    // The filter in front of the trie must let every surface through, as the segmenter cuts it
    // in running text: short surfaces ("UE"), names with hyphens or apostrophes ("L'Union"),
    // surfaces of several tokens followed by more text.
    let g = crate::gazetteer::Gazetteer::embedded(Vec::new()).expect("embedded gazetteer");
    let mut toks = Vec::new();
    for i in 0..g.table.len() {
        let s = g.table.surface(i);
        let followed = format!("{s}, et");
        toks.clear();
        crate::segment::tokenize(&followed, &mut toks);
        if toks[0].kind == crate::segment::TokenKind::Punct {
            // Never searched: a name starts at a word.
            continue;
        }
        assert!(g.starts.may_start(followed.as_bytes(), &toks, 0), "{s:?}");
    }
    // And it does reject: most words of running text begin no surface, including words that
    // share their first bytes with one ("présidentielle" / "président") and words that begin
    // only longer surfaces ("la semaine" / "la Manche").
    let rejected = [
        "pour",
        "dans",
        "avec",
        "quelques",
        "présidentielle",
        "la semaine",
    ]
    .iter()
    .filter(|w| {
        toks.clear();
        crate::segment::tokenize(w, &mut toks);
        !g.starts.may_start(w.as_bytes(), &toks, 0)
    })
    .count();
    assert!(rejected >= 5, "the filter rejects almost nothing");
    let manche = "la Manche";
    toks.clear();
    crate::segment::tokenize(manche, &mut toks);
    assert!(g.starts.may_start(manche.as_bytes(), &toks, 0));
}

#[test]
fn embedded_word_lists_are_sorted_as_their_search_assumes() {
    // `SortedWords` binary-searches what build.rs wrote: trimmed words, sorted, unique.
    use crate::gazetteer::embedded::{bytes, Blob};
    use crate::gazetteer::lexicon::SortedWords;
    for blob in [Blob::CommonFr, Blob::CommonEn] {
        let lex = SortedWords::from_blob(bytes(blob)).expect("embedded word list");
        let words: Vec<&str> = lex
            .iter()
            .map(|w| std::str::from_utf8(w).expect("UTF-8"))
            .collect();
        assert!(words.len() > 50_000, "{blob:?}: {} words", words.len());
        for w in &words {
            assert!(
                !w.is_empty() && !w.starts_with('#') && w.trim() == *w && !w.contains('\n'),
                "{w:?}"
            );
        }
        assert!(words.windows(2).all(|p| p[0] < p[1]), "{blob:?} not sorted");
        assert!(words.iter().step_by(997).all(|w| lex.contains(w)));
        assert!(!lex.contains("zzzqqq") && !lex.contains(""));
    }
    // The French list knows its words, and not what it should not.
    let fr = SortedWords::from_blob(bytes(Blob::CommonFr)).unwrap();
    assert!(fr.contains("maison") && fr.contains("été") && !fr.contains("Maison"));
}

#[test]
fn word_list_blobs_are_checked() {
    use crate::gazetteer::lexicon::SortedWords;
    let blob = |n: u32, ends: &[u32], words: &str| -> &'static [u8] {
        let mut b = n.to_le_bytes().to_vec();
        for e in ends {
            b.extend_from_slice(&e.to_le_bytes());
        }
        b.extend_from_slice(words.as_bytes());
        Box::leak(b.into_boxed_slice())
    };
    let ok = SortedWords::from_blob(blob(3, &[2, 4, 7], "aabbccc")).unwrap();
    assert!(ok.contains("aa") && ok.contains("bb") && ok.contains("ccc"));
    assert!(!ok.contains("a") && !ok.contains("cc") && !ok.contains("aabb"));
    // Offsets past the end, out of order, an empty word, bytes left over, a short header.
    for bad in [
        blob(2, &[2, 9], "aabbccc"),
        blob(2, &[4, 2], "aabb"),
        blob(2, &[2, 2], "aa"),
        blob(1, &[2], "aabb"),
        blob(5, &[2], "aa"),
        &b"\x01\x00"[..],
    ] {
        assert!(SortedWords::from_blob(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn start_filter_key_depends_only_on_the_bytes() {
    // The key read eight bytes at a time in running text equals the key of the bytes alone.
    let text = "Le président de la République, Emmanuel Macron-Trogneux, a dit «oui» à l'ONU. é";
    let b = text.as_bytes();
    for start in 0..b.len() {
        for n in 1..=(b.len() - start).min(24) {
            assert_eq!(
                super::key_at(b, start, n),
                super::word_key(&b[start..start + n]),
                "{start} {n}"
            );
        }
    }
    // Different bytes, different keys (these at least).
    assert_ne!(super::word_key(b"la"), super::word_key(b"le"));
    assert_ne!(super::word_key(b"Paris"), super::word_key(b"Pariss"));
}
