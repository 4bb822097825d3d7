//! Document-level classification: lines → segments → typed blocks, and the
//! article fields read from them.
//!
//! Line rules (`rules.rs`) decide what a piece of text looks like on its
//! own; this module decides by position: the title is the headline next to
//! the date or byline (or repeated, or first); what comes before the title
//! is page chrome; dates before the title are page clocks; what follows a
//! related-articles header is related; short lines between body paragraphs
//! are sub-headings; adjacent short lines in two languages that share names
//! or numbers are a caption and its translation.

use std::ops::Range;

use jiff::civil::Date;

use super::date::{find_date, DateHit};
use super::rules::{self, Credit};
use super::{Block, BlockKind, Byline, Published};

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
enum Marker {
    Full(Date),
    Partial,
}

#[derive(Debug, Clone, Default)]
struct Seg {
    start: usize,
    end: usize,
    line: usize,
    kind: Option<BlockKind>,
    /// Absolute span of a caption's photo credit.
    credit: Option<Range<usize>>,
    date: Option<DateHit>,
    marker: Option<Marker>,
    names: Option<Credit>,
    /// Absolute span of an outlet this segment credits.
    source: Option<Range<usize>>,
    /// A masthead line (`Jakarta Post`) before the title.
    masthead: bool,
    translation_of: Option<usize>,
    /// Starts a related-articles zone that runs to the end.
    related_header: bool,
}

impl Seg {
    fn new(start: usize, end: usize, line: usize) -> Seg {
        Seg {
            start,
            end,
            line,
            ..Seg::default()
        }
    }
}

/// The parser's classification result.
pub(super) struct Outcome {
    pub blocks: Vec<Block>,
    pub published: Option<Published>,
    pub byline: Option<Byline>,
    pub source: Option<String>,
}

/// Settings the classifier needs from the `Parser`.
pub(super) struct Options {
    pub date_marker: bool,
}

