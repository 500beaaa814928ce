"""The two real Arabic pages in ../shared/data/html_pages: CNN Arabic (exact text) and As-Sabah (snippets)."""
import json
import re

import pytest
from conftest import DATA, need

from rasid.ingest import build_document, iter_inputs
from rasid.ingest.html import iso_to_timex, marked_up_date

PAGES = DATA / "html_pages"


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def page_doc(relative):
    (raw,) = list(iter_inputs([need(PAGES / relative)]))
    return build_document(raw)


@pytest.fixture(scope="module")
def cnn():
    return page_doc("newspaper/arabic_article.html")


@pytest.fixture(scope="module")
def assabah():
    return page_doc("trafilatura/assabah.com.tn.article.html")


@pytest.fixture(scope="module")
def assabah_gold():
    entry = json.loads(need(PAGES / "trafilatura" / "gold_evaldata_entry.json").read_text(encoding="utf-8"))
    return next(iter(entry.values()))


def test_cnn_text_is_expected_text(cnn):
    expected = need(PAGES / "newspaper" / "arabic_expected_text.txt").read_text(encoding="utf-8")
    assert squeeze(cnn.text) == squeeze(expected)


def test_cnn_title_from_page(cnn):
    assert cnn.meta.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"


def test_cnn_outlet_through_outlet_list(cnn):
    assert cnn.meta.outlet == "سي إن إن بالعربية"


def test_cnn_date_from_url_path(cnn):
    assert cnn.meta.published == "2013-08-03"
    assert "/2013/middle_east/8/3" in cnn.meta.published_evidence


def test_cnn_comment_policy_removed(cnn):
    assert any("بالنقاش الحيوي" in line for line in cnn.meta.removed)


@pytest.mark.parametrize("index", range(3))
def test_assabah_keeps_with_snippet(assabah, assabah_gold, index):
    assert assabah_gold["with"][index] in assabah.text


@pytest.mark.parametrize("index", range(3))
def test_assabah_drops_without_snippet(assabah, assabah_gold, index):
    assert assabah_gold["without"][index] not in assabah.text


def test_assabah_title_is_gold_title(assabah, assabah_gold):
    assert squeeze(assabah.meta.title) == squeeze(assabah_gold["title"])


def test_assabah_outlet_from_site_name(assabah):
    assert assabah.meta.outlet == "الصباح"


def test_assabah_date_from_dc_date_markup(assabah):
    assert assabah.meta.published == "2019-02-08"
    assert 'property="dc:date"' in assabah.meta.published_evidence


@pytest.mark.parametrize("html,expected", [
    ('<meta property="article:published_time" content="2024-08-16T15:20:00+03:00">', "2024-08-16T15:20"),
    ('<meta content="2024-08-16" name="pubdate"/>', "2024-08-16"),
    ('<time itemprop="datePublished" datetime="2023-01-05T00:00:00Z">', "2023-01-05"),
    ('<script type="application/ld+json">{"datePublished": "2022-12-31T08:05:00"}</script>', "2022-12-31T08:05"),
    ('<meta property="article:published_time" content="not a date">', None),
    ('<p>16 أغسطس 2024</p>', None),
])
def test_marked_up_date_reads_publication_markup(html, expected):
    found = marked_up_date(html)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("value,expected", [
    ("2019-02-08T00:00:00+01:00", "2019-02-08"),
    ("2019-02-08 14:05", "2019-02-08T14:05"),
    ("2019-02-30", None),
    ("08/02/2019", None),
])
def test_iso_to_timex(value, expected):
    assert iso_to_timex(value) == expected
