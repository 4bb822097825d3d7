//! Languages: English, Indonesian and Vietnamese first class, every other
//! language by its ISO 639-3 code.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language.
///
/// English, Indonesian and Vietnamese, the languages newstext analyses, are
/// variants of their own. Any other language is [`Lang::Other`] and keeps its
/// ISO 639-3 code; it is never silently mapped to one of the three.
///
/// In JSON (and through [`Display`](fmt::Display) and [`Lang::code`]) a
/// language is its ISO 639-1 code where one exists (`"en"`, `"id"`, `"vi"`,
/// `"ja"`), otherwise its ISO 639-3 code (`"fil"`). [`FromStr`] and
/// deserialization accept either form, in any case.
///
/// Malay (`ms`, `zsm`) is a language of its own here; note that the
/// detector has no Malay profile, so Malay text is reported as Indonesian.
///
/// # Example
///
/// ```
/// use newstext::Lang;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let vi: Lang = "vie".parse()?;
/// assert_eq!(vi, Lang::Vi);
/// assert_eq!(vi.code(), "vi");
/// assert_eq!(vi.iso639_3(), "vie");
///
/// let ja: Lang = "ja".parse()?;
/// assert_eq!(ja.iso639_3(), "jpn");
/// assert_eq!(ja.to_string(), "ja");
/// assert_eq!(serde_json::to_string(&Lang::Id)?, "\"id\"");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lang {
    /// English (`en`, `eng`).
    En,
    /// Indonesian (`id`, `ind`).
    Id,
    /// Vietnamese (`vi`, `vie`).
    Vi,
    /// Any other language, by ISO 639-3 code.
    Other(OtherLang),
}

/// The ISO 639-3 code of a language other than English, Indonesian and
/// Vietnamese. Obtained by parsing a [`Lang`]; never holds `eng`, `ind` or
/// `vie`.
///
/// ```
/// use newstext::Lang;
/// let Lang::Other(fil) = "FIL".parse::<Lang>().unwrap() else { unreachable!() };
/// assert_eq!(fil.as_str(), "fil");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherLang([u8; 3]);

impl OtherLang {
    /// The three-letter lowercase ISO 639-3 code.
    pub fn as_str(&self) -> &str {
        // Only ever built from three ASCII lowercase letters.
        std::str::from_utf8(&self.0).unwrap_or("und")
    }
}

