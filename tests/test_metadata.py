"""Metadata read off the page's own lines: date lines, datelines, copyright outlets, outlet names."""
import pytest

from rasid.ingest.build import build_document
from rasid.ingest.metadata import (
    canonical_outlet,
    is_age_widget,
    looks_like_headline,
    outlet_from_copyright,
    parse_agency_dateline,
    parse_date_line,
    parse_dated_line,
    parse_dateline,
    parse_lead_dateline,
)
from rasid.ingest.sources import RawInput

DATE_LINES = [
    ("16 أغسطس 2024، 3:20 م", "2024-08-16T15:20"),
    ("16 اغسطس 2024 - 11:05 ص", "2024-08-16T11:05"),
    ("12 ص 2024", None),
    ("١٦ آب ٢٠٢٤", "2024-08-16"),
    ("١٦ أغسطس ٢٠٢٤، ٣:٢٠ م", "2024-08-16T15:20"),
    ("۱۶ اوت ۲۰۲۴", "2024-08-16"),
    ("الخميس 5 كانون الثاني 2023", "2023-01-05"),
    ("الجمعة، 12 تشرين الأول 2023", "2023-10-12"),
    ("3 حزيران 2024", "2024-06-03"),
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28T14:00"),
    ("نشر في: 2024-08-16 10:30", "2024-08-16T10:30"),
    ("2024/08/16", "2024-08-16"),
    ("2015-07-21 02:51:32", "2015-07-21T02:51"),
    ("2015-08-10 (1436/10/25) 16:09:03", "2015-08-10T16:09"),
    ("29 فبراير 2023", None),
    ("2024-08-16T15:20:00+03:00", "2024-08-16T15:20"),
    ("16/08/2024", "2024-08-16"),
    ("تاريخ النشر: 16 أغسطس 2024", "2024-08-16"),
    ("12 ديسمبر 2024 12:30 ص", "2024-12-12T00:30"),
    ("قال الوزير في 16 أغسطس 2024 إن القوات ستغادر", None),
    ("32 أغسطس 2024", None),
    ("2024-13-01", None),
    ("أغسطس 2024", None),
]


@pytest.mark.parametrize("line,value", DATE_LINES)
def test_parse_date_line(line, value):
    found = parse_date_line(line)
    assert (found.value if found else None) == value


def test_parse_date_line_keeps_line_as_evidence():
    assert parse_date_line("  ١٦ آب ٢٠٢٤ ").evidence == "١٦ آب ٢٠٢٤"


@pytest.mark.parametrize("line,outlet", [
    ("بغداد/ عراق أوبزيرفر", "عراق أوبزيرفر"),
    ("بغداد - شفق نيوز", "شفق نيوز"),
    ("أربيل | Rudaw", "رووداو"),
    ("نايف عبدالله – عين اليوم", "عين اليوم"),
    ("الرياض - واس", "وكالة الأنباء السعودية"),
    ("واشنطن/ وكالة غير معروفة", "وكالة غير معروفة"),
    ("أحمد البشيري – الباحة", None),  # reporter and place: a byline, no outlet
    ("عبدالله العلي - الرياض", None),  # الرياض is the city here, not the newspaper
    ("الرياض - صحيفة الرياض", "الرياض"),
])
def test_parse_dateline_outlet(line, outlet):
    assert parse_dateline(line).outlet == outlet


@pytest.mark.parametrize("line", [
    "قال الوزير إن الوضع في بغداد مستقر.",
    "بغداد/ 2024",
    "الدوري الإنجليزي – الجولة 15",
    "الأمم المتحدة - وكالة الطاقة - بيان رسمي مطول جدا هنا",
    "بغداد",
    "أنا في انتظارك / انكسار زجاجها",  # a slash naming no outlet stays text
])
def test_parse_dateline_rejects(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("line,outlet", [
    ("جميع الحقوق محفوظة ©️ 2024 شركة إرم ميديا - Erem Media FZ LLC", "إرم نيوز"),
    ("© 2024 شفق نيوز", "شفق نيوز"),
    ("جميع الحقوق محفوظة لـ دار الصباح", "الصباح"),
    ("© 2023 جريدة المستقبل", "جريدة المستقبل"),
])
def test_outlet_from_copyright(line, outlet):
    assert outlet_from_copyright(line) == outlet


@pytest.mark.parametrize("name,outlet", [
    ("CNNArabic", "سي إن إن بالعربية"),
    ("arabic.cnn.com", "سي إن إن بالعربية"),
    ("Assabah News", "الصباح"),
    ("«الجزيرة نت»", "الجزيرة"),
    ("موقع غير مدرج", "موقع غير مدرج"),
])
def test_canonical_outlet(name, outlet):
    assert canonical_outlet(name) == outlet


@pytest.mark.parametrize("line,value,outlet", [
    ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "2015-08-11", "وكالة الأنباء السعودية"),
    ("القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس", "2015-08-10", "وكالة الأنباء السعودية"),
    ("المدينة المنورة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م", "2015-08-11", None),
    ("وادي الدواسر ١٦ ذو القعدة ١٤٣٦ هـ - ٣١ أغسطس ٢٠١٥ م - واس", "2015-08-31", "وكالة الأنباء السعودية"),
    ("الرياض 26 شوال 1436 هـ", None, None),
    ("أعلن الوزير في الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م أن القرار نهائي", None, None),
])
def test_parse_agency_dateline(line, value, outlet):
    found = parse_agency_dateline(line)
    assert (found[0].value, found[1]) == (value, outlet) if value else found is None


