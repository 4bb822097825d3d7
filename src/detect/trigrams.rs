//! whatlang 0.18's language scores for Latin-script text (its `combined`
//! method, over all its Latin-script languages or an allowlist of them),
//! computed without its per-call allocations: the same arithmetic, the same
//! sorts on the same inputs, so the same language and the same confidence
//! bit for bit (the tests compare both on real news lines and on arbitrary
//! strings).
//!
//! whatlang lowercases the text into a new string, counts its trigrams in a
//! hash map, sorts them, builds a second hash map of their ranks and looks
//! up 300 trigrams per language; here the trigrams are packed into `u64`s
//! in a reused buffer, counted by sorting, ranked by a counting sort, and
//! matched against one table of every profile; alphabets are counted once
//! per distinct letter. The profiles and alphabets are whatlang's own
//! (`data/whatlang-profiles.tsv`, `data/whatlang-alphabets.tsv`, MIT). Text
//! with a letter of another script, or an allowlist outside these
//! languages, goes to whatlang itself.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::sync::OnceLock;

use whatlang::Lang as W;

/// whatlang's `MAX_TRIGRAM_DISTANCE`.
const MAX_DIST: i64 = 300;
/// whatlang's `TEXT_TRIGRAMS_SIZE`.
const TEXT_TRIGRAMS: usize = 600;
/// whatlang's `RELIABLE_CONFIDENCE_THRESHOLD`.
const RELIABLE: f64 = 0.9;

/// A language and how sure whatlang is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Guess {
    pub lang: W,
    pub confidence: f64,
}

impl Guess {
    pub fn is_reliable(&self) -> bool {
        self.confidence > RELIABLE
    }
}

impl From<whatlang::Info> for Guess {
    fn from(i: whatlang::Info) -> Guess {
        Guess {
            lang: i.lang(),
            confidence: i.confidence(),
        }
    }
}

/// whatlang's Latin-script data: profiles, alphabets, orders.
struct Latin {
    /// The languages in whatlang's profile order (the order of its
    /// trigram distances).
    langs: Vec<W>,
    /// Profile indices in `Script::Latin.langs()` order (the order of its
    /// alphabet scores).
    script_order: Vec<usize>,
    /// Each trigram's (language, rank) pairs: a range of `entries`.
    table: rustc_hash::FxHashMap<u64, (u32, u32)>,
    entries: Vec<(u8, u16)>,
    /// The same for the first-class languages only, the common case:
    /// each trigram's rank in English, Indonesian and Vietnamese
    /// (`u16::MAX`: not in that profile), and their profile indices.
    table3: rustc_hash::FxHashMap<u64, [u16; 3]>,
    first_class: [usize; 3],
    /// The languages whose alphabet holds each ASCII char, then each other
    /// char (bit `i`: profile language `i`).
    ascii_alphabets: [u64; 128],
    other_alphabets: rustc_hash::FxHashMap<char, u64>,
}

fn latin() -> &'static Latin {
    static L: OnceLock<Latin> = OnceLock::new();
    L.get_or_init(|| {
        let mut langs: Vec<W> = Vec::new();
        let mut pairs: Vec<(u64, u8, u16)> = Vec::with_capacity(11_100);
        let mut ranks: Vec<u16> = Vec::new();
        for line in include_str!("../../data/whatlang-profiles.tsv").lines() {
            let Some((code, tri)) = line.split_once('\t') else {
                continue;
            };
            let Some(lang) = W::from_code(code) else {
                continue;
            };
            if langs.last() != Some(&lang) {
                langs.push(lang);
            }
            let mut cs = tri.chars();
            if let (Some(a), Some(b), Some(c)) = (cs.next(), cs.next(), cs.next()) {
                if langs.len() > ranks.len() {
                    ranks.push(0u16);
                }
                let l = langs.len() - 1;
                pairs.push((pack(a, b, c), l as u8, ranks[l]));
                ranks[l] += 1;
            }
        }
        pairs.sort_by_key(|p| p.0);
        let mut table = rustc_hash::FxHashMap::default();
        let mut entries = Vec::with_capacity(pairs.len());
        for group in pairs.chunk_by(|a, b| a.0 == b.0) {
            table.insert(group[0].0, (entries.len() as u32, group.len() as u32));
            entries.extend(group.iter().map(|p| (p.1, p.2)));
        }
        let first_class = [W::Eng, W::Ind, W::Vie]
            .map(|w| langs.iter().position(|x| *x == w).unwrap_or(usize::MAX));
        let mut table3 = rustc_hash::FxHashMap::default();
        for &(key, l, rank) in &pairs {
            if let Some(k) = first_class.iter().position(|&f| f == usize::from(l)) {
                table3.entry(key).or_insert([u16::MAX; 3])[k] = rank;
            }
        }
        let mut ascii_alphabets = [0u64; 128];
        let mut other_alphabets = rustc_hash::FxHashMap::default();
        for line in include_str!("../../data/whatlang-alphabets.tsv").lines() {
            let Some((code, letters)) = line.split_once('\t') else {
                continue;
            };
            let Some(l) = W::from_code(code).and_then(|w| langs.iter().position(|x| *x == w))
            else {
                continue;
            };
            for c in letters.chars() {
                match ascii_alphabets.get_mut(c as usize) {
                    Some(m) => *m |= 1 << l,
                    None => *other_alphabets.entry(c).or_insert(0) |= 1 << l,
                }
            }
        }
        let script_order = whatlang::Script::Latin
            .langs()
            .iter()
            .filter_map(|w| langs.iter().position(|x| x == w))
            .collect();
        Latin {
            langs,
            script_order,
            table,
            entries,
            table3,
            first_class,
            ascii_alphabets,
            other_alphabets,
        }
    })
}

