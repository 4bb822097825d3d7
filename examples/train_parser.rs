//! Trains the parser's line-role model on an annotated corpus, or measures
//! how well it generalizes by grouped cross-validation.
//!
//! ```text
//! cargo run --release --example train_parser -- CORPUS_DIR [--out PATH]
//! cargo run --release --example train_parser -- CORPUS_DIR --folds 5 [--json] [--predictions PATH]
//! ```
//!
//! `CORPUS_DIR` holds `NNN.txt` pages and their `NNN.json` annotations (the
//! format of `../shared/corpus`, see its README). Files are read in sorted
//! order and training is deterministic, so the same corpus gives the same
//! bytes: `data/parser-model.tsv` is this example's output on
//! `../shared/corpus`. Without `--out` the model goes to a temporary path,
//! which is printed; it never overwrites the shipped file unless told to.
//!
//! With `--folds K`, pages are grouped by outlet (the registrable domain of
//! their `url`), the groups dealt into K folds so that no outlet is in both
//! the training and the test part of a fold, each fold predicted by the
//! model trained on the others, and the pooled out-of-fold predictions
//! scored once with the measure of `../shared/tools/score-articles` (per
//! field and mean, 0–1). `--json` prints one line `{"mean": M, "fields":
//! {...}, "articles": N}`; `--predictions PATH` writes the predicted
//! articles as JSON lines in corpus order, for the Python scorer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newstext::article::registrable_domain;
use newstext::{Annotation, Article, Parser, ParserModel, TrainOptions};

struct Args {
    corpus: PathBuf,
    out: Option<PathBuf>,
    folds: Option<usize>,
    json: bool,
    predictions: Option<PathBuf>,
    c2: Option<f64>,
    min_outlets: Option<usize>,
}

fn args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut a = Args {
        corpus: PathBuf::new(),
        out: None,
        folds: None,
        json: false,
        predictions: None,
        c2: None,
        min_outlets: None,
    };
    let mut corpus = None;
    while let Some(x) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match x.as_str() {
            "--out" => a.out = Some(value("--out")?.into()),
            "--folds" => {
                let k: usize = value("--folds")?
                    .parse()
                    .map_err(|e| format!("--folds: {e}"))?;
                if k < 2 {
                    return Err("--folds needs at least 2".into());
                }
                a.folds = Some(k);
            }
            "--json" => a.json = true,
            "--predictions" => a.predictions = Some(value("--predictions")?.into()),
            "--min-outlets" => {
                a.min_outlets = Some(
                    value("--min-outlets")?
                        .parse()
                        .map_err(|e| format!("--min-outlets: {e}"))?,
                )
            }
            "--c2" => a.c2 = Some(value("--c2")?.parse().map_err(|e| format!("--c2: {e}"))?),
            _ if x.starts_with("--") => return Err(format!("unknown option {x}")),
            _ => corpus = Some(PathBuf::from(x)),
        }
    }
    a.corpus = corpus.ok_or(
        "usage: train_parser CORPUS_DIR [--out PATH] [--folds K [--json] [--predictions PATH]]",
    )?;
    Ok(a)
}

/// `(name, text, annotation)` of every annotated page, sorted by name.
fn load(dir: &Path) -> Result<Vec<(String, String, Annotation)>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut pages = Vec::new();
    for p in names {
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let jp = p.with_extension("json");
        let json = std::fs::read_to_string(&jp).map_err(|e| format!("{}: {e}", jp.display()))?;
        let ann: Annotation =
            serde_json::from_str(&json).map_err(|e| format!("{}: {e}", jp.display()))?;
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        pages.push((name, text, ann));
    }
    if pages.is_empty() {
        return Err(format!("{}: no NNN.txt pages", dir.display()));
    }
    Ok(pages)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_parser: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let a = args()?;
    let pages = load(&a.corpus)?;
    let mut opts = TrainOptions::default();
    if let Some(c2) = a.c2 {
        opts.c2 = c2;
    }
    if let Some(m) = a.min_outlets {
        opts.min_outlets = m;
    }
    match a.folds {
        None => {
            let data: Vec<(String, Annotation)> = pages
                .iter()
                .map(|(_, t, a)| (t.clone(), a.clone()))
                .collect();
            let model = ParserModel::train(&data, &opts).map_err(|e| e.to_string())?;
            let path = a.out.clone().unwrap_or_else(|| {
                std::env::temp_dir()
                    .join(format!("newstext-parser-model-{}.tsv", std::process::id()))
            });
            std::fs::write(&path, model.to_string())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!(
                "trained on {} pages: {} features",
                pages.len(),
                model.feature_count()
            );
            println!("{}", path.display());
            Ok(())
        }
        Some(k) => cross_validate(&pages, k, &opts, &a),
    }
}

