//! Tokenization for English, Indonesian and Vietnamese news text.
//!
//! [`tokenize`] splits text into [`Token`]s that borrow from the input and
//! carry UTF-8 byte offsets into it. The stream never overlaps and never
//! allocates: a token is a slice, a start offset and a [`TokenKind`].
//!
//! What it does that plain splitters do not:
//!
//! * Unicode spaces (NO-BREAK SPACE, ideographic space, thin spaces) and
//!   zero-width spaces separate tokens; control characters are skipped.
//! * Combining marks stay on their letter, so decomposed (NFD) Vietnamese
//!   is not broken at every mark.
//! * Numbers keep their separators (`3.5`, `1,42`, `19:34`, `10/6`,
//!   `27.11`); acronyms their dots and plus (`U.N.`, `ADMM+`, `COVID-19`);
//!   `i.e.`, `a.m.`, decades (`80's`) and short years (`'67`) stay whole.
//! * A currency glued to its amount is a token of its own: `Rp1,461` →
//!   `Rp` `1,461`, `US$100` → `US$` `100` (kind [`TokenKind::Symbol`]).
//! * URLs, e-mail addresses and domains with a known top-level domain
//!   (`qdnd.vn`, `KOMPAS.com`) are one token; `TP.HCM` and glued sentences
//!   (`cases.After`) are not domains.
//! * Hyphenated words (`ASEAN-Japan`, `aktivitas-aktivitas`) are one token
//!   whose [`Token::parts`] gives the pieces (newstext's convention: UD
//!   treebanks split them); Indonesian reduplication is
//!   [`Token::is_reduplicated`]; a possessive keeps its base findable
//!   ([`Token::base`]: `Japan's` → `Japan`).
//! * Vietnamese is tokenized by syllable: a multi-syllable word is a run of
//!   consecutive tokens.
//! * A run longer than the maximum token length (default 256 bytes) is one
//!   token of kind [`TokenKind::Long`], kept whole.
//!
//! # Example
//!
//! ```
//! use newstext::token::{tokenize, TokenKind};
//!
//! let text = "Gen. Ngo Xuan Lich's U.N. peacekeeping: 3.5 million doses (qdnd.vn)";
//! let tokens: Vec<_> = tokenize(text).collect();
//! let shown: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text(), t.kind())).collect();
//! assert_eq!(shown[..2], [("Gen", TokenKind::Word), (".", TokenKind::Punct)]);
//! assert_eq!(shown[4], ("Lich's", TokenKind::Word));
//! assert_eq!(tokens[4].base(), "Lich");
//! assert_eq!(shown[5], ("U.N.", TokenKind::Acronym));
//! assert_eq!(shown[8], ("3.5", TokenKind::Number));
//! assert_eq!(shown[12], ("qdnd.vn", TokenKind::Domain));
//! for t in &tokens {
//!     assert_eq!(&text[t.start()..t.end()], t.text());
//! }
//! ```

use std::iter::FusedIterator;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// The default maximum token length in bytes.
pub const DEFAULT_MAX_TOKEN_LEN: usize = 256;

/// What a token is. Serialized in `snake_case` (`"word"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (with marks, digits, inner apostrophes and hyphens).
    Word,
    /// Digits with inner `.`, `,`, `:` or `/` (`3.5`, `19:34`, `10/6`).
    Number,
    /// Capitals: `UNCLOS`, `U.N.`, `ADMM+`, `COVID-19`.
    Acronym,
    /// `https://…`, `www.…`.
    Url,
    /// A host name with a known top-level domain: `qdnd.vn`, `KOMPAS.com`.
    Domain,
    /// `name@host.tld`.
    Email,
    /// Punctuation; a run of the same mark (`...`, `--`) is one token.
    Punct,
    /// Symbols: currency, math, arrows, emoji.
    Symbol,
    /// A run longer than the maximum token length, kept whole.
    Long,
}

impl TokenKind {
    /// The serialized name (`"word"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Acronym => "acronym",
            TokenKind::Url => "url",
            TokenKind::Domain => "domain",
            TokenKind::Email => "email",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Long => "long",
        }
    }

    /// Whether tokens of this kind carry words or values (not punctuation or
    /// symbols).
    pub fn is_lexical(&self) -> bool {
        !matches!(self, TokenKind::Punct | TokenKind::Symbol)
    }
}

/// A token: a slice of the input with its byte offset and kind.
///
/// `&input[token.start()..token.end()] == token.text()` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
    ascii: bool,
    caps: Caps,
}

/// The ASCII capitals of an ASCII token, known from the scan: what a case
/// fold has to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Caps {
    /// None (or the token is not ASCII).
    None,
    /// The first byte only (`Vietnam`).
    First,
    /// Others (`ASEAN`, `iPhone`).
    More,
}

impl Caps {
    #[inline]
    fn of(first_upper: bool, rest_upper: bool) -> Caps {
        if rest_upper {
            Caps::More
        } else if first_upper {
            Caps::First
        } else {
            Caps::None
        }
    }
}

impl<'a> Token<'a> {
    /// The token as written in the input.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset of the token in the input.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the token's end.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The token's kind.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Whether the token is all ASCII (known from the scan, no extra pass).
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Where an ASCII token has capital letters (`Caps::None` promises an
    /// all-ASCII token is already lowercase).
    pub(crate) fn ascii_caps(&self) -> Caps {
        self.caps
    }

    fn new(text: &'a str, start: usize, kind: TokenKind) -> Token<'a> {
        let ascii = text.is_ascii();
        let b = text.as_bytes();
        let caps = if ascii && !b.is_empty() {
            Caps::of(
                b[0].is_ascii_uppercase(),
                b[1..].iter().any(u8::is_ascii_uppercase),
            )
        } else {
            Caps::None
        };
        Token {
            text,
            start,
            kind,
            ascii,
            caps,
        }
    }

    /// Whether the token is a hyphenated word (`ASEAN-Japan`, `COVID-19`).
    pub fn is_hyphenated(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Acronym) && self.text.contains(is_hyphen)
    }

    /// The pieces of a hyphenated word, with their offsets in the input;
    /// empty for any other token.
    ///
    /// ```
    /// let t = newstext::token::tokenize("Vietnam-Japan").next().unwrap();
    /// let parts: Vec<_> = t.parts().map(|p| (p.text(), p.start())).collect();
    /// assert_eq!(parts, [("Vietnam", 0), ("Japan", 8)]);
    /// ```
    pub fn parts(&self) -> Parts<'a> {
        Parts {
            rest: if self.is_hyphenated() { self.text } else { "" },
            start: self.start,
        }
    }

