"""The `statements` field of the export: every document's `statements` layer as records, speakers linked.

A record is the statement's `{doc, start, end, text}` with its speaker, cue, content, medium and flags,
plus `speaker_span`, `cue_span`, `content_span` (span records) and `parent` (the enclosing statement's id).
`speaker` is the id of the entity whose mention overlaps the speaker phrase, read from the `entities`
results of the step before; where no mention overlaps, the one person of the document whose surname is the
phrase's last word (`سلام` → the entity `ريبين سلام`); for an honorific pronoun (`وأكد سموه`, `وأوضح معاليه`),
the nearest person named before it in the document who bears the rank it stands for (`سموه` a prince,
`جلالته` a king, `فخامته` a president; `معاليه`, `سعادته`, `فضيلته` anyone of rank who is neither). It is
null for an anonymous source and otherwise when nothing matches.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Document, Span
from ..statements.lexicon import HONORIFICS
from ..text.normalize import match_key
from .records import span_record

#: which entity a speaker phrase names when several overlap it: a person before an organisation, and a
#: place only where it heads the phrase (`وأكدت واشنطن`), never as the `بغداد` of `السفارة في بغداد`;
#: among equals the one ending last, since a name follows its title (`رئيس الوزراء الأسبق، مسعود بارزاني`)
TYPE_PREFERENCE = {"PER": 0, "ORG": 1, "MISC": 2, "FAC": 3, "GPE": 4, "LOC": 4}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: an apposition describes the speaker and may name someone else (`كيميت، وهو مساعد وزير الخارجية`)
APPOSITION = re.compile(r"،?\s+(?:وهو|وهي|وهم|الذي|التي)\s")


#: the title words (folded, without the article) of a royal rank: `معاليه` (`HONORIFICS`) is never said of a prince
ROYAL_TITLES = ("امير", "اميره", "سمو", "ولي", "ملك", "ملكه", "جلاله", "سلطان")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: str
    type: str


class MentionIndex:
    """Entity mentions and person surnames by document, for finding the entity a speaker phrase names."""

    def __init__(self, entities: Iterable[Mapping[str, Any]]) -> None:
        self.by_doc: dict[str, list[Mention]] = defaultdict(list)
        self.surnames: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.titles: dict[str, frozenset[str]] = {}  # a person's title words, folded, without the article
        for entity in entities:
            names = [entity.get("name", ""), *entity.get("aliases", [])]
            if entity.get("type") == "PER":
                self.titles[entity["id"]] = frozenset(
                    word.removeprefix("ال") for title in entity.get("titles", []) for word in match_key(title).split())
            for mention in entity.get("mentions", []):
                self.by_doc[mention["doc"]].append(
                    Mention(mention["start"], mention["end"], entity["id"], entity.get("type", "")))
                if entity.get("type") == "PER":
                    for name in [*names, mention.get("text", "")]:
                        if name.strip():
                            self.surnames[mention["doc"]][_last_word(name)].add(entity["id"])

    def speaker(self, doc_id: str, start: int | None, end: int | None, text: str = "") -> str | None:
        """The entity the speaker phrase `[start, end)` (reading `text`) names in `doc_id`, or None."""
        if start is None or end is None:
            return None
        apposition = APPOSITION.search(text)
        end = start + apposition.start() if apposition else end
        overlapping = [m for m in self.by_doc.get(doc_id, ()) if m.start < end and start < m.end
                       and (m.type not in PLACE_TYPES or m.start <= start)]
        if overlapping:
            return min(overlapping, key=lambda m: (TYPE_PREFERENCE.get(m.type, 5), -m.end)).entity
        return self._by_surname(doc_id, text[:end - start]) or self._by_honorific(doc_id, start, text)

    def _by_honorific(self, doc_id: str, start: int, text: str) -> str | None:
        """`سموه` → the nearest person before `start` in the document who bears a prince's title (see
        `HONORIFICS`)."""
        wanted = HONORIFICS.get(match_key(text.strip()))
        if wanted is None:
            return None
        before = [m for m in self.by_doc.get(doc_id, ()) if m.type == "PER" and m.end <= start]
        for mention in sorted(before, key=lambda m: -m.end):
            titles = self.titles.get(mention.entity, frozenset())
            if wanted and not titles.isdisjoint(wanted):
                return mention.entity
            if not wanted and titles and titles.isdisjoint(ROYAL_TITLES):
                return mention.entity
        return None

    def _by_surname(self, doc_id: str, text: str) -> str | None:
        """`سلام` → the person `ريبين سلام` of the same document, when exactly one person has that surname."""
        if not text.strip():
            return None
        candidates = self.surnames.get(doc_id, {}).get(_last_word(text), set())
        return next(iter(candidates)) if len(candidates) == 1 else None


def _last_word(name: str) -> str:
    words = name.split()
    return match_key(words[-1]) if words else ""


def statement_id(doc: Document, span: Span) -> str:
    """A stable id from the document's id and the statement's offsets and text."""
    digest = hashlib.sha1(f"{doc.id}|{span.start}|{span.end}|{doc.text[span.start:span.end]}".encode()).hexdigest()
    return f"st_{digest[:16]}"


def statement_records(doc: Document, mentions: MentionIndex) -> list[dict[str, Any]]:
    """The export records of one document's statements."""
    if not doc.has_layer("statements"):
        return []
    layer = doc.layer("statements")
    ids = [statement_id(doc, span) for span in layer]
    return [_record(doc, span, own, ids, mentions) for span, own in zip(layer, ids)]


def _record(doc: Document, span: Span, own: str, ids: list[str], mentions: MentionIndex) -> dict[str, Any]:
    attrs = span.attrs
    has_speaker = attrs["speaker_start"] is not None
    parent = attrs.get("parent")
    return {
        "id": own,
        **span_record(doc, span),
        "speaker": None if attrs["anonymous"] else mentions.speaker(
            doc.id, attrs["speaker_start"], attrs["speaker_end"], attrs["speaker_text"] or ""),
        "speaker_text": attrs["speaker_text"],
        "cue": attrs["cue"],
        "content": attrs["content"],
        "direct": attrs["direct"],
        "via": attrs["via"],
        "anonymous": attrs["anonymous"],
        "parent": ids[parent] if parent is not None else None,
        "speaker_span": span_record(doc, (attrs["speaker_start"], attrs["speaker_end"])) if has_speaker else None,
        "cue_span": span_record(doc, (attrs["cue_start"], attrs["cue_end"])),
        "content_span": span_record(doc, (attrs["content_start"], attrs["content_end"])),
    }


def collect_statements(context: Any) -> list[dict[str, Any]]:
    """Corpus step `statements`: the records of every document, speakers linked to `results["entities"]`."""
    mentions = MentionIndex(context.results.get("entities", []))
    return [record for doc in context.documents for record in statement_records(doc, mentions)]
