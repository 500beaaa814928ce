"""Rules for expressions relative to the reference date, durations and clock times.

Relative: `اليوم`, `أمس`, `اليوم الاثنين`, `الجمعة الماضي`, `العام المقبل`, `نهاية العام التالي`,
`منتصف العام المقبل`, `قبل 6 ساعات`, `خلال الأشهر القليلة المقبلة` (FUTURE_REF), `الآن` (PRESENT_REF).
Durations: `عشر سنوات` (P10Y), `ستة أشهر` (P6M), `أكثر من عقدين` (P20Y, mod MORE_THAN), `العامين
الماضيين` (P2Y). Without a reference, values keep X placeholders.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from .lexicon import direction_fragment, fragment, time_lexicon, unit_fragment
from .rules import END, YEAR4, YEAR_WORD, Found, Rule, count, count_value, direction, part, rule
from .values import Reference, add_months, duration, shift, valid_date, weekday_near, ymd

PLURAL_COUNTS = (3, 10)  # counts written in words that take a plural noun (ثلاث سنوات), never a singular
RELATION_MOD = {"more": "MORE_THAN", "less": "LESS_THAN", "about": "APPROX"}
PERIOD_UNITS = {"العام": "Y", "السنه": "Y", "الشهر": "M", "الاسبوع": "W"}
PERIODS = "|".join(PERIOD_UNITS)
WAY_SHIFT = {"past": -1, "future": 1, "current": 0}


def _mod(match: re.Match[str]) -> dict[str, str]:
    word = match.groupdict().get("part")
    return {"mod": time_lexicon().part[word]} if word else {}


def _relative_day(match: re.Match[str], ref: Reference | None) -> Found | None:
    offset = time_lexicon().day_offsets[re.sub(r"\s+", " ", match.group("w"))]
    if ref is None:
        return Found("DATE", "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", True)
    return Found("DATE", (ref.day + timedelta(days=offset)).isoformat(), True)


def _day_and_weekday(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`أمس الأحد`, `يوم غد الأربعاء`, `اليوم (السبت)`, `مساء أول من أمس الاثنين`: the relative day names the
    date (the weekday only confirms it); a part of the day before it makes a TIME (`2015-08-03TEV`)."""
    weekday = time_lexicon().weekdays[match.group("wd")] if match.groupdict().get("wd") else None
    if weekday and match.group("w") == "اليوم":  # `اليوم الاثنين`: the weekday says which day "today" is
        extra: dict[str, object] = {"weekday": weekday, "today": True}
        if ref is None:
            return _with_daypart(Found("DATE", f"XXXX-WXX-{weekday}", True, extra), match)
        day = ref.day if ref.day.isoweekday() == weekday else weekday_near(ref.day, weekday, "current")
        return _with_daypart(Found("DATE", day.isoformat(), True, extra), match)
    found = _relative_day(match, ref)
    if found is None:
        return None
    return _with_daypart(Found(found.label, found.value, True, {"weekday": weekday} if weekday else {}), match)


