//! Language detection on the seed articles and on the short lines news is
//! full of.

mod common;

use common::seed;
use newstext::detect::Detector;
use newstext::{Article, BlockKind, Lang};
use unicode_normalization::UnicodeNormalization;

#[test]
fn every_seed_block_has_the_expected_language() {
    // 000–003 are English with one Vietnamese caption in 000; 004 is
    // Indonesian throughout, Vietnamese `ảnh 1` inside a caption included.
    for (prefix, article_lang) in [
        ("000", Lang::En),
        ("001", Lang::En),
        ("002", Lang::En),
        ("003", Lang::En),
        ("004", Lang::Id),
    ] {
        let a = Article::parse(&seed(prefix)).unwrap();
        assert_eq!(a.lang, Some(article_lang), "seed {prefix}");
        for b in &a.blocks {
            let want = if b.text.starts_with("Quang cảnh") {
                Lang::Vi
            } else {
                article_lang
            };
            assert_eq!(b.lang, Some(want), "seed {prefix}: {:?}", b.text);
        }
    }
}

#[test]
fn the_lines_the_issue_names() {
    let a = Article::parse(&seed("001")).unwrap();
    let b = a
        .blocks
        .iter()
        .find(|b| b.text.contains("(called Bien Dong Sea in Vietnam)"))
        .unwrap();
    assert_eq!(b.lang, Some(Lang::En));
    let a = Article::parse(&seed("004")).unwrap();
    let k = a
        .blocks_of(BlockKind::Boilerplate)
        .find(|b| b.text == "Komentar")
        .unwrap();
    assert_eq!(k.lang, Some(Lang::Id));
}

#[test]
fn names_footers_nfd_and_empty_input() {
    let d = Detector::default();
    for name in ["Nguyen Chi Vinh", "Phan Van Giang", "Nguyễn Xuân Phúc"] {
        assert_eq!(
            d.detect_in(name, Some(Lang::En)).unwrap().lang(),
            Lang::En,
            "{name}"
        );
        assert_eq!(
            d.detect_in(name, Some(Lang::Id)).unwrap().lang(),
            Lang::Id,
            "{name}"
        );
    }
    for footer in ["Komentar", "Yang lain", "share", "Berita"] {
        assert_eq!(
            d.detect_in(footer, Some(Lang::Id)).unwrap().lang(),
            Lang::Id,
            "{footer}"
        );
    }
    let nfc = "Quang cảnh Hội nghị thứ trưởng quốc phòng";
    let nfd: String = nfc.nfd().collect();
    assert_eq!(d.detect(&nfd).unwrap().lang(), Lang::Vi);
    assert_eq!(d.detect_in(&nfd, Some(Lang::En)).unwrap().lang(), Lang::Vi);
    for nothing in ["", "   ", "...", "10/6 – 2024", "👍"] {
        assert!(d.detect(nothing).is_none(), "{nothing:?}");
        assert_eq!(
            d.detect_in(nothing, Some(Lang::Vi)).map(|x| x.lang()),
            Some(Lang::Vi)
        );
    }
    assert!(d.detect_in("", None).is_none());
}

#[test]
fn malay_is_reported_as_indonesian() {
    let ms = "Kerajaan Malaysia akan meningkatkan kerjasama pertahanan dengan negara jiran pada tahun hadapan.";
    assert_eq!(Detector::default().detect(ms).unwrap().lang(), Lang::Id);
}

/// Found by fuzzing: letters no model can place (a lone combining Latin
/// letter) gave no answer in context; the document's language is kept.
#[test]
fn unplaceable_letters_keep_the_document_language() {
    let d = Detector::default();
    for doc in [Lang::En, Lang::Id, Lang::Vi] {
        let got = d.detect_in("\u{364}0,", Some(doc)).map(|x| x.lang());
        assert_eq!(got, Some(doc));
    }
}
