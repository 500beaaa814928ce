"""A matching view of a text with a way back: the folded key of a text and the map from key to text offsets.

Recognisers (time expressions, quantities) run their patterns over `FoldedText.key`, which is
`match_key` (hamza, alef, ta marbuta and digit forms folded; diacritics and tatweel dropped) with ASCII
letters lower-cased; `FoldedText.span` turns a key range back into the original text's range, so every
exported span keeps the document's own characters. Folding maps one character to at most one, so the
only difference between the two is the dropped characters, whose text offsets are kept. (Unlike
`match_key` it does not NFC-compose first, which would break the one-to-one map.)
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .normalize import match_key

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
RECENT_TEXTS = 16  # folded views kept, so that the stages of one document fold its text once


@cache
def _fold(char: str) -> str:
    return match_key(char).translate(_ASCII_LOWER)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """`key` is the folded text; `dropped` the text offsets of the characters folding removed (sorted)."""

    text: str
    key: str
    dropped: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        return _folded(text)

    def text_offset(self, key_offset: int) -> int:
        """The text offset of key offset `key_offset` (the first kept character at or after it)."""
        skipped = 0
        while True:
            now = bisect.bisect_right(self.dropped, key_offset + skipped)
            if now == skipped:
                return key_offset + skipped
            skipped = now

    def key_offset(self, text_offset: int) -> int:
        return text_offset - bisect.bisect_left(self.dropped, text_offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text range of the key range `[start, end)`, with the marks that follow its last letter."""
        if not self.dropped:
            return start, end
        return self.text_offset(start), self.text_offset(end)


@lru_cache(maxsize=RECENT_TEXTS)
def _folded(text: str) -> FoldedText:
    folding = {ord(ch): _fold(ch) for ch in set(text)}
    key = text.translate(folding)
    if len(key) == len(text):
        return FoldedText(text, key, ())
    gone = re.compile("[" + "".join(re.escape(chr(code)) for code, folded in folding.items() if not folded) + "]")
    return FoldedText(text, key, tuple(match.start() for match in gone.finditer(text)))
