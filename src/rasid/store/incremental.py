"""Incremental analysis into a store: analyse only what is new, commit as it goes, recompute the story.

An input whose content-derived id is already stored is skipped before any work is done on it. New
documents are committed in batches of `batch_size`, one transaction each, so a run killed mid-way keeps
every finished batch and the next run redoes only the rest. When every input is read, the corpus steps run
over all stored documents and their results replace the old ones in one transaction.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis import ProgressHook, build_story, process_input
from ..errors import RasidError
from ..ingest import iter_inputs
from ..model import Document
from ..registry import build_pipeline
from ..settings import AnalysisOptions
from ..story import Story
from .store import Store

BATCH_SIZE = 32  # documents a transaction: small enough that a kill loses little, large enough to be cheap


@dataclass(slots=True)
class IncrementalRun:
    """What one run did: the recomputed story, and how many inputs were new, already stored or failed."""

    story: Story
    added: int = 0
    skipped: int = 0
    failures: list[RasidError] = field(default_factory=list)


def analyze_into_store(
    paths: Iterable[str | Path], store: Store, options: AnalysisOptions | None = None,
    on_item: ProgressHook | None = None, batch_size: int = BATCH_SIZE,
) -> IncrementalRun:
    """Analyse the inputs not stored yet into `store`, then recompute and save the story over all of it."""
    options = options or AnalysisOptions()
    run = IncrementalRun(Story([]))
    run.added, run.skipped = _add_new(paths, store, options, run.failures, on_item, max(1, batch_size))
    run.story = build_story(list(store.documents()), options, run.failures)
    store.save_results(run.story)
    return run


def _add_new(paths: Iterable[str | Path], store: Store, options: AnalysisOptions, failures: list[RasidError],
             on_item: ProgressHook | None, batch_size: int) -> tuple[int, int]:
    pipeline = build_pipeline(options.stages)
    known = store.known_ids()
    added = skipped = 0
    batch: list[Document] = []
    for raw in iter_inputs(paths):
        if not isinstance(raw, RasidError) and raw.doc_id in known:
            skipped += 1
            continue
        item = raw if isinstance(raw, RasidError) else process_input(raw, pipeline)
        if on_item:
            on_item(item)
        if isinstance(item, RasidError):
            failures.append(item)
            continue
        known.add(item.id)
        batch.append(item)
        if len(batch) >= batch_size:
            added += store.add_documents(batch)
            batch = []
    return added + store.add_documents(batch), skipped
