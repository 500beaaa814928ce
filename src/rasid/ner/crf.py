"""A linear-chain CRF decoder in numpy over weights exported from CRFsuite: fast tagging, no C extension.

CRFsuite (through `python-crfsuite`) trains the model; `export_weights` writes its non-zero state weights
(attribute x label) and label transitions to a gzipped JSON file that the package ships. At run time
`LinearChainCrf` scores a word by summing the weight rows of its attributes, which are cached per word
type and per context slot, so a sentence costs a few numpy additions and a Viterbi pass. The scores and
therefore the best paths are the ones CRFsuite computes; `marginals` runs forward-backward for the
per-word confidence.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

WEIGHT_DIGITS = 5  # rounding the exported weights keeps the file small and changes no decision we measured


def export_weights(crfsuite_model: Path, out_path: Path) -> None:
    """Write a CRFsuite model's labels, transitions and non-zero state weights as gzipped JSON."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
    index = {label: i for i, label in enumerate(labels)}
    transitions = [[0.0] * len(labels) for _ in labels]
    for (source, target), weight in info.transitions.items():
        transitions[index[source]][index[target]] = round(weight, WEIGHT_DIGITS)
    states: dict[str, list[list[float]]] = {}
    for (attribute, label), weight in info.state_features.items():
        if round(weight, WEIGHT_DIGITS):
            states.setdefault(attribute, []).append([index[label], round(weight, WEIGHT_DIGITS)])
    write_weights({"labels": labels, "transitions": transitions, "states": states}, out_path)


def read_weights(path: Path) -> dict[str, Any]:
    """An exported model's labels, transitions and state weights, as written by `export_weights`."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        data: dict[str, Any] = json.load(lines)
    return data


def write_weights(data: dict[str, Any], out_path: Path) -> None:
    with gzip.open(out_path, "wt", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))


def average_weights(models: Sequence[dict[str, Any]], shares: Sequence[float]) -> dict[str, Any]:
    """The share-weighted sum of CRFs trained on the same features: every state and transition weight, matched
    by label name (an attribute one model lacks weighs zero there).

    A linear-chain CRF scores a path by a sum of weights, so the averaged model scores it by the weighted sum of
    the models' scores: a product of experts, one model file, no slower than either. It lets a model trained
    on one kind of text keep what another learned from a different kind (`rasid train ner --average-with`)."""
    if len(models) != len(shares) or not models:
        raise ValueError("one share a model, and at least one model")
    labels = sorted({label for model in models for label in model["labels"]})
    index = {label: i for i, label in enumerate(labels)}
    transitions = np.zeros((len(labels), len(labels)))
    states: dict[str, np.ndarray] = {}
    for model, share in zip(models, shares):
        own = [index[label] for label in model["labels"]]
        transitions[np.ix_(own, own)] += share * np.array(model["transitions"])
        for attribute, pairs in model["states"].items():
            row = states.setdefault(attribute, np.zeros(len(labels)))
            for label, weight in pairs:
                row[own[label]] += share * weight
    rounded = np.round(transitions, WEIGHT_DIGITS).tolist()
    kept = {attribute: nonzero_pairs(row) for attribute, row in states.items()}
    return {"labels": labels, "transitions": rounded, "states": {a: pairs for a, pairs in kept.items() if pairs}}


def nonzero_pairs(row: np.ndarray) -> list[list[float]]:
    """`[label, weight]` of a state row's weights that stay non-zero once rounded as exported."""
    rounded = row.round(WEIGHT_DIGITS)
    return [[label, float(rounded[label])] for label in np.flatnonzero(rounded).tolist()]


