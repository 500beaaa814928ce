"""Disagreements judged by hand: precision of what `rasid analyze` reports on two days of SaudiNewsNet.

Two days of the corpus (2015-08-06 and 2015-08-07: 4,631 articles from 14 outlets, each fed with its
`published` date) go through `rasid.analyze`; the disagreements it reports are sampled by a fixed seed and each
was judged by reading its sentences (`eval/disagreements/judged.json`: the claims' urls and offsets, the
verdict and a reason; no article text). A disagreement is real when two of its claims are about the same thing,
with the same scope, at the same time, and incompatible. Recall is not measured: that needs every disagreement
of the two days found by hand.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .feed import through_analyze
from .picture import ratio
from .saudinewsnet import iter_days

HERE = Path(__file__).resolve().parents[3] / "eval" / "disagreements"
DAYS = ("2015-08-06", "2015-08-07")
SEED = 20261206
SAMPLE = 60


def records(shared: Path) -> Iterator[dict[str, Any]]:
    for day, record in iter_days(shared / "data" / "news_saudinewsnet" / "dataset"):
        if day in DAYS and (record.get("content") or "").strip():
            yield {"text": record["content"], "url": record["url"], "published": record["date_extracted"][:10]}


def reported(shared: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The disagreements `rasid analyze` reports on the two days, and the documents by id."""
    story = through_analyze(records(shared)).to_dict()
    return story["disagreements"], {d["id"]: d for d in story["documents"]}


def key_of(item: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    """A disagreement's identity across runs: its claims' urls and offsets."""
    return "|".join(sorted(f"{documents[c['doc']]['url']}@{c['start']}-{c['end']}" for c in item["claims"]))


def sample(items: list[dict[str, Any]]) -> list[int]:
    return random.Random(SEED).sample(range(len(items)), min(SAMPLE, len(items)))


def evaluate(shared: Path, judged_path: Path = HERE / "judged.json") -> dict[str, Any]:
    """Precision over the judged disagreements that are still reported, and how many reported ones were
    never judged (new since the judging)."""
    judged = {j["key"]: j for j in json.loads(judged_path.read_text(encoding="utf-8"))["judged"]}
    items, documents = reported(shared)
    keys = [key_of(item, documents) for item in items]
    seen = [judged[k] for k in keys if k in judged]
    real = sum(j["verdict"] == "real" for j in seen)
    by_kind: dict[str, list[int]] = {}
    for item, key in zip(items, keys, strict=True):
        if key in judged:
            counts = by_kind.setdefault(item["kind"], [0, 0])
            counts[0] += judged[key]["verdict"] == "real"
            counts[1] += 1
    return {"reported": len(items), "judged_still_reported": len(seen), "real": real,
            "precision": ratio(real, len(seen)),
            "judged_no_longer_reported": len(judged) - len(seen), "by_kind": by_kind}
