//! The document pass: segments → features → tagged kinds → blocks, and the
//! article fields read from them.
//!
//! The tagger decides each segment's kind from what the line rules find
//! and from the segment's place among its neighbours. A few rules then
//! finish the job where the tagger's kinds leave a choice: what follows a
//! related-articles header is a teaser, an exact repeat of the title is a
//! title, adjacent captions in two languages that share names or numbers
//! are a caption and its translation; and the fields (date, byline, source)
//! are read out of the blocks of their kind.

use super::features::{CharShape, Doc};
use super::rules::{self, Credit};
use super::segment::{self, Line, Marker, Seg};
use super::source;
use super::tagger::{label_of, may_be_untagged_title, ParserModel, LABELS};
use super::{Block, BlockKind, Byline, Published};
use crate::chars::{CharProfile, Letters};
use crate::detect::{self, Brief, Detector};
use crate::Lang;

/// The parser's classification result: the segments, each its block's
/// kind and spans decided, and the article fields read from them.
pub(super) struct Outcome {
    pub segs: Vec<Seg>,
    pub published: Option<Published>,
    pub byline: Option<Byline>,
    pub source: Option<String>,
    /// Each segment's language detection.
    pub detections: Vec<Option<Brief>>,
}

/// Segments with their rule opinions and languages, ready for the tagger.
pub(super) struct Prepared {
    pub segs: Vec<Seg>,
    pub detections: Vec<Option<Brief>>,
    pub langs: Vec<Option<Lang>>,
    pub lang: Option<Lang>,
    /// What the first parser's document rules decide for each segment.
    pub doc_rules: Vec<Option<BlockKind>>,
    /// The segments' cue languages asked for so far.
    pub cues: CueLangs,
    /// What each segment's chars tell the features.
    pub shapes: Vec<CharShape>,
}

impl Prepared {
    pub fn doc<'a>(&'a self, text: &'a str) -> Doc<'a> {
        Doc {
            text,
            segs: &self.segs,
            langs: &self.langs,
            lang: self.lang,
            doc_rules: &self.doc_rules,
            shapes: &self.shapes,
        }
    }
}

/// A block's language is judged on its first this many bytes (about forty
/// words: plenty to tell English, Indonesian and Vietnamese apart, and it
/// bounds the cost of a long paragraph).
pub(super) const DETECT_BYTES: usize = 240;

/// Splits the lines into segments, runs the line rules and detects each
/// segment's language and the document's (a vote of its segments of
/// running text, weighted by letters).
pub(super) fn prepare(
    text: &str,
    lines: impl Iterator<Item = Line>,
    date_marker: bool,
    detector: &Detector,
) -> Prepared {
    let mut segs = segment::split(text, lines, date_marker);
    for s in segs.iter_mut() {
        s.count_words(text);
        if s.rule.is_none() {
            segment::line_rules(text, s);
        }
    }
    // Each segment's cue language is kept where its detection worked it
    // out and the caption links may ask for it (three words or more).
    let mut cues = CueLangs::default();
    let n = segs.len();
    // Each segment's chars are profiled once: their shape for the
    // features, their letters for the votes.
    let mut shapes = Vec::with_capacity(n);
    let detections: Vec<Option<Brief>> = segs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let t = &text[s.start..s.end];
            let profile = CharProfile::of(t);
            shapes.push(CharShape::of(&profile));
            if s.more.marker.is_some() {
                None
            } else {
                // One per segment, only the winner read: no candidate
                // lists kept.
                let (brief, cue) = detector.detect_brief_with_cues(t, DETECT_BYTES);
                // Its weight in the votes, counted once: the whole
                // segment's letters.
                let brief = brief.map(|b| b.with_letters(profile.letters));
                if let Some(cue) = cue {
                    if s.words_upto(3) >= 3 {
                        cues.set(i, n, cue);
                    }
                }
                brief
            }
        })
        .collect();
    let weighted = |prose_only: bool| {
        detect::vote(segs.iter().zip(&detections).filter_map(|(s, d)| {
            (!prose_only || (s.rule.is_none() && s.words_upto(8) >= 8))
                .then(|| d.as_ref().map(|d| (d.lang(), d.letters())))
                .flatten()
        }))
    };
    let lang = weighted(true).or_else(|| weighted(false));
    let langs = detections
        .iter()
        .map(|d| d.as_ref().map(|d| d.lang()))
        .collect();
    let doc_rules = super::heuristics::decide(text, &mut segs, &mut cues);
    Prepared {
        segs,
        detections,
        langs,
        lang,
        doc_rules,
        cues,
        shapes,
    }
}

