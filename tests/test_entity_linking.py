"""Merging mentions into entities across documents, on hand-made documents (no model involved)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.corpus.entities import entity_id, link_entities, number_repeated_ids
from rasid.model import DocMeta, Document, Span
from rasid.ner.names import is_part_of, name_key, same_name
from rasid.registry import build_pipeline


def make_doc(doc_id, text, names):
    """A document whose `entities` layer marks the first occurrence of each (phrase, label, title)."""
    spans, offset = [], 0
    for phrase, label, *title in names:
        start = text.index(phrase, offset)
        spans.append(Span(start, start + len(phrase), label, {"title": title[0] if title else None}))
        offset = start + len(phrase)
    return Document(doc_id, text, DocMeta(source=doc_id), {"entities": tuple(spans)})


def entity_named(entities, name):
    return next(e for e in entities if e["name"] == name)


@pytest.mark.parametrize("a,b", [
    ("بلومبيرغ", "بلومبرغ"), ("ماركو روبيرو", "ماركو روبيو"), ("الأمريكية", "الأميركية"),
    ("العراق", "للعراق"), ("العراق", "بالعراق"), ("إرم نيوز", '"إرم نيوز"'),
])
def test_same_name_variants_and_clitics(a, b):
    assert same_name(name_key(a), name_key(b))


@pytest.mark.parametrize("a,b,same", [
    ("النصر", "النصرة", False),  # a club and a front: one letter more is another word
    ("عبدالله السليمان", "عبدالله السليماني", False),  # a family name and its nisba: two families
    ("مطار الملك خالد الدولي", "مطار الملك خالد الدولية", True),  # an adjective agreeing in gender, after the first word
    ("صندوق التنمية العقارية", "صندوق التنمية العقاري", True),
])
def test_same_name_an_added_ending(a, b, same):
    assert same_name(name_key(a), name_key(b)) is same


def test_link_a_title_with_another_adjective_is_another_person():
    text = ("قال وزير الخارجية جون كيري إن الاتفاق قريب. وقال وزير الخارجية الإيراني إن المفاوضات مستمرة. "
            "وأضاف وزير الخارجية أن الجولة المقبلة في فيينا.")
    doc = make_doc("d1", text, [("جون كيري", "PER", "وزير الخارجية")])
    texts = [m["text"] for m in entity_named(link_entities([doc]), "جون كيري")["mentions"]]
    assert texts == ["جون كيري", "وزير الخارجية"]


def test_link_a_title_with_the_persons_own_adjective_is_the_person():
    text = "قال وزير الخارجية جون كيري إن الاتفاق قريب. وأضاف وزير الخارجية الأميركي أن الجولة المقبلة في فيينا."
    other = make_doc("d0", "وصل وزير الخارجية الأميركي جون كيري إلى فيينا.", [("جون كيري", "PER")])
    doc = make_doc("d1", text, [("جون كيري", "PER", "وزير الخارجية")])
    person = entity_named(link_entities([other, doc]), "جون كيري")
    assert [m["text"] for m in person["mentions"] if m["doc"] == "d1"] == ["جون كيري", "وزير الخارجية الأميركي"]


@pytest.mark.parametrize("a,b", [
    ("عبد الرحمن الراشد", "عبدالرحمن الراشد"), ("عز الدين القسام", "عزالدين القسام"), ("نور الدين زنكي", "نورالدين زنكي"),
    ("أبو بكر البغدادي", "أبوبكر البغدادي"), ("فضل الله", "فضلالله"),
])
def test_a_compound_name_is_one_name_however_it_is_spaced(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [
    ("منظمة الدول المصدرة للنفط", "أوبك"), ("قوات سوريا الديمقراطية", "قسد"), ("جامعة الدول العربية", "الجامعة العربية"),
    ("حلف شمال الأطلسي", "الناتو"), ("الاتحاد الدولي لكرة القدم", "فيفا"),
])
def test_an_organisation_and_its_listed_acronym_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_long_name_and_acronym_in_two_articles_are_one_entity():
    first = make_doc("d1", "دعت منظمة الدول المصدرة للنفط أعضاءها إلى خفض الإنتاج", [("منظمة الدول المصدرة للنفط", "ORG")])
    second = make_doc("d2", "قررت أوبك خفض الإنتاج", [("أوبك", "ORG")])
    entities = link_entities([first, second])
    assert len(entities) == 1 and len(entities[0]["mentions"]) == 2


def test_a_name_spaced_apart_in_one_article_joins_its_other_spelling():
    first = make_doc("d1", "قال عبدالله الربيعة إن", [("عبدالله الربيعة", "PER")])
    second = make_doc("d2", "وأوضح عبد الله الربيعة أن", [("عبد الله الربيعة", "PER")])
    assert len(link_entities([first, second])) == 1


@pytest.mark.parametrize("a,b", [("محمد", "محمود"), ("علي حسن", "عمر حسن"), ("سلام", "إسلام")])
def test_same_name_keeps_different_names_apart(a, b):
    assert not same_name(name_key(a), name_key(b))


@pytest.mark.parametrize("short,full,label,expected", [
    ("السوداني", "محمد شياع السوداني", "PER", True),
    ("شياع السوداني", "محمد شياع السوداني", "PER", True),
    ("محمد السوداني", "محمد شياع السوداني", "PER", True),
    ("محمد", "محمد شياع السوداني", "PER", False),
    ("داعش", "تنظيم داعش الإرهابي", "ORG", True),
    ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "LOC", True),
    ("الحكومة", "الحكومة العراقية", "ORG", False),
])
def test_is_part_of(short, full, label, expected):
    assert is_part_of(name_key(short), name_key(full), label) is expected


def test_link_surname_to_full_name_across_documents():
    first = make_doc("d1", "قال رئيس الوزراء محمد شياع السوداني إن", [("محمد شياع السوداني", "PER", "رئيس الوزراء")])
    second = make_doc("d2", "وأكد السوداني أن الحكومة", [("السوداني", "PER")])
    person = entity_named(link_entities([first, second]), "محمد شياع السوداني")
    assert person["aliases"] == ["السوداني"] and person["titles"] == ["رئيس الوزراء"]
    assert [m["doc"] for m in person["mentions"]] == ["d1", "d2"]


def test_link_two_people_sharing_a_surname_stay_apart():
    doc = make_doc("d1", "التقى أحمد السوداني مع محمد شياع السوداني ثم قال السوداني",
                   [("أحمد السوداني", "PER"), ("محمد شياع السوداني", "PER"), ("السوداني", "PER")])
    people = [e for e in link_entities([doc]) if e["type"] == "PER"]
    full_names = {e["name"] for e in people}
    assert {"أحمد السوداني", "محمد شياع السوداني"} <= full_names
    assert all(len(e["mentions"]) == 1 for e in people)


def test_link_surname_goes_to_the_person_named_in_the_same_article():
    d1 = make_doc("d1", "قال أحمد السوداني", [("أحمد السوداني", "PER")])
    d2 = make_doc("d2", "قال محمد شياع السوداني ثم أضاف السوداني", [("محمد شياع السوداني", "PER"), ("السوداني", "PER")])
    person = entity_named(link_entities([d1, d2]), "محمد شياع السوداني")
    assert len(person["mentions"]) == 2


def test_link_title_alone_stands_for_the_person():
    text = "قال رئيس الوزراء العراقي محمد شياع السوداني إن الاتفاق قريب. وأضاف رئيس الوزراء العراقي أن"
    doc = make_doc("d1", text, [("محمد شياع السوداني", "PER", "رئيس الوزراء العراقي")])
    person = entity_named(link_entities([doc]), "محمد شياع السوداني")
    texts = [m["text"] for m in person["mentions"]]
    assert texts == ["محمد شياع السوداني", "رئيس الوزراء العراقي"]


def test_link_canonical_name_is_the_fullest_and_outlet_forms_merge():
    doc = make_doc("d1", "قال لبلومبرغ ثم نقلت بلومبيرغ عن وكالة بلومبيرغ", [("بلومبرغ", "ORG"), ("بلومبيرغ", "ORG")])
    outlets = [e for e in link_entities([doc]) if e["type"] == "ORG"]
    assert len(outlets) == 1 and outlets[0]["name"] == "بلومبيرغ"


@pytest.mark.parametrize("names, canonical", [
    (["مستشاري أوباما", "أوباما"], "أوباما"),  # a title run onto the name is no part of it
    (["مليكنا سلمان", "سلمان"], "سلمان"),
    (["سلطان البيشي", "البيشي"], "سلطان البيشي"),  # a title that is also a first name
])
def test_link_a_persons_name_never_opens_with_a_title(names, canonical):
    text = " ثم ".join(names) + " وصل."
    doc = make_doc("d1", text, [(name, "PER") for name in names])
    people = [e for e in link_entities([doc]) if e["type"] == "PER"]
    assert [e["name"] for e in people] == [canonical]


def test_link_a_first_name_alone_is_the_one_person_of_the_article_named_with_it():
    one = make_doc("d1", "رحلت فاتن حمامة أمس. وكانت فاتن قد اعتزلت.", [("فاتن حمامة", "PER"), ("فاتن", "PER")])
    two = make_doc("d2", "التقت فاتن حمامة فاتن محمود. وقالت فاتن إنها سعيدة.",
                   [("فاتن حمامة", "PER"), ("فاتن محمود", "PER"), ("فاتن", "PER")])
    alone = make_doc("d3", "وقالت فاتن إنها سعيدة.", [("فاتن", "PER")])
    people = {e["name"]: sorted((m["doc"], m["text"]) for m in e["mentions"])
              for e in link_entities([one, two, alone]) if e["type"] == "PER"}
    assert people["فاتن حمامة"] == [("d1", "فاتن"), ("d1", "فاتن حمامة"), ("d2", "فاتن حمامة")]
    assert people["فاتن"] == [("d2", "فاتن"), ("d3", "فاتن")]  # two of that name there; none named in full


def test_link_majority_type_wins():
    text = "داعش هاجم. ثم داعش انسحب. وقال داعش"
    doc = make_doc("d1", text, [("داعش", "ORG"), ("داعش", "ORG"), ("داعش", "PER")])
    assert [e["type"] for e in link_entities([doc])] == ["ORG"]


def test_entity_ids_are_stable_and_typed():
    assert entity_id("PER", "محمد شياع السوداني") == entity_id("PER", "محمد شياع السوداني")
    assert entity_id("PER", "العراق") != entity_id("LOC", "العراق")


def test_mentions_are_exact_spans():
    doc = make_doc("d1", "زار والعراق ثم العراق", [("العراق", "LOC"), ("العراق", "LOC")])
    for entity in link_entities([doc]):
        for m in entity["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]



def test_number_repeated_ids_keeps_ids_unique():
    records = [{"id": "PER-1"}, {"id": "PER-1"}, {"id": "LOC-2"}, {"id": "PER-1"}]
    assert [r["id"] for r in number_repeated_ids(records)] == ["PER-1", "PER-1-2", "LOC-2", "PER-1-3"]


def speaker_doc(text, speaker, anonymous=False):
    start = text.index(speaker)
    statement = Span(0, len(text), "statement", {"speaker_start": start, "speaker_end": start + len(speaker),
                                                 "anonymous": anonymous})
    return Document("s1", text, DocMeta(source="s1"), {"entities": (), "statements": (statement,)})


@pytest.mark.parametrize("speaker,name", [
    ("المحلل السياسي، جمعة الدليمي", "جمعة الدليمي"),
    ("السفيرة الأميركية لدى العراق، ألينا رومانوفسكي", "ألينا رومانوفسكي"),
])
def test_link_entities_names_an_apposed_speaker_the_tagger_missed(speaker, name):
    text = f"ويقول {speaker}، إن الوضع هش. وأضاف {name.split()[-1]} أن الحل قريب."
    (entity,) = link_entities([speaker_doc(text, speaker)])
    assert (entity["type"], entity["name"]) == ("PER", name)
    assert len(entity["mentions"]) == 2  # the surname alone later in the article joins it


@pytest.mark.parametrize("speaker,anonymous", [
    ("مصدر مقرب من الحكومة، طلب عدم ذكر اسمه", True),
    ("الخبراء، والمراقبون", False),
])
def test_link_entities_makes_no_person_of_other_speakers(speaker, anonymous):
    text = f"وقال {speaker}، إن الوضع هش."
    assert link_entities([speaker_doc(text, speaker, anonymous)]) == []


def test_a_surname_is_not_added_inside_another_name_or_after_bin():
    from rasid.corpus.entities import link_entities
    from rasid.model import DocMeta, Document, Span

    text = ("استقبل الوزير خالد العبدالله الوفد. وحضر اللقاء سعد بن العبدالله الراشد ومحمد العبدالله الخالد. "
            "وقال العبدالله إن اللقاء مثمر.")
    first, second = text.index("خالد العبدالله"), text.index("سعد")
    spans = (Span(first, first + len("خالد العبدالله"), "PER", {"title": "الوزير"}),
             Span(second, second + len("سعد بن العبدالله الراشد"), "PER", {"title": None}))
    doc = Document("d", text, DocMeta(source="d.txt"), {"entities": spans})
    bare = [m["start"] for r in link_entities([doc]) for m in r["mentions"] if m["text"] == "العبدالله"]
    assert text.index("وقال العبدالله") + len("وقال ") in bare  # the surname standing alone: a mention
    assert not any(second <= start < second + len("سعد بن العبدالله الراشد") for start in bare)  # after بن: no


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=14),
       st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=14))
def test_a_spelling_is_always_looked_for_among_words_of_a_matching_length(a, b):
    from rasid.corpus.entities import variant_lengths
    from rasid.ner.names import same_word

    if same_word(a, b):
        assert len(b) in variant_lengths(len(a)) and len(a) in variant_lengths(len(b))


def test_a_surname_tagged_as_a_place_is_the_person_named_in_full_in_the_article():
    text = "عينت الكلية البارونة فاليري ماكدونالد مديرة لها. وستقود ماكدونالد الكلية في سبتمبر، وزارت لندن أمس."
    doc = make_doc("a", text, [("فاليري ماكدونالد", "PER"), ("ماكدونالد", "LOC"), ("لندن", "LOC")])
    entities = link_entities([doc])
    person = entity_named(entities, "فاليري ماكدونالد")
    assert person["type"] == "PER" and len(person["mentions"]) == 2
    assert entity_named(entities, "لندن")["type"] == "LOC"


def test_a_place_that_shares_a_surname_in_another_article_stays_a_place():
    a = make_doc("a", "قال الوزير حسن الكويت إن القرار نهائي.", [("حسن الكويت", "PER")])
    b = make_doc("b", "وصل الوفد إلى الكويت أمس.", [("الكويت", "LOC")])
    assert entity_named(link_entities([a, b]), "الكويت")["type"] == "LOC"


@pytest.mark.parametrize("short, full", [
    ("الرياض", "مطار الرياض"), ("تونس", "خليج تونس"), ("القاهرة", "جامعة القاهرة"), ("عسير", "شارع عسير"),
])
def test_a_facility_or_a_natural_feature_named_after_a_place_is_not_that_place(short, full):
    assert not is_part_of(name_key(short), name_key(full), "LOC")
    assert is_part_of(name_key("الرياض"), name_key("مدينة الرياض"), "LOC")  # a kind word only describes


def test_a_place_is_named_by_its_most_used_name_and_a_person_by_the_fullest():
    docs = [make_doc("a", "هبطت الطائرة في مطار الرياض الدولي قادمة من الرياض.", [("مطار الرياض الدولي", "LOC"),
                                                                                  ("الرياض", "LOC")]),
            make_doc("b", "وصل الوفد إلى الرياض أمس.", [("الرياض", "LOC")]),
            make_doc("c", "وزار الوفد مدينة الرياض.", [("مدينة الرياض", "LOC")]),
            make_doc("d", "وقال محمد شياع السوداني إن السوداني سيزور بغداد.", [("محمد شياع السوداني", "PER"),
                                                                          ("السوداني", "PER"), ("بغداد", "LOC")])]
    entities = link_entities(docs)
    city = entity_named(entities, "الرياض")
    assert len(city["mentions"]) == 3  # `مدينة الرياض` is the city; the airport is an entity of its own
    assert len(entity_named(entities, "مطار الرياض الدولي")["mentions"]) == 1
    assert len(entity_named(entities, "محمد شياع السوداني")["mentions"]) == 2


def linked_kinds(texts: list[str]) -> set[tuple[str, str]]:
    """(name, type) of the entities linked over `texts`, each tagged by the shipped model."""
    pipeline = build_pipeline(["segment", "entities"])
    docs = [pipeline(Document(f"d{i}", t, DocMeta(source="t"))) for i, t in enumerate(texts)]
    return {(r["name"], r["type"]) for r in link_entities(docs)}


@pytest.mark.parametrize("texts, name", [
    # a quoted outlet keeps its type beside the city of the same name
    (["وصل الوفد إلى الرياض أمس. وتوجه من الرياض إلى جدة.", "وكشف مصدر لـ\"الرياض\" أن الوفد وصل إلى الرياض."],
     "الرياض"),
    # and has no vote on the type of the region it is named after
    (["وقال مصدر لـ«الشرق الأوسط» إن الوفد وصل. وأضاف لـ«الشرق الأوسط» أن المحادثات بدأت.",
      "وتعد مصر من أقوى الدول في الشرق الأوسط."], "الشرق الأوسط"),
])
def test_a_quoted_outlet_and_the_place_it_is_named_after_are_two_entities(texts, name):
    kinds = linked_kinds(texts)
    assert (name, "ORG") in kinds and (name, "LOC") in kinds
