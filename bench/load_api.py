"""Readers and writers on one shared server, then a kill -9 with posts queued: what `rasid serve` holds.

    PYTHONPATH=src python bench/load_api.py [--articles 2000] [--readers 20] [--posters 5] [--seconds 60]
                                            [--workdir DIR] [--store-url postgresql+psycopg://USER:PW@HOST/DB]

1. A SQLite store of the first N SaudiNewsNet articles (`rasid analyze` on a JSON Lines file; built once in
   --workdir, and each run works on a fresh copy of it).
2. `rasid serve --allow-post` with a write token, in its own process. Baseline: the readers alone for a third
   of the time (every list: documents, statements filtered by words, entities, summary, timeline, disagreements,
   stances, stories and outlets; search; one document).
3. Load: the readers again while the posters send new articles (later SaudiNewsNet articles, one every second
   each), for the whole time. Read latencies are reported against the baseline measured in this same run.
4. Faults: a burst of posts, then `kill -9` of the server the moment they are acknowledged; a new server on
   the same store; wait until the queue is empty. Every acknowledged article must be stored, and
   `PRAGMA integrity_check` (SQLite) must say ok.

With `--store-url`, the same on PostgreSQL: the database given (one for this bench alone: every table in it is
dropped first) is filled by `rasid analyze --db` each run, and the check after the faults is that the documents
table holds every acknowledged article once and no job is left queued or running.

Prints one JSON object: latencies (p50/p95/p99, ms), errors, requests, acknowledged and stored posts.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_records

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-load-token-0123456789"
READS = ("/api/documents?limit=50&offset={n}", "/api/statements?limit=20&q=%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1",
         "/api/entities?limit=50", "/api/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6", "/api/summary?limit=20",
         "/api/timeline?limit=50&offset={n}", "/api/disagreements?limit=20", "/api/documents/{doc}",
         "/api/stories?limit=50&offset={n}", "/api/stances?limit=50", "/api/outlets?limit=50")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_server_store(workdir: Path, articles: int, url: str) -> str:
    """A PostgreSQL store of the first `articles` articles, analysed afresh into an emptied database."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url)
    emptied = MetaData()
    emptied.reflect(engine)
    emptied.drop_all(engine)
    engine.dispose()
    feed = workdir / f"base-{articles}" / "feed.jsonl"
    if not feed.exists():
        analyse_feed(feed.parent, articles)  # writes the feed (and a SQLite store beside it, used by SQLite runs)
    subprocess.run([sys.executable, "-m", "rasid", "analyze", str(feed), "--db", url, "--out", str(workdir / "pg-out"),
                    "--quiet"], check=False, env=env(), stderr=subprocess.DEVNULL)
    return url


