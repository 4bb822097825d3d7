//! The shipped line-role model is reproducible: training on
//! `../shared/corpus` (read at run time, in sorted order) gives the bytes
//! of `data/parser-model.tsv`. Slow in debug builds, so ignored by default;
//! `.ci/run` runs it once in release with `cargo test --release -- --ignored`.

mod common;

use newstext::{Annotation, ParserModel, TrainOptions};

#[test]
#[ignore = "trains a model: run in release with --ignored"]
fn training_reproduces_the_shipped_model() {
    let Some(paths) = common::corpus_pages() else {
        return;
    };
    let pages: Vec<(String, Annotation)> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let json = std::fs::read_to_string(p.with_extension("json")).unwrap();
            (text, serde_json::from_str(&json).unwrap())
        })
        .collect();
    let model = ParserModel::train(&pages, &TrainOptions::default()).unwrap();
    let shipped = include_str!("../data/parser-model.tsv");
    let trained = model.to_string();
    assert!(
        trained == shipped,
        "training on ../shared/corpus no longer gives data/parser-model.tsv: \
         retrain with `cargo run --release --example train_parser -- ../shared/corpus --out data/parser-model.tsv`"
    );
    assert_eq!(*ParserModel::shipped(), model);
}