pub(super) fn classify(text: &str, lines: &[Line], opts: &Options) -> Outcome {
    let mut segs = split(text, lines, opts);
    for s in segs.iter_mut() {
        if s.kind.is_none() {
            line_rules(text, s);
        }
    }
    document_rules(text, &mut segs);
    outcome(text, segs)
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
fn split(text: &str, lines: &[Line], opts: &Options) -> Vec<Seg> {
    let mut segs = Vec::with_capacity(lines.len() + 4);
    for (li, line) in lines.iter().enumerate() {
        let (mut start, end) = (line.start, line.end);
        if li == 0 && opts.date_marker {
            if let Some((mend, marker)) = corpus_marker(&text[start..end]) {
                let mut seg = Seg::new(start, start + mend, line.number);
                seg.kind = Some(BlockKind::Date);
                seg.marker = Some(marker);
                segs.push(seg);
                match trim_span(text, start + mend, end) {
                    Some((s, _)) => start = s,
                    None => continue,
                }
            }
        }
        split_piece(text, start, end, line.number, &mut segs);
    }
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
    let s = &text[start..end];
    // A date line, possibly with a byline glued before or after it.
    if let Some(hit) = find_date(s) {
        if let Some(parts) = date_line(s, hit) {
            for (r, kind, names) in parts {
                if let Some((a, b)) = trim_span(text, start + r.start, start + r.end) {
                    let mut seg = Seg::new(a, b, li);
                    seg.kind = Some(kind);
                    if kind == BlockKind::Date {
                        seg.date = Some(hit);
                        seg.source = date_line_outlet(s).map(|o| start + o.start..start + o.end);
                    }
                    if let Some(mut c) = names {
                        c.source = c
                            .source
                            .map(|o| start + r.start + o.start..start + r.start + o.end);
                        seg.names = Some(c);
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
            seg.kind = Some(BlockKind::Byline);
            seg.names = Some(Credit {
                authors: rules::split_names(&text[a..b]),
                ..Credit::default()
            });
            segs.push(seg);
        }
        segs.push(Seg::new(start + open, end, li));
        return;
    }
    // Sub-headings glued to the start of a paragraph, or (in a whole
    // article run into one line) after a sentence.
    let mut from = start;
    if rules::word_count(s) >= 18 {
        if let Some(h) = rules::glued_heading(s) {
            let mut seg = Seg::new(start, start + h, li);
            seg.kind = Some(BlockKind::Heading);
            segs.push(seg);
            from = trim_span(text, start + h, end).map_or(end, |(a, _)| a);
        }
    }
    if end - from >= 1000 {
        let mut cursor = from;
        let mut search = from;
        while let Some(p) = text[search..end].find(". ") {
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
                seg.kind = Some(BlockKind::Heading);
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
        seg.kind = Some(BlockKind::Byline);
        seg.names = Some(Credit {
            authors: vec![text[from + sig..end].to_string()],
            ..Credit::default()
        });
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
fn date_line(s: &str, hit: DateHit) -> Option<Vec<(Range<usize>, BlockKind, Option<Credit>)>> {
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
            parts.push((0..hit.start, BlockKind::Byline, Some(c)));
            date_start = hit.start;
        } else if rules::word_count(prefix) > 4 {
            return None;
        }
    }
    let mut tail = None;
    if !suffix.is_empty() {
        if let Some(c) = rules::credit(suffix) {
            tail = Some((hit.end..s.len(), BlockKind::Byline, Some(c)));
            date_end = hit.end;
        } else if rules::word_count(suffix) > 3 {
            return None;
        }
    }
    parts.push((date_start..date_end, BlockKind::Date, None));
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
        if rules::word_count(t) == 1 && rules::looks_like_outlet(t) && find_date(t).is_none() {
            return Some(at + lead..at + lead + t.len());
        }
        at += field.len() + 1;
    }
    None
}

/// What a segment is on its own, judged by its text alone.
fn line_rules(text: &str, seg: &mut Seg) {
    let s = &text[seg.start..seg.end];
    let abs = |r: Range<usize>| seg.start + r.start..seg.start + r.end;
    if rules::is_related_header(s) {
        seg.kind = Some(BlockKind::Related);
        seg.related_header = !matches!(
            s.trim().to_lowercase().trim_end_matches([':', ' ']),
            "baca juga" | "also read" | "read more" | "see also" | "xem thêm" | "lihat juga"
        );
    } else if rules::is_related_line(s) {
        seg.kind = Some(BlockKind::Related);
    } else if let Some(c) = rules::caption_credit(s) {
        seg.kind = Some(BlockKind::Caption);
        seg.credit = Some(abs(c));
    } else if rules::is_boilerplate(s) || rules::empty_label_role(s).is_some() {
        seg.kind = Some(BlockKind::Boilerplate);
    } else if let Some(src) = rules::attribution(s) {
        seg.kind = Some(BlockKind::Attribution);
        seg.source = Some(abs(src));
    } else if let Some(mut c) = rules::credit(s) {
        seg.kind = Some(BlockKind::Byline);
        seg.source = c.source.take().map(abs);
        seg.names = Some(c);
    } else if let Some(name) = rules::theo_person(s) {
        seg.kind = Some(BlockKind::Byline);
        seg.names = Some(Credit {
            authors: vec![name.to_string()],
            ..Credit::default()
        });
    } else if let Some(d) = rules::dateline(s) {
        if d.end >= s.len() {
            seg.kind = Some(BlockKind::Dateline);
        }
        seg.source = d.source.map(abs);
        if let Some(close) = s[..d.end].find(')') {
            // `Hà Nội (TTXVN 20/12/2022)`: the dateline states a date.
            seg.date = find_date(&s[..close]).map(|mut h| {
                h.start += seg.start;
                h.end += seg.start;
                h
            });
        }
    }
}

fn is_open(seg: &Seg) -> bool {
    seg.kind.is_none()
}

fn document_rules(text: &str, segs: &mut [Seg]) {
    let t = |s: &Seg| &text[s.start..s.end];
    let n = segs.len();

    // Related zone: after a related-articles header, every short segment is
    // a teaser, to the end or until body text of paragraph length returns.
    let mut in_zone = false;
    let mut teaser_next = false;
    for s in segs.iter_mut() {
        if s.related_header {
            in_zone = true;
            continue;
        }
        if s.kind == Some(BlockKind::Related) && rules::is_related_header(t(s)) {
            teaser_next = true;
            continue;
        }
        let long = s.end - s.start >= 250;
        if in_zone && long {
            in_zone = false;
        }
        if (in_zone || teaser_next) && !long && !matches!(s.kind, Some(BlockKind::Boilerplate)) {
            s.kind = Some(BlockKind::Related);
            s.date = None;
        }
        teaser_next = false;
    }

    // Where the header ends: the first running text after the first date
    // or credit line near the top (or the first running text at all).
    let meta = |s: &Seg| {
        (s.kind == Some(BlockKind::Date) && s.marker.is_none()) || s.kind == Some(BlockKind::Byline)
    };
    let prose = |s: &Seg| is_open(s) && rules::is_prose(t(s));
    // A date or credit line belongs to the header when at most one
    // paragraph-length piece of running text (a banner, say) comes before
    // it; otherwise it closes the article.
    let first_meta = segs.iter().take(15).position(meta).filter(|&m| {
        segs[..m]
            .iter()
            .filter(|s| prose(s) && s.end - s.start >= 200)
            .count()
            <= 1
    });
    let from = first_meta.map_or(0, |m| m + 1);
    let body = (from..n).find(|&i| prose(&segs[i])).unwrap_or(n);

    // The title.
    let candidate =
        |s: &Seg| is_open(s) && rules::is_headline_like(t(s)) && !rules::is_boilerplate(t(s));
    let mut title: Option<usize> = None;
    // (a) a headline repeated near the top;
    for i in 0..body.min(n) {
        if candidate(&segs[i])
            && !rules::is_name_list(t(&segs[i]))
            && segs[i + 1..(body + 3).min(n)]
                .iter()
                .any(|o| t(o) == t(&segs[i]))
        {
            title = Some(i);
            break;
        }
    }
    // (b) the headline right before a date or credit line;
    if title.is_none() {
        for m in (0..body.min(n)).filter(|&i| meta(&segs[i])) {
            let mut k = m;
            while k > 0 {
                k -= 1;
                let prev = &segs[k];
                if prev.kind == Some(BlockKind::Byline)
                    || (is_open(prev) && rules::is_name_list(t(prev)))
                {
                    continue;
                }
                if candidate(prev) && !rules::is_masthead(t(prev)) {
                    title = Some(k);
                }
                break;
            }
            if title.is_some() {
                break;
            }
        }
    }
    // (c) the first line, when it reads as a headline.
    if title.is_none() {
        let first = segs
            .iter()
            .position(|s| s.marker.is_none())
            .filter(|&i| segs[..i].iter().all(|s| s.marker.is_some()));
        if let Some(i) = first.filter(|&i| candidate(&segs[i])) {
            title = Some(i);
        }
    }
    if let Some(ti) = title {
        let head = t(&segs[ti]).to_string();
        for s in segs.iter_mut() {
            if is_open(s) && text[s.start..s.end] == *head {
                s.kind = Some(BlockKind::Title);
            }
        }
    }

    // Before the title: page chrome. Dates there are page clocks; a
    // masthead names the outlet.
    let chrome_end = title.unwrap_or(0);
    for s in segs[..chrome_end].iter_mut() {
        match s.kind {
            None => {
                s.masthead = rules::is_masthead(&text[s.start..s.end]);
                s.kind = Some(BlockKind::Boilerplate);
            }
            Some(BlockKind::Date) if s.marker.is_none() => s.kind = Some(BlockKind::Boilerplate),
            _ => {}
        }
    }
    if title.is_none() {
        // No title: a date line opening the text is a page clock, and what
        // sits between it and the body is chrome.
        if let Some(first) = segs.iter().position(|s| s.marker.is_none()) {
            if segs[first].kind == Some(BlockKind::Date) {
                for s in segs[first..body.min(n)].iter_mut() {
                    if matches!(s.kind, None | Some(BlockKind::Date)) {
                        s.kind = Some(BlockKind::Boilerplate);
                    }
                }
            }
        }
    }

    // A credit-only caption (`Foto: AFP`) captions the short lines right
    // above it.
    for i in 0..n {
        if segs[i].kind != Some(BlockKind::Caption) {
            continue;
        }
        let credit_only = segs[i].credit.as_ref().is_some_and(|c| {
            let before = text[segs[i].start..c.start].trim_end_matches(['(', '[', ' ']);
            rules::word_count(before) <= 2 && !before.ends_with('.')
        });
        if !credit_only {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 2 {
            k -= 1;
            let p = &segs[k];
            if is_open(p) && rules::word_count(t(p)) <= 12 && p.end - p.start <= 200 {
                segs[k].kind = Some(BlockKind::Caption);
            } else {
                break;
            }
        }
    }

    // Between the title and the body: lone names are bylines (after an
    // empty `Editor:` label, editors); short leftovers are chrome.
    let mut role: Option<&'static str> = None;
    let header = title.map_or(n, |ti| ti + 1)..body.min(n);
    for s in segs[header.start.min(header.end)..header.end].iter_mut() {
        let st = &text[s.start..s.end];
        if s.kind == Some(BlockKind::Boilerplate) {
            if let Some(r) = rules::empty_label_role(st) {
                role = Some(r);
            }
            continue;
        }
        if !is_open(s) {
            continue;
        }
        if rules::is_name_list(st) {
            let names = rules::split_names(st);
            let mut c = Credit::default();
            match role {
                Some("editor") => c.editors = names,
                Some("translator") => c.translators = names,
                _ => c.authors = names,
            }
            s.kind = Some(BlockKind::Byline);
            s.names = Some(c);
        } else if rules::word_count(st) <= 3 {
            s.kind = Some(BlockKind::Boilerplate);
        }
    }

    // A caption and its translation: adjacent lines in two languages, of
    // similar length, sharing numbers or capitalised names.
    let mut cue_cache: Vec<Option<Option<crate::Lang>>> = vec![None; n];
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (&segs[i], &segs[i + 1]);
        let captionish = |s: &Seg| {
            (is_open(s) || s.kind == Some(BlockKind::Caption))
                && s.end - s.start <= 300
                && rules::word_count(t(s)) >= 3
        };
        if b.line != a.line + 1 || !captionish(a) || !captionish(b) || a.translation_of.is_some() {
            continue;
        }
        let (la, lb) = (a.end - a.start, b.end - b.start);
        if la.max(lb) > 2 * la.min(lb) + 20 {
            continue;
        }
        let (ta, tb) = (t(a), t(b));
        let da = *cue_cache[i].get_or_insert_with(|| crate::detect::cue_lang(ta));
        let db = *cue_cache[i + 1].get_or_insert_with(|| crate::detect::cue_lang(tb));
        if da.is_none() || db.is_none() || da == db {
            continue;
        }
        if shares_names_or_numbers(t(a), t(b)) {
            segs[i].kind = Some(BlockKind::Caption);
            segs[i + 1].kind = Some(BlockKind::Caption);
            segs[i + 1].translation_of = Some(i);
        }
    }

    // Unmarked captions: name-heavy lines without a full stop between body
    // paragraphs, when the article has several of them (the first line of
    // the article may then be one too, not a title).
    let unmarked = |s: &Seg| {
        let st = t(s);
        let wc = rules::word_count(st);
        is_open(s)
            && (8..=40).contains(&wc)
            && rules::is_headline_like(st)
            && rules::capital_ratio(st) >= 0.5
    };
    let found: Vec<usize> = (body..n).filter(|&i| unmarked(&segs[i])).collect();
    if found.len() >= 2 {
        for &i in &found {
            segs[i].kind = Some(BlockKind::Caption);
        }
        if let Some(ti) =
            title.filter(|&ti| ti == 0 || segs[..ti].iter().all(|s| s.marker.is_some()))
        {
            let st = t(&segs[ti]);
            let wc = rules::word_count(st);
            let next_is_body = segs
                .get(ti + 1)
                .is_some_and(|s| is_open(s) && rules::is_prose(t(s)));
            if (8..=40).contains(&wc) && rules::capital_ratio(st) >= 0.5 && next_is_body {
                let head = st.to_string();
                for s in segs.iter_mut() {
                    if s.kind == Some(BlockKind::Title) && text[s.start..s.end] == *head {
                        s.kind = Some(BlockKind::Caption);
                    }
                }
            }
        }
    }

    // Sub-headings: short headline-like lines in the body, followed by body
    // text.
    for i in body..n {
        let st = t(&segs[i]);
        let wc = rules::word_count(st);
        // Followed by body text; a marked sub-head (`* …`) may also close a
        // cut-off excerpt.
        let next = segs[i + 1..]
            .iter()
            .find(|s| s.kind != Some(BlockKind::Caption));
        let next_body = match next {
            Some(s) => is_open(s) && rules::word_count(t(s)) >= 8,
            None => st.starts_with(['*', '■', '#']),
        };
        if is_open(&segs[i])
            && (2..=12).contains(&wc)
            && st.len() <= 120
            && rules::is_headline_like(st)
            && !rules::is_name_list(st)
            && next_body
        {
            segs[i].kind = Some(BlockKind::Heading);
        }
    }

    // The rest is body text (a dateline opening it was read by the line
    // rules: it credits the source and may state a date).
    for s in segs.iter_mut() {
        if s.kind.is_none() {
            s.kind = Some(BlockKind::Paragraph);
        }
    }
}

/// Whether two lines share a number or a capitalised word of two letters
/// or more (not counting their first words).
fn shares_names_or_numbers(a: &str, b: &str) -> bool {
    fn keys(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for (i, w) in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            let num = w.chars().all(|c| c.is_ascii_digit());
            let digits: &str = w.trim_end_matches(|c: char| c.is_alphabetic());
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

/// Builds the blocks and the article fields.
fn outcome(text: &str, segs: Vec<Seg>) -> Outcome {
    let slice = |r: &Range<usize>| text[r.clone()].to_string();
    // Publication date: a full corpus marker wins (with the time of a date
    // line stating the same day); else the first date line that is not a
    // page clock; else a date in a dateline.
    let marker = segs.iter().find_map(|s| s.marker);
    let dated = |s: &&Seg| s.kind == Some(BlockKind::Date) && s.date.is_some();
    let first_date_line = segs.iter().find(dated).and_then(|s| s.date);
    let published = match marker {
        Some(Marker::Full(d)) => {
            let same = segs
                .iter()
                .filter(dated)
                .filter_map(|s| s.date)
                .find(|h| h.date == d);
            Some(Published::new(
                d,
                same.and_then(|h| h.time),
                same.and_then(|h| h.offset),
            ))
        }
        _ => first_date_line
            .or_else(|| {
                segs.iter()
                    .filter(|s| matches!(s.kind, Some(BlockKind::Paragraph | BlockKind::Dateline)))
                    .take(3)
                    .find_map(|s| s.date)
            })
            .map(|h| Published::new(h.date, h.time, h.offset)),
    };

    let byline = segs
        .iter()
        .find(|s| s.kind == Some(BlockKind::Byline))
        .map(|s| {
            let c = s.names.clone().unwrap_or_default();
            Byline::new(&text[s.start..s.end], c.authors, c.translators, c.editors)
        });

    // Source: a dateline, then a credit line, then an outlet in a byline or
    // date line, then a masthead. Photo credits never count.
    let source = segs
        .iter()
        .filter(|s| matches!(s.kind, Some(BlockKind::Paragraph | BlockKind::Dateline)))
        .find_map(|s| s.source.as_ref())
        .or_else(|| {
            segs.iter()
                .filter(|s| s.kind == Some(BlockKind::Attribution))
                .find_map(|s| s.source.as_ref())
        })
        .or_else(|| {
            segs.iter()
                .filter(|s| matches!(s.kind, Some(BlockKind::Byline | BlockKind::Date)))
                .find_map(|s| s.source.as_ref())
        })
        .map(slice)
        .or_else(|| {
            segs.iter()
                .find(|s| s.masthead)
                .map(|s| text[s.start..s.end].to_string())
        });

    let blocks = segs
        .iter()
        .map(|s| {
            let mut b = Block::new(s.kind.unwrap_or(BlockKind::Paragraph), text, s.start, s.end);
            b.credit = s.credit.as_ref().map(slice);
            b.translation_of = s.translation_of;
            b
        })
        .collect();
    Outcome {
        blocks,
        published,
        byline,
        source,
    }
}
