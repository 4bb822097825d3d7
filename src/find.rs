//! Substring search on bytes (memchr's `memmem`): the answers of
//! `str::find`, `str::rfind` and `str::matches(..).count()` for a `&str`
//! needle, vectorized. The parser's rules look for short needles (`". "`,
//! `" ("`, dashes) in every line, where the standard library's two-way
//! searcher spends more on setting up than on searching.
//!
//! A match of a needle that is valid UTF-8 in a haystack that is valid
//! UTF-8 starts and ends on char boundaries, so the offsets slice `hay`.

use memchr::memmem;

/// The byte offset of the first `needle` in `hay` (`hay.find(needle)`).
#[inline]
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    match *needle.as_bytes() {
        [a, b] => pair(hay.as_bytes(), a, b, false),
        _ => memmem::find(hay.as_bytes(), needle.as_bytes()),
    }
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
        fn the_standard_library_answers(
            hay in "[ .(a-zé—–|/-]{0,40}",
            needle in "[ .(aé—–|/-]{0,3}|  |\\. | \\(|\\.\\.| -",
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
