//! The trained line-role model: its text format, and tagging a document's
//! segments with it.

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use super::crf::{most_probable, Crf, StateScores};
use super::features::{self, Doc, Layout};
use super::segment::Seg;
use super::{rules, BlockKind};
use crate::{Error, Result};

/// The labels the tagger chooses from, in model order. `related` blocks
/// are `boilerplate` to the tagger; the rules tell teasers apart.
pub(super) const LABELS: [BlockKind; 9] = [
    BlockKind::Title,
    BlockKind::Date,
    BlockKind::Dateline,
    BlockKind::Heading,
    BlockKind::Paragraph,
    BlockKind::Caption,
    BlockKind::Byline,
    BlockKind::Attribution,
    BlockKind::Boilerplate,
];

pub(super) fn label_of(kind: BlockKind) -> usize {
    let kind = if kind == BlockKind::Related {
        BlockKind::Boilerplate
    } else {
        kind
    };
    LABELS.iter().position(|&k| k == kind).unwrap_or(4)
}

/// Where a feature's segment sits relative to the segment being tagged.
pub(super) const ROLES: [&str; 5] = ["", "p:", "n:", "p2:", "n2:"];
/// Offsets of the roles: the feature of segment `i + offset` is seen by `i`
/// in role `r` when `i + offset` is that segment. Role `p:` at segment `i`
/// holds the features of `i - 1`.
pub(super) const OFFSETS: [isize; 5] = [0, -1, 1, -2, 2];

/// The feature ids each segment sees: the features of itself and of its
/// neighbours (`own[j]`, indices into `names`), each in its role.
pub(super) fn role_ids(names: &[(Box<str>, [u32; 5])], own: &[Vec<usize>]) -> Vec<Vec<u32>> {
    let n = own.len() as isize;
    (0..n)
        .map(|i| {
            let mut ids = Vec::new();
            for (r, &off) in OFFSETS.iter().enumerate() {
                let j = i + off;
                if (0..n).contains(&j) {
                    ids.extend(
                        own[j as usize]
                            .iter()
                            .map(|&k| names[k].1[r])
                            .filter(|&id| id != NONE),
                    );
                }
            }
            ids
        })
        .collect()
}

const MAGIC: &str = "newstext-parser-model 1";

/// A trained model of line roles: the weights of a linear-chain CRF over
/// the features of each segment and its neighbours.
///
/// [`ParserModel::default`] is the model shipped with the crate (trained
/// on the project's annotated corpus); [`ParserModel::train`] builds one
/// from your own annotated pages, and a [`ParserBuilder`](crate::ParserBuilder)
/// takes it with [`model`](crate::ParserBuilder::model). Its text form
/// ([`Display`](fmt::Display) / [`FromStr`]) is stable and deterministic:
/// training the same pages gives the same bytes.
///
/// ```
/// use newstext::ParserModel;
/// let model = ParserModel::shipped();
/// let text = model.to_string();
/// assert_eq!(text.parse::<ParserModel>().unwrap(), *model);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ParserModel {
    pub(super) crf: Crf,
    /// Feature names, sorted, each with its feature id per role.
    pub(super) names: Vec<(Box<str>, [u32; 5])>,
    index: rustc_hash::FxHashMap<Box<str>, usize>,
}

/// No feature in this role.
pub(super) const NONE: u32 = u32::MAX;

