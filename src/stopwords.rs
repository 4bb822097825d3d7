//! Stopwords for English, Indonesian and Vietnamese.
//!
//! Lists, from the `stop-words` crate (MIT): English and Indonesian are the
//! NLTK lists (the stopwords-iso English list holds content words such as
//! `act` and `adopted`); Vietnamese is stopwords-iso (645 entries, MIT). Vietnamese stopwords span syllables (`bởi vì`, `tuy
//! nhiên`): [`Stopwords::mark`] matches them over consecutive syllable
//! tokens and marks every syllable of a match.
//!
//! Lookups normalize to NFC + lowercase, **without** diacritic folding:
//! `bởi` ("by") is a stopword, `bơi` ("swim") is not.
//!
//! ```
//! use newstext::stopwords::Stopwords;
//! use newstext::Lang;
//!
//! let sw = Stopwords::default();
//! assert!(sw.contains(Lang::En, "The"));
//! assert!(sw.contains(Lang::Id, "yang"));
//! assert!(sw.contains(Lang::Vi, "bởi"));
//! assert!(!sw.contains(Lang::Vi, "bơi"));
//!
//! let syllables = ["Tuy", "nhiên", "hai", "bên", "đã", "ký", "kết"];
//! let marks = sw.mark(Lang::Vi, &syllables);
//! assert_eq!(&marks[..2], [true, true]); // `tuy nhiên` is one stopword
//! ```

use rustc_hash::FxHashSet as HashSet;

use crate::normalize::{Normalizer, Preset};
use crate::Lang;

/// Stopword sets for en, id and vi; users can add and remove words.
#[derive(Debug, Clone)]
pub struct Stopwords {
    en: HashSet<String>,
    id: HashSet<String>,
    vi: HashSet<String>,
    /// Longest Vietnamese entry, in syllables.
    vi_max: usize,
    norm: Normalizer,
}

impl Default for Stopwords {
    fn default() -> Self {
        let norm = Normalizer::preset(Preset::Analysis);
        let set = |code: &str| -> HashSet<String> {
            stop_words::lookup(code)
                .unwrap_or(&[])
                .iter()
                .map(|w| norm.normalize(w).into_owned())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let mut sw = Stopwords {
            en: set("en"),
            id: set("id"),
            vi: set("vi"),
            vi_max: 1,
            norm,
        };
        sw.refresh_max();
        sw
    }
}

impl Stopwords {
    /// Empty sets, to fill with [`Stopwords::insert`].
    pub fn empty() -> Stopwords {
        Stopwords {
            en: HashSet::default(),
            id: HashSet::default(),
            vi: HashSet::default(),
            vi_max: 1,
            norm: Normalizer::preset(Preset::Analysis),
        }
    }

