"""`rasid analyze INPUT... --out DIR [--db URL]`: add articles to the story store, write story.json and report.html.

The store (default: SQLite at `DIR/rasid.db`) keeps every document analysed so far; a run analyses only the
inputs not stored yet, then recomputes the story over all stored documents (`rasid.store.incremental`).
"""
from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..cluster import analyze_on_cluster
from ..corpus.story_exports import split_by_story, write_story_exports
from ..errors import RasidError, SkippedInput, UnknownNameError
from ..model import Document
from ..report import write_report
from ..settings import AnalysisOptions
from ..store import open_store, redacted_url
from ..store.incremental import BATCH_SIZE, IncrementalRun, analyze_into_store
from ..story import STORY_FILE, Story, write_story
from .progress import Progress

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files (.txt, .html, .jsonl, .json), directories (read recursively), or - for stdin")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output directory for story.json and report.html")
    parser.add_argument("--db", metavar="URL", help="story store to add to: sqlite:///PATH or "
                        "postgresql+psycopg://USER:PASSWORD@HOST/DB (default: sqlite at DIR/rasid.db)")
    parser.add_argument("--batch", type=int, default=BATCH_SIZE, help="documents committed per transaction")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--fail-on-skip", action="store_true",
                        help="exit 1 when an input had nothing to analyse (empty, no text left, not Arabic); "
                             "by default such inputs are skipped, named and counted, and the run succeeds")
    parser.add_argument("--question", help="the story's central question for stances (default: detected)")
    parser.add_argument("--fact-disagreements", action="store_true",
                        help="also report disagreements over stated facts, where one source denies what another "
                             "states (off by default: on the judged days none was real; see README)")
    parser.add_argument("--recompute", action="store_true",
                        help="rerun the story steps (timeline, disagreements, stances, summary) for every story; "
                             "by default only the stories the new articles changed are (the same results, faster)")
    parser.add_argument("--workers", type=int, help="worker processes (default: every core)")
    parser.add_argument("--stages", help="comma-separated per-document stages to run (default: all)")
    parser.add_argument("--cluster", metavar="ADDRESS", help="run the per-document stages on a Dask cluster: "
                        "tcp://HOST:8786, or 'local' for a LocalCluster of --workers processes (docs/cluster.md)")


