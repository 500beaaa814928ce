"""The shipped tagger: CRF weights (`models/ner_crf.json.gz`) over rasid's features, decoded in numpy.

`CrfTagger.tag(words)` returns one IOB2 tag a word (`B-PER`, `I-ORG`, `O`, ...). Each word type's weight
rows (its own attributes, and what it contributes to its neighbours at -2..+2) are summed once and kept
in one array (`WordRows`), so tagging a sentence is a few array additions plus a Viterbi pass
(`rasid.ner.crf`). A word met for the first time is scored from its parts (`features.PART_KINDS`) without
formatting its attribute strings: the model's string-valued attributes are indexed by value once at load,
and the rest come from small domains cached a value. The sums are added in the order `sentence_features`
lists the attributes, so they are the very floats the attribute strings give.
"""
from __future__ import annotations

from collections.abc import Hashable
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import RasidError
from .crf import LinearChainCrf
from .features import (
    CONTEXT_OFFSETS,
    MAX_CACHED_WORDS,
    OUTSIDE_PHRASES,
    PART_KINDS,
    TEXT_KINDS,
    FeatureExtractor,
    cluster_attributes,
    occurrence_attributes,
    phrase_tags,
    slot_attributes,
    spread_over_slots,
    text_part_of,
)

MODEL_FILE = "ner_crf.json.gz"
SLOTS = 1 + len(CONTEXT_OFFSETS)  # a word's own row, then its contributions to the words at -2, -1, +1, +2
UNKNOWN = tuple(() if kind in TEXT_KINDS else None for kind in PART_KINDS)  # a value a part's dict lacks: no
# attribute at all (the index of string-valued parts is complete), or None: not looked up yet
FIRST_CAPACITY = 4096  # word rows the array holds before it first grows (it doubles)


class ModelMissingError(RasidError):
    """The NER model file is not where rasid looks for it."""

    def __init__(self, path: str) -> None:
        super().__init__(f"NER model not found at {path}; train it with `rasid train ner`")


