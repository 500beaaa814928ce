"""The hand-judged stance sets: their form, and the scorer's matching rules (`rasid eval stances`)."""
import json
import re

import pytest

from rasid.evaluation.stances import SETS, evidence_key, side_right, stance_key

POSITIONS = {"favor", "against", "neutral", "unrelated"}
ACTORS = {"favor", "against", "mixed", "none"}


@pytest.mark.parametrize("path", [path for half in SETS.values() for _, path in half], ids=lambda p: p.name)
def test_judged_stances_hold_keys_and_verdicts_only(path):
    judged = json.loads(path.read_text(encoding="utf-8"))["judged"]
    assert len(judged) >= 10
    for entry in judged:
        assert set(entry) == {"key", "sample", "question_ok", "evidence", "actor_position", "reason"}
        assert entry["sample"] in ("start", "after", "final") and entry["question_ok"] in ("yes", "no")
        assert entry["actor_position"] in ACTORS
        assert entry["evidence"] and all(e["position"] in POSITIONS for e in entry["evidence"])
        assert not re.search("[\u0600-\u06ff]", entry["reason"])  # no article text, not even quoted words
        assert all(re.fullmatch(r".+@\d+-\d+", part) for part in entry["key"].split("|"))  # a url may hold a space


def test_a_stance_is_known_by_its_evidence_whatever_its_order():
    documents = {"a": {"url": "http://x/1"}, "b": {"url": "http://x/2"}}
    first = {"evidence": [{"doc": "a", "start": 5, "end": 9}, {"doc": "b", "start": 0, "end": 3}]}
    second = {"evidence": list(reversed(first["evidence"]))}
    assert stance_key(first, documents) == stance_key(second, documents) == "http://x/1@5-9|http://x/2@0-3"
    assert evidence_key(first["evidence"][1], documents) == "http://x/2@0-3"


@pytest.mark.parametrize("label, judged, right", [
    ("favor", "favor", True), ("favor", "against", False), ("neutral", "unrelated", True),
    ("neutral", "none", True), ("against", "none", False), ("mixed", "mixed", True),
])
def test_a_neutral_label_is_right_for_a_statement_that_takes_no_side(label, judged, right):
    assert side_right(label, judged) is right
