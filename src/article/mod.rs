//! The article model: an [`Article`] made of typed [`Block`]s.
//!
//! # JSON schema
//!
//! Field names are API. Every field is always present, `null` when there is
//! no value:
//!
//! ```json
//! {
//!   "title": "Vietnam attends ASEAN-Japan Deputy Defense Ministers' Meeting",
//!   "published": {"date": "2014-10-07", "time": "19:34", "utc_offset": null},
//!   "byline": null,
//!   "source": "Vietnam+",
//!   "lang": "en",
//!   "blocks": [
//!     {"kind": "title", "text": "Vietnam attends ...", "lang": "en",
//!      "start": 0, "end": 62, "credit": null, "translation_of": null}
//!   ]
//! }
//! ```
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `title` | string or null | the headline |
//! | `published` | [`Published`] or null | set only when the text states a full date |
//! | `published.date` | `"YYYY-MM-DD"` | |
//! | `published.time` | `"HH:MM"` (24-hour) or null | |
//! | `published.utc_offset` | `"+07:00"` or null | when the text names it (WIB, GMT+7) |
//! | `byline` | [`Byline`] or null | `{"text", "authors", "translators", "editors"}` |
//! | `source` | string or null | agency or outlet credited in the text; photo credits never count |
//! | `lang` | [`Lang`] code or null | the article's language |
//! | `blocks` | array of [`Block`] | every non-empty line, in order |
//! | `blocks[].kind` | [`BlockKind`] | `title`, `date`, `dateline`, `heading`, `paragraph`, `caption`, `byline`, `attribution`, `related`, `boilerplate` |
//! | `blocks[].text` | string | the block as written, trimmed |
//! | `blocks[].lang` | code or null | the block's language |
//! | `blocks[].start`, `end` | integers | UTF-8 byte offsets into the input: `input[start..end] == text` |
//! | `blocks[].credit` | string or null | a caption's photo credit, copied out of `text` |
//! | `blocks[].translation_of` | integer or null | index of the block this one translates |
//! | `blocks[].confidence` | number, 0–1 | the tagger's probability of `kind` (1.0 where a rule alone decides) |
//!
//! # Lines and blocks
//!
//! Lines end at LF, CRLF or CR. A line of only whitespace is empty. A
//! leading byte-order mark is skipped; offsets stay relative to the input.
//! Every non-empty line is covered by one or more adjacent blocks; a block
//! never spans two lines, and together a line's blocks cover all of its
//! non-whitespace text, so the article can be rebuilt from its blocks.

mod block_lang;
mod classify;
mod crf;
mod date;
mod features;
mod gazetteer;
mod heuristics;
mod lazy;
mod parse;
mod rules;
mod segment;
mod source;
mod tagger;
mod train;

pub use lazy::LazyArticle;
pub use parse::{CorpusDateMarker, Parser, ParserBuilder, DEFAULT_MAX_LEN};
pub use tagger::ParserModel;
pub use train::{registrable_domain, Annotation, ForeignLine, TrainOptions};

use jiff::civil::{Date, Time};
use jiff::tz::Offset;
use serde::{Deserialize, Serialize};

use crate::{Lang, Result};

/// A news article parsed from raw text.
///
/// Built by [`Article::parse`], [`Article::from_bytes`] or a configured
/// [`Parser`]; (de)serialized with serde in the schema documented in the
/// [module docs](self). Plain data: fields are public, and the type is
/// `#[non_exhaustive]` so that fields can be added.
///
/// # Example
///
/// ```
/// use newstext::{Article, BlockKind, Lang};
///
/// # fn main() -> Result<(), newstext::Error> {
/// let text = "Vietnam and Japan boost defence ties\n\n\
///             The two countries agreed on Tuesday to deepen cooperation in \
///             maritime security, training and military medicine.\n";
/// let article = Article::parse(text)?;
/// assert_eq!(article.title.as_deref(), Some("Vietnam and Japan boost defence ties"));
/// assert_eq!(article.lang, Some(Lang::En));
/// let body = &article.blocks[1];
/// assert_eq!(body.kind, BlockKind::Paragraph);
/// assert_eq!(&text[body.start..body.end], body.text);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The headline, if the text has one.
    pub title: Option<String>,
    /// Publication date and time, when the text states a full date.
    pub published: Option<Published>,
    /// The first author/translator/editor credit.
    pub byline: Option<Byline>,
    /// The agency or outlet credited in the text (not photo credits).
    pub source: Option<String>,
    /// The article's language: a length-weighted vote of its blocks.
    pub lang: Option<Lang>,
    /// Every non-empty line, as one or more typed blocks, in input order.
    pub blocks: Vec<Block>,
}

