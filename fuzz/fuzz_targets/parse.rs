//! Raw bytes → Article: a typed error or an article whose blocks slice the
//! input exactly, in order, carry a confidence in 0..1, and survive a JSON
//! round trip; the lazy article writes the same JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newstext::{Article, Error, Parser};

fuzz_target!(|data: &[u8]| {
    match Article::from_bytes(data) {
        Ok(a) => {
            let text = std::str::from_utf8(data).expect("parsed input is UTF-8");
            let mut prev = 0;
            for b in &a.blocks {
                assert!(b.start >= prev && b.start < b.end);
                assert_eq!(&text[b.start..b.end], b.text);
                assert!((0.0..=1.0).contains(&b.confidence), "confidence {}", b.confidence);
                prev = b.end;
            }
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), a);
            let parser = Parser::default();
            let lazy = parser.parse_lazy(text).expect("parses as the article did");
            assert_eq!(serde_json::to_string(&lazy).unwrap(), json);
        }
        Err(Error::InvalidUtf8 { offset }) => {
            assert_eq!(offset, std::str::from_utf8(data).unwrap_err().valid_up_to());
        }
        Err(Error::Empty) => assert!(std::str::from_utf8(data).is_ok()),
        Err(e) => panic!("unexpected error {e}"),
    }
});
