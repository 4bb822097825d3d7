//! The article parser: raw text → lines → typed blocks → [`Article`].

use std::path::Path;
use std::sync::Arc;

use super::classify::classify;
use super::lazy::LazyArticle;
use super::segment::Line;
use super::tagger::ParserModel;
use super::Article;
use crate::detect::Detector;
use crate::{Error, Result};

/// The default size limit of a [`Parser`]: 16 MiB.
pub const DEFAULT_MAX_LEN: usize = 16 * 1024 * 1024;

const BOM: &str = "\u{FEFF}";

/// Parses raw article text into an [`Article`].
///
/// Configure it with [`Parser::builder`]; the default parser is what
/// [`Article::parse`] uses. A `Parser` is cheap to clone, `Send + Sync`, and
/// meant to be built once and reused.
///
/// # Example
///
/// ```
/// use newstext::{Error, Parser};
///
/// # fn main() -> Result<(), Error> {
/// let parser = Parser::builder().max_len(1024).build()?;
/// let article = parser.parse("Hanoi hosts talks\r\nThe talks opened on Monday.")?;
/// assert_eq!(article.blocks.len(), 2);
///
/// let too_big = "x".repeat(2000);
/// assert_eq!(parser.parse(&too_big), Err(Error::TooLarge { len: 2000, limit: 1024 }));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    max_len: usize,
    date_marker: CorpusDateMarker,
    detector: Detector,
    model: Arc<ParserModel>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser {
            max_len: DEFAULT_MAX_LEN,
            date_marker: CorpusDateMarker::Recognize,
            detector: Detector::default(),
            model: ParserModel::shipped(),
        }
    }
}

/// Whether the parser reads the corpus date marker.
///
/// The corpus the seed articles come from stores the crawl date as
/// ` date 2024-08-06 ` (or the partial ` date 2017-01 `) at the very start
/// of the text. Recognized (the default), it becomes a `date` block and a
/// full marker sets the publication date; ignored, it is ordinary text.
///
/// ```
/// use newstext::{Article, BlockKind, CorpusDateMarker, Parser};
/// # fn main() -> Result<(), newstext::Error> {
/// let text = " date 2024-08-06 Both sides agreed to promote defence cooperation in many areas.";
/// let a = Article::parse(text)?;
/// assert_eq!(a.blocks[0].kind, BlockKind::Date);
/// assert_eq!(a.published.unwrap().date.to_string(), "2024-08-06");
///
/// let plain = Parser::builder().corpus_date_marker(CorpusDateMarker::Ignore).build()?;
/// let a = plain.parse(text)?;
/// assert_eq!(a.published, None);
/// assert_eq!(a.blocks.len(), 1);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum CorpusDateMarker {
    /// Read the marker (the default).
    #[default]
    Recognize,
    /// Treat the marker as ordinary text.
    Ignore,
}

/// Builder for a [`Parser`]; [`ParserBuilder::build`] validates the settings.
#[derive(Debug, Clone)]
#[must_use]
pub struct ParserBuilder {
    max_len: usize,
    date_marker: CorpusDateMarker,
    model: Option<Arc<ParserModel>>,
}

impl ParserBuilder {
    /// The largest input accepted, in bytes (default [`DEFAULT_MAX_LEN`],
    /// 16 MiB). Longer input is an [`Error::TooLarge`].
    pub fn max_len(mut self, bytes: usize) -> Self {
        self.max_len = bytes;
        self
    }

    /// Whether to read the corpus date marker (default
    /// [`CorpusDateMarker::Recognize`]).
    pub fn corpus_date_marker(mut self, marker: CorpusDateMarker) -> Self {
        self.date_marker = marker;
        self
    }

    /// The line-role model (default: the one shipped with the crate,
    /// [`ParserModel::shipped`]); train your own with
    /// [`ParserModel::train`].
    pub fn model(mut self, model: impl Into<Arc<ParserModel>>) -> Self {
        self.model = Some(model.into());
        self
    }

