"""The UD Arabic-PUD scorers of `rasid eval sentences` and `rasid eval tokens`, on hand-made cases and on PUD."""
from __future__ import annotations

import pytest
from conftest import DATA, SHARED, need

from rasid.evaluation import segmentation


def test_gold_ends_are_where_each_joined_sentence_ends():
    assert segmentation.gold_ends(["أ ب.", "ج د.", "هـ."]) == {4, 9}


def test_boundary_counts_score_a_splitter_against_joined_sentences():
    texts = ["قال الوزير إن الخطة جاهزة.", "وأضاف أن التنفيذ يبدأ غدا.", "وانتهى الاجتماع."]
    tp, fp, fn = segmentation.boundary_counts(texts, 3, lambda text: {len(texts[0])})
    assert (tp, fp, fn) == (1, 0, 1)


def test_clitics_that_touch_are_joined_into_one_word():
    text = "وفي أنه"
    spans = {(0, 1), (1, 3), (4, 6), (6, 7)}
    assert segmentation.join_clitics(text, spans) == {(0, 3), (4, 7)}


def test_a_missing_treebank_is_named():
    with pytest.raises(segmentation.CorpusMissingError, match="UD Arabic-PUD not found"):
        segmentation.evaluate_tokens(SHARED / "nowhere")


def test_the_splitter_and_tokenizer_hold_their_figures_on_pud():
    need(DATA / "ud_arabic_pud")
    assert segmentation.evaluate_sentences(SHARED)["rasid"]["f1"] >= 0.99
    assert segmentation.evaluate_tokens(SHARED)["f1"] >= 0.99
