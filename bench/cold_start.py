"""Cold start of `rasid analyze` on the five sample articles, beside another commit's, in one process.

    python bench/cold_start.py [--against REV] [--runs 7]

REV (default `HEAD`: the last commit, so uncommitted work is compared with it) is checked out into a temporary
git worktree; runs of the two source trees alternate, each a fresh subprocess writing to a fresh folder, so
both see the same machine load. Prints the median and best seconds of each and the ratio of the medians.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import ROOT, SAMPLE, need


def one_run(src: Path) -> float:
    """Seconds from starting `rasid analyze` on the sample to its exit, with a fresh output folder."""
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasid", "analyze", str(SAMPLE), "--out", out, "--quiet"],
                       env={**os.environ, "PYTHONPATH": str(src)}, check=True)
        seconds = time.perf_counter() - started
        if not (Path(out) / "story.json").is_file():
            raise RuntimeError(f"rasid analyze from {src} wrote no story.json")
    return seconds


def compare(against: str, runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), against], check=True)
        try:
            sources = {against: tree / "src", "working tree": ROOT / "src"}
            times: dict[str, list[float]] = {name: [] for name in sources}
            for _ in range(runs):
                for name, src in sources.items():
                    times[name].append(one_run(src))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="HEAD", help="the commit to compare with (default: HEAD)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    need(SAMPLE)
    times = compare(args.against, max(1, args.runs))
    for name, seconds in times.items():
        print(f"{name:14} median {statistics.median(seconds):.2f} s, best {min(seconds):.2f} s over {len(seconds)} runs")
    first, second = (statistics.median(v) for v in times.values())
    print(f"working tree / {args.against}: {second / first:.2f} x the median time")


if __name__ == "__main__":
    main()