pub(super) fn classify(
    text: &str,
    lines: impl Iterator<Item = Line>,
    date_marker: bool,
    detector: &Detector,
    model: &ParserModel,
) -> Outcome {
    let mut prep = prepare(text, lines, date_marker, detector);
    let scores = model.scores(&prep.doc(text));
    let tagged = model.tag(text, &mut prep.segs, &prep.doc_rules, &scores, UNSURE);
    drop(scores);
    // The rules' decisions stand over the tagger's.
    let decided = decided_by_rules(text, &mut prep.segs);
    let open = |i: usize| !decided[i];
    // The marginal of a kind the tagger did not choose: kept by the tagger
    // for every question asked below.
    let prob = |i: usize, kind: BlockKind| {
        let p = tagged.prob(i, kind);
        debug_assert!(p.is_some(), "marginal of {kind:?} at {i} not kept");
        p.unwrap_or(0.0)
    };
    // Where the tagger is unsure, the first parser's document rules decide
    // when they see more than a paragraph.
    for (i, s) in prep.segs.iter_mut().enumerate() {
        if !open(i) || s.confidence >= UNSURE {
            continue;
        }
        if let Some(k) = prep.doc_rules[i].filter(|&k| k != BlockKind::Paragraph) {
            let same = s.kind.map(label_of) == Some(label_of(k));
            if !same {
                s.confidence = prob(i, k);
            }
            s.kind = Some(k);
        }
    }
    // One title: of several segments called a title (that are not repeats
    // of each other), the likeliest stays; the others take their likeliest
    // other kind.
    let titles: Vec<usize> = (0..prep.segs.len())
        .filter(|&i| open(i) && prep.segs[i].kind == Some(BlockKind::Title))
        .collect();
    if let Some(&keep) = titles.iter().max_by(|&&a, &&b| {
        prob(a, BlockKind::Title)
            .total_cmp(&prob(b, BlockKind::Title))
            .then(b.cmp(&a))
    }) {
        let head = &text[prep.segs[keep].start..prep.segs[keep].end];
        for &i in &titles {
            if &text[prep.segs[i].start..prep.segs[i].end] != head {
                let other = LABELS
                    .iter()
                    .copied()
                    .filter(|&k| k != BlockKind::Title)
                    .max_by(|&a, &b| prob(i, a).total_cmp(&prob(i, b)))
                    .unwrap_or(BlockKind::Paragraph);
                prep.segs[i].kind = Some(other);
                prep.segs[i].confidence = prob(i, other);
            }
        }
    }
    // A title where the text has one: when none is called, the segment
    // most likely to be one is taken if it is likely enough and reads as a
    // headline that no rule claims. (Bylines get no such second chance:
    // with each segment's most probable kind, cross-validation scores
    // bylines 0.841 without it, 0.826 with it.)
    let title = BlockKind::Title;
    if !prep.segs.iter().any(|s| s.kind == Some(title)) {
        let fits = |i: usize| may_be_untagged_title(text, &prep.segs[i]);
        let best = (0..prep.segs.len())
            .filter(|&i| open(i) && fits(i))
            .max_by(|&a, &b| prob(a, title).total_cmp(&prob(b, title)).then(b.cmp(&a)));
        if let Some(i) = best.filter(|&i| prob(i, title) >= FALLBACK_MIN) {
            prep.segs[i].kind = Some(title);
            prep.segs[i].confidence = prob(i, title);
        }
    }
    drop(tagged);
    let Prepared {
        segs,
        detections,
        mut cues,
        ..
    } = prep;
    finish(text, segs, detections, &mut cues)
}

