"""The entities stage with the shipped model: types, exact offsets, clitics and quotes, titles."""
import pytest

from rasid.ingest import RawInput, build_document
from rasid.model import DocMeta, Document
from rasid.registry import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(["segment", "entities"])


def entities_of(pipeline, text):
    doc = pipeline(Document("t", text, DocMeta(source="t")))
    return doc, {doc.span_text(s): s for s in doc.layer("entities")}


@pytest.mark.parametrize("text,name,label", [
    ("قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في خططها.", "محمد شياع السوداني", "PER"),
    ("وصل وزير الخارجية الأميركي أنتوني بلينكن إلى بغداد أمس.", "أنتوني بلينكن", "PER"),
    ("وصل وزير الخارجية الأميركي أنتوني بلينكن إلى بغداد أمس.", "بغداد", "LOC"),
    ("أعلنت وزارة الخارجية الروسية أن موسكو ترفض القرار.", "موسكو", "LOC"),
    ("تبنى تنظيم داعش الهجوم على الجيش العراقي في محافظة نينوى.", "نينوى", "LOC"),
    ("وقال المحلل السياسي ماجد شنكالي لـ\"إرم نيوز\" إن الوضع معقد.", "إرم نيوز", "ORG"),
    ("وقال المحلل السياسي ماجد شنكالي لـ\"إرم نيوز\" إن الوضع معقد.", "ماجد شنكالي", "PER"),
    ("وتحدث الرئيس الفرنسي إيمانويل ماكرون عن العلاقات مع الجزائر والمغرب.", "إيمانويل ماكرون", "PER"),
])
def test_entities_types(pipeline, text, name, label):
    _, found = entities_of(pipeline, text)
    assert name in found and found[name].label == label, sorted((k, s.label) for k, s in found.items())


def test_entities_clitic_cut_from_place(pipeline):
    _, found = entities_of(pipeline, "تعهدت واشنطن بدعم العراق وسوريا والأردن في الحرب على الإرهاب.")
    assert "الأردن" in found and "والأردن" not in found


def test_entities_title_attribute(pipeline):
    _, found = entities_of(pipeline, "وقال المحلل السياسي ماجد شنكالي إن الانسحاب مؤجل.")
    assert found["ماجد شنكالي"].attrs["title"] == "المحلل السياسي"


def test_entities_surname_repeated_in_the_document(pipeline):
    text = "قال رئيس الوزراء محمد شياع السوداني إن القوات باقية. وأوضح المصدر أن السوداني عرض تقييما للأوضاع."
    _, found = entities_of(pipeline, text)
    assert found["السوداني"].label == "PER"


def test_entities_spans_exact_on_document_text(pipeline):
    text = "وكشف المتحدث باسم السفارة الأميركية في بغداد لوكالة “بلومبيرغ” عن الاتفاق.\n"
    raw = RawInput(source="x.txt", content=text, kind="text", doc_id="x")
    doc = pipeline(build_document(raw))
    spans = doc.layer("entities")
    assert spans and all(0 <= s.start < s.end <= len(doc.text) for s in spans)
    assert all(doc.span_text(s) == doc.span_text(s).strip(' "“”') for s in spans)


def test_entities_name_after_title_and_organisation(pipeline):
    _, found = entities_of(pipeline, "وحذر عضو الحزب الديمقراطي الكردستاني ريبين سلام، من تكرار أخطاء الماضي.")
    assert found["ريبين سلام"].label == "PER"
    assert found["ريبين سلام"].attrs["title"] == "عضو الحزب الديمقراطي الكردستاني"


@pytest.mark.parametrize("text,name,label", [
    ("انسحبت القوات من قاعدة عين الأسد غرب البلاد.", "قاعدة عين الأسد", "LOC"),  # the facility, head and name
    ("أكد التحالف الدولي أن المهمة مستمرة.", "التحالف الدولي", "ORG"),
])
def test_entities_listed_phrases_win(pipeline, text, name, label):
    _, found = entities_of(pipeline, text)
    assert found[name].label == label


