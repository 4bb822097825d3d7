//! Line rules of the article parser: one small function per rule, each
//! looking at one piece of text. The document-level decisions (title,
//! header zone, related zone, headings) live in `parse.rs`.
//!
//! Spans returned by these functions are byte ranges relative to the text
//! passed in.

use crate::chars::Letters;
use crate::find;
use crate::lower::Lower;
use std::ops::Range;

use crate::detect::is_mark;

/// Words a photo credit starts with: `Photo:`, `Foto:`, `Ảnh:`, `File:`,
/// `Illustrative photo:` and the like (compared lowercase).
const PHOTO_MARKERS: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "ảnh",
    "file",
    "file photo",
    "image",
    "picture",
    "illustrative photo",
    "illustration photo",
    "photo illustration",
    "ilustrasi",
    "foto ilustrasi",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "ảnh tư liệu",
    "dok",
    "dok.",
    "dokumentasi",
    "photo courtesy",
    "courtesy",
    "photo credit",
];

/// Markers followed by the credit without a colon: `Photo by X`, `Photo
/// courtesy of X`, `Foto oleh X`.
const PHOTO_BY: &[&str] = &["photo by", "foto oleh", "photo courtesy of"];

/// Longest text after a photo marker that can be its credit, in bytes.
const CREDIT_TAIL: usize = 300;

/// Bytes in the longest of [`PHOTO_MARKERS`] and [`PHOTO_BY`] (or more).
const MARKER_MAX: usize = 32;

/// Source labels that credit a photo when they close a description:
/// `… for observation. (Source: VNA)`.
const SOURCE_MARKERS: &[&str] = &["source", "sumber", "nguồn"];

/// News agencies and outlets that appear as bare credits (`VNA`) and in
/// datelines. A list of facts, not of files: the major agencies of the
/// region and the wires they quote.
const AGENCIES: &[&str] = &[
    "VNA",
    "TTXVN",
    "VOV",
    "VOVWORLD",
    "VTV",
    "QĐND",
    "SGGP",
    "TPO",
    "Vietnam+",
    "VietnamPlus",
    "VnExpress",
    "AFP",
    "AP",
    "Reuters",
    "Xinhua",
    "Kyodo",
    "ANTARA",
    "Antara",
    "Bernama",
    "Yonhap",
    "Bloomberg",
    "CNN",
    "BBC",
    "PANO",
    "NHK",
];

/// Words that end the name of a newspaper or site (`Jakarta Post`,
/// `VnExpress International`, `detikNews`).
const PRESS_WORDS: &[&str] = &[
    "post",
    "times",
    "herald",
    "tribune",
    "news",
    "express",
    "daily",
    "journal",
    "press",
    "gazette",
    "online",
    "today",
    "report",
    "globe",
    "plus",
    "international",
    "world",
];

/// Trims a trailing ` |` (a caption or teaser separator) and whitespace.
pub(crate) fn strip_pipe(s: &str) -> &str {
    s.trim_end().trim_end_matches('|').trim_end()
}

/// Leading bullets and list marks: `•`, `*`, `-`, `·`.
pub(crate) fn strip_bullet(s: &str) -> &str {
    s.trim_start_matches(['•', '*', '·', '●', '▪', '-', '–'])
        .trim_start()
}

pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    crate::spaces::words(s)
}

/// The number of [`words`], counted on bytes: ASCII whitespace and the
/// UTF-8 forms of Unicode's other `White_Space` chars separate words.
pub(crate) fn word_count(s: &str) -> usize {
    word_count_upto(s, usize::MAX)
}

/// [`word_count`], stopping at `cap`: `min(word_count(s), cap)`, in time
/// proportional to the words counted (a threshold test on a long
/// paragraph reads only its start).
pub(crate) fn word_count_upto(s: &str, cap: usize) -> usize {
    let mut n = 0;
    crate::spaces::word_starts(s.as_bytes(), |_, starts| {
        n += starts.count_ones() as usize;
        n < cap
    });
    n.min(cap)
}

fn is_upper_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_letter());
    let mut any = false;
    for c in letters {
        if c.is_lowercase() {
            return false;
        }
        any = true;
    }
    any
}

