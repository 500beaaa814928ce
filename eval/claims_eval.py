"""Claim comparison on ANS (Arabic News Stance): train on train, report macro-F1 on dev.

usage: python eval/claims_eval.py [--train] [--shared DIR]

`--train` fits the multinomial logistic regression of `rasid.corpus.claims` on the train split (class
weights balanced, L2 strength picked by 5-fold cross-validation on train only) and writes
`src/rasid/data/claim_model.json`. Without it, the saved model is only evaluated. Dev is never used for
fitting or choosing anything. Before either, pairs are deduplicated: dev pairs sharing a headline with train
are dropped, and repeated pairs within a split kept once.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.corpus.claims import FEATURES, LABELS, compare_claims, features
from rasid.text.normalize import match_key

MODEL = ROOT / "src" / "rasid" / "data" / "claim_model.json"
L2_CHOICES = (0.0, 0.001, 0.01, 0.1)


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(handle)]
    seen, unique = set(), []
    for row in rows:
        key = (match_key(row[0]).strip(), match_key(row[1]).strip())
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def drop_shared_headlines(dev, train):
    headlines = {match_key(h).strip() for s1, s2, _ in train for h in (s1, s2)}
    return [r for r in dev if match_key(r[0]).strip() not in headlines and match_key(r[1]).strip() not in headlines]


def fit(x, y, l2: float, steps: int = 3000, rate: float = 0.5):
    """Multinomial logistic regression by full-batch gradient descent, classes weighted by inverse frequency."""
    import numpy as np  # only training needs it (the `test` extra); evaluating does not

    k = len(LABELS)
    counts = np.bincount(y, minlength=k).astype(float)
    sample_weight = (len(y) / (k * np.maximum(counts, 1)))[y]
    onehot = np.eye(k)[y]
    w = np.zeros((k, x.shape[1]))
    for _ in range(steps):
        scores = x @ w.T
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = ((p - onehot) * sample_weight[:, None]).T @ x / len(y) + l2 * w
        w -= rate * grad
    return w


def macro_f1(gold: list[int], pred: list[int]) -> tuple[float, list[float]]:
    scores = []
    for c in range(len(LABELS)):
        tp = sum(1 for g, p in zip(gold, pred) if g == p == c)
        fp = sum(1 for g, p in zip(gold, pred) if p == c and g != c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores), scores


def cross_validated_l2(x, y, folds: int = 5) -> float:
    import numpy as np

    order = np.random.default_rng(0).permutation(len(y))
    best = (-1.0, L2_CHOICES[0])
    for l2 in L2_CHOICES:
        preds, golds = [], []
        for f in range(folds):
            test = order[f::folds]
            train = np.setdiff1d(order, test)
            w = fit(x[train], y[train], l2)
            preds += list((x[test] @ w.T).argmax(axis=1))
            golds += list(y[test])
        score = macro_f1(golds, preds)[0]
        print(f"  cv l2={l2}: macro-F1 {score:.3f}", file=sys.stderr)
        best = max(best, (score, l2))
    return best[1]


def train(rows) -> None:
    import numpy as np

    x = np.array([features(a, b) for a, b, _ in rows])
    y = np.array([LABELS.index(label) for _, _, label in rows])
    l2 = cross_validated_l2(x, y)
    w = fit(x, y, l2)
    MODEL.write_text(json.dumps({"_doc": "rasid.corpus.claims weights; written by eval/claims_eval.py --train on "
                                         "ANS stance/train.csv", "features": list(FEATURES), "labels": list(LABELS),
                                 "l2": l2, "weights": [[round(v, 5) for v in row] for row in w]}, indent=1) + "\n")
    print(f"trained on {len(rows)} train pairs (l2={l2}); wrote {MODEL.relative_to(ROOT)}", file=sys.stderr)


def evaluate(rows, name: str) -> dict:
    gold = [LABELS.index(label) for _, _, label in rows]
    pred = [LABELS.index(compare_claims(a, b).label) for a, b, _ in rows]
    score, per_class = macro_f1(gold, pred)
    majority = max(set(gold), key=gold.count)
    return {"split": name, "pairs": len(rows), "macro_f1": round(score, 3),
            "f1": {label: round(s, 3) for label, s in zip(LABELS, per_class)},
            "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 3),
            "majority_baseline_macro_f1": round(macro_f1(gold, [majority] * len(gold))[0], 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="fit on train and write the model first")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.shared / "data" / "claims_ans" / "stance"
    if not folder.exists():
        print(f"shared data not found: {folder}", file=sys.stderr)
        return 2
    train_rows = read_pairs(folder / "train.csv")
    dev_rows = drop_shared_headlines(read_pairs(folder / "dev.csv"), train_rows)
    if args.train:
        train(train_rows)
    for rows, name in ((train_rows, "train"), (dev_rows, "dev")):
        print(json.dumps(evaluate(rows, name), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