@pytest.mark.parametrize("text, name", [
    # an organisation's long name from the aliases, which the tagger cuts (`مجلس التعاون` + a place)
    ("وأكد مجلس التعاون لدول الخليج العربية دعمه للحكومة.", "مجلس التعاون لدول الخليج العربية"),
    ("وأصدرت منظمة الأغذية والزراعة للأمم المتحدة تقريرها السنوي.", "منظمة الأغذية والزراعة للأمم المتحدة"),
])
def test_entities_a_listed_long_name_wins_over_its_pieces(pipeline, text, name):
    doc, found = entities_of(pipeline, text)
    assert name in found and found[name].label == "ORG"
    assert not any(s.start < found[name].end and found[name].start < s.end and s is not found[name]
                   for s in doc.layer("entities"))


@pytest.mark.parametrize("text, name", [
    # a second field joined by و, a verbal noun and its genitive
    ("وأعلنت هيئة النقل وتطوير الطرق خطة جديدة للصيانة.", "هيئة النقل وتطوير الطرق"),
    ("وحذرت الإدارة العامة للمياه وحماية البيئة من الهدر.", "الإدارة العامة للمياه وحماية البيئة"),
    # `للحج`: a purpose of two letters after `لل` names the body as a longer one does (`للتعليم`)
    ("ونظمت الإدارة العامة للحج والعمرة ورشة عمل للعاملين.", "الإدارة العامة للحج والعمرة"),
])
def test_entities_a_body_names_its_purpose_and_a_second_field_joined_by_and(pipeline, text, name):
    _, found = entities_of(pipeline, text)
    assert name in found and found[name].label == "ORG"


@pytest.mark.parametrize("text, name", [
    ("وأكدت وزارة الصحة وجود حالات جديدة في المدينة.", "وزارة الصحة"),  # `وجود` is a word of its own
    ("ودعم الجيش الوطني وعودة الحكومة إلى العاصمة.", "الجيش الوطني"),  # after an adjective: another clause
])
def test_entities_and_with_a_noun_that_is_no_field_of_the_name(pipeline, text, name):
    _, found = entities_of(pipeline, text)
    assert name in found


@pytest.mark.parametrize("text, name", [
    ("وقال الوزير في مقابلة مع بي.بي.سي إن المفاوضات مستمرة.", "بي.بي.سي"),
    ("وذكرت شبكة سي.إن.إن الأمريكية أن الوفد وصل.", "سي.إن.إن"),
    ("ودعا الحزب مقاتلي بي.كي.كي إلى إلقاء السلاح.", "بي.كي.كي"),
])
def test_entities_an_acronym_spelt_in_letters_and_dots_is_one_name(pipeline, text, name):
    doc, found = entities_of(pipeline, text)
    assert name in found and found[name].label == "ORG"
    assert len(list(doc.layer("sentences"))) == 1  # no sentence ends at the acronym's dots


def test_entities_a_title_before_a_dot_is_no_acronym(pipeline):
    _, found = entities_of(pipeline, "وقال د.حاتم الشمري إن النتائج مشجعة.")
    assert "حاتم الشمري" in found


def test_entities_listed_place_keeps_a_title_word_at_its_end(pipeline):
    # `الشيخ` at a name's end is usually a title run on; in a listed place it is the name's own word
    _, found = entities_of(pipeline, "وصل الوفد إلى شرم الشيخ أمس للمشاركة في القمة.")
    assert "شرم الشيخ" in found and found["شرم الشيخ"].label == "LOC"


def test_entities_district_head_loses_its_preposition(pipeline):
    _, found = entities_of(pipeline, "وقعت الحادثة بحي النسيم شرق المدينة.")
    assert "حي النسيم" in found and "بحي النسيم" not in found


def test_entities_a_title_word_after_a_name_link_is_the_family_name(pipeline):
    # `الشيخ` after `آل` is a family's name, not a title run onto the end of the person's
    _, found = entities_of(pipeline, "وقال صالح آل الشيخ إن الوزارة ستعلن النتائج غدا.")
    assert "صالح آل الشيخ" in found and found["صالح آل الشيخ"].label == "PER"


def test_entities_in_favour_of_is_no_name(pipeline):
    # `لصالح` (in favour of) is no mention of a `صالح` named elsewhere in the article
    doc, _ = entities_of(pipeline, "وقال الرئيس السابق علي عبد الله صالح إن القرار جاء لصالح الشعب.")
    assert [doc.span_text(s) for s in doc.layer("entities")] == ["علي عبد الله صالح"]


