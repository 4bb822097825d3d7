//! `newstext corpus`: many articles in, one JSON record per article out,
//! in parallel, in input order. A stateless stdin → stdout filter, so
//! existing engines run it as a mapper (Hadoop Streaming, Spark
//! `RDD.pipe`).
//!
//! Output, one line per input record:
//! `{"id": …, "ok": true, "result": …}` (the analysed article, the article
//! alone or the compact record, by `--output`) or
//! `{"id": …, "ok": false, "error": {"kind": …, "message": …}}` with kinds
//! `bad_json`, `invalid_utf8`, `empty`, `too_large`, `io`; a record that is
//! not JSON has `"id": null` and its `"line"`. The run goes on after errors.
//! A progress bar on stderr (hidden when stderr is not a terminal) and a
//! summary on stderr at the end: records, errors, MB, MB/s, records per
//! language.

use std::collections::BTreeMap;
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newstext::analyze::Analyzer;
use newstext::{Error, Parser};

use crate::compact::{Compact, OwnedCompactBlock};
use crate::made::{Made, WithBlocks};
use crate::Output;
use rayon::prelude::*;
use serde_json::{json, Value};

/// Records handed to the thread pool at a time: output stays in order and
/// memory stays bounded.
const CHUNK: usize = 256;

/// One input record before processing.
enum Input {
    /// A JSONL line and its number, parsed by a worker.
    Line { line: usize, raw: Vec<u8> },
    /// An id and the raw bytes of its text.
    Text { id: Value, bytes: Vec<u8> },
    /// A record that could not be read: its id when known (`null` for a
    /// line that is not JSON), its line number for JSONL input.
    Bad {
        id: Value,
        line: Option<usize>,
        kind: &'static str,
        message: String,
    },
}

#[derive(Default)]
struct Stats {
    records: usize,
    errors: usize,
    bytes: usize,
    per_lang: BTreeMap<String, usize>,
}

struct Outcome {
    line: String,
    ok: bool,
    bytes: usize,
    lang: Option<String>,
    /// A record too big to hold whole (its id and text): processed by the
    /// writer when its turn comes, its record written as it is made.
    deferred: Option<(Value, Vec<u8>)>,
}

/// Records above this many bytes, or with more lines than [`BIG_LINES`],
/// are written as they are made rather than held whole: a record's JSON
/// runs to a few hundred bytes per line of input (each line a block), so
/// memory stays proportional to the input on pages of any shape.
const BIG_BYTES: usize = 1 << 20;
const BIG_LINES: usize = 4096;

fn is_big(bytes: &[u8]) -> bool {
    bytes.len() > BIG_BYTES
        || bytes
            .iter()
            .filter(|&&b| b == b'\n' || b == b'\r')
            .take(BIG_LINES + 1)
            .count()
            > BIG_LINES
}

fn process(parser: &Parser, analyzer: &Analyzer, output: Output, input: Input) -> Outcome {
    let input = match input {
        Input::Line { line, raw } => jsonl_record(line, &raw),
        other => other,
    };
    match input {
        Input::Line { .. } => unreachable!("parsed above"),
        Input::Bad { id, line, kind, message } => Outcome {
            line: match line {
                Some(n) => json!({"id": id, "line": n, "ok": false, "error": {"kind": kind, "message": message}}),
                None => json!({"id": id, "ok": false, "error": {"kind": kind, "message": message}}),
            }
            .to_string(),
            ok: false,
            bytes: 0,
            lang: None,
            deferred: None,
        },
        Input::Text { id, bytes } if is_big(&bytes) => Outcome {
            line: String::new(),
            ok: true,
            bytes: bytes.len(),
            lang: None,
            deferred: Some((id, bytes)),
        },
        Input::Text { id, bytes } => {
            let n = bytes.len();
            match parser.parse_bytes(&bytes) {
                Ok(article) => {
                    let lang = article.lang.map(|l| l.to_string());
                    let line = match output {
                        Output::Article => serde_json::to_string(&OkRecord::new(&id, &article)),
                        // The article borrowed, not cloned into the analysis.
                        Output::Analysis => serde_json::to_string(&OkRecord::new(
                            &id,
                            &Analysed {
                                article: &article,
                                blocks: &analyzer.analyze_blocks(&article),
                            },
                        )),
                        Output::Compact => {
                            let blocks = analyzer.analyze_blocks(&article);
                            serde_json::to_string(&OkRecord::new(
                                &id,
                                &Compact::of(&article, &blocks),
                            ))
                        }
                    };
                    let line = line.unwrap_or_else(|e| error_line(&id, "io", &e.to_string()));
                    Outcome {
                        line,
                        ok: true,
                        bytes: n,
                        lang,
                        deferred: None,
                    }
                }
                Err(e) => Outcome {
                    line: error_line(&id, e.kind(), &e.to_string()),
                    ok: false,
                    bytes: n,
                    lang: None,
                    deferred: None,
                },
            }
        }
    }
}

