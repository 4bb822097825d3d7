//! Python bindings of newstext: the native module `newstext._newstext`,
//! re-exported by the `newstext` package.
//!
//! Offsets: every `start`/`end` is a Python string index (code points) into
//! the text given (decoded, for `bytes`), and `start_byte`/`end_byte` are
//! the UTF-8 byte offsets the Rust crate and its JSON use.

// PyO3 0.22's macros test a `gil-refs` feature this crate does not
// declare, and convert every `PyResult` error into itself.
#![allow(unexpected_cfgs, clippy::useless_conversion)]

mod offsets;

use std::sync::OnceLock;

use newstext::analyze::{AnalyzedArticle as RsAnalyzed, Analyzer};
use newstext::detect::Detector;
use newstext::normalize::{Normalizer, Preset};
use newstext::stem::Stemmer;
use newstext::token::tokenize as rs_tokenize;
use newstext::words::Segmenter;
use newstext::{Article as RsArticle, Lang, Parser};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyBytes, PyString};
use rayon::prelude::*;

use offsets::CharIndex;

create_exception!(
    _newstext,
    NewstextError,
    PyValueError,
    "An input newstext cannot read: invalid UTF-8 (`offset` is the byte where it starts), empty input, input over the size limit. `kind` names it: `invalid_utf8`, `empty`, `too_large`."
);

fn parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(Parser::default)
}

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| {
        Analyzer::builder()
            .build()
            .unwrap_or_else(|e| unreachable!("the default analyzer builds: {e}"))
    })
}

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(Detector::default)
}

fn segmenter() -> &'static Segmenter {
    static S: OnceLock<Segmenter> = OnceLock::new();
    S.get_or_init(Segmenter::new)
}

/// A Rust error as a `NewstextError` with `kind` and `offset`.
fn to_py_err(py: Python<'_>, e: &newstext::Error) -> PyErr {
    let err = NewstextError::new_err(e.to_string());
    let value = err.value_bound(py);
    let _ = value.setattr("kind", e.kind());
    let _ = value.setattr("offset", e.offset());
    err
}

/// Text given as `str` or `bytes`.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(s) = obj.downcast::<PyString>() {
            return Ok(Input::Text(s.to_cow()?.into_owned()));
        }
        if let Ok(b) = obj.downcast::<PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes().to_vec()));
        }
        Err(pyo3::exceptions::PyTypeError::new_err(
            "expected str or bytes",
        ))
    }

    fn parse(&self) -> Result<RsArticle, newstext::Error> {
        match self {
            Input::Text(t) => parser().parse(t),
            Input::Bytes(b) => parser().parse_bytes(b),
        }
    }
}

/// A string as Python's `repr` writes it.
fn py_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// An optional string as Python's `repr` writes it.
fn py_opt(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "None".to_string(), py_str)
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn lang_code(l: Option<Lang>) -> Option<String> {
    l.map(|l| l.code().to_string())
}

/// One block of an article.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Block {
    /// The block's kind as the JSON writes it: `"title"`, `"paragraph"`,
    /// `"caption"`, …
    kind: String,
    /// The block's text as written.
    text: String,
    /// ISO 639-1 code of the block's language (`"vi"`), or `None`.
    lang: Option<String>,
    /// Start, as a string index into the input.
    start: usize,
    /// End (exclusive), as a string index.
    end: usize,
    /// Start, as a UTF-8 byte offset.
    start_byte: usize,
    /// End, as a UTF-8 byte offset.
    end_byte: usize,
    /// A caption's photo credit.
    credit: Option<String>,
    /// For a translation, the index of the block it translates.
    translation_of: Option<usize>,
    /// How sure the parser is of the kind, 0–1.
    confidence: f64,
}

#[pymethods]
impl Block {
    fn __repr__(&self) -> String {
        let text: String = self.text.chars().take(40).collect();
        format!(
            "Block(kind={}, lang={}, start={}, end={}, text={})",
            py_str(&self.kind),
            py_opt(&self.lang),
            self.start,
            self.end,
            py_str(&text)
        )
    }
}

/// The credit line of an article.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Byline {
    /// The credit as written.
    text: String,
    /// Authors and reporters.
    authors: Vec<String>,
    /// Translators.
    translators: Vec<String>,
    /// Editors.
    editors: Vec<String>,
}

#[pymethods]
impl Byline {
    fn __repr__(&self) -> String {
        format!("Byline({})", py_str(&self.text))
    }
}

/// A parsed article.
#[pyclass(frozen, module = "newstext")]
struct Article {
    inner: RsArticle,
    /// The input as parsed (decoded), for offsets.
    input: String,
}

