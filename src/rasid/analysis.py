"""`rasid.analyze`: inputs to a `Story`, the library function under the `rasid analyze` command.

The per-document work, `process_input`, is a pure function of one raw input and a pipeline, so the same
function serves a loop, worker processes and cluster workers. Failures are values: a document that cannot
be read or analysed is recorded with its reason and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .corpus import StoryContext
from .corpus.story_exports import tag_with_story
from .errors import IngestError, RasidError, StageError
from .ingest import RawInput, build_document, iter_inputs
from .model import Document
from .pipeline import Pipeline
from .registry import CORPUS_STEPS, build_pipeline
from .settings import AnalysisOptions
from .story import Story

ProgressHook = Callable[[Document | RasidError], None]


def process_input(raw: RawInput, pipeline: Pipeline) -> Document | RasidError:
    """Clean and analyse one input; every failure comes back as an error value with its context."""
    try:
        doc = build_document(raw)
    except IngestError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a bug in cleaning must not stop the other documents
        return IngestError(raw.source, f"cleaning failed: {type(exc).__name__}: {exc}")
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
    options = options or AnalysisOptions(**settings)
    pipeline = build_pipeline(options.stages)
    documents: list[Document] = []
    failures: list[RasidError] = []
    for item in analyze_documents(iter_inputs(paths), pipeline, on_item):
        (failures if isinstance(item, RasidError) else documents).append(item)
    return build_story(documents, options, failures)
