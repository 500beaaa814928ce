"""Title, outlet and publication date from what a page shows on its own lines.

A date line (`16 أغسطس 2024، 3:20 م`) gives the publication date with itself as evidence; a dateline
(`بغداد/ عراق أوبزيرفر`) or a copyright line names the outlet; the headline is the first short line that
reads like one, and its repeats are furniture. Outlet names are put in their canonical form through
`data/outlets.tsv`.
"""
from __future__ import annotations

import json
import re
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
def month_numbers() -> dict[str, int]:
    """Gregorian and Levantine month names (as match keys) to month numbers."""
    raw = json.loads(resources.files("rasid.data").joinpath("months.json").read_text(encoding="utf-8"))
    return {match_key(name): int(num) for num, names in raw["gregorian"].items() for name in names}


#: words that may introduce a date line or its time (as match keys: hamza and ta marbuta folded)
_DATE_LEAD = r"(?:(?:نشر في|نشر بتاريخ|تاريخ النشر|اخر تحديث|تم النشر|published|updated)\s*:?\s*)?"
_TIME_LEAD = r"(?:(?:اخر تحديث|تحديث|الساعه|updated)\s*:?\s*)*"
_TIME = (rf"(?:(?:\s*[,-]?\s*|t){_TIME_LEAD}(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
         r"\s*(?P<ampm>ص|م|am|pm|a\.m\.|p\.m\.)?(?:z|[+-]\d{2}:?\d{2})?"
         r"(?:\s*\(?\s*(?:gmt|utc)\s*(?:[+-]\s*\d{1,2}:?\d{0,2})?\s*\)?)?)?")


@cache
def _date_line_pattern() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in month_numbers()), key=len, reverse=True))
    return re.compile(
        rf"^{_DATE_LEAD}(?:[^\W\d_]+\s*[,]?\s*)?(?P<day>\d{{1,2}})\s*(?:/|\s)\s*(?P<month>{months})(?:\s*/\s*(?:{months}))?"
        rf"\s*(?:/|\s)\s*(?P<year>\d{{4}}){_TIME}\s*$",
        re.IGNORECASE,
    )


_NUMERIC_DATE = re.compile(rf"^{_DATE_LEAD}(?P<year>\d{{4}})[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}}){_TIME}\s*$", re.I)
_DAY_FIRST_DATE = re.compile(rf"^{_DATE_LEAD}(?P<day>\d{{1,2}})[-/.](?P<month>\d{{1,2}})[-/.](?P<year>\d{{4}}){_TIME}\s*$", re.I)


def parse_date_line(line: str) -> PublishedDate | None:
    """The date a line consisting only of a date (and time) states, or None."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    key = digit_key(match_key(line.strip()))
    match = _date_line_pattern().match(key) or _NUMERIC_DATE.match(key) or _DAY_FIRST_DATE.match(key)
    if not match:
        return None
    month = match.group("month")
    month_num = int(month) if month.isdigit() else month_numbers()[month]
    day, year = int(match.group("day")), int(match.group("year"))
    if not (1 <= month_num <= 12 and 1 <= day <= 31):
        return None
    return PublishedDate(_timex(year, month_num, day, match), line.strip())


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


_DATELINE = re.compile(r"^(?P<place>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*[/|–—-]\s*(?P<outlet>[^\W\d_][\w\s]*?)\s*$")


def parse_dateline(line: str) -> str | None:
    """The outlet a short dateline line names (`بغداد/ عراق أوبزيرفر`), or None."""
    if len(line.split()) > MAX_DATELINE_WORDS or line.rstrip().endswith(SENTENCE_END):
        return None
    match = _DATELINE.match(line.strip())
    return canonical_outlet(match.group("outlet")) if match else None


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
