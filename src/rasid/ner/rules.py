"""Rules around the tagger: the title before a person, and outlets named in quotes or after a medium word.

A title is the role phrase that ends right before a person's name (`رئيس الوزراء العراقي محمد ...`,
`المحلل السياسي ...`): it starts at a word that opens a phrase of `ner_titles.txt` and may continue with
words of those phrases, organisation head words, nisba adjectives (`العراقي`, `الأميركية`) and `باسم`. An outlet is a quoted phrase
of one to four words after a medium word (`وكالة "بلومبيرغ"`, `لـ"إرم نيوز"` after `لـ` when the phrase is a
listed outlet), or a listed outlet name right after a medium word.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..ingest.metadata import is_known_outlet
from ..text.normalize import match_key, strip_proclitics, word_match_key
from .boundaries import QUOTES
from .lexicon import read_lexicon, single_words

MAX_TITLE_WORDS = 6  # رئيس مجلس الوزراء العراقي الأسبق: longer runs are sentences, not titles
MAX_OUTLET_WORDS = 4
SINGLE_CLITICS = ("و", "ف", "ب", "ل", "ك")
TITLE_LINKS = frozenset({"باسم", "في", "العام", "الاعلي"})


def key_variants(key: str) -> tuple[str, ...]:
    """A folded word as itself, without one clitic letter, and without all proclitics and the article."""
    shorter = key[1:] if key[:1] in SINGLE_CLITICS and len(key) > 3 else key
    return key, shorter, strip_proclitics(key)


def is_nisba(key: str) -> bool:
    """`العراقي`, `الأميركية`: an adjective of origin, which may follow a title."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه"))


@dataclass(frozen=True, slots=True)
class TitleFinder:
    heads: frozenset[str]
    words: frozenset[str]

    @classmethod
    def load(cls) -> TitleFinder:
        phrases = read_lexicon("titles")
        words = {w for p in phrases for w in p} | single_words("org_heads")  # عضو الحزب الديمقراطي ...
        return cls(frozenset(p[0] for p in phrases), frozenset(words))

    def title_start(self, words: Sequence[str], first: int) -> tuple[int, int] | None:
        """`(token index, clitic characters to skip)` where the title before token `first` starts."""
        best = None
        for j in range(first - 1, max(-1, first - 1 - MAX_TITLE_WORDS), -1):
            key = match_key(words[j])
            if not key.isalpha():
                break
            variants = key_variants(key)
            if variants[0] in self.heads or variants[1] in self.heads:
                cut = 0 if variants[0] in self.heads or len(key) != len(words[j]) else 1
                best = (j, cut)
            elif not (any(v in self.words for v in variants) or is_nisba(key) or key in TITLE_LINKS):
                break
        return best


@cache
def title_finder() -> TitleFinder:
    return TitleFinder.load()


@cache
def media_words() -> frozenset[str]:
    return single_words("media_words")


def after_medium(words: Sequence[str], index: int) -> bool:
    """Whether the word before `index` (skipping a quote and a bare `لـ`) is a medium word or `لـ`."""
    j = index - 1
    while j >= 0 and words[j] in QUOTES:
        j -= 1
    if j < 0:
        return False
    return is_medium(words[j])


#: adjectives that end a channel's or a paper's own name after a medium word (`قناة القاهرة الإخبارية`)
OUTLET_ADJECTIVES = frozenset(word_match_key(w) for w in ("الإخبارية", "الإخباري", "الفضائية"))


@lru_cache(maxsize=100_000)
def is_medium(word: str) -> bool:
    return any(v in media_words() for v in key_variants(word_match_key(word)))


def outlet_ranges(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of outlets: quoted phrases after a medium word, quoted listed outlets (`مصادر «عكاظ»`), and
    listed outlets after a medium word."""
    found: list[tuple[int, int]] = []
    if not any(w in QUOTES or is_medium(w) for w in words):
        return found
    for i, word in enumerate(words):
        if word not in QUOTES:
            continue
        close = next((k for k in range(i + 1, min(len(words), i + 2 + MAX_OUTLET_WORDS)) if words[k] in QUOTES), None)
        if close is None or close == i + 1:
            continue
        phrase = " ".join(words[i + 1:close])
        if after_medium(words, i + 1) or is_known_outlet(phrase):  # «عكاظ», "الرياض": quotes make it the outlet
            found.append((i + 1, close))
    for i in range(1, len(words)):
        if is_medium(words[i - 1]):
            for end in range(min(len(words), i + 3), i, -1):
                if is_known_outlet(" ".join(words[i:end])) or (
                        end == i + 2 and words[i].isalpha() and word_match_key(words[i + 1]) in OUTLET_ADJECTIVES):
                    found.append((i, end))  # `قناة القاهرة الإخبارية`: a channel, not the city
                    break
    return found
