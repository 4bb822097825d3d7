//! Features of a segment for the tagger: general facts about its text, its
//! place in the document and what the line rules find in it.
//!
//! A feature is a short string (`wc=4-5`, `rule=caption`, `w0=foto`): the
//! model keeps a weight per feature and label. No feature holds more than
//! one word of a line, so the model never holds text copied from a page.
//! The tagger sees each segment's features and those of its neighbours.

use crate::chars::{CharProfile, Letters};
use crate::find;
use crate::lower::Lower;
use std::fmt::Write;

use super::gazetteer;
use super::rules;
use super::segment::Seg;
use super::BlockKind;
use crate::Lang;

/// What the feature extractor needs to know of the document.
pub(super) struct Doc<'a> {
    pub text: &'a str,
    pub segs: &'a [Seg],
    /// Each segment's detected language (`None`: nothing to tell).
    pub langs: &'a [Option<Lang>],
    /// The document's language.
    pub lang: Option<Lang>,
    /// What the first parser's document rules decide for each segment.
    pub doc_rules: &'a [Option<BlockKind>],
    /// What each segment's chars tell the features.
    pub shapes: &'a [CharShape],
}

/// What a segment's [`CharProfile`] tells the features, in a byte: all in
/// capitals, mostly outside the Latin script, no letters, and the share of
/// digits among letters and digits (a bucket of four).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CharShape(u8);

impl CharShape {
    const ALLCAPS: u8 = 1;
    const NONLATIN: u8 = 2;
    const NOLETTERS: u8 = 4;
    const DIGITS_SHIFT: u8 = 3;

    pub fn of(profile: &CharProfile) -> CharShape {
        let (letters, digits) = (profile.letters, profile.digits);
        let mut bits = 0;
        if letters > 0 && profile.upper * 10 >= letters * 8 && letters >= 3 {
            bits |= Self::ALLCAPS;
        }
        if profile.mostly_non_latin() {
            bits |= Self::NONLATIN;
        }
        if letters == 0 {
            bits |= Self::NOLETTERS;
        }
        let share = (digits * 10)
            .checked_div(letters + digits)
            .map_or(0, |share| bucket(share, &[0, 2, 5]));
        CharShape(bits | (share as u8) << Self::DIGITS_SHIFT)
    }

    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }

    /// The digit share's bucket (0–3).
    fn digits(self) -> usize {
        usize::from(self.0 >> Self::DIGITS_SHIFT)
    }
}

/// Document-level facts computed once: where the body starts, repeats.
pub(super) struct Layout {
    /// Index of the first segment of running text.
    body: usize,
    /// Index of the first headline-like segment.
    first_headline: Option<usize>,
    /// For each segment: how many segments have the same text.
    same: Vec<u16>,
    /// The median length in bytes of the segments of eight words or more
    /// (200 when there are none).
    typical_len: usize,
}

impl Layout {
    pub fn of(doc: &Doc<'_>) -> Layout {
        let t = |s: &Seg| &doc.text[s.start..s.end];
        let n = doc.segs.len();
        let body = (0..n)
            .find(|&i| {
                let s = &doc.segs[i];
                s.rule.is_none() && rules::is_prose(t(s), s.words_upto(25))
            })
            .unwrap_or(n);
        let first_headline = (0..n)
            .find(|&i| doc.segs[i].rule.is_none() && rules::is_headline_like(t(&doc.segs[i])));
        // Repeats: how many segments share each text (sized for an
        // article; a page of many repeated lines needs only its distinct
        // texts).
        let mut counts: rustc_hash::FxHashMap<&str, u16> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(n.min(256), Default::default());
        for s in doc.segs {
            let c = counts.entry(t(s)).or_insert(0);
            *c = c.saturating_add(1);
        }
        let same: Vec<u16> = doc.segs.iter().map(|s| counts[t(s)]).collect();
        let mut lens: Vec<usize> = doc
            .segs
            .iter()
            .filter(|s| s.words_upto(8) >= 8)
            .map(|s| s.end - s.start)
            .collect();
        lens.sort_unstable();
        let typical_len = lens.get(lens.len() / 2).copied().unwrap_or(200);
        Layout {
            body,
            first_headline,
            same,
            typical_len,
        }
    }
}

