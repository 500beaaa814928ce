"""What an article's URL says about it: the outlet (by its host) and the publication date (by its path or query).

Most scrapers give `text` and `url` only, and the URL alone often names both. The host is looked up in
`data/outlets.tsv` from the most specific form down — `bbc.com/arabic`, `arabic.cnn.com`, `cnn.com` — and a
host nobody listed still names its outlet by its registered domain (`dabangasudan.org`); tldextract splits
the public suffix off (`alquds.co.uk`, `petra.gov.jo`) from the Public Suffix List snapshot in its wheel,
never fetching it. Dates are read from the path forms news sites use: `/2024/3/7/`, `/2024/middle_east/3/7/`,
`/20240307/`, `/2024-03-07-slug`, and from a date query parameter (`?date=07032024`, `?d=2024-03-07`).
Each finding carries its evidence, the part of the URL it was read from.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import ParseResult, parse_qsl, unquote, urlparse

from .metadata import is_calendar_date, known_outlet

if TYPE_CHECKING:
    import tldextract

EARLIEST_YEAR = 1995  # no news site dates its paths before the web had news sites
#: /2013/middle_east/8/3/ or /2019/02/08/: a year, at most one section name, a month and a day
_PATH_YMD = re.compile(r"/(?P<year>\d{4})/(?:[A-Za-z_-]+/)?(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=[/._-]|$)")
#: a path segment that is or begins with YYYYMMDD (`/20150805/`, `/20150805-slug`), not a longer digit run
_PATH_COMPACT = re.compile(r"/(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?=[/._-]|$)")
#: YYYY-MM-DD or YYYY_MM_DD anywhere in a segment (`/2024-03-07-slug`, `/news-2024-03-07.html`)
_PATH_DASHED = re.compile(r"(?<![\d])(?P<year>\d{4})[-_](?P<month>\d{1,2})[-_](?P<day>\d{1,2})(?![\d])")
#: a path segment written day first (`/12-08-2025/`, `/12_8_2025-slug`), as many Arabic sites write dates
_PATH_DAY_FIRST = re.compile(r"/(?P<day>\d{1,2})[-_.](?P<month>\d{1,2})[-_.](?P<year>\d{4})(?=[/._-]|$)")
_DATE_PARAMS = frozenset({"date", "d", "dt", "day", "pubdate", "publishdate", "published", "newsdate", "articledate"})


@dataclass(frozen=True, slots=True)
class UrlFacts:
    """What a URL names: an outlet (canonical when listed) and a publication date, each with its evidence."""

    outlet: str | None = None
    outlet_evidence: str | None = None
    outlet_listed: bool = False  # True when the host is in data/outlets.tsv, False for a bare domain
    published: str | None = None
    published_evidence: str | None = None


def read_url(url: str | None) -> UrlFacts:
    """The outlet and the publication date a URL shows (an empty `UrlFacts` for no URL or a bad one)."""
    parsed = _parse(url)
    if parsed is None:
        return UrlFacts()
    outlet, evidence, listed = host_outlet(parsed.hostname or "", unquote(parsed.path))
    dated = path_date(unquote(parsed.path)) or query_date(parsed.query)
    return UrlFacts(outlet, evidence, listed, *(dated or (None, None)))


def _parse(url: str | None) -> ParseResult | None:
    if not url or not isinstance(url, str):
        return None
    try:
        parsed = urlparse(url.strip())
    except ValueError:
        return None
    return parsed if parsed.scheme in ("http", "https") and parsed.hostname else None


def host_outlet(host: str, path: str = "") -> tuple[str | None, str | None, bool]:
    """`(outlet, evidence, listed)` for a host (and the first segment of its path, for sections such as
    `bbc.com/arabic`): the listed outlet of the most specific form, else the registered domain."""
    host = host.lower().removeprefix("www.")
    if not host:
        return None, None, False
    first = path.strip("/").split("/", 1)[0].lower()
    for candidate in _host_forms(host, first):
        named = known_outlet(candidate)
        if named:
            return named, f"URL host {candidate}", True
    domain = registered_domain(host)
    return (domain, f"URL host {host} (not in the outlet list)", False) if domain else (None, None, False)


def _host_forms(host: str, first_segment: str) -> list[str]:
    """`arabic.cnn.com` with path `/x` -> `arabic.cnn.com/x`, `arabic.cnn.com`, `cnn.com/x`, `cnn.com`."""
    domain = registered_domain(host) or host
    hosts = [host]
    parts = host.split(".")
    for cut in range(1, len(parts)):
        parent = ".".join(parts[cut:])
        hosts.append(parent)
        if parent == domain:
            break
    forms = []
    for name in hosts:
        if first_segment and re.fullmatch(r"[a-z][a-z-]{1,15}", first_segment):
            forms.append(f"{name}/{first_segment}")
        forms.append(name)
    return forms


@cache
def _extractor() -> tldextract.TLDExtract:
    """tldextract, imported on the first url (it pulls in `requests`: a tenth of a second of start-up that a run
    over text files without urls does not pay). suffix_list_urls=() keeps it on the snapshot shipped in its
    wheel: nothing is fetched."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@cache
def registered_domain(host: str) -> str | None:
    """`www.alquds.co.uk` -> `alquds.co.uk`; an IP address or a bare suffix -> None."""
    parts = _extractor()(host)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def path_date(path: str) -> tuple[str, str] | None:
    """`(YYYY-MM-DD, evidence)` from a dated URL path, or None."""
    for pattern in (_PATH_YMD, _PATH_COMPACT, _PATH_DASHED, _PATH_DAY_FIRST):
        for match in pattern.finditer(path):
            value = _plausible(match.group("year"), match.group("month"), match.group("day"))
            if value:
                return value, f"URL path {match.group(0)}"
    return None


def query_date(query: str) -> tuple[str, str] | None:
    """`(YYYY-MM-DD, evidence)` from a date query parameter: `2024-03-07`, `20240307` or `07032024`
    (day first, as Arabic sites write it, when both readings are dates), or None."""
    for name, value in parse_qsl(query):
        if name.lower() not in _DATE_PARAMS:
            continue
        digits = re.sub(r"[-/._]", "", value.strip())
        if not re.fullmatch(r"\d{8}", digits):
            continue
        year_first = _plausible(digits[:4], digits[4:6], digits[6:])
        day_first = _plausible(digits[4:], digits[2:4], digits[:2])
        month_first = _plausible(digits[4:], digits[:2], digits[2:4])
        found = year_first or day_first or month_first
        if found:
            return found, f"URL query {name}={value}"
    return None


def _plausible(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    if not EARLIEST_YEAR <= y <= datetime.date.today().year + 1 or not is_calendar_date(y, m, d):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"
