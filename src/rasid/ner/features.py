"""Token features for the CRF tagger: clitic-aware affixes, shape, clusters, lexicons and context.

Arabic writes conjunctions, prepositions and the article onto the word (`وبالعراق`), so every word is
seen three ways: its folded key, its stem without proclitics, and the stem without the article. A word's
attributes come in parts (`PART_KINDS`), each formatted from one value of the word (key, stem, cluster
path, lexicon flags, affixes...), and the word's own attributes and those its neighbours see of it depend
on the word alone. `sentence_features`, what the CRF is trained on, formats them all and caches them a
word type; the tagger (`rasid.ner.tagger`) instead finds each part's value in the model and caches the
summed weights a word type, so a new word costs no string formatting. Only gazetteer phrases and
sentence edges are computed per occurrence.
"""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from ..text.normalize import word_match_key, word_search_key
from .clusters import load_clusters
from .contexts import load_contexts
from .lexicon import gazetteer, read_lexicon, single_words

CONTEXT_OFFSETS = (-2, -1, 1, 2)
MAX_CACHED_WORDS = 200_000  # word types kept; a long-running process clears the cache past this
ARTICLE = "ال"
OUTSIDE_PHRASES = "g="  # the gazetteer tag of a word in no gazetteer phrase
# A word's attributes come in parts, each formatted from one value of the word, in this order in every slot:
# folded key, stem, proclitics, cluster ids, lexicon flags, bias, bare stem, article, stem prefixes, key
# suffixes, shape, length, frequency, where the news writes it (`contexts`: after organisation heads, place
# triggers, titles). Its neighbours at -1/+1 see the NEAR kinds, those at -2/+2 the FAR ones.
PART_KINDS = ("w", "s", "pc", "c", "flags", "bias", "b", "al", "p2", "p3", "x1", "x2", "x3", "sh", "len", "fq", "x")
NEAR_KINDS = frozenset({"w", "s", "c", "flags", "x"})
FAR_KINDS = frozenset({"s", "c", "flags"})  # of the cluster ids, only c1 reaches this far
TEXT_KINDS = frozenset({"w", "s", "pc", "b", "p2", "p3", "x1", "x2", "x3", "sh", "fq"})  # one `kind=value` string
SLOT_OF_OFFSET = {str(offset): slot for slot, offset in enumerate(CONTEXT_OFFSETS, start=1)}


