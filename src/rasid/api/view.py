"""The story as the web UI and the static report read it: the export, with or without article texts.

The UI loads the export without texts once (overview, timeline, actors, quotes all come from it) and fetches
an article's text and sentence offsets when it is opened; the report embeds everything, sentences included.
"""
from __future__ import annotations

from typing import Any

from ..model import Document
from ..story import Story, document_record


def sentence_offsets(doc: Document) -> list[list[int]]:
    """`[start, end]` of each sentence (empty when the document has no `sentences` layer)."""
    return [[s.start, s.end] for s in doc.layers.get("sentences", ())]


def document_view(doc: Document) -> dict[str, Any]:
    """A document's export record plus its sentence offsets, for the document view."""
    return {**document_record(doc), "sentences": sentence_offsets(doc)}


def story_view(story: Story, with_texts: bool, generated_at: str | None = None) -> dict[str, Any]:
    """The export; without texts, each document keeps its metadata and its length only."""
    data = story.to_dict(generated_at=generated_at)
    if with_texts:
        data["sentences"] = {doc.id: sentence_offsets(doc) for doc in story.documents}
        return data
    data["documents"] = [{k: v for k, v in d.items() if k not in ("text", "removed")} | {"chars": len(d["text"])}
                         for d in data["documents"]]
    return data
