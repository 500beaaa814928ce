"""The cluster path for real: a LocalCluster of two worker processes, writing to SQLite and to PostgreSQL.

One LocalCluster serves the whole module (starting one costs seconds). The stores come from the shared
`store_url` fixture (SQLite in a temporary folder, and the PostgreSQL that `scripts/test` starts).
"""
import json

import pytest

import rasid
from rasid.cluster import open_client
from rasid.errors import IngestError
from rasid.execution import DaskExecutor, SerialExecutor
from rasid.ingest import iter_inputs
from rasid.settings import AnalysisOptions
from rasid.store import open_store
from rasid.store.incremental import IncrementalRun, analyze_into_store, skip_stored


@pytest.fixture(scope="module")
def client():
    with open_client("local", 2) as dask_client:
        yield dask_client


@pytest.fixture
def store(store_url):
    opened = open_store(store_url)
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
    inputs = list(iter_inputs([sample_dir])) * 10  # four batches, all submitted at once
    list(DaskExecutor(client, None).map(inputs))
    assert sorted(client.run(cached_pipelines).values()) == [1, 1]


def test_cluster_story_matches_local_story(client, store, sample_dir):
    run = analyze_into_store([sample_dir], store, AnalysisOptions(), executor=DaskExecutor(client, None))
    assert run.added == 5 and not run.failures
    assert without_time(run.story) == without_time(rasid.analyze(sample_dir))
    assert without_time(store.load_story()) == without_time(run.story)


def test_cluster_rerun_sends_nothing_already_stored(client, store, sample_dir):
    analyze_into_store([sample_dir], store, AnalysisOptions(), executor=DaskExecutor(client, None))
    counting = CountingExecutor(DaskExecutor(client, None))
    again = analyze_into_store([sample_dir], store, AnalysisOptions(), executor=counting)
    assert (again.added, again.skipped, counting.sent) == (0, 5, 0)
    assert len(again.story.documents) == 5


def test_skip_stored_passes_errors_and_new_inputs(sample_dir):
    inputs = list(iter_inputs([sample_dir])) + [inputs_error := IngestError("x.bin", "binary file")]
    run = IncrementalRun(rasid.Story([]))
    kept = list(skip_stored(inputs + inputs[1:2], {inputs[0].doc_id, inputs[2].doc_id}, run))
    assert kept == [inputs[1], inputs[3], inputs[4], inputs_error]
    assert run.skipped == 3  # two stored, and the repeat of inputs[1] within the run


def test_cli_cluster_local_writes_story_and_store(sample_dir, tmp_path):
    from rasid.cli import main

    out = tmp_path / "out"
    assert main(["analyze", str(sample_dir), "--out", str(out), "--cluster", "local", "--workers", "2", "--quiet"]) == 0
    story = json.loads((out / "story.json").read_text(encoding="utf-8"))
    assert len(story["documents"]) == 5 and (out / "rasid.db").exists()
