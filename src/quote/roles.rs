//! Roles the news names people by ("le Premier ministre", "la présidente du RN", "le locataire
//! de Bercy") and the people who have held them: `gazetteers/hand/roles.tsv`, a hand-curated
//! list of facts. A speaker given only by such a role is the one person of the article who has
//! held it, when the article names exactly one ([`super::attribute`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::gazetteer::strip_accent;

/// The list, embedded: `role<TAB>person<TAB>source` per line, `#` comments.
const TABLE: &str = include_str!("../../gazetteers/hand/roles.tsv");

/// Folded role -> folded names of the people who have held it.
fn table() -> &'static HashMap<String, Vec<String>> {
    static T: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<String, Vec<String>> = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            if let (Some(role), Some(person)) = (cols.next(), cols.next()) {
                t.entry(fold(role)).or_default().push(fold(person));
            }
        }
        t
    })
}

/// Lower case without accents, straight apostrophes, one space between words.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            out.extend(c.to_lowercase().map(strip_accent));
        }
    }
    out
}

/// The folded names of the people who have held the role `words` names (its determiner
/// dropped: "le Premier ministre" -> "premier ministre"), if the list knows it.
pub fn holders(words: &str) -> Option<&'static [String]> {
    let f = fold(words);
    let key = ["le ", "la ", "les ", "l'", "the "]
        .iter()
        .find_map(|d| f.strip_prefix(d))
        .unwrap_or(&f);
    table().get(key).map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_fold_and_drop_the_determiner() {
        let pm = holders("le Premier  ministre").expect("listed");
        assert!(pm.iter().any(|p| p == "edouard philippe"));
        let h = holders("l\u{2019}ancien chef de l'État").expect("listed");
        assert!(h.iter().any(|p| p == "francois hollande"));
        assert!(holders("le boulanger").is_none());
    }

    #[test]
    fn every_row_has_a_role_and_a_person() {
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line:?}");
            assert_eq!(
                cols[0],
                cols[0].to_lowercase(),
                "role in lower case: {line:?}"
            );
            assert!(!cols[1].is_empty() && cols[2] == "hand", "{line:?}");
        }
    }
}