def test_entities_a_listed_place_inside_an_event_is_no_mention(pipeline):
    doc, _ = entities_of(pipeline, "وقعت مذكرات التفاهم في قمة شرم الشيخ الاقتصادية، ثم عاد الوفد إلى شرم الشيخ.")
    assert [(doc.span_text(s), s.start) for s in doc.layer("entities")] == [
        ("شرم الشيخ", doc.text.rindex("شرم الشيخ"))]


def test_entities_a_body_takes_the_listed_place_it_ends_in(pipeline):
    _, found = entities_of(pipeline, "وأعلنت شرطة منطقة مكة المكرمة أن الحادث انتهى.")
    assert "شرطة منطقة مكة المكرمة" in found and found["شرطة منطقة مكة المكرمة"].label == "ORG"


def test_entities_an_adjective_is_no_repeat_of_the_country(pipeline):
    # the country named once does not make `السعودية` after a definite noun (its adjective) a mention
    doc, _ = entities_of(pipeline, "وصل الوفد إلى السعودية أمس، وأكد أن العلاقات السعودية المصرية قوية.")
    assert [s.start for s in doc.layer("entities") if doc.span_text(s) == "السعودية"] == [doc.text.index("السعودية")]


def test_entities_the_countryside_is_no_place_name(pipeline):
    doc, _ = entities_of(pipeline, "وهاجر الشباب من الريف إلى المدن بحثا عن العمل.")
    assert [doc.span_text(s) for s in doc.layer("entities")] == []


@pytest.mark.parametrize("text, name", [
    # a club whose name is a common word stays a mention after a word of the game, with no `نادي` before it
    ("وتباينت ردود أفعال جماهير الاتحاد حول مستقبل المدرب.", "الاتحاد"),
    ("وانضم المهاجم إلى صفوف الشباب قبل نهاية الموسم.", "الشباب"),
])
def test_entities_a_club_named_by_a_word_of_the_game_is_a_mention(pipeline, text, name):
    _, found = entities_of(pipeline, text)
    assert name in found and found[name].label == "ORG"


def test_entities_the_same_word_without_the_game_is_no_mention(pipeline):
    _, found = entities_of(pipeline, "ودعا الوزير إلى تمكين الشباب في سوق العمل.")
    assert "الشباب" not in found


def test_entities_a_club_named_by_a_head_word_stays_a_name(pipeline):
    # after `نادي` the name `الاتحاد` is the club's, and it is the club again where the article repeats it
    doc, _ = entities_of(pipeline, "فاز نادي الاتحاد على ضيفه بهدفين. وقال مدرب الاتحاد إن الفوز مستحق.")
    assert [(doc.span_text(s), s.label) for s in doc.layer("entities")][:1] == [("الاتحاد", "ORG")]
    assert sum(doc.span_text(s) == "الاتحاد" for s in doc.layer("entities")) == 2


@pytest.mark.parametrize("text", [
    "وقال مدير المدرسة لـ\"الوطن\": إن الدراسة تبدأ الأحد.",
    "ونقلت صحيفة الوطن عن مصادر مطلعة أن الاتفاق وقع.",
])
def test_entities_an_outlet_whose_name_is_a_word_is_named_in_quotes_or_after_a_medium(pipeline, text):
    _, found = entities_of(pipeline, text)
    assert found.get("الوطن") is not None and found["الوطن"].label == "ORG"


def test_entities_the_word_an_outlet_is_named_by_stays_a_word_elsewhere(pipeline):
    _, found = entities_of(pipeline, "وقال إن الوطن يمر بمرحلة صعبة.")
    assert "الوطن" not in found


def test_entities_a_channel_named_after_a_city_is_no_city(pipeline):
    _, found = entities_of(pipeline, "وقالت قناة القاهرة الإخبارية إن الوفد وصل إلى القاهرة.")
    assert found["القاهرة الإخبارية"].label == "ORG" and found["القاهرة"].label == "LOC"


def test_entities_a_places_short_form_names_it_only_where_the_full_form_is_named(pipeline):
    doc, _ = entities_of(pipeline, "وصل الوفد إلى المدينة المنورة أمس. وتجول في أسواق المدينة، ونشرت «المدينة» الخبر.")
    short = [s for s in doc.layer("entities") if doc.span_text(s) == "المدينة"]
    assert [s.label for s in short] == ["LOC", "ORG"]  # the city, then the newspaper in quotes
    _, found = entities_of(pipeline, "وقال عمدة المدينة إن الطرق مغلقة بسبب الأمطار.")
    assert "المدينة" not in found
