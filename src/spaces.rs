//! Words separated by whitespace, found on bytes: what
//! `str::split_whitespace` gives, without decoding each char. Unicode's
//! `White_Space` chars are ASCII `\t`–`\r` and space, and a few of two or
//! three bytes (`U+0085`, `U+00A0`, `U+1680`, `U+2000`–`U+200A`, `U+2028`,
//! `U+2029`, `U+202F`, `U+205F`, `U+3000`); every other byte is part of a
//! word.

/// The length in bytes of the whitespace char starting at `b[i]`, or 0.
#[inline(always)]
fn space_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        0x09..=0x0D | b' ' => 1,
        0x21..=0xC1 => 0,
        0xC2 => usize::from(matches!(b.get(i + 1), Some(0x85 | 0xA0))) * 2,
        0xE1 => usize::from(b.get(i + 1..i + 3) == Some(&[0x9A, 0x80])) * 3,
        0xE2 => {
            let hit = match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(&c)) => matches!(c, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
                (Some(0x81), Some(0x9F)) => true,
                _ => false,
            };
            usize::from(hit) * 3
        }
        0xE3 => usize::from(b.get(i + 1..i + 3) == Some(&[0x80, 0x80])) * 3,
        _ => 0,
    }
}

/// The words of `s`, as `s.split_whitespace()` gives them.
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    s: &'a str,
    i: usize,
}

/// The words of `s`, as `s.split_whitespace()` gives them.
#[inline]
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { s, i: 0 }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let mut i = self.i;
        loop {
            if i >= b.len() {
                self.i = i;
                return None;
            }
            match space_at(b, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        // A continuation byte starts no space, so stepping byte by byte
        // stops only on a char boundary.
        i += 1;
        while i < b.len() && space_at(b, i) == 0 {
            i += 1;
        }
        self.i = i;
        self.s.get(start..i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_split_whitespace() {
        for s in [
            "",
            " ",
            "a",
            " Hội  nghị\tASEAN\u{a0}2025 ",
            "x\u{2009}y\u{3000}z\u{1680}w\u{85}v\u{205f}u\u{202f}t\u{2028}s\u{200b}r",
            "\u{e1}\u{9a}",
            "ends with e1 \u{1e00}",
        ] {
            let want: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(words(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_split_whitespace(
            s in "[a-zĂăâđ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{1681}\u{2000}-\u{200c}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{3001}\u{1e9a}ẠÀ]{0,40}"
        ) {
            let want: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), want);
        }
    }
}
