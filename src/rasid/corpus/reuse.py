"""Reusing a story's records: the story steps rerun only for the stories whose inputs changed.

The story steps (`rasid.registry.STORY_STEPS`: timeline, disagreements, questions, stances, summary) each
work story by story, and a story's records depend only on that story's documents and what the corpus-wide
steps before them (grouping, entities, statements) say about those documents. `story_inputs` condenses
exactly that into one digest a story: its documents and their copies, every entity mention in them with the
entity's id, type and name, their statements, and the options that change a story step. A run that has the
previous run's digests and records (`Previous`, read from the store) reruns the story steps over the stories
whose digest is new, and keeps the records of every other story as they were; `merge_records` puts the two
together in the order a full run gives, so the result is the same as recomputing everything (tested).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Document
from ..settings import AnalysisOptions


@dataclass(slots=True)
class Previous:
    """What an earlier run left for this one: each story's input digest, and a reader of one story step's saved
    records (called a field at a time, so only one field's old records are held at once)."""

    inputs: dict[str, str] = field(default_factory=dict)
    read: Callable[[str], list[dict[str, Any]]] = lambda name: []


def story_inputs(documents: list[Document], results: Mapping[str, list[dict[str, Any]]],
                 options: AnalysisOptions) -> dict[str, str]:
    """`{story id: digest}` of what the story steps read about each story (documents with a story only)."""
    mentions: dict[str, list[list[Any]]] = {}
    for entity in results.get("entities", []):
        for m in entity.get("mentions", []):
            mentions.setdefault(m["doc"], []).append([m["start"], m["end"], entity.get("id"), entity.get("type"),
                                                      entity.get("name")])
    statements: dict[str, list[dict[str, Any]]] = {}
    for record in results.get("statements", []):
        statements.setdefault(str(record.get("doc")), []).append(record)
    settings = run_settings(options)
    parts: dict[str, list[Any]] = {}
    for doc in documents:
        if doc.meta.story is not None:
            parts.setdefault(doc.meta.story, [settings]).append(
                [doc.id, doc.meta.duplicate_of, sorted(mentions.get(doc.id, [])), statements.get(doc.id, [])])
    return {story: digest(payload) for story, payload in parts.items()}


def run_settings(options: AnalysisOptions) -> list[Any]:
    """What of a run, besides its documents, the corpus steps' results depend on: rasid's version, its code and
    data as installed (`code_fingerprint`: an upgrade that keeps the version number still recomputes), and the
    options."""
    return [__version__, code_fingerprint(), options.question, options.fact_disagreements,
            sorted(map(str, options.extra.items()))]


#: the installed files whose content the results depend on: the code, the word lists and tables, the models
FINGERPRINTED = (".py", ".txt", ".tsv", ".json", ".gz")


@cache
def code_fingerprint() -> str:
    """A digest of rasid's installed code and data (the web page's files aside: they change no result)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if path.suffix in FINGERPRINTED and path.is_file() and relative.parts[0] != "web" \
                and "__pycache__" not in relative.parts:
            digest.update(str(relative).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def digest(payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def changed_stories(current: Mapping[str, str], previous: Mapping[str, str]) -> set[str]:
    """The stories whose inputs are new to this run (a story the previous run did not have included)."""
    return {story for story, value in current.items() if previous.get(story) != value}


def story_order(documents: Iterable[Document]) -> dict[str | None, int]:
    """Each story's rank: the order in which a full run meets the stories (that of their first document)."""
    ranks: dict[str | None, int] = {}
    for doc in documents:
        ranks.setdefault(doc.meta.story, len(ranks))
    return ranks


def by_story_rank(documents: list[Document]) -> Callable[[dict[str, Any]], Any]:
    """Sort key of a record of a story step that lists its stories one after another."""
    ranks = story_order(documents)
    return lambda record: ranks.get(record.get("story"), len(ranks))


def by_date_then_source(documents: list[Document]) -> Callable[[dict[str, Any]], Any]:
    """Sort key of a timeline item: its date, then the position of its first source's document and offset."""
    positions = {doc.id: i for i, doc in enumerate(documents)}
    return lambda item: (item.get("date") or "", positions.get(str(item.get("doc")), len(positions)), item.get("start", 0))


def merge_records(fresh: list[dict[str, Any]], kept: list[dict[str, Any]],
                  key: Callable[[dict[str, Any]], Any]) -> list[dict[str, Any]]:
    """The records of the stories recomputed and of those kept, in the order a full run gives (`key`, stable,
    with a recomputed story's own records in the order its step gave them)."""
    return sorted(kept + fresh, key=key)
