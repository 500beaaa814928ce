"""Reading SaudiNewsNet (`../shared/data/news_saudinewsnet/dataset/*.zip`, one JSON array a day) for evaluation."""
from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


class CorpusMissingError(FileNotFoundError):
    """The shared corpus a measurement needs is not where it was looked for."""


def iter_days(dataset: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """`(day, record)` for every article, day files in order (the day is the zip's name, `YYYY-MM-DD`)."""
    zips = sorted(dataset.glob("*.zip"))
    if not zips:
        raise CorpusMissingError(f"no SaudiNewsNet day files (*.zip) in {dataset}")
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    for record in json.loads(archive.read(name).decode("utf-8")):
                        yield path.stem, record


def records_by_url(dataset: Path, urls: set[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """The records whose url is in `urls`, with their day."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for day, record in iter_days(dataset):
        if record.get("url") in urls and record["url"] not in found:
            found[record["url"]] = (day, record)
    return found


def urls_by_outlet(dataset: Path, keep: Callable[[str, str, str], bool]) -> dict[str, list[tuple[str, str]]]:
    """`(day, url)` of every article `keep(day, url, content)` accepts (`content` stripped), by outlet (the
    corpus's `source`), in corpus order: what the seeded pick scripts draw from."""
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    for day, record in iter_days(dataset):
        if keep(day, record["url"], (record.get("content") or "").strip()):
            by_outlet.setdefault(record["source"], []).append((day, record["url"]))
    return by_outlet


def busiest_outlets(by_outlet: dict[str, list[tuple[str, str]]], count: int) -> list[str]:
    """The `count` outlets with the most articles, ties in name order."""
    return sorted(sorted(by_outlet), key=lambda outlet: -len(by_outlet[outlet]))[:count]
