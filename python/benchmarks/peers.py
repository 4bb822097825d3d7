"""newstext against the Python tool a user would otherwise pick, per task,
single-threaded, on the same bench text, in one run.

    python3 python/benchmarks/peers.py [--mb MB] [--venv DIR]

Installs newstext (from this clone) and the peers from PyPI into a fresh
virtual environment (or DIR, reused when it has them) and re-runs itself
there. Tasks, on the first MB (default 0.5) of `../shared/data/bench`:

| task | text | newstext | peers |
|---|---|---|---|
| English tokens + sentences | en | `tokenize`, `sentences` | spaCy blank `en` + sentencizer |
| Indonesian stems | id words | `stem(w, "id")` | PySastrawi |
| Vietnamese words | vi | `words` | pyvi `ViTokenizer` |
| language ID | lines of en + id + vi | `detect` | lingua (low accuracy), langdetect |

Prints one Markdown table: MB/s of input per tool and newstext's speed
over the peer's.
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEERS = ["spacy", "PySastrawi", "pyvi", "lingua-language-detector", "langdetect"]


def ensure_env():
    """Re-runs this script inside a virtual environment with the peers."""
    if os.environ.get("NEWSTEXT_PEERS_INNER") == "1":
        return
    args = sys.argv[1:]
    venv = None
    if "--venv" in args:
        venv = Path(args[args.index("--venv") + 1])
    else:
        venv = Path(tempfile.mkdtemp(prefix="newstext-peers-"))
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(ROOT / "python"), *PEERS], check=True)
    env = dict(os.environ, NEWSTEXT_PEERS_INNER="1")
    sys.exit(subprocess.run([str(py), __file__, *args], env=env).returncode)


def bench_text(lang, mb):
    text = (ROOT.parent / "shared" / "data" / "bench" / f"{lang}.txt").read_text(encoding="utf-8")
    out, n = [], 0
    for line in text.split("\n"):
        if n >= mb * 1e6:
            break
        out.append(line)
        n += len(line.encode("utf-8")) + 1
    return out


def timed(f):
    f(5)  # warm up: models load, caches fill
    t = time.perf_counter()
    f(None)
    return time.perf_counter() - t


def main():
    mb = float(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 0.5
    import newstext

    rows = []

    def row(task, data, tools):
        size = sum(len(x.encode("utf-8")) + 1 for x in data) / 1e6
        speeds = {name: size / timed(lambda k, f=f: f(data[:k] if k else data)) for name, f in tools}
        ours = speeds.pop("newstext")
        for name, s in speeds.items():
            rows.append((task, f"{size:.2f}", f"{ours:.2f}", name, f"{s:.3f}", f"{ours / s:.0f}x"))

    # English tokens + sentences.
    en = bench_text("en", mb)
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def nt_en(lines):
        n = 0
        for l in lines:
            n += len(newstext.tokenize(l)) + len(newstext.sentences(l, "en"))
        return n

    def spacy_en(lines):
        n = 0
        for doc in nlp.pipe(lines):
            n += len(doc) + len(list(doc.sents))
        return n

    row("English tokens + sentences", en, [("newstext", nt_en), ("spaCy blank en + sentencizer", spacy_en)])

    # Indonesian stems.
    idw = [t.text for l in bench_text("id", mb) for t in newstext.tokenize(l) if t.kind == "word"]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    sastrawi = StemmerFactory().create_stemmer()
    # One "line" per word, so that the sizes compare.
    row(
        "Indonesian stems",
        idw,
        [
            ("newstext", lambda ws: [newstext.stem(w, "id") for w in ws]),
            ("PySastrawi", lambda ws: [sastrawi.stem(w) for w in ws]),
        ],
    )

    # Vietnamese words.
    vi = bench_text("vi", mb)
    from pyvi import ViTokenizer

    row(
        "Vietnamese words",
        vi,
        [
            ("newstext", lambda ls: [newstext.words(l) for l in ls]),
            ("pyvi", lambda ls: [ViTokenizer.tokenize(l) for l in ls]),
        ],
    )

    # Language ID, line by line, on the three languages mixed.
    third = mb / 3
    lines = [l for lang in ("en", "id", "vi") for l in bench_text(lang, third) if l.strip()]
    from lingua import Language, LanguageDetectorBuilder

    lingua = (
        LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.INDONESIAN, Language.VIETNAMESE)
        .with_low_accuracy_mode()
        .build()
    )
    import langdetect

    langdetect.DetectorFactory.seed = 0

    def ld(ls):
        out = []
        for l in ls:
            try:
                out.append(langdetect.detect(l))
            except langdetect.LangDetectException:
                out.append(None)
        return out

    row(
        "language ID",
        lines,
        [
            ("newstext", lambda ls: [newstext.detect(l) for l in ls]),
            ("lingua (en/id/vi, low accuracy)", lambda ls: [lingua.detect_language_of(l) for l in ls]),
            ("langdetect", ld),
        ],
    )

    print("| task | MB | newstext MB/s | peer | peer MB/s | newstext ÷ peer |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    ensure_env()
    main()
