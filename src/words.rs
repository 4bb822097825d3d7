//! Vietnamese words: syllables grouped into words.
//!
//! Vietnamese writes one syllable per space: `quốc phòng` (defence), `Việt
//! Nam` and `Hồ Chí Minh` are single words. A [`Segmenter`] groups the
//! tokens of a text into [`Word`]s, each a span of one or more consecutive
//! tokens that borrows from the input.
//!
//! The decision at each gap between two syllables comes from a trained
//! linear model (an averaged perceptron over the syllables and bigrams
//! around the gap, their shapes, and the words of a lexicon that cross it),
//! trained on the Vietnamese UD treebank (VTB) with the `pyvi` word list as
//! its lexicon. It ships in the data crate `newstext-vi-words` (default
//! feature `vi-words`; CC BY-SA 4.0, as the treebank it is trained on).
//! Without that feature [`Segmenter::new`] has no model: every token is a
//! word, except the words given to [`SegmenterBuilder::with_words`].
//!
//! Words follow the treebank's conventions: names are one word (`Nguyễn
//! Chí Vịnh`, `Hà Nội`), and so are the number groups it writes spaced
//! (`28 . 000`, `90 %`). Punctuation, URLs and other tokens join a word only
//! where the model says so.
//!
//! Lookups see through the writing: NFC or NFD, old-style or new-style tone
//! marks (`hoà`/`hòa`, `thuỷ`/`thủy`) and case give the same words. The
//! output spans are always the input as written.
//!
//! # Example
//!
//! ```
//! use newstext::words::Segmenter;
//!
//! let seg = Segmenter::new();
//! let text = "Quang cảnh Hội nghị thứ trưởng quốc phòng tại Hà Nội.";
//! let words: Vec<&str> = seg.segment(text).map(|w| w.text()).collect();
//! # #[cfg(feature = "vi-words")]
//! assert_eq!(
//!     words,
//!     ["Quang cảnh", "Hội nghị", "thứ trưởng", "quốc phòng", "tại", "Hà Nội", "."]
//! );
//! for w in seg.segment(text) {
//!     assert_eq!(&text[w.start()..w.end()], w.text());
//! }
//! ```

mod model;
mod syllable;
pub mod train;

use std::sync::{Arc, OnceLock};

use model::{Context, Fmm, Model, Syl, MAX_WORD};

use crate::token::{Token, Tokenizer, Tokens};
use crate::Result;

/// A word: one or more consecutive tokens of the input.
///
/// `&input[word.start()..word.end()] == word.text()` always holds; the
/// text between a word's syllables is the input's own (a space, usually).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Word<'a> {
    text: &'a str,
    start: usize,
    first: usize,
    tokens: usize,
}

impl<'a> Word<'a> {
    /// The word as written in the input.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Byte offset of the word's start in the input.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset one past the word's end in the input.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    /// Index of the word's first token in the token stream.
    pub fn first_token(&self) -> usize {
        self.first
    }
    /// Number of tokens (syllables) in the word.
    pub fn token_count(&self) -> usize {
        self.tokens
    }
    /// The token indexes the word covers.
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.first..self.first + self.tokens
    }
    /// Whether the word has more than one token (`quốc phòng`).
    pub fn is_compound(&self) -> bool {
        self.tokens > 1
    }
}

/// Groups syllables into words. Build once and share: `Send + Sync`, and
/// cheap to clone (the model is shared).
#[derive(Debug, Clone)]
pub struct Segmenter {
    model: Arc<Model>,
    tokenizer: Tokenizer,
}

/// Builder for a [`Segmenter`].
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct SegmenterBuilder {
    model: Option<String>,
    words: Vec<String>,
}

impl SegmenterBuilder {
    /// Words the segmenter always joins, as users of every segmenter ask
    /// for: product names, places, terms of a trade. Written with spaces
    /// between syllables (`"Quang Trung"`), matched as lookups are (any
    /// case, form and tone placement), longest first; a word inside one of
    /// them is not split off.
    pub fn with_words<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.words
            .extend(words.into_iter().map(|w| w.as_ref().to_string()));
        self
    }

    /// A model of your own in the text format that
    /// [`train::train`] writes, instead of the shipped one.
    pub fn model(mut self, text: &str) -> Self {
        self.model = Some(text.to_string());
        self
    }

    /// Builds the segmenter.
    ///
    /// # Errors
    ///
    /// [`crate::Error::InvalidConfig`] when the model given to
    /// [`SegmenterBuilder::model`] cannot be read.
    pub fn build(self) -> Result<Segmenter> {
        let base = match &self.model {
            Some(text) => Arc::new(Model::from_text(text)?),
            None => shipped(),
        };
        let model = if self.words.is_empty() {
            base
        } else {
            let mut m = (*base).clone();
            for w in &self.words {
                m.add_user_word(w);
            }
            Arc::new(m)
        };
        Ok(Segmenter {
            model,
            tokenizer: Tokenizer::default(),
        })
    }
}

