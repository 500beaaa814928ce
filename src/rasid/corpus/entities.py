"""The `entities` corpus step: mentions merged into entities within and across documents.

Mentions are first given the type most of their name's mentions have (`داعش` tagged PER once and ORG ten
times is ORG). Then, fullest names first, each name joins the entity with the same name (clitics, outlet
aliases and spelling variants folded by `rasid.ner.names`), or the one fuller entity it is a part of
(surname → full name; `داعش` → `تنظيم داعش الإرهابي`); a part that fits several entities joins the one named
in the same document, and stays apart when that too is ambiguous, so two people who share a surname are
never merged. Last, a title given to exactly one person in an article (`رئيس الوزراء العراقي`) is a mention of
that person where the article uses it alone. Ids derive from type and canonical name, so they are stable.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..ingest.metadata import is_known_outlet
from ..model import Document
from ..ner.boundaries import QUOTES
from ..ner.lexicon import gazetteer, single_words
from ..ner.names import NameKey, display_name, is_part_of, name_key, same_name, variant_length_pair
from ..ner.rules import SINGLE_CLITICS
from ..text.normalize import fold_in_place, match_key
from . import StoryContext
from .records import span_record

MAJORITY_SHARE = 2 / 3  # a name's mentions are relabelled only when this share agrees on another type
MIN_TITLE_WORDS = 2  # a lone one-word title (الرئيس) is too vague to stand for a person
MIN_SURNAME_LETTERS = 5  # shorter surnames (حسين, علي) are too often another word or another person


@dataclass(slots=True)
class Mention:
    doc: Document
    start: int
    end: int
    label: str
    key: NameKey
    title: str | None = None
    from_title: bool = False

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]


@dataclass(slots=True)
class Entity:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[NameKey] = field(default_factory=list)
    names_by_length: dict[int, list[NameKey]] = field(default_factory=dict)  # `names` again, by word count

    def add_name(self, key: NameKey) -> None:
        self.names.append(key)
        self.names_by_length.setdefault(len(key), []).append(key)

    def has_name(self, key: NameKey) -> bool:
        """Whether a name of the entity is `key` or a spelling of it (`same_name` needs as many words)."""
        return any(same_name(key, name) for name in self.names_by_length.get(len(key), ()))

    def has_part(self, key: NameKey) -> bool:
        """Whether `key` is part of a name of the entity (`is_part_of` needs a name of more words)."""
        return any(is_part_of(key, name, self.label)
                   for length, names in self.names_by_length.items() if length > len(key) for name in names)

    def in_doc(self, doc_id: str) -> bool:
        return any(m.doc.id == doc_id for m in self.mentions)


def collect_mentions(documents: list[Document]) -> list[Mention]:
    mentions = []
    for doc in documents:
        tagged = doc.layers.get("entities", ())
        speakers = speaker_name_mentions(doc, tagged)
        for span in tagged:
            key = name_key(doc.text[span.start:span.end])
            if key and not any(m.start <= span.start and span.end <= m.end for m in speakers):
                mentions.append(Mention(doc, span.start, span.end, span.label, key, span.attrs.get("title")))
        mentions.extend(speakers)
    return mentions


#: a named speaker introduced by a role and a comma (`المحلل السياسي، جمعة الدليمي`): the name after the comma
APPOSED_NAME = re.compile(r"^(?P<role>[^،]+)،\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,2})\s*،?\s*$")


def overlaps_otherwise(span: Any, start: int, end: int) -> bool:
    """Whether a tagged span overlaps `[start, end)` other than as a person inside it (`الدليمي` inside
    `جمعة الدليمي` is the same person, cut short)."""
    inside = start <= span.start and span.end <= end and span.label == "PER"
    return span.start < end and start < span.end and not inside


def speaker_name_mentions(doc: Document, tagged: tuple[Any, ...]) -> list[Mention]:
    """Person mentions for named speakers the tagger missed or cut short: the name a statement gives after a
    role and a comma, when no tagged entity overlaps it but a person inside it (which the fuller mention then
    replaces). The statement finder has already told the role from the name; anonymous sources never qualify."""
    found: list[Mention] = []
    for span in doc.layers.get("statements", ()):
        start, end = span.attrs.get("speaker_start"), span.attrs.get("speaker_end")
        if span.attrs.get("anonymous") or start is None or end is None:
            continue
        match = APPOSED_NAME.match(doc.text[start:end])
        if not match or match.group("name").startswith("ال"):
            continue
        name_start = start + match.start("name")
        name_end = start + match.end("name")
        if any(overlaps_otherwise(t, name_start, name_end) for t in tagged) or \
                any(m.start == name_start for m in found):
            continue
        key = name_key(doc.text[name_start:name_end])
        if key and not single_words("titles") & set(key):
            found.append(Mention(doc, name_start, name_end, "PER", key, match.group("role").strip()))
    return found


def quoted_outlet(mention: Mention) -> bool:
    """An organisation mention in quotation marks that names a listed outlet (`لـ"الرياض"`): the paper, whatever
    the city's mentions say."""
    text = mention.doc.text
    return (mention.label == "ORG" and 0 < mention.start and mention.end < len(text)
            and text[mention.start - 1] in QUOTES and text[mention.end] in QUOTES
            and is_known_outlet(mention.text))


