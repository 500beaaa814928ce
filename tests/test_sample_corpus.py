"""The five sample articles: cleaned text, titles, outlets, dates, and nothing of the body lost."""
import json
from pathlib import Path

import pytest
from conftest import SHARED, need

FURNITURE = ["logo", "تابعنا عبر", "تابعونا على", "تحليلاتخاصرئيسية", "fd8a136f-2f87", "أخبار ذات علاقة",
             "اترك تعليقاً", "document.addEventListener", "جميع الحقوق محفوظة", "زر الذهاب إلى الأعلى",
             "مقالات ذات صلة", "لن يتم نشر عنوان بريدك", "المسلحةالمصدر", "ما أبرز الميليشيات الموالية لإيران؟"]


def by_file(export):
    return {Path(d["source"]).name[:3]: d for d in export["documents"]}


def test_sample_all_five_documents(sample_export):
    assert len(sample_export["documents"]) == 5


@pytest.mark.parametrize("snippet", FURNITURE)
def test_sample_no_furniture_left(sample_export, snippet):
    for doc in sample_export["documents"]:
        assert snippet not in doc["text"], doc["source"]


@pytest.mark.parametrize("prefix,title", [
    ("000", None),
    ("001", "هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟"),
    ("002", "العراق يتأهب لطي صفحة قوات التحالف الدولي بشراكة مدنية"),
    ("003", 'ما الذي أرغم العراق على إبقاء "التحالف الدولي" على أراضيه؟'),
    ("004", "زيارة الجنرال ليهي.. توقيع إبقاء التحالف الدولي أم حزم الحقائب للرحيل؟"),
])
def test_sample_titles_exact(sample_export, prefix, title):
    assert by_file(sample_export)[prefix]["title"] == title


@pytest.mark.parametrize("prefix,outlet", [("003", "إرم نيوز"), ("004", "عراق أوبزيرفر")])
def test_sample_outlets(sample_export, prefix, outlet):
    assert by_file(sample_export)[prefix]["outlet"] == outlet


def test_sample_publication_date_with_evidence(sample_export):
    doc = by_file(sample_export)["003"]
    assert doc["published"] == "2024-08-16T15:20"
    assert doc["published_evidence"] == "16 أغسطس 2024، 3:20 م"


def test_sample_every_body_line_kept(sample_export, sample_dir):
    """Every line of the source that is not furniture, title or metadata survives verbatim."""
    for doc in sample_export["documents"]:
        source = Path(doc["source"]).read_text(encoding="utf-8")
        dropped = set(doc["removed"]) | {doc["title"]}
        for line in (l.strip() for l in source.splitlines()):
            if line and line not in dropped:
                assert line in doc["text"], (doc["source"], line)


def test_sample_export_matches_contract(sample_export, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(need(SHARED / "contract" / "story.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(sample_export)


def test_sample_export_passes_check_story(sample_export, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "story.json"
    path.write_text(json.dumps(sample_export, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(need(SHARED / "tools" / "check_story.py")), str(path)],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
