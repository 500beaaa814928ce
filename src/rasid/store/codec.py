"""A compact form of a `Document` for the store: metadata and layers, each span `[start, end, label, attrs]`.

`Document.to_dict()` spells every span as `{"start": .., "end": .., "label": .., "attrs": {}}`, four times the
bytes of the text for the tokens layer alone; the store keeps spans as short arrays (attrs only when there
are some) and the text once, in its own column; a span's attr text that the document's text holds at the span's
own offsets (a statement's `content`) is left out and read back from it. `unpack_document(pack_document(d)) == d`
for every document, key order of the attrs included.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ..model import DocMeta, Document, Span

DERIVED = "~"  # in packed attrs: the texts left out because the document's text gives them, with their places


def pack_span(span: Span, text: str = "") -> list[Any]:
    packed: list[Any] = [span.start, span.end, span.label]
    if span.attrs:
        packed.append(lean_attrs(span.attrs, text) if text else dict(span.attrs))
    return packed


def unpack_span(packed: list[Any], text: str = "") -> Span:
    attrs = packed[3] if len(packed) > 3 else {}
    return Span(packed[0], packed[1], packed[2], full_attrs(attrs, text) if DERIVED in attrs else attrs)


def lean_attrs(attrs: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The attrs without each text that the document's text holds at the attrs' own offsets (`content` at
    `content_start`–`content_end`, `speaker_text` at `speaker_start`–`speaker_end`): a statement's texts are
    stored once, in the document. The left-out keys are listed with their places, so order is kept."""
    if DERIVED in attrs:
        return dict(attrs)
    left_out = [[key, place] for place, (key, value) in enumerate(attrs.items())
                if isinstance(value, str) and value and value == _at_offsets(attrs, key, text)]
    if not left_out:
        return dict(attrs)
    dropped = {key for key, _ in left_out}
    return {**{k: v for k, v in attrs.items() if k not in dropped}, DERIVED: left_out}


def full_attrs(attrs: Mapping[str, Any], text: str) -> dict[str, Any]:
    """`lean_attrs` undone: each left-out text read back from the document's text, at its place."""
    items = [(k, v) for k, v in attrs.items() if k != DERIVED]
    for key, place in attrs[DERIVED]:
        items.insert(place, (key, _at_offsets(attrs, key, text)))
    return dict(items)


def _at_offsets(attrs: Mapping[str, Any], key: str, text: str) -> str | None:
    """The document's text at the offsets named after `key` (`content` -> `content_start`, `content_end`;
    `speaker_text` -> `speaker_start`, `speaker_end`), or None when the attrs hold no such offsets."""
    stem = key.removesuffix("_text")
    start, end = attrs.get(f"{stem}_start"), attrs.get(f"{stem}_end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return None
    return text[start:end] if 0 <= start <= end <= len(text) else None


def pack_document(doc: Document) -> dict[str, Any]:
    """Everything but the id and the text (stored in their own columns)."""
    meta = dataclasses.asdict(doc.meta)
    meta["removed"] = list(doc.meta.removed)
    meta["warnings"] = list(doc.meta.warnings)
    return {"meta": meta, "layers": {name: [pack_span(s, doc.text) for s in spans] for name, spans in doc.layers.items()}}


def unpack_document(doc_id: str, text: str, packed: dict[str, Any]) -> Document:
    meta = dict(packed["meta"])
    meta["removed"] = tuple(meta.get("removed", ()))
    meta["warnings"] = tuple(meta.get("warnings", ()))
    layers = {name: tuple(unpack_span(s, text) for s in spans) for name, spans in packed.get("layers", {}).items()}
    return Document(doc_id, text, DocMeta(**meta), layers)
