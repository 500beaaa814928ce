"""The entities stage: people, organisations and places as exact character spans, with the title before a person.

Each sentence's words go through the shipped CRF (`rasid.ner.tagger`); the tagged word ranges are then
made into mentions of the name alone (`rasid.ner.boundaries`: quotes, bare clitics and leading
conjunctions or prepositions trimmed), outlets in quotes are added (`rasid.ner.rules`), a lone stop-listed
word is never a place (`ليهي` right after a person's name joins that name instead), and each person gets
the role phrase before it as `title`. Attributes: `title` (str or None) and `score` (the lowest marginal
probability of the mention's word tags).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..model import Document, Span
from ..ner.boundaries import char_span, clitic_cut, quoted_range, tag_ranges, trim_range
from ..ner.features import WordLexicon
from ..ner.lexicon import gazetteer, single_words
from ..ner.rules import outlet_ranges, title_finder
from ..ner.tagger import CrfTagger, default_tagger
from ..pipeline import Stage
from ..text.normalize import match_key

MIN_REPEATED_LETTERS = 4  # repeating shorter words (علي, حسن) over a document tags common words
CLITIC_PREFIXES = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لـ"})
TokenRange = tuple[int, int, str, float]  # first token, end token, label, score


def sentence_tokens(tokens: Sequence[Span], sentence: Span) -> Sequence[Span]:
    """The tokens inside one sentence (tokens are sorted by start)."""
    starts = [t.start for t in tokens]
    return tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]


def fix_stop_names(ranges: list[TokenRange], keys: Sequence[str], stop: frozenset[str]) -> list[TokenRange]:
    """Drop a one-word place that is a stop-listed word; glue it to a person's name that ends right before."""
    fixed: list[TokenRange] = []
    for first, end, label, score in ranges:
        if label == "LOC" and end - first == 1 and keys[first] in stop:
            if fixed and fixed[-1][2] == "PER" and fixed[-1][1] == first:
                fixed[-1] = (fixed[-1][0], end, "PER", min(fixed[-1][3], score))
            continue
        fixed.append((first, end, label, score))
    return fixed


def add_outlets(ranges: list[TokenRange], outlets: list[tuple[int, int]]) -> list[TokenRange]:
    """Outlet ranges as ORG, replacing the tagger's ranges they overlap."""
    kept = [r for r in ranges if not any(r[0] < e and s < r[1] for s, e in outlets)]
    return sorted(kept + [(s, e, "ORG", 1.0) for s, e in set(outlets)])


class EntityRecognizer(Stage):
    """Adds `entities`: PER, ORG, LOC and MISC spans with `title` and `score`."""

    name = "entities"
    requires = ("tokens", "sentences")
    produces = ("entities",)

    def __init__(self, tagger: CrfTagger | None = None) -> None:
        self.tagger = tagger or default_tagger()
        self.stop = WordLexicon.load().stop_names | single_words("function_words")
        self.function_words = single_words("function_words")
        self.titles = title_finder()
        self.gazetteer = gazetteer()
        self.ranks = self.tagger.features.rank

    def __call__(self, doc: Document) -> Document:
        tokens = doc.layer("tokens")
        spans: list[Span] = []
        for sentence in doc.layer("sentences"):
            spans.extend(self.sentence_entities(doc.text, sentence_tokens(tokens, sentence)))
        spans.extend(self.repeated_names(doc.text, tokens, spans))
        return doc.with_layer("entities", spans)

    def name_words(self, text: str, spans: list[Span]) -> dict[str, str]:
        """Folded words that name an entity on their own in this document: one-word names and surnames."""
        known: dict[str, str] = {}
        for span in spans:
            words = text[span.start:span.end].split()
            if len(words) == 1 or span.label == "PER":
                key = match_key(words[-1])
                if len(key) >= MIN_REPEATED_LETTERS and key not in self.stop and key not in self.titles.heads:
                    known.setdefault(key, span.label)
        return known

    def repeated_names(self, text: str, tokens: Sequence[Span], spans: list[Span]) -> list[Span]:
        """Untagged words elsewhere in the document that repeat a name or surname tagged once (`السوداني`)."""
        known, covered = self.name_words(text, spans), {(s.start, s.end) for s in spans}
        taken = sorted(covered)
        found = []
        for token in tokens:
            word = text[token.start:token.end]
            for cut in (0, 1, 2):
                label = known.get(match_key(word[cut:]))
                if label and (cut == 0 or word[:cut] in CLITIC_PREFIXES):
                    if not any(a < token.end and token.start < b for a, b in taken):
                        found.append(Span(token.start + cut, token.end, label, {"title": None, "score": 0.5}))
                    break
        return found

    def sentence_entities(self, text: str, tokens: Sequence[Span]) -> list[Span]:
        words = [text[t.start:t.end] for t in tokens]
        if not words:
            return []
        tags, confidence = self.tagger.tag_marginals(words)
        ranges = [(f, e, label, min(confidence[f:e])) for f, e, label in tag_ranges(tags)]
        ranges = fix_stop_names(ranges, [match_key(w) for w in words], self.stop)
        ranges = add_outlets(ranges, outlet_ranges(words))
        return [span for r in ranges if (span := self.mention(text, tokens, words, r)) is not None]

    def mention(self, text: str, tokens: Sequence[Span], words: Sequence[str], found: TokenRange) -> Span | None:
        first, end = trim_range(words, found[0], found[1])
        while end > first and self.is_edge_word(words[end - 1]):
            end -= 1
        if first >= end:
            return None
        cut = 0 if quoted_range(words, first, end) else clitic_cut(words[first], self.ranks, self.is_known_name)
        attrs = {"title": self.title_text(text, tokens, words, first) if found[2] == "PER" else None,
                 "score": round(found[3], 3)}
        return char_span(tokens, words, first, end, cut, found[2], attrs)

    def is_edge_word(self, word: str) -> bool:
        """A function word or a title head the tagger let run onto the end of a name (`... الجنرال`)."""
        key = match_key(word)
        return key in self.function_words or key in self.titles.heads

    def is_known_name(self, key: str) -> bool:
        return (key,) in self.gazetteer.phrases

    def title_text(self, text: str, tokens: Sequence[Span], words: Sequence[str], first: int) -> str | None:
        start = self.titles.title_start(words, first)
        if start is None:
            return None
        index, cut = start
        return text[tokens[index].start + cut:tokens[first - 1].end]
