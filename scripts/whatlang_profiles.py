#!/usr/bin/env python3
"""Writes whatlang 0.18's Latin-script data, read from the crate's source
in Cargo's registry (MIT, by Serhii Potapov):

    python3 scripts/whatlang_profiles.py profiles > data/whatlang-profiles.tsv
    python3 scripts/whatlang_profiles.py alphabets > data/whatlang-alphabets.tsv

`profiles`: every Latin-script language's 300 ranked trigrams, one
`lang<TAB>trigram` line each, languages in whatlang's profile order.
`alphabets`: each Latin-script language's alphabet, `lang<TAB>letters`.
"""
import glob
import os
import re
import sys

root = sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/whatlang-0.18.0/src")))[0]
what = sys.argv[1] if len(sys.argv) > 1 else "profiles"
out = sys.stdout
if what == "profiles":
    text = open(os.path.join(root, "trigrams/profiles.rs"), encoding="utf-8").read()
    latin = text[text.index("pub static LATIN_LANGS"):]
    latin = latin[:latin.index("pub static", 10)]
    blocks = re.findall(r"\(\s*Lang::(\w+),\s*&\[(.*?)\],\s*\)", latin, re.S)
    out.write("# whatlang 0.18 Latin-script trigram profiles (MIT, by Serhii Potapov); "
              "regenerate: python3 scripts/whatlang_profiles.py profiles\n")
    for lang, body in blocks:
        tris = re.findall(r"Trigram\('(.)', '(.)', '(.)'\)", body)
        assert len(tris) == 300, (lang, len(tris))
        for t in tris:
            out.write(lang.lower() + "\t" + "".join(t) + "\n")
    assert len(blocks) == 37, len(blocks)
elif what == "alphabets":
    text = open(os.path.join(root, "alphabets/latin.rs"), encoding="utf-8").read()
    consts = dict(re.findall(r'const (\w{3}): &str =\s*"([^"]*)";', text))
    order = re.findall(r"\(Lang::(\w+), (\w{3})\),", text)
    out.write("# whatlang 0.18 Latin-script alphabets (MIT, by Serhii Potapov); "
              "regenerate: python3 scripts/whatlang_profiles.py alphabets\n")
    for lang, const in order:
        out.write(lang.lower() + "\t" + consts[const] + "\n")
    assert len(order) == 37, len(order)
else:
    sys.exit("usage: whatlang_profiles.py profiles|alphabets")