    fn set(&self, lang: Lang) -> Option<&HashSet<String>> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Id => Some(&self.id),
            Lang::Vi => Some(&self.vi),
            _ => None,
        }
    }

    fn set_mut(&mut self, lang: Lang) -> Option<&mut HashSet<String>> {
        match lang {
            Lang::En => Some(&mut self.en),
            Lang::Id => Some(&mut self.id),
            Lang::Vi => Some(&mut self.vi),
            _ => None,
        }
    }

    fn refresh_max(&mut self) {
        self.vi_max = self
            .vi
            .iter()
            .map(|w| w.split(' ').count())
            .max()
            .unwrap_or(1)
            .max(1);
    }

    /// Whether `word` (any case, NFC or NFD) is a stopword of `lang`; a
    /// multi-syllable Vietnamese entry is written with single spaces.
    // Out of line: the normalizer behind it is large, and inlined into the
    // analyzer it moved the code of unrelated hot loops (the tokenizer's
    // indexing loop measured 3% slower in the same binary).
    #[inline(never)]
    pub fn contains(&self, lang: Lang, word: &str) -> bool {
        self.set(lang)
            .is_some_and(|s| s.contains(self.norm.normalize(word).as_ref()))
    }

    /// [`Stopwords::contains`], faster for words of letters joined by single
    /// spaces (a Vietnamese word's syllables): see [`letters_lowered`];
    /// `buf` is scratch space.
    pub(crate) fn contains_letters(&self, lang: Lang, word: &str, buf: &mut String) -> bool {
        // Most words are written in their `Analysis` form already.
        if already_lowered(word) {
            return self.contains_normalized(lang, word);
        }
        if letters_lowered(word, buf) {
            self.contains_normalized(lang, buf)
        } else {
            self.contains(lang, word)
        }
    }

    /// Whether `norm`, already in the list's normal form (the `Analysis`
    /// preset), is a stopword of `lang`.
    pub(crate) fn contains_normalized(&self, lang: Lang, norm: &str) -> bool {
        self.set(lang).is_some_and(|s| s.contains(norm))
    }

    /// Adds a word; returns whether it was new. Languages other than en,
    /// id and vi have no set: `false`.
    pub fn insert(&mut self, lang: Lang, word: &str) -> bool {
        let w = self.norm.normalize(word).into_owned();
        let added = !w.is_empty() && self.set_mut(lang).is_some_and(|s| s.insert(w));
        if lang == Lang::Vi {
            self.refresh_max();
        }
        added
    }

    /// Removes a word; returns whether it was there.
    ///
    /// ```
    /// let mut sw = newstext::stopwords::Stopwords::default();
    /// assert!(sw.remove(newstext::Lang::En, "against"));
    /// assert!(!sw.contains(newstext::Lang::En, "against"));
    /// ```
    pub fn remove(&mut self, lang: Lang, word: &str) -> bool {
        let w = self.norm.normalize(word).into_owned();
        let removed = self.set_mut(lang).is_some_and(|s| s.remove(&w));
        if lang == Lang::Vi {
            self.refresh_max();
        }
        removed
    }

    /// Number of entries for `lang`.
    pub fn len(&self, lang: Lang) -> usize {
        self.set(lang).map_or(0, HashSet::len)
    }

    /// Whether `lang` has no entries.
    pub fn is_empty(&self, lang: Lang) -> bool {
        self.len(lang) == 0
    }

    /// Stopword flags for a run of consecutive words of `lang`. In
    /// Vietnamese the longest multi-syllable entry starting at each
    /// syllable wins and marks all its syllables (`bởi vì` → both); in the
    /// other languages each word is looked up alone. Pass runs that
    /// punctuation does not interrupt.
    pub fn mark<S: AsRef<str>>(&self, lang: Lang, words: &[S]) -> Vec<bool> {
        let mut flags = vec![false; words.len()];
        let Some(set) = self.set(lang) else {
            return flags;
        };
        if lang != Lang::Vi {
            for (f, w) in flags.iter_mut().zip(words) {
                *f = set.contains(self.norm.normalize(w.as_ref()).as_ref());
            }
            return flags;
        }
        let normed: Vec<String> = words
            .iter()
            .map(|w| self.norm.normalize(w.as_ref()).into_owned())
            .collect();
        let mut key = String::new();
        let mut i = 0;
        while i < normed.len() {
            let longest = (1..=self.vi_max.min(normed.len() - i)).rev().find(|&n| {
                key.clear();
                for (k, w) in normed[i..i + n].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(w);
                }
                set.contains(&key)
            });
            match longest {
                Some(n) => {
                    flags[i..i + n].iter_mut().for_each(|f| *f = true);
                    i += n;
                }
                None => i += 1,
            }
        }
        flags
    }
}

/// Writes the `Analysis` form of `word` into `buf` and returns `true` when
/// that form is its lowercase char by char: every char a letter that is
/// NFC and a starter whose lowercase the table-free mapping knows, or a
/// single space between two such letters. Otherwise returns `false` (the
/// normalizer must be asked).
fn letters_lowered(word: &str, buf: &mut String) -> bool {
    buf.clear();
    if !single_spaced(word) {
        return false;
    }
    for c in word.chars() {
        match letter_lowered(c) {
            Some(l) => buf.push(l),
            None if c == ' ' => buf.push(' '),
            None => return false,
        }
    }
    true
}

/// Whether [`letters_lowered`] would write `word` itself: lowercase letters
/// that are NFC starters, single spaces between them. Read without
/// writing.
fn already_lowered(word: &str) -> bool {
    // ASCII on bytes, other chars decoded; the spaces checked as they come
    // (no second pass for them).
    let b = word.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let (mut i, mut prev_space) = (0, false);
    while i < b.len() {
        let x = b[i];
        let space = x == b' ';
        if space && prev_space {
            return false;
        }
        prev_space = space;
        if space || x.is_ascii_lowercase() {
            i += 1;
            continue;
        }
        match word[i..].chars().next() {
            Some(c) if !c.is_ascii() && letter_lowered(c) == Some(c) => i += c.len_utf8(),
            _ => return false,
        }
    }
    true
}

/// No space at either end and none doubled.
fn single_spaced(word: &str) -> bool {
    !(word.starts_with(' ') || word.ends_with(' ') || word.contains("  "))
}

