"""Time expressions: Arabic sentences written for these tests, with and without a reference date."""
from datetime import date

import pytest

from rasid.timex.recognize import find_time_expressions
from rasid.timex.values import Reference, hijri_to_gregorian

MONDAY = Reference.parse("2024-09-23")  # a Monday
MONDAY_AFTERNOON = Reference.parse("2024-09-23T14:05")


def only(text, reference=None):
    spans = find_time_expressions(text, reference)
    assert len(spans) == 1, [(text[s.start:s.end], s.attrs) for s in spans]
    return spans[0]


@pytest.mark.parametrize("sentence, expression, value", [
    ("وصل الوفد في 16 أغسطس 2024 إلى المدينة", "16 أغسطس 2024", "2024-08-16"),
    ("أعلن في 10 سبتمبر/أيلول عام 2014 عن الخطة", "10 سبتمبر/أيلول عام 2014", "2014-09-10"),
    ("ومنذ 17 أكتوبر/ تشرين الأول عام 2023، تتصاعد الهجمات", "17 أكتوبر/ تشرين الأول عام 2023", "2023-10-17"),
    ("جرى التوقيع في ٢٧ أيلول/سبتمبر ٢٠٢٤ ببغداد", "٢٧ أيلول/سبتمبر ٢٠٢٤", "2024-09-27"),
    ("صدر القرار بتاريخ 2021.12.29 رسميا", "2021.12.29", "2021-12-29"),
    ("نشر البيان في 5 كانون الثاني 2020", "5 كانون الثاني 2020", "2020-01-05"),
    ("انطلق المؤتمر في الثلاثين من حزيران 2019", "الثلاثين من حزيران 2019", "2019-06-30"),
    ("يستمر الحظر حتى الـ15 من آذار (مارس) 2017 على الأقل", "الـ15 من آذار (مارس) 2017", "2017-03-15"),
    ("تراجعت المبيعات خلال شهري نيسان 2019 بشدة", "شهري نيسان 2019", "2019-04"),
    ("بدأت المفاوضات في يناير 2023 بين الطرفين", "يناير 2023", "2023-01"),
    ("ينتهي الانسحاب بحلول سبتمبر 2026 كما أعلن", "سبتمبر 2026", "2026-09"),
    ("وقع الاتفاق في شباط من عام 2008", "شباط من عام 2008", "2008-02"),
    ("انسحبت القوات عام 2011 من البلاد", "عام 2011", "2011"),
    ("تجرى الانتخابات في 2025 وفق الجدول", "2025", "2025"),
    ("وصل عدد الزوار في منتصف عام 2025 إلى الذروة", "منتصف عام 2025", "2025"),
    ("تاريخ الوثيقة 03/11/2019 في الأرشيف", "03/11/2019", "2019-11-03"),
])
def test_find_time_expressions_reads_absolute_dates(sentence, expression, value):
    span = only(sentence)
    assert (sentence[span.start:span.end], span.label, span.attrs["value"]) == (expression, "DATE", value)
    assert span.attrs["anchor"] is None


@pytest.mark.parametrize("text, value", [
    ("14-09-1432 هـ", "2011-08-14"),
    ("12 رمضان 1445 هـ", "2024-03-22"),
    ("1 محرم 1446هـ", "2024-07-07"),
])
def test_find_time_expressions_converts_hijri_dates(text, value):
    span = only(text)
    assert (span.attrs["value"], span.attrs["calendar"]) == (value, "hijri")


@pytest.mark.parametrize("text, expression, month", [
    ("وقعت معركة حطين في 25 ربيع الآخر سنة 583هـ قرب طبرية", "25 ربيع الآخر سنة 583هـ", "1187-07"),  # 4 July 1187
    ("دخل الصليبيون المدينة في 22 شعبان 492هـ بعد حصار", "22 شعبان 492هـ", "1099-07"),  # 15 July 1099
])
def test_historical_hijri_dates_take_a_three_digit_year_when_the_mark_follows(text, expression, month):
    span = only(text)
    assert text[span.start:span.end] == expression
    assert span.attrs["value"].startswith(month) and span.attrs["calendar"] == "hijri"


