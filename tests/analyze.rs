//! The whole pipeline on the seeds: AnalyzedArticle schema, offsets, stems,
//! stopwords, JSON round trip.

mod common;

use common::{seed, seeds};
use newstext::analyze::{AnalyzedArticle, Analyzer};
use newstext::token::TokenKind;
use newstext::{Article, Lang};

#[test]
fn every_seed_analyses_with_offsets_into_the_input_and_round_trips() {
    let analyzer = Analyzer::builder().build().unwrap();
    for (name, text) in seeds() {
        let article = Article::parse(&text).unwrap();
        let a = analyzer.analyze(&article);
        assert_eq!(a.blocks.len(), a.article.blocks.len(), "{name}");
        for (block, analysed) in a.article.blocks.iter().zip(&a.blocks) {
            let mut prev = block.start;
            for t in &analysed.tokens {
                assert_eq!(&text[t.start..t.end], t.text, "{name}");
                assert!(
                    t.start >= prev && t.end <= block.end,
                    "{name}: token outside its block"
                );
                prev = t.end;
            }
            for s in &analysed.sentences {
                assert!(
                    s[0] >= block.start && s[1] <= block.end && s[0] < s[1],
                    "{name}"
                );
            }
        }
        let json = serde_json::to_string(&a).unwrap();
        let back: AnalyzedArticle = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{name}");
        // Every field always present.
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let tok = &v["blocks"][0]["tokens"][0];
        for f in ["text", "start", "end", "kind", "norm", "stem", "stop"] {
            assert!(tok.get(f).is_some(), "{name}: {f}");
        }
    }
}

#[test]
fn stems_meet_and_vietnamese_has_none() {
    let analyzer = Analyzer::builder().build().unwrap();
    let a = analyzer.analyze(&Article::parse(&seed("000")).unwrap());
    let vi = a
        .article
        .blocks
        .iter()
        .position(|b| b.lang == Some(Lang::Vi))
        .unwrap();
    let vi_tokens = &a.blocks[vi].tokens;
    assert!(
        vi_tokens.iter().all(|t| t.stem.is_none()),
        "no Vietnamese stemmer"
    );
    // Vietnamese is analysed by word (with the word model, feature
    // `vi-words`); the Search preset folds diacritics.
    let words: Vec<(&str, &str)> = vi_tokens[..4]
        .iter()
        .map(|t| (t.text.as_str(), t.norm.as_str()))
        .collect();
    if cfg!(feature = "vi-words") {
        assert_eq!(
            words,
            [
                ("Quang cảnh", "quang canh"),
                ("Hội nghị", "hoi nghi"),
                ("thứ trưởng", "thu truong"),
                ("quốc phòng", "quoc phong")
            ]
        );
    } else {
        // Without the model every syllable is a word.
        assert_eq!(words[..2], [("Quang", "quang"), ("cảnh", "canh")]);
    }
    let en_stems: Vec<&str> = a
        .blocks
        .iter()
        .flat_map(|b| &b.tokens)
        .filter_map(|t| t.stem.as_deref())
        .collect();
    assert!(en_stems.contains(&"defens") && en_stems.contains(&"secur"));

    let a = analyzer.analyze(&Article::parse(&seed("004")).unwrap());
    let title = &a.blocks[0].tokens;
    let redup = title
        .iter()
        .find(|t| t.text == "aktivitas-aktivitas")
        .unwrap();
    if cfg!(feature = "id-roots") {
        assert_eq!(redup.stem.as_deref(), Some("aktivitas"));
        let pertahanan = title.iter().find(|t| t.text == "pertahanan").unwrap();
        assert_eq!(pertahanan.stem.as_deref(), Some("tahan"));
    }
    let dan = title.iter().find(|t| t.text == "dan").unwrap();
    assert!(dan.stop);
    assert!(title
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| !t.stop));
}

#[test]
fn analyze_text_detects_when_no_language_is_given() {
    let analyzer = Analyzer::builder().build().unwrap();
    let r = analyzer.analyze_text("Bởi vì thời tiết xấu, chuyến bay bị hoãn.", None);
    if cfg!(feature = "vi-words") {
        assert_eq!(r.tokens[0].text, "Bởi vì", "one word of two syllables");
    }
    assert!(r.tokens[0].stop, "`bởi vì` is a stopword");
    assert_eq!(
        r.sentences,
        [[0, "Bởi vì thời tiết xấu, chuyến bay bị hoãn.".len()]]
    );
    let r = analyzer.analyze_text("", None);
    assert!(r.tokens.is_empty() && r.sentences.is_empty());
}
