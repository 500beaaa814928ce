"""Test cases for time expressions and numbers from three public sources, as expected TIMEX3 values and numbers.

- Duckling's Arabic corpora (`time_duckling_ar/duckling_ar_examples.tsv`): Time rows against Duckling's
  reference time (Tuesday 2013-02-12 04:30), with the expected value at Duckling's grain (`Day` ->
  `2013-02-12`, `Week` -> `2013-W07`, `Hour` -> `2013-02-12T15:00`); Duration, Numeral, AmountOfMoney rows;
  PhoneNumber and NEGATIVE rows must produce nothing. Intervals and holidays are kept as cases rasid does not
  represent (they count as misses). Quantity, Volume, Temperature and Ordinal rows need unit conversions or
  are not counts, and are left out.
- dateparser's Arabic tests (`time_dateparser_ar/dateparser_ar_cases.tsv`), read the same way.
- The Wojood sample (`ner_wojood_sample/val.txt`): DATE, TIME, CARDINAL and MONEY spans over sentences
  rebuilt from the tokens (joined by spaces, none inside brackets or before punctuation), without sentences
  that also occur in `train.txt`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

DUCKLING_REFERENCE = datetime(2013, 2, 12, 4, 30)
DATEPARSER_REFERENCE = datetime(2024, 9, 23, 12, 0)  # "now" for dateparser's relative cases (any fixed time)
_TUPLE = r"\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)"
DURATION_CODES = {"Second": "PT{}S", "Minute": "PT{}M", "Hour": "PT{}H", "Day": "P{}D", "Week": "P{}W",
                  "Month": "P{}M", "Year": "P{}Y"}
CURRENCY_CODES = {"Dollar": "USD", "Cent": "CENT", "Pound": "", "EUR": "EUR", "GBP": "GBP", "EGP": "EGP", "KWD": "KWD",
                  "LBP": "LBP", "QAR": "QAR", "SAR": "SAR", "JOD": "JOD", "ILS": "ILS"}


@dataclass(frozen=True, slots=True)
class TimeCase:
    """An input, its reference time, and the TIMEX3 value expected (None: nothing must be found)."""

    source: str
    kind: str
    text: str
    expected: str | None
    reference: datetime
    grain: str = "day"  # for scoring a datetime from another parser: year, month, week, day, hour, minute, second


@dataclass(frozen=True, slots=True)
class NumberCase:
    source: str
    kind: str  # numeral, money, negative
    text: str
    value: float | None
    currency: str | None = None


@dataclass(slots=True)
class GoldSentence:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, type


def timex_at_grain(moment: datetime, grain: str) -> str:
    """A datetime as a TIMEX3 value at a grain: `2013-02-12`, `2013-W07`, `2013-02-12T15:00`."""
    if grain == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    formats = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H:00",
               "minute": "%Y-%m-%dT%H:%M", "second": "%Y-%m-%dT%H:%M:%S"}
    return moment.strftime(formats[grain])


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def duckling_time_cases(path: Path) -> list[TimeCase]:
    cases = []
    for row in _rows(path):
        if row["dimension"] in ("Time", "Duration"):
            expected, kind, grain = _duckling_time_expected(row["expected_haskell_expr"])
            cases.append(TimeCase("duckling", kind, row["text"], expected, DUCKLING_REFERENCE, grain))
    return cases


def _duckling_time_expected(expr: str) -> tuple[str | None, str, str]:
    if expr.startswith("NEGATIVE"):
        return None, "negative", "day"
    if expr.startswith("DurationData"):
        _, amount, unit = expr.split()
        return DURATION_CODES[unit].format(amount), "duration", "day"
    if expr.startswith(("datetimeInterval", "datetimeIntervalHoliday")):
        return "INTERVAL", "interval", "day"
    match = re.search(_TUPLE + r" (\w+)", expr)
    if not match:
        raise ValueError(f"unreadable Duckling value: {expr}")
    year, month, day, hour, minute, second = (int(match[i]) for i in range(1, 7))
    moment = datetime(year, month, day, hour, minute, second)
    grain = match[7].lower()
    kind = "holiday" if expr.startswith("datetimeHoliday") else "point"
    if grain == "second" and moment == DUCKLING_REFERENCE:
        return "PRESENT_REF", "now", grain
    return timex_at_grain(moment, grain), kind, grain


def duckling_number_cases(path: Path) -> list[NumberCase]:
    cases = []
    for row in _rows(path):
        dimension, expr, text = row["dimension"], row["expected_haskell_expr"], row["text"]
        if dimension == "PhoneNumber" or expr.startswith("NEGATIVE"):
            if dimension in ("PhoneNumber", "Numeral", "AmountOfMoney", "Quantity"):
                cases.append(NumberCase("duckling", "negative", text, None))
        elif dimension == "Numeral":
            cases.append(NumberCase("duckling", "numeral", text, float(expr.split(" ", 1)[1].strip("()"))))
        elif dimension == "AmountOfMoney":
            cases.append(_money_case(expr, text))
    return cases


def _money_case(expr: str, text: str) -> NumberCase:
    match = re.match(r"(simple|under|above|between) (\w+) \(?([\d.e]+)", expr)
    if not match:
        raise ValueError(f"unreadable Duckling amount: {expr}")
    return NumberCase("duckling", f"money_{match[1]}", text, float(match[3]), CURRENCY_CODES.get(match[2], ""))


def dateparser_time_cases(path: Path) -> list[TimeCase]:
    cases: list[TimeCase] = []
    for row in _rows(path):
        cases.extend(_dateparser_cases(row))
    return cases


_EN_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), 1)}
_RELATIVE = {"day": ("D", timedelta(days=1)), "hour": ("H", timedelta(hours=1)), "year": ("Y", None)}


def _dateparser_cases(row: dict[str, str]) -> list[TimeCase]:
    kind, text, expected = row["kind"], row["input"].strip(), row["expected"]
    now = DATEPARSER_REFERENCE
    if kind == "translate":
        day, month, year, clock, ampm = expected.split()
        hour, minute = map(int, clock.split(":"))
        hour = hour % 12 + (12 if ampm == "pm" else 0)
        moment = datetime(int(year), _EN_MONTHS[month], int(day), hour, minute)
        return [TimeCase("dateparser", kind, text, timex_at_grain(moment, "minute"), now, "minute")]
    if kind in ("translate_relative", "freshness_ago"):
        return [_relative_case(kind, text, expected, now)]
    if kind == "search_in_text":
        base = datetime.fromisoformat(row["settings"].split("=", 1)[1])
        return [TimeCase("dateparser", kind, part.split(" => ")[0].strip(), part.split(" => ")[1].strip()[:10], base)
                for part in expected.split(" | ")]
    moment = datetime.fromisoformat(expected)
    grain = "day" if moment.hour == 0 and moment.minute == 0 else "minute"
    return [TimeCase("dateparser", kind, text, timex_at_grain(moment, grain), now, grain)]


def _relative_case(kind: str, text: str, expected: str, now: datetime) -> TimeCase:
    """`1 day ago`, `ago 2 hour`, `2 day` (a duration), `days=3` (freshness: that many days before now)."""
    if kind == "freshness_ago":
        if "," in expected:  # several units at once: not a single TIMEX3 value
            return TimeCase("dateparser", kind, text, "COMPOUND", now)
        days = int(expected.split("=")[1])
        return TimeCase("dateparser", kind, text, timex_at_grain(now - timedelta(days=days), "day"), now)
    words = expected.split()
    if "ago" not in words:
        amount, unit = words
        return TimeCase("dateparser", "duration", text, f"P{amount}{_RELATIVE[unit][0]}", now)
    count = int(next(w for w in words if w.isdigit()))
    unit = next(w for w in words if w in _RELATIVE)
    grain = "hour" if unit == "hour" else "day"
    step = _RELATIVE[unit][1] or timedelta(days=365)
    return TimeCase("dateparser", "ago", text, timex_at_grain(now - count * step, grain), now, grain)


def wojood_sentences(path: Path, exclude: Path | None = None,
                     types=("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")) -> list[GoldSentence]:
    """Sentences of a Wojood split with their spans of `types` (any nesting level); sentences that also occur
    in `exclude` (e.g. the training split) are dropped, as are repeats."""
    seen = {s.text for s in _read_wojood(exclude, types)} if exclude else set()
    unique = []
    for sentence in _read_wojood(path, types):
        if sentence.text not in seen:
            seen.add(sentence.text)
            unique.append(sentence)
    return unique


def _read_wojood(path: Path, types) -> list[GoldSentence]:
    sentences: list[GoldSentence] = []
    tokens: list[tuple[str, list[str]]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] != "$#$":
            tokens.append((parts[0], parts[1:]))
        elif not parts and tokens:
            sentences.append(_sentence(tokens, types))
            tokens = []
    return sentences


NO_SPACE_BEFORE = frozenset(")],.:;!?،؛/%")
NO_SPACE_AFTER = frozenset("([/")


def _sentence(tokens: list[tuple[str, list[str]]], types) -> GoldSentence:
    """Tokens joined by spaces, except around brackets, slashes and punctuation (`( 1935 )` -> `(1935)`)."""
    text, offsets, previous = "", [], ""
    for word, _ in tokens:
        if text and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
        previous = word
    sentence = GoldSentence(text)
    open_spans: dict[str, int] = {}
    for index, (_, tags) in enumerate([*tokens, ("", [])]):
        _close_and_open(sentence, open_spans, tags, index, offsets, types)
    return sentence


def _close_and_open(sentence: GoldSentence, open_spans: dict[str, int], tags: list[str], index: int,
                    offsets: list[tuple[int, int]], types) -> None:
    """BIO over several columns: a type's span closes when its I- run ends."""
    inside = {tag[2:] for tag in tags if tag.startswith("I-")}
    for kind in [k for k in open_spans if k not in inside or f"B-{k}" in tags]:
        start = open_spans.pop(kind)
        if kind in types:
            sentence.spans.append((offsets[start][0], offsets[index - 1][1], kind))
    for tag in tags:
        if tag.startswith("B-"):
            open_spans[tag[2:]] = index