    /// Whether the token is an Indonesian reduplication: a hyphenated word
    /// whose pieces are the same word (`aktivitas-aktivitas`,
    /// `negara-negara`), compared without case.
    ///
    /// ```
    /// use newstext::token::tokenize;
    /// assert!(tokenize("aktivitas-aktivitas").next().unwrap().is_reduplicated());
    /// assert!(!tokenize("Vietnam-Japan").next().unwrap().is_reduplicated());
    /// ```
    pub fn is_reduplicated(&self) -> bool {
        let mut parts = self.parts();
        let Some(first) = parts.next() else {
            return false;
        };
        let mut n = 1;
        for p in parts {
            if !p.text.eq_ignore_ascii_case(first.text)
                && p.text.to_lowercase() != first.text.to_lowercase()
            {
                return false;
            }
            n += 1;
        }
        n >= 2
    }

    /// The text a search should find the token by: the first piece of a
    /// reduplication, a possessive without its `'s`; otherwise the text.
    ///
    /// ```
    /// use newstext::token::tokenize;
    /// assert_eq!(tokenize("Japan’s").next().unwrap().base(), "Japan");
    /// assert_eq!(tokenize("negara-negara").next().unwrap().base(), "negara");
    /// assert_eq!(tokenize("don't").next().unwrap().base(), "don't");
    /// ```
    pub fn base(&self) -> &'a str {
        if self.kind != TokenKind::Word {
            return self.text;
        }
        if self.is_reduplicated() {
            if let Some(p) = self.parts().next() {
                return p.text;
            }
        }
        for suffix in ["'s", "’s", "'S", "’S"] {
            if let Some(b) = self.text.strip_suffix(suffix) {
                if !b.is_empty() {
                    return b;
                }
            }
        }
        self.text
    }
}

/// The pieces of a hyphenated token ([`Token::parts`]).
#[derive(Debug, Clone)]
pub struct Parts<'a> {
    rest: &'a str,
    start: usize,
}

impl<'a> Iterator for Parts<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let (piece, skip) = match self.rest.find(is_hyphen) {
                Some(i) => {
                    let hl = self.rest[i..].chars().next().map_or(1, char::len_utf8);
                    (&self.rest[..i], i + hl)
                }
                None => (self.rest, self.rest.len()),
            };
            let start = self.start;
            self.rest = &self.rest[skip..];
            self.start += skip;
            if piece.is_empty() {
                continue;
            }
            let kind = if piece.bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            return Some(Token::new(piece, start, kind));
        }
    }
}

impl FusedIterator for Parts<'_> {}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2011}'
}

/// A configured tokenizer. [`tokenize`] uses the default one.
///
/// ```
/// use newstext::token::{Tokenizer, TokenKind};
/// # fn main() -> Result<(), newstext::Error> {
/// let tokenizer = Tokenizer::builder().max_token_len(8).build()?;
/// let kinds: Vec<_> = tokenizer.tokenize("short pneumonoultramicroscopic").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Word, TokenKind::Long]);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tokenizer {
    max_len: usize,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer {
            max_len: DEFAULT_MAX_TOKEN_LEN,
        }
    }
}

/// Builder for a [`Tokenizer`].
#[derive(Debug, Clone)]
#[must_use]
pub struct TokenizerBuilder {
    max_len: usize,
}

impl TokenizerBuilder {
    /// Runs longer than this many bytes become one [`TokenKind::Long`]
    /// token (default [`DEFAULT_MAX_TOKEN_LEN`]).
    pub fn max_token_len(mut self, bytes: usize) -> Self {
        self.max_len = bytes;
        self
    }

    /// Builds the tokenizer.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] when the maximum token length is under 4
    /// bytes (one character must always fit).
    pub fn build(self) -> Result<Tokenizer> {
        if self.max_len < 4 {
            return Err(Error::InvalidConfig(
                "maximum token length must be at least 4 bytes".into(),
            ));
        }
        Ok(Tokenizer {
            max_len: self.max_len,
        })
    }
}

impl Tokenizer {
    /// A builder starting from the defaults.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder {
            max_len: DEFAULT_MAX_TOKEN_LEN,
        }
    }

    /// The tokens of `text`.
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            pos: 0,
            max_len: self.max_len,
        }
    }
}

/// The tokens of `text`, with the default [`Tokenizer`].
///
/// ```
/// let words: Vec<&str> = newstext::token::tokenize("Hà Nội, 19:34").map(|t| t.text()).collect();
/// assert_eq!(words, ["Hà", "Nội", ",", "19:34"]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokenizer::default().tokenize(text)
}

/// Iterator over the tokens of a text ([`tokenize`]).
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    max_len: usize,
}

impl<'a> Tokens<'a> {
    /// The whole text being tokenized, which token offsets index.
    pub(crate) fn source(&self) -> &'a str {
        self.text
    }

    /// The part of the text not yet tokenized.
    pub fn as_str(&self) -> &'a str {
        &self.text[self.pos..]
    }
}

// Byte classes of ASCII.
const SP: u8 = 0; // whitespace and controls: separators
const AL: u8 = 1; // letters
const DG: u8 = 2; // digits
const PU: u8 = 3; // punctuation
const SY: u8 = 4; // symbols
const NA: u8 = 5; // non-ASCII lead or continuation byte

