//! Sentence boundaries on the public golden rules in `../shared/data/sbd`
//! (read at run time): pragmatic_segmenter's English Golden Rules (MIT) and
//! Sastrawi's Indonesian sentence-detector scenarios (MIT). Compared after
//! collapsing whitespace, every case counting.

mod common;

use newstext::sentence::sentences;
use newstext::Lang;

fn data(file: &str) -> Option<String> {
    common::shared_file(&format!("data/sbd/{file}"))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs the cases of a JSONL file; returns (passed, total, failures).
fn run(text: &str, lang: Lang) -> (usize, usize, Vec<String>) {
    let (mut ok, mut total, mut failed) = (0, 0, Vec::new());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let input = case["text"].as_str().unwrap();
        let want: Vec<String> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| collapse(s.as_str().unwrap()))
            .collect();
        let got: Vec<String> = sentences(input, Some(lang))
            .map(|s| collapse(s.text()))
            .collect();
        total += 1;
        if got == want {
            ok += 1;
        } else {
            failed.push(format!("#{} {}: got {:?}", case["id"], case["name"], got));
        }
    }
    (ok, total, failed)
}

#[test]
fn english_golden_rules() {
    let Some(text) = data("golden_rules_en.jsonl") else {
        return;
    };
    let (ok, total, failed) = run(&text, Lang::En);
    assert_eq!(total, 52);
    eprintln!("English Golden Rules: {ok}/{total}\n{}", failed.join("\n"));
    assert!(
        ok >= 51,
        "{ok}/52 English Golden Rules:\n{}",
        failed.join("\n")
    );
}

#[test]
fn indonesian_sentence_detector_cases() {
    let Some(text) = data("sentence_detector_id.jsonl") else {
        return;
    };
    let (ok, total, failed) = run(&text, Lang::Id);
    assert_eq!(total, 17);
    eprintln!("Indonesian cases: {ok}/{total}\n{}", failed.join("\n"));
    assert!(ok >= 17, "{ok}/17 Indonesian cases:\n{}", failed.join("\n"));
}
