//! The whole pipeline: an [`Article`] in, every block's sentences and
//! tokens out, each token with its normalized form, stem and stopword flag.
//!
//! # JSON schema
//!
//! Field names are API; every field is always present:
//!
//! ```json
//! {"article": {"title": "…", "…": "… (see the article module)"},
//!  "blocks": [
//!    {"sentences": [[0, 62]],
//!     "tokens": [{"text": "Vietnam", "start": 0, "end": 7, "kind": "word",
//!                 "norm": "vietnam", "stem": "vietnam", "stop": false}]}
//!  ]}
//! ```
//!
//! | field | meaning |
//! |---|---|
//! | `article` | the [`Article`] analysed |
//! | `blocks[i]` | the analysis of `article.blocks[i]` |
//! | `blocks[i].sentences` | `[start, end]` byte spans into the original input |
//! | `blocks[i].tokens[j].text`, `start`, `end` | the token as written; `input[start..end] == text` |
//! | `kind` | `word`, `number`, `acronym`, `url`, `domain`, `email`, `punct`, `symbol`, `long` |
//! | `norm` | the normalized form (the analyzer's preset) |
//! | `stem` | the stem of a word, `null` where the language has no stemmer (Vietnamese) or the token is not a word |
//! | `stop` | whether the token is a stopword |
//!
//! A token's `text`, `norm` and `stem` are [`CompactString`]s (re-exported
//! from `compact_str`): strings of up to 24 bytes, nearly every token,
//! live inside the token with no allocation of their own; they dereference
//! to `&str` and compare with `&str` and `String`.
//!
//! Vietnamese blocks are analysed word by word (see [`crate::words`]): a
//! token of a Vietnamese block is a whole word, `quốc phòng`, its `text`
//! the input from its first syllable to its last, its `norm` the syllables'
//! normalized forms joined by one space (`quoc phong`), its `stop` whether
//! the word is on the Vietnamese stopword list. [`VietnameseUnits::Syllables`]
//! switches back to one token per syllable, where a multi-syllable
//! stopword marks every syllable.
//!
//! ```
//! use newstext::analyze::Analyzer;
//! use newstext::Article;
//!
//! # fn main() -> Result<(), newstext::Error> {
//! let raw = "Defence ties deepen\n\nThe two defence ministers met in Hanoi on Monday.";
//! let article = Article::parse(raw)?;
//! let analyzer = Analyzer::builder().build()?;
//! let analyzed = analyzer.analyze(&article);
//! let t = &analyzed.blocks[1].tokens[2];
//! assert_eq!((t.text.as_str(), t.stem.as_deref(), t.stop), ("defence", Some("defenc"), false));
//! assert_eq!(&raw[t.start..t.end], t.text);
//! assert!(analyzed.blocks[1].tokens[0].stop); // "The"
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::article::{Article, Block};
use crate::detect::Detector;
use crate::normalize::{Normalizer, Preset};
use crate::sentence::split_tokens;
use crate::stem::Stemmer;
use crate::stopwords::Stopwords;
use crate::token::{Token, TokenKind, Tokenizer};
use crate::word_key::WordKey;
use crate::words::Segmenter;
use crate::{Lang, Result};
pub use compact_str::CompactString;

/// Words a thread's stem cache holds before it starts afresh.
const STEM_CACHE_MAX: usize = 1 << 16;

thread_local! {
    /// Recent stems, per thread: news vocabulary is Zipfian, so most words
    /// repeat. Keyed by the language, whether the word was capitalised
    /// (Indonesian `-nya` names) and the lowercase word; the analyzer's
    /// stemmers are the fixed defaults of their language, so a stem depends
    /// on nothing else.
    static STEMS: std::cell::RefCell<StemCache> = std::cell::RefCell::new(StemCache::default());
}

/// A thread's stem cache (see [`STEMS`]).
type StemCache = rustc_hash::FxHashMap<WordKey, CompactString>;

