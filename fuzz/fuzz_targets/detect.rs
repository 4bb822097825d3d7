//! Detection never panics; candidates are ranked shares; in context a
//! document language is kept or a reason is found.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newstext::detect::Detector;
use newstext::Lang;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static D: OnceLock<Detector> = OnceLock::new();
    let d = D.get_or_init(Detector::default);
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Some(r) = d.detect(s) {
        let c: Vec<_> = r.candidates().collect();
        assert!(!c.is_empty() && c.windows(2).all(|w| w[0].1 >= w[1].1));
        assert!((0.0..=1.0).contains(&r.confidence()));
    }
    for doc in [Lang::En, Lang::Id, Lang::Vi] {
        assert!(d.detect_in(s, Some(doc)).is_some());
    }
});
