"""From token tags to exact character spans: IOB2 decoding, trimming quotes, and clitic stripping.

The tagger labels whole words, clitics included (`والعراق`, `لـ"إرم نيوز"`); a mention should cover the
name only. Quotes and clitic-only tokens (`لـ`) at a span's edges are trimmed, and a leading conjunction or
preposition is cut from the first word when what remains is the name: the rest starts with the article
(`بالعراق` → `العراق`), or is a more frequent word in the news than the whole (`وسوريا` → `سوريا`), or is a
gazetteer entry; a whole word that is a gazetteer entry (`ليلى`, `بسام`: first names whose rest, `يلي`, `سام`,
is a more frequent word) is cut only where the rest is one too and more frequent (`وجدة`: `و` + `جدة`; not
`كريم`, whose rest `ريم` is rarer). A `لل` word (`للعراق`, where the article lost its alef) keeps its clitic: the mention must
stay a substring of the text. Names that begin with such a letter (`بغداد`, `واشنطن`, `لبنان`) are kept
whole because their remainder is not a more frequent word.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Span
from ..text.normalize import match_key

#: proclitic letter sequences that may precede a name, longest first
NAME_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
QUOTES = frozenset('"\'“”«»‘’„‹›')
TATWEEL = "\u0640"
ARTICLE = "ال"
MIN_NAME_LETTERS = 2

RankOf = Callable[[str], int | None]  # a folded word's frequency rank in the news (None: unseen)


def tag_ranges(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """`(first, end, label)` token ranges of an IOB2 sequence, in order (a stray `I-` opens a range)."""
    ranges: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        continues = tag.startswith("I-") and tag[2:] == label
        if start >= 0 and not continues:
            ranges.append((start, i, label))
            start, label = -1, ""
        if tag[:2] in ("B-", "I-") and not continues:
            start, label = i, tag[2:]
    return ranges


def is_edge_junk(word: str) -> bool:
    """Tokens a mention never starts or ends with: quotes, punctuation, a bare clitic such as `لـ`."""
    if all(ch in QUOTES or not ch.isalnum() for ch in word):
        return True
    return word.endswith(TATWEEL) and len(word.rstrip(TATWEEL)) <= 2


def trim_range(words: Sequence[str], first: int, end: int) -> tuple[int, int]:
    """The token range without junk tokens at either edge (may become empty: first == end)."""
    while first < end and is_edge_junk(words[first]):
        first += 1
    while end > first and is_edge_junk(words[end - 1]):
        end -= 1
    return first, end


def clitic_cut(word: str, rank_of: RankOf, known: Callable[[str], bool]) -> int:
    """How many leading characters of `word` are a clitic and not part of the name (0 for none)."""
    key = match_key(word)
    cut = _key_cut(key, rank_of, known)
    # diacritics or tatweel shift the key's offsets: the cut holds only where the word begins with those letters
    return cut if word[:cut] == key[:cut] and (cut == 0 or word[cut:cut + 1].isalpha()) else 0


def _key_cut(key: str, rank_of: RankOf, known: Callable[[str], bool]) -> int:
    if key.startswith(("لل", "ولل")) and len(key) >= MIN_NAME_LETTERS + 3:
        return key.index("لل") + 1  # `للقدس`: the preposition before an article whose alef it swallowed
    whole_known = known(key)  # a listed name that begins with such a letter (`ليلى`, `بسام`): cut only for a listed rest
    whole_rank = rank_of(key)
    for clitic in NAME_PROCLITICS:
        rest = key[len(clitic):]
        if not key.startswith(clitic) or len(rest) < MIN_NAME_LETTERS + 1:
            continue
        rest_rank = rank_of(rest)
        if whole_known:
            if known(rest) and _more_frequent(rest_rank, whole_rank):
                return len(clitic)  # `وجدة`: `و` + `جدة`, the likelier reading; not `كريم` (`ريم`)
            continue
        if _article_after(rest, whole_rank, rank_of) or (known(rest) and not (whole_rank is not None and rest_rank is None)):
            return len(clitic)  # `والعراق`; not `وكالة`, whose `ال` after `وك` is no article; not `فاتن` or `بلاتر`,
            # seen in the news whole while their listed rest (`اتن`, `لاتر`: GeoNames villages) never is
        if rest_rank is not None and (whole_rank is None or rest_rank < whole_rank) \
                and not _one_letter_better(key, clitic, rest_rank, rank_of):
            return len(clitic)
        if clitic == "و" and whole_rank is None and rest_rank is None:
            return 1  # an unseen word after و: the conjunction, by far the likelier reading
    return 0


def _more_frequent(rank: int | None, other: int | None) -> bool:
    return rank is not None and (other is None or rank < other)


def _article_after(rest: str, whole_rank: int | None, rank_of: RankOf) -> bool:
    """Whether `rest` reads as a definite word after the clitic (`بالعراق`): it starts with the article, and
    unless the whole word is unseen in the news, the rest is seen there too; a name written with those letters
    (`فاليري`, `فالنسيا`, `فالبوينا`) is seen whole while its `اليري` never is."""
    if not (rest.startswith(ARTICLE) and len(rest) > len(ARTICLE) + 2):
        return False
    return whole_rank is None or rank_of(rest) is not None


def _one_letter_better(key: str, clitic: str, rest_rank: int, rank_of: RankOf) -> bool:
    """For a two-letter clitic (`وك`), whether cutting its first letter alone leaves a more frequent word
    (`وكيري`: `كيري` is, `يري` is not the name)."""
    if len(clitic) < 2:
        return False
    shorter = rank_of(key[1:])
    return shorter is not None and shorter <= rest_rank


def quoted_range(words: Sequence[str], first: int, end: int) -> bool:
    """Whether the token range stands between quotes (`"إرم نيوز"`)."""
    return first > 0 and end < len(words) and words[first - 1] in QUOTES and words[end] in QUOTES


def char_span(tokens: Sequence[Span], words: Sequence[str], first: int, end: int, cut: int,
              label: str, attrs: dict) -> Span:
    """The character span of tokens `[first, end)` with `cut` characters dropped from the first word."""
    return Span(tokens[first].start + cut, tokens[end - 1].end, label, attrs)
