"""The words of time expressions as lookup tables and regex fragments, from `months.json` and `time_words.json`.

Every table is keyed by match key (`rasid.text.normalize.match_key`), the form the recognisers' patterns
run on. The regex fragments are plain sources to embed; `group` names are added by the rules using them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..numbers.words import alternation, lexicon
from ..text.normalize import match_key


def _load(name: str) -> dict:
    return json.loads(resources.files("rasid.data").joinpath(name).read_text(encoding="utf-8"))


def _by_key(table: dict[str, list[str]]) -> dict[str, str]:
    """`{value: [words]}` -> `{match_key(word): value}`."""
    return {match_key(word): value for value, words in table.items() for word in words}


@dataclass(frozen=True, slots=True)
class TimeUnit:
    """A unit of duration: its TIMEX3 code and how many of the code one word means (a decade: 10 years)."""

    code: str
    size: int
    number: int  # 1 singular, 2 dual, 0 plural (a count must be given or it is vague)


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    months: dict[str, int]  # Gregorian and Levantine month names
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # ISO weekday, Monday 1
    units: dict[str, TimeUnit]
    direction: dict[str, str]  # past / future / current
    part: dict[str, str]  # START / MID / END
    relation: dict[str, str]  # more / less / about
    daypart: dict[str, str]  # am / pm
    day_offsets: dict[str, int]  # أمس -1, غدا 1
    vague_refs: dict[str, str]  # الآن PRESENT_REF, مؤخرا PAST_REF
    frequency: dict[str, str]  # يوميا D, سنويا Y
    year_after: dict[str, None]  # حرب, انتفاضة: a bare year may follow
    dayparts_of_day: dict[str, str]  # مساء EV, صباح MO: a part of a named day
    future_markers: tuple[str, ...]  # سوف, من المقرر: a bare weekday after them lies ahead
    not_future_s_words: tuple[str, ...]  # ستة, سياسة: words that begin like a future verb and are not
    names_with_time_words: tuple[str, ...]  # عين اليوم: names, not time expressions
    seasons: dict[str, str]  # الصيف SU


_UNIT_SIZE = {"DE": ("Y", 10), "CE": ("Y", 100)}


@cache
def time_lexicon() -> TimeLexicon:
    months, words = _load("months.json"), _load("time_words.json")
    units: dict[str, TimeUnit] = {}
    for name, forms in words["units"].items():
        code, size = _UNIT_SIZE.get(name, (name, 1))
        for number, form in ((1, "singular"), (2, "dual"), (0, "plural")):
            units.update({match_key(w): TimeUnit(code, size, number) for w in forms[form]})
    return TimeLexicon(
        months={k: int(v) for k, v in _by_key(months["gregorian"]).items()},
        hijri_months={k: int(v) for k, v in _by_key(months["hijri"]).items()},
        weekdays={k: int(v) for k, v in _by_key(words["weekdays"]).items()},
        units=units, direction=_by_key(words["direction"]), part=_by_key(words["part"]),
        relation=lexicon().relation, daypart=_by_key(words["daypart"]),
        day_offsets={k: int(v) for k, v in _by_key(words["day_offsets"]).items()},
        vague_refs=_by_key(words["vague_refs"]), frequency=_by_key(words["frequency"]),
        year_after=dict.fromkeys(map(match_key, words["year_after"])),
        dayparts_of_day=_by_key(words["dayparts_of_day"]),
        future_markers=tuple(map(match_key, words["future_markers"])),
        not_future_s_words=tuple(map(match_key, words["not_future_s_words"])),
        names_with_time_words=tuple(map(match_key, words["names_with_time_words"])),
        seasons=_by_key(words["seasons"]),
    )


@cache
def fragment(name: str) -> str:
    """The regex alternation of one table of `TimeLexicon` (e.g. `months`, `weekdays`, `direction`)."""
    return alternation(getattr(time_lexicon(), name))


@cache
def unit_fragment(number: int) -> str:
    """Units of one grammatical number: 1 singular, 2 dual, 0 plural."""
    return alternation(w for w, u in time_lexicon().units.items() if u.number == number)


@cache
def direction_fragment(direction: str) -> str:
    return alternation(w for w, d in time_lexicon().direction.items() if d == direction)