const fn byte_classes() -> [u8; 256] {
    let mut t = [NA; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            AL
        } else if b.is_ascii_digit() {
            DG
        } else if b <= b' ' || b == 0x7F {
            SP
        } else if matches!(
            b,
            b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
        ) {
            SY
        } else {
            PU
        };
        i += 1;
    }
    // Lead bytes of Latin Extended-A and -B and IPA letters (U+0100–U+027F,
    // `đ`, `ơ`, `ư`): every char they start is a letter, so a word starting
    // with one takes the letter path, its lead byte scanned like an ASCII
    // letter (the continuation byte after it marks the word non-ASCII).
    while i <= 0xC9 {
        if i >= 0xC4 {
            t[i] = AL;
        }
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = byte_classes();

/// Whether a non-ASCII char continues a word: a letter, a digit or a
/// combining mark (so NFD text stays whole).
#[inline]
fn is_word_char(c: char) -> bool {
    let cp = c as u32;
    // Latin-1 letters, Latin Extended-A/B, Vietnamese (Latin Extended
    // Additional): the hot ranges of en/id/vi news.
    if (0xC0..=0x24F).contains(&cp) {
        return cp != 0xD7 && cp != 0xF7;
    }
    if (0x1E00..=0x1EFF).contains(&cp) || (0x300..=0x36F).contains(&cp) {
        return true;
    }
    // General Punctuation (dashes, curly quotes, bullets, ellipsis) holds
    // no letter or mark: news quotes and dashes skip the table lookups.
    if (0x2010..=0x205E).contains(&cp) {
        return false;
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{200D}'
}

/// Separators among non-ASCII chars: Unicode spaces, zero-width spaces,
/// the byte-order mark and C1 controls.
#[inline]
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{80}'..='\u{9F}'
        )
}

/// Symbols among non-ASCII chars (a practical reading of Unicode's S*
/// categories: currency, letterlike, arrows, math, technical, shapes,
/// dingbats, emoji, and the Latin-1 symbols).
fn is_symbol(c: char) -> bool {
    matches!(c as u32,
        0xA2..=0xA9 | 0xAC | 0xAE..=0xB1 | 0xB4 | 0xB8 | 0xD7 | 0xF7 |
        0x2044 | 0x2052 | 0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x23FF |
        0x2500..=0x2775 | 0x2794..=0x2BFF | 0x3200..=0x33FF | 0xFFE0..=0xFFEE |
        0x1F000..=0x1FAFF)
}

/// Top-level domains that make `name.tld` a domain (checked without case):
/// the generic ones and the country codes of the region and of the wires.
const TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "edu", "gov", "int", "mil", "io", "co", "id", "vn", "my",
    "sg", "th", "ph", "kh", "la", "mm", "bn", "tl", "jp", "cn", "kr", "tw", "hk", "au", "nz", "in",
    "uk", "us", "de", "fr", "ru", "eu", "news", "asia", "tv", "me", "app", "online", "site", "web",
];

fn is_tld(s: &str) -> bool {
    s.len() >= 2 && s.len() <= 6 && TLDS.iter().any(|t| t.eq_ignore_ascii_case(s))
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// High bit set in each byte of `v` (7-bit values) with `m < v < n`.
#[inline(always)]
fn between(v: u64, m: u64, n: u64) -> u64 {
    (LO * (127 + n)).wrapping_sub(v) & !v & v.wrapping_add(LO * (127 - m)) & HI
}

/// High bit set in each byte of `x` that stops a word run: ASCII that is
/// not a letter or digit. Bytes of non-ASCII chars do not stop it (they are
/// checked afterwards).
#[inline(always)]
fn stop_mask(x: u64) -> u64 {
    let low7 = x & !HI;
    let digit = between(low7, 0x2F, 0x3A);
    let letter = between(low7 | (LO * 0x20), 0x60, 0x7B);
    !(digit | letter | (x & HI)) & HI
}

/// High bit set in each byte of `x` that leads a char [`word_char_len`]
/// accepts at once (Latin and Vietnamese letters), judged with the byte
/// after it; the top byte's verdict is meaningless.
#[inline(always)]
fn hot_leads(x: u64) -> u64 {
    let low = x & !HI;
    let next = low >> 8;
    let eq = |v: u64, c: u64| between(v, c - 1, c + 1);
    // C3–C9 but C3 D7 and C3 F7 (`×`, `÷`: next byte 0x97 or 0xB7).
    let latin = between(low, 0x42, 0x4A) & !(eq(low, 0x43) & eq(next | (LO * 0x20), 0x37));
    // E1 B8–E1 BB: U+1E00–U+1EFF. (Combining marks, CC and CD, are left
    // to the byte-by-byte check: composed text, the common case, has none.)
    let viet = eq(low, 0x61) & between(next, 0x37, 0x3C);
    latin | viet
}

/// End of the run of ASCII digits from `i`, eight bytes at a time.
#[inline(always)]
fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w);
        let other = !(between(x & !HI, 0x2F, 0x3A) & !x) & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// End of the run of word chars from `i` (ASCII letters and digits, and
/// non-ASCII chars that continue a word), eight bytes at a time; whether
/// the run holds non-ASCII bytes; whether it holds ASCII capitals. Only the
/// lead bytes of non-ASCII chars are looked at one by one.
#[inline(always)]
fn run_end(b: &[u8], mut i: usize) -> (usize, bool, bool) {
    let mut high = 0u64;
    let mut upper = 0u64;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w);
        let stop = stop_mask(x);
        let caps = between(x & !HI, 0x40, 0x5B);
        let keep = if stop != 0 {
            (1u64 << stop.trailing_zeros()) - 1
        } else {
            !0
        };
        let h = x & HI & keep;
        if h != 0 {
            // Bytes 0b11xx_xxxx: the leads of multi-byte chars. Those of
            // the hot letters pass in one go; the others, and a lead whose
            // next byte is past this word, are looked at one by one.
            let leads = h & (x << 1);
            let mut leads = leads & !hot_leads(x) | (leads & (HI << 56));
            while leads != 0 {
                let at = leads.trailing_zeros() / 8;
                if word_char_len(b, i + at as usize).is_none() {
                    let before = (1u64 << (8 * at)) - 1;
                    high |= h & before;
                    upper |= caps & before;
                    return (i + at as usize, high != 0, upper != 0);
                }
                leads &= leads - 1;
            }
        }
        high |= h;
        if stop != 0 {
            upper |= caps & keep;
            return (
                i + (stop.trailing_zeros() / 8) as usize,
                high != 0,
                upper != 0,
            );
        }
        upper |= caps;
        i += 8;
    }
    let (mut hi, mut up) = (high != 0, upper != 0);
    while i < b.len() {
        let c = b[i];
        if c >= 0xC0 && word_char_len(b, i).is_none() {
            break;
        }
        if c >= 0x80 {
            hi = true;
        } else if !c.is_ascii_alphanumeric() {
            break;
        }
        up |= c.is_ascii_uppercase();
        i += 1;
    }
    (i, hi, up)
}

