//! A linear-chain conditional random field over dense label scores: the
//! tagger that decides each segment's kind.
//!
//! Each item of a sequence carries a list of feature ids; a feature has one
//! weight per label. Labels of neighbours are linked by a transition matrix
//! (plus start weights). Each item gets its most probable label under the
//! marginal probabilities from forward-backward, which are also its
//! confidences; training maximizes the
//! L2-regularized log-likelihood with L-BFGS. Everything is deterministic:
//! the same data in the same order gives the same weights, bit for bit.

/// The weights of a trained CRF with `labels` labels.
///
/// Layout: `features * labels` state weights, then `labels` start weights,
/// then `labels * labels` transition weights (`from * labels + to`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Crf {
    pub labels: usize,
    pub features: usize,
    pub w: Vec<f64>,
}

/// One training sequence: per item its feature ids, and the gold labels.
pub(crate) struct Sequence {
    pub items: Vec<Vec<u32>>,
    pub gold: Vec<usize>,
}

/// Items' state scores, one row of `labels` numbers per item, however
/// they are stored.
pub(crate) trait StateScores {
    /// The number of items.
    fn items(&self) -> usize;
    /// The state scores of item `t`.
    fn row(&self, t: usize) -> &[f64];
}

/// State scores in one table, `items * labels`.
pub(crate) struct Dense<'a> {
    pub scores: &'a [f64],
    pub labels: usize,
}

impl StateScores for Dense<'_> {
    fn items(&self) -> usize {
        self.scores.len() / self.labels
    }
    fn row(&self, t: usize) -> &[f64] {
        &self.scores[t * self.labels..(t + 1) * self.labels]
    }
}

/// Items per block of [`Crf::marginals_each`]: its memory is about two
/// blocks of backward rows and one row per block.
pub(crate) const MARGINAL_BLOCK: usize = 1024;

impl Crf {
    pub fn zeros(labels: usize, features: usize) -> Crf {
        Crf {
            labels,
            features,
            w: vec![0.0; features * labels + labels + labels * labels],
        }
    }

    fn start_at(&self) -> usize {
        self.features * self.labels
    }

    fn trans_at(&self) -> usize {
        self.start_at() + self.labels
    }

    /// The start weight of `label`.
    pub fn start(&self, label: usize) -> f64 {
        self.w[self.start_at() + label]
    }

    /// The transition weight `from -> to`.
    pub fn trans(&self, from: usize, to: usize) -> f64 {
        self.w[self.trans_at() + from * self.labels + to]
    }

    /// Adds the state scores of `items` into `scores` (`items.len() *
    /// labels`, zeroed by the caller).
    pub fn state_scores(&self, w: &[f64], items: &[Vec<u32>], scores: &mut [f64]) {
        let l = self.labels;
        for (t, feats) in items.iter().enumerate() {
            let row = &mut scores[t * l..(t + 1) * l];
            for &f in feats {
                let ws = &w[f as usize * l..(f as usize + 1) * l];
                for (r, x) in row.iter_mut().zip(ws) {
                    *r += x;
                }
            }
        }
    }

    /// The first forward row: start weights plus the first item's scores.
    fn forward_first(&self, scores: &[f64], row: &mut [f64]) {
        for (y, r) in row.iter_mut().enumerate() {
            *r = self.start(y) + scores[y];
        }
    }

    /// One forward step in log space: the row of an item from the row of
    /// the item before and the item's own state scores (`tmp` is scratch
    /// of `labels` numbers).
    fn forward_step(&self, scores: &[f64], prev: &[f64], cur: &mut [f64], tmp: &mut [f64]) {
        let l = self.labels;
        for y in 0..l {
            for p in 0..l {
                tmp[p] = prev[p] + self.trans(p, y);
            }
            cur[y] = log_sum_exp(tmp) + scores[y];
        }
    }

    /// One backward step in log space: the row of an item from the row of
    /// the item after and that item's state scores.
    fn backward_step(&self, next_scores: &[f64], next: &[f64], cur: &mut [f64], tmp: &mut [f64]) {
        for (y, c) in cur[..self.labels].iter_mut().enumerate() {
            for (q, x) in tmp.iter_mut().enumerate() {
                *x = self.trans(y, q) + next_scores[q] + next[q];
            }
            *c = log_sum_exp(tmp);
        }
    }

