"""The stances step on hand-built documents: the lexicon scorer, actors, favor/against/mixed."""
from __future__ import annotations

import pytest
from storybuild import context_for, make_doc

from rasid.corpus.stances import detect_question, find_questions, find_stances, label_of, lexicon, stance_score

PRESENCE = lexicon()[0][0]
QUESTION = "بقاء قوات التحالف الدولي في العراق"


@pytest.mark.parametrize(("content", "label"), [
    ("مبررات بقائه انتهت وليس هناك حاجة لوجود قوات تابعة لـ 86 دولة", "against"),
    ("لا يمكن سحب القوات الأمريكية في الوقت الحالي", "favor"),
    ("هذا التحول لا يعني نهاية عمل التحالف", "favor"),
    ("انسحاب القوات الأمريكية قد يفتح الباب أمام تصعيدات أمنية", "favor"),
    ("ضرورة التأني في طلب سحب القوات الأجنبية", "favor"),
    ("الطرفين بحثا إنهاء وجود التحالف في العراق", "against"),
    ("يجب انسحاب قوات التحالف من العراق فورا", "against"),
    ("نؤكد استمرار بقاء قوات التحالف لدعم القوات العراقية", "favor"),
    ("الاجتماع تناول ملفات اقتصادية وتجارية بين البلدين", "neutral"),
    ("انسحاب الأمريكان سيعني المزيد من انفلات السلاح في البلاد", "favor"),
])
def test_stance_score_reads_the_lexicon(content, label):
    assert label_of(stance_score(content, PRESENCE)) == label


def _statement_doc(doc_id, sentence, speaker, content, anonymous=False, entity=True):
    entities = ((speaker, "PER"),) if entity else ()
    return make_doc(doc_id, sentence, entities=entities, statements=(
        {"speaker": speaker, "cue": "قال", "content": content, "anonymous": anonymous},))


def stances_of(*docs):
    return {s["name"]: s for s in find_stances(context_for(*docs, question=QUESTION))}


def test_stances_favor_and_against_actors():
    a = _statement_doc("a", "قال بارزاني إن انسحاب قوات التحالف قد يهدد استقرار العراق.", "بارزاني",
                       "انسحاب قوات التحالف قد يهدد استقرار العراق")
    b = _statement_doc("b", "قال الخزعلي إن على قوات التحالف الانسحاب من العراق فورا.", "الخزعلي",
                       "على قوات التحالف الانسحاب من العراق فورا")
    found = stances_of(a, b)
    assert found["بارزاني"]["stance"] == "favor" and found["الخزعلي"]["stance"] == "against"
    assert found["بارزاني"]["target"] == QUESTION


def test_stances_mixed_when_an_actor_shifts_between_articles():
    a = _statement_doc("a", "قال السوداني إن انتهاء مهمة قوات التحالف ضروري للعراق.", "السوداني",
                       "انتهاء مهمة قوات التحالف ضروري للعراق")
    b = _statement_doc("b", "قال السوداني إن العراق بحاجة لبقاء قوات التحالف لفترة أطول.", "السوداني",
                       "العراق بحاجة لبقاء قوات التحالف لفترة أطول")
    found = stances_of(a, b)
    assert found["السوداني"]["stance"] == "mixed"
    assert [e["stance"] for e in found["السوداني"]["evidence"]] == ["against", "favor"]


def test_stances_anonymous_source_is_an_actor_of_its_own_kind():
    a = _statement_doc("a", "قال مصدر حكومي إن قوات التحالف لن تنسحب من العراق قريبا.", "مصدر حكومي",
                       "قوات التحالف لن تنسحب من العراق قريبا", anonymous=True, entity=False)
    [stance] = find_stances(context_for(a, question=QUESTION))
    assert stance["entity"].startswith("anon:") and stance["actor_kind"] == "anonymous"
    assert stance["stance"] == "favor"


def test_stances_skip_statements_off_the_question():
    a = _statement_doc("a", "قال الوزير إن أسعار النفط ارتفعت هذا الأسبوع.", "الوزير", "أسعار النفط ارتفعت هذا الأسبوع")
    assert find_stances(context_for(a, question=QUESTION)) == []


def test_stances_evidence_spans_are_exact():
    text = "قال بارزاني إن انسحاب قوات التحالف قد يهدد استقرار العراق."
    a = _statement_doc("a", text, "بارزاني", "انسحاب قوات التحالف قد يهدد استقرار العراق")
    for stance in find_stances(context_for(a, question=QUESTION)):
        assert all(text[e["start"]:e["end"]] == e["text"] for e in stance["evidence"])


def test_detect_question_names_the_most_discussed_object():
    docs = [make_doc(str(i), t) for i, t in enumerate([
        "تتواصل المطالبات بانسحاب قوات التحالف الدولي من العراق.",
        "ويرى خبراء أن بقاء قوات التحالف الدولي في العراق ضروري.",
        "ناقش البرلمان إخراج قوات التحالف الدولي من العراق.",
    ])]
    found = detect_question(docs, frozenset({"العراق"}))
    assert found.frame.name == "presence"
    assert found.question == "بقاء قوات التحالف الدولي في العراق"
    assert found.reason is None


@pytest.mark.parametrize("content", [
    "حققنا نجاحات كبيرة في إنهاء العصابات الإرهابية",
    "القوات العراقية تواصل سحب فلول داعش من الصحراء",
])
def test_stance_score_ignores_cues_about_the_enemy(content):
    assert label_of(stance_score(content, PRESENCE)) == "neutral"


def test_stances_follow_a_question_put_as_leaving():
    a = _statement_doc("a", "قال الخزعلي إن على قوات التحالف الانسحاب من العراق فورا.", "الخزعلي",
                       "على قوات التحالف الانسحاب من العراق فورا")
    [stance] = find_stances(context_for(a, question="انسحاب قوات التحالف من العراق"))
    assert stance["stance"] == "favor"


