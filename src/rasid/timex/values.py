"""TIMEX3 values and the reference date that relative expressions are resolved against.

A `Reference` is the document's publication date (and time, when known), read from its TIMEX3 value.
Resolution is calendar arithmetic on it: shift by years, months, weeks or days, find a weekday before or
after it. Without a reference, a relative expression keeps `X` placeholders (`XXXX-09`, `XXXX-WXX-5`).
Hijri dates are converted with hijridate (the Umm al-Qura calendar that Saudi outlets print), and with the
arithmetic Islamic calendar outside its tables (before 1343 AH), where it is within a day. A day before the
Gregorian reform (15 October 1582) is given in the Julian calendar, the one histories and the texts themselves
use for those years (`22 شعبان 492هـ`: 14 July 1099 in the arithmetic calendar, written Julian, where histories give
the 15th; 20 July proleptic Gregorian): events told in both calendars then fall on one timeline.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

_TIMEX_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
TWO_DIGIT_HIJRI_PIVOT = 60  # `30-02-33` is 1433 AH, `10-03-90` is 1390 AH (dateparser's reading)


@dataclass(frozen=True, slots=True)
class Reference:
    """The anchor of relative expressions: a day, and a clock time when the publication date has one."""

    day: date
    time: tuple[int, int] | None = None

    @classmethod
    def parse(cls, value: str | None) -> Reference | None:
        """A reference from a TIMEX3 date value (`2024-08-16` or `2024-08-16T15:20`), or None."""
        match = _TIMEX_DATE.match(value or "")
        if not match:
            return None
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return cls(day, (int(match[4]), int(match[5])) if match[4] else None)

    @property
    def value(self) -> str:
        if self.time is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.time[0]:02d}:{self.time[1]:02d}"

    def moment(self) -> datetime:
        hour, minute = self.time or (0, 0)
        return datetime(self.day.year, self.day.month, self.day.day, hour, minute)


def ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """`2024-08-16`, `2024-08`, `2024`, or with X for what is unknown (`XXXX-09-17`)."""
    parts = [f"{year:04d}" if year else "XXXX"]
    if month or day:
        parts.append(f"{month:02d}" if month else "XX")
    if day:
        parts.append(f"{day:02d}")
    return "-".join(parts)


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_day(day: date) -> date:
    """The day whose ISO week is `day`'s week as Arab news counts it: in most Arab countries the week begins on
    Sunday, so on a Sunday `this week` is the ISO week that starts the next day (and `last week` the one
    that ended on Saturday's side)."""
    return day + timedelta(days=1) if day.isoweekday() == SUNDAY else day


SUNDAY = 7  # ISO weekday


def weekday_near(ref: date, weekday: int, direction: str) -> date:
    """The `weekday` (ISO, Monday 1) before `ref` (past), after it (future), or this week's, on or before it."""
    delta = (ref.isoweekday() - weekday) % 7
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.isoweekday()) % 7 or 7)
    if direction == "past":
        return ref - timedelta(days=delta or 7)
    return ref - timedelta(days=delta)


def shift(ref: Reference, unit: str, amount: int) -> str:
    """The TIMEX3 value `amount` units (Y, M, W, D, H, MIN) from the reference, at that unit's precision."""
    day = ref.day
    if unit == "Y":
        return ymd(day.year + amount)
    if unit == "M":
        return ymd(*add_months(day.year, day.month, amount))
    if unit == "W":
        return iso_week(week_day(day) + timedelta(weeks=amount))
    if unit == "D":
        return (day + timedelta(days=amount)).isoformat()
    if ref.time is None:  # hours or minutes from a day with no known time: the day is all we can say
        moved = datetime(day.year, day.month, day.day, 12) + _clock_delta(unit, amount)
        return moved.date().isoformat()
    return (ref.moment() + _clock_delta(unit, amount)).strftime("%Y-%m-%dT%H:%M")


def _clock_delta(unit: str, amount: int) -> timedelta:
    if unit == "H":
        return timedelta(hours=amount)
    return timedelta(minutes=amount) if unit == "MIN" else timedelta(seconds=amount)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date (a 30th of a 29-day month rolls over, as printed dates do)."""
    if year < 100:
        year += 1400 if year < TWO_DIGIT_HIJRI_PIVOT else 1300
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    try:
        first = Hijri(year, month, 1).to_gregorian()
    except (ValueError, OverflowError):  # outside Umm al-Qura's tables (1343-1500 AH): the arithmetic calendar
        return as_written(_tabular_hijri(year, month) + timedelta(days=day - 1)) if 1 <= year < 3000 else None
    return date(first.year, first.month, first.day) + timedelta(days=day - 1)


GREGORIAN_REFORM = date(1582, 10, 15)
JULIAN_DAY_OF_ORDINAL_ZERO = 1721425  # the Julian day number of `date.fromordinal(1)` is one more


def as_written(day: date) -> date:
    """A proleptic Gregorian day as texts write it: itself from the reform on, its Julian calendar date before
    (kept Gregorian on a Julian 29 February that the Gregorian calendar has no day for)."""
    if day >= GREGORIAN_REFORM:
        return day
    c = day.toordinal() + JULIAN_DAY_OF_ORDINAL_ZERO + 32082  # the usual day-number-to-Julian-date arithmetic
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    try:
        return date(d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
    except ValueError:
        return day


def hijri_of(day: date) -> tuple[int, int, int] | None:
    """The Umm al-Qura Hijri (year, month, day) of a Gregorian day; None outside its tables (1343-1500 AH)."""
    try:
        found = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return found.year, found.month, found.day


HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, proleptic Gregorian


def _tabular_hijri(year: int, month: int) -> date:
    """The first of a Hijri month in the arithmetic (tabular) Islamic calendar: within a day of the observed one."""
    return date.fromordinal(math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + HIJRI_EPOCH)


def duration(count: float | None, unit: str) -> str:
    """A TIMEX3 duration: `P10Y`, `P6M`, `PT5H`, `PXY` (a vague count)."""
    clock = unit in ("H", "MIN", "S")
    code = "M" if unit == "MIN" else unit
    amount = "X" if count is None else (str(int(count)) if float(count).is_integer() else f"{count:g}")
    return f"P{'T' if clock else ''}{amount}{code}"
