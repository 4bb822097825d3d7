//! Language detection that holds on captions, short lines and mixed
//! documents.
//!
//! whatlang underneath, restricted to an allowlist (English, Indonesian and
//! Vietnamese by default), plus the evidence whatlang lacks on short text:
//!
//! * letters only Vietnamese uses (`ơ`, `ư`, `ĩ`, `ũ`, U+1EA0–U+1EF9 except
//!   `ẹ` and `ọ`, which Yoruba shares), precomposed or decomposed (NFD);
//! * any other Latin diacritic counts for Vietnamese too, but only when the
//!   allowlist is within en/id/vi (a French `é` is not Vietnamese);
//! * Vietnamese syllable shapes (`nh`, `ngh`, `kh` onsets, `-nh`/`-ch`
//!   codas) for words written without marks;
//! * function words of English and Indonesian, Indonesian affixes
//!   (`meN-`, `ber-`, `di-`, `-kan`, `-nya`) and English spellings (`th`,
//!   `-tion`, `-ed`, double vowels);
//! * names: a line of only capitalised words (`Nguyen Chi Vinh`) is no
//!   evidence of Vietnamese.
//!
//! In context, [`Detector::detect_in`] keeps a short line in its document's
//! language unless the evidence against it is strong; [`vote`] is the
//! length-weighted vote that gives a document its language.
//!
//! Malay has no whatlang profile: Malay text is reported as Indonesian. A
//! language outside the allowlist is forced into it only when the caller
//! set an allowlist ([`DetectorBuilder::allowlist`]); the default detector
//! reports another language (French, say) when whatlang is sure of it and
//! the text has no en/id/vi evidence.
//!
//! ```
//! use newstext::detect::Detector;
//! use newstext::Lang;
//!
//! let d = Detector::default();
//! assert_eq!(d.detect("Quang cảnh Hội nghị").unwrap().lang(), Lang::Vi);
//! assert_eq!(d.detect("kerjasama pertahanan").unwrap().lang(), Lang::Id);
//! assert_eq!(d.detect("the defence ministers").unwrap().lang(), Lang::En);
//! // In an Indonesian article, a one-word footer stays Indonesian...
//! assert_eq!(d.detect_in("Komentar", Some(Lang::Id)).unwrap().lang(), Lang::Id);
//! // ...and a Vietnamese caption is still Vietnamese.
//! assert_eq!(d.detect_in("ảnh 1", Some(Lang::Id)).unwrap().lang(), Lang::Vi);
//! ```

mod trigrams;

use crate::chars::is_alphabetic;
use crate::chars::Letters;
use crate::word_key::WordKey;
use serde::{Deserialize, Serialize};
use trigrams::Guess;

use crate::{Error, Lang, Result};

/// The result of a detection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    lang: Lang,
    confidence: f64,
    reliable: bool,
    candidates: Vec<(Lang, f64)>,
}

impl Detection {
    /// A line kept in its document's language (no evidence against it).
    fn kept(doc: Lang, confidence: f64) -> Detection {
        Detection {
            lang: doc,
            confidence,
            reliable: false,
            candidates: vec![(doc, confidence)],
        }
    }

    /// The detected language.
    pub fn lang(&self) -> Lang {
        self.lang
    }
    /// Confidence in `0.0..=1.0`: the share of the evidence for the winner.
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
    /// Whether the detection is reliable: enough text and a clear margin.
    pub fn is_reliable(&self) -> bool {
        self.reliable
    }
    /// Every allowed language with its score (shares summing to 1), best
    /// first.
    pub fn candidates(&self) -> impl Iterator<Item = (Lang, f64)> + '_ {
        self.candidates.iter().copied()
    }
    /// The detection without its candidate list, in 16 bytes (callers that
    /// keep one detection per line and read only the winner).
    pub(crate) fn brief(self) -> Brief {
        Brief::new(self.lang, self.reliable, true, self.confidence)
    }
}

/// Where [`Detector::begin`] leaves a detection.
enum Begun<'t> {
    /// Decided: another script.
    Done(Detection),
    /// Latin-script text (its prefix), its letters and cues.
    Latin {
        text: &'t str,
        letters: usize,
        cues: Cues,
    },
}

/// A [`Detection`] without its candidate list: what a parser keeps of each
/// line's detection, in 16 bytes. Its language is always the detection's;
/// its confidence and reliability only when `exact` (see
/// [`Detector::detect_brief_with_cues`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Brief {
    lang: Lang,
    /// Bit 0: reliable; bit 1: exact (confidence and reliability known);
    /// the rest: the letters of the text the caller weighs the detection
    /// by (see [`Brief::with_letters`]; 0 until set).
    bits: u32,
    confidence: f64,
}

impl Brief {
    const RELIABLE: u32 = 1;
    const EXACT: u32 = 2;
    /// Letters kept: 2^30 - 1 and more read as that many (no segment of
    /// an input within the size limit has so many).
    const MAX_LETTERS: usize = (1 << 30) - 1;

    fn new(lang: Lang, reliable: bool, exact: bool, confidence: f64) -> Brief {
        Brief {
            lang,
            bits: u32::from(reliable) * Self::RELIABLE + u32::from(exact) * Self::EXACT,
            confidence,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn reliable(&self) -> bool {
        self.bits & Self::RELIABLE != 0
    }

    fn is_exact(&self) -> bool {
        self.bits & Self::EXACT != 0
    }

    /// The brief carrying `letters`, the letter count of the text it
    /// stands for ([`letter_count`], counted once for the votes that weigh
    /// it).
    pub fn with_letters(self, letters: usize) -> Brief {
        let letters = letters.min(Self::MAX_LETTERS) as u32;
        Brief {
            bits: self.bits & (Self::RELIABLE | Self::EXACT) | letters << 2,
            ..self
        }
    }

    /// The letters set by [`Brief::with_letters`].
    pub fn letters(&self) -> usize {
        (self.bits >> 2) as usize
    }

    /// The brief with its confidence and reliability: itself when it has
    /// them, else the detection of `text` (the text it was made from) made
    /// whole, with the same letters.
    pub fn exact(self, detector: &Detector, text: &str) -> Brief {
        if self.is_exact() {
            return self;
        }
        match detector.detect(text) {
            Some(d) => d.brief().with_letters(self.letters()),
            None => self,
        }
    }

    /// The confidence, when known (see [`Brief::exact`]).
    pub fn confidence(&self) -> Option<f64> {
        self.is_exact().then_some(self.confidence)
    }
    /// The detection again, with no candidates (its confidence NaN unless
    /// the brief is exact: for callers that read its language).
    pub fn detection(self) -> Detection {
        Detection {
            lang: self.lang,
            confidence: self.confidence,
            reliable: self.reliable(),
            candidates: Vec::new(),
        }
    }
}

/// Detects languages. Build once, reuse; `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Detector {
    allow: Vec<Lang>,
    /// Whether the caller chose the allowlist (then every text is forced
    /// into it).
    forced: bool,
    /// Whether the allowlist is within en/id/vi (then any Latin diacritic
    /// is Vietnamese evidence).
    within_first_class: bool,
    min_letters: usize,
    whatlang: whatlang::Detector,
    /// The allowlist in whatlang's languages.
    whatlang_allow: Vec<whatlang::Lang>,
    #[cfg(feature = "lingua")]
    lingua: Option<LinguaDetector>,
}

/// lingua's detector, shared between clones.
#[cfg(feature = "lingua")]
#[derive(Clone)]
struct LinguaDetector(std::sync::Arc<lingua::LanguageDetector>);

#[cfg(feature = "lingua")]
impl std::fmt::Debug for LinguaDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinguaDetector")
    }
}

impl Default for Detector {
    fn default() -> Self {
        Detector::builder()
            .build()
            .unwrap_or_else(|_| unreachable!("the default settings are valid"))
    }
}

/// Builder for a [`Detector`].
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct DetectorBuilder {
    allow: Option<Vec<Lang>>,
    min_letters: usize,
    #[cfg(feature = "lingua")]
    lingua: bool,
}

