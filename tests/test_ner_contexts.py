"""Where the news writes a word: the counts behind the CRF's `x` features, and the features themselves."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasid.ner.contexts import (
    KINDS,
    context_rows,
    count_contexts,
    head_words,
    labelled_urls,
    load_contexts,
    share_bucket,
    train_contexts,
)
from rasid.ner.features import FeatureExtractor
from rasid.text.normalize import match_key

ROOT = Path(__file__).resolve().parents[1]


def _lines(*sentences: str) -> list[list[str]]:
    return [[match_key(w) for w in s.split()] for s in sentences]


def test_a_word_written_after_a_club_or_a_province_gets_that_share():
    heads = {"نادي": "o", "محافظه": "p"}
    lines = _lines(*(["فاز نادي الفيحاء أمس"] * 4 + ["جماهير الفيحاء فرحت"] * 2 + ["زار محافظة الدوادمي"] * 5))
    totals, after = count_contexts(lines, heads)
    rows = context_rows(totals, after)
    assert rows["فيحاء"] == (share_bucket(4 / 6), 0, 0) and rows["فيحاء"][0] == 4
    assert rows["دوادمي"] == (0, 4, 0)
    assert "جماهير" not in rows  # never after a head word
    assert "فاز" not in rows  # too rare, and never after a head word


def test_a_word_seen_after_a_head_only_twice_gets_no_bucket():
    heads = {"شركه": "o"}
    lines = _lines("قالت شركة معادن", "قالت شركة معادن", *["ارتفعت أسهم معادن"] * 8)
    totals, after = count_contexts(lines, heads)
    assert "معادن" not in context_rows(totals, after)


def test_share_buckets_rise_with_the_share():
    assert [share_bucket(s) for s in (0.0, 0.05, 0.2, 0.3, 0.9)] == [0, 1, 2, 3, 4]


def test_head_words_hold_every_kind():
    heads = head_words()
    assert set(heads.values()) == set(KINDS)
    assert heads[match_key("نادي")] == "o" and heads[match_key("محافظة")] == "p"


def test_the_labelled_sets_are_left_out_and_training_refuses_without_them(tmp_path):
    urls = labelled_urls(ROOT)
    assert len(urls) > 1000  # every evaluation and news-names round
    with pytest.raises(ValueError, match="no labelled sets"):
        train_contexts(tmp_path, tmp_path / "out.tsv.gz", tmp_path)


def test_the_shipped_table_gives_features_to_the_tagger():
    table = load_contexts()
    assert len(table) > 5000
    assert any(f.startswith("xp") for f in table["دوادمي"])
    own, contexts = FeatureExtractor().word_entry("بالدوادمي")
    assert any(a.startswith("xp") for a in own)
    assert any(a.startswith("-1:xp") for a in contexts[1]) and not any("xp" in a for a in contexts[0])
