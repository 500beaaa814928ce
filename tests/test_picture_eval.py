"""The picture evaluation set (`rasid.evaluation.picture`): labels that fit the corpus, and a scorer that
counts what it should on a small slice."""
from __future__ import annotations

import itertools
import json

import pytest
from conftest import DATA, ROOT, need

from rasid.evaluation import picture
from rasid.ingest.build import build_document
from rasid.ingest.sources import RawInput
from rasid.model import Span

LABELS = ROOT / "eval" / "picture"


@pytest.fixture(scope="module")
def articles():
    need(DATA / "news_saudinewsnet" / "dataset")
    return picture.load_articles(DATA.parent)


def test_halves_outlets_and_labels_fit_the_texts(articles):
    assert len(articles) == 52
    assert sum(a.half == "dev" for a in articles) == sum(a.half == "test" for a in articles) == 26
    assert len({a.outlet for a in articles}) >= 6
    for article in articles:
        lines = article.content.split("\n")
        assert all(0 <= i < len(lines) and lines[i].strip() for i in article.labels["residue_lines"])
        for item in article.labels["times"] + article.labels["quantities"]:
            start, end = item["span"]
            assert 0 <= start < end <= len(article.content)
            assert article.content[start:end].strip() == article.content[start:end]


def test_labels_keep_no_article_text():
    raw = (LABELS / "labels.json").read_text(encoding="utf-8")
    for article in json.loads(raw)["articles"]:
        assert set(article) == {"url", "published_shown", "published_where", "reference_date", "residue_lines",
                                "times", "quantities"}
        assert all(set(t) == {"span", "type", "value"} for t in article["times"])


def test_line_map_follows_lines_through_cleaning():
    content = "  عين اليوم – الرياض\nقال الوزير أمس إن 30 شخصا أصيبوا.\n\n  وأضاف أن العمل مستمر.  "
    doc = build_document(RawInput("x", content, "text", "x"))
    mapping = picture.LineMap(content, doc)
    assert mapping.targets[0] is None  # the byline was dropped
    start = content.index("30 شخصا")
    mapped = mapping.to_doc(start, start + len("30 شخصا"))
    assert mapped and doc.text[mapped[0]:mapped[1]] == "30 شخصا"
    start = content.index("العمل")
    mapped = mapping.to_doc(start, start + 5)
    assert mapped and doc.text[mapped[0]:mapped[1]] == "العمل"


@pytest.mark.parametrize("found,gold,same", [
    ("دولة", "دول", True), ("شهرا", "شهر", True), ("%", "في المائة", True), ("بالمئة", "%", True),
    ("دولار", "ريال", False), ("%", "شخص", False), ("والجنود", "جنود", True), ("جنود", "جندي", False),
])
def test_units_compare_by_stem(found, gold, same):
    assert picture.same_unit(found, gold) is same


def test_quantity_right_needs_value_and_unit():
    span = Span(0, 5, "QUANTITY", {"value": 86, "unit": "دولة"})
    assert picture.quantity_right(span, {"value": 86, "unit": "دول"})
    assert not picture.quantity_right(span, {"value": 87, "unit": "دولة"})


def test_scoring_a_slice_counts_every_gold_item(articles):
    chosen = [a for a in articles if a.half == "dev"][:3]
    figures = picture.score(chosen, picture.analyse(chosen, date_given=True))
    residue_times = 0
    for article in chosen:
        residue = set(article.labels["residue_lines"])
        residue_times += sum(1 for t in picture._outermost(article.labels["times"])
                             if article.content.count("\n", 0, t["span"][0]) in residue)
    assert figures["time"]["gold"] == sum(len(picture._outermost(a.labels["times"])) for a in chosen) - residue_times
    assert figures["published"]["found"] == 3 and figures["published"]["right"] == 3  # the dates were given
    assert figures["outlet"]["gold"] == 3 and not figures["failed"]
    assert 0 <= figures["time"]["right"] <= figures["time"]["matched"] <= figures["time"]["gold"]


@pytest.mark.parametrize("name, articles_count", [("1", 64), ("2", 36), ("3", 36), ("4", 36), ("7", 36), ("8", 36),
                                                  ("9", 36), ("10", 36), ("11", 36), ("12", 36)])
def test_statement_rounds_fit_the_texts_and_keep_halves_even(name, articles_count):
    from rasid.evaluation import statements

    need(DATA / "news_saudinewsnet" / "dataset")
    chosen, labels = statements.load_set(DATA.parent, None, rounds=(name,))
    assert len(chosen) == articles_count
    assert sum(a.half == "dev" for a in chosen) == sum(a.half == "test" for a in chosen)
    assert {a.url for a in chosen} <= set(labels)
    for article in chosen:
        for label in labels[article.url]:
            start, end = label["content"]
            assert 0 <= start < end <= len(article.content)
            assert article.content[start:end].strip()
            if label["speaker"]:
                assert article.content[label["speaker"][0]:label["speaker"][1]].strip()


def test_statement_rounds_share_no_article():
    rounds = [json.loads((LABELS / name).read_text(encoding="utf-8"))["articles"]
              for name in ("articles.json", "articles_more.json", "articles_round2.json", "articles_round3.json",
                           "articles_round4.json", "articles_round5.json", "articles_round6.json", "articles_round7.json",
                           "articles_round8.json", "articles_round9.json", "articles_round10.json",
                           "articles_round11.json", "articles_round12.json")]
    urls = [a["url"] for picks in rounds for a in picks]
    assert len(urls) == len(set(urls))


def test_names_of_round_two_fit_their_articles():
    from rasid.evaluation import ner

    need(DATA / "news_saudinewsnet" / "dataset")
    chosen = ner.round_articles(DATA.parent, None, "2")
    names = {a["url"]: a["entities"] for a in json.loads((LABELS / "ner_round2.json").read_text(encoding="utf-8"))["articles"]}
    assert len(chosen) == 36 and {a.url for a in chosen} == set(names)
    for article in chosen:
        spans = sorted(tuple(e["span"]) for e in names[article.url])
        assert all(article.content[start:end].strip() == article.content[start:end] for start, end in spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # no overlapping names
        assert {e["type"] for e in names[article.url]} <= {"PER", "ORG", "LOC"}
