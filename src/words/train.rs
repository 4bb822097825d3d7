//! Training a word model: an averaged perceptron over the gaps between
//! syllables, on sentences whose words are known.
//!
//! The shipped model is trained by the `train_vi_words` example on the
//! Vietnamese UD treebank (train + dev) with the `pyvi` word list as its
//! lexicon; the same example trains on train alone to choose settings on
//! dev. Training is deterministic: the same data and options write the
//! same model, byte for byte.
//!
//! ```
//! use newstext::words::train::{read_conllu, train, TrainOptions};
//! use newstext::words::Segmenter;
//!
//! let conllu = "# text = Hội nghị quốc phòng họp .\n\
//!     1\tHội nghị\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!     2\tquốc phòng\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!     3\thọp\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!     4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
//! let gold = read_conllu(conllu);
//! assert_eq!(gold[0].words, [(0, 12), (13, 26), (27, 32), (33, 34)]);
//! let model = train(&gold, &[], &TrainOptions::default());
//! let seg = Segmenter::builder().model(&model).build().unwrap();
//! let words: Vec<&str> = seg.segment("quốc phòng họp").map(|w| w.text()).collect();
//! assert_eq!(words, ["quốc phòng", "họp"]);
//! ```

use super::model::{Context, Fmm, Model};
use crate::token::tokenize;

/// A sentence and its words, as byte spans of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSentence {
    /// The sentence as written.
    pub text: String,
    /// The words, `(start, end)` byte offsets into `text`, in order.
    pub words: Vec<(usize, usize)>,
}

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    /// Passes over the sentences.
    pub epochs: usize,
    /// Seed of the order the sentences are visited in.
    pub seed: u64,
    /// Weights of smaller magnitude are left out of the model.
    pub min_weight: f32,
    /// Lines written at the top of the model as `#` comments (licence,
    /// attribution).
    pub header: String,
    /// Also train on each sentence written as running text is: no space
    /// before closing punctuation (`Hà Nội.`, `90%`) nor after opening
    /// brackets and quotes. Treebanks space every punctuation mark; news
    /// text does not.
    pub unspaced_punctuation: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            seed: 1,
            min_weight: 0.001,
            header: String::new(),
            unspaced_punctuation: true,
        }
    }
}

/// The sentences of a CoNLL-U file with their words' spans: the text of
/// each `# text =` line (with or without a space after `=`), the FORM of
/// each word line located in it. Multiword-token ranges (`3-4`) count as
/// one word and their parts are skipped, as are empty nodes (`3.1`).
/// Sentences whose forms cannot be found in their text are left out.
pub fn read_conllu(conllu: &str) -> Vec<GoldSentence> {
    let mut out = Vec::new();
    let mut text: Option<String> = None;
    let mut forms: Vec<String> = Vec::new();
    let mut skip_to = 0usize;
    let mut flush = |text: &mut Option<String>, forms: &mut Vec<String>| {
        if let Some(t) = text.take() {
            if let Some(words) = locate(&t, forms) {
                if !words.is_empty() {
                    out.push(GoldSentence { text: t, words });
                }
            }
        }
        forms.clear();
    };
    for line in conllu.lines() {
        if line.trim().is_empty() {
            flush(&mut text, &mut forms);
            skip_to = 0;
            continue;
        }
        if let Some(t) = line.strip_prefix("# text =") {
            text = Some(t.strip_prefix(' ').unwrap_or(t).to_string());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            if let (Ok(_), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) {
                skip_to = b;
                forms.push(form.to_string());
            }
            continue;
        }
        match id.parse::<usize>() {
            Ok(n) if n <= skip_to => continue,
            Ok(_) => forms.push(form.to_string()),
            Err(_) => continue,
        }
    }
    flush(&mut text, &mut forms);
    out
}

/// Finds each form's syllables in order in `text`; `None` when one is
/// missing.
fn locate(text: &str, forms: &[String]) -> Option<Vec<(usize, usize)>> {
    let mut at = 0;
    let mut words = Vec::with_capacity(forms.len());
    for form in forms {
        let mut start = None;
        let mut end = at;
        for syl in form.split_whitespace() {
            let rest = &text[at..];
            let skipped = rest.len() - rest.trim_start().len();
            let pos = if rest[skipped..].starts_with(syl) {
                at + skipped
            } else {
                at + rest.find(syl)?
            };
            start.get_or_insert(pos);
            end = pos + syl.len();
            at = end;
        }
        if let Some(s) = start {
            words.push((s, end));
        }
    }
    Some(words)
}

/// A word that attaches to the word before it in running text.
fn closes(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '%' | '…' | '”' | '’' | '»'
            )
        })
}

/// A word that attaches to the word after it in running text.
fn opens(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| matches!(c, '(' | '[' | '{' | '“' | '‘' | '«'))
}

impl GoldSentence {
    /// The sentence as running text writes it: the spaces that treebanks
    /// put around punctuation taken out (`Hà Nội .` → `Hà Nội.`, `( Hà
    /// Nội )` → `(Hà Nội)`; straight quotes alternate opening and closing),
    /// the words' spans moved with them.
    ///
    /// ```
    /// use newstext::words::train::GoldSentence;
    /// let s = GoldSentence { text: "Hà Nội .".into(), words: vec![(0, 9), (10, 11)] };
    /// let r = s.to_running_text();
    /// assert_eq!((r.text.as_str(), r.words), ("Hà Nội.", vec![(0, 9), (9, 10)]));
    /// ```
    pub fn to_running_text(&self) -> GoldSentence {
        unspaced(self).unwrap_or_else(|| self.clone())
    }
}