fn starts_upper(w: &str) -> bool {
    w.trim_start_matches(['(', '"', '“', '\'', '‘'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// `w.chars().any(|c| c.is_letter())`, on bytes while they are ASCII.
fn has_letter(w: &str) -> bool {
    for (i, &b) in w.as_bytes().iter().enumerate() {
        if b.is_ascii_alphabetic() {
            return true;
        }
        if !b.is_ascii() {
            return w[i..].chars().any(|c| c.is_letter());
        }
    }
    false
}

/// [`starts_upper`], on the first byte when the word starts in ASCII.
fn starts_upper_fast(w: &str) -> bool {
    let b = w.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match x {
            b'(' | b'"' | b'\'' => i += 1,
            b'A'..=b'Z' | b'0'..=b'9' => return true,
            0..=0x7F => return false,
            _ => return starts_upper(&w[i..]),
        }
    }
    false
}

/// Ends a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes
/// or brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', ' ']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether `s` reads as running text: enough words and a sentence end (or
/// long enough that it cannot be a label).
/// `words` is its word count, or any count from 25 up when it has more
/// (`word_count_upto(s, 25)`, or the segment's count kept).
pub(crate) fn is_prose(s: &str, words: usize) -> bool {
    let n = words.min(25);
    n >= 10 && (ends_sentence(s) || s.len() >= 120) || n >= 25
}

/// Share of words that start with a capital letter. A word that starts
/// with an ASCII letter is judged by it; any other is read whole.
pub(crate) fn capital_ratio(s: &str) -> f32 {
    let b = s.as_bytes();
    let (mut caps, mut total) = (0usize, 0usize);
    crate::spaces::word_starts(b, |at, mut starts| {
        while starts != 0 {
            let i = at + starts.trailing_zeros() as usize / 8;
            starts &= starts - 1;
            let x = b[i];
            if x.is_ascii_alphabetic() {
                total += 1;
                caps += usize::from(x.is_ascii_uppercase());
            } else {
                let w = &s[i..crate::spaces::word_end(b, i + 1)];
                if has_letter(w) {
                    total += 1;
                    caps += usize::from(starts_upper_fast(w));
                }
            }
        }
        true
    });
    if total == 0 {
        0.0
    } else {
        caps as f32 / total as f32
    }
}

/// A photo credit at the end of a caption: the span of the credit name.
///
/// Recognized: `(Photo: SGGP)`, `(Foto: qdnd.vn)`, `(Photo:Medcom.id)`,
/// `(Illustrative photo: VNA)`, `[File: Kiyoshi Ota/Pool Photo via AP]`,
/// `Photo: People's Army Newspaper`, `Ảnh: Trí Dũng/TTXVN`, `FOTO: KEMHAN`,
/// `Foto: Rayyan Farhansyah/kumparan`, `Photo by VnExpress/Le Phuong.`,
/// `(Agus Purnomo/detikcom)`, `. (VNA)`, `. [Humas Kemenhan]`,
/// `. TEMPO/M Taufan Rengganis`; each optionally followed by ` |`.
pub(crate) fn caption_credit(s: &str) -> Option<Range<usize>> {
    let mut body = strip_pipe(s);
    // `(Ảnh: Lê Tấn).`: a full stop after the bracket.
    if body.ends_with(").") || body.ends_with("].") {
        body = &body[..body.len() - 1];
    }
    bracketed_credit(body)
        .or_else(|| marker_credit(body))
        .or_else(|| slash_credit(body))
        .or_else(|| credit_only_line(body))
}

/// A numbered item: `1. Minim Peluang`, `2) …` (one or two digits, a
/// stop or bracket, a space; not `1.207 Balita`).
pub(crate) fn is_numbered(s: &str) -> bool {
    let b = s.trim_start().as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&d) && matches!(b.get(d), Some(b'.' | b')')) && b.get(d + 1) == Some(&b' ')
}

/// A caption that says so at its start: `Ilustrasi, calon penumpang …`,
/// `Ilustrasi - Pelayanan kesehatan …`, `Illustration: …`, `Clip: Đường
/// phố …` — a label, a separator, then a description of four words or more.
pub(crate) fn is_labelled_caption(s: &str) -> bool {
    let t = strip_bullet(s.trim());
    // The label is one of a few short words: look no further than them.
    let Some((head, rest)) = t.split_once([',', ':', '-', '–', '—']) else {
        return false;
    };
    if head.len() > 24 {
        return false;
    }
    let head = head.trim().lower();
    matches!(
        head.as_str(),
        "ilustrasi"
            | "foto ilustrasi"
            | "illustration"
            | "illustrative photo"
            | "ảnh minh họa"
            | "ảnh minh hoạ"
            | "clip"
            | "file photo"
    ) && word_count_upto(rest, 4) >= 4
}

/// A line that is nothing but a photo credit with a slash: `ANTARA
/// FOTO/MUHAMMAD IQBAL`, `Dok.IDN Times/Istimewa`, `hilman
/// kamaludin/tribun jabar`. The whole line is the credit.
fn credit_only_line(body: &str) -> Option<Range<usize>> {
    let t = body.trim();
    // Two to eight words first: a paragraph is not scanned for slashes.
    let n = word_count_upto(t, 9);
    let slash_joins_letters = || {
        t.as_bytes()
            .windows(3)
            .any(|w| w[1] == b'/' && (w[0] as char).is_alnum() && (w[2] as char).is_alnum())
    };
    let ok = (2..=8).contains(&n)
        && slash_joins_letters()
        && !t.starts_with(['(', '['])
        && !t.contains("://")
        && !t.contains("www.")
        && !ends_sentence(t)
        && !date_like(t);
    ok.then(|| {
        let lead = body.len() - body.trim_start().len();
        lead..lead + t.len()
    })
}

/// Digits and slashes as in `12/4/2025`.
fn date_like(t: &str) -> bool {
    t.split(|c: char| !c.is_ascii_digit() && c != '/')
        .any(|w| w.matches('/').count() >= 1 && w.split('/').all(|p| !p.is_empty() && p.len() <= 4))
}

/// `(Marker: X)`, `[Marker: X]`, `(Name/outlet)`, `(AGENCY)`, `[Name Name]`
/// closing the text.
fn bracketed_credit(body: &str) -> Option<Range<usize>> {
    let close = body.chars().last()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let inner_end = body.len() - 1;
    let open_at = body[..inner_end].rfind(open)?;
    let inner = &body[open_at + 1..inner_end];
    if inner.contains([open, close]) || inner.trim().is_empty() {
        return None;
    }
    let before = body[..open_at].trim_end();
    if let Some((marker, rest)) = inner.split_once(':') {
        let m = marker.trim().lower();
        let source_after_text =
            SOURCE_MARKERS.contains(&m.as_str()) && word_count_upto(before, 3) >= 3;
        if PHOTO_MARKERS.contains(&m.as_str()) || source_after_text {
            let rest_t = rest.trim();
            if rest_t.is_empty() {
                return None;
            }
            let start = open_at + 1 + marker.len() + 1 + (rest.len() - rest.trim_start().len());
            return Some(start..start + rest_t.len());
        }
        return None;
    }
    // Without a marker the credit must follow a description, and look like
    // a credit: `Name/outlet`, a known agency, or a bracketed name.
    if word_count_upto(before, 3) < 3 {
        return None;
    }
    let inner_t = inner.trim();
    // A marker alone: `… Quang Ninh province (Illustration photo).`
    let inner_lower = inner_t.lower();
    if PHOTO_MARKERS.contains(&inner_lower.as_str()) {
        let lead = inner.len() - inner.trim_start().len();
        return Some(open_at + 1 + lead..open_at + 1 + lead + inner_t.len());
    }
    // A marker and a name without a colon: `(Dok. BNPB)`, `(Foto Antara)`.
    // (Matched on the original text: lowercasing may change byte lengths,
    // and the span must slice the input.)
    for m in ["dok.", "dok", "foto", "photo", "ảnh"] {
        let head = inner_t.get(..m.len()).filter(|h| h.lower() == m);
        if let Some(rest) = head.map(|h| &inner_t[h.len()..]) {
            let rest_t = rest.trim_start_matches(['.', ' ']);
            let n = word_count_upto(rest_t, 5);
            if rest.starts_with([' ', '.']) && (1..=4).contains(&n) {
                let lead = inner.len() - inner.trim_start().len();
                let skip = inner_t.len() - rest_t.len();
                let start = open_at + 1 + lead + skip;
                return Some(start..open_at + 1 + lead + inner_t.len());
            }
        }
    }
    let lead = inner.len() - inner.trim_start().len();
    let span = open_at + 1 + lead..open_at + 1 + lead + inner_t.len();
    let n = word_count_upto(inner_t, 7);
    let credit_like =
        (inner_t.contains('/') && n <= 6 && !inner_t.chars().any(|c| c.is_ascii_digit()))
            || (is_agency(inner_t) && ends_sentence(before))
            || (open == '[' && n <= 4 && words(inner_t).all(starts_upper) && ends_sentence(before));
    credit_like.then_some(span)
}

/// `Marker: X` or `Photo by X` ending the text, at its start or after a
/// sentence.
fn marker_credit(body: &str) -> Option<Range<usize>> {
    // A credit is short and ends the line: a marker more than
    // `CREDIT_TAIL` bytes before the end is never one, so only the tail is
    // read (a paragraph with `by` in it is not lowercased whole).
    let mut cut = body.len().saturating_sub(CREDIT_TAIL + MARKER_MAX);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let tail = &body[cut..];
    // A marker credit needs a colon after the marker, or `by`/`oleh`: most
    // lines have neither and are not lowercased at all.
    if !tail.contains(':') && !has_by_word(tail.as_bytes()) {
        return None;
    }
    let lower = lower_same_length(tail);
    // A marker follows a space, a stop or a dash (see `before_ok`): only
    // where a word starts are the markers tried. (No marker overlaps
    // itself, so every occurrence is seen once.)
    let mut best: Option<Range<usize>> = None;
    let mut prev_alnum = false;
    for (i, c) in lower.char_indices() {
        let word_start = i == 0 || !prev_alnum;
        prev_alnum = c.is_alnum();
        if !word_start {
            continue;
        }
        let b0 = lower.as_bytes().get(i);
        for m in PHOTO_MARKERS.iter().chain(PHOTO_BY).copied() {
            if m.as_bytes().first() != b0 || !lower[i..].starts_with(m) {
                continue;
            }
            let Some(span) = marker_at(body, cut + i, m) else {
                continue;
            };
            if best.as_ref().is_none_or(|b| span.start < b.start) {
                best = Some(span);
            }
        }
    }
    best
}

/// Whether `b` holds ` by`, ` oleh` or `courtesy` in any case: found from
/// their last letters (`y`, `h`), which are rarer than the spaces before
/// them.
fn has_by_word(b: &[u8]) -> bool {
    let ends = |i: usize, needle: &[u8]| {
        (i + 1)
            .checked_sub(needle.len())
            .is_some_and(|from| b[from..=i].eq_ignore_ascii_case(needle))
    };
    memchr::memchr2_iter(b'y', b'Y', b).any(|i| ends(i, b" by") || ends(i, b"courtesy"))
        || memchr::memchr2_iter(b'h', b'H', b).any(|i| ends(i, b" oleh"))
}

/// `s` lowercased char by char where that keeps the byte length (other
/// chars kept as they are), so offsets in the result are offsets in `s`.
fn lower_same_length(s: &str) -> String {
    s.chars()
        .map(|c| {
            // (The table-free lowercase keeps the byte length.)
            if let Some(l) = crate::lower::simple(c) {
                return l;
            }
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

/// The credit after photo marker `m` found at byte `at` of `body`: the
/// marker opens the line or follows a sentence end, a bar or a dash; a
/// colon follows it (or it is a `by` marker); and a short name closes the
/// line.
fn marker_at(body: &str, at: usize, m: &str) -> Option<Range<usize>> {
    let before_ok = at == 0 || {
        let b = body[..at].trim_end();
        b.is_empty() || ends_sentence(b) || b.ends_with(['|', '-', '–'])
    };
    if !before_ok || !body.is_char_boundary(at + m.len()) {
        return None;
    }
    let after = &body[at + m.len()..];
    if after.len() > CREDIT_TAIL {
        return None;
    }
    let spaced = after.len() - after.trim_start_matches(' ').len();
    let (sep_len, rest) = if let Some(r) = after[spaced..].strip_prefix(':') {
        (spaced + 1, r)
    } else if PHOTO_BY.contains(&m) {
        (0, after)
    } else {
        return None;
    };
    let rest_t = rest.trim().trim_end_matches('.');
    let n = word_count_upto(rest_t, 9);
    if rest_t.is_empty() || n > 8 || rest_t.contains(". ") {
        return None;
    }
    let start = at + m.len() + sep_len + (rest.len() - rest.trim_start().len());
    Some(start..start + rest_t.len())
}

/// `. OUTLET/Name Name` closing a caption (`TEMPO/M Taufan Rengganis`).
fn slash_credit(body: &str) -> Option<Range<usize>> {
    // No slash, no credit: the sentences are not cut for nothing.
    memchr::memchr(b'/', body.as_bytes())?;
    // The credit's name may hold an initial (`TEMPO/Johannes P. Christo`):
    // try the last few sentence breaks.
    let mut end = body.len();
    for _ in 0..3 {
        let cut = find::rfind(&body[..end], ". ")?;
        end = cut;
        let tail = body[cut + 2..].trim();
        let Some((outlet, name)) = tail.split_once('/') else {
            continue;
        };
        let ok = is_upper_word(outlet)
            && outlet.len() >= 2
            && !outlet.contains(' ')
            && word_count_upto(name, 6) <= 5
            && words(name).all(starts_upper);
        if ok {
            let start = cut + 2 + (body[cut + 2..].len() - body[cut + 2..].trim_start().len());
            return Some(start..start + tail.len());
        }
    }
    None
}

/// Whether `s` (trimmed) is a known agency or outlet name.
pub(crate) fn is_agency(s: &str) -> bool {
    AGENCIES.contains(&s.trim())
}

/// Whether one token or short name reads as a news outlet: a known agency,
/// a domain (`KOMPAS.com`, `TEMPO.CO`, `SuaraJogja.id`), a name ending in a
/// press word (`detikNews`, `sindonews`, `Vietnam+`), an all-capital word
/// (`CEKLISSATU`), or `Báo`/`Harian` + a name.
pub(crate) fn looks_like_outlet(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || word_count_upto(s, 5) > 4 {
        return false;
    }
    if is_agency(s) {
        return true;
    }
    let first = crate::spaces::words(s).next().unwrap_or("");
    if matches!(
        first,
        "Báo" | "Tạp" | "Đài" | "Harian" | "Koran" | "Majalah"
    ) && word_count_upto(s, 2) >= 2
    {
        return true;
    }
    if word_count_upto(s, 2) == 1 {
        if let Some((name, tld)) = s.rsplit_once('.') {
            let tld_l = tld.to_lowercase();
            if !name.is_empty()
                && matches!(
                    tld_l.as_str(),
                    "com" | "co" | "id" | "vn" | "net" | "org" | "info"
                )
            {
                return true;
            }
        }
        if s.ends_with('+') && s.len() > 1 {
            return true;
        }
        let lower = s.lower();
        if PRESS_WORDS
            .iter()
            .any(|p| lower.ends_with(p) && lower.len() > p.len())
        {
            return true;
        }
        let letters = s.chars().filter(|c| c.is_letter()).count();
        if is_upper_word(s) && (2..=12).contains(&letters) {
            return true;
        }
    }
    false
}

/// A masthead: a short title-case outlet name such as `Jakarta Post` or
/// `VnExpress International`.
pub(crate) fn is_masthead(s: &str) -> bool {
    let n = word_count_upto(s, 4);
    if !(1..=3).contains(&n) || !words(s).all(starts_upper) {
        return false;
    }
    let last = s.split_whitespace().last().unwrap_or("").lower();
    let first = crate::spaces::words(s).next().unwrap_or("").lower();
    (n >= 2 && PRESS_WORDS.contains(&last.as_str()) && last != "international" && last != "world")
        || (first.ends_with("express") && first != "express")
}

/// A dateline opening a paragraph: `Tokyo (VNA) –`, `(VOVWORLD) -`,
/// `TEMPO.CO, Jakarta -`, `JAKARTA, KOMPAS.com -`, `SuaraJogja.id -`,
/// `(Vibizmedia-Nasional)`, `Hà Nội (TTXVN 20/12/2022)`, `Theo Báo QĐND -`,
/// `Jakarta -`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// End of the dateline (after its dash, if any).
    pub end: usize,
    /// The credited outlet, if any.
    pub source: Option<Range<usize>>,
}

const DASHES: &[&str] = &["--", "—", "–", "-"];

pub(crate) fn dateline(s: &str) -> Option<Dateline> {
    // (OUTLET) at the very start.
    if s.starts_with('(') {
        let close = s.find(')')?;
        let inner = &s[1..close];
        let name = inner.split_once('-').map_or(inner, |(a, _)| a).trim();
        let single_name = word_count_upto(name, 2) == 1
            && starts_upper(name)
            && name.chars().all(char::is_alphanumeric);
        if word_count_upto(inner, 4) <= 3 && (looks_like_outlet(name) || single_name) {
            let end = dash_after(s, close + 1).unwrap_or(close + 1);
            return Some(Dateline {
                end,
                source: Some(1..1 + name.len()),
            });
        }
        return None;
    }
    // Place (AGENCY[ date]) at the start.
    if let Some(open) = find::find(s, " (") {
        let place = &s[..open];
        if (1..=4).contains(&word_count_upto(place, 5)) && words(place).all(starts_upper) {
            if let Some(close_rel) = s[open + 2..].find(')') {
                let inner = &s[open + 2..open + 2 + close_rel];
                // A known outlet of several words (`ANTARA News`), else the
                // first word, maybe followed by a date (`TTXVN 20/12/2022`).
                let name = if super::gazetteer::is_outlet(inner) {
                    inner.trim()
                } else {
                    crate::spaces::words(inner).next().unwrap_or("")
                };
                // Where the name sits in `inner` (after any leading space).
                let name_at = inner.len() - inner.trim_start().len();
                let rest_is_date = inner[name_at + name.len()..]
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_digit() || "/-. ".contains(c));
                if looks_like_outlet(name) && rest_is_date {
                    let after = open + 2 + close_rel + 1;
                    let end = dash_after(s, after).unwrap_or(after);
                    let start = open + 2 + name_at;
                    return Some(Dateline {
                        end,
                        source: Some(start..start + name.len()),
                    });
                }
            }
        }
    }
    // A line that is only a web outlet and a place: `BERITABALI.COM,
    // BADUNG.` (a dateline closed by a stop instead of a dash).
    if let Some((outlet, place)) = s.trim().trim_end_matches(['.', ':']).split_once(',') {
        let (outlet, place) = (outlet.trim(), place.trim());
        if outlet.contains('.')
            && looks_like_outlet(outlet)
            && (1..=3).contains(&word_count_upto(place, 4))
            && words(place).all(starts_upper)
        {
            let start = s.len() - s.trim_start().len();
            return Some(Dateline {
                end: s.len(),
                source: Some(start..start + outlet.len()),
            });
        }
    }
    // PREFIX - text, the prefix short.
    let (dash_at, dash_len) = first_dash(s)?;
    let prefix = s[..dash_at].trim_end();
    if prefix.is_empty() || prefix.len() > 60 {
        return None;
    }
    let end = dash_at + dash_len;
    let prefix_start = 0;
    let theo = ["Theo ", "According to ", "Menurut "]
        .iter()
        .find_map(|t| prefix.strip_prefix(t).map(|r| (t.len(), r)));
    if let Some((skip, name)) = theo {
        if looks_like_outlet(name) {
            return Some(Dateline {
                end,
                source: Some(skip..skip + name.len()),
            });
        }
        return None;
    }
    let parts: Vec<&str> = prefix.split([',', '|']).map(str::trim).collect();
    if parts.len() > 2
        || parts
            .iter()
            .any(|p| p.is_empty() || word_count_upto(p, 4) > 3)
    {
        return None;
    }
    if !parts.iter().all(|p| words(p).all(starts_upper)) {
        return None;
    }
    // Which part is the outlet: one with a domain dot, else the last
    // all-capital or known one.
    let mut offset = prefix_start;
    let mut spans = Vec::new();
    for p in prefix.split([',', '|']) {
        let lead = p.len() - p.trim_start().len();
        spans.push((offset + lead, p.trim()));
        offset += p.len() + 1;
    }
    let dotted = spans
        .iter()
        .find(|(_, p)| p.contains('.') && looks_like_outlet(p));
    let source = dotted
        .or_else(|| {
            spans
                .iter()
                .rev()
                .find(|(_, p)| looks_like_outlet(p) && (spans.len() == 2 || !p.contains(' ')))
        })
        .map(|&(at, p)| at..at + p.len());
    // A single title-case place (`Jakarta -`) is a dateline without source;
    // so is a place and a name (`InfoPBUN, KOTAWARINGIN BARAT -`), which
    // the source finder reads.
    let placed = parts.len() == 2
        && parts.iter().any(|p| {
            super::gazetteer::is_place(p)
                || crate::spaces::words(p).count() >= 2 && is_upper_word(&p.replace(' ', ""))
                || matches!(
                    crate::spaces::words(p)
                        .next()
                        .unwrap_or("")
                        .lower()
                        .as_str(),
                    "kabupaten" | "kota" | "provinsi" | "tỉnh" | "huyện"
                )
        });
    let source = source.filter(|r| !super::gazetteer::is_place(&prefix[r.clone()]));
    if source.is_none() && !(parts.len() == 1 && word_count_upto(parts[0], 3) <= 2) && !placed {
        return None;
    }
    Some(Dateline { end, source })
}

/// The first ` - `-like dash within the first 80 bytes: `(position, len)`.
fn first_dash(s: &str) -> Option<(usize, usize)> {
    let limit = s.len().min(80);
    let mut best: Option<(usize, usize)> = None;
    for d in DASHES {
        // A dash past `limit` is never taken: the search stops there.
        let mut end = s.len().min(limit + d.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let hay = &s[..end];
        let mut from = 0;
        while let Some(p) = find::find(&hay[from..], d) {
            let at = from + p;
            from = at + d.len();
            if at > limit {
                break;
            }
            let before_space = s[..at].ends_with(char::is_whitespace);
            let after = &s[at + d.len()..];
            let after_space = after.is_empty() || after.starts_with(char::is_whitespace);
            if before_space && after_space {
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, d.len()));
                }
                break;
            }
        }
    }
    best
}

