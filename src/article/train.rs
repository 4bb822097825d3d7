//! Training the line-role model from annotated pages.
//!
//! An annotated page is its text and an [`Annotation`] in the format of the
//! project's corpus (`NNN.json` beside `NNN.txt`). Each segment of the text
//! gets a gold kind from the annotation (title, captions, headings,
//! boilerplate, byline) or, for metadata the annotation states only as
//! values, from the line rules (a date line, a dateline, a credit line);
//! everything else is a paragraph. The model is a linear-chain CRF over the
//! segments' features, trained by L-BFGS; training is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::classify::prepare;
use super::crf::{Crf, Sequence};
use super::features::{self, is_coarse, Layout};
use super::parse::lines;
use super::segment::Seg;
use super::tagger::{label_of, role_ids, ParserModel, LABELS, NONE, OFFSETS};
use super::BlockKind;
use crate::detect::Detector;
use crate::{Error, Result};

/// A hand annotation of one page, as the corpus stores it (`NNN.json`).
///
/// Strings in `title`, `captions`, `headings`, `boilerplate` and
/// `foreign_lines` are (almost always whole) lines of the page's text.
///
/// ```
/// let json = r#"{"url": "https://example.com/a", "language": "en",
///   "title": "Floods hit Hue", "date": null, "time": null, "byline": null,
///   "source": null, "captions": [], "headings": [], "boilerplate": ["Share"],
///   "foreign_lines": [], "truncated": false}"#;
/// let a: newstext::Annotation = serde_json::from_str(json).unwrap();
/// assert_eq!(a.title.as_deref(), Some("Floods hit Hue"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Annotation {
    /// Where the page comes from; names the outlet.
    #[serde(default)]
    pub url: Option<String>,
    /// The article's language code (`en`, `id`, `vi`).
    #[serde(default)]
    pub language: Option<String>,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Publication time, `HH:MM`.
    #[serde(default)]
    pub time: Option<String>,
    /// The first credit as written.
    #[serde(default)]
    pub byline: Option<String>,
    /// The credited agency or outlet.
    #[serde(default)]
    pub source: Option<String>,
    /// Photo captions.
    #[serde(default)]
    pub captions: Vec<String>,
    /// Sub-headings.
    #[serde(default)]
    pub headings: Vec<String>,
    /// Navigation, widgets, teasers and other page furniture.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Lines in another language than the article's.
    #[serde(default)]
    pub foreign_lines: Vec<ForeignLine>,
    /// Whether the excerpt was cut by a length cap.
    #[serde(default)]
    pub truncated: bool,
}

/// A line in another language, in an [`Annotation`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForeignLine {
    /// The line.
    pub text: String,
    /// Its language code.
    pub language: String,
}

/// Settings of [`ParserModel::train`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TrainOptions {
    /// L2 regularization strength (default 1.0).
    pub c2: f64,
    /// At most this many L-BFGS iterations (default 300).
    pub iterations: usize,
    /// A feature is kept when it occurs on pages of at least this many
    /// outlets (by the annotation's `url`; default 1); raise it so that no feature
    /// belongs to one site.
    pub min_outlets: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            c2: 1.0,
            iterations: 300,
            min_outlets: 1,
        }
    }
}

/// Whitespace collapsed, trimmed.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The corpus scorer's line match: equal, or one holds the other when that
/// one has at least 12 bytes.
fn same_line(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty()
        && !b.is_empty()
        && (a == b || (a.len() >= 12 && b.contains(&a)) || (b.len() >= 12 && a.contains(&b)))
}

