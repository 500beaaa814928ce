"""The encoder-export helpers in training/ner_encoder: Q4_0 dequantisation and unigram word segmentation."""
from __future__ import annotations

import importlib.util
import struct
import sys

import numpy as np
import pytest
from conftest import ROOT

SCRIPT = ROOT / "training" / "ner_encoder" / "e5_file.py"


def load_e5_file():
    spec = importlib.util.spec_from_file_location("e5_file", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["e5_file"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def q4_block(scale: float, values: list[int]) -> bytes:
    """One 18-byte block: fp16 scale, weight j in the low nibble of byte j, weight j+16 in the high one."""
    packed = bytes((values[j] & 0x0F) | ((values[j + 16] & 0x0F) << 4) for j in range(16))
    return struct.pack("<e", scale) + packed


@pytest.mark.parametrize("scale", [0.5, -0.25, 2.0])
def test_dequantise_q4_value_is_nibble_minus_eight_times_scale(scale):
    e5 = load_e5_file()
    values = [(3 * j + 1) % 16 for j in range(32)]
    weights = e5.dequantise_q4(q4_block(scale, values), 1, 32)
    assert weights[0].tolist() == [(q - 8) * scale for q in values]


def test_dequantise_q4_rows_span_consecutive_blocks():
    e5 = load_e5_file()
    raw = q4_block(1.0, [9] * 32) + q4_block(1.0, [7] * 32)
    weights = e5.dequantise_q4(raw, 1, 64)
    assert weights[0, :32].tolist() == [1.0] * 32 and weights[0, 32:].tolist() == [-1.0] * 32


def tiny_vocabulary(e5, pieces: dict[str, float]):
    names = ["<s>", "<pad>", "</s>", "<unk>"] + list(pieces)
    scores = np.array([0.0, 0.0, 0.0, 0.0] + list(pieces.values()), dtype=np.float32)
    return e5.E5File(8, 1, 1, 8, len(names), 8, 2, 1e-12, {"bos": 0, "eos": 2, "pad": 1, "unk": 3},
                     names, scores, {"\u0623": "\u0623"})


@pytest.mark.parametrize("word, expected", [
    ("والعراق", ["▁وال", "عراق"]),      # the likelier split wins over single letters
    ("بالعراق", ["▁ب", "ال", "عراق"]),
    ("عراقي", ["▁", "عراق", "ي"]),
])
def test_word_pieces_viterbi_picks_the_best_scoring_split(word, expected):
    e5 = load_e5_file()
    vocab = {"▁وال": -2.0, "عراق": -3.0, "▁ب": -2.5, "ال": -1.5, "▁": -1.0, "ي": -2.0,
             "▁و": -3.0, "و": -4.0, "ا": -4.0, "ل": -4.0, "ب": -4.0}
    model = tiny_vocabulary(e5, vocab)
    segmenter = e5.WordPieces(model)
    assert [model.pieces[i] for i in segmenter.word(word)] == expected


def test_word_pieces_unknown_character_becomes_unk():
    e5 = load_e5_file()
    model = tiny_vocabulary(e5, {"▁": -1.0, "ب": -2.0})
    assert e5.WordPieces(model).word("بZ")[-1] == model.special["unk"]