/// The publication date as Python's `date` (no time), naive `datetime` (no
/// offset) or aware `datetime`.
fn published(py: Python<'_>, a: &RsArticle) -> PyResult<PyObject> {
    let Some(p) = &a.published else {
        return Ok(py.None());
    };
    let dt = py.import_bound("datetime")?;
    let (y, m, d) = (p.date.year(), p.date.month(), p.date.day());
    let Some(t) = p.time else {
        return Ok(dt.getattr("date")?.call1((y, m, d))?.unbind());
    };
    let (h, mi) = (t.hour(), t.minute());
    match p.utc_offset {
        None => Ok(dt.getattr("datetime")?.call1((y, m, d, h, mi))?.unbind()),
        Some(o) => {
            let delta = dt
                .getattr("timedelta")?
                .call((), Some(&[("seconds", o.seconds())].into_py_dict_bound(py)))?;
            let tz = dt.getattr("timezone")?.call1((delta,))?;
            Ok(dt
                .getattr("datetime")?
                .call(
                    (y, m, d, h, mi),
                    Some(&[("tzinfo", tz)].into_py_dict_bound(py)),
                )?
                .unbind())
        }
    }
}

#[pymethods]
impl Article {
    /// The headline.
    #[getter]
    fn title(&self) -> Option<String> {
        self.inner.title.clone()
    }
    /// The publication date: `date`, naive `datetime` or aware `datetime`.
    #[getter]
    fn published(&self, py: Python<'_>) -> PyResult<PyObject> {
        published(py, &self.inner)
    }
    /// The byline.
    #[getter]
    fn byline(&self) -> Option<Byline> {
        self.inner.byline.as_ref().map(|b| Byline {
            text: b.text.clone(),
            authors: b.authors.clone(),
            translators: b.translators.clone(),
            editors: b.editors.clone(),
        })
    }
    /// The agency or outlet credited.
    #[getter]
    fn source(&self) -> Option<String> {
        self.inner.source.clone()
    }
    /// The article's language, an ISO 639-1 code.
    #[getter]
    fn lang(&self) -> Option<String> {
        lang_code(self.inner.lang)
    }
    /// Every line of the article as a typed block, in order.
    #[getter]
    fn blocks(&self) -> Vec<Block> {
        let mut ci = CharIndex::new(&self.input);
        self.inner
            .blocks
            .iter()
            .map(|b| Block {
                kind: b.kind.as_str().to_string(),
                text: b.text.clone(),
                lang: lang_code(b.lang),
                start: ci.at(b.start),
                end: ci.at(b.end),
                start_byte: b.start,
                end_byte: b.end,
                credit: b.credit.clone(),
                translation_of: b.translation_of,
                confidence: b.confidence,
            })
            .collect()
    }
    /// The crate's JSON (byte offsets), exactly.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.inner).map_err(|e| PyValueError::new_err(e.to_string()))
    }
    /// `json.loads(self.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import_bound("json")?
            .call_method1("loads", (self.to_json()?,))
    }
    fn __repr__(&self) -> String {
        format!(
            "Article(title={}, lang={}, blocks={})",
            py_opt(&self.inner.title),
            py_opt(&lang_code(self.inner.lang)),
            self.inner.blocks.len()
        )
    }
}

/// One analysed token.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct AnalyzedToken {
    /// The token as written (a whole word in Vietnamese: `quốc phòng`).
    text: String,
    /// `word`, `number`, `acronym`, `url`, `domain`, `email`, `punct`,
    /// `symbol`, `long`.
    kind: String,
    /// Start, as a string index into the input.
    start: usize,
    /// End, as a string index.
    end: usize,
    /// Start, as a UTF-8 byte offset.
    start_byte: usize,
    /// End, as a UTF-8 byte offset.
    end_byte: usize,
    /// The normalized form.
    norm: String,
    /// The stem (English, Indonesian roots), or `None`.
    stem: Option<String>,
    /// Whether the token is a stopword.
    stop: bool,
}

#[pymethods]
impl AnalyzedToken {
    fn __repr__(&self) -> String {
        format!(
            "AnalyzedToken({}, norm={}, stem={}, stop={})",
            py_str(&self.text),
            py_str(&self.norm),
            py_opt(&self.stem),
            py_bool(self.stop)
        )
    }
}

/// The analysis of one block.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct AnalyzedBlock {
    /// Sentence spans, `(start, end)` string indices.
    sentences: Vec<(usize, usize)>,
    /// The tokens, in order.
    tokens: Vec<AnalyzedToken>,
}

