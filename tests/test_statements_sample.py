"""Statements in the five sample articles, checked by reading them: speaker, cue, quotation flag, medium."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasid.corpus import StoryContext
from rasid.corpus.statements import MentionIndex, collect_statements
from rasid.settings import AnalysisOptions

SAMPLE_STATEMENTS = [
    # file, cue, a part of the speaker phrase, direct, via, anonymous
    ("000", "كشفت", "مصادر مطلعة", False, None, True),
    ("000", "أكد", "مصدر مقرب من الحكومة العراقية", False, None, True),
    ("000", "وأوضح", "المصدر", False, None, True),
    ("000", "وبحسب", "خبراء أمنيين", False, None, True),
    ("000", "وأكد", "مسعود بارزاني", False, None, False),
    ("000", "ويحذر", "الخبراء", False, None, True),
    ("001", "أشار", "محمد شياع السوداني", False, "بيان", False),
    ("001", "يعتقد", "السوداني", False, "بلومبيرغ", False),
    ("001", "يقول", "توماس إيريك", True, "قناة الحرة", False),
    ("001", "ويضيف", "إيريك", True, None, False),
    ("001", "نقلت", "رويترز", False, None, False),
    ("001", "قولها", "مصادر", False, "رويترز", True),
    ("001", "قولهم", "مسؤولين في الإدارة الأميركية", False, "بوليتيكو", True),
    ("001", "أشارت", "ألينا رومانوفسكي", False, "تويتر", False),
    ("001", "قال", "مارك كيميت", True, "قناة الحرة", False),
    ("001", "وأضاف", "مارك كيميت", True, "قناة الحرة", False),
    ("002", "وكشف", "المتحدث باسم السفارة الأميركية", False, None, False),
    ("002", "وقال", "المتحدث", False, "شفق نيوز", False),
    ("002", "قال", "مصدر حكومي عراقي", False, "شفق نيوز", True),
    ("002", "حذر", "ريبين سلام", False, None, False),
    ("002", "وقال", "سلام", True, "بغداد اليوم", False),
    ("002", "كشف", "ضابط عراقي كبير", False, "شفق نيوز", True),
    ("002", "يؤكد", "خبراء أمنيون", False, None, True),
    ("003", "ويقول", "جمعة الدليمي", True, None, False),
    ("003", "وأضاف", "الدليمي", True, "إرم نيوز", False),
    ("003", "يرى", "ماجد شنكالي", False, None, False),
    ("003", "وقال", "شنكالي", True, "إرم نيوز", False),
    ("003", "ويقول", "علي الشمري", True, None, False),
    ("003", "وأضاف", "الشمري", True, "إرم نيوز", False),
    ("003", "وقال", "المصدر", True, "إرم نيوز", True),
    ("003", "وقالت", "الوزارة", True, "بيان", False),
    ("004", "وأكد", "الجنرال ليهي", False, None, False),
    ("004", "أكد", "محمد شياع السوداني", False, "بيان", False),
    ("004", "أكد", "سيف رعد", True, None, False),
    ("004", "وأوضح", "رعد", True, "عراق أوبزيرفر", False),
    ("004", "قال", "ماركو روبيرو", False, "الناشيونال إنترست", False),
    ("004", "وتابع", "رعد", True, "عراق أوبزيرفر", False),
]


def sample_statements(story, prefix: str) -> list[dict]:
    (doc,) = [d for d in story.documents if Path(d.meta.source).name.startswith(prefix)]
    return [dict(s.attrs) for s in doc.layer("statements")]


@pytest.mark.parametrize("prefix,cue,speaker,direct,via,anonymous", SAMPLE_STATEMENTS)
def test_sample_statement_found(sample_story, prefix, cue, speaker, direct, via, anonymous):
    matches = [s for s in sample_statements(sample_story, prefix) if s["cue"] == cue and speaker in s["speaker_text"]]
    assert matches, f"{prefix}: no statement {cue} by {speaker}"
    assert any((s["direct"], s["via"], s["anonymous"]) == (direct, via, anonymous) for s in matches), matches


def test_sample_reuters_source_nested_in_outlet(sample_story):
    statements = sample_statements(sample_story, "001")
    inner = next(s for s in statements if s["cue"] == "قولها")
    assert statements[inner["parent"]]["cue"] == "نقلت"


def test_sample_rubio_nested_in_raad_quotation(sample_story):
    statements = sample_statements(sample_story, "004")
    inner = next(s for s in statements if "روبيرو" in s["speaker_text"])
    assert "رعد" in statements[inner["parent"]]["speaker_text"]


def test_sample_export_statement_spans_exact(sample_export):
    texts = {d["id"]: d["text"] for d in sample_export["documents"]}
    assert sample_export["statements"]
    for record in sample_export["statements"]:
        for span in (record, record["cue_span"], record["content_span"], record["speaker_span"]):
            assert texts[span["doc"]][span["start"]:span["end"]] == span["text"]


def test_sample_export_anonymous_speaker_is_null(sample_export):
    anonymous = [r for r in sample_export["statements"] if r["anonymous"]]
    assert anonymous and all(r["speaker"] is None for r in anonymous)


def test_sample_speaker_linked_through_overlapping_mention(sample_story):
    """`سلام` is linked to the entity `ريبين سلام` through the mention its speaker phrase overlaps."""
    doc = next(d for d in sample_story.documents if Path(d.meta.source).name.startswith("002"))
    salam = next(s for s in doc.layer("statements") if s.attrs["speaker_text"] == "سلام")
    start = salam.attrs["speaker_start"]
    entity = {"id": "e-salam", "type": "PER", "name": "ريبين سلام", "aliases": ["سلام"], "titles": [],
              "mentions": [{"doc": doc.id, "start": start, "end": start + 4, "text": "سلام"}]}
    context = StoryContext([doc], AnalysisOptions(), {"entities": [entity]})
    record = next(r for r in collect_statements(context) if r["speaker_text"] == "سلام")
    assert record["speaker"] == "e-salam"


MENTIONS = [
    # speaker span, mentions (start, end, type, id), expected entity
    ((0, 30), [(0, 8, "ORG", "org"), (20, 30, "PER", "per")], "per"),
    ((0, 30), [(0, 12, "PER", "title"), (20, 30, "PER", "name")], "name"),
    ((0, 30), [(10, 18, "ORG", "org")], "org"),
    ((0, 30), [(25, 30, "GPE", "place")], None),
    ((0, 30), [(0, 6, "GPE", "place")], "place"),
    ((0, 30), [(40, 50, "PER", "far")], None),
    ((5, 12), [(0, 8, "PER", "per")], "per"),
]


@pytest.mark.parametrize("span,mentions,expected", MENTIONS)
def test_mention_index_speaker_entity(span, mentions, expected):
    entities = [{"id": eid, "type": etype, "mentions": [{"doc": "d", "start": s, "end": e, "text": "x"}]}
                for s, e, etype, eid in mentions]
    assert MentionIndex(entities).speaker("d", *span) == expected


def test_mention_index_ignores_apposition():
    text = "مارك كيميت، وهو مساعد وزير الخارجية"
    entities = [{"id": "kimmitt", "type": "PER", "mentions": [{"doc": "d", "start": 0, "end": 10, "text": "مارك كيميت"}]},
                {"id": "minister", "type": "PER", "mentions": [{"doc": "d", "start": 22, "end": 35, "text": "وزير الخارجية"}]}]
    assert MentionIndex(entities).speaker("d", 0, len(text), text) == "kimmitt"


def test_mention_index_surname_of_a_person_in_the_document():
    entities = [{"id": "salam", "type": "PER", "name": "ريبين سلام", "aliases": [],
                 "mentions": [{"doc": "d", "start": 100, "end": 110, "text": "ريبين سلام"}]}]
    assert MentionIndex(entities).speaker("d", 500, 504, "سلام") == "salam"


def person(eid: str, titles: list[str], start: int) -> dict:
    return {"id": eid, "type": "PER", "name": eid, "aliases": [], "titles": titles,
            "mentions": [{"doc": "d", "start": start, "end": start + 10, "text": eid}]}


@pytest.mark.parametrize("pronoun, expected", [
    ("سموه", "prince"),  # the nearest prince, though a minister was named after him
    ("معاليه", "minister"),  # the nearest person of rank who is not royal
    ("سعادته", "minister"),
    ("جلالته", None),  # no king named before it
])
def test_mention_index_an_honorific_pronoun_names_the_nearest_person_of_its_rank(pronoun, expected):
    entities = [person("prince", ["الأمير", "أمير المنطقة"], 0), person("minister", ["وزير الصحة"], 50),
                person("later", ["الأمير"], 300)]
    assert MentionIndex(entities).speaker("d", 200, 200 + len(pronoun), pronoun) == expected