/// A trigram as a number ordered as whatlang orders its `Trigram`s.
fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// whatlang's `is_stop_char`: ASCII punctuation, digits, controls, space.
fn is_stop(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{40}' | '\u{5B}'..='\u{60}' | '\u{7B}'..='\u{7E}')
}

/// whatlang's `is_latin`.
fn is_latin(c: char) -> bool {
    matches!(c,
        'a'..='z'
        | 'A'..='Z'
        | '\u{0080}'..='\u{024F}'
        | '\u{0250}'..='\u{02AF}'
        | '\u{1D00}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2100}'..='\u{214F}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
    )
}

/// Chars of no whatlang script: combining marks, general punctuation,
/// currency signs, arrows and other symbols, variation selectors, emoji.
fn is_scriptless(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{2000}'..='\u{20CF}'
        | '\u{2190}'..='\u{2BFF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{1F000}'..='\u{1FAFF}'
    )
}

/// Reused buffers: the text's trigrams, (count, trigram) pairs, and the
/// first rank of each count.
type Buffers = (Vec<u64>, Vec<(u32, u64)>, Vec<u32>);

thread_local! {
    static BUFFERS: RefCell<Buffers> =
        const { RefCell::new((Vec::new(), Vec::new(), Vec::new())) };
}

/// whatlang's `Detector::with_allowlist(allow).detect(text)`, or with
/// `None` its `detect(text)`, when the allowlist holds only Latin-script
/// languages and the text has no letter of another script; `None`
/// otherwise (ask whatlang).
pub(crate) fn detect(text: &str, allow: Option<&[W]>) -> Option<Option<Guess>> {
    let data = latin();
    let mut allowed = 0u64;
    match allow {
        None => allowed = (1 << data.langs.len()) - 1,
        Some(list) => {
            for l in list {
                allowed |= 1 << data.langs.iter().position(|x| x == l)?;
            }
        }
    }
    if allowed == 0 {
        return None;
    }
    let mut any_latin = false;
    for c in text.chars() {
        if is_stop(c) || is_scriptless(c) {
            continue;
        }
        if !is_latin(c) {
            return None;
        }
        any_latin = true;
    }
    if !any_latin {
        return Some(None);
    }
    BUFFERS
        .try_with(|cell| {
            let mut guard = cell.try_borrow_mut().ok()?;
            Some(Some(scores(text, allowed, data, &mut guard)))
        })
        .ok()
        .flatten()
}

