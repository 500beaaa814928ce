"""Paragraphs and sentences as spans over the cleaned text.

Paragraphs are the text's lines. Sentences come from sentencex (Wikipedia-trained rules for Arabic among
many languages) run on each paragraph, then two repairs it needs for Arabic news: a fragment that ends in
a listed abbreviation (`د.`) joins the next one, and a fragment that leaves a quotation open joins the
next while the quotation stays open (bounded, so one stray mark cannot swallow a paragraph).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Protocol

from sentencex import segment

from ..model import Span

OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"
MAX_QUOTE_JOIN = 4  # sentences a quotation may span before the splitter stops waiting for its end


@cache
def abbreviations() -> frozenset[str]:
    raw = resources.files("rasid.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def paragraphs(text: str) -> Iterator[Span]:
    """One span a non-blank line, trimmed of surrounding spaces."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            yield Span(start, start + len(stripped), "paragraph")
        pos += len(line) + 1


def sentences(text: str) -> Iterator[Span]:
    """Sentence spans over `text`, never crossing a paragraph boundary."""
    for para in paragraphs(text):
        for start, end in _split_paragraph(text[para.start:para.end]):
            yield Span(para.start + start, para.start + end, "sentence")


def _split_paragraph(para: str) -> list[tuple[int, int]]:
    pieces = _align(para, segment("ar", para))
    merged: list[tuple[int, int]] = []
    joins = 0
    for start, end in pieces:
        if merged and (_ends_in_abbreviation(para, merged[-1]) or _is_list_marker(para, merged[-1])
                       or _spelt_letters_go_on(para, merged[-1], start)
                       or (_quote_open(para, merged[-1]) and joins < MAX_QUOTE_JOIN)):
            merged[-1] = (merged[-1][0], end)
            joins += 1
        else:
            merged.append((start, end))
            joins = 0
    return merged


def _align(para: str, pieces: Iterator[str] | list[str]) -> list[tuple[int, int]]:
    """Offsets of each segment in `para`; the splitter's strings are located, not trusted to concatenate."""
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = para.find(piece, cursor)
        if start < 0:  # the splitter altered characters: fall back to the rest of the paragraph
            break
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    rest = para[cursor:].strip()
    if rest:
        start = para.index(rest, cursor)
        spans.append((start, start + len(rest)))
    return spans


_LAST_WORD = re.compile(r"(\S+)\.$")
#: letters joined by dots (`د.ب.أ`, `أ.د`, `U.S`): initials of an agency or a title, never a sentence end
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LIST_MARKER = re.compile(r"[0-9٠-٩]{1,3}[.)]|[-•*]")


def _ends_in_abbreviation(para: str, span: tuple[int, int]) -> bool:
    match = _LAST_WORD.search(para[span[0]:span[1]])
    if match is None:
        return False
    return match.group(1) in abbreviations() or _DOTTED_INITIALS.fullmatch(match.group(1)) is not None


#: Latin letters spelt in Arabic, as acronyms are written letter by letter and joined by dots (`بي.بي.سي`)
LETTER_NAMES = frozenset((
    "بي", "سي", "دي", "إي", "اي", "إيه", "ايه", "كيه", "إف", "اف", "جي", "إتش", "اتش", "آي", "جيه", "جاي", "كي", "كاي", "إل", "إم", "ام",
    "إن", "ان", "أو", "او", "كيو", "آر", "ار", "إس", "اس", "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي", "زد"))
_FIRST_WORD = re.compile(r"[^\s.]+")


class Located(Protocol):
    """Anything with character offsets: a token span, a statement finder's word."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def letter_dot(text: str, before: Located, dot: Located, after: Located) -> bool:
    """The token `dot` is a full stop glued between two spelt letters (`بي` `.` `سي`): inside an acronym."""
    return (before.end == dot.start and dot.end == after.start and text[dot.start:dot.end] == "."
            and text[before.start:before.end] in LETTER_NAMES and text[after.start:after.end] in LETTER_NAMES)


def _spelt_letters_go_on(para: str, span: tuple[int, int], next_start: int) -> bool:
    """A fragment ending in a spelt letter and its dot, the next one starting right after the dot with another
    (`بي.` + `بي.` + `سي قال`): one acronym, which the splitter cut at every dot."""
    match = _LAST_WORD.search(para[span[0]:span[1]])
    following = _FIRST_WORD.match(para, next_start)
    return (match is not None and following is not None and next_start == span[1]
            and match.group(1).split(".")[-1] in LETTER_NAMES and following.group(0) in LETTER_NAMES)


def _is_list_marker(para: str, span: tuple[int, int]) -> bool:
    """A fragment that is only a list number (`1.`) belongs to the item after it."""
    return _LIST_MARKER.fullmatch(para[span[0]:span[1]]) is not None


def _quote_open(para: str, span: tuple[int, int]) -> bool:
    piece = para[span[0]:span[1]]
    opened = sum(piece.count(q) for q in OPENING_QUOTES)
    closed = sum(piece.count(q) for q in CLOSING_QUOTES)
    if "«" in piece or "“" in piece:
        return opened > closed
    # straight quotes and the mismatched ”…” pairs of scraped text: an odd count leaves one open
    straight = piece.count('"') + (piece.count("”") if "“" not in piece else 0)
    return straight % 2 == 1
