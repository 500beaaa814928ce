"""Score tagger models on one held-out news-names round, through what `rasid analyze` exports.

    python training/ner_news/heldout.py --round 7 [--model A.json.gz --model B.json.gz ...]

The round's articles go through reading, cleaning, `segment`, `entities` and the corpus step's linking once per
model (the shipped one first, then each `--model`), scored against the round's hand labels (PER/ORG/LOC F1).
A round is a held-out check only while no model scored here was trained on it (`build.HELD_OUT_ROUNDS`).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import round_file

from rasid.evaluation.ner import labelled_run
from rasid.evaluation.picture import load_picks
from rasid.ner.features import FeatureExtractor
from rasid.ner.tagger import CrfTagger, default_tagger

HERE = Path(__file__).resolve().parent
KINDS = ("PER", "ORG", "LOC", "overall")


def score_row(name: str, table: dict[str, dict[str, float]]) -> str:
    cells = " ".join(f"{kind} {100 * table[kind]['f1']:.1f}" for kind in KINDS)
    return f"{name}: {cells}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--round", type=int, required=True, help="the labelled round to score on")
    parser.add_argument("--model", type=Path, action="append", default=[], help="a CRF model file to score too")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not round_file("names", args.round).exists():
        parser.error(f"round {args.round} has no labels here ({round_file('names', args.round).name})")
    articles = load_picks(args.shared, None, round_file("articles", args.round))
    names = round_file("names", args.round).name
    features = FeatureExtractor()
    taggers = [("shipped", default_tagger())] + [(str(path), CrfTagger(path, features)) for path in args.model]
    for name, tagger in taggers:
        table = labelled_run(articles, HERE, names, tagger=tagger).scores().table()
        print(score_row(name, table), flush=True)


if __name__ == "__main__":
    main()
