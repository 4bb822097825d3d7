//! What the segmenter looks up for a syllable: a 64-bit key that is the
//! same for every way of writing it (NFC or NFD, `hoà` or `hòa`, any case),
//! and its shape (case, digits, punctuation).
//!
//! The key hashes the syllable's letters fully decomposed, its tone mark
//! left out of the letters and added once at the end: the tone's position
//! (old style `hoà`, `thuỷ`; new style `hòa`, `thủy`) and the Unicode form
//! do not change it. The input is never rewritten.

use std::sync::OnceLock;

use crate::token::{Token, TokenKind};

/// The shape of a token, a feature of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Shape {
    /// Before the first or after the last token.
    Pad = 0,
    /// Lowercase letters.
    Lower = 1,
    /// A capital, then lowercase letters (`Hà`, `Nội`).
    Title = 2,
    /// Capitals only, two or more letters (`HCM`, `UBND`).
    Upper = 3,
    /// A number (`28`, `3,5`, `2.000`).
    Digit = 4,
    /// Punctuation.
    Punct = 5,
    /// A symbol (`%`, `$`).
    Symbol = 6,
    /// Letters and digits mixed, or mixed case (`A5`, `iPhone`, `m2`).
    Mixed = 7,
    /// URLs, e-mail addresses, domains, over-long runs.
    Other = 8,
    /// One letter alone (`K`, `à`): initials.
    Letter = 9,
}

/// Number of shapes.
pub(crate) const SHAPES: usize = 10;

/// The five Vietnamese tone marks as combining characters.
fn tone_of(mark: char) -> Option<u8> {
    match mark {
        '\u{300}' => Some(1), // huyền
        '\u{301}' => Some(2), // sắc
        '\u{303}' => Some(3), // ngã
        '\u{309}' => Some(4), // hỏi
        '\u{323}' => Some(5), // nặng
        _ => None,
    }
}

/// A precomposed letter folded: lowercase base, vowel modifier (circumflex,
/// breve, horn) and tone.
#[derive(Debug, Clone, Copy)]
struct Folded {
    base: char,
    modifier: Option<char>,
    tone: u8,
    upper: bool,
}

/// Latin-1 Supplement to Latin Extended-B (U+00C0..U+024F) and Latin
/// Extended Additional (U+1E00..U+1EFF): every Vietnamese letter.
struct FoldTable {
    low: Vec<Option<Folded>>,
    high: Vec<Option<Folded>>,
}

const LOW_START: u32 = 0xC0;
const LOW_END: u32 = 0x250;
const HIGH_START: u32 = 0x1E00;
const HIGH_END: u32 = 0x1F00;

fn fold_char(c: char) -> Option<Folded> {
    let mut parts = Vec::with_capacity(4);
    unicode_normalization::char::decompose_canonical(c, |d| parts.push(d));
    let first = *parts.first()?;
    let upper = c.is_uppercase();
    let base = first.to_lowercase().next().unwrap_or(first);
    let mut modifier = None;
    let mut tone = 0;
    for &m in &parts[1..] {
        match tone_of(m) {
            Some(t) => tone = t,
            None => modifier = Some(m),
        }
    }
    Some(Folded {
        base,
        modifier,
        tone,
        upper,
    })
}

fn table() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let range = |a: u32, b: u32| {
            (a..b)
                .map(|cp| char::from_u32(cp).and_then(fold_char))
                .collect()
        };
        FoldTable {
            low: range(LOW_START, LOW_END),
            high: range(HIGH_START, HIGH_END),
        }
    })
}

fn folded(c: char) -> Option<Folded> {
    let cp = c as u32;
    let t = table();
    if (LOW_START..LOW_END).contains(&cp) {
        t.low[(cp - LOW_START) as usize]
    } else if (HIGH_START..HIGH_END).contains(&cp) {
        t.high[(cp - HIGH_START) as usize]
    } else {
        None
    }
}

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Combines two keys (n-gram keys are chains of syllable indexes).
#[inline]
pub(crate) fn chain(h: u64, x: u64) -> u64 {
    let h = mix(h, x);
    h ^ (h >> 29)
}

