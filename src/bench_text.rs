//! The bench news (`../shared/data/bench/<lang>.txt`), for tests that check
//! a fast path against its plain form on real lines.

/// The bench text of `lang` (`en`, `id`, `vi`); `None` when the shared
/// data is not beside the repository, which CI does not allow.
pub(crate) fn bench_text(lang: &str) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bench");
    let text = std::fs::read_to_string(dir.join(format!("{lang}.txt"))).ok();
    assert!(
        text.is_some() || std::env::var("CI").as_deref() != Ok("true"),
        "bench data missing"
    );
    text
}
