//! Letter tests as `char::is_alphabetic` and `char::is_alphanumeric` answer
//! them, without Unicode's tables for ASCII and the Latin letters of
//! Indonesian and Vietnamese text (U+00C0–U+024F but `×` and `÷`, and
//! U+1E00–U+1EFF, all letters; the tests check every char against the
//! standard library).

/// `c.is_alphabetic()`.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// What the chars of a text are: its letters ([`is_alphabetic`]), its
/// uppercase letters, its ASCII digits and its letters outside the Latin
/// blocks (above U+024F but not U+1E00–U+1EFF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CharProfile {
    pub letters: usize,
    pub upper: usize,
    pub digits: usize,
    pub non_latin: usize,
}

impl CharProfile {
    /// The profile of `s`: ASCII is counted sixteen bytes at a time, other
    /// text char by char.
    pub fn of(s: &str) -> CharProfile {
        let mut p = CharProfile {
            letters: 0,
            upper: 0,
            digits: 0,
            non_latin: 0,
        };
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if let Some(chunk) = b.get(i..i + 16) {
                if chunk.iter().fold(0, |acc, &x| acc | x) < 0x80 {
                    for &x in chunk {
                        p.ascii(x);
                    }
                    i += 16;
                    continue;
                }
            }
            // Char by char to the end of the chunk (a char may cross it):
            // ASCII and the Latin letters of Indonesian and Vietnamese
            // read on their bytes, other chars decoded.
            let end = (i + 16).min(b.len());
            while i < end {
                if b[i] < 0x80 {
                    p.ascii(b[i]);
                    i += 1;
                    continue;
                }
                if let Some((c, len)) = latin_letter(b, i) {
                    p.letters += 1;
                    p.upper += usize::from(is_uppercase(c));
                    i += len;
                    continue;
                }
                let Some(c) = s[i..].chars().next() else {
                    break;
                };
                if is_alphabetic(c) {
                    p.letters += 1;
                    p.upper += usize::from(is_uppercase(c));
                    let cp = c as u32;
                    p.non_latin += usize::from(cp > 0x24F && !(0x1E00..=0x1EFF).contains(&cp));
                } else if c.is_ascii_digit() {
                    p.digits += 1;
                }
                i += c.len_utf8();
            }
        }
        p
    }

    /// Counts the ASCII byte `x`.
    #[inline(always)]
    fn ascii(&mut self, x: u8) {
        let up = x.wrapping_sub(b'A') < 26;
        self.letters += usize::from(up || x.wrapping_sub(b'a') < 26);
        self.upper += usize::from(up);
        self.digits += usize::from(x.wrapping_sub(b'0') < 10);
    }

    /// More than half of the letters are outside the Latin script.
    pub fn mostly_non_latin(&self) -> bool {
        self.letters > 0 && self.non_latin * 2 > self.letters
    }
}

/// The number of chars of `s` that are [`is_alphabetic`]: ASCII is counted
/// sixteen bytes at a time; the letters of Vietnamese and Indonesian text
/// (U+00C0–U+023F but `×` and `÷`, U+1E00–U+1EFF) are counted at their
/// first byte without being decoded, continuation bytes counting nothing;
/// other chars are decoded.
pub(crate) fn count_alphabetic(s: &str) -> usize {
    letters_and_others(s).0
}

/// The [`is_alphabetic`] chars of `s` ([`count_alphabetic`]), and how many
/// of them are neither ASCII nor in the Latin letter blocks (U+00C0–U+024F,
/// U+1E00–U+1EFF, the fullwidth U+FF21–U+FF5A): `ª` and `µ` are others.
pub(crate) fn letters_and_others(s: &str) -> (usize, usize) {
    let b = s.as_bytes();
    let (mut n, mut others, mut i) = (0, 0, 0);
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 16) {
            if chunk.iter().fold(0, |acc, &x| acc | x) < 0x80 {
                n += chunk
                    .iter()
                    .filter(|&&x| (x | 0x20).wrapping_sub(b'a') < 26)
                    .count();
                i += 16;
                continue;
            }
        }
        // Char by char to the end of the chunk (a char may cross it):
        // ASCII and the Latin letters read on their bytes, other chars
        // decoded.
        let end = (i + 16).min(b.len());
        while i < end {
            let x = b[i];
            if x < 0x80 {
                n += usize::from((x | 0x20).wrapping_sub(b'a') < 26);
                i += 1;
                continue;
            }
            if let Some((_, len)) = latin_letter(b, i) {
                n += 1;
                i += len;
                continue;
            }
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            if is_alphabetic(c) {
                n += 1;
                let cp = c as u32;
                others += usize::from(
                    !((0xC0..=0x24F).contains(&cp)
                        || (0x1E00..=0x1EFF).contains(&cp)
                        || (0xFF21..=0xFF5A).contains(&cp)),
                );
            }
            i += c.len_utf8();
        }
    }
    (n, others)
}

