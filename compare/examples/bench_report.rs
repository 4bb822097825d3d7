//! Tokenization throughput of newstext and its peers, side by side in one
//! run, on the distinct-text bench corpora.
//!
//! ```text
//! cargo run --release -p newstext-compare --example bench_report -- [--data DIR] [--runs N] [--json]
//! ```
//!
//! Every tool does the same work: every token's offsets plus its normalized
//! form written into a reused buffer (`newstext`: `Search` preset, NFKC +
//! lowercase + diacritic fold; `newstext-lower`: `Analysis` preset, NFC +
//! lowercase; peers lowercase, `-fold` variants also fold diacritics). Each
//! figure is the median over N (default 5) runs over each whole file, in
//! MB/s (1 MB = 10^6 bytes), one thread. The runs are interleaved (one of
//! each tool per round) so that the machine's drift touches all alike.

use std::process::ExitCode;
use std::time::Instant;

use newstext_compare::{default_data_dir, load_corpora, runner, TOOLS};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir = default_data_dir();
    let mut runs = 5usize;
    let mut json = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => match args.next() {
                Some(d) => dir = d.into(),
                None => return usage(),
            },
            "--runs" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n >= 1 => runs = n,
                _ => return usage(),
            },
            "--json" => json = true,
            _ => return usage(),
        }
    }
    let corpora = match load_corpora(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut results = serde_json::Map::new();
    let mut bytes = serde_json::Map::new();
    let mut table: Vec<(String, Vec<f64>)> =
        TOOLS.iter().map(|t| (t.to_string(), vec![])).collect();
    for (lang, text) in &corpora {
        bytes.insert(lang.to_string(), text.len().into());
        let mut per_tool = serde_json::Map::new();
        // Rounds interleave the tools (one run of each per round), so that
        // a drift of the machine's speed during the file touches them all
        // alike; each tool's median over the rounds is reported.
        let mut runners: Vec<_> = TOOLS
            .iter()
            .map(|tool| runner(tool).expect("known tool"))
            .collect();
        let mut buf = String::with_capacity(1024);
        for run in &mut runners {
            // Warm up lazy tables once on a slice, not timed.
            run(&text[..text.len().min(10_000)], &mut buf);
        }
        let mut times = vec![Vec::with_capacity(runs); TOOLS.len()];
        let mut tallies = vec![Default::default(); TOOLS.len()];
        for _ in 0..runs {
            for (ti, run) in runners.iter_mut().enumerate() {
                let t0 = Instant::now();
                tallies[ti] = run(text, &mut buf);
                times[ti].push(t0.elapsed().as_secs_f64());
            }
        }
        let reference = tallies[0].tokens;
        for (ti, tool) in TOOLS.iter().enumerate() {
            let t = &mut times[ti];
            t.sort_by(f64::total_cmp);
            let median = t[t.len() / 2];
            let mbs = text.len() as f64 / 1e6 / median;
            let tally: newstext_compare::Tally = tallies[ti];
            // Sanity: every tool finds a word count within a factor of two
            // of newstext's (tokenizers differ on punctuation and joins).
            if tally.tokens * 2 < reference || tally.tokens > reference * 2 {
                eprintln!(
                    "warning: {tool} on {lang}: {} tokens vs {reference} for newstext",
                    tally.tokens
                );
            }
            if !json {
                eprintln!("{lang} {tool:22} {mbs:8.1} MB/s  {} tokens", tally.tokens);
            }
            per_tool.insert(tool.to_string(), ((mbs * 10.0).round() / 10.0).into());
            table[ti].1.push(mbs);
        }
        results.insert(lang.to_string(), per_tool.into());
    }
    if json {
        results.insert("bytes".into(), bytes.into());
        results.insert("runs".into(), runs.into());
        results.insert("stat".into(), "median".into());
        println!("{}", serde_json::Value::Object(results));
        return ExitCode::SUCCESS;
    }
    let base = table[0].1.clone();
    println!("| tokenizer | en MB/s | id MB/s | vi MB/s | newstext / it (en, id, vi) |");
    println!("|---|---|---|---|---|");
    for (tool, v) in &table {
        let ratios: Vec<String> = v
            .iter()
            .zip(&base)
            .map(|(x, b)| format!("{:.2}x", b / x))
            .collect();
        println!(
            "| {tool} | {:.0} | {:.0} | {:.0} | {} |",
            v[0],
            v[1],
            v[2],
            ratios.join(", ")
        );
    }
    println!(
        "\nmedian of {runs} runs per file; bytes: en {}, id {}, vi {}",
        corpora[0].1.len(),
        corpora[1].1.len(),
        corpora[2].1.len()
    );
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: bench_report [--data DIR] [--runs N] [--json]");
    ExitCode::from(2)
}
