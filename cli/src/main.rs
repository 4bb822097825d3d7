//! `newstext`: the command-line tool.
//!
//! ```text
//! newstext parse seeds/*.txt --json        # one JSON article per file
//! newstext analyze article.txt             # a summary; --json for the analysis
//! newstext detect - < text.txt             # the language of each line
//! newstext tokenize --words vi.txt         # tokens (Vietnamese words with --words)
//! newstext corpus ../shared/corpus         # a folder or JSONL on stdin → JSONL
//! ```
//!
//! Exit codes: 0 when every input went through, 1 when some failed (each
//! failure on stderr with its file or record), 2 for a usage error.

mod compact;
mod corpus;
mod inputs;
mod made;
mod show;

use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};

/// English, Indonesian and Vietnamese news text: parse scraped articles,
/// analyse them, detect languages, tokenize.
#[derive(ClapParser, Debug)]
#[command(name = "newstext", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse article files into typed articles (title, date, byline,
    /// source, blocks with their languages and byte offsets).
    Parse {
        /// Files to parse; `-` (or none) reads stdin.
        files: Vec<String>,
        /// One JSON article per line instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Parse and analyse articles: sentences, tokens, norms, stems,
    /// stopwords (Vietnamese by word).
    Analyze {
        /// Files to analyse; `-` (or none) reads stdin.
        files: Vec<String>,
        /// One JSON analysed article per line instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// The language of each non-empty line, in the context of its file's
    /// language.
    Detect {
        /// Files to read; `-` (or none) reads stdin.
        files: Vec<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Tokens with their byte offsets and kinds.
    Tokenize {
        /// Files to read; `-` (or none) reads stdin.
        files: Vec<String>,
        /// Vietnamese words (syllables grouped) instead of tokens.
        #[arg(long)]
        words: bool,
        /// One JSON array of tokens per file.
        #[arg(long)]
        json: bool,
    },
    /// Run many articles through parse + analyze, in parallel and in
    /// order: a folder of `.txt` files, or JSONL records `{"id", "text"}`
    /// on stdin; one JSON record per input on stdout (a stateless mapper
    /// for Spark's `RDD.pipe` or Hadoop Streaming).
    Corpus {
        /// A folder of `.txt` files; `-` (or none) reads JSONL on stdin.
        dir: Option<String>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// What each record holds.
        #[arg(long, value_enum, default_value_t = Output::Analysis)]
        output: Output,
    },
}

/// The records of `newstext corpus`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// The analysed article: the article and every block's tokens as
    /// objects.
    Analysis,
    /// The article alone, without tokens.
    Article,
    /// The article and each block's sentences and tokens as parallel
    /// arrays (offsets, kinds, norms, stems, stopword flags).
    Compact,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse { files, json } => show::parse(&files, json),
        Command::Analyze { files, json } => show::analyze(&files, json),
        Command::Detect { files, json } => show::detect(&files, json),
        Command::Tokenize { files, words, json } => show::tokenize(&files, words, json),
        Command::Corpus {
            dir,
            threads,
            output,
        } => corpus::run(dir.filter(|d| d != "-"), threads, output),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("newstext: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        Cli::command().debug_assert();
    }
}