impl fmt::Debug for OtherLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// ISO 639-3 → ISO 639-1 for the languages the detector can report, plus
/// Malay and Lao (neighbours in South-East Asian news).
/// Source: the ISO 639-2 registration authority's code list (Library of
/// Congress), mapped to the individual-language codes whatlang uses.
const ISO_639_1: &[(&str, &str)] = &[
    ("afr", "af"),
    ("aka", "ak"),
    ("amh", "am"),
    ("ara", "ar"),
    ("aze", "az"),
    ("bel", "be"),
    ("ben", "bn"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("cmn", "zh"),
    ("cym", "cy"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("est", "et"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jav", "jv"),
    ("jpn", "ja"),
    ("kan", "kn"),
    ("kat", "ka"),
    ("khm", "km"),
    ("kor", "ko"),
    ("lao", "lo"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("mal", "ml"),
    ("mar", "mr"),
    ("mkd", "mk"),
    ("mya", "my"),
    ("nep", "ne"),
    ("nld", "nl"),
    ("nob", "nb"),
    ("ori", "or"),
    ("pan", "pa"),
    ("pes", "fa"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("sin", "si"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sna", "sn"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tam", "ta"),
    ("tel", "te"),
    ("tgl", "tl"),
    ("tha", "th"),
    ("tuk", "tk"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("uzb", "uz"),
    ("vie", "vi"),
    ("yid", "yi"),
    ("zsm", "ms"),
    ("zul", "zu"),
];

/// The code given to [`Lang::from_str`] is not a language code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?}: expected an ISO 639-1 or ISO 639-3 code")]
pub struct ParseLangError(String);

impl Lang {
    /// The three first-class languages.
    pub const FIRST_CLASS: [Lang; 3] = [Lang::En, Lang::Id, Lang::Vi];

    /// The code used in JSON and by `Display`: ISO 639-1 where one exists,
    /// otherwise ISO 639-3.
    ///
    /// ```
    /// assert_eq!(newstext::Lang::En.code(), "en");
    /// ```
    pub fn code(&self) -> &str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
            Lang::Vi => "vi",
            Lang::Other(o) => ISO_639_1
                .iter()
                .find(|(three, _)| *three == o.as_str())
                .map_or(o.as_str(), |(_, two)| two),
        }
    }

    /// The ISO 639-3 code.
    ///
    /// ```
    /// assert_eq!(newstext::Lang::Id.iso639_3(), "ind");
    /// ```
    pub fn iso639_3(&self) -> &str {
        match self {
            Lang::En => "eng",
            Lang::Id => "ind",
            Lang::Vi => "vie",
            Lang::Other(o) => o.as_str(),
        }
    }

    /// Whether this is English, Indonesian or Vietnamese.
    pub fn is_first_class(&self) -> bool {
        !matches!(self, Lang::Other(_))
    }

    /// The English name of the first-class languages; the code otherwise.
    ///
    /// ```
    /// assert_eq!(newstext::Lang::Vi.name(), "Vietnamese");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            Lang::En => "English",
            Lang::Id => "Indonesian",
            Lang::Vi => "Vietnamese",
            Lang::Other(_) => self.code(),
        }
    }

    fn from_iso639_3(code: [u8; 3]) -> Lang {
        match &code {
            b"eng" => Lang::En,
            b"ind" => Lang::Id,
            b"vie" => Lang::Vi,
            _ => Lang::Other(OtherLang(code)),
        }
    }

    /// From whatlang's language (crate-internal: whatlang types stay out of
    /// the public API).
    pub(crate) fn from_whatlang(lang: whatlang::Lang) -> Lang {
        let mut code = [0u8; 3];
        let c = lang.code().as_bytes();
        if c.len() == 3 {
            code.copy_from_slice(c);
            Lang::from_iso639_3(code)
        } else {
            // whatlang's codes are all three letters; keep a well-formed code anyway.
            Lang::Other(OtherLang(*b"und"))
        }
    }

    /// To whatlang's language, where whatlang has one.
    pub(crate) fn to_whatlang(self) -> Option<whatlang::Lang> {
        whatlang::Lang::from_code(self.iso639_3())
    }
}

impl FromStr for Lang {
    type Err = ParseLangError;

    /// Parses an ISO 639-1 code (`vi`) or an ISO 639-3 code (`vie`), in any
    /// case. Two-letter codes must be known (see the table in the source);
    /// any three ASCII letters are accepted as an ISO 639-3 code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let bytes = lower.as_bytes();
        if !bytes.iter().all(u8::is_ascii_lowercase) {
            return Err(ParseLangError(s.to_string()));
        }
        match bytes.len() {
            2 => ISO_639_1
                .iter()
                .find(|(_, two)| *two == lower)
                .map(|(three, _)| {
                    let b = three.as_bytes();
                    Lang::from_iso639_3([b[0], b[1], b[2]])
                })
                .ok_or_else(|| ParseLangError(s.to_string())),
            3 => Ok(Lang::from_iso639_3([bytes[0], bytes[1], bytes[2]])),
            _ => Err(ParseLangError(s.to_string())),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_class_codes_both_ways() {
        for (l, two, three) in [
            (Lang::En, "en", "eng"),
            (Lang::Id, "id", "ind"),
            (Lang::Vi, "vi", "vie"),
        ] {
            assert_eq!(two.parse::<Lang>().unwrap(), l);
            assert_eq!(three.parse::<Lang>().unwrap(), l);
            assert_eq!(three.to_uppercase().parse::<Lang>().unwrap(), l);
            assert_eq!(l.code(), two);
            assert_eq!(l.iso639_3(), three);
            assert!(l.is_first_class());
        }
    }

    #[test]
    fn other_languages_keep_their_code() {
        let ms: Lang = "ms".parse().unwrap();
        assert_eq!(ms.iso639_3(), "zsm");
        assert_ne!(ms, Lang::Id, "Malay is never silently Indonesian");
        let fil: Lang = "fil".parse().unwrap();
        assert_eq!(fil.code(), "fil");
        assert!(!fil.is_first_class());
        assert!("xx".parse::<Lang>().is_err());
        assert!("english".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert!("v1e".parse::<Lang>().is_err());
    }

    #[test]
    fn serde_uses_iso_639_1_and_round_trips() {
        for code in ["en", "id", "vi", "ja", "zh", "ms", "fil", "lo"] {
            let l: Lang = code.parse().unwrap();
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), l);
        }
        assert!(serde_json::from_str::<Lang>("\"nope\"").is_err());
    }

    #[test]
    fn table_is_a_bijection() {
        for (i, (a3, a1)) in ISO_639_1.iter().enumerate() {
            for (b3, b1) in &ISO_639_1[i + 1..] {
                assert_ne!(a3, b3);
                assert_ne!(a1, b1);
            }
        }
    }

    #[test]
    fn every_whatlang_language_converts_and_round_trips() {
        for &w in whatlang::Lang::all() {
            let l = Lang::from_whatlang(w);
            assert_eq!(l.iso639_3(), w.code());
            assert_eq!(l.to_whatlang(), Some(w));
            assert_eq!(l.code().parse::<Lang>().unwrap(), l);
        }
    }
}
