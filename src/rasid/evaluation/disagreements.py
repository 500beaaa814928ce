"""Disagreements judged by hand: precision of what `rasid analyze` reports on two days of SaudiNewsNet.

Two days of the corpus go through `rasid.analyze`, each article fed with its `published` date; the disagreements
it reports were judged by reading their sentences (the claims' urls and offsets, the verdict and a reason; no
article text). A disagreement is real when two of its claims are about the same thing, with the same scope, at
the same time, and incompatible.

- `dev`: 2015-08-06 and 2015-08-07 (4,631 articles, 14 outlets), `judged.json`: two rounds of samples, whose
  reasons guided the rules;
- `test`: 2015-08-10 and 2015-08-11 (3,362 articles), `judged_test.json`: every disagreement the rules report
  and a seeded sample of what the rules before them reported, judged by two readers independently after the
  rules were fixed; a disagreement counts as real when both readers say so (`strict`) or either (`lenient`).

Recall is not measured: that needs every disagreement of the days found by hand. On `test` the real ones the
earlier rules found, and whether the current rules still report them, give a relative recall.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .feed import through_analyze
from .picture import ratio
from .saudinewsnet import iter_days

HERE = Path(__file__).resolve().parents[3] / "eval" / "disagreements"
DAYS = {"dev": ("2015-08-06", "2015-08-07"), "test": ("2015-08-10", "2015-08-11")}
JUDGED = {"dev": HERE / "judged.json", "test": HERE / "judged_test.json"}
SEED = 20261206
SAMPLE = 60


def records(shared: Path, half: str = "dev") -> Iterator[dict[str, Any]]:
    return day_records(shared, DAYS[half])


def day_records(shared: Path, days: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The SaudiNewsNet articles of `days` with text, as JSON Lines records of `text`, `url` and `published`."""
    for day, record in iter_days(shared / "data" / "news_saudinewsnet" / "dataset"):
        if day in days and (record.get("content") or "").strip():
            yield {"text": record["content"], "url": record["url"], "published": record["date_extracted"][:10]}


def reported(shared: Path, half: str = "dev") -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The disagreements `rasid analyze` reports on the half's two days, and the documents by id."""
    story = through_analyze(records(shared, half)).to_dict()
    return story["disagreements"], {d["id"]: d for d in story["documents"]}


def key_of(item: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    """A disagreement's identity across runs: its claims' urls and offsets."""
    return "|".join(sorted(f"{documents[c['doc']]['url']}@{c['start']}-{c['end']}" for c in item["claims"]))


def sample(items: list[dict[str, Any]]) -> list[int]:
    return random.Random(SEED).sample(range(len(items)), min(SAMPLE, len(items)))


def evaluate(shared: Path, half: str = "dev") -> dict[str, Any]:
    """Precision over the judged disagreements that are still reported, how many reported ones were never
    judged (new since the judging), and on `test` the relative recall."""
    judged = {j["key"]: j for j in json.loads(JUDGED[half].read_text(encoding="utf-8"))["judged"]}
    items, documents = reported(shared, half)
    keys = [key_of(item, documents) for item in items]
    seen = [judged[k] for k in keys if k in judged]
    result: dict[str, Any] = {"half": half, "days": list(DAYS[half]), "reported": len(items),
                              "by_kind": dict(Counter(item["kind"] for item in items)),
                              "judged_still_reported": len(seen), "never_judged": len(items) - len(seen)}
    result["errors"] = [f"{j['kind']}: {(j.get('reasons') or [j.get('reason', '')])[0]}" for j in seen
                        if not is_real(j, "lenient")]
    for reading in ("strict", "lenient"):
        real = sum(is_real(j, reading) for j in seen)
        found_before = [j for j in judged.values() if j.get("before") and is_real(j, reading)]
        result[reading] = {"real": real, "precision": ratio(real, len(seen)),
                           "real_found_before": len(found_before),
                           "still_reported": sum(j["key"] in set(keys) for j in found_before)}
    return result


def is_real(judgment: dict[str, Any], reading: str) -> bool:
    """Real by one verdict (`verdict`), or by every reader (`strict`) or any (`lenient`) of several."""
    verdicts = judgment.get("verdicts") or [judgment["verdict"]]
    votes = [v == "real" for v in verdicts]
    return all(votes) if reading == "strict" else any(votes)
