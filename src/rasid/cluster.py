"""The cluster path: per-document stages as Dask tasks, results in the shared store, corpus steps after.

`rasid analyze INPUT... --cluster tcp://scheduler:8786 --db URL` (or `--cluster local` for a `LocalCluster` on
this machine) streams the inputs, skips every input whose content id the store already holds (before it is
sent), runs `rasid.execution.run_batch` — the function local worker processes run — as one Dask task a batch,
and commits the finished documents to the store one batch a transaction, so a run that is stopped keeps
what it committed and the next run does only the rest. When the inputs are done, the corpus steps run over
every stored document and their results replace the stored ones. PostgreSQL is the store a cluster shares;
SQLite works too, since only this process writes. Deployment: `docs/cluster.md`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import ProgressHook, build_story
from .errors import RasidError
from .execution import DaskExecutor, Executor, Item, batched
from .ingest import iter_inputs
from .model import Document
from .settings import AnalysisOptions
from .story import Story

LOCAL = "local"  # `--cluster local`: a LocalCluster of `--workers` processes on this machine
STORE_BATCH = 64  # documents a transaction: a stopped run loses at most this many finished documents
CONNECT_TIMEOUT = "30s"  # how long to wait for a remote scheduler before giving up with its address


@dataclass(slots=True)
class StoreRun:
    """What one run into a store did: the recomputed story, new and skipped inputs, failures."""

    story: Story
    added: int = 0
    skipped: int = 0
    failures: list[RasidError] = field(default_factory=list)


@contextmanager
def open_client(address: str, workers: int) -> Iterator[Any]:
    """A `dask.distributed.Client` for a scheduler address, or for a new LocalCluster when `address` is `local`.

    A LocalCluster gets one single-threaded process a worker: the stages are pure Python, so threads would
    only contend for the interpreter lock.
    """
    from dask.distributed import Client, LocalCluster

    if address != LOCAL:
        with Client(address, timeout=CONNECT_TIMEOUT) as client:
            yield client
        return
    # dashboard on a free port: two runs on one machine must not fight over 8787 (None still binds it)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def skip_stored(inputs: Iterable[Item], known: set[str], run: StoreRun) -> Iterator[Item]:
    """The inputs whose content id is not in `known`, counting the others in `run.skipped`."""
    for item in inputs:
        if not isinstance(item, RasidError) and item.doc_id in known:
            run.skipped += 1
            continue
        yield item


def store_results(results: Iterable[Document | RasidError], store: Any, run: StoreRun,
                  on_item: ProgressHook | None = None, batch_size: int = STORE_BATCH) -> None:
    """Commit finished documents to `store` in batches, one transaction each; keep failures in `run`."""
    for chunk in batched(results, batch_size):
        for item in chunk:
            if on_item:
                on_item(item)
        run.failures.extend(item for item in chunk if isinstance(item, RasidError))
        run.added += store.add_documents([item for item in chunk if isinstance(item, Document)])


def analyze_into_store(paths: Iterable[str | Path], store: Any, executor: Executor,
                       options: AnalysisOptions, on_item: ProgressHook | None = None) -> StoreRun:
    """Analyse the inputs the store lacks on `executor`, then recompute and save the story over all of it."""
    run = StoreRun(Story([]))
    stream = skip_stored(iter_inputs(paths), store.known_ids(), run)
    store_results(executor.map(stream), store, run, on_item)
    run.story = build_story(list(store.documents()), options, run.failures)
    store.save_results(run.story)
    return run


def analyze_on_cluster(paths: Iterable[str | Path], db_url: str, address: str, options: AnalysisOptions,
                       on_item: ProgressHook | None = None) -> StoreRun:
    """`rasid analyze --cluster ADDRESS --db URL` as a library function."""
    from .store import open_store  # the store needs SQLAlchemy; only the cluster and store paths do

    with open_client(address, options.worker_count()) as client:
        store = open_store(db_url)
        try:
            return analyze_into_store(paths, store, DaskExecutor(client, options.stages), options, on_item)
        finally:
            store.close()