/// The length of the non-ASCII char at `i` when it continues a word, with
/// byte-level checks for the hot ranges first: Latin-1 letters and Latin
/// Extended-A/B (U+00C0–U+027F, minus × and ÷), combining marks
/// (U+0300–U+036F), Latin Extended Additional (U+1E00–U+1EFF, Vietnamese).
#[inline(always)]
fn word_char_len(b: &[u8], i: usize) -> Option<usize> {
    let x = b[i];
    let y = b[i + 1];
    // One verdict from bit operations, not a branch per range: Vietnamese
    // alternates two- and three-byte letters in no learnable order.
    // (`y | 0x20 == 0xB7` is `×` U+00D7 or `÷` U+00F7 after 0xC3.)
    let latin = (x.wrapping_sub(0xC3) <= 6) & !((x == 0xC3) & (y | 0x20 == 0xB7));
    let marks = (x == 0xCC) | ((x == 0xCD) & (y <= 0xAF));
    let viet = (x == 0xE1) & (y.wrapping_sub(0xB8) <= 3);
    if latin | marks | viet {
        Some(2 + usize::from(viet))
    } else {
        let (c, len) = decode(b, i);
        is_word_char(c).then_some(len)
    }
}

/// ASCII marks that may join two runs into one token (`ASEAN-Japan`,
/// `3.5`, `1,42`, `19:34`, `10/6`, `don't`, `a@b.c`, `snake_case`), each
/// under its own rule in [`Tokens::word`].
#[inline(always)]
fn is_connector(x: u8) -> bool {
    matches!(x, b'-' | b'.' | b',' | b':' | b'/' | b'\'' | b'@' | b'_')
}

/// Decodes the char whose first byte is at `i` of valid UTF-8 `b`.
#[inline(always)]
pub(crate) fn decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i] as u32;
    let (cp, len) = if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if x < 0xF0 {
        (
            ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((x & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The char before byte `i`.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

impl<'a> Tokens<'a> {
    /// End of the word-ish run starting at `i`: letters, digits, marks.
    #[inline(always)]
    fn scan_run(&self, i: usize) -> usize {
        run_end(self.text.as_bytes(), i).0
    }

    /// The common token, decided without the joining rules: letters (and
    /// digits after the first letter) ending at a space, at the end, or at
    /// punctuation that cannot join (a connector not followed by a word
    /// character). `None` sends the token to [`Tokens::word`].
    #[inline(always)]
    fn simple_word(&mut self, start: usize, first_len: usize) -> Option<Token<'a>> {
        let b = self.text.as_bytes();
        let (end, high, upper) = run_end(b, start + first_len);
        let ascii = !high && first_len == 1;
        // A currency glued to its amount (`Rp5.000`, `US$100`) is a token
        // of its own.
        if first_len == 1 && b[start].is_ascii_uppercase() {
            if let Some(len) = currency_prefix(b, start, end) {
                self.pos = start + len;
                return Some(Token {
                    text: &self.text[start..start + len],
                    start,
                    kind: TokenKind::Symbol,
                    ascii: true,
                    caps: Caps::None,
                });
            }
        }
        let caps = if ascii {
            Caps::of(b[start].is_ascii_uppercase(), upper)
        } else {
            Caps::None
        };
        // A plain space, the commonest end, needs none of the checks below.
        if end < b.len() && b[end] != b' ' {
            let x = b[end];
            let next_wordish =
                |k: usize| k < b.len() && (b[k] >= 0x80 || matches!(CLASS[b[k] as usize], AL | DG));
            let stop = match CLASS[x as usize] {
                SP => true,
                PU | SY if is_connector(x) => !next_wordish(end + 1),
                PU | SY => x != b'+',
                // A non-word char ended the run; `’` and U+2011 may join.
                _ => !matches!(decode(b, end).0, '’' | '\u{2011}'),
            };
            if !stop {
                return None;
            }
            // `https:`, `www.`: URLs take the slow path.
            if matches!(x, b':' | b'.') && matches!(b[start], b'h' | b'H' | b'w' | b'W') {
                return None;
            }
            // A dotted or plus acronym (`U.S.`, `ADMM+`) too.
            if x == b'.' && end - start == 1 && b[start].is_ascii_uppercase() {
                return None;
            }
        }
        if end - start > self.max_len {
            return None;
        }
        let text = &self.text[start..end];
        // Step over one plain space now: the next call starts on its token.
        self.pos = end + usize::from(end < b.len() && b[end] == b' ');
        let lower_second = end - start >= 2 && b[start + 1].is_ascii_lowercase();
        let kind = if b[start].is_ascii_lowercase() || lower_second || !is_acronym(text) {
            TokenKind::Word
        } else {
            TokenKind::Acronym
        };
        Some(Token {
            text,
            start,
            kind,
            ascii,
            caps,
        })
    }

    fn word(&mut self, start: usize) -> Token<'a> {
        let s = self.text;
        let b = s.as_bytes();
        // The common number first: ASCII digits ending at a space, at the
        // end, or at punctuation that never joins (`2014 `, `(1982)`).
        if b[start].is_ascii_digit() {
            let end = digits_end(b, start + 1);
            let plain_end = b.get(end).is_none_or(|&x| match CLASS[x as usize] {
                SP => true,
                PU | SY => !is_connector(x) && x != b'+',
                _ => false,
            });
            if plain_end && end - start <= self.max_len {
                self.pos = end;
                return Token {
                    text: &s[start..end],
                    start,
                    kind: TokenKind::Number,
                    ascii: true,
                    caps: Caps::None,
                };
            }
        }
        let mut end = self.scan_run(start);
        let mut kind_hint = Hint::default();
        // Joiners: a connector between two runs keeps them in one token
        // when the rule for that connector allows it.
        loop {
            if end >= b.len() {
                break;
            }
            let (c, clen) = match b[end] {
                x if x < 0x80 => {
                    if !is_connector(x) {
                        break;
                    }
                    (x as char, 1)
                }
                0xE2 => match decode(b, end) {
                    (c @ ('’' | '\u{2011}'), len) => (c, len),
                    _ => break,
                },
                _ => break,
            };
            let next = end + clen;
            let next_run = self.scan_run(next);
            if next_run == next {
                break; // nothing word-like after the connector
            }
            let left = &s[start..end];
            let right = &s[next..next_run];
            let join = match c {
                '-' | '\u{2011}' | '_' => {
                    kind_hint.hyphen = true;
                    true
                }
                '\'' | '’' => {
                    let before = char_before(s, end);
                    (before.is_some_and(char::is_alphabetic)
                        && right.chars().next().is_some_and(char::is_alphabetic))
                        // A decade (`80's`).
                        || (before.is_some_and(|c| c.is_ascii_digit()) && right == "s")
                }
                ',' | ':' | '/' => {
                    let l_digit = char_before(s, end).is_some_and(|c| c.is_ascii_digit());
                    let r_digit = right.bytes().all(|x| x.is_ascii_digit());
                    let ok = l_digit && r_digit && last_segment_digits(left);
                    kind_hint.numeric_sep |= ok;
                    ok
                }
                '.' => {
                    let seg = last_segment(left);
                    if seg.bytes().all(|x| x.is_ascii_digit())
                        && right.bytes().all(|x| x.is_ascii_digit())
                    {
                        kind_hint.numeric_sep = true;
                        true
                    } else if is_email_local_part(s, next) {
                        true
                    } else if is_domain_next(s, next, right) {
                        kind_hint.domain = true;
                        true
                    } else if is_caps(seg)
                        && right.chars().next().is_some_and(char::is_uppercase)
                        && is_caps(right)
                    {
                        kind_hint.dotted = true;
                        true
                    } else if seg.len() == 1
                        && right.len() == 1
                        && seg.as_bytes()[0].is_ascii_lowercase()
                        && right.as_bytes()[0].is_ascii_lowercase()
                        && b.get(next_run) == Some(&b'.')
                    {
                        // `i.e.`, `e.g.`, `a.m.`: letters and dots.
                        kind_hint.dotted = true;
                        true
                    } else {
                        false
                    }
                }
                '@' => {
                    let ok = is_domain_next(s, next, right) || right.contains('.');
                    kind_hint.at |= ok;
                    ok
                }
                _ => false,
            };
            if !join {
                break;
            }
            end = next_run;
        }
        // `U.N.`: a dotted acronym takes its final dot; `ADMM+` its plus.
        let text = &s[start..end];
        if end < b.len() {
            if b[end] == b'.'
                && (kind_hint.dotted || is_single_letter_dot_chain(text))
                && (is_caps(text) || is_single_letter_dot_chain(text))
            {
                end += 1;
                kind_hint.dotted = true;
            } else if b[end] == b'+'
                && is_caps(text)
                && text.len() >= 2
                && !next_is_word(s, end + 1)
            {
                end += 1;
                kind_hint.plus = true;
            }
        }
        let text = &s[start..end];
        self.pos = end;
        let first = text.as_bytes()[0];
        let plain = !(kind_hint.at || kind_hint.domain || kind_hint.dotted || kind_hint.plus);
        let kind = if text.len() > self.max_len {
            TokenKind::Long
        } else if plain && first.is_ascii_lowercase() {
            TokenKind::Word
        } else if kind_hint.at {
            TokenKind::Email
        } else if kind_hint.domain && !kind_hint.dotted {
            TokenKind::Domain
        } else if first.is_ascii_digit()
            && text
                .bytes()
                .all(|x| x.is_ascii_digit() || matches!(x, b'.' | b',' | b':' | b'/'))
        {
            TokenKind::Number
        } else if is_acronym(text) || kind_hint.dotted || kind_hint.plus {
            TokenKind::Acronym
        } else {
            TokenKind::Word
        };
        Token::new(text, start, kind)
    }

    fn url(&mut self, start: usize) -> Token<'a> {
        let s = self.text;
        let mut end = start;
        for (i, c) in s[start..].char_indices() {
            if c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”') || c.is_control() {
                break;
            }
            end = start + i + c.len_utf8();
        }
        // Trailing sentence punctuation is not part of the URL.
        while end > start {
            let last = s[..end].chars().next_back().unwrap_or(' ');
            if matches!(
                last,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
            ) {
                end -= last.len_utf8();
            } else {
                break;
            }
        }
        self.pos = end;
        let text = &s[start..end];
        let kind = if text.len() > self.max_len {
            TokenKind::Long
        } else {
            TokenKind::Url
        };
        Token::new(text, start, kind)
    }
}

