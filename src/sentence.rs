//! Sentence boundaries for English, Indonesian and Vietnamese news text.
//!
//! Sentences are found on top of the tokenizer, so URLs, e-mail addresses,
//! domains, decimals (`3.5`, `2.375.000`) and dotted acronyms (`U.S.`)
//! never end a sentence by their dots. On top of that:
//!
//! * abbreviations, per language (`Gen.`, `Lt.`, `Mr.`, `No.`, `Jl.`,
//!   `KH.`, `Rp.`, `TP.`, `PGS.`, `TS.`, `ThS.`): titles never end a
//!   sentence (`Mt. Fuji`); others do only before a word that begins
//!   sentences (`… & Co. It closed`);
//! * initials (`Jonas E. Smith`) and list markers (`1.`, `2)`, `a.`, `•`);
//! * quotes and brackets after the full stop belong to the sentence;
//! * `!`/`?` before a lowercase word do not end it (`Yahoo! in`);
//! * ellipses: `...` and `. . . .` end a sentence before a capital, a
//!   spaced `. . .` does not;
//! * a line break ends a sentence, unless the next line starts in
//!   lowercase and completes the sentence; a blank line always does;
//! * text spaced as treebanks write it (`… khu vực . " Tôi …`, `? " .`):
//!   a spaced full stop ends a sentence, a quote after the last mark closes
//!   it when its position says so, and a full stop after closing quotes
//!   (`?".`) stays in the sentence;
//! * sentences may begin with a digit, an opening quote or bracket, a link;
//!   units and one-letter Vietnamese words end them (`70.000 đ.`, `ở.`);
//! * web text: a question or a plain full stop before a lowercase word ends
//!   a sentence (`india? where`), as do separator lines (`***`) and
//!   smileys before a capital.
//!
//! Spans are byte offsets into the input, trimmed of whitespace.
//!
//! ```
//! use newstext::sentence::sentences;
//! use newstext::Lang;
//!
//! let text = "Gen. Ngo Xuan Lich met the U.S. delegation. They signed 2 deals worth $3.5 billion.";
//! let s: Vec<&str> = sentences(text, Some(Lang::En)).map(|s| s.text()).collect();
//! assert_eq!(s, [
//!     "Gen. Ngo Xuan Lich met the U.S. delegation.",
//!     "They signed 2 deals worth $3.5 billion.",
//! ]);
//! ```

use std::iter::FusedIterator;

use crate::token::{tokenize, Token, TokenKind};
use crate::Lang;

/// One sentence: a trimmed slice of the input with its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Sentence<'a> {
    /// The sentence as written.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Byte offset of the sentence in the input.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset one past its end.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Abbreviations that precede a name or number and never end a sentence
/// (compared without case). English titles after the pragmatic_segmenter
/// list (MIT); Indonesian after Sastrawi's sentence-detector list (MIT),
/// with company forms (`PT.`, `CV.`, `Tbk.`) and police and military ranks
/// (`Kombes.`, `Irjen.`) from common usage; Vietnamese written for this
/// crate. English titles apply in Indonesian and Vietnamese text too.
const EN_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "capt", "sgt", "maj",
    "adm", "cmdr", "brig", "hon", "rev", "st", "mt", "ft", "no", "nos", "vol", "fig", "p", "pp",
    "art", "sec", "ch", "pres", "supt", "insp", "messrs", "mmes", "drs", "ext", "tel", "pvt", "ph",
];
const EN_OTHER: &[&str] = &[
    "co", "corp", "inc", "ltd", "jr", "sr", "bros", "etc", "vs", "al", "approx", "dept", "est",
    "univ", "assn", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    // Scholarly and Latin abbreviations (pragmatic_segmenter's list).
    "cf", "ca", "viz", "ibid", "resp", "incl", "esp", "eds", "ff",
];
const ID_TITLES: &[&str] = &[
    "jl", "jln", "kh", "no", "prof", "dr", "drs", "dra", "ir", "hj", "h", "rp", "kav", "sdr",
    "bpk", "yth", "tn", "ny", "nn", "kol", "letjen", "mayjen", "brigjen", "kapt", "pt", "tb", "cv",
    "tbk", "bu", "pak", "sdri", "kombes", "kompol", "irjen", "laksda", "marsda",
];
const ID_OTHER: &[&str] = &[
    "dll", "dsb", "dst", "tsb", "sh", "se", "mm", "st", "mh", "spd", "kab", "kec", "prov",
    // Places in addresses: rumah sakit, desa, dusun, dukuh, kelurahan,
    // kampung, gang, from common usage.
    "rs", "ds", "dsn", "dk", "kel", "kp", "gg",
];
const VI_TITLES: &[&str] = &[
    "tp", "pgs", "ts", "ths", "gs", "bs", "ks", "ls", "nxb", "q", "p", "tx", "tt",
];
const VI_OTHER: &[&str] = &["v.v", "vv"];

