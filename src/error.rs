//! The library's error type.

use std::path::PathBuf;

/// Errors the library reports, with the context a user needs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer list is malformed.
    #[error("{file}:{line}: {message}")]
    Gazetteer {
        /// The list's name or path.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Anything else, with its message.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
