//! whatlang 0.18's language scores for Latin-script text, restricted to
//! English, Indonesian and Vietnamese, computed without its per-call
//! allocations: the same arithmetic, the same sorts on the same inputs, so
//! the same language and the same confidence bit for bit (the tests compare
//! both on real news lines and on arbitrary strings).
//!
//! whatlang lowercases the text into a new string, counts its trigrams in a
//! hash map, sorts them, builds a second hash map of their ranks and looks
//! up 300 trigrams per language; here the trigrams are packed into `u64`s
//! in a reused buffer, counted by sorting, and matched against one table of
//! the three profiles (`data/whatlang-profiles.tsv`, whatlang's own, MIT).
//! Text with a letter of another script, or a restriction to other
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
/// The profiles' languages, in whatlang's profile order.
const LANGS: [W; 3] = [W::Eng, W::Ind, W::Vie];

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

/// Ranks of each profile trigram per language (`u16::MAX`: not in that
/// profile).
struct Profiles {
    table: rustc_hash::FxHashMap<u64, [u16; 3]>,
}

fn profiles() -> &'static Profiles {
    static P: OnceLock<Profiles> = OnceLock::new();
    P.get_or_init(|| {
        let mut table = rustc_hash::FxHashMap::<u64, [u16; 3]>::default();
        let mut rank = [0u16; 3];
        for line in include_str!("../../data/whatlang-profiles.tsv").lines() {
            let Some((code, tri)) = line.split_once('\t') else {
                continue;
            };
            let Some(l) = ["eng", "ind", "vie"].iter().position(|c| *c == code) else {
                continue;
            };
            let mut cs = tri.chars();
            let (Some(a), Some(b), Some(c)) = (cs.next(), cs.next(), cs.next()) else {
                continue;
            };
            table.entry(pack(a, b, c)).or_insert([u16::MAX; 3])[l] = rank[l];
            rank[l] += 1;
        }
        Profiles { table }
    })
}

/// A trigram as a number ordered as whatlang orders its `Trigram`s.
fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// In whatlang's Vietnamese alphabet (English's and Indonesian's is `a`–`z`): `a`–`z`, the Latin-1 and
/// Latin Extended-A/B letters it lists, and the lowercase (odd) letters of
/// U+1EA1–U+1EF9.
fn in_vie(c: char) -> bool {
    c.is_ascii_lowercase()
        || matches!(
            c,
            'à' | 'á'
                | 'â'
                | 'ã'
                | 'è'
                | 'é'
                | 'ê'
                | 'ì'
                | 'í'
                | 'ò'
                | 'ó'
                | 'ô'
                | 'õ'
                | 'ù'
                | 'ú'
                | 'ý'
                | 'ă'
                | 'đ'
                | 'ĩ'
                | 'ũ'
                | 'ơ'
                | 'ư'
        )
        || (('\u{1EA1}'..='\u{1EF9}').contains(&c) && (c as u32) & 1 == 1)
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
    static TRIGRAMS: RefCell<Buffers> = const { RefCell::new((Vec::new(), Vec::new(), Vec::new())) };
}

/// whatlang's `Detector::with_allowlist(allow).detect(text)` when `allow`
/// holds only English, Indonesian and Vietnamese and the text has no letter
/// of another script; `None` otherwise (ask whatlang).
pub(crate) fn detect(text: &str, allow: &[W]) -> Option<Option<Guess>> {
    if allow.iter().any(|l| !LANGS.contains(l)) {
        return None;
    }
    let mut latin = false;
    for c in text.chars() {
        if is_stop(c) || is_scriptless(c) {
            continue;
        }
        if !is_latin(c) {
            return None;
        }
        latin = true;
    }
    if !latin {
        return Some(None);
    }
    TRIGRAMS
        .try_with(|cell| {
            let mut guard = cell.try_borrow_mut().ok()?;
            Some(Some(scores(text, allow, &mut guard)))
        })
        .ok()
        .flatten()
}

