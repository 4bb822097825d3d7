"""newstext from Python: the seeds, offsets, errors, batches, threads."""

import datetime
import json
import os
import random
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import newstext

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
VI = "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6 tại Hà Nội.\n\nĐại tướng Phan Văn Giang chủ trì."


def test_seeds_parse_to_the_json_the_rust_example_prints():
    assert SEEDS, "seeds/ holds the seed articles"
    out = subprocess.run(
        ["cargo", "run", "--release", "--quiet", "--example", "parse", "--", *map(str, SEEDS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert len(out) == len(SEEDS)
    for path, line in zip(SEEDS, out):
        assert newstext.parse(path.read_text(encoding="utf-8")).to_json() == line
        # bytes in, the same article out.
        assert newstext.parse(path.read_bytes()).to_json() == line


def test_offsets_slice_vietnamese_text_as_str_and_bytes():
    a = newstext.parse(VI)
    raw = VI.encode("utf-8")
    assert a.blocks
    for b in a.blocks:
        assert VI[b.start : b.end] == b.text
        assert raw[b.start_byte : b.end_byte].decode("utf-8") == b.text
    an = newstext.analyze(a)
    for block in an.blocks:
        for t in block.tokens:
            assert VI[t.start : t.end] == t.text
        for s, e in block.sentences:
            assert VI[s:e].strip() == VI[s:e]
    for t in newstext.tokenize(VI):
        assert VI[t.start : t.end] == t.text
        assert raw[t.start_byte : t.end_byte].decode("utf-8") == t.text
    ws = newstext.words(VI)
    assert [w.text for w in ws[:4]] == ["Quang cảnh", "Hội nghị", "thứ trưởng", "quốc phòng"]
    for w in ws:
        assert VI[w.start : w.end] == w.text


def test_article_attributes_and_published_types():
    a = newstext.parse(SEEDS[0].read_text(encoding="utf-8"))
    assert a.lang == "en"
    assert a.title.startswith("Vietnam attends")
    assert isinstance(a.published, datetime.datetime) and a.published.tzinfo is None
    assert a.published == datetime.datetime(2014, 10, 7, 19, 34)
    kinds = {b.kind for b in a.blocks}
    assert {"title", "date", "paragraph", "caption"} <= kinds
    vi = [b for b in a.blocks if b.lang == "vi"]
    assert vi and vi[0].kind == "caption"
    only_date = newstext.parse("Hanoi talks\n\nMonday, October 7, 2014\n\nThe ministers met in Hanoi today.")
    assert only_date.published == datetime.date(2014, 10, 7)
    assert not isinstance(only_date.published, datetime.datetime)
    aware = newstext.parse("Hanoi talks\n\nJuly 5, 2019 | 01:58 pm GMT+7\n\nThe ministers met in Hanoi today.")
    assert aware.published.utcoffset() == datetime.timedelta(hours=7)


def test_to_dict_round_trips_the_json():
    for path in SEEDS:
        a = newstext.parse(path.read_text(encoding="utf-8"))
        assert a.to_dict() == json.loads(a.to_json())
        an = newstext.analyze(a)
        d = an.to_dict()
        assert d == json.loads(an.to_json())
        assert d["article"] == a.to_dict()


def test_errors_are_value_errors_with_kind_and_offset():
    with pytest.raises(newstext.NewstextError) as e:
        newstext.parse(b"Hanoi \xff news")
    assert isinstance(e.value, ValueError)
    assert e.value.kind == "invalid_utf8" and e.value.offset == 6
    with pytest.raises(newstext.NewstextError) as e:
        newstext.parse("  \n ")
    assert e.value.kind == "empty" and e.value.offset is None
    with pytest.raises(TypeError):
        newstext.parse(42)
    with pytest.raises(ValueError):
        newstext.normalize("x", preset="nope")
    with pytest.raises(newstext.NewstextError) as e:
        newstext.parse_many(["ok text.", ""])
    assert e.value.index == 1


def test_batches_keep_input_order():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 8
    random.Random(7).shuffle(texts)
    one_by_one = [newstext.parse(t).to_json() for t in texts]
    assert [a.to_json() for a in newstext.parse_many(texts)] == one_by_one
    analysed = newstext.analyze_many(texts)
    assert [a.to_json() for a in analysed] == [newstext.analyze(t).to_json() for t in texts]
    # Articles in, and failures as None on request.
    arts = newstext.parse_many(texts[:3])
    assert [a.to_json() for a in newstext.analyze_many(arts)] == [newstext.analyze(a).to_json() for a in arts]
    assert newstext.parse_many(["", "Hanoi news."], errors="none")[0] is None


def test_threads_share_the_module():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    want = [newstext.analyze(t).to_json() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: newstext.analyze(t).to_json(), texts * 4))
    assert got == want * 4


def test_detect_normalize_stem_words():
    d = newstext.detect("Quang cảnh Hội nghị thứ trưởng quốc phòng")
    assert d.lang == "vi" and 0 <= d.confidence <= 1 and isinstance(d.reliable, bool)
    assert newstext.detect("Komentar", context="id").lang == "id"
    assert newstext.normalize("Đà Nẵng") == "da nang"
    assert newstext.normalize("Đà Nẵng", preset="analysis") == "đà nẵng"
    assert newstext.stem("mengatakan", "id") == "kata"
    assert newstext.stem("ministers", "en") == "minist"
    assert newstext.stem("Hội", "vi") == "hội"
    assert [w.syllables for w in newstext.words("Thành phố Hồ Chí Minh")] == [2, 3]
    assert [t.kind for t in newstext.tokenize("Rp5.000 U.N.")] == ["symbol", "number", "acronym"]
    text = "Ông Nguyễn ở TP. Hồ Chí Minh. Bà đi Hà Nội."
    ss = newstext.sentences(text, lang="vi")
    assert [s.text for s in ss] == ["Ông Nguyễn ở TP. Hồ Chí Minh.", "Bà đi Hà Nội."]
    assert all(text[s.start : s.end] == s.text for s in ss)
