//! The `compact` record of `newstext corpus --output compact`: the article,
//! and each block's sentences and tokens as parallel arrays.
//!
//! ```json
//! {"article": {…},
//!  "blocks": [{"sentences": [[0, 62]],
//!              "gap": [0, 1], "len": [7, 7],
//!              "kind": "ww",
//!              "norm": ["vietnam", null],
//!              "stem": [null, "attend"],
//!              "stop": "00"}]}
//! ```
//!
//! Token offsets run on: `gap` is the bytes between a token and the one
//! before (for the first, its block's start), `len` its length, so a
//! token starts at its block's `start` plus the sum of the `gap`s and
//! `len`s before it plus its own `gap`, all byte offsets into the input;
//! a norm is `null` where it is the token as written (`attends`); `kind`
//! holds one letter per token (`w` word, `n` number, `a` acronym, `u` URL,
//! `d` domain, `e` e-mail, `p` punctuation, `s` symbol, `l` long); a stem
//! is `null` where it equals the norm or there is none (Vietnamese, non-
//! words); `stop` holds `1` for a stopword, `0` otherwise.

use newstext::analyze::AnalyzedBlock;
use newstext::token::TokenKind;
use newstext::Article;
use serde::{Serialize, Serializer};

/// One block's analysis as parallel arrays.
#[derive(Serialize)]
pub struct CompactBlock<'a> {
    sentences: &'a [[usize; 2]],
    gap: Vec<usize>,
    len: Vec<usize>,
    kind: String,
    norm: Vec<Option<&'a str>>,
    stem: Vec<Option<&'a str>>,
    stop: String,
}

/// An analysed article as a compact record.
#[derive(Serialize)]
pub struct Compact<'a> {
    article: &'a Article,
    blocks: Vec<CompactBlock<'a>>,
}

fn letter(k: TokenKind) -> char {
    match k {
        TokenKind::Word => 'w',
        TokenKind::Number => 'n',
        TokenKind::Acronym => 'a',
        TokenKind::Url => 'u',
        TokenKind::Domain => 'd',
        TokenKind::Email => 'e',
        TokenKind::Punct => 'p',
        TokenKind::Symbol => 's',
        TokenKind::Long => 'l',
        _ => '?',
    }
}

impl<'a> CompactBlock<'a> {
    /// The arrays of one block's analysis (`start`: the block's start).
    pub fn of(start: usize, b: &'a AnalyzedBlock) -> CompactBlock<'a> {
        CompactBlock {
            sentences: &b.sentences,
            gap: b
                .tokens
                .iter()
                .scan(start, |end, t| {
                    let gap = t.start - *end;
                    *end = t.end;
                    Some(gap)
                })
                .collect(),
            len: b.tokens.iter().map(|t| t.end - t.start).collect(),
            kind: b.tokens.iter().map(|t| letter(t.kind)).collect(),
            norm: b
                .tokens
                .iter()
                .map(|t| Some(t.norm.as_str()).filter(|n| *n != t.text))
                .collect(),
            stem: b
                .tokens
                .iter()
                .map(|t| t.stem.as_deref().filter(|s| *s != t.norm))
                .collect(),
            stop: b
                .tokens
                .iter()
                .map(|t| if t.stop { '1' } else { '0' })
                .collect(),
        }
    }
}

impl<'a> Compact<'a> {
    /// The compact record of `article` and its blocks' analysis.
    pub fn of(article: &'a Article, analysed: &'a [AnalyzedBlock]) -> Compact<'a> {
        let blocks = analysed
            .iter()
            .zip(&article.blocks)
            .map(|(b, block)| CompactBlock::of(block.start, b))
            .collect();
        Compact { article, blocks }
    }
}

/// One block's analysis, owned, written as its arrays: the items of a
/// compact record made block by block (the same JSON as [`Compact`]'s).
pub struct OwnedCompactBlock {
    pub start: usize,
    pub analysed: AnalyzedBlock,
}

impl Serialize for OwnedCompactBlock {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CompactBlock::of(self.start, &self.analysed).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newstext::analyze::Analyzer;

    #[test]
    fn arrays_run_parallel() {
        let raw = "Defence ties deepen\n\nThe two defence ministers met in Hanoi on Monday.";
        let article = Article::parse(raw).unwrap();
        let a = Analyzer::builder().build().unwrap().analyze(&article);
        let v = serde_json::to_value(Compact::of(&a.article, &a.blocks)).unwrap();
        let b = &v["blocks"][1];
        let n = b["gap"].as_array().unwrap().len();
        assert_eq!(n, a.blocks[1].tokens.len());
        for f in ["len", "norm", "stem"] {
            assert_eq!(b[f].as_array().unwrap().len(), n, "{f}");
        }
        assert_eq!(b["kind"].as_str().unwrap().chars().count(), n);
        let stops: String = a.blocks[1]
            .tokens
            .iter()
            .map(|t| if t.stop { '1' } else { '0' })
            .collect();
        assert_eq!(b["stop"].as_str().unwrap(), stops);
        // `ministers` → `minist`; `two` has no other stem than its norm,
        // and its norm is as written; `The` → `the`.
        assert_eq!(b["stem"][3], "minist");
        assert!(b["stem"][1].is_null() && b["norm"][1].is_null());
        assert_eq!(b["norm"][0], "the");
        // Offsets rebuilt from the gaps and lengths slice the input.
        let num = |f: &str, i: usize| b[f][i].as_u64().unwrap() as usize;
        let mut at = article.blocks[1].start;
        for (i, t) in a.blocks[1].tokens.iter().enumerate() {
            at += num("gap", i);
            assert_eq!(&raw[at..at + num("len", i)], t.text);
            at += num("len", i);
        }
    }
}
