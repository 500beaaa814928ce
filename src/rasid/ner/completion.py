"""Completing the tagger's ranges where Arabic news writes names in a fixed pattern.

A tagger trained on sentences one at a time cuts some names short or tags a common noun alone; these
patterns of news writing let rasid repair that on a sentence's token ranges before they become mentions:

- an apposed name between commas after a role (`المحلل السياسي، جمعة الدليمي، إن ...`): when the tagger
  tags part of the apposition as a person (or MISC), the whole apposition is the person;
- a family name in the nisba form (`السوداني`, `الدليمي`) right after a person's name of two words or more
  joins that name (`محمد شياع` + `السوداني`);
- a ministry or an embassy named by its head word and the definite words after it (`وزارة الخارجية العراقية`,
  `السفارة الأميركية`) is an organisation where the tagger left it untagged;
- a lone organisation head word (`منظمة`, `ميليشيات`), a lone word with tanween (`صدامًا`) and a lone nisba
  tagged as a place (`السوري`) are common words, not names, and are dropped.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..text.normalize import word_match_key
from .lexicon import single_words
from .rules import is_nisba, key_variants, title_finder

TokenRange = tuple[int, int, str]  # first token, end token, label

COMMAS = frozenset({"،", ","})
MAX_APPOSED_WORDS = 4  # first name, father's name, grandfather's, family: longer runs between commas are clauses
MIN_APPOSED_WORDS = 2  # a single word between commas is too often an adverb or a place
ROLE_REACH = 6  # the role's head word lies at most this many words before the comma (السفيرة الأميركية لدى العراق)
PERSON_LIKE = ("PER", "MISC")
GOVERNMENT_HEADS = frozenset({"وزاره", "سفاره"})  # folded; matched with a clitic or the article dropped
MAX_BODY_WORDS = 3  # وزارة الشؤون الخارجية العراقية: the head and at most three definite words
TANWEEN = ("\u064b", "\u064c", "\u064d")  # fathatan, dammatan, kasratan


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word sets the completion rules test folded words against."""

    role_heads: frozenset[str]
    function_words: frozenset[str]
    stop_names: frozenset[str]
    org_heads: frozenset[str]

    def is_role_head(self, key: str) -> bool:
        return any(v in self.role_heads for v in key_variants(key))

    def may_be_in_name(self, key: str) -> bool:
        return (key.isalpha() and key not in self.function_words and key not in self.stop_names
                and not self.is_role_head(key))

    def may_be_apposed(self, key: str) -> bool:
        """Inside an apposition a first name may also be a common word (`جمعة`, `علي` read as `على`)."""
        return key.isalpha() and not self.is_role_head(key)

    def is_org_head(self, key: str) -> bool:
        return any(v in self.org_heads for v in key_variants(key))


@cache
def name_words() -> NameWords:
    return NameWords(title_finder().heads, single_words("function_words"), single_words("stop_names"),
                     single_words("org_heads"))


def complete_ranges(words: Sequence[str], ranges: list[TokenRange], keys: Sequence[str] | None = None,
                    lexicon: NameWords | None = None) -> list[TokenRange]:
    """The ranges with apposed names completed, nisba family names joined and lone common nouns dropped
    (`keys`: the words' `match_key`s, when the caller has them already)."""
    lexicon = lexicon or name_words()
    keys = keys if keys is not None else [word_match_key(w) for w in words]
    ranges = [r for r in ranges if not (r[1] - r[0] == 1 and is_common_word(words[r[0]], keys[r[0]], r[2], lexicon))]
    ranges = complete_apposed_names(words, keys, ranges, lexicon)
    ranges = add_government_bodies(keys, ranges)
    return join_nisba_surnames(keys, ranges, lexicon)


