//! Parses article files and prints one JSON article per line.
//!
//! Each article is parsed with [`Parser::parse_lazy`] and its JSON written
//! block by block as the blocks are made: memory stays with the parser's
//! compact segments, never a whole article of blocks or a string of JSON.
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

use newstext::{Error, Parser};

/// The bytes of a file (`-`: stdin), read no further than the parser's
/// limit (over it, the file's own length is reported);
/// [`Parser::parse_lazy_bytes`] checks the rest.
fn read(parser: &Parser, path: &str) -> Result<Vec<u8>, Error> {
    let io = |source| Error::Io {
        path: path.into(),
        source,
    };
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        std::fs::File::open(path)
            .and_then(|f| f.take(parser.max_len() as u64 + 1).read_to_end(&mut bytes))
            .map_err(io)?;
    }
    if bytes.len() > parser.max_len() {
        let len = std::fs::metadata(path).map_or(bytes.len(), |m| m.len() as usize);
        return Err(Error::TooLarge {
            len,
            limit: parser.max_len(),
        });
    }
    Ok(bytes)
}

/// A file that failed: `{"path": FILE, "error": MESSAGE}` in its place,
/// the message on stderr.
fn report(out: &mut impl Write, path: &str, error: &str, failed: &mut bool) -> std::io::Result<()> {
    *failed = true;
    eprintln!("{path}: {error}");
    writeln!(out, "{}", serde_json::json!({"path": path, "error": error}))
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
        // Each article's JSON goes straight to the output, block by block.
        let bytes = read(&parser, path);
        let parsed = bytes
            .as_deref()
            .map_err(|e| e.to_string())
            .map(|b| parser.parse_lazy_bytes(b));
        let written = match parsed {
            Ok(Ok(article)) => serde_json::to_writer(&mut out, &article)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            Ok(Err(e)) => report(&mut out, path, &e.to_string(), &mut failed),
            Err(e) => report(&mut out, path, &e, &mut failed),
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
