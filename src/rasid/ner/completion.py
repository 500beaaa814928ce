"""Completing the tagger's ranges where Arabic news writes names in a fixed pattern.

A tagger trained on sentences one at a time cuts some names short or tags a common noun alone; these
patterns of news writing let rasid repair that on a sentence's token ranges before they become mentions:

- an apposed name between commas after a role (`المحلل السياسي، جمعة الدليمي، إن ...`): when the tagger
  tags part of the apposition as a person (or MISC), the whole apposition is the person;
- a family name in the nisba form (`السوداني`, `الدليمي`) right after a person's name of two words or more
  joins that name (`محمد شياع` + `السوداني`), and a name never ends on a link word (`صالح آل` + `الشيخ`);
- an institution or a facility named by a head word and the words after it (`وزارة الشؤون البلدية والقروية`,
  `اللجنة الدولية للصليب الأحمر`, `بلدية الهفوف`, `مطار الملك خالد`, `المسجد الأقصى`; `data/ner_body_heads.tsv`)
  is one ORG or LOC, taking in the tagger's ranges inside it;
- a lone organisation head word (`منظمة`, `ميليشيات`), a lone word with tanween (`صدامًا`) and a lone nisba
  tagged as a place (`السوري`) are common words, not names, and are dropped.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from ..text.normalize import word_match_key
from .lexicon import gazetteer, phrase_key, read_lexicon, read_table, single_words
from .rules import is_nisba, key_variants, title_finder

TokenRange = tuple[int, int, str]  # first token, end token, label

COMMAS = frozenset({"،", ","})
MAX_APPOSED_WORDS = 4  # first name, father's name, grandfather's, family: longer runs between commas are clauses
MIN_APPOSED_WORDS = 2  # a single word between commas is too often an adverb or a place
ROLE_REACH = 6  # the role's head word lies at most this many words before the comma (السفيرة الأميركية لدى العراق)
PERSON_LIKE = ("PER", "MISC")
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
    ranges = [r for r in ranges if not (r[1] - r[0] == 1 and (is_common_word(words[r[0]], keys[r[0]], r[2], lexicon)
                                                               or _place_as_adjective(keys, r, ranges)))]
    ranges = [r for r in ranges if not (r[0] > 0 and keys[r[0] - 1] in INDEX_WORDS) and not inside_event(keys, r)]
    ranges = complete_apposed_names(words, keys, ranges, lexicon)
    ranges = add_named_bodies(keys, ranges)
    ranges = add_triggered_places(keys, ranges)
    ranges = add_glued_places(keys, ranges)
    ranges = join_regions(keys, ranges)
    ranges = add_the_kingdom(keys, ranges)
    ranges = add_the_holy_mosques(keys, ranges)
    ranges = add_always_bodies(keys, ranges)
    ranges = add_named_clubs(keys, ranges)
    ranges = add_listed_bodies(keys, ranges)
    ranges = without_allegiance(keys, ranges)
    ranges = add_governorates(keys, ranges)
    ranges = after_prepositions(words, ranges)
    ranges = through_name_links(words, keys, ranges, lexicon)
    return without_leading_describer(keys, split_conjoined_names(keys, join_nisba_surnames(keys, ranges, lexicon)))


#: adverbs a name is run onto from the clause before it (`الزعيم الليبي حينذاك معمر القذافي`)
LEADING_ADVERBS = frozenset(word_match_key(w) for w in (
    "حينذاك", "حينئذ", "آنذاك", "انذاك", "حينها", "وقتها", "وقتذاك", "سابقا", "حاليا", "لاحقا", "أيضا", "ايضا"))


def without_leading_describer(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A person's name never opens with an adjective of origin or an adverb: `البرتغالي جوزيه جوميز` describes the
    coach `جوزيه جوميز` (the adjective is his description, as a title is); `حينذاك معمر القذافي` is `معمر القذافي`."""
    return [(first + 1, end, label) if label == "PER" and end - first >= 2 and (
        is_nisba(keys[first]) or keys[first] in LEADING_ADVERBS) else (first, end, label) for first, end, label in ranges]


MIN_CONJOINED_REST = 4  # letters after `وال` for a word to open a second name (`والي`, a surname, stays whole)


def opens_conjoined_name(key: str) -> bool:
    """`والقنفذة`, `والجيزاني`: `و` then a definite word long enough to be a name of its own."""
    return key.startswith("وال") and len(key) - 3 >= MIN_CONJOINED_REST