/// Titles that precede a number (`No. 10`, `p. 55`, `Jl. Mukmin no. 67`):
/// before anything else they are words.
const NUMBER_TITLES: &[&str] = &[
    "no", "nos", "vol", "fig", "p", "pp", "art", "sec", "ch", "kav",
];

/// Abbreviations that close lists and often end a sentence (`… dll.
/// Konon`): a boundary before any capital.
const LIST_ENDS: &[&str] = &["etc", "dll", "dsb", "dst", "v.v", "vv"];

/// Words that begin sentences; after a non-title abbreviation or a dotted
/// acronym, only these make a boundary (`… & Co. It closed`, `the U.S. How`).
const STARTERS: &[&str] = &[
    "i",
    "we",
    "he",
    "she",
    "it",
    "they",
    "you",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "how",
    "what",
    "why",
    "when",
    "where",
    "who",
    "but",
    "and",
    "so",
    "a",
    "an",
    "my",
    "our",
    "his",
    "her",
    "their",
    "its",
    "in",
    "on",
    "at",
    "after",
    "mr",
    "mrs",
    "ms",
    // Indonesian
    "dia",
    "ia",
    "mereka",
    "kami",
    "kita",
    "saya",
    "ini",
    "itu",
    "uang",
    "namun",
    "tetapi",
    "lalu",
    "pada",
    "di",
    "dalam",
    "selain",
    "sementara",
    "menurut",
    "setelah",
    "kemudian",
    "para",
    "sejak",
    "karena",
    "jika",
    "beberapa",
    "selama",
    "hal",
    "sebelumnya",
    // Vietnamese
    "ông",
    "bà",
    "anh",
    "chị",
    "họ",
    "đây",
    "đó",
    "theo",
    "trong",
    "tuy",
    "nhưng",
    "tôi",
    "chúng",
    "các",
    "những",
    "một",
    "khi",
    "sau",
    "nếu",
    "vì",
    "do",
    "tại",
    "còn",
    "cũng",
    "ngoài",
    "hiện",
];

/// Whether `word` is in `list` (lowercase entries), without case.
fn in_list(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        return list.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    // Non-ASCII entries (`ông`, `bà`): the word lowercased once.
    let lower = word.to_lowercase();
    list.iter().any(|a| *a == lower)
}

/// The sentences of `text`, with the abbreviations of `lang` (all three
/// languages' when `None`).
pub fn sentences(text: &str, lang: Option<Lang>) -> Sentences<'_> {
    Sentences {
        text,
        spans: split(text, lang).into_iter(),
    }
}

/// Iterator over the sentences of a text ([`sentences`]).
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    spans: std::vec::IntoIter<(usize, usize)>,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;
    fn next(&mut self) -> Option<Sentence<'a>> {
        let (s, e) = self.spans.next()?;
        Some(Sentence {
            text: &self.text[s..e],
            start: s,
        })
    }
}

impl FusedIterator for Sentences<'_> {}

struct Abbrev {
    titles: Vec<&'static str>,
    other: Vec<&'static str>,
}

/// The abbreviations of a language (built once per language).
fn abbreviations(lang: Option<Lang>) -> &'static Abbrev {
    use std::sync::OnceLock;
    static SETS: [OnceLock<Abbrev>; 4] = [const { OnceLock::new() }; 4];
    let i = match lang {
        Some(Lang::En) => 0,
        Some(Lang::Id) => 1,
        Some(Lang::Vi) => 2,
        _ => 3,
    };
    SETS[i].get_or_init(|| abbreviations_of(lang))
}

fn abbreviations_of(lang: Option<Lang>) -> Abbrev {
    let (titles, other): (Vec<&[&str]>, Vec<&[&str]>) = match lang {
        Some(Lang::En) => (vec![EN_TITLES], vec![EN_OTHER]),
        // English titles occur in Indonesian and Vietnamese news too
        // (`Mr.`, `Pres.`).
        Some(Lang::Id) => (vec![ID_TITLES, EN_TITLES], vec![ID_OTHER]),
        Some(Lang::Vi) => (vec![VI_TITLES, EN_TITLES], vec![VI_OTHER]),
        _ => (
            vec![EN_TITLES, ID_TITLES, VI_TITLES],
            vec![EN_OTHER, ID_OTHER, VI_OTHER],
        ),
    };
    Abbrev {
        titles: titles.concat(),
        other: other.concat(),
    }
}