impl ParserModel {
    pub(super) fn new(crf: Crf, names: Vec<(Box<str>, [u32; 5])>) -> ParserModel {
        let index = names
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (n.clone(), i))
            .collect();
        ParserModel { crf, names, index }
    }

    /// The model shipped with the crate (`data/parser-model.tsv`), parsed
    /// once per process.
    pub fn shipped() -> Arc<ParserModel> {
        static MODEL: OnceLock<Arc<ParserModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                Arc::new(
                    include_str!("../../data/parser-model.tsv")
                        .parse()
                        .expect("the shipped parser model parses"),
                )
            })
            .clone()
    }

    /// The number of distinct features (names) the model weighs.
    pub fn feature_count(&self) -> usize {
        self.names.len()
    }

    /// The state scores of every segment: for each, the weights of its own
    /// and its neighbours' features in their roles. Computed over a window
    /// of five segments' features, so memory stays a few numbers per
    /// segment; the sums run in the order the training code's [`role_ids`]
    /// lists them (the same scores to the last bit).
    pub(super) fn scores(&self, doc: &Doc<'_>) -> Scores {
        let n = doc.segs.len();
        let l = self.crf.labels;
        let layout = Layout::of(doc);
        let mut scores = Scores::with_capacity(n, l);
        let mut row = vec![0.0; l];
        let mut buf = String::new();
        // `window[j % 5]`: the feature indices (into `names`) of segment j.
        let mut window: [Vec<usize>; 5] = Default::default();
        let mut fill = |j: usize, window: &mut [Vec<usize>; 5]| {
            let v = &mut window[j % 5];
            v.clear();
            features::segment_features(doc, &layout, j, &mut buf, &mut |name| {
                if let Some(&k) = self.index.get(name) {
                    v.push(k);
                }
            });
        };
        for j in 0..n.min(2) {
            fill(j, &mut window);
        }
        let w = &self.crf.w;
        for i in 0..n {
            if i + 2 < n {
                fill(i + 2, &mut window);
            }
            row.fill(0.0);
            for (r, &off) in OFFSETS.iter().enumerate() {
                let Some(j) = i.checked_add_signed(off).filter(|&j| j < n) else {
                    continue;
                };
                for &k in &window[j % 5] {
                    let id = self.names[k].1[r];
                    if id == NONE {
                        continue;
                    }
                    let ws = &w[id as usize * l..(id as usize + 1) * l];
                    for (x, y) in row.iter_mut().zip(ws) {
                        *x += y;
                    }
                }
            }
            scores.push(&row);
        }
        scores
    }

    /// Tags the segments: each segment's `kind` becomes its most probable
    /// kind and `confidence` that kind's marginal probability; the
    /// returned [`Tagged`] keeps the few other marginals the document pass
    /// reads (`doc_rules`: what the document rules decide for each
    /// segment; `unsure`: the confidence below which their kind may be
    /// taken instead).
    pub(super) fn tag(
        &self,
        text: &str,
        segs: &mut [Seg],
        doc_rules: &[Option<BlockKind>],
        scores: &Scores,
        unsure: f64,
    ) -> Tagged {
        let title = label_of(BlockKind::Title);
        let mut tagged = Tagged::default();
        self.crf.marginals_each(scores, |i, row| {
            let s = &mut segs[i];
            let best = most_probable(row);
            s.kind = Some(LABELS[best]);
            s.confidence = row[best];
            // (Past four billion segments nothing more is kept.)
            let Ok(at) = u32::try_from(i) else { return };
            let doc = doc_rules[i].map(label_of);
            if best == title || doc == Some(title) {
                let mut all = [0.0; LABELS.len()];
                all.copy_from_slice(row);
                tagged.rows.insert(at, all);
                return;
            }
            if may_be_untagged_title(text, s) {
                tagged.title.insert(at, row[title]);
            }
            let asked = doc_rules[i] != Some(BlockKind::Paragraph);
            if let Some(y) = doc.filter(|&y| asked && y != best && row[best] < unsure) {
                tagged.other.insert(at, row[y]);
            }
        });
        tagged
    }
}

/// A segment that may be taken as the title when the tagger calls none: it
/// reads as a headline and no rule claims it.
pub(super) fn may_be_untagged_title(text: &str, s: &Seg) -> bool {
    s.rule.is_none() && rules::is_headline_like(&text[s.start..s.end])
}

/// State scores kept once per distinct row: a page of many short lines
/// repeats a handful of rows, and memory stays four bytes per segment.
pub(super) struct Scores {
    labels: usize,
    /// Each segment's row.
    ids: Vec<u32>,
    /// The distinct rows, `labels` numbers each.
    rows: Vec<f64>,
    /// Rows by the hash of their bits (a collision is kept as a new row).
    seen: rustc_hash::FxHashMap<u64, u32>,
}

