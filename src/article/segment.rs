//! Segmentation: lines split into segments where parts of a line have
//! different roles, and what the line rules say of each segment on its own.
//!
//! The rules' opinion (`Seg::rule`) is a feature of the tagger, and the
//! spans they find (a caption's credit, an outlet, a date) are read out of
//! a segment once the tagger has decided its kind.

use crate::lower::Lower;
use std::ops::Range;

use jiff::civil::Date;

use super::date::{find_date, DateHit};
use super::rules::{self, Credit};
use super::BlockKind;

/// A non-empty line: the trimmed span of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Line {
    pub start: usize,
    pub end: usize,
    /// Physical line number (blank lines counted), from 0.
    pub number: usize,
}

/// What the corpus date marker (` date 2024-08-06 `) states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Marker {
    Full(Date),
    Partial,
}

/// A piece of a line with one role.
#[derive(Debug, Clone, Default)]
pub(super) struct Seg {
    pub start: usize,
    pub end: usize,
    /// Physical line number of the line it comes from (at most
    /// `u32::MAX - 1`).
    pub line: u32,
    /// The tagger's marginal probability of `kind`.
    pub confidence: f64,
    /// What the line rules found in it (most segments: nothing, and no
    /// allocation).
    pub more: More,
    /// The index of the segment this one translates.
    pub translation_of: Option<u32>,
    /// What the line rules (or the split) say the segment is; `None` when
    /// no rule fires.
    pub rule: Option<BlockKind>,
    /// The kind decided by the tagger.
    pub kind: Option<BlockKind>,
    /// Starts a related-articles zone that runs to the end.
    pub related_header: bool,
    /// Its word count, at most [`Seg::WORDS_CAP`] (see [`Seg::words_upto`]).
    pub words: u8,
}

/// What the line rules found in a segment: spans, a date, names.
#[derive(Debug, Clone, Default)]
pub(super) struct Found {
    /// Absolute span of a caption's photo credit.
    pub credit: Option<Range<usize>>,
    /// A date found in the segment.
    pub date: Option<Box<DateHit>>,
    pub marker: Option<Marker>,
    /// Names credited.
    pub names: Option<Box<Credit>>,
    /// Absolute span of an outlet this segment credits.
    pub source: Option<Range<usize>>,
    /// Absolute span of a dateline opening the segment.
    pub dateline: Option<Range<usize>>,
}

/// Nothing found.
static NOTHING: Found = Found {
    credit: None,
    date: None,
    marker: None,
    names: None,
    source: None,
    dateline: None,
};

/// A segment's [`Found`], allocated on the first write: reads of a segment
/// with nothing found see [`NOTHING`]. (A page of many short lines keeps
/// eight bytes per segment for it.)
#[derive(Debug, Clone, Default)]
pub(super) struct More(Option<Box<Found>>);

impl More {
    /// The names, taken out (no allocation when there are none).
    pub fn take_names(&mut self) -> Option<Box<Credit>> {
        self.0.as_mut()?.names.take()
    }

    /// Clears the photo credit (no allocation when there is none).
    pub fn clear_credit(&mut self) {
        if let Some(f) = self.0.as_mut() {
            f.credit = None;
        }
    }
}

impl std::ops::Deref for More {
    type Target = Found;
    fn deref(&self) -> &Found {
        self.0.as_deref().unwrap_or(&NOTHING)
    }
}

impl std::ops::DerefMut for More {
    fn deref_mut(&mut self) -> &mut Found {
        self.0.get_or_insert_with(Box::default)
    }
}

impl Seg {
    /// The most words [`Seg::words`] counts: past it no rule or feature
    /// tells counts apart (the last `wc=` bucket of the tagger starts above
    /// 80).
    pub const WORDS_CAP: usize = 81;

    /// `rules::word_count_upto(text, cap)` of its text, for `cap` up to
    /// [`Seg::WORDS_CAP`], from the count kept.
    #[inline]
    pub fn words_upto(&self, cap: usize) -> usize {
        debug_assert!(cap <= Self::WORDS_CAP);
        usize::from(self.words).min(cap)
    }