/// An article with the analysis of every block.
#[pyclass(frozen, module = "newstext")]
struct AnalyzedArticle {
    inner: RsAnalyzed,
    input: String,
}

#[pymethods]
impl AnalyzedArticle {
    /// The article analysed.
    #[getter]
    fn article(&self) -> Article {
        Article {
            inner: self.inner.article.clone(),
            input: self.input.clone(),
        }
    }
    /// `blocks[i]` analyses `article.blocks[i]`.
    #[getter]
    fn blocks(&self) -> Vec<AnalyzedBlock> {
        let mut ci = CharIndex::new(&self.input);
        self.inner
            .blocks
            .iter()
            .map(|b| AnalyzedBlock {
                sentences: b
                    .sentences
                    .iter()
                    .map(|[s, e]| (ci.at(*s), ci.at(*e)))
                    .collect(),
                tokens: b
                    .tokens
                    .iter()
                    .map(|t| AnalyzedToken {
                        text: t.text.to_string(),
                        kind: t.kind.as_str().to_string(),
                        start: ci.at(t.start),
                        end: ci.at(t.end),
                        start_byte: t.start,
                        end_byte: t.end,
                        norm: t.norm.to_string(),
                        stem: t.stem.as_ref().map(|s| s.to_string()),
                        stop: t.stop,
                    })
                    .collect(),
            })
            .collect()
    }
    /// The crate's JSON (byte offsets), exactly.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.inner).map_err(|e| PyValueError::new_err(e.to_string()))
    }
    /// `json.loads(self.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import_bound("json")?
            .call_method1("loads", (self.to_json()?,))
    }
    fn __repr__(&self) -> String {
        format!("AnalyzedArticle(blocks={})", self.inner.blocks.len())
    }
}

/// A language detection.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Detection {
    /// ISO 639-1 code.
    lang: String,
    /// Confidence, 0–1.
    confidence: f64,
    /// Whether the detection is reliable.
    reliable: bool,
}

#[pymethods]
impl Detection {
    fn __repr__(&self) -> String {
        format!(
            "Detection(lang={}, confidence={:.2}, reliable={})",
            py_str(&self.lang),
            self.confidence,
            py_bool(self.reliable)
        )
    }
}

/// A token with its offsets.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Token {
    /// The token as written.
    text: String,
    /// `word`, `number`, `acronym`, `url`, `domain`, `email`, `punct`,
    /// `symbol`, `long`.
    kind: String,
    /// Start, as a string index.
    start: usize,
    /// End, as a string index.
    end: usize,
    /// Start, as a UTF-8 byte offset.
    start_byte: usize,
    /// End, as a UTF-8 byte offset.
    end_byte: usize,
}

#[pymethods]
impl Token {
    fn __repr__(&self) -> String {
        format!(
            "Token({}, kind={}, start={}, end={})",
            py_str(&self.text),
            py_str(&self.kind),
            self.start,
            self.end
        )
    }
}

/// A Vietnamese word: one or more syllables.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Word {
    /// The word as written (`quốc phòng`).
    text: String,
    /// Start, as a string index.
    start: usize,
    /// End, as a string index.
    end: usize,
    /// Start, as a UTF-8 byte offset.
    start_byte: usize,
    /// End, as a UTF-8 byte offset.
    end_byte: usize,
    /// Number of syllables (tokens).
    syllables: usize,
}

#[pymethods]
impl Word {
    fn __repr__(&self) -> String {
        format!(
            "Word({}, start={}, end={})",
            py_str(&self.text),
            self.start,
            self.end
        )
    }
}

fn decoded(input: &Input) -> String {
    match input {
        Input::Text(t) => t.clone(),
        Input::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
    }
}

/// Parses raw article text (`str`, or UTF-8 `bytes`) into an `Article`.
#[pyfunction]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Article> {
    let input = Input::extract(text)?;
    let article = py
        .allow_threads(|| input.parse())
        .map_err(|e| to_py_err(py, &e))?;
    Ok(Article {
        inner: article,
        input: decoded(&input),
    })
}

/// Parses many texts in parallel, the GIL released; results in input
/// order. `errors="raise"` raises the first error; `errors="none"` puts
/// `None` in place of a text that fails.
#[pyfunction]
#[pyo3(signature = (texts, errors = "raise"))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    errors: &str,
) -> PyResult<Vec<Option<Article>>> {
    check_errors(errors)?;
    let inputs: Vec<Input> = texts
        .iter()?
        .map(|t| Input::extract(&t?))
        .collect::<PyResult<_>>()?;
    let results: Vec<Result<RsArticle, newstext::Error>> =
        py.allow_threads(|| inputs.par_iter().map(Input::parse).collect());
    let texts = inputs.iter().map(decoded).collect();
    collect(py, texts, results, errors, |inner, input| Article {
        inner,
        input,
    })
}

