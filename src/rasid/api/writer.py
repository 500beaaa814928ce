"""Posted articles analysed off the request: a worker thread drains the store's job queue.

`Writer.submit` checks a record the way `rasid analyze` reads a JSON Lines line, queues it durably
(`rasid.store.jobs`) and returns at once; the worker analyses every queued article, stores the new documents
and recomputes the story once for the whole batch, so a burst of posts costs one recomputation and no request
waits on another's analysis. Jobs a killed server left behind are taken up when the next one starts.
"""
from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from ..analysis import build_story, process_input
from ..errors import RasidError
from ..ingest.sources import record_input
from ..model import Document
from ..registry import build_pipeline
from ..settings import AnalysisOptions
from ..store import Store, jobs
from .errors import ApiError

RETRY_SECONDS = 1.0  # a pause after the queue could not be read, so a broken store is not spun on


class Writer:
    """The one writer of a store the API serves: a queue in the store and a daemon worker thread."""

    def __init__(self, store: Store) -> None:
        self.store = store
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
        if raw.doc_id in self.store.known_ids():
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
        claimed = jobs.claim(self.store.engine)
        if not claimed:
            return
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
                self.store.add_documents(new)
                self.store.save_results(build_story(list(self.store.documents()), AnalysisOptions()))
        except Exception as exc:  # noqa: BLE001 -- the worker must outlive any failure; the jobs say why, records stay
            outcomes = {job_id: error or f"storing failed: {type(exc).__name__}: {exc}"
                        for job_id, error in outcomes.items()}
        jobs.finish(self.store.engine, outcomes)


def analyse(record: dict[str, Any], pipeline: Any) -> Document | str:
    """The analysed document, or the reason it could not be analysed."""
    raw = record_input("<api>", record)
    if isinstance(raw, RasidError):
        return str(raw)
    item = process_input(raw, pipeline)
    return str(item) if isinstance(item, RasidError) else item
