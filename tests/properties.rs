//! Properties over arbitrary strings and mutated seed articles: no panic,
//! offsets on char boundaries that slice exactly, blocks covering every
//! line, tokens inside their blocks, idempotent normalization, JSON round
//! trips, the right offset for invalid UTF-8.

mod common;

use common::{assert_blocks_cover, seeds};
use newstext::analyze::{AnalyzedArticle, Analyzer};
use newstext::normalize::{Normalizer, Preset};
use newstext::token::tokenize;
use newstext::{Article, Error};
use proptest::prelude::*;

/// Pieces that news text and its accidents are made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z]{1,8}",
        "[0-9]{1,4}([.,:/][0-9]{1,3})?",
        Just("Hội nghị".to_string()),
        Just("ca\u{301}nh".to_string()),
        Just("Photo: VNA |".to_string()),
        Just("(Foto: qdnd.vn)".to_string()),
        Just(" date 2024-08-06 ".to_string()),
        Just("Selasa 22 August 2017 04:02 WIB".to_string()),
        Just("By Tran Binh – Translated by Kim Khanh".to_string()),
        Just("Baca Juga:".to_string()),
        Just("U.N.".to_string()),
        Just("ASEAN-Japan".to_string()),
        Just("aktivitas-aktivitas".to_string()),
        Just("Jane.Doe@example.com".to_string()),
        Just("https://x.vn/a".to_string()),
        prop::sample::select(vec![
            " ",
            "  ",
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            "\u{A0}",
            "\u{3000}",
            "\u{200B}",
            "\u{FEFF}",
            "\u{0}",
            ".",
            ". ",
            "...",
            "!",
            "?",
            "“",
            "”",
            "'",
            "’",
            "-",
            "–",
            "|",
            "(",
            ")",
            "[",
            "]",
            ":",
            "👍🏽",
            "مرحبا",
            "ǅ",
            "İ",
            "ﬁ",
            "Ａ",
            "\u{301}\u{302}\u{303}",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

/// A seed article with random edits: insertions, deletions, windows.
fn mutated_seed() -> impl Strategy<Value = String> {
    let seeds: Vec<String> = seeds().into_iter().map(|(_, t)| t).collect();
    (
        prop::sample::select(seeds),
        prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, piece()), 1..8),
    )
        .prop_map(|(mut s, edits)| {
            for (at, op, p) in edits {
                let mut i = at.index(s.len() + 1);
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                match op {
                    0 => s.insert_str(i, &p),
                    1 => {
                        let mut e = (i + p.len() * 3).min(s.len());
                        while !s.is_char_boundary(e) {
                            e -= 1;
                        }
                        s.replace_range(i..e, "");
                    }
                    _ => {
                        let mut e = (i + 500).min(s.len());
                        while !s.is_char_boundary(e) {
                            e -= 1;
                        }
                        s = s[i..e].to_string();
                    }
                }
            }
            s
        })
}

fn check_article(input: &str) {
    match Article::parse(input) {
        Ok(a) => {
            assert_blocks_cover(input, &a);
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), a);
        }
        Err(e) => assert_eq!(e, Error::Empty, "only empty input is an error here"),
    }
}

fn check_analysis(input: &str, analyzer: &Analyzer) {
    let Ok(a) = Article::parse(input) else { return };
    let r = analyzer.analyze(&a);
    assert_eq!(r.blocks.len(), a.blocks.len());
    for (b, ab) in a.blocks.iter().zip(&r.blocks) {
        let mut prev = b.start;
        for t in &ab.tokens {
            assert!(input.is_char_boundary(t.start) && input.is_char_boundary(t.end));
            assert_eq!(&input[t.start..t.end], t.text);
            assert!(
                t.start >= prev && t.end <= b.end,
                "token inside its block, in order"
            );
            prev = t.end;
        }
        for s in &ab.sentences {
            assert!(b.start <= s[0] && s[0] < s[1] && s[1] <= b.end);
        }
    }
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<AnalyzedArticle>(&json).unwrap(), r);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_and_covers_lines(s in text()) {
        check_article(&s);
    }

    #[test]
    fn mutated_seeds_parse(s in mutated_seed()) {
        check_article(&s);
    }

    #[test]
    fn tokens_slice_the_input_in_order(s in text()) {
        let mut prev = 0;
        for t in tokenize(&s) {
            prop_assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
            prop_assert_eq!(&s[t.start()..t.end()], t.text());
            prop_assert!(t.start() >= prev && t.end() > t.start());
            for p in t.parts() {
                prop_assert!(p.start() >= t.start() && p.end() <= t.end());
                prop_assert_eq!(&s[p.start()..p.end()], p.text());
            }
            prev = t.end();
        }
    }

    #[test]
    fn normalization_is_idempotent(s in text()) {
        for p in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(p);
            let once = n.normalize(&s).into_owned();
            prop_assert_eq!(n.normalize(&once).into_owned(), once.clone(), "{:?}", p);
        }
    }

    /// The per-token fast paths (ASCII words, words that fold to ASCII)
    /// give what the general normalizer gives for the token's text, but
    /// for spaces: a token's form never holds one (a zero-width space
    /// inside a URL is dropped, where running text gets a space).
    #[test]
    fn token_normalization_matches_the_general_path(s in text()) {
        for p in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(p);
            let mut buf = String::new();
            for t in tokenize(&s) {
                buf.clear();
                n.normalize_token_into(&t, &mut buf);
                let general = n.normalize(t.text()).replace(' ', "");
                prop_assert_eq!(buf.replace(' ', ""), general, "{:?} {:?}", p, t.text());
            }
            // The indexing loop (fixed-size window copies) gives the same
            // forms for the same tokens.
            prop_assert_eq!(common::forms_each(&n, &s), common::forms_one_by_one(&n, &s), "{:?}", p);
        }
    }

    #[test]
    fn invalid_utf8_reports_where_the_valid_prefix_ends(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        match (Article::from_bytes(&bytes), std::str::from_utf8(&bytes)) {
            (Err(Error::InvalidUtf8 { offset }), Err(e)) => prop_assert_eq!(offset, e.valid_up_to()),
            (Ok(_) | Err(Error::Empty), Ok(_)) => {}
            (got, want) => prop_assert!(false, "{:?} for {:?}", got.map(|_| ()), want.map(|_| ())),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn analysis_holds_on_arbitrary_and_mutated_text(s in prop_oneof![text(), mutated_seed()]) {
        let analyzer = Analyzer::builder().build().unwrap();
        check_analysis(&s, &analyzer);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Over a long text dense with Vietnamese at its start (so that the
    /// indexing loop keeps its memo of word forms), arbitrary pieces get
    /// the forms they get token by token, however often they recur.
    #[test]
    fn the_memo_of_long_vietnamese_text_gives_the_forms_of_each_token(
        pieces in prop::collection::vec(piece(), 1..40)
    ) {
        let mut s = "Thượng tướng Nguyễn Chí Vịnh phát biểu tại hội nghị. ".repeat(80);
        // Thousands of distinct short words: memo slots are shared.
        for i in 0..3000 {
            s.push_str(&format!("ạ{i} Ư{i} "));
        }
        let tail = pieces.concat();
        while s.len() < 80_000 {
            s.push_str(&tail);
            s.push(' ');
        }
        for p in [Preset::Search, Preset::Analysis] {
            let n = Normalizer::preset(p);
            prop_assert_eq!(common::forms_each(&n, &s), common::forms_one_by_one(&n, &s), "{:?}", p);
        }
    }
}