class WordRows:
    """Every word type's summed `(SLOTS, labels)` weight rows, in one growing array with an id a word."""

    def __init__(self, crf: LinearChainCrf, features: FeatureExtractor) -> None:
        self.crf, self.features = crf, features
        self.width = len(crf.weights)  # a code is `slot * width + weight row`
        self.ids: dict[str, int] = {}
        self.rows = np.zeros((FIRST_CAPACITY, SLOTS, len(crf.labels)))
        self._parts = self.text_part_index()
        self._levels: dict[tuple[int, str], tuple[int, ...]] = {}

    def ids_of(self, words: list[str]) -> list[int]:
        """The row ids of the words, scoring the word types not yet kept all in one numpy pass."""
        ids = self.ids
        new = [word for word in dict.fromkeys(words) if word not in ids]
        if new:
            if len(ids) + len(new) > MAX_CACHED_WORDS:
                self.forget()  # a long-running process starts afresh rather than grow without end
            self.keep(new, self.summed_rows(new))
        return [ids[word] for word in words]

    def keep(self, words: list[str], rows: np.ndarray) -> None:
        """Append rows for new words, growing the array when full."""
        start, end = len(self.ids), len(self.ids) + len(words)
        if end > len(self.rows):
            grown = np.zeros((max(end, 2 * len(self.rows)), *self.rows.shape[1:]))
            grown[:start] = self.rows[:start]
            self.rows = grown
        self.rows[start:end] = rows
        self.ids.update(zip(words, range(start, end)))

    def summed_rows(self, words: list[str]) -> np.ndarray:
        """`(words, SLOTS, labels)` summed weights; `np.add.at` adds in code order, which is the order
        `FeatureExtractor.sentence_features` lists each slot's attributes."""
        codes, counts = self.part_codes(words)
        slots, weight_rows = np.divmod(np.array(codes, dtype=np.intp), self.width)
        rows = np.zeros((len(words), SLOTS, len(self.crf.labels)))
        owners = np.repeat(np.arange(len(words)), counts)
        np.add.at(rows, (owners, slots), self.crf.weights[weight_rows])
        return rows

    def part_codes(self, words: list[str]) -> tuple[list[int], list[int]]:
        """`slot * weight rows + weight row` of every known attribute of each word, and how many each word has.

        A string-valued part (`TEXT_KINDS`: key, stem, affixes...) is found in the index of the model's own
        attributes, so a word never seen before costs no string formatting; the other parts come from small
        domains (cluster ids, flags, length) and are formatted once a value."""
        codes: list[int] = []
        counts: list[int] = []
        for word in words:
            before = len(codes)
            for kind, known, unknown, value in zip(PART_KINDS, self._parts, UNKNOWN, self.features.part_values(word)):
                part = known.get(value, unknown)
                codes += self.learn_part(kind, value) if part is None else part
            counts.append(len(codes) - before)
        return codes, counts

    def text_part_index(self) -> list[dict[Hashable, tuple[int, ...]]]:
        """For each of `PART_KINDS`, a dict from a value to its codes: complete for `TEXT_KINDS` (every such
        attribute the model has, found by parsing it), filled on demand for the others."""
        index: list[dict[Hashable, tuple[int, ...]]] = [{} for _ in PART_KINDS]
        for attribute, row in self.crf.attribute_row.items():
            if (found := text_part_of(attribute)) is not None:
                slot, kind, value = found
                part = index[PART_KINDS.index(kind)]
                part[value] = (*part.get(value, ()), slot * self.width + row)
        return index

    def learn_part(self, kind: str, value: Hashable) -> tuple[int, ...]:
        """The codes of a part the caches lack (a cluster path is put together from its levels' codes)."""
        if kind == "c" and value:
            codes = self.path_code(value)  # type: ignore[arg-type]
        else:
            codes = self.codes_of(slot_attributes(kind, value))
        self._parts[PART_KINDS.index(kind)][value] = codes
        return codes

    def path_code(self, cluster: tuple[str, ...]) -> tuple[int, ...]:
        """A cluster path's codes, level after level: the ids of a level are few, so each is cached for good."""
        codes: list[int] = []
        for level_id in enumerate(cluster):
            found = self._levels.get(level_id)
            if found is None:
                found = self._levels[level_id] = self.codes_of(spread_over_slots(*cluster_attributes(*level_id)))
            codes += found
        return tuple(codes)

    def codes_of(self, slots: list[list[str]]) -> tuple[int, ...]:
        """`slot * weight rows + weight row` of the attributes the model knows, slot by slot."""
        get = self.crf.attribute_row.get
        return tuple(slot * self.width + row for slot, attributes in enumerate(slots)
                     for attribute in attributes if (row := get(attribute)) is not None)

    def forget(self) -> None:
        """Drop every word's rows and the parts cached on demand (a fresh process's state)."""
        self.ids.clear()
        for kind, known in zip(PART_KINDS, self._parts):
            if kind not in TEXT_KINDS:
                known.clear()
        self._levels.clear()


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
        self.words = WordRows(self.crf, self.features)
        self._tag_ids: dict[str, int] = {OUTSIDE_PHRASES: 0}
        self._tables: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def word_rows(self, word: str) -> np.ndarray:
        """`(SLOTS, labels)`: the word's own score, then its contributions to the words at -2, -1, +1, +2."""
        [row_id] = self.words.ids_of([word])
        return self.words.rows[row_id].copy()  # a copy: the row is reused once the cache is forgotten

    def forget_words(self) -> None:
        """Empty the per-word caches, as in a fresh process."""
        self.words.forget()

    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Padded `(sentences, longest, labels)` state scores (CRFsuite's sums) and the sentence lengths.

        All words of the batch are scored as one flat array; a context row is added only where the
        neighbour lies in the same sentence.
        """
        lengths = np.array([len(sentence) for sentence in sentences])
        ids = self.words.ids_of([w for sentence in sentences for w in sentence])  # may grow `rows`: call first
        rows = self.words.rows[ids]
        position = np.concatenate([np.arange(n) for n in lengths])
        room_after = np.repeat(lengths, lengths) - position - 1
        flat = rows[:, 0] + self.edge_scores(sentences, position, room_after)
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

    def edge_scores(self, sentences: list[list[str]], position: np.ndarray, room_after: np.ndarray) -> np.ndarray:
        """`(words, labels)`: each occurrence's gazetteer tag, its neighbours' tags or the sentence edges
        (`FeatureExtractor.dynamic_attributes`), summed in that order, from one table row each."""
        tags = np.zeros(len(position), dtype=np.intp)  # tag id 0: outside any gazetteer phrase
        first = 0
        for sentence in sentences:
            if ranges := self.features.phrase_ranges(sentence):
                tags[first:first + len(sentence)] = [self.tag_id(tag) for tag in phrase_tags(len(sentence), ranges)]
            first += len(sentence)
        own, before, after = self.edge_tables()
        edge = len(self._tag_ids)  # the tables' last row: BOS before a sentence, EOS after it
        previous, following = np.roll(tags, 1), np.roll(tags, -1)
        previous[position == 0] = edge
        following[room_after == 0] = edge
        return own[tags] + before[previous] + after[following]

    def tag_id(self, tag: str) -> int:
        """A small id for a gazetteer tag (a handful exist), growing the edge tables when a new one comes."""
        found = self._tag_ids.get(tag)
        if found is None:
            found = self._tag_ids[tag] = len(self._tag_ids)
            self._tables = None
        return found

    def edge_tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weight rows of each gazetteer tag as the word's own, as seen after it and before it; the last
        row of the second and third is the sentence edge (an unknown attribute has the zero row)."""
        if self._tables is None:
            row = self.crf.attribute_row.get
            unknown = len(self.crf.weights) - 1
            triples = [occurrence_attributes(tag, tag, tag) for tag in self._tag_ids]
            triples.append(occurrence_attributes(OUTSIDE_PHRASES, None, None))
            own, before, after = ([row(t[part], unknown) for t in triples] for part in range(3))
            self._tables = self.crf.weights[own], self.crf.weights[before], self.crf.weights[after]
        return self._tables

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


@cache
def default_tagger() -> CrfTagger:
    """The shipped model, loaded once a process."""
    return CrfTagger()
