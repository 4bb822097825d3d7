//! Parses and analyses news articles; the README's main command.
//!
//! ```text
//! cargo run --release --example analyze -- seeds/*.txt
//! cargo run --release --example analyze -- --json seeds/*.txt
//! ```
//!
//! Without `--json`, a readable summary per article: title, date, byline,
//! source, the article's language and every block in another language,
//! block counts by kind, captions with credits, the ten most frequent
//! content stems. With `--json`, one `AnalyzedArticle` per line. A file that
//! cannot be read or parsed is reported (`{"path", "error"}` with `--json`)
//! and the others go on; the exit status is 1 if any failed.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use newstext::analyze::{AnalyzedArticle, Analyzer};
use newstext::{BlockKind, Parser};

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--json" {
            json = true;
        } else {
            paths.push(a);
        }
    }
    if paths.is_empty() {
        eprintln!("usage: analyze [--json] FILE...");
        return ExitCode::from(2);
    }
    let parser = Parser::default();
    let analyzer = match Analyzer::builder().build() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &paths {
        let result = parser.parse_path(path).map(|a| analyzer.analyze_owned(a));
        let written = match (result, json) {
            (Ok(a), true) => match serde_json::to_string(&a) {
                Ok(line) => writeln!(out, "{line}"),
                Err(e) => writeln!(
                    out,
                    "{}",
                    serde_json::json!({"path": path, "error": e.to_string()})
                ),
            },
            (Ok(a), false) => write!(out, "{}", summary(path, &a)),
            (Err(e), as_json) => {
                failed = true;
                eprintln!("{path}: {e}");
                if as_json {
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({"path": path, "error": e.to_string()})
                    )
                } else {
                    writeln!(out, "== {path}\nerror: {e}\n")
                }
            }
        };
        if let Err(e) = written {
            eprintln!("cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn summary(path: &str, a: &AnalyzedArticle) -> String {
    let art = &a.article;
    let none = || "-".to_string();
    let mut s = format!("== {path}\n");
    s += &format!("title:     {}\n", art.title.clone().unwrap_or_else(none));
    let published = art.published.map_or_else(none, |p| {
        let mut d = p.date.to_string();
        if let Some(t) = p.time {
            d += &format!(" {:02}:{:02}", t.hour(), t.minute());
        }
        if let Some(o) = p.utc_offset {
            d += &format!(" (UTC{})", o);
        }
        d
    });
    s += &format!("published: {published}\n");
    let byline = art.byline.as_ref().map_or_else(none, |b| {
        let mut parts = Vec::new();
        if !b.authors.is_empty() {
            parts.push(format!("by {}", b.authors.join(", ")));
        }
        if !b.translators.is_empty() {
            parts.push(format!("translated by {}", b.translators.join(", ")));
        }
        if !b.editors.is_empty() {
            parts.push(format!("edited by {}", b.editors.join(", ")));
        }
        parts.join("; ")
    });
    s += &format!("byline:    {byline}\n");
    s += &format!("source:    {}\n", art.source.clone().unwrap_or_else(none));
    s += &format!(
        "language:  {}\n",
        art.lang.map_or_else(none, |l| l.to_string())
    );
    for b in art
        .blocks
        .iter()
        .filter(|b| b.lang.is_some() && b.lang != art.lang)
    {
        s += &format!(
            "  [{}] {}: {}\n",
            b.lang.map_or_else(none, |l| l.to_string()),
            b.kind,
            clip(&b.text, 90)
        );
    }
    let mut counts: BTreeMap<BlockKind, usize> = BTreeMap::new();
    for b in &art.blocks {
        *counts.entry(b.kind).or_default() += 1;
    }
    let counts: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    s += &format!("blocks:    {}\n", counts.join(", "));
    for b in art.blocks_of(BlockKind::Caption) {
        s += &format!(
            "  caption: {} (credit: {})\n",
            clip(&b.text, 80),
            b.credit.clone().unwrap_or_else(none)
        );
    }
    // The ten most frequent content stems (Vietnamese: words).
    let top: Vec<String> = a
        .top_terms(10)
        .iter()
        .map(|(w, n)| format!("{w} ({n})"))
        .collect();
    s += &format!("top stems: {}\n\n", top.join(", "));
    s
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n).collect::<String>() + "…"
    }
}