def relabel_by_majority(mentions: list[Mention]) -> None:
    """Give every mention of a name the type that at least `MAJORITY_SHARE` of that name's mentions have (a quoted
    outlet keeps its own and has no vote: `«الشرق الأوسط»` the paper, `في الشرق الأوسط` the region)."""
    votes: dict[NameKey, Counter[str]] = defaultdict(Counter)
    outlets = {id(m) for m in mentions if quoted_outlet(m)}  # the paper, not the region or city it is named after
    for m in mentions:
        if id(m) not in outlets:
            votes[m.key][m.label] += 1
    for m in mentions:
        if id(m) in outlets:
            continue
        label, count = votes[m.key].most_common(1)[0]
        if count >= MAJORITY_SHARE * sum(votes[m.key].values()):
            m.label = label


def surnames_as_people(mentions: list[Mention]) -> None:
    """A one-word place or organisation that is the last word of a person's full name in the same article is
    that person (`فاليري آموس` ... `وستقود آموس الكلية`): the tagger took a foreign surname alone for a place."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "PER" and len(m.key) >= 2 and len(m.key[-1]) >= MIN_SURNAME_LETTERS:
            surnames[m.doc.id].add(m.key[-1])
    for m in mentions:
        if m.label in ("LOC", "ORG") and len(m.key) == 1 and m.key[0] in surnames.get(m.doc.id, ()):
            m.label = "PER"


def index_word(word: str) -> str:
    """The bucket a word is indexed under: its first letters after the article (variants share them)."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return stem[:2]


def word_buckets(word: str) -> set[str]:
    """The word's bucket, and its bucket without a leading clitic letter: `وصندوق` is a spelling of `صندوق`
    for `same_word`, so both must meet in one bucket."""
    buckets = {index_word(word)}
    if word[:1] in SINGLE_CLITICS and len(word) > 3:
        buckets.add(index_word(word[1:]))
    return buckets


def sized_buckets(word: str) -> set[str]:
    """The word's buckets with its length (`شر|5`): see `CandidateIndex._near_word`."""
    return {f"{bucket}|{len(word)}" for bucket in word_buckets(word)}


@lru_cache(maxsize=64)
def variant_lengths(length: int) -> tuple[int, ...]:
    """The lengths of the words `same_word` may find a word of `length` letters to be a spelling of."""
    return tuple(other for other in range(1, 2 * length + 2) if other == length or variant_length_pair(length, other))


def pair_buckets(key: NameKey) -> set[str]:
    """Buckets of a name's first two words together (`محمد شياع ...`)."""
    return {f"{a} {b}" for a in word_buckets(key[0]) for b in word_buckets(key[1])}


def choose_entity(candidates: list[Entity], mention: Mention) -> Entity | None:
    """The one candidate, or the one named in the mention's document; None when it stays ambiguous."""
    if len(candidates) == 1:
        return candidates[0]
    same_doc = [e for e in candidates if e.in_doc(mention.doc.id)]
    return same_doc[0] if len(same_doc) == 1 else None


