"""The benchmark corpora, read in place: SaudiNewsNet records from their zips, and article pages made of them.

SaudiNewsNet (`../shared/data/news_saudinewsnet/dataset/*.zip`, one JSON array a day) is read one day at a
time with `zipfile` and never extracted; records become `RawInput`s through `rasid.ingest.sources.record_input`,
the same path a JSON record given to `rasid analyze` takes. `article_page` wraps a record's title and
paragraphs in a plain article page, so that HTML extraction can be timed on the same articles.
"""
from __future__ import annotations

import html
import json
import zipfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from rasid.errors import RasidError
from rasid.ingest import RawInput
from rasid.ingest.sources import record_input

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SAUDINEWSNET = DATA / "news_saudinewsnet" / "dataset"
HTML_PAGES = DATA / "html_pages"
SAMPLE = ROOT.parent / "shared" / "corpus" / "iraq-coalition"
CORPUS_SIZE = 31_030  # articles in SaudiNewsNet (its SOURCE.txt)


class MissingData(RuntimeError):
    """Shared data the benchmark needs is not where it should be."""


def need(path: Path) -> Path:
    if not path.exists():
        raise MissingData(f"benchmark data not found: {path} (the shared/ folder must sit beside the repository)")
    return path


def iter_records(limit: int | None = None) -> Iterator[dict[str, Any]]:
    """SaudiNewsNet records in file order, one day's array in memory at a time."""
    def all_records() -> Iterator[dict[str, Any]]:
        for path in sorted(need(SAUDINEWSNET).glob("*.zip")):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    yield from json.loads(archive.read(name))
    return islice(all_records(), limit)


def write_feed(path: Path, first: int, count: int) -> Path:
    """SaudiNewsNet records `first` to `first + count` as JSON Lines, the way a scraper would give them."""
    with path.open("w", encoding="utf-8") as out:
        for i, record in enumerate(iter_records(first + count)):
            if i >= first:
                out.write(json.dumps({"text": record.get("content") or "", "url": record.get("url"),
                                      "title": record.get("title"), "published": record.get("date_extracted")},
                                     ensure_ascii=False) + "\n")
    return path


def iter_inputs(limit: int | None = None) -> Iterator[RawInput | RasidError]:
    """SaudiNewsNet as rasid inputs (a record without text comes as an error value, as in `rasid analyze`)."""
    for number, record in enumerate(iter_records(limit)):
        yield record_input(f"saudinewsnet[{number}]", record)


def input_bytes(item: RawInput | RasidError) -> int:
    return len(item.content.encode("utf-8")) if isinstance(item, RawInput) else 0


def article_page(record: dict[str, Any]) -> str:
    """A plain article page: site header, navigation, the title and one `<p>` a paragraph, a footer."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in (record.get("content") or "").split("\n")
                           if line.strip())
    title = html.escape(record.get("title") or "")
    site = html.escape(record.get("source") or "")
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | {site}</title>'
            f'</head><body><header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> '
            f'<a href="/world">دوليات</a></nav></header><main><article><h1>{title}</h1>\n{paragraphs}\n'
            f'</article></main><footer>جميع الحقوق محفوظة {site}</footer></body></html>')


def iter_pages(limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(name, html) for the real pages in `html_pages/`, then pages made of SaudiNewsNet records."""
    for path in sorted(need(HTML_PAGES).rglob("*.html")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for number, record in enumerate(iter_records(limit)):
        if (record.get("content") or "").strip():
            yield f"saudinewsnet[{number}]", article_page(record)
