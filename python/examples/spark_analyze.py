"""newstext inside PySpark: mapPartitions over a folder of articles, in
Spark local mode, newstext in-process (no pipe), and a check that every
record comes back.

    pip install ./python pyspark          # Java 17 on the PATH
    python python/examples/spark_analyze.py [DIR] [--partitions N]

DIR defaults to ../shared/corpus.
"""
import json
import os
import sys
from pathlib import Path

from pyspark.sql import SparkSession


def analyze_partition(records):
    import newstext  # imported on the executor

    for rid, text in records:
        try:
            a = newstext.analyze(text)
            art = a.article
            tokens = sum(len(b.tokens) for b in a.blocks)
            yield json.dumps({"id": rid, "ok": True, "lang": art.lang, "title": art.title, "tokens": tokens})
        except newstext.NewstextError as e:
            yield json.dumps({"id": rid, "ok": False, "error": e.kind})


root = Path(__file__).resolve().parents[2]
argv = sys.argv[1:]
partitions = 4
if "--partitions" in argv:
    i = argv.index("--partitions")
    partitions = int(argv[i + 1])
    del argv[i : i + 2]
folder = Path(argv[0]) if argv else root.parent / "shared" / "corpus"
records = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
if not records:
    sys.exit(f"no .txt files in {folder}")

# Executors run this interpreter, which has newstext installed.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
spark = SparkSession.builder.master(f"local[{partitions}]").appName("newstext").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
out = spark.sparkContext.parallelize(records, partitions).mapPartitions(analyze_partition).collect()
spark.stop()

results = [json.loads(r) for r in out]
assert sorted(r["id"] for r in results) == sorted(r[0] for r in records), "every record back once"
langs = {}
for r in results:
    if r["ok"]:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
print(f"spark mapPartitions over {partitions} partitions: {len(results)} records back, each once; languages {langs}")