/// The segments whose kind a rule decides alone, with confidence 1.0: the
/// corpus date marker, hard-wrapped running text, a teaser that says it is
/// one (`Baca juga: …`, `… ... |`), a credit line (`Theo QĐND`, `(Source:
/// VNA)`), a labelled byline (`Pewarta: Syaiful Hakim`) and a dateline
/// alone on its line (`Jakarta -`).
fn decided_by_rules(text: &str, segs: &mut [Seg]) -> Vec<bool> {
    let wrapped = wrapped_runs(text, segs);
    segs.iter_mut()
        .zip(wrapped)
        .map(|(s, wrapped)| {
            let t = &text[s.start..s.end];
            let kind = if s.more.marker.is_some() {
                BlockKind::Date
            } else if wrapped && s.rule.is_none() {
                BlockKind::Paragraph
            } else if s.rule == Some(BlockKind::Related) && rules::is_marked_teaser(t) {
                BlockKind::Related
            } else if s.rule == Some(BlockKind::Attribution) && rules::is_explicit_attribution(t) {
                BlockKind::Attribution
            } else if s.rule == Some(BlockKind::Byline) && rules::is_labelled_credit(t) {
                BlockKind::Byline
            } else if s.rule == Some(BlockKind::Dateline) {
                // A line that is a dateline and nothing else (`Jakarta -`,
                // `HÀ NỘI —`).
                BlockKind::Dateline
            } else {
                return false;
            };
            s.kind = Some(kind);
            s.confidence = 1.0;
            true
        })
        .collect()
}

/// Below this marginal probability the tagger is unsure of a segment, and
/// the document rules' call stands. Chosen by
/// cross-validation (0.7–0.9 score alike).
const UNSURE: f64 = 0.8;

/// The least marginal probability at which the likeliest title is taken
/// when no segment was called one.
const FALLBACK_MIN: f64 = 0.2;

