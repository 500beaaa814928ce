"""`rasid eval KIND`: measurements, each scored in `rasid.evaluation`.

- `rasid eval ner FILE`: CoNLL-style entity-level precision, recall and F1 of the shipped NER model. FILE holds
  `token TAG` lines (IOB2; `PERS` counts as `PER`, `GPE`/`FAC` as `LOC`), a blank line between sentences; a
  folder means every `*.txt` in it. `--model` measures another CRFsuite model file.
- `rasid eval picture [--half dev|test] [--date-given]`: publication date, outlet, time expressions,
  quantities and residue on the hand-labelled SaudiNewsNet set (`eval/picture/`, `rasid.evaluation.picture`),
  each article fed as a record of `text` and `url` (with `--date-given`, its date too).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", choices=["ner", "picture"], help="what to evaluate")
    parser.add_argument("file", type=Path, metavar="FILE", nargs="?", help="ner: a `token TAG` file or a folder of them")
    parser.add_argument("--model", type=Path, help="a CRFsuite model file (default: the shipped model)")
    parser.add_argument("--no-misc", action="store_true", help="score PER/ORG/LOC only (gold and predicted MISC become O)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--half", choices=["dev", "test"], help="picture: one half of the set (default both)")
    parser.add_argument("--date-given", action="store_true", help="picture: give each record its publication date")
    parser.add_argument("--errors", action="store_true", help="picture: list what was wrong")
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="picture: the shared folder (default ../shared)")


def print_table(table: dict[str, dict[str, float]]) -> None:
    print(f"  {'type':8} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for label, row in table.items():
        print(f"  {label:8} {row['precision'] * 100:9.1f} {row['recall'] * 100:7.1f} {row['f1'] * 100:6.1f} "
              f"{int(row['support']):8d}")


def run(args: argparse.Namespace) -> int:
    return run_picture(args) if args.target == "picture" else run_ner(args)


def run_picture(args: argparse.Namespace) -> int:
    from ..evaluation.picture import evaluate, summary_rows
    from ..evaluation.saudinewsnet import CorpusMissingError

    try:
        figures = evaluate(args.shared, args.half, args.date_given)
    except CorpusMissingError as exc:
        print(f"rasid eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(figures if args.errors else {k: v for k, v in figures.items() if k != "errors"},
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"picture set, {figures['half']} ({figures['articles']} articles), "
          f"{'date given' if args.date_given else 'text and url only'}")
    for what, figure in summary_rows(figures):
        print(f"  {what:<92} {figure}")
    for failure in figures["failed"]:
        print(f"  failed: {failure}")
    if args.errors:
        for kind, errors in figures["errors"].items():
            for error in errors:
                print(f"  {kind}: {error}")
    return EXIT_OK


def run_ner(args: argparse.Namespace) -> int:
    from ..ner.conll import ConllFormatError, read_conll_dir
    from ..ner.tagger import CrfTagger, ModelMissingError
    from ..ner.train import evaluate

    if args.file is None or not args.file.exists():
        print(f"rasid eval: no such file: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    try:
        sentences = read_conll_dir(args.file, keep_misc=not args.no_misc)
        scores = evaluate(CrfTagger(args.model), sentences, keep_misc=not args.no_misc)
    except (ConllFormatError, ModelMissingError) as exc:
        print(f"rasid eval: {exc}", file=sys.stderr)
        return EXIT_FAILED
    table = scores.table()
    if args.json:
        print(json.dumps(table, indent=1, sort_keys=True))
    else:
        print(f"{args.file}: {len(sentences)} sentences")
        print_table(table)
    return EXIT_OK
