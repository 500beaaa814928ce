"""The disagreements step on hand-built documents: numbers, dates and facts; restatements not flagged."""
from __future__ import annotations

import pytest
from storybuild import context_for, make_doc

from rasid.corpus.disagreements import find_disagreements
from rasid.settings import AnalysisOptions

S86 = "وليس هناك حاجة لوجود قوات تابعة لـ 86 دولة في التحالف الدولي وفق السوداني."
S87 = "واشترك في هذا التحالف 87 دولة لمحاربة تنظيم داعش منها بريطانيا وفرنسا."


COALITION = (("التحالف الدولي", "ORG"),)  # S86 names the coalition; S87 calls it `هذا التحالف`


def disagreements_of(*docs):
    return find_disagreements(context_for(*docs))


def test_disagreements_finds_86_against_87_with_both_sources():
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),), entities=COALITION)
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
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),), entities=COALITION)
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


def test_fact_disagreements_are_reported_only_when_asked_for():
    a = make_doc("a", "أعلنت وزارة الدفاع العراقية انسحاب القوات الأمريكية من قاعدة عين الأسد غرب البلاد.")
    b = make_doc("b", "نفت وزارة الدفاع العراقية انسحاب القوات الأمريكية من قاعدة عين الأسد غرب البلاد.")
    assert find_disagreements(context_for(a, b, facts=False)) == []
    assert AnalysisOptions().fact_disagreements is False


def test_disagreements_spans_are_exact():
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),), entities=COALITION)
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


# a figure is compared only with the same thing counted, by another outlet, at the same time

FLOOD_A = "وأعلنت السلطات مقتل 40 شخصا في السيول التي ضربت ولاية كسلا يوم السبت."
FLOOD_B = "وقالت السلطات إن السيول في ولاية كسلا أودت بحياة 55 شخصا يوم السبت."


def flood(doc_id, text, phrase, value, relation="exact", **meta):
    doc = make_doc(doc_id, text, quantities=((phrase, value, "شخص", relation),))
    return doc.with_meta(**meta) if meta else doc


def test_two_outlets_counting_the_same_dead_differently_disagree():
    found = disagreements_of(flood("a", FLOOD_A, "40 شخصا", 40, outlet="سونا"),
                             flood("b", FLOOD_B, "55 شخصا", 55, outlet="الجزيرة"))
    assert [d["kind"] for d in found] == ["number"]


def test_one_outlet_and_its_own_update_are_a_series():
    assert disagreements_of(flood("a", FLOOD_A, "40 شخصا", 40, outlet="سونا"),
                            flood("b", FLOOD_B, "55 شخصا", 55, outlet="سونا")) == []


def test_a_document_that_gives_both_figures_counts_two_things():
    both = make_doc("b", FLOOD_A + " " + FLOOD_B, quantities=(("40 شخصا", 40, "شخص"), ("55 شخصا", 55, "شخص")))
    assert disagreements_of(flood("a", FLOOD_B, "55 شخصا", 55), both) == []


def test_the_dead_and_the_charged_are_different_counts():
    dead = flood("a", FLOOD_A, "40 شخصا", 40)
    charged = make_doc("b", "ووجهت النيابة الاتهام إلى 45 شخصا في قضية انهيار سد ولاية كسلا يوم السبت.",
                       quantities=(("45 شخصا", 45, "شخص"),))
    assert disagreements_of(dead, charged) == []


def test_figures_dated_to_different_days_in_their_sentences_do_not_disagree():
    a = make_doc("a", FLOOD_A, quantities=(("40 شخصا", 40, "شخص"),), dates=(("يوم السبت", "2024-08-03"),))
    b = make_doc("b", FLOOD_B, quantities=(("55 شخصا", 55, "شخص"),), dates=(("يوم السبت", "2024-08-10"),))
    assert disagreements_of(a, b) == []
    c = make_doc("c", FLOOD_B, quantities=(("55 شخصا", 55, "شخص"),), dates=(("يوم السبت", "2024-08-03"),))
    assert [d["kind"] for d in disagreements_of(a, c)] == ["number"]


