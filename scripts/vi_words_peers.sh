#!/usr/bin/env bash
# Vietnamese word segmentation side by side: pyvi and underthesea (from
# PyPI, in a fresh virtual environment) and newstext, on the same CoNLL-U
# file, raw sentence text in, word-span F1 and words per second (one
# thread, gold words / seconds of segmenting). Not run in CI: it downloads
# the peers and their models.
#
#   scripts/vi_words_peers.sh [../shared/data/vi-words/ud-vtb/vi_vtb-ud-test.conllu]
#
# Set VENV=dir to reuse a virtual environment that has both installed.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/data/vi-words/ud-vtb/vi_vtb-ud-test.conllu}
if [ -z "${VENV:-}" ]; then
  VENV=$(mktemp -d)
  trap 'rm -rf "$VENV"' EXIT
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet pyvi underthesea
fi
echo "| segmenter | precision | recall | F1 | words/s |"
echo "|---|---|---|---|---|"
"$VENV/bin/python" - "$file" <<'PY'
import sys, time
from importlib.metadata import version

def read(path):
    sents, text, forms = [], None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if text is not None:
                sents.append((text, forms))
            text, forms = None, []
        elif line.startswith("# text ="):
            t = line[len("# text ="):]
            text = t[1:] if t.startswith(" ") else t
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            forms.append(cols[1])
    if text is not None:
        sents.append((text, forms))
    return sents

def locate(text, words):
    """Spans of words (lists of syllables) found in order in text."""
    at, spans = 0, []
    for syls in words:
        start = end = None
        for s in syls:
            i = text.find(s, at)
            if i < 0:
                continue
            if start is None:
                start = i
            end = i + len(s)
            at = end
        if start is not None:
            spans.append((start, end))
    return spans

sents = read(sys.argv[1])
gold = [set(locate(t, [f.split() for f in forms])) for t, forms in sents]
n_gold = sum(len(g) for g in gold)

def run(name, seg):
    seg(sents[0][0])  # load models before timing
    t0 = time.perf_counter()
    outs = [seg(t) for t, _ in sents]
    secs = time.perf_counter() - t0
    pred = [set(locate(t, o)) for (t, _), o in zip(sents, outs)]
    ok = sum(len(p & g) for p, g in zip(pred, gold))
    n_pred = sum(len(p) for p in pred)
    p, r = ok / n_pred, ok / n_gold
    f = 2 * p * r / (p + r)
    print(f"| {name} | {p:.4f} | {r:.4f} | {f:.4f} | {n_gold / secs:,.0f} |")

from pyvi import ViTokenizer
run(f"pyvi {version('pyvi')}", lambda t: [w.split("_") for w in ViTokenizer.tokenize(t).split()])
from underthesea import word_tokenize
run(f"underthesea {version('underthesea')}", lambda t: [w.split() for w in word_tokenize(t)])
PY
json=$(cargo run --release --quiet --example vi_words -- "$file" --json)
python3 - "$json" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
p, rc, f, w = r["precision"], r["recall"], r["f1"], r["words_per_second"]
print(f"| newstext | {p:.4f} | {rc:.4f} | {f:.4f} | {w:,.0f} |")
PY