impl DetectorBuilder {
    /// Restricts detection to these languages; every text is then reported
    /// as one of them. Default: en, id, vi, with other languages reported
    /// when whatlang is sure and nothing points to en/id/vi.
    pub fn allowlist(mut self, langs: &[Lang]) -> Self {
        self.allow = Some(langs.to_vec());
        self
    }

    /// Texts with fewer letters than this get no detection (default 1).
    pub fn min_letters(mut self, n: usize) -> Self {
        self.min_letters = n;
        self
    }

    /// Sends lines whatlang calls unreliable to lingua (restricted to the
    /// allowlist); needs the `lingua` feature.
    #[cfg(feature = "lingua")]
    pub fn lingua(mut self) -> Self {
        self.lingua = true;
        self
    }

    /// Builds the detector.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] for an empty allowlist or a language the
    /// detector has no profile for.
    ///
    /// ```
    /// use newstext::detect::Detector;
    /// use newstext::Lang;
    /// assert!(Detector::builder().allowlist(&[]).build().is_err());
    /// let d = Detector::builder().allowlist(&[Lang::En, Lang::Id]).build().unwrap();
    /// assert_eq!(d.detect("Quang cảnh Hội nghị").map(|x| x.lang()).filter(|l| *l == Lang::Vi), None);
    /// ```
    pub fn build(self) -> Result<Detector> {
        let forced = self.allow.is_some();
        let allow = self.allow.unwrap_or_else(|| Lang::FIRST_CLASS.to_vec());
        if allow.is_empty() {
            return Err(Error::InvalidConfig("the allowlist is empty".into()));
        }
        let mut wl = Vec::with_capacity(allow.len());
        for l in &allow {
            match l.to_whatlang() {
                Some(w) => wl.push(w),
                None => {
                    return Err(Error::InvalidConfig(format!(
                        "no detection profile for language {l}"
                    )))
                }
            }
        }
        let within_first_class = allow.iter().all(Lang::is_first_class);
        #[cfg(feature = "lingua")]
        let lingua = if self.lingua {
            Some(LinguaDetector(std::sync::Arc::new(lingua_detector(
                &allow,
            )?)))
        } else {
            None
        };
        Ok(Detector {
            allow,
            forced,
            within_first_class,
            min_letters: self.min_letters.max(1),
            whatlang: whatlang::Detector::with_allowlist(wl.clone()),
            whatlang_allow: wl,
            #[cfg(feature = "lingua")]
            lingua,
        })
    }
}

#[cfg(feature = "lingua")]
fn lingua_detector(allow: &[Lang]) -> Result<lingua::LanguageDetector> {
    let langs: Vec<lingua::Language> = allow
        .iter()
        .filter_map(|l| match l {
            Lang::En => Some(lingua::Language::English),
            Lang::Id => Some(lingua::Language::Indonesian),
            Lang::Vi => Some(lingua::Language::Vietnamese),
            _ => None,
        })
        .collect();
    if langs.len() < 2 {
        return Err(Error::InvalidConfig(
            "lingua needs at least two of en, id, vi in the allowlist".into(),
        ));
    }
    Ok(lingua::LanguageDetectorBuilder::from_languages(&langs).build())
}

/// Letters in text shorter than this make a "short" line in context.
const SHORT_LETTERS: usize = 40;

/// English function words (a closed class; after the Snowball English stop
/// word list, BSD, keeping words that are not also Indonesian).
const EN_FUNCTION: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "with", "for", "and", "is", "are", "was", "were",
    "ago", "by", "from", "at", "as", "that", "this", "it", "be", "has", "have", "had", "will",
    "not", "or", "its", "their", "his", "her", "he", "she", "they", "we", "you", "our", "your",
    "into", "about", "after", "more", "than", "who", "which", "what", "been", "can", "would",
    "should", "could", "there", "these", "those", "them", "him", "my", "me", "us", "do", "does",
    "did", "but", "if", "so", "no", "all", "any", "some", "such", "only", "also", "very", "just",
    "over", "under", "between", "through", "during", "before", "while", "where", "when", "why",
    "how", "then", "up", "out", "off", "down", "again", "further", "once", "here", "both", "each",
    "few", "most", "other", "own", "same", "too", "i", "said", "says", "new", "continue", "with",
];

/// Indonesian function words (after the Snowball Indonesian stop word list,
/// BSD, a subset).
const ID_FUNCTION: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "ini",
    "itu",
    "pada",
    "dalam",
    "tidak",
    "akan",
    "juga",
    "atau",
    "oleh",
    "sebagai",
    "adalah",
    "lalu",
    "sudah",
    "telah",
    "bisa",
    "karena",
    "saat",
    "para",
    "kami",
    "kita",
    "mereka",
    "dia",
    "tersebut",
    "bahwa",
    "hingga",
    "antara",
    "lebih",
    "masih",
    "baru",
    "ada",
    "jam",
    "lagi",
    "tetapi",
    "namun",
    "serta",
    "agar",
    "bagi",
    "secara",
    "seperti",
    "belum",
    "hanya",
    "sangat",
    "sehingga",
    "kepada",
    "yaitu",
    "yakni",
    "maka",
    "jika",
    "bila",
    "ketika",
    "setelah",
    "sebelum",
    "sejak",
    "tentang",
    "atas",
    "bawah",
    "saja",
    "pun",
    "kah",
    "lah",
    "nya",
    "ia",
    "saya",
    "anda",
    "kalian",
    "sini",
    "situ",
    "sana",
    "apa",
    "siapa",
    "mana",
    "bagaimana",
    "mengapa",
    "kapan",
    "berapa",
    "semua",
    "setiap",
    "banyak",
    "sedang",
    "harus",
    "dapat",
    "mau",
    "ingin",
    "per",
    "pula",
    "kembali",
    "kata",
    "paling",
    "tanpa",
    "memang",
    "antar",
    "mungkin",
    "bukan",
    "jangan",
    "sekali",
    "selalu",
    "sering",
    "pernah",
    "hampir",
    "tentu",
    "cukup",
    "agak",
    "sambil",
    "melalui",
    "menuju",
    "terhadap",
    "bersama",
    "beberapa",
    "seluruh",
    "sang",
    "tiap",
    "sebuah",
    "seorang",
    "begitu",
    "demikian",
    "sendiri",
    "lain",
    "kemudian",
    "sebab",
    "walaupun",
    "meskipun",
    "supaya",
    "sampai",
    "selama",
    "sesudah",
    "bahkan",
    "justru",
];

/// Function words indexed by first letter and length: a lookup compares
/// against one to a handful of entries, each with whether it is an English
/// and an Indonesian function word.
struct FwIndex {
    /// Each word zero-padded to [`FW_MAX_LEN`] bytes (compared whole), with
    /// whether it is English and Indonesian.
    buckets: Vec<Vec<(u128, bool, bool)>>,
}

/// The bytes of a word shorter than [`FW_MAX_LEN`], zero-padded, as one
/// number.
#[inline]
fn fw_bytes(w: &[u8]) -> u128 {
    let mut b = [0u8; FW_MAX_LEN];
    b[..w.len()].copy_from_slice(w);
    u128::from_le_bytes(b)
}

const FW_MAX_LEN: usize = 16;

fn fw_slot(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let first = *b.first()?;
    (first.is_ascii_lowercase() && b.len() < FW_MAX_LEN)
        .then(|| (first - b'a') as usize * FW_MAX_LEN + b.len())
}

fn function_words() -> &'static FwIndex {
    static FW: std::sync::OnceLock<FwIndex> = std::sync::OnceLock::new();
    FW.get_or_init(|| {
        let mut buckets: Vec<Vec<(u128, bool, bool)>> = vec![Vec::new(); 26 * FW_MAX_LEN];
        for (list, en) in [(EN_FUNCTION, true), (ID_FUNCTION, false)] {
            for w in list {
                let Some(i) = fw_slot(w) else { continue };
                let bytes = fw_bytes(w.as_bytes());
                match buckets[i].iter_mut().find(|e| e.0 == bytes) {
                    Some(e) if en => e.1 = true,
                    Some(e) => e.2 = true,
                    None => buckets[i].push((bytes, en, !en)),
                }
            }
        }
        FwIndex { buckets }
    })
}

