//! Dates and times in English, Indonesian and Vietnamese news forms.
//!
//! Numeric dates are day first (`06/08/2024` is 6 August) or year first
//! (`2014/05/30`); month first only with an English month name before the
//! day (`July 5, 2019`). A date without a year is not a date. Times are
//! `HH:MM`, with `am`/`pm` converted to the 24-hour clock; time zones are
//! read from `WIB`/`WITA`/`WIT`/`ICT` and `GMT+7`/`UTC+07:00` forms.

use crate::lower::Lower;
use jiff::civil::{Date, Time};
use jiff::tz::Offset;
use std::borrow::Cow;

use crate::detect::is_mark;

/// A date found in a piece of text, with the span of the text that states
/// it (weekday, date, time, zone and the separators between them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateHit {
    /// Byte span of the whole date phrase, separators included.
    pub start: usize,
    pub end: usize,
    pub date: Date,
    pub time: Option<Time>,
    pub offset: Option<Offset>,
    /// Number of tokens in the text that are not part of the date phrase.
    pub other_tokens: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Word,
    Num(u32, usize),
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: Tok,
}

/// Splits into words (letters), numbers (ASCII digits) and single
/// punctuation characters; whitespace separates.
fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            let text = &s[i..end];
            let v = if text.len() <= 6 {
                text.parse().unwrap_or(u32::MAX)
            } else {
                u32::MAX
            };
            out.push(Token {
                start: i,
                end,
                text,
                kind: Tok::Num(v, text.len()),
            });
        } else if crate::chars::is_alphabetic(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if crate::chars::is_alphabetic(d) || d == '\'' || is_mark(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                start: i,
                end,
                text: &s[i..end],
                kind: Tok::Word,
            });
        } else {
            let end = i + c.len_utf8();
            out.push(Token {
                start: i,
                end,
                text: &s[i..end],
                kind: Tok::Punct(c),
            });
        }
    }
    out
}

/// Bytes in the longest month or weekday name (`september`, `wednesday`).
const NAME_MAX: usize = 9;

/// `word` lowercased with trailing stops trimmed, as a name is compared: an
/// ASCII word on the stack in `buf`; `None` for an ASCII word longer than
/// any name.
fn lower_name<'a>(word: &str, buf: &'a mut [u8; NAME_MAX]) -> Option<Cow<'a, str>> {
    if word.is_ascii() {
        let t = word.trim_end_matches('.');
        let b = buf.get_mut(..t.len())?;
        b.copy_from_slice(t.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).ok().map(Cow::Borrowed);
    }
    let mut owned = word.lower();
    owned.truncate(owned.trim_end_matches('.').len());
    Some(Cow::Owned(owned))
}

