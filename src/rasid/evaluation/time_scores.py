"""Scoring rasid's time expressions and quantities on the cases of `rasid.evaluation.time_cases`.

A time case is right when the longest expression rasid finds has the expected TIMEX3 value (or, for a
negative case, when it finds none); a number case when the longest quantity has the expected value (and
currency, for money). On Wojood, spans are compared by overlap: recall of the gold DATE/TIME spans by any
time expression and of CARDINAL/MONEY spans by any quantity, and precision of rasid's spans against the
gold spans of the same family.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model import Span
from ..numbers.quantities import find_quantities
from ..timex.recognize import find_time_expressions
from ..timex.values import Reference
from .saudinewsnet import CorpusMissingError
from .time_cases import (
    GoldSentence,
    NumberCase,
    TimeCase,
    dateparser_time_cases,
    duckling_number_cases,
    duckling_time_cases,
    wojood_sentences,
)

TEMPORAL = ("DATE", "TIME")
NUMERIC = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
VALUE_TOLERANCE = 1e-3  # `ثلث` is 0.333


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, label: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(label)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def reference_of(moment: datetime) -> Reference:
    return Reference(moment.date(), (moment.hour, moment.minute))


def rasid_time_value(case: TimeCase) -> str | None:
    """The value of the longest time expression rasid finds in the case's text (None: none found)."""
    spans = find_time_expressions(case.text, reference_of(case.reference))
    return _longest(spans).attrs["value"] if spans else None


def score_time(cases: Iterable[TimeCase],
               value_of: Callable[[TimeCase], str | None] = rasid_time_value) -> dict[str, Tally]:
    """Accuracy by case kind and over all (`all`)."""
    tallies: dict[str, Tally] = {}
    for case in cases:
        found = value_of(case)
        ok = found is None if case.expected is None else found == case.expected
        label = f"{case.text} -> {found} (expected {case.expected})"
        for key in ("all", case.kind):
            tallies.setdefault(key, Tally()).add(ok, label)
    return tallies


def rasid_number(case: NumberCase) -> tuple[float, str | None] | None:
    """(value, currency code or None) of the longest quantity rasid finds in the text, or None."""
    spans = find_quantities(case.text)
    if not spans:
        return None
    span = _longest(spans)
    return float(span.attrs["value"]), span.attrs.get("currency", "-") if "currency" in span.attrs else None


def score_numbers(cases: Iterable[NumberCase]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case in cases:
        found = rasid_number(case)
        ok = found is None if case.value is None else _number_ok(case, found)
        kind = "money" if case.kind.startswith("money") else case.kind
        for key in ("all", kind):
            label = f"{case.text} -> {found} (expected {case.value} {case.currency or ''})"
            tallies.setdefault(key, Tally()).add(ok, label)
    return tallies


def _number_ok(case: NumberCase, found: tuple[float, str | None] | None) -> bool:
    if found is None or case.value is None or abs(found[0] - case.value) > VALUE_TOLERANCE * max(1.0, abs(case.value)):
        return False
    if case.currency is None:
        return found[1] is None
    return found[1] is not None and (not case.currency or found[1] in (case.currency, ""))


def _longest(spans: list[Span]) -> Span:
    return max(spans, key=lambda s: s.end - s.start)


@dataclass(slots=True)
class SpanScore:
    """Overlap recall per gold type and precision of the predicted spans."""

    found: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)
    predicted: int = 0
    predicted_right: int = 0

    def recall(self, kind: str) -> float:
        return self.found.get(kind, 0) / self.gold[kind] if self.gold.get(kind) else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0


def score_spans(sentences: Iterable[GoldSentence], predict: Callable[[str], list[tuple[int, int]]],
                family: tuple[str, ...], kinds: tuple[str, ...]) -> SpanScore:
    """Recall of gold spans of `kinds` by predicted spans; precision of predicted spans against `family`."""
    score = SpanScore()
    for sentence in sentences:
        predicted = predict(sentence.text)
        gold_family = [(s, e) for s, e, kind in sentence.spans if kind in family]
        for start, end, kind in sentence.spans:
            if kind in kinds:
                score.gold[kind] = score.gold.get(kind, 0) + 1
                score.found[kind] = score.found.get(kind, 0) + any(_overlap((start, end), p) for p in predicted)
        score.predicted += len(predicted)
        score.predicted_right += sum(any(_overlap(p, g) for g in gold_family) for p in predicted)
    return score


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def rasid_time_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in find_time_expressions(text)]


def rasid_quantity_spans(text: str) -> list[tuple[int, int]]:
    times = [(s.start, s.end) for s in find_time_expressions(text)]
    return [(s.start, s.end) for s in find_quantities(text, times)]


def evaluate(shared: Path) -> dict[str, Any]:
    """rasid's own figures on every time and number source of `../shared/data/` (the side-by-side with
    dateparser is `eval/eval_time.py`): value accuracy per case kind on Duckling's and dateparser's cases,
    numbers on Duckling's, and span recall and precision on the Wojood sample's validation split."""
    data = shared / "data"
    duckling = data / "time_duckling_ar" / "duckling_ar_examples.tsv"
    dateparser_cases = data / "time_dateparser_ar" / "dateparser_ar_cases.tsv"
    wojood = data / "ner_wojood_sample"
    for path in (duckling, dateparser_cases, wojood / "val.txt"):
        if not path.exists():
            raise CorpusMissingError(f"time cases not found at {path}")
    result: dict[str, Any] = {}
    errors: list[str] = []
    for name, cases in (("duckling_time", duckling_time_cases(duckling)),
                        ("dateparser_tests", dateparser_time_cases(dateparser_cases))):
        tallies = score_time(cases, rasid_time_value)
        result[name] = {kind: _tally(t) for kind, t in sorted(tallies.items())}
        errors += [f"{name}: {miss}" for miss in tallies["all"].misses]
    numbers = score_numbers(duckling_number_cases(duckling))
    result["duckling_numbers"] = {kind: _tally(t) for kind, t in sorted(numbers.items())}
    errors += [f"duckling_numbers: {miss}" for miss in numbers["all"].misses]
    sentences = wojood_sentences(wojood / "val.txt", wojood / "train.txt")
    times = score_spans(sentences, rasid_time_spans, TEMPORAL, TEMPORAL)
    amounts = score_spans(sentences, rasid_quantity_spans, NUMERIC, ("CARDINAL", "MONEY"))
    result["wojood_val"] = {"sentences": len(sentences), "date_recall": times.recall("DATE"),
                            "time_precision": times.precision, "cardinal_recall": amounts.recall("CARDINAL"),
                            "money_recall": amounts.recall("MONEY"), "quantity_precision": amounts.precision}
    result["errors"] = errors
    return result


def _tally(tally: Tally) -> dict[str, Any]:
    return {"right": tally.right, "total": tally.total, "accuracy": tally.accuracy}
