"""Distillation check: does encoder-labelled (silver) news make the CRF tagger better on gold dev?

Trains the ner package's CRF (same features, same CRFsuite settings, through `rasid.ner.train`) on the
ANERcorp training head (first 90 %) alone and on that head plus the first N silver sentences written by
`finetune.py`, scores both on the ANERcorp dev tail (last 10 %) and prints the two tables side by side.
Candidate models go where --work says (never over the shipped model). A gold-only model already trained
with the same code can be reused with --gold-model.

    PYTHONPATH=src /work/devvenv/bin/python training/ner_encoder/distil.py --silver /work/silver \
        --silver-sentences 8000 --work /work/silver/crf [--full-out /work/silver/ner_crf_silver.json.gz]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rasid.ner.conll import Sentence
from rasid.ner.features import FeatureExtractor
from rasid.ner.tagger import CrfTagger
from rasid.ner.train import TrainConfig, evaluate, load_splits, silver_sentences, train_crf

TYPES = ("PER", "ORG", "LOC", "MISC")
PERCENT = 100.0  # EntityScores.table() gives fractions; the tables print percentages


def fit_and_score(name: str, sentences: list[Sentence], dev: list[Sentence], out: Path,
                  config: TrainConfig, features: FeatureExtractor) -> dict:
    started = time.perf_counter()
    if not out.exists():
        train_crf(sentences, out, config, features)
    table = evaluate(CrfTagger(out, features), dev).table()
    print(f"{name}: {len(sentences)} sentences, {time.perf_counter() - started:.0f} s -> {out}", flush=True)
    return table


def side_by_side(tables: dict[str, dict]) -> str:
    names = list(tables)
    lines = ["type     " + "  ".join(f"{n:>22}" for n in names), "         " + "  ".join(f"{'P    R    F1':>22}" for _ in names)]
    for label in ("overall",) + TYPES:
        cells = []
        for n in names:
            row = tables[n].get(label)
            cells.append(" ".join(f"{PERCENT * row[k]:>6.1f}" for k in ("precision", "recall", "f1"))
                         if row else "-")
        lines.append(f"{label:<8} " + "  ".join(f"{c:>22}" for c in cells))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--silver", type=Path, required=True, help="folder of silver_*.txt from finetune.py")
    ap.add_argument("--silver-sentences", type=int, default=8000)
    ap.add_argument("--gold-repeat", type=int, default=1, help="repeat the gold sentences to outweigh silver")
    ap.add_argument("--work", type=Path, required=True, help="folder for candidate models (outside the repo)")
    ap.add_argument("--gold-model", type=Path, help="reuse this gold-only model instead of training one")
    ap.add_argument("--full-out", type=Path, help="then also train the candidate to ship (all gold + silver) here")
    args = ap.parse_args()
    config, features = TrainConfig(), FeatureExtractor()
    train, dev = load_splits(args.data, config)
    args.work.mkdir(parents=True, exist_ok=True)
    tables = {"gold only": fit_and_score("gold only", train, dev, args.gold_model or args.work / "crf_gold.json.gz",
                                         config, features)}
    silver = silver_sentences(args.silver, args.silver_sentences)
    if not silver:
        print(side_by_side(tables))
        print(f"no silver sentences under {args.silver}: gold-only model only", file=sys.stderr)
        return 1
    tag = f"silver{len(silver)}_g{args.gold_repeat}"
    tables[f"gold+{tag}"] = fit_and_score(f"gold+{tag}", train * args.gold_repeat + silver, dev,
                                          args.work / f"crf_gold_{tag}.json.gz", config, features)
    print(side_by_side(tables))
    (args.work / f"tables_{tag}.json").write_text(json.dumps(tables, indent=1))
    if args.full_out:
        train_crf((train + dev) * args.gold_repeat + silver, args.full_out, config, features)
        print(f"candidate (all gold + {len(silver)} silver sentences) -> {args.full_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
