"""Rules for calendar dates: written with month names in either series, in digits, in Hijri, or as a year.

Forms: `16 أغسطس 2024`, `10 سبتمبر/أيلول عام 2014`, `الاثنين 18 شباط`, `السابع عشر من سبتمبر الحالي`,
`السادس من الشهر الجاري`, `2021.12.29`, `14-09-1432 هـ`, `12 رمضان 1445 هـ`, `يناير 2023`,
`سبتمبر المقبل`, `منتصف عام 2025`, `عام 2011`, `في 2025`. A date without a year takes the reference's
year when there is one, else `XXXX`.
"""
from __future__ import annotations

import re

from ..numbers.units import counts_something
from ..numbers.words import ordinal_pattern, ordinal_value
from .lexicon import fragment, time_lexicon
from .rules import (
    DAY,
    END,
    HIJRI_MARK,
    HIJRI_YEAR,
    YEAR4,
    YEAR_WORD,
    Found,
    Rule,
    direction,
    months,
    part,
    rule,
    year_after,
)
from .values import Reference, add_months, hijri_of, hijri_to_gregorian, valid_date, ymd

#: the Gregorian era written after a year (`1184م`, `1099 ميلادية`, `1250 للميلاد`): a year before 1300, which
#: unmarked could be a Hijri one or a count, is read as a year only with it
GREGORIAN_MARK = r"(?:\s*(?:م|ميلادي\w*|للميلاد)(?!\w))"
YEAR_PREPOSITIONS = r"(?:في|منذ|حتي|بحلول|قبل|بعد|خلال|مطلع|منذ|عامي|وفي|ومنذ|وحتي|ابتداء\s+من|اعتبارا\s+من)"
#: what may follow a bare four-digit year for it to be read as a year (not a count of something)
YEAR_FOLLOWERS = r"(?=\s*(?:[.,;:!?)\]»”\"'\n/-]|$)|\s+(?:و|حيث|عندما|حين|الي|حتي|في|من|علي|بعد|قبل|م)(?!\w))"
SEP = r"(?:\s*/\s*|[.-])"  # between the numbers of a date: `29/5/1425`, `29 / 5 / 1425` (Saudi papers), `2021.12.29`
#: month names too ambiguous to read as a month without `شهر`, a day or a year (مارس is also a verb)
COUNTED_LOOKAHEAD = 30  # characters after a year-like number searched for a counted noun
AMBIGUOUS_MONTHS = ("مارس", "ماي", "اب", "اوت", "جوان", "ايار")


def _mod(match: re.Match[str]) -> dict[str, str]:
    word = match.groupdict().get("part")
    return {"mod": time_lexicon().part[word]} if word else {}


def _year_of(match: re.Match[str], ref: Reference | None) -> tuple[int | None, bool]:
    """The stated year, or the reference's (True: taken from the reference), or None."""
    if match.groupdict().get("year"):
        return int(match.group("year")), False
    return (ref.day.year, True) if ref else (None, True)


def _day_month(match: re.Match[str], ref: Reference | None, day: int) -> Found | None:
    month = time_lexicon().months[re.sub(r"\s+", " ", match.group("month"))]
    year, relative = _year_of(match, ref)
    if year and not valid_date(year, month, day):
        return None
    return Found("DATE", ymd(year, month, day), relative and ref is not None)


