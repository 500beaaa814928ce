"""Export records for spans: the `{doc, start, end, text}` shape every claim in the export shares."""
from __future__ import annotations

from typing import Any

from ..model import Document, Span


def span_record(doc: Document, span: Span | tuple[int, int]) -> dict[str, Any]:
    """`{doc, start, end, text}` for a span of `doc`, text taken from the document so it is always exact."""
    start, end = (span.start, span.end) if isinstance(span, Span) else span
    return {"doc": doc.id, "start": start, "end": end, "text": doc.text[start:end]}


def layer_records(doc: Document, layer: str) -> list[dict[str, Any]]:
    """One record a span of `layer`, with the span's attrs merged in (offsets and text win)."""
    if not doc.has_layer(layer):
        return []
    return [{**dict(span.attrs), **span_record(doc, span)} for span in doc.layer(layer)]