@dataclass(frozen=True, slots=True)
class WordLexicon:
    """Single-word lexicon sets the features test membership in (all folded keys)."""

    title_heads: frozenset[str]
    title_tails: frozenset[str]
    org_heads: frozenset[str]
    place_triggers: frozenset[str]
    stop_names: frozenset[str]

    @classmethod
    def load(cls) -> WordLexicon:
        titles = read_lexicon("titles")
        return cls(frozenset(t[0] for t in titles), frozenset(t[-1] for t in titles), single_words("org_heads"),
                   single_words("place_triggers"), single_words("stop_names") | single_words("function_words"))

    def named_sets(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each set with the flag a word in it gets (`th`, `tt`, `oh`, `pt`, `stop`), in attribute order."""
        return (("th", self.title_heads), ("tt", self.title_tails), ("oh", self.org_heads),
                ("pt", self.place_triggers), ("stop", self.stop_names))


def word_shape(word: str) -> str:
    if word.isdigit():
        return "num"
    if word.isascii() and word.isalpha():
        return "latin"
    if not any(ch.isalnum() for ch in word):
        return "punct"
    return "arabic" if word.isalpha() else "mixed"


def cluster_attributes(level: int, cluster_id: str) -> tuple[list[str], list[str], list[str]]:
    """One level of a word's cluster path: seen by the word and its neighbours at -1/+1; level 1 also at -2/+2."""
    own = [f"c{level}={cluster_id}"]
    return own, own, own if level == 1 else []


def cluster_path_attributes(cluster: tuple[str, ...] | None) -> tuple[list[str], list[str], list[str]]:
    """Own, near and far attributes of a whole cluster path, level by level (`c=none` for a word with none)."""
    if not cluster:
        return ["c=none"], ["c=none"], []
    own: list[str] = []
    near: list[str] = []
    far: list[str] = []
    for level, cluster_id in enumerate(cluster):
        for kept, attributes in zip((own, near, far), cluster_attributes(level, cluster_id)):
            kept += attributes
    return own, near, far


def part_attributes(kind: str, value: Hashable) -> tuple[list[str], list[str], list[str]]:
    """One part's attributes as the word itself sees them, as its neighbours at -1/+1 see them, and at -2/+2."""
    if kind == "c":
        return cluster_path_attributes(value)  # type: ignore[arg-type]
    if kind == "flags":
        return list(value), list(value), list(value)  # type: ignore[arg-type,call-overload]
    if kind == "x":
        return list(value), list(value), []  # type: ignore[call-overload]
    if kind == "bias":
        return ["bias"], [], []
    own = [f"{kind}={value}"]
    return own, own if kind in NEAR_KINDS else [], own if kind in FAR_KINDS else []


def slot_attributes(kind: str, value: Hashable) -> list[list[str]]:
    """One part's attribute strings in each slot: the word's own, then what it gives the words at -2..+2."""
    return spread_over_slots(*part_attributes(kind, value))


def spread_over_slots(own: list[str], near: list[str], far: list[str]) -> list[list[str]]:
    """Own, near and far attributes as the strings of each slot: own, then prefixed with -2, -1, +1, +2."""
    return [in_slot(own, near, far, slot) for slot in range(1 + len(CONTEXT_OFFSETS))]


def in_slot(own: list[str], near: list[str], far: list[str], slot: int) -> list[str]:
    """The strings of one slot: the word's own attributes (slot 0), or what a neighbour sees, prefixed."""
    if slot == 0:
        return own
    offset = CONTEXT_OFFSETS[slot - 1]
    return [f"{offset}:{a}" for a in (far if abs(offset) == 2 else near)]


def text_part_of(attribute: str) -> tuple[int, str, str] | None:
    """`(slot, kind, value)` of an attribute that a string-valued part gives (None for any other attribute).

    The inverse of `slot_attributes` for `TEXT_KINDS`: such a part formats `[offset:]kind=value` in the slots
    `seen_in_slot` allows, so parsing it back gives the same string (the model index parses ~90k at start-up)."""
    head, _, rest = attribute.partition(":")
    slot = SLOT_OF_OFFSET.get(head)
    if slot is None:
        slot, rest = 0, attribute
    kind, equals, value = rest.partition("=")
    if not equals or kind not in TEXT_KINDS or not seen_in_slot(kind, slot):
        return None
    return slot, kind, value


def seen_in_slot(kind: str, slot: int) -> bool:
    """Whether a string-valued part gives an attribute in this slot: always its own; a neighbour's only for the
    kinds it sees at that distance (what `part_attributes` formats, decided without formatting)."""
    if slot == 0:
        return True
    return kind in (FAR_KINDS if abs(CONTEXT_OFFSETS[slot - 1]) == 2 else NEAR_KINDS)


def frequency_bucket(rank: int | None) -> str:
    """Coarse log-scale frequency rank in the news: names cluster in the middle ranks."""
    if rank is None:
        return "oov"
    return str(min(rank.bit_length(), 17))


def phrase_tags(length: int, ranges: list[tuple[int, int, str]]) -> list[str]:
    """The gazetteer tag of each word of a sentence, given its phrases' `(first, end, label)`."""
    tags = [OUTSIDE_PHRASES] * length
    for first, end, label in ranges:
        tags[first:end] = [f"g={label}-B"] + [f"g={label}-I"] * (end - first - 1)
    return tags


def occurrence_attributes(tag: str, before: str | None, after: str | None) -> tuple[str, str, str]:
    """A word's gazetteer tag, and the tags of the words before and after it (None: the sentence's edge)."""
    return tag, "BOS" if before is None else f"-1:{before}", "EOS" if after is None else f"1:{after}"


class PhraseStarts(dict[str, bool]):
    """Whether a gazetteer phrase can begin with a word: worked out the first time a word type is asked."""

    def __missing__(self, word: str) -> bool:
        key, longest = word_match_key(word), gazetteer().longest
        flag = self[word] = key in longest or word_search_key(key) in longest
        return flag


@dataclass(slots=True)
class FeatureExtractor:
    """Turns a sentence of word strings into one list of feature strings a word."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=load_clusters)
    contexts: dict[str, tuple[str, ...]] = field(default_factory=load_contexts)
    lexicon: WordLexicon = field(default_factory=WordLexicon.load)
    _cache: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict)
    _ranks: dict[str, int] = field(default_factory=dict)
    _flags: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a lexicon word's flags, in order
    _starts: PhraseStarts = field(default_factory=PhraseStarts)

    def __post_init__(self) -> None:
        self._ranks = {word: rank for rank, word in enumerate(self.clusters)}
        for name, words in self.lexicon.named_sets():
            for word in words:
                self._flags[word] = (*self._flags.get(word, ()), name)

    def rank(self, key: str) -> int | None:
        """The frequency rank of a folded word in the news the clusters were learned from (None: unseen)."""
        return self._ranks.get(key)

    def word_keys(self, word: str) -> tuple[str, str, str]:
        """Folded key, stem without proclitics, and stem without the article."""
        key = word_match_key(word)
        stem = word_search_key(key)
        bare = stem[2:] if stem.startswith(ARTICLE) and len(stem) > 4 else stem
        return key, stem, bare

    def cluster_of(self, key: str, stem: str, bare: str) -> tuple[str, ...] | None:
        return self.clusters.get(key) or self.clusters.get(stem) or self.clusters.get(bare)

    def lexical_flags(self, key: str, stem: str) -> tuple[str, ...]:
        """The names of the lexicon sets that hold the key or the stem, in `WordLexicon.named_sets` order."""
        by_key, by_stem = self._flags.get(key, ()), self._flags.get(stem, ())
        if not by_stem or by_key == by_stem:
            return by_key
        if not by_key:
            return by_stem
        return tuple(name for name, _ in self.lexicon.named_sets() if name in by_key or name in by_stem)

    def part_values(self, word: str) -> tuple[Hashable, ...]:
        """The word's value for each of `PART_KINDS` (what its attributes are formatted from)."""
        key, stem, bare = self.word_keys(word)
        return (key, stem, key[: len(key) - len(stem)], self.cluster_of(key, stem, bare),
                self.lexical_flags(key, stem), None, bare, stem.startswith(ARTICLE), bare[:2], bare[:3],
                key[-1:], key[-2:], key[-3:], word_shape(word), min(len(bare), 10),
                frequency_bucket(self._ranks.get(key)), self.contexts.get(stem, ()))

    def _compute(self, word: str) -> tuple[list[str], list[list[str]]]:
        own: list[str] = []
        contexts: list[list[str]] = [[] for _ in CONTEXT_OFFSETS]
        for kind, value in zip(PART_KINDS, self.part_values(word)):
            own_part, *context_parts = slot_attributes(kind, value)
            own += own_part
            for context, part in zip(contexts, context_parts):
                context += part
        return own, contexts

    def word_entry(self, word: str) -> tuple[list[str], list[list[str]]]:
        entry = self._cache.get(word)
        if entry is None:
            if len(self._cache) >= MAX_CACHED_WORDS:
                self._cache.clear()
            entry = self._cache[word] = self._compute(word)
        return entry

    def may_start_phrase(self, word: str) -> bool:
        """Whether a gazetteer phrase can begin with this word (cached a word type)."""
        return self._starts[word]

    def phrase_ranges(self, words: list[str]) -> list[tuple[int, int, str]]:
        """`(first, end, label)` of the gazetteer phrases in a sentence, longest first, not overlapping."""
        may_start = self._starts
        starts = [i for i, w in enumerate(words) if may_start[w]]
        if not starts:
            return []
        keys = [word_match_key(w) for w in words]
        gaz, done, found = gazetteer(), 0, []
        for i in starts:
            match = gaz.longest_match(keys, i) if i >= done else None
            if match is not None:
                found.append((i, match[0], match[1]))
                done = match[0]
        return found

    def gazetteer_tags(self, words: list[str]) -> list[str]:
        """`g=LOC-B`/`g=LOC-I`/`g=PERF-B` a word inside a gazetteer phrase, `g=` elsewhere."""
        return phrase_tags(len(words), self.phrase_ranges(words))

    def dynamic_attributes(self, words: list[str]) -> list[tuple[str, str, str]]:
        """Per occurrence: the word's gazetteer tag and its neighbours' (or the sentence edges)."""
        gaz = self.gazetteer_tags(words)
        n = len(words)
        return [occurrence_attributes(gaz[i], gaz[i - 1] if i else None, gaz[i + 1] if i + 1 < n else None)
                for i in range(n)]

    def sentence_features(self, words: list[str]) -> list[list[str]]:
        """Every attribute of every word: what the CRF is trained on (tagging sums the same weights)."""
        entries = [self.word_entry(w) for w in words]
        dynamic = self.dynamic_attributes(words)
        n, rows = len(words), []
        for i, (own, _) in enumerate(entries):
            row = [*own, *dynamic[i]]
            for slot, offset in enumerate(CONTEXT_OFFSETS):
                if 0 <= i + offset < n:
                    row += entries[i + offset][1][slot]
            rows.append(row)
        return rows