#[derive(Default, Clone, Copy)]
struct Hint {
    hyphen: bool,
    numeric_sep: bool,
    domain: bool,
    dotted: bool,
    at: bool,
    plus: bool,
}

/// Whether the dotted name from `at` runs into an `@` and a domain:
/// `Jane.Doe@example.com`, `andy.librian@gmail.com`.
fn is_email_local_part(s: &str, at: usize) -> bool {
    let rest = &s.as_bytes()[at..];
    for (k, &c) in rest.iter().enumerate() {
        match c {
            b'@' => {
                return rest[k + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
                    .any(|c| *c == b'.')
            }
            b'.' | b'_' | b'-' | b'+' => {}
            c if c.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    false
}

fn last_segment(s: &str) -> &str {
    match s.rfind(['.', '-', '_', '\'', '’', ',', ':', '/', '@']) {
        // Step over the separator by its own length (`’` is 3 bytes).
        Some(i) => &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..],
        None => s,
    }
}

fn last_segment_digits(s: &str) -> bool {
    let seg = last_segment(s);
    !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the labels from `at` on end in a known top-level domain:
/// `vn` in `qdnd.vn`, `CO.ID` in `REPUBLIKA.CO.ID`.
fn is_domain_next(s: &str, at: usize, first_label: &str) -> bool {
    if !first_label
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return false;
    }
    // Look ahead over `.label` groups; the last one must be a TLD.
    let b = s.as_bytes();
    let mut last = first_label;
    let mut i = at + first_label.len();
    while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_alphanumeric() {
        let l_end = i
            + 1
            + b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
        last = &s[i + 1..l_end];
        i = l_end;
    }
    // `cases.After`: a capitalised label after a lowercase word is a glued
    // sentence, never a domain.
    is_tld(last)
        && !(last.chars().next().is_some_and(char::is_uppercase)
            && last[1..].bytes().any(|c| c.is_ascii_lowercase()))
}

/// Currencies written before an amount, without a space: codes and
/// dollar prefixes of the region and of the wires.
const CURRENCY_CODES: &[&str] = &[
    "Rp", "RM", "Rs", "USD", "IDR", "VND", "SGD", "MYR", "EUR", "THB", "PHP", "JPY", "CNY", "AUD",
];
const DOLLAR_PREFIXES: &[&str] = &["US", "S", "A", "HK", "NT", "NZ", "C"];

/// The length of a currency that the word run `b[start..end]` starts with,
/// when an amount follows it at once (`Rp1,461`, `US$100`, `RM50`).
#[inline]
fn currency_prefix(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    // `US$100`: the run stopped at the `$`.
    if b.get(end) == Some(&b'$') && digit_at(end + 1) {
        let run = &b[start..end];
        if DOLLAR_PREFIXES.iter().any(|p| p.as_bytes() == run) {
            return Some(end + 1 - start);
        }
        return None;
    }
    // `Rp5.000`: two or three letters, then digits in the same run.
    (2..=3).find(|&n| {
        start + n < end
            && digit_at(start + n)
            && CURRENCY_CODES
                .iter()
                .any(|c| c.as_bytes() == &b[start..start + n])
    })
}

/// An apostrophe at `i` before two digits that end a word (`'67`), not
/// after a letter or digit.
fn short_year(b: &[u8], i: usize) -> bool {
    let alnum = |k: usize| {
        b.get(k)
            .is_some_and(|x| x.is_ascii_alphanumeric() || *x >= 0x80)
    };
    b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        && !alnum(i + 3)
        && (i == 0 || !alnum(i - 1))
}

fn is_caps(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        any |= c.is_uppercase();
    }
    any
}

fn is_single_letter_dot_chain(s: &str) -> bool {
    // `U.N`, `U.S`: letters single, separated by dots.
    s.contains('.') && s.split('.').all(|p| p.chars().count() == 1)
}

fn is_acronym(s: &str) -> bool {
    // A lowercase letter anywhere says no; the ends are the cheap places
    // to look (`được`, `iPhone`).
    let b = s.as_bytes();
    if b[b.len() - 1].is_ascii_lowercase() || b.iter().any(u8::is_ascii_lowercase) {
        return false;
    }
    let mut upper = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper += usize::from(c.is_uppercase());
    }
    upper >= 2
}