def test_a_three_digit_hijri_year_needs_its_mark():
    span = only("ولد عام 580هـ في دمشق")
    assert (span.attrs["value"], span.attrs["calendar"]) == ("1184", "hijri")  # 580 AH began in April 1184
    text = "سقط 492 قتيلا في 3 رجب 1436 هـ بحسب التقرير"
    [span] = find_time_expressions(text)
    assert (text[span.start:span.end], span.attrs["value"]) == ("3 رجب 1436 هـ", "2015-04-22")


@pytest.mark.parametrize("text", [
    "وقال إن مرشح فريق «8 مارس» لن يفوز",
    "وأكد نواب قوى 14 آذار رفضهم للقرار",
    "وأعلنت حركة 6 أبريل مقاطعة الانتخابات",
])
def test_a_day_and_month_naming_a_political_group_is_no_date(text):
    assert find_time_expressions(text, MONDAY) == []


def test_a_day_and_month_after_a_coalition_doing_something_is_still_a_date():
    text = "وفي 26 مارس أطلق التحالف عملياته"
    assert [s.attrs["value"] for s in find_time_expressions(text, MONDAY)] == ["2024-03-26"]


@pytest.mark.parametrize("text, expression, value", [
    ("تفتح المكتبة يوميا من الساعة الثامنة صباحا", "الساعة الثامنة صباحا", "XXXX-XX-XXT08:00"),
    ("وتنطلق الحافلات كل يوم عند الساعة 7 مساء", "الساعة 7 مساء", "XXXX-XX-XXT19:00"),
    ("وقع الحادث الساعة 7 مساء. وتتكرر الحوادث يوميا", "الساعة 7 مساء", "2024-09-23T19:00"),  # another sentence
])
def test_a_time_of_day_in_a_daily_clause_recurs(text, expression, value):
    spans = [s for s in find_time_expressions(text, MONDAY) if text[s.start:s.end].endswith(expression)]
    assert [s.attrs["value"] for s in spans] == [value]


@pytest.mark.parametrize("reference, value", [
    ("2015-08-10", "2015"),  # 1436 AH ran from October 2014 to October 2015: the article's own year
    ("2014-11-02", "2014"),
    ("2016-03-01", "2014"),  # outside it: the year it began in
])
def test_a_hijri_year_holding_the_reference_day_is_the_references_year(reference, value):
    span = only("وارتفع عدد الحجاج خلال عام 1436هـ بشكل ملحوظ", Reference.parse(reference))
    assert span.attrs["value"] == value


@pytest.mark.parametrize("text, expression, value", [
    ("بنيت القلعة عام 1187م على التل", "عام 1187م", "1187"),
    ("توفي المؤرخ سنة 1250 ميلادية في القاهرة", "سنة 1250 ميلادية", "1250"),
    ("سقطت المدينة في 1099 للميلاد بعد حصار", "1099 للميلاد", "1099"),
])
def test_a_year_before_1300_is_read_with_the_gregorian_mark(text, expression, value):
    span = only(text)
    assert (text[span.start:span.end], span.attrs["value"]) == (expression, value)
    assert span.attrs.get("calendar") != "hijri"


@pytest.mark.parametrize("text", ["اشترت البلدية 1200 منزل جديد", "بلغ عدد الزوار 1250 زائرا", "ولد عام 1184 في دمشق"])
def test_a_number_before_1300_without_the_gregorian_mark_is_no_year(text):
    assert find_time_expressions(text) == []


def test_hijri_to_gregorian_rolls_a_thirtieth_over_a_short_month():
    assert hijri_to_gregorian(1433, 2, 30).isoformat() == "2012-01-24"


