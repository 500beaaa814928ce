"""Per-document stages and the pipeline that runs them in a checked order.

A stage declares the layers it `requires` and the layers it `produces` (like spaCy's `requires`/`assigns`);
`Pipeline` checks, when it is built, that every required layer is produced by an earlier stage, and names
the missing one otherwise. A stage may offer `pipe(docs)` to batch; the default loops over `__call__`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

from .errors import PipelineOrderError, StageError
from .model import Document

BASE_LAYERS: frozenset[str] = frozenset()  # a fresh document has text and metadata, no layer


class Stage:
    """A `Document -> Document` step that adds named layers and never edits another's."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    produces: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


class Pipeline:
    """An ordered list of stages whose order was checked when it was built."""

    def __init__(self, stages: Sequence[Stage], working_layers: Sequence[str] = ()) -> None:
        check_order(stages)
        self.stages = tuple(stages)
        self.working_layers = tuple(working_layers)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Document) -> Document:
        """Run every stage on one document; a failure raises `StageError` naming stage and document."""
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:
                raise StageError(stage.name, doc.id, doc.meta.source, exc) from exc
        return doc.without_layers(self.working_layers)

    @property
    def batches(self) -> bool:
        """True when a stage offers its own `pipe` (a model that is faster on many documents at once)."""
        return any(type(stage).pipe is not Stage.pipe for stage in self.stages)

    def pipe(self, docs: Sequence[Document]) -> list[Document]:
        """Run every stage over a batch, through each stage's `pipe`; a failure raises for the whole batch."""
        batch = list(docs)
        for stage in self.stages:
            try:
                batch = list(stage.pipe(batch))
            except Exception as exc:
                raise StageError(stage.name, batch[0].id if batch else "-", "<batch>", exc) from exc
        return [doc.without_layers(self.working_layers) for doc in batch]


def check_order(stages: Sequence[Stage]) -> None:
    """Raise `PipelineOrderError` for the first stage whose required layers are not yet produced."""
    available = set(BASE_LAYERS)
    for stage in stages:
        missing = [layer for layer in stage.requires if layer not in available]
        if missing:
            raise PipelineOrderError(stage.name, missing)
        available.update(stage.produces)