fn next_is_word(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(|c| c.is_alphanumeric())
}

fn starts_url(s: &str) -> bool {
    let b = s.as_bytes();
    let prefix = |p: &[u8]| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    prefix(b"https://") || prefix(b"http://") || (prefix(b"www.") && b[4].is_ascii_alphanumeric())
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'a>> {
        let s = self.text;
        let b = s.as_bytes();
        let mut i = self.pos;
        loop {
            if i >= b.len() {
                self.pos = i;
                return None;
            }
            // Tests in the order of frequency, each a branch of its own:
            // a jump table over the classes mispredicts far more often.
            let x = b[i];
            let class = CLASS[x as usize];
            if class == AL {
                if let Some(t) = self.simple_word(i, 1) {
                    return Some(t);
                }
                if matches!(b[i], b'h' | b'H' | b'w' | b'W') && starts_url(&s[i..]) {
                    return Some(self.url(i));
                }
                return Some(self.word(i));
            }
            // (Tests on the byte, not on its class, so that the compiler
            // keeps them as branches.)
            if x <= b' ' || x == 0x7F {
                i += 1;
                while i < b.len() && CLASS[b[i] as usize] == SP {
                    i += 1;
                }
                continue;
            }
            if x.is_ascii_digit() {
                return Some(self.word(i));
            }
            match class {
                PU if x == b'\'' && short_year(b, i) => {
                    // `'67`: a year.
                    self.pos = i + 3;
                    return Some(Token {
                        text: &s[i..i + 3],
                        start: i,
                        kind: TokenKind::Number,
                        ascii: true,
                        caps: Caps::None,
                    });
                }
                PU | SY => {
                    // A run of the same mark is one token.
                    let mut end = i + 1;
                    while end < b.len()
                        && b[end] == b[i]
                        && matches!(
                            b[i],
                            b'.' | b'-' | b'!' | b'?' | b'=' | b'*' | b'_' | b'~' | b'#'
                        )
                    {
                        end += 1;
                    }
                    self.pos = end;
                    let kind = if class == PU {
                        TokenKind::Punct
                    } else {
                        TokenKind::Symbol
                    };
                    return Some(Token {
                        text: &s[i..end],
                        start: i,
                        kind,
                        ascii: true,
                        caps: Caps::None,
                    });
                }
                _ => {
                    // A lead byte. Latin letters and Vietnamese letters are
                    // told from their first two bytes, as in `word_char_len`.
                    let y = b[i + 1];
                    let latin = (x == 0xC3) & (y | 0x20 != 0xB7);
                    let viet = (x == 0xE1) & (y.wrapping_sub(0xB8) <= 3);
                    if latin | viet {
                        if let Some(t) = self.simple_word(i, 2 + usize::from(viet)) {
                            return Some(t);
                        }
                        return Some(self.word(i));
                    }
                    let (c, clen) = decode(b, i);
                    let cp = c as u32;
                    let hot_letter = ((0xC0..=0x24F).contains(&cp) && cp != 0xD7 && cp != 0xF7)
                        || (0x1E00..=0x1EFF).contains(&cp);
                    if !hot_letter && (is_separator(c) || c.is_control()) {
                        i += c.len_utf8();
                        continue;
                    }
                    if hot_letter
                        || (is_word_char(c) && !unicode_normalization::char::is_combining_mark(c))
                    {
                        if let Some(t) = self.simple_word(i, clen) {
                            return Some(t);
                        }
                        return Some(self.word(i));
                    }
                    // Punctuation or a symbol, with any marks, variation
                    // selectors or joined emoji that follow it.
                    let mut end = i + c.len_utf8();
                    while let Some(n) = char_at(s, end) {
                        let attach = unicode_normalization::char::is_combining_mark(n)
                            || matches!(n, '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
                            || (n == '\u{200D}' && char_at(s, end + 3).is_some_and(is_symbol))
                            || (c == n && matches!(c, '…' | '–' | '—'));
                        if !attach {
                            break;
                        }
                        end += n.len_utf8();
                        if n == '\u{200D}' {
                            if let Some(e) = char_at(s, end) {
                                end += e.len_utf8();
                            }
                        }
                    }
                    self.pos = end;
                    let kind = if is_symbol(c) {
                        TokenKind::Symbol
                    } else {
                        TokenKind::Punct
                    };
                    return Some(Token {
                        text: &s[i..end],
                        start: i,
                        kind,
                        ascii: false,
                        caps: Caps::None,
                    });
                }
            }
        }
    }
}