class CandidateIndex:
    """Entities filed under the buckets (`index_word`) of their names' words, in the roles a match needs.

    A same name starts with a like word; a person's part shares the first or the last word of the full name
    (`السوداني`, `محمد شياع`, `محمد السوداني`); another part of a name starts at one of its words. Filing
    people by first and last word only keeps middle words (`عبد`, `بن`) from making every person a candidate.
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str, str], dict[int, Entity]] = defaultdict(dict)
        self._names: dict[tuple[str, NameKey], dict[int, Entity]] = defaultdict(dict)
        self._containing: dict[tuple[str, NameKey], list[Entity]] = {}

    def add(self, entity: Entity, key: NameKey) -> None:
        self._names[(entity.label, key)][id(entity)] = entity
        filed = [("first", sized_buckets(key[0]))]
        if entity.label != "PER":
            filed += [("any", sized_buckets(w)) for w in key]
        else:
            filed.append(("last", sized_buckets(key[-1])))
            if len(key) >= 2:
                filed.append(("opening", pair_buckets(key)))
        for role, buckets in filed:
            for bucket in buckets:
                self._buckets[(entity.label, role, bucket)][id(entity)] = entity

    def _near(self, label: str, role: str, buckets: set[str]) -> dict[int, Entity]:
        found: dict[int, Entity] = {}
        for bucket in buckets:
            found.update(self._buckets.get((label, role, bucket), {}))
        return found

    def _near_word(self, label: str, role: str, word: str) -> dict[int, Entity]:
        """Entities filed under `word`'s buckets with a word of a length `same_word` can match: the buckets
        carry the filed word's length (`شر|5`), so a word never meets candidates it could not be a spelling of."""
        return self._near(label, role, {f"{bucket}|{length}" for bucket in word_buckets(word)
                                        for length in variant_lengths(len(word))})

    def named(self, label: str, key: NameKey) -> list[Entity]:
        """Entities with exactly this name, else those with a spelling of it."""
        exact = list(self._names.get((label, key), {}).values())
        if exact:
            return exact
        return [e for e in self._near_word(label, "first", key[0]).values() if e.has_name(key)]

    def containing(self, label: str, key: NameKey) -> list[Entity]:
        """Entities of which `key` is a part (`is_part_of`): for a person, a name ending like it (`السوداني`)
        or, for two words or more, opening like it (`محمد شياع`) or with its first and last word.

        Asked in `group_mentions`' order (longest names first), the answer for a key never changes once it is
        asked: only names longer than the key can contain it, and every one of those is filed already. So
        each key is worked out once (a common name such as `السعودية` is asked thousands of times)."""
        cached = self._containing.get((label, key))
        if cached is None:
            cached = self._containing[(label, key)] = self._find_containing(label, key)
        return cached

    def _find_containing(self, label: str, key: NameKey) -> list[Entity]:
        if label != "PER":
            nearby = self._near_word(label, "any", key[0])
        elif len(key) == 1:
            nearby = self._near_word(label, "last", key[0])
        else:
            nearby = {**self._near(label, "opening", pair_buckets(key)), **self._near_word(label, "last", key[-1])}
        return [e for e in nearby.values() if e.has_part(key)]


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Merge mentions into entities, fullest names first (see the module docstring)."""
    entities: list[Entity] = []
    index = CandidateIndex()
    for mention in sorted(mentions, key=lambda m: (-len(m.key), m.doc.id, m.start)):
        exact = index.named(mention.label, mention.key)
        entity = choose_entity(exact, mention) if exact else None
        if entity is None and not exact:
            entity = choose_entity(index.containing(mention.label, mention.key), mention)
        if entity is None:
            entity = Entity(mention.label)
            entities.append(entity)
        entity.mentions.append(mention)
        if mention.key not in entity.names_by_length.get(len(mention.key), ()):
            entity.add_name(mention.key)
        index.add(entity, mention.key)
    return entities


def first_names_to_people(entities: list[Entity]) -> list[Entity]:
    """A person's first name used alone (`فاتن`) in an article that names one person, in full, with that first name
    (`فاتن حمامة`) is that person there; elsewhere it stays an entity of its own. The entities that lose every
    mention are dropped."""
    holders: dict[tuple[str, str], dict[int, Entity]] = defaultdict(dict)
    surnamed: set[tuple[str, str]] = set()  # (document, a word that ends a person's name there): `بوش` of `جيب بوش`
    for entity in entities:
        if entity.label == "PER":
            firsts = {name[0] for name in entity.names if len(name) >= 2}
            lasts = {name[-1] for name in entity.names if len(name) >= 2}
            for m in entity.mentions:
                for first in firsts:
                    holders[(m.doc.id, first)][id(entity)] = entity
                surnamed.update((m.doc.id, last) for last in lasts)
    for entity in entities:
        if entity.label != "PER" or any(len(name) > 1 for name in entity.names):
            continue
        kept = []
        for m in entity.mentions:
            owners = holders.get((m.doc.id, m.key[0]), {})
            if len(owners) == 1 and (m.doc.id, m.key[0]) not in surnamed:
                next(iter(owners.values())).mentions.append(m)
            else:
                kept.append(m)
        entity.mentions = kept
    return [entity for entity in entities if entity.mentions]


def title_pattern(title: str) -> re.Pattern[str]:
    """The title as written, after an optional clitic letter, as whole words, adjectives of origin or kind after it
    (`more`, which `add_title_mentions` checks against the words before the person's own mentions)."""
    words = r"\s+".join(re.escape(w) for w in title.split())
    return re.compile(rf"(?<!\w)[وفبلك]?(?P<title>{words})(?P<more>(?:\s+ال\w+ي[ةه]?)*)(?!\w)")


TITLE_CONTEXT = 40  # characters before a person's mention where the adjectives of their title are looked for
TITLE_ADJECTIVE_WORDS = 2  # the adjectives of a title stand right before the name (`… الأميركي جون كيري`)


def person_adjectives(person: Entity) -> set[str]:
    """The words (match keys, a feminine ending dropped) right before the person's own mentions and in their titles,
    in every article that names them: the adjectives their titles take (`وزير الخارجية الأميركي جون كيري`)."""
    words: set[str] = set()
    for m in person.mentions:
        if not m.from_title:
            before = WORD.findall(m.doc.text[max(0, m.start - TITLE_CONTEXT):m.start])[-TITLE_ADJECTIVE_WORDS:]
            words.update(_adjective_key(w) for w in before + WORD.findall(m.title or ""))
    return words


def _adjective_key(word: str) -> str:
    key = match_key(word)
    return key[:-1] if key.endswith("يه") else key  # `التونسية` agrees with `التونسي`


def mentions_by_doc(entities: list[Entity]) -> dict[str, list[tuple[Entity, Mention]]]:
    """Every mention with its entity, grouped by document id: built once, so the passes below stay linear."""
    grouped: dict[str, list[tuple[Entity, Mention]]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            grouped[m.doc.id].append((entity, m))
    return grouped


def titled_people(doc_mentions: list[tuple[Entity, Mention]]) -> dict[str, Entity]:
    """Title text -> the one person given that title in this document (titles shared by two are left out)."""
    owners: dict[str, dict[int, Entity]] = defaultdict(dict)
    for entity, m in doc_mentions:
        if entity.label == "PER" and m.title and len(m.title.split()) >= MIN_TITLE_WORDS:
            owners[m.title][id(entity)] = entity
    return {title: next(iter(people.values())) for title, people in owners.items() if len(people) == 1}


def add_title_mentions(entities: list[Entity], documents: list[Document]) -> None:
    """Where an article uses a person's title alone, add that phrase as a mention of the person."""
    grouped = mentions_by_doc(entities)
    adjectives: dict[int, set[str]] = {}  # a person's adjectives, worked out once when first needed
    for doc in documents:
        doc_mentions = grouped.get(doc.id, [])
        taken = [(m.start, m.end) for _, m in doc_mentions]
        for title, person in titled_people(doc_mentions).items():
            for match in title_pattern(title).finditer(doc.text):
                start, end = match.start("title"), match.end("more")
                if match.group("more"):
                    if id(person) not in adjectives:
                        adjectives[id(person)] = person_adjectives(person)
                    if not {_adjective_key(w) for w in match.group("more").split()} <= adjectives[id(person)]:
                        continue  # `وزير الخارجية الإيراني` is another minister than `… الأميركي جون كيري`
                if not any(a < end + 3 and start < b for a, b in taken):  # not a titled name, nor inside one
                    person.mentions.append(Mention(doc, start, end, "PER", name_key(doc.text[start:end]),
                                                   from_title=True))
                    taken.append((start, end))


WORD = re.compile(r"\w+")


def extend_to_full_name(entity: Entity, full: NameKey) -> None:
    """Stretch a mention whose words begin the entity's full name when the text goes on with the rest."""
    for m in entity.mentions:
        if m.from_title or len(m.key) >= len(full) or m.key != full[:len(m.key)]:
            continue
        following = WORD.finditer(m.doc.text, m.end)
        found = [next(following, None) for _ in full[len(m.key):]]
        words = [w for w in found if w is not None]
        if len(words) < len(found) or not m.doc.text[m.end:words[0].start()].isspace():
            continue
        if tuple(match_key(w.group()) for w in words) == full[len(m.key):]:
            m.end, m.key = words[-1].end(), full


def shared_surnames(entities: list[Entity]) -> set[tuple[str, str]]:
    """`(doc id, surname)` pairs where two people of that surname are named in the same article."""
    owners: Counter[tuple[str, str]] = Counter()
    for entity in entities:
        if entity.label == "PER":
            surname = max(entity.names, key=len)[-1]
            owners.update({(m.doc.id, surname) for m in entity.mentions})
    return {pair for pair, count in owners.items() if count > 1}


class WordIndex:
    """Where a folded word stands in each article, a leading و/ف/ب/ل left out: a search of the article's
    text folded once in place (`fold_in_place`, offsets unchanged)."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}

    def positions(self, doc: Document, key: str) -> list[tuple[int, int]]:
        """`(start, end)` of every word of `doc` whose key is `key`, a clitic letter before it left out."""
        folded = self._folded.get(doc.id)
        if folded is None:
            folded = self._folded[doc.id] = fold_in_place(doc.text)
        return [m.span(1) for m in word_pattern(key).finditer(folded)]


WORD_CLITICS = "وفبل"


@lru_cache(maxsize=4096)
def word_pattern(key: str) -> re.Pattern[str]:
    """A whole folded word `key`, maybe after one clitic letter (group 1 is the word without it)."""
    return re.compile(rf"(?<!\w)[{WORD_CLITICS}]?({re.escape(key)})(?!\w)")


PATRONYMIC_LINKS = frozenset({"بن", "بنت", "ابن", "ال", "آل", "ابو", "أبو", "ام", "أم"})


def add_surname_mentions(entity: Entity, full: NameKey, shared: set[tuple[str, str]], words: WordIndex,
                         taken_by_doc: dict[str, list[tuple[int, int]]]) -> None:
    """In the articles that name a person, the untagged bare surname (`السوداني`) is a mention too,
    unless another person of that surname is named there as well, the word lies inside another entity's
    mention, or it follows `بن`/`آل` (`سعد بن عبدالعزيز`: part of another man's name)."""
    surname = full[-1]
    if entity.label != "PER" or len(full) < 2 or len(surname) < MIN_SURNAME_LETTERS:
        return
    own_documents = {m.doc.id: m.doc for m in entity.mentions}  # only the articles that name the person
    for doc in own_documents.values():
        if (doc.id, surname) in shared:
            continue
        taken = taken_by_doc.get(doc.id, [])  # every entity's mentions there, this one's included
        for start, end in words.positions(doc, surname):
            before = doc.text[max(0, start - 6):start].split()
            if before and before[-1] in PATRONYMIC_LINKS:
                continue
            if not any(a < end and start < b for a, b in taken):
                entity.mentions.append(Mention(doc, start, end, "PER", (surname,)))


def canonical_name(entity: Entity) -> str:
    """A person's fullest name (most words, then most mentions, then first met); a place's or a body's most used
    name, then the fuller (`الرياض` of 1,700 mentions, not `مطار الرياض الدولي` of three: a longer name of a place
    or a body is more often a description of it than its name)."""
    named = [m for m in entity.mentions if not m.from_title] or entity.mentions
    counts = Counter(m.key for m in named)
    order = {id(m): i for i, m in enumerate(named)}
    if entity.label == "PER":
        titled = {key for key in counts if opens_with_title(key)}  # each distinct name once, not each mention
        named = [m for m in named if m.key not in titled] or named  # `مستشاري أوباما` names `أوباما`
        best = max(named, key=lambda m: (len(m.key), counts[m.key], -order[id(m)]))
    else:
        best = max(named, key=lambda m: (counts[m.key], len(m.key), -order[id(m)]))
    return display_name(best.text)


#: endings a title takes before a name it governs (`مستشاري أوباما`, `مليكنا سلمان`): plural or possessive
TITLE_ENDINGS = ("ي", "نا", "ين", "ون", "ه")
KIN_TITLES = frozenset(match_key(w) for w in ("العم", "الخال", "الحاج", "مليك", "الفقيد", "الراحل"))


def opens_with_title(key: NameKey) -> bool:
    """The name's first word is a title, a kinship or honorific word, bare or with a plural or possessive ending:
    a person's tagged name run onto the word before it, never their name."""
    first = key[0]
    if gazetteer().phrases.get((first,)) == "PERF":
        return False  # `سلطان`, `قائد`: first names too
    forms = {first} | {first[:-len(end)] for end in TITLE_ENDINGS if first.endswith(end) and len(first) > len(end) + 2}
    titles = title_words()
    return any(form in titles or "ال" + form in titles for form in forms)


@cache
def title_words() -> frozenset[str]:
    return single_words("titles") | KIN_TITLES


def entity_id(label: str, name: str) -> str:
    """`PER-` and ten hex digits of a hash of the folded canonical name: the same name gives the same id."""
    digest = hashlib.blake2b(f"{label}|{match_key(name)}".encode(), digest_size=5).hexdigest()
    return f"{label}-{digest}"


def entity_record(entity: Entity) -> dict[str, Any]:
    name = canonical_name(entity)
    mentions = sorted(entity.mentions, key=lambda m: (m.doc.id, m.start))
    aliases = list(dict.fromkeys(display_name(m.text) for m in mentions))
    titles = list(dict.fromkeys(m.title for m in mentions if m.title))
    return {"id": entity_id(entity.label, name), "type": entity.label, "name": name,
            "aliases": [a for a in aliases if a != name], "titles": titles,
            "mentions": [mention_record(m) for m in mentions]}


def mention_record(mention: Mention) -> dict[str, Any]:
    """`{doc, start, end, text}`, and `by: title` where a role phrase alone (`رئيس الوزراء`) stands for the
    person: a mention of the entity, not a name (name-level scoring leaves it out)."""
    record = span_record(mention.doc, (mention.start, mention.end))
    if mention.from_title:
        record["by"] = "title"
    return record


def link_entities(documents: list[Document]) -> list[dict[str, Any]]:
    """Entity records for the documents' `entities` layers, most mentioned first."""
    mentions = collect_mentions(documents)
    surnames_as_people(mentions)
    relabel_by_majority(mentions)
    entities = first_names_to_people(group_mentions(mentions))
    shared = shared_surnames(entities)
    words = WordIndex()
    for entity in entities:
        extend_to_full_name(entity, max(entity.names, key=len))
    taken_by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            taken_by_doc[m.doc.id].append((m.start, m.end))
    for entity in entities:
        add_surname_mentions(entity, max(entity.names, key=len), shared, words, taken_by_doc)
    add_title_mentions(entities, documents)
    records = sorted((entity_record(e) for e in entities),
                     key=lambda r: (-len(r["mentions"]), r["type"], r["name"], r["mentions"][0]["doc"]))
    return number_repeated_ids(records)


def number_repeated_ids(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two entities kept apart under one name (an ambiguous bare surname) get `-2`, `-3` after the id."""
    seen: Counter[str] = Counter()
    for record in records:
        seen[record["id"]] += 1
        if seen[record["id"]] > 1:
            record["id"] = f"{record['id']}-{seen[record['id']]}"
    return records


def entities_step(context: StoryContext) -> list[dict[str, Any]]:
    """The corpus step filling the export's `entities`."""
    return link_entities(context.documents)

