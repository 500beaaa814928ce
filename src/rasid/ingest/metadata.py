"""Title, outlet and publication date from what a page shows on its own lines.

A date line (`16 أغسطس 2024، 3:20 م`) gives the publication date with itself as evidence; a dateline
(`بغداد/ عراق أوبزيرفر`) or a copyright line names the outlet; a news-agency dateline
(`الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`) gives both; the headline is the first short line that
reads like one, and its repeats are furniture. Outlet names are put in their canonical form through
`data/outlets.tsv`.
"""
from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..text.normalize import digit_key, match_key

MAX_HEADLINE_WORDS = 25
MIN_HEADLINE_WORDS = 3
MAX_DATELINE_WORDS = 5
MAX_DATE_LINE_CHARS = 100  # the longest date line met, with weekday, update time and zone, is ~60
SENTENCE_END = (".", "،", ":", "؛", "…")


@dataclass(frozen=True, slots=True)
class PublishedDate:
    value: str  # TIMEX3: 2024-08-16 or 2024-08-16T15:20
    evidence: str


@cache
def _months(series: str) -> dict[str, int]:
    raw = json.loads(resources.files("rasid.data").joinpath("months.json").read_text(encoding="utf-8"))
    return {match_key(name): int(num) for num, names in raw[series].items() for name in names}


def month_numbers() -> dict[str, int]:
    """Gregorian and Levantine month names (as match keys) to month numbers."""
    return _months("gregorian")


