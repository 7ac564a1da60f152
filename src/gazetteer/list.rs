//! Parsing gazetteer lists (the TSV format of `gazetteers/FORMAT.md`).

use std::fmt;

use crate::error::Error;

/// An entity label.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Label {
    /// A person.
    PER,
    /// A place.
    LOC,
    /// An organization.
    ORG,
}

impl Label {
    /// Parses "PER", "LOC" or "ORG".
    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "PER" => Some(Label::PER),
            "LOC" => Some(Label::LOC),
            "ORG" => Some(Label::ORG),
            _ => None,
        }
    }
    /// The label as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::PER => "PER",
            Label::LOC => "LOC",
            Label::ORG => "ORG",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Grammatical gender of a person (or of a first name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Masculine.
    M,
    /// Feminine.
    F,
}

impl Gender {
    /// Parses "m" or "f" (anything else: unknown).
    pub fn parse(s: &str) -> Option<Gender> {
        match s {
            "m" | "M" => Some(Gender::M),
            "f" | "F" => Some(Gender::F),
            _ => None,
        }
    }
}

/// What kind of thing an entry names (from the `kind=` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    /// No kind given.
    #[default]
    Other,
    /// A country.
    Country,
    /// A city or town.
    City,
    /// A region, continent, sea or world region.
    Region,
    /// A seat of power used as a metonym (Élysée, Kremlin).
    Seat,
    /// A medium: a paper, a channel, a news agency, a social network.
    Media,
    /// Any other organization kind.
    Org,
}

impl Kind {
    fn parse(s: &str) -> Kind {
        match s {
            "country" => Kind::Country,
            "city" => Kind::City,
            "region" | "continent" | "sea" | "world-region" => Kind::Region,
            "seat" => Kind::Seat,
            // ("agency" is a public agency: "ARS", "ADEME"; press agencies are "media".)
            "media" => Kind::Media,
            "" => Kind::Other,
            _ => Kind::Org,
        }
    }
}

/// Where an entry comes from; later sources win on a shared surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// Generated from public sources.
    Generated,
    /// Hand-curated in the repository.
    Hand,
    /// A list given with `--gazetteer`.
    User,
}

/// One row of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The surface form.
    pub surface: String,
    /// The label.
    pub label: Label,
    /// The canonical name.
    pub canonical: String,
    /// The stable identifier.
    pub id: String,
    /// The source name.
    pub source: String,
    /// Gender attribute.
    pub gender: Option<Gender>,
    /// Population attribute (0 when absent).
    pub pop: u64,
    /// Kind attribute.
    pub kind: Kind,
}

/// Parses one list. `name` is used in error messages.
pub fn parse_list(name: &str, data: &str, rows: &mut Vec<Row>) -> Result<(), Error> {
    parse_list_at(name, data, 0, rows)
}

/// Parses part of a list whose first line is line `skipped + 1` of the file.
pub fn parse_list_at(
    name: &str,
    data: &str,
    skipped: usize,
    rows: &mut Vec<Row>,
) -> Result<(), Error> {
    for (i, line) in data.lines().enumerate() {
        let i = i + skipped;
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| Error::Gazetteer {
            file: name.to_string(),
            line: i + 1,
            message: why.to_string(),
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(bad(&format!(
                "expected at least 3 tab-separated columns (surface, label, canonical[, id, source, attrs]), found {}",
                cols.len()
            )));
        }
        let surface = cols[0].trim();
        if surface.is_empty() {
            return Err(bad("empty surface form"));
        }
        let label = Label::parse(cols[1].trim()).ok_or_else(|| {
            bad(&format!(
                "label must be PER, LOC or ORG, found {:?}",
                cols[1]
            ))
        })?;
        let canonical = cols[2].trim();
        let canonical = if canonical.is_empty() {
            surface
        } else {
            canonical
        };
        let mut row = Row {
            surface: surface.to_string(),
            label,
            canonical: canonical.to_string(),
            id: cols
                .get(3)
                .map(|s| s.trim().to_string())
                .unwrap_or_default(),
            source: cols
                .get(4)
                .map(|s| s.trim().to_string())
                .unwrap_or_default(),
            gender: None,
            pop: 0,
            kind: Kind::Other,
        };
        if let Some(attrs) = cols.get(5) {
            for kv in attrs.split(';').filter(|s| !s.trim().is_empty()) {
                let (k, v) = kv
                    .split_once('=')
                    .ok_or_else(|| bad(&format!("attribute {kv:?} is not key=value")))?;
                match k.trim() {
                    "gender" => row.gender = Gender::parse(v.trim()),
                    "pop" => {
                        row.pop = v
                            .trim()
                            .parse()
                            .map_err(|_| bad(&format!("pop={v:?} is not a number")))?
                    }
                    "kind" => row.kind = Kind::parse(v.trim()),
                    _ => {}
                }
            }
        }
        rows.push(row);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_attrs() {
        let mut rows = Vec::new();
        parse_list("t.tsv", "# c\nOtan\tORG\tOrganisation du traité de l'Atlantique nord\thand:org:otan\thand\tkind=intl\nParis\tLOC\tParis\tgeonames:1\tg\tkind=city;pop=2000000\n", &mut rows).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].pop, 2_000_000);
        assert_eq!(rows[1].kind, Kind::City);
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut rows = Vec::new();
        let e = parse_list("mine.tsv", "# ok\nParis\tPLACE\tParis\n", &mut rows).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("mine.tsv") && msg.contains(":2"), "{msg}");
        let e = parse_list("mine.tsv", "Paris\n", &mut rows).unwrap_err();
        assert!(e.to_string().contains("mine.tsv:1"));
    }
}