/// English and Indonesian month names and abbreviations.
const MONTHS: [(&str, i8); 40] = [
    ("january", 1),
    ("januari", 1),
    ("february", 2),
    ("februari", 2),
    ("pebruari", 2),
    ("march", 3),
    ("maret", 3),
    ("april", 4),
    ("may", 5),
    ("mei", 5),
    ("june", 6),
    ("juni", 6),
    ("july", 7),
    ("juli", 7),
    ("august", 8),
    ("agustus", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("september", 9),
    ("sept", 9),
    ("october", 10),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nopember", 11),
    ("december", 12),
    ("desember", 12),
    ("des", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names of one word (English, Indonesian).
const WEEKDAYS: [&str; 26] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "sabtu",
    "minggu",
    "jumat",
    "jum'at",
    "ahad",
];

/// The first words of Vietnamese weekdays of two words (`Thứ ba`, `Chủ
/// nhật`).
const WEEKDAY_HEADS: [&str; 2] = ["thứ", "chủ"];

/// The first two letters of names, as bits (`a`–`z` twice: 676 bits).
type Prefixes = [u64; 11];

const fn prefixes(names: &[&str], mut bits: Prefixes) -> Prefixes {
    let mut i = 0;
    while i < names.len() {
        let b = names[i].as_bytes();
        let at = (b[0] - b'a') as usize * 26 + (b[1] - b'a') as usize;
        bits[at / 64] |= 1 << (at % 64);
        i += 1;
    }
    bits
}

const MONTH_PREFIXES: Prefixes = {
    let mut names = [""; MONTHS.len()];
    let mut i = 0;
    while i < MONTHS.len() {
        names[i] = MONTHS[i].0;
        i += 1;
    }
    prefixes(&names, [0; 11])
};

const WEEKDAY_PREFIXES: Prefixes = prefixes(&WEEKDAY_HEADS, prefixes(&WEEKDAYS, [0; 11]));

/// Whether `word` may lowercase to a name whose first two letters are in
/// `bits`: `false` only when its first two bytes are ASCII and, lowercased,
/// are not such letters (a word of one ASCII byte is no name either; a
/// word starting past ASCII is left to the full check).
fn may_be_name(word: &str, bits: &Prefixes) -> bool {
    let b = word.as_bytes();
    match (b.first(), b.get(1)) {
        (Some(x), _) if !x.is_ascii() => true,
        (Some(_), Some(y)) if !y.is_ascii() => true,
        (Some(x), Some(y)) if x.is_ascii_alphabetic() && y.is_ascii_alphabetic() => {
            let at = usize::from(x.to_ascii_lowercase() - b'a') * 26
                + usize::from(y.to_ascii_lowercase() - b'a');
            bits[at / 64] >> (at % 64) & 1 == 1
        }
        _ => false,
    }
}

/// Whether `word` may lowercase to ASCII, as every month name and every
/// one-word weekday is: its chars are ASCII or the Kelvin sign (`K`, the
/// one other char whose lowercase is ASCII, `k`).
fn lowers_to_ascii(word: &str) -> bool {
    word.is_ascii() || word.chars().all(|c| c.is_ascii() || c == '\u{212A}')
}

/// `word.lower() == target` for a `target` without a sigma, char by char
/// and without building the lowercase.
fn lowers_to(word: &str, target: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(target.chars())
}

/// Month from an English or Indonesian month name or abbreviation.
fn month(word: &str) -> Option<i8> {
    // Most words are ruled out by their first two letters, with no
    // lowercasing.
    if !may_be_name(word, &MONTH_PREFIXES) || !lowers_to_ascii(word) {
        return None;
    }
    let mut buf = [0u8; NAME_MAX];
    let lowered = lower_name(word, &mut buf)?;
    let w: &str = &lowered;
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Whether `word` is (the start of) a weekday name; `next` is the
/// following word, for Vietnamese `Thứ ba`, `Chủ nhật`. Returns how many
/// words the weekday takes.
fn weekday(word: &str, next: Option<&str>) -> usize {
    // Most words are ruled out by their first two letters (`thứ` and `chủ`
    // included), with no lowercasing.
    // (`thứ` and `chủ` are five bytes in either case.)
    if !may_be_name(word, &WEEKDAY_PREFIXES) || (word.len() != 5 && !lowers_to_ascii(word)) {
        return 0;
    }
    let mut buf = [0u8; NAME_MAX];
    let Some(lowered) = lower_name(word, &mut buf) else {
        return 0;
    };
    let w: &str = &lowered;
    if WEEKDAYS.contains(&w) {
        return 1;
    }
    if !WEEKDAY_HEADS.contains(&w) {
        return 0;
    }
    let next = next.map(str::lower);
    match (w, next.as_deref()) {
        ("thứ", Some("hai" | "ba" | "tư" | "năm" | "sáu" | "bảy")) => 2,
        ("chủ", Some("nhật")) => 2,
        _ => 0,
    }
}

/// UTC offset named by a single zone word.
fn zone_word(word: &str) -> Option<i32> {
    match word {
        "WIB" | "ICT" => Some(7),
        "WITA" => Some(8),
        "WIT" => Some(9),
        _ => None,
    }
}

/// Where `s` holds a [`year`]: the start of each run of exactly four
/// ASCII digits (tokens split digits from everything else) from 1900 to
/// 2100.
fn years(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let at = i;
            let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            i += run;
            if run == 4 {
                let v = b[at..at + 4]
                    .iter()
                    .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
                if (1900..=2100).contains(&v) {
                    return Some(at);
                }
            }
        }
        None
    })
}

