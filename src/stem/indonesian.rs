//! The Indonesian root stemmer: Nazief–Adriani with the confix-stripping
//! (CS) and enhanced confix-stripping (ECS) improvements, as Sastrawi
//! defines them, checked against a root-word dictionary after every step.
//!
//! The algorithm, step by step (each step ends the search as soon as the
//! current form is a dictionary root):
//!
//! 1. the word itself;
//! 2. for the confixes `be-…-lah`, `be-…-an`, `me-…-i`, `di-…-i`, `pe-…-i`,
//!    `ter-…-i`, prefixes first, then suffixes; if that fails, back to the
//!    word;
//! 3. suffixes: a particle (`-lah`, `-kah`, `-tah`, `-pun`), a possessive
//!    (`-ku`, `-mu`, `-nya`), a derivational suffix (`-i`, `-kan`, `-an`,
//!    and the loan suffixes `-is`, `-isme`, `-isasi`);
//! 4. up to three prefixes, one per round: `di-`, `ke-`, `se-`, then the
//!    disambiguated prefixes (`ber-`, `ter-`, `meN-`, `peN-`, `per-`, `be-`,
//!    `te-`, `pe-`) with their recodings (`menulis` → `tulis`, `memakai` →
//!    `pakai`, `menyapu` → `sapu`), the infixes `-el-`, `-em-`, `-er-`,
//!    `-in-`, and `ku-`, `kau-`;
//! 5. ECS backtracking: the prefixes are put back and the suffixes restored
//!    one by one, newest first (`-kan` also as `-k` + `-an`), each time
//!    retrying the prefixes;
//! 6. the root found, or else the word unchanged (never a non-root
//!    fragment).
//!
//! Reduplications (`kerja-kerja`, `berbalas-balasan`, `meniru-nirukan`)
//! stem both halves and keep the root when they agree.
//!
//! Beyond Sastrawi, where its users report it wrong: where a prefix rule
//! gives two roots (`pengering`: `ering` or `kering`; `berupa`: `upa` or
//! `rupa`), the root with more evidence (its dictionary weight), then the
//! longer one, wins over the first found; and where the derivational suffix
//! is in doubt (`gerakan`: `gera` + `-kan` or `gerak` + `-an`; `berbagai`:
//! `baga` + `-i` or `bagai`), the root with more evidence wins. A
//! dictionary without weights keeps Sastrawi's choice in the second case.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use rustc_hash::{FxHashMap, FxHashSet};

/// Longest word stemmed; longer ones are returned unchanged (no Indonesian
/// word is this long, and it bounds the stack buffers).
const MAX: usize = 44;

/// A short ASCII word on the stack: the current form of the word being
/// stemmed, copied without allocating.
#[derive(Clone, Copy, PartialEq, Eq)]
struct W {
    len: u8,
    b: [u8; MAX + 4],
}

impl Default for W {
    fn default() -> W {
        W {
            len: 0,
            b: [0; MAX + 4],
        }
    }
}

impl W {
    fn new(s: &[u8]) -> W {
        W::cat(s, b"")
    }

    /// `a` + `b`, cut at the buffer's size (never reached: callers bound
    /// the word's length first).
    fn cat(a: &[u8], b: &[u8]) -> W {
        let mut w = W::default();
        let n = (a.len() + b.len()).min(MAX + 4);
        let na = a.len().min(n);
        w.b[..na].copy_from_slice(&a[..na]);
        w.b[na..n].copy_from_slice(&b[..n - na]);
        w.len = n as u8;
        w
    }

    fn s(&self) -> &[u8] {
        &self.b[..self.len as usize]
    }
}

/// Which kind of affix a removal took off.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Kind {
    /// A derivational prefix (plain or disambiguated).
    #[default]
    Prefix,
    /// A derivational suffix.
    Suffix,
    /// A possessive pronoun.
    Possessive,
    /// A particle.
    Particle,
}

#[derive(Clone, Copy, Default)]
struct Removal {
    kind: Kind,
    subject: W,
    result: W,
    suffix: &'static [u8],
}

/// The removals of one word, on the stack.
#[derive(Clone, Copy)]
struct Removals {
    n: usize,
    r: [Removal; 16],
}

impl Removals {
    fn new() -> Removals {
        Removals {
            n: 0,
            r: [Removal::default(); 16],
        }
    }
    fn push(&mut self, r: Removal) {
        if self.n < self.r.len() {
            self.r[self.n] = r;
            self.n += 1;
        }
    }
    fn as_slice(&self) -> &[Removal] {
        &self.r[..self.n]
    }
}

/// A root-word dictionary: lowercase words, each with a weight (how much
/// evidence there is for it as a root: 0 when the list gives none).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Dictionary {
    words: FxHashMap<Box<[u8]>, u32>,
}

impl Dictionary {
    fn from_iter<I, S>(words: I) -> Dictionary
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut d = Dictionary::default();
        d.extend(words);
        d
    }

    fn extend<I, S>(&mut self, words: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for line in words {
            let line = line.as_ref().trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (w, weight) = match line.split_once('\t') {
                Some((w, n)) => (w.trim(), n.trim().parse().unwrap_or(0)),
                None => (line, 0),
            };
            let w = w.to_lowercase().into_bytes().into_boxed_slice();
            let e = self.words.entry(w).or_insert(0);
            *e = (*e).max(weight);
        }
    }

    #[inline]
    fn has(&self, w: &[u8]) -> bool {
        self.words.contains_key(w)
    }

    /// The weight of a root; `None` for a word not in the dictionary.
    #[inline]
    fn weight(&self, w: &[u8]) -> Option<u32> {
        self.words.get(w).copied()
    }
}