    /// The backward table in log space (`n * labels`, the last row zero).
    fn backward(&self, scores: &[f64]) -> Vec<f64> {
        let l = self.labels;
        let n = scores.len() / l;
        let mut beta = vec![0.0; n * l];
        let mut tmp = vec![0.0; l];
        for t in (0..n.saturating_sub(1)).rev() {
            let (cur, next) = beta.split_at_mut((t + 1) * l);
            self.backward_step(
                &scores[(t + 1) * l..(t + 2) * l],
                &next[..l],
                &mut cur[t * l..],
                &mut tmp,
            );
        }
        beta
    }

    /// Forward-backward in log space over the state scores (`n *
    /// labels`): `alpha`, `beta` and the log partition function.
    fn forward_backward(&self, scores: &[f64]) -> (Vec<f64>, Vec<f64>, f64) {
        if scores.is_empty() {
            return (Vec::new(), Vec::new(), 0.0);
        }
        let (alpha, log_z) = self.forward(&Dense {
            scores,
            labels: self.labels,
        });
        (alpha, self.backward(scores), log_z)
    }

    /// The forward table in log space (`items * labels`) of a sequence of
    /// one item or more, and the log partition function.
    fn forward<S: StateScores + ?Sized>(&self, scores: &S) -> (Vec<f64>, f64) {
        let l = self.labels;
        let n = scores.items();
        let mut tmp = vec![0.0; l];
        let mut alpha = vec![0.0; n * l];
        self.forward_first(scores.row(0), &mut alpha[..l]);
        for t in 1..n {
            let (done, rest) = alpha.split_at_mut(t * l);
            self.forward_step(
                scores.row(t),
                &done[(t - 1) * l..],
                &mut rest[..l],
                &mut tmp,
            );
        }
        let log_z = log_sum_exp(&alpha[(n - 1) * l..]);
        (alpha, log_z)
    }

    /// Calls `visit(t, row)` with the marginal probability of every label
    /// at every item `t`, once per item (from the last on sequences of one
    /// block, from the first on longer ones).
    ///
    /// The recursions run in probability space, each row scaled to sum to
    /// one ([`Scaled`]): a step costs `labels²` multiply-adds and `labels`
    /// `exp`s, where log space ([`Crf::forward_backward`], which training
    /// uses) costs `labels²` `exp`s and `labels` `ln`s. The marginals are
    /// the same to within rounding (tested against log space).
    ///
    /// Memory stays a few rows whatever the length: the backward rows are
    /// kept only at the end of every block of [`MARGINAL_BLOCK`] items, and
    /// each block's rows are computed again from there when the forward
    /// pass reaches it (a sequence of one block keeps its forward rows
    /// instead). Either way the steps are the same, so the numbers are the
    /// same to the last bit.
    pub fn marginals_each<S: StateScores + ?Sized>(
        &self,
        scores: &S,
        visit: impl FnMut(usize, &[f64]),
    ) {
        self.marginals_in_blocks(scores, MARGINAL_BLOCK, visit)
    }