fn bucket(n: usize, edges: &[usize]) -> usize {
    edges.iter().position(|&e| n <= e).unwrap_or(edges.len())
}

fn kind_name(k: Option<BlockKind>) -> &'static str {
    k.map_or("none", |k| k.as_str())
}

/// A word as a feature: lowercase, letters and digits only (digits as
/// `0`), at most 16 chars; `None` when nothing is left.
fn word_key(w: &str, out: &mut String) -> bool {
    let start = out.len();
    for c in w.chars() {
        if c.is_ascii_digit() {
            if !out[start..].ends_with('0') {
                out.push('0');
            }
        } else if c.is_alnum() {
            out.extend(c.to_lowercase());
        }
        if out.len() - start >= 32 {
            break;
        }
    }
    if out.len() == start {
        return false;
    }
    true
}

/// Gives each feature of segment `i` to `emit`, in a fixed order (the
/// tagger sums their weights in it); `scratch` holds the features that are
/// formatted.
pub(super) fn segment_features(
    doc: &Doc<'_>,
    layout: &Layout,
    i: usize,
    scratch: &mut String,
    emit: &mut impl FnMut(&str),
) {
    let seg = &doc.segs[i];
    let s = &doc.text[seg.start..seg.end];
    let n = doc.segs.len();
    macro_rules! f {
        ($name:expr) => {{
            emit($name);
        }};
    }
    // A feature made of pieces (`"wc=", 4`), concatenated into `scratch`.
    macro_rules! fmt {
        ($($piece:expr),+) => {{
            scratch.clear();
            $(Piece::push_to(&$piece, scratch);)+
            emit(scratch);
        }};
    }
    f!("bias");
    // (Counts past the segment's cap fall in the last `wc=` bucket.)
    let wc = seg.words_upto(Seg::WORDS_CAP);
    let mut buf = String::new();
    fmt!("rule=", kind_name(seg.rule));
    fmt!(
        "doc=",
        kind_name(doc.doc_rules[i].or(Some(BlockKind::Paragraph)))
    );
    if seg.more.marker.is_some() {
        f!("marker");
    }
    fmt!("wc=", bucket(wc, &[1, 2, 3, 4, 6, 8, 12, 18, 25, 40, 80]));
    fmt!(
        "len=",
        bucket(s.len(), &[10, 25, 50, 80, 120, 200, 300, 500])
    );
    // Punctuation at the ends.
    let last = s.chars().next_back().unwrap_or(' ');
    let end = match last {
        '.' => "dot",
        '!' | '?' => "excl",
        ':' => "colon",
        '|' => "pipe",
        ')' => "paren",
        ']' => "bracket",
        '"' | '”' | '’' | '\'' | '»' => "quote",
        ',' | ';' => "comma",
        '-' | '–' | '—' => "dash",
        c if c.is_ascii_digit() => "digit",
        c if c.is_letter() => "letter",
        _ => "other",
    };
    fmt!("end=", end);
    let first = s.chars().next().unwrap_or(' ');
    let start = match first {
        c if c.is_uppercase() => "upper",
        c if c.is_lowercase() => "lower",
        c if c.is_ascii_digit() => "digit",
        '(' | '[' | '{' | '<' => "open",
        '"' | '“' | '‘' | '\'' | '«' => "quote",
        '•' | '*' | '·' | '●' | '▪' | '-' | '–' | '■' | '+' | '#' => "bullet",
        _ => "other",
    };
    fmt!("start=", start);
    if rules::ends_sentence(s) {
        f!("sentence_end");
    }
    // A teaser cut short: `… without undergoing mandatory 14-day ... |`.
    if rules::strip_pipe(s).ends_with("...") || rules::strip_pipe(s).ends_with('…') {
        f!("ellipsis");
    }
    if rules::is_numbered(s) {
        f!("numbered");
    }
    // Case and digits.
    let shape = doc.shapes[i];
    if shape.has(CharShape::ALLCAPS) {
        f!("allcaps");
    }
    if shape.has(CharShape::NONLATIN) {
        f!("nonlatin");
    }
    if shape.has(CharShape::NOLETTERS) {
        f!("noletters");
    }
    let caps = (rules::capital_ratio(s) * 4.0).round() as usize;
    fmt!("caps=", caps);
    fmt!("digits=", shape.digits());
    // Rules as features, each on its own.
    if rules::is_prose(s, seg.words_upto(25)) {
        f!("prose");
    }
    if rules::is_headline_like(s) {
        f!("headline");
    }
    if wc <= 12 && rules::is_name_list(s) {
        f!("namelist");
    }
    // A lone name right under a headline or over a date line: the shape
    // of a byline.
    if wc <= 6 && rules::is_name_list(s) {
        let headline_above = (i.saturating_sub(2)..i).any(|k| {
            let t = &doc.text[doc.segs[k].start..doc.segs[k].end];
            doc.segs[k].words_upto(4) >= 4 && rules::is_headline_like(t)
        });
        let date_below = (i + 1..n.min(i + 3)).any(|k| doc.segs[k].rule == Some(BlockKind::Date));
        if headline_above || date_below {
            f!("name_under_headline");
        }
    }
    if wc <= 4 && rules::is_masthead(s) {
        f!("masthead");
    }
    if wc <= 4 && rules::looks_like_outlet(s) {
        f!("outletish");
    }
    if wc <= 12 && rules::is_boilerplate(s) {
        f!("furniture");
    }
    if seg.more.credit.is_some() || (seg.rule.is_some() && rules::caption_credit(s).is_some()) {
        f!("photo_credit");
    }
    if seg.more.date.is_some() {
        f!("date");
        if let Some(h) = seg.more.date.as_deref() {
            if h.time.is_some() {
                f!("date_time");
            }
            fmt!("date_rest=", bucket(h.other_tokens, &[0, 1, 3, 6]));
        }
    }
    if seg.more.dateline.is_some() {
        f!("dateline");
    }
    if seg.more.source.is_some() {
        f!("credits_outlet");
    }
    if seg.more.names.is_some() {
        f!("names");
    }
    if seg.related_header {
        f!("related_header");
    }
    // Photo words and credit shapes (`Foto : ANTARA/Jessica`, `Dok. BNPB`,
    // `hilman kamaludin/tribun jabar`).
    // (Searched in lines of up to 60 words: captions and credits are
    // short, and a long paragraph is not lowercased for nothing.)
    if wc <= 60 {
        let lower = s.lower();
        if has_any_word(&lower, &PHOTO_WORDS) {
            f!("photo_word");
        }
    }
    if has_byte(s, b'/')
        && crate::spaces::words(s).any(|w| {
            let (a, b) = w.split_once('/').unwrap_or(("", ""));
            !a.is_empty()
                && !b.is_empty()
                && !w.contains("//")
                && a.chars().all(char::is_alphabetic)
        })
    {
        f!("slash_word");
    }
    // A label before a colon among the first three words (`Penulis:`,
    // `Reporter :`, `Foto:`, `Baca juga:`).
    if let Some(colon) = memchr::memchr(b':', s.as_bytes()) {
        let head = s[..colon].trim();
        if (1..=3).contains(&rules::word_count(head)) && !head.chars().any(|c| c.is_ascii_digit()) {
            buf.clear();
            buf.push_str("label=");
            for w in crate::spaces::words(head) {
                if word_key(w, &mut buf) {
                    buf.push('_');
                }
            }
            f!(&buf);
        }
    }
    let sentences = find::count(s, ". ") + usize::from(rules::ends_sentence(s));
    fmt!("sentences=", bucket(sentences, &[0, 1, 2, 4]));
    // Gazetteer.
    let g = gazetteer::scan(s);
    if g.outlet {
        f!("gz_outlet");
    }
    if g.place {
        f!("gz_place");
    }
    if g.outlet && wc <= 4 {
        f!("gz_outlet_short");
    }
    // Shapes.
    if find::contains(s, "http") || find::contains(s, "www.") {
        f!("url");
    }
    if has_byte(s, b'|') {
        f!("has_pipe");
    }
    if find::contains(s, " / ") || find::contains(s, " > ") || find::contains(s, " » ") {
        f!("nav_sep");
    }
    if has_byte(s, b':') {
        f!("has_colon");
    }
    if has_byte(s, b'<') && has_byte(s, b'>') {
        f!("markup");
    }
    if has_byte(s, b'{') || has_byte(s, b'_') {
        f!("template");
    }
    if s.contains(['“', '”', '"']) {
        f!("quotes");
    }
    // Position.
    fmt!("pos=", bucket(i, &[0, 1, 2, 3, 5, 9, 19]));
    fmt!("rpos=", bucket(n - 1 - i, &[0, 1, 2, 4, 9]));
    let body = layout.body;
    let rel = if i < body {
        match body - i {
            1 => "b1",
            2 => "b2",
            3..=4 => "b4",
            _ => "bfar",
        }
    } else if i == body {
        "body"
    } else {
        match i - body {
            1..=2 => "a2",
            3..=9 => "a9",
            _ => "afar",
        }
    };
    fmt!("body=", rel);
    if layout.first_headline == Some(i) {
        f!("first_headline");
    }
    // Next to a date or credit line (a title sits right above one).
    let meta = |k: usize| {
        matches!(doc.segs[k].rule, Some(BlockKind::Date | BlockKind::Byline))
            && doc.segs[k].more.marker.is_none()
    };
    if (i + 1..n.min(i + 4)).any(meta) {
        f!("meta_below");
    }
    if (i.saturating_sub(3)..i).any(meta) {
        f!("meta_above");
    }
    if i > body && wc <= 15 {
        f!("short_in_body");
    }
    // Conjunctions: length with place and with the last char.
    let wcc = match wc {
        0..=1 => "1",
        2..=3 => "3",
        4..=8 => "8",
        9..=20 => "20",
        _ => "long",
    };
    let place = if i < body {
        "before"
    } else if i == body {
        "at"
    } else {
        "after"
    };
    fmt!("wc_body=", wcc, "|", place);
    fmt!("wc_end=", wcc, "|", end);
    // Length against the document's running text.
    let rel = s.len() * 4 / layout.typical_len.max(1);
    fmt!("rel_len=", bucket(rel, &[0, 1, 2, 3, 5, 8]));
    // A sentence running on from the line before (`…, said` / `the ban
    // will …`): the previous line ends mid-sentence and this one starts in
    // lowercase; hard-wrapped text.
    let ends_mid = |k: usize| {
        let t = &doc.text[doc.segs[k].start..doc.segs[k].end];
        t.chars()
            .next_back()
            .is_some_and(|c| c.is_alnum() || matches!(c, ',' | ';' | '-'))
    };
    let starts_low = |k: usize| {
        let t = &doc.text[doc.segs[k].start..doc.segs[k].end];
        t.chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    };
    // A short unpunctuated line between two paragraphs of running text:
    // the shape of a sub-heading.
    let prose_at = |k: usize| doc.segs[k].words_upto(15) >= 15;
    let short_bare = wc <= 12 && !rules::ends_sentence(s) && !s.ends_with([':', ',', '|']);
    if short_bare && i > 0 && prose_at(i - 1) && i + 1 < n && prose_at(i + 1) {
        f!("between_prose");
    } else if short_bare && i + 1 < n && prose_at(i + 1) && i > body {
        f!("before_prose");
    }
    if i > 0 && ends_mid(i - 1) && starts_low(i) {
        f!("continues_prev");
    }
    if i + 1 < n && ends_mid(i) && starts_low(i + 1) {
        f!("continued_next");
    }
    // Layout: blank lines around, indentation, parts of a line.
    let gap_before = i == 0 || doc.segs[i - 1].line + 1 < seg.line;
    let gap_after = i + 1 >= n || doc.segs[i + 1].line > seg.line + 1;
    if gap_before {
        f!("gap_before");
    }
    if gap_after {
        f!("gap_after");
    }
    let same_line_before = i > 0 && doc.segs[i - 1].line == seg.line;
    let same_line_after = i + 1 < n && doc.segs[i + 1].line == seg.line;
    if same_line_before || same_line_after {
        fmt!(
            "part=",
            match (same_line_before, same_line_after) {
                (false, true) => "first",
                (true, true) => "mid",
                _ => "last",
            }
        );
    }
    // Only a line's first segment can be indented; searching back from it
    // crosses only the line's leading whitespace.
    if !same_line_before {
        let line_start = doc.text[..seg.start]
            .rfind(['\n', '\r'])
            .map_or(0, |p| p + 1);
        if line_start < seg.start && doc.text[line_start..seg.start].trim().is_empty() {
            f!("indent");
        }
    }
    // Repeats.
    match layout.same[i] {
        1 => {}
        2 => f!("repeat2"),
        _ => f!("repeat3"),
    }
    let t = |k: usize| &doc.text[doc.segs[k].start..doc.segs[k].end];
    if i > 0 && t(i - 1) == s {
        f!("repeat_prev");
    }
    // Language against the document's.
    match (doc.langs[i], doc.lang) {
        (Some(l), Some(d)) if l != d => f!("lang_other"),
        (None, _) => f!("lang_none"),
        _ => {}
    }
    if let Some(d) = doc.lang {
        fmt!("doclang=", d.code());
    }
    // Words: the first and last, all of a short line.
    let mut ws = crate::spaces::words(s);
    if let Some(w0) = ws.next() {
        buf.clear();
        buf.push_str("w0=");
        if word_key(w0, &mut buf) {
            f!(&buf);
        }
        if wc <= 4 {
            for w in crate::spaces::words(s).skip(1) {
                buf.clear();
                buf.push_str("w=");
                if word_key(w, &mut buf) {
                    f!(&buf);
                }
            }
        }
        if wc >= 2 {
            if let Some(wl) = s.split_whitespace().next_back() {
                buf.clear();
                buf.push_str("wl=");
                if word_key(wl, &mut buf) {
                    f!(&buf);
                }
            }
        }
        // The first two words as a pair (`baca juga`, `tin liên`).
        if let Some(w1) = ws.next() {
            buf.clear();
            buf.push_str("w01=");
            if word_key(w0, &mut buf) {
                buf.push('_');
                if word_key(w1, &mut buf) {
                    f!(&buf);
                }
            }
        }
    }
}

