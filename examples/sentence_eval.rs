//! Sentence and token accuracy on a CoNLL-U treebank, measured the way
//! `../shared/data/sentences/README.md` describes: each document (`#
//! newdoc`; the whole file without one) is one text, its paragraphs (`#
//! newpar`) separated by a blank line and the sentences of a paragraph by
//! one space; newstext splits that text, and a sentence is right when its
//! span equals a gold sentence's span exactly.
//!
//! ```text
//! cargo run --release --example sentence_eval -- FILE.conllu --lang en|id|vi [--json] [--errors N]
//! ```
//!
//! Tokens are scored the same way, by span, against the gold surface
//! tokens: a multiword range (`3-4`) is one token and its words are
//! skipped; in Vietnamese each FORM's syllables are the tokens (newstext
//! tokenizes syllables). `--json` prints one line `{"sentences": N,
//! "precision": P, "recall": R, "f1": F, "token_f1": T}` (0–1 scale;
//! `sentences` is the number of gold sentences). `--errors N` prints up to
//! N gold sentences that were missed, with what newstext made of them.

use std::collections::HashSet;
use std::error::Error;

use newstext::sentence::sentences;
use newstext::token::tokenize;
use newstext::Lang;

#[derive(Default)]
struct Sent {
    text: String,
    /// Surface tokens (syllables for Vietnamese).
    tokens: Vec<String>,
}

/// Documents, each a list of paragraphs of sentences.
fn read(conllu: &str, syllables: bool) -> Vec<Vec<Vec<Sent>>> {
    let mut docs: Vec<Vec<Vec<Sent>>> = vec![vec![vec![]]];
    let mut cur: Option<Sent> = None;
    let mut skip_to = 0usize;
    let finish = |docs: &mut Vec<Vec<Vec<Sent>>>, cur: &mut Option<Sent>| {
        if let Some(s) = cur.take() {
            let doc = docs.last_mut().expect("a document");
            doc.last_mut().expect("a paragraph").push(s);
        }
    };
    for line in conllu.lines() {
        if line.trim().is_empty() {
            finish(&mut docs, &mut cur);
            skip_to = 0;
        } else if line.starts_with("# newdoc") {
            finish(&mut docs, &mut cur);
            if docs.last().is_some_and(|d| d.iter().any(|p| !p.is_empty())) {
                docs.push(vec![vec![]]);
            }
        } else if line.starts_with("# newpar") {
            finish(&mut docs, &mut cur);
            let doc = docs.last_mut().expect("a document");
            if doc.last().is_some_and(|p| !p.is_empty()) {
                doc.push(vec![]);
            }
        } else if let Some(t) = line.strip_prefix("# text =") {
            let t = t.strip_prefix(' ').unwrap_or(t);
            cur = Some(Sent {
                text: t.to_string(),
                tokens: Vec::new(),
            });
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let (Some(id), Some(form)) = (cols.next(), cols.next()) else {
                continue;
            };
            let Some(s) = cur.as_mut() else { continue };
            if id.contains('.') {
                continue;
            }
            if let Some((_, b)) = id.split_once('-') {
                skip_to = b.parse().unwrap_or(0);
                s.tokens.push(form.to_string());
                continue;
            }
            if id.parse::<usize>().is_ok_and(|n| n <= skip_to) {
                continue;
            }
            if syllables {
                s.tokens.extend(form.split_whitespace().map(str::to_string));
            } else {
                s.tokens.push(form.to_string());
            }
        }
    }
    finish(&mut docs, &mut cur);
    docs
}

#[derive(Default)]
struct Counts {
    gold: usize,
    pred: usize,
    ok: usize,
}

