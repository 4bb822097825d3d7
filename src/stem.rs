//! Stemming: English with rust-stemmers (Snowball English), Indonesian with
//! a dictionary-backed root stemmer ([`IndonesianStemmer`]:
//! Nazief–Adriani with the CS/ECS improvements, as Sastrawi), and Snowball
//! Indonesian (frostem) on request; Vietnamese has no stemmer.
//!
//! # Contract
//!
//! [`Stemmer::stem`] takes one lowercase NFC word (normalize with the
//! `Analysis` preset first) and never panics; a non-empty word never gets an
//! empty stem (the word itself is returned instead).
//!
//! Around the algorithm, what the stemmer leaves to its caller:
//!
//! * a reduplicated word (`aktivitas-aktivitas`) stems its base once;
//! * other hyphenated words stem each part with Snowball (`self-defense` →
//!   `self-defens`); the Indonesian root stemmer keeps a hyphenated word
//!   whole unless both halves give one root (`berbalas-balasan` → `balas`);
//! * [`Stemmer::stem_cased`]: `-nya` on a capitalised name is not stripped.
//!
//! # Roots, not fragments
//!
//! Snowball Indonesian strips affixes by rule alone and cuts roots apart:
//! `mengatakan` → `ata`, `menteri` → `teri`, `kerjasama` → `rjasama`.
//! The default Indonesian stemmer checks a root-word dictionary after every
//! step and returns a root or the word unchanged: `kata`, `menteri`,
//! `kerjasama`. Snowball stays available with [`Stemmer::snowball`].
//!
//! # Why Vietnamese has none
//!
//! Vietnamese is isolating: words do not inflect, and a multi-syllable word
//! is a run of syllables ([`crate::token`] yields one token per syllable).
//! There is nothing to strip; `Stemmer::for_lang(Lang::Vi)` is `None`.
//!
//! Snowball English (rust-stemmers 1.2, the Snowball 2.x algorithm) differs
//! from Snowball 3.x on 57 of 42,649 words (`inter`, `univers`, `-ogist` …).
//!
//! ```
//! use newstext::stem::Stemmer;
//! use newstext::Lang;
//!
//! let id = Stemmer::for_lang(Lang::Id).unwrap();
//! # #[cfg(feature = "id-roots")] { // the default root list
//! for w in ["pertahanan", "bertahan", "mempertahankan"] {
//!     assert_eq!(id.stem(w), "tahan");
//! }
//! assert_eq!(id.stem("mengatakan"), "kata");
//! assert_eq!(id.stem("aktivitas-aktivitas"), "aktivitas");
//! # }
//! let snowball = Stemmer::snowball(Lang::Id).unwrap();
//! assert_eq!(snowball.stem("mengatakan"), "ata");
//! let en = Stemmer::for_lang(Lang::En).unwrap();
//! assert_eq!(en.stem("defences"), en.stem("defence"));
//! assert!(Stemmer::for_lang(Lang::Vi).is_none());
//! ```

use std::borrow::Cow;

use crate::Lang;

mod indonesian;

pub use indonesian::{Analysis, IndonesianStemmer, IndonesianStemmerBuilder};

/// A stemmer for one language. Cheap to clone, `Send + Sync`.
#[derive(Clone)]
pub struct Stemmer {
    lang: Lang,
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Snowball(Snowball),
    IdRoots(IndonesianStemmer),
}

/// The Snowball algorithms (no state: each is built once per process).
#[derive(Clone, Copy)]
enum Snowball {
    English,
    Indonesian,
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let algorithm = match self.inner {
            Inner::Snowball(Snowball::English) => "snowball-english",
            Inner::Snowball(Snowball::Indonesian) => "snowball-indonesian",
            Inner::IdRoots(_) => "indonesian-roots",
        };
        f.debug_struct("Stemmer")
            .field("lang", &self.lang)
            .field("algorithm", &algorithm)
            .finish()
    }
}

impl From<IndonesianStemmer> for Stemmer {
    /// An Indonesian stemmer with a dictionary of one's own.
    ///
    /// ```
    /// use newstext::stem::{IndonesianStemmer, Stemmer};
    /// let s: Stemmer = IndonesianStemmer::builder().with_words(["jokowi"]).build().into();
    /// assert_eq!(s.stem("jokowinya"), "jokowi");
    /// ```
    fn from(s: IndonesianStemmer) -> Stemmer {
        Stemmer {
            lang: Lang::Id,
            inner: Inner::IdRoots(s),
        }
    }
}

impl Stemmer {
    /// The default stemmer of `lang`: Snowball English; for Indonesian the
    /// root stemmer with its default dictionary ([`IndonesianStemmer`]);
    /// `None` for Vietnamese (see the module docs) and other languages.
    pub fn for_lang(lang: Lang) -> Option<Stemmer> {
        let inner = match lang {
            Lang::En => Inner::Snowball(Snowball::English),
            Lang::Id => Inner::IdRoots(IndonesianStemmer::new()),
            _ => return None,
        };
        Some(Stemmer { lang, inner })
    }

