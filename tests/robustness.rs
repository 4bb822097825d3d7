//! Mutated real text never panics the parser, and the line/block model
//! holds on it. (Property tests with proptest arrive with the hardening
//! issue; this is a deterministic mutation sweep over the seeds.)

mod common;

use common::{assert_blocks_cover, seeds};
use newstext::Article;

/// Awkward pieces: case mappings that change byte length, combining marks,
/// invisible and wide spaces, lone CR, pipes and dashes the rules look for,
/// a supplementary-plane letter, brackets and markers.
const PIECES: &[&str] = &[
    "İ",
    "ẞ",
    "ǅ",
    "\u{301}",
    "\u{323}\u{302}",
    "\u{A0}",
    "\u{200B}",
    "\u{3000}",
    "\r",
    "\n",
    " | ",
    " - ",
    "–",
    "(",
    ")",
    "[",
    "]",
    ":",
    "Photo:",
    "(Foto: ",
    "Theo ",
    "By ",
    " date ",
    "2024-08-06",
    "17:33, 2014/05/30",
    "\u{1228E}",
    "ảnh 1",
    "Ảnh: ",
    "\u{0}",
    "ﬁ",
    "ＡＳＥＡＮ",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn boundary_at(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn mutated_seeds_never_panic_and_keep_the_block_model() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (_, text) in seeds() {
        for _ in 0..150 {
            let mut s = text.clone();
            for _ in 0..1 + rng.below(8) {
                let at = boundary_at(&s, rng.below(s.len() + 1));
                match rng.below(3) {
                    0 => s.insert_str(at, PIECES[rng.below(PIECES.len())]),
                    1 => {
                        let end = boundary_at(&s, (at + rng.below(40)).min(s.len()));
                        s.replace_range(at..end, "");
                    }
                    _ => {
                        // Keep a window: short texts exercise the header rules.
                        let end = boundary_at(&s, (at + rng.below(600)).min(s.len()));
                        s = s[at..end].to_string();
                    }
                }
            }
            match Article::parse(&s) {
                Ok(a) => {
                    assert_blocks_cover(&s, &a);
                    let json = serde_json::to_string(&a).unwrap();
                    assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), a);
                }
                Err(e) => assert_eq!(e, newstext::Error::Empty, "{s:?}"),
            }
        }
    }
}

#[test]
fn huge_line_and_many_blank_lines() {
    let line = "Hà Nội (TTXVN) – ".to_string() + &"Bộ trưởng Quốc phòng phát biểu. ".repeat(20_000);
    let a = Article::parse(&line).unwrap();
    assert_blocks_cover(&line, &a);
    let blanks = "\n".repeat(100_000) + "Komentar" + &"\r\n".repeat(100_000);
    let a = Article::parse(&blanks).unwrap();
    assert_eq!(a.blocks.len(), 1);
}
