//! Lines per second of language detection on the lines of the distinct
//! news corpora `../shared/data/bench/{en,id,vi}.txt` (the seeds when
//! `../shared` is missing), against whatlang with the same allowlist.
//!
//! ```text
//! cargo bench --bench detect
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext::detect::Detector;

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bench");
    let mut text = String::new();
    for lang in ["en", "id", "vi"] {
        // 2,000 lines of each language keep a run short.
        if let Ok(t) = std::fs::read_to_string(dir.join(format!("{lang}.txt"))) {
            for l in t.lines().take(2000) {
                text.push_str(l);
                text.push('\n');
            }
        }
    }
    if text.is_empty() {
        eprintln!("note: {} not found; using the seeds", dir.display());
        for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .into_iter()
            .flatten()
            .flatten()
        {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let detector = Detector::default();
    let wl = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Eng,
        whatlang::Lang::Ind,
        whatlang::Lang::Vie,
    ]);
    let mut g = c.benchmark_group("detect");
    g.sample_size(10);
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.bench_function("newstext", |b| {
        b.iter(|| {
            lines
                .iter()
                .filter(|l| detector.detect(l).is_some())
                .count()
        })
    });
    g.bench_function("whatlang-allowlist", |b| {
        b.iter(|| lines.iter().filter(|l| wl.detect(l).is_some()).count())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