    /// Counts the words of its text (`text` the document's) once, for
    /// [`Seg::words_upto`].
    pub fn count_words(&mut self, text: &str) {
        self.words = rules::word_count_upto(&text[self.start..self.end], Self::WORDS_CAP) as u8;
    }

    /// The kind of the segment's block: the kind decided, else a
    /// paragraph.
    pub fn block_kind(&self) -> BlockKind {
        self.kind.unwrap_or(BlockKind::Paragraph)
    }

    fn new(start: usize, end: usize, line: usize) -> Seg {
        Seg {
            start,
            end,
            line: u32::try_from(line).unwrap_or(u32::MAX).min(u32::MAX - 1),
            ..Seg::default()
        }
    }
}

/// Trims a span of `text` to its non-whitespace part.
fn trim_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| (start + lead, start + lead + t.len()))
}

/// Splits lines into segments where parts of a line have different roles:
/// the corpus date marker, a byline glued to a date, a signature at the end
/// of a paragraph, sub-headings glued into paragraphs.
pub(super) fn split(text: &str, lines: impl Iterator<Item = Line>, date_marker: bool) -> Vec<Seg> {
    let mut segs = Vec::new();
    for (li, line) in lines.enumerate() {
        let (mut start, end) = (line.start, line.end);
        if li == 0 && date_marker {
            if let Some((mend, marker)) = corpus_marker(&text[start..end]) {
                let mut seg = Seg::new(start, start + mend, line.number);
                seg.rule = Some(BlockKind::Date);
                seg.more.marker = Some(marker);
                segs.push(seg);
                match trim_span(text, start + mend, end) {
                    Some((s, _)) => start = s,
                    None => continue,
                }
            }
        }
        split_piece(text, start, end, line.number, &mut segs);
    }
    // Sized to what was found: the segments live through the whole parse.
    segs.shrink_to_fit();
    segs
}

/// ` date 2024-08-06 ` / ` date 2017-01 ` at the start of the first line:
/// the marker's length and what it states.
fn corpus_marker(s: &str) -> Option<(usize, Marker)> {
    let rest = s.strip_prefix("date ")?;
    let b = rest.as_bytes();
    let digits = |r: Range<usize>| {
        b.get(r.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7)) {
        return None;
    }
    let boundary = |at: usize| b.get(at).is_none_or(|c| c.is_ascii_whitespace());
    if b.get(7) == Some(&b'-') && digits(8..10) && boundary(10) {
        let date = Date::new(
            rest[0..4].parse().ok()?,
            rest[5..7].parse().ok()?,
            rest[8..10].parse().ok()?,
        )
        .ok();
        return Some((5 + 10, date.map_or(Marker::Partial, Marker::Full)));
    }
    boundary(7).then_some((5 + 7, Marker::Partial))
}