impl FusedIterator for Tokens<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text(), t.kind())).collect()
    }

    use TokenKind::*;

    #[test]
    fn numbers() {
        for n in [
            "1982",
            "3.5",
            "1,42",
            "19:34",
            "10/6",
            "27.11",
            "3,000,000",
            "2014/05/30",
        ] {
            assert_eq!(toks(n), [(n, Number)], "{n}");
        }
        assert_eq!(
            toks("(10/6)"),
            [("(", Punct), ("10/6", Number), (")", Punct)]
        );
        assert_eq!(toks("67."), [("67", Number), (".", Punct)]);
    }

    #[test]
    fn acronyms() {
        assert_eq!(toks("U.N."), [("U.N.", Acronym)]);
        assert_eq!(toks("ADMM+"), [("ADMM+", Acronym)]);
        assert_eq!(toks("COVID-19"), [("COVID-19", Acronym)]);
        assert_eq!(toks("UNCLOS"), [("UNCLOS", Acronym)]);
        assert_eq!(toks("TP.HCM"), [("TP.HCM", Acronym)]);
        assert_eq!(toks("2+2"), [("2", Number), ("+", Symbol), ("2", Number)]);
    }

    #[test]
    fn domains_urls_emails() {
        assert_eq!(toks("qdnd.vn"), [("qdnd.vn", Domain)]);
        assert_eq!(toks("KOMPAS.com"), [("KOMPAS.com", Domain)]);
        assert_eq!(
            toks("REPUBLIKA.CO.ID,"),
            [("REPUBLIKA.CO.ID", Domain), (",", Punct)]
        );
        assert_eq!(
            toks("cases.After"),
            [("cases", Word), (".", Punct), ("After", Word)]
        );
        assert_eq!(
            toks("see https://vnexpress.net/a-b.html."),
            [
                ("see", Word),
                ("https://vnexpress.net/a-b.html", Url),
                (".", Punct)
            ]
        );
        assert_eq!(toks("www.vietnamplus.vn"), [("www.vietnamplus.vn", Url)]);
        assert_eq!(toks("tin@vnanet.vn"), [("tin@vnanet.vn", Email)]);
        assert_eq!(
            toks("Jane.Doe@example.com."),
            [("Jane.Doe@example.com", Email), (".", Punct)]
        );
    }

    #[test]
    fn hyphens_apostrophes_possessives() {
        assert_eq!(toks("Self-Defense"), [("Self-Defense", Word)]);
        assert_eq!(toks("Ministers'"), [("Ministers", Word), ("'", Punct)]);
        assert_eq!(toks("Jum'at"), [("Jum'at", Word)]);
        assert_eq!(
            toks("- ảnh 1"),
            [("-", Punct), ("ảnh", Word), ("1", Number)]
        );
        let t = tokenize("Vietnam-Japan-ASEAN").next().unwrap();
        assert_eq!(
            t.parts().map(|p| p.text()).collect::<Vec<_>>(),
            ["Vietnam", "Japan", "ASEAN"]
        );
        for p in t.parts() {
            assert!(p.start() >= t.start() && p.end() <= t.end());
        }
    }

    #[test]
    fn currencies_decades_years_and_dotted_abbreviations() {
        assert_eq!(toks("Rp1,461"), [("Rp", Symbol), ("1,461", Number)]);
        assert_eq!(toks("Rp5.000"), [("Rp", Symbol), ("5.000", Number)]);
        assert_eq!(toks("US$100"), [("US$", Symbol), ("100", Number)]);
        assert_eq!(
            toks("RM50 USD2"),
            [
                ("RM", Symbol),
                ("50", Number),
                ("USD", Symbol),
                ("2", Number)
            ]
        );
        // Not before an amount: words as before.
        assert_eq!(
            toks("Rpx Rp 5"),
            [("Rpx", Word), ("Rp", Word), ("5", Number)]
        );
        assert_eq!(toks("the 80's"), [("the", Word), ("80's", Word)]);
        assert_eq!(toks("'67 rock"), [("'67", Number), ("rock", Word)]);
        assert_eq!(
            toks("i.e. e.g. 5 a.m."),
            [
                ("i.e.", Acronym),
                ("e.g.", Acronym),
                ("5", Number),
                ("a.m.", Acronym)
            ]
        );
        // Hyphenated words stay whole (newstext's convention, not UD's).
        assert_eq!(toks("anti-corruption"), [("anti-corruption", Word)]);
    }

    #[test]
    fn spaces_marks_and_long_runs() {
        assert_eq!(
            toks("a\u{A0}b\u{3000}c\u{200B}d"),
            [("a", Word), ("b", Word), ("c", Word), ("d", Word)]
        );
        assert_eq!(
            toks("ca\u{301}nh ho\u{323}\u{302}i"),
            [("ca\u{301}nh", Word), ("ho\u{323}\u{302}i", Word)]
        );
        assert_eq!(toks("x\u{0}y"), [("x", Word), ("y", Word)]);
        let long = "a".repeat(300);
        assert_eq!(toks(&long), [(long.as_str(), Long)]);
        assert_eq!(toks("..."), [("...", Punct)]);
        assert_eq!(
            toks("“New Level”"),
            [("“", Punct), ("New", Word), ("Level", Word), ("”", Punct)]
        );
        assert_eq!(toks("$6.2"), [("$", Symbol), ("6.2", Number)]);
        assert_eq!(
            toks("ả\u{37E}b"),
            [("ả", Word), ("\u{37E}", Punct), ("b", Word)]
        );
        assert_eq!(toks("Hà\u{A0}Nội"), [("Hà", Word), ("Nội", Word)]);
        assert_eq!(toks("👍🏽!"), [("👍🏽", Symbol), ("!", Punct)]);
    }

    /// The fast path (`simple_word`) must give what the general rules give.
    #[test]
    fn fast_path_agrees_with_the_general_rules() {
        let text = "Đà Nẵng, Việt Nam – Gen. Ngo Xuan Lich's U.N. peacekeeping 3.5 million \
            doses, 14-day quarantine (qdnd.vn) ADMM+ A. ASEAN. https://x.vn ảnh 1Bộ ở Ấn Độ: \
            hello:world ca\u{301}nh x.y e-mail done. Ωmega ÷ü × ñ";
        let fast: Vec<_> = tokenize(text).collect();
        let mut slow = Vec::new();
        let mut t = tokenize(text);
        loop {
            let b = t.text.as_bytes();
            let mut i = t.pos;
            while i < b.len() && (b[i] == b' ' || b[i] == b'\n') {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            t.pos = i;
            let (c, _) = decode(b, i);
            let tok = if c.is_alphabetic() && !starts_url(&text[i..]) {
                t.word(i)
            } else {
                t.next().unwrap()
            };
            slow.push(tok);
        }
        assert_eq!(fast, slow);
    }

    #[test]
    fn swar_stop_mask_is_exact_per_byte() {
        for x in 0u8..=255 {
            for k in 0..8 {
                let mut word = *b"abcdefgh";
                word[k] = x;
                let stop = stop_mask(u64::from_le_bytes(word));
                let expect = if x >= 0x80 || x.is_ascii_alphanumeric() {
                    0
                } else {
                    0x80u64 << (8 * k)
                };
                assert_eq!(stop, expect, "byte {x:#x} at {k}");
            }
        }
        // The run ends at the first non-word char, ASCII or not.
        assert_eq!(run_end("abc, d".as_bytes(), 0).0, 3);
        assert_eq!(run_end("Nguyễn Phú".as_bytes(), 0).0, 8);
        assert_eq!(run_end("Hà\u{a0}Nội".as_bytes(), 0).0, 3);
        assert_eq!(run_end("abcdefgh×ijk".as_bytes(), 0).0, 8);
        assert_eq!(run_end("tiếng".as_bytes(), 0), (7, true, false));
        assert_eq!(run_end("ASEAN".as_bytes(), 1), (5, false, true));
    }

    /// Found by fuzzing: a multi-byte connector before a dot.
    #[test]
    fn regression_multibyte_separator_before_a_dot() {
        let s = "@o’S.F2 x";
        let toks: Vec<_> = tokenize(s).collect();
        assert!(toks.iter().all(|t| &s[t.start()..t.end()] == t.text()));
        assert_eq!(last_segment("o’S"), "S");
    }

    /// Found by comparing the fast path with the general rules: a symbol
    /// that shares its lead byte with Latin letters (`×`, `÷`) inside a
    /// run splits it, as it does in the general scan.
    #[test]
    fn regression_latin1_symbol_inside_a_run() {
        assert_eq!(
            toks("kl÷et 3×4 Hà×Nội"),
            [
                ("kl", TokenKind::Word),
                ("÷", TokenKind::Symbol),
                ("et", TokenKind::Word),
                ("3", TokenKind::Number),
                ("×", TokenKind::Symbol),
                ("4", TokenKind::Number),
                ("Hà", TokenKind::Word),
                ("×", TokenKind::Symbol),
                ("Nội", TokenKind::Word),
            ]
        );
    }

    /// The eight-byte verdict on lead bytes agrees with the char-by-char
    /// one for every char in the Basic Multilingual Plane, at every place
    /// in the word: whatever it accepts continues a word, and it accepts
    /// every Latin and Vietnamese letter whole (combining marks are left
    /// to the char-by-char check).
    #[test]
    fn hot_leads_accept_only_word_chars() {
        let mut accepted = 0;
        for cp in 0x80..=0xFFFF_u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut enc = [0u8; 4];
            let e = c.encode_utf8(&mut enc).as_bytes();
            for at in 0..=8 - e.len() {
                let mut w = [b'a'; 8];
                w[at..at + e.len()].copy_from_slice(e);
                let lead = hot_leads(u64::from_le_bytes(w)) & (0x80 << (8 * at));
                if lead != 0 && at < 7 {
                    accepted += 1;
                    assert_eq!(word_char_len(&w, at), Some(e.len()), "{c:?} at {at}");
                }
                let hot = matches!(cp, 0x1E00..=0x1EFF | 0xC0..=0x24F) && cp != 0xD7 && cp != 0xF7;
                if hot && at + e.len() <= 7 {
                    assert!(lead != 0, "{c:?} at {at}");
                }
            }
        }
        assert!(accepted > 2000);
        assert_eq!(
            toks("Nguyễn”"),
            [("Nguyễn", TokenKind::Word), ("”", TokenKind::Punct)]
        );
    }

    /// The shortcut for General Punctuation agrees with the Unicode
    /// properties it skips.
    #[test]
    fn general_punctuation_holds_no_word_char() {
        for c in '\u{2010}'..='\u{205E}' {
            assert!(!c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c));
            assert!(!is_word_char(c), "{c:?}");
        }
        assert_eq!(
            toks("“Hà Nội”—Đà"),
            [
                ("“", TokenKind::Punct),
                ("Hà", TokenKind::Word),
                ("Nội", TokenKind::Word),
                ("”", TokenKind::Punct),
                ("—", TokenKind::Punct),
                ("Đà", TokenKind::Word),
            ]
        );
    }

    /// Words that start with a Latin Extended letter take the letter path
    /// and come out as they did through the general one.
    #[test]
    fn words_starting_with_extended_latin_letters() {
        assert_eq!(
            toks("đã được Ưu ơn ĐẢNG ɐb ×đ Đ."),
            [
                ("đã", TokenKind::Word),
                ("được", TokenKind::Word),
                ("Ưu", TokenKind::Word),
                ("ơn", TokenKind::Word),
                ("ĐẢNG", TokenKind::Acronym),
                ("ɐb", TokenKind::Word),
                ("×", TokenKind::Symbol),
                ("đ", TokenKind::Word),
                ("Đ", TokenKind::Word),
                (".", TokenKind::Punct),
            ]
        );
        for t in tokenize("Đà Nẵng") {
            assert!(!t.is_ascii());
        }
    }

    #[test]
    fn digit_runs_end_at_the_first_other_byte() {
        for (s, end) in [
            ("2014", 4),
            ("2014 ", 4),
            ("123456789012345678x", 18),
            ("12345678", 8),
            ("1234567²", 7),
            ("20\u{660}1", 2),
            ("1982)", 4),
            ("9:", 1),
        ] {
            assert_eq!(digits_end(s.as_bytes(), 0), end, "{s:?}");
        }
        assert_eq!(
            toks("12345678901234567890."),
            [
                ("12345678901234567890", TokenKind::Number),
                (".", TokenKind::Punct)
            ]
        );
    }

    #[test]
    fn builder_validates() {
        assert!(Tokenizer::builder().max_token_len(2).build().is_err());
    }
}