/// The shipped model, read once.
fn shipped() -> Arc<Model> {
    static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            #[cfg(feature = "vi-words")]
            {
                Arc::new(
                    Model::from_text(newstext_vi_words::MODEL)
                        .unwrap_or_else(|e| unreachable!("the shipped word model reads: {e}")),
                )
            }
            #[cfg(not(feature = "vi-words"))]
            {
                Arc::new(Model::empty())
            }
        })
        .clone()
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

impl Segmenter {
    /// The segmenter with the shipped model (feature `vi-words`).
    pub fn new() -> Segmenter {
        Segmenter {
            model: shipped(),
            tokenizer: Tokenizer::default(),
        }
    }

    /// A builder: user words, a model of your own.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    /// Whether a model is loaded (false without the `vi-words` feature and
    /// a model of your own).
    pub fn has_model(&self) -> bool {
        self.model.syllables() > 0
    }

    /// The words of a text, tokenized with the default [`Tokenizer`].
    ///
    /// ```
    /// let seg = newstext::words::Segmenter::new();
    /// let n = seg.segment("Thành phố Hồ Chí Minh").count();
    /// # #[cfg(feature = "vi-words")]
    /// assert_eq!(n, 2); // `Thành phố`, `Hồ Chí Minh`
    /// ```
    pub fn segment<'s, 'a>(&'s self, text: &'a str) -> Words<'s, 'a, Tokens<'a>> {
        self.segment_tokens(text, self.tokenizer.tokenize(text))
    }

    /// The words over tokens you have already: `tokens` are tokens of
    /// `text` (their offsets index it), in order. Each [`Word`] tells
    /// which tokens it covers ([`Word::token_range`]).
    ///
    /// ```
    /// use newstext::token::tokenize;
    /// let text = "hội nghị quốc phòng";
    /// let tokens: Vec<_> = tokenize(text).collect();
    /// let seg = newstext::words::Segmenter::new();
    /// let ranges: Vec<_> = seg
    ///     .segment_tokens(text, tokens.iter().copied())
    ///     .map(|w| w.token_range())
    ///     .collect();
    /// # #[cfg(feature = "vi-words")]
    /// assert_eq!(ranges, [0..2, 2..4]);
    /// ```
    pub fn segment_tokens<'s, 'a, I>(
        &'s self,
        text: &'a str,
        tokens: I,
    ) -> Words<'s, 'a, I::IntoIter>
    where
        I: IntoIterator<Item = Token<'a>>,
    {
        Words {
            model: &self.model,
            text,
            src: tokens.into_iter(),
            buf: Vec::new(),
            join: Vec::new(),
            exhausted: false,
            final_upto: 0,
            decided: 0,
            next: 0,
            offset: 0,
            forced_until: 0,
            fmm: Fmm::default(),
        }
    }
}

/// Tokens read ahead of the last decided gap.
const CHUNK: usize = 256;
/// Tokens kept before the next word (the lexicon features look back).
const HISTORY: usize = MAX_WORD;

/// The words of a text, in order. See [`Segmenter::segment`].
#[derive(Debug)]
pub struct Words<'s, 'a, I> {
    model: &'s Model,
    text: &'a str,
    src: I,
    buf: Vec<Syl>,
    /// `join[g]`: the gap after `buf[g]` is inside a word.
    join: Vec<bool>,
    exhausted: bool,
    /// `buf[..final_upto]` have their n-gram fields final.
    final_upto: usize,
    /// Gaps `0..decided` are decided.
    decided: usize,
    /// Index in `buf` of the next word's first token.
    next: usize,
    /// Stream index of `buf[0]`.
    offset: usize,
    /// A user word covers the gaps before this index of `buf`.
    forced_until: usize,
    /// Forward longest matching, a feature.
    fmm: Fmm,
}