def _daypart_weekday(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`مساء الاثنين`, `صباح يوم الخميس`: that weekday (latest on or before the reference), part of the day."""
    found = _weekday(match, ref)
    return _with_daypart(found, match) if found else None


def _with_daypart(found: Found, match: re.Match[str]) -> Found:
    word = match.groupdict().get("dp")
    if not word:
        return found
    code = time_lexicon().dayparts_of_day[re.sub(r"\s+", " ", word)]
    value = found.value if re.match(r"^\d{4}-\d{2}-\d{2}$", found.value) else "XXXX-XX-XX"
    return Found("TIME", f"{value}T{code}", found.relative, found.extra)


def _after(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`بعد أسبوعين`, `بعد 3 أيام`: the day that many units after the reference (a date, not a duration).
    Only in a clause about the future (`recognize.dated_if_future`), or counted from now (`بعد شهر من الآن`);
    after a past verb it is a duration."""
    unit = time_lexicon().units[match.group("u")]
    amount = _amount(match, unit.number)
    if amount is None or unit.code not in ("Y", "M", "W", "D"):
        return None
    offset = duration(amount * unit.size, unit.code)
    extra: dict[str, Any] = {"offset": offset, **({"from_now": True} if match.group("now") else {})}
    if ref is None:
        return Found("DATE", "FUTURE_REF", True, extra)
    return Found("DATE", _shift_units(ref, unit.code, int(amount * unit.size)), True, {"relation": "future", **extra})


def _day_of_month(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`20 من الشهر القادم`, `الخامس من الشهر الجاري`: a day of the month named relative to the reference."""
    day = int(count_value(match.group("n")) or 0)
    if not 1 <= day <= 31:
        return None
    way = time_lexicon().direction[match.group("dir")] if match.group("dir") else "current"
    if ref is None:
        return Found("DATE", f"XXXX-XX-{day:02d}", True, {"relation": way})
    year, month = add_months(ref.day.year, ref.day.month, WAY_SHIFT[way])
    return Found("DATE", ymd(year, month, day), True, {"relation": way}) if valid_date(year, month, day) else None


def _weekday(match: re.Match[str], ref: Reference | None) -> Found | None:
    weekday = time_lexicon().weekdays[match.group("wd")]
    if match.groupdict().get("week"):
        return _weekday_of_week(match, ref, weekday)
    way = time_lexicon().direction[match.group("dir")] if match.group("dir") else "current"
    today = bool(match.groupdict().get("today"))
    extra: dict[str, object] = {"weekday": weekday}
    if today:
        extra["today"] = True
    if way != "current":
        extra["relation"] = way
    if ref is None:
        return Found("DATE", f"XXXX-WXX-{weekday}", True, extra)
    if today and ref.day.isoweekday() == weekday:
        return Found("DATE", ref.day.isoformat(), True, extra)
    return Found("DATE", weekday_near(ref.day, weekday, way).isoformat(), True, extra)


def _weekday_of_week(match: re.Match[str], ref: Reference | None, weekday: int) -> Found:
    """`الأحد من الأسبوع الماضي`, `الاثنين من هذا الأسبوع`: that day of the named week."""
    way = time_lexicon().direction[match.group("wdir")] if match.group("wdir") else "current"
    if ref is None:
        return Found("DATE", f"XXXX-WXX-{weekday}", True, {"weekday": weekday, "relation": way})
    monday = ref.day - timedelta(days=ref.day.isoweekday() - 1) + timedelta(weeks=WAY_SHIFT[way])
    day = monday + timedelta(days=weekday - 1)
    return Found("DATE", day.isoformat(), True, {"weekday": weekday, "relation": way})


def _period(match: re.Match[str], ref: Reference | None) -> Found | None:
    unit = PERIOD_UNITS[match.group("unit")]
    way = "current" if match.group("this") else time_lexicon().direction[match.group("dir")]
    extra = {**_mod(match), "relation": way}
    if ref is None:
        return Found("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], True, extra)
    return Found("DATE", shift(ref, unit, WAY_SHIFT[way]), True, extra)


def _ago(match: re.Match[str], ref: Reference | None) -> Found | None:
    unit = time_lexicon().units[match.group("u")]
    amount = _amount(match, unit.number)
    if amount is None:
        return Found("DATE", "PAST_REF", True)
    if ref is None:
        return Found("DATE", "PAST_REF", True, {"offset": duration(amount * unit.size, unit.code)})
    return Found("DATE", _shift_units(ref, unit.code, -int(amount * unit.size)), True)


def _shift_units(ref: Reference, code: str, amount: int) -> str:
    """`قبل أسبوع` is a day (a week before), not a calendar week; years and months keep their precision."""
    if code == "W":
        return shift(ref, "D", 7 * amount)
    if code in ("Y", "M", "D", "H", "MIN"):
        return shift(ref, code, amount)
    return ref.value


def _amount(match: re.Match[str], number: int) -> float | None:
    """The count of units: written (`6 ساعات`), or the dual itself (`ساعتين`); None for a vague plural."""
    if match.groupdict().get("n"):
        return count_value(match.group("n"))
    return {1: 1.0, 2: 2.0}.get(number)


def _duration(match: re.Match[str], ref: Reference | None) -> Found | None:
    unit = time_lexicon().units[match.group("u")]
    amount = _amount(match, unit.number)
    in_words = bool(match.groupdict().get("n")) and not match.group("n")[0].isdigit()
    if unit.number == 1 and in_words and amount is not None and PLURAL_COUNTS[0] <= amount <= PLURAL_COUNTS[1]:
        return None  # three to ten take a plural noun: `عشرة سنة 2015` is `عشرة` then `سنة 2015`
    extra: dict[str, str] = {}
    if match.groupdict().get("rel"):
        extra["mod"] = RELATION_MOD[time_lexicon().relation[re.sub(r"\s+", " ", match.group("rel"))]]
    if match.groupdict().get("dir"):
        extra["relation"] = time_lexicon().direction[match.group("dir")]
    return Found("DURATION", duration(None if amount is None else amount * unit.size, unit.code), extra=extra)


def _vague_span(match: re.Match[str], ref: Reference | None) -> Found | None:
    way = time_lexicon().direction[match.group("dir")]
    if way == "current":
        return None
    return Found("DATE", "FUTURE_REF" if way == "future" else "PAST_REF", True, {"relation": way})


def _season(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`فصل الصيف`, `الشتاء المقبل`, `هذا الخريف`, `خلال الصيف`: that season of the reference year (or the
    next or last one, by its direction)."""
    word = next(match.group(g) for g in ("s1", "s2", "s3", "s4") if match.group(g))
    code = time_lexicon().seasons[word]
    dir_word = match.group("dir") or match.group("dir2")
    way = time_lexicon().direction[dir_word] if dir_word else "current"
    if ref is None:
        return Found("DATE", f"XXXX-{code}", True, {"relation": way})
    start, month, year = SEASON_START[code], ref.day.month, ref.day.year
    if way == "future":
        year += start <= month  # the coming one: this year's if it has not begun yet
    elif way == "past":
        year -= start + 2 >= month  # the last one over: this year's only if it has ended
    elif code == "WI" and month <= 2:
        year -= 1  # the winter of January and February began the year before
    return Found("DATE", f"{year:04d}-{code}", True, {"relation": way})


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the first month of each (meteorological seasons)


HALVES = {"النصف": ("H", 2), "الربع": ("Q", 4), "الثلث": ("T", 3)}
ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


def _half_quarter(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`النصف الثاني من عام 2014` (2014-H2), `الربع الأول من هذا العام` (Q1 of the reference year)."""
    code, pieces = HALVES[match.group("piece")]
    index = pieces if match.group("ord") == "الاخير" else ORDINALS[match.group("ord")]
    if index > pieces:
        return None
    stated = match.group("year") or match.group("year2")
    if stated:
        return Found("DATE", f"{int(stated):04d}-{code}{index}")
    way = time_lexicon().direction[match.group("dir")] if match.group("dir") else "current"
    if ref is None:
        return Found("DATE", f"XXXX-{code}{index}", True)
    return Found("DATE", f"{ref.day.year + WAY_SHIFT[way]:04d}-{code}{index}", True, {"relation": way})


def _one_unit(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`غضون عام`, `يوم واحد`: one unit, a duration."""
    unit = time_lexicon().units[match.group("u")]
    return Found("DURATION", duration(unit.size, unit.code))


def _last_n(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`الأيام الخمسة الماضية`, `الأشهر الثلاثة المقبلة`: that many units up to (or from) the reference."""
    way = time_lexicon().direction[match.group("dir")]
    amount = count_value(match.group("n"))
    if way == "current" or amount is None:
        return None
    unit = time_lexicon().units[match.group("u")]
    return Found("DURATION", duration(amount * unit.size, unit.code), extra={"relation": way})


def _vague_ref(match: re.Match[str], ref: Reference | None) -> Found | None:
    return Found("DATE", time_lexicon().vague_refs[re.sub(r"\s+", " ", match.group("w"))], True)


def relative_rules() -> list[Rule]:
    rel = fragment("relation")
    past_future = rf"(?P<dir>{direction_fragment('past')}|{direction_fragment('future')}){END}"
    plural_units = unit_fragment(0)
    this_or_next = rf"(?:(?P<unit>{PERIODS})\s+{direction()}|(?P<this>هذا|هذه)\s+(?P<unit2>{PERIODS}){END})"
    # `نهاية العام` alone; not `نهاية العام 2025` (a year rule's) nor `نهاية العام الدراسي`
    part_of_this = rf"(?P<t>(?P<part>{fragment('part')})\s+(?P<unit3>{PERIODS}))(?!\s*\(?\d|\s+ال)"
    named_week = rf"(?P<week>(?:\s+من)?\s+(?:هذا\s+)?الاسبوع(?:\s+{direction('wdir')})?)"
    day_word = rf"(?:يوم\s+)?(?P<w>{fragment('day_offsets')})"
    weekday_after = rf"(?:\s*[(,]?\s*(?:يوم\s+)?(?P<wd>{fragment('weekdays')})(?:\s*\))?)"
    daypart = rf"(?:(?P<dp>{fragment('dayparts_of_day')})\s+)"
    return [
        rule("day_weekday", "day unit", rf"{daypart}?{day_word}{weekday_after}{END}", _day_and_weekday),
        rule("daypart_day", "daypart", rf"{daypart}{day_word}{END}", _day_and_weekday),
        rule("daypart_weekday", "daypart",
             rf"{daypart}(?:يوم\s+)?(?P<wd>{fragment('weekdays')})(?!\s+عشر)(?:\s+{direction()})?{END}",
             _daypart_weekday),
        rule("after", "unit",
             rf"بعد\s+(?:{count()}\s+)?(?P<u>{unit_fragment(0)}|{unit_fragment(1)}|{unit_fragment(2)}){END}"
             r"(?:\s+من\s+(?P<now>الان|اليوم)(?!\w)|(?!\s+(?:من|علي|علی)(?!\w)))", _after),
        rule("day_of_month", "unit",
             rf"(?P<n>\d{{1,2}})\s+من\s+(?:هذا\s+)?(?:ال)?شهر(?:\s+{direction()})?{END}",
             _day_of_month),
        rule("relative_day", "day unit", rf"(?P<w>{fragment('day_offsets')})(?!\w|\s*[\"”»])", _relative_day),
        rule("weekday", "weekday",
             rf"(?:(?P<today>اليوم)\s+|يوم\s+)?(?P<wd>{fragment('weekdays')})(?!\s+عشر)"
             rf"(?:{named_week}|\s+{direction()})?{END}",
             _weekday),
        rule("period", "unit", rf"{part()}?{this_or_next}", _period_any),
        rule("period_part", "unit", part_of_this, _period_any),
        rule("ago", "unit",
             rf"(?:قبل|منذ)\s+(?:{count()}\s+)?(?P<u>{unit_fragment(0)}|{unit_fragment(1)}|{unit_fragment(2)}){END}",
             _ago),
        rule("duration_count", "unit",
             rf"(?:(?P<rel>{rel})\s+)?{count()}\s+(?P<u>{plural_units}|{unit_fragment(1)}){END}",
             _duration),
        rule("duration_dual", "unit",
             rf"(?:(?P<rel>{rel})\s+)?(?:ال)?(?P<u>{unit_fragment(2)})(?:\s+{past_future})?{END}",
             _duration),
        rule("duration_single", "unit",
             rf"(?:(?P<rel>{rel})\s+|(?:لمده|مده|طوال|طيله)\s+)(?P<u>{unit_fragment(1)}){END}",
             _duration),
        rule("duration_vague", "unit", rf"(?:منذ|بعد|لعده|عده|بضعه|لبضعه)\s+(?P<u>{plural_units}){END}", _duration),
        rule("vague_span", "unit",
             rf"(?:خلال\s+|في\s+)?(?:ال)?(?:{plural_units})\s+(?:القليله\s+)?{direction()}",
             _vague_span),
        rule("last_n", "unit",
             rf"(?:ال)?(?P<u>{plural_units})\s+(?:ال)?{count()}\s+{direction()}", _last_n),
        rule("season", "season",
             rf"(?:(?:فصل|موسم)\s+(?P<s1>{fragment('seasons')})(?:\s+{direction()})?"
             rf"|(?P<this>هذا|هذه)\s+(?P<s2>{fragment('seasons')})"
             rf"|(?P<s3>{fragment('seasons')})\s+{direction('dir2')}"
             rf"|(?:في|خلال|حتي|قبل|بعد|منذ|طوال|مطلع|نهايه|بدايه)\s+(?P<t>(?P<s4>الصيف|الشتاء|الخريف))){END}", _season),
        rule("half_quarter", "fraction",
             rf"(?P<piece>النصف|الربع|الثلث)\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?"
             rf"(?:(?:{YEAR_WORD}\s*(?P<year>{YEAR4})|(?P<year2>{YEAR4}))(?:\s*م)?|(?P<unit>العام|السنه)(?:\s+{direction()})?"
             rf"|(?P<this>هذا|هذه)\s+(?:العام|السنه)){END}", _half_quarter),
        rule("within", "unit", rf"(?:في\s+)?غضون\s+(?P<u>{unit_fragment(1)}){END}", _one_unit),
        rule("one_unit", "unit", rf"(?:(?:لمده|مده|طوال|طيله)\s+)?(?P<u>{unit_fragment(1)})\s+(?:واحد|واحده){END}", _one_unit),
        rule("vague_ref", "day", rf"(?P<w>{fragment('vague_refs')}){END}", _vague_ref),
        rule("set_adverb", "frequency", rf"(?:بشكل\s+(?:شبه\s+)?)?(?P<f>{fragment('frequency')}){END}", _set),
        rule("set_every", "unit", rf"كل\s+(?:{count()}\s+)?(?P<u>{unit_fragment(1)}|{unit_fragment(0)}){END}", _set),
    ]


def _set(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`يوميا`, `بشكل أسبوعي`: every day, week (P1D, P1W); `كل عام`, `كل 3 أشهر`: every year, three months."""
    word = match.group("f") if match.groupdict().get("f") else None
    if word is not None:
        if word.endswith(("ي", "يه")) and not match.group(0).startswith("بشكل"):
            return None  # the adjective (`يومي`, `سنوية`) is a frequency only after `بشكل`
        return Found("SET", duration(1, time_lexicon().frequency[word]))
    unit = time_lexicon().units[match.group("u")]
    amount = _amount(match, unit.number)
    return Found("SET", duration(amount * unit.size, unit.code)) if amount else None


def _period_any(match: re.Match[str], ref: Reference | None) -> Found | None:
    """`هذا العام`, and `نهاية العام` with nothing after it: the current period (with its part)."""
    this = match.groupdict().get("unit2") or match.groupdict().get("unit3")
    if this:
        unit = PERIOD_UNITS[this]
        extra = {**_mod(match), "relation": "current"}
        if ref is None:
            return Found("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], True, extra)
        return Found("DATE", shift(ref, unit, 0), True, extra)
    return _period(match, ref)
