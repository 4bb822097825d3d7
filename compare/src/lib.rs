//! Comparisons of `newstext` with peer crates.
//!
//! This workspace member is never published. It holds the peer crates
//! (alyze, tantivy, icu4x, unicode-segmentation, charabia) so that the
//! library's own `cargo test` never compiles them.
//!
//! Every tokenizer here does the same work, the work a search indexer
//! does: for every token, its byte offsets plus its normalized form written
//! into a buffer that is reused across tokens. Each runner returns a
//! [`Tally`] so that results can be checked for sanity and cannot be
//! optimized away.

use std::path::{Path, PathBuf};

use newstext::normalize::{Normalizer, Preset};

/// What a run produced: token count and a checksum of offsets and
/// normalized lengths.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Tokens that carry words (punctuation excluded where the peer
    /// reports it).
    pub tokens: usize,
    /// Sum of start, end and normalized length over all tokens.
    pub checksum: usize,
}

impl Tally {
    #[inline]
    fn add(&mut self, start: usize, end: usize, norm: &str) {
        self.tokens += 1;
        self.checksum = self
            .checksum
            .wrapping_add(start)
            .wrapping_add(end)
            .wrapping_add(norm.len());
    }
}

/// The tokenizers compared, by the names used in reports.
pub const TOOLS: &[&str] = &[
    "newstext",
    "newstext-lower",
    "alyze",
    "alyze-fold",
    "tantivy",
    "tantivy-fold",
    "unicode-segmentation",
    "icu4x",
    "charabia",
];

/// A prepared runner for one tool: call it on a text with a reused buffer.
pub type Runner = Box<dyn FnMut(&str, &mut String) -> Tally>;

/// The runner of a tool, `None` for an unknown name.
pub fn runner(name: &str) -> Option<Runner> {
    Some(match name {
        "newstext" => newstext_runner(Preset::Search),
        "newstext-lower" => newstext_runner(Preset::Analysis),
        "alyze" => alyze_runner(false),
        "alyze-fold" => alyze_runner(true),
        "tantivy" => tantivy_runner(false),
        "tantivy-fold" => tantivy_runner(true),
        "unicode-segmentation" => Box::new(unicode_segmentation_run),
        "icu4x" => icu4x_runner(),
        "charabia" => Box::new(charabia_run),
        _ => return None,
    })
}

fn newstext_runner(preset: Preset) -> Runner {
    let normalizer = Normalizer::preset(preset);
    Box::new(move |text, buf| {
        let mut t = Tally::default();
        normalizer.for_each_token(newstext::token::tokenize(text), buf, |tok, norm| {
            t.add(tok.start(), tok.end(), norm);
        });
        t
    })
}

fn alyze_runner(fold: bool) -> Runner {
    use alyze::analyze::{AnalysisOptions, Analyzer, ReusableBuffer, TokenizerOptions};
    let analyzer = Analyzer::new(AnalysisOptions {
        tokenizer: TokenizerOptions::UAX29Word(Default::default()),
        maximum_token_length: None,
        case_sensitive: false,
        stopword_removal: None,
        stemming: None,
        ascii_folding: fold,
    });
    let mut reusable = ReusableBuffer::new();
    Box::new(move |text, buf| {
        let mut t = Tally::default();
        reusable.reset_keep_stemming_cache();
        analyzer.analyze(text, &mut reusable, |tok| {
            buf.clear();
            buf.push_str(tok.text);
            t.add(tok.byte_range.start, tok.byte_range.end, buf);
            true
        });
        t
    })
}

fn tantivy_runner(fold: bool) -> Runner {
    use tantivy::tokenizer::{
        AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer, TokenStream,
    };
    let mut analyzer = if fold {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build()
    } else {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .build()
    };
    Box::new(move |text, buf| {
        let mut t = Tally::default();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let tok = stream.token();
            buf.clear();
            buf.push_str(&tok.text);
            t.add(tok.offset_from, tok.offset_to, buf);
        }
        t
    })
}

fn unicode_segmentation_run(text: &str, buf: &mut String) -> Tally {
    use unicode_segmentation::UnicodeSegmentation;
    let mut t = Tally::default();
    for (start, w) in text.unicode_word_indices() {
        buf.clear();
        for c in w.chars() {
            buf.extend(c.to_lowercase());
        }
        t.add(start, start + w.len(), buf);
    }
    t
}

fn icu4x_runner() -> Runner {
    use icu_casemap::CaseMapper;
    use icu_segmenter::WordSegmenter;
    use writeable::Writeable;
    let segmenter = WordSegmenter::new_auto(Default::default());
    let casemapper = CaseMapper::new();
    Box::new(move |text, buf| {
        let mut t = Tally::default();
        let mut iter = segmenter.segment_str(text).iter_with_word_type();
        let mut prev = 0;
        iter.next(); // the break at 0
        for (pos, kind) in iter {
            if kind.is_word_like() {
                let w = &text[prev..pos];
                buf.clear();
                let _ = casemapper
                    .lowercase(w, &icu_locale_core::LanguageIdentifier::UNKNOWN)
                    .write_to(buf);
                t.add(prev, pos, buf);
            }
            prev = pos;
        }
        t
    })
}

fn charabia_run(text: &str, buf: &mut String) -> Tally {
    use charabia::Tokenize;
    let mut t = Tally::default();
    for tok in text.tokenize() {
        if !tok.is_word() {
            continue;
        }
        buf.clear();
        buf.push_str(tok.lemma());
        t.add(tok.byte_start, tok.byte_end, buf);
    }
    t
}

/// The bench corpora directory: `../shared/data/bench` beside the
/// repository.
pub fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/bench")
}

/// Reads `<dir>/{en,id,vi}.txt`.
///
/// # Errors
///
/// The I/O error of the first file that cannot be read, with its path.
pub fn load_corpora(dir: &Path) -> Result<Vec<(&'static str, String)>, String> {
    ["en", "id", "vi"]
        .iter()
        .map(|lang| {
            let p = dir.join(format!("{lang}.txt"));
            std::fs::read_to_string(&p)
                .map(|t| (*lang, t))
                .map_err(|e| format!("cannot read {}: {e}", p.display()))
        })
        .collect()
}
