"""The tagger's fast path (word rows from cached parts, batched Viterbi) gives what the attribute strings give."""
import itertools

import numpy as np
import pytest
from conftest import DATA, need

from rasid.ner.conll import read_conll
from rasid.ner.features import PART_KINDS, TEXT_KINDS, slot_attributes, text_part_of
from rasid.ner.tagger import CrfTagger, default_tagger

ANERCORP = "ner_anercorp_train/train.txt"
CHECKED_SENTENCES = 300
WORDS = ["وبالعراق", "السوداني", "بلينكن", "الخارجية", "رويترز", "2024", "Reuters", "،", "فالرئيس", "لوزارة"]


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return default_tagger()


@pytest.fixture(scope="module")
def anercorp_sentences() -> list[list[str]]:
    return [words for words, _ in read_conll(need(DATA / ANERCORP))[:CHECKED_SENTENCES]]


def attribute_rows(tagger: CrfTagger, word: str) -> np.ndarray:
    """A word's rows summed from its attribute strings, one attribute at a time in the listed order."""
    own, contexts = tagger.features.word_entry(word)
    rows = np.zeros((1 + len(contexts), len(tagger.crf.labels)))
    for slot, attributes in enumerate((own, *contexts)):
        for row in tagger.crf.rows_of(attributes):
            rows[slot] += tagger.crf.weights[row]
    return rows


def reference_tags(tagger: CrfTagger, words: list[str]) -> list[str]:
    """Tags from scoring each word's full `sentence_features` attribute list, one sentence at a time."""
    scores = np.stack([tagger.crf.score(attributes) for attributes in tagger.features.sentence_features(words)])
    [path] = tagger.crf.viterbi(scores[None], np.array([len(words)]))
    return [tagger.crf.labels[i] for i in path]


@pytest.mark.parametrize("word", WORDS)
def test_word_rows_equal_attribute_sums(tagger, word):
    assert np.array_equal(tagger.word_rows(word), attribute_rows(tagger, word))


def test_fast_tags_equal_attribute_scores(tagger, anercorp_sentences):
    tagged = [tags for tags, _ in tagger.tag_sentences(anercorp_sentences)]
    assert tagged == [reference_tags(tagger, words) for words in anercorp_sentences]


def test_fast_emissions_close_to_attribute_scores(tagger, anercorp_sentences):
    batch = anercorp_sentences[:20]
    scores, lengths = tagger.emissions(batch)
    for b, words in enumerate(batch):
        expected = [tagger.crf.score(attributes) for attributes in tagger.features.sentence_features(words)]
        assert scores[b, : lengths[b]] == pytest.approx(np.array(expected), abs=1e-9)


@pytest.mark.parametrize("kind, value", [("w", "بغداد"), ("s", "عراق"), ("b", "رئيس"), ("pc", "وب"), ("p3", "رئي"),
                                         ("x2", "ية"), ("sh", "arabic"), ("fq", "oov"), ("w", "1:w=x")])
def test_text_part_of_inverts_slot_attributes(kind, value):
    for slot, attributes in enumerate(slot_attributes(kind, value)):
        assert [text_part_of(a) for a in attributes] == [(slot, kind, value)] * len(attributes)


@pytest.mark.parametrize("attribute", ["bias", "c1=13", "th", "BOS", "-1:g=LOC-B", "al=True", "len=4"])
def test_text_part_of_ignores_other_attributes(attribute):
    assert text_part_of(attribute) is None


def test_part_kinds_cover_text_kinds():
    assert TEXT_KINDS <= set(PART_KINDS)


def brute_force_path(crf, emissions: np.ndarray) -> list[int]:
    """The best path by trying every one (a few words only)."""
    def score(path):
        return sum(emissions[t, i] for t, i in enumerate(path)) + sum(
            crf.transitions[a, b] for a, b in itertools.pairwise(path))
    return list(max(itertools.product(range(len(crf.labels)), repeat=len(emissions)), key=score))


def test_viterbi_batch_matches_brute_force(tagger):
    rng = np.random.default_rng(7)
    lengths = np.array([3, 1, 2, 3, 2])
    emissions = rng.normal(scale=3.0, size=(len(lengths), 3, len(tagger.crf.labels)))
    for b, n in enumerate(lengths):
        emissions[b, n:] = 0.0
    expected = [brute_force_path(tagger.crf, emissions[b, :n]) for b, n in enumerate(lengths)]
    assert tagger.crf.viterbi(emissions, lengths) == expected


def test_forget_words_keeps_tags(tagger, anercorp_sentences):
    batch = anercorp_sentences[:30]
    before = tagger.tag_sentences(batch)
    tagger.forget_words()
    assert tagger.tag_sentences(batch) == before


@pytest.mark.parametrize("kind", ["w", "s", "pc", "b", "p2", "p3", "x1", "x2", "x3", "sh", "fq"])
def test_a_text_attribute_parses_back_to_its_slot_kind_and_value(kind):
    from rasid.ner.features import CONTEXT_OFFSETS, TEXT_KINDS, slot_attributes, text_part_of

    assert kind in TEXT_KINDS
    for value in ("العراق", "12:30", "a=b", "-1:x"):
        slots = slot_attributes(kind, value)
        assert len(slots) == 1 + len(CONTEXT_OFFSETS)
        for slot, strings in enumerate(slots):
            assert [text_part_of(s) for s in strings] == [(slot, kind, value)] * len(strings)
        assert slots[0], "a word always sees its own part"


def test_other_attributes_are_no_text_parts():
    from rasid.ner.features import slot_attributes, text_part_of

    for kind, value in (("c", ("3", "17", "200", "1")), ("flags", ("oh",)), ("bias", None), ("len", 5)):
        for strings in slot_attributes(kind, value):
            assert all(text_part_of(s) is None for s in strings)
    assert text_part_of("-2:w=العراق") is None  # the folded word is not seen two words away