/// Whether `s` holds a [`year`] (every date form has one).
#[cfg(test)]
fn has_year(s: &str) -> bool {
    years(s).next().is_some()
}

/// Whether `s` may hold a date: a year (four digits, 1900–2100, a whole
/// run of digits) with what every date form puts next to it. One of: `/`,
/// `-` or `.` and a digit right after it (`2014/05/30`) or right before it
/// (`6/8/2024`); or, back over spaces, digits, commas and full stops (a
/// day, `,`, `.`), a word that is a month name (`5 July 2019`, `July 5,
/// 2019`, `Jul. 5 2019`), or `năm` after a number after `tháng` (`ngày 7
/// tháng 10 năm 2014`). Text where no year has any of these holds no date
/// and is not tokenized.
fn may_hold_date(s: &str) -> bool {
    let b = s.as_bytes();
    years(s).any(|i| {
        // A separator between the year and a number, no spaces.
        let sep = |k: usize| matches!(b.get(k), Some(b'/' | b'-' | b'.'));
        let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
        (sep(i + 4) && digit(i + 5))
            || (i >= 2 && sep(i - 1) && digit(i - 2))
            || word_before_year(&s[..i]).is_some_and(|(w, at)| {
                month(w).is_some()
                    || (w.len() == 4 && lowers_to(w, "năm") && thang_before(&s[..at]))
            })
    })
}

/// The word token that ends `before` once spaces and at most three tokens
/// of a day, `,` and `.` are skipped back over (`Jul. 5, 2019`: the most
/// a date form puts between its month and its year), and where it starts.
/// (The bound keeps a line of many years linear: each looks back over a
/// few tokens, not to the start of the line.)
fn word_before_year(before: &str) -> Option<(&str, usize)> {
    let mut t = before;
    for skipped in 0.. {
        t = t.trim_end();
        let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
        let token = match digits {
            0 if t.ends_with([',', '.']) => 1,
            n => n,
        };
        if token == 0 {
            break;
        }
        if skipped == 3 {
            return None;
        }
        t = &t[..t.len() - token];
    }
    word_ending(t, |_| false)
}

/// Whether `before` ends with `tháng`, spaces, a number and spaces: the
/// tokens before `năm` in `tháng 10 năm 2014`.
fn thang_before(before: &str) -> bool {
    let t = before.trim_end();
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    digits > 0
        && word_ending(&t[..t.len() - digits], char::is_whitespace)
            .is_some_and(|(w, _)| lowers_to(w, "tháng"))
}

/// The word token that ends `before` once the chars that `skip` are
/// skipped back over: the run of letters, apostrophes and combining marks
/// there, from its first letter (as [`tokens`] cuts it), and its start.
fn word_ending(before: &str, skip: impl Fn(char) -> bool) -> Option<(&str, usize)> {
    let end = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !skip(c))
        .map(|(k, c)| k + c.len_utf8())?;
    let head = &before[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::chars::is_alphabetic(c) || c == '\'' || is_mark(c))
        .last()
        .map(|(k, _)| k)?;
    // Leading apostrophes and marks are tokens of their own.
    let run = &head[start..];
    let first_letter = run.find(crate::chars::is_alphabetic)?;
    Some((&run[first_letter..], start + first_letter))
}

fn year(t: &Token<'_>) -> Option<i16> {
    match t.kind {
        Tok::Num(v, 4) if (1900..=2100).contains(&v) => Some(v as i16),
        _ => None,
    }
}

