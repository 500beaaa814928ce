"""Executors: worker processes give the same story as one process, inputs are pulled lazily, order is kept."""
import pickle
from itertools import islice

import pytest

import rasid
from rasid import execution
from rasid.analysis import process_batch
from rasid.errors import IngestError, StageError
from rasid.ingest import RawInput, iter_inputs
from rasid.model import Document, Span
from rasid.pipeline import Pipeline, Stage
from rasid.registry import build_pipeline

ARTICLE = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في بغداد. وأضاف أن الوفد سيضم خبراء."


def raw(number: int, text: str = ARTICLE) -> RawInput:
    return RawInput(f"gen:{number}", text, "text", f"id{number:06d}")


def export(story):
    return story.to_dict(generated_at="-")


def test_workers_two_give_same_story_as_one(sample_dir, monkeypatch):
    serial = rasid.analyze(sample_dir, workers=1)
    monkeypatch.setattr(execution, "SMALL_RUN", 1)  # five articles would otherwise stay in-process
    pooled = rasid.analyze(sample_dir, workers=2)
    assert export(pooled) == export(serial)


def test_pool_executor_keeps_input_order():
    inputs = [raw(n) for n in range(40)]
    pool = execution.LocalPoolExecutor(None, 2)
    try:
        ids = [item.id for item in pool.map(inputs)]
    finally:
        pool.close()
    assert ids == [r.doc_id for r in inputs]


def endless_inputs(pulled: list[int], limit: int = 100_000):
    """Inputs without end; fails loudly if anything tries to list them."""
    for number in range(limit):
        pulled.append(number)
        yield raw(number)
    raise AssertionError("the executor listed the whole input")


@pytest.mark.parametrize("workers", [1, 2])
def test_executor_pulls_inputs_lazily(workers):
    pulled: list[int] = []
    executor, stream = execution.local_executor(endless_inputs(pulled), None, workers)
    try:
        first = list(islice(executor.map(stream), 5))
    finally:
        executor.close()
    bound = execution.SMALL_RUN + (workers * execution.IN_FLIGHT_PER_WORKER + 1) * execution.BATCH_SIZE
    assert len(first) == 5
    assert len(pulled) <= bound


def test_ordered_window_bounds_batches_in_flight():
    in_flight, most = [], [0]

    class Done:
        def __init__(self, batch):
            self.batch = batch

        def result(self):
            in_flight.remove(self)
            return self.batch

    def submit(batch):
        in_flight.append(Done(batch))
        most[0] = max(most[0], len(in_flight))
        return in_flight[-1]

    out = list(execution.ordered_window(submit, execution.batched(range(100), 3), window=4))
    assert out == list(range(100))
    assert most[0] == 4


@pytest.mark.parametrize("count,workers,expected", [
    (5, 2, "serial"), (200, 1, "serial"), (200, 2, "processes"),
])
def test_local_executor_small_runs_stay_in_process(count, workers, expected):
    executor, stream = execution.local_executor((raw(n) for n in range(count)), None, workers)
    try:
        assert executor.name == expected
        assert len(list(stream)) == count
    finally:
        executor.close()


class BatchMarker(Stage):
    """A batching stage that fails for a whole batch when one document says so."""

    name = "marker"
    requires = ("sentences",)
    produces = ("marks",)

    def __call__(self, doc):
        if "انفجار" in doc.text:
            raise ValueError("bad document")
        return doc.with_layer("marks", [Span(0, 3, "mark")])

    def pipe(self, docs):
        return [self(doc) for doc in docs]


def test_process_batch_pins_failure_on_its_document():
    pipeline = Pipeline([build_pipeline(["segment"]).stages[0], BatchMarker()])
    batch = [raw(0), raw(1, ARTICLE + " وقع انفجار."), IngestError("x.txt", "empty file"), raw(2)]
    out = process_batch(batch, pipeline)
    assert [type(item).__name__ for item in out] == ["Document", "StageError", "IngestError", "Document"]
    assert out[1].doc_id == "id000001"
    assert out[0].layer("marks")[0].label == "mark"


def test_document_pickles_with_its_layers(sample_story):
    doc = sample_story.documents[0]
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.layer("entities") == doc.layer("entities")