impl<'a, I: Iterator<Item = Token<'a>>> Words<'_, 'a, I> {
    fn refill(&mut self) {
        // Drop what is emitted, keeping the history the features see.
        if self.next > HISTORY + CHUNK {
            let cut = self.next - HISTORY;
            self.buf.drain(..cut);
            self.join.drain(..cut);
            self.offset += cut;
            self.next -= cut;
            self.final_upto -= cut;
            self.decided -= cut;
            self.forced_until = self.forced_until.saturating_sub(cut);
            self.fmm.shift(cut);
        }
        let before = self.buf.len();
        for t in self.src.by_ref().take(CHUNK) {
            let prev_end = self.buf.last().map(|s| s.end);
            self.buf.push(self.model.syl(self.text, &t, prev_end));
        }
        if self.buf.len() - before < CHUNK {
            self.exhausted = true;
        }
        let len = self.buf.len();
        let upto = if self.exhausted {
            len
        } else {
            len.saturating_sub(MAX_WORD)
        };
        for j in self.final_upto..len {
            self.model.derive(&mut self.buf, j);
        }
        self.final_upto = upto;
        self.join.resize(len, false);
        // A gap after `g` needs `g + 2` final (its trigram and the lexicon
        // words from `g + 1`).
        let last = if self.exhausted {
            len.saturating_sub(1)
        } else {
            upto.saturating_sub(2)
        };
        while self.decided < last {
            let g = self.decided;
            self.join[g] = self.decide(g);
            self.decided += 1;
        }
    }

    fn decide(&mut self, g: usize) -> bool {
        let len = |bits: u16| 15 - bits.leading_zeros() as usize;
        let ctx = Context {
            prev: g > 0 && self.join[g - 1],
            fmm: self.fmm.joins(&self.buf, g),
        };
        if self.buf[g + 1].space == 2 {
            // Never across a line break.
            self.forced_until = self.forced_until.min(g + 1);
            return false;
        }
        if g == 0 && self.offset == 0 && self.buf[0].user != 0 {
            self.forced_until = len(self.buf[0].user);
        }
        if g + 1 < self.forced_until {
            return true;
        }
        // A user word from `g + 1`: a boundary before it.
        let next_user = self.buf[g + 1].user;
        if next_user != 0 {
            self.forced_until = g + 1 + len(next_user);
            return false;
        }
        if g + 1 == self.forced_until {
            return false;
        }
        self.model.joins(&self.buf, g, ctx)
    }
}

impl<'a, I: Iterator<Item = Token<'a>>> Iterator for Words<'_, 'a, I> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        loop {
            if self.next >= self.buf.len() {
                if self.exhausted {
                    return None;
                }
                self.refill();
                continue;
            }
            let mut e = self.next;
            while e < self.decided && self.join[e] {
                e += 1;
            }
            let at_end = e + 1 == self.buf.len();
            // Once the stream ends every gap is decided.
            if !self.exhausted && (e == self.decided || at_end) {
                self.refill();
                continue;
            }
            let (a, b) = (&self.buf[self.next], &self.buf[e]);
            let word = Word {
                text: &self.text[a.start..b.end],
                start: a.start,
                first: self.offset + self.next,
                tokens: e + 1 - self.next,
            };
            self.next = e + 1;
            return Some(word);
        }
    }
}

impl<'a, I: Iterator<Item = Token<'a>>> std::iter::FusedIterator for Words<'_, 'a, I> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segmenter_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Segmenter>();
    }

    #[test]
    fn user_words_are_joined_without_a_model() {
        let seg = Segmenter::builder()
            .model("layout\t1\n")
            .with_words(["quốc phòng", "Hội nghị thứ trưởng"])
            .build()
            .unwrap();
        let text = "Hội nghị thứ trưởng QUỐC PHÒNG họp";
        let w: Vec<&str> = seg.segment(text).map(|w| w.text()).collect();
        assert_eq!(w, ["Hội nghị thứ trưởng", "QUỐC PHÒNG", "họp"]);
    }

    #[test]
    fn long_streams_cross_chunks() {
        let seg = Segmenter::builder()
            .model("layout\t1\n")
            .with_words(["quốc phòng"])
            .build()
            .unwrap();
        let text = "bộ quốc phòng ".repeat(500);
        let words: Vec<Word<'_>> = seg.segment(&text).collect();
        assert_eq!(words.len(), 1000);
        assert!(words
            .iter()
            .skip(1)
            .step_by(2)
            .all(|w| w.text() == "quốc phòng"));
        let mut next = 0;
        for w in &words {
            assert_eq!(w.first_token(), next);
            next += w.token_count();
        }
    }
}
