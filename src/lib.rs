//! # newstext
//!
//! Multilingual news text for English, Indonesian and Vietnamese: raw
//! article text as scraped from news sites goes in, a typed [`Article`]
//! comes out — title, publication date, byline, source, and every line as
//! typed [`Block`]s (paragraphs, captions, headings, boilerplate, ...) with
//! its language and exact byte offsets into the input.
//!
//! ## Quick example
//!
//! ```
//! use newstext::{Article, BlockKind, Lang};
//!
//! # fn main() -> Result<(), newstext::Error> {
//! let raw = "Mendorong kerjasama pertahanan antara Vietnam dan Jepang\n\n\
//!            Pembicaraan ini bertujuan untuk terus mendorong aktivitas kerjasama \
//!            pertahanan antara kedua negara setelah pandemi berhasil dikendalikan.\n";
//! let article = Article::parse(raw)?;
//! assert_eq!(article.lang, Some(Lang::Id));
//! assert_eq!(article.blocks[0].kind, BlockKind::Title);
//! for block in &article.blocks {
//!     // Offsets always slice the original input.
//!     assert_eq!(&raw[block.start..block.end], block.text);
//! }
//! // The article is serde: the JSON schema is documented in `article`.
//! let json = serde_json::to_string(&article).unwrap();
//! assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), article);
//! # Ok(())
//! # }
//! ```
//!
//! ## Memory
//!
//! An [`Article`] holds a [`Block`] (and its text) per line. For pages of
//! very many lines, or to write an article out as it is read,
//! [`Parser::parse_lazy`] returns a [`LazyArticle`] that makes each block
//! only when it is read: the same blocks and the same JSON, in a few dozen
//! bytes per line.
//!
//! ## Offsets
//!
//! Every offset is a UTF-8 byte offset into the *original* input, on a char
//! boundary, also when the input starts with a byte-order mark.
//!
//! ## Errors
//!
//! Only invalid UTF-8, empty input and input over the size limit are
//! errors ([`Error`]); everything else — control characters, mojibake,
//! mixed scripts, decomposed (NFD) text, huge lines — is handled.
//!
//! ## MSRV
//!
//! Rust 1.85.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod analyze;
pub mod article;
#[cfg(test)]
mod bench_text;
mod chars;
pub mod detect;
mod error;
mod find;
mod lang;
mod lower;
pub mod normalize;
pub mod sentence;
mod spaces;
pub mod stem;
pub mod stopwords;
#[cfg(feature = "tantivy")]
pub mod tantivy;
pub mod token;
mod word_key;
pub mod words;

pub use article::{
    Annotation, Article, Block, BlockKind, Byline, CorpusDateMarker, LazyArticle, Parser,
    ParserBuilder, ParserModel, Published, TrainOptions,
};
pub use error::{Error, Result};
pub use lang::{Lang, OtherLang, ParseLangError};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