def add_government_bodies(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """Untagged `وزارة`/`السفارة` followed by a definite word and nisba adjectives (`العراقية`): the ministry
    or embassy they name, as ORG (`وزارة المياه السابق` stops before the adjective of another noun)."""
    taken = {i for first, end, _ in ranges for i in range(first, end)}
    added = []
    for i, key in enumerate(keys):
        if i in taken or not any(v in GOVERNMENT_HEADS for v in key_variants(key)):
            continue
        end = i + 1
        while (end < len(keys) and end not in taken and end - i <= MAX_BODY_WORDS and keys[end].isalpha()
               and (is_nisba(keys[end]) if end > i + 1 else keys[end].startswith("ال"))):
            end += 1
        if end > i + 1:
            added.append((i, end, "ORG"))
            taken.update(range(i, end))
    return sorted(ranges + added) if added else ranges


def is_common_word(word: str, key: str, label: str, lexicon: NameWords) -> bool:
    """A one-word mention that is no name: a word with tanween, an organisation head word, a nisba place
    (`السوري` is the adjective, `سوريا` the place)."""
    if is_indefinite(word):
        return True
    if label == "PER":
        return False
    return lexicon.is_org_head(key) or (label == "LOC" and is_nisba(key))


def is_indefinite(word: str) -> bool:
    """`صدامًا`, `قرارٌ`: a word written with tanween is a common noun, not a name."""
    return any(mark in word for mark in TANWEEN)


def apposition_around(words: Sequence[str], keys: Sequence[str], first: int, end: int,
                      lexicon: NameWords) -> tuple[int, int] | None:
    """`(start, stop)` of the name words between the commas around tokens `[first, end)`, if a role precedes."""
    start = first
    while start > 0 and words[start - 1] not in COMMAS and lexicon.may_be_apposed(keys[start - 1]):
        start -= 1
    stop = end
    while stop < len(words) and words[stop] not in COMMAS and lexicon.may_be_apposed(keys[stop]):
        stop += 1
    if start == 0 or words[start - 1] not in COMMAS or stop >= len(words) or words[stop] not in COMMAS:
        return None
    if not MIN_APPOSED_WORDS <= stop - start <= MAX_APPOSED_WORDS:
        return None
    if not all(lexicon.may_be_in_name(k) for k in keys[first:end]):
        return None
    return (start, stop) if role_before(keys, start - 1, lexicon) else None


def role_before(keys: Sequence[str], comma: int, lexicon: NameWords) -> bool:
    """Whether a role head word (`المحلل`, `السفيرة`) opens the words right before the comma at `comma`."""
    for j in range(comma - 1, max(-1, comma - 1 - ROLE_REACH), -1):
        if not keys[j].isalpha():
            return False
        if lexicon.is_role_head(keys[j]):
            return True
    return False


def complete_apposed_names(words: Sequence[str], keys: Sequence[str], ranges: list[TokenRange],
                           lexicon: NameWords) -> list[TokenRange]:
    """A person (or MISC) range inside an apposed name after a role grows to the whole name, as a person."""
    if not any(w in COMMAS for w in words):
        return ranges
    completed: list[TokenRange] = []
    for first, end, label in ranges:
        whole = apposition_around(words, keys, first, end, lexicon) if label in PERSON_LIKE else None
        if whole is not None:
            completed = [r for r in completed if r[1] <= whole[0]]
            completed.append((whole[0], whole[1], "PER"))
        elif not completed or first >= completed[-1][1]:
            completed.append((first, end, label))
    return completed


def is_family_nisba(key: str, lexicon: NameWords) -> bool:
    """`السوداني`, `الدليمي`: the nisba form family names take (masculine; not a function word or a role)."""
    return is_nisba(key) and key.endswith("ي") and lexicon.may_be_in_name(key)


def join_nisba_surnames(keys: Sequence[str], ranges: list[TokenRange], lexicon: NameWords) -> list[TokenRange]:
    """A person's name of two words or more takes the untagged nisba word right after it."""
    starts = {r[0] for r in ranges}
    joined = []
    for first, end, label in ranges:
        if (label == "PER" and end - first >= 2 and end < len(keys) and end not in starts
                and is_family_nisba(keys[end], lexicon)):
            end += 1
        joined.append((first, end, label))
    return joined
