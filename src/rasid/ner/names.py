"""Name keys and name comparison for linking mentions: clitics, spelling variants, surnames, descriptors.

A mention's key is the tuple of its folded words with a leading clitic dropped (`للعراق` → `العراق`) and a
listed outlet replaced by its canonical name (`بلومبرغ` → `بلومبيرغ`). Two words are the same when their
keys are equal or, for longer words, nearly equal (`روبيرو`/`روبيو`, `الأمريكية`/`الأميركية`). A shorter
person name belongs to a fuller one when it is its surname part (`السوداني`, `شياع السوداني`) or its first
and last words; a shorter organisation or place name belongs to a fuller one when the extra words only
describe it (`تنظيم داعش الإرهابي` → `داعش`, `الولايات المتحدة الأمريكية` → `الولايات المتحدة`).
"""
from __future__ import annotations

from functools import cache, lru_cache

from rapidfuzz.fuzz import ratio

from ..ingest.metadata import canonical_outlet, is_known_outlet
from ..text.normalize import match_key
from .lexicon import read_table, single_words
from .rules import SINGLE_CLITICS, is_nisba

NameKey = tuple[str, ...]

#: spelling variants: two words this similar (rapidfuzz ratio, 0-100) are one name; measured on the pairs
#: بلومبيرغ/بلومبرغ (93), روبيرو/روبيو (91), الأمريكية/الأميركية (89), while محمد/محمود (89) is kept
#: apart by the length floor below
VARIANT_MIN_RATIO = 85
VARIANT_MIN_LETTERS = 5  # shorter words differ in one letter between different names (علي/عمر)


NAME_CACHE = 1 << 16  # mention texts whose key and display name are kept: a corpus names the same few thousand often


@lru_cache(maxsize=NAME_CACHE)
def display_name(text: str) -> str:
    """A mention's text as a name: an outlet's canonical name, `للعراق` read as `العراق`."""
    text = " ".join(text.split())
    if is_known_outlet(text):
        return canonical_outlet(text)
    if text.startswith("لل") and len(text) > 4:
        return "ال" + text[2:]
    return text


#: folded words written apart or together in one name (`عبد الفتاح`/`عبدالفتاح`, `نور الدين`/`نورالدين`)
JOINED_BEFORE = frozenset({"عبد", "ابو", "ابي", "ابا"})
JOINED_AFTER = frozenset({"الدين", "الله"})


@lru_cache(maxsize=NAME_CACHE)
def name_key(text: str) -> NameKey:
    """The folded words of a mention's display name: a single clitic before the article dropped, the parts of
    a compound name joined, and an organisation's other names (`ner_aliases.tsv`) read as its first one."""
    key = plain_key(text)
    return alias_keys().get(key, key)


def plain_key(text: str) -> NameKey:
    words = [match_key(w) for w in display_name(text).split() if any(ch.isalnum() for ch in w)]
    if words and words[0][:1] in SINGLE_CLITICS and words[0][1:3] == "ال" and len(words[0]) > 5:
        words[0] = words[0][1:]
    return join_compounds(words)


def join_compounds(words: list[str]) -> NameKey:
    """`عبد` + `الفتاح` -> `عبدالفتاح`, `نور` + `الدين` -> `نورالدين`: one spelling, however the article spaced it."""
    joined: list[str] = []
    for word in words:
        if joined and (joined[-1] in JOINED_BEFORE or word in JOINED_AFTER):
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


@cache
def alias_keys() -> dict[NameKey, NameKey]:
    """Each listed other name's key -> the key of the name shown first on its line."""
    keys: dict[NameKey, NameKey] = {}
    for names in read_table("aliases"):
        first = plain_key(names[0])
        for name in names[1:]:
            keys[plain_key(name)] = first
    return keys


WORD_PAIR_CACHE = 1 << 18  # pairs of name words compared; linking a corpus meets the same pairs again and again


def same_word(a: str, b: str, agreeing: bool = False) -> bool:
    """Two spellings of one word. A word with a feminine or adjective ending added is another word (`النصر`/
    `النصرة`, `السليمان`/`السليماني`), except, when `agreeing`, an adjective agreeing in gender (`الدولي`/`الدولية`
    after the first word of a name: `مطار الملك خالد الدولية`)."""
    if a == b:
        return True
    if not variant_length_pair(len(a), len(b)):
        return False
    kind = _pair_kind(a, b)
    return kind == SPELLING or (agreeing and kind == AGREEING)


