"""Cross-validation over the news-names rounds: does a training recipe beat the shipped model on news it never saw?

    python training/ner_news/crossval.py --work WORK [--repeat 3] [--silver DIR --silver-sentences N]

For each labelled round (the held-out ones of `build.HELD_OUT_ROUNDS` apart), a CRF is trained on 90 % of ANERcorp plus the *other* rounds' hand-labelled news
(repeated `--repeat` times, and silver sentences if given), then the held-out round's articles go through
reading, cleaning, `segment` and `entities` and the corpus step's linking — what `rasid analyze` exports — once
with that model and once with the shipped one, scored against the round's hand labels. No round scores a model
that trained on it, and no evaluation set of `eval/` is read: the rounds are training data drawn outside them.
Fold models are kept in WORK (`fold_<round>_<recipe>.json.gz`) and reused when a run is repeated; the tables
go to WORK/crossval_<recipe>.json. About six minutes of training a fold on one core without silver.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import round_sentences, training_rounds
from sample import round_file

from rasid.evaluation.ner import LabelledRun, labelled_run
from rasid.evaluation.picture import load_picks
from rasid.ner.features import FeatureExtractor
from rasid.ner.tagger import CrfTagger, default_tagger
from rasid.ner.train import TrainConfig, load_splits, silver_sentences, train_crf

HERE = Path(__file__).resolve().parent


def recipe_name(args: argparse.Namespace) -> str:
    silver = f"_silver{args.silver_sentences}" if args.silver else ""
    return f"news{args.repeat}{silver}"


def fold_model(held_out: int, args: argparse.Namespace, features: FeatureExtractor) -> Path:
    """The CRF trained without round `held_out` (trained now unless WORK already holds it)."""
    path = args.work / f"fold_{held_out}_{recipe_name(args)}.json.gz"
    if path.exists():
        return path
    config = TrainConfig()
    train, _ = load_splits(args.shared / "data", config)
    news = [s for number in training_rounds() if number != held_out for s in round_sentences(args.shared, number)]
    silver = silver_sentences(args.silver, args.silver_sentences) if args.silver else []
    print(f"round {held_out} held out: training on {len(train)} ANERcorp + {len(silver)} silver + "
          f"{len(news)} x {args.repeat} news sentences", file=sys.stderr, flush=True)
    train_crf(train + silver + news * args.repeat, path, config, features)
    return path


def rounded(run: LabelledRun) -> dict[str, dict[str, float]]:
    return {kind: {k: round(v, 3) for k, v in row.items()} for kind, row in run.scores().table().items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3, help="how many times the other rounds' news is added")
    parser.add_argument("--silver", type=Path, help="a folder of silver_*.txt (`build.py silver`) to add")
    parser.add_argument("--silver-sentences", type=int, default=20_000)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    features = FeatureExtractor()
    pooled = {"shipped": LabelledRun([], [], [], []), "candidate": LabelledRun([], [], [], [])}
    folds = {}
    for held_out in training_rounds():
        articles = load_picks(args.shared, None, round_file("articles", held_out))
        names = round_file("names", held_out).name
        candidate = CrfTagger(fold_model(held_out, args, features), features)
        runs = {"shipped": labelled_run(articles, HERE, names, tagger=default_tagger()),
                "candidate": labelled_run(articles, HERE, names, tagger=candidate)}
        folds[held_out] = {who: rounded(run) for who, run in runs.items()}
        for who, run in runs.items():
            pooled[who].extend(run)
            print(f"round {held_out}, {who}: F1 {folds[held_out][who]['overall']['f1']}", file=sys.stderr, flush=True)
    result = {"recipe": recipe_name(args), "folds": folds, "pooled": {who: rounded(run) for who, run in pooled.items()}}
    (args.work / f"crossval_{recipe_name(args)}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    for who in ("shipped", "candidate"):
        row = " ".join(f"{kind} {result['pooled'][who][kind]['f1']:.3f}" for kind in ("PER", "ORG", "LOC", "overall"))
        print(f"{who:9} pooled over {len(folds)} rounds: {row}")


if __name__ == "__main__":
    main()
