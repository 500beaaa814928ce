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
from ..text.stopwords import is_stopword

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


#: words that may introduce a date line or its time (as match keys: hamza and ta marbuta folded; lower case)
_DATE_LEAD = (r"(?:(?:نشر في|نشر بتاريخ|تاريخ النشر|تاريخ الخبر|اخر تحديث|تم النشر|تم التحديث|نشر|بتاريخ|التاريخ"
              r"|(?:first |last )?(?:published|updated|posted)(?: on)?|publié le|publie le|mis à jour le|mis a jour le|le)"
              r"\s*:?\s*)?")
_WEEKDAY = r"(?:[^\W\d_]+\s*[,،]?\s+|[^\W\d_]+\s*[,،]\s*)?"  # الثلاثاء، / Thursday, / jeudi
_TIME_LEAD = r"(?:(?:اخر تحديث|تحديث|الساعه|الساعة|updated|at|à|a)\s*:?\s*)*"
_TIME = (rf"(?:(?:\s*[,|–—-]?\s*|t){_TIME_LEAD}(?P<hour>\d{{1,2}})(?::|h)(?P<minute>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
         r"\s*(?P<ampm>ص|م|مساء|صباحا|am|pm|a\.m\.|p\.m\.)?(?:z|[+-]\d{2}:?\d{2})?"
         r"(?:\s*\(?\s*(?:gmt|utc|ت\s*غ|بتوقيت \S+)\s*(?:[+-]\s*\d{1,2}:?\d{0,2})?\s*\)?)?)?")


@cache
def _month_names() -> dict[str, int]:
    """Arabic (both series) and Latin-script month names, as match keys, to numbers."""
    return {**month_numbers(), **_months("latin")}


@cache
def _date_line_patterns() -> tuple[re.Pattern[str], ...]:
    """A line that is only a publication date: a lead word, a weekday, the date in one of the forms news
    sites print (`19 أغسطس 2025`, `7 mars 2024`, `March 7, 2024`, `2025-08-19`, `19-08-2025`, `19/8/2025`),
    and a time (`09:02 ص`, `à 10h32`, `| 10:32 GMT`)."""
    months = _alternation(_month_names())
    head = rf"^{_DATE_LEAD}{_WEEKDAY}"
    named = (rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s*(?:/|\s|-)\s*(?P<month>{months})\.?(?:\s*/\s*(?:{months}))?"
             rf"\s*(?:/|\s|-|,)\s*(?P<year>\d{{4}})")
    month_first = rf"(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{{4}})"
    year_first = r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})" + _HIJRI_ASIDE
    day_first = r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})"
    tail = rf"{_TIME}\s*(?:م|ميلادي)?\s*$"
    return tuple(re.compile(head + form + tail, re.IGNORECASE) for form in (named, month_first, year_first, day_first))


_HIJRI_ASIDE = r"(?:\s*\(\s*\d{4}/\d{1,2}/\d{1,2}\s*\))?"  # 2015-08-10 (1436/10/25) 16:09:03
_HAS_DIGIT = re.compile(r"\d")


def parse_date_line(line: str) -> PublishedDate | None:
    """The date a line consisting only of a date (and time) states, or None."""
    if len(line) > MAX_DATE_LINE_CHARS or not _HAS_DIGIT.search(line):
        return None  # every date line has its day and year in digits
    key = digit_key(match_key(line.strip())).lower()
    for pattern in _date_line_patterns():
        match = pattern.match(key)
        if match:
            return _dated(match, line)
    return None


#: the separators of a dateline's parts: a spaced dash, a bar
_DATELINE_PARTS = re.compile(r"\s+[–—ـ-]\s+|\s*\|\s*")
MAX_PART_WORDS = 4


@dataclass(frozen=True, slots=True)
class DatedLine:
    """A dateline with a date among its parts (`الفاشر – 26 أكتوبر 2025 – راديو دبنقا`)."""

    date: PublishedDate
    outlet: str | None


def parse_dated_line(line: str) -> DatedLine | None:
    """A line of two or three parts — place, date, outlet or reporter, in any order — one of them a date,
    the others short names; the outlet is a part that names one (`dateline_outlet`). None otherwise."""
    stripped = line.strip()
    if len(stripped) > MAX_DATE_LINE_CHARS or stripped.endswith(SENTENCE_END) or not _HAS_DIGIT.search(stripped):
        return None
    parts = [part for part in _DATELINE_PARTS.split(stripped) if part]
    if not 2 <= len(parts) <= 3:
        return None
    dates = [parse_date_line(part) for part in parts]
    names = [part for part, date in zip(parts, dates) if date is None]
    if len(names) != len(parts) - 1 or not all(_is_short_name(name) for name in names):
        return None
    date = next(d for d in dates if d is not None)
    outlet = next((found for found in map(dateline_outlet, reversed(names)) if found), None)
    return DatedLine(PublishedDate(date.value, stripped), outlet)