impl FwIndex {
    #[inline]
    fn lookup(&self, w: &str) -> (bool, bool) {
        // Same first letter and length in a bucket: compare bytes.
        let Some(i) = fw_slot(w) else {
            return (false, false);
        };
        let bytes = fw_bytes(w.as_bytes());
        self.buckets[i]
            .iter()
            .find(|e| e.0 == bytes)
            .map_or((false, false), |e| (e.1, e.2))
    }
}

/// Letters only Vietnamese uses among the languages whatlang knows: ơ, ư,
/// ĩ, ũ and U+1EA0–U+1EF9 except ẹ/Ẹ (U+1EB8–9) and ọ/Ọ (U+1ECC–D).
pub(crate) fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ')
        || (('\u{1EA0}'..='\u{1EF9}').contains(&c)
            && !matches!(c, '\u{1EB8}' | '\u{1EB9}' | '\u{1ECC}' | '\u{1ECD}'))
}

/// A combining diacritical mark (U+0300–U+036F), as in decomposed (NFD)
/// Vietnamese.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// Combining marks that only Vietnamese stacks on vowels in NFD: the horn
/// (U+031B, ơ ư) and the hook above (U+0309, ả ẻ ỏ).
fn is_vietnamese_mark(c: char) -> bool {
    matches!(c, '\u{31B}' | '\u{309}')
}

/// Evidence counts in a piece of text.
#[derive(Debug, Default, Clone, Copy)]
struct Cues {
    en: f64,
    id: f64,
    vi: f64,
    /// Words.
    words: usize,
    /// Words that are strong evidence of en/id/vi: function words and
    /// words with letters only Vietnamese uses.
    strong: usize,
    /// Words that cannot be Vietnamese: unmarked and longer than one
    /// syllable (written Vietnamese is one syllable per word). Counted
    /// only while every word is one: read as `not_vi == words`.
    not_vi: usize,
    /// Lowercase words (names and initials aside): the base of the
    /// evidence ratio.
    plain: usize,
    /// The words read stopped at their count with more text after a
    /// separator: any longer text starting with this one reads the same
    /// words (when it is read as this one is; see [`Cues::spelled`]).
    cut: bool,
}

impl Cues {
    /// Words examined at most: enough evidence, bounded cost on long lines.
    const MAX_WORDS: usize = 64;

    fn of(text: &str, latin_diacritics_are_vi: bool) -> Cues {
        CUES.try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => Self::counted(text, latin_diacritics_are_vi, Some(&mut cache)),
            Err(_) => Self::counted(text, latin_diacritics_are_vi, None),
        })
        .unwrap_or_else(|_| Self::counted(text, latin_diacritics_are_vi, None))
    }

    /// [`Cues::of`], each word's cues from `cache` where it has them.
    fn counted(
        text: &str,
        latin_diacritics_are_vi: bool,
        mut cache: Option<&mut CueCache>,
    ) -> Cues {
        let mut c = Cues::default();
        let spell = Self::spelled(text);
        let max_words = if spell { Self::MAX_WORDS } else { 24 };
        let flags = u8::from(latin_diacritics_are_vi) | (u8::from(spell) << 1);
        let (mut lower, mut ascii) = (String::new(), String::new());
        let mut pieces = text
            .split(|ch: char| !is_alphabetic(ch) && !is_mark(ch) && ch != '\'' && ch != '’')
            .filter(|w| !w.is_empty());
        for w in pieces.by_ref().take(max_words) {
            let w = w.trim_matches(['\'', '’']);
            if w.is_empty() {
                continue;
            }
            c.words += 1;
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            c.plain += usize::from(!cap && w.len() >= 2);
            // Whether this word can still make every word one that cannot
            // be Vietnamese (`not_vi` is counted only while all are).
            let all_so_far = c.not_vi + 1 == c.words;
            let e = if w.is_ascii() && !spell {
                // An ASCII word of long text is looked up in the small
                // function-word table faster than in the cache, whose size
                // makes each lookup a trip to memory.
                let word = ascii_lowered(w, &mut ascii);
                word_cues(word, latin_diacritics_are_vi, spell, all_so_far)
            } else {
                // The lowercase word, as the cache key where it fits (a
                // word past ASCII is lowercased into `lower`, reused).
                let owned;
                let key = if w.is_ascii() {
                    owned = None;
                    WordKey::ascii_lowercase(w, flags)
                } else {
                    lower.clear();
                    crate::lower::push_lowercase(&mut lower, w);
                    owned = Some(lower.as_str());
                    WordKey::new(&lower, flags)
                };
                let compute = |need_not_vi: bool, ascii: &mut String| {
                    let lower = match owned {
                        Some(l) => l,
                        None => ascii_lowered(w, ascii),
                    };
                    word_cues(lower, latin_diacritics_are_vi, spell, need_not_vi)
                };
                match (cache.as_deref_mut(), key) {
                    (Some(map), Some(key)) => match map.get(&key) {
                        Some(e) => *e,
                        None => {
                            // (Cached cues are whole.)
                            let e = compute(true, &mut ascii);
                            if map.len() >= CUE_CACHE_MAX {
                                map.clear();
                            }
                            map.insert(key, e);
                            e
                        }
                    },
                    _ => compute(all_so_far, &mut ascii),
                }
            };
            let (en, id, vi) = (e.en, e.id, e.vi);
            c.strong += usize::from(e.strong);
            c.not_vi += usize::from(e.not_vi && all_so_far);
            // Capitalised words are names as often as not: their spelling
            // counts for less, and a Vietnamese name is no evidence of
            // Vietnamese text.
            let k = if cap { 0.35 } else { 1.0 };
            c.en += en * k;
            c.id += id * k;
            c.vi += if cap { 0.0 } else { vi };
        }
        c.cut = pieces.next().is_some();
        c
    }

    /// Whether spelling rules are counted: they matter on short text only
    /// (long text has whatlang).
    fn spelled(text: &str) -> bool {
        text.len() < 160
    }

    /// The language these cues give positive evidence of (see
    /// [`cue_lang`]).
    fn lang(&self) -> Option<Lang> {
        [
            (Lang::Vi, self.vi),
            (Lang::En, self.en),
            (Lang::Id, self.id),
        ]
        .into_iter()
        .fold(
            (None, 0.5),
            |(bl, bs), (l, s)| if s > bs { (Some(l), s) } else { (bl, bs) },
        )
        .0
    }

    fn of_lang(&self, l: Lang) -> f64 {
        match l {
            Lang::En => self.en,
            Lang::Id => self.id,
            Lang::Vi => self.vi,
            _ => 0.0,
        }
    }
}

/// The ASCII word `w` lowercased into `buf` (reused).
fn ascii_lowered<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    buf.push_str(w);
    buf.make_ascii_lowercase();
    buf
}

/// What one lowercase word tells [`Cues`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct WordCues {
    en: f64,
    id: f64,
    vi: f64,
    /// A function word, a letter only Vietnamese uses, or an en/id affix.
    strong: bool,
    /// ASCII, four letters or more, and no Vietnamese syllable.
    not_vi: bool,
}

/// The cues of a lowercase word; `not_vi` is left `false` unless
/// `need_not_vi` (where it costs a syllable check).
fn word_cues(
    lower: &str,
    latin_diacritics_are_vi: bool,
    spell: bool,
    need_not_vi: bool,
) -> WordCues {
    let (en, id, vi, strong) = word_evidence(lower, latin_diacritics_are_vi, spell);
    // With spelling computed, an unmarked non-syllable shows as no
    // Vietnamese evidence: no second syllable check.
    let impossible = || {
        if spell {
            vi <= 0.0
        } else {
            vietnamese_syllable(lower).is_none()
        }
    };
    WordCues {
        en,
        id,
        vi,
        strong: strong || has_en_id_affix(lower),
        not_vi: need_not_vi && lower.is_ascii() && lower.len() >= 4 && impossible(),
    }
}

/// Words a thread's cue cache holds before it starts afresh.
const CUE_CACHE_MAX: usize = 1 << 15;

/// Words' cues by key.
type CueCache = rustc_hash::FxHashMap<WordKey, WordCues>;

