#!/usr/bin/env python3
"""Turns the bench corpora into corpus-runner records, one per article.

usage: scripts/bench_records.py [BENCH_DIR] > /tmp/bench.jsonl

BENCH_DIR defaults to ../shared/data/bench (relative to the repository).
Articles come from <lang>.articles.tsv (first_line, n_lines, source); the
records are written to stdout only, never into the repository.
"""
import csv
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
bench = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "bench")
for lang in ("en", "id", "vi"):
    with open(os.path.join(bench, f"{lang}.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(os.path.join(bench, f"{lang}.articles.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    for row in rows:
        if not row or not row[0].isdigit():
            continue  # header
        first, n = int(row[0]), int(row[1])
        text = "\n".join(lines[first - 1 : first - 1 + n])
        print(json.dumps({"id": f"{lang}:{first}", "text": text}, ensure_ascii=False))