@pytest.mark.parametrize(("bound", "value", "other", "disagree"), [
    ("أكثر من 300", 300, 300, False),  # a rounded figure restated as a lower bound
    ("أكثر من 3", 3, 3, True),  # a small count: "more than three" denies three
    ("أقل من 500", 500, 500, False),
])
def test_a_bound_includes_a_large_figure_itself_but_not_a_small_one(bound, value, other, disagree):
    relation = "more" if bound.startswith("أكثر") else "less"
    a = flood("a", FLOOD_A.replace("40 شخصا", f"{bound} شخص"), f"{bound} شخص", value, relation)
    b = flood("b", FLOOD_B.replace("55", str(other)), f"{other} شخصا", other)
    assert bool(disagreements_of(a, b)) is disagree


def test_a_round_large_figure_is_consistent_with_the_precise_one():
    a = make_doc("a", "وقدرت الوكالة عجز ميزانيتها بنحو مئة مليون دولار هذا العام.",
                 quantities=(("مئة مليون دولار", 100_000_000, "دولار"),))
    b = make_doc("b", "وبلغ عجز ميزانية الوكالة هذا العام 101 مليون دولار وفق بيانها.",
                 quantities=(("101 مليون دولار", 101_000_000, "دولار"),))
    assert disagreements_of(a, b) == []


def test_market_figures_that_rose_or_fell_are_a_series():
    a = make_doc("a", "وارتفع مؤشر السوق الرئيسي 1.5 % في ختام تداولات الجلسة.", quantities=(("1.5 %", 1.5, "%"),))
    b = make_doc("b", "وتراجع مؤشر السوق الرئيسي 0.9 % في ختام تداولات الجلسة.", quantities=(("0.9 %", 0.9, "%"),))
    assert disagreements_of(a, b) == []


# stated facts: only a denial of what another source asserts

def test_a_quote_restated_with_another_spelling_of_its_negation_is_no_contradiction():
    a = make_doc("a", "وقال المحافظ إن على البنك أن يراقب الأسعار كي لا يرفع الفائدة قبل نهاية العام الجاري.")
    b = make_doc("b", "وذكر المحافظ أن على البنك أن يراقب الأسعار كيلا يرفع الفائدة قبل نهاية العام الجاري.")
    assert [d for d in disagreements_of(a, b) if d["kind"] == "fact"] == []


def test_an_index_up_in_one_session_and_down_in_another_is_no_contradiction():
    a = make_doc("a", "وفي أنحاء أوروبا ارتفع مؤشر فايننشال تايمز البريطاني ومؤشر كاك الفرنسي عند الفتح.")
    b = make_doc("b", "وفي أنحاء أوروبا انخفض مؤشر فايننشال تايمز البريطاني ومؤشر كاك الفرنسي عند الإغلاق.")
    assert [d for d in disagreements_of(a, b) if d["kind"] == "fact"] == []


@pytest.mark.parametrize(("value_b", "disagree"), [(75, False), (80, False), (95, True)])
def test_a_range_allows_every_value_between_its_ends(value_b, disagree):
    a = make_doc("a", S86.replace("86 دولة", "ما بين 70 و80 دولة"),
                 quantities=(("70 و80 دولة", 70, "دولة", "exact", {"low": 70, "high": 80}),), entities=COALITION)
    b = make_doc("b", S87.replace("87 دولة", f"{value_b} دولة"), quantities=((f"{value_b} دولة", value_b, "دولة"),))
    assert bool(disagreements_of(a, b)) is disagree


def test_a_price_per_unit_is_a_series_not_a_disagreement():
    a = make_doc("a", "وبلغ سعر خام برنت 50 دولارا للبرميل في تعاملات الأسواق العالمية.",
                 quantities=(("50 دولارا", 50, "دولار", "exact", {"currency": "USD"}),))
    b = make_doc("b", "وسجل سعر خام برنت 60 دولارا للبرميل في تعاملات الأسواق العالمية.",
                 quantities=(("60 دولارا", 60, "دولار", "exact", {"currency": "USD"}),))
    assert disagreements_of(a, b) == []


