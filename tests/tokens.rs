//! Tokens of real seed lines and hand-made news strings: full expected
//! lists, normalized forms, NFC = NFD, offsets.

mod common;

use common::seed;
use newstext::normalize::{Normalizer, Preset};
use newstext::token::{tokenize, TokenKind, TokenKind::*};
use unicode_normalization::UnicodeNormalization;

fn toks(s: &str) -> Vec<(&str, TokenKind)> {
    let v: Vec<_> = tokenize(s).collect();
    for t in &v {
        assert_eq!(&s[t.start()..t.end()], t.text(), "offsets slice the input");
    }
    v.iter().map(|t| (t.text(), t.kind())).collect()
}

fn norms(s: &str, preset: Preset) -> Vec<String> {
    let n = Normalizer::preset(preset);
    tokenize(s)
        .filter(|t| t.kind().is_lexical())
        .map(|t| n.normalize(t.text()).into_owned())
        .collect()
}

#[test]
fn seed_000_title() {
    let s = "Vietnam attends ASEAN-Japan Deputy Defense Ministers' Meeting";
    assert_eq!(
        toks(s),
        [
            ("Vietnam", Word),
            ("attends", Word),
            ("ASEAN-Japan", Word),
            ("Deputy", Word),
            ("Defense", Word),
            ("Ministers", Word),
            ("'", Punct),
            ("Meeting", Word)
        ]
    );
    let t = tokenize(s).nth(2).unwrap();
    let parts: Vec<_> = t.parts().map(|p| (p.text(), p.start())).collect();
    assert_eq!(parts, [("ASEAN", 16), ("Japan", 22)]);
    assert!(!t.is_reduplicated());
}

#[test]
fn seed_000_vietnamese_caption() {
    let s = "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6.";
    let words = [
        "Quang",
        "cảnh",
        "Hội",
        "nghị",
        "thứ",
        "trưởng",
        "quốc",
        "phòng",
        "ASEAN-Nhật",
        "Bản",
        "lần",
        "thứ",
    ];
    let mut want: Vec<(&str, TokenKind)> = words.iter().map(|w| (*w, Word)).collect();
    want.extend([("6", Number), (".", Punct)]);
    assert_eq!(toks(s), want);
    assert_eq!(
        norms(s, Preset::Search),
        [
            "quang",
            "canh",
            "hoi",
            "nghi",
            "thu",
            "truong",
            "quoc",
            "phong",
            "asean-nhat",
            "ban",
            "lan",
            "thu",
            "6"
        ]
    );
    assert_eq!(norms(s, Preset::Analysis)[2], "hội");
}

#[test]
fn seed_004_paragraph_with_nbsp_and_event_date() {
    let text = seed("004");
    let line = text.lines().find(|l| l.starts_with("(VOVWORLD)")).unwrap();
    assert!(line.contains("-\u{A0}Letnan"));
    let want = [
        ("(", Punct),
        ("VOVWORLD", Acronym),
        (")", Punct),
        ("-", Punct),
        ("Letnan", Word),
        ("Jenderal", Word),
        ("Nguyen", Word),
        ("Chi", Word),
        ("Vinh", Word),
        (",", Punct),
        ("Deputi", Word),
        ("Menteri", Word),
        ("Pertahanan", Word),
        ("Vietnam", Word),
        (",", Punct),
        ("pada", Word),
        ("Rabu", Word),
        ("(", Punct),
        ("10/6", Number),
        (")", Punct),
        ("pagi", Word),
        (",", Punct),
        ("melakukan", Word),
        ("pembicaraan", Word),
        ("virtual", Word),
        ("dengan", Word),
        ("Deputi", Word),
        ("Menteri", Word),
        ("Pertahanan", Word),
        ("Jepang", Word),
        (",", Punct),
        ("Nishida", Word),
        ("Yasunori", Word),
        (".", Punct),
    ];
    assert_eq!(toks(line), want);
}

#[test]
fn seed_004_caption_with_photo_marker_and_domain() {
    let text = seed("004");
    let line = text.lines().find(|l| l.contains("ảnh 1")).unwrap();
    let got = toks(line);
    let want_start = [
        ("Mendorong", Word),
        ("aktivitas-aktivitas", Word),
        ("kerjasama", Word),
        ("pertahanan", Word),
        ("antara", Word),
        ("Vietnam", Word),
        ("dan", Word),
        ("Jepang", Word),
        ("-", Punct),
        ("ảnh", Word),
        ("1", Number),
        ("Pembicaraan", Word),
        ("virtual", Word),
        ("antara", Word),
        ("Letnan", Word),
    ];
    assert_eq!(got[..want_start.len()], want_start);
    let want_end = [
        ("Nishida", Word),
        ("Yasunori", Word),
        ("(", Punct),
        ("Foto", Word),
        (":", Punct),
        ("qdnd.vn", Domain),
        (")", Punct),
    ];
    assert_eq!(got[got.len() - want_end.len()..], want_end);
    assert_eq!(got.len(), 37);
    let redup = tokenize(line).nth(1).unwrap();
    assert!(redup.is_reduplicated());
    assert_eq!(redup.base(), "aktivitas");
}

#[test]
fn synthetic_english() {
    let s = "Japan's Self-Defense Force, the ADMM+ and COVID-19 under 1982 UNCLOS, “New Level”";
    assert_eq!(
        toks(s),
        [
            ("Japan's", Word),
            ("Self-Defense", Word),
            ("Force", Word),
            (",", Punct),
            ("the", Word),
            ("ADMM+", Acronym),
            ("and", Word),
            ("COVID-19", Acronym),
            ("under", Word),
            ("1982", Number),
            ("UNCLOS", Acronym),
            (",", Punct),
            ("“", Punct),
            ("New", Word),
            ("Level", Word),
            ("”", Punct)
        ]
    );
    assert_eq!(tokenize(s).next().unwrap().base(), "Japan");
    assert_eq!(
        norms(s, Preset::Search),
        [
            "japan's",
            "self-defense",
            "force",
            "the",
            "admm+",
            "and",
            "covid-19",
            "under",
            "1982",
            "unclos",
            "new",
            "level"
        ]
    );
}

