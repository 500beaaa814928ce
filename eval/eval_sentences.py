"""Sentence splitting on UD Arabic-PUD: a thin driver of `rasid.evaluation.segmentation` (`rasid eval sentences`
prints the same figures), kept for the table format the README quotes.

    PYTHONPATH=src python eval/eval_sentences.py [--group 5] [--errors]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.saudinewsnet import CorpusMissingError
from rasid.evaluation.segmentation import evaluate_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", type=int, default=5, help="sentences joined into one paragraph (default 5)")
    parser.add_argument("--errors", action="store_true", help="list rasid's wrong boundaries")
    args = parser.parse_args()
    try:
        result = evaluate_sentences(ROOT.parent / "shared", args.group)
    except CorpusMissingError as exc:
        sys.exit(str(exc))
    print(f"UD Arabic-PUD, {result['sentences']} sentences in paragraphs of {args.group}\n")
    print("| splitter | gold boundaries | precision | recall | F1 |\n|---|---|---|---|---|")
    for name, label in (("rasid", "rasid"), ("naive", "naive `[.!?؟] `")):
        row = result[name]
        print(f"| {label} | {row['gold']} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |")
    if args.errors:
        print("\n" + "\n".join(result["errors"]))


if __name__ == "__main__":
    main()