@pytest.mark.parametrize("error", [
    IngestError("a.jsonl", "not JSON", line=3),
    StageError("time", "d1", "a.txt", ValueError("bad month")),
])
def test_errors_pickle_with_their_context(error):
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again)) == (type(error), str(error))


def test_stage_error_with_unpicklable_cause_keeps_its_message():
    import threading

    error = StageError("ner", "d1", "a.txt", TypeError(threading.Lock()))
    again = pickle.loads(pickle.dumps(error))
    assert "TypeError" in str(again) and again.doc_id == "d1"


def test_serial_executor_matches_analyze_documents(sample_dir):
    inputs = list(iter_inputs([sample_dir]))
    via_executor = list(execution.SerialExecutor(None).map(inputs))
    assert [d.id for d in via_executor] == [d.id for d in rasid.analyze(sample_dir).documents]
    assert all(isinstance(d, Document) for d in via_executor)


def test_progress_reports_megabytes_and_failures(sample_story):
    from rasid.commands.progress import Progress

    progress = Progress(enabled=False)
    for doc in sample_story.documents:
        progress.update(doc)
    progress.update(IngestError("x.txt", "empty file"))
    progress.close()
    assert progress.text_bytes == sum(len(d.text.encode("utf-8")) for d in sample_story.documents)
    assert progress.postfix().endswith("MB/s, failed=1")


def test_map_forked_keeps_task_order_and_reads_inherited_memory():
    import threading

    lock = threading.Lock()  # unpicklable: a forked worker must inherit it, not receive it
    table = {n: n * n for n in range(50)}

    def job(task: int) -> tuple[int, int, bool]:
        return task, table[task], isinstance(lock, type(threading.Lock()))

    tasks = list(range(50))[::-1]
    assert execution.map_forked(job, tasks, 2) == [(n, n * n, True) for n in tasks]
    assert execution.map_forked(job, tasks, 1) == execution.map_forked(job, tasks, 2)
    assert execution._FORKED_JOB is None  # nothing left behind for a later pool
    import gc

    assert gc.get_freeze_count() == 0  # the collector frozen for the fork only


def test_map_forked_passes_a_workers_error_on():
    def job(task: int) -> int:
        if task == 3:
            raise ValueError(f"task {task} failed")
        return task

    with pytest.raises(ValueError, match="task 3 failed"):
        execution.map_forked(job, list(range(6)), 2)


@pytest.mark.parametrize("fork", [True, False])
def test_beside_forked_runs_both_and_returns_both_results(tmp_path, fork):
    import os

    table = {"written": "yes"}  # read by the job from inherited memory

    def job() -> int:
        (tmp_path / "job.txt").write_text(table["written"], encoding="utf-8")
        return os.getpid()

    main_result, job_pid = execution.beside_forked(job, lambda: "saved", fork=fork)
    assert main_result == "saved" and (tmp_path / "job.txt").read_text(encoding="utf-8") == "yes"
    assert (job_pid != os.getpid()) == fork  # beside this process only when forked
    assert execution._FORKED_JOB is None


@pytest.mark.parametrize("fork", [True, False])
def test_beside_forked_returns_the_jobs_os_error_and_raises_its_other_errors(fork):
    def no_space() -> None:
        raise OSError(28, "No space left on device")

    _, outcome = execution.beside_forked(no_space, lambda: 1, fork=fork)
    assert isinstance(outcome, OSError) and outcome.errno == 28

    def bug() -> None:
        raise ValueError("a bug in the job")

    with pytest.raises(ValueError, match="a bug in the job"):
        execution.beside_forked(bug, lambda: 1, fork=fork)


def test_beside_forked_lets_the_job_finish_before_mains_error_is_raised(tmp_path):
    import time

    def slow_job() -> None:
        time.sleep(0.3)
        (tmp_path / "done.txt").write_text("finished", encoding="utf-8")

    def failing_main() -> None:
        raise RuntimeError("the store could not save")

    with pytest.raises(RuntimeError, match="could not save"):
        execution.beside_forked(slow_job, failing_main, fork=True)
    assert (tmp_path / "done.txt").read_text(encoding="utf-8") == "finished"  # never left half-way