@pytest.mark.parametrize("line,value", [
    ("الأربعاء، 03-01-2024 11:45 م", "2024-01-03T23:45"),  # weekday, day-first numeric date, time
    ("الخميس 2023/11/02 - 08:10", "2023-11-02T08:10"),
    ("9 كانون الأول 2022 | 14:05", "2022-12-09T14:05"),
    ("Monday, January 15, 2024 9:30 PM", "2024-01-15T21:30"),
    ("Updated: 3 Feb 2023", "2023-02-03"),
    ("Publié le 21/06/2022 à 18h05", "2022-06-21T18:05"),
    ("mardi 14 février 2023", "2023-02-14"),
    ("تاريخ النشر: 5 نيسان 2021", "2021-04-05"),
])
def test_date_lines_of_many_sites(line, value):
    found = parse_date_line(line)
    assert found and found.value == value and found.evidence == line


@pytest.mark.parametrize("line", ["وصل الوفد إلى 5 مدن في 2023", "العدد 2024/13/40", "Monday was a good day in 2024"])
def test_lines_that_are_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("line,value,outlet", [
    ("نيالا – 4 مارس 2024 – راديو دبنقا", "2024-03-04", "راديو دبنقا"),
    ("رام الله - 18 أيار 2023 - وفا", "2023-05-18", "وفا"),
    ("بنغازي | 7 يوليو 2022", "2022-07-07", None),
])
def test_datelines_with_a_date(line, value, outlet):
    found = parse_dated_line(line)
    assert found and (found.date.value, found.outlet) == (value, outlet)


def test_a_sentence_with_dashes_is_not_a_dateline():
    assert parse_dated_line("وقال الوزير - 7 يوليو 2022 - إن المفاوضات ستستمر طويلا") is None


@pytest.mark.parametrize("line,value", [
    ("دمشق، 11 شباط 2024 (سانا) - أعلنت وزارة الصحة عن افتتاح مركز جديد.", "2024-02-11"),
    ("الرباط 2 ماي 2023: قال المسؤول إن الموسم الفلاحي جيد.", "2023-05-02"),
])
def test_a_paragraph_opening_dateline_gives_the_date(line, value):
    found = parse_lead_dateline(line)
    assert found and found.value == value and line.startswith(found.evidence)


@pytest.mark.parametrize("line", ["منذ ساعتين", "منذ 3 ساعات", "قبل 5 دقائق", "منذ يومين"])
def test_age_widgets_are_neither_dates_nor_headlines(line):
    assert is_age_widget(line) and not looks_like_headline(line)
    doc = build_document(RawInput("w.txt", f"{line}\nوزير الخارجية يصل إلى القاهرة\nوصل الوزير اليوم.", "text", "w"))
    assert doc.meta.title == "وزير الخارجية يصل إلى القاهرة" and line in doc.meta.removed


def test_a_date_line_is_never_the_title():
    doc = build_document(RawInput("d.txt", "الأحد، 05-05-2024 10:00 ص\nالحكومة تقر الموازنة الجديدة\nأقرت الحكومة الموازنة.",
                                  "text", "d"))
    assert (doc.meta.title, doc.meta.published) == ("الحكومة تقر الموازنة الجديدة", "2024-05-05T10:00")


@pytest.mark.parametrize("url, masthead", [
    ("https://www.bbc.com/arabic/articles/c9v", "بي بي سي نيوز عربي"),  # the outlet's name and a word of its edition
    ("https://www.hespress.com/slug-1612345.html", "هسبريس من الرباط"),  # the outlet's name and a place
])
def test_a_masthead_line_naming_the_outlet_is_never_the_title(url, masthead):
    text = f"{masthead}\nالجيش يستعيد مواقع جديدة\nقال الجيش إنه استعاد السيطرة على مواقع جديدة."
    doc = build_document(RawInput("m.json", text, "text", "m", {"url": url}))
    assert doc.meta.title == "الجيش يستعيد مواقع جديدة" and masthead in doc.meta.removed


def test_a_record_title_has_its_character_references_decoded():
    from rasid.ingest.build import record_title
    assert record_title("المقاومة تستعد للسيطرة على &#8220;حي التواهي&#8221;  من الحوثيين") == \
        "المقاومة تستعد للسيطرة على “حي التواهي” من الحوثيين"
    assert record_title("&quot;الهلال&quot; &amp; النصر") == '"الهلال" & النصر'
    assert record_title("   ") is None
