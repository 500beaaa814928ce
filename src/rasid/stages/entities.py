"""The entities stage: people, organisations and places as exact character spans, with the title before a person.

Each sentence's words go through the shipped CRF (`rasid.ner.tagger`); the tagged word ranges are then
made into mentions of the name alone (`rasid.ner.boundaries`: quotes, bare clitics and leading
conjunctions or prepositions trimmed), names the tagger cut short completed (`rasid.ner.completion`), outlets in quotes are added (`rasid.ner.rules`), a lone stop-listed
word is never a place (`ليهي` right after a person's name joins that name instead), and each person gets
the role phrase before it as `title`. Attribute: `title` (str or None). The tagger's per-word confidence is
not computed here: nothing downstream reads it, and forward-backward would cost a tenth of the stage.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..ingest.metadata import is_known_outlet
from ..model import Document, Span
from ..ner.boundaries import char_span, clitic_cut, quoted_range, tag_ranges, trim_range
from ..ner.completion import (
    NAME_LINKS,
    TokenRange,
    adjective_after,
    body_heads,
    complete_ranges,
    head_clitic,
    inside_event,
    is_common_word,
    is_listed_body,
    name_words,
    named_club_at,
    without_clitic,
)
from ..ner.features import WordLexicon
from ..ner.lexicon import gazetteer, single_words
from ..ner.rules import is_medium, key_variants, outlet_ranges, title_finder
from ..ner.tagger import CrfTagger, default_tagger
from ..pipeline import Stage
from ..text.normalize import match_key, word_match_key
from ..text.segment import letter_dot

MAX_AFFILIATED_WORDS = 3  # a name after "title + organisation" is taken up to three words long
MIN_REPEATED_LETTERS = 4  # repeating shorter words (علي, حسن) over a document tags common words
CLITIC_PREFIXES = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لـ"})
#: a clitic and a word that make a fixed expression, never the name the word alone may be (`لصالح`: in favour
#: of, not "to Saleh"), as match keys
CLITIC_IDIOMS = frozenset({"لصالح", "ولصالح"})


#: places whose short form is a common word, as match keys: the short form names the place only in a document
#: that names it in full (`المدينة` is Medina where `المدينة المنورة` is named, "the city" elsewhere)
SHORT_PLACE_FORMS = {match_key("المدينة المنورة"): match_key("المدينة")}
QUOTE_OPENERS = "«\"“'"


def covered_characters(text: str, spans: Sequence[Span]) -> bytearray:
    """One byte a character of `text`, set where a span covers it."""
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    return covered


def short_place_forms(text: str, tokens: Sequence[Span], spans: list[Span]) -> list[Span]:
    """The short forms of the places the document's mentions name in full (`منطقة المدينة المنورة` too), where no
    other mention covers them and no quotation mark names an outlet by them (`«المدينة»`, a newspaper), a
    proclitic left out (`بالمدينة`)."""
    named = " ".join(match_key(text[s.start:s.end]) for s in spans)
    shorts = {short for full, short in SHORT_PLACE_FORMS.items() if full in named}
    if not shorts:
        return []
    covered = covered_characters(text, spans)
    found = []
    for index, token in enumerate(tokens):
        word = text[token.start:token.end]
        if covered[token.start] or (token.start > 0 and text[token.start - 1] in QUOTE_OPENERS):
            continue
        key = word_match_key(word)
        cut = next((c for c in (0, 1, 2) if (c == 0 or word[:c] in CLITIC_PREFIXES) and key[c:] in shorts), None)
        if cut is None or len(key) != len(word):
            continue
        following = text[tokens[index + 1].start:tokens[index + 1].end] if index + 1 < len(tokens) else ""
        if f"{key[cut:]} {word_match_key(following)}" in SHORT_PLACE_FORMS:
            continue  # the full form, untagged here, is no short one
        found.append(Span(token.start + cut, token.end, "LOC", {"title": None}))
    return found


def sentence_tokens(tokens: Sequence[Span], sentences: Sequence[Span]) -> list[Sequence[Span]]:
    """The tokens inside each sentence (tokens are sorted by start)."""
    starts = [t.start for t in tokens]
    return [tokens[bisect_left(starts, s.start):bisect_left(starts, s.end)] for s in sentences]


def dotted_runs(text: str, tokens: Sequence[Span]) -> list[tuple[int, int]]:
    """Token ranges of acronyms spelt out in Arabic letters (`LETTER_NAMES`) and joined by dots, no space between
    (`بي.بي.سي`, `بي.كي.كي`, `سي.إن.إن`): one name the tokenizer cut at every dot (not `د.حاتم`, a title)."""
    def dot_joins(at: int) -> bool:  # token `at` is a dot glued to spelt letters on both sides
        return at + 1 < len(tokens) and letter_dot(text, tokens[at - 1], tokens[at], tokens[at + 1])

    runs, at = [], 1
    while at < len(tokens):
        end = at
        while dot_joins(end):
            end += 2
        if end > at:
            runs.append((at - 1, end))
            at = end + 1
        else:
            at += 1
    return runs


def spelt_acronym(words: Sequence[str], first: int, end: int) -> bool:
    """Whether words `[first, end)` are letters joined by dots (`سي . إن . إن`): none of them is a clitic or an edge
    word to trim (`إن` here is the letter N, not the particle)."""
    return end - first >= 3 and (end - first) % 2 == 1 and all(w == "." for w in words[first + 1:end:2])


def join_dotted_acronyms(ranges: list[TokenRange], runs: list[tuple[int, int]]) -> list[TokenRange]:
    """A name found on any letter of a dotted acronym covers the whole acronym (and whatever it was tagged with
    beyond it: `شبكة سي`, `بي.إن.بي باريبا`), one organisation where any piece was tagged as one; a second name
    that runs into the acronym from before ends where it begins."""
    for first, end in runs:
        inside = [r for r in ranges if r[0] < end and first < r[1]]
        if not inside:
            continue
        label = "ORG" if any(r[2] == "ORG" for r in inside) else inside[0][2]
        before = [(r[0], first, r[2]) for r in inside if r[0] < first] if len(inside) > 1 else []
        taken = [r for r in inside if r[0] >= first] if before else inside  # two names met at the acronym: the one
        joined = (min(first, *(r[0] for r in taken)), max(end, *(r[1] for r in taken)), label)  # before it ends there
        ranges = sorted([r for r in ranges if r not in inside] + before + [joined])
    return ranges


def fix_stop_names(ranges: list[TokenRange], keys: Sequence[str], stop: frozenset[str]) -> list[TokenRange]:
    """Drop a one-word place that is a stop-listed word; glue it to a person's name that ends right before."""
    fixed: list[TokenRange] = []
    for first, end, label in ranges:
        if label == "LOC" and end - first == 1 and keys[first] in stop:
            if fixed and fixed[-1][2] == "PER" and fixed[-1][1] == first:
                fixed[-1] = (fixed[-1][0], end, "PER")
            continue
        fixed.append((first, end, label))
    return fixed


