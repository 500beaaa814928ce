"""`RawInput -> Document`: extraction, character clean-up, furniture filter, metadata, language check.

Character-level clean-up happens here, before any offset exists: NFC, line ends, zero-width and BOM
characters, and the trimming of each line. Everything later only adds spans over this text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape

from ..errors import IngestError, SkippedInput
from ..model import DocMeta, Document
from ..text.normalize import arabic_ratio, match_key
from .boilerplate import filter_lines
from .html import ExtractedPage, extract_page
from .metadata import (
    canonical_outlet,
    is_age_widget,
    known_outlet,
    looks_like_headline,
    outlet_from_copyright,
    parse_agency_dateline,
    parse_date_line,
    parse_dated_line,
    parse_dateline,
    parse_lead_dateline,
)
from .sources import RawInput
from .urls import UrlFacts, read_url

INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
#: glyph-shaped letters (`ﻛﺸﻔﺖ`, the ligature `ﻻ`) that some publishing tools emit instead of letters; a
#: SaudiNewsNet article written in them was refused as "not Arabic" before they were folded (NFKC)
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
MIN_ARABIC_SHARE = 0.5  # below this share of Arabic letters an article is not Arabic
#: a text is analysed when it holds one Arabic word (two letters or more): a headline or one sentence is input too
ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
LEAD_LINES = 3  # an agency dateline opens one of the first paragraphs
LANGUAGE_SAMPLE_CHARS = 4000  # the head of an article says its language; counting all of it cost 1 ms/article


#: how much a source of the outlet or the date is trusted: a stronger one replaces a weaker one, the first of
#: equals stays. The record's own fields beat everything; a listed host or site name beats a name in the text
#: (a dateline may name the agency a story came from); a bare domain is the last resort.
RECORD, LISTED, MARKUP, TEXT, UNLISTED, LAST_RESORT = 6, 5, 4, 3, 2, 1


@dataclass(slots=True)
class _Draft:
    """Metadata gathered while the page, the URL and the lines are looked at."""

    title: str | None = None
    outlet: str | None = None
    outlet_rank: int = 0
    published: str | None = None
    evidence: str | None = None
    published_rank: int = 0
    url: str | None = None
    removed: list[str] = field(default_factory=list)

    def offer_outlet(self, name: str | None, rank: int) -> None:
        if name and rank > self.outlet_rank:
            self.outlet, self.outlet_rank = name, rank

    def offer_date(self, value: str | None, evidence: str | None, rank: int) -> None:
        if value and rank > self.published_rank:
            self.published, self.evidence, self.published_rank = value, evidence, rank


def build_document(raw: RawInput) -> Document:
    """Clean one input into a `Document`; raise `IngestError` naming the input and the reason."""
    draft = _Draft()
    text = raw.content
    page = extract_page(text, raw.source) if raw.kind == "html" else None
    if page:
        text = page.text
        _take_page_metadata(page, draft)
    _take_url_facts(read_url(_record_url(raw) or draft.url), draft)
    lines = clean_characters(text).split("\n")
    body = _read_lines(lines, draft)
    if page and page.guessed_date:
        draft.offer_date(page.guessed_date, "HTML page (htmldate's guess; no date marked up)", LAST_RESORT)
    _apply_record_fields(raw, draft)
    return _finish(raw, body, draft)


def _take_page_metadata(page: ExtractedPage, draft: _Draft) -> None:
    """Title, URL, outlet (site name, through the outlet list) and marked-up date of a page."""
    draft.title, draft.url = page.title, page.url
    if page.outlet:
        named = known_outlet(page.outlet)
        draft.offer_outlet(named or page.outlet.strip(), LISTED if named else UNLISTED)
    if page.date:
        draft.offer_date(page.date, f"HTML: {page.date_evidence}", MARKUP)


def _record_url(raw: RawInput) -> str | None:
    url = raw.fields.get("url")
    return url if isinstance(url, str) and url.strip() else None


def _take_url_facts(facts: UrlFacts, draft: _Draft) -> None:
    """The outlet its host names (listed, or the bare domain as a last resort) and a date in its path."""
    draft.offer_outlet(facts.outlet, LISTED if facts.outlet_listed else LAST_RESORT)
    draft.offer_date(facts.published, facts.published_evidence, MARKUP)


def clean_characters(text: str) -> str:
    """NFC, `\\n` line ends, no invisible format characters, Arabic presentation forms as letters: the only
    edits to characters rasid makes."""
    text = PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return INVISIBLE.sub("", text)


def _read_lines(lines: list[str], draft: _Draft) -> list[str]:
    filtered = filter_lines(lines)
    draft.removed.extend(line for line, _ in filtered.removed)
    for line, rule in filtered.removed:
        if rule == "copyright":
            draft.offer_outlet(outlet_from_copyright(line), TEXT)
    body: list[str] = []
    for line in filtered.kept:
        if _take_metadata_line(line, draft):
            draft.removed.append(line)
        else:
            body.append(line)
    for line in body[:LEAD_LINES]:
        lead = parse_lead_dateline(line)
        if lead:
            draft.offer_date(lead.value, lead.evidence, TEXT)
            break
    return _take_headline(body, draft)


MAX_MASTHEAD_WORDS = 5  # an outlet's name and a place or a word of its edition


def names_outlet(line: str, outlet: str | None) -> bool:
    """Whether a short line holds every word of the outlet's name (`بي بي سي نيوز عربي` for `بي بي سي عربي`)."""
    if not outlet:
        return False
    words = set(match_key(line).split())
    named = set(match_key(outlet).split())
    return bool(named) and len(words) <= MAX_MASTHEAD_WORDS and named <= words


