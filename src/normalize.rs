//! Text normalization: Unicode form, case, diacritics, punctuation and
//! whitespace, with named presets.
//!
//! | preset | Unicode | case | diacritics | use |
//! |---|---|---|---|---|
//! | [`Preset::Search`] | NFKC | folded to lowercase | folded (`Đ`/`đ` → `d`) | index and query terms |
//! | [`Preset::Analysis`] | NFC | folded to lowercase | kept | stems, stopwords, Vietnamese syllables |
//!
//! Both presets unify punctuation (curly quotes, dashes, NO-BREAK SPACE and
//! other spaces) and collapse whitespace. NFC and NFD input give the same
//! output. Quick checks come first: [`Normalizer::normalize`] returns
//! `Cow::Borrowed` when nothing changes, and [`Normalizer::normalize_into`]
//! writes into a buffer the caller reuses.
//!
//! ```
//! use newstext::normalize::{Normalizer, Preset};
//!
//! let search = Normalizer::preset(Preset::Search);
//! assert_eq!(search.normalize("Đà Nẵng"), "da nang");
//! assert_eq!(search.normalize("ＡＳＥＡＮ ﬁnal"), "asean final");
//! // NFD input gives the same result as NFC.
//! assert_eq!(search.normalize("Ha\u{300} No\u{302}\u{323}i"), search.normalize("Hà Nội"));
//!
//! let analysis = Normalizer::preset(Preset::Analysis);
//! assert_eq!(analysis.normalize("“Hội  nghị”\u{A0}–"), "\"hội nghị\" -");
//! // Nothing to change: no allocation.
//! assert!(matches!(analysis.normalize("hà nội"), std::borrow::Cow::Borrowed(_)));
//! ```

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which Unicode normalization form to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum UnicodeForm {
    /// Leave the form as it is.
    Keep,
    /// Canonical composition (NFC): `a` + U+0301 → `á`.
    #[default]
    Nfc,
    /// Compatibility composition (NFKC): also `ＡＳＥＡＮ` → `ASEAN`, `ﬁ` → `fi`.
    Nfkc,
}

/// Whether to fold case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Case {
    /// Keep case.
    Keep,
    /// Lowercase (Unicode lowercase mapping).
    #[default]
    Fold,
}

/// Whether to strip diacritics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Diacritics {
    /// Keep them (`hội` stays `hội`).
    #[default]
    Keep,
    /// Strip them (`hội` → `hoi`, `Đ`/`đ` → `d`).
    Fold,
}

/// Whether to unify punctuation variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Punctuation {
    /// Keep as written.
    Keep,
    /// Curly quotes → `'`/`"`, dashes and minus → `-`, `…` → `...`,
    /// Unicode spaces → space.
    #[default]
    Unify,
}

/// Whether to collapse whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Whitespace {
    /// Keep as written.
    Keep,
    /// Runs of whitespace become one space; leading and trailing
    /// whitespace is removed.
    #[default]
    Collapse,
}

/// Named normalization presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preset {
    /// NFKC, lowercase, diacritics folded: for search terms.
    Search,
    /// NFC, lowercase, diacritics kept: for linguistic analysis.
    Analysis,
}

/// What a [`Normalizer`] does, one setting per step. The default is the
/// `Analysis` preset.
///
/// ```
/// use newstext::normalize::{Case, Diacritics, Normalizer, NormalizerOptions};
/// let n = Normalizer::new(NormalizerOptions::default().case(Case::Keep).diacritics(Diacritics::Fold));
/// assert_eq!(n.normalize("Hà Nội"), "Ha Noi");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NormalizerOptions {
    form: UnicodeForm,
    case: Case,
    diacritics: Diacritics,
    punctuation: Punctuation,
    whitespace: Whitespace,
}

impl NormalizerOptions {
    /// The options of a preset.
    pub fn preset(preset: Preset) -> Self {
        match preset {
            Preset::Search => NormalizerOptions {
                form: UnicodeForm::Nfkc,
                diacritics: Diacritics::Fold,
                ..NormalizerOptions::default()
            },
            Preset::Analysis => NormalizerOptions::default(),
        }
    }
    /// Sets the Unicode form.
    pub fn form(mut self, form: UnicodeForm) -> Self {
        self.form = form;
        self
    }
    /// Sets case folding.
    pub fn case(mut self, case: Case) -> Self {
        self.case = case;
        self
    }
    /// Sets diacritic folding.
    pub fn diacritics(mut self, diacritics: Diacritics) -> Self {
        self.diacritics = diacritics;
        self
    }
    /// Sets punctuation unification.
    pub fn punctuation(mut self, punctuation: Punctuation) -> Self {
        self.punctuation = punctuation;
        self
    }
    /// Sets whitespace collapsing.
    pub fn whitespace(mut self, whitespace: Whitespace) -> Self {
        self.whitespace = whitespace;
        self
    }
}

/// Normalizes text. Cheap to copy; `Send + Sync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Normalizer {
    opts: NormalizerOptions,
}

/// Lookup tables for the hot ranges U+00C0–U+024F and U+1E00–U+1EFF: the
/// ASCII base letter of each precomposed letter (0 when there is none) and
/// its lowercase form (0 when it is not a single char).
struct Tables {
    base: Vec<u8>,
    lower: Vec<char>,
    /// The lowercase ASCII fold of each two-byte char (U+0080–U+07FF),
    /// indexed by its UTF-8 bits; 0 where there is none.
    fold2: [u8; 2048],
    /// The same for U+1E00–U+1EFF (`E1 B8 xx` to `E1 BB xx`).
    fold3: [u8; 256],
}

