"""Mention boundaries: tag ranges, trimmed quotes and bare clitics, and clitics cut from names."""
import pytest

from rasid.ner.boundaries import clitic_cut, tag_ranges, trim_range

RANKS = {"سوريا": 900, "وسوريا": 20000, "لبنان": 700, "بنان": 60000, "واشنطن": 1500, "بغداد": 800}


def rank_of(key):
    return RANKS.get(key)


def unknown(key):
    return False


@pytest.mark.parametrize("word,cut", [
    ("والعراق", 1), ("بالعراق", 1), ("وبالعراق", 2), ("للعراق", 1), ("وللعراق", 2), ("للغاية", 1), ("وسوريا", 1), ("لبنان", 0),
    ("واشنطن", 0), ("بغداد", 0), ("ولبغداد", 2), ("وكيميت", 1), ("العراق", 0),
])
def test_clitic_cut_keeps_names_that_begin_with_a_clitic_letter(word, cut):
    assert clitic_cut(word, rank_of, unknown) == cut


def test_clitic_cut_uses_known_names():
    assert clitic_cut("بهنية", rank_of, lambda key: key == "هنيه") == 1


@pytest.mark.parametrize("words,expected", [
    (["لـ", '"', "إرم", "نيوز", '"'], (2, 4)),
    (["“", "داعش", "”"], (1, 2)),
    (["العراق"], (0, 1)),
    (['"', '"'], (2, 2)),
])
def test_trim_range_drops_quotes_and_bare_clitics(words, expected):
    assert trim_range(words, 0, len(words)) == expected


def test_tag_ranges_in_order():
    assert tag_ranges(["B-ORG", "I-ORG", "O", "I-PER"]) == [(0, 2, "ORG"), (3, 4, "PER")]


def test_a_clitic_before_a_name_written_with_tatweel_is_cut_where_the_letters_line_up():
    def unseen(key):
        return None

    def never(key):
        return False

    assert clitic_cut("ونـبـيل", unseen, never) == 1  # و + an unseen word: the conjunction
    assert clitic_cut("وَنبيل", unseen, never) == 0  # a vowel mark on و: the offsets would not line up


NEWS_RANKS = {"فاليري": 30000, "فالرئيس": 5000, "الرئيس": 50, "وكيري": 40000, "كيري": 1300, "يري": 1400,
              "وبسوريا": 45000, "بسوريا": 20000, "سوريا": 900}


@pytest.mark.parametrize("word,cut", [
    ("فاليري", 0),  # a name seen whole in the news whose `اليري` never is: not ف + a definite word
    ("فالرئيس", 1),  # ف + a definite word the news writes on its own
    ("وكيري", 1),  # و + كيري: cutting the first letter leaves a word as frequent as cutting two would
    ("وبسوريا", 2),  # و + ب + سوريا: cutting two letters leaves the far more frequent word
])
def test_clitic_cut_weighs_what_each_cut_leaves(word, cut):
    assert clitic_cut(word, NEWS_RANKS.get, unknown) == cut


LISTED = {"ليلي", "بسام", "كريم", "ريم", "وجده", "جده"}
LISTED_RANKS = {"ليلي": 7600, "يلي": 3700, "بسام": 20000, "سام": 13800, "كريم": 5500, "ريم": 17300, "وجده": 4000,
                "جده": 190}


@pytest.mark.parametrize("word,cut", [
    ("ليلى", 0),  # a listed first name whose rest (`يلي`) is a more frequent word
    ("بسام", 0),
    ("كريم", 0),  # its rest `ريم` is listed too, but rarer
    ("وجدة", 1),  # `و` + `جدة`: both listed, the rest far more frequent
])
def test_a_listed_whole_word_is_cut_only_for_a_listed_and_more_frequent_rest(word, cut):
    assert clitic_cut(word, LISTED_RANKS.get, lambda key: key in LISTED) == cut


def test_a_listed_rest_never_seen_in_the_news_does_not_cut_a_word_seen_whole():
    listed = {"اتن", "لاتر", "هنيه"}  # GeoNames villages that are also the rest of a name after a clitic letter
    ranks = {"فاتن": 6900, "بلاتر": 2400}
    assert clitic_cut("فاتن", ranks.get, lambda key: key in listed) == 0
    assert clitic_cut("بلاتر", ranks.get, lambda key: key in listed) == 0
    assert clitic_cut("بهنية", ranks.get, lambda key: key in listed) == 1  # unseen whole: the clitic reading stands
