"""Rules for clock times: `3:20 م`, `15:23:24`, `الساعة الثامنة مساءً`, `الساعة 3 و15 دقيقة عصرا`,
`الساعة الثانية عشرة إلا ربعا`, `الثالثة فجرا`, `11 ليلا`. The day part (`صباحا`, `مساء`, `م`, `بعد الظهر`) turns a
12-hour reading into a 24-hour one; the day is the reference's (`XXXX-XX-XX` without one).
"""
from __future__ import annotations

import re
from functools import cache

from ..numbers.words import alternation, cardinal_pattern, lexicon, ordinal_pattern, ordinal_value
from .lexicon import fragment, time_lexicon
from .rules import END, Found, Rule, count_value, rule
from .values import Reference

MAX_HOUR_WORD = 12  # a clock hour in words is one number word up to twelve (`الساعة ثلاثة`)


@cache
def hour_word_pattern() -> str:
    """One cardinal word up to twelve, teens included (`احدى عشرة`): never a run that would swallow the minutes."""
    return alternation(w for w, v in lexicon().units.items() if 1 <= v <= MAX_HOUR_WORD) + r"(?:\s+عشره?)?"


def _clock(hour: int, minute: int, daypart: str | None) -> tuple[int, int] | None:
    """24-hour clock from a 12-hour reading and its day part (ص/صباحا before noon, م/مساء after)."""
    if daypart:
        way = time_lexicon().daypart[re.sub(r"\s+", " ", daypart)]
        if way == "pm" and hour < 12:
            hour += 12
        elif way == "am" and hour == 12:
            hour = 0
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


MINUTE_WORDS = {"ربع": 15, "نصف": 30, "ثلث": 20}


def _time(match: re.Match[str], ref: Reference | None) -> Found | None:
    hour = _hour_value(match.group("h"))
    minute = _minute_value(match.groupdict().get("mi"))
    if match.groupdict().get("minus") and hour is not None:
        before = _minute_value("ربع" if match.group("mm") == "ربعا" else match.group("mm"))
        hour, minute = (hour - 1, 60 - before) if before else (hour, minute)
    clock = _clock(hour, minute, match.groupdict().get("dp")) if hour is not None and minute is not None else None
    if clock is None:
        return None
    seconds = f":{match.group('s')}" if match.groupdict().get("s") else ""
    day = ref.day.isoformat() if ref else "XXXX-XX-XX"
    return Found("TIME", f"{day}T{clock[0]:02d}:{clock[1]:02d}{seconds}", True)


def _hour_value(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    value = ordinal_value(text) or count_value(text)
    return int(value) if value else None


def _minute_value(text: str | None) -> int | None:
    if not text:
        return 0
    if text in MINUTE_WORDS:
        return MINUTE_WORDS[text]
    value = count_value(text)
    return int(value) if value is not None else None


@cache
def adverb_dayparts() -> str:
    """Day parts written as adverbs (`صباحا`, `مساء`, `ليلا`, `فجرا`): the ones that make a bare hour in digits a
    clock time (`11 ليلا`), where `م` or `ص` after a number may be a metre or a page."""
    return alternation(k for k in time_lexicon().daypart if k.isalpha() and not k.isascii() and len(k) > 2
                       and not k.startswith("ال"))


def time_rules() -> list[Rule]:
    daypart = rf"(?:\s*(?P<dp>{fragment('daypart')}){END})"
    hour_words = rf"(?P<h>\d{{1,2}}|{ordinal_pattern()}|{hour_word_pattern()})"
    minutes = (rf"(?:\s+(?:و\s*(?P<mi>\d{{1,2}}|ربع|نصف|ثلث|{cardinal_pattern()})(?:\s+دقيقه)?"
               rf"|(?P<minus>الا)\s+(?P<mm>ربعا|ربع|ثلث|\d{{1,2}}|{cardinal_pattern()})(?:\s+دقيقه)?))")
    return [
        rule("clock_digits", "digit",
             rf"(?:(?:عند\s+)?(?:ال)?ساعه\s+)?(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\d){daypart}?",
             _time),
        rule("clock_words", "unit", rf"(?:عند\s+)?(?:ال)?ساعه\s+{hour_words}{minutes}?{daypart}?", _time),
        rule("ordinal_hour", "number", rf"(?P<h>{ordinal_pattern()}){minutes}?{daypart}", _time),
        rule("hour_daypart", "digit", rf"(?<![\d.,:/])(?P<h>1[0-2]|0?[1-9])\s*(?P<dp>{adverb_dayparts()}){END}", _time),
    ]
