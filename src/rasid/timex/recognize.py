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
from ..numbers.units import follows_age_cue
from ..numbers.words import lexicon
from ..text.folded import FoldedText
from ..text.windows import trigger_windows, windows_for, with_clitics
from .clock import time_rules
from .dates import date_rules
from .holidays import holiday_rules, holiday_trigger_words
from .lexicon import time_lexicon
from .relative import relative_rules
from .rules import Found, Rule, span_of
from .values import Reference, valid_date, weekday_near, ymd

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
    return (*date_rules(), *relative_rules(), *time_rules(), *holiday_rules())


DAY_WORDS = ("الوقت", "اللحظه", "وقت", "الماضي", "المستقبل")  # triggers besides the lexicon's longest words


@cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Trigger word -> classes (`month`, `hijri`, `weekday`, `unit`, `number`, `day`; digits are `digit`).
    A multi-word name triggers by its longest word, so that `ذي القعدة` does not make `الذي` a trigger."""
    lex, numbers = time_lexicon(), lexicon()
    tables: dict[str, Any] = {"month": lex.months, "hijri": lex.hijri_months, "weekday": lex.weekdays, "unit": lex.units,
              "number": {**numbers.units, **numbers.ordinals},
              "day": {**lex.day_offsets, **lex.vague_refs, **dict.fromkeys(DAY_WORDS)}, "frequency": lex.frequency,
              "season": {**lex.seasons, "فصل": None, "موسم": None}, "holiday": holiday_trigger_words(),
              "fraction": {"النصف": None, "الربع": None, "الثلث": None}, "daypart": lex.dayparts_of_day}
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
    chosen = [cand for cand in chosen
              if not is_age(folded.key, cand) and not in_a_name(folded.key, cand) and not is_rate(folded.key, cand)]
    chosen = daily_sets(folded.key, join_durations(folded.key, yearly_sets(folded.key, chosen)))
    chosen = [next_year_if_future(folded, ahead_if_future(folded, dated_if_future(folded, cand), reference), reference)
              for cand in chosen]
    return [_span(folded, cand, reference) for cand in chosen]


#: how far back a cue may stand from what it qualifies (characters of the key)
AGE_REACH = 24
FUTURE_REACH = 60
CLAUSE_END = re.compile(r"[.!?؟؛\n]")


def is_age(key: str, cand: Candidate) -> bool:
    """A count of years right after an age cue (`البالغ من العمر 40 عاما`, `عن عمر يناهز 80 عاما`) or in
    brackets after a name (`محمد (40 عاما)`) is an age: a quantity, not a time expression."""
    if cand.found.label != "DURATION" or not cand.found.value.endswith("Y"):
        return False
    before = key[max(0, cand.start - AGE_REACH):cand.start].rstrip()
    if before.endswith("(") and key[cand.end:cand.end + 2].lstrip().startswith(")"):
        return True
    return follows_age_cue(before)


RATE_BEFORE = re.compile(r"(?:\d|الف|مليون|مليار|ملايين|الاف)\S*\s+(?:[^\W\d_]+\s+){0,2}(?:في|بال|كل)\s*$")


def is_rate(key: str, cand: Candidate) -> bool:
    """`3 ملايين برميل في اليوم`, `120 كيلومترا في الساعة`: a rate's unit of time, not a date."""
    if cand.rule not in ("relative_day", "clock_words", "period_part") or key[cand.start:cand.end] not in ("اليوم", "الساعه"):
        return False
    return bool(RATE_BEFORE.search(key, max(0, cand.start - 40), cand.start))


MEDIUM_BEFORE = re.compile(r"(?:صحيفه|جريده|قناه|موقع|وكاله|شبكه|تلفزيون|راديو|اذاعه|برنامج)(?:\s+\S+){0,2}\s*[\"“«]?\s*$")


#: a group named after a day (`قوى 8 آذار`, `فريق «14 آذار»`, `حركة 6 أبريل`): the day names the group, as match keys
GROUP_BEFORE = re.compile(r"(?<!\w)[و]?(?:قوي|فريق|تحالف|تيار|حركه|حزب|ائتلاف|جماعه|كتله)\s*[\"«“]?\s*$")


