"""Arabic text basics: matching keys, sentence and paragraph splitting, and the tokenizer's offsets."""
import pytest

from rasid.text.normalize import arabic_ratio, digit_key, is_arabic_letter, match_key, search_key
from rasid.text.segment import paragraphs, sentences
from rasid.text.tokenize import tokenize

MATCH_KEYS = [
    ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمال", "امال"), ("ٱلله", "الله"),  # alef and hamza forms
    ("مصطفى", "مصطفي"), ("على", "علي"),  # alef maqsura
    ("مدينة", "مدينه"), ("الحكومة", "الحكومه"),  # ta marbuta
    ("مُحَمَّدٌ", "محمد"), ("الْعِرَاقُ", "العراق"),  # diacritics
    ("العـــراق", "العراق"), ("بغـداد", "بغداد"),  # tatweel
    ("مسؤول", "مسوول"), ("رئيس", "رييس"),  # hamza carriers
    ("٢٠٢٤", "2024"), ("۱۴۰۳", "1403"), ("٣٫٥", "3.5"),  # Arabic-Indic and Persian digits, decimal mark
    ("كیف", "كيف"), ("ک", "ك"),  # Persian letter forms
    ("Reuters", "Reuters"),  # other scripts untouched
]


@pytest.mark.parametrize("text,key", MATCH_KEYS)
def test_match_key_folds(text, key):
    assert match_key(text) == key


