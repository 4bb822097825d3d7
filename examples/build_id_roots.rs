//! Rebuilds `id-roots/data/roots.txt`, the default dictionary of the
//! Indonesian root stemmer, from the Snowball Indonesian vocabulary
//! (`../shared/data/stem/indonesian/voc.txt`: 64,586 word forms from
//! Indonesian Wikipedia, CC BY-SA 3.0) by morphological induction.
//!
//! ```text
//! cargo run --release --example build_id_roots -- ../shared/data/stem/indonesian/voc.txt [--out PATH]
//! ```
//!
//! Without `--out` it writes to a temporary path and prints it.
//!
//! A root takes affixes; a derived form is a root plus affixes. Every word
//! of the vocabulary is read every way the affix rules allow
//! ([`IndonesianStemmer::analyses`]), keeping readings whose root is itself
//! a word of the vocabulary and whose prefix and suffix may go together.
//! A word's *family* is the number of vocabulary words with a reading onto
//! it. A word is a root unless it has a reading onto a word whose family
//! is larger than its own: `mengatakan` reads as `kata` (a large family)
//! and is not a root; `berita` could read as `ber-` + `ita`, but `berita`
//! has the larger family (`pemberitaan`, `diberitakan` …) and stays a root;
//! `menteri` stays a root over `teri` likewise. Where the two have no
//! evidence apart (every word of the one's family is in the other's), a
//! reading hard to get by chance decides for the shorter root: a confix
//! (`kecenderungan`: `ke-` + `cenderung` + `-an`) or `ter-` on a word
//! (`terpencil`). One-syllable loans (`film`, `klub`, `skrip`) are roots,
//! reached from their `-nya` forms only: in any other reading, short strings
//! are found inside too many words. Deterministic: sorted input and output,
//! no randomness.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

use newstext::stem::IndonesianStemmer;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut voc, mut out) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().cloned(),
            _ if voc.is_none() => voc = Some(a.clone()),
            _ => {
                eprintln!("usage: build_id_roots VOC.txt [--out PATH]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(voc) = voc else {
        eprintln!("usage: build_id_roots VOC.txt [--out PATH]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&voc) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{voc}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let roots = induce(&text);
    let body: String = roots.iter().map(|(r, n)| format!("{r}\t{n}\n")).collect();
    let path = out.unwrap_or_else(|| {
        std::env::temp_dir()
            .join("newstext-id-roots.txt")
            .display()
            .to_string()
    });
    if let Err(e) = std::fs::write(&path, body) {
        eprintln!("{path}: {e}");
        return ExitCode::FAILURE;
    }
    println!("{} roots written to {path}", roots.len());
    ExitCode::SUCCESS
}

/// The roots of a vocabulary (one word a line), each with its family's
/// size (its weight: the stemmer prefers the root with more evidence).
fn induce(text: &str) -> BTreeMap<String, usize> {
    let vocab: BTreeSet<&str> = text
        .lines()
        .map(str::trim)
        .filter(|w| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_lowercase()))
        .collect();
    let rules = IndonesianStemmer::builder()
        .with_dictionary(std::iter::empty::<&str>())
        .build();
    // Every word's readings: root candidate -> the class of the prefix on
    // the root (or of no prefix).
    let read = |w: &str| {
        let mut rs: BTreeMap<String, &'static str> = BTreeMap::new();
        for a in rules.analyses(w) {
            if a.root == w
                || !a.is_valid_pair()
                || !(root_shaped(&a.root, &a.prefixes)
                    || (a.prefixes.is_empty()
                        && a.suffix.is_none()
                        && w.ends_with("nya")
                        && closed_syllable(&a.root)
                        && vocab.contains(a.root.as_str())))
            {
                continue;
            }
            let c = if a.prefixes.is_empty() && a.suffix.is_none() {
                "inflection"
            } else {
                class(a.prefixes.last().map(String::as_str))
            };
            // A derivational reading outranks an inflection-only one.
            let e = rs.entry(a.root.clone()).or_insert(c);
            if *e == "inflection" {
                *e = c;
            }
        }
        for r in colloquial_nasal(w) {
            rs.entry(r).or_insert("nasal");
        }
        rs
    };
    let readings: BTreeMap<&str, BTreeMap<String, &'static str>> =
        vocab.iter().map(|&w| (w, read(w))).collect();
    // Families: the words reading onto each candidate, and the prefix
    // classes they show.
    let mut family: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut classes: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (&w, rs) in &readings {
        for (r, c) in rs {
            family.entry(r.as_str()).or_default().insert(w);
            classes.entry(r.as_str()).or_default().insert(c);
        }
    }
    let empty = BTreeSet::new();
    let fam = |w: &str| family.get(w).unwrap_or(&empty);
    // Evidence for `a` that does not also count for `b`.
    let own = |a: &str, b: &str| {
        fam(a)
            .iter()
            .filter(|x| **x != b && !fam(b).contains(*x))
            .count()
    };
    // A candidate: attested, or bound (never alone, as `libat`, `juang`)
    // but read from three words under two kinds of affix, not shaped like
    // an affix, and not
    // nasal-initial (`nakut`, `nyama`: what `meN-` leaves of `takut`,
    // `sama`; roots that begin so, `makan`, `nyanyi`, occur alone).
    let is_candidate = |r: &str| {
        vocab.contains(r)
            || (fam(r).len() >= 3
                && classes.get(r).is_some_and(|c| c.len() >= 2)
                && colloquial_nasal(r).is_empty()
                && !affix_shaped(r))
    };
    // A reading that is hard to get by chance: a confix (`ke-…-an` on
    // `cenderung`) or `ter-` on a word.
    // `ter-` on a word (`terpencil`); infixes and `te-` are too easily
    // read into roots (`seringai`, `telanjang`).
    let strong = |w: &str, p: &str| {
        rules.analyses(w).iter().any(|a| {
            a.root == p
                && a.is_valid_pair()
                && a.prefixes.last().is_some_and(|x| {
                    x == "ter" || (a.suffix.is_some() && class(Some(x)) != "other")
                })
        })
    };
    // Attested words that no better-evidenced candidate explains.
    let is_root = |w: &str| {
        let bound;
        let rs = match readings.get(w) {
            Some(rs) => rs,
            None => {
                bound = read(w);
                &bound
            }
        };
        rs.iter().all(|(p, c)| {
            // `masalah` is not `masa` + `-lah`: a word that takes affixes of
            // its own (`permasalahan`) is no inflected form.
            !is_candidate(p)
                || if *c == "inflection" {
                    own(w, p) >= 1
                } else {
                    // Each one's evidence apart from the other's: `kata`
                    // outweighs `mengatakan`; `berita` (`pemberitaan` …)
                    // holds against `rita`; a word with no family of its
                    // own (`berhijab`) is a derived form. A reading deeper in
                    // the word counts the word's whole family for the root
                    // too (`kementerian` reads as `teri`): a family twice the
                    // root's other evidence keeps the word (`menteri`),
                    // unless no evidence sets them apart and the reading is
                    // a strong one (`kecenderungan`, `terpencil`).
                    let tie = own(p, w) == 0 && own(w, p) == 0;
                    !fam(w).is_empty()
                        && (own(p, w) <= own(w, p) || 2 * own(p, w) < fam(w).len())
                        && !(tie && vocab.contains(p.as_str()) && strong(w, p))
                }
        })
    };
    let mut roots: BTreeMap<String, usize> = vocab
        .iter()
        .filter(|w| is_root(w) && (root_shaped(w, &[]) || fam(w).len() >= 2 || closed_syllable(w)))
        .map(|w| (w.to_string(), fam(w).len()))
        .collect();
    for r in family.keys() {
        if !vocab.contains(r) && is_candidate(r) && is_root(r) {
            roots.insert(r.to_string(), fam(r).len());
        }
    }
    roots
}

/// Whether a string begins or ends like an affix (`dikan`, `peranan`): a
/// leftover of a reading, never a bound root.
fn affix_shaped(r: &str) -> bool {
    ["di", "ke", "se", "me", "pe", "be", "te"]
        .iter()
        .any(|p| r.starts_with(p))
        || ["kan", "an", "i", "nya", "lah"]
            .iter()
            .any(|s| r.ends_with(s))
}

/// The kind of prefix on a root: the nasal `meN-`/`peN-`, `ber-`, `ter-`,
/// `per-`, `di-`, `ke-`, `se-`, an infix, or none.
fn class(prefix: Option<&str>) -> &'static str {
    match prefix {
        None => "none",
        Some(p) if p.starts_with("me") || (p.starts_with("pe") && p.len() > 2 && p != "per") => {
            "nasal"
        }
        Some(p) if p.starts_with("be") => "ber",
        Some(p) if p.starts_with("te") => "ter",
        Some(p) if p.starts_with("pe") => "per",
        Some("di") => "di",
        Some("ke") => "ke",
        Some("se") => "se",
        Some(_) => "other",
    }
}

