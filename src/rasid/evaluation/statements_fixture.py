"""Measuring the statement finder on real news it was not written against (SaudiNewsNet, 2015).

The articles are read from the shared data (`../shared/data/news_saudinewsnet/dataset/<day>.zip`, a JSON
array each) and never copied: a fixture holds only where each article is (zip name and index, its url)
and, for each statement checked by hand, the offsets of its cue, speaker and content and the verdict.
`check_fixture` runs the finder again and counts how many hand-checked statements it still gets right.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import DocMeta, Document, Span
from ..stages.segment import Segmenter
from ..stages.statements import StatementExtractor


@dataclass(frozen=True, slots=True)
class Article:
    """One SaudiNewsNet article: where it is and its text as the data set has it."""

    zip_name: str
    index: int
    url: str
    text: str


def read_articles(zip_path: Path, first: int = 0, count: int | None = None) -> list[Article]:
    """Articles `[first, first + count)` of one SaudiNewsNet zip, in the data set's order."""
    with zipfile.ZipFile(zip_path) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    chosen = records[first:None if count is None else first + count]
    return [Article(zip_path.name, first + i, r.get("url", ""), r.get("content", "")) for i, r in enumerate(chosen)]


class StatementRunner:
    """Segmentation and statements over a bare text, loaded once."""

    def __init__(self) -> None:
        self.segmenter = Segmenter()
        self.extractor = StatementExtractor()

    def __call__(self, text: str) -> tuple[Span, ...]:
        doc = self.extractor(self.segmenter(Document("wild", text, DocMeta(source="wild"))))
        return doc.layer("statements")


def judged_correct(entry: dict[str, Any], found: tuple[Span, ...], text: str) -> bool:
    """The finder still finds the statement at `cue_start` with the hand-checked speaker and content.

    The speaker may be another mention of the same words (a continuation now copies a nearer `المواطن`).
    """
    if entry["verdict"] != "correct":
        expected = entry.get("expected_speaker")
        if not expected:
            return False
    else:
        expected = [entry["speaker_start"], entry["speaker_end"]]
    for span in found:
        attrs = span.attrs
        if attrs["cue_start"] == entry["cue_start"]:
            same_speaker = _same_speaker(text, attrs["speaker_start"], attrs["speaker_end"], expected)
            same_content = [attrs["content_start"], attrs["content_end"]] == entry["content"]
            return same_speaker and (same_content or entry["verdict"] != "correct")
    return False


def _same_speaker(text: str, start: int | None, end: int | None, expected: list[int]) -> bool:
    if start is None or end is None:
        return False
    return [start, end] == list(expected) or text[start:end] == text[expected[0]:expected[1]]


def check_fixture(fixture: dict[str, Any], data_dir: Path) -> dict[str, Any]:
    """Re-run the finder on the fixture's articles; precision of the hand-checked statements now."""
    runner = StatementRunner()
    texts: dict[tuple[str, int], str] = {}
    for zip_name in sorted({entry["zip"] for entry in fixture["statements"]}):
        articles = read_articles(data_dir / zip_name)  # one parse a zip, not one an article
        for entry in fixture["statements"]:
            if entry["zip"] == zip_name:
                texts[(zip_name, entry["index"])] = articles[entry["index"]].text
    found = {key: runner(text) for key, text in texts.items()}
    results = [judged_correct(e, found[(e["zip"], e["index"])], texts[(e["zip"], e["index"])])
               for e in fixture["statements"]]
    stale = [e for e, ok in zip(fixture["statements"], results) if e["verdict"] == "correct" and not ok]
    dropped = [e for e in fixture["statements"] if e["verdict"] != "correct"
               and not any(s.attrs["cue_start"] == e["cue_start"] for s in found[(e["zip"], e["index"])])]
    by_zip: dict[str, list[int]] = {}
    for entry, ok in zip(fixture["statements"], results):
        counts = by_zip.setdefault(entry["zip"], [0, 0])
        counts[0] += ok
        counts[1] += 1
    return {"checked": len(results), "correct": sum(results), "precision": sum(results) / max(1, len(results)),
            "by_zip": by_zip,
            "correct_when_judged": sum(e["verdict"] == "correct" for e in fixture["statements"]),
            "no_longer_matching": stale, "wrong_no_longer_output": len(dropped)}


#: the hand-checked samples: every 40th article of one day (all fourteen outlets), at most five statements
#: an article (so that one long article cannot fill a sample), the first fifty in the data set's order.
#: 2015-08-11 was checked first; 2015-07-27, 2015-08-03, 2015-08-08 and 2015-08-04 after the rules were
#: tuned further, each as a fresh check before any fix it suggested.
SAMPLE_ZIPS = ("2015-08-11.zip", "2015-07-27.zip", "2015-08-03.zip", "2015-08-08.zip", "2015-08-04.zip")
SAMPLE_STRIDE = 40
SAMPLE_PER_ARTICLE = 5
SAMPLE_SIZE = 50


def sample_statements(data_dir: Path, zip_name: str = SAMPLE_ZIPS[0]) -> list[tuple[Article, Span]]:
    """The statements of one hand-checked sample, drawn by the fixed rule above."""
    runner = StatementRunner()
    chosen: list[tuple[Article, Span]] = []
    for article in read_articles(data_dir / zip_name)[::SAMPLE_STRIDE]:
        for span in runner(article.text)[:SAMPLE_PER_ARTICLE]:
            if len(chosen) < SAMPLE_SIZE:
                chosen.append((article, span))
    return chosen


def fixture_entry(article: Article, span: Span, verdict: str, expected_speaker: list[int] | None,
                  note: str) -> dict[str, Any]:
    """One fixture row: where the statement is and what the hand check said, without any of its text."""
    attrs = span.attrs
    return {"zip": article.zip_name, "index": article.index, "url": article.url, "cue_start": attrs["cue_start"],
            "speaker_start": attrs["speaker_start"], "speaker_end": attrs["speaker_end"],
            "content": [attrs["content_start"], attrs["content_end"]], "verdict": verdict,
            "expected_speaker": expected_speaker, "note": note}
