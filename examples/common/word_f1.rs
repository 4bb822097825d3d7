//! Word-span precision, recall and F1 of newstext's segmenter against gold
//! sentences (shared by the `vi_words` and `train_vi_words` examples).

use std::collections::HashSet;
use std::time::Instant;

use newstext::words::train::GoldSentence;
use newstext::words::Segmenter;

/// Scores of one run.
pub struct Scores {
    pub sentences: usize,
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
    pub seconds: f64,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Gold words per second of segmenting (tokenizer included).
    pub fn words_per_second(&self) -> f64 {
        self.gold as f64 / self.seconds.max(1e-9)
    }
}

/// Segments each sentence's raw text and compares word spans with gold.
pub fn score(seg: &Segmenter, gold: &[GoldSentence]) -> Scores {
    let predicted: Vec<Vec<(usize, usize)>> = gold
        .iter()
        .map(|s| seg.segment(&s.text).map(|w| (w.start(), w.end())).collect())
        .collect();
    // Speed: whole passes over the sentences for at least a second.
    let t = Instant::now();
    let mut runs = 0u32;
    while runs == 0 || t.elapsed().as_secs_f64() < 1.0 {
        let n: usize = gold.iter().map(|s| seg.segment(&s.text).count()).sum();
        std::hint::black_box(n);
        runs += 1;
    }
    let seconds = t.elapsed().as_secs_f64() / f64::from(runs);
    if std::env::var_os("NEWSTEXT_MISSES").is_some() {
        for (g, p) in gold.iter().zip(&predicted) {
            let gs: HashSet<&(usize, usize)> = g.words.iter().collect();
            let ps: HashSet<&(usize, usize)> = p.iter().collect();
            let miss: Vec<&str> = g
                .words
                .iter()
                .filter(|w| !ps.contains(w))
                .map(|w| &g.text[w.0..w.1])
                .collect();
            let wrong: Vec<&str> = p
                .iter()
                .filter(|w| !gs.contains(w))
                .map(|w| &g.text[w.0..w.1])
                .collect();
            if !miss.is_empty() {
                println!("MISS {}\tGOT {}", miss.join(" | "), wrong.join(" | "));
            }
        }
    }
    let mut s = Scores {
        sentences: gold.len(),
        gold: 0,
        predicted: 0,
        correct: 0,
        seconds,
    };
    for (g, p) in gold.iter().zip(&predicted) {
        let set: HashSet<&(usize, usize)> = g.words.iter().collect();
        s.gold += g.words.len();
        s.predicted += p.len();
        s.correct += p.iter().filter(|w| set.contains(w)).count();
    }
    s
}
