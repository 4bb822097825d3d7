//! Linear time and bounded memory on every input: parse + analyze at 1, 4
//! and 15 MiB for several input shapes (median of 3 runs each), then the
//! peak memory of parsing and of parse + analyze + output at 4 MiB.
//!
//! ```text
//! cargo run --release --example scaling                  # time, then memory
//! cargo run --release --example scaling -- --memory      # memory only
//! ```
//!
//! Time: one line per shape, `<shape> ratio <r>`, r being the time per
//! MiB at 15 MiB divided by the time per MiB at 1 MiB (1.0 is perfectly
//! linear; the bar is r <= 1.5).
//!
//! Memory: each shape at 4 MiB in a process of its own (peak RSS is per
//! process), which reports its peak resident set (`VmHWM`, Linux). One line
//! per shape, `<shape> memory parse <p>x pipeline <q>x article <a>x`: peak
//! RSS less the fixed memory of a process that parses and analyses one
//! short line (the program, the models), over the input's bytes. `parse`
//! is [`Parser::parse_lazy`] with its JSON written as it goes (bar: 50x);
//! `pipeline` is parse + analyze + output, each block analysed and its JSON
//! written in turn, as `newstext corpus` does with a big record (bar:
//! 100x); `article` is [`Parser::parse`], every block held (no bar).
//!
//! Shapes: `article` (real article text, varied: the seeds with their
//! words shuffled per copy), `long-line` (one line, no newline),
//! `headlines` (short capitalized lines, no running text), `blank-lines`
//! (mostly newlines, a word every 1,000 lines), `combining-flood` (letters
//! each carrying hundreds of combining marks), `punctuation` (only
//! punctuation and symbols), `short-lines` (a letter per line: two million
//! lines in 4 MiB), `numbers` (a number of one to four digits per line),
//! `years` (one line of years, commas, stops and `năm`, no date: each year
//! is looked at for a date's context).

use std::time::Instant;

use newstext::analyze::Analyzer;
use newstext::{Article, Parser};

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
        "short-lines" => {
            while s.len() < size {
                s.push(char::from(b'a' + rng.below(26) as u8));
                s.push('\n');
            }
        }
        "numbers" => {
            while s.len() < size {
                let digits = 1 + rng.below(4);
                for _ in 0..digits {
                    s.push(char::from(b'0' + rng.below(10) as u8));
                }
                s.push('\n');
            }
        }
        "years" => {
            let pieces = ["2000", "1999", "2024", "năm", ",", ".", "5"];
            while s.len() < size {
                s.push_str(pieces[rng.below(pieces.len())]);
                s.push(' ');
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

const SHAPES: [&str; 9] = [
    "article",
    "long-line",
    "headlines",
    "blank-lines",
    "combining-flood",
    "punctuation",
    "short-lines",
    "numbers",
    "years",
];

/// The process's peak resident set in bytes (`VmHWM` of
/// `/proc/self/status`); `None` where there is no such file.
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// In a process of its own: makes the shape's text at 4 MiB, runs `mode`
/// on it and prints `<input bytes> <peak RSS bytes>`.
fn memory_child(shape: &str, mode: &str) {
    let parser = Parser::default();
    let analyzer = Analyzer::builder().build().expect("default analyzer");
    let text = if mode == "fixed" {
        "Hanoi hosts talks on defence cooperation.".to_string()
    } else {
        let (lines, words) = seeds_words();
        make(
            shape,
            4 * MIB,
            &mut Rng(0x5EED_1234_ABCD_0002),
            &lines,
            &words,
        )
    };
    let sink = std::io::sink();
    match mode {
        "parse" => {
            if let Ok(lazy) = parser.parse_lazy(&text) {
                serde_json::to_writer(sink, &lazy).expect("writes to a sink");
            }
        }
        "pipeline" | "fixed" => {
            if let Ok(lazy) = parser.parse_lazy(&text) {
                let mut sink = sink;
                serde_json::to_writer(&mut sink, &lazy).expect("writes to a sink");
                for b in lazy.blocks() {
                    let analysed = analyzer.analyze_block(&b, lazy.lang());
                    serde_json::to_writer(&mut sink, &analysed).expect("writes to a sink");
                }
            }
        }
        "article" => {
            if let Ok(a) = parser.parse(&text) {
                serde_json::to_writer(sink, &a).expect("writes to a sink");
            }
        }
        _ => unreachable!("known mode"),
    }
    println!("{} {}", text.len(), peak_rss().unwrap_or(0));
}

/// Runs [`memory_child`] in a new process: (input bytes, peak RSS).
fn measure(shape: &str, mode: &str) -> Option<(usize, usize)> {
    let exe = std::env::current_exe().ok()?;
    let out = std::process::Command::new(exe)
        .args(["--memory-child", shape, mode])
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut it = text.split_whitespace().map(|x| x.parse::<usize>().ok());
    Some((it.next()??, it.next()??))
}

fn memory() {
    let Some((_, fixed)) = measure("article", "fixed").filter(|&(_, rss)| rss > 0) else {
        eprintln!("memory: no peak RSS on this system (/proc/self/status)");
        return;
    };
    eprintln!("fixed memory {:.1} MB", fixed as f64 / 1e6);
    let mut worst = [0.0f64; 3];
    for shape in SHAPES {
        let mut ratios = [0.0f64; 3];
        for (k, mode) in ["parse", "pipeline", "article"].iter().enumerate() {
            let Some((len, rss)) = measure(shape, mode) else {
                eprintln!("{shape}: {mode} failed to run");
                continue;
            };
            ratios[k] = rss.saturating_sub(fixed) as f64 / len as f64;
            eprintln!(
                "{shape:16} {mode:8} peak {:7.1} MB for {:.1} MB",
                rss as f64 / 1e6,
                len as f64 / 1e6
            );
            worst[k] = worst[k].max(ratios[k]);
        }
        println!(
            "{shape} memory parse {:.1}x pipeline {:.1}x article {:.1}x",
            ratios[0], ratios[1], ratios[2]
        );
    }
    eprintln!(
        "worst memory: parse {:.1}x (bar: 50), pipeline {:.1}x (bar: 100), article {:.1}x",
        worst[0], worst[1], worst[2]
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--memory-child") && args.len() == 3 {
        memory_child(&args[1], &args[2]);
        return;
    }
    if args.first().map(String::as_str) != Some("--memory") {
        time_all();
    }
    memory();
}

fn time_all() {
    let analyzer = Analyzer::builder().build().expect("default analyzer");
    let (lines, words) = seeds_words();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut worst: f64 = 0.0;
    for shape in SHAPES {
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