def test_a_count_of_the_others_is_part_of_a_whole():
    a = make_doc("a", "واتفقت إيران مع ست قوى كبرى على الاتفاق النووي في فيينا.",
                 quantities=(("ست قوى", 6, "قوى"),))
    b = make_doc("b", "وستواصل القوى الخمس الأخرى الموقعة على الاتفاق النووي التعامل مع إيران.",
                 quantities=(("الخمس", 5, "قوى"),))
    assert disagreements_of(a, b) == []


def test_a_time_of_day_after_a_deadline_word_is_when_a_price_was_quoted():
    a = make_doc("a", "وصعدت عقود برنت إلى 50 دولارا بحلول الساعة 0515 بتوقيت جرينتش.",
                 dates=(("الساعة 0515", "2015-08-06T05:15"),))
    b = make_doc("b", "وصعدت عقود برنت إلى 50 دولارا بحلول الساعة 1045 بتوقيت جرينتش.",
                 dates=(("الساعة 1045", "2015-08-06T10:45"),))
    assert disagreements_of(a, b) == []


def test_what_a_figure_counts_is_read_in_its_own_clause():
    a = make_doc("a", "وبدأت محاكمة المتهمين في الكويت، والمتهم فيها 29 شخصا بينهم سبع نساء.",
                 quantities=(("29 شخصا", 29, "شخص"),))
    b = make_doc("b", "وأودى تفجير المسجد في الكويت بحياة 27 شخصا، واعترف المتهم الرئيسي بالتنسيق للهجوم.",
                 quantities=(("27 شخصا", 27, "شخص"),))
    assert disagreements_of(a, b) == []


def test_a_report_shows_only_the_claims_that_conflict():
    a = make_doc("a", S86, quantities=(("86 دولة", 86, "دولة"),), entities=COALITION)
    b = make_doc("b", S87, quantities=(("87 دولة", 87, "دولة"),))
    c = make_doc("c", "وقال الوزير إن التحالف الدولي يضم أكثر من 80 دولة تدعم العراق.",
                 quantities=(("أكثر من 80 دولة", 80, "دولة", "more"),))
    [found] = disagreements_of(a, b, c)
    assert sorted(cl["doc"] for cl in found["claims"]) == ["a", "b"]  # c agrees with both and is not shown


def test_figures_about_different_people_are_not_compared():
    a = make_doc("a", "وسجل رافاييل خمسة أهداف مع الفريق في المواسم الماضية.",
                 quantities=(("خمسة أهداف", 5, "هدف"),), entities=(("رافاييل", "PER"),))
    b = make_doc("b", "وسجل دي ماريا ثلاثة أهداف مع الفريق في المواسم الماضية.",
                 quantities=(("ثلاثة أهداف", 3, "هدف"),), entities=(("دي ماريا", "PER"),))
    assert disagreements_of(a, b) == []
    c = make_doc("c", "وسجل رافاييل أربعة أهداف مع الفريق في المواسم الماضية.",
                 quantities=(("أربعة أهداف", 4, "هدف"),), entities=(("رافاييل", "PER"),))
    assert [d["kind"] for d in disagreements_of(a, c)] == ["number"]


def test_a_figure_in_millions_is_rounded_to_what_it_writes():
    a = make_doc("a", "ودفعت إدارة النادي رواتب متأخرة بقيمة 27.2 مليون ريال للاعبين.",
                 quantities=(("27.2 مليون ريال", 27_200_000, "ريال"),), entities=(("إدارة النادي", "ORG"),))
    b = make_doc("b", "وسددت إدارة النادي رواتب متأخرة بلغت 27243015 ريال للاعبين.",
                 quantities=(("27243015 ريال", 27_243_015, "ريال"),), entities=(("إدارة النادي", "ORG"),))
    assert disagreements_of(a, b) == []
