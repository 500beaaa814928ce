"""The timeline: dated events across all articles, merged across outlets, oldest first.

An event is a sentence holding a date (a `DATE` or `TIME` time expression whose TIMEX3 value has a year, or
whose missing year the article's publication date supplies) and enough words besides the date to say what
happened (a dateline or a heading is not an event; a duration is never one). Its `kind` is `deadline` when a
limit phrase stands right before the date (`بحلول سبتمبر 2026`), `planned` when the date lies after the
article's reference date or, with no reference, when the sentence speaks of a plan (cues in
`data/timeline_cues.json`), and `past` otherwise. Events of one story with the same date whose sentences
share enough content words are one item: `sources` lists every report, the top-level span is the first.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..model import Document, Span
from ..text.normalize import match_key
from .records import span_record
from .words import content_keys, enclosing_sentence, jaccard

EVENT_MIN_WORDS = 4  # content words a sentence needs besides its date to tell an event (not a dateline)
MERGE_JACCARD = 0.25  # content-word overlap at which two same-dated sentences report one event
MERGE_JACCARD_SHARED_ACTOR = 0.12  # a lower bar when both name the same actor
DEADLINE_WINDOW = 24  # characters before a date searched for a limit phrase (بحلول، حتى نهاية)
DEADLINE_GAP_WORDS = 1  # words allowed between the limit phrase and the date (بحلول نهاية | العام التالي)
DATED_TYPES = ("DATE", "TIME")
_YEARFUL = re.compile(r"^\d{4}(?:-\d{2}){0,2}(?:T[\d:]+)?$|^\d{4}-(?:Q[1-4]|H[12]|SU|SP|FA|WI)$")


@dataclass(slots=True)
class Event:
    """One dated sentence of one article, before merging."""

    date: str
    kind: str
    doc_index: int
    record: dict[str, Any]
    keys: frozenset[str]
    entities: set[str] = field(default_factory=set)
    story: str | None = None


@cache
def timeline_cues() -> dict[str, tuple[str, ...]]:
    raw = json.loads(resources.files("rasid.data").joinpath("timeline_cues.json").read_text(encoding="utf-8"))
    return {k: tuple(sorted({match_key(c) for c in v}, key=len, reverse=True)) for k, v in raw.items()
            if not k.startswith("_")}


def build_timeline(context: Any) -> list[dict[str, Any]]:
    """The corpus step: dated events of every document, merged across outlets, oldest first."""
    mentions = mention_index(context.results.get("entities", []))
    events = [event for i, doc in enumerate(context.documents) for event in document_events(doc, i, mentions)]
    groups = [sorted(g, key=lambda e: (e.doc_index, e.record["start"])) for g in merge_events(events)]
    groups.sort(key=lambda g: (g[0].date, g[0].doc_index, g[0].record["start"]))
    return [merged_item(group) for group in groups]


def mention_index(entities: list[dict[str, Any]]) -> dict[str, list[tuple[int, int, str]]]:
    """`doc id -> [(start, end, entity id)]` from the merged entities of the export."""
    index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in entities:
        for m in entity.get("mentions", []):
            index[m["doc"]].append((m["start"], m["end"], entity["id"]))
    return index


def entities_in(mentions: list[tuple[int, int, str]], span: Span) -> set[str]:
    return {eid for start, end, eid in mentions if span.start <= start and end <= span.end}


def document_events(doc: Document, doc_index: int, mentions: dict[str, list[tuple[int, int, str]]]) -> list[Event]:
    if not doc.has_layer("time_expressions"):
        return []
    events = []
    for expr in doc.layer("time_expressions"):
        date = event_date(expr, doc)
        if date is None:
            continue
        sentence = enclosing_sentence(doc, expr.start, expr.end)
        around = doc.text[sentence.start:expr.start] + " " + doc.text[expr.end:sentence.end]
        keys = content_keys(around)
        if len(keys) < EVENT_MIN_WORDS:
            continue
        record = span_record(doc, sentence)
        events.append(Event(date, event_kind(doc, expr, sentence, date), doc_index, record, frozenset(keys),
                            entities_in(mentions.get(doc.id, []), sentence), doc.meta.story))
    return events


def event_date(expr: Span, doc: Document) -> str | None:
    """The TIMEX3 value of a dating expression, its year filled from the publication date when missing."""
    value = str(expr.attrs.get("value") or "")
    if expr.label not in DATED_TYPES or not value:
        return None
    year = reference_year(doc, expr) if value.startswith("XXXX") else None
    if year:
        value = year + value[4:]
    return value if _YEARFUL.match(value) else None


def reference_year(doc: Document, expr: Span) -> str | None:
    reference = str(expr.attrs.get("anchor") or doc.meta.published or "")
    return reference[:4] if re.match(r"\d{4}", reference) else None


def event_kind(doc: Document, expr: Span, sentence: Span, date: str) -> str:
    cues = timeline_cues()
    before = match_key(doc.text[max(sentence.start, expr.start - DEADLINE_WINDOW):expr.start])
    if limit_phrase_before(before, cues["deadline"]):
        return "deadline"
    reference = str(expr.attrs.get("anchor") or doc.meta.published or "")
    if re.match(r"\d{4}", reference):
        return "planned" if date[:len(reference)] > reference[:len(date)] else "past"
    sentence_key = f" {match_key(doc.text[sentence.start:sentence.end])} "
    return "planned" if any(f" {c} " in sentence_key or f" {c}" in sentence_key for c in cues["planned"]) else "past"


def limit_phrase_before(before: str, phrases: tuple[str, ...]) -> bool:
    """A limit phrase ends at most `DEADLINE_GAP_WORDS` words before the date (`بحلول نهاية` + date)."""
    words = before.split()
    for gap in range(DEADLINE_GAP_WORDS + 1):
        head = " ".join(words[:len(words) - gap]) if gap else " ".join(words)
        if any(head == p or head.endswith(" " + p) for p in phrases):
            return True
    return False


def merge_events(events: list[Event]) -> list[list[Event]]:
    """Groups of events that report the same thing: blocked by (story, date), then by shared words."""
    blocks: dict[tuple[str | None, str], list[Event]] = defaultdict(list)
    for event in events:
        blocks[(event.story, event.date)].append(event)
    groups: list[list[Event]] = []
    for block in blocks.values():
        clusters: list[list[Event]] = []
        for event in block:
            home = next((c for c in clusters if same_event(c[0], event)), None)
            if home is None:
                clusters.append([event])
            elif all(e.record != event.record for e in home):
                home.append(event)
        groups += clusters
    return groups


def same_event(a: Event, b: Event) -> bool:
    overlap = jaccard(a.keys, b.keys)
    return overlap >= MERGE_JACCARD or (bool(a.entities & b.entities) and overlap >= MERGE_JACCARD_SHARED_ACTOR)


def merged_item(group: list[Event]) -> dict[str, Any]:
    """The item of a group sorted by document order: the first report is the top-level span."""
    first = group[0]
    kinds = Counter(e.kind for e in group)
    kind = max(kinds, key=lambda k: (kinds[k], k == first.kind))
    return {
        "date": first.date, **first.record, "kind": kind, "story": first.story,
        "entities": sorted(set().union(*(e.entities for e in group))),
        "sources": [e.record for e in group],
    }