thread_local! {
    /// Recent words' cues, per thread (a pure function of the word and the
    /// two switches; news vocabulary repeats).
    static CUES: std::cell::RefCell<CueCache> = std::cell::RefCell::new(CueCache::default());
}

/// Evidence of one lowercase word for (en, id, vi), and whether it is
/// strong evidence (a function word or a letter only Vietnamese uses).
fn word_evidence(w: &str, latin_diacritics_are_vi: bool, spell: bool) -> (f64, f64, f64, bool) {
    let (mut en, mut id, mut vi) = (0.0, 0.0, 0.0);
    let mut strong = false;
    if w.is_ascii() {
        let (is_en, is_id) = function_words().lookup(w);
        if is_en {
            en += 2.0;
            strong = true;
        }
        if is_id {
            id += 2.0;
            strong = true;
        }
        if spell {
            let (e, i, v) = spelling(w);
            en += e;
            id += i;
            vi += v;
        }
        return (en, id, vi, strong);
    }
    let mut vi_letters = 0;
    let mut other_diacritic = false;
    for ch in w.chars() {
        if is_vietnamese_letter(ch) || is_vietnamese_mark(ch) {
            vi_letters += 1;
        } else if !ch.is_ascii() && (ch.is_letter() || is_mark(ch)) {
            other_diacritic = true;
        }
    }
    if vi_letters > 0 {
        vi += 4.0;
        strong = true;
    } else if other_diacritic && latin_diacritics_are_vi {
        vi += 3.0;
    }
    (en, id, vi, strong)
}

/// Whether a word carries an Indonesian or English affix: `meN-`, `ber-`,
/// `ter-`, `di-`, `-kan`, `-nya`; `-tion`, `-ing`, `-ed`, `-ly`. Counted as
/// en/id evidence when deciding whether text may be another language.
fn has_en_id_affix(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 6 {
        return false;
    }
    let prefix = match b[0] {
        b'm' => b.starts_with(b"mem") || b.starts_with(b"men"),
        b'b' => b.starts_with(b"ber"),
        b't' => b.starts_with(b"ter"),
        b'd' => b[1] == b'i',
        b'p' => b.starts_with(b"per"),
        _ => false,
    };
    prefix
        || match b[b.len() - 1] {
            b'n' => b.ends_with(b"kan") || b.ends_with(b"tion"),
            b'a' => b.ends_with(b"nya"),
            b'g' => b.ends_with(b"ing"),
            b'd' => b[b.len() - 2] == b'e',
            b'y' => b[b.len() - 2] == b'l',
            _ => false,
        }
}

/// An ASCII lowercase vowel letter (`y` is left to each rule).
#[inline]
fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Spelling evidence of an ASCII lowercase word.
fn spelling(w: &str) -> (f64, f64, f64) {
    let (mut en, mut id, mut vi) = (0.0f64, 0.0f64, 0.0f64);
    let b = w.as_bytes();
    let n = b.len();
    let ends = |p: &str| w.ends_with(p) && n > p.len() + 1;
    let starts = |p: &str| w.starts_with(p) && n > p.len() + 2;
    // Letter groups, in one pass: each group found counts once. English:
    // `th sh ph wh ck gh ee oo ea ou qu tch dge`; Indonesian: `ny kh sy aa
    // ua ai au`.
    let (mut en_groups, mut id_groups) = (0u32, 0u32);
    for (k, p) in b.windows(2).enumerate() {
        let next = b.get(k + 2).copied();
        match (p[0], p[1]) {
            (b't', b'h') => en_groups |= 1,
            (b's', b'h') => en_groups |= 1 << 1,
            (b'p', b'h') => en_groups |= 1 << 2,
            (b'w', b'h') => en_groups |= 1 << 3,
            (b'c', b'k') => en_groups |= 1 << 4,
            (b'g', b'h') => en_groups |= 1 << 5,
            (b'e', b'e') => en_groups |= 1 << 6,
            (b'o', b'o') => en_groups |= 1 << 7,
            (b'e', b'a') => en_groups |= 1 << 8,
            (b'o', b'u') => en_groups |= 1 << 9,
            (b'q', b'u') => en_groups |= 1 << 10,
            (b't', b'c') if next == Some(b'h') => en_groups |= 1 << 11,
            (b'd', b'g') if next == Some(b'e') => en_groups |= 1 << 12,
            (b'n', b'y') => id_groups |= 1,
            (b'k', b'h') => id_groups |= 1 << 1,
            (b's', b'y') => id_groups |= 1 << 2,
            (b'a', b'a') => id_groups |= 1 << 3,
            (b'u', b'a') => id_groups |= 1 << 4,
            (b'a', b'i') => id_groups |= 1 << 5,
            (b'a', b'u') => id_groups |= 1 << 6,
            _ => {}
        }
    }
    en += 0.9 * f64::from(en_groups.count_ones());
    id += 0.4 * f64::from(id_groups.count_ones());
    for p in [
        "tion", "sion", "ness", "ment", "ful", "less", "ous", "ive", "ity", "ing", "ed", "ly",
        "er", "est", "able", "ies",
    ] {
        if ends(p) {
            en += 0.8;
        }
    }
    if b.iter().any(|c| matches!(c, b'x' | b'q' | b'z' | b'v')) {
        en += 0.6;
    }
    if n >= 3 && (b[n - 1] == b'e' || b[n - 1] == b'y' || b[n - 1] == b'w') {
        en += 0.7;
    }
    if n >= 2 && b[n - 1] == b's' && !matches!(b[n - 2], b'a' | b'i' | b'u') {
        en += 0.4;
    }
    let vi_shape = vietnamese_syllable(w);
    // Indonesian words end in one consonant (or `ng`, `ny`); English ends
    // in clusters (`market`, `perfect`, `world`) — Vietnamese `-nh`, `-ch`
    // and `-ng` syllables aside.
    if vi_shape.is_none()
        && n >= 3
        && !vowel(b[n - 1])
        && !vowel(b[n - 2])
        && b[n - 1] != b'y'
        && b[n - 2] != b'y'
    {
        let pair = &w[n - 2..];
        if !matches!(pair, "ng" | "ny" | "kh" | "sy") {
            en += 1.0;
        }
    }
    // Doubled consonants are rare in Indonesian (`tariff`, `brilliant`).
    if b.windows(2)
        .any(|p| p[0] == p[1] && !vowel(p[0]) && p[0] != b'n')
    {
        en += 0.8;
    }
    // Indonesian affixes and spellings.
    for p in [
        "meng", "meny", "mem", "men", "ber", "ter", "per", "peng", "peny", "pem", "pen", "ke",
        "se", "di",
    ] {
        if starts(p) {
            id += if p.len() >= 3 { 1.0 } else { 0.5 };
            break;
        }
    }
    for p in ["kan", "nya", "lah", "kah", "an"] {
        if ends(p) {
            id += if p.len() >= 3 { 1.2 } else { 0.5 };
            break;
        }
    }
    // Loanword endings where English has others: `-si` (-tion), `-itas`
    // (-ity), `-tif` (-tive), `-ik` (-ic), `-isme` (-ism).
    for p in ["si", "itas", "tif", "ik", "isme", "iah", "wan", "wati"] {
        if ends(p) {
            id += 1.0;
            break;
        }
    }
    if n >= 3 && matches!(b[n - 1], b'a' | b'i' | b'u') && !vowel(b[n - 2]) {
        id += 0.7; // CV endings: `kota`, `lagi`, `baru`
    }
    if ends("ah") || ends("uk") || ends("ak") || ends("ik") || ends("ut") || ends("ung") {
        id += 0.8;
    }
    // Vietnamese syllables without marks: the shape of one syllable, more
    // when it has an onset, vowel group or coda only Vietnamese has. Written
    // Vietnamese is one syllable per word: a longer unmarked word counts
    // against it.
    if let Some(distinct) = vi_shape {
        vi += if distinct { 2.0 } else { 1.0 };
    }
    // Closed Indonesian syllables English avoids: `sungguh`, `kokoh`,
    // `lebih`, `proyek`, `golok`; `y` as a consonant after one (`proyek`).
    for p in ["uh", "ih", "oh", "eh", "ek", "ok"] {
        if ends(p) {
            id += 0.8;
            break;
        }
    }
    if b.windows(3)
        .any(|t| !vowel(t[0]) && t[0] != b'y' && t[1] == b'y' && vowel(t[2]))
    {
        id += 0.6;
    }
    id += loanword_spelling(w, vi_shape.is_some());
    (en, id, vi)
}

