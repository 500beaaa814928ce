"""Character clean-up and metadata precedence in `build_document`."""
import pytest

from rasid.errors import IngestError
from rasid.ingest import RawInput, build_document
from rasid.ingest.build import clean_characters

BODY = "قال مسؤول عراقي إن الحكومة ستعلن موعد الانسحاب قريبا."


@pytest.mark.parametrize("raw,clean", [
    ("سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"),
    ("\ufeffبغداد", "بغداد"),
    ("بغ\u200bداد\u200f", "بغداد"),
    ("ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ", "كشفت مصادر"),
    ("ﻻ", "لا"),
    ("ا\u0653", "آ"),  # NFC composes alef + madda
    ("Café", "Café"),
])
def test_clean_characters(raw, clean):
    assert clean_characters(raw) == clean


def test_build_reads_presentation_form_article_as_arabic():
    text = "ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ ﻣﻄﻠﻌﺔ ﻓﻲ ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ ﻋﻦ ﺗﻮﺍﺟﺪ ﻋﻨﺎﺻﺮ ﻣﻦ ﺍﻟﺤﺮﺱ ﺍﻟﺜﻮﺭﻱ"
    assert build_document(RawInput("p.txt", text, "text", "p")).text.startswith("كشفت مصادر مطلعة")


def test_build_record_fields_win_over_text():
    raw = RawInput("r.jsonl:1", "16 أغسطس 2024\nبغداد/ عراق أوبزيرفر\n" + BODY, "text", "r",
                   {"outlet": "Shafaq News", "published": "2024-08-17 09:00:00", "title": "عنوان السجل"})
    doc = build_document(raw)
    assert (doc.meta.outlet, doc.meta.published, doc.meta.title) == ("شفق نيوز", "2024-08-17T09:00", "عنوان السجل")
    assert doc.meta.published_evidence == 'record field "published": 2024-08-17 09:00:00'


def test_build_text_metadata_lines_leave_the_body():
    doc = build_document(RawInput("t.txt", "16 أغسطس 2024، 3:20 م\nبغداد/ عراق أوبزيرفر\n" + BODY, "text", "t"))
    assert (doc.text, doc.meta.outlet, doc.meta.published) == (BODY, "عراق أوبزيرفر", "2024-08-16T15:20")


@pytest.mark.parametrize("text,reason", [
    ("16 أغسطس 2024، 3:20 م", "no article text"),  # only a date line: nothing left once it is metadata
    ("The minister said the mission is over. " * 3, "not an Arabic article"),
    ("12345 -- ###", "no article text"),
])
def test_build_refuses_with_reason(text, reason):
    with pytest.raises(IngestError, match=reason):
        build_document(RawInput("x.txt", text, "text", "x"))


def test_build_agency_dateline_gives_date_and_outlet():
    doc = build_document(RawInput("s.txt", BODY + "\nالرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "text", "s"))
    assert (doc.text, doc.meta.published, doc.meta.outlet) == (BODY, "2015-08-11", "وكالة الأنباء السعودية")


@pytest.mark.parametrize("text", ["انتهت الحرب", "عاجل: وقف إطلاق النار في غزة", "قال الوزير إن المفاوضات مستمرة."])
def test_a_headline_or_one_sentence_is_analysed(text):
    doc = build_document(RawInput("x.txt", text, "text", "x"))
    assert doc.text == text
