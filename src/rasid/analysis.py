"""`rasid.analyze`: inputs to a `Story`, the library function under the `rasid analyze` command.

The per-document work lives in `rasid.processing` (re-exported here); this module streams it through an
executor (`rasid.execution`) and runs the corpus steps over the finished documents. Failures are values: a
document that cannot be read or analysed is recorded with its reason and the run goes on.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .corpus import StoryContext
from .corpus.reuse import Previous, changed_stories, merge_records, story_inputs
from .corpus.story_exports import tag_with_story
from .errors import RasidError
from .execution import local_executor, map_forked
from .ingest import RawInput, iter_inputs
from .model import DocMeta, Document
from .processing import ProgressHook, analyze_documents, process_batch, process_input
from .registry import CORPUS_STEPS, DOCUMENT_STEPS, STORY_STEPS
from .settings import AnalysisOptions
from .story import Story

#: told the name of each corpus step as it starts
StepHook = Callable[[str], None]

__all__ = ["ProgressHook", "StepHook", "analyze", "analyze_documents", "analyze_inputs", "analyze_stream", "build_story", "process_batch",
           "process_input"]


def build_story(documents: list[Document], options: AnalysisOptions, failures: list[RasidError] | None = None,
                previous: Previous | None = None, on_step: StepHook | None = None) -> Story:
    """Run every corpus step over finished documents and assemble the story.

    With `previous` (an earlier run's story inputs and story-step records, `Store.previous`), the story steps
    rerun only for the stories whose inputs changed and keep the others' records: the same story as a full run.
    `on_step` is told the name of each step as it starts (a progress display).
    """
    documents = dedupe_by_id(documents)
    context = StoryContext(documents, options)
    side_by_side = DOCUMENT_STEPS if options.worker_count() > 1 and len(documents) >= PARALLEL_MIN_DOCUMENTS else ()
    if side_by_side:
        if on_step:
            on_step(", ".join(side_by_side))
        run_side_by_side(context, side_by_side)
    for name, step in CORPUS_STEPS.items():
        if name not in STORY_STEPS and name not in side_by_side:
            if on_step:
                on_step(name)
            context.results[name] = step(context)
    inputs = story_inputs(context.documents, context.results, options)
    run_story_steps(context, inputs, previous, on_step)
    tag_with_story(context)
    return Story(context.documents, dict(context.results), list(failures or []), inputs)


def run_side_by_side(context: StoryContext, names: tuple[str, ...]) -> None:
    """Run corpus steps that read only the documents (`DOCUMENT_STEPS`) on forked workers, one step each, and
    take back their records and the documents' metadata a step set (grouping gives each document its story)."""
    def run(name: str) -> tuple[list[dict[str, Any]], list[DocMeta] | None]:
        before = context.documents
        records = CORPUS_STEPS[name](context)
        return records, None if context.documents is before else [d.meta for d in context.documents]

    for name, (records, metas) in zip(names, map_forked(run, list(names), len(names))):
        context.results[name] = records
        if metas is not None:
            context.documents = [Document(d.id, d.text, meta, d.layers) for d, meta in zip(context.documents, metas)]


def run_story_steps(context: StoryContext, inputs: dict[str, str], previous: Previous | None,
                    on_step: StepHook | None = None) -> None:
    """The story steps over the stories whose `inputs` differ from `previous` (every story without it), the
    other stories' records kept from `previous`, each field ordered as a full run orders it."""
    changed = changed_stories(inputs, previous.inputs) if previous else set(inputs)
    unchanged = inputs.keys() - changed

    def tell(name: str) -> None:
        if on_step:
            on_step(f"{name} ({len(changed)} of {len(inputs)} stories)" if previous else name)

    parts = story_parts(context.documents, changed, context.options.worker_count())
    if len(parts) > 1:  # on forked workers, a part of the stories each
        tell(", ".join(STORY_STEPS))
        computed = map_forked(lambda stories: story_step_records(context, stories), parts, len(parts))
    elif unchanged:
        computed = [story_step_records(context, changed, tell)]
    else:  # every story afresh in this process: nothing to cut or merge
        for name in STORY_STEPS:
            tell(name)
            context.results[name] = CORPUS_STEPS[name](context)
        return
    for name, order in STORY_STEPS.items():
        fresh = [record for records in computed for record in records[name]]
        kept = [r for r in previous.read(name) if r.get("story") in unchanged] if previous and unchanged else []
        context.results[name] = merge_records(fresh, kept, order(context.documents))


PARALLEL_MIN_DOCUMENTS = 300  # fewer documents' story steps than this run in this process: forking costs more


def story_parts(documents: list[Document], stories: set[str], workers: int) -> list[set[str]]:
    """`stories` in up to `workers` parts of about as many documents each (largest stories placed first, each in
    the lightest part), or in one part when they hold fewer than `PARALLEL_MIN_DOCUMENTS` documents."""
    sizes: dict[str, int] = {}
    for doc in documents:
        if doc.meta.story in stories:
            sizes[doc.meta.story] = sizes.get(doc.meta.story, 0) + 1
    count = min(workers, len(sizes)) if sum(sizes.values()) >= PARALLEL_MIN_DOCUMENTS else 1
    if count <= 1:
        return [set(stories)]
    parts: list[set[str]] = [set() for _ in range(count)]
    loads = [0] * count
    for story in sorted(sizes, key=lambda s: (-sizes[s], s)):
        lightest = loads.index(min(loads))
        parts[lightest].add(story)
        loads[lightest] += sizes[story]
    return parts


def story_step_records(context: StoryContext, stories: set[str], on_step: StepHook | None = None,
                       ) -> dict[str, list[dict[str, Any]]]:
    """Every story step's records for `stories` alone: each story's records are those a run over every story
    gives it (a story step reads only its story's documents and what was found in them)."""
    documents = [d for d in context.documents if d.meta.story in stories]
    part = StoryContext(documents, context.options, results_within(context.results, {d.id for d in documents}))
    for name in STORY_STEPS:
        if on_step:
            on_step(name)
        part.results[name] = CORPUS_STEPS[name](part) if part.documents else []
    return {name: part.results[name] for name in STORY_STEPS}


def results_within(results: dict[str, Any], doc_ids: set[str]) -> dict[str, Any]:
    """The corpus-wide steps' records as the story steps over `doc_ids` see them: the entities with their mentions
    in those documents (the others left out), the per-document records of those documents, the rest as it is (a
    story step reads nothing else, so its records are those of a run over everything)."""
    within: dict[str, Any] = {}
    for name, records in results.items():
        if name == "entities":
            kept = ({**e, "mentions": [m for m in e.get("mentions", []) if m["doc"] in doc_ids]} for e in records)
            within[name] = [e for e in kept if e["mentions"]]
        elif name in ("statements", "time_expressions", "quantities"):
            within[name] = [r for r in records if r.get("doc") in doc_ids]
        else:
            within[name] = records
    return within


def dedupe_by_id(documents: list[Document]) -> list[Document]:
    """Keep the first of documents with the same content id (the same input given twice)."""
    seen: set[str] = set()
    unique = []
    for doc in documents:
        if doc.id not in seen:
            seen.add(doc.id)
            unique.append(doc)
    return unique


def analyze(
    paths: Iterable[str | Path] | str | Path,
    options: AnalysisOptions | None = None,
    on_item: ProgressHook | None = None,
    **settings: Any,
) -> Story:
    """Analyse files, directories or JSON Lines archives and return the `Story`.

    Args:
        paths: one path or several; `-` reads stdin.
        options: an `AnalysisOptions`; keyword settings (`question=...`) override its fields.
        on_item: called with each finished document or failure (for progress reporting).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    options = dataclasses.replace(options, **settings) if options else AnalysisOptions(**settings)
    return analyze_inputs(iter_inputs(paths), options, on_item)


def analyze_inputs(inputs: Iterable[RawInput | RasidError], options: AnalysisOptions,
                   on_item: ProgressHook | None = None) -> Story:
    """`analyze` over inputs already read (`rasid.ingest.record_input` makes one from a record in memory)."""
    documents: list[Document] = []
    failures: list[RasidError] = []
    for item in analyze_stream(inputs, options, on_item):
        if isinstance(item, RasidError):
            failures.append(item)
        else:
            documents.append(item)
    return build_story(documents, options, failures)


def analyze_stream(
    inputs: Iterable[RawInput | RasidError], options: AnalysisOptions, on_item: ProgressHook | None = None,
) -> Iterator[Document | RasidError]:
    """Run the per-document work over a stream on `options.worker_count()` processes, in input order.

    A small run, or one worker, stays in this process; see `rasid.execution.local_executor`.
    """
    executor, stream = local_executor(inputs, options.stages, options.worker_count())
    try:
        for item in executor.map(stream):
            if on_item:
                on_item(item)
            yield item
    finally:
        executor.close()
