//! What scraped text throws at a library, each with its expected result:
//! a result or a typed error, never a panic, never a lost line.

mod common;

use common::assert_blocks_cover;
use newstext::analyze::Analyzer;
use newstext::detect::Detector;
use newstext::normalize::{Normalizer, Preset};
use newstext::token::{tokenize, TokenKind};
use newstext::{Article, Error, Parser};

fn analyse(text: &str) -> (Article, newstext::analyze::AnalyzedArticle) {
    let a = Article::parse(text).expect("parses");
    assert_blocks_cover(text, &a);
    let r = Analyzer::builder().build().unwrap().analyze(&a);
    (a, r)
}

#[test]
fn mojibake_is_kept_as_written() {
    let text = "Vietnam had been Indonesiaâ€™s strategic partner since June 27, 2013.\n'€œ2 plus 2'€ ministerial meetings Ã¡ Ã© Ã\u{AD}";
    let (a, r) = analyse(text);
    assert_eq!(a.blocks.len(), 2);
    assert!(r.blocks[0]
        .tokens
        .iter()
        .any(|t| t.text.contains("Indonesia")));
}

#[test]
fn nul_bytes_and_controls() {
    let text = "Title line\n\u{0}\u{0}\nBody\u{0}text with\u{7}bell\u{1B}[0m escape.";
    let (a, r) = analyse(text);
    assert_eq!(a.blocks.len(), 3, "a line of NULs is a block, not dropped");
    let words: Vec<&str> = r.blocks[2].tokens.iter().map(|t| t.text.as_str()).collect();
    assert!(words.contains(&"Body") && words.contains(&"text") && words.contains(&"bell"));
}

#[test]
fn a_line_of_megabytes_without_newline() {
    let sentence = "Bộ trưởng Quốc phòng phát biểu tại hội nghị. ";
    let text = sentence.repeat(3 * 1024 * 1024 / sentence.len());
    let (a, r) = analyse(&text);
    assert_eq!(a.blocks.len(), 1);
    assert_eq!(r.blocks[0].sentences.len(), text.matches(". ").count());
}

#[test]
fn a_million_blank_lines() {
    let text = "\n".repeat(1_000_000) + "Komentar" + &"\r\n".repeat(500_000) + "\r";
    let (a, _) = analyse(&text);
    assert_eq!(a.blocks.len(), 1);
    assert_eq!(a.blocks[0].text, "Komentar");
    assert_eq!(Article::parse(&"\n".repeat(1_000_000)), Err(Error::Empty));
}

#[test]
fn crlf_lone_cr_and_bom() {
    let text = "\u{FEFF}Title\r\nFirst line\rSecond line\n\rThird line\r\n";
    let (a, _) = analyse(text);
    let lines: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(lines, ["Title", "First line", "Second line", "Third line"]);
    assert_eq!(a.blocks[0].start, 3);
}

#[test]
fn thousands_of_combining_marks_on_one_letter() {
    let marks: String = ('\u{300}'..='\u{36F}').cycle().take(5000).collect();
    let word = format!("a{marks}");
    let text = format!("Title here\nThe word {word} stays whole.");
    let (_, r) = analyse(&text);
    let t = r.blocks[1]
        .tokens
        .iter()
        .find(|t| t.text.starts_with('a') && t.text.len() > 100)
        .unwrap();
    assert_eq!(
        t.kind,
        TokenKind::Long,
        "over the maximum token length: one `long` token, kept whole"
    );
    assert_eq!(t.text, word);
    assert_eq!(Normalizer::preset(Preset::Search).normalize(&word), "a");
}

#[test]
fn emoji_and_right_to_left_text() {
    let text = "مرحبا بالعالم 👍🏽 שלום עולם\nDefence ministers meet 🇻🇳🇯🇵 in Hanoi.";
    let (a, r) = analyse(text);
    assert_eq!(a.blocks.len(), 2);
    let kinds: Vec<TokenKind> = tokenize("مرحبا 👍🏽 שלום").map(|t| t.kind()).collect();
    assert_eq!(kinds, [TokenKind::Word, TokenKind::Symbol, TokenKind::Word]);
    assert!(r.blocks[1]
        .tokens
        .iter()
        .any(|t| t.kind == TokenKind::Symbol));
    // Not en/id/vi: the default detector says so instead of forcing it.
    let d = Detector::default()
        .detect("مرحبا بالعالم، هذا نص عربي طويل بما يكفي")
        .unwrap();
    assert!(!d.lang().is_first_class());
}

#[test]
fn half_a_utf8_sequence_at_the_end() {
    let mut bytes = "Hà Nội, thủ đô".as_bytes().to_vec();
    let cut = bytes.len() - 1; // `ô` is two bytes: keep its first
    bytes.truncate(cut);
    assert_eq!(
        Article::from_bytes(&bytes),
        Err(Error::InvalidUtf8 { offset: cut - 1 })
    );
}

#[test]
fn limits_are_explicit() {
    let p = Parser::builder().max_len(1024).build().unwrap();
    assert_eq!(
        p.parse(&"x".repeat(1025)),
        Err(Error::TooLarge {
            len: 1025,
            limit: 1024
        })
    );
    assert!(p.parse(&"x ".repeat(512)).is_ok());
    // A run longer than the maximum token length is one `long` token.
    let run = "x".repeat(10_000);
    let toks: Vec<_> = tokenize(&run).collect();
    assert_eq!(
        (toks.len(), toks[0].kind(), toks[0].text().len()),
        (1, TokenKind::Long, 10_000)
    );
}

/// Found by fuzzing: a NO-BREAK SPACE inside the bracket of a dateline
/// (`(\u{a0}L)`) cut a char in two.
#[test]
fn space_inside_a_dateline_bracket() {
    let text = "Kerjasama pertahanan Vietnam dan Jepang\r\n\r\n(VMVWORLD) Vietnam dan \rA\n\r\n4\0\0\0WORLD) (\u{a0}L)";
    let a = newstext::Article::parse(text).unwrap();
    for b in &a.blocks {
        assert_eq!(&text[b.start..b.end], b.text);
    }
}