const LATIN: (u32, u32) = (0xC0, 0x24F);
const VIET: (u32, u32) = (0x1E00, 0x1EFF);

#[inline(always)]
fn table_index(cp: u32) -> Option<usize> {
    if (LATIN.0..=LATIN.1).contains(&cp) {
        Some((cp - LATIN.0) as usize)
    } else if (VIET.0..=VIET.1).contains(&cp) {
        Some((LATIN.1 - LATIN.0 + 1 + cp - VIET.0) as usize)
    } else {
        None
    }
}

#[inline]
fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let n = (LATIN.1 - LATIN.0 + 1 + VIET.1 - VIET.0 + 1) as usize;
        let mut base = vec![0u8; n];
        let mut lower = vec!['\0'; n];
        for cp in (LATIN.0..=LATIN.1).chain(VIET.0..=VIET.1) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let i = table_index(cp).unwrap_or(0);
            let mut first = None;
            decompose_canonical(c, |d| {
                if first.is_none() {
                    first = Some(d);
                }
            });
            base[i] = match c {
                'đ' => b'd',
                'Đ' => b'D',
                _ => first
                    .filter(|d| d.is_ascii_alphabetic() && *d != c)
                    .map_or(0, |d| d as u8),
            };
            let mut l = c.to_lowercase();
            if let (Some(x), None) = (l.next(), l.next()) {
                lower[i] = x;
            }
        }
        let mut fold2 = [0u8; 2048];
        let mut fold3 = [0u8; 256];
        for cp in (LATIN.0..=LATIN.1).chain(VIET.0..=VIET.1) {
            let f = table_index(cp).map_or(0, |i| base[i].to_ascii_lowercase());
            match cp {
                0..=0x7FF => fold2[cp as usize] = f,
                _ => fold3[(cp - VIET.0) as usize] = f,
            }
        }
        Tables {
            base,
            lower,
            fold2,
            fold3,
        }
    })
}

/// Folds and lowercases a word whose every char is ASCII or a letter of the
/// tables with an ASCII base (`Nguyễn` → `nguyen`), reading the fold from
/// tables indexed by the UTF-8 bits, with no decoding. Leaves `out` as it
/// was and returns `false` when a char needs the general path (a combining
/// mark, `ß`, a symbol).
///
/// The one branch per char is ASCII or not: a two- or three-byte char
/// looks in both tables and picks, because Vietnamese mixes the two in no
/// order a branch predictor learns.
#[inline]
fn fold_to_ascii_into(s: &str, out: &mut String, t: &Tables) -> bool {
    let b = s.as_bytes();
    let at = out.len();
    out.reserve(b.len());
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let folded = if x < 0x80 {
            i += 1;
            x.to_ascii_lowercase()
        } else {
            // A lead byte: its continuation bytes follow in valid UTF-8.
            let y = b[i + 1];
            let z = b.get(i + 2).copied().unwrap_or(0);
            let two = t.fold2[(usize::from(x & 0x1F) << 6) | usize::from(y & 0x3F)];
            let viet = t.fold3[(usize::from(y & 3) << 6) | usize::from(z & 0x3F)];
            let three = x >= 0xE0;
            let in_viet = (x == 0xE1) & (y & 0xFC == 0xB8);
            i += 2 + usize::from(three);
            match (three, in_viet) {
                (false, _) => two,
                (true, true) => viet,
                (true, false) => 0,
            }
        };
        if folded == 0 {
            out.truncate(at);
            return false;
        }
        out.push(char::from(folded & 0x7F));
    }
    true
}

/// The forms of short non-ASCII words met so far in one
/// [`Normalizer::for_each_token`] call over a long text: a Vietnamese
/// syllable is normalized once, then copied. (Some 6,000 syllables make
/// up all of Vietnamese: on the Vietnamese bench text nine words in ten
/// are found here.)
///
/// Direct-mapped: a word of at most 8 bytes is its own key (its bytes as a
/// number; a token never holds a NUL byte, so the zero padding is
/// unambiguous), and a slot keeps the last word that fell into it. Forms
/// of at most 16 bytes are kept in 16-byte slots of one string, padded
/// with spaces, so that a hit is one fixed-size copy cut back to length.
struct Memo {
    keys: Vec<u64>,
    lens: Vec<u8>,
    forms: String,
    /// 64 minus the log2 of the slot count.
    shift: u32,
}

impl Memo {
    /// Texts shorter than this are not worth a memo.
    const MIN_TEXT: usize = 32 * 1024;
    /// The sample of a text's start that decides.
    const SAMPLE: usize = 4096;
    const SLOT: usize = 16;

    /// Whether a text is long and its start holds a char past ASCII for
    /// every 16 bytes or more (Vietnamese news has one for every 6 or 7;
    /// English or Indonesian with Vietnamese names, one in tens or
    /// hundreds).
    fn pays(source: &str) -> bool {
        let b = source.as_bytes();
        b.len() >= Self::MIN_TEXT
            && b[..Self::SAMPLE].iter().filter(|&&x| x >= 0xC0).count() * 16 >= Self::SAMPLE
    }

    /// A memo for a text of `len` bytes: a slot for every 256 bytes, from
    /// 1,024 to 16,384 slots (25 KB to 400 KB). The larger, the fewer
    /// syllables push each other out: on 8 MB of Vietnamese news, 16,384
    /// slots run 7 % faster than 4,096, and more gain nothing.
    fn new(len: usize) -> Memo {
        let log2 = (len / 256).max(1).ilog2().clamp(10, 14);
        let slots = 1 << log2;
        Memo {
            keys: vec![0; slots],
            lens: vec![0; slots],
            forms: " ".repeat(slots * Self::SLOT),
            shift: 64 - log2,
        }
    }