impl Scores {
    /// Rows remembered for reuse at most; past it new rows are stored as
    /// they come.
    const SEEN_MAX: usize = 1 << 16;

    fn with_capacity(n: usize, labels: usize) -> Scores {
        Scores {
            labels,
            ids: Vec::with_capacity(n),
            rows: Vec::new(),
            seen: rustc_hash::FxHashMap::default(),
        }
    }

    fn push(&mut self, row: &[f64]) {
        use std::hash::{BuildHasher, Hasher};
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        for x in row {
            h.write_u64(x.to_bits());
        }
        let key = h.finish();
        let l = self.labels;
        let same = |id: u32, rows: &[f64]| {
            let at = id as usize * l;
            rows[at..at + l]
                .iter()
                .zip(row)
                .all(|(a, b)| a.to_bits() == b.to_bits())
        };
        let id = match self.seen.get(&key) {
            Some(&id) if same(id, &self.rows) => id,
            found => {
                let id = (self.rows.len() / l) as u32;
                self.rows.extend_from_slice(row);
                if found.is_none() && self.seen.len() < Self::SEEN_MAX {
                    self.seen.insert(key, id);
                }
                id
            }
        };
        self.ids.push(id);
    }
}

impl StateScores for Scores {
    fn items(&self) -> usize {
        self.ids.len()
    }
    fn row(&self, t: usize) -> &[f64] {
        let at = self.ids[t] as usize * self.labels;
        &self.rows[at..at + self.labels]
    }
}

/// The marginals the document pass reads besides each segment's best kind
/// (a few segments' worth: every label's where a title is in question).
#[derive(Default)]
pub(super) struct Tagged {
    /// Every label's marginal, for the segments whose best label or
    /// document-rule kind is a title.
    rows: rustc_hash::FxHashMap<u32, [f64; LABELS.len()]>,
    /// The marginal of a title, for the other headline-like segments that
    /// no rule claims (the candidates when no title is found).
    title: rustc_hash::FxHashMap<u32, f64>,
    /// The marginal of the document rules' kind, where the tagger is
    /// unsure and they differ.
    other: rustc_hash::FxHashMap<u32, f64>,
}

impl Tagged {
    /// The marginal probability of `kind` at segment `i`, where kept
    /// (always for the kinds the document pass asks of a segment).
    pub fn prob(&self, i: usize, kind: BlockKind) -> Option<f64> {
        let y = label_of(kind);
        let at = u32::try_from(i).ok()?;
        if let Some(row) = self.rows.get(&at) {
            return Some(row[y]);
        }
        if y == label_of(BlockKind::Title) {
            self.title.get(&at).copied()
        } else {
            self.other.get(&at).copied()
        }
    }
}

impl Default for ParserModel {
    fn default() -> Self {
        (*ParserModel::shipped()).clone()
    }
}

/// A feature whose weights are all smaller than this is not written.
const MIN_WEIGHT: f64 = 0.01;

fn fmt_weight(w: f64) -> String {
    let s = format!("{w:.3}");
    match s.as_str() {
        "0.000" | "-0.000" => "0".to_string(),
        _ => s,
    }
}

