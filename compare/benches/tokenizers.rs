//! Criterion bench: newstext and its peer tokenizers on the same work
//! (offsets + normalized form into a reused buffer), per language, on the
//! distinct-text corpora of `../shared/data/bench`.
//!
//! ```text
//! cargo bench -p newstext-compare
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext_compare::{default_data_dir, load_corpora, runner, TOOLS};

fn bench(c: &mut Criterion) {
    let corpora = match load_corpora(&default_data_dir()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("skipped: {e}");
            return;
        }
    };
    for (lang, text) in &corpora {
        let mut g = c.benchmark_group(*lang);
        g.sample_size(10);
        g.throughput(Throughput::Bytes(text.len() as u64));
        for tool in TOOLS {
            let mut run = runner(tool).expect("known tool");
            let mut buf = String::with_capacity(256);
            g.bench_function(*tool, |b| b.iter(|| run(text, &mut buf)));
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
