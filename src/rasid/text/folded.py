"""A matching view of a text with a way back: the folded key of a text and the map from key to text offsets.

Recognisers (time expressions, quantities) run their patterns over `FoldedText.key`, which is
`match_key` (hamza, alef, ta marbuta and digit forms folded; diacritics and tatweel dropped) with ASCII
letters lower-cased; `FoldedText.span` turns a key range back into the original text's range, so every
exported span keeps the document's own characters. Folding is one character to at most one, so the map is
the identity unless diacritics or tatweel were dropped. (Unlike `match_key` it does not NFC-compose first,
which would break the one-to-one map.)
"""
from __future__ import annotations

from dataclasses import dataclass

from .normalize import match_key

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class FoldedText:
    """`key` is the folded text; `offsets[i]` is the text offset of key character `i` (plus one past the end)."""

    text: str
    key: str
    offsets: tuple[int, ...] | None  # None: the identity map

    @classmethod
    def of(cls, text: str) -> FoldedText:
        folding = {ord(ch): match_key(ch) for ch in set(text)}
        key = text.translate(folding).translate(_ASCII_LOWER)
        if len(key) == len(text):
            return cls(text, key, None)
        dropped = {chr(code) for code, folded in folding.items() if not folded}
        offsets = [i for i, ch in enumerate(text) if ch not in dropped]
        return cls(text, key, (*offsets, len(text)))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text range `[start, end)` of the key range `[start, end)`, with the marks that follow its last letter."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]