@pytest.mark.parametrize("sentence, expression, value", [
    ("صرح بذلك في السابع عشر من سبتمبر الحالي", "السابع عشر من سبتمبر الحالي", "2024-09-17"),
    ("كتبت في الحادي والعشرين من سبتمبر تغريدة", "الحادي والعشرين من سبتمبر", "2024-09-21"),
    ("وفي السادس من الشهر الجاري نقلت الوكالة", "السادس من الشهر الجاري", "2024-09-06"),
    ("قال المتحدث اليوم الاثنين إن", "اليوم الاثنين", "2024-09-23"),
    ("ويوم الجمعة الماضي نقلت الصحيفة", "يوم الجمعة الماضي", "2024-09-20"),
    ("ينتهي الانسحاب بحلول سبتمبر المقبل", "سبتمبر المقبل", "2025-09"),
    ("ستجري الانتخابات العام المقبل", "العام المقبل", "2025"),
    ("والبقية بحلول نهاية العام التالي", "نهاية العام التالي", "2025"),
    ("ينتهي فعليا منتصف العام المقبل", "منتصف العام المقبل", "2025"),
    ("عقد الاجتماع أمس في القصر", "أمس", "2024-09-22"),
    ("نشر الخبر قبل ٣ أيام على الموقع", "قبل ٣ أيام", "2024-09-20"),
    ("التقى الوزيران الشهر الماضي", "الشهر الماضي", "2024-08"),
    ("خلال الأشهر القليلة المقبلة ستغادر القوات", "خلال الأشهر القليلة المقبلة", "FUTURE_REF"),
    ("لا يمكن سحب القوات في الوقت الحالي", "الوقت الحالي", "PRESENT_REF"),
])
def test_find_time_expressions_resolves_relative_dates_against_the_reference(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)
    assert span.attrs["anchor"] == "2024-09-23"


@pytest.mark.parametrize("text, mod", [
    ("نهاية العام التالي", "END"), ("منتصف العام المقبل", "MID"), ("مطلع الشهر المقبل", "START"),
    ("منتصف عام 2025", "MID"),
])
def test_find_time_expressions_marks_the_part_of_a_period(text, mod):
    assert only(text, MONDAY).attrs["mod"] == mod


@pytest.mark.parametrize("text, value", [
    ("السابع عشر من سبتمبر الحالي", "XXXX-09-17"),
    ("السادس من الشهر الجاري", "XXXX-XX-06"),
    ("الجمعة الماضي", "XXXX-WXX-5"),
    ("اليوم الاثنين", "XXXX-WXX-1"),
    ("سبتمبر المقبل", "XXXX-09"),
    ("العام المقبل", "XXXX"),
    ("قبل 6 ساعات", "PAST_REF"),
    ("3:20 م", "XXXX-XX-XXT15:20"),
])
def test_find_time_expressions_keeps_placeholders_without_a_reference(text, value):
    span = only(text)
    assert span.attrs["value"] == value
    assert span.attrs["anchor"] is None


@pytest.mark.parametrize("text, value", [
    ("قبل 6 ساعات", "2024-09-23T08:05"),
    ("قبل ٥ ساعات", "2024-09-23T09:05"),
    ("منذ ساعتين", "2024-09-23T12:05"),
])
def test_find_time_expressions_counts_hours_back_from_a_timed_reference(text, value):
    assert only(text, MONDAY_AFTERNOON).attrs["value"] == value


@pytest.mark.parametrize("sentence, expression, value, extra", [
    ("بعد مرور عشر سنوات على التأسيس", "عشر سنوات", "P10Y", {}),
    ("بعد أكثر من ستة أشهر من المفاوضات", "أكثر من ستة أشهر", "P6M", {"mod": "MORE_THAN"}),
    ("بعد أكثر من عقدين من الوجود العسكري", "أكثر من عقدين", "P20Y", {"mod": "MORE_THAN"}),
    ("حققتها القوات خلال العامين الماضيين في المناطق", "العامين الماضيين", "P2Y", {"relation": "past"}),
    ("استمر الحصار ثلاثة أسابيع", "ثلاثة أسابيع", "P3W", {}),
    ("دامت الجلسة 45 دقيقة", "45 دقيقة", "PT45M", {}),
    ("سيطر عليها بعد عامين فقط", "عامين", "P2Y", {}),
    ("قبل عشرين عاما كانت المدينة", "قبل عشرين عاما", None, {}),
])
def test_find_time_expressions_reads_durations(sentence, expression, value, extra):
    span = only(sentence)
    assert sentence[span.start:span.end] == expression
    if value is not None:
        assert (span.label, span.attrs["value"]) == ("DURATION", value)
        assert all(span.attrs.get(k) == v for k, v in extra.items())


