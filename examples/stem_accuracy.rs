//! Exact-root accuracy of the Indonesian stemmers on a file of word forms
//! with their roots (`../shared/data/stem/id-news-roots/dev.tsv`: `word`,
//! `root`, `confidence`, `alternative`).
//!
//! ```text
//! cargo run --release --example stem_accuracy -- ../shared/data/stem/id-news-roots/dev.tsv [--json] [--misses] [--dictionary FILE]
//! ```
//!
//! Scores the rows marked `sure` (a row is right when the stem equals
//! `root`, or `alternative` where one is given) for newstext's default
//! Indonesian stemmer and for Snowball Indonesian; the `unsure` rows are
//! reported apart. `--json` prints one line `{"newstext": A, "snowball": S,
//! "rows": N}`; `--misses` lists the default stemmer's wrong rows;
//! `--dictionary FILE` replaces the default dictionary (one root a line).

use std::process::ExitCode;

use newstext::stem::{IndonesianStemmer, Stemmer};
use newstext::Lang;

struct Row {
    word: String,
    root: String,
    sure: bool,
    alternative: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let (mut json, mut misses, mut dict) = (false, false, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--misses" => misses = true,
            "--dictionary" => dict = it.next().cloned(),
            "-h" | "--help" => {
                eprintln!("usage: stem_accuracy FILE.tsv [--json] [--misses] [--dictionary FILE]");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(a.clone()),
            _ => {
                eprintln!("unexpected argument {a}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("usage: stem_accuracy FILE.tsv [--json] [--misses] [--dictionary FILE]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let rows: Vec<Row> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Row {
                word: f[0].to_owned(),
                root: f.get(1).unwrap_or(&"").to_string(),
                sure: f.get(2) == Some(&"sure"),
                alternative: f.get(3).filter(|a| !a.is_empty()).map(|a| a.to_string()),
            }
        })
        .collect();
    let ours: Stemmer = match dict {
        Some(d) => match std::fs::read_to_string(&d) {
            Ok(words) => IndonesianStemmer::builder()
                .with_dictionary(words.lines())
                .build()
                .into(),
            Err(e) => {
                eprintln!("{d}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => Stemmer::for_lang(Lang::Id).expect("Indonesian has a stemmer"),
    };
    let snowball = Stemmer::snowball(Lang::Id).expect("Indonesian has a Snowball stemmer");
    let right = |s: &Stemmer, r: &Row| {
        let got = s.stem(&r.word);
        got == r.root || r.alternative.as_deref() == Some(&*got)
    };
    let score = |s: &Stemmer, sure: bool| {
        let set: Vec<&Row> = rows.iter().filter(|r| r.sure == sure).collect();
        let ok = set.iter().filter(|r| right(s, r)).count();
        (ok, set.len())
    };
    let ((a, n), (b, _)) = (score(&ours, true), score(&snowball, true));
    let ((ua, un), (ub, _)) = (score(&ours, false), score(&snowball, false));
    let share = |k: usize, n: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    if json {
        println!(
            "{{\"newstext\": {:.4}, \"snowball\": {:.4}, \"rows\": {n}}}",
            share(a, n),
            share(b, n)
        );
    } else {
        println!("{path}: {n} sure rows, {un} unsure");
        println!("| stemmer | sure rows | unsure rows |");
        println!("|---|---|---|");
        println!(
            "| newstext (roots) | {:.3} ({a}/{n}) | {:.3} ({ua}/{un}) |",
            share(a, n),
            share(ua, un)
        );
        println!(
            "| Snowball Indonesian | {:.3} ({b}/{n}) | {:.3} ({ub}/{un}) |",
            share(b, n),
            share(ub, un)
        );
    }
    if misses {
        for r in rows.iter().filter(|r| r.sure && !right(&ours, r)) {
            eprintln!("{}\t{}\twant {}", r.word, ours.stem(&r.word), r.root);
        }
    }
    ExitCode::SUCCESS
}