/// Checks a batch call's `errors` argument, before any work is done.
fn check_errors(errors: &str) -> PyResult<()> {
    if matches!(errors, "raise" | "none") {
        Ok(())
    } else {
        Err(PyValueError::new_err(
            "errors must be \"raise\" or \"none\"",
        ))
    }
}

/// A batch's results as Python objects, each made from its result and its
/// decoded text; a failure raises (with its `index`) or, with
/// `errors="none"`, is `None`.
fn collect<T, R>(
    py: Python<'_>,
    texts: Vec<String>,
    results: Vec<Result<R, newstext::Error>>,
    errors: &str,
    make: impl Fn(R, String) -> T,
) -> PyResult<Vec<Option<T>>> {
    texts
        .into_iter()
        .zip(results)
        .enumerate()
        .map(|(i, (text, r))| match r {
            Ok(v) => Ok(Some(make(v, text))),
            Err(_) if errors == "none" => Ok(None),
            Err(e) => {
                let err = to_py_err(py, &e);
                let _ = err.value_bound(py).setattr("index", i);
                Err(err)
            }
        })
        .collect()
}

/// An `Article`, or text to parse first.
enum Analyzable {
    Article(RsArticle, String),
    Input(Input),
}

impl Analyzable {
    fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Analyzable> {
        if let Ok(a) = obj.downcast::<Article>() {
            let a = a.get();
            return Ok(Analyzable::Article(a.inner.clone(), a.input.clone()));
        }
        Ok(Analyzable::Input(Input::extract(obj)?))
    }

    fn run(&self) -> Result<RsAnalyzed, newstext::Error> {
        match self {
            Analyzable::Article(a, _) => Ok(analyzer().analyze(a)),
            Analyzable::Input(i) => Ok(analyzer().analyze_owned(i.parse()?)),
        }
    }

    /// The text the offsets index, decoded.
    fn decoded(&self) -> String {
        match self {
            Analyzable::Article(_, s) => s.clone(),
            Analyzable::Input(i) => decoded(i),
        }
    }
}

/// Analyses an `Article` (or text, parsed first): sentences, tokens, norms,
/// stems and stopwords per block; Vietnamese by word.
#[pyfunction]
fn analyze(py: Python<'_>, text_or_article: &Bound<'_, PyAny>) -> PyResult<AnalyzedArticle> {
    let a = Analyzable::extract(text_or_article)?;
    let inner = py
        .allow_threads(|| a.run())
        .map_err(|e| to_py_err(py, &e))?;
    Ok(AnalyzedArticle {
        inner,
        input: a.decoded(),
    })
}

/// Analyses many texts or articles in parallel, the GIL released; results
/// in input order (`errors` as for `parse_many`).
#[pyfunction]
#[pyo3(signature = (items, errors = "raise"))]
fn analyze_many(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
    errors: &str,
) -> PyResult<Vec<Option<AnalyzedArticle>>> {
    check_errors(errors)?;
    let items: Vec<Analyzable> = items
        .iter()?
        .map(|t| Analyzable::extract(&t?))
        .collect::<PyResult<_>>()?;
    let results: Vec<Result<RsAnalyzed, newstext::Error>> =
        py.allow_threads(|| items.par_iter().map(Analyzable::run).collect());
    let texts = items.iter().map(Analyzable::decoded).collect();
    collect(py, texts, results, errors, |inner, input| AnalyzedArticle {
        inner,
        input,
    })
}

/// The language of a text (`None` when nothing tells), optionally in the
/// context of its document's language (`context="vi"`): short lines
/// lean to the context.
#[pyfunction]
#[pyo3(signature = (text, context = None))]
fn detect(text: &str, context: Option<&str>) -> PyResult<Option<Detection>> {
    let ctx = match context {
        Some(c) => Some(
            c.parse::<Lang>()
                .map_err(|e| PyValueError::new_err(e.to_string()))?,
        ),
        None => None,
    };
    let d = match ctx {
        Some(_) => detector().detect_in(text, ctx),
        None => detector().detect(text),
    };
    Ok(d.map(|d| Detection {
        lang: d.lang().code().to_string(),
        confidence: d.confidence(),
        reliable: d.is_reliable(),
    }))
}

