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

from ..text.normalize import word_match_key, word_search_key
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
    _starts: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ranks = {word: rank for rank, word in enumerate(self.clusters)}

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
        own = core + ["bias",
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

    def may_start_phrase(self, word: str) -> bool:
        """Whether a gazetteer phrase can begin with this word (cached a word type)."""
        flag = self._starts.get(word)
        if flag is None:
            key, longest = word_match_key(word), gazetteer().longest
            flag = self._starts[word] = key in longest or word_search_key(key) in longest
        return flag

    def phrase_ranges(self, words: list[str]) -> list[tuple[int, int, str]]:
        """`(first, end, label)` of the gazetteer phrases in a sentence, longest first, not overlapping."""
        starts = [i for i, w in enumerate(words) if self.may_start_phrase(w)]
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
        tags = ["g="] * len(words)
        for first, end, label in self.phrase_ranges(words):
            tags[first:end] = [f"g={label}-B"] + [f"g={label}-I"] * (end - first - 1)
        return tags

    def dynamic_attributes(self, words: list[str]) -> list[tuple[str, str, str]]:
        """Per occurrence: the word's gazetteer tag and its neighbours' (or the sentence edges)."""
        gaz = self.gazetteer_tags(words)
        n = len(words)
        return [(gaz[i], f"-1:{gaz[i - 1]}" if i else "BOS", f"1:{gaz[i + 1]}" if i + 1 < n else "EOS")
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
