"""The judged disagreement sets and the scorer of `rasid eval disagreements`, on made-up reports."""
from __future__ import annotations

import json

import pytest

from rasid.evaluation import disagreements as evaluation


def test_both_judged_sets_hold_keys_verdicts_and_no_text():
    for half, path in evaluation.JUDGED.items():
        judged = json.loads(path.read_text(encoding="utf-8"))["judged"]
        keys = [j["key"] for j in judged]
        assert len(keys) == len(set(keys)), half
        for j in judged:
            verdicts = j.get("verdicts") or [j["verdict"]]
            assert set(verdicts) <= {"real", "false"}
            assert set(j) <= {"key", "kind", "verdict", "verdicts", "reason", "reasons", "round", "before", "after"}


@pytest.mark.parametrize(("verdicts", "strict", "lenient"), [
    (["real", "real"], True, True), (["real", "false"], False, True), (["false", "false"], False, False)])
def test_a_disagreement_is_real_strictly_when_every_reader_says_so(verdicts, strict, lenient):
    judgment = {"verdicts": verdicts}
    assert evaluation.is_real(judgment, "strict") is strict
    assert evaluation.is_real(judgment, "lenient") is lenient


def test_precision_counts_the_judged_ones_still_reported_and_recall_the_real_ones_found_before(tmp_path, monkeypatch):
    judged = [{"key": "u1@0-5", "kind": "number", "verdicts": ["real", "real"], "reasons": ["a", "a"], "before": True},
              {"key": "u2@0-5", "kind": "number", "verdicts": ["false", "false"], "reasons": ["b", "b"], "before": True},
              {"key": "u3@0-5", "kind": "fact", "verdicts": ["real", "false"], "reasons": ["c", "d"], "before": True},
              {"key": "u4@0-5", "kind": "number", "verdicts": ["real", "real"], "reasons": ["e", "e"], "before": True}]
    path = tmp_path / "judged.json"
    path.write_text(json.dumps({"judged": judged}), encoding="utf-8")
    monkeypatch.setitem(evaluation.JUDGED, "test", path)
    items = [{"kind": "number", "claims": [{"doc": f"d{n}", "start": 0, "end": 5}]} for n in (1, 2, 3, 9)]
    documents = {f"d{n}": {"url": f"u{n}"} for n in (1, 2, 3, 9)}
    monkeypatch.setattr(evaluation, "reported", lambda shared, half: (items, documents))
    result = evaluation.evaluate(tmp_path, "test")
    assert (result["reported"], result["judged_still_reported"], result["never_judged"]) == (4, 3, 1)
    assert result["strict"] == {"real": 1, "precision": evaluation.ratio(1, 3), "real_found_before": 2, "still_reported": 1}
    assert result["lenient"]["real"] == 2 and result["lenient"]["real_found_before"] == 3
    assert result["errors"] == ["number: b"]