/// Indonesian evidence from how the language spells sounds and adapts
/// loanwords, where English spells them otherwise (the rules of *Pedoman
/// Umum Pembentukan Istilah*, Badan Bahasa): `c` → `k` (`ko-` for `co-`,
/// `-kt-` for `-ct-`: `komite`, `faktor`), `x` → `ks` (`ekspor`,
/// `konteks`), `-ic` → `-is` (`tragis`); and onsets and codas English does
/// not have: word-initial `ng`, `ny`, `mb`, `nd`, `nj`; `ngg` (`tinggal`);
/// closed `-ong`, `-ur`, `-ir` after an open syllable (`kosong`, `timur`,
/// `lahir`).
fn loanword_spelling(w: &str, vi_syllable: bool) -> f64 {
    let b = w.as_bytes();
    let n = b.len();
    let consonant = |c: u8| c.is_ascii_lowercase() && !vowel(c) && c != b'y';
    let mut id = 0.0;
    if n < 4 || vi_syllable {
        return id;
    }
    if w.contains("kt") {
        id += 1.0;
    }
    if w.starts_with("eks") || (w.ends_with("eks") && b[n - 4] != b'e') {
        id += 1.2;
    } else if b[..n - 1]
        .windows(3)
        .any(|t| t[1] == b'k' && t[2] == b's' && vowel(t[0]))
    {
        // `ks` inside a word (`maksud`, `taksi`), not the plural `-ks`.
        id += 0.6;
    }
    if w.starts_with("ko") || w.starts_with("ku") {
        id += 0.7;
    }
    if ["ng", "ny", "mb", "nd", "nj"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        id += 1.2;
    }
    if w.contains("ngg") {
        id += 1.0;
    }
    // `-ong` (English `long`, `wrong`, `among` aside).
    if n >= 5 && w.ends_with("ong") && !matches!(b[n - 4], b'l' | b'r' | b'm') {
        id += 0.8;
    }
    // VC + `ur`/`ir`/`is`: `timur`, `lahir`, `tragis` (not `occur`,
    // `blur`, `basis`, `-itis`).
    if n >= 5 && vowel(b[n - 4]) && consonant(b[n - 3]) && b[n - 3] != b'c' {
        let tail = &w[n - 2..];
        let is_ok = tail == "is" && b[n - 3] != b's' && !w.ends_with("itis");
        if tail == "ur" || tail == "ir" || is_ok {
            id += 0.7;
        }
    }
    id
}

/// Whether an ASCII word has the shape of one Vietnamese syllable (an onset
/// from Vietnamese's set, one vowel group, an allowed coda), and whether
/// that shape is distinctively Vietnamese (onsets `tr`, `ng`, `nh`, `kh`,
/// `gi`, `qu`; vowel groups `oa`, `oe`, `uy`, `uo`, `ie`, `ua`; coda
/// `nh`). `None` when it is not a syllable.
fn vietnamese_syllable(w: &str) -> Option<bool> {
    let b = w.as_bytes();
    // Onset, vowel group and coda: at most 3 + 3 + 2 letters.
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    // Vietnamese onsets by their first letter, longest first (`ngh`
    // before `ng`, `gi` before `g`); the empty onset is tried last.
    let family: &[&[u8]] = match b[0] {
        b'n' => &[b"ngh", b"ng", b"nh", b"n"],
        b'c' => &[b"ch", b"c"],
        b'g' => &[b"gh", b"gi", b"g"],
        b'k' => &[b"kh", b"k"],
        b'p' => &[b"ph", b"p"],
        b'q' => &[b"qu"],
        b't' => &[b"th", b"tr", b"t"],
        b'b' => &[b"b"],
        b'd' => &[b"d"],
        b'h' => &[b"h"],
        b'l' => &[b"l"],
        b'm' => &[b"m"],
        b'r' => &[b"r"],
        b's' => &[b"s"],
        b'v' => &[b"v"],
        b'x' => &[b"x"],
        _ => &[],
    };
    let (onset, rest) = family.iter().chain([&&b""[..]]).find_map(|o| {
        let fits = o.len() < b.len() && o.iter().zip(b).all(|(x, y)| x == y);
        (fits && is_vowel(&b[o.len()])).then(|| (*o, &b[o.len()..]))
    })?;
    syllable_after_onset(onset, rest)
}

/// [`vietnamese_syllable`] past its onset: `rest` must be one vowel group
/// and an allowed coda.
fn syllable_after_onset(onset: &[u8], rest: &[u8]) -> Option<bool> {
    let vowels = rest.iter().take_while(|c| is_vowel(c)).count();
    if vowels > 3 {
        return None;
    }
    let (group, coda) = rest.split_at(vowels);
    let coda_ok = matches!(
        coda,
        b"" | b"ng" | b"nh" | b"ch" | b"c" | b"m" | b"n" | b"p" | b"t" | b"i" | b"o" | b"u" | b"y"
    );
    if !coda_ok {
        return None;
    }
    // `-ch` and `-nh` follow only a, e, i, y (`lunch`, `church` are not
    // Vietnamese).
    if matches!(coda, b"ch" | b"nh") && !matches!(group.last(), Some(b'a' | b'e' | b'i' | b'y')) {
        return None;
    }
    let has = |g: &[u8]| group.windows(g.len()).any(|x| x == g);
    let distinct = matches!(
        onset,
        b"tr" | b"ng" | b"ngh" | b"nh" | b"kh" | b"gi" | b"qu"
    ) || [&b"oa"[..], b"oe", b"uy", b"uo", b"ie", b"ua"]
        .iter()
        .any(|g| has(g))
        || coda == b"nh";
    Some(distinct)
}

