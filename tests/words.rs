//! Vietnamese words: spans, invariance to how the text is written, names,
//! numbers, user words, and the shipped model on real text.
#![cfg(feature = "vi-words")]

mod common;

use newstext::token::tokenize;
use newstext::words::train::read_conllu;
use newstext::words::{Segmenter, Word};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn words(text: &str) -> Vec<&str> {
    Segmenter::new().segment(text).map(|w| w.text()).collect()
}

/// Spans slice the input, in order, and cover every token exactly once.
fn check_cover(seg: &Segmenter, text: &str) {
    let tokens: Vec<_> = tokenize(text).collect();
    let ws: Vec<Word<'_>> = seg.segment(text).collect();
    let mut next = 0;
    for w in &ws {
        assert_eq!(&text[w.start()..w.end()], w.text());
        let r = w.token_range();
        assert_eq!(r.start, next, "{text:?}");
        assert!(!r.is_empty());
        assert_eq!(w.start(), tokens[r.start].start());
        assert_eq!(w.end(), tokens[r.end - 1].end());
        next = r.end;
    }
    assert_eq!(next, tokens.len(), "every token in a word: {text:?}");
}

/// Old-style tone placement: the mark on the second vowel of `oa`, `oe`,
/// `uy` (`hòa` → `hoà`, `thủy` → `thuỷ`).
fn old_style(text: &str) -> String {
    let nfd: Vec<char> = text.nfd().collect();
    let tone = |c: char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
    let mut out = Vec::with_capacity(nfd.len());
    let mut i = 0;
    while i < nfd.len() {
        let c = nfd[i];
        if i + 2 < nfd.len()
            && tone(nfd[i + 1])
            && matches!(
                (c.to_ascii_lowercase(), nfd[i + 2].to_ascii_lowercase()),
                ('o', 'a') | ('o', 'e') | ('u', 'y')
            )
        {
            out.extend([c, nfd[i + 2], nfd[i + 1]]);
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out.into_iter().collect::<String>().nfc().collect()
}

/// Word boundaries as token counts (the same however the text is written).
fn shape(text: &str) -> Vec<usize> {
    Segmenter::new()
        .segment(text)
        .map(|w| w.token_count())
        .collect()
}

const NEWS: &str = "Thủ tướng Phạm Minh Chính chủ trì hội nghị về hòa bình, \
    thủy lợi và sức khỏe cộng đồng tại Khánh Hòa. Bộ trưởng Bộ Quốc phòng \
    Nhật Bản thăm chính thức Việt Nam từ ngày 6/9.";

#[test]
fn seed_000_caption() {
    let (_, text) = common::seeds()
        .into_iter()
        .find(|(n, _)| n.starts_with("000"))
        .unwrap();
    let caption = text.lines().find(|l| l.starts_with("Quang cảnh")).unwrap();
    assert_eq!(
        words(caption)[..4],
        ["Quang cảnh", "Hội nghị", "thứ trưởng", "quốc phòng"]
    );
}

#[test]
fn names_are_one_word() {
    let w = words("Thượng tướng Nguyễn Chí Vịnh phát biểu tại Hà Nội.");
    assert!(w.contains(&"Nguyễn Chí Vịnh"), "{w:?}");
    assert!(w.contains(&"Hà Nội"), "{w:?}");
    assert!(w.contains(&"phát biểu"), "{w:?}");
    assert_eq!(w.last(), Some(&"."), "the full stop is its own word");
}

#[test]
fn numbers_and_punctuation() {
    // As the treebank writes them: spaced number groups are one word.
    let w = words("Giá mỗi chiếc là 28 . 000 đồng , tăng 90 % .");
    assert!(w.contains(&"28 . 000"), "{w:?}");
    assert!(w.contains(&","), "{w:?}");
    // As news writes them.
    let w = words("Giá mỗi chiếc là 28.000 đồng, tăng 90%.");
    assert!(w.contains(&"28.000") && w.contains(&","), "{w:?}");
    assert_eq!(w.last(), Some(&"."), "{w:?}");
    // URLs stay whole and alone.
    let w = words("Xem tại https://qdnd.vn/quoc-phong nhé");
    assert!(w.contains(&"https://qdnd.vn/quoc-phong"), "{w:?}");
}

#[test]
fn nfd_and_old_style_tone_marks_give_the_same_words() {
    let nfd: String = NEWS.nfd().collect();
    let old = old_style(NEWS);
    assert_ne!(old, NEWS, "the text has oa/oe/uy syllables");
    assert!(old.contains("hoà") && old.contains("thuỷ") && old.contains("khoẻ"));
    let want = shape(NEWS);
    assert_eq!(shape(&nfd), want);
    assert_eq!(shape(&old), want);
    // In capitals (a headline) names lose their cue, words keep theirs.
    let caps = NEWS.to_uppercase();
    let w: Vec<&str> = Segmenter::new().segment(&caps).map(|w| w.text()).collect();
    for word in ["THỦ TƯỚNG", "HỘI NGHỊ", "HÒA BÌNH", "THỦY LỢI", "BỘ TRƯỞNG"] {
        assert!(w.contains(&word), "{word}: {w:?}");
    }
    // Output spans are the input as written.
    for w in Segmenter::new().segment(&nfd) {
        assert_eq!(&nfd[w.start()..w.end()], w.text());
    }
}

#[test]
fn user_words_are_joined() {
    let seg = Segmenter::builder()
        .with_words(["sức khỏe cộng đồng", "hòa bình"])
        .build()
        .unwrap();
    let w: Vec<&str> = seg.segment(NEWS).map(|w| w.text()).collect();
    assert!(w.contains(&"sức khỏe cộng đồng"), "{w:?}");
    // Matched in any writing.
    let old = old_style(NEWS);
    let w: Vec<&str> = seg.segment(&old).map(|w| w.text()).collect();
    assert!(w.contains(&"hoà bình"), "{w:?}");
}

#[test]
fn line_breaks_end_words() {
    let w = words("quốc\nphòng");
    assert_eq!(w, ["quốc", "phòng"]);
}

#[test]
fn long_text_and_mixed_scripts() {
    let seg = Segmenter::new();
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(NEWS);
        text.push_str(if i % 3 == 0 { "\n" } else { " " });
        if i % 7 == 0 {
            text.push_str("ASEAN-Japan talks 東京 \u{7}\u{200b} ");
        }
    }
    check_cover(&seg, &text);
    // A token longer than the tokenizer's limit, inside Vietnamese.
    let long = format!("hội nghị {} quốc phòng", "a".repeat(10_000));
    check_cover(&seg, &long);
}

/// The shipped model on the treebank's test split: the accuracy the README
/// reports (`vi_words` example) holds.
#[test]
fn treebank_test_accuracy() {
    let Some(conllu) = common::shared_file("data/vi-words/ud-vtb/vi_vtb-ud-test.conllu") else {
        return;
    };
    let gold = read_conllu(&conllu);
    assert_eq!(gold.len(), 800);
    let seg = Segmenter::new();
    let (mut g, mut p, mut ok) = (0usize, 0usize, 0usize);
    for s in &gold {
        let pred: Vec<(usize, usize)> =
            seg.segment(&s.text).map(|w| (w.start(), w.end())).collect();
        g += s.words.len();
        p += pred.len();
        ok += pred.iter().filter(|w| s.words.contains(w)).count();
    }
    let (pr, re) = (ok as f64 / p as f64, ok as f64 / g as f64);
    let f1 = 2.0 * pr * re / (pr + re);
    assert!(f1 >= 0.975, "word F1 {f1:.4} on VTB test");
}

fn vi_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Hội nghị ".to_string()),
        Just("quốc phòng".to_string()),
        Just("Nguyễn Chí Vịnh ".to_string()),
        Just("hoà bình".to_string()),
        Just("ca\u{301}nh ".to_string()),
        Just("28 . 000".to_string()),
        Just(" 90% ".to_string()),
        Just("TP.HCM".to_string()),
        Just("\n".to_string()),
        Just(" , ".to_string()),
        Just("https://vnexpress.net/a ".to_string()),
        "[a-zA-Zđơư ]{1,12}",
        "\\PC{1,6}",
        "[\u{300}-\u{323}\u{1ea0}-\u{1ef9} ]{1,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_cover_every_token_once(pieces in prop::collection::vec(vi_piece(), 0..60)) {
        let text = pieces.concat();
        check_cover(&Segmenter::new(), &text);
        let user = Segmenter::builder().with_words(["quốc phòng hoà", "a b"]).build().unwrap();
        check_cover(&user, &text);
    }
}