    fn marginals_in_blocks<S: StateScores + ?Sized>(
        &self,
        scores: &S,
        block: usize,
        mut visit: impl FnMut(usize, &[f64]),
    ) {
        let l = self.labels;
        let n = scores.items();
        if n == 0 {
            return;
        }
        let blocks = n.div_ceil(block);
        let mut steps = Scaled::new(self);
        if blocks == 1 {
            return steps.marginals_in_one_block(scores, visit);
        }
        // The backward row of each block's last item (the last row ones).
        let mut ends = vec![0.0; blocks * l];
        let mut next = vec![1.0; l];
        let mut cur = vec![0.0; l];
        ends[(blocks - 1) * l..].copy_from_slice(&next);
        for t in (0..n - 1).rev() {
            steps.backward_step(scores.row(t + 1), &next, &mut cur);
            std::mem::swap(&mut next, &mut cur);
            if (t + 1) % block == 0 {
                let b = t / block;
                ends[b * l..(b + 1) * l].copy_from_slice(&next);
            }
        }
        // Forward, block by block beside its backward rows.
        let mut beta = vec![0.0; block.min(n) * l];
        let mut prev = vec![0.0; l];
        let mut p = vec![0.0; l];
        for b in 0..blocks {
            let (first, end) = (b * block, ((b + 1) * block).min(n));
            let m = end - first;
            beta[(m - 1) * l..m * l].copy_from_slice(&ends[b * l..(b + 1) * l]);
            for k in (0..m - 1).rev() {
                let (lo, hi) = beta.split_at_mut((k + 1) * l);
                steps.backward_step(
                    scores.row(first + k + 1),
                    &hi[..l],
                    &mut lo[k * l..k * l + l],
                );
            }
            for k in 0..m {
                let t = first + k;
                if t == 0 {
                    steps.forward_first(scores.row(0), &mut prev);
                } else {
                    steps.forward_step(scores.row(t), &prev, &mut cur);
                    std::mem::swap(&mut prev, &mut cur);
                }
                marginal(&prev, &beta[k * l..(k + 1) * l], &mut p);
                visit(t, &p);
            }
        }
    }

    /// Trains on `data` with L2 strength `c2` for at most `iterations`
    /// L-BFGS steps.
    pub fn train(
        labels: usize,
        features: usize,
        data: &[Sequence],
        c2: f64,
        iterations: usize,
    ) -> Crf {
        let mut crf = Crf::zeros(labels, features);
        let mut x = crf.w.clone();
        let f = |w: &[f64], g: &mut [f64]| objective(labels, features, w, data, c2, g);
        lbfgs(&mut x, f, iterations);
        crf.w = x;
        crf
    }
}

/// The forward and backward steps in probability space: each row is
/// scaled to sum to one, which keeps it in range, and a marginal is the
/// normalized product of an item's forward and backward rows (any scale
/// of either cancels).
struct Scaled<'c> {
    crf: &'c Crf,
    /// `exp` of the transition weights, `from * labels + to`.
    trans: Vec<f64>,
    /// The state potentials of the item at hand, `exp(score - max)`.
    u: Vec<f64>,
}

impl<'c> Scaled<'c> {
    fn new(crf: &'c Crf) -> Scaled<'c> {
        let l = crf.labels;
        let trans = (0..l * l).map(|i| crf.trans(i / l, i % l).exp()).collect();
        Scaled {
            crf,
            trans,
            u: vec![0.0; l],
        }
    }

    /// The state potentials of `scores` into `self.u`.
    fn potentials(&mut self, scores: &[f64]) {
        let m = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        for (u, &s) in self.u.iter_mut().zip(scores) {
            *u = (s - m).exp();
        }
    }

    /// The first forward row: start weights plus the first item's scores.
    fn forward_first(&mut self, scores: &[f64], row: &mut [f64]) {
        let start: Vec<f64> = (0..self.crf.labels)
            .map(|y| self.crf.start(y) + scores[y])
            .collect();
        self.potentials(&start);
        row.copy_from_slice(&self.u);
        normalize(row);
    }

    /// One forward step: the row of an item from the row of the item
    /// before and the item's own state scores.
    fn forward_step(&mut self, scores: &[f64], prev: &[f64], cur: &mut [f64]) {
        let l = self.crf.labels;
        self.potentials(scores);
        cur.fill(0.0);
        for (p, &a) in prev.iter().enumerate() {
            for (c, &e) in cur.iter_mut().zip(&self.trans[p * l..(p + 1) * l]) {
                *c += a * e;
            }
        }
        for (c, &u) in cur.iter_mut().zip(&self.u) {
            *c *= u;
        }
        normalize(cur);
    }

    /// One backward step: the row of an item from the row of the item
    /// after and that item's state scores.
    fn backward_step(&mut self, next_scores: &[f64], next: &[f64], cur: &mut [f64]) {
        let l = self.crf.labels;
        self.potentials(next_scores);
        for (u, &b) in self.u.iter_mut().zip(next) {
            *u *= b;
        }
        for (y, c) in cur.iter_mut().enumerate() {
            *c = self.trans[y * l..(y + 1) * l]
                .iter()
                .zip(&self.u)
                .map(|(e, v)| e * v)
                .sum();
        }
        normalize(cur);
    }

    /// [`Crf::marginals_in_blocks`] for a sequence of one block: the
    /// forward rows are kept, and the backward pass visits the items from
    /// the last (the same numbers, two passes instead of three).
    fn marginals_in_one_block<S: StateScores + ?Sized>(
        &mut self,
        scores: &S,
        mut visit: impl FnMut(usize, &[f64]),
    ) {
        let l = self.crf.labels;
        let n = scores.items();
        let mut alpha = vec![0.0; n * l];
        self.forward_first(scores.row(0), &mut alpha[..l]);
        for t in 1..n {
            let (done, rest) = alpha.split_at_mut(t * l);
            self.forward_step(scores.row(t), &done[(t - 1) * l..], &mut rest[..l]);
        }
        let mut beta = vec![0.0; l];
        let mut next = vec![1.0; l];
        let mut p = vec![0.0; l];
        for t in (0..n).rev() {
            if t + 1 < n {
                self.backward_step(scores.row(t + 1), &next, &mut beta);
            } else {
                beta.fill(1.0);
            }
            marginal(&alpha[t * l..(t + 1) * l], &beta, &mut p);
            visit(t, &p);
            // `next` becomes this item's backward row.
            std::mem::swap(&mut next, &mut beta);
        }
    }
}

/// Scales `row` to sum to one. A row that sums to no positive number
/// (weights so extreme that every potential underflows) becomes uniform.
fn normalize(row: &mut [f64]) {
    let sum: f64 = row.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        row.iter_mut().for_each(|x| *x /= sum);
    } else {
        let even = 1.0 / row.len() as f64;
        row.iter_mut().for_each(|x| *x = even);
    }
}

