//! Pipeline speed per language, against the tokenizer it is built on.
//!
//! ```text
//! cargo run --release --example pipeline_report -- [BENCH_DIR] [--json] [--rounds N] [--mb MB]
//! ```
//!
//! On the bench corpora (`../shared/data/bench` by default; articles as
//! `<lang>.articles.tsv` groups them, the first `--mb` megabytes of each
//! language, default 1.2), measures single-threaded, in MB/s of input:
//! `tokenize` (the `Search` preset's indexing loop, `for_each_token`),
//! `parse`, `analyze` (of the articles parsed beforehand) and `pipeline`
//! (parse + analyze), the four interleaved in every round, the median of
//! `--rounds` rounds (default 5) taken; `ratio` is pipeline ÷ tokenize.
//! `--json` prints one line `{"en": {"tokenize": T, "parse": P, "analyze":
//! A, "pipeline": X, "ratio": R}, "id": {…}, "vi": {…}}`.

#[path = "common/bench_articles.rs"]
mod bench_articles;

use std::error::Error;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use bench_articles::bench_articles;
use newstext::analyze::Analyzer;
use newstext::normalize::{Normalizer, Preset};
use newstext::token::tokenize;
use newstext::{Article, Parser};

/// Seconds `f` takes, repeated until at least 50 ms have passed.
fn time(mut f: impl FnMut() -> usize) -> f64 {
    let t = Instant::now();
    let mut runs = 0u32;
    while runs == 0 || t.elapsed().as_secs_f64() < 0.05 {
        black_box(f());
        runs += 1;
    }
    t.elapsed().as_secs_f64() / f64::from(runs)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut dir = PathBuf::from("../shared/data/bench");
    let (mut json, mut rounds, mut mb) = (false, 5usize, 1.2f64);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--rounds" => rounds = args.next().ok_or("--rounds needs N")?.parse()?,
            "--mb" => mb = args.next().ok_or("--mb needs MB")?.parse()?,
            "-h" | "--help" => {
                println!("usage: pipeline_report [BENCH_DIR] [--json] [--rounds N] [--mb MB]");
                return Ok(());
            }
            _ => dir = PathBuf::from(a),
        }
    }
    let rounds = rounds.max(1);
    let parser = Parser::default();
    let analyzer = Analyzer::builder().build()?;
    let search = Normalizer::preset(Preset::Search);
    let mut report = serde_json::Map::new();
    if !json {
        println!("| lang | MB | tokenize | parse | analyze | parse + analyze | ratio |");
        println!("|---|---|---|---|---|---|---|");
    }
    for lang in ["en", "id", "vi"] {
        let mut articles = bench_articles(&dir, lang);
        if articles.is_empty() {
            return Err(format!("{}: no {lang} bench articles", dir.display()).into());
        }
        let mut total = 0usize;
        articles.retain(|a| {
            let keep = (total as f64) < mb * 1e6;
            total += a.len();
            keep
        });
        let bytes: usize = articles.iter().map(String::len).sum();
        let parsed: Vec<Article> = articles
            .iter()
            .filter_map(|a| parser.parse(a).ok())
            .collect();
        let mut buf = String::with_capacity(256);
        let (mut tk, mut pa, mut an, mut pipe) = (vec![], vec![], vec![], vec![]);
        for _ in 0..rounds {
            tk.push(time(|| {
                let mut n = 0usize;
                for a in &articles {
                    search.for_each_token(tokenize(a), &mut buf, |t, form| {
                        n = n.wrapping_add(t.start() + form.len());
                    });
                }
                n
            }));
            pa.push(time(|| {
                articles
                    .iter()
                    .filter_map(|a| parser.parse(a).ok())
                    .map(|a| a.blocks.len())
                    .sum()
            }));
            an.push(time(|| {
                parsed
                    .iter()
                    .map(|a| analyzer.analyze(a).blocks.len())
                    .sum()
            }));
            pipe.push(time(|| {
                articles
                    .iter()
                    .filter_map(|a| parser.parse(a).ok())
                    .map(|a| analyzer.analyze_owned(a).blocks.len())
                    .sum()
            }));
        }
        let rate = |v: &mut Vec<f64>| bytes as f64 / 1e6 / median(v);
        let (t, p, a, x) = (rate(&mut tk), rate(&mut pa), rate(&mut an), rate(&mut pipe));
        let ratio = x / t;
        if json {
            report.insert(
                lang.to_string(),
                serde_json::json!({
                    "tokenize": (t * 100.0).round() / 100.0,
                    "parse": (p * 100.0).round() / 100.0,
                    "analyze": (a * 100.0).round() / 100.0,
                    "pipeline": (x * 100.0).round() / 100.0,
                    "ratio": (ratio * 10000.0).round() / 10000.0,
                }),
            );
        } else {
            println!(
                "| {lang} | {:.2} | {t:.1} | {p:.2} | {a:.2} | {x:.2} | {ratio:.4} |",
                bytes as f64 / 1e6
            );
        }
    }
    if json {
        println!("{}", serde_json::Value::Object(report));
    } else {
        println!("(MB/s of input, single-threaded, median of {rounds} interleaved rounds)");
    }
    Ok(())
}