/// A dash right after `from` (spaces and stray symbols allowed between):
/// the end of the dash.
fn dash_after(s: &str, from: usize) -> Option<usize> {
    let rest = &s[from..];
    let mut skipped = 0;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        if let Some(d) = DASHES.iter().find(|d| rest[i..].starts_with(**d)) {
            return Some(from + i + d.len());
        }
        // One stray non-Latin symbol (mirror-site junk) may sit before it.
        if skipped == 0 && !c.is_ascii() && !is_latin(c) {
            skipped += 1;
            continue;
        }
        return None;
    }
    None
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// A name: 1–5 capitalised words (or initials), no digits, or a list of
/// such names separated by commas and `and`/`dan`/`và`.
pub(crate) fn is_name_list(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return false;
    }
    split_names(s).iter().all(|n| is_name(n))
}

pub(crate) fn is_name(s: &str) -> bool {
    let n = word_count_upto(s, 6);
    if !(2..=5).contains(&n) || s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    words(s).all(|w| {
        let w = w.trim_end_matches([',', '.']);
        let letters_ok = w
            .chars()
            .all(|c| c.is_letter() || c == '.' || c == '-' || c == '\'' || is_mark(c));
        letters_ok
            && starts_upper(w)
            && !PRESS_WORDS.contains(&w.lower().as_str())
            && !matches!(w.lower().as_str(), "edition" | "news" | "home")
    })
}

/// Splits a credit list into names: `A, B and C`.
pub(crate) fn split_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split([',', '&', ';']) {
        let mut part = part.trim();
        for conj in ["and ", "dan ", "và "] {
            if let Some(r) = part.strip_prefix(conj) {
                part = r;
            }
        }
        for conj in [" and ", " dan ", " và "] {
            if let Some((a, b)) = part.split_once(conj) {
                out.push(a.trim().to_string());
                part = b.trim();
            }
        }
        let part = part.trim().trim_end_matches('.');
        if !part.is_empty() {
            out.push(part.to_string());
        }
    }
    out
}

/// The names and roles of a credit line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Credit {
    pub authors: Vec<String>,
    pub translators: Vec<String>,
    pub editors: Vec<String>,
    /// An outlet named in the credit (`Danu Damarjati - detikNews`,
    /// `X is a FORUM contributor`, `Duc Trung (Menurut VNA )`).
    pub source: Option<Range<usize>>,
}

/// Labels that introduce names, by role.
const AUTHOR_LABELS: &[&str] = &[
    "by",
    "oleh",
    "laporan",
    "reporter",
    "penulis",
    "pewarta",
    "jurnalis",
    "kontributor",
    "wartawan",
    "writer",
    "phóng viên",
    "author",
    "written by",
    "reported by",
    "bài",
    "tác giả",
    "pv",
];
const EDITOR_LABELS: &[&str] = &[
    "editor",
    "red",
    "redaktur",
    "editing",
    "edited by",
    "penyunting",
    "biên tập",
    "biên tập viên",
];
const TRANSLATOR_LABELS: &[&str] = &["translated by", "translator", "penerjemah", "dịch"];

/// The most bytes (so at least the most chars) of any author, editor or
/// translator label.
const LABEL_MAX: usize = {
    let (a, e, t) = (
        max_len(AUTHOR_LABELS),
        max_len(EDITOR_LABELS),
        max_len(TRANSLATOR_LABELS),
    );
    let m = if a > e { a } else { e };
    if m > t {
        m
    } else {
        t
    }
};

/// Reads a credit line: `By Tran Binh – Translated by Kim Khanh`,
/// `LAPORAN: ZULHIDAYAT SIREGAR`, `Red: Reiny Dwinanda`, `Translated by
/// Chung Anh`, `Reporter: A` / `Editor: B`, `Danu Damarjati - detikNews`,
/// `Duc Trung (Menurut VNA )`, `Felix Kim is a FORUM contributor reporting
/// from Seoul`, or a lone name list. `None` when it is not a credit.
pub(crate) fn credit(s: &str) -> Option<Credit> {
    let s_t = s.trim();
    if s_t.is_empty() || s_t.len() > 200 {
        return None;
    }
    // X is a(n) OUTLET contributor/correspondent/reporter ...
    for verb in [" is a ", " is an "] {
        if let Some(at) = find::find(s_t, verb) {
            let name = &s_t[..at];
            let rest = &s_t[at + verb.len()..];
            let role_at = [
                "contributor",
                "correspondent",
                "reporter",
                "writer",
                "journalist",
            ]
            .iter()
            .filter_map(|r| find::find(rest, r))
            .min();
            if let (true, Some(role_at)) = (is_name_list(name), role_at) {
                let outlet = rest[..role_at].trim();
                let outlet_start = at + verb.len();
                let source = (!outlet.is_empty() && looks_like_outlet(outlet))
                    .then(|| outlet_start..outlet_start + outlet.len());
                return Some(Credit {
                    authors: split_names(name),
                    source,
                    ..Credit::default()
                });
            }
        }
    }
    // Labelled parts, separated by dashes: `By A – Translated by B`.
    if let Some(c) = labelled_credit(s_t) {
        return Some(c);
    }
    // The Tribun network's credit: `Laporan Wartawan Bangkapos, Yudha
    // Palistian`, `Laporan Reporter Tribunnews.com, …`.
    // (Compared on the original bytes: the label is ASCII, and a span of
    // the input must follow it.)
    for label in [
        "laporan wartawan ",
        "laporan reporter ",
        "laporan kontributor ",
    ] {
        if s_t
            .get(..label.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(label))
        {
            if let Some((outlet, name)) = s_t[label.len()..].split_once(',') {
                let (outlet, name) = (outlet.trim(), name.trim());
                if is_name_list(name) && word_count_upto(outlet, 4) <= 3 {
                    let at = outlet.as_ptr() as usize - s_t.as_ptr() as usize;
                    return Some(Credit {
                        authors: split_names(name),
                        source: Some(at..at + outlet.len()),
                        ..Credit::default()
                    });
                }
            }
        }
    }
    // A name and its role after a comma: `Pernita Hestin Untari, Jurnalis`.
    if let Some((name, role)) = s_t.rsplit_once(',') {
        let role_l = role.trim().trim_end_matches('.').lower();
        let is_author = matches!(
            role_l.as_str(),
            "jurnalis"
                | "wartawan"
                | "reporter"
                | "kontributor"
                | "penulis"
                | "correspondent"
                | "writer"
                | "staff writer"
                | "phóng viên"
        );
        let is_editor = matches!(role_l.as_str(), "editor" | "redaktur");
        if (is_author || is_editor) && is_name_list(name.trim()) {
            let names = split_names(name.trim());
            return Some(if is_editor {
                Credit {
                    editors: names,
                    ..Credit::default()
                }
            } else {
                Credit {
                    authors: names,
                    ..Credit::default()
                }
            });
        }
    }
    // Name (Menurut|Theo|According to|Source: OUTLET )
    if let Some(open) = find::find(s_t, " (") {
        if s_t.ends_with(')') && is_name_list(&s_t[..open]) {
            let inner = &s_t[open + 2..s_t.len() - 1];
            for lead in [
                "Menurut ",
                "Theo ",
                "According to ",
                "Source: ",
                "Sumber: ",
                "Nguồn: ",
            ] {
                if let Some(name) = inner.strip_prefix(lead) {
                    let name_t = name.trim();
                    let start = open + 2 + lead.len();
                    return Some(Credit {
                        authors: split_names(&s_t[..open]),
                        source: looks_like_outlet(name_t).then(|| start..start + name_t.len()),
                        ..Credit::default()
                    });
                }
            }
        }
    }
    // Name - outlet
    if let Some((dash_at, dash_len)) = first_dash(s_t) {
        let name = s_t[..dash_at].trim();
        let outlet = s_t[dash_at + dash_len..].trim();
        if is_name_list(name) && word_count_upto(outlet, 2) == 1 && looks_like_outlet(outlet) {
            let start = s_t.len() - outlet.len();
            return Some(Credit {
                authors: split_names(name),
                source: Some(start..s_t.len()),
                ..Credit::default()
            });
        }
    }
    None
}

