"""The outlet and the publication date an article's URL shows (`rasid.ingest.urls`)."""
from __future__ import annotations

import pytest

from rasid.ingest import build_document
from rasid.ingest.sources import RawInput
from rasid.ingest.urls import host_outlet, path_date, query_date, read_url, registered_domain

BODY = "قال وزير الخارجية إن المحادثات ستستمر خلال الأسبوع المقبل في العاصمة."


@pytest.mark.parametrize("url,expected", [
    ("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", "2013-08-03"),
    ("https://example.com/news/2024/08/16/story", "2024-08-16"),
    ("https://example.org/world/2023/1/9", "2023-01-09"),
    ("http://www.example.sa/new/Issues/20150720/Con20150720784687.htm", "2015-07-20"),
    ("https://example.net/ar/middle-east/20231102-some-slug", "2023-11-02"),
    ("https://example.net/story/2022-12-31-year-end", "2022-12-31"),
    ("https://example.net/news_2021_06_05.html", "2021-06-05"),
    ("https://example.com/2024/13/40/story", None),
    ("https://example.com/article/164913/title", None),
    ("https://example.com/article/20241399/title", None),
    ("https://example.com/item/123456789012", None),
    ("https://example.com/1850/01/01/too-early", None),
    ("https://www.example.com/arab-world/12-08-2025/slug", "2025-08-12"),  # a segment written day first
    ("https://example.com/news/7_3_2024-some-title", "2024-03-07"),
    ("https://example.com/item/45-13-2024/x", None),  # no month 13
])
def test_dated_paths(url, expected):
    assert read_url(url).published == expected


@pytest.mark.parametrize("query,expected", [
    ("date=07032024", "2024-03-07"),  # day first where both readings are dates
    ("id=5&d=2024-03-07", "2024-03-07"),
    ("newsdate=20231120", "2023-11-20"),
    ("date=12252023", "2023-12-25"),  # only the month-first reading is a date
    ("id=20240307", None),  # not a date parameter
    ("date=yesterday", None),
])
def test_date_query_parameters(query, expected):
    found = query_date(query)
    assert (found[0] if found else None) == expected


def test_evidence_names_the_part_of_the_url():
    assert path_date("/a/2024/3/7/b") == ("2024-03-07", "URL path /2024/3/7")
    assert query_date("date=07032024") == ("2024-03-07", "URL query date=07032024")


@pytest.mark.parametrize("url,outlet,listed", [
    ("https://www.alquds.co.uk/some-article/", "القدس العربي", True),
    ("https://petra.gov.jo/Include/InnerPage.jsp?ID=1", "بترا", True),
    ("https://arabic.cnn.com/middle-east/article/x", "سي إن إن بالعربية", True),
    ("https://www.bbc.com/arabic/articles/c4n", "بي بي سي عربي", True),
    ("https://www.france24.com/ar/x", "فرانس 24", True),
    ("https://m.youm7.com/story/1", "اليوم السابع", True),  # a mobile subdomain of a listed host
    ("https://news.unlisted-outlet.com.eg/x", "unlisted-outlet.com.eg", False),  # named by its domain
    ("http://127.0.0.1/x", None, False),
    ("javascript:alert(1)", None, False),
    ("not a url", None, False),
    (None, None, False),
])
def test_hosts_name_outlets(url, outlet, listed):
    facts = read_url(url)
    assert (facts.outlet, facts.outlet_listed) == (outlet, listed)


def test_registered_domain_knows_multi_part_suffixes():
    assert registered_domain("www.alquds.co.uk") == "alquds.co.uk"
    assert registered_domain("sub.site.gov.jo") == "site.gov.jo"
    assert host_outlet("WWW.ALQUDS.CO.UK")[0] == "القدس العربي"


def _record(fields: dict) -> RawInput:
    return RawInput(source="feed.jsonl:1", content=fields.pop("text"), kind="text", doc_id="x", fields=fields)


def test_a_text_and_url_record_gets_outlet_and_date_from_the_url():
    doc = build_document(_record({"text": BODY, "url": "https://www.youm7.com/story/2024/3/7/title/6512345"}))
    assert (doc.meta.outlet, doc.meta.published) == ("اليوم السابع", "2024-03-07")
    assert doc.meta.published_evidence == "URL path /2024/3/7"


def test_record_fields_win_over_the_url():
    doc = build_document(_record({"text": BODY, "url": "https://www.youm7.com/story/2024/3/7/t/1",
                                  "outlet": "الجزيرة", "published": "2024-03-08"}))
    assert (doc.meta.outlet, doc.meta.published) == ("الجزيرة", "2024-03-08")


def test_a_listed_host_beats_a_dateline_but_a_dateline_beats_a_bare_domain():
    text = "عمّان - بترا\n" + BODY
    listed = build_document(_record({"text": text, "url": "https://alghad.com/x"}))
    unlisted = build_document(_record({"text": text, "url": "https://unknown-site.net/x"}))
    assert listed.meta.outlet == "الغد"
    assert unlisted.meta.outlet == "بترا"
