"""`rasid.analyze`: inputs to a `Story`, the library function under the `rasid analyze` command.

The per-document work, `process_input`, is a pure function of one raw input and a pipeline, so the same
function serves a loop, worker processes and cluster workers. Failures are values: a document that cannot
be read or analysed is recorded with its reason and the run goes on.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .corpus import StoryContext
from .corpus.story_exports import tag_with_story
from .errors import IngestError, RasidError, StageError
from .ingest import RawInput, build_document, iter_inputs
from .model import Document
from .pipeline import Pipeline
from .registry import CORPUS_STEPS
from .settings import AnalysisOptions
from .story import Story

ProgressHook = Callable[[Document | RasidError], None]


def process_input(raw: RawInput, pipeline: Pipeline) -> Document | RasidError:
    """Clean and analyse one input; every failure comes back as an error value with its context."""
    doc = _build(raw)  # a bug in cleaning must not stop the other documents: it comes back as a value too
    return doc if isinstance(doc, RasidError) else _run_alone(doc, pipeline)


def process_batch(batch: Sequence[RawInput | RasidError], pipeline: Pipeline) -> list[Document | RasidError]:
    """`process_input` over a batch, in order; errors already in the batch pass through.

    When a stage batches (`Stage.pipe`), the batch's cleaned documents go through the pipeline together; if
    that fails, each document is run alone so that the failure is pinned on the document that caused it.
    """
    if not pipeline.batches:
        return [raw if isinstance(raw, RasidError) else process_input(raw, pipeline) for raw in batch]
    built = [raw if isinstance(raw, RasidError) else _build(raw) for raw in batch]
    docs = [item for item in built if isinstance(item, Document)]
    analysed: Iterator[Document | RasidError]
    try:
        analysed = iter(pipeline.pipe(docs))
    except StageError:
        analysed = iter([_run_alone(doc, pipeline) for doc in docs])
    return [next(analysed) if isinstance(item, Document) else item for item in built]


def _build(raw: RawInput) -> Document | RasidError:
    try:
        return build_document(raw)
    except IngestError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - as in process_input
        return IngestError(raw.source, f"cleaning failed: {type(exc).__name__}: {exc}")


def _run_alone(doc: Document, pipeline: Pipeline) -> Document | RasidError:
    try:
        return pipeline(doc)
    except StageError as exc:
        return exc


def analyze_documents(
    inputs: Iterable[RawInput | IngestError], pipeline: Pipeline, on_item: ProgressHook | None = None,
) -> Iterator[Document | RasidError]:
    """Run `process_input` over a stream of inputs in this process."""
    for raw in inputs:
        item = raw if isinstance(raw, RasidError) else process_input(raw, pipeline)
        if on_item:
            on_item(item)
        yield item


def build_story(documents: list[Document], options: AnalysisOptions, failures: list[RasidError] | None = None) -> Story:
    """Run every corpus step over finished documents and assemble the story."""
    documents = dedupe_by_id(documents)
    context = StoryContext(documents, options)
    for name, step in CORPUS_STEPS.items():
        context.results[name] = step(context)
    tag_with_story(context)
    return Story(context.documents, dict(context.results), list(failures or []))


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
    documents: list[Document] = []
    failures: list[RasidError] = []
    for item in analyze_stream(iter_inputs(paths), options, on_item):
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
    from .execution import local_executor  # execution imports this module

    executor, stream = local_executor(inputs, options.stages, options.worker_count())
    try:
        for item in executor.map(stream):
            if on_item:
                on_item(item)
            yield item
    finally:
        executor.close()
