"""`rasid eval KIND`: measurements, each scored in `rasid.evaluation`.

- `rasid eval ner [FILE]`: entity-level precision, recall and F1 per type (PER/ORG/LOC) of the mentions `rasid
  analyze` exports (`--tagger-only`: the tagger's own spans), on the picture set's hand-labelled names
  (`--half dev|test`) or on FILE: `token TAG` lines (IOB2; `PERS` counts as `PER`, `GPE`/`FAC` as `LOC`; MISC
  dropped), a blank line between sentences; a folder means every `*.txt` in it (`rasid.evaluation.ner`).
- `rasid eval statements [--half dev|test] [--round 1-8]`: who said what on the hand-labelled statements set (SaudiNewsNet
  articles, `eval/picture/STATEMENTS_GUIDELINE.md`), scoring the statements `rasid analyze` exports
  (`rasid.evaluation.statements`).
- `rasid eval disagreements [--half dev|test]`: precision of the disagreements reported on two days of
  SaudiNewsNet (`test`, the default: 2015-08-10/11; `dev`: 08-06/07), against hand judgments
  (`eval/disagreements/judged*.json`, `rasid.evaluation.disagreements`; about a minute).
- `rasid eval picture [--half dev|test] [--date-given]`: publication date, outlet, time expressions,
  quantities and residue on the hand-labelled SaudiNewsNet set (`eval/picture/`, `rasid.evaluation.picture`),
  each article fed as a record of `text` and `url` (with `--date-given`, its date too).
- `rasid eval sentences`, `rasid eval tokens`: sentence boundaries and words against UD Arabic-PUD
  (`rasid.evaluation.segmentation`).
- `rasid eval summary [--half dev|test]`: whether the further sources of summary sentences state the same thing,
  against hand judgments on two days of SaudiNewsNet (`rasid.evaluation.summary`; about a minute).
- `rasid eval stances [--half dev|test]`: whether the stances that take a side are right and on a real question,
  against hand judgments on two days of SaudiNewsNet (`eval/stances/judged*.json`, `rasid.evaluation.stances`;
  about a minute).
- `rasid eval time`: time values and numbers on Duckling's and dateparser's Arabic cases, spans on the Wojood
  sample (`rasid.evaluation.time_scores`; `eval/eval_time.py` puts dateparser beside it).
- `rasid eval grouping [--half dev|test]`: story grouping against hand-assigned developing stories (480
  SaudiNewsNet articles, `eval/grouping/GUIDELINE.md`): B-cubed precision, recall and F1, labelled stories kept
  whole, system stories that mix labelled ones (`rasid.evaluation.grouping`).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", choices=["ner", "picture", "statements", "disagreements", "grouping", "sentences",
                                           "tokens", "time", "summary", "stances"], help="what to evaluate")
    parser.add_argument("file", type=Path, metavar="FILE", nargs="?",
                        help="ner: a `token TAG` file or a folder of them (default: the picture set's names)")
    parser.add_argument("--tagger-only", action="store_true", help="ner: score the tagger's spans, not the exported mentions")
    parser.add_argument("--no-misc", action="store_true", help="accepted for older scripts: MISC is never scored")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--half", choices=["dev", "test"], help="the labelled set's half (default both)")
    parser.add_argument("--round", choices=[str(n) for n in range(1, 13)],
                        help="statements (1-12; 6 to 12 are held out, 12 untouched) and ner (1-2): one round of the labelled set "
                        "(statements default both; ner default round 1, the picture set)")
    parser.add_argument("--date-given", action="store_true", help="picture: give each record its publication date")
    parser.add_argument("--errors", action="store_true", help="list what was wrong")
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (default ../shared)")


def print_table(table: dict[str, dict[str, float]]) -> None:
    print(f"  {'type':8} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for label, row in table.items():
        print(f"  {label:8} {row['precision'] * 100:9.1f} {row['recall'] * 100:7.1f} {row['f1'] * 100:6.1f} "
              f"{int(row['support']):8d}")


def run(args: argparse.Namespace) -> int:
    runners = {"picture": run_picture, "ner": run_ner, "statements": run_statements, "disagreements": run_disagreements,
               "grouping": run_grouping, "sentences": run_sentences, "tokens": run_tokens, "time": run_time,
               "summary": run_summary, "stances": run_stances}
    return runners[args.target](args)


def measured(measure: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """The figures of a measurement on the shared corpora, or None (said on stderr) when they are missing."""
    from ..evaluation.saudinewsnet import CorpusMissingError

    try:
        return measure()
    except CorpusMissingError as exc:
        print(f"rasid eval: {exc}", file=sys.stderr)
        return None


def print_json(result: dict[str, Any], with_errors: bool) -> int:
    shown = result if with_errors else {k: v for k, v in result.items() if k != "errors"}
    print(json.dumps(shown, ensure_ascii=False, indent=1))
    return EXIT_OK


def run_disagreements(args: argparse.Namespace) -> int:
    from ..evaluation.disagreements import evaluate

    return report(args, lambda: evaluate(args.shared, args.half or "test"), disagreement_lines)


def disagreement_lines(result: dict[str, Any]) -> list[str]:
    lines = [f"disagreements on SaudiNewsNet {' and '.join(result['days'])} ({result['half']}), through rasid analyze",
             (f"  reported {result['reported']} {result['by_kind']}; judged and still reported "
              f"{result['judged_still_reported']}, never judged {result['never_judged']}")]
    for reading in ("strict", "lenient"):
        figures = result[reading]
        lines.append(f"  {reading}: real {figures['real']}, precision {figures['precision']}")
        if figures["real_found_before"]:
            lines.append(f"    real ones the earlier rules found: {figures['real_found_before']}, "
                         f"still reported {figures['still_reported']}")
    return lines


def report(args: argparse.Namespace, measure: Callable[[], dict[str, Any]],
           describe: Callable[[dict[str, Any]], list[str]]) -> int:
    """Measure, then print the figures as JSON or as `describe`'s lines, and the errors when asked."""
    result = measured(measure)
    if result is None:
        return EXIT_USAGE
    if args.json:
        return print_json(result, args.errors)
    for line in describe(result):
        print(line)
    if args.errors:
        for error in result["errors"]:
            print(f"  {error}")
    return EXIT_OK