def add_outlets(ranges: list[TokenRange], outlets: list[tuple[int, int]]) -> list[TokenRange]:
    """Outlet ranges as ORG, replacing the tagger's ranges they overlap."""
    kept = [r for r in ranges if not any(r[0] < e and s < r[1] for s, e in outlets)]
    return sorted(kept + [(s, e, "ORG") for s, e in set(outlets)])


class EntityRecognizer(Stage):
    """Adds `entities`: PER, ORG, LOC and MISC spans with `title`."""

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
        groups = sentence_tokens(tokens, doc.layer("sentences"))
        tagged = self.tagger.tag_sentences([[doc.text[t.start:t.end] for t in g] for g in groups])
        for group, (tags, _) in zip(groups, tagged):
            spans.extend(self.sentence_entities(doc.text, group, tags))
        spans.extend(self.repeated_names(doc.text, tokens, spans))
        spans.extend(short_place_forms(doc.text, tokens, spans))
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
        known = self.name_words(text, spans)
        if not known:
            return []
        covered = covered_characters(text, spans)
        found = []
        word = ""
        for token in tokens:
            before, word = word, text[token.start:token.end]
            if covered[token.start] or covered[token.end - 1]:
                continue
            key = word_match_key(word)
            if key in CLITIC_IDIOMS:
                continue  # `لصالح`: in favour of
            for cut in (0, 1, 2):
                if (cut == 0 or word[:cut] in CLITIC_PREFIXES) and key[cut:] in known and len(key) == len(word):
                    if not adjective_after(word_match_key(before), key):  # `الأندية السعودية`: an adjective
                        found.append(Span(token.start + cut, token.end, known[key[cut:]], {"title": None}))
                    break
        return found

    def sentence_entities(self, text: str, tokens: Sequence[Span], tags: list[str]) -> list[Span]:
        words = [text[t.start:t.end] for t in tokens]
        if not words:
            return []
        keys = [word_match_key(w) for w in words]
        ranges = fix_stop_names(tag_ranges(tags), keys, self.stop)
        ranges = complete_ranges(words, ranges, keys)
        ranges = self.prefer_listed_phrases(words, ranges, keys)
        ranges = add_outlets(ranges, outlet_ranges(words))
        ranges = join_dotted_acronyms(ranges, dotted_runs(text, tokens))
        ranges = self.add_affiliated_names(words, ranges)
        return [span for r in ranges if (span := self.mention(text, tokens, words, r, keys)) is not None]

    def mention(self, text: str, tokens: Sequence[Span], words: Sequence[str], found: TokenRange,
                keys: Sequence[str]) -> Span | None:
        if spelt_acronym(words, *found[:2]):
            return char_span(tokens, words, found[0], found[1], 0, found[2], {"title": None})  # `سي.إن.إن`: whole
        first, end = trim_range(words, found[0], found[1])
        if found[2] == "ORG" and self.names_outlet(words, first, end):
            return char_span(tokens, words, first, end, 0, "ORG", {"title": None})  # `لـ"الوطن"`, `صحيفة الوطن`
        while (end > first and self.is_edge_word(words[end - 1]) and not self.is_listed(words, first, end)
               and not (end - first >= 2 and word_match_key(words[end - 2]) in NAME_LINKS)):
            end -= 1  # `... الجنرال` run onto a name; a listed place keeps its last word (`شرم الشيخ`), a name
            # the word after its link (`صالح آل الشيخ`)
        if first >= end or (end - first == 1 and not self.after_kind_word(words, first) and not named_club_at(
                keys, first) and is_common_word(words[first], keys[first], found[2], name_words())):
            return None  # trimmed down to a lone head word (`المسجد كما` -> `المسجد`): no name left
        head_word = end - first >= 2 and word_match_key(words[first]) in body_heads()  # `وادي حنيفة`: no و to cut
        cut = 0 if quoted_range(words, first, end) or head_word else clitic_cut(words[first], self.ranks,
                                                                                 self.is_known_name)
        if cut == 0 and end - first >= 2:
            cut = head_clitic(words[first])  # `بحي الفهد`: a short head word with its preposition
        attrs = {"title": self.title_text(text, tokens, words, first) if found[2] == "PER" else None}
        return char_span(tokens, words, first, end, cut, found[2], attrs)

    def names_outlet(self, words: Sequence[str], first: int, end: int) -> bool:
        """Whether tokens `[first, end)` are a listed outlet in quotation marks or after a medium word: a name even
        where it is also a common word (`لـ"الوطن"`, `صحيفة اليوم`)."""
        phrase = " ".join(words[first:end])
        return (quoted_range(words, first, end) or (first > 0 and is_medium(words[first - 1]))) and \
            is_known_outlet(phrase)

    @staticmethod
    def after_kind_word(words: Sequence[str], first: int) -> bool:
        """Whether the word before `first` says what kind of body follows (`نادي الاتحاد`: the club's name is a
        head word, `الاتحاد`, and stays a name)."""
        if first == 0:
            return False
        head = body_heads().get(without_clitic(word_match_key(words[first - 1]), body_heads(), "و"))
        return head is not None and head.kind_word

    def prefer_listed_phrases(self, words: list[str], ranges: list[TokenRange],
                              keys: Sequence[str]) -> list[TokenRange]:
        """A listed place or organisation of two words or more is a mention, and wins over the tagger's
        ranges it overlaps (`عين الأسد` tagged as a place `عين` and a person `الأسد`), unless the tagger found
        a longer name around it (`الولايات المتحدة الأمريكية`, the listed `مجلس التعاون لدول الخليج العربية`). A
        longer range whose words after the phrase are not definite (`الحزب الديمقراطي الكردستاني ريبين سلام`) ran on
        past the name: the phrase wins."""
        phrases = [(f, e, label) for f, e, label in self.tagger.features.phrase_ranges(words)
                   if e - f >= 2 and label in ("LOC", "ORG") and not inside_event(keys, (f, e, label))
                   and not any(r[0] <= f and e <= r[1] and (r[0], r[1]) != (f, e) and (
                       self.runs_on_as_name(words, e, r[1]) or is_listed_body(keys, r[0], r[1])) for r in ranges)]
        if not phrases:
            return ranges
        grown = {r: (r[0], e, r[2]) for r in ranges for f, e, _ in phrases if r[2] == "ORG" and r[0] < f < r[1] < e}
        ranges = [grown.get(r, r) for r in ranges]  # `شرطة منطقة مكة` + `مكة المكرمة`: the body takes the place whole
        phrases = [p for p in phrases if not any(r[0] < p[0] and p[1] <= r[1] for r in grown.values())]
        kept = [r for r in ranges if not any(r[0] < e and f < r[1] for f, e, _ in phrases)]
        return sorted(kept + phrases)

    @staticmethod
    def runs_on_as_name(words: Sequence[str], end: int, stop: int) -> bool:
        """Whether the words `[end, stop)` after a listed phrase may still belong to its name: definite ones."""
        return all(word_match_key(w).startswith("ال") for w in words[end:stop])

    def add_affiliated_names(self, words: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
        """`عضو الحزب الديمقراطي الكردستاني ريبين سلام`: the untagged name after a title and its organisation.

        The first word must be unseen in the news or a listed first name; up to `MAX_AFFILIATED_WORDS` words
        are taken, stopping at punctuation, a function word, a word with the article or a tagged word.
        """
        added = []
        for first, end, label in ranges:
            before = word_match_key(words[first - 1]) if first else ""
            if label != "ORG" or not any(v in self.titles.heads for v in key_variants(before)):
                continue
            if end >= len(words) or any(r[0] <= end < r[1] for r in ranges):
                continue
            head = word_match_key(words[end])
            if not head.isalpha() or (self.ranks(head) is not None and (head,) not in self.gazetteer.phrases):
                continue
            stop = end + 1
            while stop < min(len(words), end + MAX_AFFILIATED_WORDS) and self.may_continue_name(words[stop], ranges, stop):
                stop += 1
            added.append((end, stop, "PER"))
        return sorted(ranges + added)

    def may_continue_name(self, word: str, ranges: list[TokenRange], index: int) -> bool:
        key = word_match_key(word)
        return (key.isalpha() and not key.startswith("ال") and key not in self.function_words
                and key not in self.stop and not any(r[0] <= index < r[1] for r in ranges))

    def is_edge_word(self, word: str) -> bool:
        """A function word or a title head the tagger let run onto the end of a name (`... الجنرال`)."""
        key = match_key(word)
        bare = key.removeprefix("و")  # `... بن فهد والتي`: a relative joined by و
        return key in self.function_words or key in self.titles.heads or bare in self.function_words

    def is_listed(self, words: Sequence[str], first: int, end: int) -> bool:
        """Whether tokens `[first, end)` are a listed place or organisation of two words or more, whole."""
        if end - first < 2:
            return False
        match = self.gazetteer.longest_match([word_match_key(w) for w in words[first:end]], 0)
        return match is not None and match[0] == end - first and match[1] in ("LOC", "ORG")

    def is_known_name(self, key: str) -> bool:
        return (key,) in self.gazetteer.phrases

    def title_text(self, text: str, tokens: Sequence[Span], words: Sequence[str], first: int) -> str | None:
        start = self.titles.title_start(words, first)
        if start is None:
            return None
        index, cut = start
        return text[tokens[index].start + cut:tokens[first - 1].end]
