"""The reference date of a document: its publication date, or one inferred from its text where that is safe.

`infer_reference` gives a publication date; `latest_stated_date` only an anchor for relative expressions.
Inference needs two things that agree: a full calendar date in the text (the latest one, day, month and
year) and a "today" weekday (`اليوم الاثنين`) that falls on it, said close together. A news report that says
"today, Monday" and names Monday's date beside it was written that day. Anything less (a date alone, a
weekday alone) is not enough: articles cite old and future dates freely, so nothing is inferred and relative
expressions keep `X`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import Span

#: characters between the "today" weekday and the date it names. On SaudiNewsNet (all 31k articles, no page
#: dates given), 40 infers 69 dates, 66 within a day of the crawl date; 80 infers 74 (70); no limit 105 (88).
MAX_GAP = 40
FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T|$)")


@dataclass(frozen=True, slots=True)
class InferredDate:
    value: str  # TIMEX3 day
    evidence: str


def infer_reference(text: str, spans: list[Span]) -> InferredDate | None:
    """A reference date from absolute full dates and a matching "today" weekday, or None."""
    stated = latest_stated(spans)
    todays = [s for s in spans if s.attrs.get("today")]
    if stated is None or not todays:
        return None
    latest, latest_span = stated
    matching = [s for s in todays if s.attrs.get("weekday") == latest.isoweekday() and _near(s, latest_span)]
    if not matching:
        return None
    said = f"«{text[latest_span.start:latest_span.end]}» and «{text[matching[0].start:matching[0].end]}»"
    return InferredDate(latest.isoformat(), f"inferred from the text: {said}")


def _near(today: Span, dated: Span) -> bool:
    """The "today" weekday and the date are said together (`اليوم الأربعاء 22 يوليو 2015`)."""
    return max(today.start, dated.start) - min(today.end, dated.end) <= MAX_GAP


def _day(span: Span) -> date | None:
    match = FULL_DATE.match(str(span.attrs.get("value", "")))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def latest_stated_date(text: str, spans: list[Span]) -> InferredDate | None:
    """The latest full calendar date the text states outright (not resolved from a relative word): the anchor
    for relative expressions when the publication date is unknown and nothing safer can be inferred. A news
    report's latest date is most often the day of its events, so `أمس` is read against it rather than left
    unresolved; the document's `published` is not set from it."""
    stated = latest_stated(spans)
    if stated is None:
        return None
    latest, span = stated
    return InferredDate(latest.isoformat(), f"the latest date the text states: «{text[span.start:span.end]}»")


def latest_stated(spans: list[Span]) -> tuple[date, Span] | None:
    """The latest full date among the absolute (not relative) date and time spans, with its span."""
    dated = [(day, s) for s in spans if s.label in ("DATE", "TIME") and s.attrs.get("anchor") is None
             and (day := _day(s)) is not None]
    return max(dated, key=lambda pair: pair[0]) if dated else None
