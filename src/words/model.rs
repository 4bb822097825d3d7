//! The segmenter's model: a linear classifier over the gaps between
//! syllables, its feature tables and its text format.
//!
//! A gap between syllables `L1` and `R1` (with `L2` before and `R2` after)
//! is joined when the weights of its features sum above zero. Features:
//!
//! * each of `L2`, `L1`, `R1`, `R2` at its position (one record per
//!   syllable, four weights);
//! * the bigrams `L2 L1`, `L1 R1`, `R1 R2` (one record per bigram, three
//!   weights) and the trigrams `L2 L1 R1`, `L1 R1 R2`;
//! * dense features: a bias; the shapes of `L1 R1` and of all four; the
//!   whitespace in the gap; the previous gap's decision; every lexicon word
//!   that crosses the gap (its length and where the gap falls in it); the
//!   longest lexicon word ending at `L1` and starting at `R1`.
//!
//! Syllables are found by [`super::syllable`] keys, so the tables match any
//! Unicode form, tone placement and case.
//!
//! # Text format
//!
//! Lines, tab-separated; `#` starts a comment:
//!
//! ```text
//! layout<TAB>1
//! D<TAB>index<TAB>weight                     dense feature
//! U<TAB>syllable<TAB>w0 … w21                 L2 L1 R1 R2; as L1 after each shape of R1; as R1 after each shape of L1
//! B<TAB>s1 s2<TAB>w0 w1 w2                   as L2 L1, L1 R1, R1 R2
//! T<TAB>s1 s2 s3<TAB>w0 w1                   as L2 L1 R1, L1 R1 R2
//! W<TAB>s1 s2 …                              a lexicon word
//! ```

use rustc_hash::FxHashMap;

use super::syllable::{self, chain, Shape, SHAPES};
use crate::token::Token;
use crate::{Error, Result};

/// Longest lexicon word looked up, in syllables.
pub(crate) const MAX_WORD: usize = 8;

/// The layout version of the dense features.
pub(crate) const LAYOUT: u32 = 1;

const S: usize = SHAPES;
pub(crate) const D_BIAS: usize = 0;
const D_SH2: usize = D_BIAS + 1;
const D_SH4: usize = D_SH2 + S * S;
const D_SPACE: usize = D_SH4 + S * S * S * S;
const D_PREV: usize = D_SPACE + 3 * S * S;
const D_COVER: usize = D_PREV + 2 * S * S;
const COVER_LEN: usize = 5; // lengths 2..=6+
const COVER_AT: usize = 6; // offsets 0..=5+
const D_EDGE: usize = D_COVER + COVER_LEN * COVER_AT;
const EDGE: usize = 7; // 0 (none), 2..=6+
const D_LEXBI: usize = D_EDGE + EDGE * EDGE;
const D_FMM: usize = D_LEXBI + 8;
/// Weights per syllable: four positions, then as `L1` by `R1`'s shape and
/// as `R1` by `L1`'s shape.
const UNI: usize = 4 + 2 * S;
/// Number of dense features.
pub(crate) const DENSE: usize = D_FMM + 2 * S * S;

/// Most features a gap has.
pub(crate) const MAX_FEATURES: usize = 16 + MAX_WORD * MAX_WORD;

const NONE: u32 = u32::MAX;
const WORD: u8 = 1;
const PREFIX: u8 = 2;

/// A bigram: its weight record (or none) and lexicon flags.
#[derive(Debug, Clone, Copy)]
struct Bigram {
    rec: u32,
    lex: u8,
}

/// Feature tables and weights.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Syllable key → index (from 1; 0 is an unknown syllable).
    syl: FxHashMap<u64, u32>,
    /// Syllables with unigram weights: indexes `1..=weighted`.
    weighted: u32,
    /// Bigram key → record and lexicon flags.
    bi: FxHashMap<u64, Bigram>,
    n_bi: u32,
    /// Trigram key → record.
    tri: FxHashMap<u64, u32>,
    n_tri: u32,
    /// Lexicon n-grams of three or more syllables → flags.
    lex: FxHashMap<u64, u8>,
    /// Forced (user) words: bigram and longer keys → flags.
    user: FxHashMap<u64, u8>,
    /// Weights: dense, unigrams, bigrams, trigrams.
    pub(crate) w: Vec<f32>,
    /// Written forms by syllable index (kept while training).
    pub(crate) names: Option<Vec<String>>,
}