SPELLING, AGREEING, OTHER_WORD = "spelling", "agreeing", "other"


@lru_cache(maxsize=WORD_PAIR_CACHE)
def _pair_kind(a: str, b: str) -> str:
    """Two different words of variant lengths: spellings of one word, an adjective and its feminine (`الدولي`/
    `الدوليه`), or two words — one the other with an ending added (`النصر`/`النصره`), or not alike enough."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "هيى":
        return AGREEING if long_[-1] == "ه" and short.endswith("ي") else OTHER_WORD
    return SPELLING if ratio(a, b) >= VARIANT_MIN_RATIO else OTHER_WORD


def variant_length_pair(first: int, second: int) -> bool:
    """Whether two different words of these lengths can be spellings of one word: both long enough, and
    close enough in length for their similarity ratio to reach the bar."""
    short, long_ = sorted((first, second))
    if short < VARIANT_MIN_LETTERS or long_ < VARIANT_MIN_LETTERS + 1:
        return False
    return 200 * short >= VARIANT_MIN_RATIO * (short + long_)  # else the ratio cannot reach the bar


def same_name(a: NameKey, b: NameKey) -> bool:
    """The same words or spellings of them; after the first word an adjective may agree in gender."""
    if a == b:
        return True
    if len(a) != len(b) or not same_word(a[0], b[0]):
        return False
    return all(x == y or same_word(x, y, True) for x, y in zip(a[1:], b[1:]))


def is_person_part(short: NameKey, full: NameKey) -> bool:
    """`short` names the same person as `full`: its last words, its first two or more, or first and last."""
    if not short or len(short) >= len(full):
        return False
    if same_name(short, full[-len(short):]):
        return True
    if len(short) >= 2 and same_name(short, full[:len(short)]):
        return True  # first and father's name: the tagger stopped before the family name
    return len(short) == 2 and same_word(short[0], full[0]) and same_word(short[1], full[-1])


#: heads of a facility's or a natural feature's name: `مطار الرياض` is an airport and `خليج تونس` a gulf, not the
#: cities `الرياض` and `تونس` described, so these never only describe a name (`مدينة الرياض`, `محافظة جدة` do; so do
#: `قاعدة` and `مخيم`, whose place gives the base or the camp its name: `عين الأسد` is the base)
FACILITY_WORDS = frozenset(match_key(w) for w in (
    "مطار", "ميناء", "معبر", "منفذ", "شارع", "ساحة", "ميدان", "حي", "جسر", "سد", "ملعب", "استاد",
    "مستشفى", "فندق", "سجن", "قصر", "برج", "مسجد", "كورنيش", "جامعة",
    "جبل", "جبال", "خليج", "نهر", "بحر", "بحيرة", "وادي", "سهل", "صحراء", "جزيرة", "جزر", "سواحل", "حدود", "هضبة", "غابة"))


@cache
def descriptor_words() -> frozenset[str]:
    """Words that only say what kind of thing a name is (`وزارة`, `مدينة`, `صحيفة`): a name without them is the same
    entity; a facility's head is not one (`FACILITY_WORDS`)."""
    words = single_words("org_heads") | single_words("place_triggers") | single_words("media_words")
    return words - FACILITY_WORDS


def is_described_part(short: NameKey, full: NameKey) -> bool:
    """`short` is `full` without words that only describe it (head words, nisba adjectives)."""
    n = len(short)
    if not short or n >= len(full):
        return False
    for i in range(len(full) - n + 1):
        if same_name(short, full[i:i + n]):
            extra = full[:i] + full[i + n:]
            if generic_noun_with_nisba(short, extra):
                return False  # الحكومة is not الحكومة العراقية: the adjective is what names it
            if all(w in descriptor_words() or is_nisba(w) for w in extra):
                return True
    return False


def generic_noun_with_nisba(short: NameKey, extra: NameKey) -> bool:
    return len(short) == 1 and short[0].startswith("ال") and any(is_nisba(w) for w in extra)


def is_part_of(short: NameKey, full: NameKey, label: str) -> bool:
    return is_person_part(short, full) if label == "PER" else is_described_part(short, full)