fn scores(text: &str, allowed: u64, data: &Latin, buffers: &mut Buffers) -> Guess {
    let (keys, counted, ranks) = buffers;
    let on = |l: usize| allowed >> l & 1 == 1;
    // The lowercase text's letters (alphabet method) and trigrams, stop
    // chars read as spaces, one space after the end.
    keys.clear();
    // Letters in each allowed alphabet, counted as they come.
    let mut inside = [0usize; 64];
    let mut letters = 0usize;
    let (mut c1, mut c2) = (' ', None::<char>);
    let mut push = |c3: char, c1: &mut char, c2: &mut Option<char>| {
        let Some(b) = *c2 else {
            *c2 = Some(c3);
            return;
        };
        if !(b == ' ' && (*c1 == ' ' || c3 == ' ')) {
            keys.push(pack(*c1, b, c3));
        }
        *c1 = b;
        *c2 = Some(c3);
    };
    let mut letter = |c: char| {
        if is_stop(c) {
            push(' ', &mut c1, &mut c2);
            return;
        }
        letters += 1;
        let mask = match data.ascii_alphabets.get(c as usize) {
            Some(m) => *m,
            None => data.other_alphabets.get(&c).copied().unwrap_or(0),
        };
        let mut m = mask & allowed;
        while m != 0 {
            inside[m.trailing_zeros() as usize] += 1;
            m &= m - 1;
        }
        push(c, &mut c1, &mut c2);
    };
    for c in text.chars() {
        if c.is_ascii() {
            letter(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut letter);
        }
    }
    push(' ', &mut c1, &mut c2);

    // Distinct trigrams with their counts, by trigram.
    keys.sort_unstable();
    counted.clear();
    for &k in keys.iter() {
        match counted.last_mut() {
            Some((n, last)) if *last == k => *n += 1,
            _ => counted.push((1, k)),
        }
    }
    // whatlang ranks them by count, then trigram, both descending, and
    // keeps the first 600: here a counting sort by count over the
    // trigrams in descending order gives each its rank.
    let unique = counted.len().min(TEXT_TRIGRAMS);
    let top = counted.iter().map(|e| e.0).max().unwrap_or(0) as usize;
    ranks.clear();
    ranks.resize(top + 2, 0);
    for &(n, _) in counted.iter() {
        ranks[top - n as usize + 1] += 1;
    }
    for c in 1..ranks.len() {
        ranks[c] += ranks[c - 1];
    }

    // Trigram method: rank distances to each profile (sums for languages
    // outside the allowlist are never read).
    let mut matched = [0i64; 64];
    let only_first_class = data.first_class.iter().fold(allowed, |m, &l| {
        m & !(1u64.checked_shl(l as u32).unwrap_or(0))
    }) == 0;
    for &(n, k) in counted.iter().rev() {
        let slot = &mut ranks[top - n as usize];
        let pos = *slot as usize;
        *slot += 1;
        if pos >= TEXT_TRIGRAMS {
            continue;
        }
        if only_first_class {
            if let Some(ranks) = data.table3.get(&k) {
                for (&l, &r) in data.first_class.iter().zip(ranks) {
                    if r != u16::MAX {
                        matched[l] += (pos as i64 - i64::from(r)).abs() - MAX_DIST;
                    }
                }
            }
        } else if let Some(&(from, len)) = data.table.get(&k) {
            for &(l, r) in &data.entries[from as usize..(from + len) as usize] {
                if on(usize::from(l)) {
                    matched[usize::from(l)] += (pos as i64 - i64::from(r)).abs() - MAX_DIST;
                }
            }
        }
    }
    let mut distances = Few::new((W::Eng, 0u32));
    for (l, lang) in data.langs.iter().enumerate() {
        if !on(l) {
            continue;
        }
        let mut total = MAX_DIST * MAX_DIST + matched[l];
        if (unique as i64) < MAX_DIST {
            total -= (MAX_DIST - unique as i64) * MAX_DIST;
        }
        distances.push((*lang, total.clamp(0, MAX_DIST * MAX_DIST) as u32));
    }
    distances.items_mut().sort_unstable_by_key(|(_, d)| *d);
    let max_dist = unique as u32 * MAX_DIST as u32;
    let mut trigram = Few::new((W::Eng, 0.0f64));
    for &(l, d) in distances.items() {
        trigram.push((l, f64::from(max_dist.wrapping_sub(d)) / f64::from(max_dist)));
    }

    // Alphabet method: letters in each alphabet, less those outside.
    let mut raw = Few::new((W::Eng, 0usize));
    for &l in data.script_order.iter().filter(|&&l| on(l)) {
        raw.push((data.langs[l], (2 * inside[l]).saturating_sub(letters)));
    }
    raw.items_mut().sort_unstable_by_key(|(_, s)| Reverse(*s));
    let mut alphabet = Few::new((W::Eng, 0.0f64));
    for &(l, s) in raw.items() {
        alphabet.push((l, s as f64 / letters as f64));
    }

    // Combined: the alphabet weighs less the more letters there are.
    let aw = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let tw = 1.0 - aw;
    let mut order = Few::new(W::Eng);
    for &(l, _) in alphabet.items() {
        order.push(l);
    }
    for &(l, _) in trigram.items() {
        if !order.items().contains(&l) {
            order.push(l);
        }
    }
    let find = |v: &[(W, f64)], l: W| v.iter().find(|x| x.0 == l).map_or(0.0, |x| x.1);
    let mut combined = Few::new((W::Eng, 0.0f64));
    for &l in order.items() {
        combined.push((
            l,
            find(alphabet.items(), l) * aw + find(trigram.items(), l) * tw,
        ));
    }
    let combined = combined.items_mut();
    combined.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Less));
    let (lang, s1) = combined[0];
    let confidence = match combined.get(1) {
        Some(&(_, s2)) => confidence(s1, s2, unique),
        None => 1.0,
    };
    Guess { lang, confidence }
}

/// At most one item per Latin-script language, on the stack: the small
/// lists whatlang keeps in vectors.
struct Few<T: Copy> {
    items: [T; 40],
    len: usize,
}