/// `c`'s lowercase when `c` is a letter that is NFC and a starter whose
/// lowercase the table-free mapping knows.
#[inline]
fn letter_lowered(c: char) -> Option<char> {
    crate::lower::simple(c)
        .filter(|_| crate::chars::is_alphabetic(c) && crate::normalize::quick_yes_char(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn already_lowered_words_are_their_letters_lowered() {
        let mut buf = String::new();
        let mut fast = 0;
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("a{c} {c}b")] {
                if already_lowered(&s) {
                    assert!(letters_lowered(&s, &mut buf), "{c:?}");
                    assert_eq!(buf, s, "{c:?}");
                    fast += 1;
                }
            }
        }
        assert!(fast > 300, "{fast}");
        assert!(already_lowered("bởi vì"));
        assert!(!already_lowered("Bởi vì"));
        assert!(!already_lowered("bởi  vì"));
        assert!(!already_lowered("bo\u{31b}\u{309}i"));
    }

    #[test]
    fn letters_lowered_as_the_normalizer_has_them() {
        let norm = Normalizer::preset(Preset::Analysis);
        let mut buf = String::new();
        let mut fast = 0;
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            if letters_lowered(&s, &mut buf) {
                assert_eq!(buf, norm.normalize(&s), "{c:?}");
                fast += 1;
            }
        }
        assert!(fast > 300, "{fast}");
        assert!(letters_lowered("Chủ Nhật", &mut buf));
        assert_eq!(buf, "chủ nhật");
        assert!(!letters_lowered("chu\u{309} nhật", &mut buf));
        assert!(!letters_lowered(" tuy", &mut buf));
    }

    proptest::proptest! {
        #[test]
        fn letters_lowered_or_asks_the_normalizer(
            s in "[a-zA-ZăĂâÂđĐêÊôÔơƠưƯàÀảẢãÃáÁạẠứỨủỦậẬßİΣĲ\u{301}' ]{0,20}"
        ) {
            let norm = Normalizer::preset(Preset::Analysis);
            let mut buf = String::new();
            if letters_lowered(&s, &mut buf) {
                proptest::prop_assert_eq!(&buf, &norm.normalize(&s));
            }
            if already_lowered(&s) {
                proptest::prop_assert_eq!(&s, &norm.normalize(&s));
            }
            let sw = Stopwords::default();
            proptest::prop_assert_eq!(
                sw.contains_letters(Lang::Vi, &s, &mut buf),
                sw.contains(Lang::Vi, &s)
            );
        }
    }

    #[test]
    fn lists_are_loaded() {
        let sw = Stopwords::default();
        assert!(sw.len(Lang::En) > 150);
        assert!(sw.len(Lang::Id) > 700);
        assert!(sw.len(Lang::Vi) > 600);
        assert!(sw.contains(Lang::Vi, "bởi vì"));
        assert!(sw.contains(Lang::Vi, "tuy nhiên"));
        assert!(!sw.contains(Lang::En, "defence"));
        let fil: Lang = "fil".parse().unwrap();
        assert!(!sw.contains(fil, "the"));
    }

    #[test]
    fn no_diacritic_folding_nfd_ok() {
        let sw = Stopwords::default();
        assert!(sw.contains(Lang::Vi, "Bởi"));
        assert!(
            sw.contains(Lang::Vi, "bo\u{31b}\u{309}i"),
            "NFD form of bởi"
        );
        assert!(!sw.contains(Lang::Vi, "boi"));
    }

    #[test]
    fn vietnamese_matcher_marks_all_syllables() {
        let sw = Stopwords::default();
        let words = ["Bởi", "vì", "thời", "tiết", "xấu"];
        let m = sw.mark(Lang::Vi, &words);
        assert_eq!(&m[..2], [true, true]);
        assert!(!m[3] && !m[4]);
        let m = sw.mark(Lang::En, &["The", "defence", "of"]);
        assert_eq!(m, [true, false, true]);
    }

    #[test]
    fn users_add_and_remove() {
        let mut sw = Stopwords::default();
        assert!(sw.insert(Lang::Vi, "quốc phòng an ninh"));
        assert_eq!(
            sw.mark(Lang::Vi, &["quốc", "phòng", "an", "ninh"]),
            [true; 4]
        );
        assert!(sw.remove(Lang::Vi, "quốc phòng an ninh"));
        let fil: Lang = "fil".parse().unwrap();
        assert!(!sw.insert(fil, "x"));
        let e = Stopwords::empty();
        assert!(e.is_empty(Lang::En));
    }
}
