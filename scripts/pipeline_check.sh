#!/usr/bin/env bash
# The corpus runner as a stateless mapper: split a JSONL input in parts,
# run each part through the runner on its own (as Hadoop Streaming or
# Spark's RDD.pipe would), concatenate, and check every id comes back once,
# in order, with a result or an error record.
#
# usage: scripts/pipeline_check.sh [COMMAND...]
#   COMMAND defaults to `target/release/newstext corpus` (built by the
#   caller: cargo build --release -p newstext-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then runner=("$@"); else runner=(target/release/newstext corpus); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Records: the seeds, the development corpus when it is there, and three
# records the runner must report as errors without stopping.
python3 - "$work/in.jsonl" <<'PY'
import glob, json, os, sys
out = open(sys.argv[1], "w", encoding="utf-8")
paths = sorted(glob.glob("seeds/*.txt")) + sorted(glob.glob("../shared/corpus/*.txt"))
for p in paths:
    text = open(p, encoding="utf-8").read()
    out.write(json.dumps({"id": os.path.basename(p), "text": text}, ensure_ascii=False) + "\n")
out.write(json.dumps({"id": "empty", "text": "  \n "}) + "\n")
out.write(json.dumps({"id": "no-text"}) + "\n")
out.write("this line is not json\n")
PY
total=$(wc -l <"$work/in.jsonl")
split -n l/3 -d "$work/in.jsonl" "$work/part."
for part in "$work"/part.*; do
  # Exit status 1: some records failed (this input has three that must).
  status=0
  "${runner[@]}" <"$part" >"$part.out" 2>/dev/null || status=$?
  if [ "$status" -gt 1 ]; then
    echo "the runner exited with status $status" >&2
    exit 1
  fi
done
cat "$work"/part.*.out >"$work/out.jsonl"

python3 - "$work/in.jsonl" "$work/out.jsonl" <<'PY'
import json, sys
inp = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(out) == len(inp), f"{len(inp)} records in, {len(out)} out"
want = []
for l in inp:
    try:
        want.append(json.loads(l).get("id"))
    except json.JSONDecodeError:
        want.append(None)
got = [r.get("id") for r in out]
assert got == want, "ids out of order or missing"
ok = sum(1 for r in out if r["ok"])
errors = {r["id"]: r["error"]["kind"] for r in out if not r["ok"]}
assert errors == {"empty": "empty", "no-text": "bad_json", None: "bad_json"}, errors
assert all("result" in r and r["result"]["blocks"] is not None for r in out if r["ok"])
print(f"pipeline contract: {len(out)} records back in order ({ok} ok, {len(errors)} errors reported)")
PY
echo "ok: $total records through 3 independent runs"
