//! newstext's own benchmarks: tokenize, normalize, sentences — on the
//! distinct-text bench corpora `../shared/data/bench/{en,id,vi}.txt`
//! (8 MB each), or on the seed articles when `../shared` is missing.
//!
//! ```text
//! cargo bench --bench text
//! ```
//!
//! Peer comparisons live in the `compare/` workspace member.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext::normalize::{Normalizer, Preset};
use newstext::sentence::sentences;
use newstext::token::tokenize;
use newstext::Lang;

fn corpora() -> Vec<(&'static str, Option<Lang>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bench");
    let mut out = Vec::new();
    for (name, lang) in [("en", Lang::En), ("id", Lang::Id), ("vi", Lang::Vi)] {
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.txt"))) {
            out.push((name, Some(lang), text));
        }
    }
    if out.is_empty() {
        eprintln!(
            "note: {} not found; benchmarking the seed articles instead (small, repeated text \
             inflates throughput: do not compare these numbers)",
            dir.display()
        );
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut text = String::new();
        for e in std::fs::read_dir(seeds).expect("seeds/ exists").flatten() {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
            text.push('\n');
        }
        out.push(("seeds", None, text));
    }
    out
}

fn bench(c: &mut Criterion) {
    let search = Normalizer::preset(Preset::Search);
    let analysis = Normalizer::preset(Preset::Analysis);
    for (name, lang, text) in corpora() {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        g.throughput(Throughput::Bytes(text.len() as u64));
        // Self-check: the tokenizer finds the words.
        let words = tokenize(&text).filter(|t| t.kind().is_lexical()).count();
        assert!(words > text.len() / 20, "{name}: only {words} words");
        g.bench_function("tokenize", |b| {
            b.iter(|| {
                tokenize(&text)
                    .map(|t| t.end())
                    .fold(0usize, usize::wrapping_add)
            })
        });
        let mut buf = String::with_capacity(256);
        g.bench_function("tokenize+search", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for t in tokenize(&text) {
                    buf.clear();
                    search.normalize_into(t.text(), &mut buf);
                    n = n.wrapping_add(buf.len());
                }
                n
            })
        });
        g.bench_function("tokenize+analysis", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for t in tokenize(&text) {
                    buf.clear();
                    analysis.normalize_into(t.text(), &mut buf);
                    n = n.wrapping_add(buf.len());
                }
                n
            })
        });
        g.bench_function("for_each_token+search", |b| {
            b.iter(|| {
                let mut n = 0usize;
                search.for_each_token(tokenize(&text), &mut buf, |t, form| {
                    n = n.wrapping_add(t.start() + form.len());
                });
                n
            })
        });
        g.bench_function("normalize-lines", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for line in text.lines() {
                    n = n.wrapping_add(search.normalize(line).len());
                }
                n
            })
        });
        g.bench_function("sentences", |b| {
            b.iter(|| {
                let mut n = 0usize;
                for line in text.lines() {
                    n = n.wrapping_add(sentences(line, lang).count());
                }
                n
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
