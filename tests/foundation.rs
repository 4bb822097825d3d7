//! The foundation: article model, line/block model, errors, seeds.

mod common;

use common::{assert_blocks_cover, seed, seeds};
use newstext::{Article, BlockKind, Error, Parser};

#[test]
fn every_seed_parses_covers_its_lines_and_round_trips() {
    let all = seeds();
    assert_eq!(all.len(), 5);
    for (name, text) in &all {
        let a = Article::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_blocks_cover(text, &a);
        let json = serde_json::to_string(&a).unwrap();
        let back: Article = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{name}");
        assert_eq!(Article::from_bytes(text.as_bytes()).unwrap(), a);
    }
}

#[test]
fn seed_titles() {
    let a = Article::parse(&seed("000")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Vietnam attends ASEAN-Japan Deputy Defense Ministers' Meeting")
    );
    assert_eq!(a.blocks[0].kind, BlockKind::Title);

    // 002 repeats its title line: both are titles, not a paragraph.
    let a = Article::parse(&seed("002")).unwrap();
    let titles: Vec<_> = a.blocks_of(BlockKind::Title).collect();
    assert_eq!(titles.len(), 2);
    assert_eq!(titles[0].text, titles[1].text);
    assert_eq!(
        a.title.as_deref(),
        Some("Japan, Vietnam pledge to increase defense cooperation")
    );
    assert_eq!(a.blocks[1].kind, BlockKind::Title);
    assert_eq!(a.blocks[2].text, "Felix Kim");

    let a = Article::parse(&seed("004")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Mendorong aktivitas-aktivitas kerjasama pertahanan antara Vietnam dan Jepang")
    );
}

#[test]
fn offsets_slice_the_input_across_line_endings_bom_and_nbsp() {
    let text = "\u{FEFF}Tiêu đề bài báo\r\n\r\n\u{A0}(VOVWORLD) -\u{A0}Letnan Jenderal Nguyen Chi Vinh\rQuang cảnh Hội nghị  \n\t\n Cuối cùng";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    let texts: Vec<_> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Tiêu đề bài báo",
            "(VOVWORLD) -\u{A0}Letnan Jenderal Nguyen Chi Vinh",
            "Quang cảnh Hội nghị",
            "Cuối cùng"
        ]
    );
    assert_eq!(
        a.blocks[0].start, 3,
        "BOM skipped, offsets relative to the input"
    );
}

#[test]
fn nfd_vietnamese_offsets() {
    // "Hà Nội" in decomposed form: combining marks are part of the text.
    let text = "Ha\u{300} Nô\u{323}i\nThu\u{309} đô";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(a.blocks.len(), 2);
}

#[test]
fn errors_with_offsets() {
    assert_eq!(Article::parse(""), Err(Error::Empty));
    assert_eq!(Article::parse(" \r\n\t\u{A0}\n"), Err(Error::Empty));
    assert_eq!(Article::parse("\u{FEFF}\n\n"), Err(Error::Empty));
    assert_eq!(Article::from_bytes(b""), Err(Error::Empty));

    // A lone continuation byte, a truncated sequence at the end, an overlong
    // encoding, a surrogate: each reports where the valid prefix ends.
    let cases: [(&[u8], usize); 4] = [
        (b"Hanoi\x80", 5),
        ("Hà Nộ".as_bytes().split_last().unwrap().1, 5),
        (b"ab\xC0\xAF", 2),
        (b"Tin \xED\xA0\x80 x", 4),
    ];
    for (bytes, offset) in cases {
        let err = Article::from_bytes(bytes).unwrap_err();
        assert_eq!(err, Error::InvalidUtf8 { offset }, "{bytes:?}");
        assert_eq!(err.offset(), Some(offset));
        assert_eq!(err.kind(), "invalid_utf8");
    }

    let p = Parser::builder().max_len(10).build().unwrap();
    assert_eq!(
        p.parse("0123456789A"),
        Err(Error::TooLarge { len: 11, limit: 10 })
    );
    assert!(p.parse("0123456789").is_ok());
    // The limit is checked before UTF-8 validation.
    assert_eq!(
        p.parse_bytes(&[0xFF; 20]),
        Err(Error::TooLarge { len: 20, limit: 10 })
    );
}

#[test]
fn default_size_limit_is_16_mib() {
    assert_eq!(Parser::default().max_len(), 16 * 1024 * 1024);
    assert_eq!(newstext::article::DEFAULT_MAX_LEN, 16 * 1024 * 1024);
}

#[test]
fn parse_path_reports_io_errors_with_the_path() {
    let err = Parser::default()
        .parse_path("/nonexistent/newstext/x.txt")
        .unwrap_err();
    assert_eq!(err.kind(), "io");
    assert!(err.to_string().contains("/nonexistent/newstext/x.txt"));
}

#[test]
fn control_characters_and_odd_lines_are_kept() {
    let text = "Title\n\u{0}\u{1}\n\u{200B}\nx\u{7}y";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(a.blocks.len(), 4);
}