/// `stemmer.stem_cased(original, lower)`, remembered in `cache` when there
/// is one.
fn cached_stem(
    stemmer: &Stemmer,
    lang: Option<Lang>,
    original: &str,
    lower: &str,
    cache: Option<&mut StemCache>,
) -> CompactString {
    let compute = || CompactString::from(stemmer.stem_cased(original, lower).as_ref());
    let lang_tag: u8 = match lang {
        Some(Lang::En) => 1,
        Some(Lang::Id) => 2,
        Some(Lang::Vi) => 3,
        _ => return compute(),
    };
    // The lowercase word, its language and whether it was capitalised.
    let tag = lang_tag * 2 + u8::from(original.chars().next().is_some_and(char::is_uppercase));
    let (Some(key), Some(map)) = (WordKey::new(lower, tag), cache) else {
        return compute();
    };
    if let Some(stem) = map.get(&key) {
        return stem.clone();
    }
    let stem = compute();
    if map.len() >= STEM_CACHE_MAX {
        map.clear();
    }
    map.insert(key, stem.clone());
    stem
}

/// The tokens of a Vietnamese block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum VietnameseUnits {
    /// Words (`quốc phòng`), from the [`Segmenter`] (the default).
    #[default]
    Words,
    /// Syllables, one token each (`quốc`, `phòng`).
    Syllables,
}

/// Whether the analyzer stems words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Stemming {
    /// Stem English and Indonesian words (the default).
    #[default]
    On,
    /// No stems: every `stem` is `null`.
    Off,
}

/// Whether the analyzer marks stopwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum StopwordMarking {
    /// Mark stopwords (the default).
    #[default]
    On,
    /// Mark none: every `stop` is `false`.
    Off,
}

/// One analysed token. Owned, for serialization (short strings inline,
/// see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnalyzedToken {
    /// The token as written.
    pub text: CompactString,
    /// Byte offset in the original input.
    pub start: usize,
    /// Byte offset one past the end in the original input.
    pub end: usize,
    /// The token's kind.
    pub kind: TokenKind,
    /// The normalized form.
    pub norm: CompactString,
    /// The stem; `None` without a stemmer for the language or for
    /// non-words.
    pub stem: Option<CompactString>,
    /// Whether the token is a stopword.
    pub stop: bool,
}

/// The analysis of one block (or one text).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnalyzedBlock {
    /// Sentence spans, `[start, end]` byte offsets into the original input.
    pub sentences: Vec<[usize; 2]>,
    /// The tokens, in order.
    pub tokens: Vec<AnalyzedToken>,
}

/// An article with the analysis of every block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnalyzedArticle {
    /// The article.
    pub article: Article,
    /// `blocks[i]` analyses `article.blocks[i]`.
    pub blocks: Vec<AnalyzedBlock>,
}

impl AnalyzedArticle {
    /// The `n` commonest terms of the article's content (title, headings,
    /// paragraphs, captions): stems of words that are no stopwords, or,
    /// where the language has no stemmer (Vietnamese), the words as
    /// written, lowercase. Most frequent first, ties in term order.
    ///
    /// ```
    /// use newstext::analyze::Analyzer;
    /// let a = newstext::Article::parse(
    ///     "Defence ties deepen\n\nThe two defence ministers met in Hanoi on Monday.",
    /// )
    /// .unwrap();
    /// let analysed = Analyzer::builder().build().unwrap().analyze(&a);
    /// // `Defence` and `defence`, the title and the paragraph; `The`, `in`,
    /// // `on` are stopwords.
    /// assert_eq!(analysed.top_terms(1), [("defenc".to_string(), 2)]);
    /// ```
    pub fn top_terms(&self, n: usize) -> Vec<(String, usize)> {
        let mut freq: std::collections::BTreeMap<String, usize> = Default::default();
        for (block, analysed) in self.article.blocks.iter().zip(&self.blocks) {
            if !block.kind.is_content() {
                continue;
            }
            for t in &analysed.tokens {
                if t.kind == TokenKind::Word && !t.stop && t.norm.chars().count() > 1 {
                    let term = t.stem.as_ref().map(|s| s.to_string()).unwrap_or_else(|| {
                        t.text
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                            .to_lowercase()
                    });
                    *freq.entry(term).or_default() += 1;
                }
            }
        }
        let mut top: Vec<(String, usize)> = freq.into_iter().collect();
        top.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        top.truncate(n);
        top
    }
}

