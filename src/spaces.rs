//! Words separated by whitespace, found on bytes: what
//! `str::split_whitespace` gives, without decoding each char. Unicode's
//! `White_Space` chars are ASCII `\t`–`\r` and space, and a few of two or
//! three bytes (`U+0085`, `U+00A0`, `U+1680`, `U+2000`–`U+200A`, `U+2028`,
//! `U+2029`, `U+202F`, `U+205F`, `U+3000`); every other byte is part of a
//! word.

/// The length in bytes of the whitespace char starting at `b[i]`, or 0.
#[inline(always)]
pub(crate) fn space_at(b: &[u8], i: usize) -> usize {
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

/// The high bit of every byte of a chunk.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low seven bits of every byte of a chunk.
pub(crate) const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The high bit of each byte of the chunk `w` that equals `byte` (per byte,
/// no carry between bytes).
#[inline(always)]
pub(crate) fn bytes_equal(w: u64, byte: u8) -> u64 {
    let x = w ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// The high bit of each byte of the chunk `w` that may start a whitespace
/// char past ASCII ([`space_at`] decides): `C2`, `E2`, `E3`, and `E1` (the
/// lead of Vietnamese letters too) only before `9A`, or last in the chunk,
/// its next byte unread.
#[inline(always)]
pub(crate) fn wide_space_leads(w: u64) -> u64 {
    let e1 = bytes_equal(w, 0xE1);
    let e1_space = e1 & ((bytes_equal(w, 0x9A) >> 8) | 0x80 << 56);
    bytes_equal(w, 0xC2) | bytes_equal(w, 0xE2) | bytes_equal(w, 0xE3) | e1_space
}

/// The first whitespace char at or after `i` (or the end): eight bytes at a
/// time, each chunk asking only whether some byte may start one (below
/// `0x21`, or [`wide_space_leads`]), and `space_at` deciding there. A
/// continuation byte starts no space, so the answer is a char boundary.
#[inline]
pub(crate) fn word_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // ASCII below 0x21 (per byte, no carry between bytes).
            let below_21 = !((w & LOW7) + 0x5F5F_5F5F_5F5F_5F5F) & !w & HIGH;
            let maybe = below_21 | wide_space_leads(w);
            if maybe == 0 {
                i += 8;
                continue;
            }
            i += maybe.trailing_zeros() as usize / 8;
        }
        if space_at(b, i) > 0 {
            return i;
        }
        i += 1;
    }
    b.len()
}

/// The word starts of `b` (a non-space after a space or at the start),
/// eight bytes at a time: `f(i, starts)` with the high bit of byte `k` of
/// `starts` set where a word starts at `i + k` (bytes of other chars are
/// word bytes; a chunk where one may start a Unicode space goes byte by
/// byte, one start at a time). Stops when `f` returns `false`.
#[inline(always)]
pub(crate) fn word_starts(b: &[u8], mut f: impl FnMut(usize, u64) -> bool) {
    let (mut in_word, mut i) = (false, 0);
    while i < b.len() {
        // The high bit of each byte marks an ASCII space (` `, `\t` …
        // `\r`); a word starts at a non-space after a space.
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            let high = w & HIGH;
            if high == 0 || wide_space_leads(w) == 0 {
                let low = w & LOW7;
                let is_20 = bytes_equal(low, 0x20);
                let ge_09 = (low + 0x7777_7777_7777_7777) & HIGH;
                let ge_0e = (low + 0x7272_7272_7272_7272) & HIGH;
                let space = (is_20 | (ge_09 & !ge_0e)) & !high;
                let prev_space = (space << 8) | if in_word { 0 } else { 0x80 };
                let starts = !space & prev_space & HIGH;
                if starts != 0 && !f(i, starts) {
                    return;
                }
                in_word = space >> 63 == 0;
                i += 8;
                continue;
            }
        }
        // One char of whitespace, or one byte of a word.
        let space = space_at(b, i);
        if space == 0 && !in_word && !f(i, 0x80) {
            return;
        }
        in_word = space == 0;
        i += space.max(1);
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
        i = word_end(b, i + 1);
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

    #[test]
    fn chunk_test_misses_no_space() {
        // Every byte value (and every two-byte start of a space) at every
        // place of a chunk and past it: the chunk scan stops where the
        // byte-by-byte one does.
        let naive = |b: &[u8], mut i: usize| {
            while i < b.len() && space_at(b, i) == 0 {
                i += 1;
            }
            i
        };
        for x in 0..=255u8 {
            for tail in [
                &[][..],
                &[0x85],
                &[0x80, 0x80],
                &[0x9A, 0x80],
                &[0x80, 0xAF],
            ] {
                for at in 0..12 {
                    let mut b = vec![b'a'; 20];
                    b[at] = x;
                    b[at + 1..at + 1 + tail.len()].copy_from_slice(tail);
                    assert_eq!(word_end(&b, 0), naive(&b, 0), "{x:#x} {tail:?} at {at}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_split_whitespace(
            s in "[a-zĂăâđ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{1681}\u{2000}-\u{200c}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{3001}\u{1e9a}ẠÀ\u{0}\u{1f}!~\u{7f}\u{80}\u{c1}\u{ff}—]{0,40}"
        ) {
            let want: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), want);
        }
    }
}
