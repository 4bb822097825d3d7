//! Parse + analyze: tokens inside their blocks and slicing the input;
//! the AnalyzedArticle survives a JSON round trip.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newstext::analyze::{AnalyzedArticle, Analyzer};
use newstext::Article;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static A: OnceLock<Analyzer> = OnceLock::new();
    let analyzer = A.get_or_init(|| Analyzer::builder().build().unwrap());
    let Ok(s) = std::str::from_utf8(data) else { return };
    let Ok(article) = Article::parse(s) else { return };
    let r = analyzer.analyze(&article);
    for (b, ab) in article.blocks.iter().zip(&r.blocks) {
        for t in &ab.tokens {
            assert!(t.start >= b.start && t.end <= b.end);
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<AnalyzedArticle>(&json).unwrap(), r);
});
