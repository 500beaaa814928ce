"""Arabic number words as values: the lexicon in `data/numbers.json` and the small grammar that adds them up.

Everything here works on match keys (`rasid.text.normalize.match_key`), so `ثلاثمائة` and `ثلاثمائه`
are the same word. Cardinals follow the Arabic order: units before tens and joined by و (`خمسة وعشرين`),
teens as unit + عشر (`سبعة عشر`), hundreds and scales multiplying what precedes them (`ثلاث مائة`,
`ثلاثة آلاف`). The patterns (`CARDINAL`, `ORDINAL`, ...) are regex sources to embed in recognisers.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..text.normalize import match_key

#: a conjunction, preposition or the article stuck to the first number word; not كـ, which makes `كميات` read as
#: `ك` + `مئات` (folded `ميات`), and not لـ before ست, which is `لست` ("I am not")
CLITIC = r"(?:[وفب]|ل(?!ست(?!\w))|ال)?"


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Match key -> value, by kind of number word."""

    units: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    fractions: dict[str, float]
    ordinals: dict[str, int]
    teen: frozenset[str]
    relation: dict[str, str]  # more / less / about


@cache
def lexicon() -> NumberLexicon:
    raw = json.loads(resources.files("rasid.data").joinpath("numbers.json").read_text(encoding="utf-8"))

    def table(name: str, cast: type = int) -> dict:
        return {match_key(word): cast(value) for value, words in raw[name].items() for word in words}

    return NumberLexicon(table("units"), table("hundreds"), table("scales"), table("vague"),
                         table("fractions", float), table("ordinals"), frozenset(map(match_key, raw["teen"])),
                         table("relation", str))


def alternation(words) -> str:
    """A regex alternation of words (match keys), longest first, inner spaces as `\\s+`."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@cache
def cardinal_pattern() -> str:
    """Regex source for a run of cardinal number words: `ثلاثمائة وخمسين`, `خمسة عشر`, `ثلاثة آلاف`."""
    lex = lexicon()
    word = alternation([*lex.units, *lex.hundreds, *lex.scales])
    return rf"{CLITIC}{word}(?:\s+(?:و\s*)?{word})*(?!\w)"


@cache
def ordinal_pattern() -> str:
    """Regex source for an ordinal in words: `السابع عشر`, `الحادي والعشرين`, `الثالثة`."""
    lex = lexicon()
    unit = alternation(lex.ordinals)
    tens = alternation(w for w, v in lex.units.items() if v >= 20)
    teen = alternation(lex.teen)
    return rf"{unit}(?:\s+(?:{teen}|و\s*(?:ال)?{tens}))?(?!\w)|ال{tens}(?!\w)"


def _split_words(phrase: str) -> list[str]:
    """The number words of a phrase (a match key), multi-word entries kept whole, conjunctions dropped."""
    lex = lexicon()
    multi = sorted((w for table in (lex.units, lex.ordinals) for w in table if " " in w), key=len, reverse=True)
    text = re.sub(r"\s+", " ", phrase.strip())
    for entry in multi:
        text = text.replace(entry, entry.replace(" ", "_"))
    words = [w for w in re.split(r"\s+|(?<=\s)و", text) if w and w != "و"]
    return [w.replace("_", " ") for w in words]


def cardinal_value(phrase: str) -> int | None:
    """The value of a run of cardinal words (a match key), or None when a word is not a number word."""
    lex = lexicon()
    total = current = 0
    last_unit: int | None = None  # the units word just added, while a ten may still follow it
    for written in _split_words(phrase):
        known = _known(written, (lex.units, lex.hundreds, lex.scales))
        if known is None:
            return None
        word = known
        if word in lex.units:
            value = lex.units[word]
            if last_unit is not None and not (last_unit < 10 and value % 10 == 0 and 10 <= value <= 90):
                return None  # `ست وأربع مباريات`: two counts side by side, not one number
            current += value
            last_unit = value
        elif word in lex.hundreds:
            value = lex.hundreds[word]
            current = current * value if value == 100 and 1 <= current <= 9 else current + value
            last_unit = None
        else:
            total, current = _apply_scale(total, current, lex.scales[word])
            last_unit = None
    return total + current


def _apply_scale(total: int, current: int, scale: int) -> tuple[int, int]:
    """`ثلاثة آلاف`: the scale multiplies the count before it; a dual scale (`ألفين`) stands alone."""
    if str(scale).startswith("2"):
        return total + current + scale, 0
    return total + (current or 1) * scale, 0


def _known(word: str, tables) -> str | None:
    """`word`, or `word` without a leading clitic, when one of `tables` has it."""
    stripped = (word[len(c):] for c in ("وال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "ك") if word.startswith(c))
    for candidate in (word, *stripped):
        if any(candidate in table for table in tables):
            return candidate
    return None


def ordinal_value(phrase: str) -> int | None:
    """The value of an ordinal in words (a match key): `السابع عشر` -> 17, `الحادي والعشرين` -> 21."""
    lex = lexicon()
    words = _split_words(phrase)
    first = words[0] if words else ""
    if first in lex.ordinals:
        value = lex.ordinals[first]
    elif first.startswith("ال") and first[2:] in lex.units and lex.units[first[2:]] >= 20:
        return lex.units[first[2:]]
    else:
        return None
    for word in words[1:]:
        if word in lex.teen:
            value += 10
        elif _known(word, (lex.units,)):
            value += lex.units[_known(word, (lex.units,)) or ""]
    return value
