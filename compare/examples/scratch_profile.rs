use newstext::normalize::{Normalizer, Preset};
use std::time::Instant;
fn main() {
    let dir = newstext_compare::default_data_dir();
    for lang in ["en", "id", "vi"] {
        let text = std::fs::read_to_string(dir.join(format!("{lang}.txt"))).unwrap();
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..3 {
            let t0 = Instant::now();
            n = 0usize;
            for t in newstext::token::tokenize(&text) {
                n = n.wrapping_add(t.end());
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "{lang} tokenize only: {:.0} MB/s ({n})",
            text.len() as f64 / 1e6 / best
        );
        let norm = Normalizer::preset(Preset::Search);
        let toks: Vec<_> = newstext::token::tokenize(&text).map(|t| t.text()).collect();
        let mut buf = String::new();
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t0 = Instant::now();
            for t in &toks {
                buf.clear();
                norm.normalize_into(t, &mut buf);
                n = n.wrapping_add(buf.len());
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "{lang} normalize only: {:.0} MB/s",
            text.len() as f64 / 1e6 / best
        );
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t0 = Instant::now();
            for l in text.split(|c: char| c.is_ascii_whitespace()) {
                n = n.wrapping_add(l.len());
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "{lang} split ascii ws: {:.0} MB/s",
            text.len() as f64 / 1e6 / best
        );
    }
}
