import pytest

from rasid.errors import PipelineOrderError, StageError, UnknownNameError
from rasid.model import DocMeta, Document, Span
from rasid.pipeline import Pipeline, Stage
from rasid.registry import STAGES, build_pipeline


class Needs(Stage):
    name = "needs"
    requires = ("sentences",)
    produces = ("thing",)

    def __call__(self, doc):
        return doc.with_layer("thing", [])


class Breaks(Stage):
    name = "breaks"

    def __call__(self, doc):
        raise RuntimeError("boom")


def test_pipeline_order_error_names_missing_layer():
    with pytest.raises(PipelineOrderError, match="'needs' requires layer\\(s\\) sentences"):
        Pipeline([Needs()])


def test_pipeline_accepts_order_that_satisfies_requirements():
    pipeline = Pipeline([STAGES["segment"](), Needs()])
    assert pipeline.names == ("segment", "needs")


def test_stage_failure_carries_stage_and_document():
    doc = Document("abc", "نص", DocMeta(source="a.txt"))
    with pytest.raises(StageError) as info:
        Pipeline([Breaks()])(doc)
    assert (info.value.stage, info.value.doc_id, info.value.source) == ("breaks", "abc", "a.txt")


def test_build_pipeline_rejects_unknown_stage():
    with pytest.raises(UnknownNameError, match="unknown stage 'nope'"):
        build_pipeline(["nope"])


def test_registered_stages_run_in_registry_order():
    pipeline = build_pipeline()
    assert pipeline.names == tuple(STAGES)
    doc = pipeline(Document("d", "قال الوزير. ثم غادر.", DocMeta(source="s")))
    assert [doc.span_text(s) for s in doc.layer("sentences")] == ["قال الوزير.", "ثم غادر."]
    assert all(isinstance(s, Span) for s in doc.layer("entities"))


def test_pipeline_drops_working_layers_after_the_stages():
    doc = Document("d", "قال الوزير. ثم غادر.", DocMeta(source="s"))
    assert not build_pipeline(["segment"])(doc).has_layer("tokens")
    assert build_pipeline(["segment"]).pipe([doc])[0].layers.keys() == {"paragraphs", "sentences"}
    kept = Pipeline(build_pipeline(["segment"]).stages)(doc)  # no working layers named: all kept
    assert [kept.span_text(s) for s in kept.layer("tokens")][:2] == ["قال", "الوزير"]


def test_analyze_keyword_settings_override_options(sample_dir):
    import rasid
    from rasid.settings import AnalysisOptions

    story = rasid.analyze(sample_dir, AnalysisOptions(workers=1, question="سؤال"), stages=("segment",))
    assert all(set(doc.layers) == {"paragraphs", "sentences"} for doc in story.documents)
