"""Claim comparison: do two short claims agree, disagree, or speak of different things (`other`)?

Two claims become a handful of features: how much of their content words match (exactly, or by a shared
beginning that absorbs Arabic inflection), what is left over on each side, whether one negates what the
other asserts, whether a pair of opposites (`ارتفاع`/`انخفاض`) or different numbers stand in them (words
in `data/claim_contrasts.json`). A multinomial logistic regression over these features, trained on the ANS
headline pairs' train split by `eval/claims_eval.py --train`, gives the label; its weights live in
`data/claim_model.json`. The disagreements step uses it for stated facts that contradict each other.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from ..text.normalize import digit_key, search_key
from .words import content_keys

LABELS = ("agree", "disagree", "other")
FEATURES = ("bias", "soft_overlap", "exact_jaccard", "leftover_max", "leftover_min", "negation_mismatch",
            "opposites", "number_mismatch", "substitution", "leftover_words", "length_ratio", "overlap_squared", "negation_with_overlap",
            "opposites_with_overlap", "one_word_swap", "no_overlap", "leftover_likeness", "sentiment_flip")
SHARED_PREFIX = 4  # letters two keys must share at the start to count as one word inflected (يدمن/يدمنون)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Comparison:
    """A label with its probability."""

    label: str
    probability: float


@cache
def contrasts() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    raw = _contrast_data()
    negations = frozenset(search_key(w) for w in raw["negations"]) | frozenset(raw["negations"])
    opposites = tuple((search_key(a), search_key(b)) for a, b in raw["opposites"])
    return negations, opposites


class FactContrasts(NamedTuple):
    denials: frozenset[str]
    movements: tuple[str, ...]


@cache
def fact_contrasts() -> FactContrasts:
    """What the disagreement step reads: the words that report a denial (`نفت`, `كذّب`), and the beginnings of
    words of rise and fall (`ارتفع`, `تراجع`) that make a price or an index a series."""
    raw = _contrast_data()
    return FactContrasts(frozenset(search_key(w) for w in raw["denials"]),
                         tuple(sorted({search_key(w) for w in raw["movements"]})))


@cache
def _contrast_data() -> dict:
    return json.loads(resources.files("rasid.data").joinpath("claim_contrasts.json").read_text(encoding="utf-8"))


@cache
def model_weights() -> tuple[tuple[float, ...], ...]:
    """One weight row a label, in `LABELS` order, over `FEATURES`."""
    raw = json.loads(resources.files("rasid.data").joinpath("claim_model.json").read_text(encoding="utf-8"))
    if raw["features"] != list(FEATURES) or raw["labels"] != list(LABELS):
        raise ValueError("data/claim_model.json was trained on other features; rerun eval/claims_eval.py --train")
    return tuple(tuple(row) for row in raw["weights"])


def leftovers(keys: list[str], other: list[str]) -> list[str]:
    """Keys of one claim with no counterpart in the other (the same key, or the same first letters)."""
    exact = set(other)
    starts = {o[:SHARED_PREFIX] for o in other if len(o) >= SHARED_PREFIX}
    return [k for k in keys if k not in exact and not (len(k) >= SHARED_PREFIX and k[:SHARED_PREFIX] in starts)]


def negation_count(text: str) -> int:
    negations, _ = contrasts()
    return sum(1 for w in _WORD.findall(text) if w in negations or search_key(w) in negations)


def has_opposites(a: list[str], b: list[str]) -> bool:
    _, opposites = contrasts()

    joined_a, joined_b = " " + " ".join(a), " " + " ".join(b)

    def holds(joined: str, stem: str) -> bool:
        return " " + stem in joined  # a key beginning with the stem

    return any((holds(joined_a, x) and holds(joined_b, y)) or (holds(joined_a, y) and holds(joined_b, x))
               for x, y in opposites)


def split_opposites(a: list[str], b: list[str]) -> bool:
    """Whether one claim holds one word of an opposite pair that the other lacks, and the other holds its
    counterpart that the first lacks (`وصل` here, `غادر` there). A sentence holding both words of a pair
    (`منع ... السماح`) opposes nothing by it; `has_opposites`, which the trained model's feature uses, counts
    that too."""
    _, opposites = contrasts()
    joined_a, joined_b = " " + " ".join(a), " " + " ".join(b)

    def only(first: str, second: str, stem: str) -> bool:
        return " " + stem in first and " " + stem not in second

    return any((only(joined_a, joined_b, x) and only(joined_b, joined_a, y))
               or (only(joined_a, joined_b, y) and only(joined_b, joined_a, x)) for x, y in opposites)


def numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(digit_key(text)))


def features(a: str, b: str) -> list[float]:
    """The feature vector of a claim pair, symmetric in its two claims."""
    ka, kb = content_keys(a), content_keys(b)
    la, lb = leftovers(ka, kb), leftovers(kb, ka)
    size_a, size_b = max(len(ka), 1), max(len(kb), 1)
    matched = (size_a - len(la) + size_b - len(lb)) / (size_a + size_b)
    union = set(ka) | set(kb)
    na, nb = numbers(a), numbers(b)
    left = sorted((len(la) / size_a, len(lb) / size_b))
    negated = float(negation_count(a) % 2 != negation_count(b) % 2)
    opposed = float(has_opposites(la or ka, lb or kb))
    return [1.0, matched, len(set(ka) & set(kb)) / max(len(union), 1), left[1], left[0], negated, opposed,
            float(bool(na and nb and na != nb)), float(bool(la and lb) and matched >= 0.3),
            min(len(la) + len(lb), 10) / 10, abs(math.log(size_a / size_b)), matched * matched, negated * matched,
            opposed * matched, float(len(la) == 1 and len(lb) == 1), float(matched == 0), leftover_likeness(la, lb),
            negated * opposed]


def bigrams(word: str) -> set[str]:
    return {word[i:i + 2] for i in range(len(word) - 1)}


def leftover_likeness(la: list[str], lb: list[str]) -> float:
    """How alike the words left on the two sides are, by letter pairs (a respelling or a derived form is
    alike; a swapped name or an opposite is not): the mean of each leftover's best Dice score."""
    if not la or not lb:
        return 0.0
    grams_b = [bigrams(w) for w in lb]
    scores = []
    for word in la:
        ga = bigrams(word)
        scores.append(max((2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0) for gb in grams_b))
    return sum(scores) / len(scores)


def probabilities(vector: list[float], weights: tuple[tuple[float, ...], ...]) -> list[float]:
    scores = [sum(w * x for w, x in zip(row, vector)) for row in weights]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def compare_claims(a: str, b: str) -> Comparison:
    """`agree`, `disagree` or `other` for two claims, with the model's probability."""
    probs = probabilities(features(a, b), model_weights())
    best = max(range(len(LABELS)), key=probs.__getitem__)
    return Comparison(LABELS[best], probs[best])
