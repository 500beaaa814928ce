"""The shipped tagger: CRF weights (`models/ner_crf.json.gz`) over rasid's features, decoded in numpy.

`CrfTagger.tag(words)` returns one IOB2 tag a word (`B-PER`, `I-ORG`, `O`, ...). Each word type's weight
rows (its own attributes, and what it contributes to its neighbours at -2..+2) are summed once and
cached, so tagging a sentence is a few array additions plus a Viterbi pass (`rasid.ner.crf`).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import RasidError
from .crf import LinearChainCrf
from .features import CONTEXT_OFFSETS, MAX_CACHED_WORDS, FeatureExtractor

MODEL_FILE = "ner_crf.json.gz"


class ModelMissingError(RasidError):
    """The NER model file is not where rasid looks for it."""

    def __init__(self, path: str) -> None:
        super().__init__(f"NER model not found at {path}; train it with `rasid train ner`")


class CrfTagger:
    """CRF weights plus the feature extractor they were trained with."""

    def __init__(self, model_path: Path | None = None, features: FeatureExtractor | None = None) -> None:
        if model_path is None:
            model_path = Path(str(resources.files("rasid.models") / MODEL_FILE))
        if not Path(model_path).is_file():
            raise ModelMissingError(str(model_path))
        self.crf = LinearChainCrf(Path(model_path))
        self.features = features or FeatureExtractor()
        self.model_path = Path(model_path)
        self._rows: dict[str, np.ndarray] = {}
        self._edges: dict[tuple[str, str, str], np.ndarray] = {}

    def word_rows(self, word: str) -> np.ndarray:
        """`(5, labels)`: the word's own score, then its contributions to the words at -2, -1, +1, +2."""
        rows = self._rows.get(word)
        if rows is None:
            own, contexts = self.features.word_entry(word)
            slots, weight_rows = [], []
            for slot, attributes in enumerate((own, *contexts)):
                found = self.crf.rows_of(attributes)
                slots += [slot] * len(found)
                weight_rows += found
            rows = np.zeros((1 + len(contexts), len(self.crf.labels)))
            np.add.at(rows, slots, self.crf.weights[weight_rows])
            if len(self._rows) >= MAX_CACHED_WORDS:
                self._rows.clear()
            self._rows[word] = rows
        return rows

    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Padded `(sentences, longest, labels)` state scores (CRFsuite's sums) and the sentence lengths.

        All words of the batch are scored as one flat array; a context row is added only where the
        neighbour lies in the same sentence.
        """
        lengths = np.array([len(words) for words in sentences])
        rows = stack_distinct([w for words in sentences for w in words], self.word_rows)
        position = np.concatenate([np.arange(n) for n in lengths])
        room_after = np.repeat(lengths, lengths) - position - 1
        flat = rows[:, 0] + stack_distinct([d for words in sentences for d in self.features.dynamic_attributes(words)],
                                           self.edge_row)
        for slot, offset in enumerate(CONTEXT_OFFSETS, start=1):
            shifted = np.zeros_like(flat)
            if offset < 0:
                shifted[-offset:] = rows[:offset, slot]
                flat += shifted * (position >= -offset)[:, None]
            else:
                shifted[:-offset] = rows[offset:, slot]
                flat += shifted * (room_after >= offset)[:, None]
        scores = np.zeros((len(sentences), int(lengths.max()), len(self.crf.labels)))
        scores[np.repeat(np.arange(len(sentences)), lengths), position] = flat
        return scores, lengths

    def edge_row(self, attributes: tuple[str, str, str]) -> np.ndarray:
        """The summed weights of an occurrence's gazetteer and sentence-edge attributes (few distinct ones)."""
        row = self._edges.get(attributes)
        if row is None:
            row = self._edges[attributes] = self.crf.score(attributes)
        return row

    def tag(self, words: list[str]) -> list[str]:
        """One IOB2 tag a word; an empty sentence gives an empty list."""
        return self.tag_sentences([words])[0][0]

    def tag_sentences(self, sentences: list[list[str]], with_confidence: bool = False,
                      ) -> list[tuple[list[str], list[float]]]:
        """Tags for a batch of sentences and, when asked, each tag's marginal probability."""
        batch = [words for words in sentences if words]
        results: list[tuple[list[str], list[float]]] = []
        if batch:
            scores, lengths = self.emissions(batch)
            paths = self.crf.viterbi(scores, lengths)
            marginals = self.crf.marginals(scores, lengths) if with_confidence else None
            for b, path in enumerate(paths):
                confidence = [float(marginals[b, t, i]) for t, i in enumerate(path)] if marginals is not None else []
                results.append(([self.crf.labels[i] for i in path], confidence))
        filled = iter(results)
        return [next(filled) if words else ([], []) for words in sentences]


def stack_distinct(keys: list[Hashable], row_of: Callable[[Any], np.ndarray]) -> np.ndarray:
    """`row_of(key)` for every key, stacked; each distinct key is looked up once (a sentence batch repeats
    most of its words), and the rows are the same arrays, so the sums built on them do not change."""
    index: dict[Hashable, int] = {}
    positions = [index.setdefault(key, len(index)) for key in keys]
    return np.stack([row_of(key) for key in index])[positions]


@cache
def default_tagger() -> CrfTagger:
    """The shipped model, loaded once a process."""
    return CrfTagger()
