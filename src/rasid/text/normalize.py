"""Matching keys for Arabic: small pure functions over the character map in `data/charmap.json`.

A key is for comparing and searching only; the text a user sees and every exported span keep their
original characters. `match_key` folds alef and hamza forms, alef maqsura, ta marbuta, diacritics,
tatweel, and Arabic-Indic and Persian digits; `digit_key` folds only the digits, for reading numbers.
"""
from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources

#: groups of the char map folded by `match_key` (all of them)
KEY_GROUPS = ("alef", "alef_maqsura", "ta_marbuta", "hamza_carriers", "persian_letters", "diacritics",
              "tatweel", "digits_arabic_indic", "digits_persian", "punctuation")
#: proclitics a search key may drop: conjunctions, prepositions and the article, longest first
PROCLITICS = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
MIN_STEM = 2  # never strip a word below two letters: "ولد" must not become "د"


@cache
def _charmap() -> dict[str, dict[str, str]]:
    raw = resources.files("rasid.data").joinpath("charmap.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@cache
def _table(groups: tuple[str, ...]) -> dict[int, str]:
    table: dict[int, str] = {}
    for group in groups:
        table.update({ord(k): v for k, v in _charmap()[group].items()})
    return table


def match_key(text: str) -> str:
    """A folded form of `text` for matching: same length or shorter, never shown to a user."""
    return unicodedata.normalize("NFC", text).translate(_table(KEY_GROUPS))


def digit_key(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits (and the Arabic decimal mark) as ASCII."""
    return text.translate(_table(("digits_arabic_indic", "digits_persian"))).replace("٫", ".")


def strip_proclitics(word: str) -> str:
    """`word` (a match key) without a leading conjunction, preposition or article, where a stem remains."""
    for clitic in PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_STEM + 1:
            return word[len(clitic):]
    return word


def search_key(word: str) -> str:
    """The key of one word as search matches it: folded and without proclitics or the article."""
    return strip_proclitics(match_key(word))


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u066e" <= ch <= "\u06d3" or "\u06fa" <= ch <= "\u06ff"


def arabic_ratio(text: str) -> float:
    """The share of letters in `text` that are Arabic (0 when it has no letter)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if is_arabic_letter(ch)) / len(letters)


#: how many distinct words the cached keys remember (a news vocabulary fits; the oldest are evicted)
KEY_CACHE_WORDS = 200_000


@lru_cache(maxsize=KEY_CACHE_WORDS)
def word_match_key(word: str) -> str:
    """`match_key` of one word, cached: hot loops over tokens meet the same words again and again."""
    return match_key(word)


@lru_cache(maxsize=KEY_CACHE_WORDS)
def word_search_key(key: str) -> str:
    """`strip_proclitics` of one folded word, cached."""
    return strip_proclitics(key)
