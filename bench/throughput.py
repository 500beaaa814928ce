"""One throughput run, as its own process so that its memory can be measured from outside: prints JSON.

    python bench/throughput.py --executor local|dask --workers N --articles N

Times the per-document work (cleaning and every registered stage) over SaudiNewsNet, then the corpus steps,
then the `rasid.story/1` export, the three phases of `rasid analyze`. `local` is what `rasid analyze --workers N`
runs; `dask` runs the same batches as tasks on a LocalCluster of N single-threaded worker processes, whose
start-up is timed apart. CPU seconds count this process and every worker process.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

#: `RASID_SRC` names another source tree to time (`bench/compare.py` sets it to an older commit's)
sys.path.insert(0, os.environ.get("RASID_SRC") or str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import input_bytes, iter_inputs

from rasid.analysis import analyze_stream, build_story
from rasid.errors import RasidError
from rasid.settings import AnalysisOptions


def counted(inputs, totals: dict[str, int]):
    for item in inputs:
        totals["input_bytes"] += input_bytes(item)
        yield item


def analyse(executor: str, workers: int, articles: int, totals: dict[str, int]) -> tuple[list, float]:
    """The results in input order, and the seconds a LocalCluster took to start."""
    stream = counted(iter_inputs(articles), totals)
    if executor == "local":
        return list(analyze_stream(stream, AnalysisOptions(workers=workers))), 0.0
    from rasid.cluster import open_client
    from rasid.execution import DaskExecutor

    started = time.perf_counter()
    with open_client("local", workers) as client:
        startup = time.perf_counter() - started
        return list(DaskExecutor(client, None).map(stream)), startup


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--executor", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    totals = {"input_bytes": 0}
    started = time.perf_counter()
    results, startup = analyse(args.executor, args.workers, args.articles, totals)
    per_document = time.perf_counter() - started - startup
    documents = [r for r in results if not isinstance(r, RasidError)]
    mark = time.perf_counter()
    story = build_story(documents, AnalysisOptions(), [r for r in results if isinstance(r, RasidError)])
    corpus = time.perf_counter() - mark
    mark = time.perf_counter()
    exported = len(json.dumps(story.to_dict(), ensure_ascii=False))
    export = time.perf_counter() - mark
    print(json.dumps({
        "executor": args.executor, "workers": args.workers, "articles": len(results), "documents": len(documents),
        "input_mb": totals["input_bytes"] / 1e6, "startup_s": startup, "per_document_s": per_document,
        "corpus_s": corpus, "export_s": export, "export_mb": exported / 1e6, "cpu_s": cpu_seconds(),
    }))


if __name__ == "__main__":
    main()
