//! Linear time on every input: parse + analyze at 1, 4 and 15 MiB for
//! several input shapes, median of 3 runs each.
//!
//! ```text
//! cargo run --release --example scaling
//! ```
//!
//! Prints one line per shape: `<shape> ratio <r>`, r being the time per MiB
//! at 15 MiB divided by the time per MiB at 1 MiB (1.0 is perfectly
//! linear; the bar is r <= 1.5). Shapes: `article` (real article text,
//! varied: the seeds with their words shuffled per copy), `long-line` (one
//! line, no newline), `headlines` (short capitalized lines, no running
//! text), `blank-lines` (mostly newlines, a word every 1,000 lines), `combining-flood` (letters each carrying hundreds of combining
//! marks), `punctuation` (only punctuation and symbols).

use std::time::Instant;

use newstext::analyze::Analyzer;
use newstext::Article;

const MIB: usize = 1024 * 1024;

/// A small deterministic generator (xorshift), so runs are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seeds_words() -> (Vec<String>, Vec<String>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut lines = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(t) = std::fs::read_to_string(e.path()) {
            lines.extend(
                t.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string),
            );
        }
    }
    let words = lines
        .iter()
        .flat_map(|l| l.split_whitespace().map(str::to_string))
        .collect();
    (lines, words)
}

/// Text of about `size` bytes in the given shape.
fn make(shape: &str, size: usize, rng: &mut Rng, lines: &[String], words: &[String]) -> String {
    let mut s = String::with_capacity(size + 1024);
    match shape {
        "article" => {
            // Articles of 20–60 lines; each line a seed line with words
            // swapped in from elsewhere, so no text repeats.
            while s.len() < size {
                let n = 20 + rng.below(40);
                for _ in 0..n {
                    let base = &lines[rng.below(lines.len())];
                    for (i, w) in base.split_whitespace().enumerate() {
                        if i > 0 {
                            s.push(' ');
                        }
                        if rng.below(4) == 0 {
                            s.push_str(&words[rng.below(words.len())]);
                        } else {
                            s.push_str(w);
                        }
                    }
                    s.push('\n');
                }
                s.push('\n');
            }
        }
        "long-line" => {
            while s.len() < size {
                s.push_str(&words[rng.below(words.len())]);
                s.push(' ');
            }
        }
        "headlines" => {
            // Short capitalized lines and no running text: every line is a
            // headline candidate of the document rules, none starts a body.
            while s.len() < size {
                for _ in 0..3 + rng.below(5) {
                    let w = &words[rng.below(words.len())];
                    let mut cs = w.chars();
                    if let Some(c) = cs.next() {
                        s.extend(c.to_uppercase());
                        s.push_str(cs.as_str());
                    }
                    s.push(' ');
                }
                s.push('\n');
            }
        }
        "blank-lines" => {
            let mut i = 0usize;
            while s.len() < size {
                if i % 1000 == 999 {
                    s.push_str(&words[rng.below(words.len())]);
                }
                s.push('\n');
                i += 1;
            }
        }
        "combining-flood" => {
            let marks: Vec<char> = ('\u{300}'..='\u{36F}').collect();
            while s.len() < size {
                s.push(['a', 'e', 'o', 'u', 'ư'][rng.below(5)]);
                for _ in 0..200 + rng.below(200) {
                    s.push(marks[rng.below(marks.len())]);
                }
                if rng.below(8) == 0 {
                    s.push(' ');
                }
            }
        }
        "punctuation" => {
            let marks = [
                '.', ',', '!', '?', '-', '–', '“', '”', '(', ')', '$', '%', '€', '…', '|', '/',
                ':', ';', ' ', ' ', '\n',
            ];
            while s.len() < size {
                s.push(marks[rng.below(marks.len())]);
            }
        }
        _ => unreachable!("known shape"),
    }
    // Keep under the size asked for, on a char boundary.
    let mut end = size.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn time(text: &str, analyzer: &Analyzer) -> f64 {
    let mut runs = Vec::new();
    for _ in 0..3 {
        let t0 = Instant::now();
        match Article::parse(text) {
            Ok(a) => {
                let r = analyzer.analyze(&a);
                std::hint::black_box(r.blocks.len());
            }
            Err(e) => {
                std::hint::black_box(e);
            }
        }
        runs.push(t0.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    runs[1]
}

fn main() {
    let analyzer = Analyzer::builder().build().expect("default analyzer");
    let (lines, words) = seeds_words();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut worst: f64 = 0.0;
    for shape in [
        "article",
        "long-line",
        "headlines",
        "blank-lines",
        "combining-flood",
        "punctuation",
    ] {
        let mut per_mib = Vec::new();
        for mib in [1usize, 4, 15] {
            let text = make(shape, mib * MIB, &mut rng, &lines, &words);
            let secs = time(&text, &analyzer);
            eprintln!(
                "{shape:16} {mib:2} MiB {secs:8.3} s ({:.3} s/MiB)",
                secs / mib as f64
            );
            per_mib.push(secs / mib as f64);
        }
        let r = per_mib[2] / per_mib[0];
        worst = worst.max(r);
        println!("{shape} ratio {r:.2}");
    }
    eprintln!("worst ratio {worst:.2} (bar: 1.5)");
}
