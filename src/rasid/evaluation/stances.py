"""Stances judged by hand: are the positions `rasid analyze` reports right, and on a real question?

Two days of SaudiNewsNet go through `rasid.analyze`, each article fed with its url and publication date. Of the
stances it reports that take a side (`favor`, `against`, `mixed`), a sample drawn by a fixed seed was judged by
reading: whether the story's question is a real issue its articles are about (not a fragment), each evidence
statement's position toward the question as worded (`favor`, `against`, `neutral`, `unrelated`), and the
actor's overall position (`favor`, `against`, `mixed`, `none`). A judged stance is known by its evidence's urls
and offsets (no article text, no question text is kept):

- `dev`: 2015-08-06/07 (`eval/stances/judged.json`): two samples, one of the rules at the start of the tenth
  session and one of the rules after it; their errors guided those rules;
- `test`: 2015-07-22/23 (`eval/stances/judged_test.json`): days never read while the rules were written, a
  sample of the rules before and one of the rules after, judged once; and 2015-07-25/26
  (`eval/stances/judged_fresh.json`): every stance taking a side that the session's final rules report, judged
  once by two readers (the first reader's verdicts are kept), after the last rule was fixed.

Reported: among the judged stances still reported, the share on a real question, the share whose side is right,
and the share right *and* on a real question; and the share of their evidence statements labelled right (a
statement rasid calls `neutral` is right when judged neutral or unrelated).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .disagreements import day_records
from .feed import through_analyze
from .picture import ratio

HERE = Path(__file__).resolve().parents[3] / "eval" / "stances"
SETS = {"dev": ((("2015-08-06", "2015-08-07"), HERE / "judged.json"),),
        "test": ((("2015-07-22", "2015-07-23"), HERE / "judged_test.json"),
                 (("2015-07-25", "2015-07-26"), HERE / "judged_fresh.json"))}
SIDES = ("favor", "against", "mixed")


def evidence_key(evidence: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    return f"{documents[evidence['doc']]['url']}@{evidence['start']}-{evidence['end']}"


def stance_key(stance: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    """A stance's identity across runs: its evidence statements' urls and offsets."""
    return "|".join(sorted(evidence_key(e, documents) for e in stance["evidence"]))


def reported(shared: Path, days: tuple[str, ...]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The stances `rasid analyze` reports on these days, and the documents by id."""
    story = through_analyze(day_records(shared, days)).to_dict()
    return story["stances"], {d["id"]: d for d in story["documents"]}


def side_right(label: str, judged: str) -> bool:
    return label == judged or (label == "neutral" and judged in ("neutral", "unrelated", "none"))


def evaluate(shared: Path, half: str = "test") -> dict[str, Any]:
    """Each of the half's day pairs scored on its own (`sets`), the first pair's figures at the top."""
    sets = [evaluate_days(shared, days, path) for days, path in SETS[half]]
    return {**sets[0], "half": half, "sets": sets}


def evaluate_days(shared: Path, days: tuple[str, ...], path: Path) -> dict[str, Any]:
    """Precision of the stances that take a side, against the judgments still matching a reported stance."""
    judged = {j["key"]: j for j in json.loads(path.read_text(encoding="utf-8"))["judged"]}
    stances, documents = reported(shared, days)
    sided = [s for s in stances if s["stance"] in SIDES]
    matched = [(s, judged[k]) for s in sided if (k := stance_key(s, documents)) in judged]
    counts = {"question_ok": 0, "side_right": 0, "right_on_real_question": 0, "evidence": 0, "evidence_right": 0}
    errors = []
    for stance, judgment in matched:
        real = judgment["question_ok"] == "yes"
        right = side_right(stance["stance"], judgment["actor_position"])
        counts["question_ok"] += real
        counts["side_right"] += right
        counts["right_on_real_question"] += real and right
        positions = {e["key"]: e["position"] for e in judgment["evidence"]}
        for evidence in stance["evidence"]:
            position = positions.get(evidence_key(evidence, documents))
            if position is not None:
                counts["evidence"] += 1
                counts["evidence_right"] += side_right(evidence["stance"], position)
        if not (real and right):
            errors.append(f"{stance['stance']} (judged {judgment['actor_position']}, question "
                          f"{'real' if real else 'not real'}): {judgment.get('reason', '')}")
    n = len(matched)
    return {"days": list(days), "reported": len(stances), "taking_a_side": len(sided),
            "judged_still_reported": n, "never_judged": len(sided) - n,
            "question_ok": {"count": counts["question_ok"], "share": ratio(counts["question_ok"], n)},
            "side_right": {"count": counts["side_right"], "precision": ratio(counts["side_right"], n)},
            "right_on_real_question": {"count": counts["right_on_real_question"],
                                       "precision": ratio(counts["right_on_real_question"], n)},
            "evidence_right": {"count": counts["evidence_right"], "of": counts["evidence"],
                               "share": ratio(counts["evidence_right"], counts["evidence"])},
            "errors": errors}