/// Processes a big record and writes its line as it is made: blocks made,
/// analysed and written one at a time (the same JSON as [`process`]).
/// Returns its outcome, the line already written (the error line, when it
/// failed, kept for the summary; else empty).
fn stream(
    parser: &Parser,
    analyzer: &Analyzer,
    output: Output,
    id: &Value,
    bytes: &[u8],
    out: &mut impl Write,
) -> std::io::Result<Outcome> {
    let lazy = match parser.parse_lazy_bytes(bytes) {
        Ok(lazy) => lazy,
        Err(e) => {
            let line = error_line(id, e.kind(), &e.to_string());
            writeln!(out, "{line}")?;
            return Ok(Outcome {
                line,
                ok: false,
                bytes: bytes.len(),
                lang: None,
                deferred: None,
            });
        }
    };
    let written = match output {
        Output::Article => serde_json::to_writer(&mut *out, &OkRecord::new(id, &lazy)),
        // `{"article", "blocks"}`, each block analysed as it is written.
        Output::Analysis => {
            write_with_blocks(out, id, &lazy, |b| analyzer.analyze_block(&b, lazy.lang()))
        }
        Output::Compact => write_with_blocks(out, id, &lazy, |b| OwnedCompactBlock {
            start: b.start,
            analysed: analyzer.analyze_block(&b, lazy.lang()),
        }),
    };
    written.map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(Outcome {
        line: String::new(),
        ok: true,
        bytes: bytes.len(),
        lang: lazy.lang().map(|l| l.to_string()),
        deferred: None,
    })
}

/// An `AnalyzedArticle` as JSON, the article borrowed.
#[derive(serde::Serialize)]
struct Analysed<'a> {
    article: &'a newstext::Article,
    blocks: &'a [newstext::analyze::AnalyzedBlock],
}

/// A successful record, serialized in field order (`ok` is always true).
#[derive(serde::Serialize)]
struct OkRecord<'a, T: serde::Serialize> {
    id: &'a Value,
    ok: bool,
    result: &'a T,
}

impl<'a, T: serde::Serialize> OkRecord<'a, T> {
    fn new(id: &'a Value, result: &'a T) -> Self {
        OkRecord {
            id,
            ok: true,
            result,
        }
    }
}

/// Writes the record of a lazily parsed article with its blocks made as
/// they are written, each by `block` (the `analysis` and `compact`
/// outputs of a big record).
fn write_with_blocks<S: serde::Serialize>(
    out: &mut impl Write,
    id: &Value,
    lazy: &newstext::LazyArticle<'_>,
    block: impl Fn(newstext::Block) -> S,
) -> serde_json::Result<()> {
    let result = WithBlocks {
        article: lazy,
        blocks: Made(|| lazy.blocks().map(&block)),
    };
    serde_json::to_writer(out, &OkRecord::new(id, &result))
}

fn error_line(id: &Value, kind: &str, message: &str) -> String {
    json!({"id": id, "ok": false, "error": {"kind": kind, "message": message}}).to_string()
}

/// Reads one JSONL line into an input record.
fn jsonl_record(line_no: usize, raw: &[u8]) -> Input {
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t,
        Err(e) => {
            let err = Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            };
            return Input::Bad {
                id: Value::Null,
                line: Some(line_no),
                kind: err.kind(),
                message: err.to_string(),
            };
        }
    };
    let bad = |id: Value, m: String| Input::Bad {
        id,
        line: Some(line_no),
        kind: "bad_json",
        message: m,
    };
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return bad(Value::Null, e.to_string()),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    match v.get("text").and_then(Value::as_str) {
        Some(t) => Input::Text {
            id,
            bytes: t.as_bytes().to_vec(),
        },
        None => bad(id, "a record needs a string \"text\"".into()),
    }
}