@pytest.mark.parametrize("sentence, expression, value", [
    ("نشر الخبر 3:20 م بتوقيت بغداد", "3:20 م", "2024-09-23T15:20"),
    ("يبدأ الحفل الساعة الثامنة مساءً", "الساعة الثامنة مساءً", "2024-09-23T20:00"),
    ("الساعة 9 و15 دقيقة صباحا", "الساعة 9 و15 دقيقة صباحا", "2024-09-23T09:15"),
    ("الساعة الثانية عشرة إلا ربعا", "الساعة الثانية عشرة إلا ربعا", "2024-09-23T11:45"),
    ("١٦ أغسطس ٢٠٢٤، ٣:٢٠ م", "١٦ أغسطس ٢٠٢٤، ٣:٢٠ م", "2024-08-16T15:20"),
    ("تنطلق القافلة 5 فجراً من المعبر", "5 فجراً", "2024-09-23T05:00"),
    ("يغلق السوق أبوابه عند 10 ليلًا بسبب الحر", "10 ليلًا", "2024-09-23T22:00"),
    ("موعد الجلسة 12 ظهرا بحضور الأعضاء", "12 ظهرا", "2024-09-23T12:00"),
])
def test_find_time_expressions_reads_clock_times(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.label, span.attrs["value"]) == (expression, "TIME", value)


@pytest.mark.parametrize("sentence", [
    "مارس الضغط على الحكومة",
    "أرسلت الولايات المتحدة 2000 جندي",
    "فوج المدفعية الميدانية 218",
    "قالت وكالة \"بغداد اليوم\" إن",
    "جميع الحقوق محفوظة ©️ 2024 شركة",
    "يسكن في الطابق الأحد عشر",
    "يقع المنزل على بعد 5 م من الشاطئ",
    "ارتفع المؤشر 2.5 صباحا مقارنة بالأمس",
])
def test_find_time_expressions_ignores_what_is_not_a_time(sentence):
    assert [sentence[s.start:s.end] for s in find_time_expressions(sentence)] == []


def test_find_time_expressions_span_keeps_diacritics_and_tatweel():
    text = "الساعة الثامنة مساءً و14-09-1432 هـ"
    assert [text[s.start:s.end] for s in find_time_expressions(text)] == ["الساعة الثامنة مساءً", "14-09-1432 هـ"]


def test_reference_parse_rejects_a_partial_date():
    assert Reference.parse("2024-09") is None


@pytest.mark.parametrize("sentence, expression, value", [
    ("فبشكل شبه يومي تعلن القوات عن عمليات", "بشكل شبه يومي", "P1D"),
    ("يعقد المؤتمر سنويا في بغداد", "سنويا", "P1Y"),
    ("تجرى الانتخابات كل أربع سنوات", "كل أربع سنوات", "P4Y"),
    ("يجتمع المجلس كل أسبوع", "كل أسبوع", "P1W"),
])
def test_find_time_expressions_reads_sets(sentence, expression, value):
    span = only(sentence)
    assert (sentence[span.start:span.end], span.label, span.attrs["value"]) == (expression, "SET", value)


def test_find_time_expressions_needs_bishakl_before_a_frequency_adjective():
    assert find_time_expressions("أقرت الميزانية السنوية للدولة") == []


@pytest.mark.parametrize("text, value, mod", [
    ("ستنسحب القوات في نهاية العام وفق الخطة", "2024", "END"),
    ("منذ بداية الشهر تتصاعد الهجمات", "2024-09", "START"),
])
def test_find_time_expressions_reads_a_part_of_the_current_period(text, value, mod):
    span = only(text, MONDAY)
    assert (span.attrs["value"], span.attrs["mod"]) == (value, mod)


def test_find_time_expressions_reads_a_hijri_month_and_year():
    span = only("استعدت الأسواق لشهر رمضان 1445 هـ")
    assert (span.attrs["value"], span.attrs["calendar"]) == ("2024-03", "hijri")


def test_hijri_to_gregorian_uses_the_arithmetic_calendar_before_umm_al_qura():
    assert hijri_to_gregorian(1325, 1, 1).isoformat() == "1907-02-14"


def test_a_day_before_the_gregorian_reform_is_given_as_histories_write_it_in_the_julian_calendar():
    from datetime import date

    from rasid.timex.values import as_written

    assert hijri_to_gregorian(492, 8, 22).isoformat() == "1099-07-14"  # the arithmetic calendar's day, Julian
    assert hijri_to_gregorian(583, 4, 25).isoformat() == "1187-07-04"
    assert as_written(date(1582, 10, 14)) == date(1582, 10, 4)  # the day before the reform
    assert as_written(date(1582, 10, 15)) == date(1582, 10, 15)
    assert as_written(date(1100, 3, 7)) == date(1100, 3, 7)  # Julian 29 February 1100: no such day in `date`
    assert as_written(date(1100, 3, 8)) == date(1100, 3, 1)
    assert as_written(date(1, 1, 1)) == date(1, 1, 3)  # in the first century the Julian calendar is two days ahead


