"""The `time` and `quantities` stages, the reference date they use or infer, and their export records."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.corpus import StoryContext
from rasid.corpus.time_quantities import quantities, time_expressions
from rasid.errors import PipelineOrderError
from rasid.model import DocMeta, Document
from rasid.pipeline import Pipeline
from rasid.registry import CORPUS_STEPS, STAGES
from rasid.settings import AnalysisOptions
from rasid.stages.quantities import QuantityTagger
from rasid.stages.time import TimeTagger


def doc_of(text, published=None):
    return Document("d1", text, DocMeta(source="t.txt", published=published,
                                         published_evidence="a date line" if published else None))


def test_registry_runs_time_then_quantities_after_segment():
    names = list(STAGES)
    assert names.index("segment") < names.index("time") < names.index("quantities")
    steps = list(CORPUS_STEPS)
    assert steps.index("time_expressions") < steps.index("quantities")


def test_quantities_stage_needs_the_time_layer():
    with pytest.raises(PipelineOrderError, match="time_expressions"):
        Pipeline([QuantityTagger()])


def test_time_stage_resolves_against_the_publication_date():
    doc = TimeTagger()(doc_of("وقال الوزير الجمعة الماضي إن", "2024-09-23"))
    (span,) = doc.layer("time_expressions")
    assert (span.attrs["value"], span.attrs["anchor"]) == ("2024-09-20", "2024-09-23")


def test_time_stage_infers_a_reference_from_a_date_and_a_matching_today():
    text = "أعلن المتحدث اليوم الاثنين أن اجتماع 23 سبتمبر 2024 انتهى، وسيعقد آخر العام المقبل"
    doc = TimeTagger()(doc_of(text))
    assert doc.meta.published == "2024-09-23"
    assert doc.meta.published_evidence.startswith("inferred from the text: ")
    assert "23 سبتمبر 2024" in doc.meta.published_evidence
    assert [s.attrs["value"] for s in doc.layer("time_expressions")][-1] == "2025"


@pytest.mark.parametrize("text", [
    "أعلن المتحدث اليوم الأحد أن اجتماع 23 سبتمبر 2024 انتهى",  # 23 September 2024 was a Monday
    "انتهى اجتماع 23 سبتمبر 2024 بلا نتيجة",  # a date alone says nothing of when the article was written
    "قال المتحدث اليوم الاثنين إن الاجتماع انتهى",  # a weekday alone neither
])
def test_time_stage_infers_no_reference_when_it_is_not_safe(text):
    doc = TimeTagger()(doc_of(text))
    assert doc.meta.published is None and doc.meta.published_evidence is None


def test_time_stage_never_replaces_a_stated_publication_date():
    text = "أعلن المتحدث اليوم الاثنين أن اجتماع 23 سبتمبر 2024 انتهى"
    doc = TimeTagger()(doc_of(text, "2024-10-01"))
    assert (doc.meta.published, doc.meta.published_evidence) == ("2024-10-01", "a date line")


def test_quantities_stage_does_not_count_the_numbers_of_time_expressions():
    doc = QuantityTagger()(TimeTagger()(doc_of("بعد مرور عشر سنوات على تأسيس تحالف 86 دولة عام 2014")))
    assert [(doc.span_text(s), s.attrs["value"]) for s in doc.layer("quantities")] == [("86 دولة", 86)]


def test_corpus_steps_give_exact_records():
    doc = QuantityTagger()(TimeTagger()(doc_of("في 16 أغسطس 2024 وصل نحو 2000 جندي", "2024-08-20")))
    context = StoryContext([doc], AnalysisOptions())
    (time,) = time_expressions(context)
    (count,) = quantities(context)
    assert time == {"doc": "d1", "start": 3, "end": 16, "text": "16 أغسطس 2024", "type": "DATE",
                    "value": "2024-08-16", "anchor": None}
    assert count == {"doc": "d1", "start": 21, "end": 34, "text": "نحو 2000 جندي", "value": 2000, "unit": "جندي",
                     "relation": "about"}


WORDS = ["في", "16", "٢٧", "أغسطس", "أيلول/سبتمبر", "عام", "2024", "الماضي", "المقبل", "اليوم", "الاثنين", "قبل",
         "ساعات", "عشر", "سنوات", "جنديًا", "230", "حوالي", "مئات", "من", "ثلث", "هـ", "14-09-1432", "3:20", "م",
         "الساعة", "الثامنة", "مساءً", "ـ", "،", "\n", "(", ")", "%", "$", "ألف", "و", "كل", "يوميا", "منتصف"]


@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([None, "2024-09-23", "2024-09-23T14:05"]))
def test_time_and_quantity_spans_are_exact_and_inside_the_text(words, published):
    text = " ".join(words)
    doc = QuantityTagger()(TimeTagger()(doc_of(text, published)))
    for span in (*doc.layer("time_expressions"), *doc.layer("quantities")):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end].strip() == text[span.start:span.end]


def test_time_stage_infers_nothing_from_a_weekday_far_from_the_date():
    text = "قال المتحدث اليوم الاثنين إن الوفد سيصل قريبا. " + "وتابع أن المباحثات ستتناول ملفات كثيرة. " * 3 + \
        "وكان الاجتماع السابق قد عقد في 23 سبتمبر 2024"
    assert TimeTagger()(doc_of(text)).meta.published is None


def test_without_a_publication_date_relative_words_follow_the_latest_stated_date():
    text = "اندلعت الاشتباكات في 2 مارس 2024. وقالت الوزارة أمس إن الهدوء عاد بعد معارك بدأت في 10 يناير 2024."
    doc = TimeTagger()(doc_of(text))
    yesterday = next(s for s in doc.layer("time_expressions") if text[s.start:s.end] == "أمس")
    assert yesterday.attrs["value"] == "2024-03-01" and yesterday.attrs["anchor"] == "2024-03-02"
    assert "2 مارس 2024" in yesterday.attrs["anchor_evidence"]
    assert doc.meta.published is None  # an anchor for words like أمس, not a publication date


def test_a_stated_publication_date_is_the_anchor_whatever_the_text_says():
    text = "اندلعت الاشتباكات في 2 مارس 2024. وقالت الوزارة أمس إن الهدوء عاد."
    doc = TimeTagger()(doc_of(text, published="2024-03-10"))
    yesterday = next(s for s in doc.layer("time_expressions") if text[s.start:s.end] == "أمس")
    assert yesterday.attrs["value"] == "2024-03-09" and "anchor_evidence" not in yesterday.attrs
