//! Lowercasing as `str::to_lowercase` does it, faster on news text: ASCII,
//! Latin-1 and the Latin Extended letters of Indonesian and Vietnamese are
//! mapped without Unicode's case tables (the tests check every char of
//! those ranges against the standard library); any other char goes to
//! them, and text with a capital sigma (whose lowercase depends on its
//! neighbours) goes to `str::to_lowercase` whole.

/// `c`'s lowercase when it is one char found without the case tables
/// (`None`: ask `char::to_lowercase`).
#[inline]
pub(crate) fn simple(c: char) -> Option<char> {
    let u = c as u32;
    let pair_even_upper = |u: u32| if u & 1 == 0 { u + 1 } else { u };
    let pair_odd_upper = |u: u32| if u & 1 == 1 { u + 1 } else { u };
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0..=0x7F => u,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0xDF..=0xFF => u,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => pair_even_upper(u),
        0x139..=0x148 | 0x179..=0x17E => pair_odd_upper(u),
        0x1A0 | 0x1AF => u + 1,
        0x1A1 | 0x1B0 => u,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => pair_even_upper(u),
        _ => return None,
    };
    char::from_u32(l)
}

/// Appends `s.to_lowercase()` to `out`.
pub(crate) fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        // One copy and one vectorized fold, not a push per char.
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return;
    }
    if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
        return;
    }
    out.reserve(s.len());
    for c in s.chars() {
        match simple(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// `s.to_lowercase()`.
pub(crate) fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_lowercase(&mut out, s);
    out
}

/// [`lowercase`] as a method: `s.lower()` is `s.to_lowercase()`.
pub(crate) trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    #[inline]
    fn lower(&self) -> String {
        lowercase(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_chars_lowercase_as_the_standard_library_does() {
        let mut covered = 0;
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            if let Some(l) = simple(c) {
                let mut std = c.to_lowercase();
                assert_eq!((std.next(), std.next()), (Some(l), None), "{c:?}");
                assert_eq!(l.len_utf8(), c.len_utf8(), "{c:?}");
                covered += 1;
            }
        }
        assert!(covered > 500, "{covered}");
    }

    #[test]
    fn strings_lowercase_as_the_standard_library_does() {
        for s in [
            "",
            "Hà Nội",
            "ĐÀ NẴNG — TIN LIÊN QUAN",
            "İstanbul ΣΟΦΟΣ Σ",
            "Ǆemal ǅ ẞ K Å",
            "PHOTO: ANTARA/Jessica",
            "Quảng Ngãi ƠƯ ơư Ă Đ Ĩ Ũ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_lowercases_as_the_standard_library_does(s in "\\PC{0,30}") {
            proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
        }
    }
}