class LinearChainCrf:
    """State weights as one matrix (a row an attribute), transitions, and Viterbi / forward-backward."""

    def __init__(self, path: Path) -> None:
        data = read_weights(path)
        self.labels: list[str] = data["labels"]
        self.transitions = np.array(data["transitions"], dtype=np.float64)
        self.attribute_row = {attribute: i for i, attribute in enumerate(data["states"])}
        self.weights = np.zeros((len(self.attribute_row) + 1, len(self.labels)))  # last row: unknown, zero
        for attribute, pairs in data["states"].items():
            for label, weight in pairs:
                self.weights[self.attribute_row[attribute], label] = weight
        self.zero = np.zeros(len(self.labels))

    def rows_of(self, attributes: Iterable[str]) -> list[int]:
        """The weight rows of the attributes the model knows (most attributes of a word carry no weight)."""
        get = self.attribute_row.get
        return [r for a in attributes if (r := get(a)) is not None]

    def score(self, attributes: Iterable[str]) -> np.ndarray:
        """The summed state weights of a bag of attributes (unknown attributes weigh nothing)."""
        rows = self.rows_of(attributes)
        return self.weights[rows].sum(axis=0) if rows else self.zero

    def viterbi(self, emissions: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Best label paths for a batch: `emissions` is `(sentences, longest, labels)`, padded.

        Every sentence runs to the longest one's end (padding adds nothing that is read back): a sentence's
        final scores are taken at its own last word, which spares a mask at every step. Candidates are laid
        out `[sentence, to, from]` so both the best move and its score come from the contiguous last axis."""
        batch, longest, labels = emissions.shape
        best = emissions[:, 0].copy()
        final = best.copy()
        back = np.zeros((longest, batch, labels), dtype=np.intp)  # time first: each step writes one block
        moves = np.ascontiguousarray(self.transitions.T)
        candidates = np.empty((batch, labels, labels))
        flat = candidates.reshape(-1)
        row_starts = np.arange(batch * labels) * labels
        for t, ending in sentence_ends(lengths, longest):
            np.add(best[:, None, :], moves, out=candidates)
            back[t] = pointers = candidates.argmax(axis=2)
            best = flat.take(row_starts + pointers.reshape(-1)).reshape(batch, labels)
            best += emissions[:, t]
            if ending:
                final[ending] = best[ending]
        paths = backtrack(back, final.argmax(axis=1), lengths)
        return [path[:n] for path, n in zip(paths.T.tolist(), lengths.tolist())]

    def marginals(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """`(sentences, longest, labels)` marginal probabilities by scaled forward-backward, for a batch."""
        potentials = np.exp(emissions - emissions.max(axis=2, keepdims=True))
        moves = np.exp(self.transitions)
        longest = emissions.shape[1]
        alpha, beta = np.empty_like(potentials), np.ones_like(potentials)
        alpha[:, 0] = potentials[:, 0] / potentials[:, 0].sum(axis=1, keepdims=True)
        for t in range(1, longest):
            row = (alpha[:, t - 1] @ moves) * potentials[:, t]
            alpha[:, t] = row / row.sum(axis=1, keepdims=True)
        for t in range(longest - 2, -1, -1):
            row = (potentials[:, t + 1] * beta[:, t + 1]) @ moves.T
            row /= row.sum(axis=1, keepdims=True)
            beta[:, t] = np.where((lengths - 1 > t)[:, None], row, 1.0)
        joint = alpha * beta
        return joint / joint.sum(axis=2, keepdims=True)


def sentence_ends(lengths: np.ndarray, longest: int) -> list[tuple[int, list[int]]]:
    """For each step after the first, the sentences whose last word it is."""
    ending: list[list[int]] = [[] for _ in range(longest)]
    for sentence, length in enumerate(lengths.tolist()):
        ending[length - 1].append(sentence)
    return list(enumerate(ending))[1:]


def backtrack(back: np.ndarray, last: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """`(longest, sentences)` best labels, walking the back-pointers of the whole batch at once: a sentence's
    walk starts at its own last word with its best final label (what lies past its end means nothing)."""
    longest, batch, labels = back.shape
    ends = np.arange(longest)[:, None] == lengths - 1
    pointers = back.reshape(longest, batch * labels)
    firsts = np.arange(batch) * labels  # where each sentence's pointers begin in a step's flat block
    paths = np.empty((longest, batch), dtype=np.intp)
    label = last
    for t in range(longest - 1, -1, -1):
        label = np.where(ends[t], last, label)
        paths[t] = label
        label = pointers[t].take(firsts + label)
    return paths