/// The marginals of an item from its forward and backward rows.
fn marginal(alpha: &[f64], beta: &[f64], out: &mut [f64]) {
    for ((o, a), b) in out.iter_mut().zip(alpha).zip(beta) {
        *o = a * b;
    }
    normalize(out);
}

/// The most probable label of a row of marginals: posterior decoding,
/// which maximizes the expected number of items labelled right (Viterbi
/// maximizes the chance of the whole sequence; the parser is scored line
/// by line). The lower label wins a tie.
pub(crate) fn most_probable(row: &[f64]) -> usize {
    let mut best = 0;
    for (y, &v) in row.iter().enumerate() {
        if v > row[best] {
            best = y;
        }
    }
    best
}

fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// Negative regularized log-likelihood and its gradient.
fn objective(
    labels: usize,
    features: usize,
    w: &[f64],
    data: &[Sequence],
    c2: f64,
    g: &mut [f64],
) -> f64 {
    let l = labels;
    let view = Crf {
        labels,
        features,
        w: w.to_vec(),
    };
    g.iter_mut().for_each(|x| *x = 0.0);
    let (start_at, trans_at) = (view.start_at(), view.trans_at());
    let mut nll = 0.0;
    let mut scores = Vec::new();
    for seq in data {
        let n = seq.items.len();
        if n == 0 {
            continue;
        }
        scores.clear();
        scores.resize(n * l, 0.0);
        view.state_scores(w, &seq.items, &mut scores);
        // Gold path score.
        let mut gold = view.start(seq.gold[0]);
        for t in 0..n {
            gold += scores[t * l + seq.gold[t]];
            if t > 0 {
                gold += view.trans(seq.gold[t - 1], seq.gold[t]);
            }
        }
        let (alpha, beta, log_z) = view.forward_backward(&scores);
        nll += log_z - gold;
        // Expected minus observed counts.
        for t in 0..n {
            for y in 0..l {
                let p = (alpha[t * l + y] + beta[t * l + y] - log_z).exp();
                let d = p - f64::from(u8::from(seq.gold[t] == y));
                if d != 0.0 {
                    for &f in &seq.items[t] {
                        g[f as usize * l + y] += d;
                    }
                    if t == 0 {
                        g[start_at + y] += d;
                    }
                }
            }
            if t > 0 {
                for p in 0..l {
                    for y in 0..l {
                        let pp = (alpha[(t - 1) * l + p]
                            + view.trans(p, y)
                            + scores[t * l + y]
                            + beta[t * l + y]
                            - log_z)
                            .exp();
                        g[trans_at + p * l + y] += pp;
                    }
                }
                g[trans_at + seq.gold[t - 1] * l + seq.gold[t]] -= 1.0;
            }
        }
    }
    for (gi, wi) in g.iter_mut().zip(w) {
        *gi += c2 * wi;
        nll += 0.5 * c2 * wi * wi;
    }
    nll
}

