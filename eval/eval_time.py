"""Side by side: rasid's time expressions and quantities against dateparser, on the same cases in one run.

    PYTHONPATH=src python eval/eval_time.py [--shared ../shared] [--misses]

Sources (read from `../shared/data/`, see `rasid.evaluation.time_cases`): Duckling's Arabic test corpora
(time, duration, numerals, money, phone numbers), dateparser's own Arabic test cases, and the Wojood
sample's validation split (DATE/TIME/CARDINAL/MONEY spans; sentences also in its training split dropped).
rasid's rules were written against Duckling's and dateparser's cases and the sample corpus; Wojood val was
not used for tuning, so its row is the held-out figure. dateparser is called the way its documentation
says: `dateparser.parse(text, languages=["ar"], settings={"RELATIVE_BASE": reference})` for a case, and
`dateparser.search.search_dates` for spans in running text. It parses dates and times only, so duration,
number and money rows have no dateparser column.
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from rasid.evaluation.time_cases import (
    GoldSentence,
    TimeCase,
    dateparser_time_cases,
    duckling_number_cases,
    duckling_time_cases,
    timex_at_grain,
    wojood_sentences,
)
from rasid.evaluation.time_scores import (
    NUMERIC,
    TEMPORAL,
    Tally,
    rasid_quantity_spans,
    rasid_time_spans,
    rasid_time_value,
    score_numbers,
    score_spans,
    score_time,
)

DATEPARSER_KINDS = ("point", "now", "negative", "translate", "ago", "freshness_ago", "search_in_text", "hijri_DMY")


def dateparser_value(case: TimeCase) -> str | None:
    """dateparser's reading of a case as a TIMEX3 value at the case's grain (None: it found nothing)."""
    import dateparser
    from dateparser.calendars.hijri import HijriCalendar

    if case.kind == "hijri_DMY":  # the Hijri calendar is dateparser's separate entry point
        moment = HijriCalendar(case.text).get_date().date_obj
    else:
        moment = dateparser.parse(case.text, languages=["ar"], settings={"RELATIVE_BASE": case.reference})
    if moment is None:
        return None
    if case.expected == "PRESENT_REF" and abs((moment - case.reference).total_seconds()) < 60:
        return "PRESENT_REF"
    return timex_at_grain(moment.replace(tzinfo=None), case.grain)


def dateparser_spans(text: str) -> list[tuple[int, int]]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": datetime(2020, 1, 1)}) or []
    spans, cursor = [], 0
    for piece, _ in found:
        start = text.find(piece, cursor)
        if start >= 0:
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
    return spans


def timed(function: Callable, *args) -> tuple[object, float]:
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def time_table(name: str, cases: list[TimeCase], misses: bool) -> list[str]:
    rasid, rasid_s = timed(score_time, cases, rasid_time_value)
    comparable = [c for c in cases if c.kind in DATEPARSER_KINDS]
    rasid_same = score_time(comparable, rasid_time_value)
    other, other_s = timed(score_time, comparable, dateparser_value)
    rows = [_row(f"{name}: all {len(cases)} cases", rasid["all"], None)]
    label = f"{name}: the {len(comparable)} date/time cases dateparser can express"
    rows.append(_row(label, rasid_same["all"], other["all"]))
    for kind in sorted(rasid):
        if kind != "all":
            rows.append(_row(f"{name}: {kind}", rasid[kind], other.get(kind)))
    rows.append(f"| {name}: seconds for these cases | {rasid_s:.3f} | {other_s:.3f} |")
    if misses:
        _print_misses(name, rasid["all"], other["all"])
    return rows


def _row(label: str, ours: Tally, theirs: Tally | None) -> str:
    other = f"{theirs.accuracy:.3f} ({theirs.right}/{theirs.total})" if theirs else "n/a"
    return f"| {label} | {ours.accuracy:.3f} ({ours.right}/{ours.total}) | {other} |"


def _print_misses(name: str, ours: Tally, theirs: Tally) -> None:
    print(f"\n## {name}: rasid's misses\n" + "\n".join(ours.misses))
    print(f"\n## {name}: dateparser's misses\n" + "\n".join(theirs.misses))


def number_table(cases, misses: bool) -> list[str]:
    tallies = score_numbers(cases)
    if misses:
        print("\n## Duckling numbers: rasid's misses\n" + "\n".join(tallies["all"].misses))
    return [_row(f"Duckling numbers: {kind}", tally, None) for kind, tally in sorted(tallies.items())]


def wojood_table(sentences: list[GoldSentence]) -> list[str]:
    ours = score_spans(sentences, rasid_time_spans, TEMPORAL, ("DATE", "TIME"))
    theirs, _ = timed(score_spans, sentences, dateparser_spans, TEMPORAL, ("DATE", "TIME"))
    numbers = score_spans(sentences, rasid_quantity_spans, NUMERIC, ("CARDINAL", "MONEY"))
    recall = f"| Wojood val ({len(sentences)} sentences): DATE recall ({ours.gold.get('DATE', 0)} spans) |"
    precision = "| Wojood val: time spans' precision (against DATE/TIME) |"
    rows = [f"{recall} {ours.recall('DATE'):.3f} | {theirs.recall('DATE'):.3f} |",
            f"{precision} {ours.precision:.3f} ({ours.predicted}) | {theirs.precision:.3f} ({theirs.predicted}) |"]
    for kind in ("CARDINAL", "MONEY"):
        label = f"Wojood val: {kind} recall ({numbers.gold.get(kind, 0)} spans)"
        rows.append(f"| {label} | {numbers.recall(kind):.3f} | n/a |")
    rows.append(f"| Wojood val: quantities' precision (against CARDINAL/MONEY/PERCENT/QUANTITY) | "
                f"{numbers.precision:.3f} ({numbers.predicted}) | n/a |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--misses", action="store_true", help="list every case each side got wrong")
    args = parser.parse_args()
    data = args.shared / "data"
    duckling = data / "time_duckling_ar" / "duckling_ar_examples.tsv"
    rows = ["| cases | rasid | dateparser |", "|---|---|---|"]
    rows += time_table("Duckling time", duckling_time_cases(duckling), args.misses)
    dateparser_cases = dateparser_time_cases(data / "time_dateparser_ar" / "dateparser_ar_cases.tsv")
    rows += time_table("dateparser's tests", dateparser_cases, args.misses)
    rows += number_table(duckling_number_cases(duckling), args.misses)
    wojood = data / "ner_wojood_sample"
    rows += wojood_table(wojood_sentences(wojood / "val.txt", wojood / "train.txt"))
    print("\n".join(rows))


if __name__ == "__main__":
    main()
