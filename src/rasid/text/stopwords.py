"""Arabic function words (`data/stopwords.txt`) as search keys: shared by ingestion and the corpus steps."""
from __future__ import annotations

from functools import cache
from importlib import resources

from .normalize import search_key


@cache
def stopword_keys() -> frozenset[str]:
    """The search keys of `data/stopwords.txt`."""
    raw = resources.files("rasid.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in raw.splitlines())
    return frozenset(search_key(w) for w in words if w and not w.startswith("#"))


def is_stopword(word: str) -> bool:
    return search_key(word) in stopword_keys()
