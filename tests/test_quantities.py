"""Number words and quantities: Arabic sentences written for these tests."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.numbers.quantities import find_quantities
from rasid.numbers.words import cardinal_pattern, cardinal_value, ordinal_pattern, ordinal_value
from rasid.text.normalize import match_key


@pytest.mark.parametrize("words, value", [
    ("ثلاثمائة وخمسين", 350), ("خمسة عشر", 15), ("ثلاثة آلاف", 3000), ("مائتين", 200), ("إحدى عشرة", 11),
    ("مليون وخمسمائة ألف", 1500000), ("ثلاث مائة", 300), ("سبعة وعشرون", 27), ("ألفين", 2000), ("اثنا عشر", 12),
])
def test_cardinal_value_adds_up_number_words(words, value):
    key = match_key(words)
    assert re.fullmatch(cardinal_pattern(), key)
    assert cardinal_value(key) == value


@pytest.mark.parametrize("words, value", [
    ("السابع عشر", 17), ("الحادي والعشرين", 21), ("الثالث والعشرون", 23), ("الثلاثين", 30), ("الأولى", 1),
])
def test_ordinal_value_reads_ordinals_in_words(words, value):
    key = match_key(words)
    assert re.fullmatch(ordinal_pattern(), key)
    assert ordinal_value(key) == value


def only(sentence):
    spans = find_quantities(sentence)
    assert len(spans) == 1, [(sentence[s.start:s.end], dict(s.attrs)) for s in spans]
    return spans[0]


@pytest.mark.parametrize("sentence, expression, value, unit, relation", [
    ("ليس هناك حاجة لقوات 86 دولة في البلاد", "86 دولة", 86, "دولة", "exact"),
    ("سينخفض العدد من حوالي 2000 جندي", "حوالي 2000 جندي", 2000, "جندي", "about"),
    ("يبقى أقل من 500 شخص في أربيل", "أقل من 500 شخص", 500, "شخص", "less"),
    ("أرسلت 230 جنديًا جديدًا", "230 جنديًا", 230, "جندي", "exact"),
    ("قتل عشرة من أفراده في الهجوم", "عشرة من أفراده", 10, "أفراده", "exact"),
    ("خروج مئات من قوات التحالف قريبا", "مئات من قوات التحالف", 100, "قوات التحالف", "more"),
    ("وأصيب عشرات المدنيين", "عشرات المدنيين", 10, "المدنيين", "more"),
    ("أدى إلى نزوح ملايين المدنيين", "ملايين المدنيين", 1000000, "المدنيين", "more"),
    ("سيطر على ثلث مساحة العراق", "ثلث مساحة العراق", 0.333, "مساحة العراق", "exact"),
    ("وصل ثلاثمائة وخمسين مقاتلا", "ثلاثمائة وخمسين مقاتلا", 350, "مقاتلا", "exact"),
    ("قتل جنديين في الكمين", "جنديين", 2, "جندي", "exact"),
    ("سجل المهاجم هدفين في الشوط الأول", "هدفين", 2, "هدف", "exact"),  # a dual whose plural is broken (أهداف)
    ("فاز الحزب بمقعدين فقط في البرلمان", "مقعدين", 2, "مقعد", "exact"),
    ("انتشر ٣٥٠ جندياً في المنطقة", "٣٥٠ جندياً", 350, "جندي", "exact"),
    ("ما يزيد على 40 طائرة", "ما يزيد على 40 طائرة", 40, "طائرة", "more"),
    ("شارك نحو ١٬٢٠٠ متطوع", "نحو ١٬٢٠٠ متطوع", 1200, "متطوع", "about"),
    ("بلغ عدد القتلى 300 حتى مساء أمس", "300", 300, None, "exact"),
    # a number with a proclitic written against it: the conjunction or preposition is no part of the count
    ("وأصيب و156 ألفا و230 مصاباً", "156 ألفا و230 مصاباً", 156230, "مصاب", "exact"),
    ("ووصل الوفد ب3 طائرات", "3 طائرات", 3, "طائرات", "exact"),
    # `آخرين` counts the others of a toll: after a verb the number is no designation
    ("قتل رجل وأصيب 4 آخرين في الحادث", "4 آخرين", 4, "آخرين", "exact"),
])
def test_find_quantities_reads_counts_with_unit_and_relation(sentence, expression, value, unit, relation):
    span = only(sentence)
    assert sentence[span.start:span.end] == expression
    assert (span.attrs["value"], span.attrs["unit"], span.attrs["relation"]) == (value, unit, relation)


@pytest.mark.parametrize("sentence, value, unit, currency", [
    ("بقيمة 1.5 مليار دولار للمشروع", 1500000000, "دولار", "USD"),
    ("دفع 42 دينار كويتي ثمنا", 42, "دينار كويتي", "KWD"),
    ("كلف $10 فقط", 10, "$", "USD"),
    ("تبرع بـ 500 يورو", 500, "يورو", "EUR"),
])
def test_find_quantities_reads_money_with_its_currency(sentence, value, unit, currency):
    span = only(sentence)
    assert (span.attrs["value"], span.attrs["unit"], span.attrs["currency"]) == (value, unit, currency)


@pytest.mark.parametrize("sentence, value", [
    ("ارتفعت النسبة إلى 30% هذا الشهر", 30), ("بلغت 45 في المئة من الأصوات", 45), ("تراجعت ١٢٪ فقط", 12),
])
def test_find_quantities_reads_percentages(sentence, value):
    span = only(sentence)
    assert (span.attrs["value"], span.attrs["unit"]) == (value, "%")


def test_find_quantities_reads_a_range_with_both_bounds():
    span = only("نشر ما بين 200 و300 جندي")
    assert (span.attrs["value"], span.attrs["low"], span.attrs["high"], span.attrs["unit"]) == (200, 200, 300, "جندي")
    assert span.attrs["relation"] == "exact"  # both ends are stated: a range, not an estimate


@pytest.mark.parametrize("sentence", [
    "يعملون ضمن الكتيبة الثانية، فوج المدفعية الميدانية 218",
    "انسحبت القوات الأمريكية من العراق عام 2011",
    "للاستفسار اتصل على 0501234567 أو +964 770 123 4567",
    "تنص المادة 140 من الدستور على ذلك",
    "القرار رقم 47 الصادر عن المجلس",
    "جميع الحقوق محفوظة ©️ 2024 شركة إرم ميديا",
    "وقعت الحرب العالمية الثانية",
    "fd8a136f-2f87-4da5-9859-12cd39f2978c",
    "كان واحد من الضباط حاضرا",
])
def test_find_quantities_ignores_numbers_that_are_not_counts(sentence):
    assert [sentence[s.start:s.end] for s in find_quantities(sentence)] == []


def test_find_quantities_skips_numbers_inside_excluded_ranges():
    sentence = "بعد مرور عشر سنوات على التأسيس"
    start = sentence.index("عشر")
    assert find_quantities(sentence, [(start, start + len("عشر سنوات"))]) == []


@given(st.integers(min_value=1, max_value=10**7))
def test_find_quantities_reads_arabic_indic_and_ascii_digits_alike(number):
    ascii_text = f"وصل {number} متطوع"
    eastern = ascii_text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    ascii_spans, eastern_spans = find_quantities(ascii_text), find_quantities(eastern)
    assert [s.attrs["value"] for s in ascii_spans] == [s.attrs["value"] for s in eastern_spans]
    assert all(s.end <= len(eastern) for s in eastern_spans)


def test_find_quantities_adds_the_units_after_a_scale():
    span = only("صححت أوضاع أكثر من 363 ألف و378 شخصاً")
    assert (span.attrs["value"], span.attrs["unit"], span.attrs["relation"]) == (363378, "شخص", "more")


@pytest.mark.parametrize("sentence, value, approximate", [
    ("خرج عشرات الآلاف من المتظاهرين", 10000, "tens of thousands"),
    ("نزح مئات الآلاف من السكان", 100000, "hundreds of thousands"),
])
def test_find_quantities_multiplies_vague_orders_of_magnitude(sentence, value, approximate):
    span = only(sentence)
    assert (span.attrs["value"], span.attrs["approximate"], span.attrs["relation"]) == (value, approximate, "more")


@pytest.mark.parametrize("sentence, expression, value, unit", [
    ("زار الوفد المخيم مرتين هذا الشهر", "مرتين", 2, "مرة"),  # a feminine dual: stem + -تين
    ("خرجت مظاهرتان في المدينة", "مظاهرتان", 2, "مظاهرة"),
    ("نفذت الطائرات غارتين جويتين على الموقع", "غارتين", 2, "غارة"),  # the agreeing adjective is not counted again
    ("يرجح بقاؤه لولايتين اثنتين في الحكم", "ولايتين اثنتين", 2, "ولاية"),
    ("أغلقت البلدية (64) محلاً مخالفاً", "(64) محلاً", 64, "محل"),  # a bracketed count before its noun
    ("نفذت الهيئة (1157) جولة تفتيشية", "(1157) جولة", 1157, "جولة"),  # a feminine noun after the brackets
    ("أقيم المبنى على مساحة 2400م2 في وسط البلدة", "2400م2", 2400, "م2"),
    ("يمتد الطريق 12.000كم عبر الصحراء", "12.000كم", 12000, "كم"),
    ("حصد المنتخب ثلاثا وعشرين ميدالية", "ثلاثا وعشرين ميدالية", 23, "ميدالية"),  # a unit in the accusative
])
def test_quantity_families(sentence, expression, value, unit):
    span = only(sentence)
    assert (sentence[span.start:span.end], span.attrs["value"], span.attrs["unit"]) == (expression, value, unit)


@pytest.mark.parametrize("sentence", [
    "التقى بوتين بنظيره في موسكو", "سافر الوفد إلى باكستان", "النسبة الآن (3 إلى 1) لصالح المشترين",
    "شاهد الجمهور فيلم (48) الذي عرض أمس",
    "اجتمع ممثلو البلدان العربية في القاهرة",  # a plural spelled like a dual
    "انتهت المباراة بين الفريقين بالتعادل",  # a definite dual points back at two teams named before
])
def test_names_countries_and_ratios_are_not_quantities(sentence):
    assert find_quantities(sentence) == []


def test_a_number_inside_a_name_is_no_count():
    sentence = "وفاز وست بروميتش على ضيفه بثلاثة أهداف"
    name = (sentence.index("وست"), sentence.index(" على"))
    assert next(sentence[s.start:s.end] for s in find_quantities(sentence)) == "وست بروميتش"  # read alone: a count
    assert [sentence[s.start:s.end] for s in find_quantities(sentence, names=[name])] == ["بثلاثة أهداف"]


@pytest.mark.parametrize("sentence", ["أصيب الشاب أحمد (19 عاما) بجروح", "توفي رجل يبلغ من العمر 70 عاما"])
def test_an_age_is_marked_as_one(sentence):
    assert only(sentence).attrs.get("kind") == "age"


@pytest.mark.parametrize("sentence, expression, value, unit", [
    ("أفرج عن الأسرى الأربعين المتبقين", "الأسرى الأربعين", 40, "أسرى"),
    ("عاد البحارة السبعة إلى بلادهم", "البحارة السبعة", 7, "بحارة"),
    ("وقع وزراء الدول الثلاث عشرة على البيان", "الدول الثلاث عشرة", 13, "دول"),
])
def test_a_definite_cardinal_counts_the_definite_noun_before_it(sentence, expression, value, unit):
    span = only(sentence)
    assert (sentence[span.start:span.end], span.attrs["value"], span.attrs["unit"]) == (expression, value, unit)


@pytest.mark.parametrize("sentence", [
    "احتفلت المنظمة بالذكرى الستين لتأسيسها", "شهد القرن العشرين حربين عالميتين",
    "اجتمع قادة مجموعة الدول العشرين", "ارتفعت الأرباح خلال الأشهر الستة",
])
def test_an_ordinal_a_span_of_time_or_a_groups_name_is_no_definite_count(sentence):
    assert not [q for q in find_quantities(sentence) if q.attrs.get("unit") in ("ذكرى", "قرن", "دول", "أشهر")]


@pytest.mark.parametrize("sentence", [
    "تأهل الفريق إلى نصف النهائي بعد فوزه على منافسه.",
    "وودع اللاعب البطولة من ربع النهائي أمس.",
])
def test_a_semi_or_quarter_final_is_no_fraction(sentence):
    assert find_quantities(sentence) == []


def test_half_of_a_million_is_still_a_quantity():
    assert [q.attrs["value"] for q in find_quantities("وحصل النادي على نصف مليون ريال من الرعاة.")] == [500000]


@pytest.mark.parametrize("words, value", [
    ("ست وأربع", None), ("ثلاثة وخمسة", None), ("أربعة وعشرون", 24), ("ثلاثة عشر", 13),
    ("مائة وخمسة وعشرون", 125), ("ألف وخمسمائة", 1500),
])
def test_two_units_joined_by_and_are_no_compound_number(words, value):
    assert cardinal_value(match_key(words)) == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("قتل ألف و500 شخص في الهجوم.", "ألف و500 شخص", 1500),
    ("وبلغ عدد السكان مليون و200 ألف نسمة.", "مليون و200 ألف نسمة", 1_200_000),
])
def test_a_number_word_and_the_digits_after_its_waw_are_one_number(sentence, expression, value):
    [found] = find_quantities(sentence)
    assert (sentence[found.start:found.end], found.attrs["value"]) == (expression, value)


def test_a_small_number_word_and_larger_digits_after_waw_are_two_numbers():
    found = find_quantities("وصل ثلاثة و500 شخص إلى المخيم.")
    assert [f.attrs["value"] for f in found] == [3, 500]
