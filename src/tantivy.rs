//! The newstext token stream as a [tantivy](https://docs.rs/tantivy)
//! tokenizer (feature `tantivy`, through `tantivy-tokenizer-api`).
//!
//! One tokenizer for index and query alike, so both sides meet: the
//! `Search` preset (NFKC, lowercase, diacritics folded: `Hội nghị` and `hoi
//! nghi` are the same terms), then the stem in the text's language
//! (detected once per text: English and Indonesian have stemmers), and for
//! a hyphenated word the word itself followed by its parts
//! (`aktivitas-aktivitas` is found by `aktivitas`). Punctuation and symbols
//! are not indexed.
//!
//! Vietnamese text keeps one term per syllable, so syllable searches work
//! (`hoi nghi` finds `Hội nghị`), and also gets each word of two or more
//! syllables (from [`crate::words::Segmenter`]) as one term, its syllables
//! joined by `_` (`quoc_phong`), at its first syllable's position: a query
//! for the word finds it without matching the syllables apart.
//!
//! ```
//! use newstext::tantivy::NewstextTokenizer;
//! use tantivy_tokenizer_api::{TokenStream, Tokenizer};
//!
//! let mut tok = NewstextTokenizer::default();
//! let mut stream = tok.token_stream("Hội nghị ASEAN-Nhật Bản");
//! let mut terms = Vec::new();
//! while stream.advance() {
//!     terms.push(stream.token().text.clone());
//! }
//! # #[cfg(feature = "vi-words")]
//! assert_eq!(
//!     terms,
//!     ["hoi", "hoi_nghi", "nghi", "asean-nhat", "asean", "nhat", "ban"]
//! );
//! ```

use std::collections::VecDeque;
use std::ops::Range;

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use crate::detect::Detector;
use crate::normalize::{Normalizer, Preset};
use crate::stem::Stemmer;
use crate::token::{self, TokenKind};
use crate::words::Segmenter;
use crate::Lang;

/// newstext as a tantivy tokenizer; register it under a name and use it
/// for a text field's indexing and queries.
#[derive(Debug, Clone)]
pub struct NewstextTokenizer {
    detector: Detector,
    norm: Normalizer,
    en: Stemmer,
    id: Stemmer,
    /// A fixed language instead of detection per text.
    lang: Option<Lang>,
    segmenter: Segmenter,
}

impl Default for NewstextTokenizer {
    fn default() -> Self {
        NewstextTokenizer {
            detector: Detector::default(),
            norm: Normalizer::preset(Preset::Search),
            en: Stemmer::for_lang(Lang::En)
                .unwrap_or_else(|| unreachable!("English has a stemmer")),
            id: Stemmer::for_lang(Lang::Id)
                .unwrap_or_else(|| unreachable!("Indonesian has a stemmer")),
            lang: None,
            segmenter: Segmenter::new(),
        }
    }
}

impl NewstextTokenizer {
    /// A tokenizer that stems every text as `lang` instead of detecting its
    /// language (`Lang::Vi`: no stems).
    pub fn for_lang(lang: Lang) -> NewstextTokenizer {
        NewstextTokenizer {
            lang: Some(lang),
            ..NewstextTokenizer::default()
        }
    }

    fn stemmer(&self, lang: Option<Lang>) -> Option<&Stemmer> {
        match lang {
            Some(Lang::En) => Some(&self.en),
            Some(Lang::Id) => Some(&self.id),
            _ => None,
        }
    }
}

/// The token stream of a [`NewstextTokenizer`].
pub struct NewstextTokenStream<'a> {
    tokens: Vec<token::Token<'a>>,
    /// Next index in `tokens`.
    next: usize,
    /// Vietnamese words of two or more lexical tokens, in order.
    words: VecDeque<Range<usize>>,
    pending: VecDeque<Token>,
    token: Token,
    position: usize,
    owner: &'a NewstextTokenizer,
    lang: Option<Lang>,
}

impl Tokenizer for NewstextTokenizer {
    type TokenStream<'a> = NewstextTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NewstextTokenStream<'a> {
        let lang = self
            .lang
            .or_else(|| self.detector.detect(text).map(|d| d.lang()));
        let tokens: Vec<token::Token<'a>> = token::tokenize(text).collect();
        let words = if lang == Some(Lang::Vi) {
            self.segmenter
                .segment_tokens(text, tokens.iter().copied())
                .map(|w| w.token_range())
                .filter(|r| r.len() > 1 && tokens[r.clone()].iter().all(|t| t.kind().is_lexical()))
                .collect()
        } else {
            VecDeque::new()
        };
        NewstextTokenStream {
            tokens,
            next: 0,
            words,
            pending: VecDeque::new(),
            token: Token::default(),
            position: 0,
            owner: self,
            lang,
        }
    }
}

impl NewstextTokenStream<'_> {
    fn term(&self, t: &token::Token<'_>) -> String {
        let mut norm = String::with_capacity(t.text().len());
        self.owner.norm.normalize_token_into(t, &mut norm);
        match self.owner.stemmer(self.lang) {
            Some(s) if matches!(t.kind(), TokenKind::Word | TokenKind::Acronym) => {
                s.stem(&norm).into_owned()
            }
            _ => norm,
        }
    }
}

impl TokenStream for NewstextTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if let Some(next) = self.pending.pop_front() {
            self.token = next;
            return true;
        }
        while let Some(&t) = self.tokens.get(self.next) {
            let i = self.next;
            self.next += 1;
            if !t.kind().is_lexical() {
                continue;
            }
            let make = |text: String, start: usize, end: usize, position: usize| Token {
                offset_from: start,
                offset_to: end,
                position,
                text,
                position_length: 1,
            };
            let whole = self.term(&t);
            let first = self.position;
            self.token = make(whole, t.start(), t.end(), first);
            while self.words.front().is_some_and(|r| r.start < i) {
                self.words.pop_front();
            }
            if let Some(r) = self.words.front().filter(|r| r.start == i).cloned() {
                let syllables = &self.tokens[r.clone()];
                let joined: Vec<String> = syllables.iter().map(|s| self.term(s)).collect();
                let (start, end) = (syllables[0].start(), syllables[syllables.len() - 1].end());
                let mut word = make(joined.join("_"), start, end, first);
                word.position_length = r.len();
                self.pending.push_back(word);
                self.words.pop_front();
            }
            let mut n = 0;
            for p in t.parts() {
                let term = self.term(&p);
                self.pending
                    .push_back(make(term, p.start(), p.end(), first + n));
                n += 1;
            }
            self.position += n.max(1);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
