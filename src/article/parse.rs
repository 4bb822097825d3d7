//! The article parser: raw text → lines → typed blocks → [`Article`].

use crate::chars::Letters;
use std::path::Path;
use std::sync::Arc;

use super::classify::classify;
use super::segment::Line;
use super::tagger::ParserModel;
use super::{Article, Block, BlockKind};
use crate::detect::{self, Brief, Detector};
use crate::{Error, Lang, Result};

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
        self.check_len(text.len())?;
        let lines = split_lines(text);
        if lines.is_empty() {
            return Err(Error::Empty);
        }
        let out = classify(
            text,
            lines,
            self.date_marker == CorpusDateMarker::Recognize,
            &self.detector,
            &self.model,
        );
        let mut blocks = out.blocks;
        let lang = self.assign_langs(&mut blocks, out.detections);
        let title = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| b.text.clone());
        Ok(Article {
            title,
            published: out.published,
            byline: out.byline,
            source: out.source,
            lang,
            blocks,
        })
    }

    /// Parses raw bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// As [`Parser::parse`] (the size limit is checked first), plus
    /// [`Error::InvalidUtf8`] with the offset where the valid prefix ends.
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article> {
        self.check_len(bytes.len())?;
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.parse(text)
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

    /// Sets every block's language and returns the article's: a vote of the
    /// content blocks weighted by letters. Short lines keep the article's
    /// language unless they carry evidence of another; metadata blocks and
    /// blocks without letters take the article's language.
    fn assign_langs(&self, blocks: &mut [Block], mut detected: Vec<Option<Brief>>) -> Option<Lang> {
        let own = |b: &Block| {
            b.kind.is_content() || matches!(b.kind, BlockKind::Boilerplate | BlockKind::Related)
        };
        // Metadata keeps its detection only when written in another script
        // (a Korean date line around a Vietnamese article).
        for (b, d) in blocks.iter().zip(detected.iter_mut()) {
            if d.is_some() && !(own(b) || mostly_non_latin(&b.text)) {
                *d = None;
            }
        }
        let weighted = |content_only: bool| {
            detect::vote(blocks.iter().zip(&detected).filter_map(|(b, d)| {
                (!content_only || b.kind.is_content())
                    .then(|| Some((d.as_ref()?.lang(), detect::letter_count(&b.text))))
                    .flatten()
            }))
        };
        let article = weighted(true).or_else(|| weighted(false));
        for (b, d) in blocks.iter_mut().zip(detected) {
            // A line in another script is in that script's language; a line
            // that disagrees with the article is judged in context (its
            // detection reused); metadata (dates, credits, datelines) is
            // names and numbers and takes the article's language, and so do
            // widget names (`copy-link-circle`).
            b.lang = match (own(b), d, article) {
                (_, Some(d), Some(a)) if d.lang() != a && mostly_non_latin(&b.text) => {
                    Some(d.lang())
                }
                (true, Some(_), Some(a)) if is_widget_name(&b.text) || is_names_only(&b.text) => {
                    Some(a)
                }
                // Page furniture is short and often a stock phrase of
                // another language (`SCROLL TO CONTINUE WITH CONTENT`, `TIN
                // LIÊN QUAN`): a sure detection of a phrase stands without
                // the article's context (single words keep it).
                (true, Some(d), Some(a))
                    if d.lang() != a
                        && matches!(b.kind, BlockKind::Boilerplate | BlockKind::Related)
                        && ((d.confidence() >= 0.9
                            && b.text
                                .split_whitespace()
                                .filter(|w| w.chars().any(char::is_alphabetic))
                                .count()
                                >= 3)
                            || (d.lang() == Lang::Vi && has_vietnamese_letter(&b.text))) =>
                {
                    Some(d.lang())
                }
                (true, Some(d), Some(a)) if d.lang() != a => self
                    .detector
                    .in_context(&b.text, a, d.detection())
                    .map(|x| x.lang()),
                (_, d, a) => a.or(d.map(|d| d.lang())),
            };
        }
        article
    }
}

/// More than half of the letters are outside the Latin script.
fn mostly_non_latin(s: &str) -> bool {
    let (mut letters, mut other) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_letter()) {
        letters += 1;
        let cp = c as u32;
        other += usize::from(cp > 0x24F && !(0x1E00..=0x1EFF).contains(&cp));
    }
    letters > 0 && other * 2 > letters
}

/// A letter that English and Indonesian never write: `ê`, `đ`, `ơ`, `ư`,
/// `ă` and the tone-marked vowels.
fn has_vietnamese_letter(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'ê' | 'Ê' | 'đ' | 'Đ' | 'ă' | 'Ă') || detect::is_vietnamese_letter(c))
}

/// One token without spaces: the name of an icon or widget (`comment`,
/// `sosmed-whatsapp-white`, `zoom-in-whitePerbesar`), in no language.
fn is_widget_name(s: &str) -> bool {
    !s.contains(char::is_whitespace)
}

/// Only capitalized words (not all capitals) and numbers: names of people
/// and places (`- Aborlan, Palawan: 42°C`), in no language of their own.
fn is_names_only(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        let letters: Vec<char> = w.chars().filter(|c| c.is_letter()).collect();
        // Numbers and measures (`42°C`, `5km`) are no words.
        if letters.is_empty() || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        words += 1;
        let first_upper = letters[0].is_uppercase();
        let rest_lower = letters[1..].iter().all(|c| c.is_lowercase());
        if !(first_upper && rest_lower && letters.len() > 1) {
            return false;
        }
    }
    (1..=6).contains(&words)
}

/// Splits `text` into its non-empty lines (LF, CRLF or CR terminators),
/// each trimmed of whitespace; a leading byte-order mark is skipped.
pub(super) fn split_lines(text: &str) -> Vec<Line> {
    let base = if text.starts_with(BOM) { BOM.len() } else { 0 };
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = base;
    let mut i = base;
    let mut number = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            // Terminators are ASCII, so `start..i` lies on char boundaries.
            if let Some(line) = trimmed(text, start, i, number) {
                lines.push(line);
            }
            number += 1;
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    lines
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