    /// The Snowball stemmer of `lang` (English, Indonesian), the algorithm
    /// search engines ship: rules alone, no dictionary.
    ///
    /// ```
    /// use newstext::{stem::Stemmer, Lang};
    /// assert_eq!(Stemmer::snowball(Lang::Id).unwrap().stem("menarik"), "arik");
    /// # #[cfg(feature = "id-roots")]
    /// assert_eq!(Stemmer::for_lang(Lang::Id).unwrap().stem("menarik"), "tarik");
    /// ```
    pub fn snowball(lang: Lang) -> Option<Stemmer> {
        let inner = match lang {
            Lang::En => Inner::Snowball(Snowball::English),
            Lang::Id => Inner::Snowball(Snowball::Indonesian),
            _ => return None,
        };
        Some(Stemmer { lang, inner })
    }

    /// The language stemmed.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The stem of one lowercase NFC word; hyphenated words stem their
    /// parts, a reduplication its base once.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        let algorithm = match &self.inner {
            Inner::IdRoots(s) => return s.stem(word),
            Inner::Snowball(a) => *a,
        };
        if word.contains('-') {
            let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts.iter().all(|p| *p == parts[0]) {
                return Cow::Owned(algorithm.stem(parts[0]).into_owned());
            }
            if parts.len() >= 2 {
                let stems: Vec<Cow<'_, str>> = parts.iter().map(|p| algorithm.stem(p)).collect();
                let joined = stems.join("-");
                return if joined == word {
                    Cow::Borrowed(word)
                } else {
                    Cow::Owned(joined)
                };
            }
        }
        algorithm.stem(word)
    }

    /// Like [`Stemmer::stem`], with the word as written (`original`) to
    /// apply the rules that need its case: in Indonesian, a capitalised
    /// word ending in `-nya` is taken for a name and left unstemmed
    /// (`Sonya` stays `sonya`; lowercase `rumahnya` → `rumah`).
    ///
    /// ```
    /// let id = newstext::stem::Stemmer::for_lang(newstext::Lang::Id).unwrap();
    /// assert_eq!(id.stem_cased("Sonya", "sonya"), "sonya");
    /// # #[cfg(feature = "id-roots")]
    /// assert_eq!(id.stem_cased("rumahnya", "rumahnya"), "rumah");
    /// ```
    pub fn stem_cased<'a>(&self, original: &str, word: &'a str) -> Cow<'a, str> {
        let capitalised = original.chars().next().is_some_and(char::is_uppercase);
        if self.lang == Lang::Id && capitalised && word.ends_with("nya") {
            return Cow::Borrowed(word);
        }
        self.stem(word)
    }
}

impl Snowball {
    /// One word's stem; the word itself where Snowball would leave nothing.
    fn stem(self, word: &str) -> Cow<'_, str> {
        if word.is_empty() {
            return Cow::Borrowed(word);
        }
        let stem = match self {
            Snowball::English => english().stem(word),
            Snowball::Indonesian => indonesian_snowball().stem(word),
        };
        if stem.is_empty() {
            Cow::Borrowed(word)
        } else {
            stem
        }
    }
}

/// The Snowball English stemmer, built once (it holds no state).
fn english() -> &'static rust_stemmers::Stemmer {
    static S: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    S.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
}

/// The Snowball Indonesian stemmer, built once.
fn indonesian_snowball() -> &'static frostem::Stemmer {
    static S: std::sync::OnceLock<frostem::Stemmer> = std::sync::OnceLock::new();
    S.get_or_init(|| frostem::Stemmer::new(frostem::Algorithm::Indonesian))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_indonesian_families_meet() {
        let en = Stemmer::for_lang(Lang::En).unwrap();
        assert_eq!(en.stem("defence"), en.stem("defences"));
        let snowball = Stemmer::snowball(Lang::Id).unwrap();
        assert_eq!(
            snowball.stem("kerjasama"),
            "rjasama",
            "known Snowball weakness, kept visible"
        );
        assert_eq!(snowball.stem("mengatakan"), "ata");
        // The root stemmer needs its dictionary (feature `id-roots`).
        if cfg!(feature = "id-roots") {
            let id = Stemmer::for_lang(Lang::Id).unwrap();
            assert_eq!(id.stem("kerjasama"), "kerjasama");
            assert_eq!(id.stem("mengatakan"), "kata");
        }
    }

    #[test]
    fn hyphens_and_reduplication() {
        let id = Stemmer::for_lang(Lang::Id).unwrap();
        // The root stemmer needs its dictionary (feature `id-roots`).
        if cfg!(feature = "id-roots") {
            assert_eq!(id.stem("negara-negara"), "negara");
            assert_eq!(id.stem("tindakan-tindakan"), id.stem("tindakan"));
        }
        let en = Stemmer::for_lang(Lang::En).unwrap();
        assert_eq!(en.stem("self-defense"), "self-defens");
        assert_eq!(en.stem("asean-japan"), "asean-japan");
        assert_eq!(en.stem("-"), "-");
        assert_eq!(en.stem(""), "");
    }

    #[test]
    fn never_empty_never_panics() {
        let en = Stemmer::for_lang(Lang::En).unwrap();
        let id = Stemmer::for_lang(Lang::Id).unwrap();
        let snowball = Stemmer::snowball(Lang::Id).unwrap();
        for w in [
            "a", "s", "nya", "kah", "ber", "di", "'", "ﬁ", "ảnh", "x\u{301}", "123", "--x--",
        ] {
            assert!(!en.stem(w).is_empty(), "{w}");
            assert!(!id.stem(w).is_empty(), "{w}");
            assert!(!snowball.stem(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn stemmer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Stemmer>();
    }
}
