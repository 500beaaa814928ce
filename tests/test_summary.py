"""The summary step on hand-built documents: length, exact sources, cross-outlet support, diversity."""
from __future__ import annotations

from storybuild import context_for, make_doc

from rasid.corpus.summary import SUMMARY_SENTENCES, build_summary

LINES_A = (
    "اتفقت الحكومة العراقية مع دول التحالف الدولي على جدول زمني لانسحاب القوات العسكرية من البلاد.",
    "وتنص المرحلة الأولى على إنهاء مهام التحالف في بغداد وانسحاب القوات من قاعدة عين الأسد الجوية.",
    "وقال رئيس الوزراء محمد شياع السوداني إن القوات العراقية قادرة على حماية الحدود مع سوريا.",
    "وشهدت أسواق بغداد الشعبية إقبالا واسعا من المتسوقين قبل حلول عيد الأضحى المبارك هذا العام.",
    "وأعلنت وزارة الكهرباء العراقية عن خطة جديدة لصيانة محطات التوليد في المحافظات الجنوبية قريبا.",
)
LINES_B = (
    "اتفقت بغداد مع دول التحالف الدولي على جدول زمني لانسحاب القوات العسكرية الأجنبية من العراق.",
    "ويرى خبراء أمنيون أن خطر تنظيم داعش لم ينته بعد رغم تراجع هجماته في المناطق الصحراوية الغربية.",
    "وأكد السوداني أن الحكومة العراقية ماضية في بناء شراكة أمنية ثنائية مع الولايات المتحدة الأمريكية.",
    "وافتتح محافظ البصرة مشروعا جديدا لتحلية مياه البحر بتمويل حكومي لخدمة سكان المدينة والأقضية.",
)
ARTICLE_A, ARTICLE_B = "\n".join(LINES_A), "\n".join(LINES_B)


def summary_of(*docs):
    return build_summary(context_for(*docs))


def test_summary_has_five_to_eight_sentences():
    summary = summary_of(make_doc("a", ARTICLE_A), make_doc("b", ARTICLE_B))
    assert 5 <= len(summary) <= 8 and len(summary) == SUMMARY_SENTENCES


def test_summary_sources_are_exact():
    docs = {"a": make_doc("a", ARTICLE_A), "b": make_doc("b", ARTICLE_B)}
    for line in summary_of(*docs.values()):
        first = line["sources"][0]
        assert docs[first["doc"]].text[first["start"]:first["end"]] == line["text"]
        assert all(docs[s["doc"]].text[s["start"]:s["end"]] == s["text"] for s in line["sources"])


def test_summary_leads_with_what_several_outlets_report():
    first = summary_of(make_doc("a", ARTICLE_A), make_doc("b", ARTICLE_B))[0]
    assert {s["doc"] for s in first["sources"]} == {"a", "b"}
    assert "جدول زمني" in first["text"]


def test_summary_does_not_repeat_one_fact():
    summary = summary_of(make_doc("a", ARTICLE_A), make_doc("b", ARTICLE_B))
    assert sum("جدول زمني لانسحاب" in line["text"] for line in summary) == 1


def test_summary_skips_copies():
    copy = make_doc("c", ARTICLE_A).with_meta(duplicate_of="a")
    summary = summary_of(make_doc("a", ARTICLE_A), make_doc("b", ARTICLE_B), copy)
    assert all(s["doc"] != "c" for line in summary for s in line["sources"])


def test_a_sentence_is_not_backed_by_its_denial_or_its_opposite():
    from rasid.corpus.summary import states_the_same

    said = "وصل الوفد الأمريكي إلى بغداد صباح اليوم لبحث ملف انسحاب قوات التحالف الدولي من البلاد."
    assert states_the_same(said, "وصل وفد أمريكي إلى بغداد اليوم لبحث انسحاب قوات التحالف الدولي من العراق.")
    assert not states_the_same(said, "غادر الوفد الأمريكي بغداد صباح اليوم بعد بحث ملف انسحاب قوات التحالف الدولي.")
    assert not states_the_same(said, "لم يصل الوفد الأمريكي إلى بغداد صباح اليوم لبحث ملف انسحاب قوات التحالف الدولي.")


def test_captions_and_list_items_are_not_summary_lines():
    from rasid.corpus.summary import NOT_A_LINE

    assert NOT_A_LINE.match("صورة أرشيفية لاجتماع مجلس الوزراء العراقي في بغداد مع قادة التحالف الدولي")
    assert NOT_A_LINE.match("- انسحاب القوات من قاعدة عين الأسد الجوية قبل نهاية العام المقبل")
    assert not NOT_A_LINE.match("اتفقت الحكومة العراقية مع دول التحالف الدولي على جدول زمني للانسحاب.")