impl<T: Copy> Few<T> {
    fn new(fill: T) -> Few<T> {
        Few {
            items: [fill; 40],
            len: 0,
        }
    }

    fn push(&mut self, t: T) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = t;
            self.len += 1;
        }
    }

    fn items(&self) -> &[T] {
        &self.items[..self.len]
    }

    fn items_mut(&mut self) -> &mut [T] {
        &mut self.items[..self.len]
    }
}

/// whatlang's `calculate_confidence`.
fn confidence(highest: f64, second: f64, count: usize) -> f64 {
    if highest == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return highest;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (highest - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ALL: [W; 3] = [W::Eng, W::Ind, W::Vie];

    /// A language and the bits of its confidence.
    type Bits = Option<(W, u64)>;

    /// Both answers, ours and whatlang's.
    fn both(text: &str, allow: Option<&[W]>) -> Option<(Bits, Bits)> {
        let ours = detect(text, allow)?;
        let theirs = match allow {
            Some(a) => whatlang::Detector::with_allowlist(a.to_vec()).detect(text),
            None => whatlang::detect(text),
        };
        Some((
            ours.map(|g| (g.lang, g.confidence.to_bits())),
            theirs.map(|i| (i.lang(), i.confidence().to_bits())),
        ))
    }

    #[test]
    fn every_latin_language_has_its_profile_and_alphabet() {
        let data = latin();
        assert_eq!(data.langs.len(), 37);
        assert_eq!(data.entries.len(), 37 * 300);
        assert_eq!(
            data.script_order.len(),
            whatlang::Script::Latin.langs().len()
        );
        for l in 0..37 {
            assert_ne!(
                data.ascii_alphabets[usize::from(b'a')] >> l & 1,
                0,
                "{:?}",
                data.langs[l]
            );
        }
    }

    #[test]
    fn scriptless_chars_have_no_whatlang_script() {
        let ranges = [
            0x0300..=0x036F,
            0x2000..=0x20CF,
            0x2190..=0x2BFF,
            0xFE00..=0xFE0F,
            0x1F000..=0x1FAFF,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert!(is_scriptless(c));
            assert_eq!(whatlang::detect_script(&c.to_string()), None, "{c:?}");
        }
    }

    #[test]
    fn latin_is_whatlangs_latin() {
        for c in (0..0x3_0000)
            .filter_map(char::from_u32)
            .filter(|c| !is_stop(*c))
        {
            let latin = whatlang::detect_script(&c.to_string()) == Some(whatlang::Script::Latin);
            assert_eq!(is_latin(c), latin, "{c:?}");
        }
    }

    #[test]
    fn same_as_whatlang_on_news_lines() {
        let mut checked = 0;
        for lang in ["en", "id", "vi"] {
            let Some(text) = crate::bench_text::bench_text(lang) else {
                return;
            };
            for line in text.lines().take(1500) {
                for t in [
                    line,
                    crate::detect::prefix(line, 240),
                    crate::detect::prefix(line, 40),
                ] {
                    for allow in [
                        Some(&ALL[..]),
                        Some(&[W::Eng, W::Ind]),
                        Some(&[W::Vie]),
                        None,
                    ] {
                        if let Some((ours, theirs)) = both(t, allow) {
                            assert_eq!(ours, theirs, "{t:?} {allow:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn other_scripts_and_languages_go_to_whatlang() {
        assert_eq!(detect("Привет, как дела", Some(&ALL)), None);
        assert_eq!(detect("Привет, как дела", None), None);
        assert_eq!(detect("hello world", Some(&[W::Eng, W::Rus])), None);
        assert_eq!(detect("12, 13 — !", Some(&ALL)), Some(None));
    }

    proptest! {
        #[test]
        fn same_as_whatlang_on_any_text(
            t in "[a-zA-Z ÀÁẠàáạăằđĐêếệơờưứİıK\u{0300}\u{0301}\u{2014}\u{201C}.,0-9\n-]{0,80}"
        ) {
            if let Some((ours, theirs)) = both(&t, Some(&ALL)) {
                prop_assert_eq!(ours, theirs);
            }
            if let Some((ours, theirs)) = both(&t, None) {
                prop_assert_eq!(ours, theirs);
            }
        }

        #[test]
        fn same_as_whatlang_on_other_latin_text(
            t in "[a-zA-Z äöüßéèçñøåłśżčšžőűğışəɛɔŵŷ'.,0-9-]{0,60}"
        ) {
            if let Some((ours, theirs)) = both(&t, None) {
                prop_assert_eq!(ours, theirs);
            }
        }

        #[test]
        fn same_as_whatlang_on_arbitrary_strings(t in "\\PC{0,40}") {
            for allow in [Some(&ALL[..]), None] {
                if let Some((ours, theirs)) = both(&t, allow) {
                    prop_assert_eq!(ours, theirs);
                }
            }
        }
    }
}