/// One label and the names after it.
fn label_at(part: &str) -> Option<(Role, &str)> {
    // Only a label's length of the part can match one: each char
    // lowercases to one or more, so the first `LABEL_MAX` chars'
    // lowercase starts as the whole part's does.
    let head = match part.char_indices().nth(LABEL_MAX) {
        Some((cut, _)) => &part[..cut],
        None => part,
    };
    let lower = head.to_lowercase();
    let roles = [
        (Role::Translator, TRANSLATOR_LABELS),
        (Role::Editor, EDITOR_LABELS),
        (Role::Author, AUTHOR_LABELS),
    ];
    for (role, labels) in roles {
        for l in labels.iter() {
            if lower.starts_with(l) && part.is_char_boundary(l.len()) {
                let rest = &part[l.len()..];
                // `Redaktur : Lili Lestari`: a space may sit before the colon.
                if let Some(r) = rest.trim_start_matches(' ').strip_prefix(':') {
                    return Some((role, r.trim()));
                }
                if rest.starts_with(' ') && (l.contains(' ') || *l == "by" || *l == "oleh") {
                    return Some((role, rest.trim()));
                }
            }
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Author,
    Translator,
    Editor,
}

fn labelled_credit(s: &str) -> Option<Credit> {
    let mut c = Credit::default();
    let mut any = false;
    // Split on dashes (spaced or glued: `Thanh An- Translated by`) and pipes.
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        let cut = ["–", "—", "|", " - ", "- "]
            .iter()
            .filter_map(|d| find::find(rest, d).map(|p| (p, d.len())))
            .min();
        match cut {
            Some((p, len)) => {
                parts.push(&rest[..p]);
                rest = &rest[p + len..];
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    for (k, part) in parts.into_iter().enumerate() {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        // An outlet after the names: `By Ngoc Minh - Thanh Nien News -`.
        let Some((role, names)) = label_at(part) else {
            let outlet = part.trim_end_matches(['-', '–', '—', ' ']);
            let press_name = word_count_upto(outlet, 5) <= 4
                && words(outlet).all(starts_upper)
                && ["News", "Times", "Post", "Daily", "Online"]
                    .iter()
                    .any(|w| outlet.strip_suffix(w).is_some_and(|h| h.ends_with(' ')));
            let outletish =
                looks_like_outlet(outlet) || super::gazetteer::is_outlet(outlet) || press_name;
            if k > 0 && c.source.is_none() && !outlet.is_empty() && outletish {
                let at = outlet.as_ptr() as usize - s.as_ptr() as usize;
                c.source = Some(at..at + outlet.len());
                continue;
            }
            return None;
        };
        any = true;
        if names.is_empty() {
            continue;
        }
        // One-word names are common in Indonesia (`Editor: Amirullah`).
        let single = word_count_upto(names, 2) == 1
            && starts_upper(names)
            && !is_agency(names)
            && !super::gazetteer::is_outlet(names)
            && names
                .chars()
                .all(|c| c.is_letter() || c == '.' || is_mark(c));
        if !single && !is_name_list(names) && !words(names).all(is_upper_word) {
            return None;
        }
        let list = split_names(names);
        match role {
            Role::Author => c.authors.extend(list),
            Role::Translator => c.translators.extend(list),
            Role::Editor => c.editors.extend(list),
        }
    }
    (any && (!c.authors.is_empty() || !c.translators.is_empty() || !c.editors.is_empty()))
        .then_some(c)
}

/// A credit that says so with its labels: `Pewarta: Syaiful Hakim`, `By
/// Tran Binh – Translated by Kim Khanh`, `Penulis: A | Editor: B`. The
/// parser takes these as bylines without asking the tagger.
pub(crate) fn is_labelled_credit(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() || t.len() > 200 {
        return false;
    }
    // Every label ends in a colon or is one of the `by` forms: most lines
    // have neither and are not split and lowercased at all.
    let by = t
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"by "))
        || t.as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"oleh "));
    (t.contains(':') || by) && labelled_credit(t).is_some()
}

/// An empty credit label (`Reporter:`, `Editor:`): the role it announces.
pub(crate) fn empty_label_role(s: &str) -> Option<&'static str> {
    let (role, names) = label_at(s.trim())?;
    if !names.is_empty() {
        return None;
    }
    Some(match role {
        Role::Author => "author",
        Role::Translator => "translator",
        Role::Editor => "editor",
    })
}

/// Attribution lines: `According to Vietnam+`, `Theo QĐND`, `(Source:
/// VNA)`, `Source: X`, a bare agency (`VNA`, `(TTXVN/Vietnam+)`). Returns
/// the span of the outlet.
pub(crate) fn attribution(s: &str) -> Option<Range<usize>> {
    let t = s.trim();
    if word_count_upto(t, 7) > 6 {
        return None;
    }
    let (inner, base) = match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(r) => (r, 1),
        None => (t, 0),
    };
    for lead in [
        "According to ",
        "Source: ",
        "Sources: ",
        "Sumber: ",
        "Nguồn: ",
        "Nguồn tin: ",
        "Full story: ",
        "Theo ",
        "Menurut ",
    ] {
        let lower_lead = lead.to_lowercase();
        let head = inner.get(..lead.len()).map(str::to_lowercase);
        if head.as_deref() == Some(lower_lead.as_str()) {
            let name = &inner[lead.len()..];
            let name_t = name.trim().trim_end_matches('.');
            let ok = if lead == "Theo " || lead == "Menurut " {
                looks_like_outlet(name_t)
            } else {
                !name_t.is_empty() && word_count_upto(name_t, 5) <= 4
            };
            let start = base + lead.len() + (name.len() - name.trim_start().len());
            return ok.then(|| start..start + name_t.len());
        }
    }
    // A bare credit: `VNA`, `(TTXVN/Vietnam+)`, `The Nation`.
    let known_outlet = |p: &str| is_agency(p) || super::gazetteer::is_outlet(p);
    let all_outlets = inner
        .split('/')
        .all(|p| known_outlet(p) || (base == 1 && looks_like_outlet(p) && !is_upper_word(p)));
    let known = inner.split('/').any(known_outlet);
    (all_outlets && known && word_count_upto(inner, 5) <= 4).then(|| base..base + inner.len())
}

/// An attribution that names itself: a lead word (`Theo QĐND`, `Source:
/// VNA`), brackets (`(TTXVN/Vietnam+)`) or a news agency (`VNA`); a bare
/// outlet name (`Jakarta Post`) may as well be a masthead.
pub(crate) fn is_explicit_attribution(s: &str) -> bool {
    let t = s.trim();
    attribution(t).is_some()
        && (t.starts_with('(') || t.contains(':') || t.split('/').all(is_agency) || {
            let first = crate::spaces::words(t).next().unwrap_or("");
            matches!(first, "According" | "Theo" | "Menurut")
        })
}

/// `Duc Trung (Menurut VNA )`: a name list followed by a parenthesised
/// source credit. Returns where the parenthesis opens.
pub(crate) fn name_then_attribution(s: &str) -> Option<usize> {
    let open = find::find(s, " (")?;
    (s.trim_end().ends_with(')')
        && is_name_list(&s[..open])
        && attribution(&s[open + 1..]).is_some())
    .then_some(open + 1)
}

/// `Theo` + a person's name: a byline on a short closing line.
pub(crate) fn theo_person(s: &str) -> Option<&str> {
    let name = s.trim().strip_prefix("Theo ")?.trim().trim_end_matches('.');
    (is_name(name) && !looks_like_outlet(name)).then_some(name)
}

/// Headers that introduce teasers for other articles.
const RELATED_HEADERS: &[&str] = &[
    "other news",
    "see more",
    "more news",
    "related news",
    "related articles",
    "related stories",
    "read more",
    "see also",
    "also read",
    "tin cùng chuyên mục",
    "tin liên quan",
    "tin khác",
    "tin mới",
    "xem thêm",
    "bài liên quan",
    "yang lain",
    "berita terkait",
    "berita lainnya",
    "artikel terkait",
    "baca juga",
    "lihat juga",
    "terkait",
    "nhân vật liên quan",
    "sự kiện liên quan",
    // More section labels of news sites, from common usage.
    "related",
    "more stories",
    "you may also like",
    "recommended",
    "most read",
    "artikel lainnya",
    "berita rekomendasi",
    "rekomendasi",
    "cùng chuyên mục",
    "bài viết liên quan",
    "tin bài liên quan",
    "có thể bạn quan tâm",
    "đọc thêm",
    "tin đọc nhiều",
    "tin xem nhiều",
];

/// A header that introduces related teasers (`Other news`, `Yang lain`).
pub(crate) fn is_related_header(s: &str) -> bool {
    let t = s.trim().trim_end_matches([':', '.', '»', '>']).trim();
    // Lowercasing never gives fewer chars: a line of more chars than the
    // longest header is none (and is not lowercased).
    t.len() <= 4 * RELATED_HEADER_MAX
        && t.chars().count() <= RELATED_HEADER_MAX
        && RELATED_HEADERS.contains(&t.lower().as_str())
}

