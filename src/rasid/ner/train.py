"""Training and measuring the CRF tagger: the library functions under `rasid train ner` and `rasid eval ner`.

The training data is ANERcorp's training portion (`ner_anercorp_train/train.txt`); its LAST 10 % of sentences
are held out as the dev split on which F1 is reported, never shuffled, so every run measures the same
sentences. The Wojood sample (mapped to PER/ORG/LOC) can be added to the training part, and so can silver
sentences: news tagged by a stronger, slower model (`training/ner_encoder/finetune.py` writes them as
`silver_*.txt`), which the CRF learns to imitate, or by rasid itself (`training/ner_news/build.py silver`); and
so can news labelled by hand (`training/ner_news/build.py gold`), repeated to weigh against the silver. AQMAR (Wikipedia) is never trained on: it is the
out-of-domain check.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from .conll import EntityScores, Sentence, read_conll, read_conll_dir, split_dev
from .crf import export_weights
from .features import FeatureExtractor
from .tagger import CrfTagger

ANERCORP = Path("ner_anercorp_train/train.txt")
WOJOOD = (Path("ner_wojood_sample/train.txt"), Path("ner_wojood_sample/val.txt"))
AQMAR = Path("ner_aqmar_wikipedia/articles")


@dataclass(slots=True)
class TrainConfig:
    """CRF hyper-parameters and data choices (c1/c2 chosen on the dev split, see docs/entities.md)."""

    c1: float = 0.15
    c2: float = 0.03
    max_iterations: int = 500  # 200 stopped L-BFGS early: dev F1 a point lower and moving with small changes
    dev_share: float = 0.1
    with_wojood: bool = False
    full: bool = False  # train the shipped model on train + dev once the settings are chosen
    dev_from_start: bool = False  # hold out the first tenth instead (a second, independent dev figure)
    silver_dir: Path | None = None  # folder of silver_*.txt (token TAG lines) added to the training part
    silver_sentences: int = 50_000  # how many silver sentences to take, in file-name order
    news_file: Path | None = None  # hand-labelled news (`training/ner_news/build.py gold`), a token TAG file
    news_repeat: int = 3  # how many times the news sentences are added: a few hundred against tens of thousands


def load_splits(data_dir: Path, config: TrainConfig) -> tuple[list[Sentence], list[Sentence]]:
    """Training sentences (ANERcorp head, plus Wojood if asked) and the ANERcorp dev tail."""
    train, dev = split_dev(read_conll(data_dir / ANERCORP), config.dev_share, config.dev_from_start)
    if config.with_wojood:
        train = train + [s for path in WOJOOD if (data_dir / path).exists() for s in read_conll(data_dir / path)]
    return train, dev


def silver_sentences(folder: Path, limit: int) -> list[Sentence]:
    """The first `limit` silver sentences of `folder/silver_*.txt`, in file-name order."""
    paths = sorted(folder.glob("silver_*.txt"))
    if not paths:
        raise FileNotFoundError(f"no silver_*.txt files in {folder}")
    picked: list[Sentence] = []
    for path in paths:
        for sentence in read_conll(path):
            if len(picked) >= limit:
                return picked
            picked.append(sentence)
    return picked


def train_crf(sentences: list[Sentence], out_path: Path, config: TrainConfig,
              features: FeatureExtractor | None = None) -> None:
    """Fit a CRF on tagged sentences with CRFsuite and write its weights to `out_path` (`rasid.ner.crf`)."""
    features = features or FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(features.sentence_features(words), tags)
    trainer.set_params({"c1": config.c1, "c2": config.c2, "max_iterations": config.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        crfsuite_model = Path(scratch) / "model.crfsuite"
        trainer.train(str(crfsuite_model))
        export_weights(crfsuite_model, out_path)


def evaluate(tagger: CrfTagger, sentences: list[Sentence], keep_misc: bool = True) -> EntityScores:
    """Entity-level scores of the tagger against gold sentences (predicted MISC dropped unless `keep_misc`)."""
    scores = EntityScores()
    for words, gold in sentences:
        predicted = tagger.tag(words)
        if not keep_misc:
            predicted = ["O" if tag.endswith("-MISC") else tag for tag in predicted]
        scores.add(gold, predicted)
    return scores


def train_ner(data_dir: Path, out_path: Path, config: TrainConfig) -> dict[str, Any]:
    """Train, measure on the dev split (and AQMAR), optionally retrain on everything; returns a report."""
    started = time.perf_counter()
    train, dev = load_splits(data_dir, config)
    silver = silver_sentences(config.silver_dir, config.silver_sentences) if config.silver_dir else []
    silver += read_conll(config.news_file) * config.news_repeat if config.news_file else []
    features = FeatureExtractor()
    train_crf(train + silver, out_path, config, features)
    tagger = CrfTagger(out_path, features)
    report: dict[str, Any] = {"config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()},
                              "train_sentences": len(train), "silver_sentences": len(silver), "dev_sentences": len(dev),
                              "dev": evaluate(tagger, dev).table()}
    if (data_dir / AQMAR).exists():
        report["aqmar"] = evaluate(tagger, read_conll_dir(data_dir / AQMAR, keep_misc=False), keep_misc=False).table()
    if config.full:
        train_crf(train + dev + silver, out_path, config, features)
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report