#[test]
fn synthetic_vietnamese_and_english_mix() {
    let s = "Đà Nẵng, Việt Nam – Gen. Ngo Xuan Lich's U.N. peacekeeping 3.5 million doses, 14-day quarantine";
    assert_eq!(
        toks(s),
        [
            ("Đà", Word),
            ("Nẵng", Word),
            (",", Punct),
            ("Việt", Word),
            ("Nam", Word),
            ("–", Punct),
            ("Gen", Word),
            (".", Punct),
            ("Ngo", Word),
            ("Xuan", Word),
            ("Lich's", Word),
            ("U.N.", Acronym),
            ("peacekeeping", Word),
            ("3.5", Number),
            ("million", Word),
            ("doses", Word),
            (",", Punct),
            ("14-day", Word),
            ("quarantine", Word)
        ]
    );
    assert_eq!(norms(s, Preset::Search)[..4], ["da", "nang", "viet", "nam"]);
}

#[test]
fn fullwidth_and_ligatures_normalize() {
    let s = "ＡＳＥＡＮ ﬁnal ｄｅｆｅｎｃｅ";
    assert_eq!(
        toks(s),
        [
            ("ＡＳＥＡＮ", Acronym),
            ("ﬁnal", Word),
            ("ｄｅｆｅｎｃｅ", Word)
        ]
    );
    assert_eq!(norms(s, Preset::Search), ["asean", "final", "defence"]);
}

#[test]
fn nfc_and_nfd_give_the_same_terms() {
    let text = seed("000");
    let nfc = text
        .lines()
        .find(|l| l.starts_with("Quang"))
        .unwrap()
        .to_string();
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfc, nfd);
    for p in [Preset::Search, Preset::Analysis] {
        assert_eq!(norms(&nfc, p), norms(&nfd, p), "{p:?}");
    }
    // NFD words are not broken at combining marks.
    assert_eq!(tokenize(&nfd).count(), tokenize(&nfc).count());
}

#[test]
fn every_seed_tokenizes_without_overlap() {
    for (_, text) in common::seeds() {
        let mut prev = 0;
        for t in tokenize(&text) {
            assert!(t.start() >= prev);
            assert_eq!(&text[t.start()..t.end()], t.text());
            for p in t.parts() {
                assert!(p.start() >= t.start() && p.end() <= t.end());
            }
            prev = t.end();
        }
    }
}

/// The indexing loop gives every lexical token of every seed the form the
/// per-token call gives, the short ASCII words through fixed-size copies
/// of the text around them.
#[test]
fn for_each_token_matches_per_token_normalization_on_the_seeds() {
    for preset in [Preset::Search, Preset::Analysis] {
        let n = Normalizer::preset(preset);
        for (name, text) in common::seeds() {
            let each = common::forms_each(&n, &text);
            let single = common::forms_one_by_one(&n, &text);
            assert!(single.len() > 100, "{name}");
            assert_eq!(each, single, "{name} {preset:?}");
        }
    }
    // Capitals inside the window but after the token stay out of the form.
    let n = Normalizer::preset(Preset::Search);
    let mut forms = Vec::new();
    n.for_each_token(
        tokenize("Vietnam attends ASEAN-Japan Deputy"),
        &mut String::new(),
        |_, f| forms.push(f.to_string()),
    );
    assert_eq!(forms, ["vietnam", "attends", "asean-japan", "deputy"]);
}

/// A long text full of Vietnamese words turns the memo on (32 KiB or
/// more, with many non-ASCII chars at its start); every form still equals
/// the per-token one, for composed and decomposed text, capitals and both
/// presets.
#[test]
fn for_each_token_over_a_long_vietnamese_text() {
    let lines: Vec<String> = common::seeds()
        .into_iter()
        .flat_map(|(_, seed)| seed.lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|l| l.chars().filter(|c| !c.is_ascii()).count() >= 5)
        .collect();
    assert!(
        lines.len() >= 3,
        "{} Vietnamese lines in the seeds",
        lines.len()
    );
    let mut text = String::from(
        "Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng Việt Nam, phát biểu \
         tại hội nghị. Các đại biểu đã thảo luận về hợp tác an ninh hàng hải, cứu trợ \
         thảm họa và gìn giữ hòa bình trong khu vực. Đoàn Việt Nam được đón tiếp \
         trọng thị tại Yokohama.\n",
    )
    .repeat(20);
    while text.len() < 100_000 {
        for l in &lines {
            text.push_str(l);
            text.push('\n');
            text.push_str(&l.nfd().collect::<String>());
            text.push('\n');
            text.push_str(&l.to_uppercase());
            text.push('\n');
        }
    }
    // What turns the memo on: a non-ASCII char for every 16 bytes of the
    // first 4 KiB.
    let leads = text.as_bytes()[..4096]
        .iter()
        .filter(|&&b| b >= 0xC0)
        .count();
    assert!(leads * 16 >= 4096, "{leads}");
    for preset in [Preset::Search, Preset::Analysis] {
        let n = Normalizer::preset(preset);
        let each = common::forms_each(&n, &text);
        let single = common::forms_one_by_one(&n, &text);
        assert_eq!(each.len(), single.len());
        for (a, b) in each.iter().zip(&single) {
            assert_eq!(a, b, "{preset:?}");
        }
    }
}