/// A syllable in the segmenter's window.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Syl {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) idx: u32,
    pub(crate) shape: Shape,
    /// Whitespace before: 0 none, 1 spaces, 2 a line break.
    pub(crate) space: u8,
    bi: u32,
    tri: u32,
    /// Lengths of the lexicon words starting here (bit n).
    pub(crate) lex: u16,
    /// Lengths of the user's words starting here (bit n).
    pub(crate) user: u16,
}

/// What a gap's features know of the decisions before it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    /// The previous gap was joined.
    pub(crate) prev: bool,
    /// Forward longest matching over the lexicon joins this gap.
    pub(crate) fmm: bool,
}

/// Forward longest matching over the lexicon, one gap at a time.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fmm {
    /// Where the next matched word starts.
    until: usize,
}

impl Fmm {
    /// Whether the gap after `syls[g]` is inside a matched word; gaps are
    /// asked in order.
    pub(crate) fn joins(&mut self, syls: &[Syl], g: usize) -> bool {
        while self.until <= g {
            let m = syls[self.until].lex;
            self.until += if m == 0 {
                1
            } else {
                15 - m.leading_zeros() as usize
            };
        }
        g + 1 < self.until
    }

    /// The window dropped its first `cut` syllables.
    pub(crate) fn shift(&mut self, cut: usize) {
        self.until = self.until.saturating_sub(cut);
    }
}

#[inline]
fn bi_key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

#[inline]
fn tri_key(a: u32, b: u32, c: u32) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

fn space_between(text: &str, end: usize, start: usize) -> u8 {
    match text.get(end..start) {
        Some("") | None => 0,
        Some(s) if s.contains(['\n', '\r', '\u{2028}', '\u{2029}']) => 2,
        Some(_) => 1,
    }
}

impl Model {
    /// An empty model: every gap split, user words joined.
    pub(crate) fn empty() -> Model {
        Model {
            syl: FxHashMap::default(),
            weighted: 0,
            bi: FxHashMap::default(),
            n_bi: 0,
            tri: FxHashMap::default(),
            n_tri: 0,
            lex: FxHashMap::default(),
            user: FxHashMap::default(),
            w: vec![0.0; DENSE],
            names: None,
        }
    }

    fn uni_base(&self) -> usize {
        DENSE
    }
    fn bi_base(&self) -> usize {
        DENSE + UNI * (self.weighted as usize + 1)
    }
    fn tri_base(&self) -> usize {
        self.bi_base() + 3 * self.n_bi as usize
    }
    /// Number of weights the tables call for.
    pub(crate) fn n_weights(&self) -> usize {
        self.tri_base() + 2 * self.n_tri as usize
    }

    /// The syllable index of a written syllable, added when absent.
    fn intern(&mut self, text: &str) -> u32 {
        let next = self.syl.len() as u32 + 1;
        let id = *self.syl.entry(syllable::key(text)).or_insert(next);
        if id == next {
            if let Some(names) = &mut self.names {
                names.push(
                    unicode_normalization::UnicodeNormalization::nfc(text)
                        .collect::<String>()
                        .to_lowercase(),
                );
            }
        }
        id
    }

    /// Syllables written with single spaces between them (model lines).
    fn intern_words(&mut self, words: &str) -> Vec<u32> {
        words
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(|s| self.intern(s))
            .collect()
    }

    /// A word's syllables as the tokenizer splits them.
    fn intern_tokens(&mut self, word: &str) -> Vec<u32> {
        crate::token::tokenize(word)
            .map(|t| self.intern(t.text()))
            .collect()
    }

    /// Registers unigram records for syllables `1..=n` (training: every
    /// syllable seen so far).
    pub(crate) fn weigh_all_syllables(&mut self) {
        self.weighted = self.syl.len() as u32;
    }