/// The default dictionary, parsed once per process.
fn default_dictionary() -> Arc<Dictionary> {
    static DICT: OnceLock<Arc<Dictionary>> = OnceLock::new();
    DICT.get_or_init(|| Arc::new(Dictionary::from_iter(DEFAULT_ROOTS.lines())))
        .clone()
}

#[cfg(feature = "id-roots")]
const DEFAULT_ROOTS: &str = newstext_id_roots::ROOTS;
#[cfg(not(feature = "id-roots"))]
const DEFAULT_ROOTS: &str = "";

/// The Indonesian root stemmer (module docs: the algorithm). Built once,
/// cheap to clone (the dictionary is shared), `Send + Sync`.
///
/// The default dictionary is the `newstext-id-roots` data crate's root
/// list (CC BY-SA 3.0, see its README); [`IndonesianStemmerBuilder`] takes
/// another one or adds words to it.
///
/// ```
/// use newstext::stem::IndonesianStemmer;
///
/// let s = IndonesianStemmer::new();
/// # #[cfg(feature = "id-roots")] { // the default root list
/// assert_eq!(s.stem("mengatakan"), "kata");
/// assert_eq!(s.stem("pemerintahan"), "perintah");
/// assert_eq!(s.stem("menteri"), "menteri");
/// assert_eq!(s.stem("kerja-kerja"), "kerja");
/// # }
///
/// // A dictionary of one's own decides what a root is.
/// let mine = IndonesianStemmer::builder().with_dictionary(["tulis"]).build();
/// assert_eq!(mine.stem("menuliskan"), "tulis");
/// assert_eq!(mine.stem("mengatakan"), "mengatakan"); // no root found: unchanged
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct IndonesianStemmer {
    dict: Arc<Dictionary>,
}

impl Default for IndonesianStemmer {
    fn default() -> IndonesianStemmer {
        IndonesianStemmer::new()
    }
}

/// Builds an [`IndonesianStemmer`] with a dictionary of one's own.
#[derive(Clone, Debug, Default)]
pub struct IndonesianStemmerBuilder {
    dict: Option<Dictionary>,
    extra: Vec<String>,
}

impl IndonesianStemmerBuilder {
    /// Replaces the default dictionary with `words` (one root each; case is
    /// folded, blank lines and `#` comments skipped).
    pub fn with_dictionary<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.dict = Some(Dictionary::from_iter(words));
        self
    }

    /// Adds roots to the dictionary (the default one unless
    /// [`with_dictionary`](Self::with_dictionary) replaced it): names,
    /// terms of one's domain.
    ///
    /// ```
    /// use newstext::stem::IndonesianStemmer;
    /// let s = IndonesianStemmer::builder().with_words(["tiktok"]).build();
    /// assert_eq!(s.stem("tiktoknya"), "tiktok");
    /// ```
    pub fn with_words<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.extra
            .extend(words.into_iter().map(|w| w.as_ref().to_owned()));
        self
    }

    /// The stemmer.
    pub fn build(self) -> IndonesianStemmer {
        let dict = match (self.dict, self.extra.is_empty()) {
            (Some(mut d), _) => {
                d.extend(&self.extra);
                Arc::new(d)
            }
            (None, true) => default_dictionary(),
            (None, false) => {
                let mut d = (*default_dictionary()).clone();
                d.extend(&self.extra);
                Arc::new(d)
            }
        };
        IndonesianStemmer { dict }
    }
}

impl IndonesianStemmer {
    /// The stemmer with the default dictionary.
    pub fn new() -> IndonesianStemmer {
        IndonesianStemmer {
            dict: default_dictionary(),
        }
    }

    /// A builder, to choose the dictionary.
    pub fn builder() -> IndonesianStemmerBuilder {
        IndonesianStemmerBuilder::default()
    }

    /// Whether `word` (lowercase) is a root of the dictionary.
    ///
    /// ```
    /// let s = newstext::stem::IndonesianStemmer::new();
    /// # #[cfg(feature = "id-roots")]
    /// assert!(s.is_root("kata"));
    /// assert!(!s.is_root("mengatakan"));
    /// ```
    pub fn is_root(&self, word: &str) -> bool {
        self.dict.has(word.as_bytes())
    }

    /// The weight of a root in the dictionary (the evidence for it; 0 when
    /// the list gave none), `None` when `word` is not a root.
    ///
    /// ```
    /// let s = newstext::stem::IndonesianStemmer::new();
    /// # #[cfg(feature = "id-roots")]
    /// assert!(s.root_weight("kata") > s.root_weight("katak"));
    /// assert_eq!(s.root_weight("mengatakan"), None);
    /// ```
    pub fn root_weight(&self, word: &str) -> Option<u32> {
        self.dict.weight(word.as_bytes())
    }

    /// The number of roots in the dictionary.
    pub fn dictionary_len(&self) -> usize {
        self.dict.words.len()
    }

