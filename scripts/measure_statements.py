"""Precision of the statement finder on hand-checked SaudiNewsNet statements (read from ../shared/data).

    python scripts/measure_statements.py            # re-check the fixture: precision now
    python scripts/measure_statements.py --review 2015-07-27.zip   # print a sample for a hand check

The fixture (tests/fixtures/statements_saudinewsnet.json) holds offsets and verdicts only, never text.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.statements_fixture import SAMPLE_ZIPS, check_fixture, sample_statements

DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset"
FIXTURE = ROOT / "tests" / "fixtures" / "statements_saudinewsnet.json"


def review(zip_name: str) -> None:
    for number, (article, span) in enumerate(sample_statements(DATA, zip_name)):
        attrs = span.attrs
        print(f"[{number}] {article.zip_name}#{article.index} cue@{attrs['cue_start']} {attrs['cue']} | "
              f"speaker {attrs['speaker_text']!r} @{attrs['speaker_start']}-{attrs['speaker_end']} | "
              f"direct={attrs['direct']} via={attrs['via']} anonymous={attrs['anonymous']}")
        print(f"     {article.text[max(0, span.start - 120):span.start]} <<{article.text[span.start:span.end]}>>")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", choices=SAMPLE_ZIPS, help="print one day's sample for a hand check")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"shared data not found: {DATA}", file=sys.stderr)
        return 2
    if args.review:
        review(args.review)
        return 0
    result = check_fixture(json.loads(FIXTURE.read_text(encoding="utf-8")), DATA)
    print(f"checked {result['checked']}, correct now {result['correct']}, precision {result['precision']:.2f} "
          f"(judged correct when the fixture was made: {result['correct_when_judged']})")
    print(f"  statements judged wrong that are no longer output: {result['wrong_no_longer_output']} "
          "(still counted as wrong above)")
    for zip_name, (correct, checked) in result["by_zip"].items():
        print(f"  {zip_name}: {correct} of {checked} correct now")
    for entry in result["no_longer_matching"]:
        print(f"  no longer matching: {entry['zip']}#{entry['index']} cue@{entry['cue_start']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
