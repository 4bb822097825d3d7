//! Language-identification accuracy, side by side in one run.
//!
//! ```text
//! cargo run --release --example langid_accuracy -- ../shared/data/langid [--bench ../shared/data/bench] [--json]
//! cargo run --release --features lingua --example langid_accuracy -- ../shared/data/langid
//! ```
//!
//! Tools: `newstext` (default detector), `whatlang` (all languages),
//! `whatlang-allowlist` (en+id+vi); with `--features lingua` also
//! `newstext-lingua` and `lingua` (en+id+vi, high accuracy). A `None` counts
//! as wrong. Also: `false_positives` (share of each other language's
//! sentences the default detector labels en, id or vi), `in_context`
//! (every en/id/vi item as a line inside a document of each language), and
//! `lines_per_second` on the lines of `--bench DIR/{en,id,vi}.txt`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use newstext::detect::Detector;
use newstext::Lang;
use serde_json::{json, Map, Value};

const BUCKETS: [&str; 3] = ["sentences", "word-pairs", "single-words"];
const TARGETS: [(&str, Lang); 3] = [("en", Lang::En), ("id", Lang::Id), ("vi", Lang::Vi)];

type Tool<'a> = Box<dyn Fn(&str) -> Option<Lang> + 'a>;

fn read_lines(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .map(|s| {
            s.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut bench: Option<PathBuf> = None;
    let mut as_json = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--bench" => bench = args.next().map(PathBuf::from),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => {
                eprintln!("usage: langid_accuracy DIR [--bench DIR] [--json]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: langid_accuracy DIR [--bench DIR] [--json]");
        return ExitCode::from(2);
    };
    if !dir.join("en/sentences.txt").is_file() {
        eprintln!("{}: no en/sentences.txt", dir.display());
        return ExitCode::FAILURE;
    }

    let newstext = Detector::default();
    let wl_all = whatlang::Detector::new();
    let wl_allow = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Eng,
        whatlang::Lang::Ind,
        whatlang::Lang::Vie,
    ]);
    #[cfg(feature = "lingua")]
    let with_lingua = Detector::builder()
        .lingua()
        .build()
        .expect("lingua detector");
    #[cfg(feature = "lingua")]
    let lingua_alone = lingua::LanguageDetectorBuilder::from_languages(&[
        lingua::Language::English,
        lingua::Language::Indonesian,
        lingua::Language::Vietnamese,
    ])
    .build();
    let from_wl = |l: whatlang::Lang| -> Lang { l.code().parse().unwrap_or(Lang::En) };
    #[cfg_attr(not(feature = "lingua"), allow(unused_mut))]
    let mut tools: Vec<(&str, Tool<'_>)> = vec![
        (
            "newstext",
            Box::new(|s: &str| newstext.detect(s).map(|d| d.lang())),
        ),
        (
            "whatlang",
            Box::new(|s: &str| wl_all.detect_lang(s).map(from_wl)),
        ),
        (
            "whatlang-allowlist",
            Box::new(|s: &str| wl_allow.detect_lang(s).map(from_wl)),
        ),
    ];
    #[cfg(feature = "lingua")]
    {
        tools.push((
            "newstext-lingua",
            Box::new(|s: &str| with_lingua.detect(s).map(|d| d.lang())),
        ));
        tools.push((
            "lingua",
            #[allow(unreachable_patterns)]
            Box::new(|s: &str| {
                lingua_alone.detect_language_of(s).map(|l| match l {
                    lingua::Language::English => Lang::En,
                    lingua::Language::Indonesian => Lang::Id,
                    _ => Lang::Vi,
                })
            }),
        ));
    }

    // Accuracy per tool, language and bucket.
    let mut out = Map::new();
    let data: BTreeMap<(&str, &str), Vec<String>> = TARGETS
        .iter()
        .flat_map(|(code, _)| BUCKETS.iter().map(move |b| (*code, *b)))
        .map(|(code, b)| {
            (
                (code, b),
                read_lines(&dir.join(code).join(format!("{b}.txt"))),
            )
        })
        .collect();
    for (name, tool) in &tools {
        let mut per_lang = Map::new();
        for (code, lang) in TARGETS {
            let mut per_bucket = Map::new();
            for b in BUCKETS {
                let items = &data[&(code, b)];
                let ok = items.iter().filter(|s| tool(s) == Some(lang)).count();
                let acc = if items.is_empty() {
                    0.0
                } else {
                    ok as f64 / items.len() as f64
                };
                per_bucket.insert(b.to_string(), json!(round4(acc)));
            }
            per_lang.insert(code.to_string(), Value::Object(per_bucket));
        }
        out.insert(name.to_string(), Value::Object(per_lang));
    }

    // False positives of the default detector on other languages.
    let mut fp = Map::new();
    let mut others: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    others.retain(|c| !["en", "id", "vi"].contains(&c.as_str()));
    others.sort();
    for code in &others {
        let items = read_lines(&dir.join(code).join("sentences.txt"));
        if items.is_empty() {
            continue;
        }
        let hits = items
            .iter()
            .filter(|s| {
                newstext
                    .detect(s)
                    .is_some_and(|d| d.lang().is_first_class())
            })
            .count();
        fp.insert(
            code.clone(),
            json!(round4(hits as f64 / items.len() as f64)),
        );
    }
    out.insert("false_positives".into(), json!({ "newstext": fp }));

    // In context: every item as a line of a document in each language.
    let (mut keep_ok, mut keep_n) = (0usize, 0usize);
    for (code, lang) in TARGETS {
        for b in BUCKETS {
            for s in &data[&(code, b)] {
                keep_n += 1;
                keep_ok += usize::from(
                    newstext
                        .detect_in(s, Some(lang))
                        .is_some_and(|d| d.lang() == lang),
                );
            }
        }
    }
    let vi_pairs = &data[&("vi", "word-pairs")];
    let vi_in = |doc: Lang| {
        let ok = vi_pairs
            .iter()
            .filter(|s| {
                newstext
                    .detect_in(s, Some(doc))
                    .is_some_and(|d| d.lang() == Lang::Vi)
            })
            .count();
        round4(ok as f64 / vi_pairs.len().max(1) as f64)
    };
    out.insert(
        "in_context".into(),
        json!({
            "keep_doc_lang": round4(keep_ok as f64 / keep_n.max(1) as f64),
            "vi_pairs_in_en": vi_in(Lang::En),
            "vi_pairs_in_id": vi_in(Lang::Id),
        }),
    );

    // Speed on distinct news lines.
    if let Some(bench) = bench {
        let mut lines = Vec::new();
        for code in ["en", "id", "vi"] {
            lines.extend(read_lines(&bench.join(format!("{code}.txt"))));
        }
        if !lines.is_empty() {
            let mut lps = Map::new();
            for (name, tool) in tools.iter().filter(|(n, _)| *n != "whatlang") {
                let t0 = Instant::now();
                let n = lines.iter().filter(|l| tool(l).is_some()).count();
                let secs = t0.elapsed().as_secs_f64();
                std::hint::black_box(n);
                lps.insert(name.to_string(), json!((lines.len() as f64 / secs).round()));
            }
            out.insert("lines_per_second".into(), Value::Object(lps));
        }
    }

    if as_json {
        println!("{}", Value::Object(out));
    } else {
        print_table(&out, &tools.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    }
    ExitCode::SUCCESS
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn print_table(out: &Map<String, Value>, tools: &[&str]) {
    println!("| tool | sentences (en / id / vi) | word pairs | single words |");
    println!("|---|---|---|---|");
    for t in tools {
        let cell = |b: &str| {
            ["en", "id", "vi"]
                .iter()
                .map(|l| format!("{:.1}", out[*t][l][b].as_f64().unwrap_or(0.0) * 100.0))
                .collect::<Vec<_>>()
                .join(" / ")
        };
        println!(
            "| {t} | {} | {} | {} |",
            cell("sentences"),
            cell("word-pairs"),
            cell("single-words")
        );
    }
    println!("\nin context: {}", out["in_context"]);
    println!(
        "false positives (other languages labelled en/id/vi): {}",
        out["false_positives"]["newstext"]
    );
    if let Some(lps) = out.get("lines_per_second") {
        println!("lines per second: {lps}");
    }
}
