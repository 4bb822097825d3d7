//! Normalization never panics and is idempotent, for both presets;
//! `normalize_into` agrees with `normalize`; the per-token fast paths and
//! the indexing loop give each token the general normalizer's form.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newstext::normalize::{Normalizer, Preset};
use newstext::token::tokenize;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for p in [Preset::Search, Preset::Analysis] {
        let n = Normalizer::preset(p);
        let once = n.normalize(s).into_owned();
        assert_eq!(n.normalize(&once), once.as_str());
        let mut buf = String::new();
        n.normalize_into(s, &mut buf);
        assert_eq!(buf, once);
        let mut forms = Vec::new();
        for t in tokenize(s).filter(|t| t.kind().is_lexical()) {
            buf.clear();
            n.normalize_token_into(&t, &mut buf);
            // A token's form holds no space (see the property tests).
            assert_eq!(buf.replace(' ', ""), n.normalize(t.text()).replace(' ', ""));
            forms.push((t.start(), buf.clone()));
        }
        let mut each = Vec::new();
        n.for_each_token(tokenize(s), &mut buf, |t, f| each.push((t.start(), f.to_string())));
        assert_eq!(each, forms);
    }
});