def in_a_name(key: str, cand: Candidate) -> bool:
    """`عين اليوم`, `فلسطين اليوم`, `صحيفة اليوم`: a relative day word inside an outlet's or programme's name; a day
    and month naming a political group (`قوى 8 آذار`)."""
    if cand.rule == "day_month" and GROUP_BEFORE.search(key, max(0, cand.start - 12), cand.start):
        return True
    if cand.rule not in ("relative_day", "vague_ref"):
        return False
    if MEDIUM_BEFORE.search(key, max(0, cand.start - 40), cand.start):
        return True
    reach = max(0, cand.start - NAME_REACH)
    return any(match.start() <= cand.start and cand.end <= match.end()
               for match in _names_with_time_words().finditer(key, reach, cand.end + NAME_REACH))


NAME_REACH = 20  # characters either side of a time word that a name holding it may take


@cache
def _names_with_time_words() -> re.Pattern[str]:
    names = sorted(time_lexicon().names_with_time_words, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


YEARLY = re.compile(r"\s*,?\s*(?:من\s+)?(?:كل\s+(?:عام|سنه)|سنويا|سنويًا)(?!\w)")


def yearly_sets(key: str, chosen: list[Candidate]) -> list[Candidate]:
    """`الثامن من ديسمبر من كل عام`: a day and month said to recur every year is a SET (`XXXX-12-08`)."""
    out: list[Candidate] = []
    skip_until = -1
    for cand in chosen:
        if cand.start < skip_until:
            continue
        recur = YEARLY.match(key, cand.end) if cand.found.label == "DATE" else None
        if recur and DAY_VALUE.match(cand.found.value) and not re.search(r"\d{4}", key[cand.start:cand.end]):
            value = "XXXX" + cand.found.value[4:]
            found = Found("SET", value, False, {"frequency": "P1Y"})
            out.append(Candidate(cand.start, recur.end(), found, f"{cand.rule}+yearly"))
            skip_until = recur.end()
        else:
            out.append(cand)
    return out


#: a clause that says something happens every day (`تبدأ يوميا من الساعة 6 مساء`), as match keys
DAILY = re.compile(r"(?<!\w)(?:يوميا|كل\s+يوم|في\s+كل\s+يوم)(?!\w)")
DAILY_REACH = 60  # characters of the key before a time of day searched for a daily marker
CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(?::\d{2})?)$")


def daily_sets(key: str, chosen: list[Candidate]) -> list[Candidate]:
    """`تبدأ الفعاليات يوميا من الساعة 6 مساء`: a time of day after a daily marker in its clause recurs every day, a
    SET (`XXXX-XX-XXT18:00`), not the article's own day."""
    out = []
    for cand in chosen:
        clock = CLOCK_VALUE.match(cand.found.value) if cand.found.label == "TIME" else None
        if clock and DAILY.search(key, clause_start(key, cand.start, DAILY_REACH), cand.start):
            found = Found("SET", "XXXX-XX-XX" + clock.group(1), False, {**cand.found.extra, "frequency": "P1D"})
            cand = Candidate(cand.start, cand.end, found, f"{cand.rule}+daily")
        out.append(cand)
    return out


DURATION_PARTS = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                            r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
AND_GAP = re.compile(r"^\s*,?\s*و\s*$")


def join_durations(key: str, chosen: list[Candidate]) -> list[Candidate]:
    """`2 سنة و1 شهر و21 يوما` is one duration, `P2Y1M21D`: counted durations of different units joined by و."""
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if (last and last.found.label == cand.found.label == "DURATION" and AND_GAP.match(key[last.end:cand.start])
                and (merged := _merge_durations(last.found.value, cand.found.value))):
            found = Found("DURATION", merged, False, dict(last.found.extra))
            out[-1] = Candidate(last.start, cand.end, found, f"{last.rule}+{cand.rule}")
        else:
            out.append(cand)
    return out


def _merge_durations(first: str, second: str) -> str | None:
    a, b = DURATION_PARTS.match(first), DURATION_PARTS.match(second)
    if not a or not b or any(x is not None and y is not None for x, y in zip(a.groups(), b.groups())):
        return None  # a vague part, or the same unit twice: two durations, not one
    parts = [x if x is not None else y for x, y in zip(a.groups(), b.groups())]
    date = "".join(f"{v}{u}" for v, u in zip(parts[:4], "YMWD") if v is not None)
    clock = "".join(f"{v}{u}" for v, u in zip(parts[4:], "HMS") if v is not None)
    return f"P{date}" + (f"T{clock}" if clock else "")


