//! Stems per second per language, on the Snowball reference vocabularies
//! `../shared/data/stem/{english,indonesian}/voc.txt` (distinct words).
//!
//! ```text
//! cargo bench --bench stem
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newstext::stem::Stemmer;
use newstext::Lang;

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/stem");
    for (name, lang) in [("english", Lang::En), ("indonesian", Lang::Id)] {
        let Ok(voc) = std::fs::read_to_string(dir.join(name).join("voc.txt")) else {
            eprintln!("skipped {name}: {} not found", dir.display());
            continue;
        };
        let words: Vec<&str> = voc.lines().collect();
        let stemmer = Stemmer::for_lang(lang).expect("stemmed language");
        let mut g = c.benchmark_group("stem");
        g.sample_size(10);
        g.throughput(Throughput::Elements(words.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| words.iter().map(|w| stemmer.stem(w).len()).sum::<usize>())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
