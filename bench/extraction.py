"""rasid's full analysis against trafilatura's bare extraction, on the same HTML pages, in one process.

Extraction is a lower bound on what any article tool spends on a page; the ratio says what rasid's
cleaning, stages and corpus steps cost on top. Both are timed in CPU seconds of this process (robust to other
work on the machine) and in wall seconds, alternating the two over the pages twice to cancel drift.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import trafilatura
from corpus import iter_pages

from rasid.analysis import build_story, process_input
from rasid.ingest import RawInput
from rasid.ingest.sources import content_id
from rasid.model import Document
from rasid.registry import build_pipeline
from rasid.settings import AnalysisOptions

ROUNDS = 2


def timed(work: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def extract_all(pages: list[tuple[str, str]]) -> None:
    for _, page in pages:
        trafilatura.bare_extraction(page)


def analyse_all(pages: list[tuple[str, str]]) -> int:
    pipeline = build_pipeline()
    results = [process_input(RawInput(name, page, "html", content_id(page.encode("utf-8"))), pipeline)
               for name, page in pages]
    documents = [r for r in results if isinstance(r, Document)]
    build_story(documents, AnalysisOptions())
    return len(documents)


def extraction_ratio(limit: int) -> dict[str, Any]:
    """Seconds for both over the same pages, and the ratios."""
    pages = list(iter_pages(limit))
    analysed = analyse_all(pages[:5])  # warm-up: imports, lexicons, models
    extract_all(pages[:5])
    totals = {"extract_wall": 0.0, "extract_cpu": 0.0, "rasid_wall": 0.0, "rasid_cpu": 0.0}
    for _ in range(ROUNDS):
        wall, cpu = timed(lambda: extract_all(pages))
        totals["extract_wall"] += wall
        totals["extract_cpu"] += cpu
        wall, cpu = timed(lambda: analyse_all(pages))
        totals["rasid_wall"] += wall
        totals["rasid_cpu"] += cpu
    analysed = analyse_all(pages)
    megabytes = sum(len(page.encode("utf-8")) for _, page in pages) / 1e6
    return {"pages": len(pages), "analysed": analysed, "html_mb": megabytes, "rounds": ROUNDS, **totals,
            "ratio_cpu": totals["rasid_cpu"] / totals["extract_cpu"],
            "ratio_wall": totals["rasid_wall"] / totals["extract_wall"]}
