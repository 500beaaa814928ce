"""Metadata read off the page's own lines: date lines, datelines, copyright outlets, outlet names."""
import pytest

from rasid.ingest.metadata import (
    canonical_outlet,
    outlet_from_copyright,
    parse_agency_dateline,
    parse_date_line,
    parse_dateline,
)

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