def _alternation(names: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


def is_calendar_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


#: words that may introduce a date line or its time (as match keys: hamza and ta marbuta folded)
_DATE_LEAD = r"(?:(?:نشر في|نشر بتاريخ|تاريخ النشر|اخر تحديث|تم النشر|published|updated)\s*:?\s*)?"
_TIME_LEAD = r"(?:(?:اخر تحديث|تحديث|الساعه|updated)\s*:?\s*)*"
_TIME = (rf"(?:(?:\s*[,-]?\s*|t){_TIME_LEAD}(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
         r"\s*(?P<ampm>ص|م|am|pm|a\.m\.|p\.m\.)?(?:z|[+-]\d{2}:?\d{2})?"
         r"(?:\s*\(?\s*(?:gmt|utc)\s*(?:[+-]\s*\d{1,2}:?\d{0,2})?\s*\)?)?)?")


@cache
def _date_line_pattern() -> re.Pattern[str]:
    months = _alternation(month_numbers())
    return re.compile(
        rf"^{_DATE_LEAD}(?:[^\W\d_]+\s*[,]?\s*)?(?P<day>\d{{1,2}})\s*(?:/|\s)\s*(?P<month>{months})(?:\s*/\s*(?:{months}))?"
        rf"\s*(?:/|\s)\s*(?P<year>\d{{4}}){_TIME}\s*$",
        re.IGNORECASE,
    )


_HIJRI_ASIDE = r"(?:\s*\(\s*\d{4}/\d{1,2}/\d{1,2}\s*\))?"  # 2015-08-10 (1436/10/25) 16:09:03
_NUMERIC_DATE = re.compile(rf"^{_DATE_LEAD}(?P<year>\d{{4}})[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}}){_HIJRI_ASIDE}{_TIME}\s*$", re.IGNORECASE)
_DAY_FIRST_DATE = re.compile(rf"^{_DATE_LEAD}(?P<day>\d{{1,2}})[-/.](?P<month>\d{{1,2}})[-/.](?P<year>\d{{4}}){_TIME}\s*$", re.IGNORECASE)


def parse_date_line(line: str) -> PublishedDate | None:
    """The date a line consisting only of a date (and time) states, or None."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    key = digit_key(match_key(line.strip()))
    match = _date_line_pattern().match(key) or _NUMERIC_DATE.match(key) or _DAY_FIRST_DATE.match(key)
    if not match:
        return None
    return _dated(match, line)


def _dated(match: re.Match[str], line: str) -> PublishedDate | None:
    month = match.group("month")
    month_num = int(month) if month.isdigit() else month_numbers()[month]
    day, year = int(match.group("day")), int(match.group("year"))
    if not is_calendar_date(year, month_num, day):
        return None
    return PublishedDate(_timex(year, month_num, day, match), line.strip())


@cache
def _agency_dateline_pattern() -> re.Pattern[str]:
    """`الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`: place, Hijri date, Gregorian date, agency."""
    words = r"[^\W\d_]+(?:\s[^\W\d_]+){0,2}"
    return re.compile(
        rf"^(?P<place>{words})\s*[,-]?\s*\d{{1,2}}\s*(?:{_alternation(_months('hijri'))})\s*\d{{4}}\s*ه?\s*"
        rf"(?:الموافق|[-/])?\s*(?P<day>\d{{1,2}})\s*(?P<month>{_alternation(month_numbers())})\s*(?P<year>\d{{4}})\s*م?"
        rf"(?:\s*[-(]?\s*(?P<agency>{words})\s*\)?)?\s*$",
        re.IGNORECASE,
    )


def parse_agency_dateline(line: str) -> tuple[PublishedDate, str | None] | None:
    """The date and agency of a news-agency dateline with Hijri and Gregorian dates (SPA style), or None."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    match = _agency_dateline_pattern().match(digit_key(match_key(line.strip())))
    date = _dated(match, line) if match else None
    if not date:
        return None
    agency = match.group("agency") if match else None
    return date, (canonical_outlet(agency) if agency else None)


def _timex(year: int, month: int, day: int, match: re.Match[str]) -> str:
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if match.groupdict().get("hour"):
        hour = int(match.group("hour"))
        ampm = (match.groupdict().get("ampm") or "").lower()
        if ampm in ("م", "pm", "p.m.") and hour < 12:
            hour += 12
        elif ampm in ("ص", "am", "a.m.") and hour == 12:
            hour = 0
        value += f"T{hour:02d}:{match.group('minute')}"
    return value


#: two short runs of letters (no digits) around a separator: `بغداد/ عراق أوبزيرفر`, `نايف عبدالله – عين اليوم`
_DATELINE = re.compile(r"^(?P<left>[^\W\d_]+(?:\s[^\W\d_]+)*)\s*(?P<sep>[/|–—-])\s*(?P<right>[^\W\d_]+(?:\s[^\W\d_]+)*)$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A byline or dateline line; `outlet` when one of its sides names one."""

    outlet: str | None


def parse_dateline(line: str) -> Dateline | None:
    """A short `place/ outlet`, `outlet – place` or `reporter – place` line, or None.

    The outlet is a side that names one (`dateline_outlet`). A dash line naming none is a reporter and a
    place (`أحمد البشيري – الباحة`, ~400 such lines in SaudiNewsNet): still a byline, with no outlet. A
    slash line naming none is left in the text (verse and lists use slashes too).
    """
    stripped = line.strip()
    if len(stripped.split()) > MAX_DATELINE_WORDS or stripped.endswith(SENTENCE_END):
        return None
    match = _DATELINE.match(match_key(stripped))  # the key drops diacritics: `عمّان - بترا`
    if not match:
        return None
    left, right = re.split(r"\s*[/|–—-]\s*", stripped, maxsplit=1)  # the sides as written
    outlet = dateline_outlet(right) or dateline_outlet(left)
    return Dateline(outlet) if outlet or match.group("sep") != "/" else None


MEDIUM_WORDS = ("وكاله", "صحيفه", "جريده", "قناه", "موقع", "مجله")  # as match keys


def dateline_outlet(side: str) -> str | None:
    """The outlet one side of a dateline names: a listed name that is not also a place or common word
    (`data/outlets_ambiguous.txt`), or any name after a medium word (`وكالة ...`, `صحيفة ...`)."""
    key = match_key(side.strip()).lower()
    if key.split(" ", 1)[0] in MEDIUM_WORDS:
        return canonical_outlet(side)
    known = known_outlet(side)
    return known if known and key not in ambiguous_outlet_names() else None


@cache
def ambiguous_outlet_names() -> frozenset[str]:
    raw = resources.files("rasid.data").joinpath("outlets_ambiguous.txt").read_text(encoding="utf-8")
    return frozenset(match_key(n.strip()).lower() for n in raw.splitlines() if n.strip() and not n.startswith("#"))


_COPYRIGHT_OWNER = re.compile(r"(?:©️?|\(c\)|حقوق[^©]*محفوظة)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s*)?(?P<owner>.+)$", re.IGNORECASE)


def outlet_from_copyright(line: str) -> str | None:
    """The outlet a copyright line names, when it is one rasid knows."""
    known = find_known_outlet(line)
    if known:
        return known
    match = _COPYRIGHT_OWNER.search(line)
    return match.group("owner").strip(" -–") if match and match.group("owner").strip(" -–") else None


@cache
def _outlets() -> dict[str, str]:
    """Every listed name and host (as a match key) to its canonical outlet name."""
    table: dict[str, str] = {}
    raw = resources.files("rasid.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    for row in raw.splitlines():
        if row.strip() and not row.startswith("#"):
            names = [n.strip() for n in row.split("\t") if n.strip()]
            for name in names:
                table[match_key(name).lower()] = names[0]
    return table


def known_outlet(name: str) -> str | None:
    """The canonical name of a listed outlet (by any of its names or hosts), or None."""
    return _outlets().get(match_key(name.strip().strip('"“”«»')).lower())


def canonical_outlet(name: str) -> str:
    """The canonical form of an outlet name, or the name itself trimmed when it is not listed."""
    key = match_key(name.strip().strip('"“”«»')).lower()
    return _outlets().get(key, name.strip().strip('"“”«»'))


def is_known_outlet(name: str) -> bool:
    """Whether `name` (quotes around it ignored) is a listed outlet name or one of its other names."""
    return match_key(name.strip().strip('"“”«»')).lower() in _outlets()


def find_known_outlet(text: str) -> str | None:
    """The first listed outlet whose name (of two or more characters) appears in `text`."""
    key = match_key(text).lower()
    for name in sorted(_outlets(), key=len, reverse=True):
        if len(name) > 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", key):
            return _outlets()[name]
    return None


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS and not line.rstrip().endswith(SENTENCE_END)