    /// The slot of a key (Fibonacci hashing).
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// [`Normalizer::token_into`] through the memo. (Kept out of line, so
    /// that the loop over ASCII words stays small.)
    #[inline(never)]
    fn token_into(
        &mut self,
        n: &Normalizer,
        token: &crate::token::Token<'_>,
        source: &str,
        out: &mut String,
    ) {
        use crate::token::TokenKind as K;
        let text = token.text();
        let short_word =
            text.len() <= 8 && matches!(token.kind(), K::Word | K::Number | K::Acronym);
        let window = source.as_bytes().get(token.start()..token.start() + 8);
        let Some(window) = window
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .filter(|_| short_word)
        else {
            return n.other_token_into(token, out);
        };
        let key = u64::from_le_bytes(window) & (u64::MAX >> (64 - 8 * text.len()));
        let slot = self.slot(key);
        let at = out.len();
        let o = slot * Self::SLOT;
        if self.keys[slot] == key {
            if let Some(form) = self.forms.get(o..o + Self::SLOT) {
                out.push_str(form);
                out.truncate(at + usize::from(self.lens[slot]));
                return;
            }
        }
        n.other_token_into(token, out);
        let len = out.len() - at;
        if len <= Self::SLOT {
            let mut padded = [b' '; Self::SLOT];
            padded[..len].copy_from_slice(&out.as_bytes()[at..]);
            if let Ok(form) = std::str::from_utf8(&padded) {
                self.forms.replace_range(o..o + Self::SLOT, form);
                self.keys[slot] = key;
                self.lens[slot] = len as u8;
            }
        }
    }
}