/// Composes detection, sentences, tokens, normalization, stems and
/// stopwords. Build once and share: `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Analyzer {
    detector: Detector,
    norm: Normalizer,
    /// NFC + lowercase, the input of stemmers and stopword lookups.
    lower: Normalizer,
    tokenizer: Tokenizer,
    en: Option<Stemmer>,
    id: Option<Stemmer>,
    stopwords: Option<Stopwords>,
    /// Vietnamese by words; `None` by syllables.
    segmenter: Option<Segmenter>,
}

/// Builder for an [`Analyzer`].
#[derive(Debug, Clone)]
#[must_use]
pub struct AnalyzerBuilder {
    allowlist: Option<Vec<Lang>>,
    preset: Preset,
    stemming: Stemming,
    stopwords: StopwordMarking,
    vietnamese: VietnameseUnits,
    segmenter: Option<Segmenter>,
}

impl AnalyzerBuilder {
    /// Languages detection may report (default en, id, vi).
    pub fn allowlist(mut self, langs: &[Lang]) -> Self {
        self.allowlist = Some(langs.to_vec());
        self
    }
    /// The normalization of `norm` (default [`Preset::Search`]).
    pub fn preset(mut self, preset: Preset) -> Self {
        self.preset = preset;
        self
    }
    /// Stemming on or off.
    pub fn stemming(mut self, stemming: Stemming) -> Self {
        self.stemming = stemming;
        self
    }
    /// Stopword marking on or off.
    pub fn stopwords(mut self, stopwords: StopwordMarking) -> Self {
        self.stopwords = stopwords;
        self
    }
    /// Vietnamese tokens as words (the default) or syllables.
    ///
    /// ```
    /// use newstext::analyze::{Analyzer, VietnameseUnits};
    /// use newstext::Lang;
    ///
    /// let syllables = Analyzer::builder().vietnamese(VietnameseUnits::Syllables).build().unwrap();
    /// let r = syllables.analyze_text("Bộ Quốc phòng", Some(Lang::Vi));
    /// assert_eq!(r.tokens.len(), 3);
    /// ```
    pub fn vietnamese(mut self, units: VietnameseUnits) -> Self {
        self.vietnamese = units;
        self
    }
    /// A segmenter of your own for Vietnamese words (user words, another
    /// model); implies [`VietnameseUnits::Words`].
    pub fn segmenter(mut self, segmenter: Segmenter) -> Self {
        self.vietnamese = VietnameseUnits::Words;
        self.segmenter = Some(segmenter);
        self
    }
    /// Builds the analyzer.
    ///
    /// # Errors
    ///
    /// As [`crate::detect::DetectorBuilder::build`] for the allowlist.
    pub fn build(self) -> Result<Analyzer> {
        let mut d = Detector::builder();
        if let Some(a) = &self.allowlist {
            d = d.allowlist(a);
        }
        let stem = self.stemming == Stemming::On;
        Ok(Analyzer {
            detector: d.build()?,
            norm: Normalizer::preset(self.preset),
            lower: Normalizer::preset(Preset::Analysis),
            tokenizer: Tokenizer::default(),
            en: stem.then(|| Stemmer::for_lang(Lang::En)).flatten(),
            id: stem.then(|| Stemmer::for_lang(Lang::Id)).flatten(),
            stopwords: (self.stopwords == StopwordMarking::On).then(Stopwords::default),
            segmenter: match self.vietnamese {
                VietnameseUnits::Words => Some(self.segmenter.unwrap_or_default()),
                VietnameseUnits::Syllables => None,
            },
        })
    }
}