def run(args: argparse.Namespace) -> int:
    if not args.out and not args.db:
        print("rasid: give --out DIR (story.json, report.html, rasid.db) or --db URL", file=sys.stderr)
        return EXIT_USAGE
    options = AnalysisOptions(
        workers=args.workers, question=args.question, quiet=args.quiet, fact_disagreements=args.fact_disagreements,
        recompute=args.recompute,
        stages=tuple(s.strip() for s in args.stages.split(",")) if args.stages else None,
    )
    if args.out and args.out.exists() and not args.out.is_dir():
        print(f"rasid: --out {args.out} is a file; give a directory for story.json", file=sys.stderr)
        return EXIT_USAGE
    progress = Progress(enabled=not args.quiet)
    started = time.perf_counter()
    try:
        with open_store(args.db or args.out / "rasid.db") as store:
            done = (analyze_on_cluster(args.inputs, store, args.cluster, options, progress.update, args.batch)
                    if args.cluster else analyze_into_store(args.inputs, store, options, progress.update, args.batch,
                                                            on_step=progress.step,
                                                            beside_save=partial(write_exports, out=args.out) if args.out else None))
    except (UnknownNameError, ArgumentError) as exc:
        progress.close()
        print(f"rasid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, TimeoutError) as exc:
        if not args.cluster:
            raise
        progress.close()
        print(f"rasid: the Dask cluster at {args.cluster}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except SQLAlchemyError as exc:
        progress.close()
        where = redacted_url(args.db or args.out / "rasid.db")
        print(f"rasid: story store {where}: {type(exc).__name__}: {exc.__cause__ or exc}", file=sys.stderr)
        return EXIT_FAILED
    progress.close()
    return _finish(args, done, time.perf_counter() - started)


def _finish(args: argparse.Namespace, done: IncrementalRun, seconds: float) -> int:
    story = done.story
    if not story.documents:
        _report_failures(story.failures)
        print("rasid: no document could be analysed; nothing written", file=sys.stderr)
        return EXIT_FAILED
    path = None
    if args.out:
        try:
            if done.export_error:
                raise done.export_error
            if not done.exported:
                write_exports(story, args.out)
            path = args.out / STORY_FILE
        except OSError as exc:
            _report_failures(story.failures)
            print(f"rasid: cannot write to {args.out}: {exc.strerror or exc}; story.json and report.html not "
                  "written (the store keeps the analysed documents)", file=sys.stderr)
            return EXIT_FAILED
    if not args.quiet:
        print_summary(story, path, seconds, done, redacted_url(args.db or args.out / "rasid.db"))
    else:
        _report_failures(story.failures)
    return exit_status(story.failures, args.fail_on_skip)


def write_exports(story: Story, out: Path) -> None:
    """`story.json`, the per-story exports and the reports, each file written whole or not at all."""
    write_story(story, out)
    parts = split_by_story(story)  # once, for the per-story exports and reports
    write_story_exports(story, out, parts)
    write_report(story, out, parts)


def exit_status(failures: list[RasidError], fail_on_skip: bool) -> int:
    """1 when an input failed; a skipped input (nothing to analyse) fails the run only with `--fail-on-skip`."""
    failed = [f for f in failures if fail_on_skip or not isinstance(f, SkippedInput)]
    return EXIT_FAILED if failed else EXIT_OK


def _report_failures(failures: list[RasidError]) -> None:
    skipped = [f for f in failures if isinstance(f, SkippedInput)]
    for failure in failures:
        word = "skipped" if isinstance(failure, SkippedInput) else "failed"
        print(f"rasid: {word}: {failure}", file=sys.stderr)
    if skipped:
        print(f"rasid: {len(skipped)} input(s) skipped: nothing to analyse in them", file=sys.stderr)


LARGEST_SHOWN = 8  # stories listed at the end of a run over many


def print_summary(story: Story, path: Path | None, seconds: float, done: IncrementalRun | None = None,
                  store: str | None = None) -> None:
    """A one-screen summary on stderr; the output path also on stdout for scripts."""
    err = sys.stderr
    new = f"{done.added} new, {done.skipped} already stored; " if done else ""
    skipped = sum(isinstance(f, SkippedInput) for f in story.failures)
    failed = len(story.failures) - skipped
    print(f"\nrasid analysed {new}{len(story.documents)} document(s) in the store, {seconds:.1f} s"
          + (f"; {failed} failed" if failed else "") + (f"; {skipped} skipped" if skipped else ""), file=err)
    stories = story.results.get("stories", [])
    if len(stories) > 1:
        largest = sorted(stories, key=lambda r: -len(r.get("documents", [])))[:LARGEST_SHOWN]
        kept = f" ({len(stories) - done.recomputed} unchanged, their records kept)" if done and done.recomputed < len(stories) else ""
        print(f"  {len(stories)} stories{kept}; the largest:", file=err)
        for record in largest:
            print(f"  {len(record.get('documents', [])):5d}  {shown(record.get('label') or record['id'], 70)}", file=err)
    else:
        for doc in story.documents[:10]:
            print(f"  {_short(doc)}", file=err)
        if len(story.documents) > 10:
            print(f"  ... and {len(story.documents) - 10} more", file=err)
    fields = ("entities", "statements", "time_expressions", "quantities", "timeline", "disagreements", "stances", "summary")
    print("  " + ", ".join(f"{name} {len(story.results.get(name, []))}" for name in fields), file=err)
    _report_failures(story.failures)
    if path:
        out = path.parent
        print(f"story: {path}")
        print(f"report: {out / 'report.html'}")
        print(f"stories: {out / 'stories' / 'index.json'}")
    if store:
        print(f"store: {store}")


def shown(text: str, width: int) -> str:
    """`text` in at most `width` characters for a terminal line: cut at a word's end and marked (`…`), never
    inside a word."""
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    if " " in cut and not text[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def _short(doc: Document) -> str:
    title = shown(doc.meta.title or doc.text.split("\n", 1)[0], 60)
    bits = [doc.meta.outlet or "-", doc.meta.published or "-"]
    return f"{doc.id}  {title}  [{' | '.join(bits)}]"
