"""The medium a statement was given to: an outlet, a channel, a platform or a written form.

`find_via` reads a stretch of words (the words between cue and content, or the clause before a cue) for
`لوكالة شفق نيوز`, `لـ"إرم نيوز"`, `مع قناة "الحرة"`, `على تويتر` or `في بيان صحفي`, and returns the medium
as a plain string: an outlet's name without its kind (`شفق نيوز`), a channel with it (`قناة الحرة`), a
platform (`تويتر`), or the written form (`بيان`) when nothing more specific is named.
"""
from __future__ import annotations

from ..ingest.metadata import is_known_outlet
from .lexicon import Lexicon
from .quotes import closing_mark
from .tokens import Words, raw_prefix_length, strip_prefix

MEDIA_PREFIXES = ("ل", "ب", "و", "ف", "وب", "ول", "لل", "ال", "بال", "وال")
MAX_NAME_WORDS = 3  # an unquoted outlet name rarely runs longer: شفق نيوز, بغداد اليوم, سكاي نيوز عربية
NAME_STOPS = frozenset({"في", "علي", "من", "عن", "الي", "مع", "خلال", "حول", "ل", "الذي", "التي", "ان", "انه"})


#: the word after `وكالة` that makes it part of the agency's name (`وكالة الأنباء السعودية`, `وكالة أنباء الإمارات`),
#: where after `وكالة رويترز` the name alone is the outlet's
AGENCY_NAME_OPENERS = frozenset({"الانباء", "انباء"})


def find_via(words: Words, lexicon: Lexicon, first: int, last: int) -> str | None:
    """The medium named among words `[first, last)`, the most specific one first."""
    fallback = None
    for index in range(max(0, first), min(last, len(words))):
        word = words[index]
        if word.key == "ل" and words.is_opening_mark(index + 1):
            return _quoted_name(words, index + 1)
        prefix = strip_prefix(word.key, MEDIA_PREFIXES, lexicon.media)
        if prefix is None:
            continue
        role = lexicon.media[word.key[len(prefix):]]
        if role in ("outlet", "channel"):
            name = _name_after(words, lexicon, index + 1, last, named=role == "outlet")
            if name:
                whole = role == "channel" or words.key(index + 1) in AGENCY_NAME_OPENERS  # `وكالة الأنباء الأردنية`
                return f"{_bare(words, index, prefix, keep_article=True)} {name}" if whole else name
        elif role == "platform":
            return _bare(words, index, prefix)
        elif role == "document" and fallback is None:
            fallback = _bare(words, index, prefix)
    return fallback


def _bare(words: Words, index: int, prefix: str, keep_article: bool = False) -> str:
    """A medium word without its clitic, and without its article unless a name follows (`التلفزيون الرسمي`)."""
    word = words[index]
    raw = words.text[word.start:word.end]
    if keep_article and prefix.endswith("ال"):
        prefix = prefix[:-2]  # `والتلفزيون` -> `التلفزيون`
    bare = raw[raw_prefix_length(raw, prefix):] if prefix else raw
    return bare[2:] if bare.startswith("ال") and len(bare) > 4 and not keep_article else bare


def _quoted_name(words: Words, mark_index: int) -> str | None:
    opening = words[mark_index].start
    close = closing_mark(words.text, opening, min(len(words.text), opening + 80))
    if close is None:
        return None
    return words.text[opening + 1:close].strip() or None


def _name_after(words: Words, lexicon: Lexicon, index: int, last: int, named: bool = False) -> str | None:
    """The outlet name after its kind word: a quotation, or up to three plain words (for a paper, an agency or a
    site, `named`, words that name it: `_names_outlet`; a channel may be named by its adjective, `التلفزيون
    الرسمي`)."""
    for ahead in range(index, min(index + 2, last)):
        if words.is_opening_mark(ahead):
            return _quoted_name(words, ahead)
    end = _name_end(words, lexicon, index, last)
    if end == index or (named and not _names_outlet(words, index, end)):
        return None
    return words.text[words[index].start:words[end - 1].end]


def _name_end(words: Words, lexicon: Lexicon, index: int, last: int) -> int:
    """Where up to three plain words of a name after word `index` end; an acronym's dots are inside the name and
    not counted (`شبكة إن.بي.سي`)."""
    end = taken = index
    while end < last and taken < index + MAX_NAME_WORDS:
        if end > index and words.acronym_dot(end):
            end += 1
            continue
        if not _is_name_word(words, lexicon, end) or (end > index and _title_or_source(words, lexicon, end)):
            break
        end += 1
        taken += 1
    return end


def _names_outlet(words: Words, index: int, end: int) -> bool:
    """Whether unquoted words after a medium word name it: a listed outlet, or a name the tagger found there
    (`وكالة رويترز`); not `وسائل المواصلات` or `القناة الجديدة غداً`. Without names tagged, any words do."""
    if words.in_name is None or index in words.in_name:
        return True
    return any(is_known_outlet(words.text[words[index].start:words[stop - 1].end]) for stop in range(end, index, -1))


def _is_name_word(words: Words, lexicon: Lexicon, index: int) -> bool:
    word = words[index]
    if not word.is_word or word.key in NAME_STOPS:
        return False
    return not any(word.key in lexicon.marker(c) for c in ("complementizer", "time", "adjunct"))


def medium_after_cue(words: Words, lexicon: Lexicon, index: int) -> int:
    """Where the speaker starts when a medium is named right after the cue (`أكد لـ«عكاظ» عميد الكلية`,
    `وقال لوكالة الأنباء الأردنية مصدر أمني`): the word after the medium, else `index` itself."""
    key = words.key(index)
    if key == "ل" and words.is_opening_mark(index + 1):
        close = _closing_index(words, index + 1)
        return close + 1 if close is not None else index
    prefix = strip_prefix(key, ("ل", "لل"), lexicon.media)
    if not prefix or lexicon.media[key[len(prefix):]] not in ("outlet", "channel"):
        return index
    if words.is_opening_mark(index + 1):
        close = _closing_index(words, index + 1)
        return close + 1 if close is not None else index
    end = _name_end(words, lexicon, index + 1, len(words))
    return end if end > index + 1 else index


def _closing_index(words: Words, mark_index: int) -> int | None:
    """The index of the token that closes the quotation opened at `mark_index` (a short name only)."""
    opening = words[mark_index].start
    close = closing_mark(words.text, opening, min(len(words.text), opening + 80))
    return None if close is None else words.index_at(close)


def _title_or_source(words: Words, lexicon: Lexicon, index: int) -> bool:
    """A word that opens the speaker rather than continuing an outlet's name (`مصدر`, `المتحدث`)."""
    key = words.key(index)
    heads = lexicon.roles | lexicon.anonymous
    return key in heads or key.removeprefix("ال") in heads