impl fmt::Display for ParserModel {
    /// The model as text: a header, the labels, start and transition
    /// weights, then one line per feature and role with a weight per label
    /// (features whose weights all round to zero are left out).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = self.crf.labels;
        writeln!(f, "{MAGIC}")?;
        write!(f, "labels")?;
        for k in LABELS {
            write!(f, "\t{k}")?;
        }
        writeln!(f)?;
        write!(f, "start")?;
        for y in 0..l {
            write!(f, "\t{}", fmt_weight(self.crf.start(y)))?;
        }
        writeln!(f)?;
        for (from, label) in LABELS.iter().enumerate() {
            write!(f, "trans\t{label}")?;
            for to in 0..l {
                write!(f, "\t{}", fmt_weight(self.crf.trans(from, to)))?;
            }
            writeln!(f)?;
        }
        for (name, ids) in &self.names {
            for (r, &id) in ids.iter().enumerate() {
                if id == NONE {
                    continue;
                }
                let ws = &self.crf.w[id as usize * l..(id as usize + 1) * l];
                // Rows whose weights are all tiny change no decision; they
                // are left out to keep the file small.
                if ws.iter().all(|w| w.abs() < MIN_WEIGHT) {
                    continue;
                }
                let cells: Vec<String> = ws.iter().map(|&w| fmt_weight(w)).collect();
                writeln!(f, "f\t{}{}\t{}", ROLES[r], name, cells.join("\t"))?;
            }
        }
        Ok(())
    }
}

impl FromStr for ParserModel {
    type Err = Error;

    /// Reads the text form written by [`Display`](fmt::Display).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] naming the first line that does not fit the
    /// format.
    fn from_str(s: &str) -> Result<ParserModel> {
        let bad = |n: usize, why: &str| {
            Error::InvalidConfig(format!("parser model, line {}: {why}", n + 1))
        };
        let l = LABELS.len();
        let mut lines = s.lines().enumerate();
        match lines.next() {
            Some((_, MAGIC)) => {}
            _ => return Err(bad(0, "not a newstext parser model")),
        }
        let mut start = vec![0.0; l];
        let mut trans = vec![0.0; l * l];
        let mut rows: Vec<(Box<str>, usize, Vec<f64>)> = Vec::new();
        let weights = |n: usize, cells: &[&str]| -> Result<Vec<f64>> {
            if cells.len() != l {
                return Err(bad(n, "wrong number of weights"));
            }
            cells
                .iter()
                .map(|c| {
                    c.parse::<f64>()
                        .ok()
                        .filter(|w| w.is_finite())
                        .ok_or_else(|| bad(n, "bad weight"))
                })
                .collect()
        };
        for (n, line) in lines {
            let cells: Vec<&str> = line.split('\t').collect();
            match cells[0] {
                "labels" => {
                    let names: Vec<&str> = LABELS.iter().map(|k| k.as_str()).collect();
                    if cells[1..] != names[..] {
                        return Err(bad(n, "labels differ from this version's"));
                    }
                }
                "start" => start = weights(n, &cells[1..])?,
                "trans" if cells.len() == l + 2 => {
                    let from = LABELS
                        .iter()
                        .position(|k| k.as_str() == cells[1])
                        .ok_or_else(|| bad(n, "unknown label"))?;
                    let w = weights(n, &cells[2..])?;
                    trans[from * l..(from + 1) * l].copy_from_slice(&w);
                }
                "f" if cells.len() == l + 2 => {
                    let (role, name) = ROLES
                        .iter()
                        .enumerate()
                        .rev()
                        .find_map(|(r, p)| {
                            (!p.is_empty())
                                .then(|| cells[1].strip_prefix(p).map(|x| (r, x)))
                                .flatten()
                        })
                        .unwrap_or((0, cells[1]));
                    rows.push((name.into(), role, weights(n, &cells[2..])?));
                }
                "" => {}
                _ => return Err(bad(n, "unknown line")),
            }
        }
        rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut names: Vec<(Box<str>, [u32; 5])> = Vec::new();
        let mut w = Vec::with_capacity(rows.len() * l + l + l * l);
        for (i, (name, role, ws)) in rows.into_iter().enumerate() {
            if names.last().is_none_or(|(n, _)| *n != name) {
                names.push((name, [NONE; 5]));
            }
            let last = names.last_mut().expect("pushed above");
            last.1[role] = u32::try_from(i).map_err(|_| bad(0, "too many features"))?;
            w.extend(ws);
        }
        let features = w.len() / l;
        w.extend(start);
        w.extend(trans);
        Ok(ParserModel::new(
            Crf {
                labels: l,
                features,
                w,
            },
            names,
        ))
    }
}
