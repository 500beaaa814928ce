"""Ingestion + cleaning throughput on SaudiNewsNet, against a plain-reading baseline in the same process.

The articles are read straight from the corpus's zips (each a JSON array; nothing is extracted into the
repository) and written once, as JSON Lines, to a temporary directory. Then, on that same file:

- rasid: `iter_inputs` (line decoding, record fields) and `build_document` (character clean-up, furniture
  filter, metadata, language check) for every article;
- baseline: `json.loads` of every line, and the article split into lines and into words.

Reported: documents/s, MB/s (of the JSON Lines file), the ratio of rasid's time to the baseline's, and the
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

from rasid.errors import IngestError  # noqa: E402
from rasid.ingest import build_document, iter_inputs  # noqa: E402

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


def timed(run: Callable[[Path], tuple[int, int]], path: Path, repeat: int) -> tuple[float, tuple[int, int]]:
    best, result = float("inf"), (0, 0)
    for _ in range(repeat):
        started = time.perf_counter()
        result = run(path)
        best = min(best, time.perf_counter() - started)
    return best, result


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
    return f"{os.cpu_count()} CPU(s) (`nproc`), {model}, Python {platform.python_version()}, {platform.system()}"


def report(size_mb: float, rows: list[tuple[str, float, tuple[int, int], float]], command: str) -> str:
    base_time = next(t for name, t, _, _ in rows if name.startswith("baseline"))
    lines = [SECTION, "", f"`{command}` — {rows[0][2][0] + rows[0][2][1]} SaudiNewsNet articles, "
             f"{size_mb:.1f} MB of JSON Lines; {machine()}; one process.", "",
             "| pass | documents/s | MB/s | time (s) | × baseline time | peak traced memory (MB) | failed |",
             "|---|---|---|---|---|---|---|"]
    for name, seconds, (done, failed), peak in rows:
        lines.append(f"| {name} | {(done + failed) / seconds:,.0f} | {size_mb / seconds:.2f} | {seconds:.2f} | "
                     f"{seconds / base_time:.1f} | {peak:.1f} | {failed} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"Peak resident size of the whole process: {rss:.0f} MB. Failed: articles rasid refused "
              "(empty or too short after cleaning), reported with their line; they count in documents/s.", ""]
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
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_jsonl(iter_articles(args.limit), path)
        size_mb = path.stat().st_size / 1e6
        run_rasid(path, 50)  # warm-up: lexicons, regexes, imports
        rows = []
        for name, run, repeat in (("baseline: json + split", run_baseline, args.repeat), ("rasid: read + clean", run_rasid, 1)):
            seconds, counts = timed(run, path, repeat)
            rows.append((name, seconds, counts, traced_peak(run, path)))
    command = "PYTHONPATH=src python bench/bench_ingest.py" + (f" --limit {args.limit}" if args.limit != 5000 else "")
    table = report(size_mb, rows, command)
    print(table)
    if not args.no_write:
        write_section(table)


if __name__ == "__main__":
    main()