    fn bigram_rec(&mut self, a: u32, b: u32) -> u32 {
        let next = self.n_bi;
        let e = self
            .bi
            .entry(bi_key(a, b))
            .or_insert(Bigram { rec: NONE, lex: 0 });
        if e.rec == NONE {
            e.rec = next;
            self.n_bi += 1;
        }
        e.rec
    }

    fn trigram_rec(&mut self, a: u32, b: u32, c: u32) -> u32 {
        let next = self.n_tri;
        let r = *self.tri.entry(tri_key(a, b, c)).or_insert(next);
        if r == next {
            self.n_tri += 1;
        }
        r
    }

    /// Adds a word (syllable indexes) to the lexicon, or to the user's
    /// forced words.
    fn add_word(&mut self, ids: &[u32], user: bool) {
        if ids.len() < 2 || ids.len() > MAX_WORD {
            return;
        }
        let mut k = bi_key(ids[0], ids[1]);
        for n in 2..=ids.len() {
            if n > 2 {
                k = chain(k, u64::from(ids[n - 1]));
            }
            let flag = if n == ids.len() { WORD } else { PREFIX };
            if user {
                *self.user.entry(k).or_insert(0) |= flag;
            } else if n == 2 {
                self.bi.entry(k).or_insert(Bigram { rec: NONE, lex: 0 }).lex |= flag;
            } else {
                *self.lex.entry(k).or_insert(0) |= flag;
            }
        }
    }

    /// Adds a lexicon word written as syllables separated by spaces.
    pub(crate) fn add_lexicon_word(&mut self, word: &str) {
        let ids = self.intern_tokens(word);
        self.add_word(&ids, false);
    }

    /// Adds a word the segmenter must always join.
    pub(crate) fn add_user_word(&mut self, word: &str) {
        let ids = self.intern_tokens(word);
        self.add_word(&ids, true);
    }

    /// Registers every n-gram record of a training sequence.
    pub(crate) fn register(&mut self, syls: &[Syl]) {
        for j in 0..syls.len() {
            if j + 1 < syls.len() {
                self.bigram_rec(syls[j].idx, syls[j + 1].idx);
            }
            if j + 2 < syls.len() {
                self.trigram_rec(syls[j].idx, syls[j + 1].idx, syls[j + 2].idx);
            }
        }
    }

    /// A syllable of the window, without its n-gram fields.
    #[inline]
    pub(crate) fn syl(&self, text: &str, t: &Token<'_>, prev_end: Option<usize>) -> Syl {
        let (key, shape) = syllable::key_and_shape(t);
        Syl {
            start: t.start(),
            end: t.end(),
            idx: self.syl.get(&key).copied().unwrap_or(0),
            shape,
            space: prev_end.map_or(0, |e| space_between(text, e, t.start())),
            bi: NONE,
            tri: NONE,
            lex: 0,
            user: 0,
        }
    }

    /// A training syllable: interned.
    pub(crate) fn syl_interning(
        &mut self,
        text: &str,
        t: &Token<'_>,
        prev_end: Option<usize>,
    ) -> Syl {
        self.intern(t.text());
        self.syl(text, t, prev_end)
    }

    /// Fills the n-gram fields of `syls[j]` from what follows it in `syls`.
    #[inline]
    pub(crate) fn derive(&self, syls: &mut [Syl], j: usize) {
        let a = syls[j].idx;
        let (mut bi, mut tri, mut lex, mut user) = (NONE, NONE, 0u16, 0u16);
        if let Some(next) = syls.get(j + 1) {
            let b = next.idx;
            if a != 0 && b != 0 {
                let k = bi_key(a, b);
                if let Some(g) = self.bi.get(&k) {
                    bi = g.rec;
                    if g.lex & WORD != 0 {
                        lex |= 1 << 2;
                    }
                    if g.lex & PREFIX != 0 {
                        lex |= self.longer(&self.lex, syls, j, k);
                    }
                }
                if let Some(c) = syls.get(j + 2).map(|s| s.idx).filter(|&c| c != 0) {
                    if let Some(&r) = self.tri.get(&tri_key(a, b, c)) {
                        tri = r;
                    }
                }
                if !self.user.is_empty() {
                    if let Some(&f) = self.user.get(&k) {
                        if f & WORD != 0 {
                            user |= 1 << 2;
                        }
                        if f & PREFIX != 0 {
                            user |= self.longer(&self.user, syls, j, k);
                        }
                    }
                }
            }
        }
        let s = &mut syls[j];
        s.bi = bi;
        s.tri = tri;
        s.lex = lex;
        s.user = user;
    }

