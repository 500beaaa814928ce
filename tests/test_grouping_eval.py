"""The grouping evaluation: its scorer on hand-made clusterings, and the labelled set's integrity."""
from __future__ import annotations

import json

import pytest
from conftest import DATA, ROOT, need

from rasid.evaluation.grouping import bcubed, grouping_errors, load_articles, whole_and_mixed

SET = ROOT / "eval" / "grouping"


def test_bcubed_of_a_perfect_clustering_is_one():
    gold = ["a", "a", "b", "c"]
    assert bcubed(gold, ["x", "x", "y", "z"]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_bcubed_of_one_merged_cluster():
    # all four in one system story: precision per item is its gold story's share of the four
    scores = bcubed(["a", "a", "b", "c"], ["x", "x", "x", "x"])
    assert scores["precision"] == pytest.approx((0.5 + 0.5 + 0.25 + 0.25) / 4)
    assert scores["recall"] == 1.0


def test_bcubed_of_all_singletons():
    scores = bcubed(["a", "a", "b"], ["x", "y", "z"])
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_kept_whole_and_mixed_count_stories_of_two_or_more():
    gold = ["a", "a", "b", "b", "c"]
    found = ["x", "x", "y", "z", "z"]  # a whole; b split; z mixes b and c
    assert whole_and_mixed(gold, found) == {"labelled_stories": 2, "kept_whole": 1, "system_stories": 2, "mixed": 1}


def test_labels_cover_the_set_and_hold_no_text():
    picked = json.loads((SET / "articles.json").read_text(encoding="utf-8"))["articles"]
    labels = json.loads((SET / "labels.json").read_text(encoding="utf-8"))
    assert {p["url"] for p in picked} == set(labels["articles"])
    assert set(labels["articles"].values()) <= set(labels["stories"])
    assert {p["half"] for p in picked} == {"dev", "test"} and len(picked) >= 400
    keys = list(labels["stories"]) + list(labels["articles"].values()) + list(labels["stories"].values())
    assert not any("\u0600" <= ch <= "\u06ff" for key in keys for ch in key)


def test_long_running_stories_are_in_the_set():
    need(DATA / "news_saudinewsnet" / "dataset")
    from datetime import date

    days: dict[str, list[date]] = {}
    for article in load_articles(DATA.parent):
        days.setdefault(article.story, []).append(date.fromisoformat(article.record["published"]))
    longer_than_a_week = [s for s, d in days.items() if (max(d) - min(d)).days > 7]
    assert len(longer_than_a_week) >= 10


def test_errors_name_split_and_mixed_stories():
    class Labelled:
        def __init__(self, story):
            self.story = story

    errors = grouping_errors([Labelled("a"), Labelled("a"), Labelled("b")], ["x", "y", "y"])
    assert errors == ["split a: [1, 1]", "mixed y: {'a': 1, 'b': 1}"]


def test_rasid_eval_grouping_scores_a_half(capsys):
    need(DATA / "news_saudinewsnet" / "dataset")
    from rasid.cli import main

    assert main(["eval", "grouping", "--half", "dev", "--json", "--shared", str(DATA.parent)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 240 and result["failed"] == 0
    assert 0 < result["precision"] <= 1 and 0 < result["recall"] <= 1
    assert result["kept_whole"] <= result["labelled_stories"] and result["mixed"] <= result["system_stories"]
