"""The cluster path for real: a LocalCluster of two worker processes, writing to SQLite and to PostgreSQL.

One LocalCluster serves the whole module (starting one costs seconds). PostgreSQL comes from
`RASID_TEST_PG_URL` (exported by `scripts/test`); these tests use a schema of their own in that database, so
they never touch what the store's tests create.
"""
import json
import os
from urllib.parse import quote

import pytest

import rasid
from rasid.cluster import StoreRun, analyze_into_store, open_client, skip_stored
from rasid.errors import IngestError
from rasid.execution import DaskExecutor, SerialExecutor
from rasid.ingest import iter_inputs
from rasid.settings import AnalysisOptions

PG_URL = os.environ.get("RASID_TEST_PG_URL")
PG_SCHEMA = "rasid_cluster_test"


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.distributed")
    with open_client("local", 2) as dask_client:
        yield dask_client


def postgres_store_url() -> str:
    """A URL whose tables live in an emptied schema of their own in the test database."""
    if not PG_URL:
        message = "PostgreSQL not available: RASID_TEST_PG_URL is unset (bash scripts/test starts one)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
    engine.dispose()
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options={quote(f'-csearch_path={PG_SCHEMA}')}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    open_store = pytest.importorskip("rasid.store").open_store
    url = f"sqlite:///{tmp_path / 'rasid.db'}" if request.param == "sqlite" else postgres_store_url()
    opened = open_store(url)
    yield opened
    opened.close()


class CountingExecutor:
    """Wraps an executor and counts the inputs it was given (what would be sent to the cluster)."""

    name = "counting"

    def __init__(self, inner):
        self.inner = inner
        self.sent = 0

    def map(self, inputs):
        def counted():
            for item in inputs:
                self.sent += 1
                yield item
        return self.inner.map(counted())

    def close(self):
        self.inner.close()


def without_time(story):
    return story.to_dict(generated_at="-")


def test_dask_executor_matches_serial(client, sample_dir):
    inputs = list(iter_inputs([sample_dir]))
    on_cluster = list(DaskExecutor(client, None).map(inputs))
    assert on_cluster == list(SerialExecutor(None).map(inputs))


def cached_pipelines() -> int:
    import rasid.execution

    return len(rasid.execution._PIPELINES)


def test_dask_workers_each_build_their_pipeline_once(client, sample_dir):
    inputs = list(iter_inputs([sample_dir])) * 20
    list(DaskExecutor(client, None).map(inputs))
    assert sorted(client.run(cached_pipelines).values()) == [1, 1]


def test_cluster_story_matches_local_story(client, store, sample_dir):
    run = analyze_into_store([sample_dir], store, DaskExecutor(client, None), AnalysisOptions())
    assert run.added == 5 and not run.failures
    assert without_time(run.story) == without_time(rasid.analyze(sample_dir))
    assert without_time(store.load_story()) == without_time(run.story)


def test_cluster_rerun_sends_nothing_already_stored(client, store, sample_dir):
    analyze_into_store([sample_dir], store, DaskExecutor(client, None), AnalysisOptions())
    counting = CountingExecutor(DaskExecutor(client, None))
    again = analyze_into_store([sample_dir], store, counting, AnalysisOptions())
    assert (again.added, again.skipped, counting.sent) == (0, 5, 0)
    assert len(again.story.documents) == 5


def test_skip_stored_passes_errors_and_new_inputs(sample_dir):
    inputs = list(iter_inputs([sample_dir])) + [IngestError("x.bin", "binary file")]
    run = StoreRun(rasid.Story([]))
    kept = list(skip_stored(inputs, {inputs[0].doc_id, inputs[2].doc_id}, run))
    assert [getattr(k, "doc_id", None) for k in kept] == [inputs[1].doc_id, inputs[3].doc_id, inputs[4].doc_id, None]
    assert run.skipped == 2


def test_cli_cluster_local_writes_story_and_store(sample_dir, tmp_path):
    pytest.importorskip("rasid.store")
    from rasid.cli import main

    out = tmp_path / "out"
    assert main(["analyze", str(sample_dir), "--out", str(out), "--cluster", "local", "--workers", "2", "--quiet"]) == 0
    story = json.loads((out / "story.json").read_text(encoding="utf-8"))
    assert len(story["documents"]) == 5 and (out / "rasid.db").exists()