/// A root candidate's shape: two vowels and three letters at least (`ada`,
/// `lain`, `giat`; not `lu`, `dang`, `art`); a shorter one only after the
/// `menge-`/`penge-` that marks one-syllable roots (`mengecat`). Short
/// strings are read into too many words otherwise.
fn root_shaped(r: &str, prefixes: &[String]) -> bool {
    let vowels = r
        .bytes()
        .filter(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u'))
        .count();
    (vowels >= 2 && r.len() >= 3)
        || (r.len() >= 3
            && prefixes
                .last()
                .is_some_and(|p| p == "menge" || p == "penge"))
}

/// A one-syllable word closed by a consonant, three letters at least, not
/// an affix or clitic (`film`, `bank`, `klub`, `skrip`): loans that news
/// inflects (`filmnya`) though their families are too short to count.
fn closed_syllable(w: &str) -> bool {
    let b = w.as_bytes();
    let vowel = |c: &u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    b.len() >= 3
        && b.iter().filter(|c| vowel(c)).count() == 1
        && !vowel(&b[b.len() - 1])
        && ![
            "ber", "per", "ter", "men", "mem", "meng", "meny", "pen", "pem", "peng", "peny", "kan",
            "nya", "lah", "kah", "tah", "pun",
        ]
        .contains(&w)
}

/// Colloquial nasal forms (`milih`, `nembak`, `ngomong`, `nyanyi` is a
/// root): the root with its first consonant nasalised and no `me-`.
fn colloquial_nasal(w: &str) -> Vec<String> {
    let vowel = |c: Option<u8>| matches!(c, Some(b'a' | b'e' | b'i' | b'o' | b'u'));
    let b = w.as_bytes();
    let mut out = Vec::new();
    let mut push = |head: &str, from: usize| {
        let r = format!("{head}{}", &w[from..]);
        if root_shaped(&r, &[]) {
            out.push(r);
        }
    };
    if b.starts_with(b"ng") && vowel(b.get(2).copied()) {
        push("k", 2);
        push("", 2);
    } else if b.starts_with(b"ny") && vowel(b.get(2).copied()) {
        push("s", 2);
    } else if b.starts_with(b"m") && vowel(b.get(1).copied()) {
        push("p", 1);
    } else if b.starts_with(b"n") && vowel(b.get(1).copied()) {
        push("t", 1);
    }
    out
}