fn split_piece(text: &str, start: usize, end: usize, li: usize, segs: &mut Vec<Seg>) {
    let mut start = start;
    // Spam glued before a headline: `【soi kèo …】Độc đáo Trung thu`.
    if text[start..end].starts_with('【') {
        if let Some(close) = text[start..end].find('】') {
            let cut = start + close + '】'.len_utf8();
            if let Some((a, _)) = trim_span(text, cut, end) {
                let mut seg = Seg::new(start, cut, li);
                seg.rule = Some(BlockKind::Boilerplate);
                segs.push(seg);
                start = a;
            }
        }
    }
    let s = &text[start..end];
    // An outlet's name glued after a headline: `Heavy rains … Luzon ABS-CBN
    // News`.
    if let Some(at) = rules::trailing_outlet(s) {
        if let Some((a, b)) = trim_span(text, start, start + at) {
            segs.push(Seg::new(a, b, li));
            let mut seg = Seg::new(start + at, end, li);
            seg.rule = Some(BlockKind::Attribution);
            seg.more.source = Some(start + at..end);
            segs.push(seg);
            return;
        }
    }
    // A date line, possibly with a byline glued before or after it.
    if let Some(hit) = find_date(s) {
        if let Some(parts) = date_line(s, hit) {
            for (r, kind, names) in parts {
                if let Some((a, b)) = trim_span(text, start + r.start, start + r.end) {
                    let mut seg = Seg::new(a, b, li);
                    seg.rule = kind;
                    if kind == Some(BlockKind::Date) {
                        seg.more.date = Some(Box::new(hit));
                        seg.more.source =
                            date_line_outlet(s).map(|o| start + o.start..start + o.end);
                    }
                    if let Some(mut c) = names {
                        c.source = c
                            .source
                            .map(|o| start + r.start + o.start..start + r.start + o.end);
                        seg.more.names = Some(Box::new(c));
                    }
                    segs.push(seg);
                }
            }
            return;
        }
    }
    // A name and its source credit: `Duc Trung (Menurut VNA )`.
    if let Some(open) = rules::name_then_attribution(s) {
        if let Some((a, b)) = trim_span(text, start, start + open) {
            let mut seg = Seg::new(a, b, li);
            seg.rule = Some(BlockKind::Byline);
            seg.more.names = Some(Box::new(Credit {
                authors: rules::split_names(&text[a..b]),
                ..Credit::default()
            }));
            segs.push(seg);
        }
        segs.push(Seg::new(start + open, end, li));
        return;
    }
    // Sub-headings glued to the start of a paragraph, or (in a whole
    // article run into one line) after a sentence.
    let mut from = start;
    if rules::word_count_upto(s, 18) >= 18 {
        if let Some(h) = rules::glued_heading(s) {
            let mut seg = Seg::new(start, start + h, li);
            seg.rule = Some(BlockKind::Heading);
            segs.push(seg);
            from = trim_span(text, start + h, end).map_or(end, |(a, _)| a);
        }
    }
    if end - from >= 1000 {
        let mut cursor = from;
        let mut search = from;
        while let Some(p) = crate::find::find(&text[search..end], ". ") {
            let at = search + p + 2;
            search = at;
            let rest = &text[at..end];
            let lead = rest.len() - rest.trim_start().len();
            if let Some(h) = rules::glued_heading(&rest[lead..]) {
                let hs = at + lead;
                if let Some((a, b)) = trim_span(text, cursor, at) {
                    segs.push(Seg::new(a, b, li));
                }
                let mut seg = Seg::new(hs, hs + h, li);
                seg.rule = Some(BlockKind::Heading);
                segs.push(seg);
                cursor = trim_span(text, hs + h, end).map_or(end, |(a, _)| a);
                search = cursor;
            }
        }
        from = cursor;
    }
    if from >= end {
        return;
    }
    // A signature closing the paragraph: `… báo động ba. VIỄN SỰ`.
    let rest = &text[from..end];
    if let Some(sig) = rules::trailing_signature(rest) {
        if let Some((a, b)) = trim_span(text, from, from + sig) {
            segs.push(Seg::new(a, b, li));
        }
        let mut seg = Seg::new(from + sig, end, li);
        seg.rule = Some(BlockKind::Byline);
        seg.more.names = Some(Box::new(Credit {
            authors: vec![text[from + sig..end].to_string()],
            ..Credit::default()
        }));
        segs.push(seg);
        return;
    }
    segs.push(Seg::new(from, end, li));
}

/// Splits a line holding a date into its date part and a glued credit:
/// `Muhammad Ilham Baktora Sabtu, 14 Mei 2022 | 14:38 WIB`, `SENIN, 23
/// NOVEMBER 2015 | 02:37 WIB | LAPORAN: ZULHIDAYAT SIREGAR`. `None` when
/// the line is running text that merely mentions a date.
#[allow(clippy::type_complexity)]
fn date_line(
    s: &str,
    hit: DateHit,
) -> Option<Vec<(Range<usize>, Option<BlockKind>, Option<Credit>)>> {
    let prefix = s[..hit.start].trim();
    let suffix = s[hit.end..].trim();
    let mut parts = Vec::new();
    let mut date_start = 0;
    let mut date_end = s.len();
    if !prefix.is_empty() {
        if let Some(c) = rules::credit(prefix).or_else(|| {
            rules::is_name_list(prefix).then(|| Credit {
                authors: rules::split_names(prefix),
                ..Credit::default()
            })
        }) {
            parts.push((0..hit.start, Some(BlockKind::Byline), Some(c)));
            date_start = hit.start;
        } else if hit.time.is_some()
            && suffix.is_empty()
            && rules::is_headline_like(prefix)
            && !rules::ends_sentence(prefix)
        {
            // A headline with its time stamp glued after it.
            parts.push((0..hit.start, None, None));
            date_start = hit.start;
        } else if rules::word_count_upto(prefix, 5) > 4 {
            return None;
        }
    }
    let mut tail = None;
    if !suffix.is_empty() {
        if let Some(c) = rules::credit(suffix) {
            tail = Some((hit.end..s.len(), Some(BlockKind::Byline), Some(c)));
            date_end = hit.end;
        } else if rules::word_count_upto(suffix, 4) > 3 {
            return None;
        }
    }
    parts.push((date_start..date_end, Some(BlockKind::Date), None));
    parts.extend(tail);
    Some(parts)
}