/// A piece of a formatted feature: text, or a number in decimal.
trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for &str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for usize {
    fn push_to(&self, out: &mut String) {
        if *self < 10 {
            out.push(char::from(b'0' + *self as u8));
        } else {
            let _ = write!(out, "{self}");
        }
    }
}

/// `s.contains(byte as char)` for an ASCII `byte`, by memchr.
fn has_byte(s: &str, byte: u8) -> bool {
    memchr::memchr(byte, s.as_bytes()).is_some()
}

/// Words that mark a photo or its credit.
static PHOTO_WORDS: WordSet = WordSet::new(&[
    "foto",
    "photo",
    "photos",
    "ảnh",
    "dok",
    "dokumentasi",
    "ilustrasi",
    "illustration",
    "image",
    "istimewa",
    "file",
    "picture",
    "tư liệu",
    "minh họa",
    "minh hoạ",
    "credit",
]);

/// Words to find whole in a text, with the first two bytes they start
/// with (a bit each): most word starts of a text are ruled out by them.
struct WordSet {
    words: &'static [&'static str],
    pairs: [u64; 1024],
}

impl WordSet {
    /// The set of `words`: all lowercase, each starting with a letter and
    /// at least two bytes long.
    const fn new(words: &'static [&'static str]) -> WordSet {
        let mut pairs = [0u64; 1024];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(w.len() >= 2);
            let p = Self::pair(w[0], w[1]);
            pairs[p / 64] |= 1 << (p % 64);
            k += 1;
        }
        WordSet { words, pairs }
    }

    const fn pair(a: u8, b: u8) -> usize {
        ((a as usize) << 8) | b as usize
    }

    /// Whether a word of the set may start at `b[i]`.
    #[inline]
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        let p = Self::pair(b[i], b.get(i + 1).copied().unwrap_or(0));
        self.pairs[p / 64] >> (p % 64) & 1 == 1
    }
}

