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

/// Fewer letters than this make a line short: whatlang alone is not
/// trusted against the document's language.
const SHORT_LETTERS: usize = 40;

/// English function words (a closed class; from the Snowball English stop
/// word list, BSD licence, trimmed to words that are not also Indonesian).
const EN_FUNCTION: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "with", "for", "and", "is", "are", "was", "were",
    "ago", "by", "from", "at", "as", "that", "this", "it", "be", "has", "have", "will", "not",
    "or", "its", "their", "his", "her", "he", "she", "they", "we", "you", "our", "your", "into",
    "about", "after", "more", "than", "who", "which", "what", "been", "can", "continue",
];

/// Indonesian function words (from the Snowball Indonesian stop word
/// list, BSD licence, a subset).
const ID_FUNCTION: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada", "dalam", "tidak",
    "akan", "juga", "atau", "oleh", "sebagai", "adalah", "lalu", "sudah", "telah", "bisa",
    "karena", "saat", "para", "kami", "kita", "mereka", "dia", "tersebut", "bahwa", "hingga",
    "antara", "lebih", "masih", "baru", "ada", "jam", "lagi",
];

/// Letters only Vietnamese uses among en/id/vi text: ơ, ư, đ, ă, ĩ, ũ and
/// the precomposed Vietnamese block U+1EA0–U+1EF9 (except ẹ and ọ, which
/// Yoruba shares), in either case.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ' | 'ă' | 'Ă' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ'
    ) || (('\u{1EA0}'..='\u{1EF9}').contains(&c)
        && !matches!(c, '\u{1EB8}' | '\u{1EB9}' | '\u{1ECC}' | '\u{1ECD}'))
}

impl BlockDetector {
    /// The language of a line inside a document in `doc`: a long line is
    /// judged by whatlang, unless whatlang contradicts the document without
    /// being reliable; a short one (and a doubtful long one) keeps the
    /// document's language unless it carries evidence of another: function
    /// words of that language and none of the document's, or letters only
    /// Vietnamese uses in words that are not capitalised names.
    pub(crate) fn detect_in(&self, text: &str, doc: Option<Lang>) -> Option<Lang> {
        let letters = letter_count(text);
        if letters == 0 {
            return doc;
        }
        let Some(doc) = doc else {
            return self.detect(text);
        };
        let cues = Cues::of(text);
        if letters >= SHORT_LETTERS {
            // whatlang on its own, unless it contradicts the document
            // without confidence or against the function words.
            if let Some(info) = self.inner.detect(text) {
                let lang = Lang::from_whatlang(info.lang());
                let outvoted = cues.of_lang(doc) > cues.of_lang(lang);
                if lang == doc || (info.is_reliable() && !outvoted) {
                    return Some(lang);
                }
            }
        }
        if cues.of_lang(doc) > 0 {
            return Some(doc);
        }
        Some(cues.best().filter(|l| *l != doc).unwrap_or(doc))
    }
}

/// Counts of language evidence in a piece of text: function words of
/// English and Indonesian, words (not capitalised names) with letters only
/// Vietnamese uses.
#[derive(Debug, Default, Clone, Copy)]
struct Cues {
    en: usize,
    id: usize,
    vi: usize,
}

impl Cues {
    fn of(text: &str) -> Cues {
        let mut c = Cues::default();
        for w in text.split(|ch: char| !ch.is_alphabetic() && !is_mark(ch)) {
            if w.is_empty() {
                continue;
            }
            let lower = w.to_lowercase();
            c.en += usize::from(EN_FUNCTION.contains(&lower.as_str()));
            c.id += usize::from(ID_FUNCTION.contains(&lower.as_str()));
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            if !capitalised && w.chars().any(is_vietnamese_letter) {
                c.vi += 1;
            }
        }
        c
    }

    fn of_lang(&self, lang: Lang) -> usize {
        match lang {
            Lang::En => self.en,
            Lang::Id => self.id,
            Lang::Vi => self.vi,
            _ => 0,
        }
    }

    /// The language with the most evidence (Vietnamese first on ties: its
    /// letters are the stronger cue).
    fn best(&self) -> Option<Lang> {
        [
            (Lang::Vi, self.vi),
            (Lang::En, self.en),
            (Lang::Id, self.id),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .fold(None, |best: Option<(Lang, usize)>, (l, n)| match best {
            Some((_, bn)) if bn >= n => best,
            _ => Some((l, n)),
        })
        .map(|(l, _)| l)
    }
}

/// The language a piece of text gives positive evidence of (function words,
/// Vietnamese letters), without a statistical model; `None` without any.
pub(crate) fn cue_lang(text: &str) -> Option<Lang> {
    Cues::of(text).best()
}

/// A combining diacritical mark (U+0300–U+036F), as in decomposed (NFD)
/// Vietnamese.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
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
    fn short_lines_keep_the_document_language_without_evidence() {
        let d = BlockDetector::default();
        assert_eq!(d.detect_in("Komentar", Some(Lang::Id)), Some(Lang::Id));
        assert_eq!(
            d.detect_in("Vietnamese flag.", Some(Lang::En)),
            Some(Lang::En)
        );
        assert_eq!(
            d.detect_in("Nguyễn Xuân Phúc", Some(Lang::Id)),
            Some(Lang::Id)
        );
        assert_eq!(d.detect_in("7 hours ago", Some(Lang::Id)), Some(Lang::En));
        assert_eq!(
            d.detect_in("SCROLL TO CONTINUE WITH CONTENT", Some(Lang::Id)),
            Some(Lang::En)
        );
        assert_eq!(
            d.detect_in("Tin cùng chuyên mục", Some(Lang::Id)),
            Some(Lang::Vi)
        );
        assert_eq!(d.detect_in("2024 - 10", Some(Lang::Vi)), Some(Lang::Vi));
        assert_eq!(d.detect_in("Hội nghị", None), d.detect("Hội nghị"));
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
