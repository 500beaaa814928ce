"""Hostile records and pages: each is analysed with its problem repaired or named, never a traceback, and one
bad record never costs another (the run goes on; the story holds every good article)."""
import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, need
from test_cli_inputs import ARTICLE, OTHER, run_cli

from rasid.ingest.sources import iter_inputs, record_input

GOOD = {"text": ARTICLE, "url": "https://www.youm7.com/story/2024/3/7/x/1"}


def records_file(tmp_path, lines, name="feed.jsonl"):
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("record, warning", [
    ({"text": ARTICLE, "title": "عنوان \ud800 مكسور"}, "lone surrogate"),
    ({"text": ARTICLE + "\ud83d"}, "lone surrogate"),
    ({"text": ARTICLE.replace("بغداد", "بغ\x00داد")}, "NUL"),
    ({"text": ARTICLE, "published": "not a date"}, "not a date"),
    ({"text": ARTICLE, "published": "2024-13-45"}, "not a date"),
    ({"text": ARTICLE, "published": ["2024"]}, "list, not text"),
    ({"text": ARTICLE, "title": {"ar": "عنوان"}}, "dict, not text"),
    ({"text": ARTICLE, "outlet": ["الجزيرة"]}, "list, not text"),
    ({"text": ARTICLE, "url": "javascript:alert(1)"}, "not an http(s) address"),
])
def test_a_bad_field_is_repaired_or_dropped_with_a_warning(record, warning):
    raw = record_input("feed.jsonl", record, line=1)
    assert any(warning in w for w in raw.fields["warnings"])
    assert all(isinstance(v, str) for k, v in raw.fields.items() if k != "warnings")
    assert "\ud800" not in raw.content and "\x00" not in raw.content


def test_json_nested_thousands_deep_is_named_not_raised(tmp_path):
    path = records_file(tmp_path, ["[" * 100_000 + "]" * 100_000, json.dumps(GOOD, ensure_ascii=False)])
    items = list(iter_inputs([path]))
    assert "nested too deeply" in str(items[0]) and items[1].content == ARTICLE


def test_utf16_json_lines_are_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + (json.dumps(GOOD, ensure_ascii=False) + "\n").encode("utf-16-le"))
    [raw] = list(iter_inputs([path]))
    assert raw.content == ARTICLE


def test_a_stray_nul_byte_does_not_make_a_text_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8").replace(b" ", b" \x00", 1))
    [raw] = list(iter_inputs([path]))
    assert raw.content == ARTICLE


def test_a_page_nested_ten_thousand_levels_still_gives_its_article(tmp_path, capsys):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{OTHER}</p>" + "</div>" * 10_000 + "</body></html>",
                    encoding="utf-8")
    status, err = run_cli([path, "--out", tmp_path / "out"], capsys)
    assert status == 0, err
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert story["documents"][0]["text"] == OTHER.strip()


def test_one_bad_record_costs_no_other(tmp_path, capsys):
    sample = need(SHARED / "corpus" / "iraq-coalition")
    feed = records_file(tmp_path, [
        json.dumps({"text": ARTICLE, "title": "\ud800"}),  # written as an escape: a lone surrogate once parsed
        "[" * 50_000,
        json.dumps({"text": OTHER, "published": "2024-13-45", "url": "javascript:alert(1)"}, ensure_ascii=False),
        "not json at all",
    ])
    out = tmp_path / "out"
    status, err = run_cli([sample, feed, "--out", out], capsys)
    assert status == 1 and f"{feed}:2" in err and f"{feed}:4" in err and "Traceback" not in err
    story = json.loads((out / "story.json").read_text(encoding="utf-8"))
    assert len(story["documents"]) == 5 + 2
    repaired = [d for d in story["documents"] if d["warnings"]]
    assert len(repaired) == 2 and all(d["url"] is None or d["url"].startswith("http") for d in story["documents"])
    tool = need(SHARED / "tools" / "check_story.py")
    checked = subprocess.run([sys.executable, str(tool), str(out / "story.json")], capture_output=True, text=True,
                             check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr



def test_a_slice_of_the_fuzz_run_gives_no_traceback_and_no_hang():
    need(SHARED / "corpus" / "iraq-coalition")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from fuzz_inputs import run

    result = run(inputs=40, seed=11, limit_s=60)
    assert set(result["counts"]) <= {"analysed", "named"}, result["defects"]
    assert sum(result["counts"].values()) == 40