@pytest.mark.parametrize("a,b", [("أحمد", "احمد"), ("مُصْطَفَى", "مصطفي"), ("الحكومة", "الحكومه"), ("٢٠٢٤", "2024")])
def test_match_key_makes_variants_equal(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("text,key", [("٢٠٢٤", "2024"), ("۲۰۲۴", "2024"), ("٣٫٥", "3.5"), ("أحمد ١٢", "أحمد 12")])
def test_digit_key_folds_only_digits(text, key):
    assert digit_key(text) == key


@pytest.mark.parametrize("word,key", [("والحكومة", "حكومه"), ("بالعراق", "عراق"), ("ولد", "ولد"), ("للأمم", "امم")])
def test_search_key_drops_proclitics(word, key):
    assert search_key(word) == key


SENTENCES = [
    ("هل انتهت المهمة؟ قال الوزير نعم.", ["هل انتهت المهمة؟", "قال الوزير نعم."]),
    ("قال الوزير إن المهمة انتهت؛ وأضاف أن القوات ستغادر.", ["قال الوزير إن المهمة انتهت؛ وأضاف أن القوات ستغادر."]),
    ("وصل الوفد إلى بغداد، ثم التقى رئيس الوزراء.", ["وصل الوفد إلى بغداد، ثم التقى رئيس الوزراء."]),
    ("انتهت المهمة! غادرت القوات.", ["انتهت المهمة!", "غادرت القوات."]),
    ("قال: «المهمة انتهت. القوات ستغادر». ثم غادر.", ["قال: «المهمة انتهت. القوات ستغادر».", "ثم غادر."]),
    ("قال: “المهمة انتهت. القوات ستغادر”. ثم غادر.", ["قال: “المهمة انتهت. القوات ستغادر”.", "ثم غادر."]),
    ("قال: ”المهمة انتهت. القوات ستغادر”. ثم غادر.", ["قال: ”المهمة انتهت. القوات ستغادر”.", "ثم غادر."]),
    ('قال: "المهمة انتهت. القوات ستغادر". ثم غادر.', ['قال: "المهمة انتهت. القوات ستغادر".', "ثم غادر."]),
    ("التقى د. محمد الحلبوسي بالسفير. ثم غادر.", ["التقى د. محمد الحلبوسي بالسفير.", "ثم غادر."]),
    ("ارتفع النمو إلى 3.5 في المئة. وقال الوزير إن ذلك جيد.", ["ارتفع النمو إلى 3.5 في المئة.", "وقال الوزير إن ذلك جيد."]),
    ("بلغت الخسائر ٣٫٥ مليار دولار. وقال الوزير ذلك.", ["بلغت الخسائر ٣٫٥ مليار دولار.", "وقال الوزير ذلك."]),
    ("فاز الفريق 2/4 في المباراة. ثم احتفل.", ["فاز الفريق 2/4 في المباراة.", "ثم احتفل."]),
    ("انتهت المهمة... غادرت القوات.", ["انتهت المهمة...", "غادرت القوات."]),
    ("السطر الأول بلا نقطة\nالسطر الثاني.", ["السطر الأول بلا نقطة", "السطر الثاني."]),
    ("ذكرت وكالة د.ب.أ أن الاجتماع انتهى. وأضافت أن البيان صدر.", ["ذكرت وكالة د.ب.أ أن الاجتماع انتهى.",
                                                                  "وأضافت أن البيان صدر."]),
    ("أكد أ.د. محمد العلي أن النتائج إيجابية. وأضاف أنها مشجعة.", ["أكد أ.د. محمد العلي أن النتائج إيجابية.",
                                                                 "وأضاف أنها مشجعة."]),
    ("1. البند الأول ينص على الانسحاب.", ["1. البند الأول ينص على الانسحاب."]),
    ("زوروا الموقع www.aljazeera.net للمزيد. شكرا.", ["زوروا الموقع www.aljazeera.net للمزيد.", "شكرا."]),
    ("وقع الحادث عام 1436هـ. وقال الشهود إنه مروع.", ["وقع الحادث عام 1436هـ.", "وقال الشهود إنه مروع."]),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_sentences_split(text, expected):
    assert [text[s.start:s.end] for s in sentences(text)] == expected


def test_sentences_stray_quote_does_not_swallow_paragraph():
    text = "قال « الوزير. " + " ".join(f"جملة رقم {i}." for i in range(10))
    assert len(list(sentences(text))) > 5


def test_paragraphs_are_trimmed_lines_with_offsets():
    text = "  الأول.  \n\nالثاني."
    assert [(p.start, p.end) for p in paragraphs(text)] == [(2, 8), (12, 19)]


TOKENS = [
    ("قال الوزير.", [("قال", "word"), ("الوزير", "word"), (".", "sym")]),
    ("بلغ 3.5 و2/4 و1,000 الساعة 3:20", [("بلغ", "word"), ("3.5", "num"), ("و", "word"), ("2/4", "num"),
                                          ("و", "word"), ("1,000", "num"), ("الساعة", "word"), ("3:20", "num")]),
    ("٢٠٢٤ و٣٫٥", [("٢٠٢٤", "num"), ("و", "word"), ("٣٫٥", "num")]),
    ("مُحَمَّدٌ العـــراق", [("مُحَمَّدٌ", "word"), ("العـــراق", "word")]),
    ("«نعم»، قال", [("«", "sym"), ("نعم", "word"), ("»", "sym"), ("،", "sym"), ("قال", "word")]),
    ("Reuters: 10%", [("Reuters", "word"), (":", "sym"), ("10", "num"), ("%", "sym")]),
]


@pytest.mark.parametrize("text,expected", TOKENS)
def test_tokenize_labels(text, expected):
    assert [(text[s.start:s.end], s.label) for s in tokenize(text)] == expected


@pytest.mark.parametrize("text", [t for t, _ in TOKENS] + ["  مسافات   كثيرة\tو\nأسطر  "])
def test_tokenize_offsets_point_at_original_characters(text):
    spans = list(tokenize(text))
    assert "".join(text[s.start:s.end] for s in spans) == "".join(text.split())
    assert all(not text[s.start:s.end].isspace() for s in spans)


@pytest.mark.parametrize("text,share", [("قال الوزير", 1.0), ("قال say", 0.5), ("2024 !", 0.0), ("ﷺ ٰ", 0.0), ("پچژگ", 1.0)])
def test_arabic_ratio(text, share):
    assert arabic_ratio(text) == share


def test_arabic_ratio_counts_what_is_arabic_letter_accepts():
    chars = [chr(c) for c in range(0x0600, 0x0700)]
    assert [c for c in chars if c.isalpha() and is_arabic_letter(c)] == [c for c in chars if arabic_ratio(c) == 1.0]
