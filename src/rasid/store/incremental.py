"""Incremental analysis into a store: analyse only what is new, commit as it goes, recompute the story.

An input whose content-derived id is already stored is skipped before any work is done on it. New
documents are committed in batches of `batch_size`, one transaction each, so a run killed mid-way keeps
every finished batch and the next run redoes only the rest. When every input is read, the corpus steps run
over all stored documents and their results replace the old ones in one transaction. The per-document work
runs on an executor (`rasid.execution`): local worker processes by default, a Dask cluster for
`rasid analyze --cluster` (`rasid.cluster`); results come back in input order whichever runs them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analysis import ProgressHook, StepHook, build_story
from ..corpus.reuse import changed_stories, run_settings
from ..errors import RasidError
from ..execution import Executor, batched, beside_forked, local_executor
from ..ingest import RawInput, iter_inputs
from ..model import Document
from ..settings import AnalysisOptions
from ..story import Story
from .store import Store

BATCH_SIZE = 32  # documents a transaction: small enough that a kill loses little, large enough to be cheap


@dataclass(slots=True)
class IncrementalRun:
    """What one run did: the recomputed story, how many inputs were new, already stored or failed, and how many
    stories had their story steps rerun (the others' records were kept)."""

    story: Story
    added: int = 0
    skipped: int = 0
    failures: list[RasidError] = field(default_factory=list)
    recomputed: int = 0
    exported: bool = False  # `beside_save` ran (its files were written, or `export_error` says why not)
    export_error: OSError | None = None


def analyze_into_store(
    paths: Iterable[str | Path], store: Store, options: AnalysisOptions | None = None,
    on_item: ProgressHook | None = None, batch_size: int = BATCH_SIZE, executor: Executor | None = None,
    on_step: StepHook | None = None, beside_save: Callable[[Story], Any] | None = None,
) -> IncrementalRun:
    """Analyse the inputs not stored yet into `store`, then recompute and save the story over all of it.

    The story steps rerun only for the stories the run changed (`rasid.corpus.reuse`; the same story as
    recomputing every one); `options.recompute` reruns them for every story. A run that adds nothing, with the
    settings of the saved story, takes that story as it is (`Store.current_story`).

    Args:
        executor: where the per-document work runs (default: `options.worker_count()` local processes, or
            this process for a small run); an executor given here is not closed.
        on_step: told the name of each corpus step, then `saving`, as it starts (a progress display).
        beside_save: what to do with the new story while the store saves it (the exports of `rasid analyze`):
            in a forked process beside the save when more than one worker is allowed, after it otherwise; an
            `OSError` it raises is kept in `export_error`. Not called when the saved story is taken as it is.
    """
    options = options or AnalysisOptions()
    run = IncrementalRun(Story([]))
    stream = skip_stored(iter_inputs(paths), store.known_ids(), run)
    own, stream = local_executor(stream, options.stages, options.worker_count()) if executor is None else (None, stream)
    runner = executor or own
    assert runner is not None  # one of the two is always set
    try:
        store_results(runner.map(stream), store, run, on_item, max(1, batch_size))
    finally:
        if own:
            own.close()
    settings = run_settings(options)
    saved = None if run.added or options.recompute else store.current_story(settings)
    if saved is not None:  # nothing new, same settings: the saved story is this run's
        run.story = Story(saved.documents, saved.results, run.failures, saved.inputs)
        return run
    previous = None if options.recompute else store.previous()
    run.story = build_story(list(store.documents()), options, run.failures, previous, on_step)
    run.recomputed = len(changed_stories(run.story.inputs, previous.inputs if previous else {}))
    if on_step:
        on_step("saving")
    if beside_save is None or not run.story.documents:  # no document at all: nothing to export
        store.save_results(run.story, settings)
        return run
    story = run.story
    _, outcome = beside_forked(lambda: beside_save(story), lambda: store.save_results(story, settings),
                               fork=options.worker_count() > 1)
    run.exported = True
    run.export_error = outcome if isinstance(outcome, OSError) else None
    return run


def skip_stored(inputs: Iterable[RawInput | RasidError], known: set[str], run: IncrementalRun,
                ) -> Iterator[RawInput | RasidError]:
    """The inputs whose content id is not in `known` (nor earlier in this run); the others count as skipped."""
    for item in inputs:
        if not isinstance(item, RasidError):
            if item.doc_id in known:
                run.skipped += 1
                continue
            known.add(item.doc_id)
        yield item


def store_results(results: Iterable[Document | RasidError], store: Store, run: IncrementalRun,
                  on_item: ProgressHook | None = None, batch_size: int = BATCH_SIZE) -> None:
    """Commit finished documents in batches, one transaction each; keep the failures in `run`."""
    for chunk in batched(results, batch_size):
        for item in chunk:
            if on_item:
                on_item(item)
        run.failures.extend(item for item in chunk if isinstance(item, RasidError))
        run.added += store.add_documents([item for item in chunk if isinstance(item, Document)])
