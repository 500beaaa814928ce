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
from typing import Any

from ..model import Document
from ..ner.names import NameKey, display_name, is_part_of, name_key, same_name
from ..text.normalize import match_key
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

    def has_name(self, key: NameKey) -> bool:
        return any(same_name(key, name) for name in self.names)

    def in_doc(self, doc_id: str) -> bool:
        return any(m.doc.id == doc_id for m in self.mentions)


def collect_mentions(documents: list[Document]) -> list[Mention]:
    mentions = []
    for doc in documents:
        for span in doc.layers.get("entities", ()):
            key = name_key(doc.text[span.start:span.end])
            if key:
                mentions.append(Mention(doc, span.start, span.end, span.label, key, span.attrs.get("title")))
    return mentions


def relabel_by_majority(mentions: list[Mention]) -> None:
    """Give every mention of a name the type that at least `MAJORITY_SHARE` of that name's mentions have."""
    votes: dict[NameKey, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.key][m.label] += 1
    for m in mentions:
        label, count = votes[m.key].most_common(1)[0]
        if count >= MAJORITY_SHARE * sum(votes[m.key].values()):
            m.label = label


def index_word(word: str) -> str:
    """The bucket a word is indexed under: its first letters after the article (variants share them)."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return stem[:2]


def choose_entity(candidates: list[Entity], mention: Mention) -> Entity | None:
    """The one candidate, or the one named in the mention's document; None when it stays ambiguous."""
    if len(candidates) == 1:
        return candidates[0]
    same_doc = [e for e in candidates if e.in_doc(mention.doc.id)]
    return same_doc[0] if len(same_doc) == 1 else None


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Merge mentions into entities, fullest names first (see the module docstring)."""
    entities: list[Entity] = []
    by_word: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    order = sorted(mentions, key=lambda m: (-len(m.key), m.doc.id, m.start))
    for mention in order:
        nearby = {id(e): e for w in mention.key for e in by_word[(mention.label, index_word(w))]}.values()
        exact = [e for e in nearby if e.has_name(mention.key)]
        entity = choose_entity(exact, mention) if exact else None
        if entity is None and not exact:
            parts = [e for e in nearby if any(is_part_of(mention.key, n, e.label) for n in e.names)]
            entity = choose_entity(parts, mention)
        if entity is None:
            entity = Entity(mention.label)
            entities.append(entity)
        entity.mentions.append(mention)
        if not entity.has_name(mention.key) or mention.key not in entity.names:
            entity.names.append(mention.key)
        for w in mention.key:
            if entity not in by_word[(mention.label, index_word(w))]:
                by_word[(mention.label, index_word(w))].append(entity)
    return entities


def title_pattern(title: str) -> re.Pattern[str]:
    """The title as written, after an optional clitic letter, as whole words, nisba adjectives after it."""
    words = r"\s+".join(re.escape(w) for w in title.split())
    return re.compile(rf"(?<!\w)[وفبلك]?(?P<title>{words})(?P<more>(?:\s+ال\w+ي[ةه]?)*)(?!\w)")


def titled_people(entities: list[Entity], doc_id: str) -> dict[str, Entity]:
    """Title text -> the one person given that title in this document (titles shared by two are left out)."""
    owners: dict[str, set[int]] = defaultdict(set)
    by_id = {id(e): e for e in entities}
    for entity in entities:
        for m in entity.mentions:
            if entity.label == "PER" and m.doc.id == doc_id and m.title and len(m.title.split()) >= MIN_TITLE_WORDS:
                owners[m.title].add(id(entity))
    return {title: by_id[next(iter(ids))] for title, ids in owners.items() if len(ids) == 1}


def add_title_mentions(entities: list[Entity], documents: list[Document]) -> None:
    """Where an article uses a person's title alone, add that phrase as a mention of the person."""
    for doc in documents:
        taken = [(m.start, m.end) for e in entities for m in e.mentions if m.doc.id == doc.id]
        for title, person in titled_people(entities, doc.id).items():
            for match in title_pattern(title).finditer(doc.text):
                start, end = match.start("title"), match.end("more")
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
        words = [next(following, None) for _ in full[len(m.key):]]
        continues = all(w is not None for w in words) and m.doc.text[m.end:words[0].start()].isspace()
        if continues and tuple(match_key(w.group()) for w in words) == full[len(m.key):]:
            m.end, m.key = words[-1].end(), full


def shared_surnames(entities: list[Entity]) -> set[tuple[str, str]]:
    """`(doc id, surname)` pairs where two people of that surname are named in the same article."""
    owners: dict[tuple[str, str], int] = Counter()
    for entity in entities:
        if entity.label == "PER":
            surname = max(entity.names, key=len)[-1]
            owners.update({(m.doc.id, surname) for m in entity.mentions})
    return {pair for pair, count in owners.items() if count > 1}


def add_surname_mentions(entity: Entity, full: NameKey, documents: list[Document], shared: set[tuple[str, str]],
                         ) -> None:
    """In the articles that name a person, the untagged bare surname (`السوداني`) is a mention too,
    unless another person of that surname is named there as well."""
    surname = full[-1]
    if entity.label != "PER" or len(full) < 2 or len(surname) < MIN_SURNAME_LETTERS:
        return
    for doc in documents:
        if not entity.in_doc(doc.id) or (doc.id, surname) in shared:
            continue
        taken = [(m.start, m.end) for m in entity.mentions if m.doc.id == doc.id]
        for word in WORD.finditer(doc.text):
            key = match_key(word.group())
            cut = 1 if key[1:] == surname and key[:1] in "وفبل" else 0
            if (key == surname or cut) and not any(a < word.end() and word.start() < b for a, b in taken):
                entity.mentions.append(Mention(doc, word.start() + cut, word.end(), "PER", (surname,)))


def canonical_name(entity: Entity) -> str:
    """The fullest name: most words, then most mentions, then first met."""
    named = [m for m in entity.mentions if not m.from_title] or entity.mentions
    counts = Counter(m.key for m in named)
    best = max(named, key=lambda m: (len(m.key), counts[m.key], -named.index(m)))
    return display_name(best.text)


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
            "mentions": [span_record(m.doc, (m.start, m.end)) for m in mentions]}


def link_entities(documents: list[Document]) -> list[dict[str, Any]]:
    """Entity records for the documents' `entities` layers, most mentioned first."""
    mentions = collect_mentions(documents)
    relabel_by_majority(mentions)
    entities = group_mentions(mentions)
    shared = shared_surnames(entities)
    for entity in entities:
        full = max(entity.names, key=len)
        extend_to_full_name(entity, full)
        add_surname_mentions(entity, full, documents, shared)
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


def entity_for_span(entities: list[dict[str, Any]], doc_id: str, start: int, end: int) -> str | None:
    """The id of the entity with a mention overlapping `[start, end)` in `doc_id` (the largest overlap wins)."""
    best, best_overlap = None, 0
    for entity in entities:
        for m in entity["mentions"]:
            overlap = min(end, m["end"]) - max(start, m["start"])
            if m["doc"] == doc_id and overlap > best_overlap:
                best, best_overlap = entity["id"], overlap
    return best
