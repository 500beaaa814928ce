"""Executors: where the per-document work runs — in this process, in local worker processes, or on Dask.

Every executor has one small interface, `map(inputs) -> Iterator[Document | RasidError]`, and every one runs
the same function, `run_batch` (which is `rasid.processing.process_batch` with the worker's pipeline), so the
cluster path is not a fork of the local one. Inputs are pulled lazily in batches of `BATCH_SIZE` and at
most `IN_FLIGHT_PER_WORKER` batches a worker are in flight: an archive is streamed, never listed, and a worker
holds only the batch it is on. Results come back in input order, so a run's output does not depend on
which worker was faster. A worker builds its pipeline (and loads its models) once, on its first batch.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Protocol, TypeVar

from .errors import RasidError
from .ingest import RawInput
from .model import Document
from .pipeline import Pipeline
from .processing import process_batch
from .registry import build_pipeline

Item = RawInput | RasidError
Result = Document | RasidError
T = TypeVar("T")
StageNames = tuple[str, ...] | None

BATCH_SIZE = 16  # one task; at ~5-20 ms a document, 16 keep the per-task messaging (~0.2 ms) under 1 %
IN_FLIGHT_PER_WORKER = 4  # batches queued per worker: enough that none waits, few enough to bound memory
SMALL_RUN = 48  # fewer inputs than this are analysed in-process: starting a pool costs more than it saves

_PIPELINES: dict[StageNames, Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()  # a Dask worker may run tasks on several threads


class Executor(Protocol):
    """Runs the per-document work over a stream of inputs and yields results in input order."""

    name: str

    def map(self, inputs: Iterable[Item]) -> Iterator[Result]: ...

    def close(self) -> None: ...


def worker_pipeline(stages: StageNames) -> Pipeline:
    """This process's pipeline for `stages`, built on first use and then reused."""
    with _PIPELINES_LOCK:
        if stages not in _PIPELINES:
            _PIPELINES[stages] = build_pipeline(stages)
        return _PIPELINES[stages]


PARENT_CHECK_SECONDS = 1.0  # how soon a worker notices that the process that started it is gone


def start_worker(stages: StageNames) -> None:
    """A pool worker's initializer: watch the parent, then build the pipeline once."""
    watch_parent(os.getppid())
    worker_pipeline(stages)


def watch_parent(parent: int) -> None:
    """End this worker when its parent dies: a killed `rasid analyze` must not leave idle workers behind
    (pool workers wait on a queue that their siblings keep open, so they never see the parent go)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="rasid-parent-watch", daemon=True).start()


def run_batch(batch: Sequence[Item], stages: StageNames) -> list[Result]:
    """The task every executor runs: one batch through this worker's pipeline."""
    return process_batch(batch, worker_pipeline(stages))


def batched(items: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """Lists of up to `size` items, pulled from `items` only as each list is asked for."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ordered_window(submit: Callable[[list[Item]], Future[Any] | Any], batches: Iterable[list[Item]],
                   window: int) -> Iterator[Result]:
    """Submit batches with at most `window` in flight and yield their results in submission order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class SerialExecutor:
    """Everything in this process: no start-up cost, for one worker or a handful of documents."""

    name = "serial"

    def __init__(self, stages: StageNames = None) -> None:
        self.stages = stages
        self.pipeline = worker_pipeline(stages)

    def map(self, inputs: Iterable[Item]) -> Iterator[Result]:
        for batch in batched(inputs):
            yield from process_batch(batch, self.pipeline)

    def close(self) -> None:
        pass


class LocalPoolExecutor:
    """Local worker processes, each with its own pipeline; results stream back in input order.

    Where the platform can fork, the pipeline this process has already built is inherited by the workers
    (models are loaded once in all); elsewhere each worker builds it on start.
    """

    name = "processes"

    def __init__(self, stages: StageNames, workers: int) -> None:
        self.stages = stages
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods:
            worker_pipeline(stages)
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker, initargs=(stages,))

    def map(self, inputs: Iterable[Item]) -> Iterator[Result]:
        submit = lambda batch: self.pool.submit(run_batch, batch, self.stages)
        yield from ordered_window(submit, batched(inputs), self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Tasks on a Dask cluster (`dask.distributed.Client`): the same `run_batch`, one task a batch."""

    name = "dask"

    def __init__(self, client: Any, stages: StageNames) -> None:
        self.client = client
        self.stages = stages
        self.workers = max(1, sum(client.nthreads().values()))  # task slots across the cluster

    def map(self, inputs: Iterable[Item]) -> Iterator[Result]:
        submit = lambda batch: self.client.submit(run_batch, batch, self.stages, pure=False)
        yield from ordered_window(submit, batched(inputs), self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        pass  # the client belongs to whoever opened it


_FORKED_JOB: Callable[[Any], Any] | None = None  # the job `map_forked`'s workers inherit


def map_forked(job: Callable[[T], Any], tasks: Sequence[T], workers: int) -> list[Any]:
    """`[job(task) for task in tasks]`, on up to `workers` forked processes: they inherit this process's memory,
    so `job` and what it reads are never pickled (only the tasks and the results are). In this process where
    the platform cannot fork, for one worker or for one task."""
    if workers <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [job(task) for task in tasks]
    with _forked_pool(job, min(workers, len(tasks))) as pool:
        return list(pool.map(_run_forked_job, tasks))


def beside_forked(job: Callable[[], Any], main: Callable[[], T], fork: bool = True) -> tuple[T, Any]:
    """`main()` in this process while `job()` runs in a forked one (inheriting this process's memory, so nothing
    is pickled but `job`'s result); returns `(main's result, job's result)` once both are done. An `OSError` of
    `job` (a file it could not write) is returned in place of its result; any other exception of `job`, and
    `main`'s own, is raised after `job` has finished, so nothing `job` writes is left half-done. Without `fork`,
    or where the platform cannot fork, `main` then `job` run here (`job` not at all when `main` raises)."""
    if not fork or "fork" not in multiprocessing.get_all_start_methods():
        result = main()
        try:
            return result, job()
        except OSError as exc:
            return result, exc
    with _forked_pool(lambda _: job(), 1) as pool:
        beside = pool.submit(_run_forked_job, None)
        try:
            result = main()
        finally:
            failure = beside.exception()  # the job finishes whatever main did
        if failure is None:
            return result, beside.result()
        if isinstance(failure, OSError):
            return result, failure
        raise failure


@contextmanager
def _forked_pool(job: Callable[[Any], Any], workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` forked processes that inherit `job` (`_run_forked_job` runs it), the collector frozen
    meanwhile so that a worker's collections leave the inherited objects' pages shared."""
    global _FORKED_JOB
    _FORKED_JOB = job
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_watch_parent_of_worker) as pool:
            yield pool
    finally:
        gc.unfreeze()
        _FORKED_JOB = None


def _run_forked_job(task: Any) -> Any:
    assert _FORKED_JOB is not None  # set before the workers were forked
    return _FORKED_JOB(task)


def _watch_parent_of_worker() -> None:
    watch_parent(os.getppid())


def local_executor(inputs: Iterable[Item], stages: StageNames, workers: int) -> tuple[Executor, Iterator[Item]]:
    """The serial executor for one worker or a small run, else a process pool; and the inputs to give it.

    Only the first `SMALL_RUN` inputs are looked at to decide; the returned iterator yields them again.
    """
    iterator = iter(inputs)
    head = list(islice(iterator, SMALL_RUN))
    if workers <= 1 or len(head) < SMALL_RUN:
        return SerialExecutor(stages), chain(head, iterator)
    return LocalPoolExecutor(stages, workers), chain(head, iterator)
