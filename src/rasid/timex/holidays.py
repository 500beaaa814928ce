"""Holidays and nth weekdays: `عيد الفطر`, `عيد الأضحى 2013`, `رأس السنة الهجرية`, `عيد الميلاد`, `عيد الفصح`,
`أول جمعة من يوليو`, `الثلاثاء الأخير من شهر مارس`.

A holiday is the day it falls on in the year the text gives, else in the reference's Gregorian year: Islamic
feasts through the Hijri calendar (the first occurrence in that year: a Gregorian year can hold two),
Western Easter through dateutil's computus, fixed Gregorian days as they are. The holidays and their dates
are in `data/holidays.json`.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import cache
from importlib import resources

from dateutil.easter import easter

from ..numbers.words import alternation
from ..text.normalize import match_key
from .lexicon import fragment, time_lexicon
from .rules import END, YEAR4, YEAR_WORD, Found, Rule, months, rule
from .values import Reference, hijri_to_gregorian

ORDINAL_WEEKDAY = {"اول": 1, "الاول": 1, "ثاني": 2, "ثان": 2, "الثاني": 2, "الثانيه": 2, "ثالث": 3, "الثالث": 3,
                   "الثالثه": 3, "رابع": 4, "الرابع": 4, "الرابعه": 4, "خامس": 5, "الخامس": 5, "اخر": -1, "الاخير": -1,
                   "الاخيره": -1}


@cache
def holidays() -> dict[str, tuple[str, int, int]]:
    """Holiday name (as a match key) -> (calendar, month, day); calendar `gregorian`, `hijri` or `easter`."""
    raw = json.loads(resources.files("rasid.data").joinpath("holidays.json").read_text(encoding="utf-8"))
    table: dict[str, tuple[str, int, int]] = {}
    for entry in raw["holidays"]:
        for name in entry["names"]:
            table[match_key(name)] = (entry["calendar"], entry.get("month", 0), entry.get("day", 0))
    return table


def holiday_in(name: str, year: int) -> date | None:
    """The day holiday `name` (a match key) falls on in Gregorian `year`."""
    calendar, month, day = holidays()[name]
    if calendar == "gregorian":
        return date(year, month, day)
    if calendar == "easter":
        return easter(year)
    for hijri_year in range(round((year - 622) * 33 / 32) - 1, round((year - 622) * 33 / 32) + 3):
        found = hijri_to_gregorian(hijri_year, month, day)
        if found and found.year == year:
            return found
    return None


def _holiday(match: re.Match[str], ref: Reference | None) -> Found | None:
    stated, name = match.group("year"), re.sub(r"\s+", " ", match.group("h"))
    year = int(stated) if stated else (ref.day.year if ref else None)
    if year is None:
        return Found("DATE", "XXXX-XX-XX", True, {"holiday": name})
    day = holiday_in(name, year)
    return Found("DATE", day.isoformat(), not stated, {"holiday": name}) if day else None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` (1-5, or -1 for the last) `weekday` (ISO) of a month."""
    if nth == -1:
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def _nth_weekday(match: re.Match[str], ref: Reference | None) -> Found | None:
    nth = ORDINAL_WEEKDAY[match.group("nth") or match.group("nth2")]
    name = match.group("wd1") or match.group("wd")
    weekday = time_lexicon().weekdays.get(name) or time_lexicon().weekdays["ال" + name]
    month = time_lexicon().months[match.group("month")]
    stated = match.group("year")
    year = int(stated) if stated else (ref.day.year if ref else None)
    if year is None:
        return Found("DATE", f"XXXX-{month:02d}-XX", True)
    day = nth_weekday(year, month, weekday, nth)
    return Found("DATE", day.isoformat(), not stated) if day else None


def holiday_rules() -> list[Rule]:
    year = rf"(?:\s*,?\s*(?:(?:من|في|ل)\s*)?(?:{YEAR_WORD}\s*)?(?P<year>{YEAR4})(?:\s*م)?{END})?"
    nth_words = "|".join(sorted(ORDINAL_WEEKDAY, key=len, reverse=True))
    weekday = rf"(?:ال)?(?P<wd>{fragment('weekdays')})"
    unprefixed = r"(?:يوم\s+)?(?:ال)?"
    of_month = rf"\s+(?:من|في|ب)?\s*{months()}{year}"
    return [
        rule("holiday", "holiday", rf"(?P<h>{alternation(holidays())}){END}{year}", _holiday),
        # `أول جمعة من يوليو`, `الاثنين الأخير من مارس`; not `الثلاثاء الثالث من سبتمبر` (Tuesday the 3rd)
        rule("nth_weekday", "weekday month",
             rf"(?:(?P<nth>{nth_words})\s+{unprefixed}(?P<wd1>{_bare_weekdays()})"
             rf"|{weekday}\s+(?P<nth2>الاخير|الاخيره)){END}{of_month}", _nth_weekday),
    ]


@cache
def _bare_weekdays() -> str:
    """Weekday names with and without the article (`جمعة`, `الجمعة`), for `أول جمعة`."""
    names = set(time_lexicon().weekdays)
    return alternation(names | {name[2:] for name in names if name.startswith("ال")})


@cache
def holiday_trigger_words() -> dict[str, None]:
    """Every word of every holiday name: a match always holds its name's longest word."""
    return dict.fromkeys(word for name in holidays() for word in name.split())

