"""Posted articles analysed off the request: a worker thread drains the store's job queue.

`Writer.submit` checks a record the way `rasid analyze` reads a JSON Lines line, queues it durably
(`rasid.store.jobs`) and returns at once; the worker analyses every queued article, stores the new documents
and recomputes the story once for the whole batch, so a burst of posts costs one recomputation and no request
waits on another's analysis. The analysis runs in a child process (`drain_queue`, one kept for the server's
life), so the server's own process stays free to answer reads while a batch is analysed. Jobs a killed server
left behind are taken up when the next one starts.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..analysis import build_story, process_input
from ..corpus.reuse import run_settings
from ..errors import RasidError
from ..ingest.sources import record_input
from ..model import Document
from ..registry import build_pipeline
from ..settings import AnalysisOptions
from ..store import Store, jobs, open_store
from .errors import ApiError

RETRY_SECONDS = 1.0  # a pause after the queue could not be read, so a broken store is not spun on
PARENT_CHECK_SECONDS = 0.5  # how often the worker process looks whether its server is still there
EXIT_ORPHANED = 3


class Writer:
    """The one writer of a store the API serves: a queue in the store and a daemon worker thread."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._url = store.engine.url.render_as_string(hide_password=False)
        self._pool: ProcessPoolExecutor | None = None
        self._wake = threading.Condition()
        self._pending = jobs.requeue_unfinished(store.engine)
        self._stopped = False
        self._idle = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rasid-writer", daemon=True)
        self._thread.start()

    def submit(self, record: dict[str, Any]) -> dict[str, Any]:
        """`{id, added, job}`: a new article is queued (`added`), a stored one is not (`job` None), and one
        already waiting joins its job."""
        raw = record_input("<api>", record)
        if isinstance(raw, RasidError):
            raise ApiError(422, str(raw))
        if self.store.has_document(raw.doc_id):
            return {"id": raw.doc_id, "added": False, "job": None}
        waiting = jobs.open_job_for(self.store.engine, raw.doc_id)
        if waiting is not None:
            return {"id": raw.doc_id, "added": True, "job": waiting.id}
        job_id = uuid.uuid4().hex
        jobs.enqueue(self.store.engine, job_id, raw.doc_id, record)
        with self._wake:
            self._pending += 1
            self._idle.clear()
            self._wake.notify()
        return {"id": raw.doc_id, "added": True, "job": job_id}

    def job(self, job_id: str) -> dict[str, Any]:
        found = jobs.get(self.store.engine, job_id)
        if found is None:
            raise ApiError(404, f"no job {job_id!r}")
        return found.view()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued article is analysed (or `timeout` seconds pass); True when idle."""
        return self._idle.wait(timeout)

    def close(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=5)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and not self._stopped:
                    self._idle.set()
                    self._wake.wait()
                if self._stopped:
                    return
                self._pending = 0
            try:
                self._drain()
            except Exception:  # noqa: BLE001 -- the queue itself unreadable: its jobs wait for the next wake-up
                time.sleep(RETRY_SECONDS)

    def _drain(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=follow_parent, initargs=(os.getpid(),))
        self._pool.submit(drain_queue, self._url).result()


def follow_parent(parent: int) -> None:
    """In the worker process: end it as soon as the server that started it is gone (killed, even by -9), so it
    never writes beside the next server; the jobs it was running are set back to queued by that server."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(EXIT_ORPHANED)
    threading.Thread(target=watch, name="rasid-writer-parent", daemon=True).start()


def drain_queue(url: str) -> int:
    """In the worker process: claim every queued job of the store at `url`, analyse them, store the new
    documents and the recomputed story, and mark each job done or failed. Returns the jobs finished."""
    with open_store(url) as store:
        claimed = jobs.claim(store.engine)
        if not claimed:
            return 0
        pipeline = build_pipeline()
        outcomes: dict[str, str | None] = {}
        new: list[Document] = []
        for job in claimed:
            outcome = analyse(job.record, pipeline)
            if isinstance(outcome, Document):
                new.append(outcome)
                outcomes[job.id] = None
            else:
                outcomes[job.id] = outcome
        try:
            if new:
                store.add_documents(new)
                options = AnalysisOptions()
                store.save_results(build_story(list(store.documents()), options, previous=store.previous()),
                                   run_settings(options))
        except Exception as exc:  # noqa: BLE001 -- the jobs say why; their records stay in the queue table
            outcomes = {job_id: error or f"storing failed: {type(exc).__name__}: {exc}"
                        for job_id, error in outcomes.items()}
        jobs.finish(store.engine, outcomes)
        return len(outcomes)


def analyse(record: dict[str, Any], pipeline: Any) -> Document | str:
    """The analysed document, or the reason it could not be analysed."""
    raw = record_input("<api>", record)
    if isinstance(raw, RasidError):
        return str(raw)
    item = process_input(raw, pipeline)
    return str(item) if isinstance(item, RasidError) else item