def test_find_time_expressions_reads_a_bracketed_hijri_year():
    span = only("صدر المرسوم عام (1325) هجري في نابلس")
    assert (span.attrs["value"], span.attrs["calendar"], span.attrs["hijri"]) == ("1907", "hijri", "1325")


def test_find_time_expressions_reads_a_range_of_days_with_its_last_day():
    span = only("تقام الدورة بين 13 و15 تموز 2024 في بغداد")
    assert (span.attrs["value"], span.attrs["until"]) == ("2024-07-13", "2024-07-15")


@pytest.mark.parametrize("sentence, expression, label, value", [
    # a relative day with its weekday, or with a part of the day before it
    ("عاد الرئيس إلى القصر أمس الأحد بعد الجولة", "أمس الأحد", "DATE", "2024-09-22"),
    ("تبدأ الجلسة يوم غد الثلاثاء في المجلس", "يوم غد الثلاثاء", "DATE", "2024-09-24"),
    ("أعلنت الوزارة اليوم (الاثنين) عن الخطة", "اليوم (الاثنين)", "DATE", "2024-09-23"),
    ("انفجرت العبوة مساء أول من أمس السبت", "مساء أول من أمس السبت", "TIME", "2024-09-21TEV"),
    ("وصلت القافلة ليلة أمس إلى المعبر", "ليلة أمس", "TIME", "2024-09-22TNI"),
    ("اجتمع المجلس صباح يوم الخميس الماضي", "صباح يوم الخميس الماضي", "TIME", "2024-09-19TMO"),
    # tense: a bare weekday in a future clause is the coming one, in a past clause the last one
    ("ستعقد اللجنة اجتماعها يوم الجمعة في العاصمة", "يوم الجمعة", "DATE", "2024-09-27"),
    ("سأسافر إلى عمّان يوم الأربعاء", "يوم الأربعاء", "DATE", "2024-09-25"),
    ("من المقرر أن يصل الوفد الخميس", "الخميس", "DATE", "2024-09-26"),
    ("عقدت اللجنة اجتماعها يوم الجمعة في العاصمة", "يوم الجمعة", "DATE", "2024-09-20"),
    ("سألت الصحفية الوزير يوم الخميس عن الخطة", "يوم الخميس", "DATE", "2024-09-19"),
    # بعد + count: a date in a future clause, a duration after a past verb
    ("ستنتهي المهلة بعد عشرة أيام", "بعد عشرة أيام", "DATE", "2024-10-03"),
    ("سيطرت القوات على المدينة بعد ثلاثة أشهر من القتال", "ثلاثة أشهر", "DURATION", "P3M"),
    # a day of a month named relative to the reference
    ("تبدأ الدراسة في 15 من الشهر المقبل", "15 من الشهر المقبل", "DATE", "2024-10-15"),
    ("صدر العدد في 3 من الشهر الماضي", "3 من الشهر الماضي", "DATE", "2024-08-03"),
    # the last or next N units
    ("ارتفعت الأسعار خلال الأسابيع الثلاثة الماضية", "الأسابيع الثلاثة الماضية", "DURATION", "P3W"),
    # seasons, halves and quarters
    ("تزداد الحرائق في فصل الصيف عادة", "فصل الصيف", "DATE", "2024-SU"),
    ("يتوقع الخبراء أمطارا غزيرة الشتاء المقبل", "الشتاء المقبل", "DATE", "2024-WI"),
    ("تراجع النمو في النصف الأول من عام 2023", "النصف الأول من عام 2023", "DATE", "2023-H1"),
    ("ارتفعت الصادرات في الربع الثالث من هذا العام", "الربع الثالث من هذا العام", "DATE", "2024-Q3"),
    # one unit, compound durations, yearly recurrences
    ("توقف العمل لمدة ساعة واحدة فقط", "لمدة ساعة واحدة", "DURATION", "PT1H"),
    ("حكمت المحكمة بالسجن 3 سنوات و6 أشهر على المتهم", "3 سنوات و6 أشهر", "DURATION", "P3Y6M"),
    ("يحتفل الأردن بذكرى الاستقلال في 25 أيار من كل عام", "25 أيار من كل عام", "SET", "XXXX-05-25"),
])
def test_time_families(sentence, expression, label, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.label, span.attrs["value"]) == (expression, label, value)