impl Counts {
    fn add(&mut self, gold: &HashSet<(usize, usize)>, pred: &HashSet<(usize, usize)>) {
        self.gold += gold.len();
        self.pred += pred.len();
        self.ok += gold.intersection(pred).count();
    }
    fn p(&self) -> f64 {
        self.ok as f64 / self.pred.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.ok as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut file = None;
    let mut lang = None;
    let mut json = false;
    let mut errors = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--lang" => {
                lang = Some(
                    args.next()
                        .ok_or("--lang needs en, id or vi")?
                        .parse::<Lang>()?,
                )
            }
            "--errors" => errors = args.next().ok_or("--errors needs a number")?.parse()?,
            "-h" | "--help" => {
                println!("usage: sentence_eval FILE.conllu --lang en|id|vi [--json] [--errors N]");
                return Ok(());
            }
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("unexpected argument {a}").into()),
        }
    }
    let file = file.ok_or("usage: sentence_eval FILE.conllu --lang en|id|vi [--json]")?;
    let lang = lang.ok_or("--lang en|id|vi is required")?;
    let conllu = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let docs = read(&conllu, lang == Lang::Vi);
    let (mut sc, mut tc) = (Counts::default(), Counts::default());
    let mut shown = 0;
    for doc in &docs {
        // The document's text, gold sentence and token spans.
        let mut text = String::new();
        let mut gold_s = Vec::new();
        let mut gold_t = HashSet::new();
        for (pi, para) in doc.iter().filter(|p| !p.is_empty()).enumerate() {
            if pi > 0 {
                text.push_str("\n\n");
            }
            for (si, s) in para.iter().enumerate() {
                if si > 0 {
                    text.push(' ');
                }
                let base = text.len();
                text.push_str(&s.text);
                let trimmed = s.text.trim();
                let lead = s.text.len() - s.text.trim_start().len();
                if !trimmed.is_empty() {
                    gold_s.push((base + lead, base + lead + trimmed.len()));
                }
                let mut at = 0;
                for tok in &s.tokens {
                    match s.text[at..].find(tok.as_str()) {
                        Some(k) => {
                            gold_t.insert((base + at + k, base + at + k + tok.len()));
                            at += k + tok.len();
                        }
                        // Not in the text: a gold token newstext cannot match.
                        None => tc.gold += 1,
                    }
                }
            }
        }
        let pred_s: Vec<(usize, usize)> = sentences(&text, Some(lang))
            .map(|s| (s.start(), s.end()))
            .collect();
        let pred_t: HashSet<(usize, usize)> =
            tokenize(&text).map(|t| (t.start(), t.end())).collect();
        let gs: HashSet<(usize, usize)> = gold_s.iter().copied().collect();
        let ps: HashSet<(usize, usize)> = pred_s.iter().copied().collect();
        sc.add(&gs, &ps);
        tc.add(&gold_t, &pred_t);
        for &(a, b) in &gold_s {
            if shown >= errors || ps.contains(&(a, b)) {
                continue;
            }
            shown += 1;
            // What newstext made of it, clipped to the gold span's
            // surroundings.
            let clip = |x: usize, y: usize| -> String {
                let (x, y) = (x.max(a.saturating_sub(80)), y.min(b + 80));
                let mut x = x;
                while !text.is_char_boundary(x) {
                    x -= 1;
                }
                let mut y = y;
                while !text.is_char_boundary(y) {
                    y += 1;
                }
                text[x..y].to_string()
            };
            let got: Vec<String> = pred_s
                .iter()
                .filter(|&&(x, y)| x < b && y > a)
                .map(|&(x, y)| clip(x, y))
                .collect();
            println!("GOLD {}\n  GOT {}", &text[a..b], got.join("\n  GOT "));
        }
    }
    if json {
        println!(
            "{{\"sentences\": {}, \"precision\": {:.4}, \"recall\": {:.4}, \"f1\": {:.4}, \"token_f1\": {:.4}}}",
            sc.gold,
            sc.p(),
            sc.r(),
            sc.f1(),
            tc.f1()
        );
    } else {
        println!("{file} ({lang})");
        println!("gold sentences     {}", sc.gold);
        println!("found sentences    {}", sc.pred);
        println!("sentence precision {:.4}", sc.p());
        println!("sentence recall    {:.4}", sc.r());
        println!("sentence F1        {:.4}", sc.f1());
        println!("token precision    {:.4}", tc.p());
        println!("token recall       {:.4}", tc.r());
        println!("token F1           {:.4}", tc.f1());
    }
    Ok(())
}