def _take_metadata_line(line: str, draft: _Draft) -> bool:
    """Use a date line or a dateline for metadata; True when the line is only that."""
    dated = parse_agency_dateline(line)
    date, outlet = dated if dated else (parse_date_line(line), None)
    if not date and (with_date := parse_dated_line(line)):
        date, outlet = with_date.date, with_date.outlet
    if not date and is_age_widget(line):
        return True
    dateline = None if date else parse_dateline(line)
    outlet = outlet or (dateline.outlet if dateline else None)
    if date:
        draft.offer_date(date.value, date.evidence, TEXT)
    draft.offer_outlet(outlet, TEXT)
    return bool(date or dateline)


def _take_headline(body: list[str], draft: _Draft) -> list[str]:
    """Take the headline off the top of the body (once) and drop its repeats; a masthead line that names the
    outlet (`بي بي سي نيوز عربي`, `هسبريس من الرباط`) is no headline."""
    while len(body) > 1 and names_outlet(body[0], draft.outlet):
        draft.removed.append(body[0])
        body = body[1:]
    if not draft.title and len(body) > 1 and looks_like_headline(body[0]):
        draft.title = body[0]
        body = body[1:]
    if not draft.title:
        return body
    title_key = match_key(draft.title)
    kept = []
    for line in body:
        if match_key(line) == title_key:
            draft.removed.append(line)
        else:
            kept.append(line)
    return kept


def _apply_record_fields(raw: RawInput, draft: _Draft) -> None:
    """Fields a JSON record states win over what the text suggests."""
    fields = raw.fields
    if fields.get("title"):
        draft.title = record_title(str(fields["title"]))
    if fields.get("outlet"):
        draft.offer_outlet(canonical_outlet(str(fields["outlet"])), RECORD)
    if fields.get("url"):
        draft.url = str(fields["url"])
    if fields.get("published"):
        stated = str(fields["published"]).strip()
        parsed = parse_date_line(stated)
        draft.offer_date(parsed.value if parsed else stated, f"record field \"published\": {stated}", RECORD)


def record_title(value: str) -> str | None:
    """A record's title as a reader sees it: HTML character references a scraper left (`&#8220;`, `&quot;`)
    decoded, runs of white space one space."""
    return " ".join(unescape(value).split()) or None


def _finish(raw: RawInput, body: list[str], draft: _Draft) -> Document:
    text = "\n".join(body)
    if not re.search(r"[^\W\d_]", text):  # nothing but marks, digits and punctuation left
        raise SkippedInput(raw.source, "no article text left after cleaning")
    share = arabic_ratio(text[:LANGUAGE_SAMPLE_CHARS])
    if share < MIN_ARABIC_SHARE:
        raise SkippedInput(raw.source, f"not an Arabic article ({share:.0%} of its letters are Arabic)")
    if not ARABIC_WORD.search(text):
        raise IngestError(raw.source, "no Arabic word in the text")
    meta = DocMeta(
        source=raw.source, title=draft.title, outlet=draft.outlet, published=draft.published,
        published_evidence=draft.evidence, language="ar", url=draft.url, removed=tuple(draft.removed),
        warnings=tuple(raw.fields.get("warnings", ())),
    )
    return Document(raw.doc_id, text, meta)
