"""The records the statement finder produces and remembers.

`Statement` is one attributed statement with exact offsets (textacy's `DQTriple(speaker, cue, content)`
plus medium, anonymity and nesting). `Source` is a speaker the finder has seen — a statement's speaker, a
sentence-initial topic (`السفيرة الأميركية لدى العراق، ألينا رومانوفسكي، تذهب ...`) or `ما أكده X` — that a
later bare cue (`وأضاف:`) may continue.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Statement:
    """One statement; offsets index the document text, `parent` the enclosing statement."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    direct: bool
    via: str | None
    anonymous: bool
    parent: int | None = None
    source_parent: int | None = None  # the parent of the statement a continuation copied its speaker from

    def attrs(self, text: str) -> dict[str, Any]:
        """The span attributes of the `statements` layer, texts taken from the document."""
        return {
            "speaker_text": self.speaker_text, "speaker_start": self.speaker_start, "speaker_end": self.speaker_end,
            "cue": text[self.cue_start:self.cue_end], "cue_start": self.cue_start, "cue_end": self.cue_end,
            "content": text[self.content_start:self.content_end], "content_start": self.content_start,
            "content_end": self.content_end, "direct": self.direct, "via": self.via, "anonymous": self.anonymous,
            "parent": self.parent,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """A speaker seen at `position`, valid for continuation until `until`; `statement` is its index."""

    position: int
    until: int
    text: str
    start: int
    end: int
    anonymous: bool
    via: str | None
    statement: int | None
