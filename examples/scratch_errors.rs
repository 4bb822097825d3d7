fn main() {
    let d = newstext::detect::Detector::default();
    for (code, lang, b) in [
        ("id", newstext::Lang::Id, "single-words"),
        ("id", newstext::Lang::Id, "word-pairs"),
        ("en", newstext::Lang::En, "word-pairs"),
    ] {
        let text =
            std::fs::read_to_string(format!("../shared/data/langid/{code}/{b}.txt")).unwrap();
        let errs: Vec<String> = text
            .lines()
            .filter_map(|l| {
                let r = d.detect(l)?;
                (r.lang() != lang).then(|| format!("{l}->{}", r.lang()))
            })
            .collect();
        println!(
            "{code} {b}: {} errors: {}\n",
            errs.len(),
            errs.iter()
                .take(70)
                .cloned()
                .collect::<Vec<_>>()
                .join(" | ")
        );
    }
}
