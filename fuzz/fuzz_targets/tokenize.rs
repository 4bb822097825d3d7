//! Tokens slice the input on char boundaries, in order, without overlap;
//! parts lie inside their token.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let mut prev = 0;
    for t in newstext::token::tokenize(s) {
        assert!(t.start() >= prev && t.end() > t.start());
        assert_eq!(&s[t.start()..t.end()], t.text());
        for p in t.parts() {
            assert!(p.start() >= t.start() && p.end() <= t.end());
            assert_eq!(&s[p.start()..p.end()], p.text());
        }
        let _ = t.base();
        prev = t.end();
    }
    for sent in newstext::sentence::sentences(s, None) {
        assert_eq!(&s[sent.start()..sent.end()], sent.text());
    }
});