@pytest.mark.parametrize("sentence", [
    "قتل شاب يبلغ من العمر 23 عاما في الحادث",
    "توفي الفنان عن عمر يناهز 91 عاما",
    "أصيب الطفل أحمد (9 أعوام) بجروح",
    "نقلت قناة فلسطين اليوم عن شهود",
    "وقال موقع عين اليوم إن الخبر غير صحيح",
    "ينتج الحقل 400 ألف برميل في اليوم",
    "سارت الشاحنة بسرعة 90 كيلومترا في الساعة",
])
def test_ages_names_and_rates_are_not_time_expressions(sentence):
    assert find_time_expressions(sentence, MONDAY) == []


@pytest.mark.parametrize("sentence, expression, value", [
    ("تغلق الأسواق خلال عيد الأضحى المبارك", "عيد الأضحى المبارك", "2024-06-16"),
    ("احتفل المسلمون بعيد الفطر 2022 في المساجد", "عيد الفطر 2022", "2022-05-02"),
    ("تزامن ذلك مع عيد الفصح هذا الموسم", "عيد الفصح", "2024-03-31"),
    ("أقيم القداس ليلة عيد الميلاد المجيد", "عيد الميلاد المجيد", "2024-12-25"),
    ("تجرى الانتخابات في أول أحد من نوفمبر", "أول أحد من نوفمبر", "2024-11-03"),
    ("يعقد المؤتمر في آخر خميس من شهر أكتوبر 2025", "آخر خميس من شهر أكتوبر 2025", "2025-10-30"),
])
def test_holidays_and_nth_weekdays(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)


@pytest.mark.parametrize("sentence, expression, value", [
    ("تراجعت الصادرات منذ نيسان من العام الماضي", "نيسان من العام الماضي", "2023-04"),
    ("يبدأ التطبيق في فبراير من العام المقبل", "فبراير من العام المقبل", "2025-02"),
    ("وقع الزلزال في 6 فبراير من العام الماضي", "6 فبراير من العام الماضي", "2023-02-06"),
])
def test_a_month_of_a_relative_year(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)


@pytest.mark.parametrize("reference, expression, value", [
    ("2024-09-22", "الأسبوع الماضي", "2024-W38"),  # a Sunday: the Arab week began that day
    ("2024-09-22", "الأسبوع المقبل", "2024-W40"),
    ("2024-09-21", "الأسبوع الماضي", "2024-W37"),  # a Saturday: still the week that began last Sunday
    ("2024-09-23", "الأسبوع الماضي", "2024-W38"),  # a Monday: ISO and Arab weeks agree
])
def test_relative_weeks_follow_a_week_that_begins_on_sunday(reference, expression, value):
    found = only(f"وقال الوزير {expression} إن الخطة جاهزة", Reference.parse(reference))
    assert found.attrs["value"] == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("سيفتتح المعرض في 5 يوليو بحضور الوزير", "5 يوليو", "2025-07-05"),  # said in September 2024: next July
    ("من المقرر أن تبدأ الدراسة في 1 مارس", "1 مارس", "2025-03-01"),
    ("ستنطلق البطولة في 12 أكتوبر", "12 أكتوبر", "2024-10-12"),  # still ahead this year
    ("افتتح المعرض في 5 يوليو بحضور الوزير", "5 يوليو", "2024-07-05"),  # no future verb: this year's
])
def test_a_day_and_month_said_of_the_future_lies_ahead(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)


@pytest.mark.parametrize("sentence, expression, value", [
    ("افتتح المعرض في 25 سبتمبر الماضي", "25 سبتمبر الماضي", "2023-09-25"),  # said on 23 September: not yet this year
    ("افتتح المعرض في 20 سبتمبر الماضي", "20 سبتمبر الماضي", "2024-09-20"),
    ("سيزور الوزير البلاد في 3 يناير المقبل", "3 يناير المقبل", "2025-01-03"),  # one year on, not two
    ("سيزور الوزير البلاد في 20 سبتمبر المقبل", "20 سبتمبر المقبل", "2025-09-20"),
])
def test_a_day_and_month_with_a_direction_moves_the_year_by_the_day_once(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)


