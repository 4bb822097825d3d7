//! The language of each line of a text.
//!
//! ```text
//! cargo run --release --example detect -- "Quang cảnh Hội nghị"
//! cargo run --release --example detect -- --files seeds/*.txt
//! ```
//!
//! With `--files`, every non-empty line of every file, detected in the
//! context of its file's language (the length-weighted vote of its lines).
//! Prints `lang<TAB>confidence<TAB>text` (or `path:line` first with files).

use std::process::ExitCode;

use newstext::detect::{letter_count, vote, Detector};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let detector = Detector::default();
    if args.first().map(String::as_str) == Some("--files") {
        let mut failed = false;
        for path in &args[1..] {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{path}: {e}");
                    failed = true;
                    continue;
                }
            };
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            let doc = vote(
                lines
                    .iter()
                    .filter_map(|l| Some((detector.detect(l)?.lang(), letter_count(l)))),
            );
            for (i, line) in lines.iter().enumerate() {
                match detector.detect_in(line, doc) {
                    Some(d) => println!(
                        "{path}:{}\t{}\t{:.2}\t{line}",
                        i + 1,
                        d.lang(),
                        d.confidence()
                    ),
                    None => println!("{path}:{}\t-\t0.00\t{line}", i + 1),
                }
            }
        }
        return if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    if args.is_empty() {
        eprintln!("usage: detect TEXT... | detect --files FILE...");
        return ExitCode::from(2);
    }
    for text in &args {
        match detector.detect(text) {
            Some(d) => {
                let cands: Vec<String> =
                    d.candidates().map(|(l, s)| format!("{l}:{s:.2}")).collect();
                println!(
                    "{}\t{:.2}\t{}\t{text}",
                    d.lang(),
                    d.confidence(),
                    cands.join(",")
                );
            }
            None => println!("-\t0.00\t\t{text}"),
        }
    }
    ExitCode::SUCCESS
}
