"""A hand-made set of corpus-level results over the real sample articles, for the store, API and UI tests.

The layers that fill these fields are built on other branches; until they land, these records (every one
a real span of a sample article, found by its words) give the store and the views something of each kind.
"""
from __future__ import annotations

from typing import Any

from rasid.corpus.records import span_record
from rasid.model import Document
from rasid.story import Story

SUDANI, COALITION, KIMMITT, IRAQ = "ent-sudani", "ent-coalition", "ent-kimmitt", "ent-iraq"


def _find(docs: list[Document], needle: str, nth: int = 0) -> tuple[Document, int]:
    hits = [(doc, i) for doc in docs for i in _all(doc.text, needle)]
    if len(hits) <= nth:
        raise LookupError(f"{needle!r} is not in the sample (found {len(hits)})")
    return hits[nth]


def _all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def span(docs: list[Document], needle: str, nth: int = 0) -> dict[str, Any]:
    doc, start = _find(docs, needle, nth)
    return span_record(doc, (start, start + len(needle)))


def sentence(docs: list[Document], needle: str) -> dict[str, Any]:
    """The sentence (of the `sentences` layer) holding `needle`."""
    doc, start = _find(docs, needle)
    for s in doc.layer("sentences"):
        if s.start <= start < s.end:
            return span_record(doc, s)
    raise LookupError(needle)


def mentions(docs: list[Document], needle: str) -> list[dict[str, Any]]:
    return [span_record(d, (i, i + len(needle))) for d in docs for i in _all(d.text, needle)]


def entities(docs: list[Document]) -> list[dict[str, Any]]:
    def entity(eid: str, kind: str, name: str, aliases: list[str], titles: list[str], needle: str) -> dict:
        return {"id": eid, "type": kind, "name": name, "aliases": aliases, "titles": titles,
                "mentions": mentions(docs, needle)}
    return [
        entity(SUDANI, "PER", "محمد شياع السوداني", ["السوداني"], ["رئيس الوزراء"], "السوداني"),
        entity(COALITION, "ORG", "التحالف الدولي", [], [], "التحالف الدولي"),
        entity(KIMMITT, "PER", "مارك كيميت", [], ["مساعد وزير الخارجية الأميركي السابق"], "مارك كيميت"),
        entity(IRAQ, "GPE", "العراق", [], [], "العراق"),
    ]


def statement(docs: list[Document], sid: str, needle: str, speaker: str | None, speaker_text: str, cue: str,
              direct: bool = False, via: str | None = None) -> dict[str, Any]:
    record = span(docs, needle)
    return {"id": sid, **record, "speaker": speaker, "speaker_text": speaker_text, "cue": cue,
            "content": record["text"][len(cue):].strip(" ،:"), "direct": direct, "via": via,
            "anonymous": speaker is None}


def statements(docs: list[Document]) -> list[dict[str, Any]]:
    return [
        statement(docs, "st-1", "أكد خلال اللقاء تحقيق نجاحات", SUDANI, "رئيس الوزراء", "أكد"),
        statement(docs, "st-2", "ناقش مع قادة الإطار التنسيقي", SUDANI, "رئيس الوزراء", "ناقش"),
        statement(docs, "st-3", "أوضح المصدر، أن السوداني عرض خلال الاجتماع", None, "المصدر", "أوضح"),
        statement(docs, "st-4", "قال مارك كيميت", KIMMITT, "مارك كيميت", "قال", via="قناة الحرة"),
        statement(docs, "st-5", "وأضاف: “القوات الأميركية في العراق غير مسؤولة عن توفير الأمن", KIMMITT,
                  "مارك كيميت", "وأضاف", direct=True),
    ]


def results(docs: list[Document]) -> dict[str, list[dict[str, Any]]]:
    claim_a, claim_b = span(docs, "86 دولة"), span(docs, "87 دولة")
    return {
        "entities": entities(docs),
        "statements": statements(docs),
        "time_expressions": [
            {**span(docs, "يناير 2023"), "type": "DATE", "value": "2023-01", "anchor": None},
            {**span(docs, "10 سبتمبر/أيلول"), "type": "DATE", "value": "2014-09-10", "anchor": None},
            {**span(docs, "عام 2011"), "type": "DATE", "value": "2011", "anchor": None},
        ],
        "quantities": [
            {**span(docs, "2000 جندي"), "value": 2000, "unit": "جندي", "relation": "about"},
            {**span(docs, "86 دولة"), "value": 86, "unit": "دولة", "relation": "exact"},
            {**span(docs, "87 دولة"), "value": 87, "unit": "دولة", "relation": "exact"},
        ],
        "timeline": [
            {"date": "2011", **sentence(docs, "عام 2011"), "entities": []},
            {"date": "2023-01", **sentence(docs, "يناير 2023"), "entities": [SUDANI]},
            {"date": "2014-09-10", **sentence(docs, "10 سبتمبر/أيلول"), "entities": [COALITION]},
        ],
        "disagreements": [{"topic": "عدد الدول الأعضاء في التحالف الدولي",
                           "claims": [{**claim_a, "value": 86}, {**claim_b, "value": 87}]}],
        "stances": [{"entity": SUDANI, "target": "بقاء قوات التحالف الدولي في العراق", "stance": "mixed",
                     "evidence": [sentence(docs, "أكد خلال اللقاء تحقيق نجاحات")]}],
        "summary": [{"text": "ناقشت الحكومة العراقية مستقبل قوات التحالف الدولي.",
                     "sources": [{k: v for k, v in sentence(docs, "ناقش مع قادة").items() if k != "text"}]}],
    }


def synthetic_story(story: Story) -> Story:
    """The sample story with the hand-made results."""
    return Story(list(story.documents), results(story.documents), list(story.failures))
