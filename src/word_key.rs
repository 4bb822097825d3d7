//! Short words as inline hash-map keys: the per-thread caches of word
//! cues and stems compare the table's own bytes instead of following a
//! pointer to a string, and make no allocation per lookup.

/// Longest word a key holds, in bytes (longer words are not cached: they
/// are rare).
pub(crate) const WORD_KEY_MAX: usize = 22;

/// A word and a tag, inline: the length, the tag (what else the cached
/// value depends on), then the word's bytes, zero-padded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct WordKey([u8; WORD_KEY_MAX + 2]);

impl WordKey {
    /// The key of `word` with `tag`; `None` when the word is too long.
    #[inline]
    pub fn new(word: &str, tag: u8) -> Option<WordKey> {
        let n = word.len();
        if n > WORD_KEY_MAX {
            return None;
        }
        let mut key = [0; WORD_KEY_MAX + 2];
        key[0] = n as u8;
        key[1] = tag;
        copy_short(word.as_bytes(), &mut key[2..2 + n]);
        Some(WordKey(key))
    }

    /// [`WordKey::new`] of the ASCII lowercase of the ASCII `word`.
    #[inline]
    pub fn ascii_lowercase(word: &str, tag: u8) -> Option<WordKey> {
        let mut key = WordKey::new(word, tag)?;
        key.0[2..2 + word.len()].make_ascii_lowercase();
        Some(key)
    }
}

/// `dst.copy_from_slice(src)` for at most [`WORD_KEY_MAX`] bytes, as two
/// fixed-size copies that overlap (a `memcpy` call of a variable size
/// costs more than the copy).
#[inline(always)]
fn copy_short(src: &[u8], dst: &mut [u8]) {
    let n = src.len();
    macro_rules! two {
        ($k:expr) => {{
            dst[..$k].copy_from_slice(&src[..$k]);
            dst[n - $k..].copy_from_slice(&src[n - $k..]);
        }};
    }
    match n {
        0 => {}
        1..=3 => {
            dst[0] = src[0];
            dst[n / 2] = src[n / 2];
            dst[n - 1] = src[n - 1];
        }
        4..=7 => two!(4),
        8..=15 => two!(8),
        _ => two!(16),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hold_words_and_tags() {
        let a = WordKey::new("nghị", 1).unwrap();
        assert_eq!(&a.0[..8], &[6, 1, b'n', b'g', b'h', 0xE1, 0xBB, 0x8B]);
        assert!(a.0[8..].iter().all(|&b| b == 0));
        assert_ne!(a, WordKey::new("nghị", 2).unwrap());
        assert_ne!(a, WordKey::new("nghi", 1).unwrap());
        let b = WordKey::ascii_lowercase("Jakarta", 0).unwrap();
        assert_eq!(b, WordKey::new("jakarta", 0).unwrap());
        assert!(WordKey::new(&"x".repeat(WORD_KEY_MAX), 0).is_some());
        assert!(WordKey::new(&"x".repeat(WORD_KEY_MAX + 1), 0).is_none());
    }

    #[test]
    fn short_copies_copy_every_length() {
        let src: Vec<u8> = (1..=WORD_KEY_MAX as u8).collect();
        for n in 0..=WORD_KEY_MAX {
            let mut dst = vec![0; n];
            copy_short(&src[..n], &mut dst);
            assert_eq!(dst, &src[..n]);
        }
    }
}