    /// Builds the parser.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] when the size limit is zero.
    ///
    /// ```
    /// assert!(newstext::Parser::builder().max_len(0).build().is_err());
    /// ```
    pub fn build(self) -> Result<Parser> {
        if self.max_len == 0 {
            return Err(Error::InvalidConfig(
                "size limit must be at least 1 byte".into(),
            ));
        }
        Ok(Parser {
            max_len: self.max_len,
            date_marker: self.date_marker,
            detector: Detector::default(),
            model: self.model.unwrap_or_else(ParserModel::shipped),
        })
    }
}

impl Parser {
    /// A builder starting from the default settings.
    pub fn builder() -> ParserBuilder {
        ParserBuilder {
            max_len: DEFAULT_MAX_LEN,
            date_marker: CorpusDateMarker::Recognize,
            model: None,
        }
    }

    /// The size limit in bytes.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// Parses article text.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] when `text` is longer than the size limit;
    /// [`Error::Empty`] when it has no non-whitespace character (a leading
    /// byte-order mark does not count).
    pub fn parse(&self, text: &str) -> Result<Article> {
        self.parse_lazy(text).map(LazyArticle::into_article)
    }

    /// Parses article text, its blocks made only as they are read: the
    /// same article as [`Parser::parse`], in a few dozen bytes per line
    /// instead of a [`Block`](crate::Block) each. For pages of very many lines, and for
    /// writing an article out as it is read.
    ///
    /// # Errors
    ///
    /// As [`Parser::parse`].
    ///
    /// ```
    /// use newstext::{BlockKind, Parser};
    /// # fn main() -> Result<(), newstext::Error> {
    /// let parser = Parser::default();
    /// let text = "Hanoi hosts talks\nThe talks opened on Monday in the capital.";
    /// let lazy = parser.parse_lazy(text)?;
    /// assert_eq!(lazy.len(), 2);
    /// let kinds: Vec<BlockKind> = lazy.blocks().map(|b| b.kind).collect();
    /// assert_eq!(kinds, parser.parse(text)?.blocks.iter().map(|b| b.kind).collect::<Vec<_>>());
    /// // The same JSON as the article's, written block by block.
    /// let json = serde_json::to_string(&lazy).unwrap();
    /// assert_eq!(json, serde_json::to_string(&lazy.into_article()).unwrap());
    /// # Ok(())
    /// # }
    /// ```
    pub fn parse_lazy<'a>(&'a self, text: &'a str) -> Result<LazyArticle<'a>> {
        self.check_len(text.len())?;
        if lines(text).next().is_none() {
            return Err(Error::Empty);
        }
        let out = classify(
            text,
            lines(text),
            self.date_marker == CorpusDateMarker::Recognize,
            &self.detector,
            &self.model,
        );
        Ok(LazyArticle::new(text, &self.detector, out))
    }

    /// [`Parser::parse_lazy`] on raw bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// As [`Parser::parse_bytes`].
    ///
    /// ```
    /// let parser = newstext::Parser::default();
    /// let lazy = parser.parse_lazy_bytes(b"Hanoi hosts talks\nThe talks opened on Monday.").unwrap();
    /// assert_eq!(lazy.len(), 2);
    /// assert!(parser.parse_lazy_bytes(b"Ha\xC3").is_err());
    /// ```
    pub fn parse_lazy_bytes<'a>(&'a self, bytes: &'a [u8]) -> Result<LazyArticle<'a>> {
        self.parse_lazy(self.utf8(bytes)?)
    }

    /// Parses raw bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// As [`Parser::parse`] (the size limit is checked first), plus
    /// [`Error::InvalidUtf8`] with the offset where the valid prefix ends.
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article> {
        self.parse(self.utf8(bytes)?)
    }