    /// Bits of the words of three or more syllables from `j` in `map`.
    fn longer(&self, map: &FxHashMap<u64, u8>, syls: &[Syl], j: usize, mut k: u64) -> u16 {
        let mut bits = 0;
        for n in 3..=MAX_WORD {
            let Some(s) = syls.get(j + n - 1).filter(|s| s.idx != 0) else {
                break;
            };
            k = chain(k, u64::from(s.idx));
            match map.get(&k) {
                Some(&f) => {
                    if f & WORD != 0 {
                        bits |= 1 << n;
                    }
                    if f & PREFIX == 0 {
                        break;
                    }
                }
                None => break,
            }
        }
        bits
    }

    /// The features of the gap after `syls[g]` (`g + 1 < syls.len()`) into
    /// `out`; returns how many.
    #[inline]
    pub(crate) fn features(
        &self,
        syls: &[Syl],
        g: usize,
        ctx: Context,
        out: &mut [u32; MAX_FEATURES],
    ) -> usize {
        let mut n = 0;
        let mut push = |f: usize| {
            out[n] = f as u32;
            n += 1;
        };
        let l2 = g.checked_sub(1).map(|i| &syls[i]);
        let l1 = &syls[g];
        let r1 = &syls[g + 1];
        let r2 = syls.get(g + 2);
        let sh = |s: Option<&Syl>| s.map_or(Shape::Pad, |s| s.shape);
        let mut shapes = [sh(l2), l1.shape, r1.shape, sh(r2)];
        // Text in capitals (a headline): three or more syllables in
        // capitals around the gap read as lowercase text.
        if shapes.iter().filter(|&&s| s == Shape::Upper).count() >= 3 {
            for s in &mut shapes {
                if *s == Shape::Upper {
                    *s = Shape::Lower;
                }
            }
        }
        let [s0, s1, s2, s3] = shapes.map(|s| s as usize);
        let sh2 = s1 * S + s2;
        push(D_BIAS);
        push(D_SH2 + sh2);
        push(D_SH4 + ((s0 * S + s1) * S + s2) * S + s3);
        push(D_SPACE + usize::from(r1.space.min(2)) * S * S + sh2);
        push(D_PREV + usize::from(ctx.prev) * S * S + sh2);
        push(D_FMM + usize::from(ctx.fmm) * S * S + sh2);
        let word2 = |s: Option<&Syl>| s.is_some_and(|s| s.lex & 4 != 0);
        push(
            D_LEXBI
                + 4 * usize::from(word2(l2))
                + 2 * usize::from(word2(Some(l1)))
                + usize::from(word2(Some(r1))),
        );
        // Lexicon words crossing the gap, and at its edges.
        let mut end_here = 0usize;
        for back in 0..MAX_WORD.min(g + 1) {
            let a = g - back;
            let mut bits = syls[a].lex >> 2;
            let mut len = 2;
            while bits != 0 {
                if bits & 1 != 0 {
                    if len > back + 1 {
                        push(D_COVER + (len.min(6) - 2) * COVER_AT + back.min(COVER_AT - 1));
                    } else if len == back + 1 {
                        end_here = end_here.max(len);
                    }
                }
                bits >>= 1;
                len += 1;
            }
        }
        let start_here = if r1.lex == 0 {
            0
        } else {
            15 - r1.lex.leading_zeros() as usize
        };
        push(D_EDGE + end_here.min(6) * EDGE + start_here.min(6));
        // Syllables.
        let uni = self.uni_base();
        let w = self.weighted;
        let mut u = |s: Option<&Syl>, pos: usize| {
            if let Some(s) = s.filter(|s| s.idx != 0 && s.idx <= w) {
                push(uni + UNI * s.idx as usize + pos);
            }
        };
        u(l2, 0);
        u(Some(l1), 1);
        u(Some(r1), 2);
        u(r2, 3);
        u(Some(l1), 4 + s2);
        u(Some(r1), 4 + S + s1);
        let bb = self.bi_base();
        if let Some(s) = l2.filter(|s| s.bi != NONE) {
            push(bb + 3 * s.bi as usize);
        }
        if l1.bi != NONE {
            push(bb + 3 * l1.bi as usize + 1);
        }
        if r2.is_some() && r1.bi != NONE {
            push(bb + 3 * r1.bi as usize + 2);
        }
        let tb = self.tri_base();
        if let Some(s) = l2.filter(|s| s.tri != NONE) {
            push(tb + 2 * s.tri as usize);
        }
        if r2.is_some() && l1.tri != NONE {
            push(tb + 2 * l1.tri as usize + 1);
        }
        n
    }