/// Limited-memory BFGS with a backtracking (Armijo) line search; minimizes
/// `f` from `x`, in place.
fn lbfgs(x: &mut [f64], mut f: impl FnMut(&[f64], &mut [f64]) -> f64, iterations: usize) {
    const M: usize = 10;
    let n = x.len();
    let mut g = vec![0.0; n];
    let mut fx = f(x, &mut g);
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut x_new = vec![0.0; n];
    let mut g_new = vec![0.0; n];
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    for _ in 0..iterations {
        // Two-loop recursion: d = -H g.
        let mut q = g.clone();
        let k = s_hist.len();
        let mut alphas = vec![0.0; k];
        for i in (0..k).rev() {
            let rho = 1.0 / dot(&y_hist[i], &s_hist[i]);
            alphas[i] = rho * dot(&s_hist[i], &q);
            for (qj, yj) in q.iter_mut().zip(&y_hist[i]) {
                *qj -= alphas[i] * yj;
            }
        }
        let gamma = if k > 0 {
            dot(&s_hist[k - 1], &y_hist[k - 1]) / dot(&y_hist[k - 1], &y_hist[k - 1])
        } else {
            1.0 / dot(&g, &g).sqrt().max(1e-12)
        };
        q.iter_mut().for_each(|v| *v *= gamma);
        for i in 0..k {
            let rho = 1.0 / dot(&y_hist[i], &s_hist[i]);
            let beta = rho * dot(&y_hist[i], &q);
            for (qj, sj) in q.iter_mut().zip(&s_hist[i]) {
                *qj += (alphas[i] - beta) * sj;
            }
        }
        let d: Vec<f64> = q.iter().map(|v| -v).collect();
        let slope = dot(&g, &d);
        if slope >= 0.0 {
            s_hist.clear();
            y_hist.clear();
            continue;
        }
        let mut step = 1.0;
        let mut accepted = false;
        for _ in 0..30 {
            for i in 0..n {
                x_new[i] = x[i] + step * d[i];
            }
            let f_new = f(&x_new, &mut g_new);
            if f_new <= fx + 1e-4 * step * slope {
                let s: Vec<f64> = (0..n).map(|i| x_new[i] - x[i]).collect();
                let y: Vec<f64> = (0..n).map(|i| g_new[i] - g[i]).collect();
                let converged = (fx - f_new).abs() <= 1e-7 * fx.abs().max(1.0);
                fx = f_new;
                x.copy_from_slice(&x_new);
                g.copy_from_slice(&g_new);
                if dot(&s, &y) > 1e-12 {
                    s_hist.push(s);
                    y_hist.push(y);
                    if s_hist.len() > M {
                        s_hist.remove(0);
                        y_hist.remove(0);
                    }
                }
                accepted = !converged;
                break;
            }
            step *= 0.5;
        }
        if !accepted {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two labels; feature 0 means label 0, feature 1 label 1, feature 2
    /// says nothing: its label follows the previous one.
    fn toy() -> Vec<Sequence> {
        vec![
            Sequence {
                items: vec![vec![0], vec![2], vec![1], vec![2]],
                gold: vec![0, 0, 1, 1],
            },
            Sequence {
                items: vec![vec![1], vec![2], vec![0], vec![2]],
                gold: vec![1, 1, 0, 0],
            },
        ]
    }

    #[test]
    fn scaled_marginals_equal_log_space_and_blocks_agree_bit_for_bit() {
        let mut crf = Crf::zeros(3, 2);
        for (i, w) in crf.w.iter_mut().enumerate() {
            *w = ((i * 37 % 11) as f64 - 5.0) / 3.0;
        }
        for n in [1, 2, 7, 49, 50, 51, 200] {
            let scores: Vec<f64> = (0..3 * n)
                .map(|i| ((i * 13 % 17) as f64 - 8.0) / 4.0 * (1 + i % 5) as f64)
                .collect();
            let (alpha, beta, log_z) = crf.forward_backward(&scores);
            let want: Vec<f64> = alpha
                .iter()
                .zip(&beta)
                .map(|(a, b)| (a + b - log_z).exp())
                .collect();
            let dense = Dense {
                scores: &scores,
                labels: 3,
            };
            // One block, blocks that divide the length, blocks that do not.
            let mut one = Vec::new();
            for block in [MARGINAL_BLOCK, 1, 2, 5, 7, 50] {
                let mut got = vec![f64::NAN; 3 * n];
                let mut seen = vec![0; n];
                crf.marginals_in_blocks(&dense, block, |t, row| {
                    seen[t] += 1;
                    got[3 * t..3 * t + 3].copy_from_slice(row);
                });
                assert!(seen.iter().all(|&k| k == 1), "each item once");
                for (a, b) in got.iter().zip(&want) {
                    assert!((a - b).abs() < 1e-12, "n {n} block {block}: {a} vs {b}");
                }
                if block == MARGINAL_BLOCK {
                    one = got;
                } else {
                    let same = got
                        .iter()
                        .zip(&one)
                        .all(|(a, b)| a.to_bits() == b.to_bits());
                    assert!(same, "n {n} block {block}");
                }
            }
        }
    }

    #[test]
    fn extreme_scores_stay_probabilities() {
        let mut crf = Crf::zeros(3, 1);
        crf.w
            .iter_mut()
            .enumerate()
            .for_each(|(i, w)| *w = i as f64 * 40.0 - 200.0);
        let scores = [900.0, -900.0, 0.0, -1e6, 1e6, 3.0, 0.0, 0.0, 0.0];
        let dense = Dense {
            scores: &scores,
            labels: 3,
        };
        let (alpha, beta, log_z) = crf.forward_backward(&scores);
        crf.marginals_each(&dense, |t, row| {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{row:?}");
            for (y, p) in row.iter().enumerate() {
                let want = (alpha[3 * t + y] + beta[3 * t + y] - log_z).exp();
                assert!((p - want).abs() < 1e-9, "{t} {y}: {p} vs {want}");
            }
        });
    }

    #[test]
    fn learns_states_and_transitions() {
        let crf = Crf::train(2, 3, &toy(), 0.1, 200);
        let items = vec![vec![1], vec![2], vec![0], vec![2]];
        let mut s = vec![0.0; items.len() * 2];
        crf.state_scores(&crf.w, &items, &mut s);
        let dense = Dense {
            scores: &s,
            labels: 2,
        };
        let mut p = vec![0.0; 2 * items.len()];
        crf.marginals_each(&dense, |t, row| p[2 * t..2 * t + 2].copy_from_slice(row));
        let path: Vec<usize> = p.chunks(2).map(most_probable).collect();
        assert_eq!(path, [1, 1, 0, 0]);
        for t in 0..items.len() {
            assert!((p[2 * t] + p[2 * t + 1] - 1.0).abs() < 1e-9);
        }
        assert!(p[1] > 0.8, "{p:?}");
    }

    #[test]
    fn gradient_matches_finite_differences() {
        let data = toy();
        let n = 3 * 2 + 2 + 4;
        let w: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
        let mut g = vec![0.0; n];
        objective(2, 3, &w, &data, 0.3, &mut g);
        let mut scratch = vec![0.0; n];
        for i in 0..n {
            let (mut a, mut b) = (w.clone(), w.clone());
            a[i] += 1e-6;
            b[i] -= 1e-6;
            let num = (objective(2, 3, &a, &data, 0.3, &mut scratch)
                - objective(2, 3, &b, &data, 0.3, &mut scratch))
                / 2e-6;
            assert!((num - g[i]).abs() < 1e-5, "weight {i}: {num} vs {}", g[i]);
        }
    }

    #[test]
    fn training_is_deterministic() {
        let a = Crf::train(2, 3, &toy(), 0.1, 50);
        let b = Crf::train(2, 3, &toy(), 0.1, 50);
        assert_eq!(a, b);
    }
}