/// A segment's gold kind from the annotation, falling back on the rules.
fn gold_kind(text: &str, seg: &Seg, ann: &Annotation) -> BlockKind {
    let s = &text[seg.start..seg.end];
    if seg.more.marker.is_some() {
        return BlockKind::Date;
    }
    if ann.title.as_deref().is_some_and(|t| norm(t) == norm(s)) {
        return BlockKind::Title;
    }
    let any = |list: &[String]| list.iter().any(|g| same_line(g, s));
    if any(&ann.captions) {
        return BlockKind::Caption;
    }
    if any(&ann.headings) {
        return BlockKind::Heading;
    }
    if any(&ann.boilerplate) {
        return BlockKind::Boilerplate;
    }
    if ann.byline.as_deref().is_some_and(|b| same_line(b, s)) {
        return BlockKind::Byline;
    }
    match seg.rule {
        Some(BlockKind::Date) => BlockKind::Date,
        Some(BlockKind::Dateline) => BlockKind::Dateline,
        Some(BlockKind::Attribution) => BlockKind::Attribution,
        Some(BlockKind::Byline) if ann.byline.is_some() => BlockKind::Byline,
        _ => BlockKind::Paragraph,
    }
}

/// The registrable domain of a URL: scheme, port, `www.` and other
/// subdomains dropped (`women.okezone.com:443` → `okezone.com`,
/// `bali.jpnn.com` → `jpnn.com`, `en.antaranews.com` → `antaranews.com`);
/// second-level public suffixes (`co.id`, `com.vn`) are kept whole.
///
/// ```
/// use newstext::article::registrable_domain;
/// assert_eq!(registrable_domain("https://women.okezone.com:443/read/1"), "okezone.com");
/// assert_eq!(registrable_domain("http://ekonomi.republika.co.id/x"), "republika.co.id");
/// assert_eq!(registrable_domain("https://m.thanhniennews.com"), "thanhniennews.com");
/// ```
pub fn registrable_domain(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").to_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let second_level = [
        "co", "com", "net", "org", "ac", "go", "gov", "edu", "or", "web", "sch", "mil", "biz",
        "info", "my", "ne",
    ];
    let keep = match labels.len() {
        0..=2 => labels.len(),
        n if labels[n - 1].len() == 2 && second_level.contains(&labels[n - 2]) => 3,
        _ => 2,
    };
    labels[labels.len() - keep..].join(".")
}

/// One page turned into the tagger's inputs: feature names per segment
/// and gold labels.
struct Page {
    outlet: String,
    features: Vec<Vec<String>>,
    gold: Vec<usize>,
}

fn page(text: &str, ann: &Annotation, detector: &Detector) -> Option<Page> {
    lines(text).next()?;
    let prep = prepare(text, lines(text), true, detector);
    let doc = prep.doc(text);
    let layout = Layout::of(&doc);
    let mut buf = String::new();
    let mut feats = Vec::with_capacity(prep.segs.len());
    let mut gold = Vec::with_capacity(prep.segs.len());
    for (i, seg) in prep.segs.iter().enumerate() {
        let mut names = Vec::new();
        features::segment_features(&doc, &layout, i, &mut buf, &mut |name| {
            names.push(name.to_string())
        });
        feats.push(names);
        gold.push(label_of(gold_kind(text, seg, ann)));
    }
    let outlet = ann
        .url
        .as_deref()
        .map(registrable_domain)
        .unwrap_or_default();
    Some(Page {
        outlet,
        features: feats,
        gold,
    })
}