/// The ASCII replacement of a punctuation variant.
fn unify_punct(c: char) -> Option<&'static str> {
    Some(match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => "'",
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => "\"",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹘' | '﹣' | '－' => "-",
        '…' => "...",
        _ => return None,
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

impl Normalizer {
    /// A normalizer with these options.
    pub fn new(opts: NormalizerOptions) -> Normalizer {
        Normalizer { opts }
    }

    /// A normalizer for a preset.
    pub fn preset(preset: Preset) -> Normalizer {
        Normalizer::new(NormalizerOptions::preset(preset))
    }

    /// The options in force.
    pub fn options(&self) -> NormalizerOptions {
        self.opts
    }

    /// Normalizes `s`, borrowing it when nothing changes.
    pub fn normalize<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.is_unchanged(s) {
            Cow::Borrowed(s)
        } else {
            let mut out = String::with_capacity(s.len());
            self.normalize_into(s, &mut out);
            Cow::Owned(out)
        }
    }

    /// Appends the normalized form of a token to `out`: the same as
    /// [`Normalizer::normalize_into`] on its text, faster for ASCII words
    /// (the tokenizer already knows what they hold).
    ///
    /// ```
    /// use newstext::normalize::{Normalizer, Preset};
    /// let n = Normalizer::preset(Preset::Search);
    /// let mut buf = String::new();
    /// for t in newstext::token::tokenize("Đà Nẵng ASEAN") {
    ///     buf.clear();
    ///     n.normalize_token_into(&t, &mut buf);
    ///     assert_eq!(buf, n.normalize(t.text()));
    /// }
    /// ```
    #[inline]
    pub fn normalize_token_into(&self, token: &crate::token::Token<'_>, out: &mut String) {
        self.token_into(token, "", out);
    }

    /// Calls `f` with every lexical token of `tokens` (words, numbers,
    /// acronyms, URLs, domains, e-mail addresses, long runs: not punctuation
    /// or symbols) and its normalized form, written into `buf`, which is
    /// cleared for each token. The indexing loop, and faster than calling
    /// [`Normalizer::normalize_token_into`] yourself: seeing the text the
    /// tokens come from, it copies each short ASCII word with one
    /// fixed-size move and cuts the copy back; and over a long text full of
    /// non-ASCII words (Vietnamese: 32 KiB or more, one char past ASCII in
    /// every 16 bytes of its first 4 KiB) it keeps a memo of the forms of
    /// short words, so that each syllable is normalized once. The memo (25
    /// to 400 KB, by the text's length) is the one allocation of a call;
    /// nothing is allocated per token once `buf` has grown.
    ///
    /// ```
    /// use newstext::normalize::{Normalizer, Preset};
    /// use newstext::token::tokenize;
    ///
    /// let n = Normalizer::preset(Preset::Search);
    /// let mut buf = String::new();
    /// let mut terms = Vec::new();
    /// n.for_each_token(tokenize("Quang cảnh Hội nghị ASEAN, 2025."), &mut buf, |t, term| {
    ///     terms.push((t.start(), term.to_string()));
    /// });
    /// let words: Vec<&str> = terms.iter().map(|(_, w)| w.as_str()).collect();
    /// assert_eq!(words, ["quang", "canh", "hoi", "nghi", "asean", "2025"]);
    /// assert_eq!(terms[4].0, 26); // a byte offset into the input
    /// ```
    pub fn for_each_token<'a>(
        &self,
        tokens: crate::token::Tokens<'a>,
        buf: &mut String,
        mut f: impl FnMut(crate::token::Token<'a>, &str),
    ) {
        let source = tokens.source();
        // A long text full of non-ASCII words (Vietnamese) is run with a
        // memo of their forms (see `Memo`); other text with the plain loop,
        // which pays nothing for it.
        if Memo::pays(source) {
            return self.for_each_token_memo(tokens, buf, f);
        }
        for token in tokens {
            if token.kind().is_lexical() {
                buf.clear();
                self.token_into(&token, source, buf);
                f(token, buf);
            }
        }
    }

    /// [`Normalizer::for_each_token`] with a [`Memo`], out of line so that
    /// the plain loop stays as small as it was.
    #[inline(never)]
    fn for_each_token_memo<'a>(
        &self,
        tokens: crate::token::Tokens<'a>,
        buf: &mut String,
        mut f: impl FnMut(crate::token::Token<'a>, &str),
    ) {
        let source = tokens.source();
        let mut memo = Memo::new(source.len());
        for token in tokens {
            if token.kind().is_lexical() {
                buf.clear();
                self.token_memo_into(&token, source, buf, Some(&mut memo));
                f(token, buf);
            }
        }
    }

    /// [`Normalizer::normalize_token_into`], given the text the token comes
    /// from (or `""`).
    #[inline(always)]
    pub(crate) fn token_into(
        &self,
        token: &crate::token::Token<'_>,
        source: &str,
        out: &mut String,
    ) {
        self.token_memo_into(token, source, out, None);
    }

    /// Whether [`Normalizer::normalize_token_into`] gives `token`'s own
    /// text: an ASCII word, number or acronym with no capital to fold (or
    /// case kept). The analyzer then shares the token's text.
    #[inline]
    pub(crate) fn keeps_token(&self, token: &crate::token::Token<'_>) -> bool {
        use crate::token::{Caps, TokenKind as K};
        token.is_ascii()
            && matches!(token.kind(), K::Word | K::Number | K::Acronym)
            && (token.ascii_caps() == Caps::None || self.opts.case != Case::Fold)
    }

    /// [`Normalizer::token_into`], with the forms of short non-ASCII words
    /// taken from and kept in `memo`.
    #[inline(always)]
    fn token_memo_into(
        &self,
        token: &crate::token::Token<'_>,
        source: &str,
        out: &mut String,
        memo: Option<&mut Memo>,
    ) {
        let at = out.len();
        use crate::token::TokenKind as K;
        let text = token.text();
        if token.is_ascii() && matches!(token.kind(), K::Word | K::Number | K::Acronym) {
            // Letters, digits and inner connectors: no space, no quote.
            use crate::token::Caps;
            const WINDOW: usize = 16;
            if text.len() <= WINDOW {
                if let Some(window) = source.get(token.start()..token.start() + WINDOW) {
                    // One fixed-size copy of the 16 bytes from the token's
                    // start and one fixed-size case fold, then cut back to
                    // the token: a `memmove` call for a few bytes costs more,
                    // its size dispatch mispredicting on every other word.
                    // The fold runs whether or not the word has capitals:
                    // sixteen bytes in a few vector steps cost less than a
                    // branch on the case of the word, which mispredicts.
                    out.push_str(window);
                    if self.opts.case == Case::Fold {
                        if let Some(w) = out.get_mut(at..at + WINDOW) {
                            w.make_ascii_lowercase();
                        }
                    }
                    out.truncate(at + text.len());
                    return;
                }
            }
            match token.ascii_caps() {
                Caps::First if self.opts.case == Case::Fold => {
                    // `Vietnam`: one changed byte, no second pass.
                    out.push(char::from(text.as_bytes()[0].to_ascii_lowercase()));
                    out.push_str(&text[1..]);
                }
                Caps::More if self.opts.case == Case::Fold => {
                    out.push_str(text);
                    out[at..].make_ascii_lowercase();
                }
                _ => out.push_str(text),
            }
        } else if let Some(memo) = memo {
            memo.token_into(self, token, source, out);
        } else {
            self.other_token_into(token, out);
        }
    }

    /// The non-ASCII and not-a-word part of [`Normalizer::token_into`].
    fn other_token_into(&self, token: &crate::token::Token<'_>, out: &mut String) {
        use crate::token::TokenKind as K;
        let at = out.len();
        let text = token.text();
        // Words and the like hold no space and no quote, and take the lean
        // paths. Punctuation, symbols (`` ` `` is unified like a quote),
        // URLs and over-long runs (a URL past the length limit: anything
        // but a space) take the general one.
        let lexical = !matches!(token.kind(), K::Punct | K::Symbol | K::Url | K::Long);
        if lexical
            && (self.opts.diacritics == Diacritics::Fold
                || quick_yes(text, |s| is_nfc_quick(s.chars())))
        {
            if self.opts.diacritics == Diacritics::Fold
                && self.opts.case == Case::Fold
                && fold_to_ascii_into(text, out, tables())
            {
                return;
            }
            // A word holds no whitespace: one lean pass, tables first.
            self.word_chars_into(text, out);
            self.recompose_after_case(text, out, at);
        } else {
            self.normalize_into(text, out);
        }
    }

    /// [`Normalizer::chars_into`] for a word: no whitespace to collapse, and
    /// either folding or already composed input.
    #[inline]
    fn word_chars_into(&self, s: &str, out: &mut String) {
        let o = self.opts;
        let t = tables();
        let fold = o.diacritics == Diacritics::Fold;
        let lower = o.case == Case::Fold;
        for c in s.chars() {
            if c.is_ascii() {
                out.push(if lower { c.to_ascii_lowercase() } else { c });
            } else if let Some(i) = table_index(c as u32) {
                let b = t.base[i];
                if fold && b != 0 {
                    out.push(if lower { b.to_ascii_lowercase() } else { b } as char);
                } else {
                    self.push_cased(c, out, t);
                }
            } else {
                let mut one = [0u8; 4];
                self.chars_into(c.encode_utf8(&mut one), out);
            }
        }
    }

    /// Appends the normalized form of `s` to `out`; the caller reuses the
    /// buffer (clear it first to hold only this text).
    pub fn normalize_into(&self, s: &str, out: &mut String) {
        let at = out.len();
        self.write_into(s, out);
        self.recompose_after_case(s, out, at);
    }

    /// Lowercasing can undo a normal form: `İ` (the one letter whose
    /// lowercase is two chars) becomes `i` + U+0307, which may need
    /// reordering with marks after it. Re-compose what was written then.
    fn recompose_after_case(&self, s: &str, out: &mut String, at: usize) {
        let o = self.opts;
        if o.case == Case::Fold
            && o.diacritics == Diacritics::Keep
            && o.form != UnicodeForm::Keep
            && s.contains('\u{130}')
        {
            let fixed: String = if o.form == UnicodeForm::Nfc {
                out[at..].nfc().collect()
            } else {
                out[at..].nfkc().collect()
            };
            out.truncate(at);
            out.push_str(&fixed);
        }
    }

    fn write_into(&self, s: &str, out: &mut String) {
        let o = self.opts;
        // The hot path: an ASCII token without spaces or backquotes.
        if s.bytes().all(|b| b > b' ' && b < 0x7F && b != b'`') {
            let at = out.len();
            out.push_str(s);
            if o.case == Case::Fold {
                out[at..].make_ascii_lowercase();
            }
            return;
        }
        if s.is_ascii() {
            return self.ascii_into(s, out);
        }
        // Recompose first when diacritics are kept; folding decomposes
        // anyway, so it needs no composed form.
        let recompose = o.diacritics == Diacritics::Keep
            && match o.form {
                UnicodeForm::Keep => false,
                UnicodeForm::Nfc => !quick_yes(s, |s| is_nfc_quick(s.chars())),
                UnicodeForm::Nfkc => !quick_yes(s, |s| is_nfkc_quick(s.chars())),
            };
        if recompose {
            // Lowercase before composing: case mapping can make sequences
            // composable (`T` + U+0308 has no precomposed form, `ẗ` has).
            let lowered: String;
            let src = if o.case == Case::Fold {
                lowered = s.chars().flat_map(char::to_lowercase).collect();
                lowered.as_str()
            } else {
                s
            };
            let composed: String = if o.form == UnicodeForm::Nfc {
                src.nfc().collect()
            } else {
                src.nfkc().collect()
            };
            self.chars_into(&composed, out);
        } else {
            self.chars_into(s, out);
        }
    }

    fn chars_into(&self, s: &str, out: &mut String) {
        let o = self.opts;
        let t = tables();
        let mut ws = WsState::new();
        for c in s.chars() {
            if (c as u32) < 0x80 {
                self.push_ascii(c as u8, out, &mut ws);
                continue;
            }
            // The hot ranges hold letters only: table first.
            if let Some(i) = table_index(c as u32) {
                ws.flush(out);
                if o.diacritics == Diacritics::Fold {
                    let b = t.base[i];
                    if b != 0 {
                        out.push(if o.case == Case::Fold {
                            b.to_ascii_lowercase()
                        } else {
                            b
                        } as char);
                        continue;
                    }
                }
                self.push_cased(c, out, t);
                continue;
            }
            if is_space(c) {
                if o.whitespace == Whitespace::Collapse {
                    ws.pending = true;
                } else if o.punctuation == Punctuation::Unify {
                    out.push(' ');
                } else {
                    out.push(c);
                }
                continue;
            }
            // Pending whitespace is written only before something that is
            // written: a mark that folding drops must not split it.
            if o.diacritics == Diacritics::Fold && is_combining_mark(c) {
                continue;
            }
            if o.punctuation == Punctuation::Unify {
                if let Some(r) = unify_punct(c) {
                    ws.flush(out);
                    out.push_str(r);
                    continue;
                }
            }
            if o.diacritics == Diacritics::Fold {
                if (0xAC00..=0xD7A3).contains(&(c as u32)) {
                    // Hangul syllables: decomposing would leave bare jamo.
                    ws.flush(out);
                    out.push(c);
                    continue;
                }
                // A decomposition is at most 18 chars (Unicode's stability
                // bound for NFKD): no allocation.
                let mut kept = ['\0'; 18];
                let mut n = 0;
                let mut keep = |d: char| {
                    if !is_combining_mark(d) && n < kept.len() {
                        kept[n] = d;
                        n += 1;
                    }
                };
                if o.form == UnicodeForm::Nfkc {
                    decompose_compatible(c, &mut keep);
                } else {
                    decompose_canonical(c, &mut keep);
                }
                // What decomposition yields goes through the same steps:
                // `‴` gives three `′`, which unify to `'`; some ligatures
                // hold spaces, which collapse.
                for &d in &kept[..n] {
                    if is_space(d) && o.whitespace == Whitespace::Collapse {
                        ws.pending = true;
                        continue;
                    }
                    ws.flush(out);
                    match unify_punct(d).filter(|_| o.punctuation == Punctuation::Unify) {
                        Some(r) => out.push_str(r),
                        None if is_space(d) && o.punctuation == Punctuation::Unify => out.push(' '),
                        None => self.push_cased(d, out, t),
                    }
                }
                continue;
            }
            ws.flush(out);
            self.push_cased(c, out, t);
        }
    }

    #[inline]
    fn push_cased(&self, c: char, out: &mut String, t: &Tables) {
        if self.opts.case == Case::Keep {
            out.push(c);
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(i) = table_index(c as u32) {
            match t.lower[i] {
                '\0' => out.extend(c.to_lowercase()),
                l => out.push(l),
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }

    #[inline]
    fn push_ascii(&self, b: u8, out: &mut String, ws: &mut WsState) {
        if b.is_ascii_whitespace() && self.opts.whitespace == Whitespace::Collapse {
            ws.pending = true;
            return;
        }
        ws.flush(out);
        let b = if self.opts.case == Case::Fold {
            b.to_ascii_lowercase()
        } else {
            b
        };
        if self.opts.punctuation == Punctuation::Unify && b == b'`' {
            out.push('\'');
        } else {
            out.push(b as char);
        }
    }

    fn ascii_into(&self, s: &str, out: &mut String) {
        let o = self.opts;
        if o.whitespace == Whitespace::Keep && o.punctuation == Punctuation::Keep {
            if o.case == Case::Fold {
                out.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                out.push_str(s);
            }
            return;
        }
        let mut ws = WsState::new();
        for b in s.bytes() {
            self.push_ascii(b, out, &mut ws);
        }
    }

    /// Whether normalizing `s` would leave it as it is.
    fn is_unchanged(&self, s: &str) -> bool {
        let o = self.opts;
        if o.whitespace == Whitespace::Collapse {
            let b = s.as_bytes();
            if b.first().is_some_and(u8::is_ascii_whitespace)
                || b.last().is_some_and(u8::is_ascii_whitespace)
            {
                return false;
            }
            let mut prev_space = false;
            for &x in b {
                let sp = x.is_ascii_whitespace();
                if sp && (x != b' ' || prev_space) {
                    return false;
                }
                prev_space = sp;
            }
        }
        let case_ok = |c: char| o.case == Case::Keep || !lowercase_changes(c);
        if s.is_ascii() {
            return s.bytes().all(|b| {
                (o.case == Case::Keep || !b.is_ascii_uppercase())
                    && !(o.punctuation == Punctuation::Unify && b == b'`')
            });
        }
        let form_ok = match (o.diacritics, o.form) {
            (_, UnicodeForm::Keep) => true,
            (Diacritics::Keep, UnicodeForm::Nfc) => quick_yes(s, |s| is_nfc_quick(s.chars())),
            _ => quick_yes(s, |s| is_nfkc_quick(s.chars())),
        };
        form_ok
            && s.chars().all(|c| {
                case_ok(c)
                    && !(o.punctuation == Punctuation::Unify
                        && (unify_punct(c).is_some() || c == '`'))
                    && !(is_space(c) && c != ' ' && o.whitespace == Whitespace::Collapse)
                    && !(is_space(c) && c != ' ' && o.punctuation == Punctuation::Unify)
                    && (o.diacritics == Diacritics::Keep || c.is_ascii() || !folds(c))
            })
    }
}

/// A quick check that knows the hot ranges are normalized: every char of
/// ASCII, of U+00C0–U+017E and U+1EA0–U+1EF9 and `Ơ ơ Ư ư` is NFC and NFKC
/// `Yes` and a starter, apart from the compatibility letters `Ĳ ĳ Ŀ ŀ ŉ`
/// (NFKC `No`), which go to the full check.
fn quick_yes(s: &str, full: impl Fn(&str) -> IsNormalized) -> bool {
    s.chars().all(quick_yes_char) || full(s) == IsNormalized::Yes
}

/// A char [`quick_yes`] knows to be NFC and NFKC `Yes` and a starter.
#[inline]
pub(crate) fn quick_yes_char(c: char) -> bool {
    let cp = c as u32;
    cp < 0x80
        || ((0xC0..=0x17E).contains(&cp) && !matches!(cp, 0x132 | 0x133 | 0x13F | 0x140 | 0x149))
        || (0x1EA0..=0x1EF9).contains(&cp)
        || matches!(cp, 0x1A0 | 0x1A1 | 0x1AF | 0x1B0)
}

/// Whether diacritic folding changes `c`.
fn folds(c: char) -> bool {
    if is_combining_mark(c) {
        return true;
    }
    if let Some(i) = table_index(c as u32) {
        return tables().base[i] != 0;
    }
    let mut changed = false;
    decompose_compatible(c, |d| changed |= d != c);
    changed
}

/// Whether lowercasing changes `c` (uppercase and titlecase letters).
fn lowercase_changes(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    if let Some(l) = crate::lower::simple(c) {
        return l != c;
    }
    let mut l = c.to_lowercase();
    !(l.next() == Some(c) && l.next().is_none())
}

/// Pending whitespace while collapsing: one space between non-space runs,
/// none at the start of this text or at its end.
struct WsState {
    pending: bool,
    at_start: bool,
}

impl WsState {
    fn new() -> WsState {
        WsState {
            pending: false,
            at_start: true,
        }
    }

    #[inline]
    fn flush(&mut self, out: &mut String) {
        if self.pending && !self.at_start {
            out.push(' ');
        }
        self.pending = false;
        self.at_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::TokenKind;

    #[test]
    fn quick_yes_chars_are_normalized_starters() {
        use unicode_normalization::char::canonical_combining_class;
        let mut known = 0;
        for c in (0..0x3_0000)
            .filter_map(char::from_u32)
            .filter(|&c| quick_yes_char(c))
        {
            let s = c.to_string();
            assert_eq!(is_nfc_quick(s.chars()), IsNormalized::Yes, "{c:?}");
            assert_eq!(is_nfkc_quick(s.chars()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            known += 1;
        }
        assert!(known > 400, "{known}");
    }

    proptest::proptest! {
        #[test]
        fn kept_tokens_normalize_to_themselves(
            s in "[a-zA-Z0-9 .,'’-]{0,12}(Vietnam|ASEAN|iPhone|e-mail|U\\.S\\.|Hội|đ|ﬁ| ){0,4}"
        ) {
            let keep_case = Normalizer::new(NormalizerOptions::default().case(Case::Keep));
            for n in [Normalizer::preset(Preset::Search), Normalizer::preset(Preset::Analysis), keep_case] {
                for t in crate::token::tokenize(&s) {
                    if n.keeps_token(&t) {
                        let mut out = String::new();
                        n.normalize_token_into(&t, &mut out);
                        proptest::prop_assert_eq!(out.as_str(), t.text());
                    }
                }
            }
        }
    }

    #[test]
    fn nfkc_with_diacritics_kept_maps_compatibility_letters() {
        let n = Normalizer::new(
            NormalizerOptions::default()
                .form(UnicodeForm::Nfkc)
                .case(Case::Keep),
        );
        assert_eq!(n.normalize("Ĳssel ŉ Ŀ"), "IJssel ʼn L·");
        assert_eq!(n.normalize("Hội nghị"), "Hội nghị");
    }

    #[test]
    fn search_preset() {
        let n = Normalizer::preset(Preset::Search);
        assert_eq!(n.normalize("Quang cảnh Hội nghị"), "quang canh hoi nghi");
        assert_eq!(n.normalize("ĐÀ NẴNG"), "da nang");
        assert_eq!(n.normalize("ＡＳＥＡＮ"), "asean");
        assert_eq!(n.normalize("ﬁnal"), "final");
        assert_eq!(n.normalize("Japan’s “New Level”"), "japan's \"new level\"");
        assert_eq!(n.normalize("  a \t\n b  "), "a b");
        assert_eq!(n.normalize("한국"), "한국");
    }

    #[test]
    fn analysis_preset_keeps_diacritics_and_composes() {
        let n = Normalizer::preset(Preset::Analysis);
        assert_eq!(n.normalize("Quang Cảnh"), "quang cảnh");
        assert_eq!(n.normalize("ca\u{309}nh"), "cảnh");
        assert_eq!(n.normalize("Hà\u{A0}Nội"), "hà nội");
        assert_eq!(n.normalize("İ"), "i\u{307}");
    }

    #[test]
    fn nfc_and_nfd_agree() {
        let nfc = "Bộ trưởng Quốc phòng Phùng Quang Thanh, Đà Nẵng";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for p in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(p);
            assert_eq!(n.normalize(nfc), n.normalize(&nfd), "{p:?}");
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        let s = Normalizer::preset(Preset::Search);
        let a = Normalizer::preset(Preset::Analysis);
        assert!(matches!(s.normalize("da nang"), Cow::Borrowed(_)));
        assert!(matches!(a.normalize("hội nghị"), Cow::Borrowed(_)));
        assert!(matches!(a.normalize("Hội"), Cow::Owned(_)));
        assert!(matches!(a.normalize("a  b"), Cow::Owned(_)));
        assert!(matches!(s.normalize("hội"), Cow::Owned(_)));
    }

    #[test]
    fn idempotent() {
        for p in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(p);
            for s in [
                "  Đà Nẵng – “ASEAN” ﬁ ＡＢ ",
                "Ha\u{300}\u{A0}\u{A0}x",
                "ǅ İ ß",
            ] {
                let once = n.normalize(s).into_owned();
                assert_eq!(n.normalize(&once), once, "{p:?} {s:?}");
            }
        }
    }

    /// Found by fuzzing: a space, a lone combining mark, a space.
    #[test]
    fn regression_dropped_mark_between_spaces() {
        let n = Normalizer::preset(Preset::Search);
        let s = "\u{3} \u{300} No\u{302}i";
        let once = n.normalize(s).into_owned();
        assert_eq!(once, "\u{3} noi");
        assert_eq!(n.normalize(&once), once.as_str());
    }

    /// Found by fuzzing: `T` + U+0344 stays decomposed under NFC, but its
    /// lowercase composes to `ẗ`: lowercase first, then compose.
    #[test]
    fn regression_lowercase_before_composing() {
        let n = Normalizer::preset(Preset::Analysis);
        let s = "T\u{344}\u{344}";
        let once = n.normalize(s).into_owned();
        assert_eq!(n.normalize(&once), once.as_str());
        assert!(once.starts_with('\u{1E97}'));
    }

    /// Found by fuzzing: lowercase `İ` is `i` + U+0307, to be put in
    /// canonical order with the marks after it.
    #[test]
    fn regression_dotted_capital_i_before_a_mark() {
        let n = Normalizer::preset(Preset::Analysis);
        let s = "*\u{305}İ\u{1cdd}\u{5fb}";
        let once = n.normalize(s).into_owned();
        assert_eq!(n.normalize(&once), once.as_str());
        let mut buf = String::new();
        let t = crate::token::tokenize("İ\u{1cdd}").next().unwrap();
        n.normalize_token_into(&t, &mut buf);
        assert_eq!(buf, n.normalize("İ\u{1cdd}"));
    }

    /// Found by fuzzing: NFKC turns `‴` into three `′`, which must unify
    /// in the same pass; an Arabic ligature decomposes with spaces.
    #[test]
    fn regression_decomposed_punctuation_and_spaces() {
        let n = Normalizer::preset(Preset::Search);
        for s in [
            "—‴.",
            "Ha\u{310} 2ôЕם \0\u{7} . !!! ??? —‴.",
            "a \u{FDFA} b",
            "x\u{2002}\u{2002}y",
        ] {
            let once = n.normalize(s).into_owned();
            assert_eq!(n.normalize(&once), once.as_str(), "{s:?}");
        }
        assert_eq!(n.normalize("‴"), "'''");
    }

    /// The fold tables indexed by UTF-8 bits agree with the general
    /// normalizer for every one-, two- and three-byte char they might see,
    /// alone and between ASCII letters, in tokens and through the indexing
    /// loop.
    #[test]
    fn ascii_fold_tables_agree_with_the_general_path() {
        let n = Normalizer::preset(Preset::Search);
        let mut folded = 0;
        let mut buf = String::new();
        for c in ('\u{1}'..='\u{7FF}').chain('\u{1D00}'..='\u{1FFF}') {
            let mut b = String::new();
            for word in [c.to_string(), format!("N{c}a"), format!("{c}{c}x")] {
                for tok in crate::token::tokenize(&word) {
                    buf.clear();
                    n.normalize_token_into(&tok, &mut buf);
                    let general = n.normalize(tok.text()).replace(' ', "");
                    assert_eq!(buf.replace(' ', ""), general, "{c:?} in {word:?}");
                    b.clear();
                    let lexical = tok.kind().is_lexical()
                        && !matches!(tok.kind(), TokenKind::Url | TokenKind::Long);
                    if lexical && fold_to_ascii_into(tok.text(), &mut b, tables()) {
                        folded += 1;
                        assert_eq!(b, general, "{c:?} in {word:?}");
                    }
                }
            }
        }
        assert!(folded > 1000, "{folded}");
        assert_eq!(n.normalize("Nguyễn Đức Ưng"), "nguyen duc ung");
    }

    /// The memo gives what the normalizer gives, on a hit, on a miss and
    /// when two words share a slot.
    #[test]
    fn memo_hits_misses_and_shared_slots() {
        for preset in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(preset);
            let mut memo = Memo::new(0);
            let words = "Hội nghị thứ trưởng quốc phòng Nhật Bản lần thứ 6 Đà Nẵng Nguyễn Chí Vịnh";
            for round in 0..3 {
                let mut buf = String::new();
                for t in crate::token::tokenize(words) {
                    buf.clear();
                    n.token_memo_into(&t, words, &mut buf, Some(&mut memo));
                    let mut direct = String::new();
                    n.normalize_token_into(&t, &mut direct);
                    assert_eq!(buf, direct, "{preset:?} round {round}");
                }
            }
            assert!(memo.keys.iter().filter(|&&k| k != 0).count() >= 10);
            // Two words in one slot: the second replaces the first, and
            // neither is ever given the other's form.
            let slot_of = |w: &str| {
                let mut b = [0u8; 8];
                b[..w.len()].copy_from_slice(w.as_bytes());
                let key = u64::from_le_bytes(b);
                memo.slot(key)
            };
            let pool: Vec<String> = (0..5000).map(|i| format!("ạ{i}")).collect();
            let (a, b) = (0..pool.len())
                .flat_map(|i| (i + 1..pool.len()).map(move |j| (i, j)))
                .find(|&(i, j)| slot_of(&pool[i]) == slot_of(&pool[j]))
                .unwrap();
            let text = format!("{} {} {} {} ........", pool[a], pool[b], pool[a], pool[b]);
            let mut buf = String::new();
            let mut got = Vec::new();
            for t in crate::token::tokenize(&text).filter(|t| t.kind().is_lexical()) {
                buf.clear();
                n.token_memo_into(&t, &text, &mut buf, Some(&mut memo));
                got.push(buf.clone());
            }
            let want: Vec<String> = [&pool[a], &pool[b], &pool[a], &pool[b]]
                .iter()
                .map(|w| n.normalize(w).into_owned())
                .collect();
            assert_eq!(got, want, "{preset:?}");
        }
    }

    /// The memo is for long Vietnamese text, not for English or Indonesian
    /// with Vietnamese names in it, nor for short text.
    #[test]
    fn memo_pays_for_long_vietnamese_text_only() {
        let vi = "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6. ";
        let en = "Deputy Minister Nguyễn Chí Vịnh led the Vietnamese delegation to Yokohama. ";
        assert!(Memo::pays(&vi.repeat(1000)));
        assert!(!Memo::pays(&en.repeat(1000)));
        assert!(!Memo::pays(&vi.repeat(100)));
        // Sized by the text: a slot for every 256 bytes, 1,024 to 16,384.
        assert_eq!(Memo::new(32 * 1024).keys.len(), 1024);
        assert_eq!(Memo::new(1 << 20).keys.len(), 4096);
        assert_eq!(Memo::new(8_000_000).keys.len(), 16384);
        assert_eq!(Memo::new(1 << 30).forms.len(), 16384 * Memo::SLOT);
    }

    /// Found by fuzzing: a URL over the maximum token length is a `long`
    /// token, and its backquote must be unified as in running text.
    #[test]
    fn regression_long_url_takes_the_general_path() {
        let n = Normalizer::preset(Preset::Search);
        let s = format!("www.w{{`{}`ffff", "{".repeat(300));
        let toks: Vec<_> = crate::token::tokenize(&s).collect();
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].kind(), TokenKind::Long);
        let mut buf = String::new();
        n.normalize_token_into(&toks[0], &mut buf);
        assert_eq!(buf, n.normalize(&s));
        assert!(buf.starts_with("www.w{'{") && !buf.contains('`'));
    }

    #[test]
    fn keep_everything_is_identity() {
        let n = Normalizer::new(
            NormalizerOptions::default()
                .form(UnicodeForm::Keep)
                .case(Case::Keep)
                .punctuation(Punctuation::Keep)
                .whitespace(Whitespace::Keep),
        );
        for s in ["A  “b”\u{A0}c", "Ha\u{300}"] {
            assert_eq!(n.normalize(s), s);
        }
    }
}
