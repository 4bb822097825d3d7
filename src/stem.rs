//! Stemming: English with rust-stemmers (Snowball English), Indonesian with
//! frostem (the official Snowball Indonesian algorithm); Vietnamese has no
//! stemmer.
//!
//! # Contract
//!
//! [`Stemmer::stem`] takes one lowercase NFC word (normalize with the
//! `Analysis` preset first) and never panics; a non-empty word never gets an
//! empty stem (the word itself is returned instead).
//!
//! Around the algorithm, what Snowball leaves to its caller:
//!
//! * a reduplicated word (`aktivitas-aktivitas`) stems its base once;
//! * other hyphenated words stem each part (`self-defense` → `self-defens`);
//! * [`Stemmer::stem_cased`]: `-nya` on a capitalised name is not stripped.
//!
//! # Why Vietnamese has none
//!
//! Vietnamese is isolating: words do not inflect, and a multi-syllable word
//! is a run of syllables ([`crate::token`] yields one token per syllable).
//! There is nothing to strip; `Stemmer::for_lang(Lang::Vi)` is `None`.
//!
//! # Known Snowball Indonesian weaknesses
//!
//! The algorithm is applied as published, without patches, so its known
//! over-stemming stays visible: `kerjasama` → `rjasama` (`ke-` taken for a
//! prefix), `mengatakan` → `ata`. Snowball English (rust-stemmers 1.2, the
//! Snowball 2.x algorithm) differs from Snowball 3.x on 57 of 42,649 words
//! (`inter`, `univers`, `-ogist` …).
//!
//! ```
//! use newstext::stem::Stemmer;
//! use newstext::Lang;
//!
//! let id = Stemmer::for_lang(Lang::Id).unwrap();
//! for w in ["pertahanan", "bertahan", "mempertahankan"] {
//!     assert_eq!(id.stem(w), "tahan");
//! }
//! assert_eq!(id.stem("aktivitas-aktivitas"), "aktivitas");
//! let en = Stemmer::for_lang(Lang::En).unwrap();
//! assert_eq!(en.stem("defences"), en.stem("defence"));
//! assert!(Stemmer::for_lang(Lang::Vi).is_none());
//! ```

use std::borrow::Cow;

use crate::Lang;

/// A stemmer for one language. Cheap to clone, `Send + Sync`.
pub struct Stemmer {
    lang: Lang,
    inner: Inner,
}

enum Inner {
    En(rust_stemmers::Stemmer),
    Id(frostem::Stemmer),
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stemmer").field("lang", &self.lang).finish()
    }
}

impl Clone for Stemmer {
    fn clone(&self) -> Self {
        Stemmer::for_lang(self.lang).unwrap_or_else(|| unreachable!("built for a stemmed language"))
    }
}

impl Stemmer {
    /// The stemmer of `lang`: English and Indonesian; `None` for
    /// Vietnamese (see the module docs) and other languages.
    pub fn for_lang(lang: Lang) -> Option<Stemmer> {
        let inner = match lang {
            Lang::En => Inner::En(rust_stemmers::Stemmer::create(
                rust_stemmers::Algorithm::English,
            )),
            Lang::Id => Inner::Id(frostem::Stemmer::new(frostem::Algorithm::Indonesian)),
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
        if word.contains('-') {
            let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts.iter().all(|p| *p == parts[0]) {
                return Cow::Owned(self.stem_one(parts[0]).into_owned());
            }
            if parts.len() >= 2 {
                let stems: Vec<Cow<'_, str>> = parts.iter().map(|p| self.stem_one(p)).collect();
                let joined = stems.join("-");
                return if joined == word {
                    Cow::Borrowed(word)
                } else {
                    Cow::Owned(joined)
                };
            }
        }
        self.stem_one(word)
    }

    /// Like [`Stemmer::stem`], with the word as written (`original`) to
    /// apply the rules that need its case: in Indonesian, a capitalised
    /// word ending in `-nya` is taken for a name and left unstemmed
    /// (`Sonya` stays `sonya`; lowercase `rumahnya` → `rumah`).
    ///
    /// ```
    /// let id = newstext::stem::Stemmer::for_lang(newstext::Lang::Id).unwrap();
    /// assert_eq!(id.stem_cased("Sonya", "sonya"), "sonya");
    /// assert_eq!(id.stem_cased("rumahnya", "rumahnya"), "rumah");
    /// ```
    pub fn stem_cased<'a>(&self, original: &str, word: &'a str) -> Cow<'a, str> {
        let capitalised = original.chars().next().is_some_and(char::is_uppercase);
        if self.lang == Lang::Id && capitalised && word.ends_with("nya") {
            return Cow::Borrowed(word);
        }
        self.stem(word)
    }

    fn stem_one<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if word.is_empty() {
            return Cow::Borrowed(word);
        }
        let stem = match &self.inner {
            Inner::En(s) => s.stem(word),
            Inner::Id(s) => s.stem(word),
        };
        if stem.is_empty() {
            Cow::Borrowed(word)
        } else {
            stem
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_indonesian_families_meet() {
        let en = Stemmer::for_lang(Lang::En).unwrap();
        assert_eq!(en.stem("defence"), en.stem("defences"));
        let id = Stemmer::for_lang(Lang::Id).unwrap();
        assert_eq!(
            id.stem("kerjasama"),
            "rjasama",
            "known Snowball weakness, kept visible"
        );
        assert_eq!(id.stem("mengatakan"), "ata");
    }

    #[test]
    fn hyphens_and_reduplication() {
        let id = Stemmer::for_lang(Lang::Id).unwrap();
        assert_eq!(id.stem("negara-negara"), "negara");
        assert_eq!(id.stem("tindakan-tindakan"), id.stem("tindakan"));
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
        for w in [
            "a", "s", "nya", "kah", "ber", "di", "'", "ﬁ", "ảnh", "x\u{301}", "123", "--x--",
        ] {
            assert!(!en.stem(w).is_empty(), "{w}");
            assert!(!id.stem(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn stemmer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Stemmer>();
    }
}
