"""Token features for the CRF tagger: clitic-aware affixes, shape, clusters, lexicons and context.

Arabic writes conjunctions, prepositions and the article onto the word (`وبالعراق`), so every word is
seen three ways: its folded key, its stem without proclitics, and the stem without the article. A word's
own features and the features its neighbours see of it depend on the word alone, so they are computed
once a word type and cached: tagging a sentence then mostly concatenates cached lists, which is what
keeps the tagger above 50k tokens/s on one core. Only gazetteer phrases and sentence edges are computed
per occurrence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text.normalize import match_key, strip_proclitics
from .clusters import load_clusters
from .lexicon import gazetteer, read_lexicon, single_words

CONTEXT_OFFSETS = (-2, -1, 1, 2)
MAX_CACHED_WORDS = 200_000  # word types kept; a long-running process clears the cache past this
ARTICLE = "ال"


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


def word_shape(word: str) -> str:
    if word.isdigit():
        return "num"
    if word.isascii() and word.isalpha():
        return "latin"
    if not any(ch.isalnum() for ch in word):
        return "punct"
    return "arabic" if word.isalpha() else "mixed"


def frequency_bucket(rank: int | None) -> str:
    """Coarse log-scale frequency rank in the news: names cluster in the middle ranks."""
    if rank is None:
        return "oov"
    return str(min(rank.bit_length(), 17))


@dataclass(slots=True)
class FeatureExtractor:
    """Turns a sentence of word strings into one list of feature strings a word."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=load_clusters)
    lexicon: WordLexicon = field(default_factory=WordLexicon.load)
    _cache: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict)
    _ranks: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ranks = {word: rank for rank, word in enumerate(self.clusters)}

    def rank(self, key: str) -> int | None:
        """The frequency rank of a folded word in the news the clusters were learned from (None: unseen)."""
        return self._ranks.get(key)

    def word_keys(self, word: str) -> tuple[str, str, str]:
        """Folded key, stem without proclitics, and stem without the article."""
        key = match_key(word)
        stem = strip_proclitics(key)
        bare = stem[2:] if stem.startswith(ARTICLE) and len(stem) > 4 else stem
        return key, stem, bare

    def cluster_of(self, key: str, stem: str, bare: str) -> tuple[str, ...] | None:
        return self.clusters.get(key) or self.clusters.get(stem) or self.clusters.get(bare)

    def lexical_flags(self, key: str, stem: str) -> list[str]:
        lex, flags = self.lexicon, []
        for name, words in (("th", lex.title_heads), ("tt", lex.title_tails), ("oh", lex.org_heads),
                            ("pt", lex.place_triggers), ("stop", lex.stop_names)):
            if key in words or stem in words:
                flags.append(name)
        return flags

    def _compute(self, word: str) -> tuple[list[str], list[list[str]]]:
        key, stem, bare = self.word_keys(word)
        clitic = key[: len(key) - len(stem)]
        cluster = self.cluster_of(key, stem, bare)
        ids = [f"c{i}={c}" for i, c in enumerate(cluster)] if cluster else ["c=none"]
        flags = self.lexical_flags(key, stem)
        core = [f"w={key}", f"s={stem}", f"pc={clitic}", *ids, *flags]
        own = core + [
            f"b={bare}", f"al={stem.startswith(ARTICLE)}", f"p2={bare[:2]}", f"p3={bare[:3]}",
            f"x1={key[-1:]}", f"x2={key[-2:]}", f"x3={key[-3:]}", f"sh={word_shape(word)}",
            f"len={min(len(bare), 10)}", f"fq={frequency_bucket(self._ranks.get(key))}",
        ]
        near = [f"w={key}", f"s={stem}", *ids, *flags]
        far = [f"s={stem}", *ids[1:2], *flags]
        contexts = [[f"{o}:{f}" for f in (far if abs(o) == 2 else near)] for o in CONTEXT_OFFSETS]
        return own, contexts

    def word_entry(self, word: str) -> tuple[list[str], list[list[str]]]:
        entry = self._cache.get(word)
        if entry is None:
            if len(self._cache) >= MAX_CACHED_WORDS:
                self._cache.clear()
            entry = self._cache[word] = self._compute(word)
        return entry

    def gazetteer_tags(self, words: list[str]) -> list[str]:
        """`g=LOC-B`/`g=LOC-I`/`g=PERF-B` a word inside a gazetteer phrase, `g=` elsewhere."""
        keys = [match_key(w) for w in words]
        tags = ["g="] * len(words)
        gaz, i = gazetteer(), 0
        while i < len(words):
            match = gaz.longest_match(keys, i)
            if match is None:
                i += 1
                continue
            end, label = match
            tags[i:end] = [f"g={label}-B"] + [f"g={label}-I"] * (end - i - 1)
            i = end
        return tags

    def sentence_features(self, words: list[str]) -> list[list[str]]:
        entries = [self.word_entry(w) for w in words]
        gaz = self.gazetteer_tags(words)
        n, rows = len(words), []
        for i, (own, _) in enumerate(entries):
            row = ["bias", *own, gaz[i]]
            for slot, offset in enumerate(CONTEXT_OFFSETS):
                j = i + offset
                if 0 <= j < n:
                    row += entries[j][1][slot]
                    if abs(offset) == 1:
                        row.append(f"{offset}:{gaz[j]}")
                elif abs(offset) == 1:
                    row.append("BOS" if offset < 0 else "EOS")
            rows.append(row)
        return rows
