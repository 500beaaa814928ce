"""Corpus steps `time_expressions` and `quantities`: one export record a span of the stages' layers.

`{doc, start, end, text, type, value, anchor}` (plus `mod`, `relation`, `calendar`, `until` where known) and
`{doc, start, end, text, value, unit, relation}` (plus `low`, `high`, `approximate`, `currency`).
"""
from __future__ import annotations

from typing import Any

from . import StoryContext
from .records import layer_records

TIME_EXTRAS = ("mod", "relation", "calendar", "until")
QUANTITY_EXTRAS = ("low", "high", "approximate", "currency")


def time_expressions(context: StoryContext) -> list[dict[str, Any]]:
    records = []
    for doc in context.documents:
        for span, record in zip(doc.layer("time_expressions") if doc.has_layer("time_expressions") else (),
                                layer_records(doc, "time_expressions"), strict=True):
            core = {"type": span.label, "value": record["value"], "anchor": record.get("anchor")}
            records.append({**_pick(record, ("doc", "start", "end", "text")), **core, **_pick(record, TIME_EXTRAS)})
    return records


def quantities(context: StoryContext) -> list[dict[str, Any]]:
    records = []
    for doc in context.documents:
        for record in layer_records(doc, "quantities"):
            core = _pick(record, ("doc", "start", "end", "text"))
            core.update(value=record["value"], unit=record.get("unit"), relation=record.get("relation", "exact"))
            records.append({**core, **_pick(record, QUANTITY_EXTRAS)})
    return records


def _pick(record: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: record[key] for key in keys if record.get(key) is not None}
