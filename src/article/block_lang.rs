//! Each block's language: the article's, unless the block's own detection
//! carries evidence of another.

use crate::chars::Letters;
use crate::detect::{self, Brief, Detector};
use crate::Lang;

use super::classify::DETECT_BYTES;
use super::BlockKind;

/// Blocks that keep their own detection: content, page furniture and
/// teasers. Metadata (dates, credits, datelines) is names and numbers.
fn own(kind: BlockKind) -> bool {
    kind.is_content() || matches!(kind, BlockKind::Boilerplate | BlockKind::Related)
}

/// What is kept of a block's detection: metadata keeps it only when
/// written in another script (a Korean date line around a Vietnamese
/// article).
pub(super) fn kept(kind: BlockKind, text: &str, d: Option<Brief>) -> Option<Brief> {
    d.filter(|_| own(kind) || mostly_non_latin(text))
}

/// The article's language: a vote of the content blocks weighted by
/// letters, else of all blocks (`blocks`: each block's kind and kept
/// detection, which carries the block's letter count).
pub(super) fn article<I>(blocks: impl Fn() -> I) -> Option<Lang>
where
    I: Iterator<Item = (BlockKind, Option<Brief>)>,
{
    let weighted = |content_only: bool| {
        detect::vote(blocks().filter_map(|(kind, d)| {
            (!content_only || kind.is_content())
                .then(|| d.map(|d| (d.lang(), d.letters())))
                .flatten()
        }))
    };
    weighted(true).or_else(|| weighted(false))
}

/// A block's language. Short lines keep the article's language unless
/// they carry evidence of another; metadata blocks and blocks without
/// letters take the article's language.
pub(super) fn block(
    detector: &Detector,
    kind: BlockKind,
    text: &str,
    d: Option<Brief>,
    article: Option<Lang>,
) -> Option<Lang> {
    // The confidence of a detection made without one: made again whole,
    // on the text it was made from.
    let sure = |d: Brief| {
        d.exact(detector, detect::prefix(text, DETECT_BYTES))
            .confidence()
            .is_some_and(|c| c >= 0.9)
    };
    // A line in another script is in that script's language; a line that
    // disagrees with the article is judged in context (its detection
    // reused); metadata (dates, credits, datelines) is names and numbers
    // and takes the article's language, and so do widget names
    // (`copy-link-circle`).
    match (own(kind), d, article) {
        (_, Some(d), Some(a)) if d.lang() != a && mostly_non_latin(text) => Some(d.lang()),
        (true, Some(_), Some(a)) if is_widget_name(text) || is_names_only(text) => Some(a),
        // Page furniture is short and often a stock phrase of another
        // language (`SCROLL TO CONTINUE WITH CONTENT`, `TIN LIÊN QUAN`): a
        // sure detection of a phrase stands without the article's context
        // (single words keep it).
        (true, Some(d), Some(a))
            if d.lang() != a
                && matches!(kind, BlockKind::Boilerplate | BlockKind::Related)
                && ((sure(d)
                    && text
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .count()
                        >= 3)
                    || (d.lang() == Lang::Vi && has_vietnamese_letter(text))) =>
        {
            Some(d.lang())
        }
        (true, Some(d), Some(a)) if d.lang() != a => detector
            .in_context(text, a, d.detection())
            .map(|x| x.lang()),
        (_, d, a) => a.or(d.map(|d| d.lang())),
    }
}

/// More than half of the letters are outside the Latin script.
fn mostly_non_latin(s: &str) -> bool {
    crate::chars::CharProfile::of(s).mostly_non_latin()
}

/// A letter that English and Indonesian never write: `ê`, `đ`, `ơ`, `ư`,
/// `ă` and the tone-marked vowels.
fn has_vietnamese_letter(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'ê' | 'Ê' | 'đ' | 'Đ' | 'ă' | 'Ă') || detect::is_vietnamese_letter(c))
}

/// One token without spaces: the name of an icon or widget (`comment`,
/// `sosmed-whatsapp-white`, `zoom-in-whitePerbesar`), in no language.
fn is_widget_name(s: &str) -> bool {
    !s.contains(char::is_whitespace)
}

/// Only capitalized words (not all capitals) and numbers: names of people
/// and places (`- Aborlan, Palawan: 42°C`), in no language of their own.
fn is_names_only(s: &str) -> bool {
    let mut words = 0;
    for w in crate::spaces::words(s) {
        let letters: Vec<char> = w.chars().filter(|c| c.is_letter()).collect();
        // Numbers and measures (`42°C`, `5km`) are no words.
        if letters.is_empty() || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        words += 1;
        let first_upper = letters[0].is_uppercase();
        let rest_lower = letters[1..].iter().all(|c| c.is_lowercase());
        if !(first_upper && rest_lower && letters.len() > 1) {
            return false;
        }
    }
    (1..=6).contains(&words)
}
