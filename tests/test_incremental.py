"""Incremental analysis into a store: re-runs change nothing, and a killed run finishes on the next one."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from sqlalchemy import create_engine, func, select
from store_backends import table_dump

from rasid.corpus.reuse import Previous, run_settings
from rasid.registry import DOCUMENT_STEPS, STORY_STEPS
from rasid.settings import AnalysisOptions
from rasid.store import open_store, schema
from rasid.store.incremental import analyze_into_store
from rasid.store.save import DIGESTS_KEY

COPIES = 80  # distinct articles: enough that a run is still busy when it is killed
KILL_BATCH = 2  # small batches, so that a few are committed before the kill


def analyze_cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "rasid", "analyze", *args, "--quiet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def copies(tmp_path_factory, sample_dir) -> Path:
    """JSON Lines of the sample articles repeated with a distinct closing line each (distinct ids)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir.glob("*.txt"))]
    path = tmp_path_factory.mktemp("copies") / "copies.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(COPIES):
            record = {"text": f"{texts[i % len(texts)]}\nنسخة الأرشيف رقم {i} من هذا التقرير.", "outlet": f"منفذ {i % 7}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def stored_count(db: Path) -> int:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(schema.documents)) or 0)
    except Exception:  # noqa: BLE001 - the writer may not have created the tables yet
        return 0
    finally:
        engine.dispose()


def test_incremental_second_run_changes_nothing(store_url, sample_dir):
    with open_store(store_url) as store:
        first = analyze_into_store([sample_dir], store)
        before = table_dump(store_url)
        second = analyze_into_store([sample_dir], store)
    assert (first.added, second.added, second.skipped) == (5, 0, 5)
    assert table_dump(store_url) == before


def test_incremental_new_files_join_the_stored_story(store_url, sample_dir):
    files = sorted(sample_dir.glob("*.txt"))
    with open_store(store_url) as store:
        analyze_into_store(files[:2], store)
        run = analyze_into_store(files, store)
    assert (run.added, run.skipped, len(run.story.documents)) == (3, 2, 5)


def test_incremental_cli_twice_gives_the_same_store(tmp_path, sample_dir):
    for _ in range(2):
        assert analyze_cli(str(sample_dir), "--out", str(tmp_path)).wait(timeout=120) == 0
        dumps = getattr(test_incremental_cli_twice_gives_the_same_store, "dumps", [])
        dumps.append(table_dump(f"sqlite:///{tmp_path / 'rasid.db'}"))
        test_incremental_cli_twice_gives_the_same_store.dumps = dumps
    assert dumps[0] == dumps[1] and len(dumps[0]["documents"]) == 5


def child_pids(parent: int) -> list[int]:
    """The processes whose parent is `parent`, read from /proc (empty where there is none)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            children.append(int(stat.parent.name))
    return children


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_until_gone(pids: list[int], seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


def test_incremental_killed_run_then_rerun_equals_one_clean_run(tmp_path, copies):
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    process = analyze_cli(str(copies), "--db", f"sqlite:///{killed_db}", "--batch", str(KILL_BATCH))
    deadline = time.monotonic() + 60
    while stored_count(killed_db) < 2 * KILL_BATCH and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    workers = child_pids(process.pid)
    if (os.cpu_count() or 1) > 1 and Path("/proc").is_dir():
        assert workers, "the run had no worker processes to check"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert wait_until_gone(workers), f"worker processes {workers} outlived the killed run"
    at_kill = stored_count(killed_db)
    assert 0 < at_kill < COPIES, f"the kill came at {at_kill} of {COPIES} documents: not mid-way"
    assert analyze_cli(str(copies), "--db", f"sqlite:///{killed_db}").wait(timeout=300) == 0
    assert analyze_cli(str(copies), "--db", f"sqlite:///{clean_db}").wait(timeout=300) == 0
    assert table_dump(f"sqlite:///{killed_db}") == table_dump(f"sqlite:///{clean_db}")


@pytest.fixture(scope="module")
def news_batches(tmp_path_factory, sample_dir) -> tuple[Path, Path]:
    """Two JSON Lines files of SaudiNewsNet articles of one week (many small stories) and the sample articles,
    split so the second adds articles to some stories of the first and starts others."""
    from conftest import DATA, need

    from rasid.evaluation.saudinewsnet import iter_days

    records = []
    for _, record in iter_days(need(DATA / "news_saudinewsnet" / "dataset")):
        if len(record.get("content") or "") > 400:
            records.append({"text": record["content"], "url": record["url"], "title": record.get("title"),
                            "published": record.get("date_extracted")})
        if len(records) == 60:
            break
    records += [{"text": p.read_text(encoding="utf-8")} for p in sorted(sample_dir.glob("*.txt"))]
    folder = tmp_path_factory.mktemp("batches")
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    for path, part in ((first, records[::2]), (second, records[1::2])):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    return first, second


def comparable(story) -> dict:
    out = story.to_dict(generated_at="-")
    return json.loads(json.dumps(out, ensure_ascii=False))


def test_incremental_reused_stories_equal_a_full_recompute(store_url, news_batches, tmp_path):
    first, second = news_batches
    with open_store(store_url) as store:
        analyze_into_store([first], store)
        added = analyze_into_store([second], store)
        reloaded = store.load_story()
        partial = table_dump(store_url)  # the second save rewrote only the rows that changed
        with store.engine.begin() as connection:
            connection.execute(schema.story_info.delete().where(schema.story_info.c.key == DIGESTS_KEY))
        store.save_results(added.story, run_settings(AnalysisOptions()))  # no digests: every field written whole
        assert table_dump(store_url) == partial
    with open_store(f"sqlite:///{tmp_path / 'full.db'}") as store:
        full = analyze_into_store([first, second], store, AnalysisOptions(recompute=True))
    stories = len(full.story.results["stories"])
    assert 0 < added.recomputed < stories  # some stories kept their records, the new articles' were redone
    assert full.recomputed == stories
    assert comparable(added.story) == comparable(full.story)
    assert comparable(reloaded) == comparable(full.story)
    assert reloaded.inputs == full.story.inputs


def test_corpus_steps_on_two_workers_equal_one_process(news_batches, monkeypatch):
    """Grouping and entity linking side by side on two forked workers, then the story steps split over them, a
    part of the stories each, give the story one process makes; with a saved story, the stories kept and the
    stories redone in parts merge the same way."""
    from rasid import analysis
    from rasid.analysis import analyze_inputs, build_story
    from rasid.ingest import iter_inputs

    first, second = news_batches
    documents = analyze_inputs(iter_inputs([first, second]), AnalysisOptions(workers=1)).documents
    one = build_story(documents, AnalysisOptions(workers=1))
    monkeypatch.setattr(analysis, "PARALLEL_MIN_DOCUMENTS", 1)
    steps: list[str] = []
    two = build_story(documents, AnalysisOptions(workers=2), on_step=steps.append)
    assert comparable(two) == comparable(one)
    assert steps[0] == ", ".join(DOCUMENT_STEPS)  # announced once: they run at the same time
    assert ", ".join(STORY_STEPS) in steps  # announced once: the steps run together on each worker
    parts = analysis.story_parts(two.documents, set(two.inputs), 2)
    assert len(parts) == 2 and not parts[0] & parts[1] and parts[0] | parts[1] == set(two.inputs)

    changed = sorted(two.inputs)[::3]
    previous = Previous({s: d for s, d in two.inputs.items() if s not in changed},
                        lambda name: [r for r in one.results[name] if r.get("story") not in changed])
    again = build_story(documents, AnalysisOptions(workers=2), previous=previous)
    assert comparable(again) == comparable(one)


def test_incremental_nothing_new_recomputes_nothing(tmp_path, news_batches):
    first, _ = news_batches
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        analyze_into_store([first], store)
        again = analyze_into_store([first], store)
    assert (again.added, again.recomputed) == (0, 0)


def test_incremental_a_run_adding_nothing_takes_the_saved_story(tmp_path, news_batches, monkeypatch):
    from rasid.store import incremental

    first, _ = news_batches
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        done = analyze_into_store([first], store)
        monkeypatch.setattr(incremental, "build_story", lambda *a, **k: pytest.fail("recomputed with nothing new"))
        again = analyze_into_store([first], store)
    assert comparable(again.story) == comparable(done.story) and again.recomputed == 0


def test_incremental_documents_stored_by_a_cut_off_run_are_analysed_by_the_next(tmp_path, news_batches):
    """A run killed after committing documents and before saving results: the next one, adding nothing, still
    recomputes the story with them; and another question recomputes it too."""
    from rasid.analysis import analyze

    first, second = news_batches
    extra = analyze([second], AnalysisOptions(workers=1)).documents
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        analyze_into_store([first], store)
        store.add_documents(extra)  # committed, results not saved (as a kill between the two would leave them)
        again = analyze_into_store([first], store)
        asked = analyze_into_store([first], store, AnalysisOptions(question="هل ستبقى قوات التحالف في العراق"))
    assert {d.id for d in extra} <= {d.id for d in again.story.documents}
    assert again.recomputed > 0 and asked.recomputed > 0


def test_incremental_a_run_says_which_corpus_step_it_is_in(tmp_path, news_batches):
    from rasid.registry import CORPUS_STEPS, STORY_STEPS

    first, second = news_batches
    corpus_wide = [name for name in CORPUS_STEPS if name not in STORY_STEPS]
    for_runs: list[list[str]] = []
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        for path in (first, second):
            steps: list[str] = []
            run = analyze_into_store([path], store, on_step=steps.append)
            stories = len(run.story.results["stories"])
            for_runs.append(steps)
            assert steps == [*corpus_wide, *(f"{name} ({run.recomputed} of {stories} stories)" for name in STORY_STEPS),
                             "saving"]
    assert for_runs[0] != for_runs[1]  # the second run redid fewer stories than it has


def test_incremental_other_code_recomputes_the_saved_story(tmp_path, news_batches, monkeypatch):
    """An upgrade that keeps the version number (a git pull) changes the code fingerprint: nothing is reused."""
    from rasid.corpus import reuse

    first, _ = news_batches
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        analyze_into_store([first], store)
        monkeypatch.setattr(reuse, "code_fingerprint", lambda: "another build")
        again = analyze_into_store([first], store)
    assert again.recomputed == len(again.story.results["stories"])
