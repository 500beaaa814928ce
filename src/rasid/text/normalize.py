"""Matching keys for Arabic: small pure functions over the character map in `data/charmap.json`.

A key is for comparing and searching only; the text a user sees and every exported span keep their
original characters. `match_key` folds alef and hamza forms, alef maqsura, ta marbuta, diacritics,
tatweel, and Arabic-Indic and Persian digits; `digit_key` folds only the digits, for reading numbers.
"""
from __future__ import annotations

import json
import re
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
    """A folded form of `text` for matching, never shown to a user; `match_key(match_key(t)) == match_key(t)`.

    NFC runs again after folding: dropping a tatweel or a diacritic can bring a base letter and a
    combining mark together that NFC then composes (`e` + `ـ` + U+0301 -> `é`).
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).translate(_table(KEY_GROUPS)))


@cache
def _letter_table() -> dict[int, str]:
    """`match_key`'s one-for-one replacements only (nothing removed, nothing made longer)."""
    return {code: value for code, value in _table(KEY_GROUPS).items() if len(value) == 1}


def fold_in_place(text: str) -> str:
    """`text` with `match_key`'s letter folding but the same length, so offsets into it are offsets into
    `text`: diacritics and tatweel stay (a word carrying them does not equal its key), and no NFC."""
    return text.translate(_letter_table())


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


#: the letters `is_arabic_letter` accepts, as one character class (all of them are `str.isalpha`)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e\u066f\u0671-\u06d3\u06fa-\u06fc\u06ff]")


def arabic_ratio(text: str) -> float:
    """The share of letters in `text` that are Arabic (0 when it has no letter).

    Counted with C-level loops (`map(str.isalpha)`, a regex), as this runs on every article.
    """
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


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
