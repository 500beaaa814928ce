"""The story steps on the analysed sample corpus (five outlets on the coalition in Iraq)."""
from __future__ import annotations

import pytest


def test_sample_is_one_story(sample_export):
    assert len(sample_export["stories"]) == 1
    assert {d["story"] for d in sample_export["documents"]} == {sample_export["stories"][0]["id"]}


def test_sample_finds_86_against_87_states_with_both_sources(sample_export):
    found = [d for d in sample_export["disagreements"] if sorted(c["value"] for c in d["claims"]) == [86, 87]]
    assert len(found) == 1
    assert len({c["doc"] for c in found[0]["claims"]}) == 2


@pytest.mark.parametrize("year", ["2014", "2023", "2024", "2025", "2026"])
def test_sample_timeline_has_milestone(sample_export, year):
    assert any(item["date"].startswith(year) for item in sample_export["timeline"])


def test_sample_timeline_oldest_first(sample_export):
    dates = [item["date"] for item in sample_export["timeline"]]
    assert dates == sorted(dates)


def test_sample_timeline_tells_the_2026_withdrawal_is_a_deadline(sample_export):
    items = [i for i in sample_export["timeline"] if i["date"].startswith("2026")]
    assert items and all(i["kind"] in ("deadline", "planned") for i in items)


@pytest.mark.parametrize(("name", "stance"), [
    ("ماجد شنكالي", "favor"),
    ("توماس إيريك", "favor"),
    ("مارك كيميت", "favor"),
])
def test_sample_stances_of_actors_who_state_a_position(sample_export, name, stance):
    found = {s["name"]: s for s in sample_export["stances"]}
    assert found[name]["stance"] == stance and found[name]["evidence"]


def test_sample_stances_share_the_detected_question(sample_export):
    assert {s["target"] for s in sample_export["stances"]} == {"بقاء قوات التحالف الدولي في العراق"}


def test_sample_summary_sentences_all_have_exact_sources(sample_export):
    texts = {d["id"]: d["text"] for d in sample_export["documents"]}
    assert 5 <= len(sample_export["summary"]) <= 8
    for line in sample_export["summary"]:
        assert line["sources"]
        first = line["sources"][0]
        assert texts[first["doc"]][first["start"]:first["end"]] == line["text"]
