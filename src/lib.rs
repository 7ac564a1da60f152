//! # dixit: who said what, at the speed of the disk
//!
//! dixit reads news articles and says who is named in them and who said what. It normalizes
//! the text, finds people, places and organizations (PER, LOC, ORG) with gazetteers
//! (a byte trie searched at word starts) plus rules, finds quoted speech («…», “…”, "…") and attributes each quote to its
//! speaker, and emits one JSON Lines record per article. French first, English second.
//!
//! ```text
//!  input ──> normalize ──> segment ──> gazetteer ──> entity ──> quote ──> output
//!  (files,   NFC, quotes,  paragraphs, byte trie     rules,      marks,    JSONL records,
//!   JSONL,   spaces, with  sentences,  anchored at   linking,    speech    offsets mapped
//!   gzip,    a map back    tokens      word starts   canonical   verbs,    back to the
//!   stdin)   to original                             names       speakers  original text
//! ```
//!
//! The [`Engine`] (gazetteer trie and lexicons) is built once and shared by every thread; each
//! thread has a [`Worker`] with its own buffers. Every span in the output slices the original
//! text exactly, in code points (`start`, `end`) and bytes (`byte_start`, `byte_end`).
//!
//! ```
//! use dixit::EngineBuilder;
//!
//! let engine = EngineBuilder::new()
//!     .default_gazetteers(false)
//!     .gazetteer_str("mine", "Élysée\tORG\tÉlysée\n").unwrap()
//!     .build()
//!     .unwrap();
//! let mut worker = engine.worker();
//! let text = "« Nous irons jusqu’au bout », a déclaré l’Élysée.";
//! let a = worker.analyze(text);
//! let e = &a.entities[0];
//! assert_eq!(e.text, "Élysée");
//! assert_eq!(text.chars().skip(e.start).take(e.end - e.start).collect::<String>(), "Élysée");
//! assert_eq!(a.quotes[0].text, "« Nous irons jusqu’au bout »");
//! ```

#![warn(missing_docs)]

pub mod engine;
pub mod entity;
pub mod error;
pub mod eval;
pub mod gazetteer;
pub mod input;
pub mod lang;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod quote;
pub mod segment;
pub mod view;

pub use engine::{Engine, EngineBuilder, Worker};
pub use error::Error;
pub use output::Analysis;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn engine_is_send_and_sync() {
        assert_send_sync::<crate::Engine>();
        assert_send_sync::<crate::gazetteer::Gazetteer>();
    }

    #[test]
    fn worker_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<crate::Worker<'static>>();
    }
}
