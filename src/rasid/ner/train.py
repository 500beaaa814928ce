"""Training and measuring the CRF tagger: the library functions under `rasid train ner` and `rasid eval ner`.

The training data is ANERcorp's training portion (`ner_anercorp_train/train.txt`); its LAST 10 % of sentences
are held out as the dev split on which F1 is reported, never shuffled, so every run measures the same
sentences. The Wojood sample (mapped to PER/ORG/LOC) can be added to the training part. AQMAR (Wikipedia)
is never trained on: it is the out-of-domain check.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from .conll import EntityScores, Sentence, read_conll, read_conll_dir, split_dev
from .features import FeatureExtractor
from .tagger import CrfTagger

ANERCORP = Path("ner_anercorp_train/train.txt")
WOJOOD = (Path("ner_wojood_sample/train.txt"), Path("ner_wojood_sample/val.txt"))
AQMAR = Path("ner_aqmar_wikipedia/articles")


@dataclass(slots=True)
class TrainConfig:
    """CRF hyper-parameters and data choices (c1/c2 chosen on the dev split, see docs/entities.md)."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200
    dev_share: float = 0.1
    with_wojood: bool = True
    full: bool = False  # train the shipped model on train + dev once the settings are chosen


def load_splits(data_dir: Path, config: TrainConfig) -> tuple[list[Sentence], list[Sentence]]:
    """Training sentences (ANERcorp head, plus Wojood if asked) and the ANERcorp dev tail."""
    train, dev = split_dev(read_conll(data_dir / ANERCORP), config.dev_share)
    if config.with_wojood:
        train = train + [s for path in WOJOOD if (data_dir / path).exists() for s in read_conll(data_dir / path)]
    return train, dev


def train_crf(sentences: list[Sentence], out_path: Path, config: TrainConfig,
              features: FeatureExtractor | None = None) -> None:
    """Fit a CRF on tagged sentences and write the CRFsuite model to `out_path`."""
    features = features or FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(features.sentence_features(words), tags)
    trainer.set_params({"c1": config.c1, "c2": config.c2, "max_iterations": config.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))


def evaluate(tagger: CrfTagger, sentences: list[Sentence]) -> EntityScores:
    """Entity-level scores of the tagger against gold sentences."""
    scores = EntityScores()
    for words, gold in sentences:
        scores.add(gold, tagger.tag(words))
    return scores


def train_ner(data_dir: Path, out_path: Path, config: TrainConfig) -> dict[str, Any]:
    """Train, measure on the dev split (and AQMAR), optionally retrain on everything; returns a report."""
    started = time.perf_counter()
    train, dev = load_splits(data_dir, config)
    features = FeatureExtractor()
    train_crf(train, out_path, config, features)
    tagger = CrfTagger(out_path, features)
    report: dict[str, Any] = {"config": asdict(config), "train_sentences": len(train), "dev_sentences": len(dev),
                              "dev": evaluate(tagger, dev).table()}
    if (data_dir / AQMAR).exists():
        report["aqmar"] = evaluate(tagger, read_conll_dir(data_dir / AQMAR, keep_misc=False)).table()
    if config.full:
        train_crf(train + dev, out_path, config, features)
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report