/// An outlet among the `|`-separated fields of a date line (`Nasional |
/// sindonews | Minggu, …`).
fn date_line_outlet(s: &str) -> Option<Range<usize>> {
    let mut at = 0;
    for field in s.split('|') {
        let t = field.trim();
        let lead = field.len() - field.trim_start().len();
        if rules::word_count_upto(t, 2) == 1
            && rules::looks_like_outlet(t)
            && find_date(t).is_none()
        {
            return Some(at + lead..at + lead + t.len());
        }
        at += field.len() + 1;
    }
    None
}

/// What a segment is on its own, judged by its text alone.
pub(super) fn line_rules(text: &str, seg: &mut Seg) {
    let s = &text[seg.start..seg.end];
    let abs = |r: Range<usize>| seg.start + r.start..seg.start + r.end;
    if rules::is_labelled_credit(s) {
        // Before the furniture rules: `Penulis: A | Editor: B` is a credit,
        // not navigation.
        seg.rule = Some(BlockKind::Byline);
        let mut c = rules::credit(s).unwrap_or_default();
        seg.more.source = c.source.take().map(abs);
        seg.more.names = Some(Box::new(c));
    } else if rules::is_related_header(s) {
        seg.rule = Some(BlockKind::Related);
        seg.related_header = !matches!(
            s.trim().lower().trim_end_matches([':', ' ']),
            "baca juga" | "also read" | "read more" | "see also" | "xem thêm" | "lihat juga"
        );
    } else if rules::is_related_line(s) {
        seg.rule = Some(BlockKind::Related);
    } else if let Some(c) = rules::caption_credit(s) {
        seg.rule = Some(BlockKind::Caption);
        seg.more.credit = Some(abs(c));
    } else if rules::is_labelled_caption(s) || rules::is_piped_sentence(s) {
        seg.rule = Some(BlockKind::Caption);
    } else if rules::is_boilerplate(s) || rules::empty_label_role(s).is_some() {
        seg.rule = Some(BlockKind::Boilerplate);
    } else if let Some(src) = rules::attribution(s) {
        seg.rule = Some(BlockKind::Attribution);
        seg.more.source = Some(abs(src));
    } else if let Some(mut c) = rules::credit(s) {
        seg.rule = Some(BlockKind::Byline);
        seg.more.source = c.source.take().map(abs);
        seg.more.names = Some(Box::new(c));
    } else if let Some(name) = rules::theo_person(s) {
        seg.rule = Some(BlockKind::Byline);
        seg.more.names = Some(Box::new(Credit {
            authors: vec![name.to_string()],
            ..Credit::default()
        }));
    } else if let Some(d) = rules::dateline(s) {
        if d.end >= s.len() {
            seg.rule = Some(BlockKind::Dateline);
        }
        seg.more.source = d.source.map(abs);
        seg.more.dateline = Some(abs(0..d.end));
        if let Some(close) = s[..d.end].find(')') {
            // `Hà Nội (TTXVN 20/12/2022)`: the dateline states a date.
            seg.more.date = find_date(&s[..close]).map(|mut h| {
                h.start += seg.start;
                h.end += seg.start;
                Box::new(h)
            });
        }
    }
}
