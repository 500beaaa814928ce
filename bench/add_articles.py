"""Adding articles to a grown store: what `rasid analyze` does when a few new articles arrive, phase by phase.

    python bench/add_articles.py [--base 2000] [--add 1,100] [--runs 2]

Analyses the first `--base` SaudiNewsNet articles into a store once (`rasid analyze`'s path, every core). Then, for
each count in `--add`, the next articles are added to a copy of that store, alternating run by run the way of this
code (story steps only for the stories the new articles changed, `rasid.corpus.reuse`; only the changed rows
saved, `rasid.store.save`) and its baseline in the same process (`--recompute` on a copy without the saved
digests: every story's steps rerun and every row rewritten, as before either existed), each phase timed: the new articles' stages, loading the
stored documents, the corpus-wide steps (grouping, entities, statements), the story steps, the save, and the
exports (`story.json`, the per-story files and reports). Prints the medians of each phase and the ratio of the
totals. The two ways must give the same export; the bench checks it.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_feed

from rasid import analysis
from rasid.corpus.story_exports import split_by_story, write_story_exports
from rasid.report import write_report
from rasid.settings import AnalysisOptions
from rasid.store import incremental as incremental_module
from rasid.store import open_store, schema
from rasid.store.incremental import analyze_into_store
from rasid.store.save import DIGESTS_KEY
from rasid.store.store import INPUTS_KEY
from rasid.story import write_story

PHASES = ("stages", "load", "corpus-wide steps", "story steps", "save", "exports")


class Clock:
    """Seconds spent in each phase of one run."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(PHASES, 0.0)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.spent[name] += time.perf_counter() - started

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                return function(*args, **kwargs)
        return run


def add_run(base_db: Path, feed: Path, folder: Path, recompute: bool) -> tuple[dict[str, float], dict[str, Any], int]:
    """Add `feed` to a copy of the base store; the seconds of each phase, the export and the stories redone."""
    shutil.copy(base_db, folder / "rasid.db")
    if recompute:  # the baseline: every story's steps rerun and every row rewritten, as before reuse existed
        with open_store(f"sqlite:///{folder / 'rasid.db'}") as store, store.engine.begin() as connection:
            connection.execute(schema.story_info.delete().where(schema.story_info.c.key.in_([DIGESTS_KEY, INPUTS_KEY])))
    clock = Clock()
    build = analysis.build_story
    story_steps = analysis.run_story_steps

    def timed_build(documents: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = build(documents, *args, **kwargs)
        clock.spent["corpus-wide steps"] += time.perf_counter() - started - clock.spent["story steps"]
        return result

    options = AnalysisOptions(quiet=True, recompute=recompute)
    with open_store(f"sqlite:///{folder / 'rasid.db'}") as store, \
            mock.patch.object(incremental_module, "build_story", timed_build), \
            mock.patch.object(analysis, "run_story_steps", clock.timed("story steps", story_steps)), \
            mock.patch.object(store, "documents", lambda: clock.timed("load", lambda: list(type(store).documents(store)))()), \
            mock.patch.object(store, "save_results", clock.timed("save", store.save_results)), \
            mock.patch.object(incremental_module, "store_results", clock.timed("stages", incremental_module.store_results)):
        run = analyze_into_store([feed], store, options)
    with clock.phase("exports"):
        write_story(run.story, folder)
        parts = split_by_story(run.story)
        write_story_exports(run.story, folder, parts)
        write_report(run.story, folder, parts)
    export = run.story.to_dict(generated_at="-")
    return clock.spent, json.loads(json.dumps(export, ensure_ascii=False)), run.recomputed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=2000, help="articles in the store before the new ones arrive")
    parser.add_argument("--add", default="1,100", help="comma-separated counts of new articles")
    parser.add_argument("--runs", type=int, default=2, help="runs of each way, alternating")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = work / "base"
        base.mkdir()
        with open_store(f"sqlite:///{base / 'rasid.db'}") as store:
            built = analyze_into_store([write_feed(work / "base.jsonl", 0, args.base)], store,
                                       AnalysisOptions(quiet=True))
        print(f"base store: {len(built.story.documents)} documents, {len(built.story.results['stories'])} stories")
        for count in (int(c) for c in args.add.split(",")):
            feed = write_feed(work / f"add{count}.jsonl", args.base, count)
            spent: dict[bool, list[dict[str, float]]] = {False: [], True: []}
            exports, redone = {}, {}
            for _ in range(args.runs):
                for recompute in (True, False):
                    folder = work / f"run-{count}-{recompute}"
                    shutil.rmtree(folder, ignore_errors=True)
                    folder.mkdir()
                    seconds, exports[recompute], redone[recompute] = add_run(base / "rasid.db", feed, folder, recompute)
                    spent[recompute].append(seconds)
            assert exports[True] == exports[False], "reusing stories changed the export"
            print(f"\nadding {count} article(s): stories redone {redone[False]} (of {redone[True]} with --recompute); "
                  "the exports are the same")
            print("| phase | --recompute s | reuse s | reuse / --recompute |")
            print("|---|---|---|---|")
            for name in (*PHASES, "total"):
                medians = [statistics.median(sum(r.values()) if name == "total" else r[name] for r in spent[way])
                           for way in (True, False)]
                ratio = f"{medians[1] / medians[0]:.2f}" if medians[0] else "-"
                print(f"| {name} | {medians[0]:.2f} | {medians[1]:.2f} | {ratio} |")


if __name__ == "__main__":
    main()
