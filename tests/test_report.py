"""report.html: one self-contained file, data embedded safely, a strict policy, written atomically."""
import json
import re

import pytest

from rasid.cli import main
from rasid.model import DocMeta, Document
from rasid.report import embedded_json, render_report, write_report
from rasid.store import normalise_url
from rasid.story import Story

HOSTILE = "نص </script><script>alert(1)</script> <!-- تعليق --> & نهاية"


def story_with(text: str) -> Story:
    return Story([Document("d1", text, DocMeta(source="a.txt", title="عنوان"))])


@pytest.mark.parametrize("data", [HOSTILE, {"k": "</SCRIPT>"}, ["<!--", "]]>"]])
def test_report_embedded_json_has_no_markup_and_round_trips(data):
    text = embedded_json(data)
    assert "<" not in text and ">" not in text and json.loads(text) == data


def test_report_page_keeps_hostile_text_inside_its_data_element():
    page = render_report(story_with(HOSTILE))
    assert page.count("</script>") == 2  # the data element's and the code's own, nothing from the article
    data = re.search(r'<script type="application/json" id="story-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert json.loads(data)["documents"][0]["text"] == HOSTILE


def test_report_policy_allows_only_hashed_inline_code():
    page = render_report(story_with("نص عربي قصير للتقرير."))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "unsafe-inline" not in policy and "script-src 'sha256-" in policy and "http" not in policy


def test_report_loads_nothing_from_elsewhere():
    page = render_report(story_with("نص عربي قصير للتقرير."))
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_report_write_leaves_no_temp_file(tmp_path):
    write_report(story_with("نص عربي قصير للتقرير."), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.parametrize("given,expected", [
    ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgresql+psycopg://u:p@h:5433/db", "postgresql+psycopg://u:p@h:5433/db"),
    ("sqlite:///:memory:", "sqlite:///:memory:"),
])
def test_store_url_normalised(given, expected):
    assert normalise_url(given) == expected


def test_store_url_bare_path_is_sqlite(tmp_path):
    assert normalise_url(tmp_path / "x" / "rasid.db") == f"sqlite:///{tmp_path / 'x' / 'rasid.db'}"


def test_serve_bad_url_is_usage_error(capsys):
    assert main(["serve", "--db", "nosuchdb://x/y"]) == 2
    assert "bad --db URL" in capsys.readouterr().err


def test_analyze_without_out_or_db_is_usage_error(capsys, tmp_path):
    assert main(["analyze", str(tmp_path)]) == 2


def test_store_url_password_never_shown():
    from rasid.store import redacted_url

    assert redacted_url("postgresql+psycopg://u:s3cret@h/db") == "postgresql+psycopg://u:***@h/db"


def test_a_run_of_several_stories_gets_an_index_and_one_report_a_story(tmp_path):
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "tests"))
    from storybuild import make_doc
    from test_grouping import FOOTBALL, IRAQ

    from rasid.analysis import build_story
    from rasid.corpus.story_exports import write_story_exports
    from rasid.report import write_report
    from rasid.settings import AnalysisOptions

    docs = [make_doc(f"i{i}", t) for i, t in enumerate(IRAQ)] + [make_doc(f"f{i}", t) for i, t in enumerate(FOOTBALL)]
    docs.append(make_doc("lone", "أعلنت وزارة الزراعة موعد موسم حصاد التمور في المنطقة الشرقية هذا العام."))
    story = build_story(docs, AnalysisOptions(quiet=True))
    write_story_exports(story, tmp_path)
    index = write_report(story, tmp_path).read_text(encoding="utf-8")
    by_doc = {d.id: d.meta.story for d in story.documents}
    assert "<script" not in index and index.count("<tr>") == 4  # the header and three stories
    for doc in ("i0", "f0"):
        assert f'stories/{by_doc[doc]}/report.html' in index
        report = (tmp_path / "stories" / by_doc[doc] / "report.html").read_text(encoding="utf-8")
        assert ("الهلال" in report) == (doc == "f0")
    assert f'stories/{by_doc["lone"]}/story.json' in index
    assert not (tmp_path / "stories" / by_doc["lone"] / "report.html").exists()
