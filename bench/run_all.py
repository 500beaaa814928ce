"""Every rasid benchmark in one command; writes the tables to bench/RESULTS.md.

    python bench/run_all.py [--articles 5000] [--max-size 31030] [--pages 1000] [--quick]

Throughput and peak memory (1 and 2 workers, local processes and a Dask LocalCluster), rasid against
trafilatura's bare extraction on the same HTML pages, cold start of `rasid analyze` on the five sample
articles, growth with corpus size, and a profile of where the time goes. Each throughput and scaling run is
its own process, so that the memory of its whole process tree (workers included) can be sampled from here.
Needs the `bench` extra (psutil, pyinstrument) and `../shared/data`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from cold_start import one_run
from corpus import CORPUS_SIZE, SAMPLE, need
from extraction import extraction_ratio
from machine import describe
from measure import run_measured
from profile_pipeline import profile
from report import write_results

COLD_START_RUNS = 5
SCALING_SIZES = (1000, 5000, 10000, CORPUS_SIZE)


def throughput_runs(articles: int, dask: bool) -> list[dict]:
    rows = []
    for executor in ("local", "dask") if dask else ("local",):
        for workers in (1, 2):
            print(f"bench: throughput, {executor}, {workers} worker(s), {articles} articles", file=sys.stderr)
            measured = run_measured([str(HERE / "throughput.py"), "--executor", executor, "--workers", str(workers),
                                     "--articles", str(articles)])
            rows.append({**measured.output, "wall_s": measured.seconds, "peak_rss_mb": measured.peak_rss_mb})
    return rows


def cold_start() -> dict:
    """Seconds from starting `rasid analyze` on the sample to its exit with story.json written, each run with a
    fresh output folder (a second run into the same store would skip every article)."""
    need(SAMPLE)
    times = [one_run(ROOT / "src") for _ in range(COLD_START_RUNS)]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": len(times),
            "python_s": time.perf_counter() - started}


def scaling(max_size: int) -> dict:
    sizes = [size for size in SCALING_SIZES if size < max_size] + [max_size]
    print(f"bench: scaling over {sizes}", file=sys.stderr)
    measured = run_measured([str(HERE / "scaling.py"), "--sizes", ",".join(map(str, sizes))])
    return {"rows": measured.output.get("rows", []), "peak_rss_mb": measured.peak_rss_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles per throughput run")
    parser.add_argument("--max-size", type=int, default=CORPUS_SIZE, help="largest corpus size for the scaling run")
    parser.add_argument("--pages", type=int, default=1000, help="HTML pages for the extraction comparison")
    parser.add_argument("--profile-articles", type=int, default=1000)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    results = {"machine": describe(), "args": vars(args) | {"out": str(args.out)}, "started": time.strftime("%F %T")}
    results["cold_start"] = cold_start()
    results["throughput"] = throughput_runs(args.articles, not args.no_dask)
    print("bench: rasid against trafilatura", file=sys.stderr)
    results["extraction"] = extraction_ratio(args.pages)
    results["scaling"] = scaling(args.max_size)
    print("bench: profiles", file=sys.stderr)
    results["profile_records"] = profile(args.profile_articles)
    results["profile_html"] = profile(args.profile_articles // 4, html=True)
    results["machine"]["load average at end (1, 5, 15 min)"] = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    write_results(results, args.out)
    print(f"bench: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
