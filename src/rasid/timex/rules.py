"""What a time rule is and the regex fragments the rules share.

A `Rule` is a compiled pattern over match keys and a function that turns its match into a `Found`
(a TIMEX3 label and value, and whether the reference date was used). The span a rule claims is its group
`t` when it has one (so a leading preposition can be required without being exported), else the match.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..numbers.words import cardinal_pattern, cardinal_value
from .lexicon import fragment
from .values import Reference


@dataclass(frozen=True, slots=True)
class Found:
    """A normalised time expression: TIMEX3 type and value, and how it was read."""

    label: str  # DATE, TIME, DURATION, SET
    value: str
    relative: bool = False  # resolved against (or waiting for) the reference date
    extra: dict[str, Any] = field(default_factory=dict)  # mod, relation, calendar


Builder = Callable[[re.Match[str], Reference | None], Found | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder
    triggers: tuple[str, ...]  # classes of words (`rasid.timex.recognize.TRIGGER_CLASSES`) every match contains


def rule(name: str, triggers: str, source: str, build: Builder) -> Rule:
    """A rule whose pattern starts at a word (`WORD_START`, a cheap first test at every position); `triggers` names
    the classes of words, space-separated, one of which is in every match (the rule runs only around them)."""
    return Rule(name, re.compile(rf"{WORD_START}{source}"), build, tuple(triggers.split()))


#: a match starts at a word, or right after a one-letter proclitic at a word's start (`ويوم`, `و14-09-1432`)
WORD_START = r"(?:(?<![^\W_])|(?<=(?<![^\W_])[وفبلك]))"


def span_of(match: re.Match[str]) -> tuple[int, int]:
    return match.span("t") if "t" in match.re.groupindex and match.group("t") is not None else match.span()


END = r"(?!\w)"
CLITIC = r"(?:[وفبل])?"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR4 = r"(?:1[3-9]\d\d|20\d\d|21\d\d)"
YEAR_WORD = r"(?:(?:ال)?عام|(?:ال)?سنه|لعام|لسنه|بعام|بسنه)"
HIJRI_MARK = r"(?:\s*(?:ه|هجري\w*)(?!\w))"
#: a Hijri year after a month name: 1300-1499 as printed today, or a historical year of three digits when the
#: Hijri mark follows it (`22 شعبان 492هـ`; without the mark a three-digit number is no year)
HIJRI_YEAR = rf"(?:1[34]\d\d|[1-9]\d\d(?={HIJRI_MARK}))"


def months(group: str = "month") -> str:
    """A month name, optionally with its other-series name after a slash or in brackets (`سبتمبر/أيلول`)."""
    name = fragment("months")
    return rf"(?:شهري?\s+)?(?P<{group}>{name})(?:\s*[/(-]\s*{name}(?:\s*\))?)?{END}"


def year_after(group: str = "year") -> str:
    """`2014`, `عام 2014`, `، 2014`, `من عام 2014`, `2014م` after a month."""
    return rf"(?:\s*,?\s*(?:من\s+)?(?:{YEAR_WORD}\s*)?(?P<{group}>{YEAR4})(?:\s*م)?{END})"


def part(group: str = "part") -> str:
    """START/MID/END words before a period: `منتصف`, `نهاية`, `أوائل`."""
    return rf"(?:(?P<{group}>{fragment('part')})\s+)"


def direction(group: str = "dir") -> str:
    return rf"(?P<{group}>{fragment('direction')}){END}"


def count(group: str = "n") -> str:
    """A count in digits or words."""
    return rf"(?P<{group}>\d+(?:[.,]\d+)?|{cardinal_pattern()})"


def count_value(text: str | None) -> float | None:
    if not text:
        return None
    if text[0].isdigit():
        return float(text.replace(",", "."))
    value = cardinal_value(text)
    return float(value) if value is not None else None