    /// The root of one lowercase word; the word itself when it is a root,
    /// when no root is found, or when it is not plain ASCII letters, digits
    /// and hyphens. Never empty for a non-empty word; never panics.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        let b = word.as_bytes();
        if b.is_empty()
            || b.len() > MAX
            || !b
                .iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        {
            return Cow::Borrowed(word);
        }
        let out = self.stem_word(b);
        if out.s() == b || out.len == 0 {
            Cow::Borrowed(word)
        } else {
            // ASCII in, ASCII out.
            Cow::Owned(ascii(out.s()))
        }
    }

    /// Sastrawi's word step: a reduplication stems its halves.
    fn stem_word(&self, w: &[u8]) -> W {
        if is_plural(w) {
            self.stem_plural(w)
        } else {
            self.stem_singular(w)
        }
    }

    fn stem_plural(&self, w: &[u8]) -> W {
        let Some(h) = w.iter().rposition(|&c| c == b'-') else {
            return W::new(w);
        };
        let (mut first, mut second) = (W::new(&w[..h]), W::new(&w[h + 1..]));
        // `malaikat-malaikat-nya`: the suffix goes with the second half.
        if INFLECTIONS.contains(&second.s()) {
            if let Some(h2) = first.s().iter().rposition(|&c| c == b'-') {
                let f = first;
                first = W::new(&f.s()[..h2]);
                let half = W::cat(&f.s()[h2 + 1..], b"-");
                second = W::cat(half.s(), second.s());
            }
        }
        let r1 = self.stem_singular(first.s());
        let mut r2 = self.stem_singular(second.s());
        // `meniru-nirukan`: the second half lost its prefix's first letters.
        if !self.dict.has(second.s()) && r2 == second {
            r2 = self.stem_singular(W::cat(b"me", second.s()).s());
        }
        if r1 == r2 {
            r1
        } else {
            W::new(w)
        }
    }

    fn stem_singular(&self, w: &[u8]) -> W {
        let (root, suffix) = self.run(w, Suffixing::Sastrawi);
        // Where the derivational suffix is in doubt, the root with more
        // evidence wins (without weights, Sastrawi's reading stands):
        // `-kan` or `-k` + `-an` (`gerakan`: `gera` or `gerak`), a suffix
        // or part of the root (`berbagai`: `baga` + `-i` or `bagai`), the
        // suffix or the prefix first on a confix (`belasan`: `bas` or `belas`).
        let precedence = precedence_prefix_first(w);
        let Some(wt) = self.dict.weight(root.s()) else {
            return root;
        };
        if suffix.is_none() && !precedence {
            return root;
        }
        let mut best = (wt, root);
        let mut try_alt = |how| {
            let (alt, _) = self.run(w, how);
            if let Some(a) = self.dict.weight(alt.s()) {
                if a > best.0 {
                    best = (a, alt);
                }
            }
        };
        if suffix == Some(b"kan") {
            try_alt(Suffixing::KanAsAn);
        }
        if suffix.is_some() {
            try_alt(Suffixing::Keep);
        }
        if precedence {
            try_alt(Suffixing::SuffixFirst);
        }
        best.1
    }

    /// Sastrawi's procedure on one word: the root (or the word), and the
    /// derivational suffix taken off on the way to it.
    fn run(&self, w: &[u8], suffixing: Suffixing) -> (W, Option<&'static [u8]>) {
        let mut c = Ctx {
            dict: &self.dict,
            original: W::new(w),
            cur: W::new(w),
            stopped: false,
            suffixing,
            removals: Removals::new(),
        };
        c.run();
        if c.has_cur() {
            let suffix = c
                .removals
                .as_slice()
                .iter()
                .find(|r| r.kind == Kind::Suffix)
                .map(|r| r.suffix);
            (c.cur, suffix)
        } else {
            (c.original, None)
        }
    }
}

/// One reading of a word as affixes around a root, from
/// [`IndonesianStemmer::analyses`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The root candidate (in the dictionary or not).
    pub root: String,
    /// The prefixes taken off, outermost first (`mem`, `per`, `di` …), as
    /// written in the word (before recoding).
    pub prefixes: Vec<String>,
    /// The derivational suffix taken off (`kan`, `an`, `i`, `is` …), if any.
    pub suffix: Option<String>,
    /// Whether a particle or possessive (`-lah`, `-nya` …) was taken off.
    pub inflected: bool,
}

impl Analysis {
    /// Whether the prefix and suffix may go together: Nazief and Adriani's
    /// disallowed pairs (`be-…-i`, `di-…-an`, `ke-…-i`, `ke-…-kan`,
    /// `me-…-an`, `se-…-i`, `se-…-kan`, `te-…-an`) and loan suffixes
    /// (`-is`, `-isme`, `-isasi`) after a native prefix are not.
    ///
    /// ```
    /// let s = newstext::stem::IndonesianStemmer::new();
    /// let a = s.analyses("kedatangi");
    /// assert!(a.iter().any(|a| a.root == "datang" && !a.is_valid_pair())); // ke-…-i
    /// let a = s.analyses("kedatangan");
    /// assert!(a.iter().any(|a| a.root == "datang" && a.is_valid_pair())); // ke-…-an
    /// ```
    pub fn is_valid_pair(&self) -> bool {
        let (Some(p), Some(s)) = (self.prefixes.first(), self.suffix.as_deref()) else {
            return true;
        };
        if matches!(s, "is" | "isme" | "isasi") {
            return false;
        }
        let p = p.as_str();
        let class = if p.starts_with("me") {
            "me"
        } else if p.starts_with("be") {
            "be"
        } else if p.starts_with("te") {
            "te"
        } else {
            p
        };
        !matches!(
            (class, s),
            ("be", "i")
                | ("di", "an")
                | ("ke", "i")
                | ("ke", "kan")
                | ("me", "an")
                | ("se", "i")
                | ("se", "kan")
                | ("te", "an")
        )
    }
}