impl Analyzer {
    /// A builder with the defaults: en/id/vi, `Search` preset, stems and
    /// stopwords on.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder {
            allowlist: None,
            preset: Preset::Search,
            stemming: Stemming::On,
            stopwords: StopwordMarking::On,
            vietnamese: VietnameseUnits::Words,
            segmenter: None,
        }
    }

    /// Analyses every block of an article, in the block's language (the
    /// article's when the block has none).
    pub fn analyze(&self, article: &Article) -> AnalyzedArticle {
        AnalyzedArticle {
            article: article.clone(),
            blocks: self.analyze_blocks(article),
        }
    }

    /// Analyses an article the caller no longer needs: as
    /// [`Analyzer::analyze`], without copying it.
    ///
    /// ```
    /// let analyzer = newstext::analyze::Analyzer::builder().build().unwrap();
    /// let a = newstext::Article::parse("Hanoi talks\n\nThe ministers met in Hanoi.").unwrap();
    /// let copy = analyzer.analyze(&a);
    /// assert_eq!(analyzer.analyze_owned(a), copy);
    /// ```
    pub fn analyze_owned(&self, article: Article) -> AnalyzedArticle {
        let blocks = self.analyze_blocks(&article);
        AnalyzedArticle { article, blocks }
    }

    /// The analysis of every block of an article, without a copy of the
    /// article: `analyze_blocks(a)[i]` analyses `a.blocks[i]` (what
    /// [`Analyzer::analyze`] puts beside a clone of `a`).
    ///
    /// ```
    /// let a = newstext::Article::parse("Hanoi talks\n\nThe ministers met in Hanoi.").unwrap();
    /// let analyzer = newstext::analyze::Analyzer::builder().build().unwrap();
    /// let blocks = analyzer.analyze_blocks(&a);
    /// assert_eq!(blocks, analyzer.analyze(&a).blocks);
    /// ```
    pub fn analyze_blocks(&self, article: &Article) -> Vec<AnalyzedBlock> {
        article
            .blocks
            .iter()
            .map(|b| self.analyze_block(b, article.lang))
            .collect()
    }

    /// The analysis of one block of an article whose language is
    /// `article_lang` (a block with no language of its own is analysed in
    /// the article's): what [`Analyzer::analyze_blocks`] gives for it. For
    /// analysing the blocks of a [`LazyArticle`](crate::LazyArticle) one at
    /// a time.
    ///
    /// ```
    /// let parser = newstext::Parser::default();
    /// let text = "Hanoi talks\n\nThe ministers met in Hanoi.";
    /// let lazy = parser.parse_lazy(text).unwrap();
    /// let analyzer = newstext::analyze::Analyzer::builder().build().unwrap();
    /// let one_by_one: Vec<_> = lazy.blocks().map(|b| analyzer.analyze_block(&b, lazy.lang())).collect();
    /// assert_eq!(one_by_one, analyzer.analyze_blocks(&lazy.into_article()));
    /// ```
    pub fn analyze_block(&self, block: &Block, article_lang: Option<Lang>) -> AnalyzedBlock {
        self.analyze_at(&block.text, block.start, block.lang.or(article_lang))
    }

    /// Analyses a text; `lang` `None` detects it. Offsets are into `text`.
    ///
    /// ```
    /// let a = newstext::analyze::Analyzer::builder().build().unwrap();
    /// let r = a.analyze_text("Tuy nhiên, hai bên nhất trí.", None);
    /// # #[cfg(feature = "vi-words")]
    /// assert_eq!((r.tokens[0].text.as_str(), r.tokens[0].stop), ("Tuy nhiên", true));
    /// assert_eq!(r.tokens[0].stem, None); // no Vietnamese stemmer
    /// ```
    pub fn analyze_text(&self, text: &str, lang: Option<Lang>) -> AnalyzedBlock {
        let lang = lang.or_else(|| self.detector.detect(text).map(|d| d.lang()));
        self.analyze_at(text, 0, lang)
    }

    fn stemmer(&self, lang: Option<Lang>) -> Option<&Stemmer> {
        match lang {
            Some(Lang::En) => self.en.as_ref(),
            Some(Lang::Id) => self.id.as_ref(),
            _ => None,
        }
    }

    /// The tokens of a Vietnamese block, word by word: each word's text
    /// from its first syllable to its last, its syllables' norms joined by
    /// one space, its stopword flag by the whole word; no stem.
    fn vietnamese_words(
        &self,
        seg: &Segmenter,
        text: &str,
        toks: &[Token<'_>],
        base: usize,
    ) -> Vec<AnalyzedToken> {
        let mut out = Vec::with_capacity(toks.len());
        let (mut key, mut lower, mut norm) = (String::new(), String::new(), String::new());
        for w in seg.segment_tokens(text, toks.iter().copied()) {
            let syllables = &toks[w.token_range()];
            let (Some(first), Some(last)) = (syllables.first(), syllables.last()) else {
                continue;
            };
            key.clear();
            norm.clear();
            for (k, t) in syllables.iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                    norm.push(' ');
                }
                key.push_str(t.text());
                self.norm.normalize_token_into(t, &mut norm);
            }
            let stop = first.kind() == TokenKind::Word
                && self
                    .stopwords
                    .as_ref()
                    .is_some_and(|sw| sw.contains_letters(Lang::Vi, &key, &mut lower));
            out.push(AnalyzedToken {
                text: CompactString::from(w.text()),
                start: base + first.start(),
                end: base + last.end(),
                kind: first.kind(),
                norm: CompactString::from(norm.as_str()),
                stem: None,
                stop,
            });
        }
        out
    }

    fn analyze_at(&self, text: &str, base: usize, lang: Option<Lang>) -> AnalyzedBlock {
        let toks: Vec<Token<'_>> = self.tokenizer.tokenize(text).collect();
        // Vietnamese by words: its own tokens, stopwords marked by word.
        let by_words = self.segmenter.as_ref().filter(|_| lang == Some(Lang::Vi));
        let mut tokens = match by_words {
            Some(seg) => self.vietnamese_words(seg, text, &toks, base),
            // The thread's stem cache, borrowed once for the block.
            None => match STEMS.try_with(|cell| {
                let mut cache = cell.try_borrow_mut().ok()?;
                Some(self.analyze_tokens(text, &toks, base, lang, Some(&mut cache)))
            }) {
                Ok(Some(tokens)) => tokens,
                _ => self.analyze_tokens(text, &toks, base, lang, None),
            },
        };
        if let (None, Some(sw), Some(Lang::Vi)) = (by_words, &self.stopwords, lang) {
            // Runs of syllables that punctuation does not interrupt: an
            // entry may span several.
            let mut i = 0;
            while i < toks.len() {
                if toks[i].kind() != TokenKind::Word {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < toks.len() && toks[j].kind() == TokenKind::Word {
                    j += 1;
                }
                let words: Vec<&str> = toks[i..j].iter().map(|t| t.text()).collect();
                for (k, stop) in sw.mark(Lang::Vi, &words).into_iter().enumerate() {
                    tokens[i + k].stop = stop;
                }
                i = j;
            }
        }
        // Sentences from the tokens above: the block is tokenized once.
        let sentences = split_tokens(text, &toks, lang)
            .into_iter()
            .map(|(s, e)| [base + s, base + e])
            .collect();
        AnalyzedBlock { sentences, tokens }
    }

    /// The tokens of a block, each with its norm, stem and stopword flag
    /// (by syllable in Vietnamese); `cache` keeps the stems.
    fn analyze_tokens(
        &self,
        text: &str,
        toks: &[Token<'_>],
        base: usize,
        lang: Option<Lang>,
        mut cache: Option<&mut StemCache>,
    ) -> Vec<AnalyzedToken> {
        let stemmer = self.stemmer(lang);
        let mut lower = String::new();
        let mut norm_buf = String::new();
        let mut tokens: Vec<AnalyzedToken> = Vec::with_capacity(toks.len());
        for t in toks {
            let written = CompactString::from(t.text());
            let norm = if self.norm.keeps_token(t) {
                written.clone()
            } else {
                norm_buf.clear();
                self.norm.normalize_token_into(t, &mut norm_buf);
                CompactString::from(norm_buf.as_str())
            };
            let is_word = matches!(t.kind(), TokenKind::Word | TokenKind::Acronym);
            let stem = match stemmer.filter(|_| is_word) {
                Some(s) => {
                    lower.clear();
                    self.lower.token_into(t, text, &mut lower);
                    Some(cached_stem(s, lang, t.text(), &lower, cache.as_deref_mut()))
                }
                None => None,
            };
            // Outside Vietnamese each word is its own stopword entry; an
            // ASCII word's Analysis form, just made for its stem, is the
            // stopword list's form of it.
            let stop = match (&self.stopwords, lang) {
                (Some(sw), Some(l)) if l != Lang::Vi && t.kind() == TokenKind::Word => {
                    if stem.is_some() && t.text().is_ascii() {
                        sw.contains_normalized(l, &lower)
                    } else {
                        sw.contains(l, t.text())
                    }
                }
                _ => false,
            };
            tokens.push(AnalyzedToken {
                text: written,
                start: base + t.start(),
                end: base + t.end(),
                kind: t.kind(),
                norm,
                stem,
                stop,
            });
        }
        tokens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyzer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Analyzer>();
    }

    #[test]
    fn switches_turn_stems_and_stopwords_off() {
        let a = Analyzer::builder()
            .stemming(Stemming::Off)
            .stopwords(StopwordMarking::Off)
            .build()
            .unwrap();
        let r = a.analyze_text("The defences of the region", Some(Lang::En));
        assert!(r.tokens.iter().all(|t| t.stem.is_none() && !t.stop));
    }

    #[test]
    fn analysis_preset_keeps_diacritics_in_norm() {
        let a = Analyzer::builder()
            .preset(Preset::Analysis)
            .build()
            .unwrap();
        let r = a.analyze_text("Hội nghị", Some(Lang::Vi));
        assert_eq!(r.tokens[0].norm.split(' ').next(), Some("hội"));
        let s = Analyzer::builder()
            .build()
            .unwrap()
            .analyze_text("Hội nghị", Some(Lang::Vi));
        assert_eq!(s.tokens[0].norm.split(' ').next(), Some("hoi"));
    }

    #[test]
    #[cfg(feature = "vi-words")]
    fn vietnamese_by_words_and_by_syllables() {
        let text = "Tuy nhiên, Bộ Quốc phòng Việt Nam đã ký kết.";
        let words = Analyzer::builder().build().unwrap();
        let r = words.analyze_text(text, Some(Lang::Vi));
        let got: Vec<(&str, &str, bool)> = r
            .tokens
            .iter()
            .map(|t| (t.text.as_str(), t.norm.as_str(), t.stop))
            .collect();
        assert_eq!(got[0], ("Tuy nhiên", "tuy nhien", true));
        assert!(got.contains(&("Việt Nam", "viet nam", false)));
        assert!(got.contains(&("ký kết", "ky ket", false)));
        for t in &r.tokens {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        let syl = Analyzer::builder()
            .vietnamese(VietnameseUnits::Syllables)
            .build()
            .unwrap()
            .analyze_text(text, Some(Lang::Vi));
        assert!(syl.tokens.len() > r.tokens.len());
        assert!(syl.tokens[0].stop && syl.tokens[1].stop);
        assert_eq!(syl.tokens[1].text, "nhiên");
    }

    #[test]
    fn user_words_through_a_segmenter() {
        let seg = Segmenter::builder()
            .with_words(["đã ký kết"])
            .build()
            .unwrap();
        let a = Analyzer::builder().segmenter(seg).build().unwrap();
        let r = a.analyze_text("Hai bên đã ký kết.", Some(Lang::Vi));
        assert!(r.tokens.iter().any(|t| t.text == "đã ký kết"));
    }
}
