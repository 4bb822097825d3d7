//! An article whose blocks are made as they are read.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::classify::{self, Outcome};
use super::segment::Seg;
use super::{block_lang, Article, Block, BlockKind, Byline, Published};
use crate::detect::{Brief, Detector};
use crate::Lang;

/// A parsed article whose blocks are made one at a time, as they are read:
/// what [`Parser::parse_lazy`](crate::Parser::parse_lazy) returns.
///
/// It holds the parser's compact segments (a few dozen bytes per line)
/// instead of a [`Block`] with its own copy of the text per line, so a page
/// of very many short lines takes a fraction of the memory. Its fields are
/// the [`Article`]'s, its blocks the same blocks; it serializes to the same
/// JSON, writing each block as it is made; [`LazyArticle::into_article`]
/// gives the [`Article`].
///
/// ```
/// use newstext::{BlockKind, Parser};
/// # fn main() -> Result<(), newstext::Error> {
/// let parser = Parser::default();
/// let text = "Flood warnings issued for Central Vietnam\n\
///             Heavy rain is forecast for the coming days, the national weather agency said.";
/// let lazy = parser.parse_lazy(text)?;
/// assert_eq!(lazy.title(), Some("Flood warnings issued for Central Vietnam"));
/// let body = lazy.block(1).unwrap();
/// assert_eq!(body.kind, BlockKind::Paragraph);
/// assert_eq!(&text[body.start..body.end], body.text);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct LazyArticle<'a> {
    text: &'a str,
    detector: &'a Detector,
    segs: Vec<Seg>,
    /// Each segment's detection, as its block keeps it.
    detections: Vec<Option<Brief>>,
    title: Option<usize>,
    published: Option<Published>,
    byline: Option<Byline>,
    source: Option<String>,
    lang: Option<Lang>,
}

impl<'a> LazyArticle<'a> {
    pub(super) fn new(text: &'a str, detector: &'a Detector, out: Outcome) -> LazyArticle<'a> {
        let Outcome {
            segs,
            published,
            byline,
            source,
            mut detections,
        } = out;
        let kind = Seg::block_kind;
        for (s, d) in segs.iter().zip(detections.iter_mut()) {
            *d = block_lang::kept(kind(s), &text[s.start..s.end], *d);
        }
        // The votes weigh each detection by the letters counted when the
        // segment was detected: its span has not moved since.
        debug_assert!(segs.iter().zip(&detections).all(|(s, d)| {
            d.is_none_or(|d| d.letters() == crate::detect::letter_count(&text[s.start..s.end]))
        }));
        let lang = block_lang::article(|| segs.iter().zip(&detections).map(|(s, d)| (kind(s), *d)));
        let title = segs.iter().position(|s| kind(s) == BlockKind::Title);
        LazyArticle {
            text,
            detector,
            segs,
            detections,
            title,
            published,
            byline,
            source,
            lang,
        }
    }

    /// The headline, if the text has one.
    pub fn title(&self) -> Option<&'a str> {
        let s = &self.segs[self.title?];
        Some(&self.text[s.start..s.end])
    }

    /// Publication date and time, when the text states a full date.
    pub fn published(&self) -> Option<Published> {
        self.published
    }

    /// The first author/translator/editor credit.
    pub fn byline(&self) -> Option<&Byline> {
        self.byline.as_ref()
    }

    /// The agency or outlet credited in the text (not photo credits).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The article's language: a length-weighted vote of its blocks.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// The number of blocks.
    pub fn len(&self) -> usize {
        self.segs.len()
    }

    /// Whether there are no blocks (never, for text that parsed).
    pub fn is_empty(&self) -> bool {
        self.segs.is_empty()
    }

    /// Block `i`, made now; `None` past the last.
    pub fn block(&self, i: usize) -> Option<Block> {
        Some(self.make(self.segs.get(i)?, self.detections[i]))
    }

    /// The blocks in order, each made as it is reached.
    pub fn blocks(&self) -> impl ExactSizeIterator<Item = Block> + '_ {
        self.segs
            .iter()
            .zip(&self.detections)
            .map(|(s, &d)| self.make(s, d))
    }

    /// The [`Article`], with every block made. The segments' memory is
    /// given back as their blocks are made.
    pub fn into_article(mut self) -> Article {
        let n = self.segs.len();
        let mut blocks = Vec::with_capacity(n);
        // From the last segment back, so the segments shrink as the blocks
        // grow (untouched capacity takes no memory).
        while let Some(s) = self.segs.pop() {
            let d = self.detections.pop().flatten();
            blocks.push(self.make(&s, d));
            if self.segs.capacity() > 4096 && self.segs.len() * 2 < self.segs.capacity() {
                self.segs.shrink_to_fit();
                self.detections.shrink_to_fit();
            }
        }
        blocks.reverse();
        let title = self.title.map(|i| blocks[i].text.clone());
        Article {
            title,
            published: self.published,
            byline: self.byline,
            source: self.source,
            lang: self.lang,
            blocks,
        }
    }

    fn make(&self, s: &Seg, d: Option<Brief>) -> Block {
        let mut b = classify::block(self.text, s);
        b.lang = block_lang::block(self.detector, b.kind, &b.text, d, self.lang);
        b
    }
}

impl Serialize for LazyArticle<'_> {
    /// The [`Article`]'s JSON, each block written as it is made.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The blocks, made one at a time as the serializer takes them.
        struct Blocks<'l, 'a>(&'l LazyArticle<'a>);
        impl Serialize for Blocks<'_, '_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.blocks())
            }
        }
        let mut st = serializer.serialize_struct("Article", 6)?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("published", &self.published)?;
        st.serialize_field("byline", &self.byline)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("lang", &self.lang)?;
        st.serialize_field("blocks", &Blocks(self))?;
        st.end()
    }
}
