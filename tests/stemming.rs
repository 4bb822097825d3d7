//! Conformance of the stemmers with the Snowball reference vocabularies in
//! `../shared/data/stem` (read at run time; a missing file fails under
//! `CI=true` and is skipped with a message elsewhere).

mod common;

use newstext::stem::Stemmer;
use newstext::stopwords::Stopwords;
use newstext::Lang;

fn pair(lang: &str) -> Option<(String, String)> {
    let read = |f: &str| common::shared_file(&format!("data/stem/{lang}/{f}"));
    Some((read("voc.txt")?, read("output.txt")?))
}

fn agreement(lang: Lang, voc: &str, out: &str) -> (usize, usize, Vec<String>) {
    let s = Stemmer::snowball(lang).unwrap();
    let (mut ok, mut total, mut misses) = (0, 0, Vec::new());
    for (w, want) in voc.lines().zip(out.lines()) {
        total += 1;
        let got = s.stem(w);
        if got == want {
            ok += 1;
        } else if misses.len() < 10 {
            misses.push(format!("{w}: {got} (want {want})"));
        }
    }
    assert_eq!(voc.lines().count(), out.lines().count());
    (ok, total, misses)
}

#[test]
fn indonesian_matches_snowball_on_every_word() {
    let Some((voc, out)) = pair("indonesian") else {
        return;
    };
    let (ok, total, misses) = agreement(Lang::Id, &voc, &out);
    assert_eq!(total, 64_586);
    assert_eq!(ok, total, "misses: {misses:?}");
}

#[test]
fn english_matches_snowball_at_least_99_8_percent() {
    let Some((voc, out)) = pair("english") else {
        return;
    };
    let (ok, total, misses) = agreement(Lang::En, &voc, &out);
    let share = ok as f64 / total as f64;
    eprintln!(
        "English: {ok}/{total} = {:.4} (first misses: {misses:?})",
        share
    );
    assert!(share >= 0.998, "{share}");
}

#[test]
#[cfg(feature = "id-roots")]
fn defence_families_meet_on_real_text() {
    let en = Stemmer::for_lang(Lang::En).unwrap();
    assert_eq!(en.stem("defence"), en.stem("defences"));
    let id = Stemmer::for_lang(Lang::Id).unwrap();
    let stems: Vec<_> = ["pertahanan", "bertahan", "mempertahankan"]
        .iter()
        .map(|w| id.stem(w).into_owned())
        .collect();
    assert!(stems.iter().all(|s| s == "tahan"), "{stems:?}");
    // Seed 004's title: the reduplication stems once, `-nya` on names stays.
    assert_eq!(id.stem("aktivitas-aktivitas"), id.stem("aktivitas"));
    assert_eq!(id.stem_cased("Sonya", "sonya"), "sonya");
}

#[test]
fn vietnamese_multi_syllable_stopwords_on_a_seed_like_sentence() {
    let sw = Stopwords::default();
    // "However, the two sides agreed because ..." — `tuy nhiên` and `bởi vì`
    // span two syllables each.
    let words = [
        "Tuy", "nhiên", "hai", "bên", "ký", "kết", "bởi", "vì", "quan", "hệ", "tốt",
    ];
    let m = sw.mark(Lang::Vi, &words);
    assert!(m[0] && m[1] && m[6] && m[7], "{m:?}");
    assert!(!m[2] && !m[3] && !m[8] && !m[9] && !m[10], "{m:?}");
}