/// A Vietnamese vowel letter (ASCII).
fn is_vowel(c: &u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

impl Detector {
    /// A builder with the defaults (en/id/vi, no minimum length).
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// The allowed languages.
    pub fn allowlist(&self) -> &[Lang] {
        &self.allow
    }

    /// Detects the language of `text` on its own. `None` when the text has
    /// fewer letters than the minimum (punctuation, numbers, empty).
    pub fn detect(&self, text: &str) -> Option<Detection> {
        Some(match self.begin(text)? {
            Begun::Done(d) => d,
            Begun::Latin {
                text,
                letters,
                cues,
            } => self.finish(text, letters, &cues),
        })
    }

    /// The brief alone of [`Detector::detect_brief_with_cues`].
    #[cfg(test)]
    pub(crate) fn detect_brief(&self, text: &str) -> Option<Brief> {
        self.detect_brief_with_cues(text, usize::MAX).0
    }

    /// What [`Detector::detect`] gives, as a [`Brief`]: where the word cues
    /// alone decide the language (their lead is more than whatlang's vote
    /// can make up), whatlang is not asked and the brief has no
    /// confidence ([`Brief::exact`] computes it when wanted). The language
    /// is the same either way. The detection reads `prefix(whole, max)`.
    /// With it, [`cue_lang`] of the whole text where the detection worked
    /// it out on the way (`None`: it did not; it did when the cues read
    /// the whole text, or read as many words as they read of any text and
    /// the same way).
    pub(crate) fn detect_brief_with_cues(
        &self,
        whole: &str,
        max: usize,
    ) -> (Option<Brief>, CueLang) {
        let text = prefix(whole, max);
        let Some(begun) = self.begin(text) else {
            return (None, None);
        };
        match begun {
            Begun::Done(d) => (Some(d.brief()), None),
            Begun::Latin {
                text: prefix,
                letters,
                cues,
            } => {
                // `cue_lang` counts cues as the detection does when the
                // allowlist is within en/id/vi, on the same words when the
                // detection read the whole text, or stopped at its count
                // of words on a prefix read without spelling (as the whole
                // text, longer, is read).
                let same_words =
                    prefix.len() == whole.len() || (cues.cut && !Cues::spelled(prefix));
                let cue = (self.within_first_class && same_words).then(|| cues.lang());
                let brief = match self.decided_by_cues(letters, &cues) {
                    Some(lang) => Brief::new(lang, false, false, f64::NAN),
                    None => self.finish(prefix, letters, &cues).brief(),
                };
                (Some(brief), cue)
            }
        }
    }

    /// The language [`Detector::finish`] must choose whatever whatlang
    /// says, when the cues decide it: no other language can be reported
    /// (the allowlist is forced, the text is short, or the cues point to
    /// en/id/vi), no other detector is asked, and the cues' leader is ahead
    /// of every other allowed language by more than whatlang's vote can add
    /// (`trust * (0.6 + confidence)`, confidence at most 1).
    fn decided_by_cues(&self, letters: usize, cues: &Cues) -> Option<Lang> {
        #[cfg(feature = "lingua")]
        if self.lingua.is_some() {
            return None;
        }
        if !self.forced && letters >= 20 && cues.strong * 5 <= cues.plain {
            return None;
        }
        let vote = (letters as f64 / 12.0).min(6.0) * 1.6;
        let (best, lead) = self
            .allow
            .iter()
            .map(|&l| (l, cues.of_lang(l)))
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        let ahead = |l: Lang| l == best || lead > cues.of_lang(l).max(0.0) + vote + 1e-9;
        (lead > 0.0 && self.allow.iter().all(|&l| ahead(l))).then_some(best)
    }

    /// The start of [`Detector::detect`]: the text's prefix, its letters
    /// and cues, or the answer where there is nothing more to weigh.
    fn begin<'t>(&self, text: &'t str) -> Option<Begun<'t>> {
        // A paragraph's language shows in its first hundred words: longer
        // text is judged on its start, which also bounds the cost.
        let text = prefix(text, 600);
        let (letters, latin) = letters_and_latin(text);
        if letters < self.min_letters {
            return None;
        }
        // Another script (Arabic, Cyrillic, Thai …) is never en/id/vi:
        // unless the caller forced the allowlist, say what it is.
        if !self.forced && latin * 2 < letters {
            return whatlang::detect(text).map(|all| {
                let l = Lang::from_whatlang(all.lang());
                Begun::Done(Detection {
                    lang: l,
                    confidence: all.confidence(),
                    reliable: all.is_reliable(),
                    candidates: vec![(l, 1.0)],
                })
            });
        }
        let cues = Cues::of(text, self.within_first_class);
        Some(Begun::Latin {
            text,
            letters,
            cues,
        })
    }

    /// The rest of [`Detector::detect`] on Latin-script text: whatlang's
    /// vote with the cues.
    fn finish(&self, text: &str, letters: usize, cues: &Cues) -> Detection {
        let info = self.whatlang_guess(text, true);
        // Long text that whatlang is sure of, with cues that agree: done.
        if letters >= 120 {
            if let Some(i) = info.as_ref().filter(|i| i.is_reliable()) {
                let l = Lang::from_whatlang(i.lang);
                let best_cue = self
                    .allow
                    .iter()
                    .copied()
                    .max_by(|a, b| cues.of_lang(*a).total_cmp(&cues.of_lang(*b)));
                if best_cue == Some(l) && cues.strong * 5 > cues.plain {
                    return self.decide(letters, cues, info);
                }
            }
        }
        // Another language the caller did not exclude: report it when
        // whatlang, unrestricted, is sure and nothing points to en/id/vi.
        if !self.forced && letters >= 20 && cues.strong * 5 <= cues.plain {
            if let Some(all) = self.whatlang_guess(text, false) {
                let l = Lang::from_whatlang(all.lang);
                if all.is_reliable() && !self.allow.contains(&l) && !l.is_first_class() {
                    return Detection {
                        lang: l,
                        confidence: all.confidence,
                        reliable: true,
                        candidates: vec![(l, 1.0)],
                    };
                }
            }
        }
        #[cfg(feature = "lingua")]
        if let Some(lingua) = &self.lingua {
            if info.as_ref().is_none_or(|i| !i.is_reliable()) {
                if let Some(d) = self.with_lingua(&lingua.0, text) {
                    return d;
                }
            }
        }
        self.decide(letters, cues, info)
    }

    /// whatlang's answer, restricted to the allowlist or not: computed here
    /// for Latin-script text (see [`trigrams`]), by whatlang otherwise.
    fn whatlang_guess(&self, text: &str, restricted: bool) -> Option<Guess> {
        let allow = restricted.then_some(self.whatlang_allow.as_slice());
        match trigrams::detect(text, allow) {
            Some(guess) => guess,
            None if restricted => self.whatlang.detect(text).map(Guess::from),
            None => whatlang::detect(text).map(Guess::from),
        }
    }

    fn decide(&self, letters: usize, cues: &Cues, info: Option<Guess>) -> Detection {
        // whatlang's vote weighs more the longer the text.
        let trust = (letters as f64 / 12.0).min(6.0);
        let mut scores: Vec<(Lang, f64)> = self
            .allow
            .iter()
            .map(|&l| {
                let mut s = cues.of_lang(l);
                // whatlang's Vietnamese vote on words that cannot be
                // Vietnamese does not count.
                let impossible = l == Lang::Vi && cues.words > 0 && cues.not_vi == cues.words;
                if let Some(i) = info.as_ref().filter(|_| !impossible) {
                    if Lang::from_whatlang(i.lang) == l {
                        s += trust * (0.6 + i.confidence);
                    }
                }
                (l, s.max(0.0) + 0.05)
            })
            .collect();
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        let total: f64 = scores.iter().map(|s| s.1).sum();
        for s in scores.iter_mut() {
            s.1 /= total;
        }
        let (lang, top) = scores[0];
        let second = scores.get(1).map_or(0.0, |s| s.1);
        let reliable = top - second >= 0.3 && (letters >= 12 || top >= 0.8);
        Detection {
            lang,
            confidence: top,
            reliable,
            candidates: scores,
        }
    }

    #[cfg(feature = "lingua")]
    fn with_lingua(&self, lingua: &lingua::LanguageDetector, text: &str) -> Option<Detection> {
        let values = lingua.compute_language_confidence_values(text);
        #[allow(unreachable_patterns)]
        let mut candidates: Vec<(Lang, f64)> = values
            .into_iter()
            .filter_map(|(l, c)| {
                let lang = match l {
                    lingua::Language::English => Lang::En,
                    lingua::Language::Indonesian => Lang::Id,
                    lingua::Language::Vietnamese => Lang::Vi,
                    _ => return None,
                };
                Some((lang, c))
            })
            .collect();
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(lang, top) = candidates.first()?;
        let second = candidates.get(1).map_or(0.0, |s| s.1);
        Some(Detection {
            lang,
            confidence: top,
            reliable: top - second >= 0.3,
            candidates,
        })
    }

    /// The language of a line inside a document in `doc`. A long line is
    /// judged on its own; a short one keeps the document's language unless
    /// the evidence against it is strong: Vietnamese letters in words that
    /// are not names, or function words of another language and none of
    /// the document's. `None` only when the line has no letters and `doc`
    /// is `None`.
    pub fn detect_in(&self, text: &str, doc: Option<Lang>) -> Option<Detection> {
        let Some(doc) = doc.filter(|d| self.allow.contains(d)) else {
            return self.detect(text);
        };
        let letters = letter_count(text);
        if letters == 0 {
            return Some(Detection::kept(doc, 0.0));
        }
        // Letters no model can place (a lone combining letter such as
        // U+0364) keep the document's language.
        let Some(d) = self.detect(text) else {
            return Some(Detection::kept(doc, 0.0));
        };
        self.in_context(text, doc, d)
    }

    /// [`Detector::detect_in`] with the line's own detection already made.
    pub(crate) fn in_context(&self, text: &str, doc: Lang, d: Detection) -> Option<Detection> {
        if d.lang == doc {
            return Some(d);
        }
        let text = prefix(text, 600);
        let letters = letter_count(text);
        let cues = Cues::of(text, self.within_first_class);
        let own = cues.of_lang(doc);
        let other = cues.of_lang(d.lang);
        if letters >= SHORT_LETTERS {
            // Long: whatlang and the cues together, unless the document's
            // own evidence is as strong.
            return Some(if own >= other {
                Detection::kept(doc, 0.5)
            } else {
                d
            });
        }
        // Short: switch only on strong evidence for the other language and
        // none for the document's; letters only Vietnamese uses are
        // near-certain and win unless the document's evidence is greater.
        let strong = if d.lang == Lang::Vi {
            other >= 3.0 && other >= own
        } else {
            other >= 2.0 && own < 1.0
        };
        Some(if strong { d } else { Detection::kept(doc, 0.5) })
    }
}