def test_a_question_only_one_article_of_a_story_puts_is_no_question():
    docs = [make_doc(str(i), t) for i, t in enumerate([
        "ويرى خبراء أن بقاء قوات التحالف الدولي في العراق ضروري.",
        "افتتح الوزير معرض الكتاب في الرياض بحضور الناشرين.",
        "وأعلنت الهيئة مواعيد القبول في الجامعات هذا العام.",
    ])]
    found = detect_question(docs, frozenset({"العراق"}))
    assert (found.question, found.reason) == (None, "one_source")
    # an article alone puts no story's question either (on judged news, one article's phrases were mostly fragments);
    # a question given with --question still gets its stances
    assert detect_question(docs[:1], frozenset({"العراق"})).question is None


def test_a_question_two_outlets_put_is_the_question():
    # two outlets, both sides named (staying and leaving): a question someone answers
    docs = [make_doc(str(i), t, outlet=f"outlet {i}") for i, t in enumerate([
        "ويرى خبراء أن بقاء قوات التحالف الدولي في العراق ضروري.",
        "وطالب نواب بانسحاب قوات التحالف الدولي من العراق.",
    ])]
    assert detect_question(docs, frozenset({"العراق"})).question == "بقاء قوات التحالف الدولي في العراق"


def test_the_same_outlet_twice_is_one_source_of_a_question():
    docs = [make_doc(str(i), t, outlet="one outlet") for i, t in enumerate([
        "ويرى خبراء أن بقاء قوات التحالف الدولي في العراق ضروري.",
        "وطالب نواب بإنهاء بقاء قوات التحالف الدولي في العراق.",
    ])]
    assert detect_question(docs, frozenset({"العراق"})).reason == "one_source"


@pytest.mark.parametrize("text", [
    "ويرى المسؤول أن الدعم الكامل للإجراءات مطلوب.",  # a definite noun: an adjective follows, not its object
    "وأكد أن بقاء قدرة فعالة للمنظمة مهم.",  # an indefinite phrase names no question
    "وأعلن دعمه للقرار.",  # a pronoun makes the noun definite
])
def test_no_question_from_a_phrase_that_names_nothing(text):
    docs = [make_doc(str(i), text, outlet=f"outlet {i}") for i in range(2)]
    assert detect_question(docs, frozenset()).question is None


@pytest.mark.parametrize("text, label", [
    ("ويستنكر الشعب الدور الذي يلعبه النظام ودعمه الكامل للحكومة", "against"),  # what is condemned
    ("ويمكن توفير المال عن طريق تقليص دعم الحكومة", "against"),  # a word of cutting before the cue
    ("نؤكد دعمنا الكامل للحكومة", "favor"),
])
def test_condemning_and_cutting_reverse_a_favour_cue(text, label):
    frame = next(f for f in lexicon()[0] if f.name == "support")
    assert label_of(stance_score(text, frame)) == label


def test_a_presence_question_names_a_place():
    # `وجود` and `خروج` tell existence and leaving in many stories; a presence question says where
    texts = ["وأشار إلى وجود الأسر المنتجة في السوق.", "وأكد خروج الأسر المنتجة من السوق مبكرا."]
    docs = [make_doc(str(i), t, outlet=f"outlet {i}") for i, t in enumerate(texts)]
    assert detect_question(docs, frozenset()).question is None


def test_a_presence_question_without_its_place_is_none_and_says_why():
    docs = [make_doc(str(i), t, outlet=f"outlet {i}") for i, t in enumerate([
        "ويرى خبراء أن بقاء قوات التحالف الدولي ضروري.",
        "وطالب نواب بانسحاب قوات التحالف الدولي فورا.",
    ])]
    assert detect_question(docs, frozenset({"العراق"})).reason == "no_place"


def test_a_story_without_a_frame_noun_has_no_question_and_says_why():
    docs = [make_doc("a", "افتتح الوزير معرض الكتاب في الرياض بحضور الناشرين.")]
    assert detect_question(docs).reason == "no_frame"


def test_the_questions_step_gives_every_story_its_question_or_the_reason():
    spoken = _statement_doc("a", "قال الخزعلي إن على قوات التحالف الانسحاب من العراق فورا.", "الخزعلي",
                            "على قوات التحالف الانسحاب من العراق فورا")
    spoken = spoken.with_meta(story="s1")
    silent = make_doc("b", "افتتح الوزير معرض الكتاب في الرياض بحضور الناشرين.", story="s2")
    detected = {q["story"]: q for q in find_questions(context_for(spoken, silent))}
    assert detected["s1"] == {"story": "s1", "question": None, "frame": None, "source": None, "reason": "no_frame"}
    assert detected["s2"]["reason"] == "no_statements"
    given = {q["story"]: q for q in find_questions(context_for(spoken, silent, question=QUESTION))}
    assert given["s1"] == {"story": "s1", "question": QUESTION, "frame": "presence", "source": "given", "reason": None}
    assert given["s2"]["question"] is None  # no one speaks there: a given question has no one to answer it


def test_stances_read_the_questions_step_when_it_ran():
    a = _statement_doc("a", "قال الخزعلي إن على قوات التحالف الانسحاب من العراق فورا.", "الخزعلي",
                       "على قوات التحالف الانسحاب من العراق فورا")
    context = context_for(a)
    assert find_stances(context) == []  # one article puts no question
    context.results["questions"] = [{"story": None, "question": QUESTION, "frame": "presence"}]
    [stance] = find_stances(context)
    assert (stance["target"], stance["stance"]) == (QUESTION, "against")