    /// Whether the model joins the gap after `syls[g]`.
    #[inline]
    pub(crate) fn joins(&self, syls: &[Syl], g: usize, ctx: Context) -> bool {
        if syls[g + 1].space == 2 {
            return false;
        }
        let mut f = [0u32; MAX_FEATURES];
        let n = self.features(syls, g, ctx, &mut f);
        let score: f32 = f[..n].iter().map(|&i| self.w[i as usize]).sum();
        score > 0.0
    }

    /// Reads a model and its lexicon from the text format.
    pub(crate) fn from_text(text: &str) -> Result<Model> {
        let mut m = Model::empty();
        let bad = |line: usize, why: &str| {
            Error::InvalidConfig(format!("word model line {}: {why}", line + 1))
        };
        let mut uni: Vec<(u32, Vec<f32>)> = Vec::new();
        let mut bis: Vec<(u32, [f32; 3])> = Vec::new();
        let mut tris: Vec<(u32, [f32; 2])> = Vec::new();
        let mut dense: Vec<(usize, f32)> = Vec::new();
        let mut layout = None;
        // Pass 1: syllables with weights first, so they get the low indexes.
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
            .collect();
        for &(i, l) in &lines {
            if let Some(s) = l.strip_prefix("U\t") {
                let (syl, _) = s
                    .split_once('\t')
                    .ok_or_else(|| bad(i, "U needs a syllable and weights"))?;
                m.intern(syl);
            }
        }
        m.weighted = m.syl.len() as u32;
        for &(i, l) in &lines {
            let mut f = l.split('\t');
            let tag = f.next().unwrap_or("");
            let a = f.next().unwrap_or("");
            let b = f.next();
            let weights = |n: usize| -> Result<Vec<f32>> {
                let ws: Vec<f32> = b
                    .unwrap_or("")
                    .split(' ')
                    .map(|x| x.parse::<f32>())
                    .collect::<std::result::Result<_, _>>()
                    .map_err(|_| bad(i, "bad weight"))?;
                if ws.len() != n {
                    return Err(bad(i, "wrong number of weights"));
                }
                Ok(ws)
            };
            match tag {
                "layout" => layout = a.parse::<u32>().ok(),
                "D" => {
                    let idx: usize = a.parse().map_err(|_| bad(i, "bad dense index"))?;
                    if idx >= DENSE {
                        return Err(bad(i, "dense index out of range"));
                    }
                    dense.push((idx, weights(1)?[0]));
                }
                "U" => {
                    let ws = weights(UNI)?;
                    let id = m.intern(a);
                    uni.push((id, ws));
                }
                "B" => {
                    let ws = weights(3)?;
                    let ids = m.intern_words(a);
                    if ids.len() != 2 {
                        return Err(bad(i, "B needs two syllables"));
                    }
                    let r = m.bigram_rec(ids[0], ids[1]);
                    bis.push((r, [ws[0], ws[1], ws[2]]));
                }
                "T" => {
                    let ws = weights(2)?;
                    let ids = m.intern_words(a);
                    if ids.len() != 3 {
                        return Err(bad(i, "T needs three syllables"));
                    }
                    let r = m.trigram_rec(ids[0], ids[1], ids[2]);
                    tris.push((r, [ws[0], ws[1]]));
                }
                "W" => m.add_lexicon_word(a),
                _ => return Err(bad(i, "unknown line")),
            }
        }
        if layout != Some(LAYOUT) {
            return Err(Error::InvalidConfig(format!(
                "the word model's layout is {layout:?}, this newstext reads layout {LAYOUT}"
            )));
        }
        if m.syl.len() >= 1 << 21 {
            return Err(Error::InvalidConfig(
                "word model: over 2^21 syllables".into(),
            ));
        }
        m.w = vec![0.0; m.n_weights()];
        for (i, w) in dense {
            m.w[i] = w;
        }
        let ub = m.uni_base();
        for (id, ws) in uni {
            m.w[ub + UNI * id as usize..][..UNI].copy_from_slice(&ws);
        }
        let bb = m.bi_base();
        for (r, ws) in bis {
            m.w[bb + 3 * r as usize..][..3].copy_from_slice(&ws);
        }
        let tb = m.tri_base();
        for (r, ws) in tris {
            m.w[tb + 2 * r as usize..][..2].copy_from_slice(&ws);
        }
        Ok(m)
    }

