"""The numpy CRF decoder gives CRFsuite's own tags and marginals from the exported weights."""
import pytest

from rasid.ner.crf import LinearChainCrf, export_weights
from rasid.ner.features import FeatureExtractor
from rasid.ner.tagger import CrfTagger

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite is needed to train (the `train` extra)")

TRAIN = [
    ("قال رئيس الوزراء محمد شياع السوداني إن بغداد ترفض", "O O O B-PER I-PER I-PER O B-LOC O"),
    ("وصل أنتوني بلينكن إلى بغداد أمس", "O B-PER I-PER O B-LOC O"),
    ("أعلنت وزارة الخارجية العراقية أن العراق يرحب", "O B-ORG I-ORG I-ORG O B-LOC O"),
    ("نقلت وكالة رويترز عن مصدر في واشنطن", "O O B-ORG O O O B-LOC"),
]
PROBES = ["قال محمد إن واشنطن ترفض", "أعلنت وزارة الخارجية أن بلينكن وصل إلى العراق", "رويترز"]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crf")
    features = FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAIN:
        trainer.append(features.sentence_features(text.split()), tags.split())
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(folder / "m.crfsuite"))
    export_weights(folder / "m.crfsuite", folder / "m.json.gz")
    reference = pycrfsuite.Tagger()
    reference.open(str(folder / "m.crfsuite"))
    return reference, CrfTagger(folder / "m.json.gz", features), features


@pytest.mark.parametrize("text", PROBES + [t for t, _ in TRAIN])
def test_crf_tags_match_crfsuite(models, text):
    reference, tagger, features = models
    words = text.split()
    assert tagger.tag(words) == reference.tag(features.sentence_features(words))


@pytest.mark.parametrize("text", PROBES)
def test_crf_marginals_match_crfsuite(models, text):
    reference, tagger, features = models
    words = text.split()
    tags = reference.tag(features.sentence_features(words))
    expected = [reference.marginal(tag, i) for i, tag in enumerate(tags)]
    [(_, confidence)] = tagger.tag_sentences([words], with_confidence=True)
    assert confidence == pytest.approx(expected, abs=1e-3)


def test_crf_batch_equals_one_by_one(models):
    _, tagger, _ = models
    sentences = [p.split() for p in PROBES] + [[]]
    assert [tags for tags, _ in tagger.tag_sentences(sentences)] == [tagger.tag(words) for words in sentences]


def test_crf_viterbi_single_word(models):
    _, tagger, _ = models
    assert isinstance(tagger.crf, LinearChainCrf) and len(tagger.tag(["بغداد"])) == 1
