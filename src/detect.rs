//! Language detection for blocks and documents.
//!
//! whatlang underneath, restricted to an allowlist (English, Indonesian and
//! Vietnamese by default). The article's language is a vote of its blocks
//! weighted by their length in letters.

use crate::Lang;

/// Detects the language of short news blocks with whatlang restricted to a
/// set of languages.
#[derive(Debug, Clone)]
pub(crate) struct BlockDetector {
    inner: whatlang::Detector,
}

impl Default for BlockDetector {
    fn default() -> Self {
        BlockDetector::with_allowlist(&Lang::FIRST_CLASS)
    }
}

impl BlockDetector {
    pub(crate) fn with_allowlist(langs: &[Lang]) -> Self {
        let list = langs.iter().filter_map(|l| l.to_whatlang()).collect();
        BlockDetector {
            inner: whatlang::Detector::with_allowlist(list),
        }
    }

    /// The language of `text`, or `None` when it holds no letter.
    pub(crate) fn detect(&self, text: &str) -> Option<Lang> {
        if !text.chars().any(char::is_alphabetic) {
            return None;
        }
        self.inner.detect_lang(text).map(Lang::from_whatlang)
    }
}

/// The language with the largest total weight; ties go to the language seen
/// first. `None` when no vote has a positive weight.
pub(crate) fn vote<I: IntoIterator<Item = (Lang, usize)>>(votes: I) -> Option<Lang> {
    let mut tally: Vec<(Lang, usize)> = Vec::with_capacity(3);
    for (lang, weight) in votes {
        match tally.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, w)) => *w += weight,
            None => tally.push((lang, weight)),
        }
    }
    let mut best: Option<(Lang, usize)> = None;
    for (l, w) in tally {
        if w > 0 && best.is_none_or(|(_, bw)| w > bw) {
            best = Some((l, w));
        }
    }
    best.map(|(l, _)| l)
}

/// Number of alphabetic characters, the weight of a block in the vote.
pub(crate) fn letter_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_three_languages_on_sentences() {
        let d = BlockDetector::default();
        assert_eq!(
            d.detect("The two ministers discussed maritime security cooperation in the region."),
            Some(Lang::En)
        );
        assert_eq!(
            d.detect(
                "Pembicaraan ini bertujuan untuk terus mendorong aktivitas kerjasama pertahanan."
            ),
            Some(Lang::Id)
        );
        assert_eq!(
            d.detect("Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6."),
            Some(Lang::Vi)
        );
        assert_eq!(d.detect("10/6 - 2014 ..."), None);
    }

    #[test]
    fn vote_weights_by_length() {
        assert_eq!(
            vote([(Lang::Vi, 10), (Lang::En, 30), (Lang::Vi, 15)]),
            Some(Lang::En)
        );
        assert_eq!(vote([(Lang::Vi, 10), (Lang::En, 10)]), Some(Lang::Vi));
        assert_eq!(vote([]), None);
        assert_eq!(vote([(Lang::Id, 0)]), None);
    }
}
