"""A folder of articles as a pandas DataFrame, one row per block.

    pip install ./python pandas
    python python/examples/pandas_articles.py [DIR]     # default ../shared/corpus

Parses every `*.txt` of DIR with `newstext.parse_many` (in parallel, the
GIL released) and prints the DataFrame's shape, the block kinds and
languages per article language, and the captions of the first article.
"""
import sys
from pathlib import Path

import pandas as pd

import newstext

root = Path(__file__).resolve().parents[2]
folder = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "corpus"
paths = sorted(folder.glob("*.txt"))
if not paths:
    sys.exit(f"no .txt files in {folder}")
articles = newstext.parse_many([p.read_bytes() for p in paths], errors="none")
rows = []
for path, a in zip(paths, articles):
    if a is None:
        continue
    for i, b in enumerate(a.blocks):
        rows.append(
            {
                "file": path.name,
                "article_lang": a.lang,
                "title": a.title,
                "published": a.published,
                "block": i,
                "kind": b.kind,
                "lang": b.lang,
                "start": b.start,
                "end": b.end,
                "confidence": b.confidence,
                "text": b.text,
            }
        )
df = pd.DataFrame(rows)
print(f"{len(paths)} files, {df['file'].nunique()} articles, {len(df)} blocks")
print(df.groupby(["article_lang", "kind"]).size().unstack(fill_value=0))
print(df[df["lang"] != df["article_lang"]][["file", "kind", "lang", "text"]].head(10).to_string())