/// [`GoldSentence::to_running_text`], `None` when nothing changes.
fn unspaced(s: &GoldSentence) -> Option<GoldSentence> {
    let mut text = String::with_capacity(s.text.len());
    let mut words = Vec::with_capacity(s.words.len());
    let mut prev_end = 0;
    let mut prev_word = "";
    let mut quote_open = false;
    let mut changed = false;
    for &(a, b) in &s.words {
        let w = &s.text[a..b];
        let gap = &s.text[prev_end..a];
        let straight = w == "\"";
        let attach = !words.is_empty()
            && !gap.is_empty()
            && gap.trim().is_empty()
            && (closes(w)
                || (straight && quote_open)
                || opens(prev_word)
                || (prev_word == "\"" && quote_open));
        if attach {
            changed = true;
        } else {
            text.push_str(gap);
        }
        if straight {
            quote_open = !quote_open;
        }
        let start = text.len();
        text.push_str(w);
        words.push((start, text.len()));
        prev_end = b;
        prev_word = w;
    }
    text.push_str(&s.text[prev_end..]);
    changed.then_some(GoldSentence { text, words })
}

/// Which gaps between the tokens of `s` fall inside a word: tokens belong
/// to the word their first byte is in.
fn labels(s: &GoldSentence, starts: &[usize]) -> Vec<bool> {
    let mut word_of = Vec::with_capacity(starts.len());
    let mut w = 0;
    for (k, &st) in starts.iter().enumerate() {
        while w < s.words.len() && s.words[w].1 <= st {
            w += 1;
        }
        let inside = w < s.words.len() && s.words[w].0 <= st;
        // A token outside every word is a word of its own.
        word_of.push(if inside { w } else { usize::MAX - k });
    }
    word_of.windows(2).map(|p| p[0] == p[1]).collect()
}

/// A xorshift generator: the visiting order, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// Trains a model on `sentences` with `lexicon` (words written with spaces
/// between syllables) and returns it in the text format that
/// [`super::SegmenterBuilder::model`] reads.
pub fn train(sentences: &[GoldSentence], lexicon: &[String], options: &TrainOptions) -> String {
    let mut model = Model::empty();
    model.names = Some(vec![String::new()]);
    let mut data = Vec::with_capacity(sentences.len());
    let variants: Vec<GoldSentence> = if options.unspaced_punctuation {
        sentences.iter().filter_map(unspaced).collect()
    } else {
        Vec::new()
    };
    for s in sentences.iter().chain(&variants) {
        let mut syls = Vec::new();
        let mut starts = Vec::new();
        let mut prev_end = None;
        for t in tokenize(&s.text) {
            syls.push(model.syl_interning(&s.text, &t, prev_end));
            starts.push(t.start());
            prev_end = Some(t.end());
        }
        if syls.len() < 2 {
            continue;
        }
        let y = labels(s, &starts);
        model.register(&syls);
        data.push((syls, y));
    }
    for w in lexicon {
        model.add_lexicon_word(w);
    }
    model.weigh_all_syllables();
    model.w = vec![0.0; model.n_weights()];
    for (syls, _) in &mut data {
        for j in 0..syls.len() {
            model.derive(syls, j);
        }
    }
    let mut acc = vec![0.0f64; model.w.len()];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(options.seed.max(1));
    let mut f = [0u32; super::model::MAX_FEATURES];
    for _ in 0..options.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            let (syls, gold) = &data[i];
            let mut prev = false;
            let mut fmm = Fmm::default();
            for (g, &want) in gold.iter().enumerate() {
                let ctx = Context {
                    prev,
                    fmm: fmm.joins(syls, g),
                };
                let n = model.features(syls, g, ctx, &mut f);
                let score: f32 = f[..n].iter().map(|&k| model.w[k as usize]).sum();
                let guess = score > 0.0;
                if guess != want {
                    let y: f32 = if want { 1.0 } else { -1.0 };
                    for &k in &f[..n] {
                        model.w[k as usize] += y;
                        acc[k as usize] += c * f64::from(y);
                    }
                }
                prev = guess;
                c += 1.0;
            }
        }
    }
    for (w, a) in model.w.iter_mut().zip(&acc) {
        *w = (f64::from(*w) - a / c) as f32;
    }
    model.to_text(lexicon, options.min_weight, &options.header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conllu_spans_with_and_without_space_after_equals() {
        let c = "# text =Hà Nội ,\n1\tHà Nội\t_\n2\t,\t_\n\n# text = a b\n1-2\tab\t_\n1\ta\t_\n2\tb\t_\n\n";
        let g = read_conllu(c);
        assert_eq!(g[0].text, "Hà Nội ,");
        assert_eq!(g[0].words, [(0, 9), (10, 11)]);
        assert_eq!(g.len(), 1, "`ab` is not in `a b`: left out");
    }

    #[test]
    fn unspaced_variant_reads_as_running_text() {
        let forms = [
            "Ông",
            "nói",
            ":",
            "\"",
            "(",
            "Hà Nội",
            ")",
            "90 %",
            "\"",
            ".",
        ];
        let text = forms.join(" ");
        let s = GoldSentence {
            words: locate(&text, &forms.map(String::from)).unwrap(),
            text,
        };
        let u = unspaced(&s).unwrap();
        assert_eq!(u.text, "Ông nói: \"(Hà Nội) 90 %\".");
        let words: Vec<&str> = u.words.iter().map(|&(a, b)| &u.text[a..b]).collect();
        assert_eq!(words, forms, "the same words, moved");
    }

    #[test]
    fn labels_follow_word_spans() {
        let s = GoldSentence {
            text: "28 . 000 đồng".into(),
            words: vec![(0, 8), (9, 15)],
        };
        let starts: Vec<usize> = tokenize(&s.text).map(|t| t.start()).collect();
        assert_eq!(labels(&s, &starts), [true, true, false]);
    }
}