    /// Writes the model in the text format (a model trained with names
    /// kept); `lexicon` gives the lexicon words. Weights with magnitude
    /// under `min` are left out.
    pub(crate) fn to_text(&self, lexicon: &[String], min: f32, header: &str) -> String {
        use std::fmt::Write;
        let empty = Vec::new();
        let names = self.names.as_ref().unwrap_or(&empty);
        let mut out = String::new();
        for l in header.lines() {
            let _ = writeln!(out, "# {l}");
        }
        let _ = writeln!(out, "layout\t{LAYOUT}");
        let fmt = |w: f32| -> String {
            if w.abs() < min {
                "0".to_string()
            } else {
                format!("{w:.3}")
            }
        };
        let zero = |ws: &[f32]| ws.iter().all(|w| w.abs() < min);
        for i in 0..DENSE {
            if !zero(&self.w[i..=i]) {
                let _ = writeln!(out, "D\t{i}\t{}", fmt(self.w[i]));
            }
        }
        let ub = self.uni_base();
        let weighted = self.weighted as usize + 1;
        for (id, name) in names.iter().enumerate().take(weighted).skip(1) {
            let ws = &self.w[ub + UNI * id..][..UNI];
            if !zero(ws) {
                let _ = writeln!(
                    out,
                    "U\t{}\t{}",
                    name,
                    ws.iter().map(|&w| fmt(w)).collect::<Vec<_>>().join(" ")
                );
            }
        }
        // Records in index order: deterministic.
        let mut bis: Vec<(u32, u64)> = self
            .bi
            .iter()
            .filter(|(_, g)| g.rec != NONE)
            .map(|(&k, g)| (g.rec, k))
            .collect();
        bis.sort_unstable();
        let bb = self.bi_base();
        for (r, k) in bis {
            let ws = &self.w[bb + 3 * r as usize..][..3];
            if !zero(ws) {
                let (a, b) = ((k >> 32) as usize, (k & 0xffff_ffff) as usize);
                let _ = writeln!(
                    out,
                    "B\t{} {}\t{}",
                    names[a],
                    names[b],
                    ws.iter().map(|&w| fmt(w)).collect::<Vec<_>>().join(" ")
                );
            }
        }
        let mut tris: Vec<(u32, u64)> = self.tri.iter().map(|(&k, &r)| (r, k)).collect();
        tris.sort_unstable();
        let tb = self.tri_base();
        let m21 = (1u64 << 21) - 1;
        for (r, k) in tris {
            let ws = &self.w[tb + 2 * r as usize..][..2];
            if !zero(ws) {
                let (a, b, c) = (
                    (k >> 42) as usize,
                    ((k >> 21) & m21) as usize,
                    (k & m21) as usize,
                );
                let _ = writeln!(
                    out,
                    "T\t{} {} {}\t{}",
                    names[a],
                    names[b],
                    names[c],
                    ws.iter().map(|&w| fmt(w)).collect::<Vec<_>>().join(" ")
                );
            }
        }
        for w in lexicon {
            let _ = writeln!(out, "W\t{w}");
        }
        out
    }

    /// Number of syllables known.
    pub(crate) fn syllables(&self) -> usize {
        self.syl.len()
    }
}
