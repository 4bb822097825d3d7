//! Substring search on bytes (memchr's `memmem`): the answers of
//! `str::find`, `str::rfind` and `str::matches(..).count()` for a `&str`
//! needle, vectorized. The parser's rules look for short needles (`". "`,
//! `" ("`, dashes) in every line, where the standard library's two-way
//! searcher (and memmem's own) spends more on setting up than on
//! searching: needles of two to sixteen bytes are found by their least
//! common byte (`memchr`) and compared there.
//!
//! A match of a needle that is valid UTF-8 in a haystack that is valid
//! UTF-8 starts and ends on char boundaries, so the offsets slice `hay`.

use memchr::memmem;

/// The byte offset of the first `needle` in `hay` (`hay.find(needle)`).
#[inline]
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    match *needle.as_bytes() {
        [a, b] => pair(hay.as_bytes(), a, b, false),
        ref n @ [_, _, _, ..] if n.len() <= 16 => short(hay.as_bytes(), n),
        _ => memmem::find(hay.as_bytes(), needle.as_bytes()),
    }
}

/// How common a byte is in news text, roughly (higher: more common).
fn commonness(b: u8) -> u8 {
    match b {
        b' ' => 255,
        b'e' | b't' | b'a' | b'o' | b'i' | b'n' | b's' | b'h' | b'r' => 200,
        b'a'..=b'z' => 150,
        b',' | b'.' => 180,
        b'A'..=b'Z' | b'0'..=b'9' => 100,
        _ => 50,
    }
}

/// The first `needle` (3 to 16 bytes) in `hay`: its least common byte is
/// looked for, and the needle compared around each one found. Setting up
/// costs nothing, which is what a search in one line needs; the time stays
/// linear, at most the needle's length per byte.
fn short(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let k = (0..needle.len()).min_by_key(|&i| commonness(needle[i]))?;
    let byte = needle[k];
    let mut from = k;
    while let Some(p) = hay.get(from..).and_then(|h| memchr::memchr(byte, h)) {
        let start = from + p - k;
        if hay.get(start..start + needle.len()) == Some(needle) {
            return Some(start);
        }
        from += p + 1;
    }
    None
}

/// The byte offset of the last `needle` in `hay` (`hay.rfind(needle)`).
#[inline]
pub(crate) fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match *needle.as_bytes() {
        [a, b] => pair(hay.as_bytes(), a, b, true),
        _ => memmem::rfind(hay.as_bytes(), needle.as_bytes()),
    }
}

/// The first (or last) `a` followed by `b` in `hay`: the byte of the two
/// that is not a space is looked for (spaces are everywhere in text), and
/// its neighbour checked.
fn pair(hay: &[u8], a: u8, b: u8, last: bool) -> Option<usize> {
    // Look for `b` (one past the start) when `a` is the common one.
    let (byte, shift) = if a == b' ' { (b, 1) } else { (a, 0) };
    let fits = |at: usize| {
        at.checked_sub(shift)
            .filter(|&s| hay.get(s) == Some(&a) && hay.get(s + 1) == Some(&b))
    };
    if last {
        let mut end = hay.len();
        while let Some(at) = memchr::memrchr(byte, &hay[..end]) {
            if let Some(s) = fits(at) {
                return Some(s);
            }
            end = at;
        }
    } else {
        let mut from = 0;
        while let Some(p) = memchr::memchr(byte, &hay[from..]) {
            if let Some(s) = fits(from + p) {
                return Some(s);
            }
            from += p + 1;
        }
    }
    None
}

/// Whether `hay` holds `needle` (`hay.contains(needle)`).
#[inline]
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// The number of non-overlapping `needle`s in `hay`
/// (`hay.matches(needle).count()`).
#[inline]
pub(crate) fn count(hay: &str, needle: &str) -> usize {
    memmem::find_iter(hay.as_bytes(), needle.as_bytes()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn needles_cut_from_the_haystack_are_found_first(
            hay in "[ .(a-eé—–|/-]{0,60}",
            at in 0usize..60,
            len in 3usize..18,
        ) {
            let b = hay.as_bytes();
            let start = (0..=at.min(b.len())).rev().find(|&i| hay.is_char_boundary(i)).unwrap_or(0);
            let end = (start + len).min(b.len());
            let end = (end..=b.len()).find(|&i| hay.is_char_boundary(i)).unwrap_or(b.len());
            let n = &hay[start..end];
            prop_assert_eq!(find(&hay, n), hay.find(n));
        }

        #[test]
        fn the_standard_library_answers(
            hay in "[ .(a-zé—–|/-]{0,40}",
            needle in "[ .(aé—–|/-]{0,3}|  |\\. | \\(|\\.\\.| -|[ .(aé—–|/-]{3,20}",
        ) {
            let n = needle.as_str();
            prop_assert_eq!(find(&hay, n), hay.find(n));
            prop_assert_eq!(rfind(&hay, n), hay.rfind(n));
            prop_assert_eq!(contains(&hay, n), hay.contains(n));
            if !n.is_empty() {
                prop_assert_eq!(count(&hay, n), hay.matches(n).count());
            }
        }
    }
}
