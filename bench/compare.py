"""The whole analysis timed beside another commit's, so that a regression shows: per-document work, corpus steps
and CPU seconds, and their ratios.

    python bench/compare.py [--against REV] [--articles 1000] [--runs 2] [--workers 1]

REV (default `HEAD`: the last commit, so uncommitted work is compared with it) is checked out into a temporary git
worktree. Both trees are timed by this checkout's `throughput.py` (the same harness, the same SaudiNewsNet
articles), each run a fresh process, the two trees alternating so that both see the same machine load. Prints a
Markdown table of every run and the ratios of the medians (working tree / REV); the issues allow 1.10 at most.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from corpus import DATA, ROOT, need

HERE = Path(__file__).resolve().parent
FIELDS = ("per_document_s", "corpus_s", "cpu_s")
ALLOWED_RATIO = 1.10  # "nothing here may slow the whole run by more than 10 %"


def one_run(src: Path, articles: int, workers: int) -> dict[str, float]:
    """One `throughput.py` run of the source tree `src`, as its own process: its JSON figures."""
    done = subprocess.run([sys.executable, str(HERE / "throughput.py"), "--articles", str(articles),
                           "--workers", str(workers)], env={**os.environ, "RASID_SRC": str(src)},
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"throughput.py failed on {src} (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@contextmanager
def checked_out(rev: str) -> Iterator[Path]:
    """A temporary git worktree of `rev`, removed afterwards."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev], check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def compare(against: str, articles: int, runs: int, workers: int) -> dict[str, list[dict[str, float]]]:
    """Every run's figures, by tree name (`against` first), the trees alternating."""
    with checked_out(against) as tree:
        sources = {against: tree / "src", "working tree": ROOT / "src"}
        figures: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
        for _ in range(runs):
            for name, src in sources.items():
                figures[name].append(one_run(src, articles, workers))
    return figures


def table(figures: dict[str, list[dict[str, float]]]) -> list[str]:
    """Markdown rows: each run, then the ratio of the medians."""
    lines = ["| code | run | per-document s | corpus steps s | CPU s |", "|---|---|---|---|---|"]
    for name, runs in figures.items():
        lines += [f"| {name} | {i + 1} | " + " | ".join(f"{run[f]:.1f}" for f in FIELDS) + " |"
                  for i, run in enumerate(runs)]
    (base, base_runs), (_, new_runs) = figures.items()
    ratios = [statistics.median(r[f] for r in new_runs) / statistics.median(r[f] for r in base_runs) for f in FIELDS]
    lines.append(f"| working tree / {base} | medians | " + " | ".join(f"{r:.2f}" for r in ratios) + " |")
    return lines


def comparison_parser(description: str | None, articles: int) -> argparse.ArgumentParser:
    """The arguments every against-a-commit bench takes: `--against`, `--articles`, `--runs`."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="HEAD", help="the commit to compare with (default: HEAD)")
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--runs", type=int, default=2)
    return parser


def main() -> None:
    parser = comparison_parser(__doc__, 1000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    need(DATA / "news_saudinewsnet" / "dataset")
    figures = compare(args.against, args.articles, max(1, args.runs), args.workers)
    lines = table(figures)
    print("\n".join(lines))
    cpu_ratio = float(lines[-1].split("|")[-2])
    print(f"CPU time {cpu_ratio:.2f} x {args.against}'s: " + (
        "within" if cpu_ratio <= ALLOWED_RATIO else "BEYOND") + f" the {ALLOWED_RATIO:.2f} the issues allow")


if __name__ == "__main__":
    main()
