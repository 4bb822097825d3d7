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
    fn as_the_standard_library_answers() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