impl IndonesianStemmer {
    /// Every reading of `word` the affix rules allow, root in the
    /// dictionary or not: up to one particle, one possessive and one
    /// derivational suffix, then up to three prefixes with every recoding
    /// (the word itself comes first, with no affixes). For studying a word,
    /// building a dictionary, or choosing among roots by one's own
    /// evidence; [`stem`](Self::stem) is the fast path.
    ///
    /// ```
    /// let s = newstext::stem::IndonesianStemmer::new();
    /// let roots: Vec<String> = s.analyses("mengatakan").into_iter().map(|a| a.root).collect();
    /// assert!(roots.contains(&"kata".to_string()));
    /// assert!(roots.contains(&"ata".to_string())); // meng- + a vowel root: a reading the rules allow
    /// ```
    pub fn analyses(&self, word: &str) -> Vec<Analysis> {
        let mut out = Vec::new();
        let b = word.as_bytes();
        if b.is_empty() || b.len() > MAX || !b.iter().all(u8::is_ascii_lowercase) {
            if !word.is_empty() {
                out.push(Analysis {
                    root: word.to_owned(),
                    prefixes: Vec::new(),
                    suffix: None,
                    inflected: false,
                });
            }
            return out;
        }
        // The suffix readings: none, or particle / possessive / derivational
        // in that order, each optional.
        let mut bases: Vec<(W, bool, Option<&'static [u8]>)> = vec![(W::new(b), false, None)];
        let mut inflected = vec![(W::new(b), false)];
        if let Some((n, _, _)) = particle(b) {
            inflected.push((W::new(&b[..b.len() - n]), true));
        }
        for (w, _) in inflected.clone() {
            if let Some((n, _, _)) = possessive(w.s()) {
                inflected.push((W::new(&w.s()[..w.len as usize - n]), true));
            }
        }
        for (w, infl) in &inflected {
            if *infl {
                bases.push((*w, true, None));
            }
            for suf in DERIVATIONAL {
                if w.s().ends_with(suf) && w.len as usize > suf.len() + 1 {
                    let n = w.len as usize - suf.len();
                    bases.push((W::new(&w.s()[..n]), *infl, Some(suf)));
                }
            }
        }
        for (base, infl, suffix) in bases {
            let mut prefixes = Vec::new();
            self.prefix_readings(base, &mut prefixes, infl, suffix, &mut out);
        }
        let mut seen = FxHashSet::default();
        out.retain(|a| seen.insert((a.root.clone(), a.prefixes.clone(), a.suffix.clone())));
        out
    }

    fn prefix_readings(
        &self,
        w: W,
        prefixes: &mut Vec<String>,
        inflected: bool,
        suffix: Option<&'static [u8]>,
        out: &mut Vec<Analysis>,
    ) {
        if w.len < 2 {
            return;
        }
        out.push(Analysis {
            root: ascii(w.s()),
            prefixes: prefixes.clone(),
            suffix: suffix.map(ascii),
            inflected,
        });
        if prefixes.len() == 3 {
            return;
        }
        let s = w.s();
        let mut next: Vec<W> = Vec::new();
        if s.len() >= 4 && matches!(&s[..2], b"di" | b"ke" | b"se") {
            next.push(W::new(&s[2..]));
        }
        for group in RULE_GROUPS {
            for rule in *group {
                if let Some(r) = rule(s) {
                    if r != w && !next.contains(&r) {
                        next.push(r);
                    }
                }
            }
        }
        for r in next {
            let taken = written_prefix(s, r.s());
            prefixes.push(taken);
            self.prefix_readings(r, prefixes, inflected, suffix, out);
            prefixes.pop();
        }
    }
}

/// The prefix as written: what `word` has before the part it shares with
/// the end of `rest` (a recoded first letter is not shared).
fn written_prefix(word: &[u8], rest: &[u8]) -> String {
    let shared = word
        .iter()
        .rev()
        .zip(rest.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    ascii(&word[..word.len() - shared])
}

fn ascii(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

const INFLECTIONS: [&[u8]; 7] = [b"ku", b"mu", b"nya", b"lah", b"kah", b"tah", b"pun"];

/// Sastrawi's plural test: a hyphen other than one before a clitic.
fn is_plural(w: &[u8]) -> bool {
    if let Some(h) = w.iter().rposition(|&c| c == b'-') {
        if INFLECTIONS.contains(&&w[h + 1..]) {
            return w[..h].contains(&b'-');
        }
        return true;
    }
    false
}

/// A suffix step: the bytes to cut, the kind of suffix and, for a
/// derivational one, the suffix (empty for a clitic), if it applies.
type SuffixStep = fn(&[u8]) -> Option<(usize, Kind, &'static [u8])>;

/// How the derivational suffix is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Suffixing {
    /// As Sastrawi: the longest suffix.
    Sastrawi,
    /// A final `-kan` as `-k` + `-an`.
    KanAsAn,
    /// No derivational suffix: it belongs to the root.
    Keep,
    /// As Sastrawi, but the suffix first even on a confix that takes the
    /// prefix first (`belasan`: `belas` + `-an`, not `bas`).
    SuffixFirst,
}

/// One word's stemming state.
struct Ctx<'d> {
    dict: &'d Dictionary,
    original: W,
    cur: W,
    stopped: bool,
    suffixing: Suffixing,
    removals: Removals,
}

impl Ctx<'_> {
    #[inline]
    fn has_cur(&self) -> bool {
        self.dict.has(self.cur.s())
    }

    fn run(&mut self) {
        if self.has_cur() {
            return;
        }
        // Words of three letters or fewer are not stemmed; as in Sastrawi,
        // the flag stops each later group of rules after its first rule.
        if self.cur.len <= 3 {
            self.stopped = true;
        }
        if self.suffixing != Suffixing::SuffixFirst && precedence_prefix_first(self.original.s()) {
            self.remove_prefixes();
            if self.has_cur() {
                return;
            }
            self.remove_suffixes();
            if self.has_cur() {
                return;
            }
            self.cur = self.original;
            self.removals = Removals::new();
        }
        self.remove_suffixes();
        if self.has_cur() {
            return;
        }
        self.remove_prefixes();
        if self.has_cur() {
            return;
        }
        self.restore_suffixes();
    }

    fn remove(&mut self, kind: Kind, result: W, suffix: &'static [u8]) {
        self.removals.push(Removal {
            kind,
            subject: self.cur,
            result,
            suffix,
        });
        self.cur = result;
    }

    fn remove_suffixes(&mut self) {
        let steps: [SuffixStep; 3] = [particle, possessive, derivational_suffix];
        for step in steps {
            let mut found = step(self.cur.s());
            if let Some((_, Kind::Suffix, suffix)) = found {
                match self.suffixing {
                    Suffixing::Sastrawi | Suffixing::SuffixFirst => {}
                    Suffixing::KanAsAn if suffix == b"kan" => {
                        found = Some((2, Kind::Suffix, b"an"));
                    }
                    Suffixing::KanAsAn => {}
                    Suffixing::Keep => found = None,
                }
            }
            if let Some((n, kind, suffix)) = found {
                let s = self.cur.s();
                let result = W::new(&s[..s.len() - n]);
                self.remove(kind, result, suffix);
            }
            if self.has_cur() || self.stopped {
                return;
            }
        }
    }

    fn remove_prefixes(&mut self) {
        for _ in 0..3 {
            let before = self.removals.n;
            self.prefix_round();
            if self.has_cur() || self.removals.n == before {
                return;
            }
        }
    }

    /// One round: the first rule group that applies removes one prefix.
    fn prefix_round(&mut self) {
        let n = self.removals.n;
        // The plain prefixes come first.
        let s = self.cur.s();
        if s.len() >= 2 && matches!(&s[..2], b"di" | b"ke" | b"se") {
            let r = W::new(&s[2..]);
            self.remove(Kind::Prefix, r, b"");
        }
        if self.has_cur() || self.stopped || self.removals.n > n {
            return;
        }
        for group in RULE_GROUPS {
            // Sastrawi takes the group's first reading that is a root, else
            // its last reading; among several roots, the one with the most
            // evidence wins here (the first on a tie, as in Sastrawi).
            let mut result = None;
            let mut best: Option<(u32, W)> = None;
            for rule in *group {
                result = rule(self.cur.s());
                if let Some(r) = result {
                    if let Some(wt) = self.dict.weight(r.s()) {
                        // Weight first, then the longer root: a recoded
                        // consonant kept (`pengering`: `kering`, not
                        // `ering`; `berupa`: `rupa`, not `upa`).
                        if best.is_none_or(|(b, bw)| (wt, r.len) > (b, bw.len)) {
                            best = Some((wt, r));
                        }
                    }
                }
            }
            if let Some((_, r)) = best {
                result = Some(r);
            }
            if let Some(r) = result {
                self.remove(Kind::Prefix, r, b"");
            }
            if self.has_cur() || self.stopped || self.removals.n > n {
                return;
            }
        }
    }

    /// ECS "loop pengembalian akhiran": prefixes back on, then each suffix
    /// restored in turn, newest first, retrying the prefixes each time.
    fn restore_suffixes(&mut self) {
        if let Some(first) = self
            .removals
            .as_slice()
            .iter()
            .find(|r| r.kind == Kind::Prefix)
        {
            self.cur = first.subject;
        }
        let mut kept = Removals::new();
        for r in self.removals.as_slice() {
            if r.kind != Kind::Prefix {
                kept.push(*r);
            }
        }
        self.removals = kept;
        let saved = kept;
        let saved_word = self.cur;
        for r in saved.as_slice().iter().rev() {
            if r.suffix == b"kan" {
                self.cur = W::cat(r.result.s(), b"k");
                self.remove_prefixes();
                if self.has_cur() {
                    return;
                }
                self.cur = W::cat(r.result.s(), b"kan");
            } else {
                self.cur = r.subject;
            }
            self.remove_prefixes();
            if self.has_cur() {
                return;
            }
            self.removals = saved;
            self.cur = saved_word;
        }
    }
}

/// The confixes whose prefix is stripped before the suffix.
fn precedence_prefix_first(w: &[u8]) -> bool {
    let confix =
        |p: &[u8], s: &[u8]| w.len() >= p.len() + s.len() && w.starts_with(p) && w.ends_with(s);
    confix(b"be", b"lah")
        || confix(b"be", b"an")
        || confix(b"me", b"i")
        || confix(b"di", b"i")
        || confix(b"pe", b"i")
        || confix(b"ter", b"i")
}

/// `-lah`, `-kah`, `-tah`, `-pun`, with any hyphens before it: the number of
/// bytes to cut.
fn particle(w: &[u8]) -> Option<(usize, Kind, &'static [u8])> {
    clitic(w, &[b"lah", b"kah", b"tah", b"pun"]).map(|n| (n, Kind::Particle, &b""[..]))
}

/// `-ku`, `-mu`, `-nya`.
fn possessive(w: &[u8]) -> Option<(usize, Kind, &'static [u8])> {
    clitic(w, &[b"ku", b"mu", b"nya"]).map(|n| (n, Kind::Possessive, &b""[..]))
}

fn clitic(w: &[u8], forms: &[&[u8]]) -> Option<usize> {
    let f = forms.iter().find(|f| w.ends_with(f))?;
    let mut n = f.len();
    while n < w.len() && w[w.len() - n - 1] == b'-' {
        n += 1;
    }
    Some(n)
}

/// The derivational suffixes, longest first among those that can end the
/// same word.
const DERIVATIONAL: [&[u8]; 6] = [b"isasi", b"isme", b"kan", b"is", b"an", b"i"];

/// `-isasi`, `-isme`, `-is`, `-kan`, `-an`, `-i`: the longest that ends the
/// word (the leftmost match of Sastrawi's pattern).
fn derivational_suffix(w: &[u8]) -> Option<(usize, Kind, &'static [u8])> {
    DERIVATIONAL
        .iter()
        .find(|s| w.ends_with(s))
        .map(|s| (s.len(), Kind::Suffix, *s))
}

// ---------------------------------------------------------------------------
// Prefix disambiguation rules (Asian et al.'s table as extended by the CS
// and ECS papers and Sastrawi). Each returns the word without the prefix,
// recoded, or `None` where it does not apply. Rules of one group are tried
// in order; the first whose result is a root wins, else the last result.

type Rule = fn(&[u8]) -> Option<W>;

fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'i' | b'u' | b'e' | b'o')
}

