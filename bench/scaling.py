"""How time grows with corpus size: one pass over the corpus, timed at each size, then the corpus steps alone.

    python bench/scaling.py --sizes 1000,5000,10000,31030 [--workers N]   (prints JSON)

The per-document phase is timed at each checkpoint of a single pass (so the sizes share one run); the corpus
steps (`rasid.analysis.build_story`) are then run on each prefix of the documents and timed alone: they must
stay near-linear (blocking by story, entity or time; no all-pairs comparison over the archive).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_inputs
from measure import tree_rss

from rasid.analysis import analyze_stream, build_story
from rasid.model import Document
from rasid.settings import AnalysisOptions


def per_document_checkpoints(sizes: list[int], workers: int | None) -> tuple[list[Document], list[dict]]:
    """Analyse up to the largest size; seconds and tree RSS when each size is reached."""
    me = psutil.Process()
    documents: list[Document] = []
    rows: list[dict] = []
    pending = sorted(sizes)
    started = time.perf_counter()
    for count, item in enumerate(analyze_stream(iter_inputs(pending[-1]), AnalysisOptions(workers=workers)), 1):
        if isinstance(item, Document):
            documents.append(item)
        if pending and count == pending[0]:
            rows.append({"articles": count, "documents": len(documents), "per_document_s": time.perf_counter() - started,
                         "rss_mb": tree_rss(me) / 1e6})
            pending.pop(0)
    if pending:  # the corpus is smaller than the largest size asked for
        rows.append({"articles": count, "documents": len(documents), "per_document_s": time.perf_counter() - started,
                     "rss_mb": tree_rss(me) / 1e6})
    return documents, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000,31030")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args()
    documents, rows = per_document_checkpoints([int(s) for s in args.sizes.split(",")], args.workers)
    for row in rows:
        started = time.perf_counter()
        build_story(documents[:row["documents"]], AnalysisOptions())
        row["corpus_s"] = time.perf_counter() - started
    print(json.dumps({"rows": rows}))


if __name__ == "__main__":
    main()