/// The most bytes (so at least the most chars) of a [`RELATED_HEADERS`]
/// entry.
const RELATED_HEADER_MAX: usize = max_len(RELATED_HEADERS);

/// The longest of `list`, in bytes.
const fn max_len(list: &[&str]) -> usize {
    let (mut i, mut m) = (0, 0);
    while i < list.len() {
        if list[i].len() > m {
            m = list[i].len();
        }
        i += 1;
    }
    m
}

/// A teaser line: `Baca Juga: …`, `Also read: …`, `Lihat juga Video: …`,
/// or a headline-like line ending in ` |` without a photo credit.
pub(crate) fn is_related_line(s: &str) -> bool {
    is_marked_teaser(s)
        || (s.trim_end().ends_with('|')
            && caption_credit(s).is_none()
            && !is_piped_sentence(s)
            && word_count_upto(s, 3) >= 3)
}

/// A sentence closed by a full stop and then a pipe (`The scene of the
/// accident. |`): how some sites print a caption; teasers are headlines,
/// without the stop.
pub(crate) fn is_piped_sentence(s: &str) -> bool {
    s.trim_end().strip_suffix('|').is_some_and(|body| {
        let body = body.trim_end();
        body.ends_with('.') && !body.ends_with("..") && word_count_upto(body, 3) >= 3
    })
}

/// A teaser that says so: `Baca Juga: …`, `Also read: …`, or a headline
/// and its lead cut short before a pipe (`… mandatory 14-day ... |`). The
/// parser takes these as teasers without asking the tagger.
/// Labels that open a teaser line (`Baca juga: …`).
const TEASER_LABELS: [&str; 8] = [
    "baca juga",
    "also read",
    "read also",
    "read more",
    "see also",
    "xem thêm",
    "lihat juga",
    "related",
];

pub(crate) fn is_marked_teaser(s: &str) -> bool {
    let t = s.trim_end();
    if let Some(body) = t.strip_suffix('|') {
        let body = body.trim_end();
        if (body.ends_with("...") || body.ends_with('…')) && word_count_upto(body, 8) >= 8 {
            return true;
        }
    }
    // The labels are ASCII but for `ê`, and no other char lowercases to
    // their letters: a line starts with one, in any case, when its first
    // bytes do; what follows is read on the line itself (`video:` in any
    // case).
    let t = s.trim();
    for h in TEASER_LABELS {
        let Some(head) = t.get(..h.len()) else {
            continue;
        };
        let same = if h.is_ascii() {
            head.eq_ignore_ascii_case(h)
        } else {
            head.lower() == h
        };
        if same {
            let rest = t[h.len()..].trim_start();
            if rest.starts_with(':')
                || rest
                    .get(..6)
                    .is_some_and(|v| v.eq_ignore_ascii_case("video:"))
                || rest.starts_with('»')
            {
                return true;
            }
        }
    }
    false
}

/// Single words and phrases of page furniture (compared lowercase, bullets
/// stripped).
const FURNITURE: &[&str] = &[
    "komentar",
    "share",
    "bagikan",
    "facebook",
    "twitter",
    "whatsapp",
    "email",
    "print",
    "latest",
    "news",
    "berita",
    "home",
    "advertisement",
    "iklan",
    "scroll to continue with content",
    "tautan sumber",
    "bình luận",
    "chia sẻ",
    "quảng cáo",
    "in bài",
    "tags",
    "tag",
    "loading",
    "loading...",
    "please update your browser",
    "get newsletter",
    "follow us",
    "trang chủ",
    "gửi phản hồi",
    "in bài viết",
    "halaman selanjutnya",
    "section",
];

/// Page furniture: widgets, ads, navigation, share and comment lines,
/// counters, template leaks, relative clocks.
pub(crate) fn is_boilerplate(s: &str) -> bool {
    let t = strip_bullet(s.trim());
    // The phrase checks are for short lines: a paragraph is not lowercased
    // for them.
    any_length_furniture(t) || (word_count_upto(t, 21) <= 20 && short_furniture(t))
}

/// Furniture whatever the line's length, judged from its shape, its start
/// and its end: font-size buttons (`A A A Pengaturan Font`, `A- A+`), a
/// short label with nothing but symbols after its colon, comment prompts
/// (`Tulis komentarmu …`), template leaks and embeds (`[iklan_2]`,
/// `[Gambas:Video 20detik]`), image stubs (`![]() |`), navigation, a
/// gallery's alt text.
fn any_length_furniture(t: &str) -> bool {
    let mut ws = crate::spaces::words(t);
    let font = matches!(
        (ws.next(), ws.next()),
        (Some("A" | "A-" | "A+"), Some("A" | "A-" | "A+"))
    );
    let widget = t.split_once(':').is_some_and(|(label, rest)| {
        word_count_upto(label, 4) <= 3 && !rest.chars().any(char::is_alphanumeric)
    });
    let template = t.starts_with('[')
        && t.ends_with(']')
        && (t.contains('_') || t.contains(':') || !t.contains(' '));
    font || widget
        || comment_prompt(t)
        || template
        || t.starts_with("![")
        || navigation(t)
        || gallery_alt(t)
}

/// A comment prompt opens `t` (any case). A line opening in ASCII is
/// compared only with the prompts of its first letter.
fn comment_prompt(t: &str) -> bool {
    let first = t.as_bytes().first().copied().unwrap_or(0);
    COMMENT_PROMPTS.iter().any(|p| {
        (!first.is_ascii() || p.as_bytes()[0] == first.to_ascii_lowercase())
            && starts_with_lowercase(t, p)
    })
}

/// Whether `t`, lowercased, starts with `prefix` (lowercase), without
/// lowercasing the rest of `t`.
fn starts_with_lowercase(t: &str, prefix: &str) -> bool {
    let mut lower = t.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// Furniture of twenty words or fewer, its phrases compared lowercase.
fn short_furniture(t: &str) -> bool {
    let lower = t.lower();
    // `Share:`, `Halaman Selanjutnya....`.
    if FURNITURE.contains(&lower.as_str())
        || FURNITURE.contains(&lower.trim_end_matches([':', '.', '…', ' ']))
    {
        return true;
    }
    // Subscription prices: `RM 13.90/month`, `Rp49.000/bulan`.
    if word_count_upto(t, 5) <= 4
        && t.chars().any(|c| c.is_ascii_digit())
        && [
            "/month", "/year", "/mo", "/bulan", "/tahun", "/tháng", "/năm",
        ]
        .iter()
        .any(|p| lower.ends_with(p))
    {
        return true;
    }
    // Calls to action: `Saksikan video pilihan di bawah ini:`, `* Follow
    // Official WhatsApp Channel …`, `IKUTI BERITABALI.COM DI`, `Mời quý độc
    // giả theo dõi VOV.VN trên`, `Subscribe to our newsletter`.
    let cta = strip_bullet(&lower);
    if [
        "saksikan video",
        "simak video",
        "follow official",
        "ikuti kami",
        "ikuti juga",
        "ikuti berita",
        "dapatkan update",
        "download aplikasi",
        "unduh aplikasi",
        "klik di sini",
        "mời quý độc giả",
        "mời bạn đọc",
        "mời độc giả",
        "tải ứng dụng",
        "subscribe to",
        "sign up for",
        "download the app",
        "click here",
        "follow us on",
    ]
    .iter()
    .any(|p| cta.starts_with(p))
        || (cta.starts_with("ikuti ") && (cta.ends_with(" di") || cta.contains(" di google")))
    {
        return true;
    }
    // Copyright notices: `Copyright © ANTARA 2025`, `© 2024 …`, `Bản quyền
    // thuộc …`, `Hak cipta …`.
    if word_count_upto(t, 16) <= 15
        && ["copyright", "©", "(c) ", "hak cipta", "bản quyền"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // `Komentar (0)`, `Bình luận (12)`
    if let Some((head, tail)) = lower.split_once(" (") {
        if FURNITURE.contains(&head)
            && tail
                .trim_end_matches(')')
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    // Ad slots named by their size: `Example 300x600`, `Banner 728x90`.
    if word_count_upto(t, 4) <= 3
        && t.split(|c: char| c.is_whitespace()).any(|w| {
            w.split_once(['x', '×']).is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && b.bytes().all(|c| c.is_ascii_digit())
            })
        })
    {
        return true;
    }
    // Image file names and image stubs: `swindle (1).jpg`, `![]() |`.
    if word_count_upto(t, 5) <= 4
        && [".jpg", ".jpeg", ".png", ".gif", ".webp"]
            .iter()
            .any(|e| lower.trim_end_matches(['|', ' ']).ends_with(e))
    {
        return true;
    }
    // Scroll prompts: `SCROLL TO CONTINUE WITH CONTENT`, `Scroll untuk
    // membaca artikel`, `Iklan - Scroll untuk Melanjutkan`.
    if word_count_upto(t, 7) <= 6
        && lower
            .split(|c: char| !c.is_alnum())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| w == "scroll")
    {
        return true;
    }
    // Counters: a line of only digits.
    if t.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return true;
    }
    // Reporter initials `(WAH)`.
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        if (2..=5).contains(&inner.len()) && is_upper_word(inner) && !is_agency(inner) {
            return true;
        }
    }
    // Relative clocks: `7 hours ago`, `2 jam yang lalu`, `5 phút trước`.
    let w: Vec<&str> = crate::spaces::words(&lower).collect();
    if w.len() >= 2 && w.len() <= 4 && w[0].chars().all(|c| c.is_ascii_digit()) {
        let unit = w[1];
        let ago = w[2..].join(" ");
        let en = [
            "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day",
            "days", "week", "weeks",
        ];
        let id = ["detik", "menit", "jam", "hari", "minggu"];
        let vi = ["giây", "phút", "giờ", "ngày", "tuần"];
        if (en.contains(&unit) && ago == "ago")
            || (id.contains(&unit) && (ago == "yang lalu" || ago == "lalu"))
            || (vi.contains(&unit) && ago == "trước")
        {
            return true;
        }
    }
    t.contains(" - ") && is_upper_word(t) && word_count_upto(t, 7) <= 6
}

/// Comment prompts: `Tulis komentarmu …`, `Leave a comment`, `Viết bình
/// luận` (compared lowercase).
const COMMENT_PROMPTS: &[&str] = &[
    "tulis komentar",
    "write a comment",
    "leave a comment",
    "add a comment",
    "viết bình luận",
    "gửi bình luận",
];

/// Image alt text of a gallery: `… ảnh 1`.
fn gallery_alt(t: &str) -> bool {
    let body = t.trim_end_matches(|c: char| c.is_ascii_digit());
    body.len() < t.len()
        && body.len() > " ảnh ".len()
        && [" ảnh ", " Ảnh ", " ẢNH "]
            .iter()
            .any(|x| body.ends_with(x))
}

/// Navigation: `Home / Health & Education` — parts of one to four words
/// between separators, no sentence marks.
fn navigation(t: &str) -> bool {
    // A sentence mark rules a line out before any separator is looked for
    // (most lines have one).
    memchr::memchr3(b'.', b'?', b'!', t.as_bytes()).is_none()
        && [" / ", " > ", " » ", " | "].iter().any(|sep| {
            t.contains(sep)
                && t.split(sep)
                    .all(|p| (1..=4).contains(&word_count_upto(p, 5)))
        })
}

