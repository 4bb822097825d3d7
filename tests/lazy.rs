//! `Parser::parse_lazy`: the same article as `Parser::parse`, block by
//! block and in JSON, on every seed and corpus page and on pages of very
//! many lines.

mod common;

use common::{corpus_pages, seeds};
use newstext::analyze::Analyzer;
use newstext::{Article, LazyArticle, Parser};

fn assert_same(name: &str, parser: &Parser, text: &str) {
    let article = parser.parse(text).unwrap();
    let lazy = parser.parse_lazy(text).unwrap();
    assert_lazy_is(name, &lazy, &article);
    assert_eq!(lazy.into_article(), article, "{name}: into_article");
}

fn assert_lazy_is(name: &str, lazy: &LazyArticle<'_>, article: &Article) {
    assert_eq!(lazy.title(), article.title.as_deref(), "{name}: title");
    assert_eq!(lazy.published(), article.published, "{name}: published");
    assert_eq!(lazy.byline(), article.byline.as_ref(), "{name}: byline");
    assert_eq!(lazy.source(), article.source.as_deref(), "{name}: source");
    assert_eq!(lazy.lang(), article.lang, "{name}: lang");
    assert_eq!(lazy.len(), article.blocks.len(), "{name}: blocks");
    assert!(
        lazy.blocks().eq(article.blocks.iter().cloned()),
        "{name}: blocks"
    );
    assert_eq!(
        lazy.block(0).as_ref(),
        article.blocks.first(),
        "{name}: block 0"
    );
    assert_eq!(lazy.block(lazy.len()), None, "{name}: past the end");
    assert_eq!(
        serde_json::to_string(lazy).unwrap(),
        serde_json::to_string(article).unwrap(),
        "{name}: JSON"
    );
}

#[test]
fn lazy_article_is_the_parsed_article_on_seeds_and_corpus() {
    let parser = Parser::default();
    for (name, text) in seeds() {
        assert_same(&name, &parser, &text);
    }
    let Some(pages) = corpus_pages() else { return };
    assert!(pages.len() >= 100);
    for p in pages {
        let text = std::fs::read_to_string(&p).unwrap();
        assert_same(&p.display().to_string(), &parser, &text);
    }
}

#[test]
fn pages_of_many_short_lines() {
    // More segments than the tagger's marginal blocks (1,024), so its
    // checkpointed backward pass runs, and lines of every short shape.
    let parser = Parser::default();
    let shapes = [
        "a\n".repeat(3000),
        (0..3000).map(|i| format!("{i}\n")).collect::<String>(),
        "-- ... !!\n".repeat(2500),
        "Hà Nội\n\n".repeat(2000),
        "Tin liên quan\nBaca juga: Banjir di Jakarta\nẢnh: TTXVN\n".repeat(800),
    ];
    for (i, text) in shapes.iter().enumerate() {
        assert_same(&format!("shape {i}"), &parser, text);
    }
}

#[test]
fn analysing_lazy_blocks_one_at_a_time_is_analysing_the_article() {
    let parser = Parser::default();
    let analyzer = Analyzer::builder().build().unwrap();
    for (name, text) in seeds() {
        let lazy = parser.parse_lazy(&text).unwrap();
        let one_by_one: Vec<_> = lazy
            .blocks()
            .map(|b| analyzer.analyze_block(&b, lazy.lang()))
            .collect();
        let whole = analyzer.analyze_owned(parser.parse(&text).unwrap());
        assert_eq!(one_by_one, whole.blocks, "{name}");
    }
}