fn consonant(c: u8) -> bool {
    c.is_ascii_lowercase() && !vowel(c)
}

/// `[bcdfghjkpqstvxz]`: the consonants other than l, m, n, r, w, y.
fn obstruent(c: u8) -> bool {
    consonant(c) && !matches!(c, b'l' | b'm' | b'n' | b'r' | b'w' | b'y')
}

fn at(w: &[u8], i: usize) -> u8 {
    w.get(i).copied().unwrap_or(0)
}

fn tail(w: &[u8], from: usize) -> Option<W> {
    Some(W::new(&w[from..]))
}

fn recode(head: &[u8], w: &[u8], from: usize) -> Option<W> {
    Some(W::cat(head, &w[from..]))
}

fn r1a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"ber") && vowel(at(w, 3))).then(|| W::new(&w[3..]))
}
fn r1b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"ber") && vowel(at(w, 3))).then(|| W::cat(b"r", &w[3..]))
}
fn r2(w: &[u8]) -> Option<W> {
    if !(w.starts_with(b"ber") && consonant(at(w, 3)) && at(w, 4).is_ascii_lowercase()) {
        return None;
    }
    if w[5..].starts_with(b"er") {
        return None;
    }
    tail(w, 3)
}
fn r3(w: &[u8]) -> Option<W> {
    let ok = w.starts_with(b"ber")
        && consonant(at(w, 3))
        && at(w, 4).is_ascii_lowercase()
        && w.get(5..7) == Some(b"er")
        && vowel(at(w, 7));
    if !ok || w[3] == b'r' {
        return None;
    }
    tail(w, 3)
}
fn r4(w: &[u8]) -> Option<W> {
    (w == b"belajar").then(|| W::new(b"ajar"))
}
fn r5(w: &[u8]) -> Option<W> {
    let ok = w.starts_with(b"be")
        && consonant(at(w, 2))
        && at(w, 2) != b'r'
        && w.get(3..5) == Some(b"er")
        && consonant(at(w, 5));
    if ok {
        tail(w, 2)
    } else {
        None
    }
}
fn r6a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"ter") && vowel(at(w, 3))).then(|| W::new(&w[3..]))
}
fn r6b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"ter") && vowel(at(w, 3))).then(|| W::cat(b"r", &w[3..]))
}
fn r7(w: &[u8]) -> Option<W> {
    let ok = w.starts_with(b"ter")
        && consonant(at(w, 3))
        && w.get(4..6) == Some(b"er")
        && vowel(at(w, 6));
    if !ok || w[3] == b'r' {
        return None;
    }
    tail(w, 3)
}
fn r8(w: &[u8]) -> Option<W> {
    if !(w.starts_with(b"ter") && consonant(at(w, 3))) {
        return None;
    }
    if w[3] == b'r' || w[4..].starts_with(b"er") {
        return None;
    }
    tail(w, 3)
}
fn r9(w: &[u8]) -> Option<W> {
    let ok = w.starts_with(b"te")
        && consonant(at(w, 2))
        && w.get(3..5) == Some(b"er")
        && consonant(at(w, 5));
    if !ok || w[2] == b'r' {
        return None;
    }
    tail(w, 2)
}
fn r10(w: &[u8]) -> Option<W> {
    (w.starts_with(b"me") && matches!(at(w, 2), b'l' | b'r' | b'w' | b'y') && vowel(at(w, 3)))
        .then(|| W::new(&w[2..]))
}
fn r11(w: &[u8]) -> Option<W> {
    (w.starts_with(b"mem") && matches!(at(w, 3), b'b' | b'f' | b'v')).then(|| W::new(&w[3..]))
}
fn r12(w: &[u8]) -> Option<W> {
    w.starts_with(b"mempe").then(|| W::new(&w[3..]))
}
fn r13a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"mem") && vowel(at(w, 3))).then(|| W::cat(b"m", &w[3..]))
}
fn r13b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"mem") && vowel(at(w, 3))).then(|| W::cat(b"p", &w[3..]))
}
fn r14(w: &[u8]) -> Option<W> {
    (w.starts_with(b"men") && matches!(at(w, 3), b'c' | b'd' | b'j' | b's' | b't' | b'z'))
        .then(|| W::new(&w[3..]))
}
fn r15a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"men") && vowel(at(w, 3))).then(|| W::cat(b"n", &w[3..]))
}
fn r15b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"men") && vowel(at(w, 3))).then(|| W::cat(b"t", &w[3..]))
}
fn r16(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meng") && matches!(at(w, 4), b'g' | b'h' | b'q' | b'k'))
        .then(|| W::new(&w[4..]))
}
fn r17a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meng") && vowel(at(w, 4))).then(|| W::new(&w[4..]))
}
fn r17b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meng") && vowel(at(w, 4))).then(|| W::cat(b"k", &w[4..]))
}
fn r17c(w: &[u8]) -> Option<W> {
    w.starts_with(b"menge").then(|| W::new(&w[5..]))
}
fn r17d(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meng") && vowel(at(w, 4))).then(|| W::cat(b"ng", &w[4..]))
}
fn r18a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meny") && vowel(at(w, 4))).then(|| W::cat(b"ny", &w[4..]))
}
fn r18b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"meny") && vowel(at(w, 4))).then(|| W::cat(b"s", &w[4..]))
}
fn r19(w: &[u8]) -> Option<W> {
    let c = at(w, 4);
    (w.starts_with(b"memp") && c.is_ascii_lowercase() && c != b'e' && c != b'n')
        .then(|| W::cat(b"p", &w[4..]))
}
fn r20(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pe") && matches!(at(w, 2), b'w' | b'y') && vowel(at(w, 3)))
        .then(|| W::new(&w[2..]))
}
fn r21a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"per") && vowel(at(w, 3))).then(|| W::new(&w[3..]))
}
fn r21b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"per") && vowel(at(w, 3))).then(|| W::new(&w[2..]))
}
fn r23(w: &[u8]) -> Option<W> {
    if !(w.starts_with(b"per") && consonant(at(w, 3)) && at(w, 4).is_ascii_lowercase()) {
        return None;
    }
    if w[5..].starts_with(b"er") {
        return None;
    }
    tail(w, 3)
}
fn r24(w: &[u8]) -> Option<W> {
    let ok = w.starts_with(b"per")
        && consonant(at(w, 3))
        && at(w, 4).is_ascii_lowercase()
        && w.get(5..7) == Some(b"er")
        && vowel(at(w, 7));
    if !ok || w[3] == b'r' {
        return None;
    }
    tail(w, 3)
}
fn r25(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pem") && matches!(at(w, 3), b'b' | b'f' | b'v')).then(|| W::new(&w[3..]))
}
fn r26a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pem") && vowel(at(w, 3))).then(|| W::cat(b"m", &w[3..]))
}
fn r26b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pem") && vowel(at(w, 3))).then(|| W::cat(b"p", &w[3..]))
}
fn r27(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pen") && matches!(at(w, 3), b'c' | b'd' | b'j' | b's' | b't' | b'z'))
        .then(|| W::new(&w[3..]))
}
fn r28a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pen") && vowel(at(w, 3))).then(|| W::cat(b"n", &w[3..]))
}
fn r28b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pen") && vowel(at(w, 3))).then(|| W::cat(b"t", &w[3..]))
}
fn r29(w: &[u8]) -> Option<W> {
    (w.starts_with(b"peng") && consonant(at(w, 4))).then(|| W::new(&w[4..]))
}
fn r30a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"peng") && vowel(at(w, 4))).then(|| W::new(&w[4..]))
}
fn r30b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"peng") && vowel(at(w, 4))).then(|| W::cat(b"k", &w[4..]))
}
fn r30c(w: &[u8]) -> Option<W> {
    w.starts_with(b"penge").then(|| W::new(&w[5..]))
}
fn r31a(w: &[u8]) -> Option<W> {
    (w.starts_with(b"peny") && vowel(at(w, 4))).then(|| W::cat(b"ny", &w[4..]))
}
fn r31b(w: &[u8]) -> Option<W> {
    (w.starts_with(b"peny") && vowel(at(w, 4))).then(|| W::cat(b"s", &w[4..]))
}
fn r32(w: &[u8]) -> Option<W> {
    if w == b"pelajar" {
        return Some(W::new(b"ajar"));
    }
    (w.starts_with(b"pel") && vowel(at(w, 3))).then(|| W::new(&w[2..]))
}
fn r34(w: &[u8]) -> Option<W> {
    if !(w.starts_with(b"pe") && consonant(at(w, 2))) {
        return None;
    }
    if w[3..].starts_with(b"er") {
        return None;
    }
    tail(w, 2)
}
fn r35(w: &[u8]) -> Option<W> {
    (w.starts_with(b"ter")
        && obstruent(at(w, 3))
        && w.get(4..6) == Some(b"er")
        && consonant(at(w, 6)))
    .then(|| W::new(&w[3..]))
}
fn r36(w: &[u8]) -> Option<W> {
    (w.starts_with(b"pe")
        && obstruent(at(w, 2))
        && w.get(3..5) == Some(b"er")
        && consonant(at(w, 5)))
    .then(|| W::new(&w[2..]))
}
/// The infix rules: `C-ix-V…` stays as it is (a) or loses the infix (b).
fn infix(w: &[u8], ix: &[u8]) -> bool {
    consonant(at(w, 0)) && w.get(1..3) == Some(ix) && vowel(at(w, 3))
}
fn r37a(w: &[u8]) -> Option<W> {
    infix(w, b"er").then(|| W::new(w))
}
fn r37b(w: &[u8]) -> Option<W> {
    infix(w, b"er").then(|| recode(&w[..1], w, 3)).flatten()
}
fn r38a(w: &[u8]) -> Option<W> {
    infix(w, b"el").then(|| W::new(w))
}
fn r38b(w: &[u8]) -> Option<W> {
    infix(w, b"el").then(|| recode(&w[..1], w, 3)).flatten()
}
fn r39a(w: &[u8]) -> Option<W> {
    infix(w, b"em").then(|| W::new(w))
}
fn r39b(w: &[u8]) -> Option<W> {
    infix(w, b"em").then(|| recode(&w[..1], w, 3)).flatten()
}
fn r40a(w: &[u8]) -> Option<W> {
    infix(w, b"in").then(|| W::new(w))
}
fn r40b(w: &[u8]) -> Option<W> {
    infix(w, b"in").then(|| recode(&w[..1], w, 3)).flatten()
}
fn r41(w: &[u8]) -> Option<W> {
    w.starts_with(b"ku").then(|| W::new(&w[2..]))
}
fn r42(w: &[u8]) -> Option<W> {
    w.starts_with(b"kau").then(|| W::new(&w[3..]))
}