impl Article {
    /// Parses article text with the default [`Parser`].
    ///
    /// # Errors
    ///
    /// [`Error::Empty`](crate::Error::Empty) when the text has no
    /// non-whitespace character; [`Error::TooLarge`](crate::Error::TooLarge)
    /// over [`DEFAULT_MAX_LEN`] bytes.
    pub fn parse(text: &str) -> Result<Article> {
        Parser::default().parse(text)
    }

    /// Parses raw bytes, which must be UTF-8, with the default [`Parser`].
    ///
    /// # Errors
    ///
    /// As [`Article::parse`], plus
    /// [`Error::InvalidUtf8`](crate::Error::InvalidUtf8) with the offset of
    /// the first invalid byte.
    ///
    /// ```
    /// let err = newstext::Article::from_bytes(b"Ha\xC3").unwrap_err();
    /// assert_eq!(err, newstext::Error::InvalidUtf8 { offset: 2 });
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Article> {
        Parser::default().parse_bytes(bytes)
    }

    /// The blocks of one kind, in order.
    ///
    /// ```
    /// use newstext::{Article, BlockKind};
    /// let a = Article::parse(
    ///     "Floods hit central Vietnam\n\
    ///      Rivers in Quang Ngai and Hue rose above the third alarm level overnight, officials said.\n\
    ///      Schools in the lowlands closed on Monday as water covered roads in several districts.",
    /// ).unwrap();
    /// assert_eq!(a.blocks_of(BlockKind::Title).count(), 1);
    /// assert_eq!(a.blocks_of(BlockKind::Paragraph).count(), 2);
    /// ```
    pub fn blocks_of(&self, kind: BlockKind) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

/// When an article was published.
///
/// JSON: `{"date": "2014-10-07", "time": "19:34", "utc_offset": "+07:00"}`,
/// `time` and `utc_offset` `null` when the text does not state them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Published {
    /// The calendar date, serialized `"YYYY-MM-DD"`.
    #[serde(with = "serde_date")]
    pub date: Date,
    /// The local time, serialized `"HH:MM"` (24-hour; seconds dropped).
    #[serde(with = "serde_time")]
    pub time: Option<Time>,
    /// The UTC offset the text names, serialized `"+07:00"`.
    #[serde(with = "serde_offset")]
    pub utc_offset: Option<Offset>,
}

impl Published {
    /// A publication date with optional time and UTC offset; the time is
    /// kept to the minute.
    ///
    /// ```
    /// use jiff::civil::{date, time};
    /// let p = newstext::Published::new(date(2014, 10, 7), Some(time(19, 34, 0, 0)), None);
    /// assert_eq!(serde_json::to_string(&p).unwrap(),
    ///            r#"{"date":"2014-10-07","time":"19:34","utc_offset":null}"#);
    /// ```
    pub fn new(date: Date, time: Option<Time>, utc_offset: Option<Offset>) -> Published {
        let time = time.and_then(|t| Time::new(t.hour(), t.minute(), 0, 0).ok());
        Published {
            date,
            time,
            utc_offset,
        }
    }
}

/// Who wrote, translated or edited the article.
///
/// `text` is the credit as written (`By Tran Binh – Translated by Kim
/// Khanh`); the lists hold names only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Byline {
    /// The credit as written in the text.
    pub text: String,
    /// Authors and reporters.
    pub authors: Vec<String>,
    /// Translators.
    pub translators: Vec<String>,
    /// Editors.
    pub editors: Vec<String>,
}

impl Byline {
    /// A byline from its text and name lists.
    pub fn new(
        text: impl Into<String>,
        authors: Vec<String>,
        translators: Vec<String>,
        editors: Vec<String>,
    ) -> Byline {
        Byline {
            text: text.into(),
            authors,
            translators,
            editors,
        }
    }
}