/// The key and shape of one syllable.
pub(crate) fn key_and_shape(token: &Token<'_>) -> (u64, Shape) {
    let text = token.text();
    let kind = token.kind();
    let (key, upper, lower, digits, letters, first_upper) = key_of(text);
    let shape = match kind {
        TokenKind::Number => Shape::Digit,
        TokenKind::Punct => Shape::Punct,
        TokenKind::Symbol => Shape::Symbol,
        TokenKind::Url | TokenKind::Domain | TokenKind::Email | TokenKind::Long => Shape::Other,
        TokenKind::Word | TokenKind::Acronym => {
            if letters == 1 && digits == 0 {
                Shape::Letter
            } else if digits > 0 && letters > 0 {
                Shape::Mixed
            } else if digits > 0 {
                Shape::Digit
            } else if upper == 0 {
                Shape::Lower
            } else if lower == 0 && upper >= 2 {
                Shape::Upper
            } else if first_upper && upper == 1 {
                Shape::Title
            } else if lower == 0 {
                // One capital letter alone (`A`).
                Shape::Title
            } else {
                Shape::Mixed
            }
        }
    };
    (key, shape)
}

/// The key of a syllable written as text (the model file's words).
pub(crate) fn key(text: &str) -> u64 {
    key_of(text).0
}

/// Key, then counts of capitals, lowercase letters, digits, letters, and
/// whether the first letter is a capital.
fn key_of(text: &str) -> (u64, u32, u32, u32, u32, bool) {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut tone = 0u8;
    let (mut upper, mut lower, mut digits, mut letters) = (0u32, 0u32, 0u32, 0u32);
    let mut first_upper = false;
    let mut seen_letter = false;
    let mut letter = |is_upper: bool, upper: &mut u32, lower: &mut u32, letters: &mut u32| {
        *letters += 1;
        if is_upper {
            *upper += 1;
        } else {
            *lower += 1;
        }
        if !seen_letter {
            seen_letter = true;
            first_upper = is_upper;
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            let b = c as u8;
            if b.is_ascii_alphabetic() {
                letter(b.is_ascii_uppercase(), &mut upper, &mut lower, &mut letters);
            } else if b.is_ascii_digit() {
                digits += 1;
            }
            h = mix(h, u64::from(b.to_ascii_lowercase()));
        } else if let Some(f) = folded(c) {
            letter(f.upper, &mut upper, &mut lower, &mut letters);
            h = mix(h, f.base as u64);
            if let Some(m) = f.modifier {
                h = mix(h, m as u64);
            }
            if f.tone != 0 {
                tone = f.tone;
            }
        } else if let Some(t) = tone_of(c) {
            tone = t;
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            h = mix(h, c as u64);
        } else {
            if crate::chars::is_alphabetic(c) {
                letter(c.is_uppercase(), &mut upper, &mut lower, &mut letters);
            } else if c.is_numeric() {
                digits += 1;
            }
            let l = crate::lower::simple(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c));
            h = mix(h, l as u64);
        }
    }
    h = mix(h, 0x100 + u64::from(tone));
    (h ^ (h >> 31), upper, lower, digits, letters, first_upper)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;
    use unicode_normalization::UnicodeNormalization;

    fn k(s: &str) -> u64 {
        key(s)
    }

    #[test]
    fn tone_placement_form_and_case_share_a_key() {
        assert_eq!(k("hoà"), k("hòa"));
        assert_eq!(k("thuỷ"), k("thủy"));
        assert_eq!(k("Hoà"), k("HÒA"));
        let nfd: String = "Quốc phòng".nfd().collect();
        assert_eq!(k("quốc"), k(nfd.split(' ').next().unwrap()));
        assert_ne!(k("hoa"), k("hòa"));
        assert_ne!(k("hòa"), k("hóa"));
        assert_ne!(k("bởi"), k("bơi"));
        assert_ne!(k("đa"), k("da"));
    }

    #[test]
    fn shapes() {
        let shapes: Vec<Shape> = tokenize("Hà Nội HCM quốc 2.000 , % A5 iPhone K")
            .map(|t| key_and_shape(&t).1)
            .collect();
        assert_eq!(
            shapes,
            [
                Shape::Title,
                Shape::Title,
                Shape::Upper,
                Shape::Lower,
                Shape::Digit,
                Shape::Punct,
                Shape::Punct,
                Shape::Mixed,
                Shape::Mixed,
                Shape::Letter
            ]
        );
    }
}