fn scores(text: &str, allow: &[W], buffers: &mut Buffers) -> Guess {
    let (keys, counted, ranks) = buffers;
    // The lowercase text's letters (alphabet method) and trigrams, stop
    // chars read as spaces, one space after the end.
    keys.clear();
    let (mut letters, mut ascii, mut vie) = (0usize, 0usize, 0usize);
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
        ascii += usize::from(c.is_ascii_lowercase());
        vie += usize::from(in_vie(c));
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

    // Trigram method: rank distances to each profile.
    let table = &profiles().table;
    let mut matched = [0i64; 3];
    for &(n, k) in counted.iter().rev() {
        let slot = &mut ranks[top - n as usize];
        let pos = *slot as usize;
        *slot += 1;
        if pos >= TEXT_TRIGRAMS {
            continue;
        }
        if let Some(r) = table.get(&k) {
            for (l, &r) in r.iter().enumerate() {
                if r != u16::MAX {
                    matched[l] += (pos as i64 - i64::from(r)).abs() - MAX_DIST;
                }
            }
        }
    }
    let mut distances: Vec<(W, u32)> = Vec::with_capacity(3);
    for (l, lang) in LANGS.iter().enumerate() {
        if !allow.contains(lang) {
            continue;
        }
        let mut total = MAX_DIST * MAX_DIST + matched[l];
        if (unique as i64) < MAX_DIST {
            total -= (MAX_DIST - unique as i64) * MAX_DIST;
        }
        distances.push((*lang, total.clamp(0, MAX_DIST * MAX_DIST) as u32));
    }
    distances.sort_unstable_by_key(|(_, d)| *d);
    let max_dist = unique as u32 * MAX_DIST as u32;
    let trigram: Vec<(W, f64)> = distances
        .iter()
        .map(|&(l, d)| (l, f64::from(max_dist.wrapping_sub(d)) / f64::from(max_dist)))
        .collect();

    // Alphabet method: letters in each alphabet, less those outside.
    let mut raw: Vec<(W, usize)> = whatlang::Script::Latin
        .langs()
        .iter()
        .filter(|l| allow.contains(l))
        .map(|&l| {
            let inside = if l == W::Vie { vie } else { ascii };
            (l, (2 * inside).saturating_sub(letters))
        })
        .collect();
    raw.sort_unstable_by_key(|(_, s)| Reverse(*s));
    let alphabet: Vec<(W, f64)> = raw
        .iter()
        .map(|&(l, s)| (l, s as f64 / letters as f64))
        .collect();

    // Combined: the alphabet weighs less the more letters there are.
    let aw = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let tw = 1.0 - aw;
    let mut order: Vec<W> = alphabet.iter().map(|x| x.0).collect();
    for (l, _) in &trigram {
        if !order.contains(l) {
            order.push(*l);
        }
    }
    let find = |v: &[(W, f64)], l: W| v.iter().find(|x| x.0 == l).map_or(0.0, |x| x.1);
    let mut combined: Vec<(W, f64)> = order
        .into_iter()
        .map(|l| (l, find(&alphabet, l) * aw + find(&trigram, l) * tw))
        .collect();
    combined.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Less));
    let (lang, s1) = combined[0];
    let confidence = match combined.get(1) {
        Some(&(_, s2)) => confidence(s1, s2, unique),
        None => 1.0,
    };
    Guess { lang, confidence }
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
    /// whatlang's Vietnamese alphabet, as whatlang 0.18 writes it.
    const VIE: &str =
        "abcdefghijklmnopqrstuvwxyzàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    /// A language and the bits of its confidence.
    type Bits = Option<(W, u64)>;

    /// Both answers, ours and whatlang's.
    fn both(text: &str, allow: &[W]) -> Option<(Bits, Bits)> {
        let ours = detect(text, allow)?;
        let theirs = whatlang::Detector::with_allowlist(allow.to_vec()).detect(text);
        Some((
            ours.map(|g| (g.lang, g.confidence.to_bits())),
            theirs.map(|i| (i.lang(), i.confidence().to_bits())),
        ))
    }

    #[test]
    fn vietnamese_alphabet_membership() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(in_vie(c), VIE.contains(c), "{c:?}");
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
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bench");
        let mut checked = 0;
        for lang in ["en", "id", "vi"] {
            let text = std::fs::read_to_string(dir.join(format!("{lang}.txt")))
                .expect("../shared/data/bench beside the repository");
            for line in text.lines().take(1500) {
                for t in [
                    line,
                    crate::detect::prefix(line, 240),
                    crate::detect::prefix(line, 40),
                ] {
                    for allow in [&ALL[..], &[W::Eng, W::Ind], &[W::Vie]] {
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
        assert_eq!(detect("Привет, как дела", &ALL), None);
        assert_eq!(detect("hello world", &[W::Eng, W::Fra]), None);
        assert_eq!(detect("12, 13 — !", &ALL), Some(None));
    }

    proptest! {
        #[test]
        fn same_as_whatlang_on_any_text(
            t in "[a-zA-Z ÀÁẠàáạăằđĐêếệơờưứİıK\u{0300}\u{0301}\u{2014}\u{201C}.,0-9\n-]{0,80}"
        ) {
            if let Some((ours, theirs)) = both(&t, &ALL) {
                prop_assert_eq!(ours, theirs);
            }
        }

        #[test]
        fn same_as_whatlang_on_arbitrary_strings(t in "\\PC{0,40}") {
            if let Some((ours, theirs)) = both(&t, &ALL) {
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
