//! The articles of the bench corpora (`../shared/data/bench`): the lines of
//! `<lang>.txt` grouped as `<lang>.articles.tsv` says (shared by the
//! `pipeline_report` example and the `pipeline` bench).

use std::path::Path;

/// The articles of one bench language, in file order; empty when the files
/// are missing.
pub fn bench_articles(dir: &Path, lang: &str) -> Vec<String> {
    let (Ok(text), Ok(tsv)) = (
        std::fs::read_to_string(dir.join(format!("{lang}.txt"))),
        std::fs::read_to_string(dir.join(format!("{lang}.articles.tsv"))),
    ) else {
        return Vec::new();
    };
    let lines: Vec<&str> = text.split('\n').collect();
    tsv.lines()
        .filter_map(|row| {
            let mut f = row.split('\t');
            let first: usize = f.next()?.parse().ok()?;
            let n: usize = f.next()?.parse().ok()?;
            Some(lines.get(first.checked_sub(1)?..first - 1 + n)?.join("\n"))
        })
        .collect()
}
