"""The quantities stage: counts and amounts of a document as a `quantities` layer.

It reads `time_expressions` so that the numbers of dates, times and durations (`عام 2011`, `عشر سنوات`)
are never counted twice or taken for counts, and the names of `entities` where the pipeline found them, so that
a number inside a name (`وست بروميتش`, `مجموعة العشرين`) is no count.
"""
from __future__ import annotations

from ..model import Document
from ..numbers.quantities import find_quantities
from ..pipeline import Stage


class QuantityTagger(Stage):
    """Adds `quantities`: spans labelled `quantity` with `value`, `unit`, `relation` (and `low`/`high`,
    `approximate`, `currency` where they apply)."""

    name = "quantities"
    requires = ("time_expressions",)
    produces = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        times = [(span.start, span.end) for span in doc.layer("time_expressions")]
        names = [(span.start, span.end) for span in doc.layer("entities")] if doc.has_layer("entities") else []
        return doc.with_layer("quantities", find_quantities(doc.text, times, names))