/// Whether one of `set`'s words occurs in `s` as a whole word: each word
/// start of `s` is tried once against them all.
fn has_any_word(s: &str, set: &WordSet) -> bool {
    let words = set.words;
    let b = s.as_bytes();
    let (mut prev_alnum, mut i) = (false, 0);
    while i < b.len() {
        // The rest of a run of ASCII letters and digits starts no word.
        if prev_alnum && b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let (alnum, len) = match b[i] {
            x @ 0..=0x7F => (x.is_ascii_alphanumeric(), 1),
            _ => s[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alnum(), c.len_utf8())),
        };
        if alnum && !prev_alnum && set.may_start(b, i) {
            let rest = &s[i..];
            let b0 = rest.as_bytes().first();
            let hit = words.iter().any(|w| {
                w.as_bytes().first() == b0
                    && rest.starts_with(w)
                    && rest[w.len()..].chars().next().is_none_or(|c| !c.is_alnum())
            });
            if hit {
                return true;
            }
        }
        prev_alnum = alnum;
        i += len;
    }
    false
}

/// Features of neighbours that the tagger also sees, prefixed by where the
/// neighbour is (`p:` previous, `n:` next, `p2:`/`n2:` two away). The
/// two-away neighbours contribute only their coarse features.
pub(super) fn is_coarse(feature: &str) -> bool {
    feature.starts_with("rule=")
        || feature.starts_with("doc=")
        || feature.starts_with("wc=")
        || feature.starts_with("end=")
        || matches!(
            feature,
            "prose"
                | "headline"
                | "photo_credit"
                | "date"
                | "furniture"
                | "namelist"
                | "photo_word"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence of `w` in `s` tried for word boundaries.
    fn has_word(s: &str, w: &str) -> bool {
        s.match_indices(w).any(|(at, _)| {
            s[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && s[at + w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    #[test]
    fn char_shapes_as_the_profile_tells() {
        let shape = |s: &str| CharShape::of(&CharProfile::of(s));
        let caps = shape("ASEAN SUMMIT 2025");
        assert!(caps.has(CharShape::ALLCAPS) && !caps.has(CharShape::NOLETTERS));
        assert_eq!(caps.digits(), 1); // 4 digits of 15: share 2 of 10
        assert!(shape("서울 연합뉴스 기자").has(CharShape::NONLATIN));
        let numbers = shape("2024 · 10:30");
        assert!(numbers.has(CharShape::NOLETTERS) && !numbers.has(CharShape::ALLCAPS));
        assert_eq!(numbers.digits(), 3);
        let text = shape("Hội nghị thứ trưởng");
        assert_eq!(text, CharShape(0));
        assert_eq!(shape(""), CharShape(CharShape::NOLETTERS));
    }

    #[test]
    fn photo_words_as_whole_words() {
        assert!(has_any_word("(foto: antara)", &PHOTO_WORDS));
        assert!(has_any_word("ảnh minh họa", &PHOTO_WORDS));
        assert!(has_any_word("x tư liệu", &PHOTO_WORDS));
        assert!(!has_any_word("fotografer photon dokter", &PHOTO_WORDS));
        assert!(!has_any_word("", &PHOTO_WORDS));
    }

    proptest::proptest! {
        #[test]
        fn any_word_is_some_whole_word(
            s in "(foto|photo|photos|dok|file|ảnh|tư liệu|minh họa|x|1|ả| |-|\\.){0,12}"
        ) {
            let old = PHOTO_WORDS.words.iter().any(|w| has_word(&s, w));
            proptest::prop_assert_eq!(has_any_word(&s, &PHOTO_WORDS), old, "{:?}", s);
        }
    }
}
