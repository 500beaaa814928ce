"""The judged summary-source sets and the scorer of `rasid eval summary`, on a made-up analysis."""
from __future__ import annotations

import json

import pytest

from rasid.evaluation import summary as evaluation


@pytest.mark.parametrize("half", ["dev", "test"])
def test_each_judged_set_has_two_verdicts_a_source_and_no_text(half):
    _, path = evaluation.SETS[half]
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    for judged in json.loads(path.read_text(encoding="utf-8"))["judged"]:
        assert len(judged["sources"]) == len(judged["verdicts"]) > 0
        assert all(len(v) == 2 and set(v) <= {"supports", "not"} for v in judged["verdicts"])
        assert not any("\u0600" <= ch <= "\u06ff" for ch in judged["reason"])


class FakeStory:
    def __init__(self, export):
        self.export = export

    def to_dict(self):
        return self.export


def test_precision_counts_the_judged_sources_still_given(tmp_path, monkeypatch):
    judged = {"judged": [{"key": "u1@0-10", "sources": ["u2@0-10", "u3@0-10"], "verdicts": [["supports", "supports"],
                                                                                         ["not", "not"]],
                          "reason": "x"}]}
    path = tmp_path / "judged.json"
    path.write_text(json.dumps(judged), encoding="utf-8")
    monkeypatch.setitem(evaluation.SETS, "test", (("2015-07-22",), path))
    export = {"documents": [{"id": f"d{n}", "url": f"u{n}"} for n in (1, 2, 3)],
              "summary": [{"sources": [{"doc": "d1", "start": 0, "end": 10}, {"doc": "d2", "start": 0, "end": 10}]}]}
    monkeypatch.setattr(evaluation, "day_records", lambda shared, days: [])
    monkeypatch.setattr(evaluation, "through_analyze", lambda records: FakeStory(export))
    result = evaluation.evaluate(tmp_path, "test")
    assert result["further_sources_still_given"] == 1 and result["strict"]["supporting"] == 1
    assert result["strict"]["precision"] == evaluation.ratio(1, 1) and result["errors"] == []
