"""The tokenizer against UD Arabic-PUD's words (clitics joined): a thin driver of
`rasid.evaluation.segmentation` (`rasid eval tokens` prints the same figures).

    PYTHONPATH=src python eval/eval_tokens.py [--errors]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.saudinewsnet import CorpusMissingError
from rasid.evaluation.segmentation import evaluate_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the commonest wrong tokens")
    args = parser.parse_args()
    try:
        result = evaluate_tokens(ROOT.parent / "shared")
    except CorpusMissingError as exc:
        sys.exit(str(exc))
    print(f"UD Arabic-PUD words (clitics joined): {result['gold']} gold in {result['sentences']} sentences "
          f"({result['left_out']} left out)\nprecision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"F1 {result['f1']:.3f}")
    if args.errors:
        print("\n".join(result["errors"]))


if __name__ == "__main__":
    main()