/// Segments inside hard-wrapped running text: runs of at least four short
/// lines (at most 20 words, no rule) and 40 words, where at least half of the
/// line breaks fall mid-sentence (a line ending in a letter, digit or comma
/// and the next going on in lowercase).
fn wrapped_runs(text: &str, segs: &[Seg]) -> Vec<bool> {
    let t = |s: &Seg| &text[s.start..s.end];
    let short = |s: &Seg| s.rule.is_none() && (1..=20).contains(&s.words_upto(21));
    let goes_on = |a: &Seg, b: &Seg| {
        t(a).chars()
            .next_back()
            .is_some_and(|c| c.is_alnum() || matches!(c, ',' | ';'))
            && t(b)
                .trim_start_matches(['"', '“', '‘', '\''])
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    };
    let n = segs.len();
    let mut out = vec![false; n];
    let mut i = 0;
    while i < n {
        if !short(&segs[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < n && short(&segs[j + 1]) {
            j += 1;
        }
        let breaks = (i..j).filter(|&k| goes_on(&segs[k], &segs[k + 1])).count();
        // (Short segments have at most 20 words: their counts are whole.)
        let words: usize = segs[i..=j].iter().map(|s| s.words_upto(21)).sum();
        if j - i + 1 >= 4 && words >= 40 && breaks * 2 >= j - i {
            out[i..=j].iter_mut().for_each(|x| *x = true);
        }
        i = j + 1;
    }
    out
}

/// The rules after the tagger, then the blocks and fields.
fn finish(
    text: &str,
    mut segs: Vec<Seg>,
    detections: Vec<Option<Brief>>,
    cues: &mut CueLangs,
) -> Outcome {
    let t = |s: &Seg| &text[s.start..s.end];
    let is = |s: &Seg, k: BlockKind| s.kind == Some(k);

    // The title's exact repeats are titles too.
    if let Some(ti) = segs.iter().position(|s| is(s, BlockKind::Title)) {
        let head = t(&segs[ti]).to_string();
        for s in segs.iter_mut() {
            if text[s.start..s.end] == *head && s.more.marker.is_none() {
                s.kind = Some(BlockKind::Title);
            }
        }
    }

    // Teasers: boilerplate that the rules read as a related header or
    // teaser, or that follows a related header.
    let mut in_zone = false;
    for s in segs.iter_mut() {
        if s.related_header && s.kind == Some(BlockKind::Boilerplate) {
            in_zone = true;
            s.kind = Some(BlockKind::Related);
            continue;
        }
        if s.kind == Some(BlockKind::Boilerplate) && (in_zone || s.rule == Some(BlockKind::Related))
        {
            s.kind = Some(BlockKind::Related);
        }
        if matches!(s.kind, Some(BlockKind::Paragraph)) && s.end - s.start >= 250 {
            in_zone = false;
        }
    }

    // A caption and its translation.
    link_translations(
        text,
        &mut segs,
        |s| matches!(s.kind, Some(BlockKind::Caption | BlockKind::Paragraph)),
        cues,
    );

    // Photo credits of captions; names of bylines.
    for s in segs.iter_mut() {
        let st = &text[s.start..s.end];
        match s.kind {
            Some(BlockKind::Caption) if s.more.credit.is_none() => {
                if let Some(r) = rules::caption_credit(st) {
                    s.more.credit = Some(s.start + r.start..s.start + r.end);
                }
            }
            Some(BlockKind::Caption) => {}
            Some(BlockKind::Byline) if s.more.names.is_none() => {
                s.more.names = Some(Box::new(rules::credit(st).unwrap_or_else(|| Credit {
                    authors: rules::split_names(st),
                    ..Credit::default()
                })));
            }
            _ => s.more.clear_credit(),
        }
    }
    outcome(text, segs, detections)
}

/// A caption and its translation: adjacent lines in two languages, of
/// similar length (at most 300 bytes, three words or more), sharing numbers
/// or capitalised names, both of a kind `may_caption` accepts. Both become
/// captions; the second is linked to the first.
pub(super) fn link_translations(
    text: &str,
    segs: &mut [Seg],
    may_caption: impl Fn(&Seg) -> bool,
    cues: &mut CueLangs,
) {
    let t = |s: &Seg| &text[s.start..s.end];
    let n = segs.len();
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (&segs[i], &segs[i + 1]);
        let captionish = |s: &Seg| may_caption(s) && s.end - s.start <= 300 && s.words_upto(3) >= 3;
        if b.line != a.line + 1 || !captionish(a) || !captionish(b) || a.translation_of.is_some() {
            continue;
        }
        let (la, lb) = (a.end - a.start, b.end - b.start);
        if la.max(lb) > 2 * la.min(lb) + 20 {
            continue;
        }
        let da = cues.get(i, n, t(a));
        let db = cues.get(i + 1, n, t(b));
        if da.is_none() || db.is_none() || da == db {
            continue;
        }
        if shares_names_or_numbers(t(a), t(b)) {
            segs[i].kind = Some(BlockKind::Caption);
            segs[i + 1].kind = Some(BlockKind::Caption);
            segs[i + 1].translation_of = u32::try_from(i).ok();
        }
    }
}

/// Each segment's language by its word cues alone ([`detect::cue_lang`]):
/// taken from its detection where that worked it out for a segment of
/// three words or more (the caption links ask for no shorter one), else
/// worked out when first asked (the caption links of the document rules
/// and of the final pass ask for the same segments). Nothing is allocated
/// until one is known: a page of one-word lines has none.
#[derive(Default)]
pub(super) struct CueLangs(Vec<detect::CueLang>);

impl CueLangs {
    /// Sets the cue language of segment `i` (of `n`).
    fn set(&mut self, i: usize, n: usize, cue: Option<Lang>) {
        *self.slot(i, n) = Some(cue);
    }

    /// The cue language of segment `i` (of `n`), whose text is `t`.
    fn get(&mut self, i: usize, n: usize, t: &str) -> Option<Lang> {
        *self.slot(i, n).get_or_insert_with(|| detect::cue_lang(t))
    }

    /// Segment `i`'s entry, the table sized for `n` segments on first use.
    fn slot(&mut self, i: usize, n: usize) -> &mut detect::CueLang {
        if self.0.len() < n {
            self.0.resize(n, None);
        }
        &mut self.0[i]
    }
}

/// Whether two lines share a number or a capitalised word of two letters
/// or more (not counting their first words).
fn shares_names_or_numbers(a: &str, b: &str) -> bool {
    fn keys(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for (i, w) in s
            .split(|c: char| !c.is_alnum())
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            let num = w.chars().all(|c| c.is_ascii_digit());
            let digits: &str = w.trim_end_matches(|c: char| c.is_letter());
            if num {
                out.push(w);
            } else if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                out.push(digits);
            } else if i > 0
                && w.chars().count() >= 2
                && w.chars().next().is_some_and(char::is_uppercase)
            {
                out.push(w);
            }
        }
        out
    }
    let kb = keys(b);
    keys(a).iter().any(|k| kb.contains(k))
}

