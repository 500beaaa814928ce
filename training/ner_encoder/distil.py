"""Distillation check: does encoder-labelled (silver) news make the CRF tagger better on gold dev?

Trains the ner package's CRF (same features, same CRFsuite settings, through `rasid.ner.train`) on the
ANERcorp training head (first 90 %) alone and on that head plus the first N silver sentences written by
`finetune.py`, scores both on the ANERcorp dev tail (last 10 %) and prints the two tables side by side.
Candidate models go where --work says (never over the shipped model). A gold-only model already trained
with the same code can be reused with --gold-model.

The teacher that wrote the silver files was fine-tuned on all of ANERcorp train, dev tail included, so it
may have learned names that only the dev sentences teach and pass them on through the silver labels.
`--without-dev-names` measures how much that inflates the dev figure: it drops every silver sentence that
contains a name tagged in the dev tail and never in the training head.

    PYTHONPATH=src /work/devvenv/bin/python training/ner_encoder/distil.py --silver /work/silver \
        --silver-sentences 8000 --work /work/silver/crf [--full-out /work/silver/ner_crf_silver.json.gz]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rasid.ner.conll import Sentence, entity_spans
from rasid.ner.features import FeatureExtractor
from rasid.ner.tagger import CrfTagger
from rasid.ner.train import TrainConfig, evaluate, load_splits, silver_sentences, train_crf
from rasid.text.normalize import match_key

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


def gold_names(sentences: list[Sentence]) -> set[tuple[str, ...]]:
    """The folded word sequences tagged as entities in gold sentences."""
    return {tuple(match_key(w) for w in words[first:end]) for words, tags in sentences
            for first, end, _ in entity_spans(tags)}


def without_names(silver: list[Sentence], names: set[tuple[str, ...]]) -> list[Sentence]:
    """The silver sentences in which none of `names` occurs as a run of words."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    kept = []
    for words, tags in silver:
        keys = [match_key(w) for w in words]
        if not any(tuple(keys[i:i + len(n)]) == n for i, k in enumerate(keys) for n in by_first.get(k, ())):
            kept.append((words, tags))
    return kept


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
    ap.add_argument("--without-dev-names", action="store_true",
                    help="drop silver sentences naming an entity tagged only in the dev tail (leak check)")
    ap.add_argument("--full-out", type=Path, help="then also train the candidate to ship (all gold + silver) here")
    args = ap.parse_args()
    config, features = TrainConfig(), FeatureExtractor()
    train, dev = load_splits(args.data, config)
    args.work.mkdir(parents=True, exist_ok=True)
    tables = {"gold only": fit_and_score("gold only", train, dev, args.gold_model or args.work / "crf_gold.json.gz",
                                         config, features)}
    if args.without_dev_names:
        silver = silver_sentences(args.silver, 10 ** 9)
        leaked = gold_names(dev) - gold_names(train)
        silver = without_names(silver, leaked)[:args.silver_sentences]
        print(f"{len(leaked)} names only the dev tail tags; {len(silver)} silver sentences without them", flush=True)
    else:
        silver = silver_sentences(args.silver, args.silver_sentences)
    if not silver:
        print(side_by_side(tables))
        print(f"no silver sentences under {args.silver}: gold-only model only", file=sys.stderr)
        return 1
    tag = f"silver{len(silver)}_g{args.gold_repeat}" + ("_nodev" if args.without_dev_names else "")
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
