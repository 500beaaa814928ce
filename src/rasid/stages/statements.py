"""The statements stage: who said what, as a `statements` layer of spans over the document text.

Each span covers a statement from its cue through the end of its content (or from a content that comes
first through its cue); its attrs are those `docs/architecture.md` lists. The work is done by
`rasid.statements.finder.StatementFinder` over the document's `sentences` and `tokens` layers; where the
`entities` stage ran first, its names tell a speaker's name from the object a cue governs; where the `time`
stage did, a date or time after a speaker ends the speaker's phrase (`قال الوزير الأسبوع الماضي إن`).
"""
from __future__ import annotations

from ..model import Document, Span
from ..pipeline import Stage
from ..statements.finder import StatementFinder
from ..statements.lexicon import load_lexicon
from ..statements.tokens import Words


class StatementExtractor(Stage):
    """Adds `statements`: attributed statements with speaker, cue, content, medium and nesting."""

    name = "statements"
    requires = ("sentences", "tokens")
    produces = ("statements",)

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        names = doc.layer("entities") if doc.has_layer("entities") else None
        times = doc.layer("time_expressions") if doc.has_layer("time_expressions") else ()
        words = Words(doc.text, doc.layer("tokens"), doc.layer("sentences"), names, times)
        found = StatementFinder(words, self.lexicon).find()
        spans = [Span(s.start, s.end, "statement", s.attrs(doc.text)) for s in found]
        return doc.with_layer("statements", spans)
