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
//! | `stop` | whether the token is a stopword (every syllable of a multi-syllable Vietnamese one) |
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

use crate::article::Article;
use crate::detect::Detector;
use crate::normalize::{Normalizer, Preset};
use crate::sentence::split_tokens;
use crate::stem::Stemmer;
use crate::stopwords::Stopwords;
use crate::token::{Token, TokenKind, Tokenizer};
use crate::{Lang, Result};

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

/// One analysed token. Owned, for serialization; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnalyzedToken {
    /// The token as written.
    pub text: String,
    /// Byte offset in the original input.
    pub start: usize,
    /// Byte offset one past the end in the original input.
    pub end: usize,
    /// The token's kind.
    pub kind: TokenKind,
    /// The normalized form.
    pub norm: String,
    /// The stem; `None` without a stemmer for the language or for
    /// non-words.
    pub stem: Option<String>,
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
}

/// Builder for an [`Analyzer`].
#[derive(Debug, Clone)]
#[must_use]
pub struct AnalyzerBuilder {
    allowlist: Option<Vec<Lang>>,
    preset: Preset,
    stemming: Stemming,
    stopwords: StopwordMarking,
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
        }
    }

    /// Analyses every block of an article, in the block's language (the
    /// article's when the block has none).
    pub fn analyze(&self, article: &Article) -> AnalyzedArticle {
        let blocks = article
            .blocks
            .iter()
            .map(|b| self.analyze_at(&b.text, b.start, b.lang.or(article.lang)))
            .collect();
        AnalyzedArticle {
            article: article.clone(),
            blocks,
        }
    }

    /// Analyses a text; `lang` `None` detects it. Offsets are into `text`.
    ///
    /// ```
    /// let a = newstext::analyze::Analyzer::builder().build().unwrap();
    /// let r = a.analyze_text("Tuy nhiên, hai bên nhất trí.", None);
    /// assert!(r.tokens[0].stop && r.tokens[1].stop); // `tuy nhiên`
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

    fn analyze_at(&self, text: &str, base: usize, lang: Option<Lang>) -> AnalyzedBlock {
        let toks: Vec<Token<'_>> = self.tokenizer.tokenize(text).collect();
        let stemmer = self.stemmer(lang);
        let mut lower = String::new();
        let mut tokens: Vec<AnalyzedToken> = Vec::with_capacity(toks.len());
        for t in &toks {
            let mut norm = String::with_capacity(t.text().len());
            // A fresh string of the token's length: no window copy into it.
            self.norm.normalize_token_into(t, &mut norm);
            let is_word = matches!(t.kind(), TokenKind::Word | TokenKind::Acronym);
            let stem = match stemmer.filter(|_| is_word) {
                Some(s) => {
                    lower.clear();
                    self.lower.token_into(t, text, &mut lower);
                    Some(s.stem_cased(t.text(), &lower).into_owned())
                }
                None => None,
            };
            tokens.push(AnalyzedToken {
                text: t.text().to_string(),
                start: base + t.start(),
                end: base + t.end(),
                kind: t.kind(),
                norm,
                stem,
                stop: false,
            });
        }
        if let (Some(sw), Some(lang)) = (&self.stopwords, lang) {
            // Runs of words that punctuation does not interrupt.
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
                for (k, stop) in sw.mark(lang, &words).into_iter().enumerate() {
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
        assert_eq!(r.tokens[0].norm, "hội");
        let s = Analyzer::builder()
            .build()
            .unwrap()
            .analyze_text("Hội nghị", Some(Lang::Vi));
        assert_eq!(s.tokens[0].norm, "hoi");
    }
}
