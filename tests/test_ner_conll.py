"""Reading `token TAG` files and entity-level scoring (CoNLL style)."""
import re

import pytest

from rasid.ner.conll import (
    entity_spans,
    map_tag,
    read_conll,
    repair_iob,
    score_sentences,
    spans_to_sentences,
    split_dev,
    write_conll,
)


@pytest.mark.parametrize("tag,expected", [
    ("B-PERS", "B-PER"), ("I-PER", "I-PER"), ("B-GPE", "B-LOC"), ("I-FAC", "I-LOC"), ("B-ORG", "B-ORG"),
    ("B-MIS2", "B-MISC"), ("I-MISC", "I-MISC"), ("B-DATE", "O"), ("O", "O"), ("B-OCC", "O"),
])
def test_map_tag_to_rasid_labels(tag, expected):
    assert map_tag(tag) == expected


def test_map_tag_drops_misc_when_asked():
    assert map_tag("B-MISC", keep_misc=False) == "O"


def test_repair_iob_opens_stray_inside_tag():
    assert repair_iob(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_entity_spans_token_ranges():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]
    assert entity_spans(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_read_conll_nested_columns_and_separators(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("زار O\nالرئيس B-OCC\nدمشق I-OCC B-GPE\n$#$ O\nقال O\nعلي B-PERS\n\n", encoding="utf-8")
    assert read_conll(path) == [(["زار", "الرئيس", "دمشق"], ["O", "O", "B-LOC"]), (["قال", "علي"], ["O", "B-PER"])]


def test_scores_need_exact_boundaries_and_type():
    gold = ["B-PER", "I-PER", "O", "B-LOC"]
    predicted = ["B-PER", "O", "O", "B-LOC"]
    scores = score_sentences([(gold, predicted)])
    assert scores.prf("LOC") == (1.0, 1.0, 1.0)
    assert scores.prf("PER") == (0.0, 0.0, 0.0)
    assert scores.prf() == (0.5, 0.5, 0.5)


def test_split_dev_holds_out_the_last_tenth():
    sentences = [([str(i)], ["O"]) for i in range(20)]
    train, dev = split_dev(sentences)
    assert [s[0][0] for s in dev] == ["18", "19"] and len(train) == 18


def test_split_dev_from_start_holds_out_the_first_tenth():
    sentences = [([str(i)], ["O"]) for i in range(20)]
    train, dev = split_dev(sentences, from_start=True)
    assert [s[0][0] for s in dev] == ["0", "1"] and train[0][0] == ["2"]


def test_spans_to_sentences_tags_the_tokens_a_name_covers():
    text = "زار والعراق وزير خارجية فرنسا. ثم عاد إلى باريس"
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    sentences = [(0, 30), (31, len(text))]
    names = [(text.index("العراق"), text.index("العراق") + 6, "LOC"),
             (text.index("وزير"), text.index("فرنسا") + 5, "ORG"),
             (text.index("باريس"), len(text), "LOC")]
    tagged = spans_to_sentences(text, sentences, tokens, names)
    assert tagged[0] == (["زار", "والعراق", "وزير", "خارجية", "فرنسا", "."], ["O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert tagged[1] == (["ثم", "عاد", "إلى", "باريس"], ["O", "O", "O", "B-LOC"])


def test_write_conll_reads_back(tmp_path):
    sentences = [(["قال", "محمد", "علي"], ["O", "B-PER", "I-PER"]), (["في", "بغداد"], ["O", "B-LOC"])]
    path = tmp_path / "news.txt"
    assert write_conll(sentences, path) == 2
    assert read_conll(path) == sentences
