"""The evaluation gate for time expressions and quantities: rasid's scores on public cases stay above the
floors pinned in `eval_time_baseline.json` (the side-by-side with dateparser is `eval/eval_time.py`)."""
import json
from pathlib import Path

import pytest
from conftest import DATA, need

from rasid.evaluation.time_cases import (
    dateparser_time_cases,
    duckling_number_cases,
    duckling_time_cases,
    wojood_sentences,
)
from rasid.evaluation.time_scores import (
    NUMERIC,
    TEMPORAL,
    rasid_quantity_spans,
    rasid_time_spans,
    score_numbers,
    score_spans,
    score_time,
)

FLOORS = json.loads((Path(__file__).parent / "eval_time_baseline.json").read_text(encoding="utf-8"))
DUCKLING = DATA / "time_duckling_ar" / "duckling_ar_examples.tsv"
WOJOOD = DATA / "ner_wojood_sample"


@pytest.fixture(scope="module")
def wojood_val():
    return wojood_sentences(need(WOJOOD / "val.txt"), need(WOJOOD / "train.txt"))


def test_gate_duckling_time_accuracy():
    assert score_time(duckling_time_cases(need(DUCKLING)))["all"].accuracy >= FLOORS["duckling_time_accuracy"]


def test_gate_duckling_number_accuracy():
    assert score_numbers(duckling_number_cases(need(DUCKLING)))["all"].accuracy >= FLOORS["duckling_number_accuracy"]


def test_gate_dateparser_cases_accuracy():
    cases = dateparser_time_cases(need(DATA / "time_dateparser_ar" / "dateparser_ar_cases.tsv"))
    assert score_time(cases)["all"].accuracy >= FLOORS["dateparser_cases_accuracy"]


def test_gate_wojood_val_date_spans(wojood_val):
    score = score_spans(wojood_val, rasid_time_spans, TEMPORAL, ("DATE",))
    assert score.recall("DATE") >= FLOORS["wojood_val_date_recall"]
    assert score.precision >= FLOORS["wojood_val_time_precision"]


def test_gate_wojood_val_cardinal_spans(wojood_val):
    score = score_spans(wojood_val, rasid_quantity_spans, NUMERIC, ("CARDINAL",))
    assert score.recall("CARDINAL") >= FLOORS["wojood_val_cardinal_recall"]
    assert score.precision >= FLOORS["wojood_val_quantity_precision"]


def test_rasid_eval_time_gives_every_source_its_figures(tmp_path):
    from conftest import SHARED

    from rasid.evaluation.saudinewsnet import CorpusMissingError
    from rasid.evaluation.time_scores import evaluate

    need(DUCKLING)
    result = evaluate(SHARED)
    assert result["duckling_time"]["all"]["accuracy"] >= FLOORS["duckling_time_accuracy"]
    assert result["dateparser_tests"]["all"]["accuracy"] >= FLOORS["dateparser_cases_accuracy"]
    assert result["duckling_numbers"]["all"]["accuracy"] >= FLOORS["duckling_number_accuracy"]
    assert result["wojood_val"]["date_recall"] >= FLOORS["wojood_val_date_recall"]
    with pytest.raises(CorpusMissingError, match="time cases not found"):
        evaluate(tmp_path)
