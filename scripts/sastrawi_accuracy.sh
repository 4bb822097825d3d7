#!/usr/bin/env bash
# PySastrawi's exact-root accuracy on a news-roots file, beside newstext's
# default stemmer and Snowball Indonesian (not run in CI: it installs
# PySastrawi from PyPI, whose bundled dictionary is non-commercial).
#
#   scripts/sastrawi_accuracy.sh [../shared/data/stem/id-news-roots/dev.tsv]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/data/stem/id-news-roots/dev.tsv}
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet PySastrawi==1.2.1
"$venv/bin/python" - "$file" <<'PY'
import sys
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
stemmer = StemmerFactory().create_stemmer()
ok = n = 0
for line in list(open(sys.argv[1], encoding="utf-8"))[1:]:
    f = line.rstrip("\n").split("\t")
    if len(f) < 3 or f[2] != "sure":
        continue
    n += 1
    got = stemmer.stem(f[0])
    ok += got == f[1] or (len(f) > 3 and f[3] != "" and got == f[3])
print(f"| PySastrawi 1.2.1 (non-commercial dictionary) | {ok / n:.3f} ({ok}/{n}) |")
PY
cargo run --release --quiet --example stem_accuracy -- "$file"
