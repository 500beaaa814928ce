"""Peak memory of the corpus steps on one worker or several, over the documents of a store.

    python bench/corpus_memory.py --db out/rasid.db --workers 2

Reads the stored documents, then runs `build_story` over them, sampling every 0.3 s the resident size (RSS) of this
process and its workers, summed, and their unique size (USS: pages no other process shares; forked workers share
the parent's pages until they write to them). Prints the size after loading and the peaks.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import Self

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil
from measure import tree_rss, tree_uss

from rasid.analysis import build_story
from rasid.settings import AnalysisOptions
from rasid.store import open_store


class TreeSampler:
    """The peak summed RSS and USS of this process and its children, sampled on a thread."""

    def __init__(self, seconds: float = 0.3) -> None:
        self.seconds = seconds
        self.peak_rss = self.peak_uss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            self.peak_rss = max(self.peak_rss, tree_rss(me))
            self.peak_uss = max(self.peak_uss, tree_uss(me))
            self._stop.wait(self.seconds)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a store written by rasid analyze (a path or a URL)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with open_store(args.db) as store:
        documents = list(store.documents())
    loaded = psutil.Process().memory_info().rss
    started = time.perf_counter()
    with TreeSampler() as sampler:
        build_story(documents, AnalysisOptions(workers=args.workers))
    mb = 2 ** 20
    print(f"{len(documents)} documents, {args.workers} worker(s), {time.perf_counter() - started:.1f} s: after loading "
          f"{loaded / mb:.0f} MB; peak RSS of the tree {sampler.peak_rss / mb:.0f} MB, "
          f"peak USS {sampler.peak_uss / mb:.0f} MB")


if __name__ == "__main__":
    main()
