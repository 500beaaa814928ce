"""Time expressions and quantities of the five sample articles (what the articles state, read by a person)."""
from pathlib import Path

import pytest


def by_file(export):
    return {Path(d["source"]).name[:3]: d["id"] for d in export["documents"]}


def records(export, field, prefix):
    doc = by_file(export)[prefix]
    return [r for r in export[field] if r["doc"] == doc]


@pytest.mark.parametrize("prefix, text, value", [
    ("003", "10 سبتمبر/أيلول عام 2014", "2014-09-10"),
    ("003", "17 أكتوبر/ تشرين الأول عام 2023", "2023-10-17"),
    ("003", "عام 2008", "2008"),
    ("003", "عام 2011", "2011"),
    ("002", "سبتمبر 2026", "2026-09"),
    ("002", "سبتمبر 2025", "2025-09"),
    ("002", "يناير 2023", "2023-01"),
    ("002", "منتصف عام 2025", "2025"),
    ("001", "سبتمبر من عام 2025", "2025-09"),
    ("001", "السابع عشر من سبتمبر الحالي", "XXXX-09-17"),
    ("000", "عام 2014", "2014"),
    ("000", "2025", "2025"),
])
def test_sample_dates_stated_in_the_articles(sample_export, prefix, text, value):
    found = {(r["text"], r["value"]) for r in records(sample_export, "time_expressions", prefix)}
    assert (text, value) in found


@pytest.mark.parametrize("prefix, text, value", [
    ("001", "عشر سنوات", "P10Y"),
    ("002", "أكثر من ستة أشهر", "P6M"),
    ("002", "أكثر من عقدين", "P20Y"),
    ("004", "العامين الماضيين", "P2Y"),
])
def test_sample_durations(sample_export, prefix, text, value):
    found = {(r["text"], r["type"], r["value"]) for r in records(sample_export, "time_expressions", prefix)}
    assert (text, "DURATION", value) in found


def test_sample_relative_dates_resolve_against_the_stated_publication_date(sample_export):
    found = {r["text"]: (r["value"], r["anchor"]) for r in records(sample_export, "time_expressions", "003")}
    assert found["خلال الأشهر القليلة المقبلة"] == ("FUTURE_REF", "2024-08-16T15:20")


@pytest.mark.parametrize("prefix, text, value, unit, relation", [
    ("001", "86 دولة", 86, "دولة", "exact"),
    ("003", "87 دولة", 87, "دولة", "exact"),
    ("002", "حوالي 2000 جندي", 2000, "جندي", "about"),
    ("002", "أقل من 500 شخص", 500, "شخص", "less"),
    ("003", "230 جنديًا", 230, "جندي", "exact"),
    ("000", "عشرة من أفراده", 10, "أفراده", "exact"),
    ("001", "مئات من قوات التحالف", 100, "قوات التحالف", "more"),
    ("002", "ملايين المدنيين", 1000000, "المدنيين", "more"),
    ("002", "ثلث مساحة العراق", 0.333, "مساحة العراق", "exact"),
])
def test_sample_quantities(sample_export, prefix, text, value, unit, relation):
    found = {(r["text"], r["value"], r["unit"], r["relation"]) for r in records(sample_export, "quantities", prefix)}
    assert (text, value, unit, relation) in found


def test_sample_no_designation_or_year_taken_for_a_quantity(sample_export):
    values = {r["value"] for r in sample_export["quantities"]}
    assert not values & {218, 2008, 2011, 2014, 2023, 2024, 2025, 2026}


def test_sample_every_time_and_quantity_record_is_exact(sample_export):
    texts = {d["id"]: d["text"] for d in sample_export["documents"]}
    for record in sample_export["time_expressions"] + sample_export["quantities"]:
        assert texts[record["doc"]][record["start"]:record["end"]] == record["text"]