/// A known outlet closing a headline-like line (`Heavy rains still
/// possible as Pepito moves away from Luzon ABS-CBN News`): where the
/// outlet starts. The outlet must be of two words or more, or a domain.
pub(crate) fn trailing_outlet(s: &str) -> Option<usize> {
    let t = s.trim_end();
    if !is_headline_like(t) || word_count_upto(t, 6) < 6 || t.len() > 250 {
        return None;
    }
    let spans: Vec<Range<usize>> = word_spans(t).collect();
    let n = spans.len();
    for k in (1..=4.min(n - 3)).rev() {
        let at = spans[n - k].start;
        let tail = &t[at..];
        if (k >= 2 || tail.contains('.')) && super::gazetteer::is_outlet(tail) {
            return Some(at);
        }
    }
    None
}

/// Whether the line reads like a headline: no sentence-final period or
/// colon/comma, 2–30 words, not too long.
pub(crate) fn is_headline_like(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 250 {
        return false;
    }
    // The end first: most lines of running text stop there.
    let end = t.trim_end_matches(['"', '”', '’', '\'', ' ']);
    if end.ends_with(['.', ',', ';', ':', '|', '-', '–', '—']) {
        return false;
    }
    (2..=30).contains(&word_count_upto(t, 31)) && t.chars().any(char::is_alphabetic)
}

/// Splits a trailing all-capital signature (`… ba. VIỄN SỰ`) off a
/// paragraph: the byte offset where the signature starts.
pub(crate) fn trailing_signature(s: &str) -> Option<usize> {
    let t = s.trim_end();
    let cut = find::rfind(t, ". ")? + 2;
    let tail = t[cut..].trim();
    let n = word_count_upto(tail, 5);
    ((2..=4).contains(&n)
        && words(tail).all(|w| is_upper_word(w) && w.chars().all(|c| c.is_letter() || is_mark(c)))
        && word_count_upto(&t[..cut], 20) >= 20)
        .then_some(cut + (t[cut..].len() - t[cut..].trim_start().len()))
}

/// Words that begin sentences in news text (capitalised form). A
/// sub-heading glued to a paragraph ends right before one of them.
const SENTENCE_STARTERS: &[&str] = &[
    // Vietnamese
    "Trong",
    "Chiều",
    "Sáng",
    "Tối",
    "Trưa",
    "Đêm",
    "Dù",
    "Theo",
    "Khi",
    "Sau",
    "Với",
    "Tại",
    "Hôm",
    "Đây",
    "Đó",
    "Nhưng",
    "Tuy",
    "Ông",
    "Bà",
    "Các",
    "Những",
    "Hiện",
    "Trước",
    "Từ",
    "Để",
    "Do",
    "Vì",
    "Nếu",
    "Ngoài",
    "Riêng",
    "Cùng",
    "Đến",
    "Năm",
    "Ngày",
    "Dự",
    // Indonesian
    "Dalam",
    "Pada",
    "Sementara",
    "Namun",
    "Selain",
    "Menurut",
    "Sebelumnya",
    "Kemudian",
    // English
    "The",
    "In",
    "On",
    "At",
    "According",
    "After",
    "During",
    "However",
    "Meanwhile",
    "Earlier",
];

/// A sub-heading glued to the start of a paragraph (`Xuất hiện áp thấp trên
/// biển Đông Chiều qua, …`): the end of the heading. The heading is 3–12
/// words without sentence punctuation, followed by a sentence starter and a
/// long sentence.
pub(crate) fn glued_heading(s: &str) -> Option<usize> {
    let mut seen = 0;
    let mut prev_end = 0;
    let mut prev_dash = false;
    for (i, w) in word_spans(s).enumerate() {
        let word = &s[w.clone()];
        if i >= 3 && sentence_starters().contains(word) {
            // `HÀ NỘI — In the quiet hours …`: a dateline, not a heading.
            if prev_dash {
                return None;
            }
            // At least 15 words follow (counting stops there: linear time
            // on a whole article run into one line).
            let rest = &s[w.start..];
            if words(rest).take(15).count() >= 15 {
                return Some(prev_end);
            }
            return None;
        }
        if word.ends_with(['.', ',', ';', ':', '!', '?', ')', '"', '”'])
            || word.starts_with(['(', '"', '“'])
        {
            return None;
        }
        seen += 1;
        prev_end = w.end;
        prev_dash = word.chars().all(|c| matches!(c, '-' | '–' | '—'));
        if seen >= 12 {
            return None;
        }
    }
    None
}

/// [`SENTENCE_STARTERS`] as a set.
fn sentence_starters() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| SENTENCE_STARTERS.iter().copied().collect())
}