/// Deals outlets into `k` folds: largest group first, each to the fold
/// with the fewest pages so far (ties: the lowest fold), names breaking
/// ties between equal groups.
fn folds(pages: &[(String, String, Annotation)], k: usize) -> Vec<usize> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (name, _, ann)) in pages.iter().enumerate() {
        let key = ann
            .url
            .as_deref()
            .map(registrable_domain)
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| format!("#{name}"));
        groups.entry(key).or_default().push(i);
    }
    let mut order: Vec<(&String, &Vec<usize>)> = groups.iter().collect();
    order.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut size = vec![0usize; k];
    let mut fold_of = vec![0; pages.len()];
    for (_, members) in order {
        let f = (0..k).min_by_key(|&f| (size[f], f)).unwrap_or(0);
        size[f] += members.len();
        for &m in members {
            fold_of[m] = f;
        }
    }
    fold_of
}

fn cross_validate(
    pages: &[(String, String, Annotation)],
    k: usize,
    opts: &TrainOptions,
    a: &Args,
) -> Result<(), String> {
    let fold_of = folds(pages, k);
    let mut predicted: Vec<Option<Article>> = vec![None; pages.len()];
    for f in 0..k {
        let train: Vec<(String, Annotation)> = pages
            .iter()
            .zip(&fold_of)
            .filter(|(_, &g)| g != f)
            .map(|((_, t, a), _)| (t.clone(), a.clone()))
            .collect();
        let model = ParserModel::train(&train, opts).map_err(|e| e.to_string())?;
        let parser = Parser::builder()
            .model(model)
            .build()
            .map_err(|e| e.to_string())?;
        for (i, (_, text, _)) in pages.iter().enumerate() {
            if fold_of[i] == f {
                predicted[i] = parser.parse(text).ok();
            }
        }
    }
    if let Some(path) = &a.predictions {
        let mut out = String::new();
        for (p, (name, _, _)) in predicted.iter().zip(pages) {
            let line = match p {
                Some(art) => serde_json::to_string(art).map_err(|e| e.to_string())?,
                None => serde_json::json!({"path": name, "error": "not parsed"}).to_string(),
            };
            out.push_str(&line);
            out.push('\n');
        }
        std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let gold: Vec<&Annotation> = pages.iter().map(|(_, _, a)| a).collect();
    let scores = score::score(&gold, &predicted);
    let mean = scores.values().sum::<f64>() / scores.len().max(1) as f64;
    if a.json {
        // Keys in the order the issue gives: mean, fields (in score order),
        // articles.
        let fields: Vec<String> = score::FIELDS
            .iter()
            .filter_map(|f| scores.get(*f).map(|v| format!("\"{f}\":{}", round3(*v))))
            .collect();
        println!(
            "{{\"mean\":{},\"fields\":{{{}}},\"articles\":{}}}",
            round3(mean),
            fields.join(","),
            pages.len()
        );
    } else {
        println!(
            "grouped {k}-fold cross-validation, {} articles, {} outlets (out-of-fold predictions, pooled)",
            pages.len(),
            {
                let mut d: Vec<String> = pages
                    .iter()
                    .map(|(_, _, a)| registrable_domain(a.url.as_deref().unwrap_or("")))
                    .collect();
                d.sort();
                d.dedup();
                d.len()
            }
        );
        println!("| field | score |\n|---|---|");
        for f in score::FIELDS {
            if let Some(v) = scores.get(f) {
                println!("| {f} | {v:.3} |");
            }
        }
        println!("| **mean** | **{mean:.3}** |");
    }
    Ok(())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The measure of `../shared/tools/score-articles`, on parsed articles.
mod score {
    use std::collections::BTreeMap;

    use newstext::{Annotation, Article, BlockKind};

    pub const FIELDS: [&str; 10] = [
        "title",
        "date",
        "time",
        "byline",
        "source",
        "lang",
        "captions",
        "headings",
        "boilerplate",
        "foreign",
    ];

    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }

    fn norm(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn key(s: &str) -> String {
        s.to_lowercase()
            .chars()
            .filter(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
            .collect()
    }

    fn same_line(a: &str, b: &str) -> bool {
        let (a, b) = (norm(a), norm(b));
        !a.is_empty()
            && !b.is_empty()
            && (a == b || (a.len() >= 12 && b.contains(&a)) || (b.len() >= 12 && a.contains(&b)))
    }

    fn line_f1(gold: &[&str], found: &[&str]) -> Option<f64> {
        let gold: Vec<&str> = gold
            .iter()
            .copied()
            .filter(|g| !norm(g).is_empty())
            .collect();
        let found: Vec<&str> = found
            .iter()
            .copied()
            .filter(|f| !norm(f).is_empty())
            .collect();
        if gold.is_empty() && found.is_empty() {
            return None;
        }
        let tp_g = gold
            .iter()
            .filter(|g| found.iter().any(|f| same_line(g, f)))
            .count();
        let tp_f = found
            .iter()
            .filter(|f| gold.iter().any(|g| same_line(g, f)))
            .count();
        let r = if gold.is_empty() {
            1.0
        } else {
            tp_g as f64 / gold.len() as f64
        };
        let p = if found.is_empty() {
            1.0
        } else {
            tp_f as f64 / found.len() as f64
        };
        Some(if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        })
    }

    fn scalar(gold: Option<&str>, got: Option<&str>, eq: impl Fn(&str, &str) -> bool) -> f64 {
        match gold {
            None => f64::from(u8::from(got.is_none_or(str::is_empty))),
            Some(g) => f64::from(u8::from(got.is_some_and(|o| eq(g, o)))),
        }
    }

    fn texts(a: &Article, kinds: &[BlockKind]) -> Vec<String> {
        a.blocks
            .iter()
            .filter(|b| kinds.contains(&b.kind))
            .map(|b| b.text.clone())
            .collect()
    }

    /// Mean per field over the articles (a field a page has nothing of, on
    /// either side, is left out for list fields, as the Python scorer does).
    pub fn score(gold: &[&Annotation], got: &[Option<Article>]) -> BTreeMap<&'static str, f64> {
        let mut sums: BTreeMap<&'static str, (f64, usize)> = BTreeMap::new();
        for (g, a) in gold.iter().zip(got) {
            let mut add = |f: &'static str, v: Option<f64>| {
                if let Some(v) = v {
                    let e = sums.entry(f).or_insert((0.0, 0));
                    e.0 += v;
                    e.1 += 1;
                }
            };
            let Some(a) = a else {
                for f in FIELDS {
                    add(f, Some(0.0));
                }
                continue;
            };
            let date = a.published.map(|p| p.date.to_string());
            let time = a
                .published
                .and_then(|p| p.time)
                .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()));
            add(
                "title",
                Some(scalar(g.title.as_deref(), a.title.as_deref(), |g, o| {
                    norm(g) == norm(o)
                })),
            );
            add(
                "date",
                Some(scalar(g.date.as_deref(), date.as_deref(), |g, o| g == o)),
            );
            add(
                "time",
                Some(scalar(g.time.as_deref(), time.as_deref(), |g, o| {
                    o.starts_with(g)
                })),
            );
            add(
                "byline",
                Some(scalar(
                    g.byline.as_deref(),
                    a.byline.as_ref().map(|b| b.text.as_str()),
                    same_line,
                )),
            );
            add(
                "source",
                Some(scalar(g.source.as_deref(), a.source.as_deref(), |g, o| {
                    let (kg, ko) = (key(g), key(o));
                    kg == ko
                        || (ko.len() >= 3 && kg.contains(&ko))
                        || (kg.len() >= 3 && ko.contains(&kg))
                })),
            );
            let lang = g.language.as_deref();
            add(
                "lang",
                Some(f64::from(u8::from(
                    a.lang.map(|l| l.code().to_string()).as_deref() == lang,
                ))),
            );
            add(
                "captions",
                line_f1(&refs(&g.captions), &refs(&texts(a, &[BlockKind::Caption]))),
            );
            add(
                "headings",
                line_f1(&refs(&g.headings), &refs(&texts(a, &[BlockKind::Heading]))),
            );
            add(
                "boilerplate",
                line_f1(
                    &refs(&g.boilerplate),
                    &refs(&texts(a, &[BlockKind::Boilerplate, BlockKind::Related])),
                ),
            );
            let foreign_gold: Vec<&str> = g.foreign_lines.iter().map(|f| f.text.as_str()).collect();
            let foreign_got: Vec<&str> = a
                .blocks
                .iter()
                .filter(|b| b.lang.is_some_and(|l| Some(l.code()) != lang))
                .map(|b| b.text.as_str())
                .collect();
            add("foreign", line_f1(&foreign_gold, &foreign_got));
        }
        sums.into_iter()
            .map(|(f, (s, n))| (f, s / n.max(1) as f64))
            .collect()
    }
}
