"""Quotation marks: which mark closes which, finding the close of a quotation, and how much is quoted.

Arabic news uses straight quotes, English curly quotes, guillemets and, in scraped text, the mismatched
pair `”…”`. A quotation may run over several sentences but not past its paragraph.
"""
from __future__ import annotations

#: opening mark -> the marks that may close it
CLOSERS = {'"': '"', "“": "”“", "«": "»", "„": "“”", "”": "”“", "(": ")"}
QUOTE_MARKS = frozenset('"“”«»„')


def closing_mark(text: str, opening: int, limit: int) -> int | None:
    """Offset of the mark closing the quotation opened at `opening`, searching up to `limit`."""
    closers = CLOSERS.get(text[opening])
    if closers is None:
        return None
    for offset in range(opening + 1, limit):
        if text[offset] in closers:
            return offset
    return None


def quoted_share(text: str, start: int, end: int) -> float:
    """The share of non-space characters of `text[start:end]` that lie inside quotation marks."""
    inside = total = 0
    opened: str | None = None
    for ch in text[start:end]:
        if opened is not None and ch in CLOSERS[opened]:
            opened = None
            continue
        if opened is None and ch in CLOSERS and ch != "(":
            opened = ch
            continue
        if not ch.isspace():
            total += 1
            inside += opened is not None
    return inside / total if total else 0.0


def trim_span(text: str, start: int, end: int, strip: str = " \t.،,؛;:") -> tuple[int, int]:
    """`[start, end)` without leading and trailing spaces and trailing punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end