@cache
def _future_words() -> re.Pattern[str]:
    markers = "|".join(re.escape(m) for m in sorted(time_lexicon().future_markers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{markers})(?!\w)|(?<!\w)[وف]?(?P<verb>س[يتن]\w{{2,}})")


#: a first-person future verb keeps its hamza only in the text (`سأعود`; the key folds it to `ساعود`)
FIRST_PERSON_FUTURE = re.compile(r"(?<!\w)[وف]?سأ(?!ل)\w{2,}")  # not سأل, to ask


def ahead_if_future(folded: FoldedText, cand: Candidate, reference: Reference | None) -> Candidate:
    """A bare weekday after a future verb or marker in its clause (`ستعقد اللجنة اجتماعها يوم الأحد`) is the
    coming one, not the last one."""
    extra = cand.found.extra
    if (reference is None or cand.rule not in ("weekday", "daypart_weekday") or extra.get("relation")
            or extra.get("today") or "weekday" not in extra or not in_future_clause(folded, cand.start)):
        return cand
    day = weekday_near(reference.day, int(extra["weekday"]), "future")
    value = day.isoformat() + (cand.found.value[10:] if cand.found.label == "TIME" else "")
    return Candidate(cand.start, cand.end, Found(cand.found.label, value, True, {**extra, "relation": "future"}), cand.rule)


def next_year_if_future(folded: FoldedText, cand: Candidate, reference: Reference | None) -> Candidate:
    """A day and month without a year, before the reference's in the year but said of the future (`سيفتتح
    المعرض في 5 يوليو` in an article of August) is next year's; without a future verb it stays this year's."""
    found = cand.found
    parts = DAY_VALUE.match(found.value)
    if (reference is None or cand.rule != "day_month" or not found.relative or found.extra.get("relation")
            or parts is None or "X" in found.value or found.value[5:] >= reference.day.isoformat()[5:]
            or not in_future_clause(folded, cand.start)):
        return cand
    year, month, day = (int(part) for part in parts.groups())
    if not valid_date(year + 1, month, day):
        return cand
    value = ymd(year + 1, month, day)
    return Candidate(cand.start, cand.end, Found(found.label, value, True, {**found.extra, "relation": "future"}), cand.rule)


def in_future_clause(folded: FoldedText, start: int) -> bool:
    """Whether a future verb or marker stands before key offset `start` in its clause."""
    key = folded.key
    opening = clause_start(key, start, FUTURE_REACH)
    written = folded.text[slice(*folded.span(opening, start))]
    return (any(_is_future_cue(m) for m in _future_words().finditer(key, opening, start))
            or bool(FIRST_PERSON_FUTURE.search(written)))


def clause_start(key: str, start: int, reach: int) -> int:
    """Where the clause holding key offset `start` begins: after the last full stop, question mark, semicolon or
    line end within `reach` characters before it, else `reach` characters back."""
    floor = max(0, start - reach)
    ends = list(CLAUSE_END.finditer(key, floor, start))
    return ends[-1].end() if ends else floor


AFTER = re.compile(r"بعد\s+")


def dated_if_future(folded: FoldedText, cand: Candidate) -> Candidate:
    """`سيعود بعد أسبوعين` is a date two weeks on; `سيطر عليها بعد عامين` (after a past verb) counts two years
    from some other event: the duration `عامين` alone."""
    if cand.rule != "after" or "offset" not in cand.found.extra or cand.found.extra.get("from_now") or (
            in_future_clause(folded, cand.start)):
        return cand  # `بعد شهر من الآن` is a date whatever the verb
    lead = AFTER.match(folded.key, cand.start)
    start = lead.end() if lead else cand.start
    return Candidate(start, cand.end, Found("DURATION", str(cand.found.extra["offset"])), "after_duration")


def _is_future_cue(match: re.Match[str]) -> bool:
    verb = match.group("verb")
    if verb is None:
        return True
    return not any(verb == word or (len(word) >= 4 and verb.startswith(word)) for word in time_lexicon().not_future_s_words)


def _span(folded: FoldedText, cand: Candidate, reference: Reference | None) -> Span:
    start, end = folded.span(cand.start, cand.end)
    anchor = reference.value if reference is not None and cand.found.relative else None
    attrs = {"value": cand.found.value, "anchor": anchor, **cand.found.extra}
    return Span(start, end, cand.found.label, attrs)
