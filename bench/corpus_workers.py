"""The corpus steps on one worker and on several, over the documents of a store, step by step.

    python bench/corpus_workers.py --db out/rasid.db [--documents 2500] [--workers 2] [--runs 1]

Reads the stored documents (a store `rasid analyze` wrote, e.g. `python bench/add_articles.py`'s base or any
`--out` folder), then runs `build_story` over them with `--workers 1` and with `--workers N`, alternating, each
step timed through the progress hook: on several workers grouping and entity linking run side by side and the
story steps are shared out by story (`rasid.analysis`). Prints the medians per step, the ratio of the totals,
and checks that both ways give the same story.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from rasid.analysis import build_story
from rasid.model import Document
from rasid.settings import AnalysisOptions
from rasid.store import open_store


def timed_build(documents: list[Document], workers: int) -> tuple[dict[str, float], dict[str, Any]]:
    """Seconds per announced step (steps run together are one row) and the story's export."""
    times: dict[str, float] = {}
    current: list[Any] = [None, time.perf_counter()]

    def on_step(name: str) -> None:
        now = time.perf_counter()
        if current[0]:
            times[current[0]] = now - current[1]
        current[0], current[1] = name.split(" (")[0], now

    start = time.perf_counter()
    story = build_story(documents, AnalysisOptions(workers=workers), on_step=on_step)
    end = time.perf_counter()
    times[current[0]] = end - current[1]
    times["total"] = end - start
    return times, story.to_dict(generated_at="-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a store written by rasid analyze (a path or a URL)")
    parser.add_argument("--documents", type=int, default=0, help="the first N stored documents (default all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with open_store(args.db) as store:
        documents = list(store.documents())
    documents = documents[:args.documents] if args.documents else documents
    runs: dict[int, list[dict[str, float]]] = {1: [], args.workers: []}
    exports: dict[int, str] = {}
    for _ in range(args.runs):
        for workers, timings in runs.items():
            times, export = timed_build(documents, workers)
            timings.append(times)
            exports[workers] = json.dumps(export, ensure_ascii=False, sort_keys=True)
    print(f"{len(documents)} documents; the same story both ways: {exports[1] == exports[args.workers]}")
    print(f"| step | 1 worker s | {args.workers} workers s |")
    print("|---|---|---|")
    for workers, label in ((1, "1 worker"), (args.workers, f"{args.workers} workers")):
        for step in runs[workers][0]:
            if step != "total":
                median = statistics.median(r[step] for r in runs[workers])
                cells = (f"{median:.2f}", "") if workers == 1 else ("", f"{median:.2f}")
                print(f"| {step} ({label}) | {cells[0]} | {cells[1]} |")
    one = statistics.median(r["total"] for r in runs[1])
    many = statistics.median(r["total"] for r in runs[args.workers])
    print(f"| total | {one:.2f} | {many:.2f} |")
    print(f"{args.workers} workers / 1: {many / one:.2f}")
    if exports[1] != exports[args.workers]:
        raise SystemExit("the two ways gave different stories")


if __name__ == "__main__":
    main()