/// The first `max` bytes of `text` (cut back to a char boundary and a
/// space where one is near).
pub(crate) fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    match cut.rfind(char::is_whitespace) {
        Some(sp) if sp > max / 2 => &cut[..sp],
        _ => cut,
    }
}

/// The language with the largest total weight; ties go to the language seen
/// first. `None` when no vote has a positive weight.
pub fn vote<I: IntoIterator<Item = (Lang, usize)>>(votes: I) -> Option<Lang> {
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

/// Letters, and how many of them are Latin, in one pass.
fn letters_and_latin(text: &str) -> (usize, usize) {
    let (letters, others) = crate::chars::letters_and_others(text);
    (letters, letters - others)
}

/// Number of alphabetic characters: the weight of a block in the vote.
pub fn letter_count(text: &str) -> usize {
    crate::chars::count_alphabetic(text)
}

/// The language a piece of text gives positive evidence of (function words,
/// Vietnamese letters), without a statistical model; `None` without any.
pub(crate) fn cue_lang(text: &str) -> Option<Lang> {
    Cues::of(text, true).lang()
}

/// A text's [`cue_lang`] when known: `Some(None)` is known to be none.
pub(crate) type CueLang = Option<Option<Lang>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_is_sixteen_bytes_with_its_letters() {
        // One per line of a page: its letter count shares a word with its
        // two flags.
        assert_eq!(std::mem::size_of::<Option<Brief>>(), 16);
        let b = Brief::new(Lang::Vi, true, false, 0.5).with_letters(1234);
        assert_eq!(
            (b.letters(), b.reliable(), b.is_exact()),
            (1234, true, false)
        );
        let b = Brief::new(Lang::En, false, true, 0.5).with_letters(usize::MAX);
        assert_eq!(
            (b.letters(), b.reliable(), b.is_exact()),
            (Brief::MAX_LETTERS, false, true)
        );
    }

    /// A brief agrees with the whole detection: same language always; the
    /// same confidence and reliability when exact, or once made exact. The
    /// cue language it works out on the way is [`cue_lang`]'s.
    fn assert_brief(d: &Detector, text: &str) {
        let whole = d.detect(text);
        let brief = d.detect_brief(text);
        let (again, cue) = d.detect_brief_with_cues(text, usize::MAX);
        let key =
            |b: Option<Brief>| b.map(|b| (b.lang, b.is_exact(), b.confidence().map(f64::to_bits)));
        assert_eq!(key(again), key(brief), "{text:?}");
        if let Some(cue) = cue {
            assert_eq!(cue, cue_lang(text), "{text:?}");
        }
        assert_eq!(
            brief.map(|b| b.lang()),
            whole.as_ref().map(|w| w.lang()),
            "{text:?}"
        );
        if let (Some(b), Some(w)) = (brief, whole) {
            let b = b.exact(d, text);
            assert_eq!(b, w.brief(), "{text:?}");
        }
    }

    /// Detected on a prefix, the cue language told is the whole text's;
    /// returns whether one was told.
    fn assert_cue_of_whole(d: &Detector, text: &str, max: usize) -> bool {
        let (_, cue) = d.detect_brief_with_cues(text, max);
        if let Some(cue) = cue {
            assert_eq!(cue, cue_lang(text), "{max} {text:?}");
        }
        cue.is_some()
    }

    #[test]
    fn a_spelled_prefix_tells_no_cue_of_a_longer_text() {
        // The prefix is read with spelling and sixty-four words, the whole
        // text without and twenty-four: the function words past the
        // twenty-fourth count on the prefix only.
        let text = format!("{}{}", "x ".repeat(30), "a ".repeat(50));
        assert!(text.len() >= 160);
        assert_eq!(cue_lang(&text), None);
        assert_eq!(cue_lang(prefix(&text, 150)), Some(Lang::En));
        assert!(!assert_cue_of_whole(&Detector::default(), &text, 150));
    }

    #[test]
    fn briefs_are_the_detections_on_news_lines() {
        // Every line of the bench news in three languages, as the parser
        // sees it (its first 240 bytes), with the default and a restricted
        // or unrestricted allowlist; the cues decide many of them.
        let detectors = [
            Detector::default(),
            Detector::builder()
                .allowlist(&[Lang::En, Lang::Id])
                .build()
                .unwrap(),
            Detector::builder()
                .allowlist(&[Lang::En, Lang::Id, Lang::Vi, "deu".parse().unwrap()])
                .build()
                .unwrap(),
        ];
        let (mut decided, mut lines, mut long, mut told) = (0, 0, 0, 0);
        for lang in ["en", "id", "vi"] {
            let Some(text) = crate::bench_text::bench_text(lang) else {
                return;
            };
            for line in text.lines().filter(|l| !l.trim().is_empty()).take(1500) {
                if line.trim().len() > 240 {
                    long += 1;
                    told += usize::from(assert_cue_of_whole(&detectors[0], line.trim(), 240));
                }
                let line = prefix(line.trim(), 240);
                lines += 1;
                for d in &detectors {
                    assert_brief(d, line);
                }
                decided += usize::from(
                    detectors[0]
                        .detect_brief(line)
                        .is_some_and(|b| !b.is_exact()),
                );
            }
        }
        assert!(
            decided * 4 > lines,
            "the cues decide a good share: {decided} of {lines}"
        );
        assert!(
            told * 2 > long,
            "most long lines' cue languages are told: {told} of {long}"
        );
    }

    /// [`letters_and_latin`] char by char.
    fn letters_and_latin_by_chars(text: &str) -> (usize, usize) {
        let (mut letters, mut latin) = (0, 0);
        for c in text.chars() {
            if c.is_ascii_alphabetic() {
                letters += 1;
                latin += 1;
            } else if !c.is_ascii() && is_alphabetic(c) {
                letters += 1;
                let cp = c as u32;
                latin += usize::from(
                    (0xC0..=0x24F).contains(&cp)
                        || (0x1E00..=0x1EFF).contains(&cp)
                        || (0xFF21..=0xFF5A).contains(&cp),
                );
            }
        }
        (letters, latin)
    }

    #[test]
    fn letters_and_latin_of_every_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = format!("{c}a{c}");
            assert_eq!(
                letters_and_latin(&s),
                letters_and_latin_by_chars(&s),
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn letters_and_latin_as_by_chars(s in "\\PC{0,40}|[a-zà-ỹ0-9 \u{300}\u{ff21}\u{240}\u{3b1}]{0,40}") {
            proptest::prop_assert_eq!(letters_and_latin(&s), letters_and_latin_by_chars(&s));
        }

        #[test]
        fn briefs_are_the_detections(
            words in proptest::collection::vec(
                "(the|and|of|yang|dan|di|untuk|của|và|những|Việt|nghị|Hanoi|ASEAN|meeting|pertemuan|hội|x|1|—|ảnh|Đà)",
                0..90,
            )
        ) {
            let text = words.join(" ");
            assert_brief(&Detector::default(), &text);
            for max in [40, 170, 240] {
                assert_cue_of_whole(&Detector::default(), &text, max);
            }
        }

        #[test]
        fn affixes_and_function_words_as_listed(w in "(mem|men|meng|ber|ter|di|per|[a-z]{0,3})[a-z]{0,5}(kan|nya|tion|ing|ed|ly|[a-z]{0,2})") {
            let listed = w.len() >= 6
                && (["mem", "men", "meng", "ber", "ter", "di", "per"].iter().any(|p| w.starts_with(p))
                    || ["kan", "nya", "tion", "ing", "ed", "ly"].iter().any(|p| w.ends_with(p)));
            proptest::prop_assert_eq!(has_en_id_affix(&w), listed);
            proptest::prop_assert_eq!(
                function_words().lookup(&w),
                (EN_FUNCTION.contains(&w.as_str()), ID_FUNCTION.contains(&w.as_str()))
            );
        }
    }

    #[test]
    fn every_function_word_is_found_in_its_lists() {
        for w in EN_FUNCTION.iter().chain(ID_FUNCTION) {
            assert_eq!(
                function_words().lookup(w),
                (EN_FUNCTION.contains(w), ID_FUNCTION.contains(w)),
                "{w}"
            );
        }
    }

    fn lang(d: &Detector, s: &str) -> Option<Lang> {
        d.detect(s).map(|x| x.lang())
    }

    #[test]
    fn sentences_of_the_three_languages() {
        let d = Detector::default();
        assert_eq!(
            lang(
                &d,
                "The two ministers discussed maritime security cooperation in the region."
            ),
            Some(Lang::En)
        );
        assert_eq!(
            lang(
                &d,
                "Pembicaraan ini bertujuan untuk terus mendorong aktivitas kerjasama pertahanan."
            ),
            Some(Lang::Id)
        );
        assert_eq!(
            lang(
                &d,
                "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6."
            ),
            Some(Lang::Vi)
        );
        assert_eq!(lang(&d, "10/6 - 2014 ..."), None);
        assert_eq!(lang(&d, ""), None);
    }

    #[test]
    fn indonesian_loanword_spellings() {
        for w in [
            "praktik", "ekspresi", "indeks", "taksi", "komputer", "kualitas", "nyanyi", "mbak",
            "ngantuk", "tanggal", "gotong", "telur", "pikir", "praktis",
        ] {
            assert!(loanword_spelling(w, false) > 0.0, "{w}");
        }
        for w in [
            "weeks",
            "books",
            "among",
            "belong",
            "strong",
            "occur",
            "blur",
            "basis",
            "arthritis",
            "nothing",
            "dancing",
            "kitchen",
            "keeping",
        ] {
            assert_eq!(loanword_spelling(w, false), 0.0, "{w}");
        }
        // A Vietnamese syllable is left to the syllable rules.
        assert_eq!(loanword_spelling("nguyen", true), 0.0);
        let d = Detector::default();
        for w in ["ekspresi", "direktur", "nyanyi", "tanggal", "efektif"] {
            assert_eq!(lang(&d, w), Some(Lang::Id), "{w}");
        }
        for w in ["weeks", "occur", "arthritis", "boxing"] {
            assert_eq!(lang(&d, w), Some(Lang::En), "{w}");
        }
    }

    /// `vietnamese_syllable` as first written, trying every onset: its
    /// oracle.
    fn vietnamese_syllable_by_all_onsets(w: &str) -> Option<bool> {
        const ONSETS: [&[u8]; 27] = [
            b"ngh", b"ng", b"nh", b"ch", b"gh", b"gi", b"kh", b"ph", b"qu", b"th", b"tr", b"b",
            b"c", b"d", b"g", b"h", b"k", b"l", b"m", b"n", b"p", b"r", b"s", b"t", b"v", b"x",
            b"",
        ];
        let b = w.as_bytes();
        if b.is_empty() || b.len() > 8 {
            return None;
        }
        let (onset, rest) = ONSETS.iter().find_map(|o| {
            let fits = o.len() < b.len() && o.iter().zip(b).all(|(x, y)| x == y);
            (fits && is_vowel(&b[o.len()])).then(|| (*o, &b[o.len()..]))
        })?;
        syllable_after_onset(onset, rest)
    }

    #[test]
    fn syllables_by_onset_family_as_by_all_onsets() {
        // Every word of up to four letters over the letters that matter,
        // and some longer syllables.
        let letters = "aeiouyngchtrqkpbdlmsvxfz";
        let mut words = vec![String::new()];
        let mut last = words.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|w| letters.chars().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(last.iter().cloned());
        }
        words.extend(["nghieng", "nghieeng", "thuong", "quyen", "giuong"].map(String::from));
        for w in &words {
            assert_eq!(
                vietnamese_syllable(w),
                vietnamese_syllable_by_all_onsets(w),
                "{w}"
            );
        }
    }

    #[test]
    fn vietnamese_syllable_shapes() {
        assert_eq!(vietnamese_syllable("nghieng"), Some(true));
        assert_eq!(vietnamese_syllable("gia"), Some(true));
        assert_eq!(vietnamese_syllable("gin"), Some(false));
        assert_eq!(vietnamese_syllable("toan"), Some(true));
        assert_eq!(vietnamese_syllable("ban"), Some(false));
        assert_eq!(vietnamese_syllable("lunch"), None);
        assert_eq!(vietnamese_syllable("market"), None);
        assert_eq!(vietnamese_syllable("nghieeeng"), None);
        assert_eq!(vietnamese_syllable(""), None);
    }

    #[test]
    fn vietnamese_letters_in_nfd_and_without_marks() {
        let d = Detector::default();
        assert_eq!(lang(&d, "quo\u{302}\u{301}c pho\u{300}ng"), Some(Lang::Vi));
        assert_eq!(lang(&d, "nhanh"), Some(Lang::Vi));
        assert_eq!(lang(&d, "nghị"), Some(Lang::Vi));
    }

    #[test]
    fn names_are_not_vietnamese_evidence() {
        let d = Detector::default();
        assert_eq!(
            d.detect_in("Nguyen Chi Vinh", Some(Lang::En))
                .unwrap()
                .lang(),
            Lang::En
        );
        assert_eq!(
            d.detect_in("Phan Van Giang", Some(Lang::Id))
                .unwrap()
                .lang(),
            Lang::Id
        );
        assert_eq!(
            d.detect_in("Nguyễn Xuân Phúc", Some(Lang::Id))
                .unwrap()
                .lang(),
            Lang::Id
        );
    }

    #[test]
    fn short_lines_in_context() {
        let d = Detector::default();
        assert_eq!(
            d.detect_in("Komentar", Some(Lang::Id)).unwrap().lang(),
            Lang::Id
        );
        assert_eq!(
            d.detect_in("Vietnamese flag.", Some(Lang::En))
                .unwrap()
                .lang(),
            Lang::En
        );
        assert_eq!(
            d.detect_in("7 hours ago", Some(Lang::Id)).unwrap().lang(),
            Lang::En
        );
        assert_eq!(
            d.detect_in("SCROLL TO CONTINUE WITH CONTENT", Some(Lang::Id))
                .unwrap()
                .lang(),
            Lang::En
        );
        assert_eq!(
            d.detect_in("Tin cùng chuyên mục", Some(Lang::Id))
                .unwrap()
                .lang(),
            Lang::Vi
        );
        assert_eq!(
            d.detect_in("(called Bien Dong Sea in Vietnam)", Some(Lang::En))
                .unwrap()
                .lang(),
            Lang::En
        );
        assert_eq!(
            d.detect_in("2024 - 10", Some(Lang::Vi)).unwrap().lang(),
            Lang::Vi
        );
    }

    #[test]
    fn candidates_are_ranked_shares() {
        let d = Detector::default().detect("the ministers agreed").unwrap();
        let c: Vec<_> = d.candidates().collect();
        assert_eq!(c.len(), 3);
        assert!(c.windows(2).all(|w| w[0].1 >= w[1].1));
        assert!((c.iter().map(|x| x.1).sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(c[0].0, d.lang());
    }

    #[test]
    fn other_languages_only_when_not_forced() {
        let fr =
            "Le ministre de la Défense a rencontré son homologue vietnamien à Paris hier soir.";
        let d = Detector::default().detect(fr).unwrap();
        assert_eq!(d.lang().code(), "fr");
        let forced = Detector::builder()
            .allowlist(&Lang::FIRST_CLASS)
            .build()
            .unwrap();
        assert!(forced.detect(fr).unwrap().lang().is_first_class());
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

    #[test]
    fn builder_errors() {
        assert!(Detector::builder().allowlist(&[]).build().is_err());
        let und: Lang = "xyz".parse().unwrap();
        assert!(Detector::builder().allowlist(&[und]).build().is_err());
    }
}
