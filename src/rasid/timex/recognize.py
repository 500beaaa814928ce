"""Find every time expression in a text: run the rules, keep the longest of overlapping matches, join a date
to the clock time right after it (`16 أغسطس 2024، 3:20 م` is one TIME, `2024-08-16T15:20`).

`find_time_expressions(text, reference)` is the library function under the `time` stage; it returns spans
labelled DATE/TIME/DURATION/SET with `value` (TIMEX3) and `anchor` (the reference used, or None) and the
rule's extras (`mod`, `relation`, `calendar`, `weekday`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Span
from ..numbers.words import lexicon
from ..text.folded import FoldedText
from ..text.windows import trigger_windows, windows_for, with_clitics
from .clock import time_rules
from .dates import date_rules
from .lexicon import time_lexicon
from .relative import relative_rules
from .rules import Found, Rule, span_of
from .values import Reference

DATE_TIME_GAP = re.compile(r"^\s*,?\s*(?:(?:في|عند)\s+)?$")  # what may stand between a date and its time
DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # key offsets
    end: int
    found: Found
    rule: str


@cache
def all_rules() -> tuple[Rule, ...]:
    return (*date_rules(), *relative_rules(), *time_rules())


DAY_WORDS = ("الوقت", "اللحظه", "وقت", "الماضي", "المستقبل")  # triggers besides the lexicon's longest words


@cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Trigger word -> classes (`month`, `hijri`, `weekday`, `unit`, `number`, `day`; digits are `digit`).
    A multi-word name triggers by its longest word, so that `ذي القعدة` does not make `الذي` a trigger."""
    lex, numbers = time_lexicon(), lexicon()
    tables: dict[str, Any] = {"month": lex.months, "hijri": lex.hijri_months, "weekday": lex.weekdays, "unit": lex.units,
              "number": {**numbers.units, **numbers.ordinals},
              "day": {**lex.day_offsets, **lex.vague_refs, **dict.fromkeys(DAY_WORDS)}, "frequency": lex.frequency}
    return with_clitics({name: {max(entry.split(), key=len) for entry in table} for name, table in tables.items()})


def find_candidates(key: str, reference: Reference | None) -> list[Candidate]:
    """Every rule's matches inside the trigger windows, normalised (a match a rule cannot normalise is dropped)."""
    found: list[Candidate] = []
    windows = trigger_windows(key, trigger_words())
    for rule in all_rules():
        for start, end in windows_for(windows, rule.triggers):
            for match in rule.pattern.finditer(key, start, end):
                result = rule.build(match, reference)
                if result is not None:
                    found.append(Candidate(*span_of(match), result, rule.name))
    return found


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest, non-overlapping."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def join_date_and_time(key: str, chosen: list[Candidate]) -> list[Candidate]:
    """A day-precision DATE followed by a TIME (only a comma or `في` between) becomes one TIME."""
    joined: list[Candidate] = []
    for cand in chosen:
        last = joined[-1] if joined else None
        if (last and last.found.label == "DATE" and cand.found.label == "TIME" and DAY_VALUE.match(last.found.value)
                and DATE_TIME_GAP.match(key[last.end:cand.start])):
            clock = cand.found.value.split("T", 1)[1]
            found = Found("TIME", f"{last.found.value}T{clock}", last.found.relative, dict(last.found.extra))
            joined[-1] = Candidate(last.start, cand.end, found, f"{last.rule}+{cand.rule}")
        else:
            joined.append(cand)
    return joined


def find_time_expressions(text: str, reference: Reference | None = None) -> list[Span]:
    """Time expression spans over `text`, resolved against `reference` where relative."""
    folded = FoldedText.of(text)
    chosen = join_date_and_time(folded.key, choose(find_candidates(folded.key, reference)))
    return [_span(folded, cand, reference) for cand in chosen]


def _span(folded: FoldedText, cand: Candidate, reference: Reference | None) -> Span:
    start, end = folded.span(cand.start, cand.end)
    anchor = reference.value if reference is not None and cand.found.relative else None
    attrs = {"value": cand.found.value, "anchor": anchor, **cand.found.extra}
    return Span(start, end, cand.found.label, attrs)
