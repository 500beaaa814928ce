"""The whole `rasid analyze` command, its outputs included, on the first N SaudiNewsNet records, by worker count,
beside another commit's: wall seconds of each run, the medians, and two workers against one.

    python bench/whole_run.py [--against REV] [--articles 2000] [--runs 2] [--workers 1,2]

REV (default `HEAD`) is checked out into a temporary git worktree. The records are written once as JSON Lines of
`text`, `url`, `title` and `published` (what a scraper gives); every run is a fresh process writing to a fresh
folder, the trees and the worker counts alternating so that all see the same machine load. This is the figure the
archive-scale issue asks for: the real command, story.json, the per-story exports, the reports and the store.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compare import checked_out, comparison_parser
from corpus import DATA, ROOT, need, write_feed

USS_EVERY_S = 0.2  # unique-set-size sampling period of `--memory` (reading USS is slow)


def one_run(src: Path, feed: Path, out: Path, workers: int, memory: bool = False) -> tuple[float, float | None]:
    """Wall seconds of one `rasid analyze` of `feed` by the source tree `src`, as its own process, and with
    `memory` the peak unique set size of its whole process tree in MB (forked workers and writers included)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "rasid", "analyze", str(feed), "--out", str(out), "--workers",
                              str(workers), "--quiet"], env={**os.environ, "PYTHONPATH": str(src)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = sample_peak_uss(child) if memory else None
    _, stderr = child.communicate()
    seconds = time.perf_counter() - started
    if child.returncode not in (0, 1) or not (out / "story.json").is_file():  # 1: an input failed, the run went on
        raise RuntimeError(f"rasid analyze failed on {src} (exit {child.returncode}): {stderr.strip()[-500:]}")
    return seconds, peak


def sample_peak_uss(child: subprocess.Popen[str]) -> float:
    """The largest unique set size of the child's process tree, in MB, sampled until it exits."""
    import psutil
    from measure import tree_uss

    handle, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_uss(handle))
        except psutil.NoSuchProcess:
            break
        time.sleep(USS_EVERY_S)
    return peak / 1e6


def main() -> None:
    parser = comparison_parser(__doc__, 2000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--memory", action="store_true", help="also the peak unique set size of each run's process "
                        "tree (needs the `bench` extra's psutil)")
    args = parser.parse_args()
    need(DATA / "news_saudinewsnet" / "dataset")
    counts = [int(w) for w in args.workers.split(",")]
    seconds: dict[tuple[str, int], list[float]] = {}
    peaks: dict[tuple[str, int], list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch, checked_out(args.against) as tree:
        feed = write_feed(Path(scratch) / "feed.jsonl", 0, args.articles)
        sources = {args.against: tree / "src", "working tree": ROOT / "src"}
        for run in range(max(1, args.runs)):
            for number, (name, src) in enumerate(sources.items()):
                for workers in counts:
                    out = Path(scratch) / f"out-{run}-{number}-{workers}"  # a fresh folder and store every run
                    took, peak = one_run(src, feed, out, workers, args.memory)
                    seconds.setdefault((name, workers), []).append(took)
                    if peak is not None:
                        peaks.setdefault((name, workers), []).append(peak)
    print("| code | workers | " + " | ".join(f"run {i + 1} s" for i in range(max(1, args.runs))) + " | median s |")
    print("|---|---|" + "---|" * (max(1, args.runs) + 1))
    for (name, workers), runs in seconds.items():
        print(f"| {name} | {workers} | " + " | ".join(f"{s:.1f}" for s in runs) + f" | {statistics.median(runs):.1f} |")
    for (name, workers), runs in peaks.items():
        print(f"{name}, {workers} workers: peak tree USS " + ", ".join(f"{mb:.0f}" for mb in runs) + " MB")
    if 1 in counts and len(counts) > 1:
        for name in sources:
            one = statistics.median(seconds[(name, 1)])
            print(f"{name}: " + ", ".join(f"{w} workers {one / statistics.median(seconds[(name, w)]):.2f} x one"
                                          for w in counts if w != 1))


if __name__ == "__main__":
    main()
