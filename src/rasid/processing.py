"""The per-document work: one raw input and a pipeline in, a `Document` or an error value out.

`process_input` is a pure function of its arguments, so the same function serves a loop in this process
(`rasid.analysis`), worker processes (`rasid.execution`) and cluster workers (`rasid.cluster`); it sits below
all three so that none of them imports another to reach it. Failures are values: a document that cannot be
read or analysed is returned as the error naming it, and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from .errors import IngestError, RasidError, StageError
from .ingest import RawInput, build_document
from .model import Document
from .pipeline import Pipeline

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