/// The tokens of a text with their kinds and offsets.
#[pyfunction]
fn tokenize(text: &str) -> Vec<Token> {
    let mut ci = CharIndex::new(text);
    rs_tokenize(text)
        .map(|t| Token {
            text: t.text().to_string(),
            kind: t.kind().as_str().to_string(),
            start: ci.at(t.start()),
            end: ci.at(t.end()),
            start_byte: t.start(),
            end_byte: t.end(),
        })
        .collect()
}

/// A sentence with its offsets.
#[pyclass(frozen, get_all, module = "newstext")]
#[derive(Clone)]
struct Sentence {
    /// The sentence as written.
    text: String,
    /// Start, as a string index.
    start: usize,
    /// End, as a string index.
    end: usize,
    /// Start, as a UTF-8 byte offset.
    start_byte: usize,
    /// End, as a UTF-8 byte offset.
    end_byte: usize,
}

#[pymethods]
impl Sentence {
    fn __repr__(&self) -> String {
        format!(
            "Sentence({}, start={}, end={})",
            py_str(&self.text),
            self.start,
            self.end
        )
    }
}

/// The sentences of a text, with the abbreviations of `lang` (`"en"`,
/// `"id"`, `"vi"`; all three when `None`).
#[pyfunction]
#[pyo3(signature = (text, lang = None))]
fn sentences(text: &str, lang: Option<&str>) -> PyResult<Vec<Sentence>> {
    let lang = match lang {
        Some(l) => Some(
            l.parse::<Lang>()
                .map_err(|e| PyValueError::new_err(e.to_string()))?,
        ),
        None => None,
    };
    let mut ci = CharIndex::new(text);
    Ok(newstext::sentence::sentences(text, lang)
        .map(|s| Sentence {
            text: s.text().to_string(),
            start: ci.at(s.start()),
            end: ci.at(s.end()),
            start_byte: s.start(),
            end_byte: s.end(),
        })
        .collect())
}

/// Vietnamese words: syllables grouped into words.
#[pyfunction]
fn words(text: &str) -> Vec<Word> {
    let mut ci = CharIndex::new(text);
    segmenter()
        .segment(text)
        .map(|w| Word {
            text: w.text().to_string(),
            start: ci.at(w.start()),
            end: ci.at(w.end()),
            start_byte: w.start(),
            end_byte: w.end(),
            syllables: w.token_count(),
        })
        .collect()
}

/// Normalizes text: `preset="search"` (NFKC, lowercase, diacritics folded)
/// or `"analysis"` (NFC, lowercase, diacritics kept).
#[pyfunction]
#[pyo3(signature = (text, preset = "search"))]
fn normalize(text: &str, preset: &str) -> PyResult<String> {
    let p = match preset {
        "search" => Preset::Search,
        "analysis" => Preset::Analysis,
        _ => {
            return Err(PyValueError::new_err(
                "preset must be \"search\" or \"analysis\"",
            ))
        }
    };
    Ok(Normalizer::preset(p).normalize(text).into_owned())
}

/// The stem of a word: English Snowball, Indonesian roots (`mengatakan` →
/// `kata`); Vietnamese has none (the word comes back).
#[pyfunction]
fn stem(word: &str, lang: &str) -> PyResult<String> {
    let l: Lang = lang
        .parse()
        .map_err(|e: newstext::ParseLangError| PyValueError::new_err(e.to_string()))?;
    static STEMMERS: OnceLock<(Option<Stemmer>, Option<Stemmer>)> = OnceLock::new();
    let (en, id) =
        STEMMERS.get_or_init(|| (Stemmer::for_lang(Lang::En), Stemmer::for_lang(Lang::Id)));
    let s = match l {
        Lang::En => en.as_ref(),
        Lang::Id => id.as_ref(),
        _ => None,
    };
    let lower = word.to_lowercase();
    Ok(match s {
        Some(s) => s.stem(&lower).into_owned(),
        None => lower,
    })
}

/// The native module.
#[pymodule]
fn _newstext(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NewstextError", m.py().get_type_bound::<NewstextError>())?;
    m.add_class::<Article>()?;
    m.add_class::<Block>()?;
    m.add_class::<Byline>()?;
    m.add_class::<AnalyzedArticle>()?;
    m.add_class::<AnalyzedBlock>()?;
    m.add_class::<AnalyzedToken>()?;
    m.add_class::<Detection>()?;
    m.add_class::<Token>()?;
    m.add_class::<Word>()?;
    m.add_class::<Sentence>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(words, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    Ok(())
}
