"""The corpus reader the seeded pick scripts draw from (`eval/picture/sample*.py`, `training/ner_news/sample.py`)."""
import json
import zipfile

from conftest import ROOT

from rasid.evaluation.saudinewsnet import busiest_outlets, urls_by_outlet


def write_day(folder, day, records):
    with zipfile.ZipFile(folder / f"{day}.zip", "w") as archive:
        archive.writestr(f"{day}.json", json.dumps(records, ensure_ascii=False))


def test_urls_by_outlet_keeps_what_the_filter_accepts_in_corpus_order(tmp_path):
    write_day(tmp_path, "2015-08-01", [{"source": "sabq", "url": "u1", "content": " نص طويل "},
                                       {"source": "okaz", "url": "u2", "content": "قصير"}])
    write_day(tmp_path, "2015-08-02", [{"source": "sabq", "url": "u3", "content": "نص آخر طويل"},
                                       {"source": "okaz", "url": "u4", "content": None}])
    seen = []
    by_outlet = urls_by_outlet(tmp_path, lambda day, url, content: seen.append(content) or len(content) > 5)
    assert by_outlet == {"sabq": [("2015-08-01", "u1"), ("2015-08-02", "u3")]}
    assert seen == ["نص طويل", "قصير", "نص آخر طويل", ""]  # stripped, a missing text as empty


def test_busiest_outlets_break_ties_by_name():
    by_outlet = {"b": [("d", "1")], "a": [("d", "2")], "c": [("d", "3"), ("d", "4")]}
    assert busiest_outlets(by_outlet, 2) == ["c", "a"]


def test_news_names_rounds_are_disjoint_and_outside_every_evaluation_set():
    import sys

    sys.path.insert(0, str(ROOT / "training" / "ner_news"))
    from sample import evaluation_urls, round_file

    seen: set[str] = set()
    number = 1
    while round_file("names", number).exists():
        picks = [a["url"] for a in json.loads(round_file("articles", number).read_text(encoding="utf-8"))["articles"]]
        names = json.loads(round_file("names", number).read_text(encoding="utf-8"))["articles"]
        assert [a["url"] for a in names] == picks  # one labelled entry per pick, in pick order
        assert not set(picks) & evaluation_urls(number) and not set(picks) & seen
        assert all(e["type"] in ("PER", "ORG", "LOC") and e["span"][0] < e["span"][1] for a in names for e in a["entities"])
        seen.update(picks)
        number += 1
    assert number > 10  # ten rounds labelled so far
