//! Table-driven matcher tests: each row is a list, a text and the expected hits.

use super::*;
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
