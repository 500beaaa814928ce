"""What a number counts: currencies, measures, percent, countable nouns and their duals, from
`data/quantity_units.json`, and the unit as it is reported (the word as written, without its case ending)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..text.normalize import match_key
from .words import alternation

DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
ACCUSATIVE_ALEF = re.compile(r"(?<=[^\W\d_])[\u064b]?ا[\u064b]?$")  # جنديًا -> جندي, عنصراً -> عنصر


@dataclass(frozen=True, slots=True)
class UnitLexicon:
    currencies: dict[str, str]  # key -> ISO code ("" when the name alone does not say which)
    measures: frozenset[str]
    percent: frozenset[str]
    duals: dict[str, str]  # dual key -> singular as listed
    not_units: frozenset[str]
    designators: frozenset[str]
    countable: frozenset[str]
    not_feminine_duals: frozenset[str]


@cache
def unit_lexicon() -> UnitLexicon:
    raw = json.loads(resources.files("rasid.data").joinpath("quantity_units.json").read_text(encoding="utf-8"))
    currencies = {match_key(name).lower(): ("" if code.startswith("XX") else code)
                  for code, names in raw["currencies"].items() for name in names}
    keys = {name: frozenset(map(match_key, raw[name])) for name in ("measures", "percent", "not_units", "designators")}
    return UnitLexicon(currencies, keys["measures"], keys["percent"], _duals(raw["dual_countable"]), keys["not_units"],
                       keys["designators"], frozenset(map(match_key, raw["countable"])),
                       frozenset(map(match_key, raw["not_feminine_duals"])))


def _duals(singulars: list[str]) -> dict[str, str]:
    """`جندي` -> `جنديين`, `جنديان`; `دولة` -> `دولتين`, `دولتان`; not a form that is also a plural
    (`بلدان`, countries)."""
    duals: dict[str, str] = {}
    for word in singulars:
        key = match_key(word)
        stem = key[:-1] + "ت" if key.endswith("ه") else key
        duals.update({form: word for form in (stem + "ين", stem + "ان") if form not in PLURALS_LIKE_DUALS})
    return duals


PLURALS_LIKE_DUALS = frozenset({"بلدان"})  # as match keys: a listed noun's plural spelled as its dual


@cache
def currency_pattern() -> str:
    return alternation(unit_lexicon().currencies)


@cache
def percent_pattern() -> str:
    return alternation(unit_lexicon().percent)


def unit_as_written(word: str) -> str:
    """The counted word without diacritics or its accusative alef (`جنديًا` -> `جندي`), as the text spells it."""
    if "\u064b" in word:
        word = ACCUSATIVE_ALEF.sub("", word)
    return DIACRITICS.sub("", word)


def counts_something(word: str) -> bool:
    """Whether `word` (a match key) names what a number counts: a listed countable noun (also in the accusative
    or with a proclitic), a measure, a currency or a percent word."""
    lex = unit_lexicon()
    forms = {word, word.removesuffix("ا"), word[1:], word.removeprefix("ال")}
    return any(f in lex.countable or f in lex.measures or f in lex.currencies or f in lex.percent for f in forms)


YEAR_WORDS = frozenset({"عام", "عاما", "اعوام", "سنه", "سنوات", "سنين", "عامين", "سنتين"})  # as match keys


@cache
def age_cues() -> frozenset[str]:
    """The words before an age (`البالغ من العمر`), as match keys; `data/time_words.json` lists them for the time
    stage too, which reads them through `follows_age_cue`."""
    raw = json.loads(resources.files("rasid.data").joinpath("time_words.json").read_text(encoding="utf-8"))
    return frozenset(match_key(cue) for cue in raw["age_cues"])


MAX_CUE_WORDS = 4  # `البالغة من العمر` and the like


def follows_age_cue(before: str) -> bool:
    """Whether the key text `before` (ending where a count of years starts) ends with an age cue, punctuation
    between them ignored (`عمره: 40`)."""
    words = re.sub(r"[^\w\s]", " ", before).split()
    cues = age_cues()
    return any(" ".join(words[-n:]) in cues for n in range(1, MAX_CUE_WORDS + 1) if len(words) >= n)


def is_age(before: str, unit: str) -> bool:
    """Whether a count of years (`unit`, a match key) is an age: after an age cue, or in brackets after a name
    (`before` is the key text before the number, ending at it)."""
    return unit in YEAR_WORDS and (before.rstrip().endswith("(") or follows_age_cue(before))
