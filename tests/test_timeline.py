"""The timeline step on hand-built documents: ordering, merging across outlets, planned vs past."""
from __future__ import annotations

import pytest
from storybuild import context_for, make_doc

from rasid.corpus.timeline import build_timeline

A = ("بدأ رئيس الوزراء محمد شياع السوداني المفاوضات مع واشنطن في يناير 2023 بشأن مستقبل التحالف.\n"
     "وسقطت مدن عراقية كبيرة تحت سيطرة تنظيم داعش في عام 2014 بعد انهيار القوات.")
B = ("وكانت المفاوضات قد انطلقت في يناير 2023 بين السوداني وواشنطن بشأن مستقبل التحالف الدولي.\n"
     "وتنص الخطة على انسحاب القوات الكامل من العراق بحلول سبتمبر 2026 وفق المصادر الحكومية.")


def timeline_of(*docs):
    return build_timeline(context_for(*docs))


def test_timeline_oldest_first():
    docs = (make_doc("a", A, dates=(("يناير 2023", "2023-01"), ("عام 2014", "2014"))),)
    assert [item["date"] for item in timeline_of(*docs)] == ["2014", "2023-01"]


def test_timeline_merges_one_event_reported_by_two_outlets():
    a = make_doc("a", A, dates=(("يناير 2023", "2023-01"),), entities=(("محمد شياع السوداني", "PER"),))
    b = make_doc("b", B, dates=(("يناير 2023", "2023-01"),), entities=(("السوداني", "PER"),))
    items = timeline_of(a, b)
    assert len(items) == 1
    assert [s["doc"] for s in items[0]["sources"]] == ["a", "b"]
    assert items[0]["doc"] == "a" and items[0]["text"] == A.split("\n")[0]


def test_timeline_keeps_different_events_of_one_date_apart():
    other = "وافتتح وزير الصحة مستشفى جديدا للأطفال في البصرة في يناير 2023 بتمويل محلي كامل."
    a = make_doc("a", A, dates=(("يناير 2023", "2023-01"),))
    b = make_doc("b", other, dates=(("يناير 2023", "2023-01"),))
    assert len(timeline_of(a, b)) == 2


@pytest.mark.parametrize(("text", "phrase", "value", "published", "kind"), [
    (B, "سبتمبر 2026", "2026-09", None, "deadline"),
    (A, "عام 2014", "2014", "2024-08-16", "past"),
    ("ومن المقرر أن تعقد اللجنة العسكرية العليا اجتماعها المقبل في مارس 2025 ببغداد.", "مارس 2025", "2025-03",
     "2024-10-01", "planned"),
    ("ومن المقرر أن تعقد اللجنة العسكرية العليا اجتماعها المقبل في مارس 2025 ببغداد.", "مارس 2025", "2025-03",
     None, "planned"),
    ("وعقدت اللجنة العسكرية العليا اجتماعها الأول في مارس 2025 ببغداد بحضور القادة.", "مارس 2025", "2025-03",
     None, "past"),
])
def test_timeline_tells_planned_from_past(text, phrase, value, published, kind):
    doc = make_doc("a", text, dates=((phrase, value),), published=published)
    assert timeline_of(doc)[0]["kind"] == kind


def test_timeline_skips_durations_and_datelines():
    text = "16 أغسطس 2024\nوتستمر المهمة العسكرية للتحالف في العراق مدة عامين إضافيين حسب الاتفاق."
    doc = make_doc("a", text, dates=(("16 أغسطس 2024", "2024-08-16"), ("عامين", "P2Y")))
    assert timeline_of(doc) == []


def test_timeline_fills_missing_year_from_publication():
    text = "وأعلنت الحكومة العراقية في 17 سبتمبر انتهاء مبررات بقاء التحالف الدولي على أراضيها."
    doc = make_doc("a", text, dates=(("17 سبتمبر", "XXXX-09-17"),), published="2024-09-20")
    assert timeline_of(doc)[0]["date"] == "2024-09-17"


def test_timeline_skips_yearless_date_without_reference():
    text = "وأعلنت الحكومة العراقية في 17 سبتمبر انتهاء مبررات بقاء التحالف الدولي على أراضيها."
    doc = make_doc("a", text, dates=(("17 سبتمبر", "XXXX-09-17"),))
    assert timeline_of(doc) == []


def test_timeline_lists_actors_in_the_sentence():
    doc = make_doc("a", A, dates=(("يناير 2023", "2023-01"),), entities=(("محمد شياع السوداني", "PER"),
                                                                          ("داعش", "ORG")))
    assert timeline_of(doc)[0]["entities"] == ["e0"]


def test_timeline_spans_are_exact():
    doc = make_doc("a", A, dates=(("يناير 2023", "2023-01"), ("عام 2014", "2014")))
    for item in timeline_of(doc):
        assert A[item["start"]:item["end"]] == item["text"]