/// Reads the article fields out of the segments.
fn outcome(text: &str, segs: Vec<Seg>, detections: Vec<Option<Brief>>) -> Outcome {
    // Publication date: a full corpus marker wins (with the time of a date
    // line stating the same day); else the first date block; else a date in
    // a dateline.
    let marker = segs.iter().find_map(|s| s.more.marker);
    // The article's date sits in its header or at its foot, not after
    // running text that goes on (`— Name (@handle) August 5, 2021` closing
    // an embedded post): a date line with two paragraphs of running text
    // before it and one after is not the article's.
    let paragraph = |s: &Seg| s.kind == Some(BlockKind::Paragraph) && s.words_upto(20) >= 20;
    let total = segs.iter().filter(|s| paragraph(s)).count();
    let mut seen = 0;
    // Date lines outside the running text: the header's and the foot's.
    let mut dates: Vec<&Seg> = Vec::new();
    for s in &segs {
        let here = usize::from(paragraph(s));
        let in_body = seen >= 2 && total > seen + here;
        if s.more.date.is_some()
            && (s.kind == Some(BlockKind::Date) || s.rule == Some(BlockKind::Date))
            && !in_body
        {
            dates.push(s);
        }
        seen += here;
    }
    // Of those, the ones the tagger called dates.
    let dated = || {
        dates
            .iter()
            .filter(|s| s.kind == Some(BlockKind::Date))
            .filter_map(|s| s.more.date.as_deref().copied())
    };
    let published = match marker {
        Some(Marker::Full(d)) => {
            let same = dated().find(|h| h.date == d);
            Some(Published::new(
                d,
                same.and_then(|h| h.time),
                same.and_then(|h| h.offset),
            ))
        }
        _ => dated()
            .next()
            .or_else(|| {
                // A date line the tagger put elsewhere, unless it called it
                // page furniture.
                dates
                    .iter()
                    .filter(|s| {
                        s.rule == Some(BlockKind::Date)
                            && !matches!(s.kind, Some(BlockKind::Boilerplate | BlockKind::Related))
                    })
                    .find_map(|s| s.more.date.as_deref().copied())
            })
            .or_else(|| {
                segs.iter()
                    .filter(|s| {
                        s.more.dateline.is_some()
                            && matches!(s.kind, Some(BlockKind::Paragraph | BlockKind::Dateline))
                    })
                    .take(3)
                    .find_map(|s| s.more.date.as_deref().copied())
            })
            .map(|h| Published::new(h.date, h.time, h.offset)),
    };

    let byline = segs
        .iter()
        .find(|s| s.kind == Some(BlockKind::Byline))
        .map(|s| {
            let c = s.more.names.as_deref().cloned().unwrap_or_default();
            Byline::new(&text[s.start..s.end], c.authors, c.translators, c.editors)
        });

    let source = source::find(text, &segs);
    Outcome {
        segs,
        published,
        byline,
        source,
        detections,
    }
}

/// The block of a classified segment (no language yet).
pub(super) fn block(text: &str, s: &Seg) -> Block {
    let mut b = Block::new(s.block_kind(), text, s.start, s.end);
    b.credit = s.more.credit.as_ref().map(|r| text[r.clone()].to_string());
    b.translation_of = s.translation_of.map(|i| i as usize);
    // Four decimals: enough to filter on, and exact through JSON.
    b.confidence = (s.confidence.clamp(0.0, 1.0) * 1e4).round() / 1e4;
    b
}
