"""`token TAG` files in, tagged sentences and entity-level scores out (CoNLL-2003 style).

One reader serves the three corpora rasid learns from or is measured on: ANERcorp (`B-PERS`), the Wojood
sample (nested, several tag columns, `$#$` separator lines) and AQMAR (`MIS0`..`MIS3`). Each tag is mapped
to rasid's labels `PER`, `ORG`, `LOC`, `MISC` (GPE and FAC count as `LOC`); a type with no mapping is `O`.
Scoring counts an entity as found only when its type and both boundaries match.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RasidError
from .boundaries import tag_ranges

#: corpus type -> rasid label; types absent here become O
TYPE_MAP = {
    "PER": "PER", "PERS": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "LOCATION": "LOC",
    "MISC": "MISC", "MIS": "MISC",
}
SEPARATOR_TOKENS = frozenset({"$#$"})  # Wojood's sentence-separator artefact
LABELS = ("PER", "ORG", "LOC", "MISC")

Sentence = tuple[list[str], list[str]]  # tokens, IOB2 tags


class ConllFormatError(RasidError):
    """A line of a `token TAG` file that cannot be read."""

    def __init__(self, path: Path, line_no: int, line: str) -> None:
        super().__init__(f"{path}:{line_no}: expected 'token TAG', got {line[:60]!r}")


def map_tag(tag: str, keep_misc: bool = True) -> str:
    """`B-PERS` -> `B-PER`; AQMAR's `B-MIS2` -> `B-MISC`; unknown types -> `O`."""
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    kind = kind.upper()
    label = TYPE_MAP.get(kind) or ("MISC" if kind.startswith("MIS") else None)
    if label is None or (label == "MISC" and not keep_misc) or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def pick_tag(columns: Sequence[str], keep_misc: bool) -> str:
    """The outermost tag of a nested row whose type rasid knows (Wojood lists layers left to right)."""
    for column in columns:
        mapped = map_tag(column, keep_misc)
        if mapped != "O":
            return mapped
    return "O"


def repair_iob(tags: list[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an `I-X` not following `B-X`/`I-X` starts an entity."""
    fixed: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not fixed or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_conll(path: Path, keep_misc: bool = True) -> list[Sentence]:
    """Sentences of a `token TAG [TAG ...]` file; blank lines and `$#$` end a sentence."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts or parts[0] in SEPARATOR_TOKENS:
            if tokens:
                sentences.append((tokens, repair_iob(tags)))
            tokens, tags = [], []
            continue
        if len(parts) < 2:
            raise ConllFormatError(path, line_no, line)
        tokens.append(parts[0])
        tags.append(pick_tag(parts[1:], keep_misc))
    if tokens:
        sentences.append((tokens, repair_iob(tags)))
    return sentences


def read_conll_dir(path: Path, keep_misc: bool = True) -> list[Sentence]:
    """A file, or every `*.txt` file of a folder in name order."""
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return [s for f in files for s in read_conll(f, keep_misc)]


def spans_to_sentences(text: str, sentences: Sequence[tuple[int, int]], tokens: Sequence[tuple[int, int]],
                       names: Iterable[tuple[int, int, str]]) -> list[Sentence]:
    """Character spans of names over a text made into tagged sentences of its tokens, as the tagger sees them.

    A token that overlaps a name takes its tag (`والعراق` is `B-LOC` when `العراق` is the name, as in ANERcorp's
    tokens); the first token of each name opens it. A name no token overlaps is lost; tokens are sorted by start.
    """
    tag_at: dict[int, str] = {}
    token_starts = [start for start, _ in tokens]
    for start, end, label in sorted(names):
        first = bisect_right(token_starts, start) - 1
        if first < 0 or tokens[first][1] <= start:
            first += 1
        index = first
        while index < len(tokens) and tokens[index][0] < end:
            tag_at.setdefault(index, ("B-" if index == first else "I-") + label)
            index += 1
    tagged: list[Sentence] = []
    for sentence_start, sentence_end in sentences:
        first = bisect_left(token_starts, sentence_start)
        last = bisect_left(token_starts, sentence_end)
        if first < last:
            words = [text[s:e] for s, e in tokens[first:last]]
            tagged.append((words, repair_iob([tag_at.get(i, "O") for i in range(first, last)])))
    return tagged


def write_conll(sentences: Iterable[Sentence], path: Path) -> int:
    """Sentences as a `token TAG` file (a blank line after each); the count written."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for words, tags in sentences:
            out.writelines(f"{word} {tag}\n" for word, tag in zip(words, tags, strict=True) if word.strip())
            out.write("\n")
            count += 1
    return count


def entity_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """`(first, last + 1, label)` token ranges of the entities in an IOB2 sequence (invalid `I-` opens one)."""
    return set(tag_ranges(tags))


@dataclass(slots=True)
class EntityScores:
    """True positives, gold and predicted entity counts per label."""

    correct: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)

    def add(self, gold_tags: Sequence[str], predicted_tags: Sequence[str]) -> None:
        gold, predicted = entity_spans(gold_tags), entity_spans(predicted_tags)
        self.gold.update(s[2] for s in gold)
        self.predicted.update(s[2] for s in predicted)
        self.correct.update(s[2] for s in gold & predicted)

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for one label, or micro-averaged over all when `label` is None."""
        pick = (lambda c: c[label]) if label else (lambda c: sum(c.values()))
        correct, gold, predicted = pick(self.correct), pick(self.gold), pick(self.predicted)
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> dict[str, dict[str, float]]:
        """`{label: {precision, recall, f1, support}}` for each gold or predicted label, plus `overall`."""
        rows = {}
        for label in sorted(set(self.gold) | set(self.predicted)) + [None]:
            p, r, f = self.prf(label)
            support = self.gold[label] if label else sum(self.gold.values())
            rows[label or "overall"] = {"precision": p, "recall": r, "f1": f, "support": support}
        return rows


def score_sentences(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> EntityScores:
    """Entity-level scores over `(gold_tags, predicted_tags)` pairs."""
    scores = EntityScores()
    for gold, predicted in pairs:
        scores.add(gold, predicted)
    return scores


def split_dev(sentences: list[Sentence], dev_share: float = 0.1, from_start: bool = False,
              ) -> tuple[list[Sentence], list[Sentence]]:
    """Train and dev parts: the LAST `dev_share` of the sentences is dev, or the first with `from_start`
    (no shuffling: every run measures the same sentences)."""
    size = round(len(sentences) * dev_share)
    if from_start:
        return sentences[size:], sentences[:size]
    return sentences[:len(sentences) - size], sentences[len(sentences) - size:]


def iter_tokens(sentences: Iterable[Sentence]) -> Iterator[str]:
    for tokens, _ in sentences:
        yield from tokens