def server_store_check(url: str) -> str:
    """`ok` when no article is stored twice and no job is left queued or running (whether every acknowledged
    article is stored is `settle`'s count)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            ids = [row[0] for row in connection.execute(text("SELECT id FROM documents"))]
            pending = connection.scalar(text("SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')"))
    finally:
        engine.dispose()
    problems = ([f"{len(ids) - len(set(ids))} articles stored twice"] if len(ids) != len(set(ids)) else []) + (
        [f"{pending} jobs left queued or running"] if pending else [])
    return "; ".join(problems) or "ok"


def build_store(workdir: Path, articles: int) -> Path:
    """The analysed store of the first `articles` articles (built once), copied fresh for this run."""
    built = workdir / f"base-{articles}" / "rasid.db"
    if not built.exists():
        analyse_feed(built.parent, articles)
    run = workdir / "run.db"
    for stale in workdir.glob("run.db*"):
        stale.unlink()
    shutil.copyfile(built, run)
    return run


def analyse_feed(workdir: Path, articles: int) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "rasid.db"
    feed = workdir / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for record in islice(iter_records(), articles):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    # exit 1 names the records it skipped (no text, not Arabic); the store of the others is what is wanted
    subprocess.run([sys.executable, "-m", "rasid", "analyze", str(feed), "--out", str(workdir), "--quiet"],
                   check=False, env=env(), stderr=subprocess.DEVNULL)
    if not db.exists():
        raise RuntimeError(f"rasid analyze wrote no store in {workdir}")
    return db


def as_record(raw: dict[str, Any]) -> dict[str, Any]:
    """A SaudiNewsNet record as a scraper would post it."""
    return {"text": raw["content"], "title": raw.get("title"), "url": raw.get("url"),
            "published": (raw.get("date_extracted") or "")[:10] or None}


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RASID_WRITE_TOKEN": TOKEN}


def start_server(db_url: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", db_url, "--port", str(port),
                               "--allow-post"], env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=2)
            return server
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


def call(url: str, data: bytes | None = None) -> tuple[int, Any]:
    headers = {"content-type": "application/json", "authorization": f"Bearer {TOKEN}"} if data else {}
    request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read()[:300].decode("utf-8", "replace")


class Readers:
    """`count` threads reading in a loop until stopped; every latency and every failed request kept."""

    def __init__(self, base: str, count: int, doc_ids: list[str]) -> None:
        self.base, self.count, self.doc_ids = base, count, doc_ids
        self.latencies: list[float] = []
        self.by_route: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.stop = threading.Event()

    def run(self, seconds: float) -> None:
        self.stop.clear()
        threads = [threading.Thread(target=self._read, args=(i,)) for i in range(self.count)]
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        self.stop.set()
        for thread in threads:
            thread.join()

    def _read(self, seed: int) -> None:
        n = seed
        while not self.stop.is_set():
            n += 1
            path = READS[n % len(READS)].format(n=(n * 7) % 500, doc=self.doc_ids[n % len(self.doc_ids)])
            started = time.perf_counter()
            try:
                status, _ = call(self.base + path)
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                status = f"{type(exc).__name__}"
            elapsed = (time.perf_counter() - started) * 1000
            self.latencies.append(elapsed)
            self.by_route.setdefault(READS[n % len(READS)].split("?")[0], []).append(elapsed)
            if status != 200:
                self.errors.append(f"{path}: {status}")


def post_all(base: str, records: list[dict[str, Any]], interval: float, acknowledged: list[tuple[str, str | None]],
             errors: list[str]) -> None:
    """Post each record; `acknowledged` gets `(document id, job id)` (no job: already stored)."""
    for record in records:
        status, body = call(base + "/api/documents", json.dumps(record, ensure_ascii=False).encode())
        if status in (200, 202):
            acknowledged.append((body["id"], body["job"]))
        else:
            errors.append(f"post: {status} {body}")
        time.sleep(interval)


def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)
    return {"p50": round(statistics.median(ordered), 1), "p95": pick(0.95), "p99": pick(0.99),
            "requests": len(ordered)}


def stored_ids(base: str) -> set[str]:
    ids: set[str] = set()
    offset = 0
    while True:
        _, page = call(f"{base}/api/documents?limit=200&offset={offset}")
        ids |= {item["id"] for item in page["items"]}
        offset += 200
        if offset >= page["total"]:
            return ids


def settle(base: str, acknowledged: list[tuple[str, str | None]], timeout: float) -> dict[str, Any]:
    """Wait until every acknowledged post's job is finished; then which were stored, refused or lost."""
    deadline = time.time() + timeout
    states: dict[str, str] = {}
    for _, job in acknowledged:
        while job is not None and time.time() < deadline:
            status, body = call(f"{base}/api/jobs/{job}")
            states[job] = body["state"] if status == 200 else f"missing ({status})"
            if states[job] not in ("queued", "running"):
                break
            time.sleep(1)
    stored = stored_ids(base)
    done = [doc for doc, job in acknowledged if job is None or states.get(job) == "done"]
    return {"jobs_done": sum(s == "done" for s in states.values()),
            "jobs_failed_with_a_reason": sum(s == "failed" for s in states.values()),
            "stored_after_restart": sum(doc in stored for doc in done),
            "lost": sum(doc not in stored for doc in done) + sum(s not in ("done", "failed") for s in states.values())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--posters", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/rasid-load"))
    parser.add_argument("--store-url", help="a PostgreSQL database for this bench alone (its tables are dropped)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.store_url:
        db, db_url = None, build_server_store(args.workdir, args.articles, args.store_url)
    else:
        db = build_store(args.workdir, args.articles)
        db_url = f"sqlite:///{db}"
    fresh = [as_record(r) for r in islice(iter_records(), args.articles, args.articles + args.posters * int(args.seconds) + 20)
             if (r.get("content") or "").strip()]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db_url, port)
    doc_ids = [item["id"] for item in call(base + "/api/documents?limit=200")[1]["items"]]
    result: dict[str, Any] = {"articles": args.articles, "readers": args.readers, "posters": args.posters,
                              "store": "postgresql" if args.store_url else "sqlite"}
    try:
        readers = Readers(base, args.readers, doc_ids)
        readers.run(args.seconds / 3)
        result["baseline_reads"] = percentiles(readers.latencies) | {"errors": len(readers.errors)}
        result["baseline_p95_by_route"] = {route: percentiles(times)["p95"] for route, times in readers.by_route.items()}
        readers.latencies, readers.errors, readers.by_route = [], [], {}
        acknowledged: list[tuple[str, str | None]] = []
        post_errors: list[str] = []
        per_poster = [fresh[i::args.posters][:int(args.seconds)] for i in range(args.posters)]
        posters = [threading.Thread(target=post_all, args=(base, chunk, 1.0, acknowledged, post_errors))
                   for chunk in per_poster]
        for poster in posters:
            poster.start()
        readers.run(args.seconds)
        for poster in posters:
            poster.join()
        loaded = percentiles(readers.latencies)
        result["reads_while_posting"] = loaded | {"errors": len(readers.errors), "error_examples": readers.errors[:5]}
        result["p95_ratio_to_baseline"] = round(loaded["p95"] / result["baseline_reads"]["p95"], 2)
        burst = fresh[-20:]
        burst_ids: list[tuple[str, str | None]] = []
        post_all(base, burst, 0.0, burst_ids, post_errors)
        os.kill(server.pid, signal.SIGKILL)  # posts of the burst acknowledged and still queued
        server.wait()
        result["posts"] = {"acknowledged": len(acknowledged) + len(burst_ids), "errors": len(post_errors),
                           "error_examples": post_errors[:5]}
        server = start_server(db_url, port)
        result["posts"] |= settle(base, acknowledged + burst_ids, timeout=1200)
    finally:
        server.kill()
        server.wait()
    if db is None:
        result["integrity_check"] = server_store_check(db_url)
    else:
        with sqlite3.connect(db) as connection:
            result["integrity_check"] = connection.execute("PRAGMA integrity_check").fetchone()[0]
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if result["posts"]["lost"] == 0 and result["integrity_check"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
