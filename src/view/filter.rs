//! `--speaker NAME`: keeping the quotes of one person or organization.
//!
//! A quote matches when the words of NAME, folded (accents and case ignored, punctuation as
//! word breaks), appear adjacent and in order among the words of one of the speaker's names:
//!
//! - the speaker's canonical name (`Emmanuel Macron`),
//! - every mention of the same entity in the article (the entities in the quote's
//!   `speaker_cluster`, or with the speaker's canonical name): their text (`M. Macron`, `le
//!   président Macron`) and canonical name,
//!
//! so `macron`, `Emmanuel Macron` and `MACRÓN` all find `Emmanuel Macron`. A speaker that is a
//! description rather than an entity (no label, no cluster: `un proche de M. Macron`) matches
//! only its whole text, so `macron` does not find Macron's entourage. NAME may also be the
//! speaker's gazetteer id (`hand:per:emmanuel-macron`), matched exactly. Unattributed quotes
//! never match.

use super::text::fold_words;
use super::{Quote, Record};

/// A compiled `--speaker` filter.
#[derive(Debug, Clone)]
pub struct SpeakerFilter {
    raw: String,
    words: Vec<String>,
}

impl SpeakerFilter {
    /// A filter for `name`.
    pub fn new(name: &str) -> SpeakerFilter {
        SpeakerFilter {
            raw: name.trim().to_string(),
            words: fold_words(name),
        }
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.raw
    }

    /// Whether `name` (one of the speaker's names) contains the filter's words.
    pub fn matches_name(&self, name: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let words = fold_words(name);
        words
            .windows(self.words.len())
            .any(|w| w == self.words.as_slice())
    }

    /// Whether `quote`, a quote of `record`, is by the filter's speaker.
    pub fn matches(&self, record: &Record, quote: &Quote) -> bool {
        let Some(speaker) = quote.speaker.as_deref() else {
            return false;
        };
        if quote.speaker_id.as_deref() == Some(self.raw.as_str()) {
            return true;
        }
        if quote.speaker_label.is_none() && quote.speaker_cluster.is_none() {
            // A description ("un proche de M. Macron"), not an entity: only its whole text
            // matches, so that "macron" does not find Macron's entourage.
            return !self.words.is_empty() && fold_words(speaker) == self.words;
        }
        if self.matches_name(speaker) {
            return true;
        }
        record
            .entities
            .iter()
            .filter(|e| match quote.speaker_cluster {
                Some(c) => e.cluster == Some(c) || e.entity == speaker,
                None => e.entity == speaker,
            })
            .any(|e| self.matches_name(&e.text) || self.matches_name(&e.entity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        serde_json::from_str(
            r#"{"id":"a","schema":"dixit/1","entities":[
                {"start":0,"end":5,"text":"Le chef de l’État","label":"PER","entity":"Emmanuel Macron","cluster":0},
                {"start":6,"end":9,"text":"Mme Lagarde","label":"PER","entity":"Christine Lagarde","cluster":1}],
              "quotes":[
                {"start":10,"end":20,"text":"« Oui »","kind":"direct","speaker":"Emmanuel Macron","cue":null,"speaker_cluster":0,"speaker_id":"hand:per:emmanuel-macron"},
                {"start":21,"end":30,"text":"« Non »","kind":"direct","speaker":null,"cue":null}]}"#,
        )
        .unwrap()
    }

    macro_rules! matches {
        ($($name:ident: $query:expr => $want:expr;)*) => {
            $( #[test] fn $name() {
                let r = record();
                assert_eq!(SpeakerFilter::new($query).matches(&r, &r.quotes[0]), $want, "{}", $query);
            } )*
        };
    }
    matches! {
        canonical: "Emmanuel Macron" => true;
        last_name_lower: "macron" => true;
        upper_accented: "MÁCRON" => true;
        alias_mention: "chef de l'Etat" => true;
        gazetteer_id: "hand:per:emmanuel-macron" => true;
        other_person: "Lagarde" => false;
        word_inside_word: "macro" => false;
        words_out_of_order: "Macron Emmanuel" => false;
        empty: "  " => false;
    }

    #[test]
    fn descriptions_match_whole() {
        let r: Record = serde_json::from_str(
            r#"{"id":"a","entities":[],"quotes":[{"start":0,"end":1,"text":"x","kind":"partial","speaker":"un proche de M. Macron","cue":null}]}"#,
        )
        .unwrap();
        assert!(!SpeakerFilter::new("macron").matches(&r, &r.quotes[0]));
        assert!(SpeakerFilter::new("Un proche de M Macron").matches(&r, &r.quotes[0]));
    }

    #[test]
    fn unattributed_never_matches() {
        let r = record();
        assert!(!SpeakerFilter::new("macron").matches(&r, &r.quotes[1]));
    }
}
