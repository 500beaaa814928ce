"""The NER eval gate: entity F1 of the shipped model on fixed slices stays above pinned floors.

Floors live in `eval_gate_ner.json`; a floor is raised when the model improves and never lowered without
saying why in the commit. The dev slice is the first sentences of the held-out tail of ANERcorp's training
portion; the AQMAR slice is out-of-domain Wikipedia text the model never trains on.
"""
import json
from functools import cache
from pathlib import Path

import pytest
from conftest import DATA, need

from rasid.ner.conll import read_conll, split_dev
from rasid.ner.tagger import default_tagger
from rasid.ner.train import ANERCORP, AQMAR, evaluate

GATE = json.loads((Path(__file__).parent / "eval_gate_ner.json").read_text(encoding="utf-8"))


def dev_slice():
    _, dev = split_dev(read_conll(need(DATA / ANERCORP)))
    return dev[:GATE["dev"]["sentences"]]


def aqmar_slice():
    folder = need(DATA / AQMAR)
    return [s for name in GATE["aqmar"]["files"] for s in read_conll(folder / name, keep_misc=False)]


@cache
def gate_scores(split):
    if split == "dev":
        return evaluate(default_tagger(), dev_slice())
    return evaluate(default_tagger(), aqmar_slice(), keep_misc=False)


@pytest.mark.parametrize("split,label", [(split, label) for split in ("dev", "aqmar")
                                         for label in GATE[split]["floors"]])
def test_ner_gate_f1_above_floor(split, label):
    f1 = gate_scores(split).prf(None if label == "overall" else label)[2]
    assert f1 >= GATE[split]["floors"][label], f"{split} {label} F1 {f1:.3f} fell below the floor"
