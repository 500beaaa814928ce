"""`rasid analyze INPUT... --out DIR`: analyse articles and write `DIR/story.json`."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..analysis import analyze
from ..corpus.story_exports import write_story_exports
from ..errors import RasidError, UnknownNameError
from ..model import Document
from ..settings import AnalysisOptions
from ..story import Story, write_story
from .progress import Progress

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files (.txt, .html, .jsonl, .json), directories (read recursively), or - for stdin")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output directory for story.json")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--question", help="the story's central question for stances (default: detected)")
    parser.add_argument("--workers", type=int, help="worker processes (default: every core)")
    parser.add_argument("--stages", help="comma-separated per-document stages to run (default: all)")


def run(args: argparse.Namespace) -> int:
    options = AnalysisOptions(
        workers=args.workers, question=args.question, quiet=args.quiet,
        stages=tuple(s.strip() for s in args.stages.split(",")) if args.stages else None,
    )
    if args.out.exists() and not args.out.is_dir():
        print(f"rasid: --out {args.out} is a file; give a directory for story.json", file=sys.stderr)
        return EXIT_USAGE
    progress = Progress(enabled=not args.quiet)
    started = time.perf_counter()
    try:
        story = analyze(args.inputs, options, on_item=progress.update)
    except UnknownNameError as exc:
        progress.close()
        print(f"rasid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    progress.close()
    if not story.documents:
        _report_failures(story.failures)
        print("rasid: no document could be analysed; nothing written", file=sys.stderr)
        return EXIT_FAILED
    try:
        path = write_story(story, args.out)
        write_story_exports(story, args.out)
    except OSError as exc:
        _report_failures(story.failures)
        print(f"rasid: cannot write {args.out / 'story.json'}: {exc.strerror or exc}; nothing written", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print_summary(story, path, time.perf_counter() - started)
    else:
        _report_failures(story.failures)
    return EXIT_FAILED if story.failures else EXIT_OK


def _report_failures(failures: list[RasidError]) -> None:
    for failure in failures:
        print(f"rasid: failed: {failure}", file=sys.stderr)


def print_summary(story: Story, path: Path, seconds: float) -> None:
    """A one-screen summary on stderr; the output path also on stdout for scripts."""
    err = sys.stderr
    print(f"\nrasid analysed {len(story.documents)} document(s) in {seconds:.1f} s"
          + (f"; {len(story.failures)} failed" if story.failures else ""), file=err)
    for doc in story.documents[:10]:
        print(f"  {_short(doc)}", file=err)
    if len(story.documents) > 10:
        print(f"  ... and {len(story.documents) - 10} more", file=err)
    counts = story.to_dict(generated_at="-")
    fields = ("entities", "statements", "time_expressions", "quantities", "timeline", "disagreements", "stances", "summary")
    print("  " + ", ".join(f"{name} {len(counts[name])}" for name in fields), file=err)
    _report_failures(story.failures)
    print(f"story: {path}")


def _short(doc: Document) -> str:
    title = (doc.meta.title or doc.text.split("\n", 1)[0])[:60]
    bits = [doc.meta.outlet or "-", doc.meta.published or "-"]
    return f"{doc.id}  {title}  [{' | '.join(bits)}]"