def _numeric_day(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`16 أغسطس 2024`; `14 يوليو الماضي` takes its year from the reference and the direction."""
    found = _day_month(match, ref, int(match.group("d")))
    if found and match.group("dirm") and ref is not None and not match.group("year"):
        return _month_direction_year(found, match, ref)
    return found


def _ordinal_day(match: re.Match[str], ref: Reference | None) -> Found | None:
    day = ordinal_value(match.group("ord"))
    if not day or day > 31:
        return None
    if match.group("month"):
        return _day_month(match, ref, day)
    if ref is None:  # السادس من الشهر الجاري
        return Found("DATE", ymd(None, None, day), True)
    year, month = add_months(ref.day.year, ref.day.month, _MONTH_SHIFT[time_lexicon().direction[match.group("dir")]])
    return Found("DATE", ymd(year, month, day), True) if valid_date(year, month, day) else None


_MONTH_SHIFT = {"past": -1, "future": 1, "current": 0}


def _numeric(match: re.Match[str], ref: Reference | None) -> Found | None:
    year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    if month > 12 >= day:  # 4/22/1948: the middle number cannot be a month, so the order is month/day/year
        month, day = day, month
    if match.groupdict().get("hijri") or 1300 <= year < 1500 or (year < 100 and match.groupdict().get("hijri")):
        found = hijri_to_gregorian(year, month, day)
        return Found("DATE", found.isoformat(), extra={"calendar": "hijri"}) if found else None
    if year < 100 or not valid_date(year, month, day):
        return None
    return Found("DATE", ymd(year, month, day))


def _hijri_named(match: re.Match[str], ref: Reference | None) -> Found | None:
    month = time_lexicon().hijri_months[re.sub(r"\s+", " ", match.group("hmonth"))]
    found = hijri_to_gregorian(int(match.group("year")), month, int(match.group("d")))
    return Found("DATE", found.isoformat(), extra={"calendar": "hijri"}) if found else None


def _hijri_month(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`رمضان 1445 هـ`: the Gregorian month in which the Hijri month begins."""
    month = time_lexicon().hijri_months[re.sub(r"\s+", " ", match.group("hmonth"))]
    start = hijri_to_gregorian(int(match.group("year")), month, 1)
    return Found("DATE", ymd(start.year, start.month), extra={"calendar": "hijri"}) if start else None


def _hijri_relative(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`رمضان المقبل`, `شهر ذي القعدة الماضي`: the next or last such Hijri month from the reference, as the
    Gregorian month in which it begins (as `_hijri_month`); with a day before it (`السادس والعشرين من شهر
    رمضان الماضي`, `12 شوال المقبل`), that day."""
    month = time_lexicon().hijri_months[re.sub(r"\s+", " ", match.group("hmonth"))]
    way = time_lexicon().direction[match.group("dir")]
    today = hijri_of(ref.day) if ref is not None else None
    if today is None or way not in ("past", "future"):
        return None
    year = today[0] + (1 if way == "future" and month <= today[1] else 0) - (
        1 if way == "past" and month >= today[1] else 0)
    day = int(match.group("d")) if match.group("d") else ordinal_value(match.group("ord")) if match.group("ord") else None
    start = hijri_to_gregorian(year, month, day or 1)
    if start is None:
        return None
    value = start.isoformat() if day else ymd(start.year, start.month)  # `السادس والعشرين من رمضان الماضي`: the day
    return Found("DATE", value, True, {**_mod(match), "relation": way, "calendar": "hijri"})


def _month_year(match: re.Match[str], ref: Reference | None) -> Found | None:
    month = time_lexicon().months[re.sub(r"\s+", " ", match.group("month"))]
    return Found("DATE", ymd(int(match.group("year")), month), extra=_mod(match))


def _month_relative(match: re.Match[str], ref: Reference | None) -> Found | None:
    month = time_lexicon().months[re.sub(r"\s+", " ", match.group("month"))]
    if ref is None:
        return Found("DATE", ymd(None, month), True, _mod(match))
    way = time_lexicon().direction[match.group("dir")]
    year = ref.day.year
    if way == "future" and month <= ref.day.month:
        year += 1
    elif way == "past" and month >= ref.day.month:
        year -= 1
    return Found("DATE", ymd(year, month), True, {**_mod(match), "relation": way})


def _month_of_year(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`يوليو من العام الماضي`, `مارس من العام المقبل`, `مايو من هذا العام`: the month of the year named
    relative to the reference (a day before the month is kept: `5 يوليو من العام الماضي`)."""
    month = time_lexicon().months[re.sub(r"\s+", " ", match.group("month"))]
    way = "current" if match.group("this") else time_lexicon().direction[match.group("ydir")]
    day = int(match.group("d")) if match.group("d") else None
    if ref is None:
        return Found("DATE", ymd(None, month, day), True, {**_mod(match), "relation": way})
    year = ref.day.year + {"past": -1, "future": 1}.get(way, 0)
    if day is not None and not valid_date(year, month, day):
        return None
    return Found("DATE", ymd(year, month, day), True, {**_mod(match), "relation": way})


def _month_bare(match: re.Match[str], ref: Reference | None) -> Found | None:
    name = re.sub(r"\s+", " ", match.group("month"))
    if name in AMBIGUOUS_MONTHS and not match.group(0).lstrip().startswith("شهر") and "شهر" not in match.group(0):
        return None
    return Found("DATE", ymd(ref.day.year if ref else None, time_lexicon().months[name]), True, _mod(match))


def _year(match: re.Match[str], ref: Reference | None) -> Found | None:
    year = int(match.group("year"))
    if match.groupdict().get("hijri"):
        return _hijri_year(year, match, ref)
    if not 1000 <= year <= 2200:
        return None
    return Found("DATE", ymd(year), extra=_mod(match))


def _year_not_count(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`حرب 1967`, `الانتفاضة الأولى 1987 صادر`: a year, unless a counted noun follows (`أزمة 2000 لاجئ`)."""
    following = re.match(r"\s*([^\W\d_]+)", match.string[match.end():match.end() + COUNTED_LOOKAHEAD])
    if following and counts_something(following.group(1)):
        return None
    return _year(match, ref)


def _hijri_year(year: int, match: re.Match[str], ref: Reference | None = None) -> Found | None:
    """A Hijri year as the Gregorian year it begins in (`1308 هـ` began in August 1890), or as the reference's
    year when the reference day falls inside it (`1436هـ` in an article of August 2015: it began in October 2014)."""
    start, following = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if start is None:
        return None
    inside = ref is not None and following is not None and start <= ref.day < following
    gregorian = ref.day.year if inside and ref is not None else start.year
    return Found("DATE", ymd(gregorian), extra={**_mod(match), "calendar": "hijri", "hijri": str(year)})


def _weekday_day_month(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`السبت 21/09`: a day and month in digits, read as such only after a weekday."""
    day, month = int(match.group("d")), int(match.group("m"))
    year = ref.day.year if ref else None
    if not 1 <= month <= 12 or (year and not valid_date(year, month, day)):
        return None
    return Found("DATE", ymd(year, month, day), True)


def _month_slash_year(match: re.Match[str], ref: Reference | None) -> Found | None:
    month = int(match.group("m"))
    return Found("DATE", ymd(int(match.group("y")), month)) if 1 <= month <= 12 else None


def date_rules() -> list[Rule]:
    weekday = rf"(?:(?:يوم\s+)?{fragment('weekdays')}\s*,?\s*(?:(?:ال)?موافق\s+)?)?"
    ordinal = rf"(?P<ord>{ordinal_pattern()})"
    this_month = rf"(?:الشهر\s+{direction()}|(?P<dir2>هذا)\s+الشهر|(?P<dir3>الشهر)(?![^\W\d_])(?!\s+(?:نفسه|ذاته)))"
    return [
        rule("numeric_ymd", "digit",
             rf"(?<![\d.])(?P<y>{YEAR4}){SEP}(?P<m>[01]?\d){SEP}(?P<d>[0-3]?\d)(?![\d.]\d){HIJRI_MARK}?",
             _numeric),
        rule("numeric_dmy", "digit",
             rf"(?<![\d.])(?P<d>[0-3]?\d){SEP}(?P<m>[0-3]?\d){SEP}(?P<y>\d{{4}}|\d\d)(?![\d.]\d)"
             rf"(?P<hijri>{HIJRI_MARK})?",
             _numeric),
        rule("month_slash_year", "digit", rf"(?<![\d./-])(?P<m>[01]?\d)/(?P<y>{YEAR4})(?![\d/])", _month_slash_year),
        rule("day_month", "month",
             rf"(?P<t>{weekday}(?:ال)?(?P<d>{DAY})\s*(?:من\s+)?{months()}{year_after()}?(?:\s+{direction('dirm')})?)",
             _numeric_day),
        rule("day_range", "month",
             rf"(?P<t>(?:(?:من|بين)\s+)?(?P<d1>{DAY})\s*(?:-|–|الي|حتي|و)\s*(?P<d>{DAY})\s+(?:من\s+)?{months()}{year_after()}?)",
             _day_range),
        rule("ordinal_day", "month unit",
             rf"(?P<t>{weekday}(?:اليوم\s+)?{ordinal}\s+(?:من\s+)?"
             rf"(?:{months()}{year_after()}?(?:\s+{direction('dirm')})?|{this_month}))",
             _ordinal_day_any),
        rule("weekday_day_month", "weekday",
             rf"(?P<t>(?:يوم\s+)?{fragment('weekdays')}\s*,?\s*(?P<d>{DAY})/(?P<m>[01]?\d))(?![\d/])",
             _weekday_day_month),
        rule("hijri_named", "hijri",
             rf"(?P<d>{DAY})(?:\s+|\s*/\s*)(?:من\s+)?(?P<hmonth>{fragment('hijri_months')})\s*(?:[,/]\s*)?"
             rf"(?:{YEAR_WORD}\s*)?(?P<year>{HIJRI_YEAR}){HIJRI_MARK}?",
             _hijri_named),
        rule("hijri_month_year", "hijri",
             rf"(?:شهر\s+)?(?P<hmonth>{fragment('hijri_months')})\s*(?:[,/]\s*)?(?:{YEAR_WORD}\s*)?(?P<year>{HIJRI_YEAR})"
             rf"{HIJRI_MARK}?",
             _hijri_month),
        rule("hijri_relative", "hijri",
             rf"{part()}?(?:(?:ال)?(?P<d>{DAY})\s+(?:من\s+)?|{ordinal}\s+(?:من\s+)?)?(?:شهر\s+)?"
             rf"(?P<hmonth>{fragment('hijri_months')})\s+{direction()}", _hijri_relative),
        rule("month_year", "month",
             rf"{part()}?{months()}\s*,?\s*(?:من\s+)?(?:{YEAR_WORD}\s*)?(?P<year>{YEAR4})(?:\s*م)?{END}",
             _month_year),
        rule("month_relative", "month", rf"{part()}?{months()}\s+{direction()}", _month_relative),
        rule("month_of_year", "month",
             rf"{part()}?(?:(?:ال)?(?P<d>{DAY})\s+(?:من\s+)?)?{months()}\s*,?\s+(?:من\s+)?"
             rf"(?:(?:العام|السنه)\s+{direction('ydir')}|(?P<this>هذا\s+العام|هذه\s+السنه|العام\s+الحالي|العام\s+الجاري))",
             _month_of_year),
        rule("month_bare", "month",
             rf"(?:(?:في|منذ|حتي|بحلول|خلال|وفي|ومنذ)\s+)?(?P<t>{part()}?{months()})",
             _month_bare_in_context),
        rule("year_word", "digit",
             rf"(?P<t>{part()}?{YEAR_WORD}\s*\(?\s*(?P<year>{YEAR4})(?:\s*\))?(?:\s*م{END}|(?P<hijri>{HIJRI_MARK}))?)"
             rf"(?!\w)",
             _year),
        rule("year_gregorian", "digit",
             rf"(?P<t>{part()}?(?:{YEAR_WORD}\s*)?\(?\s*(?P<year>1[0-2]\d\d)(?:\s*\))?{GREGORIAN_MARK})",
             _year),
        rule("year_hijri", "digit", rf"(?:\(\s*)?(?P<year>1[0-4]\d\d|[1-9]\d\d)(?:\s*\))?(?P<hijri>{HIJRI_MARK})", _year),
        rule("year_prep", "digit", rf"{YEAR_PREPOSITIONS}\s+(?P<t>(?P<year>{YEAR4}))(?:\s*م)?{END}", _year),
        rule("year_part", "digit", rf"(?P<t>{part()}(?P<year>{YEAR4})){END}", _year),
        rule("year_after_event", "digit",
             rf"(?:ال)?(?:{fragment('year_after')})(?:\s+[^\W\d_]+)?\s+(?P<t>(?P<year>(?:19|20)\d\d))(?:\s*م)?(?![\d.,%٪])",
             _year_not_count),
        rule("year_bare", "digit", rf"(?<![©\d.,/:-])(?<!© )(?P<year>(?:19|20)\d\d)(?:\s*م)?{YEAR_FOLLOWERS}", _year),
    ]


def _day_range(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`13 الى 15 تموز`, `بين 13 و15 تموز 2024`: the first day, with the last as `until` (inclusive)."""
    first, last = int(match.group("d1")), int(match.group("d"))
    end = _day_month(match, ref, last)
    start = _day_month(match, ref, first)
    if start is None or end is None or first >= last:
        return None
    return Found("DATE", start.value, start.relative, {"until": end.value})


def _ordinal_day_any(match: re.Match[str], ref: Reference | None) -> Found | None:
    if match.group("month"):
        found = _ordinal_day(match, ref)
        if found and match.group("dirm") and ref is not None and not match.group("year"):
            return _month_direction_year(found, match, ref)
        return found
    if match.group("dir2") or match.group("dir3"):
        return _ordinal_day_this_month(match, ref)  # `هذا الشهر`; `من الشهر` alone is the month of the reference
    return _ordinal_day(match, ref)


def _ordinal_day_this_month(match: re.Match[str], ref: Reference | None) -> Found | None:
    day = ordinal_value(match.group("ord")) or 0
    if ref is None:
        return Found("DATE", ymd(None, None, day), True)
    year, month = ref.day.year, ref.day.month
    return Found("DATE", ymd(year, month, day), True) if valid_date(year, month, day) else None


def _month_direction_year(found: Found, match: re.Match[str], ref: Reference) -> Found:
    """`السابع عشر من سبتمبر الحالي` is this year's; `المقبل`/`الماضي` move the year when the day requires (`12
    أغسطس الماضي` in an article of 10 August is last year's); the direction is kept as the date's `relation`, so
    that a future verb does not move the year again."""
    month, day = int(found.value[5:7]), int(found.value[8:10])
    way, year = time_lexicon().direction[match.group("dirm")], ref.day.year
    if way == "future" and (month, day) < (ref.day.month, ref.day.day):
        year += 1
    elif way == "past" and (month, day) > (ref.day.month, ref.day.day):
        year -= 1
    if not valid_date(year, month, day):
        return found
    return Found("DATE", ymd(year, month, day), True, {**found.extra, "relation": way})


def _month_bare_in_context(match: re.Match[str], ref: Reference | None) -> Found | None:
    """A month alone needs a preposition before it or `شهر`; a month name alone is too often something else."""
    if not match.group(0).startswith(match.group("t")) or "شهر" in match.group("t") or match.group("part"):
        return _month_bare(match, ref)
    return None