fn small(t: &Token<'_>, max: u32) -> Option<u32> {
    match t.kind {
        Tok::Num(v, len) if len <= 2 && (1..=max).contains(&v) => Some(v),
        _ => None,
    }
}

fn adjacent(a: &Token<'_>, b: &Token<'_>) -> bool {
    a.end == b.start
}

fn punct(t: Option<&Token<'_>>, set: &[char]) -> bool {
    matches!(t, Some(Token { kind: Tok::Punct(c), .. }) if set.contains(c))
}

/// A date starting at token `i`: `(date, tokens used)`.
fn date_at(t: &[Token<'_>], i: usize) -> Option<(Date, usize)> {
    let get = |k: usize| t.get(i + k);
    let first = get(0)?;
    // ngày 7 tháng 10 năm 2014
    // (`ngày` lowercases from five bytes: `n`, `g`, `à`/`À`, `y` in any case.)
    if first.kind == Tok::Word && first.text.len() == 5 && lowers_to(first.text, "ngày") {
        // ngày D tháng M năm YYYY
        let (d, th, m, nam, y) = (get(1)?, get(2)?, get(3)?, get(4)?, get(5)?);
        if lowers_to(th.text, "tháng") && lowers_to(nam.text, "năm") {
            let date = Date::new(year(y)?, small(m, 12)? as i8, small(d, 31)? as i8).ok()?;
            return Some((date, 6));
        }
        return None;
    }
    match first.kind {
        // D Month YYYY, D. Month YYYY, D/M/YYYY, D-M-YYYY, D.M.YYYY
        Tok::Num(..) => {
            if let Some(y) = year(first) {
                // YYYY/MM/DD or YYYY-MM-DD
                let (s1, m, s2, d) = (get(1)?, get(2)?, get(3)?, get(4)?);
                let sep = match s1.kind {
                    Tok::Punct(c @ ('/' | '-' | '.')) => c,
                    _ => return None,
                };
                if s2.kind != Tok::Punct(sep)
                    || !(adjacent(first, s1)
                        && adjacent(s1, m)
                        && adjacent(m, s2)
                        && adjacent(s2, d))
                {
                    return None;
                }
                let date = Date::new(y, small(m, 12)? as i8, small(d, 31)? as i8).ok()?;
                return Some((date, 5));
            }
            let d = small(first, 31)?;
            let mut k = 1;
            if punct(get(k), &['.']) && get(k + 1).is_some_and(|w| w.kind == Tok::Word) {
                k += 1;
            }
            let next = get(k)?;
            if next.kind == Tok::Word {
                let m = month(next.text)?;
                let mut k2 = k + 1;
                if punct(get(k2), &[',']) {
                    k2 += 1;
                }
                let y = year(get(k2)?)?;
                let date = Date::new(y, m, d as i8).ok()?;
                return Some((date, k2 + 1));
            }
            let sep = match next.kind {
                Tok::Punct(c @ ('/' | '-' | '.')) => c,
                _ => return None,
            };
            let (m, s2, yy) = (get(2)?, get(3)?, get(4)?);
            if s2.kind != Tok::Punct(sep)
                || !(adjacent(first, next)
                    && adjacent(next, m)
                    && adjacent(m, s2)
                    && adjacent(s2, yy))
            {
                return None;
            }
            let date = Date::new(year(yy)?, small(m, 12)? as i8, d as i8).ok()?;
            Some((date, 5))
        }
        // Month D, YYYY (English month first)
        Tok::Word => {
            let m = month(first.text)?;
            let mut k = 1;
            if punct(get(k), &['.']) {
                k += 1;
            }
            let d = small(get(k)?, 31)?;
            k += 1;
            if punct(get(k), &[',']) {
                k += 1;
            }
            let y = year(get(k)?)?;
            let date = Date::new(y, m, d as i8).ok()?;
            Some((date, k + 1))
        }
        Tok::Punct(_) => None,
    }
}

/// A time starting at token `i`: `(time, tokens used)`. `HH:MM` with an
/// optional `am`/`pm`.
fn time_at(t: &[Token<'_>], i: usize) -> Option<(Time, usize)> {
    let (h, c, m) = (t.get(i)?, t.get(i + 1)?, t.get(i + 2)?);
    if c.kind != Tok::Punct(':') || !adjacent(h, c) || !adjacent(c, m) {
        return None;
    }
    let hour = match h.kind {
        Tok::Num(v, 1 | 2) if v <= 23 => v as i8,
        _ => return None,
    };
    let minute = match m.kind {
        Tok::Num(v, 2) if v <= 59 => v as i8,
        _ => return None,
    };
    let mut used = 3;
    let mut hour = hour;
    if let Some(ap) = t.get(i + 3).filter(|w| w.kind == Tok::Word) {
        let ap = ap.text.lower();
        if (ap == "am" || ap == "pm") && (1..=12).contains(&hour) {
            if ap == "pm" && hour != 12 {
                hour += 12;
            } else if ap == "am" && hour == 12 {
                hour = 0;
            }
            used = 4;
        }
    }
    Some((Time::new(hour, minute, 0, 0).ok()?, used))
}

/// A UTC offset at token `i`: `WIB`, `GMT+7`, `UTC +07:00`, `GMT-5`.
fn zone_at(t: &[Token<'_>], i: usize) -> Option<(Offset, usize)> {
    let w = t.get(i).filter(|w| w.kind == Tok::Word)?;
    if let Some(h) = zone_word(w.text) {
        return Some((Offset::from_hours(h as i8).ok()?, 1));
    }
    if !matches!(w.text, "GMT" | "UTC") {
        return None;
    }
    let sign = match t.get(i + 1).map(|x| x.kind) {
        Some(Tok::Punct('+')) => 1,
        Some(Tok::Punct('-' | '−')) => -1,
        _ => return Some((Offset::UTC, 1)),
    };
    let h = match t.get(i + 2)?.kind {
        Tok::Num(v, 1 | 2) if v <= 14 => v as i32,
        _ => return None,
    };
    let mut used = 3;
    let mut mins = 0;
    if punct(t.get(i + 3), &[':']) {
        if let Some(Tok::Num(m, 2)) = t.get(i + 4).map(|x| x.kind) {
            mins = m as i32;
            used = 5;
        }
    }
    let secs = sign * (h * 3600 + mins * 60);
    Some((Offset::from_seconds(secs).ok()?, used))
}

const SEPARATORS: &[char] = &[
    ',', '|', '-', '–', '—', '•', '●', '·', '/', '(', ')', '[', ']', ':', '.',
];

/// Finds the first full date (with a year) in `s`, with the time and UTC
/// offset stated next to it, and the span of the date phrase.
pub(crate) fn find_date(s: &str) -> Option<DateHit> {
    find_date_where(s, may_hold_date)
}

/// [`find_date`] on text that `may_hold` lets through (the tests compare
/// [`may_hold_date`] with [`has_year`]).
fn find_date_where(s: &str, may_hold: impl Fn(&str) -> bool) -> Option<DateHit> {
    if !may_hold(s) {
        return None;
    }
    let t = tokens(s);
    let n = t.len();
    // Which tokens are part of a date phrase.
    let mut part = vec![false; n];
    let mut found: Option<(usize, usize, Date)> = None;
    let mut time = None;
    let mut offset = None;
    let mut i = 0;
    while i < n {
        if found.is_none() {
            if let Some((date, used)) = date_at(&t, i) {
                part[i..i + used].iter_mut().for_each(|p| *p = true);
                found = Some((i, i + used, date));
                i += used;
                continue;
            }
        }
        if time.is_none() {
            if let Some((tm, used)) = time_at(&t, i) {
                part[i..i + used].iter_mut().for_each(|p| *p = true);
                time = Some((i, tm));
                i += used;
                continue;
            }
        }
        if offset.is_none() {
            if let Some((off, used)) = zone_at(&t, i) {
                part[i..i + used].iter_mut().for_each(|p| *p = true);
                offset = Some((i, off));
                i += used;
                continue;
            }
        }
        if t[i].kind == Tok::Word {
            let wd = weekday(t[i].text, t.get(i + 1).map(|x| x.text));
            if wd > 0 {
                part[i..i + wd].iter_mut().for_each(|p| *p = true);
                i += wd;
                continue;
            }
        }
        i += 1;
    }
    let (ds, de, date) = found?;
    // Grow the phrase from the date over date parts and separators.
    let is_sep = |k: usize| matches!(t[k].kind, Tok::Punct(c) if SEPARATORS.contains(&c));
    let mut lo = ds;
    while lo > 0 && (part[lo - 1] || is_sep(lo - 1)) {
        lo -= 1;
    }
    let mut hi = de;
    while hi < n && (part[hi] || is_sep(hi)) {
        hi += 1;
    }
    // A time or zone outside the phrase does not belong to this date.
    let time = time.filter(|(k, _)| (lo..hi).contains(k)).map(|(_, tm)| tm);
    let offset = offset.filter(|(k, _)| (lo..hi).contains(k)).map(|(_, o)| o);
    // Unbalanced brackets at the edges stay outside: `(GMT+7)` is whole.
    let other_tokens = lo + (n - hi);
    Some(DateHit {
        start: t[lo].start,
        end: t[hi - 1].end,
        date,
        time,
        offset,
        other_tokens,
    })
}

/// Whether `s` holds a full date (with a year).
#[cfg(test)]
fn has_full_date(s: &str) -> bool {
    find_date(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn lines_without_a_date_context_hold_no_date() {
        let (mut dated, mut skipped) = (0, 0);
        for lang in ["en", "id", "vi"] {
            let Some(text) = crate::bench_text::bench_text(lang) else {
                return;
            };
            for line in text.lines().take(4000) {
                let hit = find_date(line);
                assert_eq!(hit, find_date_where(line, has_year), "{line:?}");
                dated += usize::from(hit.is_some());
                skipped += usize::from(has_year(line) && !may_hold_date(line));
            }
        }
        assert!(dated > 300 && skipped > 600, "{dated} {skipped}");
    }

    #[test]
    fn every_date_form_has_its_context() {
        for s in [
            "2014/5/30",
            "dated 2014-05-30.",
            "2014.5.3 x",
            "6/8/2024",
            "6-8-2024",
            "on 6.8.2024",
            "5 July 2019",
            "5. Juli 2019",
            "July 5, 2019",
            "Jul. 5 2019",
            "Jul. 5, 2019",
            "ngày 7 tháng 10 năm 2014",
            "NGÀY 7 THÁNG 10 NĂM 2014",
            "ngày7tháng10năm2014",
        ] {
            assert!(may_hold_date(s), "{s}");
            assert!(find_date(s).is_some(), "{s}");
        }
        for s in [
            "in 2004.",
            "the 2005 target",
            "năm 2017",
            "April 2004 and 1992/93",
        ] {
            assert!(!may_hold_date(s) || find_date(s).is_none(), "{s}");
        }
        assert!(!may_hold_date("in 2004. The"));
        assert!(!may_hold_date("năm 2017 và năm 2018"));
    }

    proptest::proptest! {
        #[test]
        fn a_date_always_has_its_context(
            words in proptest::collection::vec(
                "(2024|1999|12|5|07|31|10:30|WIB|GMT|\\+|ngày|tháng|năm|NĂM|Năm|na\u{306}m|Thứ|hai|Monday|July|JULI|Jul|Sept|Mei|,|-|/|\\.|\\(|'|\u{301}|\u{a0}|:|x|Hà Nội)",
                0..16,
            )
        ) {
            let s = words.join(" ");
            proptest::prop_assert_eq!(find_date(&s), find_date_where(&s, has_year));
            let tight = words.concat();
            proptest::prop_assert_eq!(find_date(&tight), find_date_where(&tight, has_year));
        }
    }

    /// A month or weekday looked up with no prefix filter, the oracle of
    /// `month` and `weekday`.
    fn unfiltered(word: &str) -> (Option<i8>, bool) {
        let lower = word.lower();
        let w = lower.trim_end_matches('.');
        let m = MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m);
        (m, WEEKDAYS.contains(&w) || WEEKDAY_HEADS.contains(&w))
    }

    proptest::proptest! {
        #[test]
        fn lowers_to_as_lowercase_equals(w in "[nNgGàÀyYΣσςtThHáÁmMăĂ]{0,6}") {
            for target in ["ngày", "tháng", "năm"] {
                proptest::prop_assert_eq!(lowers_to(&w, target), w.lower() == target, "{:?}", w);
            }
        }
    }

    #[test]
    fn only_the_kelvin_sign_lowercases_to_ascii() {
        for c in (0x80..=0x10_FFFF).filter_map(char::from_u32) {
            let ascii = c.to_lowercase().all(|l| l.is_ascii());
            assert_eq!(ascii, c == '\u{212A}', "{c:?}");
        }
        assert_eq!(month("OCTOBER"), Some(10));
        assert_eq!(month("O\u{212A}TOBER"), Some(10));
        assert_eq!(weekday("\u{212A}amis", None), 1);
        assert_eq!(weekday("THỨ", Some("hai")), 2);
        assert_eq!(month("tháng"), None);
    }

    #[test]
    fn every_name_passes_its_prefix_filter() {
        for (name, m) in MONTHS {
            assert_eq!(month(name), Some(m), "{name}");
            assert_eq!(month(&name.to_uppercase()), Some(m), "{name}");
        }
        for name in WEEKDAYS {
            assert_eq!(weekday(name, None), 1, "{name}");
            assert_eq!(weekday(&name.to_uppercase(), None), 1, "{name}");
        }
        assert_eq!(weekday("Thứ", Some("Ba")), 2);
        assert_eq!(weekday("CHỦ", Some("nhật")), 2);
    }

    proptest::proptest! {
        #[test]
        fn names_found_with_the_filter_as_without(
            w in "(j|J|a|N|m|s|T|h|ứ|ủ|c|e|u|n|r|b|y|'|\\.|1|é|İ|K){1,9}"
        ) {
            let (m, wd) = unfiltered(&w);
            if w.len() <= NAME_MAX || !w.is_ascii() {
                proptest::prop_assert_eq!(month(&w), m, "{:?}", w);
                proptest::prop_assert_eq!(weekday(&w, Some("ba")) > 0, wd, "{:?}", w);
            }
        }
    }

    fn check(s: &str, d: Date, t: Option<Time>, off: Option<i8>) -> DateHit {
        let hit = find_date(s).unwrap_or_else(|| panic!("no date in {s:?}"));
        assert_eq!(hit.date, d, "{s}");
        assert_eq!(hit.time, t, "{s}");
        assert_eq!(
            hit.offset,
            off.map(|h| Offset::from_hours(h).unwrap()),
            "{s}"
        );
        hit
    }

    #[test]
    fn a_year_is_four_digits_from_1900_to_2100() {
        assert!(has_year("ngày 7/10/2014"));
        assert!(has_year("1900"));
        assert!(!has_year("12014 and 201 and 2101 and 1899"));
        assert!(!has_year("no digits"));
        assert!(has_year("x2100y"));
    }

    #[test]
    fn the_forms_of_the_issue() {
        let h = check(
            "October 7, 2014 19:34",
            date(2014, 10, 7),
            Some(time(19, 34, 0, 0)),
            None,
        );
        assert_eq!((h.start, h.end, h.other_tokens), (0, 21, 0));
        check(
            "Selasa 22 August 2017 04:02 WIB",
            date(2017, 8, 22),
            Some(time(4, 2, 0, 0)),
            Some(7),
        );
        check(
            "Jumat, 18 Januari 2013 | 19:31 WIB",
            date(2013, 1, 18),
            Some(time(19, 31, 0, 0)),
            Some(7),
        );
        check(
            "Rabu, 29 Jan 2025 09:53 WIB",
            date(2025, 1, 29),
            Some(time(9, 53, 0, 0)),
            Some(7),
        );
        let h = check(
            "Thứ ba, 06/08/2024 10:31",
            date(2024, 8, 6),
            Some(time(10, 31, 0, 0)),
            None,
        );
        assert_eq!(
            h.other_tokens, 0,
            "the Vietnamese weekday is part of the phrase"
        );
        check(
            "17:33, 2014/05/30",
            date(2014, 5, 30),
            Some(time(17, 33, 0, 0)),
            None,
        );
        check(
            "July 5, 2019 | 01:58 pm GMT+7",
            date(2019, 7, 5),
            Some(time(13, 58, 0, 0)),
            Some(7),
        );
        check("ngày 7 tháng 10 năm 2014", date(2014, 10, 7), None, None);
        check(
            "Thứ Hai, 12/01/2026, 09:23 (GMT+7)",
            date(2026, 1, 12),
            Some(time(9, 23, 0, 0)),
            Some(7),
        );
        check(
            "SENIN, 23 NOVEMBER 2015 | 02:37 WIB",
            date(2015, 11, 23),
            Some(time(2, 37, 0, 0)),
            Some(7),
        );
        check(
            "Minggu, 18 Agustus 2024 - 13:50",
            date(2024, 8, 18),
            Some(time(13, 50, 0, 0)),
            None,
        );
        check("Fri, December 18, 2015", date(2015, 12, 18), None, None);
        check("2024-08-06", date(2024, 8, 6), None, None);
    }

    #[test]
    fn spans_leave_names_outside() {
        let s = "Muhammad Ilham Baktora Sabtu, 14 Mei 2022 | 14:38 WIB";
        let h = find_date(s).unwrap();
        assert_eq!(&s[h.start..h.end], "Sabtu, 14 Mei 2022 | 14:38 WIB");
        assert_eq!(h.other_tokens, 3);
        let s = "By Le Nga, Le Phuong   July 5, 2019 | 01:58 pm GMT+7";
        let h = find_date(s).unwrap();
        assert_eq!(&s[h.start..h.end], "July 5, 2019 | 01:58 pm GMT+7");
        let s = "By Tuan Minh 17:33, 2014/05/30";
        let h = find_date(s).unwrap();
        assert_eq!(&s[h.start..h.end], "17:33, 2014/05/30");
    }

    #[test]
    fn day_first_and_no_guessed_year() {
        check("06/08/2024", date(2024, 8, 6), None, None);
        assert!(
            !has_full_date("08/26/2024"),
            "month first only with a month name"
        );
        assert!(!has_full_date("Rabu (10/6) pagi"), "no year, no date");
        assert!(!has_full_date("Senin, 23/11"));
        assert!(!has_full_date("on July 5"));
        assert!(!has_full_date("Thứ ba"));
        assert!(!has_full_date("31/02/2024"), "not a real day");
        assert!(!has_full_date("12 tháng 10"));
    }

    #[test]
    fn twelve_hour_clock_edges() {
        check(
            "May 1, 2020 12:05 am",
            date(2020, 5, 1),
            Some(time(0, 5, 0, 0)),
            None,
        );
        check(
            "May 1, 2020 12:05 pm",
            date(2020, 5, 1),
            Some(time(12, 5, 0, 0)),
            None,
        );
    }
}
