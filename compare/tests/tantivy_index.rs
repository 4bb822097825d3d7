//! newstext as a tantivy tokenizer: index the five seed articles in a RAM
//! index and search across languages, diacritics and word forms.

use std::path::Path;

use newstext::tantivy::NewstextTokenizer;
use newstext::Lang;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED};
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tantivy::{doc, Index, TantivyDocument};

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let p = e.path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn seeds_are_found_across_diacritics_affixes_and_hyphens() -> tantivy::Result<()> {
    let mut schema = Schema::builder();
    let text_options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("newstext")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let body = schema.add_text_field("body", text_options);
    let name = schema.add_text_field("name", STORED);
    let index = Index::create_in_ram(schema.build());
    index
        .tokenizers()
        .register("newstext", NewstextTokenizer::default());
    let mut writer = index.writer(15_000_000)?;
    for (file, text) in seeds() {
        // One document per paragraph: each is in one language.
        for para in text.lines().filter(|l| !l.trim().is_empty()) {
            writer.add_document(doc!(body => para, name => file.clone()))?;
        }
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let parser = QueryParser::for_index(&index, vec![body]);
    let find = |q: &str| -> tantivy::Result<Vec<String>> {
        let query = parser
            .parse_query(q)
            .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
        let hits = searcher.search(&query, &TopDocs::with_limit(50))?;
        let mut names: Vec<String> = hits
            .iter()
            .filter_map(|(_, addr)| {
                let d: TantivyDocument = searcher.doc(*addr).ok()?;
                d.get_first(name)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            })
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    };
    // `hoi nghi` (no marks) finds `Hội nghị` in seed 000's caption.
    assert!(find("\"hoi nghi\"")?.iter().any(|n| n.starts_with("000")));
    // `aktivitas` finds the reduplication `aktivitas-aktivitas` of seed 004.
    assert!(find("aktivitas")?.iter().any(|n| n.starts_with("004")));
    // `defences` finds `defence` (seed 001) through the English stem.
    assert!(find("defences")?.iter().any(|n| n.starts_with("001")));
    // `bertahan` finds `pertahanan` (seed 004) through the Indonesian stem.
    assert!(find("bertahan")?.iter().any(|n| n.starts_with("004")));
    // Vietnamese words are terms too: `quoc_phong` (one word of two
    // syllables) is indexed for seed 000's caption, and the phrase `quốc
    // phòng` (syllables and the word at the first one's position) finds it.
    assert!(find("quoc_phong")?.iter().any(|n| n.starts_with("000")));
    assert!(find("\"quốc phòng\"")?.iter().any(|n| n.starts_with("000")));
    // And a word that is nowhere finds nothing.
    assert!(find("xylophone")?.is_empty());
    Ok(())
}

#[test]
fn vietnamese_syllables_and_words_share_positions() {
    let mut tok = NewstextTokenizer::for_lang(Lang::Vi);
    let text = "Hội nghị thứ trưởng quốc phòng";
    let mut stream = tok.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        let t = stream.token();
        terms.push((t.text.clone(), t.position, t.position_length));
    }
    let want = [
        ("hoi", 0, 1),
        ("hoi_nghi", 0, 2),
        ("nghi", 1, 1),
        ("thu", 2, 1),
        ("thu_truong", 2, 2),
        ("truong", 3, 1),
        ("quoc", 4, 1),
        ("quoc_phong", 4, 2),
        ("phong", 5, 1),
    ];
    let got: Vec<(&str, usize, usize)> =
        terms.iter().map(|(t, p, l)| (t.as_str(), *p, *l)).collect();
    assert_eq!(got, want);
}
