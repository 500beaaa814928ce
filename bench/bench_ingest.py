"""Ingestion + cleaning throughput on SaudiNewsNet, against a plain-reading baseline in the same process.

The articles are read straight from the corpus's zips (each a JSON array; nothing is extracted into the
repository) and written once, as JSON Lines, to a temporary directory. Then, on that same file:

- rasid: `iter_inputs` (line decoding, record fields) and `build_document` (character clean-up, furniture
  filter, metadata, language check) for every article;
- baseline: `json.loads` of every line, and the article split into lines and into words.

Reported: documents/s and MB/s (of the JSON Lines file) by wall time, CPU time and the ratio of rasid's CPU
time to the baseline's (CPU time, as other work on a shared machine stretches wall time), and the
peak memory that Python allocated during each pass (tracemalloc, in a separate pass, since tracing slows
the run) and the process's peak resident size. The table goes to stdout and to the `## Ingestion` section
of bench/RESULTS.md (other sections are kept).

    PYTHONPATH=src python bench/bench_ingest.py [--limit 5000] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.errors import IngestError
from rasid.ingest import build_document, iter_inputs

CORPUS = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Ingestion"
TRACED_ARTICLES = 1000  # tracemalloc's pass: enough for the peak of a streaming reader to show


def iter_articles(limit: int) -> Iterator[dict]:
    """SaudiNewsNet records, zip by zip, without extracting anything to disk."""
    count = 0
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for record in json.loads(archive.read(name)):
                    if limit and count >= limit:
                        return
                    count += 1
                    yield record


def write_jsonl(records: Iterator[dict], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def run_rasid(path: Path, limit: int = 0) -> tuple[int, int]:
    """Clean every article of the file; returns (documents, failures)."""
    done = failed = 0
    for raw in iter_inputs([path]):
        if limit and done + failed >= limit:
            break
        if isinstance(raw, IngestError):
            failed += 1
            continue
        try:
            build_document(raw)
            done += 1
        except IngestError:
            failed += 1
    return done, failed


def run_baseline(path: Path, limit: int = 0) -> tuple[int, int]:
    """Decode every line and split the article into lines and words: the least any reader does."""
    done = 0
    with path.open("rb") as handle:
        for line in handle:
            if limit and done >= limit:
                break
            content = json.loads(line).get("content") or ""
            content.split("\n")
            content.split()
            done += 1
    return done, 0


def timed(run: Callable[[Path], tuple[int, int]], path: Path, repeat: int) -> tuple[float, float, tuple[int, int]]:
    """`(wall seconds, CPU seconds, counts)` of the fastest of `repeat` runs."""
    best, cpu, result = float("inf"), 0.0, (0, 0)
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = run(path)
        if time.perf_counter() - started < best:
            best, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return best, cpu, result


def traced_peak(run: Callable[..., tuple[int, int]], path: Path) -> float:
    """Peak MB Python allocated while `run` read the first `TRACED_ARTICLES` articles."""
    tracemalloc.start()
    run(path, TRACED_ARTICLES)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        model = found.group(1).strip() if found else model
    load = f", load average {os.getloadavg()[0]:.1f} before the run" if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} CPU(s) (`nproc`), {model}, Python {platform.python_version()}, {platform.system()}{load}"


Row = tuple[str, float, float, tuple[int, int], float]  # name, wall s, CPU s, (done, failed), peak MB


def report(size_mb: float, rows: list[Row], command: str, setting: str) -> str:
    base_cpu = next(cpu for name, _, cpu, _, _ in rows if name.startswith("baseline"))
    lines = [SECTION, "", (f"`{command}` — {sum(rows[0][3])} SaudiNewsNet articles, {size_mb:.1f} MB of JSON Lines; "
                           f"{setting}; one process."), "",
             ("| pass | documents/s | documents/CPU-s | MB/s | wall (s) | CPU (s) | × baseline CPU time "
              "| peak traced memory (MB) | failed |"), "|---|---|---|---|---|---|---|---|---|"]
    for name, seconds, cpu, (done, failed), peak in rows:
        lines.append(f"| {name} | {(done + failed) / seconds:,.0f} | {(done + failed) / cpu:,.0f} | "
                     f"{size_mb / seconds:.2f} | {seconds:.2f} | "
                     f"{cpu:.2f} | {cpu / base_cpu:.1f} | {peak:.1f} | {failed} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", (f"Peak resident size of the whole process: {rss:.0f} MB. Failed: articles rasid refused "
                   "(empty or too short after cleaning), reported with their line; they count in documents/s."), ""]
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace the `## Ingestion` section of RESULTS.md, keeping every other section."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text + "\n"
    RESULTS.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=5000, help="articles to read (0: all 31,030; default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="baseline runs; the fastest counts (default 3)")
    parser.add_argument("--no-write", action="store_true", help="print the table only; leave RESULTS.md alone")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"SaudiNewsNet not found at {CORPUS}")
    setting = machine()
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_jsonl(iter_articles(args.limit), path)
        size_mb = path.stat().st_size / 1e6
        run_rasid(path, 50)  # warm-up: lexicons, regexes, imports
        rows = []
        for name, run, repeat in (("baseline: json + split", run_baseline, args.repeat), ("rasid: read + clean", run_rasid, 1)):
            seconds, cpu, counts = timed(run, path, repeat)
            rows.append((name, seconds, cpu, counts, traced_peak(run, path)))
    command = "PYTHONPATH=src python bench/bench_ingest.py" + (f" --limit {args.limit}" if args.limit != 5000 else "")
    table = report(size_mb, rows, command, setting)
    print(table)
    if not args.no_write:
        write_section(table)


if __name__ == "__main__":
    main()
