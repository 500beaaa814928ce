"""Content words and sentence helpers shared by the story-level corpus steps.

The story steps (grouping, timeline, disagreements, stances, summary) compare sentences and articles by
their content words: match keys (`rasid.text.normalize.search_key`) of the Arabic words of a text, without
the function words listed in `data/stopwords.txt` and without very short words. These keys are for
matching only; every exported span is still cut from the document's own text.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from ..model import Document, Span
from ..text.normalize import match_key, strip_proclitics
from ..text.stopwords import stopword_keys

_KEY_WORD = re.compile(r"[^\W\d_]+")
MIN_KEY_LENGTH = 3  # two-letter keys are mostly clitic remnants (لـ, بـ) or function words
STEM_CACHE_SIZE = 200_000  # distinct words whose stripped key is kept (news vocabulary repeats heavily)
KEY_CACHE_SIZE = 65536  # sentences and articles whose keys are kept: several steps read the same ones


def content_keys(text: str) -> list[str]:
    """The content-word keys of `text`, in order, repeats kept."""
    return list(_content_keys(text))


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _content_keys(text: str) -> tuple[str, ...]:
    # folding the whole text once is much cheaper than folding word by word
    stop = stopword_keys()
    keys = map(_stem, _KEY_WORD.findall(match_key(text)))
    return tuple(k for k in keys if len(k) >= MIN_KEY_LENGTH and k not in stop)


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem(word: str) -> str:
    return strip_proclitics(word)


def clear_key_cache() -> None:
    """Forget cached keys (benchmarks time a step from cold)."""
    _content_keys.cache_clear()
    _stem.cache_clear()


def sentence_spans(doc: Document) -> tuple[Span, ...]:
    """The document's sentences, or the whole text as one sentence when it was not segmented."""
    if doc.has_layer("sentences") and doc.layer("sentences"):
        return doc.layer("sentences")
    return (Span(0, len(doc.text), "sentence"),)


def spans_within(doc: Document, layer: str, start: int, end: int) -> list[Span]:
    """The spans of `layer` that lie inside `[start, end)` (none when the layer is absent)."""
    if not doc.has_layer(layer):
        return []
    return [s for s in doc.layer(layer) if s.start >= start and s.end <= end]


def enclosing_sentence(doc: Document, start: int, end: int) -> Span:
    """The sentence holding `[start, end)`; the whole text when none does."""
    for sentence in sentence_spans(doc):
        if sentence.start <= start and end <= sentence.end:
            return sentence
    return Span(0, len(doc.text), "sentence")


def by_story(documents: Iterable[Document]) -> dict[str | None, list[Document]]:
    """Documents grouped by `meta.story`, in input order (one group `None` before grouping ran)."""
    groups: dict[str | None, list[Document]] = defaultdict(list)
    for doc in documents:
        groups[doc.meta.story].append(doc)
    return dict(groups)


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b|, 0 for two empty sets."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def iter_sentence_texts(doc: Document) -> Iterator[tuple[Span, str]]:
    for sentence in sentence_spans(doc):
        yield sentence, doc.text[sentence.start:sentence.end]


def rare_key_postings(key_sets: Sequence[Iterable[str]], max_df: int) -> tuple[Counter[str], dict[str, list[int]]]:
    """How many items hold each key, and for the keys held by at most `max_df` items, which items (by index).

    A blocking index: the story steps compare only items that share a rare key, so their work grows with
    the story, not with the square of it.
    """
    df = Counter(k for keys in key_sets for k in keys)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(key_sets):
        for key in keys:
            if df[key] <= max_df:
                postings[key].append(i)
    return df, postings
