"""Where the time goes: pyinstrument over the per-document work and the corpus steps, in one process.

Two views of one profile: the functions with the most time of their own (self time, summed over every
call path), and the call tree pyinstrument prints, cut to its top lines. Run alone, it profiles the corpus
steps by themselves over N analysed articles and writes that to its own part of bench/RESULTS.md:

    python bench/profile_pipeline.py --corpus 1000
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_inputs, iter_pages
from pyinstrument import Profiler

from rasid.analysis import analyze_stream, build_story, process_input
from rasid.ingest import RawInput
from rasid.ingest.sources import content_id
from rasid.model import Document
from rasid.registry import build_pipeline
from rasid.settings import AnalysisOptions

SAMPLE_INTERVAL_S = 0.001
TREE_LINES = 45


def walk(frame: Any) -> Iterator[Any]:
    yield frame
    for child in frame.children:
        yield from walk(child)


def self_times(root: Any) -> Counter[str]:
    """Seconds spent in each function itself, over every path it was called by."""
    totals: Counter[str] = Counter()
    for frame in walk(root):
        own = frame.total_self_time
        if own > 0 and not frame.is_synthetic:
            totals[f"{frame.function}  ({frame.file_path_short}:{frame.line_no})"] += own
    return totals


def analyse(inputs: list, pipeline: Any) -> None:
    results = [process_input(raw, pipeline) if isinstance(raw, RawInput) else raw for raw in inputs]
    build_story([r for r in results if isinstance(r, Document)], AnalysisOptions())


def profile(articles: int, html: bool = False) -> dict[str, Any]:
    """Profile `articles` SaudiNewsNet articles (as records, or as HTML pages)."""
    inputs = ([RawInput(name, page, "html", content_id(page.encode("utf-8"))) for name, page in iter_pages(articles)]
              if html else list(iter_inputs(articles)))
    pipeline = build_pipeline()
    analyse(inputs[:5], pipeline)  # warm-up
    profiler = Profiler(interval=SAMPLE_INTERVAL_S)
    profiler.start()
    analyse(inputs, pipeline)
    session = profiler.stop()
    root = session.root_frame()
    total = root.time if root else 0.0
    top = self_times(root).most_common(15) if root else []
    tree = profiler.output_text(unicode=False, color=False, show_all=False).splitlines()
    return {"articles": len(inputs), "seconds": total, "top": top, "tree": tree[:TREE_LINES]}


def profile_corpus(articles: int) -> dict[str, Any]:
    """Analyse `articles` on every core (not profiled), then profile the corpus steps over them."""
    documents = [d for d in analyze_stream(iter_inputs(articles), AnalysisOptions()) if isinstance(d, Document)]
    profiler = Profiler(interval=SAMPLE_INTERVAL_S * 10)  # a long run: coarser samples keep the overhead low
    profiler.start()
    build_story(documents, AnalysisOptions())
    session = profiler.stop()
    root = session.root_frame()
    tree = profiler.output_text(unicode=False, color=False, show_all=False).splitlines()
    return {"articles": len(documents), "seconds": root.time if root else 0.0,
            "top": self_times(root).most_common(15) if root else [], "tree": tree[:TREE_LINES]}


def main() -> None:
    from machine import git_commit
    from report import profile as profile_lines
    from report import replace_section

    parser = argparse.ArgumentParser(description="profile the corpus steps alone")
    parser.add_argument("--corpus", type=int, default=1000, help="articles to analyse before profiling")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    args = parser.parse_args()
    result = profile_corpus(args.corpus)
    begin, end = "<!-- bench/profile_pipeline.py --corpus: begin -->", "<!-- bench/profile_pipeline.py --corpus: end -->"
    command = f"`python bench/profile_pipeline.py --corpus {args.corpus}` at commit {git_commit()}, {time.strftime('%F %T')}."
    lines = [begin, "### The corpus steps alone", "", command, "",
             *profile_lines(result, "Corpus steps (`build_story`)"), end]
    replace_section(args.out, "\n".join(lines), begin, end)


if __name__ == "__main__":
    main()
