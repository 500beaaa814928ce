"""Precision of the statement finder on hand-checked SaudiNewsNet statements (read from ../shared/data).

    python scripts/measure_statements.py            # re-check the fixture: precision now
    python scripts/measure_statements.py --review   # print the sampled statements for a hand check

The fixture (tests/fixtures/statements_saudinewsnet.json) holds offsets and verdicts only, never text.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.statements.evaluation import check_fixture, sample_statements  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset"
FIXTURE = ROOT / "tests" / "fixtures" / "statements_saudinewsnet.json"


def review() -> None:
    for number, (article, span) in enumerate(sample_statements(DATA)):
        attrs = span.attrs
        print(f"[{number}] {article.zip_name}#{article.index} cue@{attrs['cue_start']} {attrs['cue']} | "
              f"speaker {attrs['speaker_text']!r} @{attrs['speaker_start']}-{attrs['speaker_end']} | "
              f"direct={attrs['direct']} via={attrs['via']} anonymous={attrs['anonymous']}")
        print(f"     {article.text[max(0, span.start - 120):span.start]} <<{article.text[span.start:span.end]}>>")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", action="store_true", help="print the sample for a hand check")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"shared data not found: {DATA}", file=sys.stderr)
        return 2
    if args.review:
        review()
        return 0
    result = check_fixture(json.loads(FIXTURE.read_text(encoding="utf-8")), DATA)
    print(f"checked {result['checked']}, correct now {result['correct']}, precision {result['precision']:.2f} "
          f"(judged correct when the fixture was made: {result['correct_when_judged']})")
    for entry in result["no_longer_matching"]:
        print(f"  no longer matching: {entry['zip']}#{entry['index']} cue@{entry['cue_start']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