fn is_terminal(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct && t.text().chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && matches!(
            t.text(),
            "\"" | "'" | "”" | "’" | ")" | "]" | "»" | "』" | "」"
        )
}

fn is_opener(t: &Token<'_>) -> bool {
    // ``…'' and `…' (TeX and treebank quotes) open with backquotes.
    (t.kind() == TokenKind::Punct && matches!(t.text(), "\"" | "'" | "“" | "‘" | "(" | "[" | "«"))
        || matches!(t.text(), "`" | "``")
}

fn is_bullet(t: &Token<'_>) -> bool {
    matches!(t.text(), "•" | "⁃" | "◦" | "▪" | "●" | "·")
}

/// Whether token `i` ends a smiley (`:)`, `:-)`, `;-(`, `:D`), its marks
/// glued.
fn emoticon_ends(toks: &[Token<'_>], i: usize) -> bool {
    let t = toks[i].text();
    if !matches!(t, ")" | "(" | "D" | "P") || i == 0 {
        return false;
    }
    let glued = |a: usize, b: usize| toks[a].end() == toks[b].start();
    let eyes = |k: usize| matches!(toks[k].text(), ":" | ";");
    let p = i - 1;
    if eyes(p) && glued(p, i) {
        return true;
    }
    p > 0 && toks[p].text() == "-" && eyes(p - 1) && glued(p - 1, p) && glued(p, i)
}

/// A word token of two chars or more whose first char is a letter or a
/// digit: none of the tokens the splitter looks at twice.
fn is_plain_word(t: &Token<'_>) -> bool {
    if t.kind() != TokenKind::Word {
        return false;
    }
    let s = t.text();
    match s.as_bytes().first() {
        // (From an ASCII byte, a second byte is a second char.)
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric() && s.len() >= 2,
        _ => {
            let mut chars = s.chars();
            chars.next().is_some_and(crate::chars::is_alphanumeric) && chars.next().is_some()
        }
    }
}

/// A run of three or more of one decoration mark (`***`, `=====`; not
/// dashes, which also stand between clauses).
fn is_separator(t: &Token<'_>) -> bool {
    let s = t.text();
    let Some(c) = s.chars().next() else {
        return false;
    };
    matches!(c, '*' | '=' | '_' | '~' | '#') && s.len() >= 3 && s.chars().all(|x| x == c)
}

fn starts_upper(t: &Token<'_>) -> bool {
    t.text().chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(t: &Token<'_>) -> bool {
    t.text().chars().next().is_some_and(char::is_lowercase)
}

/// The ordinal of a list marker token (`1`, `b`), if it is one.
fn marker_value(t: &Token<'_>) -> Option<u32> {
    let s = t.text();
    if t.kind() == TokenKind::Number && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let mut ch = s.chars();
    match (ch.next(), ch.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c as u32 - 'a' as u32 + 1),
        _ => None,
    }
}

fn split(text: &str, lang: Option<Lang>) -> Vec<(usize, usize)> {
    let toks: Vec<Token<'_>> = tokenize(text).collect();
    split_tokens(text, &toks, lang)
}

/// Sentence spans of `text` from its tokens (those of the default
/// tokenizer), for callers that have tokenized it already.
pub(crate) fn split_tokens(
    text: &str,
    toks: &[Token<'_>],
    lang: Option<Lang>,
) -> Vec<(usize, usize)> {
    let ab = abbreviations(lang);
    let quotes = closing_quotes(text, toks);
    let cx = Ctx {
        text,
        toks,
        ab,
        quotes: &quotes,
    };
    let n = toks.len();
    let mut depth = 0usize; // brackets opened in this sentence, not closed
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // index of the sentence's first token
    let mut last_marker: Option<u32> = None;
    let gap = |a: usize, b: usize| cx.gap(a, b);
    let mut i = 0;
    while i < n {
        if is_plain_word(&toks[i]) {
            // A word of two chars or more, from a letter or digit: no list
            // marker, separator, bullet, stop, bracket or smiley, so it
            // only extends (or starts) the sentence.
            if start.is_none() {
                depth = 0;
            }
            start.get_or_insert(i);
            i += 1;
            close_at_line_break(text, toks, i, &mut start, &mut out);
            continue;
        }
        // List markers: `1.`, `2)`, `1.)`, `b.` — the first at the start of
        // a sentence, each next one following the last.
        if let Some(v) = marker_value(&toks[i]) {
            let closes = toks
                .get(i + 1)
                .is_some_and(|p| gap(i, i + 1).is_empty() && matches!(p.text(), "." | ")"));
            let spaced = toks.get(i + 2).is_some_and(|q| {
                let k = if toks.get(i + 2).is_some_and(|p| p.text() == ")")
                    && gap(i + 1, i + 2).is_empty()
                {
                    i + 3
                } else {
                    i + 2
                };
                toks.get(k)
                    .is_some_and(|q2| !gap(k - 1, k).is_empty() && starts_upper(q2))
                    || q.text() == ")"
            });
            let at_start =
                start.is_none() || start.is_some_and(|s| toks[s..i].iter().all(is_bullet));
            let after_bullet = i > 0 && is_bullet(&toks[i - 1]);
            let follows = last_marker.is_some_and(|m| v == m + 1);
            if closes && spaced && ((at_start && (v == 1 || after_bullet)) || follows) {
                if follows && !at_start {
                    if let Some(s) = start {
                        out.push((toks[s].start(), toks[i - 1].end()));
                    }
                    start = None;
                }
                last_marker = Some(v);
                start.get_or_insert(i);
                // Skip the marker and its `.`/`)`/`.)`.
                i += 2;
                if toks.get(i).is_some_and(|p| p.text() == ")") && gap(i - 1, i).is_empty() {
                    i += 1;
                }
                continue;
            }
        }
        // A separator line (`***`, `=====`, `_____`) is a sentence of its
        // own.
        if is_separator(&toks[i]) {
            if let Some(s) = start.filter(|&s| s < i) {
                out.push((toks[s].start(), toks[i - 1].end()));
            }
            out.push((toks[i].start(), toks[i].end()));
            start = None;
            i += 1;
            continue;
        }
        // A bullet starts an item; a middle dot (`·`, also a product sign)
        // only at the start of a line.
        let line_start = || i == 0 || gap(i - 1, i).contains(['\n', '\r']);
        let strong = || toks[i].text() != "·";
        if is_bullet(&toks[i]) && (strong() || line_start()) && start.is_some_and(|s| s < i) {
            if let Some(s) = start {
                out.push((toks[s].start(), toks[i - 1].end()));
            }
            start = None;
        }
        if start.is_none() {
            depth = 0;
        }
        start.get_or_insert(i);
        let t = toks[i];
        let mut end_idx = i; // last token of the sentence if it ends here
        let boundary = if is_terminal(&t) {
            let (b, e) = terminal(&cx, i);
            end_idx = e;
            for c in &toks[i..=e] {
                depth = bracket_depth(depth, c);
            }
            // No boundary inside brackets that close a few words on
            // (`(SSK. II)`, `(E. hemisphaerica (Bl.) RM Smith)`).
            b && !(depth > 0 && closes_soon(text, toks, e))
        } else if t.kind() == TokenKind::Acronym && t.text().ends_with('.') {
            toks.get(i + 1)
                .is_some_and(|n| !gap(i, i + 1).is_empty() && is_starter(n))
        } else if t.kind() == TokenKind::Url {
            // Links listed one after another are items of their own.
            toks.get(i + 1)
                .is_some_and(|n| !gap(i, i + 1).is_empty() && n.kind() == TokenKind::Url)
        } else if emoticon_ends(toks, i) {
            // `… community :-) Posted by`: a smiley closes the sentence
            // before a capital.
            toks.get(i + 1)
                .is_some_and(|n| !gap(i, i + 1).is_empty() && starts_upper(n))
        } else {
            depth = bracket_depth(depth, &t);
            false
        };
        if boundary {
            if let Some(s) = start {
                out.push((toks[s].start(), toks[end_idx].end()));
            }
            start = None;
            i = end_idx + 1;
            continue;
        }
        i = end_idx + 1;
        close_at_line_break(text, toks, i, &mut start, &mut out);
    }
    if let Some(s) = start {
        out.push((toks[s].start(), toks[n - 1].end()));
    }
    out
}

/// Closes the open sentence (from token `start`) at a line break just
/// before token `i` when the break ends it.
fn close_at_line_break(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    start: &mut Option<usize>,
    out: &mut Vec<(usize, usize)>,
) {
    if i == 0 || i >= toks.len() {
        return;
    }
    let (from, to) = (toks[i - 1].end(), toks[i].start());
    let breaks = text.as_bytes()[from..to]
        .iter()
        .any(|&b| b == b'\n' || b == b'\r');
    if breaks && line_break_ends(text, toks, i, &text[from..to]) {
        if let Some(s) = start.take() {
            out.push((toks[s].start(), toks[i - 1].end()));
        }
    }
}

/// The bracket depth after token `t`.
#[inline]
fn bracket_depth(depth: usize, t: &Token<'_>) -> usize {
    if t.kind() != TokenKind::Punct {
        return depth;
    }
    match t.text() {
        "(" | "[" => depth + 1,
        ")" | "]" => depth.saturating_sub(1),
        _ => depth,
    }
}

/// How far a closing bracket may follow a full stop inside brackets, in
/// tokens, for the stop to end nothing.
const BRACKET_REACH: usize = 12;

/// Whether a closing bracket follows token `k` on the same line within
/// [`BRACKET_REACH`] tokens (a bounded look: linear over the text).
fn closes_soon(text: &str, toks: &[Token<'_>], k: usize) -> bool {
    let last = (k + BRACKET_REACH).min(toks.len().saturating_sub(1));
    for j in k + 1..=last {
        if text[toks[j - 1].end()..toks[j].start()].contains(['\n', '\r']) {
            return false;
        }
        if matches!(toks[j].text(), ")" | "]") {
            return true;
        }
    }
    false
}

/// Whether the line break before token `i` ends the sentence: always at a
/// blank line; otherwise unless the next line starts in lowercase and ends
/// a sentence itself (a broken line).
fn line_break_ends(text: &str, toks: &[Token<'_>], i: usize, gap: &str) -> bool {
    let breaks = gap.matches('\n').count().max(gap.matches('\r').count());
    if breaks >= 2 || !starts_lower(&toks[i]) {
        return true;
    }
    let rest = &text[toks[i].start()..];
    let line = rest.split(['\n', '\r']).next().unwrap_or("").trim_end();
    !line.ends_with(['.', '!', '?'])
}

fn is_starter(t: &Token<'_>) -> bool {
    in_list(STARTERS, t.text()) && starts_upper(t)
}

/// Straight double quotes that close a quotation: the second, fourth, …
/// of a paragraph (blank lines reset the count).
fn closing_quotes(text: &str, toks: &[Token<'_>]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    // Without a straight quote, nothing closes.
    if memchr::memchr(b'"', text.as_bytes()).is_none() {
        return out;
    }
    let mut open = false;
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            // (A gap of one byte, the most common, holds no blank line.)
            let gap = &text.as_bytes()[toks[i - 1].end()..t.start()];
            if gap.len() >= 2 && gap.iter().filter(|&&b| b == b'\n').count() >= 2 {
                open = false;
            }
        }
        if t.text() == "\"" {
            out[i] = open;
            open = !open;
        }
    }
    out
}

/// What [`terminal`] needs besides the tokens.
struct Ctx<'t, 'a> {
    text: &'t str,
    toks: &'t [Token<'a>],
    ab: &'t Abbrev,
    /// `quotes[i]`: token `i` is a straight quote closing a quotation.
    quotes: &'t [bool],
}

impl Ctx<'_, '_> {
    fn gap(&self, a: usize, b: usize) -> &str {
        &self.text[self.toks[a].end()..self.toks[b].start()]
    }

    /// An opening quote or bracket: a straight quote not taken as a
    /// closer opens when a word follows it.
    fn opens(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if t.text() == "\"" {
            return self
                .toks
                .get(k + 1)
                .is_some_and(|a| a.kind() != TokenKind::Punct || is_opener(a));
        }
        is_opener(t)
    }

    /// Whether token `k` may begin a sentence after a full stop: a
    /// capital, a digit, a bullet, or an opening quote or bracket before
    /// one of those.
    fn begins(&self, k: usize) -> bool {
        let t = &self.toks[k];
        let link = matches!(t.kind(), TokenKind::Url | TokenKind::Email);
        if starts_upper(t) || starts_digit(t) || is_bullet(t) || link || is_separator(t) {
            return true;
        }
        self.opens(k)
            && self
                .toks
                .get(k + 1)
                .is_some_and(|w| starts_upper(w) || starts_digit(w) || self.opens(k + 1))
    }

    /// Whether the straight quote at `q`, after a sentence's last mark,
    /// closes it: glued to the mark and followed by a space, punctuation
    /// or the end; spaced (as treebanks write text) and followed by
    /// punctuation or the end; otherwise when it is a closing one by count
    /// and no capital follows.
    fn quote_closes(&self, q: usize) -> bool {
        let after = self.toks.get(q + 1);
        let punct_after = after.is_none_or(|a| a.kind() == TokenKind::Punct && !is_opener(a));
        if punct_after {
            return true;
        }
        let glued_before = self.toks[q - 1].end() == self.toks[q].start();
        let spaced_after = !self.gap(q, q + 1).is_empty();
        if glued_before && spaced_after {
            return true;
        }
        self.quotes[q] && after.is_some_and(|a| !(starts_upper(a) || starts_digit(a)))
    }

    /// Extends a sentence end over closing quotes and brackets: glued ones,
    /// and spaced quotes that close (`… ? " .` as treebanks space them).
    fn closers(&self, mut k: usize) -> usize {
        while let Some(n) = self.toks.get(k + 1) {
            let gap = self.gap(k, k + 1);
            let same_line = gap.trim().is_empty() && !gap.contains(['\n', '\r']);
            let closes = match n.text() {
                "\"" => same_line && self.quote_closes(k + 1),
                "”" | "»" => same_line,
                _ => is_closer(n) && gap.is_empty(),
            };
            if !closes {
                break;
            }
            k += 1;
        }
        k
    }

    /// The end of the sentence a terminal mark group ending at `k` closes:
    /// its closers, and a full stop after them (`?".`, `!).`, `? " .`)
    /// with its own closers.
    fn sentence_end(&self, k: usize) -> usize {
        let end = self.closers(k);
        if end > k {
            if let Some(n) = self.toks.get(end + 1) {
                let gap = self.gap(end, end + 1);
                if n.text() == "." && gap.trim().is_empty() && !gap.contains('\n') {
                    return self.closers(end + 1);
                }
            }
        }
        end
    }
}

fn starts_digit(t: &Token<'_>) -> bool {
    t.text().chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Decides a terminal punctuation token at `i`: whether it ends the
/// sentence, and the index of the sentence's last token (closing quotes and
/// brackets, the rest of an ellipsis).
fn terminal(cx: &Ctx<'_, '_>, i: usize) -> (bool, usize) {
    let toks = cx.toks;
    let t = toks[i];
    let prev = i.checked_sub(1).map(|p| toks[p]);
    let glued_prev = prev.is_some_and(|p| p.end() == t.start());
    // An omission mark in brackets (`[...]`) ends nothing.
    if glued_prev && prev.is_some_and(|p| matches!(p.text(), "[" | "(")) {
        return (false, i);
    }
    // Spaced ellipsis `. . .`: count the dots.
    if t.text() == "." {
        let mut k = i;
        while k + 1 < toks.len() && toks[k + 1].text() == "." && cx.gap(k, k + 1) == " " {
            k += 1;
        }
        let dots = k - i + 1;
        if dots >= 3 {
            let next = toks.get(k + 1);
            let upper_next = next.is_some_and(|n| starts_upper(n) || is_opener(n));
            if glued_prev && dots == 4 {
                // `compounds. . . . The`: a full stop, then an ellipsis
                // that opens the next sentence.
                return (upper_next, i);
            }
            let end = cx.closers(k);
            return (dots >= 4 && upper_next, end);
        }
    }
    // Group adjacent terminal marks (`?!`, `!!`) and closing quotes.
    let mut k = i;
    while k + 1 < toks.len() && is_terminal(&toks[k + 1]) && cx.gap(k, k + 1).is_empty() {
        k += 1;
    }
    let end = cx.sentence_end(k);
    let Some(next) = toks.get(end + 1) else {
        return (true, end);
    };
    let spaced = !cx.gap(end, end + 1).is_empty();
    let mark = t.text();
    if mark != "." {
        // `!`, `?`, `...`, `…`: ends unless a lowercase word or a comma
        // follows (or, for an ellipsis, no capital follows).
        if mark.starts_with('.') || mark.starts_with('…') {
            return (spaced && (starts_upper(next) || is_opener(next)), end);
        }
        // Before a lowercase word, `!` after a capitalized word is part of
        // a name (`Yahoo! in`); otherwise `!` and `?` end a sentence
        // written without capitals (`excellent! answered`, `india?
        // where`), unless a quote closed it (`"Why?" he asked`).
        let quoted = end > k;
        let name_mark =
            mark.starts_with('!') && prev.is_some_and(|p| glued_prev && starts_upper(&p));
        let continues =
            matches!(next.text(), "," | ";" | ":") || (starts_lower(next) && (name_mark || quoted));
        return (!continues, end);
    }
    let Some(p) = prev else {
        return (false, end); // a full stop opening the text
    };
    let word = p.text();
    // Thousands written spaced (`500 . 000`, as treebanks write them).
    if p.kind() == TokenKind::Number
        && next.kind() == TokenKind::Number
        && next.text().len() == 3
        && next.text().bytes().all(|b| b.is_ascii_digit())
    {
        return (false, end);
    }
    // Titles never end a sentence; other abbreviations only before a word
    // that begins sentences.
    if p.kind() == TokenKind::Word || p.kind() == TokenKind::Acronym {
        let dotted_chain = i >= 3
            && toks[i - 2].text() == "."
            && toks[i - 3].end() == toks[i - 2].start()
            && toks[i - 2].end() == p.start();
        let one_letter = word.chars().count() == 1;
        if in_list(&cx.ab.titles, word) && !(one_letter && word.chars().all(char::is_uppercase)) {
            // `No. 10`, `p. 55`: these precede numbers only (`Hell no.
            // That` ends).
            if !(in_list(NUMBER_TITLES, word)
                && !starts_digit(next)
                && spaced
                && cx.begins(end + 1))
            {
                return (false, end);
            }
        }
        if in_list(LIST_ENDS, word) {
            return (spaced && cx.begins(end + 1) && !starts_digit(next), end);
        }
        if in_list(&cx.ab.other, word) || dotted_chain {
            return (spaced && is_starter(next), end);
        }
        if one_letter {
            let before = i.checked_sub(2).map(|b| toks[b]);
            let after_name = before.is_some_and(|b| starts_upper(&b));
            if word.chars().all(char::is_uppercase) && (word != "I" || after_name) {
                // An initial (`R. Tjetje`, `disertasinya J. Pardede`,
                // `Albert I. Jones`): a boundary only before a word that
                // begins sentences. (`you and I. Did` is the pronoun.)
                return (spaced && is_starter(next), end);
            }
            // A unit after a number (`70.000 đ.`, `5 m.`) is a word, and
            // so are Vietnamese one-letter words (`ở`, `ô`); another lone
            // lowercase ASCII letter is an abbreviation.
            let unit = before.is_some_and(|b| b.kind() == TokenKind::Number);
            if word.chars().all(|c| c.is_ascii_lowercase()) && !unit {
                return (false, end);
            }
        }
    }
    if !spaced {
        // `world.Today`, `1,000.That`: glued sentences; not `TP .HCM`.
        return (
            glued_prev && starts_upper(next) && word.chars().count() >= 2,
            end,
        );
    }
    if !glued_prev {
        // A spaced full stop (`… khu vực . " Tôi`, as treebanks write
        // text): an opening quote or bracket is enough.
        return (cx.begins(end + 1) || cx.opens(end + 1), end);
    }
    // A digit begins a sentence after a word or a number (`in 2004. 5
    // people`), not after a sign (`N°. 1026`).
    if starts_digit(next) && !matches!(p.kind(), TokenKind::Word | TokenKind::Number) {
        return (false, end);
    }
    // After a word that is no abbreviation, a lowercase word begins a
    // sentence written without capitals (`interested. jill allen`), unless
    // a quote closed the sentence (`'This is great.' she said`).
    // (Scholarly abbreviations, `cf.`, `ca.`, are in the lists above.)
    let lower_start = end == i && starts_lower(next) && next.kind() == TokenKind::Word;
    (cx.begins(end + 1) || lower_start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_by_their_first_two_chars() {
        let plain = |t: &Token<'_>| {
            let mut chars = t.text().chars();
            t.kind() == TokenKind::Word
                && chars.next().is_some_and(crate::chars::is_alphanumeric)
                && chars.next().is_some()
        };
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("{c}a"),
                format!("a{c}"),
                format!("{c}{c}"),
            ] {
                for t in crate::token::tokenize(&s) {
                    assert_eq!(is_plain_word(&t), plain(&t), "{c:?} {s:?}");
                }
            }
        }
    }

    fn split_en(s: &str) -> Vec<&str> {
        sentences(s, Some(Lang::En)).map(|s| s.text()).collect()
    }

    #[test]
    fn news_cases() {
        assert_eq!(
            split_en("Vietnamese Minister of National Defence Gen. Phan Van Giang held talks. Sen. Lt. Gen. Dong Jun attended."),
            ["Vietnamese Minister of National Defence Gen. Phan Van Giang held talks.", "Sen. Lt. Gen. Dong Jun attended."]
        );
        let vi: Vec<&str> = sentences(
            "PGS. TS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh. Hội nghị kết thúc.",
            Some(Lang::Vi),
        )
        .map(|s| s.text())
        .collect();
        assert_eq!(
            vi,
            [
                "PGS. TS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh.",
                "Hội nghị kết thúc."
            ]
        );
        let id: Vec<&str> = sentences(
            "Budi pergi ke Jl. KH. Mukmin no. 67. Dia tersesat.",
            Some(Lang::Id),
        )
        .map(|s| s.text())
        .collect();
        assert_eq!(
            id,
            ["Budi pergi ke Jl. KH. Mukmin no. 67.", "Dia tersesat."]
        );
    }

    #[test]
    fn treebank_spacing_quotes_units_and_initials() {
        let vi = |t: &str| -> Vec<String> {
            sentences(t, Some(Lang::Vi))
                .map(|s| s.text().to_string())
                .collect()
        };
        // A spaced full stop, a quote closing after the question mark.
        assert_eq!(
            vi("Hùng nói : \" Tôi quen ông ? \" . Thanh quay sang ."),
            ["Hùng nói : \" Tôi quen ông ? \" .", "Thanh quay sang ."]
        );
        // Units and one-letter words end sentences; spaced thousands do not.
        assert_eq!(
            vi("Giá 500 . 000 đ. Ông về ở. Bà đi."),
            ["Giá 500 . 000 đ.", "Ông về ở.", "Bà đi."]
        );
        // `?".` keeps its full stop; a digit starts the next sentence.
        assert_eq!(
            split_en("He asked \"Why?\". 5 people left."),
            ["He asked \"Why?\".", "5 people left."]
        );
        // Initials after a lowercase word; PT. in Indonesian.
        let id: Vec<&str> = sentences(
            "Ia meraih gelar dalam disertasinya J. Pardede di PT. Telkom. Dia pulang.",
            Some(Lang::Id),
        )
        .map(|s| s.text())
        .collect();
        assert_eq!(
            id,
            [
                "Ia meraih gelar dalam disertasinya J. Pardede di PT. Telkom.",
                "Dia pulang."
            ]
        );
        // No boundary inside brackets that close a few words on; one after
        // a bracketed sentence; address abbreviations.
        let id = |t: &str| -> Vec<String> {
            sentences(t, Some(Lang::Id))
                .map(|s| s.text().to_string())
                .collect()
        };
        assert_eq!(
            id("Bandar udara Sultan Syarif Kasim II (SSK. II) Pekanbaru adalah bandara lama. Honje hutan (E. hemisphaerica (Bl.) RM Smith) memiliki rasa serupa."),
            [
                "Bandar udara Sultan Syarif Kasim II (SSK. II) Pekanbaru adalah bandara lama.",
                "Honje hutan (E. hemisphaerica (Bl.) RM Smith) memiliki rasa serupa."
            ]
        );
        assert_eq!(
            split_en("He left. (It was late.) Then he slept (in the car)."),
            ["He left.", "(It was late.)", "Then he slept (in the car)."]
        );
        assert_eq!(
            id("Ia dirawat di RS. Santo Borromeus, Dsn. Kaluwan. Ia pulang."),
            [
                "Ia dirawat di RS. Santo Borromeus, Dsn. Kaluwan.",
                "Ia pulang."
            ]
        );
        // Links in a row, `!` after a lowercase word before another.
        assert_eq!(
            split_en("See https://a.com/x https://b.com/y now"),
            ["See https://a.com/x", "https://b.com/y now"]
        );
        assert_eq!(
            split_en("Its fab! so go. Yahoo! is big."),
            ["Its fab!", "so go.", "Yahoo! is big."]
        );
        // `no.` precedes numbers only; a smiley ends a sentence.
        assert_eq!(
            split_en("See No. 5 now. Hell no. That was it."),
            ["See No. 5 now.", "Hell no.", "That was it."]
        );
        assert_eq!(
            split_en("Great community :-) Posted by darin"),
            ["Great community :-)", "Posted by darin"]
        );
        // Separators stand alone; a question in lowercase ends.
        assert_eq!(
            split_en("Done. *** where are you? here."),
            ["Done.", "***", "where are you?", "here."]
        );
    }

    #[test]
    fn offsets_slice_the_input() {
        let text = "  Hà Nội. \n Đà Nẵng!  ";
        for s in sentences(text, None) {
            assert_eq!(&text[s.start()..s.end()], s.text());
        }
        assert_eq!(sentences("", None).count(), 0);
        assert_eq!(sentences(" \n ", None).count(), 0);
        assert_eq!(sentences("...", None).count(), 1);
    }
}
