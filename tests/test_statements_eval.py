"""The statements scorer on hand-made records: what counts as the right speaker."""
from __future__ import annotations

from rasid.evaluation.statements import GoldStatement, entity_spans, score
from rasid.model import DocMeta, Document

TEXT = "وصل الأمير خالد الفيصل إلى السوق. وأكد سموه أن السوق محفل للثقافة."


def _found(speaker_id: str | None) -> dict:
    pronoun = TEXT.index("سموه")
    content = TEXT.index("السوق محفل")
    return {"doc": "d1", "speaker": speaker_id, "speaker_text": "سموه",
            "speaker_span": {"start": pronoun, "end": pronoun + 4},
            "content_span": {"start": content, "end": len(TEXT) - 1}, "direct": False, "via": None}


def _gold() -> list[GoldStatement]:
    name = TEXT.index("الأمير")
    content = TEXT.index("السوق محفل")
    return [GoldStatement(0, (name, name + len("الأمير خالد الفيصل")), (content, len(TEXT) - 1), False, False, None, None)]


def _entities(mention_at: str) -> list[dict]:
    start = TEXT.index(mention_at)
    return [{"id": "PER-1", "mentions": [{"doc": "d1", "start": start, "end": start + len(mention_at)}]}]


def test_a_pronoun_speaker_linked_to_the_labelled_person_is_right():
    docs = [Document("d1", TEXT, DocMeta(source="t"))]
    scores = score(_gold(), [_found("PER-1")], docs, entity_spans(_entities("خالد الفيصل")))
    assert scores.matched == 1 and scores.speaker_right == 1


def test_a_pronoun_speaker_linked_elsewhere_or_not_linked_is_wrong():
    docs = [Document("d1", TEXT, DocMeta(source="t"))]
    assert score(_gold(), [_found("PER-1")], docs, entity_spans(_entities("السوق"))).speaker_right == 0
    assert score(_gold(), [_found(None)], docs, entity_spans(_entities("خالد الفيصل"))).speaker_right == 0
    assert score(_gold(), [_found("PER-1")], docs).speaker_right == 0
