"""Titles before a person's name, and outlets named in quotes or after a medium word."""
import pytest

from rasid.ner.rules import outlet_ranges, title_finder
from rasid.text.tokenize import token_texts


@pytest.mark.parametrize("before,title", [
    ("قال رئيس الوزراء", "رئيس الوزراء"),
    ("أكد رئيس الوزراء العراقي", "رئيس الوزراء العراقي"),
    ("وقال المحلل السياسي", "المحلل السياسي"),
    ("وصل الجنرال", "الجنرال"),
    ("التقى بوزير الخارجية الأميركي", "وزير الخارجية الأميركي"),
    ("وأضاف", None),
    ("في بيان", None),
])
def test_title_before_a_name(before, title):
    words = token_texts(before + " فلان")
    start = title_finder().title_start(words, len(words) - 1)
    found = None if start is None else " ".join(words[start[0]:-1])[start[1]:]
    assert found == title


@pytest.mark.parametrize("sentence,outlet", [
    ('وقال لـ"إرم نيوز" إن', "إرم نيوز"),
    ("أدلى بها لوكالة “بلومبيرغ” في", "بلومبيرغ"),
    ("في تصريح لوكالة شفق نيوز، إن", "شفق نيوز"),
    ('بحسب صحيفة "الغد الجديد" اليوم', "الغد الجديد"),
])
def test_outlet_ranges_find_outlets(sentence, outlet):
    words = token_texts(sentence)
    assert [" ".join(words[s:e]) for s, e in outlet_ranges(words)] == [outlet]


def test_outlet_ranges_ignore_other_quotes():
    words = token_texts('رفض ما وصفه بـ"انتفاء الحاجة" لوجوده')
    assert outlet_ranges(words) == []


def test_title_runs_through_an_organisation():
    words = token_texts("حذر عضو الحزب الديمقراطي الكردستاني ريبين سلام")
    start = title_finder().title_start(words, len(words) - 2)
    assert start == (1, 0)