@pytest.mark.parametrize("sentence, expression, value", [
    ("وصلت الشحنة في الرابع عشر من الشهر إلى الميناء", "الرابع عشر من الشهر", "2024-09-14"),
    ("وتنتهي المهلة في الثلاثين من الشهر.", "الثلاثين من الشهر", "2024-09-30"),
])
def test_an_ordinal_day_of_the_month_alone_is_in_the_reference_month(sentence, expression, value):
    span = only(sentence, MONDAY)
    assert (sentence[span.start:span.end], span.attrs["value"]) == (expression, value)


def test_an_ordinal_day_of_the_same_month_is_left_unread():
    assert find_time_expressions("وفي السابع من الشهر نفسه عاد الوفد", MONDAY) == []


@pytest.mark.parametrize("text, expression, value", [
    ("وكان يعمل سابقا في وزارة المالية", "سابقا", "PAST_REF"),
    ("ارتفعت الإيجارات في الآونة الأخيرة", "الآونة الأخيرة", "PAST_REF"),
    ("لا توجد في الوقت الحاضر أي خطة للتوسع", "الوقت الحاضر", "PRESENT_REF"),
    ("ستطرح الشركة أسهمها مستقبلا", "مستقبلا", "FUTURE_REF"),
    ("وستشهد الأسواق خلال الفترة المقبلة تقلبات", "الفترة المقبلة", "FUTURE_REF"),
    ("وتراجعت المبيعات في الفترة الماضية", "الفترة الماضية", "PAST_REF"),
    ("وتتطلب المرحلة الراهنة تعاون الجميع", "المرحلة الراهنة", "PRESENT_REF"),
    # a sports season, named from the one being played
    ("وتوج الفريق باللقب الموسم الماضي", "الموسم الماضي", "PAST_REF"),
    ("ويغيب اللاعب عن بقية الموسم الحالي", "الموسم الحالي", "PRESENT_REF"),
    ("وسينتقل إلى الدوري الإسباني الموسم المقبل", "الموسم المقبل", "FUTURE_REF"),
])
def test_adverbs_of_the_past_present_and_future_are_vague_references(text, expression, value):
    span = only(text, MONDAY)
    assert (text[span.start:span.end], span.attrs["value"]) == (expression, value)


@pytest.mark.parametrize("text, expression, value", [
    ("يبدأ البرنامج في شهر رمضان المقبل", "شهر رمضان المقبل", "2025-03"),  # 1 Ramadan 1446 = 1 March 2025
    ("انتهى الموسم في ذي الحجة الماضي", "ذي الحجة الماضي", "2024-06"),  # 1 Dhu al-Hijjah 1445 = 7 June 2024
    ("تنتهي المهلة بنهاية شهر ربيع الأول القادم", "نهاية شهر ربيع الأول القادم", "2025-08"),  # not the current one
    ("وقع الحادث في العاشر من شهر رمضان الماضي", "العاشر من شهر رمضان الماضي", "2024-03-20"),  # a day of it
])
def test_a_hijri_month_before_or_after_the_reference(text, expression, value):
    span = only(text, MONDAY)  # 2024-09-23 is 20 Rabi al-Awwal 1446
    assert (text[span.start:span.end], span.attrs["value"], span.attrs["calendar"]) == (expression, value, "hijri")


@pytest.mark.parametrize("text, expression, value", [
    ("ستنتهي المهلة بعد شهر من الآن.", "بعد شهر من الآن", "2024-09"),
    ("وتنتهي المهلة بعد أسبوعين من اليوم.", "بعد أسبوعين من اليوم", "2024-08-30"),
])
def test_a_span_counted_from_now_is_a_date_whatever_the_verb(text, expression, value):
    found = only(text, Reference(date(2024, 8, 16)))
    assert (text[found.start:found.end], found.label, found.attrs["value"]) == (expression, "DATE", value)


def test_a_span_after_another_event_stays_a_duration():
    found = only("أفرج عنه بعد ثلاثة أيام من الاعتقال.", Reference(date(2024, 8, 16)))
    assert (found.label, found.attrs["value"]) == ("DURATION", "P3D")
