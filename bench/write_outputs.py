"""Writing what `rasid analyze` writes, each way against its baseline in the same process.

    python bench/write_outputs.py [--articles 2000] [--runs 2]

Analyses the first N SaudiNewsNet articles once (stages and corpus steps, every core), then times, alternating
the two ways run by run:

- the `rasid.story/1` export: `rasid.story.write_story` (each record encoded at once by the standard library's C
  encoder, one record a line) against the indented `json.dump` it replaced, whose encoder is pure Python;
- the store's save into a fresh SQLite file: `Store.add_documents` then `Store.save_results`, with the search
  terms inserted through the driver (`rasid.store.save.insert_plain`) against SQLAlchemy's `insert()` for every
  table, as before;
- the same save with span texts left out where the document's text gives them (`rasid.store.rows`) against one
  that copies every span text beside its offsets, as before (no document text looked up), and the same store
  read back (`Store.load_story`) each way;
- the same save with the articles' and the statements' search terms in SQLite's FTS5 indexes (`document_fts`,
  `statement_fts`, migrations `0009_document_index` and `0010_statement_index`) against one row a term and item
  in `document_tokens` and `statement_tokens`, as before.

Prints the medians, the ratios and the sizes. Wall-clock figures on a shared machine are noisy: the ratios of
medians measured in one process are the figures to read.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_inputs

from rasid.analysis import analyze_stream, build_story
from rasid.errors import RasidError
from rasid.settings import AnalysisOptions
from rasid.store import migrations, open_store
from rasid.store import save as save_module
from rasid.story import Story, write_story


def analysed(articles: int) -> Story:
    options = AnalysisOptions(quiet=True)
    documents = [d for d in analyze_stream(iter_inputs(articles), options) if not isinstance(d, RasidError)]
    return build_story(documents, options)


def indented_export(story: Story, folder: Path) -> Path:
    """The export as it was written before: `json.dump(..., indent=1)`."""
    path = folder / "story.json"
    with path.open("w", encoding="utf-8") as handle:
        json.dump(story.to_dict(), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return path


def save(story: Story, folder: Path) -> Path:
    path = folder / "rasid.db"
    with open_store(f"sqlite:///{path}") as store:
        store.add_documents(story.documents)
        store.save_results(story)
    return path


def save_through_core(story: Story, folder: Path) -> Path:
    """The save as it was: every table through SQLAlchemy's `insert()`."""
    with mock.patch.object(save_module, "insert_plain", save_module.insert_rows):
        return save(story, folder)


def save_copying_span_texts(story: Story, folder: Path) -> Path:
    """The save as it was before span texts were left out: no document's text is looked up."""
    with mock.patch.object(save_module, "document_texts", lambda connection, ids: {}):
        return save(story, folder)


INDEX_MIGRATIONS = ("0009_document_index", "0010_statement_index")


def save_terms_as_rows(story: Story, folder: Path) -> Path:
    """The save as it was before the FTS5 indexes: the migrations that make them skipped, so terms go to rows."""
    skipped = tuple((name, (lambda connection: None) if name in INDEX_MIGRATIONS else step)
                    for name, step in migrations.MIGRATIONS)
    with mock.patch.object(migrations, "MIGRATIONS", skipped):
        return save(story, folder)


def load_back(saved: Callable[[Story, Path], Path], seconds: list[float]) -> Callable[[Story, Path], Path]:
    """A save (its time not counted) and the load of the story from that store, timed into `seconds`."""
    def load(story: Story, folder: Path) -> Path:
        path = saved(story, folder)
        started = time.perf_counter()
        with open_store(f"sqlite:///{path}") as store:
            back = store.load_story()
        seconds.append(time.perf_counter() - started)
        assert len(back.results.get("statements", [])) == len(story.results.get("statements", []))
        return path
    return load


def timed(write: Callable[[Story, Path], Path], story: Story) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path = write(story, Path(folder))
        return time.perf_counter() - started, path.stat().st_size


def compare(story: Story, runs: int, new: Callable, old: Callable) -> dict[str, float]:
    times: dict[str, list[float]] = {"new": [], "old": []}
    sizes: dict[str, int] = {}
    for _ in range(runs):
        for name, write in (("old", old), ("new", new)):
            seconds, size = timed(write, story)
            times[name].append(seconds)
            sizes[name] = size
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {"old_s": medians["old"], "new_s": medians["new"], "ratio": medians["new"] / medians["old"],
            "old_mb": sizes["old"] / 1e6, "new_mb": sizes["new"] / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    story = analysed(args.articles)
    print(f"analysed {len(story.documents)} documents in {time.perf_counter() - started:.1f} s")
    rows = {
        "export (story.json)": compare(story, args.runs, lambda s, f: write_story(s, f), indented_export),
        "store (SQLite)": compare(story, args.runs, save, save_through_core),
        "store, span texts left out (SQLite)": compare(story, args.runs, save, save_copying_span_texts),
        "store, search terms in FTS5 (SQLite)": compare(story, args.runs, save, save_terms_as_rows),
    }
    load_seconds: dict[str, list[float]] = {"copied": [], "left out": []}
    for _ in range(args.runs):  # alternating, as `compare` does
        for name, saved in (("copied", save_copying_span_texts), ("left out", save)):
            timed(load_back(saved, load_seconds[name]), story)
    loads = {name: statistics.median(values) for name, values in load_seconds.items()}
    print("| output | before s | now s | now / before | before MB | now MB |")
    print("|---|---|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {row['old_s']:.2f} | {row['new_s']:.2f} | {row['ratio']:.2f} | {row['old_mb']:.1f} | "
              f"{row['new_mb']:.1f} |")
    print(f"store read back (`load_story`): span texts copied {loads['copied']:.2f} s, left out {loads['left out']:.2f} s,"
          f" {loads['left out'] / loads['copied']:.2f} x")


if __name__ == "__main__":
    main()
