"""Where to look: the windows of a text around trigger words, so that many patterns need not scan all of it.

A recogniser with dozens of patterns (time expressions, quantities) pays for each pattern's scan of the
whole text, although what it looks for sits around a few words: digits, month names, number words. One
pass over the words finds those triggers, by class (month names, digits, units...); each pattern then
runs only inside the windows around the triggers of its classes (`LEFT` characters before, `RIGHT` after,
overlapping windows merged). A pattern's match must
lie inside one window, so the margins are wider than the longest prefix and suffix a rule has.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

WORD = re.compile(r"\w+")
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وبال")
LEFT = 40  # characters before a trigger: `ما لا يزيد على`, `الاربعاء الموافق` before a day
RIGHT = 60  # characters after it: `من سبتمبر/أيلول عام 2014`, `القليلة المقبلة`


DIGIT = "digit"  # the class of every word that starts with a digit, or with a proclitic letter and a digit (`و156`)
GLUED = "وفبلك"  # the one-letter proclitics a number may be written against (`و156`, `ب5`)


def with_clitics(classes: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """`{class: words}` -> `{word with or without a proclitic: its classes}` (`سبتمبر`, `وسبتمبر`, `العام`)."""
    table: dict[str, set[str]] = {}
    for name, words in classes.items():
        for word in words:
            for clitic in CLITICS:
                table.setdefault(clitic + word, set()).add(name)
    return {word: frozenset(names) for word, names in table.items()}


def trigger_windows(key: str, triggers: Mapping[str, frozenset[str]], left: int = LEFT, right: int = RIGHT,
                    ) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, the merged `[start, end)` windows around the words of that class (`with_clitics`
    builds `triggers`); words that start with a digit, or a proclitic letter and a digit, are of class `DIGIT`."""
    windows: dict[str, list[tuple[int, int]]] = {}
    digit = frozenset((DIGIT,))
    for match in WORD.finditer(key):
        word = match.group()
        names = digit if word[0].isdigit() or (word[0] in GLUED and word[1:2].isdigit()) else triggers.get(word)
        if not names:
            continue
        start, end = max(0, match.start() - left), min(len(key), match.end() + right)
        for name in names:
            spans = windows.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def windows_for(windows: Mapping[str, list[tuple[int, int]]], names: Iterable[str]) -> list[tuple[int, int]]:
    """The union of the windows of several classes, merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for name in names for span in windows.get(name, ())):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
