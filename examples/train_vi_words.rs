//! Trains the Vietnamese word model and writes it, or scores it on a
//! held-out file.
//!
//! ```text
//! # the shipped model: UD Vietnamese-VTB train + dev, pyvi lexicon
//! cargo run --release --example train_vi_words -- --out vi-words/data/model.tsv
//! # choosing settings: train on train, score on dev
//! cargo run --release --example train_vi_words -- \
//!     --train ../shared/data/vi-words/ud-vtb/vi_vtb-ud-train.conllu \
//!     --eval ../shared/data/vi-words/ud-vtb/vi_vtb-ud-dev.conllu
//! ```
//!
//! Options: `--train FILE` (repeatable; default VTB train and dev),
//! `--lexicon FILE` (default `pyvi-words.txt`; `none` for no lexicon),
//! `--epochs N`, `--seed N`, `--min-weight W`, `--spaced-only` (no running-text
//! copies of the sentences), `--eval FILE`, `--out FILE`.
//! Test files measure; never train on them. With `NEWSTEXT_MISSES=1` in
//! the environment, `--eval` also prints each sentence's missed words
//! beside what the model made of them (as does the `vi_words` example).

#[path = "common/word_f1.rs"]
mod word_f1;

use std::error::Error;

use newstext::words::train::{read_conllu, train, GoldSentence, TrainOptions};
use newstext::words::Segmenter;

const VTB: &str = "../shared/data/vi-words/ud-vtb";
const PYVI: &str = "../shared/data/vi-words/pyvi-words.txt";

const HEADER: &str = "\
newstext Vietnamese word model: averaged-perceptron weights over the gaps between syllables.
Trained by `cargo run --release --example train_vi_words -- --out vi-words/data/model.tsv`.
Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
Adapted from UD_Vietnamese-VTB (train and dev, UD 2.17, https://github.com/UniversalDependencies/UD_Vietnamese-VTB), CC BY-SA 4.0.
Lexicon (W lines): the multi-syllable words of pyvi's word list (https://github.com/trungtv/pyvi, MIT, Copyright (c) 2016 Viet-Trung Tran).";

fn read(path: &str) -> Result<String, Box<dyn Error>> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}").into())
}

/// The lexicon's words of two or more tokens, sorted, without duplicates.
fn lexicon(path: &str) -> Result<Vec<String>, Box<dyn Error>> {
    let mut words: Vec<String> = read(path)?
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|w| newstext::token::tokenize(w).nth(1).is_some())
        .collect();
    words.sort();
    words.dedup();
    Ok(words)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut train_files = Vec::new();
    let mut lex = PYVI.to_string();
    let mut eval = None;
    let mut out = None;
    let mut opts = TrainOptions {
        header: HEADER.to_string(),
        ..TrainOptions::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train_files.push(value()?),
            "--lexicon" => lex = value()?,
            "--eval" => eval = Some(value()?),
            "--out" => out = Some(value()?),
            "--epochs" => opts.epochs = value()?.parse()?,
            "--seed" => opts.seed = value()?.parse()?,
            "--min-weight" => opts.min_weight = value()?.parse()?,
            "--spaced-only" => opts.unspaced_punctuation = false,
            "-h" | "--help" => {
                println!("usage: train_vi_words [--train FILE]... [--lexicon FILE|none] [--epochs N] [--seed N] [--min-weight W] [--spaced-only] [--eval FILE] [--out FILE]");
                return Ok(());
            }
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    if train_files.is_empty() {
        train_files = vec![
            format!("{VTB}/vi_vtb-ud-train.conllu"),
            format!("{VTB}/vi_vtb-ud-dev.conllu"),
        ];
    }
    if train_files.iter().any(|f| f.contains("-test")) {
        return Err("test files measure; they do not train".into());
    }
    let mut gold: Vec<GoldSentence> = Vec::new();
    for f in &train_files {
        gold.extend(read_conllu(&read(f)?));
    }
    let words = if lex == "none" {
        Vec::new()
    } else {
        lexicon(&lex)?
    };
    let model = train(&gold, &words, &opts);
    eprintln!(
        "trained on {} sentences, lexicon of {} words: {} lines, {} bytes",
        gold.len(),
        words.len(),
        model.lines().count(),
        model.len()
    );
    if let Some(path) = &eval {
        let seg = Segmenter::builder().model(&model).build()?;
        let gold = read_conllu(&read(path)?);
        let s = word_f1::score(&seg, &gold);
        let running: Vec<_> = gold.iter().map(|s| s.to_running_text()).collect();
        let r = word_f1::score(&seg, &running);
        println!(
            "{path}: sentences {} words {} precision {:.4} recall {:.4} f1 {:.4}; as running text f1 {:.4}; {:.0} words/s",
            s.sentences,
            s.gold,
            s.precision(),
            s.recall(),
            s.f1(),
            r.f1(),
            s.words_per_second()
        );
    }
    if let Some(path) = &out {
        std::fs::write(path, &model)?;
        eprintln!("wrote {path}");
    }
    Ok(())
}
