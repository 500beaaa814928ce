"""The cluster path: per-document stages as Dask tasks, results in the shared store, corpus steps after.

`rasid analyze INPUT... --cluster tcp://scheduler:8786 --db URL` (or `--cluster local` for a `LocalCluster` on
this machine) is `rasid.store.incremental.analyze_into_store` — the path of every `rasid analyze` — with a
`DaskExecutor` in place of local worker processes: inputs are streamed, every input whose content id the
store already holds is skipped before it is sent, `rasid.execution.run_batch` runs as one Dask task a batch,
and the finished documents are committed one batch a transaction, so a run that is stopped keeps what it
committed and the next run does only the rest. The corpus steps then run over every stored document.
PostgreSQL is the store a cluster shares; SQLite works too, since only this process writes. Deployment:
`docs/cluster.md`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .execution import DaskExecutor
from .processing import ProgressHook
from .settings import AnalysisOptions
from .store import Store
from .store.incremental import BATCH_SIZE, IncrementalRun, analyze_into_store

LOCAL = "local"  # `--cluster local`: a LocalCluster of `--workers` processes on this machine
CONNECT_TIMEOUT = "30s"  # how long to wait for a remote scheduler before giving up with its address


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


def analyze_on_cluster(paths: Iterable[str | Path], store: Store, address: str, options: AnalysisOptions,
                       on_item: ProgressHook | None = None, batch_size: int = BATCH_SIZE) -> IncrementalRun:
    """`rasid analyze --cluster ADDRESS` as a library function: the new inputs on the cluster, into `store`."""
    with open_client(address, options.worker_count()) as client:
        executor = DaskExecutor(client, options.stages)
        return analyze_into_store(paths, store, options, on_item, batch_size, executor)