/// One piece of a line with one role.
///
/// `input[start..end] == text` always holds for the input the article was
/// parsed from; offsets are UTF-8 byte offsets on char boundaries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// The text as written, trimmed of surrounding whitespace.
    pub text: String,
    /// The block's language, `None` when nothing can be told.
    pub lang: Option<Lang>,
    /// Byte offset of the first byte of `text` in the input.
    pub start: usize,
    /// Byte offset one past the last byte of `text` in the input.
    pub end: usize,
    /// A caption's photo credit, copied out of `text`.
    pub credit: Option<String>,
    /// Index (in `Article::blocks`) of the block this one translates.
    pub translation_of: Option<usize>,
    /// How sure the parser is of `kind`, 0–1: the tagger's marginal
    /// probability of the kind, 1.0 where a rule alone decides (the corpus
    /// date marker).
    pub confidence: f64,
}

impl Block {
    /// A block of `kind` covering `input[start..end]`, with no language,
    /// credit or translation link.
    ///
    /// ```
    /// use newstext::{Block, BlockKind};
    /// let input = "  Komentar ";
    /// let b = Block::new(BlockKind::Boilerplate, input, 2, 10);
    /// assert_eq!(b.text, "Komentar");
    /// ```
    ///
    /// # Panics
    ///
    /// When `start..end` is out of bounds or not on char boundaries of
    /// `input`.
    pub fn new(kind: BlockKind, input: &str, start: usize, end: usize) -> Block {
        Block {
            kind,
            text: input[start..end].to_string(),
            lang: None,
            start,
            end,
            credit: None,
            translation_of: None,
            confidence: 1.0,
        }
    }
}

/// The role of a block. Serialized in `snake_case` (`"paragraph"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline, and any exact repeat of it.
    Title,
    /// A publication-date line or corpus date marker.
    Date,
    /// A place/agency line such as `Tokyo (VNA) –` on its own.
    Dateline,
    /// A sub-heading inside the body.
    Heading,
    /// Body text.
    Paragraph,
    /// A photo caption (its credit is copied into [`Block::credit`]).
    Caption,
    /// An author, translator or editor credit.
    Byline,
    /// A source credit such as `According to Vietnam+` or `Theo QĐND`.
    Attribution,
    /// Teasers for other articles and the headers that introduce them.
    Related,
    /// Widgets, ads, navigation, page clocks.
    Boilerplate,
}

impl BlockKind {
    /// Every kind, in declaration order.
    pub const ALL: [BlockKind; 10] = [
        BlockKind::Title,
        BlockKind::Date,
        BlockKind::Dateline,
        BlockKind::Heading,
        BlockKind::Paragraph,
        BlockKind::Caption,
        BlockKind::Byline,
        BlockKind::Attribution,
        BlockKind::Related,
        BlockKind::Boilerplate,
    ];

    /// The serialized name (`"paragraph"`).
    ///
    /// ```
    /// assert_eq!(newstext::BlockKind::Boilerplate.as_str(), "boilerplate");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Date => "date",
            BlockKind::Dateline => "dateline",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Caption => "caption",
            BlockKind::Byline => "byline",
            BlockKind::Attribution => "attribution",
            BlockKind::Related => "related",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// Whether blocks of this kind are part of the article's own text
    /// (title, headings, paragraphs, captions), as opposed to metadata and
    /// page furniture.
    pub fn is_content(&self) -> bool {
        matches!(
            self,
            BlockKind::Title | BlockKind::Heading | BlockKind::Paragraph | BlockKind::Caption
        )
    }
}

impl std::fmt::Display for BlockKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

mod serde_date {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            d.year(),
            d.month(),
            d.day()
        ))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        let bad = || serde::de::Error::custom(format!("expected a \"YYYY-MM-DD\" date, got {s:?}"));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<i16>().map_err(|_| bad());
        Date::new(num(0..4)?, num(5..7)? as i8, num(8..10)? as i8).map_err(|_| bad())
    }
}

mod serde_time {
    use jiff::civil::Time;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(&format_args!("{:02}:{:02}", t.hour(), t.minute())),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Time>, D::Error> {
        let Some(s) = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? else {
            return Ok(None);
        };
        let bad = || serde::de::Error::custom(format!("expected an \"HH:MM\" time, got {s:?}"));
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return Err(bad());
        }
        let h = s[0..2].parse::<i8>().map_err(|_| bad())?;
        let m = s[3..5].parse::<i8>().map_err(|_| bad())?;
        Time::new(h, m, 0, 0).map(Some).map_err(|_| bad())
    }
}

