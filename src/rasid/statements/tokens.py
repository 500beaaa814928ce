"""The folded word stream the statement rules read: the document's tokens with a matching key each.

A `Word` keeps the token's offsets in the document and its `match_key`; `Words` adds where each sentence
and paragraph ends, so a rule can ask whether two words share a sentence. Proclitics (و, ف, ل, ب) are not
split by the tokenizer, so `strip_prefix` tells how many characters of the original word a prefix took.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Span
from ..ner.rules import is_nisba
from ..text.normalize import match_key
from ..text.segment import letter_dot

OPENING_MARKS = frozenset('"“«„”(')
COMMA_KEYS = frozenset({",", "،"})
SENTENCE_ENDS = frozenset({".", "!", "?", "؟", ";", "؛"})
SOURCE_TYPES = frozenset({"PER", "ORG"})  # the entity types that say things (a place does not: `أكدت الرياض` is rare)
TIME_POINTS = frozenset({"DATE", "TIME"})  # the time expressions that end a speaker's phrase: when, not for how long


class Word(NamedTuple):
    """One token: offsets in the document, its matching key, and whether it is a word.

    A named tuple rather than a frozen dataclass: an article has thousands and they are built per document.
    """

    start: int
    end: int
    key: str
    is_word: bool


#: folded endings of a nisba adjective's plural and dual (`الفلسطينيين`, `الأوروبيون`); the singular is `is_nisba`
NISBA_PLURAL_ENDINGS = ("يين", "يون", "يان")
#: words that determine the noun after them: a noun before them heads a construct (`توجيه تلك التهديدات`)
DETERMINERS = frozenset(match_key(word) for word in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء", "أي", "كل",
                                                       "جميع", "كافة", "بعض", "أية"))
#: adjectives of another form that follow a definite speaker (`الأمين العام`, `الجيش الحر`, `اللجنة الدائمة`)
COMMON_ADJECTIVES = frozenset(match_key(word) for word in (
    "العام", "العامة", "الخاص", "الخاصة", "الأول", "الأولى", "الثاني", "الثالث", "الرابع", "الخامس", "الحر", "الحرة",
    "الكبير", "الكبيرة", "الصغير", "الجديد", "الجديدة", "القديم", "السابق", "السابقة", "الأسبق", "العليا", "الكبرى",
    "العظمى", "الأخير", "الأخيرة", "الحاكم", "الدائم", "الدائمة", "الشقيق", "الشقيقة", "الصديق", "الصديقة", "الكامل",
    "الوحيد", "الشريف", "الشريفة", "الشريفين", "الحرام"))


class Words:
    """The tokens of one document with their sentence and paragraph bounds."""

    def __init__(self, text: str, tokens: tuple[Span, ...], sentences: tuple[Span, ...],
                 names: tuple[Span, ...] | None = None, times: tuple[Span, ...] = ()) -> None:
        self.text = text
        keys: dict[str, str] = {}  # a news text repeats its words: fold each distinct one once
        self.items: list[Word] = []
        for token in tokens:
            raw = text[token.start:token.end]
            key = keys.get(raw)
            if key is None:
                key = keys[raw] = match_key(raw)
            self.items.append(Word(token.start, token.end, key, token.label in ("word", "num")))
        self._mark_spelt_letters()
        self.keys_present = frozenset(keys.values())
        self._ends: list[int] | None = None
        self._sentence_starts = [s.start for s in sentences]
        self._sentences = sentences
        #: indices of the words inside a named entity, when the document's entities are known (else None)
        self.in_name: frozenset[int] | None = None if names is None else self._inside(names)
        #: indices of the words inside the name of a person or an organisation: a source that can speak
        self.in_source_name: frozenset[int] = frozenset() if names is None else self._inside(
            tuple(n for n in names if n.label in SOURCE_TYPES))
        #: indices of the words a name of a person or an organisation starts on (`جون كيري الكونغرس`: two names),
        #: the word that holds the name's first letter (`وبولارد`, whose name leaves the clitic out)
        self.source_name_offsets: dict[int, int] = {}  # such a word -> where its name starts (after a clitic)
        for name in sorted(names or (), key=lambda n: -n.start):
            if name.label in SOURCE_TYPES:
                self.source_name_offsets[self.word_holding(name.start)] = name.start
        self.source_name_starts: frozenset[int] = frozenset(self.source_name_offsets)
        #: indices of the words inside a date or a time of day (`الأسبوع الماضي`, `يوم الاثنين`), when known
        self.in_time: frozenset[int] = self._inside(tuple(t for t in times if t.label in TIME_POINTS))

    def _mark_spelt_letters(self) -> None:
        """A spelt letter on either side of an acronym's dot keys as itself and a dot (`إن.بي.سي`, `سي.إن.إن`: `إن`
        is the letter N, not the complementizer `إن`), so no rule reads it as a word of its lexicons."""
        items = self.items
        for index in range(1, len(items) - 1):  # a dot token first: the spans are compared only around one
            if items[index].key == "." and letter_dot(self.text, items[index - 1], items[index], items[index + 1]):
                for letter in (index - 1, index + 1):
                    if not items[letter].key.endswith("."):
                        items[letter] = items[letter]._replace(key=items[letter].key + ".")

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Word:
        return self.items[index]

    def __iter__(self) -> Iterator[Word]:
        return iter(self.items)

    def _inside(self, names: tuple[Span, ...]) -> frozenset[int]:
        """Indices of the words overlapping a name: for each name, a binary search for its first word (a document
        has hundreds of words and a few dozen names)."""
        if not names:
            return frozenset()
        inside: set[int] = set()
        items = self.items
        for name in names:
            at = self.word_holding(name.start)
            while at < len(items) and items[at].start < name.end:
                inside.add(at)
                at += 1
        return frozenset(inside)

    def opens_object(self, index: int) -> bool:
        """Word `index` starts a noun phrase after a definite one, not an adjective or name of it: an indefinite
        common noun heading a construct (`أدانت الحكومة تقارير المنظمة`, `أعلن النادي ضم المهاجم`). Decided only
        when the document's names are known, so a name after a title (`المدرب سامي الجابر`) is never cut."""
        if self.in_name is None or index in self.in_name or not 0 < index < len(self.items) - 1:
            return False
        before, key, after = self.key(index - 1), self.key(index), self.key(index + 1)
        definite = before.startswith(("ال", "وال"))
        governs = (after.startswith("ال") or index + 1 in self.in_name  # `تقارير المنظمة`, `سياسات إيران`
                   or after in DETERMINERS)  # `توجيه تلك التهديدات`, `فرض أي قيود`
        return definite and self.items[index].is_word and not key.startswith("ال") and governs and (
            self.items[index - 1].is_word and self.items[index + 1].is_word)

    def opens_definite_object(self, index: int) -> bool:
        """Word `index` starts a second definite noun after a definite one that is no adjective of it (`أعلنت
        اللجنة النتائج`, `نفى الجيش الأنباء`). An adjective is told by its form (a nisba `السوري`, a participle
        `المستقلة`, an elative or colour `الأعلى`, `الأحمر`) or by `COMMON_ADJECTIVES`; a word inside a tagged
        name is never cut. Decided only when the document's names are known."""
        if self.in_name is None or index in self.in_name or not 0 < index < len(self.items):
            return False
        before, key = self.key(index - 1), self.key(index)
        if not (before.startswith(("ال", "وال")) and key.startswith("ال") and len(key) > 4
                and self.items[index].is_word and self.items[index - 1].is_word):
            return False
        bare = key[2:]
        adjective_form = (is_nisba(key) or key.endswith(NISBA_PLURAL_ENDINGS) or bare.startswith("م")
                          or (bare.startswith("ا") and len(bare) <= 4))
        return not adjective_form and key not in COMMON_ADJECTIVES

    def key(self, index: int) -> str:
        """The key of word `index`, or '' outside the document."""
        return self.items[index].key if 0 <= index < len(self.items) else ""

    def sentence_of(self, offset: int) -> Span:
        """The sentence holding character `offset` (the last one before it when it lies between)."""
        index = max(0, bisect_right(self._sentence_starts, offset) - 1)
        return self._sentences[index] if self._sentences else Span(0, len(self.text))

    def sentence_openers(self) -> frozenset[int]:
        """The index of the first token of each sentence."""
        return frozenset(self.index_at(start) for start in self._sentence_starts)

    def paragraph_end(self, offset: int) -> int:
        end = self.text.find("\n", offset)
        return len(self.text) if end < 0 else end

    def word_holding(self, offset: int) -> int:
        """The first token ending after `offset`: the one that holds it, or the next one when it falls between."""
        if self._ends is None:
            self._ends = [word.end for word in self.items]
        return bisect_right(self._ends, offset)

    def index_at(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        low, high = 0, len(self.items)
        while low < high:
            mid = (low + high) // 2
            if self.items[mid].start < offset:
                low = mid + 1
            else:
                high = mid
        return low

    def is_comma(self, index: int) -> bool:
        return self.key(index) in COMMA_KEYS

    def is_opening_mark(self, index: int) -> bool:
        return 0 <= index < len(self.items) and self.text[self.items[index].start] in OPENING_MARKS

    def is_sentence_end(self, index: int) -> bool:
        """A full stop, question or exclamation mark; not the dot inside a spelt acronym (`إيه.بي.سي`)."""
        return self.key(index) in SENTENCE_ENDS and not self.acronym_dot(index)

    def acronym_dot(self, index: int) -> bool:
        """Token `index` is the dot between two spelt letters of an acronym."""
        if self.key(index) != "." or not 0 < index < len(self.items) - 1:
            return False
        return letter_dot(self.text, self.items[index - 1], self.items[index], self.items[index + 1])


def strip_prefix(key: str, prefixes: tuple[str, ...], lookup: frozenset[str] | dict) -> str | None:
    """The prefix (possibly '') whose removal turns `key` into a word of `lookup`, or None."""
    for prefix in ("",) + prefixes:
        if key.startswith(prefix) and key[len(prefix):] in lookup:
            return prefix
    return None


def raw_prefix_length(raw: str, prefix: str) -> int:
    """How many characters of `raw` spell the folded `prefix` (diacritics and tatweel count with it)."""
    taken = consumed = 0
    while consumed < len(prefix) and taken < len(raw):
        if match_key(raw[taken]):
            consumed += 1
        taken += 1
    while taken < len(raw) and not match_key(raw[taken]):
        taken += 1
    return taken
