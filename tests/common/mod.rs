//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use newstext::Article;

/// The seed articles of the repository, sorted by name, with their text.
pub fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// A file of `../shared` (`rel` below it), read at run time; `None`, with
/// a message, when it is absent, which fails under `CI=true`.
pub fn shared_file(rel: &str) -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    match std::fs::read_to_string(&p) {
        Ok(s) => Some(s),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{} is missing under CI: {e}",
                p.display()
            );
            eprintln!("skipped: {} not found", p.display());
            None
        }
    }
}

/// The `NNN.txt` pages of `../shared/corpus` (read at run time), sorted;
/// `None`, with a message, when the corpus is absent, which fails under
/// `CI=true`.
pub fn corpus_pages() -> Option<Vec<PathBuf>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.is_dir() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "../shared/corpus is missing under CI"
        );
        eprintln!("skipped: ../shared/corpus not found");
        return None;
    }
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    Some(paths)
}

/// The seed whose file name starts with `prefix` (`"000"`).
pub fn seed(prefix: &str) -> String {
    seeds()
        .into_iter()
        .find(|(n, _)| n.starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
        .1
}

/// Checks the line/block model: every block slices the input exactly, lies
/// within one line, has a confidence in 0..1, blocks are in order without
/// overlap, and every
/// non-whitespace character of the input (after a leading BOM) is inside a
/// block.
pub fn assert_blocks_cover(input: &str, article: &Article) {
    let mut covered = vec![false; input.len()];
    let mut prev_end = 0;
    for (i, b) in article.blocks.iter().enumerate() {
        assert!(b.start < b.end, "block {i} is empty");
        assert!(b.start >= prev_end, "block {i} overlaps or is out of order");
        assert!(input.is_char_boundary(b.start) && input.is_char_boundary(b.end));
        assert_eq!(
            &input[b.start..b.end],
            b.text,
            "block {i} does not slice its text"
        );
        assert!(!b.text.contains(['\n', '\r']), "block {i} spans two lines");
        assert_eq!(b.text.trim(), b.text, "block {i} is not trimmed");
        assert!(
            (0.0..=1.0).contains(&b.confidence),
            "block {i}: confidence {} out of 0..1",
            b.confidence
        );
        covered[b.start..b.end].iter_mut().for_each(|c| *c = true);
        prev_end = b.end;
    }
    let body = input.strip_prefix('\u{FEFF}').map_or(0, |_| 3);
    for (at, c) in input.char_indices().skip_while(|(at, _)| *at < body) {
        if !c.is_whitespace() {
            assert!(covered[at], "char {c:?} at {at} is in no block");
        }
    }
}

/// The (start, end, form) of every lexical token of `text`, through the
/// indexing loop `Normalizer::for_each_token`.
pub fn forms_each(n: &newstext::normalize::Normalizer, text: &str) -> Vec<(usize, usize, String)> {
    let mut buf = String::new();
    let mut each = Vec::new();
    n.for_each_token(newstext::token::tokenize(text), &mut buf, |t, form| {
        each.push((t.start(), t.end(), form.to_string()));
    });
    each
}

/// The same, token by token with `Normalizer::normalize_token_into`.
pub fn forms_one_by_one(
    n: &newstext::normalize::Normalizer,
    text: &str,
) -> Vec<(usize, usize, String)> {
    let mut one = String::new();
    newstext::token::tokenize(text)
        .filter(|t| t.kind().is_lexical())
        .map(|t| {
            one.clear();
            n.normalize_token_into(&t, &mut one);
            (t.start(), t.end(), one.clone())
        })
        .collect()
}