/// The disambiguation rule groups, in Sastrawi's order.
const RULE_GROUPS: &[&[Rule]] = &[
    &[r1a, r1b],
    &[r2],
    &[r3],
    &[r4],
    &[r5],
    &[r6a, r6b],
    &[r7],
    &[r8],
    &[r9],
    &[r10],
    &[r11],
    &[r12],
    &[r13a, r13b],
    &[r14],
    &[r15a, r15b],
    &[r16],
    &[r17a, r17b, r17c, r17d],
    &[r18a, r18b],
    &[r19],
    &[r20],
    &[r21a, r21b],
    &[r23],
    &[r24],
    &[r25],
    &[r26a, r26b],
    &[r27],
    &[r28a, r28b],
    &[r29],
    &[r30a, r30b, r30c],
    &[r31a, r31b],
    &[r32],
    &[r34],
    &[r35],
    &[r36],
    &[r37a, r37b],
    &[r38a, r38b],
    &[r39a, r39b],
    &[r40a, r40b],
    &[r41],
    &[r42],
];

/// A rule by its Sastrawi name, for the rule tests.
#[cfg(test)]
fn rule_by_name(name: &str) -> Option<Rule> {
    let all: &[(&str, Rule)] = &[
        ("Rule1a", r1a),
        ("Rule1b", r1b),
        ("Rule2", r2),
        ("Rule3", r3),
        ("Rule4", r4),
        ("Rule5", r5),
        ("Rule6a", r6a),
        ("Rule6b", r6b),
        ("Rule7", r7),
        ("Rule8", r8),
        ("Rule9", r9),
        ("Rule10", r10),
        ("Rule11", r11),
        ("Rule12", r12),
        ("Rule13a", r13a),
        ("Rule13b", r13b),
        ("Rule14", r14),
        ("Rule15a", r15a),
        ("Rule15b", r15b),
        ("Rule16", r16),
        ("Rule17a", r17a),
        ("Rule17b", r17b),
        ("Rule17c", r17c),
        ("Rule17d", r17d),
        ("Rule18a", r18a),
        ("Rule18b", r18b),
        ("Rule19", r19),
        ("Rule20", r20),
        ("Rule21a", r21a),
        ("Rule21b", r21b),
        ("Rule23", r23),
        ("Rule24", r24),
        ("Rule25", r25),
        ("Rule26a", r26a),
        ("Rule26b", r26b),
        ("Rule27", r27),
        ("Rule28a", r28a),
        ("Rule28b", r28b),
        ("Rule29", r29),
        ("Rule30a", r30a),
        ("Rule30b", r30b),
        ("Rule30c", r30c),
        ("Rule31a", r31a),
        ("Rule31b", r31b),
        ("Rule32", r32),
        ("Rule34", r34),
        ("Rule35", r35),
        ("Rule36", r36),
        ("Rule37a", r37a),
        ("Rule37b", r37b),
        ("Rule38a", r38a),
        ("Rule38b", r38b),
        ("Rule39a", r39a),
        ("Rule39b", r39b),
        ("Rule40a", r40a),
        ("Rule40b", r40b),
        ("Rule41", r41),
        ("Rule42", r42),
    ];
    all.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(rel: &str) -> Option<String> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/stem/sastrawi")
            .join(rel);
        match std::fs::read_to_string(&p) {
            Ok(s) => Some(s),
            Err(e) => {
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "{} missing under CI: {e}",
                    p.display()
                );
                eprintln!("skipped: {} not found", p.display());
                None
            }
        }
    }

    #[test]
    fn every_sastrawi_rule_assertion_holds() {
        let Some(tsv) = shared("sastrawi_rule_pairs.tsv") else {
            return;
        };
        let mut n = 0;
        let mut bad = Vec::new();
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let rule = rule_by_name(f[2]).unwrap_or_else(|| panic!("unknown rule {}", f[2]));
            let got = rule(f[0].as_bytes());
            let got = got.map(|w| String::from_utf8_lossy(w.s()).into_owned());
            let want = (f[1] != "NULL").then(|| f[1].to_owned());
            n += 1;
            if got != want {
                bad.push(format!("{} {}: {got:?}, want {want:?}", f[2], f[0]));
            }
        }
        assert_eq!(n, 143);
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn short_long_and_odd_words_come_back_whole() {
        let s = IndonesianStemmer::builder()
            .with_dictionary(["ajar"])
            .build();
        for w in [
            "", "a", "-", "--", "di", "nya", "ﬁ", "ảnh", "x\u{301}", "Abc",
        ] {
            assert_eq!(s.stem(w), w);
        }
        let long = "me".repeat(40);
        assert_eq!(s.stem(&long), long);
        assert_eq!(s.stem("belajar"), "ajar");
    }
}