impl ParserModel {
    /// Trains a model on annotated pages: `(text, annotation)` pairs, in
    /// the order given (sort them for a reproducible model).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] when no page has any text, or the options
    /// are out of range.
    ///
    /// ```
    /// use newstext::{Annotation, Parser, ParserModel, TrainOptions};
    ///
    /// let text = "Floods hit central Vietnam\nShare\nRivers rose above the third alarm \
    ///             level overnight in Quang Ngai and Hue, officials said on Monday.\n";
    /// let mut ann = Annotation::default();
    /// ann.title = Some("Floods hit central Vietnam".into());
    /// ann.boilerplate = vec!["Share".into()];
    /// let opts = TrainOptions::default();
    /// let model = ParserModel::train(&[(text.to_string(), ann)], &opts).unwrap();
    /// let parser = Parser::builder().model(model).build().unwrap();
    /// let a = parser.parse(text).unwrap();
    /// assert_eq!(a.title.as_deref(), Some("Floods hit central Vietnam"));
    /// ```
    pub fn train(pages: &[(String, Annotation)], opts: &TrainOptions) -> Result<ParserModel> {
        if !(opts.c2.is_finite() && opts.c2 >= 0.0) || opts.iterations == 0 {
            return Err(Error::InvalidConfig(
                "training needs c2 >= 0 and at least one iteration".into(),
            ));
        }
        let detector = Detector::default();
        let pages: Vec<Page> = pages
            .iter()
            .filter_map(|(t, a)| page(t, a, &detector))
            .collect();
        if pages.is_empty() {
            return Err(Error::InvalidConfig("no page to train on".into()));
        }
        // Vocabulary: (name, role) pairs seen on pages of enough outlets.
        let mut outlets: BTreeMap<(String, usize), BTreeSet<String>> = BTreeMap::new();
        for (pi, p) in pages.iter().enumerate() {
            // Without a URL, every page is its own outlet.
            let who = if p.outlet.is_empty() {
                format!("#{pi}")
            } else {
                p.outlet.clone()
            };
            let n = p.features.len() as isize;
            for i in 0..n {
                for (r, &off) in OFFSETS.iter().enumerate() {
                    let j = i + off;
                    if j < 0 || j >= n {
                        continue;
                    }
                    for name in &p.features[j as usize] {
                        if r >= 3 && !is_coarse(name) {
                            continue;
                        }
                        outlets
                            .entry((name.clone(), r))
                            .or_default()
                            .insert(who.clone());
                    }
                }
            }
        }
        let mut names: Vec<(Box<str>, [u32; 5])> = Vec::new();
        let mut next = 0u32;
        for ((name, r), who) in &outlets {
            if who.len() < opts.min_outlets.max(1) {
                continue;
            }
            if names.last().is_none_or(|(n, _)| **n != **name) {
                names.push((name.as_str().into(), [NONE; 5]));
            }
            names.last_mut().expect("pushed above").1[*r] = next;
            next += 1;
        }
        let index: BTreeMap<&str, usize> = names
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (&**n, i))
            .collect();
        let data: Vec<Sequence> = pages
            .iter()
            .map(|p| {
                let own: Vec<Vec<usize>> = p
                    .features
                    .iter()
                    .map(|fs| {
                        fs.iter()
                            .filter_map(|f| index.get(f.as_str()).copied())
                            .collect()
                    })
                    .collect();
                Sequence {
                    items: role_ids(&names, &own),
                    gold: p.gold.clone(),
                }
            })
            .collect();
        let crf = Crf::train(LABELS.len(), next as usize, &data, opts.c2, opts.iterations);
        // The model as shipped: through its text form, weights rounded.
        ParserModel::new(crf, names).to_string().parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(registrable_domain("https://bali.jpnn.com/x"), "jpnn.com");
        assert_eq!(
            registrable_domain("https://www.thejakartapost.com"),
            "thejakartapost.com"
        );
        assert_eq!(
            registrable_domain("https://antgct.cand.com.vn/a"),
            "cand.com.vn"
        );
        assert_eq!(registrable_domain("https://iij.co.kr/a"), "iij.co.kr");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(registrable_domain(""), "");
    }

    #[test]
    fn gold_kinds_follow_the_scorer() {
        assert!(same_line(
            "Baca Juga: Banjir di Kumai",
            "Baca  Juga: Banjir di Kumai"
        ));
        assert!(same_line("VIỄN SỰ DỰ BÁO", "x VIỄN SỰ DỰ BÁO"));
        assert!(!same_line("VNA", "VNA news"));
    }
}
