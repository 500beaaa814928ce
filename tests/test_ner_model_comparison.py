"""Comparing NER models through the stages: a stage built by the caller replaces the registry's, and labelled runs
pool with their document indices shifted (what `training/ner_news/crossval.py` is made of)."""
from __future__ import annotations

import json

from rasid.evaluation.ner import LabelledRun, labelled_run
from rasid.evaluation.picture import Article
from rasid.registry import build_pipeline
from rasid.stages.entities import EntityRecognizer

TEXT = "أعلنت وزارة الصحة في بغداد أن محمد شياع السوداني زار المستشفى اليوم في زيارة تفقدية للمرضى والأطباء."


class SilentTagger:
    """A tagger that finds no name at all, over the shipped tagger's features."""

    def __init__(self) -> None:
        from rasid.ner.tagger import default_tagger

        self.features = default_tagger().features

    def tag_sentences(self, sentences, with_confidence=False):
        return [(["O"] * len(words), None) for words in sentences]


def test_a_stage_made_by_the_caller_takes_its_name_in_the_pipeline():
    made = EntityRecognizer(SilentTagger())
    pipeline = build_pipeline(["segment", "entities"], {"entities": made})
    assert pipeline.stages[1] is made
    assert type(build_pipeline(["segment", "entities"]).stages[1].tagger).__name__ == "CrfTagger"


def labelled(tmp_path):
    article = Article(url="https://example.org/a/1", half="dev", outlet="example", content=TEXT, labels={})
    start = TEXT.index("بغداد")
    names = {"articles": [{"url": article.url, "entities": [{"span": [start, start + 5], "type": "LOC"}]}]}
    (tmp_path / "names.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    return [article]


def test_a_labelled_run_uses_the_tagger_it_is_given(tmp_path):
    articles = labelled(tmp_path)
    shipped = labelled_run(articles, tmp_path, "names.json")
    silent = labelled_run(articles, tmp_path, "names.json", tagger=SilentTagger())  # type: ignore[arg-type]
    assert shipped.gold == silent.gold == [(0, TEXT.index("بغداد"), TEXT.index("بغداد") + 5, "LOC")]
    assert (0, TEXT.index("بغداد"), TEXT.index("بغداد") + 5, "LOC") in shipped.found
    assert shipped.scores().table()["LOC"]["recall"] == 1.0
    assert all(kind != "LOC" for _, _, _, kind in silent.found)
    assert silent.scores().table()["LOC"]["recall"] == 0.0


def test_pooled_runs_shift_the_later_documents():
    first = LabelledRun([(0, 1, 4, "PER")], [(0, 1, 4, "PER")], ["أ محمد"], [])
    second = LabelledRun([(0, 0, 5, "LOC"), (1, 2, 6, "ORG")], [(1, 2, 6, "ORG")], ["بغداد", "في حماس"], ["bad:1"])
    first.extend(second)
    assert first.gold == [(0, 1, 4, "PER"), (1, 0, 5, "LOC"), (2, 2, 6, "ORG")]
    assert first.found == [(0, 1, 4, "PER"), (2, 2, 6, "ORG")]
    assert first.texts == ["أ محمد", "بغداد", "في حماس"] and first.failed == ["bad:1"]
    assert first.scores().table()["overall"]["recall"] == 2 / 3