def split_conjoined_names(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """Two people or two places joined by `و` that the tagger ran into one (`عواجي والجيزاني`, `بارق والقنفذة`)
    become two names of the same type; a listed name that holds `و` (`البوسنة والهرسك`) and a place named by a
    head word (`مطار تعز الدولي والقاعدة الجوية`: the second part is no name) are left as they are."""
    result: list[TokenRange] = []
    for first, end, label in ranges:
        cuts = [i for i in range(first + 1, end) if opens_conjoined_name(keys[i])]
        if not cuts or label not in ("PER", "LOC") or _listed_whole(keys, first, end) or (
                label == "LOC" and _head(keys[first]) is not None):
            result.append((first, end, label))
            continue
        bounds = [first, *cuts, end]
        result += [(a, b, label) for a, b in pairwise(bounds)]
    return result


def _listed_whole(keys: Sequence[str], first: int, end: int) -> bool:
    match = gazetteer().longest_match(list(keys), first)
    return match is not None and match[0] >= end


#: words that join the parts of a person's name and never end one (`بن`, `آل`, `أبو`), as match keys
NAME_LINKS = frozenset(word_match_key(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "ابو", "أم", "عبد"))
MAX_LINKED_WORDS = 6  # words a name may run on through its links (`بن عبدالملك آل الشيخ`)


def through_name_links(words: Sequence[str], keys: Sequence[str], ranges: list[TokenRange],
                       lexicon: NameWords) -> list[TokenRange]:
    """A person's name the tagger ended on a link word (`صالح آل`, `عبدالله بن`) takes the word after each link
    (`صالح آل الشيخ`, `عبدالله بن مساعد`: after a link even a title word is a name), unless that word is
    punctuation, a function word or another name."""
    starts = {r[0] for r in ranges}
    linked = []
    for first, end, label in ranges:
        limit = min(len(keys), end + MAX_LINKED_WORDS)
        while (label == "PER" and end < limit and keys[end - 1] in NAME_LINKS and end not in starts
               and words[end].isalpha() and keys[end] not in lexicon.function_words):
            end += 1
        linked.append((first, end, label))
    return linked


#: a market index's name after its word is no organisation (`المؤشر داو جونز`, `مؤشر فايننشال تايمز 100`)
INDEX_WORDS = frozenset(word_match_key(w) for w in ("المؤشر", "مؤشر", "لمؤشر", "بمؤشر", "ومؤشر", "والمؤشر"))

#: words that open the name of an event, a competition, an agreement or a prize: the place or body named inside
#: it is no mention of its own (`قمة شرم الشيخ`, `كأس إنجلترا`, `دوري أبطال أوروبا`, `اتفاقية الرياض`)
EVENT_HEADS = frozenset(word_match_key(w) for w in (
    "قمة", "كأس", "كاس", "دوري", "بطولة", "اتفاقية", "إعلان", "مؤتمر", "منتدى", "مهرجان", "دورة", "عيد", "جائزة",
    "ملتقى", "أولمبياد", "مونديال", "ماراثون", "رالي", "معرض"))
EVENT_REACH = 2  # words between the event's head and the name (`دوري أبطال أوروبا`)


def inside_event(keys: Sequence[str], found: TokenRange) -> bool:
    """A place range within `EVENT_REACH` words after an event's head word, nothing but plain words between."""
    first, _, label = found
    if label != "LOC":
        return False
    for back in range(1, EVENT_REACH + 1):
        at = first - back
        if at < 0 or not keys[at].isalpha():
            return False
        if without_clitic(keys[at], EVENT_HEADS, "وبل") in EVENT_HEADS:
            return True
    return False


#: prepositions as written: never a word of a person's name (`على` with alef maqsura; the name is `علي`)
NAME_BREAKING_PREPOSITIONS = frozenset({"على", "إلى", "الى", "في", "من", "عن", "مع"})


def after_prepositions(words: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A person's range that holds a preposition (`مرشد الجمهورية على روحاني`, the tagger reading `على` as the
    name `علي`) keeps only the words after the last one; one that runs into `و` + a title ends before it."""
    kept = []
    titles = title_finder().heads
    for first, end, label in ranges:
        if label == "PER":
            cut = [at for at in range(first, end) if words[at] in NAME_BREAKING_PREPOSITIONS]
            if cut:
                first = cut[-1] + 1
            joined = [at for at in range(first, end) if _joined_title(word_match_key(words[at]), titles)]
            if joined and joined[0] == first:
                first += 1  # `والشيخ سعود`: the title of the next person, not a name
            elif joined:
                end = joined[0]  # `حاتم والشيخ سعود`: a second person begins with his title
            if first >= end:
                continue
        kept.append((first, end, label))
    return kept


def _joined_title(key: str, titles: frozenset[str] | set[str]) -> bool:
    """`والشيخ`, `والأمير`: a title with the conjunction that joins a second person."""
    return key.startswith("و") and len(key) > 3 and key[1:] in titles


@dataclass(frozen=True, slots=True)
class BodyHead:
    label: str  # ORG or LOC
    mode: str  # construct, tagged, definite or purpose (data/ner_body_heads.tsv)
    kind_word: bool = False  # the head says what kind of body it is and is no part of its name (نادي الهلال)
    kind_before_name: bool = False  # ... only before a name of its own (شركة سيمنس; شركة الكهرباء is whole)


@cache
def body_heads() -> dict[str, BodyHead]:
    """`data/ner_body_heads.tsv`: folded head word -> how an institution's or a facility's name goes on."""
    raw = resources.files("rasid.data").joinpath("ner_body_heads.tsv").read_text(encoding="utf-8")
    heads: dict[str, BodyHead] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            word, label, mode, *flags = (cell.strip() for cell in line.split("\t"))
            heads[word_match_key(word)] = BodyHead(label, mode, "kind" in flags or "namedkind" in flags,
                                                   "namedkind" in flags)
    return heads


#: definite words that describe a body without naming it (`وزارة المياه السابق`, `اللجنة المنظمة للحدث`)
NOT_IN_NAMES = frozenset(word_match_key(w) for w in (
    "السابق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة", "المقبل", "المقبلة", "الأخير", "الأخيرة", "الماضي",
    "الماضية", "المذكور", "المذكورة", "المعني", "المعنية", "المختص", "المختصة", "المسؤول", "المسؤولة", "التابع",
    "التابعة", "المنظمة", "المنظم", "المشرفة", "المشرف", "المكلفة", "المكلف", "نفسه", "نفسها", "ذاته", "ذاتها", "اليوم",
    "الإدارة", "الأمناء", "المديرين",  # مجلس الإدارة, مجلس الأمناء: a company's or a body's board, not a name
    "التدريس", "التحرير"))  # هيئة التدريس, هيئة التحرير: a faculty, an editorial board
#: a company's or a body's board (`مجلس إدارة الشركة`, `مجلس أمناء الجامعة`): no name of its own
BOARD_WORDS = frozenset(word_match_key(w) for w in ("إدارة", "أمناء", "مديري"))
HEAD_CACHE_SIZE = 1 << 17  # news words repeat: each word's head lookup is done once
MAX_BODY_WORDS = 6  # اللجنة الدولية للصليب الأحمر والهلال الأحمر: the head and five words


@lru_cache(maxsize=HEAD_CACHE_SIZE)
def _head(key: str) -> BodyHead | None:
    """The head a word is, a proclitic allowed before it; a definite word (`الوزارة`, `بالنادي`) is a head only
    where its definite form is listed (`الجيش`): with the article it names a body already mentioned."""
    heads = body_heads()
    bare = key[1:] if key[:1] in "وفبلك" and (len(key) > 3 or key[1:] in heads) else key  # `بحي`
    elided = "ال" + key[2:] if key.startswith("لل") and len(key) > 4 else None  # `للجيش` is لـ + الجيش
    for form in (key, bare, elided):
        if form in heads:
            return heads[form]
    if bare.startswith("ال") or key.startswith("لل"):
        return None
    return next((heads[v] for v in key_variants(key) if v in heads), None)


def _definite(key: str) -> bool:
    """`الأمن`, `والقروية`, `للصليب`: a definite word, `و` (a second name joined) or `لـ` (of) allowed before it."""
    if key.startswith("لل") and len(key) > 3 or key.startswith("ولل") and len(key) > 4:  # للحج, وللصليب
        return True
    bare = key[1:] if key[:1] == "و" and key[1:3] == "ال" else key
    return bare.startswith("ال") and len(bare) > 3 and bare not in NOT_IN_NAMES


#: relational adjectives that describe a body without naming it: `القوات العسكرية`, `الجهات الأمنية`
GENERIC_ADJECTIVES = frozenset(word_match_key(w) for w in (
    "العسكرية", "العسكري", "الأمنية", "الأمني", "الأجنبية", "الأجنبي", "الحكومية", "الحكومي", "المحلية", "المحلي",
    "الرسمية", "الرسمي", "الشعبية", "الشعبي", "النظامية", "النظامي", "الفنية", "الفني", "الإدارية", "الإداري",
    "المالية", "المالي", "السياسية", "السياسي", "الخارجية", "الداخلية", "البرية", "الجوية", "البحرية", "المعنية",
    "المختصة", "المسلحة", "المشتركة", "الخاصة", "الحالية", "الانتقالية", "التنفيذية", "الاستشارية", "الفرعية"))

#: adjectives that describe a place rather than name it (`حي الرويس الشعبي`, `شارع التحلية التجاري`)
PLACE_DESCRIBERS = frozenset(word_match_key(w) for w in (
    "الشعبي", "الشعبية", "العشوائي", "العشوائية", "التجاري", "التجارية", "الرئيسي", "الرئيسية", "السكني", "السكنية"))

#: definite adjectives that names of bodies take besides those of origin (`مديرية الأمن العام`)
NAME_ADJECTIVES = frozenset(word_match_key(w) for w in (
    "العام", "العامة", "الأعلى", "العليا", "الكبرى", "الأحمر", "الموحد", "الموحدة", "المسلحة", "المتحدة", "الحر",
    "الخاصة", "الخاص", "المركزي", "المركزية", "المستقلة", "المستقل", "الدائمة", "الدائم", "الطائرة"))


#: adjectives that make a definite head a name by themselves (`القوات المسلحة`, `البنك المركزي`, `المجلس الأعلى`),
#: though some of them only describe elsewhere (`الجماعات المسلحة`: that head is no body head)
HEAD_NAME_ADJECTIVES = frozenset(word_match_key(w) for w in (
    "المسلحة", "المركزي", "المركزية", "الأعلى", "العليا", "المتحدة"))


def _goes_on(key: str, position: int, definite_head: bool = False, after_purpose: bool = False) -> bool:
    """Whether the word at `position` after the head (1 = right after it) may continue the name: a definite
    noun first (the genitive: `وزارة الثقافة`), then adjectives of origin or of names, a second name joined by
    `و` (`والإعلام`), or `لـ` + a noun (`للكهرباء`)."""
    if not key.isalpha() or not _definite(key):
        return False
    if key.startswith("و") and _head(key[1:]) is not None:
        return False  # `والمسجد النبوي`, `والهيئة السعودية`: a second body begins
    if position == 1:
        return True
    bare = key.removeprefix("و")
    if definite_head and key.startswith("و") and not after_purpose:
        return is_nisba(bare)  # `القوات الأمريكية والميليشيات`: two bodies, not one name
    return is_nisba(bare) or bare in NAME_ADJECTIVES or key.startswith(("و", "لل"))


ROYAL_WORDS = frozenset({"الملك", "الامير", "الاميره", "الشيخ", "الامام", "السلطان"})  # مستشفى الملك فهد
#: heads of places often named after a person, no royal word between (`شارع خالد بن الوليد`, `حي عمر بن الخطاب`)
NAMESAKE_HEADS = frozenset(word_match_key(w) for w in ("شارع", "حي", "ميدان", "ساحة", "جسر", "مسجد", "ملعب", "طريق"))


def head_clitic(word: str) -> int:
    """How many leading letters of `word` are a proclitic before a body head (`بحي`, `وبمستشفى`): 0 for none."""
    for size in (2, 1):
        clitic, rest = word[:size], word[size:]
        if len(clitic) == size and all(ch in "وفبلك" for ch in clitic) and word_match_key(rest) in body_heads():
            return size
    return 0


def without_clitic(key: str, listed: Collection[str], clitics: str = "وفبلك") -> str:
    """`key` without its one-letter proclitic when what remains is a listed word (`بشارع` -> `شارع` among the
    heads, `بمحافظة` -> `محافظة` among the kinds of place); `key` itself otherwise."""
    return key[1:] if key[:1] in clitics and key[1:] in listed else key


def _head_word(key: str) -> str:
    """The word without a proclitic when what remains is a body head (`بشارع` -> `شارع`)."""
    return without_clitic(key, body_heads())


def _may_absorb(keys: Sequence[str], head: int, first: int, label: str, end: int | None = None) -> bool:
    """Whether the tagged name `[first, end)` is part of the body opened at `head`: a place or an organisation
    right after the head (`بلدية الهفوف`), a person after a royal word (`جامعة الملك سعود`) or right after the
    head with the body's purpose after the name (`مركز محمد بن نايف للمناصحة`, `جائزة زايد للكتاب`); never a name
    further on (`نادي النصر فيصل بن تركي` is the club and its president)."""
    if label != "PER":
        return first == head + 1
    if first == head + 1 and _head_word(keys[head]) in NAMESAKE_HEADS:
        return True  # `شارع خالد بن الوليد`: a street named after a person
    if first == head + 1 and end is not None and end < len(keys) and keys[end].startswith("لل") and len(keys[end]) > 4:
        return True
    return keys[first] in ROYAL_WORDS or (first >= 1 and keys[first - 1] in ROYAL_WORDS and first - head <= 2)


def _body_end(keys: Sequence[str], i: int, head: BodyHead, starts: dict[int, int],
              labels: dict[int, str]) -> int:
    """Where the name opened by the head at `i` ends (`i + 1` when it does not go on)."""
    nxt = i + 1
    if nxt >= len(keys):
        return nxt
    royal = keys[nxt] in ROYAL_WORDS and nxt + 1 < len(keys) and nxt not in starts
    named = nxt + 1 if royal else nxt  # مستشفى الملك [خالد]; [الملك فهد] tagged whole is the name itself
    if head.mode == "tagged" and head.kind_word:
        if starts.get(i, i) > nxt:
            return starts[i]  # `صحيفة الرأي` tagged whole, kind word and all
        return starts[nxt] if nxt in starts and labels[nxt] != "PER" else nxt  # the name the tagger found, no more
    if head.mode == "tagged" and head.label == "ORG" and without_clitic(keys[nxt], PLACE_KINDS) in PLACE_KINDS:
        for place in (nxt, nxt + 1):  # the place tagged with its kind word or after it
            if labels.get(place) == "LOC":
                return starts[place]  # `شرطة محافظة جدة`, `شرطة منطقة مكة المكرمة`: a body named with its region
    if head.mode == "tagged" and (named not in starts or not _may_absorb(keys, i, named, labels[named], starts[named])):
        return nxt
    if _is_force(keys[i]) and keys[nxt] in GENERIC_FORCES:
        return nxt  # `قوات الأمن`, `قوات النظام`: forces described, not a named force (`قوات التحالف`)
    if head.mode == "purpose" and not _adjective_then_purpose(keys, nxt):
        return nxt  # `الإدارة الأمريكية` describes; `الإدارة العامة للتعليم` names
    if head.mode == "definite" and not ((is_nisba(keys[nxt]) and keys[nxt] not in GENERIC_ADJECTIVES)
                                        or keys[nxt] in HEAD_NAME_ADJECTIVES
                                        or (head.label == "LOC" and _definite(keys[nxt]))
                                        or _adjective_then_purpose(keys, nxt)):
        return nxt
    end = nxt
    chained, purposed = 0, False  # an indefinite noun between a construct head and its genitive: `مديرية أمن القاهرة`
    if head.mode == "construct" and _chain_noun(keys, nxt, starts):
        end, chained = nxt + 1, 1
    while end < len(keys) and end - i < MAX_BODY_WORDS:
        definite_head = head.mode in ("definite", "purpose")
        position = end - i - chained + definite_head  # after a definite head, only adjectives go on
        if end in starts and _may_absorb(keys, i + chained, end, labels[end], starts[end]):  # `مطار الباحة`
            end = max(end + 1, starts[end])
        elif head.label == "LOC" and keys[end] in PLACE_DESCRIBERS:
            break  # `حي الرويس العشوائي`: the district described, not named
        elif keys[end] == DEDICATED and end + 1 < len(keys) and keys[end + 1].startswith("ب"):
            break  # `قوات التحالف الدولي الخاص بمحاربة داعش`: what the coalition is for (`قوات الطوارئ الخاصة` is a name)
        elif (_goes_on(keys[end], position, definite_head, keys[end - 1].startswith("لل"))
              or (end == nxt and definite_head)):  # `للغذاء والدواء`: a purpose's second noun
            end += 1
        elif _governed_object(keys, end):
            end += 2  # `اللجنة السعودية للرقابة على المنشطات`: the purpose's own preposition and its object
        elif (end > nxt and not purposed and _after_describer(keys[end - 1]) and not _is_force(keys[i])
              and _purpose_phrase(keys, end)):
            end, purposed = end + 2, True  # `المرصد السوري لحقوق الإنسان`, `الاتحاد السعودي لكرة القدم`
        elif end > nxt and not is_nisba(keys[end - 1]) and end + 1 not in starts and _conjoined_genitive(keys, end):
            end += 2  # `هيئة الاتصالات وتقنية المعلومات`, `الرئاسة العامة للأرصاد وحماية البيئة`
        else:
            break
    return _through_royal_name(keys, end)


def _through_royal_name(keys: Sequence[str], end: int) -> int:
    """A body's name that stops on a royal word goes on through the name it introduces, with its links
    (`جامعة الملك سعود`, `مستشفى الملك فيصل بن عبدالعزيز`) where the tagger did not tag that name."""
    if not (0 < end < len(keys) and keys[end - 1] in ROYAL_WORDS and keys[end].isalpha()
            and not keys[end].startswith("ال")):
        return end
    end += 1
    while end + 1 < len(keys) and keys[end] in NAME_LINKS and keys[end + 1].isalpha():
        end += 2
    return end


#: verbal nouns of a body's purpose with the preposition each one governs (`للرقابة على`, `للكشف عن`, `للوقاية
#: من`): what follows belongs to the purpose, where after another purpose (`الشركة السعودية للكهرباء على أهمية`)
#: the preposition is the verb's
GOVERNED = {word_match_key(preposition): frozenset(word_match_key(noun) for noun in nouns) for preposition, nouns in (
    ("على", ("الرقابة", "الإشراف", "التفتيش", "القضاء", "المحافظة", "الحفاظ")),
    ("عن", ("الكشف", "البحث", "الدفاع", "الإبلاغ", "التنقيب")),
    ("من", ("الوقاية", "الحد", "التحقق", "الحماية")))}


def _governed_object(keys: Sequence[str], at: int) -> bool:
    """Whether `keys[at]` is the preposition the purpose before it governs, with a definite object after it."""
    before = keys[at - 1]
    return (before.startswith("لل") and "ال" + before[2:] in GOVERNED.get(keys[at], ()) and at + 1 < len(keys)
            and keys[at + 1].isalpha() and _definite(keys[at + 1]))


#: nouns after `لـ` that start no purpose of a body (`لجنة الانضباط لذات السبب`, `لصالح الفريق`, `لمدة العام`)
NOT_PURPOSES = frozenset(word_match_key(w) for w in (
    "ذات", "نفس", "كل", "أجل", "هذا", "هذه", "ذلك", "تلك", "صالح", "مصلحة", "حساب", "مدة", "فترة", "يوم", "عام",
    "أول", "آخر", "بعض", "جميع", "عدم", "مواجهة", "دى", "دي"))


def _adjective_then_purpose(keys: Sequence[str], at: int) -> bool:
    """`اللجنة المحلية للانتخابات`, `الرئاسة العامة للأرصاد`: an adjective that alone would only describe the
    head (`اللجنة المحلية`) names it when the body's purpose follows, with `لل` or `لـ` + a noun."""
    if keys[at] not in GENERIC_ADJECTIVES and keys[at] not in NAME_ADJECTIVES:
        return False
    after = at + 1
    if after >= len(keys):
        return False
    return (keys[after].startswith("لل") and len(keys[after]) > 3 and keys[after].isalpha()) or _purpose_phrase(keys, after)


def _by_way_of(keys: Sequence[str], at: int) -> bool:
    """A head word that opens no name here: `عن طريق` (by way of), `برئاسة` (chaired by), `غير محكمة` (not sealed)."""
    return keys[at] in NOT_HEADS or (at > 0 and (keys[at - 1], keys[at]) in NOT_HEAD_PAIRS)


NOT_HEADS = frozenset(word_match_key(w) for w in ("برئاسة", "وبرئاسة"))
NOT_HEAD_PAIRS = frozenset((word_match_key(a), word_match_key(b)) for a, b in (("عن", "طريق"), ("غير", "محكمة")))


DEDICATED = word_match_key("الخاص")  # masculine: it describes a genitive before it, not a feminine head's name
#: what a force's head is followed by when it only describes (`قوات الأمن`, `قوات الاحتلال`), as match keys
GENERIC_FORCES = frozenset(word_match_key(w) for w in (
    "الأمن", "الاحتلال", "النظام", "الجيش", "الشرطة", "المعارضة", "الحكومة", "الاحتياط", "البرية", "الجوية",
    "البحرية", "الدولة", "العدو", "المدفعية", "المشاة", "الدبابات", "المدرعات", "الصواريخ"))
#: armed forces: what follows `القوات الأمريكية` after `لـ` is their mission (`لتقديم الدعم`), never their name
FORCES = frozenset(word_match_key(w) for w in ("القوات", "قوات", "الجيش", "جيش", "الحرس", "حرس", "كتائب"))


GOVERNORATE = word_match_key("إمارة")
REGION_KINDS = frozenset(word_match_key(w) for w in ("منطقة", "محافظة"))


def add_governorates(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """`إمارة منطقة جازان`, `إمارة محافظة الطائف`: the emirate of a Saudi region or governorate is its
    administration, an organisation whose name holds the place (the place is no mention of its own); `إمارة دبي`
    without a region word stays a place."""
    heads = [i for i, key in enumerate(keys[:-2]) if without_clitic(key, (GOVERNORATE,)) == GOVERNORATE
             and keys[i + 1] in REGION_KINDS]
    if not heads:
        return ranges
    ranges = list(ranges)
    for i in heads:
        place = next((r for r in ranges if r[2] == "LOC" and r[0] in (i, i + 1, i + 2)), None)
        if place is not None and not any(r[0] < i < r[1] for r in ranges):
            ranges.remove(place)
            ranges.append((i, place[1], "ORG"))
    return sorted(ranges)


#: words of allegiance: `القوات الموالية للشرعية`, `الحرس الجمهوري الموالي لصالح` describe whose side a force is on
ALLEGIANCE = frozenset(word_match_key(w) for w in ("الموالية", "الموالي", "الموالين", "الموالون"))


def without_allegiance(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """An organisation's name ends before a word of allegiance (`الحرس الجمهوري الموالي` → `الحرس الجمهوري`); a
    force left as its bare head word (`القوات الموالية للشرعية`) is described, not named, and is dropped."""
    kept: list[TokenRange] = []
    for first, end, label in ranges:
        cut = next((at for at in range(first + 1, end) if keys[at] in ALLEGIANCE), None) if label == "ORG" else None
        if cut is None:
            kept.append((first, end, label))
        elif not (cut - first == 1 and _is_force(keys[first])):
            kept.append((first, cut, label))
    return kept


def _is_force(key: str) -> bool:
    return without_clitic(key, FORCES, "وفبل") in FORCES or (key.startswith("لل") and "ال" + key[2:] in FORCES)


def _after_describer(key: str) -> bool:
    """Whether a purpose may follow this word of a name: an adjective (`السوري`) or a first purpose (`للشباب`);
    after a plain genitive (`هيئة تنظيم الاتصالات لمراجعة`) the `لـ` is more often the verb's."""
    return is_nisba(key.removeprefix("و")) or key.startswith("لل") or key in NAME_ADJECTIVES


def _purpose_phrase(keys: Sequence[str], at: int) -> bool:
    """`لحقوق الإنسان`, `لكرة القدم`, `لإدارة السجون`: `لـ` glued to an indefinite noun and its definite genitive,
    the purpose that ends many bodies' names."""
    key = keys[at]
    if not (key.startswith("ل") and not key.startswith("لل") and len(key) >= 4 and key.isalpha()):
        return False
    noun = key[1:]
    if noun in NOT_PURPOSES or noun in single_words("function_words") or noun.startswith("ال") or _head(noun) is not None:
        return False
    following = at + 1
    return following < len(keys) and _definite(keys[following]) and not keys[following].startswith(("و", "لل"))


def _conjoined_genitive(keys: Sequence[str], at: int) -> bool:
    """`وتقنية المعلومات`, `وحماية البيئة`, `وتطوير بيئة`: `و` + a noun shaped like a verbal noun (`ـة` last, or
    `تفعيل`) + its definite genitive, a second field of the body's name. A word whose own first letter is `و`
    (`وجود`, `وضع`) has neither shape once the letter is taken off; a head word starts another body; a clitic
    after the `و` (`وبشدة`) makes an adverb. The caller asks it only after a genitive or a purpose, not after an
    adjective (`الجيش الوطني وعودة اليمن`), and not before a name the tagger found."""
    key = keys[at]
    if not (key.startswith("و") and not key.startswith("وال") and key.isalpha() and len(key) >= 5):
        return False
    noun = key[1:]
    shaped = (noun.endswith("ه") and not noun.endswith("اته")  # `حماية`, `خدمة`; not `رجالاته`, his men
              or (noun.startswith("ت") and noun[-2] == "ي"))  # `تطوير`, `تأهيل`; not a verb, `تتناقص`
    if not shaped or noun[0] in "بلكف" or _head(noun) is not None or noun in single_words("function_words"):
        return False
    following = at + 1
    return following < len(keys) and _definite(keys[following]) and not keys[following].startswith(("و", "لل"))


def _chain_noun(keys: Sequence[str], at: int, starts: dict[int, int]) -> bool:
    """An indefinite noun that continues a construct head's chain (`محكمة جنايات القاهرة`, `إدارة مكافحة
    المخدرات`, `هيئة كبار العلماء`): a plain word, no clitic, no function word, followed by a definite word or
    a name the tagger found."""
    key = keys[at]
    if not key.isalpha() or len(key) < 3 or key.startswith(("ال", "و", "ب", "ل", "ك", "ف")):
        return False
    head = _head(key)
    if key in single_words("function_words") or key in BOARD_WORDS or (
            head is not None and not head.kind_word and head.mode != "tagged"):
        return False  # `هيئة تنظيم الاتصالات`, `مديرية صحة المنطقة`: a kind word or a weak head may be the chain's noun
    following = at + 1
    return following < len(keys) and (following in starts or (_definite(keys[following])
                                                                and not keys[following].startswith(("و", "لل"))))


def add_named_bodies(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """Institutions and facilities named by a head word and the words after it (`data/ner_body_heads.tsv`):
    the whole name as ORG or LOC, taking in (and replacing) the tagger's ranges inside it — a place inside an
    organisation's name (`بلدية الهفوف`) is part of that name, a name cut short (`وزارة الشؤون البلدية`) is
    completed."""
    starts = {first: end for first, end, _ in ranges}
    labels = {first: label for first, _, label in ranges}
    bodies: list[TokenRange] = []
    kinds: set[int] = set()
    i = 0
    while i < len(keys):
        head = _head(keys[i])
        if head is None or any(first < i < end for first, end, _ in ranges) or _by_way_of(keys, i):
            i += 1  # no head, one inside a name, or `عن طريق` (by way of)
            continue
        end = _body_end(keys, i, head, starts, labels)
        if end > i + 1:
            bodies.append((i, end, head.label))
            if head.kind_word and (not head.kind_before_name or _own_name_after(keys, i, starts)):
                kinds.add(i)  # `نادي النصر`: its name leaves the kind word out; `شركة الكهرباء` is the name whole
            i = end
        else:
            i += 1
    if not bodies:
        return ranges
    kept = [r for r in ranges if not any(r[0] < b[1] and b[0] < r[1] for b in bodies)]  # inside or across a body
    return sorted(kept + [_kind_word_out(keys, *body) if body[0] in kinds else body for body in bodies])


def _own_name_after(keys: Sequence[str], head: int, starts: dict[int, int]) -> bool:
    """After a head that is a kind word only before a name of its own (`شركة سيمنس`, `وكالة جالوب`): the word
    after it is not definite and the tagger found a name starting there (`وكالة تصنيف المقاولين` is one name)."""
    return not keys[head + 1].startswith("ال") and head + 1 in starts


def _kind_word_out(keys: Sequence[str], head: int, end: int, label: str) -> TokenRange:
    """A body named after its kind word (`نادي مرسيليا الفرنسي`, `تنظيم داعش`): the name is the words after that
    word, without the adjectives of origin that describe the club or the paper rather than name it."""
    while end - head > 2 and is_nisba(keys[end - 1].removeprefix("و")):
        end -= 1
    return head + 1, end, label


#: words that name the kind of place a name after them is (`محافظة ديالى`, `بلدة عرسال`); the kind word stays
#: out of the name, as `منطقة` and `محافظة` were left out by the news-names readers
PLACE_KINDS = frozenset(word_match_key(w) for w in (
    "مدينة", "محافظة", "ولاية", "إقليم", "قضاء", "ناحية", "بلدة", "قرية", "منطقة", "عاصمة", "دولة", "جزيرة", "مقاطعة"))
MAX_PLACE_WORDS = 3


def add_triggered_places(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A listed place right after a place-kind word (`في محافظة ديالى`, `بمدينة الموصل`) that the tagger left
    untagged is a place: the kind word says what the next words are."""
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    places = gazetteer()
    added = []
    for i, key in enumerate(keys[:-1]):
        if without_clitic(key, PLACE_KINDS, "وفبل") not in PLACE_KINDS or i + 1 in taken:
            continue
        match = places.longest_match(list(keys[i + 1:i + 1 + MAX_PLACE_WORDS]), 0)
        if match is not None and match[1] == "LOC" and not any(i + 1 + k in taken for k in range(match[0])):
            added.append((i + 1, i + 1 + match[0], "LOC"))
    return sorted(ranges + added) if added else ranges


#: listed places that are also common words once a clitic is glued on (`بصور`: with pictures, `بالخبر`: with the news)
PLACES_ALSO_WORDS = frozenset(word_match_key(w) for w in (
    "صور", "حرير", "القائم", "الحلة", "العمارة", "القادسية", "الخبر", "مشهد", "الجليل", "الزرقاء", "حماة",
    "الكرملين", "عمان", "واسط", "بابل"))
PLACE_CLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")


@cache
def glued_place_forms() -> dict[str, str]:
    """Each single-word place of rasid's own list and CLDR's (not GeoNames': its towns are too often words) as
    written after a proclitic (`بجدة`, `والموصل`, `للرياض`), to the place."""
    places = {p[0] for name in ("places", "places_cldr") for p in read_lexicon(name) if len(p) == 1}
    forms: dict[str, str] = {}
    for place in places - PLACES_ALSO_WORDS:
        forms.update(proclitic_forms(place, PLACE_CLITICS))
    return forms


def add_glued_places(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A listed place glued to a proclitic (`المدير العام للتعليم بجدة`, `عشائر الأنبار والموصل`) that the tagger
    left untagged is a place: the clitic hides the name from the tagger, not from the list."""
    forms = glued_place_forms()
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    added = [(i, i + 1, "LOC") for i, key in enumerate(keys) if key in forms and i not in taken]
    return sorted(ranges + added) if added else ranges


DIRECTIONS = frozenset(word_match_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))
#: continents: a direction before one names a region of its own (`شمال إفريقيا`, `جنوب شرق آسيا`); before a country
#: or a city it only says where in it (`شمال سوريا`), and the place alone is the name
CONTINENTS = frozenset(word_match_key(w) for w in ("آسيا", "أفريقيا", "إفريقيا", "افريقيا", "أوروبا", "أوربا",
                                                   "أمريكا", "أميركا", "الأمريكتين"))


#: the direction adjectives after a continent that name its region (`أوروبا الغربية`, `آسيا الوسطى`)
REGION_ADJECTIVES = frozenset(word_match_key(w) for w in ("الغربية", "الشرقية", "الشمالية", "الجنوبية", "الوسطى",
                                                          "اللاتينية"))


def join_regions(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A continent tagged as a place takes the directions before it into its name (`وشمال إفريقيا`) and a
    direction adjective after it (`أوروبا الغربية`)."""
    joined = []
    for first, end, label in ranges:
        if label == "LOC" and end - first == 1 and without_clitic(keys[first], CONTINENTS) in CONTINENTS:
            if end < len(keys) and keys[end] in REGION_ADJECTIVES:
                end += 1
            if keys[first] not in CONTINENTS:  # `وأوروبا`: a clitic opens the name, no direction before it
                joined.append((first, end, label))
                continue
            start = first
            while start > 0 and start > first - 2 and keys[start - 1].removeprefix("و") in DIRECTIONS:
                start -= 1
                if keys[start] not in DIRECTIONS:
                    break  # `وشمال`: the conjunction opens the region's name
            first = start
        joined.append((first, end, label))
    return joined


def proclitic_forms(word: str, clitics: Iterable[str]) -> dict[str, str]:
    """`word` as written with each of `clitics` before it, and, for a definite word, with `لل`/`ولل` (`للأمم`),
    each form to the word: a table a sentence's keys are looked up in once each."""
    forms = {clitic + word: word for clitic in clitics}
    if word.startswith("ال"):
        forms.update(dict.fromkeys(("لل" + word[2:], "ولل" + word[2:]), word))
    return forms


#: lexicons whose names are organisations wherever the tagger left them untagged: social networks and apps (the
#: companies, `واتساب`), and bodies whose one-word name is no common word (`الحوثيين`, `اليونسكو`)
ALWAYS_BODIES = ("platforms", "organisations_alone")


@cache
def always_body_forms(lexicon: str) -> dict[str, str]:
    """The first words of a lexicon's names, bare or after one of `و`, `ب`, `ل` (a bare form yields to a clitic
    reading of the same letters, as `without_clitic` reads them)."""
    firsts = {words[0] for words in read_lexicon(lexicon)}
    forms = {first: first for first in firsts}
    for first in firsts:
        forms.update(proclitic_forms(first, "وبل"))
    return forms


def add_always_bodies(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A listed social network or messaging app (`واتساب`, `سناب شات`), or a body whose one-word name is no common
    word (`الحوثيين`), that the tagger left untagged is an organisation."""
    for lexicon in ALWAYS_BODIES:
        ranges = _add_listed_alone(keys, ranges, lexicon)
    return ranges


def _add_listed_alone(keys: Sequence[str], ranges: list[TokenRange], lexicon: str) -> list[TokenRange]:
    forms = always_body_forms(lexicon)
    starts = [i for i, key in enumerate(keys) if key in forms]
    if not starts:
        return ranges
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    listed = read_lexicon(lexicon)
    added = []
    for i in starts:
        for size in (2, 1):
            words = (forms[keys[i]], *keys[i + 1:i + size])
            if len(words) == size and words in listed and not any(at in taken for at in range(i, i + size)):
                added.append((i, i + size, "ORG"))
                break
    return sorted(ranges + added) if added else ranges


#: words of the game before a club's name that make a listed club word the team (`جماهير الاتحاد`, `حارس الفيحاء`,
#: `بنادي الاتحاد`); `إدارة`, `رئيس`, `أمام` and `ضد` are left out: they come before a federation, an agreement
#: (`ضد الاتفاق النووي`) or any noun as often
CLUB_CONTEXT = frozenset(word_match_key(w) for w in (
    "فريق", "نادي", "جماهير", "جمهور", "عشاق", "لاعب", "لاعبو", "لاعبي", "مدرب", "حارس", "مرمى", "شباك", "مدافع",
    "مدافعو", "مدافعي", "مهاجم", "مهاجمو", "مهاجمي", "صفوف", "مباراة", "نظيره", "قميص"))


def add_named_clubs(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A listed club word the tagger left untagged is the club where a word of the game comes right before it
    (`جماهير الاتحاد`, `لاعبو الفيحاء`) or another listed club is joined to it by `و` (`بين الفتح والاتحاد`);
    elsewhere it is the common word it also is (`الاتحاد الجمركي`, `فئة الشباب`)."""
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    added = [(i, i + 1, "ORG") for i in range(len(keys)) if i not in taken and named_club_at(keys, i)]
    return sorted(ranges + added) if added else ranges


def named_club_at(keys: Sequence[str], i: int) -> bool:
    """Word `i` is a listed club word (`الاتحاد`, `للنصر`) after a word of the game or joined by `و` to another."""
    forms = always_body_forms("clubs")  # each club word bare or after `و`, `ب`, `ل` (`للاتحاد`)
    key = keys[i]
    if key not in forms:
        return False
    before = without_clitic(keys[i - 1], CLUB_CONTEXT, "وبل") if i > 0 else ""
    return before in CLUB_CONTEXT or (i + 1 < len(keys) and keys[i + 1].startswith("و") and keys[i + 1] in forms) or (
        key.startswith("و") and i > 0 and keys[i - 1] in forms)


@cache
def listed_bodies() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The organisations of `data/ner_organisations.txt` and every name of `data/ner_aliases.tsv` written in two
    words or more (`الدفاع المدني`, `مجلس الأمن الدولي`, `مجلس التعاون لدول الخليج العربية`), by first word, longest
    first: a single listed word (`الاتحاد`, `فتح`) is too often a common one; an alias opened by a kind word
    (`تنظيم داعش`, `حركة فتح`) is left to the body heads, which name such a body without it."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    heads = body_heads()
    aliases = {phrase_key(name) for row in read_table("aliases") for name in row}
    aliases = {phrase for phrase in aliases if not (phrase[0] in heads and heads[phrase[0]].kind_word)}  # `تنظيم داعش`
    for phrase in read_lexicon("organisations") | aliases:
        if len(phrase) >= 2:
            by_first.setdefault(phrase[0], set()).add(phrase)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


@cache
def listed_body_forms() -> dict[str, str]:
    """Every form a listed body's first word takes with a proclitic (`بالدفاع`, `للأمم`, `ومجلس`), to the word."""
    forms: dict[str, str] = {}
    for first in listed_bodies():
        forms.update(proclitic_forms(first, ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")))
    return forms


def is_listed_body(keys: Sequence[str], first: int, end: int) -> bool:
    """Whether words `[first, end)` are a listed body of two words or more (`listed_bodies`), a proclitic allowed
    on the first word, with any adjectives of origin after it."""
    head = listed_body_forms().get(keys[first]) if first < len(keys) else None
    if head is None:
        return False
    listed = listed_bodies()[head]
    while (head, *keys[first + 1:end]) not in listed:
        if end - first <= 2 or not is_nisba(keys[end - 1]):
            return False
        end -= 1  # `مجلس التعاون لدول الخليج العربية الست`: the name before its adjectives
    return True


def add_listed_bodies(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """A listed organisation of two words or more the tagger left untagged or cut into pieces, a proclitic on its
    first word allowed (`بالدفاع المدني`, `للأمم المتحدة`), is an organisation, with the adjectives of origin after it;
    never across the edge of another name."""
    bodies, forms = listed_bodies(), listed_body_forms()
    starts = [(i, forms[key]) for i, key in enumerate(keys) if key in forms]
    if not starts:
        return ranges
    ranges = list(ranges)
    for i, first in starts:
        for phrase in bodies[first]:
            end = i + len(phrase)
            if tuple(keys[i + 1:end]) != phrase[1:] or any(a < end and i < b and not i <= a < b <= end
                                                            for a, b, _ in ranges):
                continue  # not this phrase, or a name across its edge
            inside = [r for r in ranges if i <= r[0] and r[1] <= end]
            if len(inside) == 1 and inside[0][1] - inside[0][0] == len(phrase):
                continue  # tagged whole already
            for cut in inside:
                ranges.remove(cut)  # `مجلس التعاون` + `الخليج العربية`: the listed `مجلس التعاون لدول الخليج العربية`
            taken = {at for a, b, _ in ranges for at in range(a, b)}
            ending = {b: (a, b, label) for a, b, label in ranges}
            while end < len(keys) and end not in taken and is_nisba(keys[end]) and keys[end] not in GENERIC_ADJECTIVES:
                end += 1  # `المقاومة الشعبية الجنوبية`: an adjective of origin goes on with the name
            before = ending.get(i)
            if before is not None and before[2] == "ORG" and keys[i].startswith("و") and _ends_in_purpose(keys, before):
                ranges.remove(before)  # `اللجنة الدولية للصليب الأحمر والهلال الأحمر`: one coordinated name
                ranges.append((before[0], end, "ORG"))
            else:
                ranges.append((i, end, "ORG"))
            break
    return sorted(ranges)


def _ends_in_purpose(keys: Sequence[str], body: TokenRange) -> bool:
    """Whether a body's name closes on its `لـ` complement (`اللجنة الدولية للصليب الأحمر`), which a listed name
    joined by `و` continues (`والهلال الأحمر`); `الحرس الوطني والدفاع المدني` are two bodies."""
    return any(keys[at].startswith("ل") for at in range(body[0] + 1, body[1]))


KINGDOM = word_match_key("المملكة")
KINGDOM_FORMS = frozenset(proclitic_forms(KINGDOM, ("", "و", "ف", "ب")))


def add_the_kingdom(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """`المملكة` alone (`وتسعى المملكة`, `داخل المملكة`) names the country the paper writes from: a place, as news
    readers label it. Not when a name or an adjective follows (`المملكة المتحدة`, `المملكة الأردنية الهاشمية`,
    the tagger's or the body rules'), nor inside another range."""
    found = [i for i, key in enumerate(keys) if key in KINGDOM_FORMS]
    if not found:
        return ranges
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    added = [(i, i + 1, "LOC") for i in found if i not in taken
             and not (i + 1 < len(keys) and (is_nisba(keys[i + 1]) or keys[i + 1] in NAME_ADJECTIVES))]
    return sorted(ranges + added) if added else ranges


HOLY_MOSQUES = (word_match_key("الحرمين"), word_match_key("الشريفين"))
HOLY_MOSQUES_FORMS = frozenset(proclitic_forms(HOLY_MOSQUES[0], ("", "و", "ب", "ل", "وب", "ول")))
CUSTODIAN = frozenset(proclitic_forms(word_match_key("خادم"), ("", "و", "ل", "ب", "ول", "وب")))


def add_the_holy_mosques(keys: Sequence[str], ranges: list[TokenRange]) -> list[TokenRange]:
    """`الحرمين الشريفين` (the mosques of Mecca and Medina) is a place, except in the king's title `خادم الحرمين
    الشريفين`, which names no place."""
    taken = {at for first, end, _ in ranges for at in range(first, end)}
    added = [(i, i + 2, "LOC") for i in range(len(keys) - 1)
             if keys[i] in HOLY_MOSQUES_FORMS and keys[i + 1] == HOLY_MOSQUES[1] and i not in taken and i + 1 not in taken
             and not (i > 0 and keys[i - 1] in CUSTODIAN)]
    return sorted(ranges + added) if added else ranges


def is_common_word(word: str, key: str, label: str, lexicon: NameWords) -> bool:
    """A one-word mention that is no name: a word with tanween, an organisation head word, a nisba place
    (`السوري` is the adjective, `سوريا` the place)."""
    if is_indefinite(word):
        return True
    if label == "PER":
        return False
    if label == "LOC" and (head := _head(key)) is not None and head.label == "LOC" and head.mode == "definite":
        return True  # `المسجد`, `الحرم` alone: the building the text is about, not its name
    return lexicon.is_org_head(key) or (label == "LOC" and is_nisba(key) and gazetteer().phrases.get((key,)) != "LOC")


def _place_as_adjective(keys: Sequence[str], found: TokenRange, ranges: list[TokenRange]) -> bool:
    """`الحدود السعودية`, `الصحف العربية`: a place (or a channel) named by a feminine nisba, right after a definite
    noun that is no name itself, is that noun's adjective (`أعلنت السعودية`, `في السعودية` stay the country)."""
    first, _, label = found
    if label not in ("LOC", "ORG") or first == 0:
        return False  # `الصحف العربية` is no channel either
    return adjective_after(keys[first - 1], keys[first]) and not any(r[0] <= first - 1 < r[1] for r in ranges)


def adjective_after(before: str, key: str) -> bool:
    """Whether `key`, a feminine nisba, describes the definite noun `before` (`الحدود السعودية`, `للكرة السعودية`)
    rather than naming a place; `before` must be no name head, nisba or function word itself."""
    if not (is_nisba(key) and key.endswith("يه")):
        return False
    if not (before.startswith(("ال", "وال", "بال", "لل")) and before.isalpha() and len(before) > 4):
        return False
    bare = before[1:] if before[:1] in "وب" else before
    return bare not in single_words("function_words") and not is_nisba(bare) and _head(bare) is None


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
