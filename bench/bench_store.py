"""What the story store adds to an analysis run, as a ratio to the per-document analysis in the same process.

A corpus of distinct articles (the sample articles repeated, each copy with its own closing line) is first
analysed in memory (the baseline: cleaning and every registered stage). Then, on the same documents:
`add_documents` in batches (rows, compact layers and search terms, one transaction a batch), `documents()`
streaming them back, and `save_results` of the story. SQLite in a temporary folder, or `--db URL`.

    PYTHONPATH=src python bench/bench_store.py [--copies 500] [--db postgresql+psycopg://...]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.analysis import analyze_documents, build_story
from rasid.ingest import iter_inputs
from rasid.model import Document
from rasid.registry import build_pipeline
from rasid.settings import AnalysisOptions
from rasid.store import open_store
from rasid.store.incremental import BATCH_SIZE

SAMPLE = ROOT.parent / "shared" / "corpus" / "iraq-coalition"


def write_copies(path: Path, copies: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(copies):
            out.write(json.dumps({"text": f"{texts[i % len(texts)]}\nنسخة رقم {i}."}, ensure_ascii=False) + "\n")


def timed(label: str, rows: list, work, count: int, baseline: float | None = None) -> float:
    start = time.process_time()
    work()
    seconds = time.process_time() - start
    ratio = f"{seconds / baseline:.2f}" if baseline else "1.00"
    rows.append((label, count / seconds if seconds else float("inf"), seconds, ratio))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=500)
    parser.add_argument("--db", help="store URL (default: SQLite in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "copies.jsonl"
        write_copies(corpus, args.copies)
        store = open_store(args.db or Path(tmp) / "rasid.db")
        rows: list = []
        docs: list[Document] = []
        pipeline = build_pipeline()
        base = timed("analysis (baseline)", rows, lambda: docs.extend(
            d for d in analyze_documents(iter_inputs([corpus]), pipeline) if isinstance(d, Document)), args.copies)
        timed("add_documents", rows, lambda: [store.add_documents(docs[i:i + BATCH_SIZE])
                                              for i in range(0, len(docs), BATCH_SIZE)], len(docs), base)
        timed("documents() streamed back", rows, lambda: sum(1 for _ in store.documents()), len(docs), base)
        story = build_story(docs, AnalysisOptions())
        timed("save_results", rows, lambda: store.save_results(story), len(docs), base)
        store.close()
    print(f"{args.copies} documents, store {store.dialect}; CPU time of this process")
    print("| pass | documents/CPU-s | CPU (s) | × analysis CPU time |\n|---|---|---|---|")
    for label, rate, seconds, ratio in rows:
        print(f"| {label} | {rate:,.0f} | {seconds:.2f} | {ratio} |")


if __name__ == "__main__":
    main()
