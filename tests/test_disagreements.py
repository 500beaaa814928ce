"""The disagreements step on hand-built documents: numbers, dates and facts; restatements not flagged."""
from __future__ import annotations

import pytest
from storybuild import context_for, make_doc

from rasid.corpus.disagreements import find_disagreements

S86 = "وليس هناك حاجة لوجود قوات تابعة لـ 86 دولة في التحالف الدولي وفق السوداني."
S87 = "واشترك في هذا التحالف 87 دولة لمحاربة تنظيم داعش منها بريطانيا وفرنسا."


def disagreements_of(*docs):
    return find_disagreements(context_for(*docs))


def test_disagreements_finds_86_against_87_with_both_sources():
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),))
    b = make_doc("b", S87, quantities=(("87 دولة", 87, "دولة"),))
    [found] = disagreements_of(a, b)
    assert found["kind"] == "number"
    assert sorted((c["doc"], c["value"]) for c in found["claims"]) == [("a", 86), ("b", 87)]
    assert all(c["quantity"]["text"] in c["text"] for c in found["claims"])


@pytest.mark.parametrize(("phrase_b", "value_b", "relation_b"), [
    ("86 دولة", 86, "exact"),
    ("87 دولة", 80, "more"),
    ("87 دولة", 88, "about"),
])
def test_disagreements_ignores_consistent_restatement(phrase_b, value_b, relation_b):
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),))
    text_b = S87.replace("87 دولة", phrase_b)
    b = make_doc("b", text_b, quantities=((phrase_b, value_b, "دولة", relation_b),))
    assert disagreements_of(a, b) == []


def test_disagreements_ignores_numbers_of_one_document():
    text = S86 + "\n" + S87
    doc = make_doc("a", text, quantities=(("86 دولة", 86, "دولة"), ("87 دولة", 87, "دولة")))
    assert disagreements_of(doc) == []


def test_disagreements_ignores_far_apart_counts():
    a = make_doc("a", "قتل 10 جنود من الجيش العراقي في هجوم الطارمية شمال بغداد.", quantities=(("10 جنود", 10, "جندي"),))
    b = make_doc("b", "ينتشر في العراق 2500 جندي أمريكي ضمن التحالف شمال بغداد.", quantities=(("2500 جندي", 2500, "جندي"),))
    assert disagreements_of(a, b) == []


def test_disagreements_finds_different_withdrawal_deadlines():
    a = make_doc("a", "وتنص الخطة على الانسحاب الكامل لقوات التحالف بحلول نهاية 2025 وفق المصادر.",
                 dates=(("نهاية 2025", "2025"),))
    b = make_doc("b", "وأكد المسؤول الانسحاب الكامل لقوات التحالف بحلول سبتمبر 2026 حسب الاتفاق.",
                 dates=(("سبتمبر 2026", "2026-09"),))
    [found] = disagreements_of(a, b)
    assert found["kind"] == "date" and sorted(c["value"] for c in found["claims"]) == ["2025", "2026-09"]


def test_disagreements_accepts_a_coarser_restatement_of_a_deadline():
    a = make_doc("a", "وتنص الخطة على الانسحاب الكامل لقوات التحالف بحلول 2026 وفق المصادر.", dates=(("2026", "2026"),))
    b = make_doc("b", "وأكد المسؤول الانسحاب الكامل لقوات التحالف بحلول سبتمبر 2026 حسب الاتفاق.",
                 dates=(("سبتمبر 2026", "2026-09"),))
    assert disagreements_of(a, b) == []


def test_disagreements_finds_contradicting_facts():
    a = make_doc("a", "أعلنت وزارة الدفاع العراقية انسحاب القوات الأمريكية من قاعدة عين الأسد غرب البلاد.")
    b = make_doc("b", "نفت وزارة الدفاع العراقية انسحاب القوات الأمريكية من قاعدة عين الأسد غرب البلاد.")
    [found] = disagreements_of(a, b)
    assert found["kind"] == "fact" and {c["doc"] for c in found["claims"]} == {"a", "b"}


def test_disagreements_spans_are_exact():
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),))
    b = make_doc("b", S87, quantities=(("87 دولة", 87, "دولة"),))
    docs = {"a": a, "b": b}
    for claim in disagreements_of(a, b)[0]["claims"]:
        assert docs[claim["doc"]].text[claim["start"]:claim["end"]] == claim["text"]


TOLL_A = "وارتفع عدد قتلى الفيضانات في البلاد إلى 120 شخصا بحسب السلطات."
TOLL_B = "وأعلنت السلطات أن عدد قتلى الفيضانات في البلاد بلغ 180 شخصا."


def test_a_toll_a_week_later_is_a_series_not_a_disagreement():
    a = make_doc("a", TOLL_A, published="2024-09-01", quantities=(("120 شخصا", 120, "شخص"),))
    b = make_doc("b", TOLL_B, published="2024-09-08", quantities=(("180 شخصا", 180, "شخص"),))
    assert disagreements_of(a, b) == []
    same_day = make_doc("c", TOLL_B, published="2024-09-01", quantities=(("180 شخصا", 180, "شخص"),))
    assert [d["kind"] for d in disagreements_of(a, same_day)] == ["number"]


def test_a_regional_figure_does_not_contradict_a_national_one():
    a = make_doc("a", "وبلغ عدد قتلى الفيضانات في درنة 120 شخصا.", published="2024-09-01",
                 quantities=(("120 شخصا", 120, "شخص"),), entities=(("درنة", "LOC"),))
    b = make_doc("b", "وبلغ عدد قتلى الفيضانات في ليبيا 180 شخصا.", published="2024-09-01",
                 quantities=(("180 شخصا", 180, "شخص"),), entities=(("ليبيا", "LOC"),))
    assert disagreements_of(a, b) == []


def test_ages_are_not_compared():
    age = {"kind": "age"}
    a = make_doc("a", "وتوفي الشاب البالغ من العمر 23 عاما في الحادث.", quantities=(("23 عاما", 23, "عاما", "exact", age),))
    b = make_doc("b", "وتوفي الشاب البالغ من العمر 25 عاما في الحادث.", quantities=(("25 عاما", 25, "عاما", "exact", age),))
    assert disagreements_of(a, b) == []


def test_the_same_statement_twice_is_no_contradiction_even_with_both_words_of_an_opposite_pair():
    said = "وقال الوزير إن الحكومة لن تسمح بالمنع التعسفي للسفر ولن تغلق المعابر أو تفتحها دون قرار قضائي واضح."
    a = make_doc("a", said)
    b = make_doc("b", said.replace("وقال", "وأكد"))
    assert [d for d in disagreements_of(a, b) if d["kind"] == "fact"] == []


def test_split_opposites_needs_each_word_on_one_side_only():
    from rasid.corpus.claims import split_opposites

    assert split_opposites(["وصل", "وفد", "بغداد"], ["غادر", "وفد", "بغداد"])
    assert not split_opposites(["منع", "سماح", "سفر"], ["منع", "سماح", "سفر"])
