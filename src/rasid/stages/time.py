"""The time stage: every date, time and duration of a document as a `time_expressions` layer.

Relative expressions are resolved against the document's publication date (`doc.meta.published`). When a
document has none, the stage looks for a date it can safely infer from the text (`timex.reference`); when
it finds one it records it as the document's `published`, with `published_evidence` saying it was inferred
and from which words, and resolves against it. Failing that, relative expressions are resolved against the
latest date the text states (`anchor` and `anchor_evidence` say so; `published` stays unknown). It never
replaces a publication date the page stated.
"""
from __future__ import annotations

from ..model import Document, Span
from ..pipeline import Stage
from ..timex.recognize import find_time_expressions
from ..timex.reference import InferredDate, infer_reference, latest_stated_date
from ..timex.values import Reference


class TimeTagger(Stage):
    """Adds `time_expressions`: spans labelled DATE/TIME/DURATION/SET with `value` (TIMEX3) and `anchor`."""

    name = "time"
    requires = ()  # reads only the text and its metadata; its patterns run over the whole text at once
    produces = ("time_expressions",)

    def __call__(self, doc: Document) -> Document:
        reference = Reference.parse(doc.meta.published)
        spans = find_time_expressions(doc.text, reference)
        if doc.meta.published is None:
            inferred = infer_reference(doc.text, spans)
            if inferred is not None:
                doc = doc.with_meta(published=inferred.value, published_evidence=inferred.evidence)
                spans = find_time_expressions(doc.text, Reference.parse(inferred.value))
            elif stated := latest_stated_date(doc.text, spans):
                spans = [_anchored(span, stated) for span in find_time_expressions(doc.text, Reference.parse(stated.value))]
        return doc.with_layer("time_expressions", spans)


def _anchored(span: Span, stated: InferredDate) -> Span:
    """A span resolved against a date the text states, saying so (`anchor_evidence`)."""
    if span.attrs.get("anchor") is None:
        return span
    return Span(span.start, span.end, span.label, {**span.attrs, "anchor_evidence": stated.evidence})
