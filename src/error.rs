//! The crate's error type.

use std::path::PathBuf;

/// Everything that can go wrong when newstext reads input.
///
/// Only three things about the *input* are errors: bytes that are not UTF-8,
/// input with no text at all, and input over the configured size limit.
/// Anything else (control characters, mojibake, mixed scripts, huge lines) is
/// handled and never rejected. The remaining variants report I/O on the
/// path helpers and invalid builder settings.
///
/// Messages are lowercase without a trailing period, as std's are.
///
/// # Example
///
/// ```
/// use newstext::{Article, Error};
///
/// let err = Article::from_bytes(b"Hanoi \xFF").unwrap_err();
/// assert!(matches!(err, Error::InvalidUtf8 { offset: 6 }));
/// assert_eq!(err.offset(), Some(6));
/// assert_eq!(Article::parse(" \n\t ").unwrap_err(), Error::Empty);
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not valid UTF-8; `offset` is the byte index of the first
    /// byte of the first invalid (or truncated) sequence.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte index where the valid prefix ends.
        offset: usize,
    },
    /// The input is empty or holds only whitespace (and a byte-order mark).
    #[error("empty input: no text to parse")]
    Empty,
    /// The input is longer than the parser's size limit.
    #[error("input of {len} bytes is over the size limit of {limit} bytes")]
    TooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in force, in bytes.
        limit: usize,
    },
    /// A file could not be read (path helpers only).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A builder was given a setting it cannot work with.
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
}

impl Error {
    /// The byte offset in the input the error points at, where there is one
    /// (only [`Error::InvalidUtf8`] has one).
    ///
    /// ```
    /// let err = newstext::Article::from_bytes(b"ok\xE1\xBA").unwrap_err();
    /// assert_eq!(err.offset(), Some(2));
    /// ```
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::InvalidUtf8 { offset } => Some(*offset),
            _ => None,
        }
    }

    /// A short, stable, machine-readable name for the kind of error:
    /// `invalid_utf8`, `empty`, `too_large`, `io` or `invalid_config`.
    ///
    /// ```
    /// assert_eq!(newstext::Error::Empty.kind(), "empty");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::Empty => "empty",
            Error::TooLarge { .. } => "too_large",
            Error::Io { .. } => "io",
            Error::InvalidConfig(_) => "invalid_config",
        }
    }
}

/// Equality compares the variant and its data; two [`Error::Io`] values are
/// equal when their paths and I/O error kinds are.
impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Error::InvalidUtf8 { offset: a }, Error::InvalidUtf8 { offset: b }) => a == b,
            (Error::Empty, Error::Empty) => true,
            (Error::TooLarge { len: a, limit: x }, Error::TooLarge { len: b, limit: y }) => {
                a == b && x == y
            }
            (Error::Io { path: a, source: x }, Error::Io { path: b, source: y }) => {
                a == b && x.kind() == y.kind()
            }
            (Error::InvalidConfig(a), Error::InvalidConfig(b)) => a == b,
            _ => false,
        }
    }
}

/// Shorthand for `Result<T, newstext::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_send_sync_static() {
        fn check<T: std::error::Error + Send + Sync + 'static>() {}
        check::<Error>();
    }

    #[test]
    fn messages_are_lowercase_without_period() {
        let all = [
            Error::InvalidUtf8 { offset: 3 },
            Error::Empty,
            Error::TooLarge { len: 10, limit: 5 },
            Error::Io {
                path: "x.txt".into(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not found"),
            },
            Error::InvalidConfig("size limit must be at least 1 byte".into()),
        ];
        for e in all {
            let m = e.to_string();
            assert!(m.chars().next().unwrap().is_lowercase(), "{m}");
            assert!(!m.ends_with('.'), "{m}");
        }
    }
}
