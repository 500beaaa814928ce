"""A compact form of a `Document` for the store: metadata and layers, each span `[start, end, label, attrs]`.

`Document.to_dict()` spells every span as `{"start": .., "end": .., "label": .., "attrs": {}}`, four times the
bytes of the text for the tokens layer alone; the store keeps spans as short arrays (attrs only when there
are some) and the text once, in its own column. `unpack_document(pack_document(d)) == d` for every document.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ..model import DocMeta, Document, Span


def pack_span(span: Span) -> list[Any]:
    packed: list[Any] = [span.start, span.end, span.label]
    if span.attrs:
        packed.append(dict(span.attrs))
    return packed


def unpack_span(packed: list[Any]) -> Span:
    return Span(packed[0], packed[1], packed[2], packed[3] if len(packed) > 3 else {})


def pack_document(doc: Document) -> dict[str, Any]:
    """Everything but the id and the text (stored in their own columns)."""
    meta = dataclasses.asdict(doc.meta)
    meta["removed"] = list(doc.meta.removed)
    meta["warnings"] = list(doc.meta.warnings)
    return {"meta": meta, "layers": {name: [pack_span(s) for s in spans] for name, spans in doc.layers.items()}}


def unpack_document(doc_id: str, text: str, packed: dict[str, Any]) -> Document:
    meta = dict(packed["meta"])
    meta["removed"] = tuple(meta.get("removed", ()))
    meta["warnings"] = tuple(meta.get("warnings", ()))
    layers = {name: tuple(unpack_span(s) for s in spans) for name, spans in packed.get("layers", {}).items()}
    return Document(doc_id, text, DocMeta(**meta), layers)
