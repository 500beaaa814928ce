"""HTML pages through trafilatura: main text and metadata (title, site name, date, URL).

trafilatura is made for exactly this (it leads the ScrapingHub and Bevendorff et al. 2023 extraction
benchmarks among open tools); rasid turns its output into lines for the same furniture filter that plain
text goes through. The publication date is read from what the page marks up as one (`article:published_time`,
`datePublished`, `dc:date`, JSON-LD); the page's URL is read like a record's (`urls.py`); htmldate's guess (through
trafilatura, without its extensive search, which picked dates of links on both test pages) comes last,
after a date line in the text itself, and says it is a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from ..errors import IngestError
from .metadata import is_calendar_date

#: trafilatura's balanced mode: on the CNN Arabic test page `favor_recall` added the comment policy, a menu
#: line and the footer, which the line filter then had to remove; the balanced mode's text is the same
#: after filtering and the As-Sabah page keeps all its gold snippets either way.
FAVOR_RECALL = False
#: htmldate's extensive search guessed 2013-01-01 and 2020-02-19 for the two test pages (true: 2013-08-03,
#: 2019-02-08), so only its markup-based search is used.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
MAX_EVIDENCE_CHARS = 240
MAX_TAG_CHARS = 1000  # the longest tag looked at around a date attribute

_DATE_KEYS = (r"article:published_time|og:published_time|datePublished|dc:date|dc\.date(?:\.issued)?|dcterms\.issued"
              r"|dcterms\.created|pubdate|publishdate|publish[-_]date|sailthru\.date|parsely-pub-date")
_DATE_ATTR = re.compile(rf"""\b(?:property|itemprop|name)\s*=\s*["'](?:{_DATE_KEYS})["']""", re.IGNORECASE)
_TAG_VALUE = re.compile(r"""\b(?:content|datetime)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSON_LD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]+)\"""")
_ISO_DATE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d))?")


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    outlet: str | None
    date: str | None
    date_evidence: str | None
    url: str | None
    guessed_date: str | None = None


def extract_page(html: str, source: str) -> ExtractedPage:
    """The main text and metadata of an HTML page; raises `IngestError` when no article text is found."""
    import trafilatura  # imported on the first page: a run of text and JSON Lines inputs never needs it
    from trafilatura.settings import Document as TrafilaturaDocument

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, date_extraction_params=DATE_PARAMS,
                                             include_comments=False, include_tables=True, favor_recall=FAVOR_RECALL)
    except (Exception, RecursionError):  # noqa: BLE001 - any parser failure falls back to the tag-stripped text
        result = None
    if not isinstance(result, TrafilaturaDocument) or not (result.text or "").strip():
        text = tag_stripped_text(html)
        if not text.strip():
            raise IngestError(source, "no article text found in the HTML page")
        dated = marked_up_date(html)
        return ExtractedPage(text=text, title=None, outlet=None, date=dated[0] if dated else None,
                             date_evidence=dated[1] if dated else None, url=None)
    url = result.url or None
    dated = marked_up_date(html)
    return ExtractedPage(
        text=result.text or "",
        title=(result.title or None),
        outlet=(result.sitename or None),
        date=dated[0] if dated else None,
        date_evidence=dated[1] if dated else None,
        url=url,
        guessed_date=(result.date or None),
    )


def marked_up_date(html: str) -> tuple[str, str] | None:
    """`(TIMEX3 date, the tag that states it)` from publication-date markup, or None.

    The attribute is found first and its tag cut around it, so the scan stays linear on any page.
    """
    for attr in _DATE_ATTR.finditer(html):
        start = html.rfind("<", max(0, attr.start() - MAX_TAG_CHARS), attr.start())
        end = html.find(">", attr.end(), attr.end() + MAX_TAG_CHARS)
        value = _TAG_VALUE.search(html, start, end) if start >= 0 and end >= 0 else None
        date = iso_to_timex(value.group(1)) if value else None
        if date:
            return date, html[start:end + 1][:MAX_EVIDENCE_CHARS]
    found = _JSON_LD_DATE.search(html)
    date = iso_to_timex(found.group(1)) if found else None
    return (date, found.group(0)) if date and found else None


def iso_to_timex(value: str) -> str | None:
    """`2019-02-08T15:20:00+01:00` -> `2019-02-08T15:20`; a midnight time is taken for no time at all."""
    match = _ISO_DATE.match(value)
    if not match or not is_calendar_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))):
        return None
    date = f"{match.group('year')}-{match.group('month')}-{match.group('day')}"
    if match.group("hour") and (match.group("hour"), match.group("minute")) != ("00", "00"):
        date += f"T{match.group('hour')}:{match.group('minute')}"
    return date


_INVISIBLE_BLOCKS = re.compile(r"<(script|style|noscript|template|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|section|article|header|footer|blockquote|td|ul|ol|table)\b[^>]*>",
                     re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")


def tag_stripped_text(html: str) -> str:
    """The page's text with its tags taken out, block tags as line breaks: the fallback for markup trafilatura
    cannot parse (nesting thousands of levels deep, broken trees). Linear in the page's length; the line
    filter then cleans it like scraped text."""
    text = _INVISIBLE_BLOCKS.sub(" ", html)
    text = _TAG.sub(" ", _BREAKS.sub("\n", text))
    lines = (" ".join(line.split()) for line in unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)
