//! Stems per second: Snowball English and Indonesian on the Snowball
//! reference vocabularies `../shared/data/stem/{english,indonesian}/voc.txt`
//! (distinct words), and the Indonesian stemmers (the default root stemmer
//! and Snowball) side by side on the running words of
//! `../shared/data/bench/id.txt` (lowercased `[a-z]+(-[a-z]+)*` words, in
//! text order, no cache).
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
        let stemmer = Stemmer::snowball(lang).expect("stemmed language");
        let mut g = c.benchmark_group("stem");
        g.sample_size(10);
        g.throughput(Throughput::Elements(words.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| words.iter().map(|w| stemmer.stem(w).len()).sum::<usize>())
        });
        g.finish();
    }
    let bench_text = dir.join("../bench/id.txt");
    let Ok(text) = std::fs::read_to_string(&bench_text) else {
        eprintln!("skipped news words: {} not found", bench_text.display());
        return;
    };
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_lowercase() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut g = c.benchmark_group("stem_id_news");
    g.sample_size(10);
    g.throughput(Throughput::Elements(words.len() as u64));
    for (name, s) in [
        ("roots", Stemmer::for_lang(Lang::Id).expect("Indonesian")),
        ("snowball", Stemmer::snowball(Lang::Id).expect("Indonesian")),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| words.iter().map(|w| s.stem(w).len()).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
