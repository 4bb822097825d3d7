//! Word-segmentation accuracy and speed on a CoNLL-U file: newstext's own
//! tokenizer and segmenter run on each sentence's raw text (`# text =`),
//! words aligned to the gold FORMs by character span.
//!
//! ```text
//! cargo run --release --example vi_words -- ../shared/data/vi-words/ud-vtb/vi_vtb-ud-test.conllu [--json]
//! ```
//!
//! Prints precision, recall and F1 of word spans and words per second
//! (gold words segmented per second, tokenizing included, one thread);
//! `--running-text` first takes out the spaces the treebank puts around
//! punctuation (`Hà Nội .` → `Hà Nội.`), as news text is written.
//! `--json` prints one line `{"sentences": N, "words": N, "precision": P,
//! "recall": R, "f1": F, "words_per_second": W}`. `NEWSTEXT_MISSES=1` in
//! the environment prints each sentence's missed words beside what the
//! segmenter made of them.

#[path = "common/word_f1.rs"]
mod word_f1;

use std::error::Error;

use newstext::words::train::read_conllu;
use newstext::words::Segmenter;

fn main() -> Result<(), Box<dyn Error>> {
    let mut file = None;
    let mut json = false;
    let mut running = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => json = true,
            "--running-text" => running = true,
            "-h" | "--help" => {
                println!("usage: vi_words FILE.conllu [--running-text] [--json]");
                return Ok(());
            }
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("unexpected argument {a}").into()),
        }
    }
    let file = file.ok_or("usage: vi_words FILE.conllu [--json]")?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let mut gold = read_conllu(&text);
    if running {
        gold = gold.iter().map(|s| s.to_running_text()).collect();
    }
    let seg = Segmenter::new();
    if !seg.has_model() {
        eprintln!("warning: built without the `vi-words` feature: no model, every syllable a word");
    }
    let s = word_f1::score(&seg, &gold);
    if json {
        println!(
            "{{\"sentences\": {}, \"words\": {}, \"precision\": {:.4}, \"recall\": {:.4}, \"f1\": {:.4}, \"words_per_second\": {:.0}}}",
            s.sentences,
            s.gold,
            s.precision(),
            s.recall(),
            s.f1(),
            s.words_per_second()
        );
    } else {
        println!("{file}");
        println!("sentences         {}", s.sentences);
        println!("gold words        {}", s.gold);
        println!("predicted words   {}", s.predicted);
        println!("precision         {:.4}", s.precision());
        println!("recall            {:.4}", s.recall());
        println!("F1                {:.4}", s.f1());
        println!("words per second  {:.0}", s.words_per_second());
    }
    Ok(())
}
