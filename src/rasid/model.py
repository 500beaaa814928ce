"""The document model: one immutable cleaned text per article and named layers of character spans.

A `Span` is `(start, end, label, attrs)` over its document's text, half-open, in code points. It does not
point back to its document. A `Document` holds the text, its metadata and a mapping of layer name to a
tuple of spans; stages add layers through `Document.with_layer`, which returns a new document and never
edits an existing layer.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character range `[start, end)` with free-form attributes."""

    start: int
    end: int
    label: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text_in(self, text: str) -> str:
        """The characters this span covers in `text`."""
        return text[self.start:self.end]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "attrs": dict(self.attrs)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(data["start"], data["end"], data.get("label", ""), dict(data.get("attrs", {})))


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What is known about an article besides its text."""

    source: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_evidence: str | None = None
    language: str = "ar"
    url: str | None = None
    removed: tuple[str, ...] = ()
    story: str | None = None
    duplicate_of: str | None = None
    warnings: tuple[str, ...] = ()  # what was wrong with the input and repaired or dropped (a field not a date)

    def replace(self, **changes: Any) -> DocMeta:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: immutable text, metadata and named layers of spans."""

    id: str
    text: str
    meta: DocMeta
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.layers, MappingProxyType):
            object.__setattr__(self, "layers", MappingProxyType(dict(self.layers)))
        for name, spans in self.layers.items():
            _check_spans(name, spans, len(self.text))

    def layer(self, name: str) -> tuple[Span, ...]:
        """The spans of layer `name`; raises KeyError naming the layers present."""
        try:
            return self.layers[name]
        except KeyError:
            raise KeyError(f"document {self.id} has no layer {name!r} (has {sorted(self.layers)})") from None

    def has_layer(self, name: str) -> bool:
        return name in self.layers

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def with_layer(self, name: str, spans: Iterable[Span]) -> Document:
        """A copy with one more layer; an existing layer is never overwritten."""
        if name in self.layers:
            raise ValueError(f"document {self.id} already has layer {name!r}")
        ordered = tuple(sorted(spans, key=lambda s: (s.start, s.end)))
        return Document(self.id, self.text, self.meta, {**self.layers, name: ordered})

    def without_layers(self, names: Iterable[str]) -> Document:
        """A copy without the named layers (absent names are ignored); the document itself when none is there."""
        dropped = [name for name in names if name in self.layers]
        if not dropped:
            return self
        kept = {name: spans for name, spans in self.layers.items() if name not in dropped}
        return _rebuild_document(self.id, self.text, self.meta, kept, packed=False)

    def with_meta(self, **changes: Any) -> Document:
        return Document(self.id, self.text, self.meta.replace(**changes), self.layers)

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes send documents back pickled. Spans travel as plain tuples: pickling each frozen
        # dataclass costs ~10x more (2 ms a document of ~900 spans against 0.2 ms; bench/run_all.py).
        packed = {name: tuple((s.start, s.end, s.label, s.attrs or None) for s in spans)
                  for name, spans in self.layers.items()}
        return (_rebuild_document, (self.id, self.text, self.meta, packed))

    def to_dict(self) -> dict[str, Any]:
        meta = dataclasses.asdict(self.meta)
        meta["removed"] = list(self.meta.removed)
        return {
            "id": self.id,
            "text": self.text,
            "meta": meta,
            "layers": {k: [s.to_dict() for s in v] for k, v in self.layers.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        meta = dict(data["meta"])
        meta["removed"] = tuple(meta.get("removed", ()))
        layers = {k: tuple(Span.from_dict(s) for s in v) for k, v in data.get("layers", {}).items()}
        return cls(data["id"], data["text"], DocMeta(**meta), layers)


PackedSpan = tuple[int, int, str, "Mapping[str, Any] | None"]


def _rebuild_document(doc_id: str, text: str, meta: DocMeta, layers: Mapping[str, tuple[Any, ...]],
                      packed: bool = True) -> Document:
    """A document from layers that were checked when it was first built (unpickling: packed span tuples)."""
    if packed:
        layers = {name: tuple(_rebuild_spans(spans)) for name, spans in layers.items()}
    doc = object.__new__(Document)
    for name, value in (("id", doc_id), ("text", text), ("meta", meta), ("layers", MappingProxyType(layers))):
        object.__setattr__(doc, name, value)
    return doc


def _rebuild_spans(packed: tuple[PackedSpan, ...]) -> Iterator[Span]:
    """Spans from checked tuples, setting the slots directly: 40 % cheaper than `Span(...)`, which matters at
    ~700 spans an article in the one process that receives every worker's documents."""
    new, set_start, set_end = Span.__new__, Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined,misc]
    set_label, set_attrs = Span.label.__set__, Span.attrs.__set__  # type: ignore[attr-defined,misc]
    for start, end, label, attrs in packed:
        span = new(Span)
        set_start(span, start)
        set_end(span, end)
        set_label(span, label)
        set_attrs(span, dict(attrs) if attrs else {})
        yield span


def _check_spans(name: str, spans: Iterable[Span], length: int) -> None:
    for span in spans:
        if span.end > length:
            raise ValueError(f"layer {name!r}: span [{span.start}, {span.end}) is outside a text of {length}")
