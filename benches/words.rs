//! Vietnamese word segmentation: tokenize alone, and tokenize + segment,
//! on `../shared/data/bench/vi.txt` (8 MB of distinct Vietnamese news), in
//! the same run.
//!
//! ```text
//! cargo bench --bench words
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext::token::tokenize;
use newstext::words::Segmenter;

fn bench(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bench/vi.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found; nothing to benchmark", path.display());
        return;
    };
    let seg = Segmenter::new();
    // Self-check: the segmenter groups syllables.
    let tokens = tokenize(&text).count();
    let words = seg.segment(&text).count();
    assert!(words < tokens * 9 / 10, "{words} words for {tokens} tokens");
    let mut g = c.benchmark_group("vi_words");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            tokenize(&text)
                .map(|t| t.end())
                .fold(0usize, usize::wrapping_add)
        })
    });
    g.bench_function("tokenize_segment", |b| {
        b.iter(|| {
            seg.segment(&text)
                .map(|w| w.end())
                .fold(0usize, usize::wrapping_add)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