mod serde_offset {
    use jiff::tz::Offset;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(o: &Option<Offset>, s: S) -> Result<S::Ok, S::Error> {
        match o {
            Some(o) => {
                let secs = o.seconds();
                let sign = if secs < 0 { '-' } else { '+' };
                let mins = secs.unsigned_abs() / 60;
                s.collect_str(&format_args!("{sign}{:02}:{:02}", mins / 60, mins % 60))
            }
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Offset>, D::Error> {
        let Some(s) = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? else {
            return Ok(None);
        };
        let bad = || serde::de::Error::custom(format!("expected a \"+HH:MM\" offset, got {s:?}"));
        let b = s.as_bytes();
        if b.len() != 6 || !matches!(b[0], b'+' | b'-') || b[3] != b':' {
            return Err(bad());
        }
        let h = s[1..3].parse::<i32>().map_err(|_| bad())?;
        let m = s[4..6].parse::<i32>().map_err(|_| bad())?;
        if m >= 60 {
            return Err(bad());
        }
        let secs = (h * 3600 + m * 60) * if b[0] == b'-' { -1 } else { 1 };
        Offset::from_seconds(secs).map(Some).map_err(|_| bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn sample() -> Article {
        let input = "Title\nBody text here.";
        let mut title = Block::new(BlockKind::Title, input, 0, 5);
        title.lang = Some(Lang::En);
        let mut cap = Block::new(BlockKind::Caption, input, 6, 21);
        cap.lang = Some("ja".parse().unwrap());
        cap.credit = Some("VNA".into());
        cap.translation_of = Some(0);
        Article {
            title: Some("Title".into()),
            published: Some(Published::new(
                date(2017, 8, 22),
                Some(time(4, 2, 59, 0)),
                Some(Offset::constant(7)),
            )),
            byline: Some(Byline::new(
                "By Tran Binh – Translated by Kim Khanh",
                vec!["Tran Binh".into()],
                vec!["Kim Khanh".into()],
                vec![],
            )),
            source: Some("VNA".into()),
            lang: Some(Lang::En),
            blocks: vec![title, cap],
        }
    }

    #[test]
    fn json_round_trip_is_equal() {
        let a = sample();
        let json = serde_json::to_string(&a).unwrap();
        assert!(json
            .contains(r#""published":{"date":"2017-08-22","time":"04:02","utc_offset":"+07:00"}"#));
        let back: Article = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn every_field_present_null_when_none() {
        let input = "x";
        let a = Article {
            title: None,
            published: None,
            byline: None,
            source: None,
            lang: None,
            blocks: vec![Block::new(BlockKind::Paragraph, input, 0, 1)],
        };
        let v: serde_json::Value = serde_json::to_value(&a).unwrap();
        for f in ["title", "published", "byline", "source", "lang"] {
            assert!(v[f].is_null(), "{f}");
        }
        let b = &v["blocks"][0];
        for f in [
            "kind",
            "text",
            "lang",
            "start",
            "end",
            "credit",
            "translation_of",
            "confidence",
        ] {
            assert!(b.get(f).is_some(), "{f}");
        }
        assert_eq!(b["kind"], "paragraph");
        let back: Article = serde_json::from_value(v).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn negative_offsets_and_bad_strings() {
        let p = Published::new(date(2020, 1, 1), None, Some(Offset::constant(-5)));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2020-01-01","time":null,"utc_offset":"-05:00"}"#
        );
        assert_eq!(serde_json::from_str::<Published>(&json).unwrap(), p);
        for bad in [
            r#"{"date":"2020-13-01","time":null,"utc_offset":null}"#,
            r#"{"date":"2020-1-01","time":null,"utc_offset":null}"#,
            r#"{"date":"2020-01-01","time":"24:00","utc_offset":null}"#,
            r#"{"date":"2020-01-01","time":null,"utc_offset":"+0700"}"#,
        ] {
            assert!(serde_json::from_str::<Published>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds_serialize_snake_case() {
        for k in BlockKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
    }
}