def run_sentences(args: argparse.Namespace) -> int:
    from ..evaluation.segmentation import evaluate_sentences

    return report(args, lambda: evaluate_sentences(args.shared), sentence_lines)


def sentence_lines(result: dict[str, Any]) -> list[str]:
    lines = [f"UD Arabic-PUD, {result['sentences']} sentences in paragraphs of {result['group']}: sentence boundaries"]
    for name in ("rasid", "naive"):
        row = result[name]
        lines.append(f"  {name:6} precision {row['precision']:.3f}  recall {row['recall']:.3f}  F1 {row['f1']:.3f}"
                     f"  ({row['gold']} gold)")
    return lines


def run_summary(args: argparse.Namespace) -> int:
    from ..evaluation.summary import evaluate

    return report(args, lambda: evaluate(args.shared, args.half or "test"), summary_lines)


def summary_lines(result: dict[str, Any]) -> list[str]:
    return [(f"summary sources on SaudiNewsNet {' and '.join(result['days'])} ({result['half']}): "
             f"{result['summary_lines_judged']} judged summary lines, "
             f"{result['still_given']} still given, {result['further_sources_still_given']} of their further sources"),
            *(f"  {reading}: supporting {result[reading]['supporting']}, precision {result[reading]['precision']}"
              for reading in ("strict", "lenient"))]


def run_stances(args: argparse.Namespace) -> int:
    from ..evaluation.stances import evaluate

    return report(args, lambda: evaluate(args.shared, args.half or "test"), stance_lines)


def stance_lines(result: dict[str, Any]) -> list[str]:
    return [line for one in result["sets"] for line in stance_set_lines(one, result["half"])]


def stance_set_lines(result: dict[str, Any], half: str) -> list[str]:
    n = result["judged_still_reported"]
    return [(f"stances on SaudiNewsNet {' and '.join(result['days'])} ({half}): {result['reported']} reported, "
             f"{result['taking_a_side']} taking a side, {n} of them judged ({result['never_judged']} never judged)"),
            f"  on a real question      {result['question_ok']['count']}/{n} = {result['question_ok']['share']}",
            f"  side right              {result['side_right']['count']}/{n} = {result['side_right']['precision']}",
            (f"  right, on a real one    {result['right_on_real_question']['count']}/{n} = "
             f"{result['right_on_real_question']['precision']}"),
            (f"  evidence labels right   {result['evidence_right']['count']}/{result['evidence_right']['of']} = "
             f"{result['evidence_right']['share']}")]


def run_time(args: argparse.Namespace) -> int:
    from ..evaluation.time_scores import evaluate

    return report(args, lambda: evaluate(args.shared), time_lines)


