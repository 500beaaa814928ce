"""Corpus work (`Iterable[Document] -> results`): pure functions over finished documents.

Each corpus step receives a `StoryContext` and returns the list of records for one field of the
`rasid.story/1` export; steps run in the order of `rasid.registry.CORPUS_STEPS`, and a later step can read
what an earlier one produced from `context.results`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from ..settings import AnalysisOptions


@dataclass(slots=True)
class StoryContext:
    """What a corpus step sees: the finished documents, the options, and earlier steps' results."""

    documents: list[Document]
    options: AnalysisOptions
    results: dict[str, Any] = field(default_factory=dict)

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(f"no document {doc_id!r} in this story")