/// Runs the corpus through the pipeline; `Ok(false)` when some records
/// failed.
pub fn run(dir: Option<String>, threads: Option<usize>, output: Output) -> std::io::Result<bool> {
    let dir = dir.map(PathBuf::from);
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| std::io::Error::other(format!("cannot set up {n} threads: {e}")))?;
    }
    let parser = Parser::default();
    let analyzer = Analyzer::builder().build().map_err(std::io::Error::other)?;

    // The inputs, as a lazy source of chunks.
    let mut files: Vec<PathBuf> = Vec::new();
    if let Some(d) = &dir {
        match std::fs::read_dir(d) {
            Ok(rd) => {
                files = rd
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
                files.sort();
            }
            Err(e) => return Err(std::io::Error::other(format!("{}: {e}", d.display()))),
        }
    }
    let bar = ProgressBar::with_draw_target(
        dir.as_ref().map(|_| files.len() as u64),
        ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos}/{len} records {per_sec} {elapsed_precise}")
    {
        bar.set_style(style);
    }

    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout());
    let stdin = std::io::stdin();
    let mut lines = stdin.lock();
    let mut stats = Stats::default();
    let mut pending: Option<Vec<Outcome>> = None;
    let t0 = Instant::now();
    let mut next_file = 0;
    let mut line_no = 0;
    loop {
        let mut chunk: Vec<Input> = Vec::with_capacity(CHUNK);
        if dir.is_some() {
            while chunk.len() < CHUNK && next_file < files.len() {
                let p = &files[next_file];
                next_file += 1;
                let id = Value::String(
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
                match std::fs::read(p) {
                    Ok(bytes) => chunk.push(Input::Text { id, bytes }),
                    Err(e) => chunk.push(Input::Bad {
                        id,
                        line: None,
                        kind: "io",
                        message: format!("{}: {e}", p.display()),
                    }),
                }
            }
        } else {
            let mut raw = Vec::new();
            while chunk.len() < CHUNK {
                raw.clear();
                match lines.read_until(b'\n', &mut raw) {
                    Ok(0) => break,
                    Ok(_) => {
                        line_no += 1;
                        while raw.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                            raw.pop();
                        }
                        if raw.iter().all(u8::is_ascii_whitespace) {
                            continue; // blank lines are not records
                        }
                        chunk.push(Input::Line {
                            line: line_no,
                            raw: std::mem::take(&mut raw),
                        });
                    }
                    Err(e) => return Err(std::io::Error::other(format!("cannot read stdin: {e}"))),
                }
            }
        }
        let last = chunk.is_empty();
        // Write the previous chunk while the workers process this one.
        let write =
            |outcomes: Vec<Outcome>, out: &mut BufWriter<std::io::Stdout>, stats: &mut Stats| {
                for o in outcomes {
                    // A big record is made and written now, in its turn.
                    let (o, written) = match &o.deferred {
                        Some((id, bytes)) => {
                            (stream(&parser, &analyzer, output, id, bytes, out)?, true)
                        }
                        None => (o, false),
                    };
                    stats.records += 1;
                    stats.bytes += o.bytes;
                    if o.ok {
                        *stats
                            .per_lang
                            .entry(o.lang.unwrap_or_else(|| "null".into()))
                            .or_default() += 1;
                    } else {
                        stats.errors += 1;
                        // The failed record, with its id, on stderr too.
                        bar.suspend(|| eprintln!("newstext corpus: {}", o.line));
                    }
                    if !written {
                        writeln!(out, "{}", o.line)?;
                    }
                    bar.inc(1);
                }
                Ok::<(), std::io::Error>(())
            };
        let prev = pending.take().unwrap_or_default();
        let (written, outcomes) = rayon::join(
            || write(prev, &mut out, &mut stats),
            || {
                chunk
                    .into_par_iter()
                    .map(|i| process(&parser, &analyzer, output, i))
                    .collect::<Vec<_>>()
            },
        );
        written.map_err(|e| std::io::Error::other(format!("cannot write output: {e}")))?;
        if last {
            break;
        }
        pending = Some(outcomes);
    }
    out.flush()
        .map_err(|e| std::io::Error::other(format!("cannot write output: {e}")))?;
    bar.finish_and_clear();
    let secs = t0.elapsed().as_secs_f64();
    let mb = stats.bytes as f64 / 1e6;
    eprintln!(
        "records {}, errors {}, {mb:.1} MB in {secs:.2} s = {:.2} MB/s on {} threads, per language: {}",
        stats.records,
        stats.errors,
        mb / secs.max(1e-9),
        rayon::current_num_threads(),
        stats.per_lang.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(", ")
    );
    Ok(stats.errors == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_record_is_the_held_record() {
        // The writer's path for big records gives the bytes of the
        // workers' path, in every output format.
        let text =
            "Defence ties deepen\n\nThe two defence ministers met in Hanoi on Monday.\nẢnh: TTXVN";
        let parser = Parser::default();
        let analyzer = Analyzer::builder().build().unwrap();
        let id = json!("a");
        for output in [Output::Analysis, Output::Article, Output::Compact] {
            let held = process(
                &parser,
                &analyzer,
                output,
                Input::Text {
                    id: id.clone(),
                    bytes: text.as_bytes().to_vec(),
                },
            );
            let mut streamed = Vec::new();
            let outcome = stream(
                &parser,
                &analyzer,
                output,
                &id,
                text.as_bytes(),
                &mut streamed,
            )
            .unwrap();
            assert!(held.ok && outcome.ok, "{output:?}");
            assert_eq!(outcome.lang, held.lang, "{output:?}");
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                held.line + "\n",
                "{output:?}"
            );
        }
    }
}
