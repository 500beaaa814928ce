"""HTML pages through trafilatura: main text and metadata (title, site name, date, URL).

trafilatura is made for exactly this (it leads the ScrapingHub and Bevendorff et al. 2023 extraction
benchmarks among open tools); rasid only turns its output into lines for the same furniture filter that
plain text goes through.
"""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from ..errors import IngestError


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None


def extract_page(html: str, source: str) -> ExtractedPage:
    """The main text and metadata of an HTML page; raises `IngestError` when no article text is found."""
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
        )
    except Exception as exc:  # noqa: BLE001 - the parser's own errors, reported with the page
        raise IngestError(source, f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if result is None or not (result.text or "").strip():
        raise IngestError(source, "no article text found in the HTML page")
    return ExtractedPage(
        text=result.text,
        title=(result.title or None),
        outlet=(result.sitename or None),
        date=(result.date or None),
        url=(result.url or None),
    )
