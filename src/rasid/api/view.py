"""The story as the web UI and the static report read it: the export, with or without article texts.

The UI loads the export without texts once (overview, timeline, actors, quotes all come from it) and fetches
an article's text and sentence offsets when it is opened; the report embeds everything, sentences included.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from ..model import Document
from ..store import schema
from ..store.store import read_results, read_story_results
from ..story import FORMAT, RESULT_FIELDS, Story, document_record

#: the document fields the UI lists without the text (the export's, less `text` and `removed`)
META_COLUMNS = ("id", "source", "url", "title", "outlet", "published", "published_evidence", "language", "story",
                "duplicate_of")


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


def stored_story_view(connection: Connection, story: str | None = None) -> dict[str, Any]:
    """`story_view(..., with_texts=False)` straight from a store, without reading any text or layer; with
    `story`, the part of it that belongs to that story (as its per-story export holds it)."""
    table = schema.documents
    columns = [table.c[name] for name in META_COLUMNS]
    query = select(*columns, table.c.chars).order_by(table.c.seq)
    if story is not None:
        query = query.where(table.c.story == story)
    rows = list(connection.execute(query).mappings())
    if story is None:
        results = read_results(connection)
    else:
        results = read_story_results(connection, story, {row["id"] for row in rows})
    data: dict[str, Any] = {"format": FORMAT, "generated_at": None, "documents": [dict(r) for r in rows]}
    data.update({name: results.get(name, []) for name in RESULT_FIELDS})
    data.update({k: v for k, v in results.items() if k not in data})
    return data
