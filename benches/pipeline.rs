//! The whole pipeline: parse alone, analyze alone, parse + analyze — MB/s
//! on the bench corpora (`../shared/data/bench`, one article per record of
//! `<lang>.articles.tsv`) and articles per second on `../shared/corpus`.
//!
//! ```text
//! cargo bench --bench pipeline
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext::analyze::Analyzer;
use newstext::Article;

#[path = "../examples/common/bench_articles.rs"]
mod bench_articles;
use bench_articles::bench_articles;

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let analyzer = Analyzer::builder().build().expect("default analyzer");
    for lang in ["en", "id", "vi"] {
        // 600 articles per language keep a run short (about 1–2 MB).
        let mut articles = bench_articles(&root.join("data/bench"), lang);
        articles.truncate(600);
        if articles.is_empty() {
            eprintln!(
                "skipped {lang}: {} not found",
                root.join("data/bench").display()
            );
            continue;
        }
        let bytes: usize = articles.iter().map(String::len).sum();
        let parsed: Vec<Article> = articles
            .iter()
            .filter_map(|a| Article::parse(a).ok())
            .collect();
        assert_eq!(parsed.len(), articles.len(), "every bench article parses");
        let mut g = c.benchmark_group(format!("pipeline-{lang}"));
        g.sample_size(10);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("parse", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .filter_map(|a| Article::parse(a).ok())
                    .count()
            })
        });
        g.bench_function("analyze", |b| {
            b.iter(|| {
                parsed
                    .iter()
                    .map(|a| analyzer.analyze(a).blocks.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("parse+analyze", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .filter_map(|a| Article::parse(a).ok())
                    .map(|a| analyzer.analyze_owned(a).blocks.len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
    // Articles per second on the development corpus.
    let mut corpus: Vec<String> = std::fs::read_dir(root.join("corpus"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if corpus.is_empty() {
        for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .into_iter()
            .flatten()
            .flatten()
        {
            corpus.extend(std::fs::read_to_string(e.path()).ok());
        }
    }
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    g.throughput(Throughput::Elements(corpus.len() as u64));
    g.bench_function("parse+analyze", |b| {
        b.iter(|| {
            corpus
                .iter()
                .filter_map(|a| Article::parse(a).ok())
                .map(|a| analyzer.analyze_owned(a).blocks.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