/// Byte spans of whitespace-separated words.
pub(crate) fn word_spans(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &s[pos..];
        let lead = rest.len() - rest.trim_start().len();
        let start = pos + lead;
        if start >= s.len() {
            return None;
        }
        let len = s[start..]
            .find(char::is_whitespace)
            .unwrap_or(s.len() - start);
        pos = start + len;
        Some(start..start + len)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit_of(s: &str) -> Option<&str> {
        caption_credit(s).map(|r| &s[r])
    }

    #[test]
    fn word_count_agrees_with_split_whitespace() {
        // Every char with the White_Space property, and look-alikes that
        // do not have it (U+200B, U+2060, U+FEFF, U+180E).
        let spaces: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .chain(['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{180E}', 'ả', '€'])
            .collect();
        assert_eq!(spaces.iter().filter(|c| c.is_whitespace()).count(), 25);
        for &a in &spaces {
            for &b in &spaces {
                let s = format!("{a}Hà{b}{b}Nội{a}x y\u{a0}z{b}");
                assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            }
        }
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count_upto("a b c d", 2), 2);
        assert_eq!(word_count_upto("a b", 5), 2);
        assert_eq!(word_count("  \t\n "), 0);
    }

    #[test]
    fn word_count_on_many_mixed_strings() {
        // Deterministic strings mixing ASCII, Vietnamese letters and every
        // Unicode space, at every alignment of the eight-byte chunks.
        let pieces = [
            "a", "b", " ", "\t", "\n", "\u{a0}", "\u{85}", "\u{1680}", "\u{2000}", "\u{200a}",
            "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{200b}", "\u{1e9a}",
            "\u{1681}", "á", "ạ", "ữ", "Đ", "—", "“", "©", "«", "\u{c2}", "\u{e2}", "x1",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..100_000 {
            let mut s = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 24) as usize;
            for k in 0..len {
                let r = state.rotate_left(k as u32 * 5) % pieces.len() as u64;
                s.push_str(pieces[r as usize]);
            }
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            assert_eq!(
                word_count_upto(&s, 3),
                s.split_whitespace().count().min(3),
                "{s:?}"
            );
            assert_eq!(capital_ratio(&s), capital_ratio_by_words(&s), "{s:?}");
        }
    }

    /// [`capital_ratio`] word by word, its oracle.
    fn capital_ratio_by_words(s: &str) -> f32 {
        let (mut caps, mut total) = (0usize, 0usize);
        for w in s.split_whitespace() {
            if has_letter(w) {
                total += 1;
                caps += usize::from(starts_upper(w));
            }
        }
        if total == 0 {
            0.0
        } else {
            caps as f32 / total as f32
        }
    }

    proptest::proptest! {
        #[test]
        fn word_count_is_split_whitespace(
            s in "[a-z \t\n\r\u{b}\u{c}\u{1f}\u{7f}!\u{a0}\u{85}\u{2003}\u{3000}\u{1680}\u{205f}\u{2028}\u{1681}\u{1e9a}\u{c2}\u{e2}\u{200b}áạÀĐơưữ“”—]{0,60}",
            cap in 0usize..12,
        ) {
            proptest::prop_assert_eq!(word_count(&s), s.split_whitespace().count());
            proptest::prop_assert_eq!(word_count_upto(&s, cap), s.split_whitespace().count().min(cap));
        }

        #[test]
        fn capital_ratio_word_by_word(
            s in "([A-Za-z0-9 \t\n\u{a0}\u{2003}(\"'“‘.,-]|Hà|Nội|Đà|ảnh|Ở|ÁO|x1|2024|\\PC){0,40}"
        ) {
            proptest::prop_assert_eq!(capital_ratio(&s), capital_ratio_by_words(&s));
        }
    }

    /// The marker search as first written (every occurrence of every
    /// marker), the oracle of `marker_credit`.
    fn marker_credit_by_search(body: &str) -> Option<Range<usize>> {
        // A credit is short and ends the line: a marker more than
        // `CREDIT_TAIL` bytes before the end is never one, so only the tail is
        // read (a paragraph with `by` in it is not lowercased whole).
        let mut cut = body.len().saturating_sub(CREDIT_TAIL + MARKER_MAX);
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        let tail = &body[cut..];
        // A marker credit needs a colon after the marker, or `by`/`oleh`: most
        // lines have neither and are not lowercased at all.
        let has_ci = |needle: &[u8]| {
            tail.as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        };
        if !tail.contains(':') && !has_ci(b" by") && !has_ci(b" oleh") && !has_ci(b"courtesy") {
            return None;
        }
        let lower = lower_same_length(tail);
        let mut best: Option<Range<usize>> = None;
        for m in PHOTO_MARKERS.iter().chain(PHOTO_BY).copied() {
            let mut from = 0;
            while let Some(pos) = lower[from..].find(m) {
                from += pos + m.len();
                let at = cut + from - m.len();
                let Some(span) = marker_at(body, at, m) else {
                    continue;
                };
                if best.as_ref().is_none_or(|b| span.start < b.start) {
                    best = Some(span);
                }
            }
        }
        best
    }

    /// The by-word check as first written: every space and `c` tried.
    fn has_by_word_by_scan(b: &[u8]) -> bool {
        let ci = |i: usize, needle: &[u8]| {
            b.get(i..i + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        };
        b.iter().enumerate().any(|(i, &x)| match x {
            b' ' => ci(i + 1, b"by") || ci(i + 1, b"oleh"),
            b'c' | b'C' => ci(i, b"courtesy"),
            _ => false,
        })
    }

    proptest::proptest! {
        #[test]
        fn by_words_found_from_their_last_letter(
            s in "( |by|BY|bY|y|h|oleh|OLEH|ole|courtesy|COURTESY|courtes|c|x|ỳ|: ){0,10}"
        ) {
            proptest::prop_assert_eq!(has_by_word(s.as_bytes()), has_by_word_by_scan(s.as_bytes()), "{:?}", s);
        }
    }

    proptest::proptest! {
        #[test]
        fn capital_words_on_bytes_as_on_chars(
            w in "[(\"'“‘]{0,3}[aZ9.,Ảảİß\u{301}(“xY-]{0,4}"
        ) {
            proptest::prop_assert_eq!(has_letter(&w), w.chars().any(|c| c.is_letter()), "{:?}", w);
            proptest::prop_assert_eq!(starts_upper_fast(&w), starts_upper(&w), "{:?}", w);
        }
    }

    /// A marker that overlaps itself (`ilustrasi` on its last `i`) does so
    /// only after a letter, where no credit marker can start: the search
    /// that skipped such overlaps and the word-start scan see the same.
    #[test]
    fn no_marker_overlaps_itself_at_a_word_start() {
        for m in PHOTO_MARKERS.iter().chain(PHOTO_BY) {
            for k in 1..m.len() {
                if m.is_char_boundary(k) && m.starts_with(&m[k..]) {
                    let before = m[..k].chars().next_back().unwrap();
                    assert!(before.is_alphanumeric(), "{m}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn marker_credit_finds_what_the_search_found(
            s in "(Photo|FOTO|foto|Ảnh|ảnh|file photo|Photo by|Foto oleh|courtesy|Dok\\.|ilustrasi|ilustrasilustrasi|x|Nguyen|Van|A|1| |: |\\. |\\.|-|\\||…){0,14}"
        ) {
            proptest::prop_assert_eq!(marker_credit(&s), marker_credit_by_search(&s), "{:?}", s);
        }
    }

    #[test]
    fn labels_and_headers_read_only_their_length() {
        let long = format!("PENERJEMAH: Kim Khanh {}", "x ".repeat(200));
        assert_eq!(label_at(&long).map(|(r, _)| r), Some(Role::Translator));
        assert!(label_at("Dịch: Kim Khanh").is_some());
        assert!(is_related_header("TIN LIÊN QUAN:"));
        assert!(!is_related_header(&format!(
            "Tin liên quan {}",
            "x".repeat(400)
        )));
    }

    /// `is_marked_teaser` as first written (the whole line lowercased).
    fn is_marked_teaser_by_lowercase(s: &str) -> bool {
        let t = s.trim_end();
        if let Some(body) = t.strip_suffix('|') {
            let body = body.trim_end();
            if (body.ends_with("...") || body.ends_with('…')) && word_count_upto(body, 8) >= 8 {
                return true;
            }
        }
        let lower = s.trim().to_lowercase();
        TEASER_LABELS.iter().any(|h| {
            lower.strip_prefix(h).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with(':') || rest.starts_with("video:") || rest.starts_with('»')
            })
        })
    }

    proptest::proptest! {
        #[test]
        fn marked_teasers_as_the_lowercased_line_says(
            s in "( |BACA JUGA|Baca juga|baca  juga|XEM THÊM|Xem thêm|xem thêM|Related|ReLaTeD|also read|İ|K|: |:|VIDEO:|Video: |»|x|\\.\\.\\. \\|){0,8}"
        ) {
            proptest::prop_assert_eq!(is_marked_teaser(&s), is_marked_teaser_by_lowercase(&s), "{:?}", s);
        }
    }

    #[test]
    fn markers_fit_marker_max() {
        assert!(PHOTO_MARKERS
            .iter()
            .chain(PHOTO_BY)
            .all(|m| m.len() <= MARKER_MAX));
    }

    #[test]
    fn marker_credit_reads_the_tail_of_a_long_line() {
        let long = format!("{}. Photo: Nguyen Van A", "word ".repeat(200));
        let span = marker_credit(&long).unwrap();
        assert_eq!(&long[span], "Nguyen Van A");
        let far = format!("Photo: Nguyen Van A. {}", "word ".repeat(80));
        assert_eq!(marker_credit(&far), None);
    }

    #[test]
    fn photo_credits_of_the_issue() {
        let cases = [
            ("Scene at the talks. Photo: People's Army Newspaper |", "People's Army Newspaper"),
            ("Minister Phan Van Giang speaks at the meeting. (Photo: SGGP)", "SGGP"),
            ("Pembicaraan virtual antara dua menteri (Foto: qdnd.vn)", "qdnd.vn"),
            ("Japanese Defence Minister Kishi Nobuo. [File: Kiyoshi Ota/Pool Photo via AP] |", "Kiyoshi Ota/Pool Photo via AP"),
            ("(Illustrative photo: VNA) |", "VNA"),
            ("President Joko Widodo (Jokowi) (Photo:Medcom.id)", "Medcom.id"),
            ("Tổng Bí thư hội kiến với Chủ tịch Quốc hội. Ảnh: Trí Dũng/TTXVN |", "Trí Dũng/TTXVN"),
            ("Prabowo bertemu Ketua Majelis Nasional Vietnam, Minggu, 15 September 2024. FOTO: KEMHAN", "KEMHAN"),
            ("Menhan bertemu di Hanoi, Jumat (13/5/2022). [Humas Kemenhan]", "Humas Kemenhan"),
            ("Wamenhan menyambut kedatangan Wamenhan Vietnam, Kamis (18/9/2025). Foto: Rayyan Farhansyah/kumparan", "Rayyan Farhansyah/kumparan"),
            ("A dengue fever patient receives treatment. Photo by VnExpress/Le Phuong.", "VnExpress/Le Phuong"),
            ("Ilustrasi cuaca Jakarta. (Agus Purnomo/detikcom)", "Agus Purnomo/detikcom"),
            ("Giang and Dong Jun at their meeting in Beijing on September 18. (VNA)", "VNA"),
            ("Warga memakai jas hujan di Bundaran HI. TEMPO/M Taufan Rengganis", "M Taufan Rengganis".split_at(0).1),
            ("Foto: AFP", "AFP"),
            ("Tổng thống Indonesia Joko Widodo. (Ảnh: Getty)", "Getty"),
            ("Chủ tịch nước tại lễ đón. Ảnh: Thống Nhất – TTXVN", "Thống Nhất – TTXVN"),
            ("Bị cáo tại phiên tòa phúc thẩm (Ảnh: Lê Tấn).", "Lê Tấn"),
            ("Polisi di TKP, Sabtu (12/4/2025). (Dokumentasi: Satlantas)", "Satlantas"),
            ("HCM City plans to install cameras in the city. (Source: VNA)", "VNA"),
            ("Foto : ANTARA/Jessica", "ANTARA/Jessica"),
            ("Ten brick-shaped packs of heroin seized from Song A Vau. Photo credit: Vietnam News Agency", "Vietnam News Agency"),
            ("The VN-Index closed the week at 1,227.36 points. Photo courtesy of VietnamFinance.", "VietnamFinance"),
            ("Four workers died in an accident at a coal mine in Quang Ninh province (Illustration photo).", "Illustration photo"),
            ("Ratusan ekor tukik hasil konservasi juga dilepas ke laut. TEMPO/Johannes P. Christo", "TEMPO/Johannes P. Christo"),
            ("Karhutla Dusun Sigumoi Sumut (Dok. BNPB)", "BNPB"),
            ("Warga menonton konser di kota itu (DOK. İstanbul Times)", "İstanbul Times"),
            ("ANTARA FOTO/MUHAMMAD IQBAL", "ANTARA FOTO/MUHAMMAD IQBAL"),
            ("hilman kamaludin/tribun jabar", "hilman kamaludin/tribun jabar"),
        ];
        for (line, credit) in cases {
            let got = credit_of(line).unwrap_or_else(|| panic!("no credit in {line:?}"));
            if line.contains("TEMPO/M") {
                assert_eq!(got, "TEMPO/M Taufan Rengganis");
            } else {
                assert_eq!(got, credit, "{line}");
            }
        }
    }

    #[test]
    fn not_photo_credits() {
        for line in [
            "Vietnam, Japan eye stronger trade ties Vietnamese Minister discussed ... |",
            "(VNA)",
            "(TTXVN/Vietnam+)",
            "The minister said the photo: it was fine and good for all of us to see and so on and on and on.",
            "He met the President (left) in Hanoi.",
            "Pertemuan berlangsung di Jakarta (18/9).",
            "(Source: VNA)",
            "Home/News",
            "Jakarta, 12/4/2025",
            "https://example.com/a/b",
        ] {
            assert_eq!(credit_of(line), None, "{line}");
        }
    }

    #[test]
    fn datelines() {
        let src = |s: &str| dateline(s).and_then(|d| d.source.map(|r| s[r].to_string()));
        assert_eq!(
            src("Tokyo (VNA) – An official of the Japanese Ministry"),
            Some("VNA".into())
        );
        assert_eq!(
            src("(VOVWORLD) -\u{A0}Letnan Jenderal Nguyen Chi Vinh"),
            Some("VOVWORLD".into())
        );
        assert_eq!(
            src("TEMPO.CO, Jakarta - Kasubdit Analisis Informasi"),
            Some("TEMPO.CO".into())
        );
        assert_eq!(
            src("JAKARTA, KOMPAS.com - Presiden Susilo"),
            Some("KOMPAS.com".into())
        );
        assert_eq!(
            src("REPUBLIKA.CO.ID, JAKARTA -- The delegation"),
            Some("REPUBLIKA.CO.ID".into())
        );
        assert_eq!(
            src("JAKARTA, CEKLISSATU - Perjalanan Timnas"),
            Some("CEKLISSATU".into())
        );
        assert_eq!(
            src("SuaraJogja.id - Menteri Pertahanan"),
            Some("SuaraJogja.id".into())
        );
        assert_eq!(
            src("TPO - Nhận lời mời của Chủ tịch nước"),
            Some("TPO".into())
        );
        assert_eq!(
            src("(Vibizmedia-Nasional) Menteri Pertahanan"),
            Some("Vibizmedia".into())
        );
        assert_eq!(
            src("Hà Nội (TTXVN 20/12/2022) Nhận lời mời"),
            Some("TTXVN".into())
        );
        assert_eq!(
            src("Theo Báo QĐND - Tiếp tục chuyến thăm"),
            Some("Báo QĐND".into())
        );
        assert_eq!(
            src("Beijing (VNA) \u{1228E}– Vietnamese Minister"),
            Some("VNA".into())
        );
        // Found by fuzzing: a space inside the bracket before the name.
        assert_eq!(src("WORLD) (\u{a0}VNA) – text"), Some("VNA".into()));
        assert_eq!(src("Tokyo (\u{a0}VNA) – An official"), Some("VNA".into()));
        let d = dateline("Jakarta -").unwrap();
        assert_eq!((d.end, d.source), (9, None));
        assert_eq!(dateline("The minister said - in a speech - that"), None);
        assert_eq!(dateline("Vietnam, Japan and Korea - a new era"), None);
        let s = "BERITABALI.COM, BADUNG.";
        let d = dateline(s).unwrap();
        assert_eq!(&s[d.source.unwrap()], "BERITABALI.COM");
        assert_eq!(dateline("Kompas.com, kata dia."), None);
    }

    #[test]
    fn credits() {
        let c = credit("By Tran Binh – Translated by Kim Khanh").unwrap();
        assert_eq!(
            (c.authors, c.translators),
            (vec!["Tran Binh".to_string()], vec!["Kim Khanh".to_string()])
        );
        let c = credit("By Hieu Nghia, Van Phuc - Translated by Uyen Phuong").unwrap();
        assert_eq!(c.authors, ["Hieu Nghia", "Van Phuc"]);
        let c = credit("By Thanh An- Translated by Huyen Huong").unwrap();
        assert_eq!(c.translators, ["Huyen Huong"]);
        let c = credit("Red: Reiny Dwinanda").unwrap();
        assert_eq!(c.editors, ["Reiny Dwinanda"]);
        let c = credit("LAPORAN: ZULHIDAYAT SIREGAR").unwrap();
        assert_eq!(c.authors, ["ZULHIDAYAT SIREGAR"]);
        let c = credit("Penulis: Yeni Hardika | Editor: Amirullah").unwrap();
        assert_eq!(
            (c.authors, c.editors),
            (
                vec!["Yeni Hardika".to_string()],
                vec!["Amirullah".to_string()]
            )
        );
        let c = credit("Pernita Hestin Untari, Jurnalis").unwrap();
        assert_eq!(c.authors, ["Pernita Hestin Untari"]);
        let c = credit("Miftahul Ghani , Jurnalis").unwrap();
        assert_eq!(c.authors, ["Miftahul Ghani"]);
        assert_eq!(credit("Hanoi, Vietnam"), None);
        let c = credit("Translated by Chung Anh").unwrap();
        assert_eq!(c.translators, ["Chung Anh"]);
        let s = "Danu Damarjati - detikNews";
        let c = credit(s).unwrap();
        assert_eq!(
            (c.authors, &s[c.source.unwrap()]),
            (vec!["Danu Damarjati".to_string()], "detikNews")
        );
        let s = "Duc Trung (Menurut VNA )";
        let c = credit(s).unwrap();
        assert_eq!(&s[c.source.unwrap()], "VNA");
        let s = "Felix Kim is a FORUM contributor reporting from Seoul, South Korea.";
        let c = credit(s).unwrap();
        assert_eq!(
            (c.authors, &s[c.source.unwrap()]),
            (vec!["Felix Kim".to_string()], "FORUM")
        );
        let s = "By Ngoc Minh - Thanh Nien News -";
        let c = credit(s).unwrap();
        assert_eq!(
            (c.authors, &s[c.source.unwrap()]),
            (vec!["Ngoc Minh".to_string()], "Thanh Nien News")
        );
        // A sign that lowercases to ASCII (KELVIN SIGN) must not shift the
        // span.
        assert!(credit("LAPORAN \u{212A}ONTRIBUTOR Kompas, Budi Santoso").is_none());
        let s = "Laporan Wartawan Bangkapos, Yudha Palistian";
        let c = credit(s).unwrap();
        assert_eq!(
            (c.authors, &s[c.source.unwrap()]),
            (vec!["Yudha Palistian".to_string()], "Bangkapos")
        );
        assert_eq!(credit("By the way, the minister said so."), None);
        assert_eq!(credit("Reporter:"), None);
        assert_eq!(empty_label_role("Editor:"), Some("editor"));
    }

    #[test]
    fn attributions() {
        let src = |s: &str| attribution(s).map(|r| s[r].to_string());
        assert_eq!(src("According to Vietnam+"), Some("Vietnam+".into()));
        assert_eq!(src("Theo QĐND"), Some("QĐND".into()));
        assert_eq!(src("VNA"), Some("VNA".into()));
        assert_eq!(src("(TTXVN/Vietnam+)"), Some("TTXVN/Vietnam+".into()));
        assert_eq!(src("(Source: VNA)"), Some("VNA".into()));
        assert_eq!(src("Nguồn tin: VOV1"), Some("VOV1".into()));
        assert_eq!(src("Full story: The Nation"), Some("The Nation".into()));
        assert_eq!(src("The Nation"), Some("The Nation".into()));
        assert_eq!(src("Theo Nguyễn Văn An"), None);
        assert_eq!(src("Theo kế hoạch"), None);
        assert_eq!(src("Komentar"), None);
        assert_eq!(theo_person("Theo Nguyễn Văn An"), Some("Nguyễn Văn An"));
        assert_eq!(name_then_attribution("Duc Trung (Menurut VNA )"), Some(10));
        assert_eq!(name_then_attribution("Duc Trung (left)"), None);
    }

    #[test]
    fn furniture() {
        for s in [
            "Komentar",
            "Komentar (0)",
            "share",
            "SCROLL TO CONTINUE WITH CONTENT",
            "ADVERTISEMENT",
            "[iklan_2]",
            "[Gambas:Video 20detik]",
            "(WAH)",
            "  • Font:",
            "  • Ukuran Font: - +",
            "7 hours ago",
            "183",
            "Home / Health & Education",
            "News / Bisnis & Keuangan",
            "MỚI - NÓNG",
            "Tautan sumber",
            "Tổng thống Indonesia sắp thăm Việt Nam ảnh 1",
            "swindle (1).jpg",
            "![]() |",
            "Scroll untuk membaca artikel",
            "Iklan - Scroll untuk Melanjutkan",
            "Example 300x600",
            "Copyright © ANTARA 2025",
            "Share:",
            "Gửi phản hồi",
            "Halaman Selanjutnya....",
            "A   A   A   Pengaturan Font",
            "Tulis komentarmu dengan tagar #JernihBerkomentar!",
            "RM 13.90/month",
            "Saksikan video pilihan di bawah ini:",
            "* Follow Official WhatsApp Channel Liputan6.com untuk berita terkini",
            "IKUTI BERITABALI.COM DI",
            "Mời quý độc giả theo dõi VOV.VN trên",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        for s in [
            "VNA",
            "(VNA)",
            "Felix Kim",
            "Vietnam calls for more Japanese support in Covid-19 fight",
            "Hanoi, 2024",
        ] {
            assert!(!is_boilerplate(s), "{s}");
        }
    }

    #[test]
    fn piped_sentences_are_captions_not_teasers() {
        assert!(is_piped_sentence("The scene of the accident. |"));
        assert!(!is_related_line("Ambulances were at the scene. |"));
        assert!(is_related_line(
            "Mendag Klaim Distribusi SPHP Efektif Stabilkan Harga Beras di Pasar |"
        ));
        assert!(!is_piped_sentence("Harga beras naik... |"));
    }

    #[test]
    fn numbered_items() {
        assert!(is_numbered("1. Sebaran hot spot karhutla"));
        assert!(is_numbered("12) Minim Peluang"));
        assert!(!is_numbered("1.207 Balita di Batam"));
        assert!(!is_numbered("2025. Tahun baru"));
    }

    #[test]
    fn labelled_captions() {
        for s in [
            "Ilustrasi, calon penumpang didampingi petugas bandara mencoba robot.",
            "Ilustrasi - Pelayanan kesehatan bagi balita di posyandu di Kota Batam.",
            "Clip: Đường phố Đà Nẵng ngập sâu trong nước sau cơn mưa kéo dài",
            "Illustration: Workers repair the road after the flood",
        ] {
            assert!(is_labelled_caption(s), "{s}");
        }
        for s in [
            "Ilustrasi",
            "Clip: xem ngay",
            "Ilustrasinya menarik, kata dia kepada wartawan.",
        ] {
            assert!(!is_labelled_caption(s), "{s}");
        }
    }

    #[test]
    fn related() {
        assert!(is_related_header("Other news"));
        assert!(is_related_header("Tin cùng chuyên mục"));
        assert!(is_related_header("Yang lain"));
        assert!(is_related_line(
            "Baca Juga: Kontingen Indonesia Kesulitan Cari Makanan Halal"
        ));
        assert!(is_related_line("Baca Juga : Tiga Ribu Lebih Personil"));
        assert!(is_related_line(
            "Also read: Official of communist party of Vietnam to visit Indonesia"
        ));
        assert!(is_related_line(
            "Vietnam, Japan eye stronger trade ties Vietnamese Minister ... |"
        ));
        assert!(!is_related_line(
            "Kishi Nobuo. [File: Kiyoshi Ota/Pool Photo via AP] |"
        ));
        assert!(!is_related_line("Also, the minister read a statement."));
    }

    #[test]
    fn outlets_and_mastheads() {
        for s in [
            "KOMPAS.com",
            "TEMPO.CO",
            "REPUBLIKA.CO.ID",
            "detikNews",
            "sindonews",
            "Vietnam+",
            "VNA",
            "Báo QĐND",
        ] {
            assert!(looks_like_outlet(s), "{s}");
        }
        for s in ["Jakarta", "Tokyo", "the ministry"] {
            assert!(!looks_like_outlet(s), "{s}");
        }
        assert!(is_masthead("Jakarta Post"));
        assert!(is_masthead("VnExpress International"));
        assert!(!is_masthead("International Edition"));
        assert!(!is_masthead("Felix Kim"));
    }

    proptest::proptest! {
        #[test]
        fn furniture_shortcuts_as_the_plain_rules(
            t in "(Home|Tulis komentar|WRITE A COMMENT|Viết bình luận|x|a b|\\.|\\?|!| / | > | » | \\| |\u{212a}| ){0,8}"
        ) {
            let plain_nav = [" / ", " > ", " » ", " | "].iter().any(|sep| {
                t.contains(sep)
                    && t.split(sep).all(|p| (1..=4).contains(&word_count_upto(p, 5)))
                    && !t.chars().any(|c| matches!(c, '.' | '?' | '!'))
            });
            proptest::prop_assert_eq!(navigation(&t), plain_nav);
            let plain_prompt = COMMENT_PROMPTS.iter().any(|p| starts_with_lowercase(&t, p));
            proptest::prop_assert_eq!(comment_prompt(&t), plain_prompt);
        }
    }

    #[test]
    fn glued_headings_and_signatures() {
        let s = "Xuất hiện áp thấp trên biển Đông Chiều qua, vùng xoáy thấp trên biển Đông đã mạnh lên thành áp thấp trên khu vực nam biển Đông và di chuyển vào miền Trung.";
        assert_eq!(
            &s[..glued_heading(s).unwrap()],
            "Xuất hiện áp thấp trên biển Đông"
        );
        let s = "VN toàn thắng Campuchia cả 4 lần Trong 4 lần gặp nhau chính thức tại AFF Cup, tuyển VN đã thắng Campuchia cả 4 lần. Đầu tiên Tiger Cup 1996.";
        assert_eq!(
            &s[..glued_heading(s).unwrap()],
            "VN toàn thắng Campuchia cả 4 lần"
        );
        assert_eq!(glued_heading("The two ministers discussed the situation in the region and agreed on many things."), None);
        // A dateline glued to its paragraph is no heading.
        assert_eq!(glued_heading("HÀ NỘI — In the quiet hours before the Lunar New Year arrives, Hanoians continue to preserve a deeply rooted tradition: visiting the final market."), None);
        let s = "Dự báo sáng nay, lũ các sông ở Thừa Thiên-Huế và Quảng Ngãi có khả năng trên báo động ba, các tỉnh từ Nghệ An đến Quảng Ngãi sẽ mưa to. VIỄN SỰ";
        assert_eq!(&s[trailing_signature(s).unwrap()..], "VIỄN SỰ");
        assert_eq!(trailing_signature("He met the PM. OK GO"), None);
    }
}
