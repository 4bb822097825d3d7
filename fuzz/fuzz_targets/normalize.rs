//! Normalization never panics and is idempotent, for both presets;
//! `normalize_into` agrees with `normalize`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newstext::normalize::{Normalizer, Preset};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for p in [Preset::Search, Preset::Analysis] {
        let n = Normalizer::preset(p);
        let once = n.normalize(s).into_owned();
        assert_eq!(n.normalize(&once), once.as_str());
        let mut buf = String::new();
        n.normalize_into(s, &mut buf);
        assert_eq!(buf, once);
    }
});
