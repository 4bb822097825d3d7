//! Parses article files and prints one JSON article per line.
//!
//! ```text
//! cargo run --release --example parse -- FILE...    # `-` reads stdin
//! ```
//!
//! A file that cannot be read or parsed prints `{"path": FILE, "error":
//! MESSAGE}` in its place (and the message on stderr); the others go on, and
//! the exit status is 1 at the end if any failed.

use std::io::{Read, Write};
use std::process::ExitCode;

use newstext::{Article, Error, Parser};

fn parse_one(parser: &Parser, path: &str) -> Result<Article, Error> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                path: "-".into(),
                source,
            })?;
        parser.parse_bytes(&bytes)
    } else {
        parser.parse_path(path)
    }
}

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: parse FILE...   (`-` reads stdin)");
        return ExitCode::from(2);
    }
    let parser = Parser::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &paths {
        // Each article's JSON goes straight to the output, never into a
        // string of its own: memory stays with the article.
        let written = match parse_one(&parser, path) {
            Ok(article) => serde_json::to_writer(&mut out, &article)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            Err(e) => {
                failed = true;
                eprintln!("{path}: {e}");
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({"path": path, "error": e.to_string()})
                )
            }
        };
        if let Err(e) = written {
            eprintln!("cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