    /// The text of `bytes`, checked against the size limit first.
    fn utf8<'a>(&self, bytes: &'a [u8]) -> Result<&'a str> {
        self.check_len(bytes.len())?;
        std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })
    }

    /// Reads and parses a file.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be read (or its size exceeds the
    /// limit by metadata, reported as [`Error::TooLarge`]); otherwise as
    /// [`Parser::parse_bytes`].
    pub fn parse_path(&self, path: impl AsRef<Path>) -> Result<Article> {
        let path = path.as_ref();
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.is_file() {
            let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
            self.check_len(len)?;
        }
        let bytes = std::fs::read(path).map_err(io)?;
        self.parse_bytes(&bytes)
    }

    fn check_len(&self, len: usize) -> Result<()> {
        if len > self.max_len {
            Err(Error::TooLarge {
                len,
                limit: self.max_len,
            })
        } else {
            Ok(())
        }
    }
}

/// Splits `text` into its non-empty lines (LF, CRLF or CR terminators),
/// each trimmed of whitespace; a leading byte-order mark is skipped.
#[cfg(test)]
pub(super) fn split_lines(text: &str) -> Vec<Line> {
    lines(text).collect()
}

/// The non-empty lines of `text` (LF, CRLF or CR terminators), each
/// trimmed of whitespace, as they are found; a leading byte-order mark is
/// skipped.
pub(super) fn lines(text: &str) -> Lines<'_> {
    let base = if text.starts_with(BOM) { BOM.len() } else { 0 };
    Lines {
        text,
        start: base,
        i: base,
        number: 0,
    }
}

/// The iterator of [`lines`].
pub(super) struct Lines<'a> {
    text: &'a str,
    start: usize,
    i: usize,
    number: usize,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        while self.i <= bytes.len() {
            // The next terminator, or the end.
            let i =
                memchr::memchr2(b'\n', b'\r', &bytes[self.i..]).map_or(bytes.len(), |p| self.i + p);
            let at_end = i == bytes.len();
            self.i = i + 1;
            if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
                // Terminators are ASCII, so `start..i` lies on char
                // boundaries.
                let line = trimmed(self.text, self.start, i, self.number);
                self.number += 1;
                if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    self.i += 1;
                }
                self.start = self.i;
                if line.is_some() {
                    return line;
                }
            }
        }
        None
    }
}

/// The span of `text[start..end]` without surrounding whitespace, `None`
/// when nothing is left.
fn trimmed(text: &str, start: usize, end: usize, number: usize) -> Option<Line> {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(Line {
            start: start + lead,
            end: start + lead + t.len(),
            number,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        split_lines(text)
            .iter()
            .map(|l| &text[l.start..l.end])
            .collect()
    }

    #[test]
    fn line_terminators_and_blank_lines() {
        assert_eq!(spans("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(spans("a\r\r\nb\n\n \t \nc\n"), ["a", "b", "c"]);
        assert_eq!(spans("\u{FEFF}  title \u{A0}\n"), ["title"]);
        assert!(spans("\u{FEFF} \r\n\u{3000}").is_empty());
        assert!(spans("").is_empty());
    }

    #[test]
    fn bom_offsets_stay_relative_to_input() {
        let text = "\u{FEFF}Title\nBody";
        let lines = split_lines(text);
        assert_eq!((lines[0].start, lines[0].end, lines[0].number), (3, 8, 0));
        assert_eq!((lines[1].start, lines[1].end, lines[1].number), (9, 13, 1));
        let lines = split_lines("a\r\n\r\nb\rc");
        let numbers: Vec<_> = lines.iter().map(|l| l.number).collect();
        assert_eq!(
            numbers,
            [0, 2, 3],
            "physical line numbers count blank lines"
        );
    }

    #[test]
    fn builder_validates() {
        assert!(matches!(
            Parser::builder().max_len(0).build(),
            Err(Error::InvalidConfig(_))
        ));
        assert_eq!(Parser::builder().max_len(7).build().unwrap().max_len(), 7);
    }

    #[test]
    fn parser_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Parser>();
    }
}