def _is_short_name(part: str) -> bool:
    """A place, an outlet or a reporter: a few words of letters, none of them a function word (`إن`, `في`)."""
    words = match_key(part).split()
    return (1 <= len(words) <= MAX_PART_WORDS and all(re.fullmatch(r"[^\W\d_]+|\d{2,3}", word) for word in words)
            and not any(is_stopword(word) for word in words))


def _dated(match: re.Match[str], line: str) -> PublishedDate | None:
    month = match.group("month")
    month_num = int(month) if month.isdigit() else _month_names()[month.lower()]
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
        if ampm in ("م", "مساء", "pm", "p.m.") and hour < 12:
            hour += 12
        elif ampm in ("ص", "صباحا", "am", "a.m.") and hour == 12:
            hour = 0
        value += f"T{hour:02d}:{match.group('minute')}"
    return value


#: two short runs of letters (no digits) around a separator: `بغداد/ عراق أوبزيرفر`, `نايف عبدالله – عين اليوم`
_DATELINE = re.compile(r"^(?P<left>[^\W\d_]+(?:\s[^\W\d_]+)*)\s*(?P<sep>[/|–—-])\s*(?P<right>[^\W\d_]+(?:\s[^\W\d_]+)*)$")


SPACED_TATWEEL = re.compile(r"\s+ـ\s+")


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
    stripped = SPACED_TATWEEL.sub(" - ", line.strip())  # `الأحساء ـ فلان`: a tatweel set as a dash
    if len(stripped.split()) > MAX_DATELINE_WORDS or stripped.endswith(SENTENCE_END):
        return None
    match = _DATELINE.match(match_key(stripped))  # the key drops diacritics: `عمّان - بترا`
    if not match:
        return None
    left, right = re.split(r"\s*[/|–—-]\s*", stripped, maxsplit=1)  # the sides as written
    outlet = dateline_outlet(right) or dateline_outlet(left)
    return Dateline(outlet) if outlet or match.group("sep") != "/" else None


MEDIUM_WORDS = ("وكاله", "صحيفه", "جريده", "قناه", "موقع", "مجله", "راديو", "اذاعه", "تلفزيون", "شبكه", "منصه", "بوابه")  # as match keys


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


#: a page widget giving an article's age instead of its date (`منذ ساعتين`, `قبل 5 دقائق`), as a match key
_AGE_UNITS = ("ثانية ثوان ثواني دقيقة دقائق دقيقتين ساعة ساعات ساعتين يوم أيام يومين أسبوع أسابيع أسبوعين شهر أشهر"
              " شهرين سنة سنوات عام أعوام")
_AGE_WIDGET = re.compile(rf"^(?:نشر\s*)?(?:منذ|قبل)\s+(?:\d+\s+|[^\W\d_]+\s+)?(?:{'|'.join(match_key(_AGE_UNITS).split())})$")


def is_age_widget(line: str) -> bool:
    """`منذ ساعتين`, `منذ 3 ساعات`: the age of the page when it was saved, not a date and not a headline."""
    return len(line) <= 30 and bool(_AGE_WIDGET.match(digit_key(match_key(line.strip()))))


@cache
def _lead_dateline_pattern() -> re.Pattern[str]:
    """A place and a full date opening a paragraph, before a dash or a colon: `بيروت، 12 آذار 2024 (رويترز) -`."""
    months = _alternation(_month_names())
    return re.compile(
        rf"^(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+\s*[,،]?\s*(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})"
        r"\s*(?:\([^)]{1,30}\))?\s*[-–—:]", re.IGNORECASE)


def parse_lead_dateline(line: str) -> PublishedDate | None:
    """The date of a dateline opening a paragraph (the paragraph stays in the text), or None."""
    match = _lead_dateline_pattern().match(digit_key(match_key(line[:MAX_DATE_LINE_CHARS])))
    if not match:
        return None
    date = _dated(match, line)
    return PublishedDate(date.value, line[:match.end()].strip()) if date else None


def looks_like_headline(line: str) -> bool:
    """Three to 25 words, at least three of them words of letters, not ending like a sentence, and not a
    date line or a page widget (`منذ ساعتين`)."""
    words = line.split()
    lettered = sum(1 for word in words if re.fullmatch(r"[^\W\d_]{2,}[,،:]?", match_key(word)))
    return (MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS and lettered >= MIN_HEADLINE_WORDS
            and not line.rstrip().endswith(SENTENCE_END) and not is_age_widget(line) and not parse_date_line(line))


_ISO_VALUE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def is_date_value(value: str) -> bool:
    """Whether a record's `published` is a date: ISO (`2024-03-07`, `2024-03-07T10:32:00+03:00`, a real day)
    or a date line rasid reads (`7 مارس 2024`)."""
    match = _ISO_VALUE.match(value)
    if match:
        return is_calendar_date(int(match[1]), int(match[2]), int(match[3]))
    return parse_date_line(value) is not None
