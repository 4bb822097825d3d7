#!/usr/bin/env python3
"""Runs `newstext corpus` through PySpark's RDD.pipe, in local mode, over the
development corpus, and checks every record comes back exactly once.

usage:
  cargo build --release -p newstext-cli
  pip install pyspark            # Java 17 must be on the PATH
  python3 scripts/spark_pipe.py [CORPUS_DIR] [--partitions N]

CORPUS_DIR defaults to ../shared/corpus. Each partition is piped through
one `newstext corpus` process (a stateless stdin -> stdout filter), exactly
as on a cluster; there, ship the binary with `--files target/release/newstext`
and pipe through `./newstext corpus` (see the README).
"""
import glob
import json
import os
import sys

from pyspark.sql import SparkSession

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
args = [a for a in sys.argv[1:] if not a.startswith("--")]
corpus = args[0] if args else os.path.join(root, "..", "shared", "corpus")
partitions = 4
if "--partitions" in sys.argv:
    partitions = int(sys.argv[sys.argv.index("--partitions") + 1])
runner = os.path.join(root, "target", "release", "newstext")
if not os.access(runner, os.X_OK):
    sys.exit(f"{runner} not found: run `cargo build --release -p newstext-cli` first")

records = []
for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
    with open(path, encoding="utf-8") as f:
        records.append(json.dumps({"id": os.path.basename(path), "text": f.read()}, ensure_ascii=False))
if not records:
    sys.exit(f"no .txt files in {corpus}")

spark = SparkSession.builder.master(f"local[{partitions}]").appName("newstext-pipe").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
out = spark.sparkContext.parallelize(records, partitions).pipe(f"{runner} corpus").collect()
spark.stop()

results = [json.loads(line) for line in out]
ids_in = sorted(json.loads(r)["id"] for r in records)
ids_out = sorted(r["id"] for r in results)
assert ids_out == ids_in, f"{len(ids_in)} ids in, {len(ids_out)} out, or not the same"
ok = sum(1 for r in results if r["ok"])
langs = {}
for r in results:
    if r["ok"]:
        lang = r["result"]["article"]["lang"]
        langs[lang] = langs.get(lang, 0) + 1
print(f"spark RDD.pipe over {partitions} partitions: {len(results)} records back, each id once, "
      f"{ok} ok; languages {langs}")
