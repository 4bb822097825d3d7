//! The per-file subcommands: `parse`, `analyze`, `detect`, `tokenize`.
//! Each returns whether every input went through; failures go to stderr
//! with the input's name (and, with `--json`, a `{"path", "error"}` line
//! in its place).

use std::io::{BufWriter, Write};

use newstext::analyze::Analyzer;
use newstext::detect::{letter_count, vote, Detector};
use newstext::token::tokenize as tokens;
use newstext::words::Segmenter;
use newstext::{LazyArticle, Parser};
use serde_json::json;

use crate::inputs::{read_all, text};

type Out = BufWriter<std::io::StdoutLock<'static>>;

fn stdout() -> Out {
    BufWriter::new(std::io::stdout().lock())
}

/// Runs `each` on every readable input; reports the others.
fn for_inputs(
    files: &[String],
    json: bool,
    out: &mut Out,
    mut each: impl FnMut(&str, &[u8], &mut Out) -> Result<(), String>,
) -> std::io::Result<bool> {
    let mut all_ok = true;
    for input in read_all(files) {
        let result = input.bytes.and_then(|b| each(&input.name, &b, out));
        if let Err(e) = result {
            all_ok = false;
            eprintln!("{}: {e}", input.name);
            if json {
                writeln!(out, "{}", json!({"path": input.name, "error": e}))?;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n).collect::<String>() + "…"
    }
}

fn summary(name: &str, a: &LazyArticle<'_>, out: &mut Out) -> std::io::Result<()> {
    let none = || "-".to_string();
    writeln!(out, "== {name}")?;
    writeln!(out, "title:     {}", a.title().unwrap_or("-"))?;
    writeln!(
        out,
        "published: {}",
        a.published()
            .map(|p| serde_json::to_string(&p).unwrap_or_default())
            .unwrap_or_else(none)
    )?;
    writeln!(
        out,
        "byline:    {}",
        a.byline().map(|b| b.text.clone()).unwrap_or_else(none)
    )?;
    writeln!(out, "source:    {}", a.source().unwrap_or("-"))?;
    writeln!(
        out,
        "language:  {}",
        a.lang().map(|l| l.to_string()).unwrap_or_else(none)
    )?;
    for b in a.blocks() {
        writeln!(
            out,
            "  {:<12} {:<4} {:.2}  {}",
            b.kind.as_str(),
            b.lang.map(|l| l.to_string()).unwrap_or_else(none),
            b.confidence,
            clip(&b.text, 90)
        )?;
    }
    Ok(())
}

/// `newstext parse`.
pub fn parse(files: &[String], json: bool) -> std::io::Result<bool> {
    let parser = Parser::default();
    let mut out = stdout();
    for_inputs(files, json, &mut out, |name, bytes, out| {
        // Blocks made as they are written: memory stays with the parser's
        // segments on a page of any number of lines.
        let a = parser.parse_lazy_bytes(bytes).map_err(|e| e.to_string())?;
        if json {
            serde_json::to_writer(&mut *out, &a).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        } else {
            summary(name, &a, out).map_err(|e| e.to_string())
        }
    })
}

/// `newstext analyze`.
pub fn analyze(files: &[String], json: bool) -> std::io::Result<bool> {
    let parser = Parser::default();
    let analyzer = Analyzer::builder().build().map_err(std::io::Error::other)?;
    let mut out = stdout();
    for_inputs(files, json, &mut out, |name, bytes, out| {
        let a = parser.parse_lazy_bytes(bytes).map_err(|e| e.to_string())?;
        let w = |e: std::io::Error| e.to_string();
        if !json {
            summary(name, &a, out).map_err(w)?;
        }
        let analysed = analyzer.analyze_owned(a.into_article());
        if json {
            serde_json::to_writer(&mut *out, &analysed).map_err(|e| e.to_string())?;
            writeln!(out).map_err(w)
        } else {
            let sentences: usize = analysed.blocks.iter().map(|b| b.sentences.len()).sum();
            let tokens: usize = analysed.blocks.iter().map(|b| b.tokens.len()).sum();
            writeln!(out, "sentences: {sentences}, tokens: {tokens}").map_err(w)?;
            let top: Vec<String> = analysed
                .top_terms(10)
                .into_iter()
                .map(|(t, n)| format!("{t} ({n})"))
                .collect();
            writeln!(out, "top terms: {}", top.join(", ")).map_err(w)
        }
    })
}

/// `newstext detect`.
pub fn detect(files: &[String], json: bool) -> std::io::Result<bool> {
    let detector = Detector::default();
    let mut out = stdout();
    for_inputs(files, json, &mut out, |name, bytes, out| {
        let t = text(bytes)?;
        let lines: Vec<(usize, &str)> = t
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .collect();
        let doc = vote(
            lines
                .iter()
                .filter_map(|(_, l)| Some((detector.detect(l)?.lang(), letter_count(l)))),
        );
        for (n, line) in &lines {
            let d = detector.detect_in(line, doc);
            let w = if json {
                writeln!(
                    out,
                    "{}",
                    json!({
                        "path": name,
                        "line": n + 1,
                        "lang": d.as_ref().map(|d| d.lang().to_string()),
                        "confidence": d.as_ref().map(|d| d.confidence()),
                        "reliable": d.as_ref().is_some_and(|d| d.is_reliable()),
                        "text": line,
                    })
                )
            } else {
                match &d {
                    Some(d) => writeln!(
                        out,
                        "{name}:{}\t{}\t{:.2}\t{line}",
                        n + 1,
                        d.lang(),
                        d.confidence()
                    ),
                    None => writeln!(out, "{name}:{}\t-\t-\t{line}", n + 1),
                }
            };
            w.map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

/// `newstext tokenize`.
pub fn tokenize(files: &[String], words: bool, json: bool) -> std::io::Result<bool> {
    let seg = Segmenter::new();
    let mut out = stdout();
    for_inputs(files, json, &mut out, |name, bytes, out| {
        let t = text(bytes)?;
        let w = |e: std::io::Error| e.to_string();
        if words {
            if json {
                let v: Vec<_> = seg
                    .segment(t)
                    .map(|w| json!({"text": w.text(), "start": w.start(), "end": w.end(), "syllables": w.token_count()}))
                    .collect();
                writeln!(out, "{}", json!({"path": name, "words": v})).map_err(w)
            } else {
                for word in seg.segment(t) {
                    writeln!(out, "{}\t{}\t{}", word.start(), word.end(), word.text())
                        .map_err(w)?;
                }
                Ok(())
            }
        } else if json {
            let v: Vec<_> = tokens(t)
                .map(|k| json!({"text": k.text(), "start": k.start(), "end": k.end(), "kind": k.kind().as_str()}))
                .collect();
            writeln!(out, "{}", json!({"path": name, "tokens": v})).map_err(w)
        } else {
            for k in tokens(t) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    k.start(),
                    k.end(),
                    k.kind().as_str(),
                    k.text()
                )
                .map_err(w)?;
            }
            Ok(())
        }
    })
}
