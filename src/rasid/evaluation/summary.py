"""Summary sources judged by hand: does each further source of a summary sentence state the same thing?

Two days of SaudiNewsNet go through `rasid.analyze`; 40 summary sentences with further sources were sampled by a
fixed seed, and two readers judged each further source independently (the sentences' urls and offsets, the
verdicts and a reason; no article text):

- `dev`: 2015-08-10/11 (`eval/summary/judged.json`), judged with the rules before `SOURCE_JACCARD`, whose
  overlaps chose it;
- `test`: 2015-07-22/23 (`eval/summary/judged_test.json`), days never read, judged after it was fixed.
 A further source supports its sentence when it states the same fact or
event (it may say less, more or otherwise), and not when it only shares words or a topic, tells another event or
time, or contradicts it. Reported: the share of the judged further sources still given that support their
sentence, by both readers (`strict`) or by either (`lenient`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .disagreements import day_records
from .feed import through_analyze
from .picture import ratio

HERE = Path(__file__).resolve().parents[3] / "eval" / "summary"
SETS = {"dev": (("2015-08-10", "2015-08-11"), HERE / "judged.json"),
        "test": (("2015-07-22", "2015-07-23"), HERE / "judged_test.json")}


def source_key(source: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    return f"{documents[source['doc']]['url']}@{source['start']}-{source['end']}"


def evaluate(shared: Path, half: str = "test") -> dict[str, Any]:
    """Support among the judged further sources that are still given, and how many judged lines are gone."""
    days, judged_path = SETS[half]
    judged = {j["key"]: j for j in json.loads(judged_path.read_text(encoding="utf-8"))["judged"]}
    export = through_analyze(day_records(shared, days)).to_dict()
    documents = {d["id"]: d for d in export["documents"]}
    given: dict[str, list[str]] = {}
    for line in export["summary"]:
        key = source_key(line["sources"][0], documents)
        if key in judged:
            given[key] = [source_key(s, documents) for s in line["sources"][1:]]
    counts = {"strict": 0, "lenient": 0}
    still = 0
    errors = []
    for key, judgment in judged.items():
        for source, verdicts in zip(judgment["sources"], judgment["verdicts"], strict=True):
            if source not in given.get(key, []):
                continue
            still += 1
            counts["strict"] += all(v == "supports" for v in verdicts)
            counts["lenient"] += any(v == "supports" for v in verdicts)
            if not any(v == "supports" for v in verdicts):
                errors.append(f"{key} <- {source}: {judgment['reason']}")
    return {"half": half, "days": list(days), "summary_lines_judged": len(judged), "still_given": len(given), "further_sources_still_given": still,
            "strict": {"supporting": counts["strict"], "precision": ratio(counts["strict"], still)},
            "lenient": {"supporting": counts["lenient"], "precision": ratio(counts["lenient"], still)},
            "errors": errors}