/// The char starting at `b[i]` and its length, when it is a letter of the
/// Latin blocks of Indonesian and Vietnamese text, read on its bytes:
/// U+00C0–U+00FF but `×` and `÷`, U+0100–U+023F, U+1E00–U+1EFF (every
/// one a letter). `None` for any other char.
#[inline(always)]
fn latin_letter(b: &[u8], i: usize) -> Option<(char, usize)> {
    let low6 = |k: usize| u32::from(b[i + k] & 0x3F);
    let (cp, len) = match b[i] {
        0xC3 if !matches!(b[i + 1], 0x97 | 0xB7) => (0xC0 + low6(1), 2),
        x @ 0xC4..=0xC8 => ((u32::from(x & 0x1F) << 6) | low6(1), 2),
        0xE1 if (0xB8..=0xBB).contains(&b[i + 1]) => (0x1000 | (low6(1) << 6) | low6(2), 3),
        _ => return None,
    };
    char::from_u32(cp).map(|c| (c, len))
}

/// `c.is_uppercase()`, without Unicode's tables where the table-free
/// lowercase ([`crate::lower::simple`]) knows the char: it is uppercase
/// when its lowercase differs (the tests check every char).
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match crate::lower::simple(c) {
        Some(l) => l != c,
        None => c.is_uppercase(),
    }
}

/// The tests as methods: `c.is_letter()`, `c.is_alnum()` (by value, as
/// `char`'s own `is_*` methods take it).
#[allow(clippy::wrong_self_convention)]
pub(crate) trait Letters {
    fn is_letter(self) -> bool;
    fn is_alnum(self) -> bool;
}

impl Letters for char {
    #[inline]
    fn is_letter(self) -> bool {
        is_alphabetic(self)
    }
    #[inline]
    fn is_alnum(self) -> bool {
        is_alphanumeric(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabetic_chars_counted_by_chunks() {
        for s in [
            "",
            "a",
            "Quang cảnh Hội nghị ASEAN, 2025.",
            "0123456789abcdefXYZ[`{@",
            "Đà Nẵng – ảnh: TTXVN/Hà Nội 15 tháng 3 năm 2024 (VNA)",
            "ááááááááááááááááááá bbbbbbbbbbbbbbbbbbbbbb",
        ] {
            let want = s.chars().filter(|c| c.is_alphabetic()).count();
            assert_eq!(count_alphabetic(s), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn alphabetic_count_as_chars_count(s in "[a-zA-Z0-9 .,@\\[`{ăâđêôơưàảãáạ×÷ßÀÿĀȿɀɐǄḀỸỹἀᾀ‘’“€\u{300}]{0,80}") {
            let want = s.chars().filter(|c| c.is_alphabetic()).count();
            proptest::prop_assert_eq!(count_alphabetic(&s), want);
        }
    }

    proptest::proptest! {
        #[test]
        fn profile_as_chars_tell(s in "[a-zA-Z0-9 .,@\\[`{ăâđĐêôƠưàẢãáạ×ß\u{300}Ωωжя]{0,80}") {
            let chars = |f: &dyn Fn(char) -> bool| s.chars().filter(|&c| f(c)).count();
            let want = CharProfile {
                letters: chars(&|c| c.is_alphabetic()),
                upper: chars(&|c| c.is_alphabetic() && c.is_uppercase()),
                digits: chars(&|c| c.is_ascii_digit()),
                non_latin: chars(&|c| {
                    c.is_alphabetic() && c as u32 > 0x24F && !(0x1E00..=0x1EFF).contains(&(c as u32))
                }),
            };
            proptest::prop_assert_eq!(CharProfile::of(&s), want);
        }
    }

    /// [`CharProfile::of`] char by char.
    fn profile_by_chars(s: &str) -> CharProfile {
        let chars = |f: &dyn Fn(char) -> bool| s.chars().filter(|&c| f(c)).count();
        CharProfile {
            letters: chars(&|c| c.is_alphabetic()),
            upper: chars(&|c| c.is_alphabetic() && c.is_uppercase()),
            digits: chars(&|c| c.is_ascii_digit()),
            non_latin: chars(&|c| {
                c.is_alphabetic() && c as u32 > 0x24F && !(0x1E00..=0x1EFF).contains(&(c as u32))
            }),
        }
    }

    #[test]
    fn profile_of_every_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("a{c}b{c}"),
                format!("{c}{}", "x".repeat(15)),
            ] {
                assert_eq!(CharProfile::of(&s), profile_by_chars(&s), "{c:?}");
            }
        }
    }

    #[test]
    fn mostly_non_latin_letters() {
        assert!(CharProfile::of("서울 연합뉴스 기자 (Yonhap)").mostly_non_latin());
        assert!(!CharProfile::of("서울 (Yonhap)").mostly_non_latin());
        assert!(!CharProfile::of("Hà Nội – 서울").mostly_non_latin());
        assert!(!CharProfile::of("2024 · 10:30").mostly_non_latin());
    }

    #[test]
    fn as_the_standard_library_answers() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
