"""The segmentation stage: paragraphs, sentences and tokens as layers over the cleaned text."""
from __future__ import annotations

from ..model import Document
from ..pipeline import Stage
from ..text.segment import paragraphs, sentences
from ..text.tokenize import tokenize


class Segmenter(Stage):
    """Adds `paragraphs`, `sentences` and `tokens`."""

    name = "segment"
    requires = ()
    produces = ("paragraphs", "sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        return (
            doc.with_layer("paragraphs", paragraphs(doc.text))
            .with_layer("sentences", sentences(doc.text))
            .with_layer("tokens", tokenize(doc.text))
        )