def time_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    for name in ("duckling_time", "dateparser_tests", "duckling_numbers"):
        lines.append(f"{name.replace('_', ' ')}: values right")
        lines += [f"  {kind:16} {t['accuracy']:.3f} ({t['right']}/{t['total']})" for kind, t in result[name].items()]
    w = result["wojood_val"]
    lines.append(f"Wojood val ({w['sentences']} sentences): DATE recall {w['date_recall']:.3f}, time precision "
                 f"{w['time_precision']:.3f}, CARDINAL recall {w['cardinal_recall']:.3f}, MONEY recall "
                 f"{w['money_recall']:.3f}, quantity precision {w['quantity_precision']:.3f}")
    return lines


def run_tokens(args: argparse.Namespace) -> int:
    from ..evaluation.segmentation import evaluate_tokens

    return report(args, lambda: evaluate_tokens(args.shared), token_lines)


def token_lines(result: dict[str, Any]) -> list[str]:
    return [f"UD Arabic-PUD words (clitics joined), {result['sentences']} sentences ({result['left_out']} left out)",
            (f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
             f"  ({result['gold']} gold)")]


def run_grouping(args: argparse.Namespace) -> int:
    from ..evaluation.grouping import evaluate

    return report(args, lambda: evaluate(args.shared, args.half), grouping_lines)


def grouping_lines(result: dict[str, Any]) -> list[str]:
    lines = [(f"grouping set, {result['half']} ({result['articles']} articles, {result['stories']} labelled stories; "
             f"rasid made {result['system']})"),
             f"  B-cubed precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}",
             f"  labelled stories of 2+ articles kept whole: {result['kept_whole']} of {result['labelled_stories']}",
             f"  rasid's stories of 2+ articles that mix labelled ones: {result['mixed']} of {result['system_stories']}"]
    if result["failed"]:
        lines.append(f"  articles that failed to read (left out): {result['failed']}")
    return lines


def run_statements(args: argparse.Namespace) -> int:
    from ..evaluation.statements import evaluate

    rounds = (args.round,) if args.round else ("1", "2")
    return report(args, lambda: evaluate(args.shared, args.half, rounds), statements_lines)


def statements_lines(result: dict[str, Any]) -> list[str]:
    return [f"{result['source']} ({result['articles']} articles), through rasid analyze",
            (f"  statements found {result['found']}, labelled {result['gold']}, matched by content {result['matched']}, "
            f"speaker right {result['speaker_right']}"),
            f"  precision {result['precision']}  recall {result['recall']}  F1 {result['f1']}  (speaker and content)",
            f"  content only: precision {result['content_precision']}  recall {result['content_recall']}",
            (f"  of matched: speaker right {result['speaker_right_of_matched']}, direct/reported right "
            f"{result['direct_accuracy']}, medium right {result['via_accuracy']}"),
            *(f"  round {name} ({part['articles']} articles): precision {part['precision']}  recall {part['recall']}  "
              f"F1 {part['f1']}" for name, part in result.get("rounds", {}).items())]


def run_picture(args: argparse.Namespace) -> int:
    from ..evaluation.picture import evaluate, summary_rows

    figures = measured(lambda: evaluate(args.shared, args.half, args.date_given))
    if figures is None:
        return EXIT_USAGE
    if args.json:
        return print_json(figures, args.errors)
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
    from ..evaluation.ner import evaluate_conll, evaluate_picture
    from ..evaluation.saudinewsnet import CorpusMissingError
    from ..ner.conll import ConllFormatError
    from ..ner.tagger import ModelMissingError

    if args.file is not None and not args.file.exists():
        print(f"rasid eval: no such file: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.file is None:
            result = evaluate_picture(args.shared, args.half, args.tagger_only, (args.round or "1",))
        else:
            result = evaluate_conll(args.file, args.tagger_only)
    except (ConllFormatError, ModelMissingError, CorpusMissingError) as exc:
        print(f"rasid eval: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        shown = result if args.errors else {k: v for k, v in result.items() if k != "errors"}
        print(json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True))
        return EXIT_OK
    what = "the tagger's spans" if args.tagger_only else "the mentions rasid analyze exports"
    print(f"{result['source']}: {result['documents']} documents; {what}; PER/ORG/LOC")
    print_table(result["table"])
    if args.errors:
        for error in result["errors"]:
            print(f"  {error}")
    return EXIT_OK
